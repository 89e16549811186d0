"""The title and slug of a statement claim, from its most representative excerpt.

The title is "speaker: gist" (:func:`statement_title`): the gist is the
reported content of the group's most representative excerpt after its
attribution, about twelve words, tidied of quotes, tatweel and dots pushed into
words. The gist starts at content: no leading conjunction or clause opener
("و"، "ف"، "فيما"، "ثم"، "لكن" …: :func:`title_opener`), no attribution left
in front ("من جهته قال الوزير إن …" starts after "إن"). An excerpt that gives
no title (:func:`fragment`: nothing but an attribution, or cut inside a word, as
a truncated article ends) is passed over for another excerpt of the group. The slug
(:func:`statement_slug`) is two to four of the group's most frequent terms,
transliterated to ASCII (camel-tools ar2safebw), so claim ids survive rebuilds.
"""
from __future__ import annotations

import re
from collections import Counter
from itertools import islice
from typing import Sequence

from ..mentions.statements.analysis import analyse_mention
from ..mentions.statements.attribution import TIME_BEFORE_AN
from ..assign.times import day_words
from ..mentions.statements.clauses import ATTRIBUTION_ONLY_WORDS, attribution_only
from ..mentions.statements.lexicon import is_complementizer, lexicon, starts_with
from ..mentions.statements.reporting import is_reporting
from ..mentions.statements.speakers import QUOTES_AND_BRACKETS
from ..mentions.statements.terms import content_tokens
from ..model import Mention
from ..text.normalise import fold, transliterate
from ..text.stemming import _lexicon_vocab as _lexicon_words
from ..text.stemming import stem, strip_article
from ..text.tokens import Tok, tokens, words

# a breaking-news label in front of a flash ("عاجل | …"، "عاجل: …"، "خاص - …")
_FLASH_LABEL = re.compile(r"\s*#?(?:عاجل|خاص|بالفيديو|شاهد)\s*[|:\-–—]")
MEDOID_EXACT = 64  # groups up to this size get the exact medoid; larger ones a linear estimate


def _medoid(group: Sequence[Mention]) -> Mention:
    """The excerpt most like the others (ties: the shortest, then the first): see :func:`_ranked`."""
    return _ranked(group)[0]


def _ranked(group: Sequence[Mention]) -> list[Mention]:
    """The excerpts, the most like the others first (ties: the shortest, then the first).

    "Most like" is the summed Jaccard similarity of term sets, which costs the
    square of the group's size; above MEDOID_EXACT excerpts (a statement
    reprinted by hundreds of articles) each excerpt is scored instead by how
    many others hold each of its terms, on average over its terms: linear, and
    the same choice whenever the excerpts are copies or near-copies.
    """
    if len(group) == 1:
        return list(group)
    sets = [set(analyse_mention(m).terms) for m in group]
    if len(group) > MEDOID_EXACT:
        held = Counter(k for s in sets for k in s)

        def likeness(i: int) -> float:
            return sum(held[k] - 1 for k in sets[i]) / max(1, len(sets[i]))
    else:

        def likeness(i: int) -> float:
            return sum(len(sets[i] & sets[j]) / max(1, len(sets[i] | sets[j])) for j in range(len(group)) if j != i)

    return [group[i] for i in sorted(range(len(group)), key=lambda i: (-likeness(i), len(group[i].excerpt), i))]


def statement_title(group: list[Mention]) -> str:
    """A short Arabic title: "speaker: gist" from the most representative excerpt (:func:`_ranked`)
    that is no fragment (:func:`fragment`; the medoid when all are). Excerpts are tested in that
    order and only until one is whole, so a group reprinted by hundreds costs a few tests."""
    read: dict = {}

    def followers() -> dict:  # read once per group, and only if an excerpt may be cut inside a word
        if not read:
            read["followers"] = word_followers([m.excerpt for m in group])
        return read["followers"]

    own = {id(m): k for k, m in enumerate(group)}
    ranked = _ranked(group)
    whole = (x for x in ranked if not fragment(x, group, followers, own[id(x)]))
    m, gist = None, ""
    for x in islice(whole, TITLE_CANDIDATES):
        g = _gist(x, tokens(x.excerpt, 0))
        if m is None:
            m, gist = x, g  # the most representative whole excerpt, unless another opens better
        if not weak_opening(g):
            m, gist = x, g
            break
    if m is None:
        m = ranked[0]
        gist = _gist(m, tokens(m.excerpt, 0))
    a = analyse_mention(m)
    speaker = m.speaker or a.speaker
    title = f"{speaker}: {gist}" if speaker and speaker not in gist else gist
    return _tidy(title)


TITLE_CANDIDATES = 6  # whole excerpts, the most representative first, read for a gist that opens well


