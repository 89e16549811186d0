"""How alike two statements of one event are: IDF-weighted term overlap, 0..1.

Each statement becomes an :class:`Item` (:func:`statement_item`): its terms,
its known speakers (the one reporting and the one reported), its role phrase
when the speaker is unknown, what it is about and what it negates. Under one
event the terms are weighed by their IDF among that event's statements
(:func:`weigh_event`). A pair's similarity (:func:`similarity`) mixes the
overlap coefficient and the Dice coefficient of the weighted term sets;
statements of two different named speakers never match, two of one named speaker
count SAME_SPEAKER_FACTOR times as alike, and context terms
(entities, generic event nouns, units, topic-lead words) only count when both
sides have them. A known speaker with a title and an unknown speaker whose role shares no word
with that title ("الرئيس الأمريكي بايدن" and "متحدث باسم الوزارة") are two speakers too. Neither
context terms nor the words that name a person (a title
with its name, a name the article introduced: ``analysis._who_keys``) make two
statements one on their own: they say who or where, not what. A word that says again, in
another form of one family, what a matched word says ("بالاستمرار … وسنواصل") counts for neither
side's length (:func:`_repeated`).

Stems and roots miss words the light stemmer cuts differently in two outlets ("المستشفيات" and
"المستشفى") and words of one root it never brings together. So a pair is also read in the
letters of what it says (:func:`_letter_similarity`): the character trigrams of its content
words (no names, no context terms), weighed by their IDF among the event's statements, as
the cosine of the two vectors, CHAR_FACTOR times (the same speaker's boost applies). It only
counts where reading the words alone would not mislead: not for a denial, a negation on one
side only, a plan against a report, two named subjects, or a statement that gives a figure
(figures are the quantity claims' business, and two distances in the same words are two
measures).
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from math import fsum, log, sqrt
from typing import Optional

from ..mentions.statements.analysis import analyse_mention
from ..mentions.statements.lexicon import context_keys, lexicon, title_word_key
from ..mentions.statements.speakers import known_speaker, same_speaker, speaker_identity, speaker_role
from ..mentions.statements.terms import term_keys
from ..model import Mention
from ..text.normalise import fold
from ..text.tokens import tokens, words

IDF_PRIOR = 20  # see weigh_event
RARE_DF = 3  # a term in at most this many statements is rare enough to match on its own
ROOT_FACTOR = 0.8  # two words of one root but different stems count this much of a shared stem
# a plan and a report of the same words count this much (above 0.85, the purity set's "decided to
# raise rates" and "the third rise in rates" become one claim)
PLANNED_FACTOR = 0.85
# two statements attributed to one named speaker count this much more alike (at most 1): outlets
# quoting one person in one event mostly report what that person said once, in their own words
# (1.4 on the real-news sets: beyond it no more quotes join, below it fewer; the purity set, whose
# speakers say several things each, keeps every group pure at 2.0)
SAME_SPEAKER_FACTOR = 1.4
# two statements of one named speaker that perform one speech act (condolences) are at least this
# alike: above the merge threshold of claims/statement_groups.py
SPEECH_ACT_SIMILARITY = 0.5
# letters: trigrams of the content words; their cosine counts this many times, as a similarity
# (1.5 and trigrams on the dev and read gathered sets: more and the dev sets' statements lose
# claims to lumping, less and fewer paraphrases meet; 4-grams meet fewer)
GRAM = 3
CHAR_FACTOR = 1.5


@dataclass
class Item:
    index: int  # index of the mention
    terms: dict  # key -> factor
    speaker: frozenset  # known speakers it is attributed to (a reporter and the one reported)
    planned: bool
    role: frozenset = frozenset()  # words of an unknown speaker's role phrase ("المحلل السياسي الروسي")
    objects: frozenset = frozenset()
    negated: frozenset = frozenset()  # keys under the statement's negation ("لم يكن هناك أي عداء")
    roots: Optional[dict] = None  # key -> family of its word (root and synonym groups, text/roots.py)
    who: frozenset = frozenset()  # keys of words that name a person (analysis._who_keys)
    title: frozenset = frozenset()  # the title words of its known speaker ("رئيس"، "امريكي"), when known
    unmet: frozenset = frozenset()  # outcomes it says did not happen (analysis._unmet: "@agree")
    acts: frozenset = frozenset()  # speech acts it performs (lexicon speech_acts: "~condolence"), see _acts
    # set by weigh_event for one grouping run (they depend on the event's idf):
    full: frozenset = frozenset()  # keys that always count: factor 1, not a context term
    full_weight: float = 0.0  # their summed weight
    weight: Optional[dict] = None  # key -> idf * factor
    kin: Optional[dict] = None  # family member -> the keys of this item in that family, in term order
    akin: tuple = ()  # (key, family) of the keys that have one and are no context term, in term order
    words: tuple = ()  # the words of its full content terms, article off (no names, no context terms)
    denies: bool = False  # said with a verb of denial ("نفى")
    figure: bool = False  # gives a number (a term in digits: "5", "2024")
    grams: Optional[dict] = None  # trigram (numbered) -> weight of its words, normalised (set by weigh_event)
    twins: tuple = ()  # (key, its families) of full terms that share a family with another full term (weigh_event)


def statement_item(mentions: list[Mention], i: int) -> Item:
    """The item of mentions[i], not yet weighed."""
    a = analyse_mention(mentions[i])
    terms = {k: f for k, f in a.terms.items()}
    known = {speaker_identity(mentions[i].speaker or a.speaker, a), known_speaker(a.inner_speaker)} - {None}
    role = frozenset() if known else speaker_role(mentions[i].speaker or a.speaker, a)
    item = Item(
        i, terms, frozenset(known), a.planned, role, frozenset(a.objects), frozenset(a.negated_keys), a.roots or {},
        frozenset(a.who_keys), frozenset(a.speaker_title or ()) if known else frozenset(), frozenset(a.unmet),
    )
    item.acts = _acts(item)
    ctx = context_keys()
    item.words = tuple(w for k, w in a.key_words if terms.get(k, 0.0) >= 1.0 and k not in item.who and k not in ctx)
    item.denies = a.denial
    item.figure = any(k[:1].isdigit() for k in terms)
    return item


def _trigrams(words: tuple) -> Counter:
    """The character GRAM-grams of the words, each word padded with a space at both ends."""
    out: Counter = Counter()
    for w in words:
        w = f" {w} "
        out.update(w[i:i + GRAM] for i in range(len(w) - GRAM + 1))
    return out


_CONTEXT_TERMS = [frozenset()]  # the context terms (set by weigh_event)
_RARE = [0.0]  # idf of a term found in RARE_DF statements of the event being grouped


def weigh_event(items: list[Item]) -> tuple[Counter, dict[str, float]]:
    """(document frequency, idf) of the terms of one event's items, each item weighed by them."""
    n = len(items)
    df = Counter(k for it in items for k in it.terms)
    # IDF smoothed by a notional background of IDF_PRIOR statements in which every
    # term is rare, so that a handful of statements does not make shared words worthless
    idf = {k: log((n + IDF_PRIOR) / (c + 0.5)) for k, c in df.items()}
    _RARE[0] = log((n + IDF_PRIOR) / (RARE_DF + 0.5))
    ctx = context_keys()
    _CONTEXT_TERMS[0] = ctx
    for it in items:
        _weigh(it, idf, ctx)
    # a denial or a statement with a figure is never read in its letters (_letter_similarity)
    counts = [_trigrams(it.words) if not it.denies and not it.figure else Counter() for it in items]
    gram_df = Counter(g for c in counts for g in c)
    # trigrams as numbers, in the order they first appear: sets of them iterate in one order in every
    # run (strings hash differently from one process to the next), so plain sums give one result
    number = {g: k for k, g in enumerate(gram_df)}
    for it, c in zip(items, counts):
        v = {number[g]: x * log((n + IDF_PRIOR) / (gram_df[g] + 0.5)) for g, x in c.items()}
        norm = sqrt(fsum(x * x for x in v.values())) or 1.0
        it.grams = {g: x / norm for g, x in v.items()}
    return df, idf


def _weigh(item: Item, idf: dict[str, float], ctx: frozenset) -> None:
    """Precompute what :func:`similarity` reads of an item under one event's idf."""
    item.weight = {k: idf[k] * f for k, f in item.terms.items()}
    item.full = frozenset(k for k, f in item.terms.items() if f >= 1.0 and k not in ctx)
    item.full_weight = sum(item.weight[k] for k in item.terms if k in item.full)
    kin: dict[str, list[str]] = {}  # member of a family (a root, a synonym group) -> the item's keys in it
    akin = []
    for k, f in item.terms.items():
        if k not in item.roots:
            continue
        family = item.roots[k] if k not in ctx else _context_kin(item.roots[k], f, item.terms)
        if family:
            akin.append((k, family))
            for member in family:
                kin.setdefault(member, []).append(k)
    item.kin, item.akin = kin, tuple(akin)
    full_kin = [(k, frozenset(fam)) for k in item.full if (fam := item.roots.get(k))]
    item.twins = tuple((k, f) for k, f in full_kin if any(f & g for j, g in full_kin if j != k))


def _context_kin(family: tuple, factor: float, terms: dict) -> tuple:
    """What of a context term's family may pair it with another statement's word: its synonym
    groups, for a term said in full ("علاقة" and "رابط", "~relation"), never its root; nothing
    for a term in a lead or a time adjunct."""
    if factor < 1.0:
        return ()
    return tuple(m for m in family if m[:1] == "~")