def weak_opening(gist: str) -> bool:
    """Does a gist open as the tail of a sentence rather than a sentence: a preposition or another
    word that only continues what was cut off before it (``title_weak_openers`` in the lexicon:
    "في نتائج …"، "مع اجتماع …"), a participle of manner ("مشددا على …"، "متهما منافسه …"،
    "قائلا …": م… or فاعل ending in the accusative ا), or ل + an imperfect or masdar of purpose
    ("لتتحطم الطائرة …")? Such a gist is used only when no other whole excerpt of the group
    opens better."""
    ws = words(gist)
    if not ws:
        return True
    first = ws[0]
    forms = (first, first[1:]) if len(first) >= 4 and first[0] in "وف" else (first,)  # "ومعربا"
    return any(_weak_word(w) for w in forms)


def _weak_word(w: str) -> bool:
    """The word test of :func:`weak_opening`, on a folded word."""
    if w in lexicon().title_weak_openers:
        return True
    if len(w) >= 5 and w.endswith("ا") and (w[0] == "م" or w[1] == "ا") and not w.endswith(("ها", "نا")):
        return True  # "مشددا"، "متهما"، "قائلا": how the speaker said it, not what
    return len(w) >= 5 and w[0] == "ل" and w[1] in "يت"


def fragment(m: Mention, group: Sequence[Mention] = (), followers=None, own: int = -1) -> bool:
    """Does the excerpt give no title: nothing but an attribution ("وقال الزعيم الكوري"، "وجاء
    في الوثيقة المشتركة": fewer than two content words after it), or cut inside a word (its
    last word begins a longer word that another excerpt of `group` writes after the same words)?
    `followers`: :func:`word_followers` of the group's excerpts (or a function that reads them),
    `m` being excerpt number `own`."""
    if _FLASH_LABEL.match(m.excerpt):
        return True  # "عاجل | …": a breaking-news flash, page furniture in front of the words
    toks = tokens(m.excerpt, 0)
    a = analyse_mention(m)
    rel = a.content_start - m.start
    content = content_tokens([t for t in toks if t.start >= rel])
    if len(content) < 2 or attribution_only(m.excerpt, toks):
        return True
    if followers is None:
        return cut_inside_word(m.excerpt, [o.excerpt for o in group if o is not m])
    return cut_inside_word(m.excerpt, (), followers, own)


def word_followers(texts: Sequence[str]) -> dict:
    """For each two words in a row in `texts`, the words that follow them and in which texts (by index)."""
    follow: dict = {}
    for k, text in enumerate(texts):
        ws = words(text)
        for i in range(len(ws) - 2):
            follow.setdefault((ws[i], ws[i + 1]), {}).setdefault(ws[i + 2], set()).add(k)
    return follow


def cut_inside_word(excerpt: str, others: Sequence[str], followers=None, own: int = -1) -> bool:
    """Is `excerpt` cut inside its last word: another text writes its words up to the last, then
    a longer word that the last one begins ("… في مد" beside "… في مدى فعالية")?

    The other texts are `others`, or those of `followers` (:func:`word_followers`, or a function
    that reads them) but text `own`."""
    if excerpt.rstrip()[-1:] in ".!?؟…»”\"')":
        return False
    ws = words(excerpt)
    if len(ws) < 3:
        return False
    if callable(followers):
        followers = followers()
    if followers is None:
        followers, own = word_followers(others), -1
    last = ws[-1]
    return any(
        w != last and w.startswith(last) and bool(texts - {own})
        for w, texts in followers.get((ws[-3], ws[-2]), {}).items()
    )


def title_opener(toks: Sequence[Tok], i: int) -> int:
    """How many tokens at `i` only open a clause and say nothing in a title: a splitter or
    linking word ("فيما"، "بينما"، "ثم"، "حيث"، "من جهته" …: ``title_openers`` and
    ``clause_splitters`` in the lexicon); 0 when none does."""
    lex = lexicon()
    return max((len(p) for p in lex.title_openers + lex.splitters if starts_with(toks, [p], i)), default=0)


def without_conjunction(word: str, vocabulary: frozenset = frozenset()) -> str:
    """A word as written without a leading conjunction و/ف, when what remains is a word of its
    own: it opens with the article ("والتقى" → "التقى"، "والرئيس" → "الرئيس"), or the text or the
    lexicon writes it alone (`vocabulary`, folded), or it is a reporting verb ("وأكد")."""
    if len(word) < 4 or word[0] not in "وف":
        return word
    rest = word[1:]
    f = fold(rest)
    if f.startswith("ال") or f in vocabulary or f in _lexicon_words() or is_reporting(fold(word)):
        return rest
    return word