def root_matches(a: Item, b: Item, shared) -> list[tuple[str, str]]:
    """Pairs (key of a, key of b) of akin words (one root or one synonym group, text/roots.py)
    among the terms the two do not share: "سنوقف"/"إيقاف", "التزم"/"تعهد". Each key pairs
    once, in term order; context terms (entities, event nouns) pair only through a synonym
    group and with a word both sides say in full ("علاقة"/"رابط"), and they never make two
    statements one on their own (similarity's gate reads full terms)."""
    if not a.kin or not b.kin or a.kin.keys().isdisjoint(b.kin):
        return []  # no family in common (b's families are the keys of b.kin)
    out: list[tuple[str, str]] = []
    used: set[str] = set()
    kin_a = a.kin
    for k, family in b.akin:
        if k in shared:
            continue
        for member in family:
            xs = kin_a.get(member)
            if xs is None:
                continue
            x = next((x for x in xs if x not in shared and x not in used and _may_pair(a, x, b, k, member)), None)
            if x is not None:
                out.append((x, k))
                used.add(x)
                break
    return out


def _may_pair(a: Item, x: str, b: Item, y: str, member: str) -> bool:
    """Whether a's key x and b's key y, of one family member, may pair: always, unless one is
    a context term (its synonym group then pairs it only with a word both sides say in full)."""
    if member[:1] != "~" or (x not in _CONTEXT_TERMS[0] and y not in _CONTEXT_TERMS[0]):
        return True
    return a.terms[x] >= 1.0 and b.terms[y] >= 1.0


def _speaks_for(a: Item, b: Item) -> bool:
    """Is `a`'s named speaker titled after `b`'s speaker, a body ("المتحدث باسم البيت الأبيض، سامر
    الخطيب" and "البيت الأبيض"; a minister of a ministry)? A spokesperson and the body they speak for
    are one source: every word of the body's name is a word of the person's title."""
    if not a.title:
        return False
    return any(keys and keys <= a.title for keys in map(_title_keys, b.speaker))


@lru_cache(maxsize=4096)
def _title_keys(name: str) -> frozenset:
    """The title-word keys of a speaker's name ("الكرملين" → "كرملين")."""
    return frozenset(title_word_key(w) for w in words(fold(name)))


def _other_role(a: Item, b: Item) -> bool:
    """Is `a` said by a known speaker whose title shares no word with the role of `b`'s unknown
    speaker? ("بايدن", titled "الرئيس الأمريكي", and "متحدث باسم الوزارة": two speakers; "الرئيس"
    may be Biden.)"""
    if not a.speaker or not a.title or b.speaker or not b.role:
        return False
    return a.title.isdisjoint(title_word_key(w) for w in b.role)


def similarity(a: Item, b: Item, idf: dict[str, float]) -> float:
    """Similarity of two statements, 0..1 (see the module docstring); both items weighed (weigh_event).

    Context terms (entities, generic event nouns, topic-lead words) count when
    both sides have them and are not held against a side that lacks them.
    """
    if two_speakers(a, b):
        return 0.0
    letters = _letter_similarity(a, b) if a.grams and b.grams else 0.0
    # the terms' similarity is at most 1: letters that reach it decide alone (most copies of a wire text)
    s = letters if letters >= 1.0 else max(_similarity(a, b, idf), letters)
    if (_shared_act(a, b) and ((a.speaker and b.speaker) or _acted_by(a, b) or _acted_by(b, a))) or (
            a.unmet & b.unmet and not _other_objects(a, b)):
        return max(SPEECH_ACT_SIMILARITY, s)  # one named speaker's condolences; "no agreement", in any words
    if s and a.speaker and b.speaker:
        shared = a.terms.keys() & b.terms.keys()
        if a.figure and b.figure and _shared_measure(shared, shared):
            return max(SPEECH_ACT_SIMILARITY, s)  # one named speaker giving one figure ("لخمس سنوات"، "5 سنوات")
    return s