def _gist(m: Mention, toks: Sequence[Tok]) -> str:
    """The reported content of an excerpt (after its attribution), tidied, about 12 words."""
    lex = lexicon()
    a = analyse_mention(m)
    rel = a.content_start - m.start
    start = next((i for i, t in enumerate(toks) if t.start >= rel), 0)
    # an opening "أن"/"يذكر أن" says nothing in a title
    n = max((len(p) for p in lex.background if starts_with(toks, [p], start)), default=0)
    start += n
    start = _after_attribution(m.excerpt, toks, start)
    while start < len(toks) - 2:
        n = title_opener(toks, start)
        if n == 0 and is_complementizer(toks[start].word):
            n = 1
        if n == 0:
            n = _setting_before_complement(toks, start)  # "…، اليوم السبت، إن …": when it was said
        if n == 0 or start + n >= len(toks) - 1:
            break
        start += n
    if start >= len(toks) - 1:
        start = 0
    words_ = toks[start:start + 12]
    if not words_:
        return _tidy(m.excerpt)
    first = m.excerpt[words_[0].start:words_[0].end]
    vocabulary = frozenset(t.word for t in toks)
    text = without_conjunction(first, vocabulary) + m.excerpt[words_[0].end:words_[-1].end]
    text = _tidy(text).strip(" ،,.:؛-–—")
    if start + 12 < len(toks):
        text += " …"
    return text


SETTING_BEFORE_COMPLEMENT = 5  # words of when and where it was said before the complementizer, at most
_SETTING_PREPOSITIONS = frozenset(("علي", "في", "عبر"))  # folded: "على تويتر"، "في تغريدة"، "عبر منصة"


def _setting_before_complement(toks: Sequence[Tok], start: int) -> int:
    """How many words from toks[start] say when or where it was said, with the complementizer
    after them ("اليوم السبت، إن …"، "فيسبوك، مساء الأحد، أن …": day words, ``setting_words``,
    prepositions), or 0: no title opens with them."""
    setting = lexicon().setting
    k = start
    while k < min(len(toks), start + SETTING_BEFORE_COMPLEMENT) and (
            toks[k].word in day_words() or toks[k].word in _SETTING_PREPOSITIONS
            or stem(strip_article(toks[k].word)) in setting):
        k += 1
    return k - start + 1 if k > start and k < len(toks) and is_complementizer(toks[k].word) else 0


ATTRIBUTION_REACH = 14  # words of a gist read for the "إن" after its reporting verb: its attribution
VERB_REACH = 3  # the reporting verb of an attribution left in a gist is among its first words ("من جهته قال")


def _after_attribution(text: str, toks: Sequence[Tok], start: int) -> int:
    """Where the content starts when the gist still opens with an attribution: after the
    "إن/أن" (not "منذ أن") that follows a reporting verb among its first VERB_REACH words ("من جهته
    قال زعيم كوريا الشمالية في تصريح إن …"), or after the comma, colon or quote that ends an
    attribution of a verb taking its content so ("وجاء في الوثيقة المشتركة، «…»");
    `start` when there is none."""
    lex = lexicon()
    end = min(len(toks) - 2, start + ATTRIBUTION_REACH)
    verb = next((i for i in range(start, min(end, start + VERB_REACH)) if is_reporting(toks[i].word)), None)
    if verb is not None:
        for i in range(verb + 1, end):
            if toks[i].word in lex.complementizers and toks[i - 1].word not in TIME_BEFORE_AN:
                return i + 1
    if starts_with(toks, lex.content_verbs, start):
        for i in range(start + 1, min(end, start + ATTRIBUTION_ONLY_WORDS)):
            if any(ch in text[toks[i - 1].end:toks[i].start] for ch in "،,:«“\""):
                return i
    return start


_INWORD_NOISE = re.compile(r"(?<=[\u0621-\u064a])[\u0640]*\.[\u0640]*(?=[\u0621-\u064a])|\u0640")


def _tidy(text: str) -> str:
    """Readable text for a title: no quotes, tatweel or dots pushed into words."""
    text = _INWORD_NOISE.sub("", text)
    text = QUOTES_AND_BRACKETS.sub("", text)
    return " ".join(text.split())


def statement_slug(group: list[Mention]) -> str:
    """A stable ASCII id part: 2–4 key terms of the group, transliterated (camel-tools ar2safebw)."""
    counts: Counter = Counter()
    first_pos: dict[str, tuple] = {}
    surface: dict[str, str] = {}
    for m in group:
        a = analyse_mention(m)
        for j, (k, word) in enumerate(a.key_words):
            if a.terms.get(k, 0.0) < 1.0:
                continue
            counts[k] += 1
            first_pos.setdefault(k, (m.article, m.start, j))
            surface.setdefault(k, word)
    if not counts:
        base = _ascii(" ".join(words(group[0].excerpt)[:3]))
        return base or "statement"
    ranked = sorted(counts, key=lambda k: (-counts[k], first_pos[k], k))[:4]
    ranked.sort(key=lambda k: first_pos[k])
    parts = []
    for k in ranked:
        if k.startswith("@"):
            parts.append(k[1:])
        else:
            parts.append(_ascii(surface[k]))
    slug = "-".join(p for p in parts if p)
    slug = re.sub(r"-+", "-", slug).strip("-")
    return slug[:80] or "statement"


def _ascii(text: str) -> str:
    t = transliterate(text).lower()
    t = re.sub(r"[^a-z0-9]+", "-", t)
    return t.strip("-")