def _letter_similarity(a: Item, b: Item) -> float:
    """CHAR_FACTOR times the cosine of the two statements' trigram vectors (the module docstring),
    boosted for one named speaker as the terms' similarity is; 0 where letters would mislead: a
    denial, a negation or a plan on one side only, two named subjects, a figure on either side."""
    if not a.grams or not b.grams or a.planned != b.planned or bool(a.negated) != bool(b.negated):
        return 0.0  # (no grams: a denial or a figure, see weigh_event)
    shared = a.grams.keys() & b.grams.keys()
    if not shared or _other_objects(a, b):
        return 0.0
    ga, gb = a.grams, b.grams
    return CHAR_FACTOR * _one_speaker(sum([ga[g] * gb[g] for g in shared]), a, b)


def two_speakers(a: Item, b: Item) -> bool:
    """Are the two said by two different speakers: two named ones (unless one speaks for the
    other's body), two unknown ones whose roles share no word ("المحلل …" and "السيناتور …"), or a
    named one whose title shares no word with the other's role ("الرئيس الأمريكي بايدن" and a
    spokesman of a ministry)?"""
    if a.speaker and b.speaker and not same_speaker(a.speaker, b.speaker) and not (
            _speaks_for(a, b) or _speaks_for(b, a)):
        return True
    if a.role and b.role and not a.role & b.role:
        return True
    return _other_role(a, b) or _other_role(b, a)


def _other_objects(a: Item, b: Item) -> bool:
    """Do both statements name what they are about ("بشأن …") and name two things? Two spellings of
    one word are one thing: their roots meet ("خارطة الانتخابات" and "خريطة الانتخابات"); so is a subject that
    one governs with a noun before it ("بشأن تمويل المدارس" and "بشأن المدارس": the other's subject
    is the term right after this one's, :func:`_governed`)."""
    if not a.objects or not b.objects or a.objects & b.objects:
        return False
    if a.objects & _governed(b) or b.objects & _governed(a):
        return False
    return not any(set(a.roots.get(x, ())) & set(b.roots.get(y, ())) for x in a.objects for y in b.objects)


def _governed(item: Item) -> frozenset:
    """The term right after each of a statement's objects ("تمويل" → "مدارس")."""
    keys = list(item.terms)
    out = set()
    for k in item.objects:
        if k in item.terms:
            i = keys.index(k)
            out.update(keys[i + 1:i + 2])
    return frozenset(out)


def _acts(item: Item) -> frozenset:
    """The speech acts of the lexicon (``speech_acts``: condolences, congratulations, thanks) the
    statement performs, not under a negation (read once per item, by :func:`statement_item`)."""
    acts = lexicon().speech_acts
    if not acts or not item.roots:
        return frozenset()
    return frozenset(f for k, fam in item.roots.items() if k not in item.negated for f in fam if f in acts)


def _shared_act(a: Item, b: Item) -> bool:
    """Do both statements perform one speech act? A speaker performs it once in a story."""
    return bool(a.acts) and not a.acts.isdisjoint(b.acts)


def _acted_by(a: Item, b: Item) -> bool:
    """Is `a`, attributed to no one, an act whose doer is `b`'s named speaker: its first word the
    act and the words that name a person right after it (``Item.who``: a title and a name) a name of
    that speaker ("وشكر فاريلا مضيفه على الدعوة" and "وقال فاريلا …: «شكرا لكم على استضافتنا»")?"""
    if a.speaker or not b.speaker:
        return False
    keys = list(a.terms)
    if len(keys) < 2 or not set(a.roots.get(keys[0], ())) & lexicon().speech_acts:
        return False
    doer = set()
    for k in keys[1:]:
        if k not in a.who:
            break
        doer.add(k)
    return any(doer & _name_keys(name) for name in b.speaker)


@lru_cache(maxsize=4096)
def _name_keys(name: str) -> frozenset:
    """The term keys of a speaker's name ("كيم جونغ أون" → its words' keys)."""
    return frozenset(k for k, _ in term_keys(tokens(fold(name), 0)))


def _shared_measure(shared, strong) -> int:
    """1 when the two share a figure and a unit ("خمس سنوات" and "5 سنوات"): a measure said by
    both is a second word of what they say, beside the number (the unit is a context term)."""
    if not any(k[:1].isdigit() for k in strong):
        return 0
    units = lexicon().units
    return int(any(k in units for k in shared))


LONG_STATEMENT_TERMS = 16  # full terms of an excerpt that tells several things (a run-on sentence)
CONTAINED_TERMS = 4  # full terms of a statement, at least, that a long one may hold as one of its things


def link_similarity(a: Item, b: Item, idf: dict[str, float], s: Optional[float] = None) -> float:
    """The similarity two groups' members must reach for the groups to merge: :func:`similarity`
    (`s`, when the caller has it already), or, when one side is a long excerpt that tells several
    things, how much of the shorter one it holds (the overlap coefficient alone): the short
    statement is one of the things it tells, and the long one's other words are not held against it."""
    if s is None:
        s = similarity(a, b, idf)
    if not s or not long_and_held(a, b):
        return s
    return max(s, _similarity(a, b, idf, contained=True))


def long_and_held(a: Item, b: Item) -> bool:
    """Is one side a long excerpt (LONG_STATEMENT_TERMS full terms or more) and the other a statement
    of CONTAINED_TERMS or more, which :func:`link_similarity` measures by containment?"""
    shorter, longer = sorted((len(a.full), len(b.full)))
    return longer >= LONG_STATEMENT_TERMS and shorter >= CONTAINED_TERMS


def _similarity(a: Item, b: Item, idf: dict[str, float], contained: bool = False) -> float:
    """:func:`similarity` once the speakers, roles and acts are read (`contained`: the overlap
    coefficient alone, see :func:`link_similarity`)."""
    if _other_objects(a, b):
        return 0.0  # talks about one subject are not talks about another
    shared = a.terms.keys() & b.terms.keys()
    # a word and the negation of an akin word match on their own words only, never through
    # roots or synonyms: the contradiction test reads the negated word in the other
    # (claims/contradiction). The negation is the word's own (in its negator's scope), not the
    # statement's: "لم أقبل …، وسأواصل النضال" still meets "النضال" through the root
    akin = [(x, y) for x, y in root_matches(a, b, shared) if (x in a.negated) == (y in b.negated)]
    if a.full.isdisjoint(b.full) and not any(x in a.full and y in b.full for x, y in akin):
        return 0.0  # topic leads alone do not make two statements one
    # context_keys(), as weigh_event set it, and who the statements name: two statements that
    # share only the story's people ("الزعيم الكوري الشمالي كيم …") say two things about them
    strong = shared - _CONTEXT_TERMS[0] - a.who - b.who
    if len(strong) + len(akin) + (a.figure and b.figure and _shared_measure(shared, strong)) < 2:
        if not strong:
            return 0.0
        (only,) = strong
        if not (
            min(len(a.full), len(b.full)) <= 2
            and same_speaker(a.speaker, b.speaker)
            and (idf[only] >= _RARE[0] or only in a.negated & b.negated)
        ):
            return 0.0  # one shared word is enough only for short quotes of one speaker on a rare word
    va, vb = a.weight, b.weight
    # terms that are not full count for a side only when shared
    # exact sums (fsum): a set's order changes with the hash seed, and a plain float sum with its
    # order, so equal similarities would break ties differently from one run to the next
    extra_a = shared - a.full
    extra_b = shared - b.full
    wa = a.full_weight + fsum(map(va.__getitem__, extra_a)) if extra_a else a.full_weight
    wb = b.full_weight + fsum(map(vb.__getitem__, extra_b)) if extra_b else b.full_weight
    # idf * min(factor a, factor b), as min of the two weights (idf > 0: the same product)
    sw = fsum(map(min, map(va.__getitem__, shared), map(vb.__getitem__, shared)))
    for x, y in akin:  # words of one root: counted, for less than one stem
        wa += 0.0 if x in a.full else va[x]
        wb += 0.0 if y in b.full else vb[y]
        sw += ROOT_FACTOR * min(va[x], vb[y])
    if a.twins:
        wa -= _repeated(a, shared, [x for x, _ in akin])
    if b.twins:
        wb -= _repeated(b, shared, [y for _, y in akin])
    oc = sw / min(wa, wb)
    dice = 2 * sw / (wa + wb)
    s = oc if contained else 0.5 * oc + 0.5 * dice
    if a.planned != b.planned:
        s *= PLANNED_FACTOR
    return _one_speaker(s, a, b)  # (two different named speakers returned 0 above)


def _repeated(item: Item, shared, paired: list) -> float:
    """The weight of an item's full terms that say again, in another word of one family, what a
    term it shares with the other statement says ("بالاستمرار … وسنواصل"، "أناضل … النضال"): a
    concept told twice is not more said, so the repetition is not held against the match. Only
    the item's twins (full terms with a family another of its full terms has) are read."""
    families = None
    for k, f in item.twins:
        if k in shared or k in paired:
            families = f if families is None else families | f
    if families is None:
        return 0.0
    return fsum([item.weight[k] for k, f in item.twins if not (k in shared or k in paired) and f & families])


def _one_speaker(s: float, a: Item, b: Item) -> float:
    """A similarity of two statements of one named speaker, SAME_SPEAKER_FACTOR times higher, at most 1."""
    return min(1.0, s * SAME_SPEAKER_FACTOR) if a.speaker and b.speaker else s
