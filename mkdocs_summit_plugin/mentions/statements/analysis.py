"""Stage 3b: statement claims — who said what, and which outlets report the same thing.

Finding statements
------------------
Each non-heading sentence (``sentences.split_sentences``; page furniture is
already gone) is cut into clauses (``sentences.split_clauses``: ``،`` ``,``
``؛`` ``;``), then refined here:

* a clause is cut again before words that open a new proposition inside it
  ("فيما", "بينما", "في حين", "لكن", …: ``clause_splitters`` in the lexicon);
* a clause that is only an attribution or a setting ("وقال بوتين"، "في مؤتمر
  صحفي"، "مساء الأربعاء") or a topic lead ("وفي مسألة عودة السفراء"،
  "وحول العقوبات") is joined to the clause after it, so the excerpt carries
  who spoke and what about;
* a fragment that only continues the clause before it ("وإنما …"، "بما في ذلك
  …"، "وفي مقدمتها …"، "لا شيء") is joined to it.

Each resulting piece is read as *attribution* + *content*: a reporting verb
("قال"، "أكد"، "مضيفاً"، …) and the complementizer after it ("أن"، "إن"، ":"،
an opening quote) split the two. The speaker is a known speaker or title in
the attribution (titles are resolved to the name the same article gives them:
"الرئيس الأمريكي جو بايدن" → "بايدن"); a reporting verb with no subject, a
participle ("مضيفاً") or a piece inside an open quotation inherits the last
speaker of the article. The excerpt is the piece; its span in ``article.text``
is exact.

Comparing statements
--------------------
Content words are folded (``normalise.fold``), tokenised with camel-tools'
``simple_word_tokenize``, stripped of proclitics and stemmed with the Snowball
Arabic stemmer, plus a few suffix/prefix rules (teh marbuta, nisba, plural
"-ات", imperfect and future prefixes) so "سيعودان" and "عودة" meet; a teh
marbuta before a pronoun suffix is the noun's ending ("قمتهما" = "قمة"; nouns
whose final ت is a root letter, "بيته", are listed), and nouns in س that are
no future verbs ("سيادتها") keep their س. Phrases of the lexicon's concept
clusters (entities such as the USA/Washington, real synonyms such as "الأمن
السيبراني"/"الأمن الإلكتروني", "لاحظ"/"لمس"/"رصد") are matched on stems and
replaced by the concept. Stop words, reporting verbs, speakers, setting words
and discourse links ("بل على العكس"، "في المقابل") are dropped. A topic lead's
words count half, and so do a time adjunct's ("منذ تولي بايدن منصبه"، "خلال
المحادثات": a time preposition before the meeting noun) and stance concepts (a
perception verb: "لم يلمس أي عدائية" says what "لم تكن هناك أي عدائية" says).
The speaker's own country ("بلاده"، "بلادنا") is context, like an entity.

Grouping (:func:`group_statements`) never crosses events. Inside an event,
candidate pairs come from an inverted index on each statement's rarest terms
(blocking; frequent terms are not indexed, and a long index entry pairs each
statement with its neighbours in a sorted order only), so the work grows with
the number of statements times a small constant. A pair's similarity mixes the overlap
coefficient and the Dice coefficient of IDF-weighted term sets; statements of
two different named speakers never match. Groups are formed by merging the
most similar pairs first, and two groups merge only if *every* cross pair is
similar enough (complete linkage): no chaining into catch-all claims. A
statement whose clause says two things may afterwards join a second group when
it matches every member of it.

Contradiction (:func:`contradicts`) is only a negation of the same predicate
(one side negates a term the other asserts, nearly everything else shared), an
opposite predicate pair from the lexicon, or a denial verb ("نفى") against an
assertion. Anything less is not a conflict.

Which statements get a page (:func:`is_check_worthy`)
------------------------------------------------------
A group is worth a page when it is a checkable fact, not page text:

* at least one excerpt is an *attributed assertion* (a speaker or a reporting
  verb), an *agreement/commitment* ("اتفق"، "وافق"، "تعهد"…), or carries an
  *ordinal* or a *number*; pure narrative and background ("جدير بالذكر"،
  "وكانت …") without any of these is not;
* several articles (two or more) carry it, **or**, for a single source, it is
  worth checking on its own: it carries an ordinal ("المحادثة الخامسة"), or it
  is an attributed agreement/commitment ("أكد بوتين أنه اتفق مع بايدن على …").
  A single-source quote of opinion ("بايدن سياسي بناء") is not. A
  single-source statement that carries a measured quantity (number + unit, or
  a measurement verb such as "استمرت") is left to the quantity claim of that
  number, so the same fact does not get two pages — even with an ordinal when
  the measurement is said with a measurement verb ("عقدا جلسة أولى استمرت
  ساعة و33 دقيقة"; "الزيارة الأولى منذ عشر سنوات" stays a statement); clauses that are nothing
  but a measurement ("وامتدت المحادثات لساعتين") are not statements at all.
* a group made only of repeats of one article's own sentence (headline
  repeated in the body) counts as one source.

Headings and captions (``Sentence.heading``) never become statements, except
an unpunctuated body line that reports in the past tense ("بايدن حذر بوتين من
…": headlines report in the present), as breaking-news flashes are written
(:func:`_is_heading_line`).
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from math import log
from typing import Iterable, Optional, Sequence

from camel_tools.tokenizers.word import simple_word_tokenize

from ...lexicon import load
from ...model import PLANNED, REPORTED, Article, Mention, Sentence
from ...text.normalise import fold, fold_text
from ...text.sentences import split_clauses

# ---------------------------------------------------------------------------
# Tunables (documented, not magic): similarity thresholds and blocking size.
MERGE_THRESHOLD = 0.52  # least similarity of a pair to seed or extend a group
LINK_THRESHOLD = 0.40  # least similarity of every cross pair when two groups merge
SECOND_GROUP_THRESHOLD = 0.60  # a clause joins a second group if it matches all its members this well
BLOCK_KEYS = 6  # a statement is indexed under its this-many rarest terms
BLOCK_MAX_DF = 0.2  # terms in more than this share of an event's statements are not indexed
BLOCK_ALL_PAIRS = 24  # an index entry of at most this many statements pairs them all; a longer one
BLOCK_WINDOW = 16  # pairs each statement with the next this-many in its sorted order (large events only)
LINK_SAMPLE = 32  # a group's first this-many statements stand for it in the link test (large groups only)
IDF_PRIOR = 20  # see _group_event
RARE_DF = 3  # a term in at most this many statements is rare enough to match on its own
LEAD_WEIGHT = 0.5  # weight factor of topic-lead words
MIN_CONTENT_TERMS = 2  # a piece needs this many content terms to be a statement
MAX_PIECE_WORDS = 60  # longer pieces are cut back to their first clause
NEGATION_SCOPE = 2  # content words after a negator that it negates ("لم ألاحظ أي عدائية")

_WORD = re.compile(r"[^\W_]+")
_QUOTE_OPEN = "“«"
_QUOTE_CLOSE = "”»"
_ARABIC = re.compile(r"[\u0621-\u064a]")


# ---------------------------------------------------------------------------
# Lexicon, folded and stemmed once.


def _stemmer():
    import snowballstemmer

    return snowballstemmer.stemmer("arabic")


_PROCLITICS = ("وبال", "فبال", "وال", "فال", "بال", "كال", "لل", "ال", "و", "ف", "ب", "ل", "ك")


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """The comparison key of one folded word: Snowball stem plus light clean-up.

    Snowball strips most clitics and suffixes; on top of it a folded teh
    marbuta (ه), a nisba ي, the ا left of a plural "-ات", and the future/
    imperfect prefixes (س + ي/ت/ن, then one of ي/ت/ن) are removed when enough of
    the word remains, so nouns and verbs of one root meet more often.
    """
    if not word:
        return word
    if word.isdigit():
        return word
    m = _TEH_MARBUTA_SUFFIX.match(word)
    if m and m.group(1) not in _stem_tables()[0]:
        # a teh marbuta before a pronoun suffix is the noun's own ending: "قمته", "قمتهما"
        # and "قمة" meet ("قمت" would be another word); "بيته"/"وقته" are listed as t-final nouns
        return stem(m.group(1) + "ه")
    s = _stemmer().stemWord(word)
    if len(s) > 3 and s.endswith("ه"):
        s = s[:-1]
    if len(s) > 4 and s.endswith("ي"):
        s = s[:-1]
    if len(s) > 3 and s.endswith("ا") and s + "ت" in word:
        s = s[:-1]  # "-ات" plurals, also before a suffix ("انتخاباتنا")
    if len(s) > 3 and s.endswith("ت") and word.endswith(("تي", "تك")):
        s = s[:-1]  # teh marbuta before a possessive ("أجندتي")
    if word in _stem_tables()[1]:
        return s  # "سيادة", "سياسة": a noun, not a future verb
    if word[:1] == "س" and word[1:2] in "يتن" and len(word) >= 5 and s[:1] == "س" and s[1:2] in "يتن":
        s = s[1:]  # future prefix ("ستبدآن")
    if len(s) >= 4 and s[0] in "يتن":
        s = s[1:]
    return s


# a noun in teh marbuta (folded ه) written before a pronoun suffix: "قمتهما" → "قمت" + "هما";
# not after ا ("انتخاباتها": the plural -ات); not before ي/ك, which also end nisba
# adjectives ("السوفيتي") and are handled after Snowball
_TEH_MARBUTA_SUFFIX = re.compile(r"^(.+[^\Wا_])ت(?:هما|هم|هن|ها|ه|كما|كم|نا)$")


@lru_cache(maxsize=1)
def _stem_tables() -> tuple[frozenset, frozenset]:
    """(nouns whose final ت is a root letter, words in س that are no future verbs), folded:
    read straight from the lexicon (the stemmer is used to build the rest of it)."""
    t = load("statements")
    final_t = frozenset(fold(w)[:-1] for w in t.get("t_final_nouns", []))
    nouns = set()
    for w in t.get("future_exceptions", []):
        nouns.add(fold(w))
    return final_t, frozenset(nouns)


@lru_cache(maxsize=200_000)
def _bare(word: str) -> tuple[str, ...]:
    """The word and its forms without a leading proclitic (و، ف، ب، ل، ك، ال …). Cached: read only."""
    out = [word]
    for p in _PROCLITICS:
        if word.startswith(p) and len(word) - len(p) >= 2:
            out.append(word[len(p):])
    return tuple(out)


def words(text: str) -> list[str]:
    """Folded word tokens of `text` (camel-tools tokeniser; punctuation dropped)."""
    return [t for t in simple_word_tokenize(fold(text)) if _WORD.fullmatch(t)]


@dataclass(frozen=True)
class _Lexicon:
    reporting: frozenset
    denial: frozenset
    attribution_preps: tuple
    complementizers: frozenset
    speakers: tuple  # ((tuple of folded words), readable name), longest first
    speaker_heads: tuple
    titles: tuple  # (tuple of folded words, readable title)
    concepts: dict  # tuple of stems -> concept id
    concept_max: int
    antonyms: dict  # stem/concept -> concept
    opposites: dict  # stem -> set(stem)
    negators: frozenset
    noun_negators: frozenset
    lead_openers: tuple
    dependent_openers: tuple
    splitters: tuple
    setting: frozenset  # stems
    setting_phrases: tuple
    agreement: frozenset  # stems
    measurement: frozenset  # folded forms
    units: frozenset  # stems
    number_words: frozenset  # folded
    ordinals: frozenset  # folded
    background: tuple
    stopwords: frozenset  # folded forms
    ambiguous_reporting: frozenset
    title_names: frozenset
    future_exceptions: frozenset
    speaker_names: frozenset
    contrast_next: frozenset
    stop_stems: frozenset
    topic_preps: frozenset = frozenset()
    temporal_always: frozenset = frozenset()
    temporal_before_unit: frozenset = frozenset()
    stance: frozenset = frozenset()  # concept keys that count half ("@perceive")
    discourse: tuple = ()  # phrases that only link the discourse ("بل على العكس")
    event_nouns: frozenset = frozenset()  # stems of nouns naming the meeting itself ("خلال المحادثات")


def _phrase(text: str) -> tuple[str, ...]:
    return tuple(words(text))


def _stems_of(text: str) -> tuple[str, ...]:
    return tuple(stem(_strip_article(w)) for w in words(text))


def _strip_article(w: str) -> str:
    """Remove a leading conjunction/preposition + article ("وال", "بال", "لل", "ال"), or a
    bare و/ف/ب/ل/ك when what remains is a word of its own in the article or the lexicon
    ("لإيجاد" → "إيجاد" when "إيجاد" occurs; "بوتين" stays, "وتين" is no word)."""
    fixed, rest, rest2, rest2_known = _strip_plan(w)
    if fixed is not None:
        return fixed
    vocab = _VOCAB[0]
    if rest in vocab:
        return rest
    if rest2 is not None and (rest2_known or rest2 in vocab):
        return rest2
    return w


@lru_cache(maxsize=200_000)
def _strip_plan(w: str) -> tuple:
    """What of :func:`_strip_article` does not depend on the article being read, per word:
    (the answer, None, None, False) when it is settled, else (None, the word without its
    letter, the word without two letters or None, whether the lexicon has that one), to be
    looked up in the article's words."""
    for p in ("وال", "فال", "بال", "كال", "لل", "ال"):
        if w.startswith(p) and len(w) - len(p) >= 2:
            return w[len(p):], None, None, False
    if len(w) >= 4 and w[0] in "وفبلك":
        rest = w[1:]
        if rest in _lexicon_vocab():
            return rest, None, None, False
        rest2 = rest[1:] if rest[:1] in "بلك" and len(rest) >= 4 else None
        return None, rest, rest2, rest2 is not None and rest2 in _lexicon_vocab()
    return w, None, None, False


# Words of the article being read (set by find_statements): guides proclitic stripping.
_VOCAB: list = [frozenset()]


@lru_cache(maxsize=1)
def _lexicon_vocab() -> frozenset:
    """Every folded word written in the statements lexicon."""
    out = set()

    def walk(x):
        if isinstance(x, str):
            out.update(words(x))
        elif isinstance(x, dict):
            for k, v in x.items():
                walk(k)
                walk(v)
        elif isinstance(x, (list, tuple)):
            for v in x:
                walk(v)

    walk(load("statements"))
    return frozenset(w for w in out if len(w) >= 3)


def lexicon() -> _Lexicon:
    """The statements lexicon, folded and stemmed (built once, independent of any article)."""
    global _LEX
    if _LEX is None:
        saved, _VOCAB[0] = _VOCAB[0], frozenset()
        try:
            _LEX = _build_lexicon()
        finally:
            _VOCAB[0] = saved
    return _LEX


_LEX: Optional["_Lexicon"] = None


def _build_lexicon() -> _Lexicon:
    t = load("statements")
    fl = lambda xs: frozenset(fold(x) for x in xs)  # noqa: E731
    speakers = []
    for name, aliases in (t.get("speakers") or {}).items():
        for a in aliases:
            speakers.append((_phrase(a), name))
    speakers.sort(key=lambda p: -len(p[0]))
    titles = []
    for canonical, variants in (t.get("titles") or {}).items():
        for v in [canonical] + list(variants or []):
            titles.append((_phrase(v), canonical))
    titles.sort(key=lambda p: -len(p[0]))
    titles_names = {name for _, name in titles}
    concepts = {}
    stop = frozenset(fold(x) for x in t.get("stopwords", []))
    for cid, phrases in (t.get("concepts") or {}).items():
        for p in phrases:
            concepts[_stems_of(p)] = cid
            # content tokens have no stop words: "توصلا إلى اتفاق" is matched as "توصلا اتفاق"
            # (not when one word would be left: "على حدة" is no "حدة")
            ws = [w for w in words(p) if not any(b in stop for b in _bare(w))]
            if 2 <= len(ws) < len(words(p)):
                concepts.setdefault(tuple(stem(_strip_article(w)) for w in ws), cid)
    antonyms = {}
    for a, b in t.get("antonyms", []):
        key = _stems_of(a)
        antonyms[concepts.get(key, key[0] if len(key) == 1 else a)] = b
    opposites: dict[str, set[str]] = defaultdict(set)
    for a, b in t.get("opposites", []):
        ka, kb = _stems_of(a), _stems_of(b)
        sa = "@" + concepts[ka] if ka in concepts else ka[0]
        sb = "@" + concepts[kb] if kb in concepts else kb[0]
        opposites[sa].add(sb)
        opposites[sb].add(sa)
    stopwords = fl(t.get("stopwords", []))
    return _Lexicon(
        reporting=fl(t.get("reporting_verbs", [])),
        denial=fl(t.get("denial_verbs", [])),
        attribution_preps=tuple(sorted((_phrase(x) for x in t.get("attribution_preps", [])), key=len, reverse=True)),
        complementizers=fl(t.get("complementizers", [])),
        speakers=tuple(speakers),
        speaker_heads=tuple(sorted((_phrase(x) for x in t.get("speaker_heads", [])), key=len, reverse=True)),
        titles=tuple(titles),
        concepts=concepts,
        concept_max=max((len(k) for k in concepts), default=1),
        antonyms=antonyms,
        opposites=dict(opposites),
        negators=fl(t.get("negators", [])),
        noun_negators=fl(t.get("noun_negators", [])),
        lead_openers=tuple(sorted((_phrase(x) for x in t.get("lead_openers", [])), key=len, reverse=True)),
        dependent_openers=tuple(sorted((_phrase(x) for x in t.get("dependent_openers", [])), key=len, reverse=True)),
        splitters=tuple(sorted((_phrase(x) for x in t.get("clause_splitters", [])), key=len, reverse=True)),
        setting=frozenset(s for x in t.get("setting_words", []) for s in _stems_of(x)),
        setting_phrases=tuple(_phrase(x) for x in t.get("setting_words", [])),
        agreement=frozenset(stem(_strip_article(fold(x))) for x in t.get("agreement_words", [])),
        measurement=fl(t.get("measurement_verbs", [])),
        units=frozenset(stem(_strip_article(fold(x))) for x in t.get("units", [])),
        number_words=fl(t.get("number_words", [])),
        ordinals=frozenset(_strip_article(fold(x)) for x in t.get("ordinals", [])),
        background=tuple(_phrase(x) for x in t.get("background_markers", [])),
        stopwords=stopwords,
        ambiguous_reporting=fl(t.get("ambiguous_reporting_verbs", [])),
        title_names=frozenset(titles_names),
        future_exceptions=fl(t.get("future_exceptions", [])),
        speaker_names=frozenset(name for _, name in speakers),
        contrast_next=fl(t.get("contrast_next", [])),
        stop_stems=frozenset(stem(_strip_article(w)) for w in stopwords),
        topic_preps=fl(t.get("topic_prepositions", [])),
        temporal_always=fl((t.get("temporal_prepositions") or {}).get("always", [])),
        temporal_before_unit=fl((t.get("temporal_prepositions") or {}).get("before_time_noun", [])),
        stance=frozenset("@" + c for c in t.get("stance_concepts", [])),
        discourse=tuple(sorted((_phrase(x) for x in t.get("discourse_phrases", [])), key=len, reverse=True)),
        event_nouns=frozenset(
            "@" + concepts[k] if k in concepts else k[0]
            for k in (_stems_of(x) for x in t.get("event_nouns", []))
            if k
        ),
    )


# ---------------------------------------------------------------------------
# Tokens with offsets.


@dataclass(frozen=True)
class _Tok:
    word: str  # folded
    start: int  # offsets in the article text
    end: int


def _tokens(text: str, base: int) -> list[_Tok]:
    """Folded word tokens of `text` with their spans (offset `base` added)."""
    ft = fold_text(text)
    out = []
    for m in _WORD.finditer(ft.text):
        s, e = ft.to_original(m.start(), m.end())
        out.append(_Tok(m.group(), base + s, base + e))
    return out


# The article being read (set by find_statements): its text and its tokens, so that a
# clause's tokens are a slice of them instead of a second fold and tokenisation.
_ART: list = [None, (), []]  # text, tokens, their start offsets


def _span_tokens(text: str, x: int, y: int) -> list[_Tok]:
    """The same as ``_tokens(text[x:y], x)``: taken from the article's tokens when `text` is
    the article being read and no token of it crosses x or y (then folding and tokenising
    the slice gives exactly those tokens), else computed."""
    if _ART[0] is text:
        toks, starts = _ART[1], _ART[2]
        i = bisect_left(starts, x)
        j = bisect_left(starts, y)
        if (i == 0 or toks[i - 1].end <= x) and (j == i or toks[j - 1].end <= y):
            return toks[i:j]
    return _tokens(text[x:y], x)


def _is_stop(word: str) -> bool:
    lex = lexicon()
    return any(b in lex.stopwords for b in _bare(word))


def _starts_with(toks: Sequence[_Tok], phrases: Iterable[tuple[str, ...]], at: int = 0) -> int:
    """Length of the longest phrase that `toks[at:]` opens with (a leading و/ف allowed)."""
    if isinstance(phrases, tuple) and len(phrases) > 4:
        # lexicon tables: only the phrases whose first word the token can be are tried,
        # in the table's order (same result as the loop below)
        if at >= len(toks):
            return 0
        first = toks[at].word
        index = _first_word_index(phrases)
        cands = index.get(first, ())
        if first[:1] in "وف" and first[1:] in index:
            cands = sorted(cands + index[first[1:]])
        for _, p in cands:
            n = len(p)
            if at + n <= len(toks) and all(toks[at + k].word == p[k] for k in range(1, n)):
                return n
        return 0
    for p in phrases:
        n = len(p)
        if not n or at + n > len(toks):
            continue
        ws = [t.word for t in toks[at:at + n]]
        first = ws[0]
        if (first == p[0] or (first[:1] in "وف" and first[1:] == p[0])) and ws[1:] == list(p[1:]):
            return n
        # a proclitic glued to a one-word phrase's first word ("وبحسب")
    return 0


PAST_REPORT_WORDS = 4  # a perfect reporting verb this early makes an unpunctuated line a sentence


def _reports_in_past(line: str) -> bool:
    """A perfect-tense reporting verb among the line's first words ("بايدن حذر …", "وقال …")."""
    past = _past_reporting()
    for w in words(line)[:PAST_REPORT_WORDS]:
        if w in past or (w[:1] in "وف" and w[1:] in past):
            return True
    return False


@lru_cache(maxsize=1)
def _past_reporting() -> frozenset:
    """The lexicon's reporting verbs in the perfect: without the imperfect prefix ي, nor the
    prefix ت where the ي form is listed too ("تقول" beside "يقول"; "تابع" stays), nor the
    forms that are also common other words ("بين" is also "between", "ذكر" "mention")."""
    lex = lexicon()
    forms = lex.reporting
    return frozenset(
        w for w in forms - lex.ambiguous_reporting
        if not w.startswith("ي") and not (w.startswith("ت") and "ي" + w[1:] in forms)
    )


def _is_reporting(word: str) -> bool:
    """A reporting verb, possibly after the conjunction و/ف ("وأضاف", "فقال")."""
    lex = lexicon()
    if word in lex.reporting or (word[:1] in "وف" and word[1:] in lex.reporting):
        return True
    # purpose lam before an imperfect reporting verb: "وخرج بوتين ليعلن أن …"
    return word[:1] == "ل" and word[1:2] in "يت" and word[1:] in lex.reporting


_FIRST_WORD_INDEX: dict[int, tuple] = {}


def _first_word_index(phrases: tuple) -> dict[str, tuple]:
    """{first word: ((order, phrase), ...)} of a lexicon table (kept per table object)."""
    entry = _FIRST_WORD_INDEX.get(id(phrases))
    if entry is None or entry[0] is not phrases:
        index: dict[str, list] = defaultdict(list)
        for order, p in enumerate(phrases):
            if p:
                index[p[0]].append((order, p))
        entry = (phrases, {k: tuple(v) for k, v in index.items()})
        _FIRST_WORD_INDEX[id(phrases)] = entry
    return entry[1]


def _find_phrase(toks: Sequence[_Tok], phrase: tuple[str, ...], start: int = 0) -> int:
    n = len(phrase)
    for i in range(start, len(toks) - n + 1):
        if all(_bare_eq(toks[i + k].word, phrase[k], k == 0) for k in range(n)):
            return i
    return -1


def _bare_eq(word: str, target: str, first: bool) -> bool:
    if word == target:
        return True
    if first:
        return target in _bare(word)
    return False


# ---------------------------------------------------------------------------
# Pieces: refined clauses.


@dataclass
class _Piece:
    start: int
    end: int
    leads: list = field(default_factory=list)  # spans of topic leads joined in front


def _pieces(article: Article, sentence: Sentence) -> list[_Piece]:
    """The sentence's refined clauses (see the module docstring), as spans of the article."""
    text = article.text
    lex = lexicon()
    raw: list[tuple[int, int]] = []
    for c in split_clauses(sentence):
        toks = _span_tokens(text, c.start, c.end) if text[c.start:c.end] == c.text else _tokens(c.text, c.start)
        cuts = [c.start]
        for i in range(2, len(toks) - 2):
            if _starts_with(toks, lex.splitters, i) and not _starts_with(toks, lex.splitters, i - 1):
                # only where the word opens a proposition, not a phrase ("فيما يتعلق")
                if _starts_with(toks, lex.lead_openers, i) > 1:
                    continue
                cuts.append(toks[i].start)
        cuts.append(c.end)
        if not text[text.rfind("\n", 0, c.start) + 1:c.start].strip(" \t-–—•*"):
            # a wire dateline ("جنيف (رويترز) -") or a live-blog time ("17:50") says nothing
            d = _DATELINE.match(text, c.start, c.end) or _CLOCK.match(text, c.start, c.end)
            if d and d.end() < c.end:
                cuts[0] = d.end()
        for x, y in zip(cuts, cuts[1:]):
            x, y = _trim(text, x, y)
            if y > x:
                raw.append((x, y))
    pieces: list[_Piece] = []
    pending: list[tuple[int, int, str]] = []
    for x, y in raw:
        kind = _kind(_span_tokens(text, x, y))
        if kind == "dependent" and pieces and not pending:
            pieces[-1].end = y
            continue
        if kind in ("attribution", "lead"):
            pending.append((x, y, kind))
            continue
        start = pending[0][0] if pending else x
        leads = [(px, py) for px, py, k in pending if k == "lead"]
        pieces.append(_Piece(start, y, leads))
        pending = []
    while pending and pieces and pending[-1][2] == "lead":
        pending.pop()  # a trailing adjunct ("…، بعد قمة جنيف") leads nothing: not part of the statement
    if pending:
        if pieces:
            pieces[-1].end = pending[-1][1]
        else:
            pieces.append(_Piece(pending[0][0], pending[-1][1], [(px, py) for px, py, k in pending if k == "lead"]))
    return pieces


def _kind(toks: Sequence[_Tok]) -> str:
    """'lead', 'attribution', 'dependent' or 'content' for one raw clause."""
    lex = lexicon()
    if not toks:
        return "dependent"
    if _starts_with(toks, lex.dependent_openers) or len(toks) < 2:
        return "dependent"
    if len(toks) <= 3 and toks[0].word.startswith("وال") and not any(_is_reporting(t.word) for t in toks):
        return "dependent"  # the last item of a list ("…، والاستقرار الاستراتيجي")
    if _starts_with(toks, lex.lead_openers):
        return "lead"
    if len(toks) <= 8 and _starts_with(toks, lex.attribution_preps):
        return "attribution"  # "وحسب بيان مشترك صدر عن الرئيسين، فإن …"
    if len(toks) <= 8 and _bare(toks[0].word)[-1] in _SETTING_PREPS and len(toks) > 1 and (
        stem(_strip_article(toks[1].word)) in lex.setting
    ):
        return "attribution"  # "في مؤتمر صحفي منفرد عقده عقب القمة": where it was said
    # a clause with nothing but a reporting verb, a speaker and setting words
    content = [t for t in _content_tokens(toks, strip_attribution=False)]
    has_verb = any(_is_reporting(t.word) for t in toks)
    if len(content) == 0 or (len(content) <= 1 and len(toks) <= 5) or (has_verb and len(content) <= 1 and len(toks) <= 6):
        return "attribution"
    return "content"


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start].isspace() or text[start] in "،,؛;:-–—"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in "،,؛;:-–—"):
        end -= 1
    return start, end


_DATELINE = re.compile(r"[^\W\d_]+(?:[ \t]+[^\W\d_]+){0,2}[ \t]*(?:\([^()\n]{1,30}\))?[ \t]*[-–—][ \t]+")
_CLOCK = re.compile(r"(?:[-–—•*][ \t]*)?\d{1,2}:\d{2}[ \t]+")
_SETTING_PREPS = frozenset(("في", "خلال", "امام", "عبر"))

GENERIC = "\0generic"  # name of a speaker phrase built from a role noun ("المتحدث باسم الجيش")


@lru_cache(maxsize=1)
def _speaker_index() -> dict[str, tuple]:
    """{first word: ((order, phrase, name), ...)} over ``speakers + titles``, in that order."""
    lex = lexicon()
    index: dict[str, list] = defaultdict(list)
    for order, (phrase, name) in enumerate(lex.speakers + lex.titles):
        if phrase:
            index[phrase[0]].append((order, phrase, name))
    return {k: tuple(v) for k, v in index.items()}


def _speaker_spans(toks: Sequence[_Tok], generic: bool = False) -> list[tuple[int, int, str]]:
    """(first, last+1, name) of speakers and titles named in `toks`.

    With `generic`, a role noun of the lexicon ("وزير", "المتحدث باسم", "الوسيط") and
    up to two words after it also make a speaker phrase, named ``GENERIC``. It reads
    the words alone, so it is cached on them (a clause is asked about several times).
    """
    ws = tuple(t.word for t in toks)
    if len(ws) > 80:  # a whole article (_article_titles): read once, not worth keeping
        return list(_speaker_spans_of.__wrapped__(ws, generic))
    return list(_speaker_spans_of(ws, generic))


@dataclass(frozen=True)
class _Word:
    word: str


@lru_cache(maxsize=50_000)
def _speaker_spans_of(ws: tuple, generic: bool) -> tuple:
    toks = [_Word(w) for w in ws]
    lex = lexicon()
    index = _speaker_index()
    found = []
    i = 0
    while i < len(toks):
        hit = None
        # the first phrase of speakers + titles, in that order, whose first word is one
        # of the token's bare forms and whose other words follow exactly
        cands = [c for b in set(_bare(toks[i].word)) for c in index.get(b, ())]
        cands.sort()
        for _, phrase, name in cands:
            n = len(phrase)
            if i + n <= len(toks) and all(toks[i + k].word == phrase[k] for k in range(1, n)):
                hit = (i, i + n, name)
                break
        if hit is None and generic:
            n = _starts_with(toks, lex.speaker_heads, i)
            if n:
                j = i + n
                while j < len(toks) and j < i + n + 2 and not _is_stop(toks[j].word) and not _is_reporting(
                    toks[j].word
                ) and not any(b in lex.complementizers for b in _bare(toks[j].word)[:2]):
                    j += 1
                hit = (i, j, GENERIC)
        if hit:
            found.append(hit)
            i = hit[1]
        else:
            i += 1
    return tuple(found)


def _content_tokens(toks: Sequence[_Tok], strip_attribution: bool = True) -> list[_Tok]:
    lex = lexicon()
    skip = set()
    for a, b, _ in _speaker_spans(toks):
        skip.update(range(a, b))
    # every occurrence of each discourse phrase, left to right, not overlapping itself
    # (as _find_phrase would find them), looked up by the bare forms of each token
    index = _discourse_index()
    n_toks = len(toks)
    next_free: dict = {}
    for i, t in enumerate(toks):
        for b in _bare(t.word):
            for p in index.get(b, ()):
                n = len(p)
                if i + n <= n_toks and i >= next_free.get(p, 0) and all(toks[i + k].word == p[k] for k in range(1, n)):
                    skip.update(range(i, i + n))
                    next_free[p] = i + n
    return [t for i, t in enumerate(toks) if i not in skip and _is_content_word(t.word)]


@lru_cache(maxsize=1)
def _discourse_index() -> dict:
    index: dict = defaultdict(list)
    for p in lexicon().discourse:
        if p:
            index[p[0]].append(p)
    return dict(index)


_MEMO: list = [None, {}, {}]  # the article vocabulary they were made with, {word: content?}, {word: stem key}


def _memo(which: int) -> dict:
    """A per-word table valid while the article vocabulary (_VOCAB) stays the same."""
    if _MEMO[0] is not _VOCAB[0]:
        _MEMO[0], _MEMO[1], _MEMO[2] = _VOCAB[0], {}, {}
    return _MEMO[which]


def _is_content_word(w: str) -> bool:
    """A token's own part of the content test of _content_tokens (stop, reporting, setting, no letters)."""
    memo = _memo(1)
    r = memo.get(w)
    if r is None:
        lex = lexicon()
        r = not (
            _is_stop(w)
            or _is_reporting(w)
            or stem(_strip_article(w)) in lex.setting
            or any(b in lex.setting for b in (stem(x) for x in _bare(w)))
            or (not _ARABIC.search(w) and not w.isdigit())
        )
        memo[w] = r
    return r


def _key_stem(w: str) -> str:
    """stem(_strip_article(w)), kept per article vocabulary."""
    memo = _memo(2)
    r = memo.get(w)
    if r is None:
        r = memo[w] = stem(_strip_article(w))
    return r


# ---------------------------------------------------------------------------
# Terms.


def _keys(toks: Sequence[_Tok]) -> list[tuple[str, int]]:
    """(key, token index) for content-bearing tokens: concepts matched on stems, else stems."""
    lex = lexicon()
    # (_is_glued is never true, so the stems with and without a glued clitic are one list)
    alt = [_key_stem(t.word) for t in toks]
    concepts = lex.concepts
    out: list[tuple[str, int]] = []
    i = 0
    while i < len(toks):
        matched = 0
        for n in range(min(lex.concept_max, len(toks) - i), 0, -1):
            cid = concepts.get(tuple(alt[i:i + n]))
            if cid:
                out.append(("@" + cid, i))
                matched = n
                break
        if matched:
            i += matched
            continue
        w = toks[i].word
        if not _is_stop(w) and not _is_reporting(w):
            s = alt[i]
            if s and s not in lex.stop_stems and (len(s) >= 2 or s.isdigit()):
                out.append((s, i))
        i += 1
    return out


def _is_glued(word: str) -> bool:
    return False


# ---------------------------------------------------------------------------
# Analysis of one piece.


@dataclass
class _Analysis:
    terms: dict  # key -> weight factor (1.0 content, LEAD_WEIGHT topic lead)
    negated: bool = False
    negated_term: Optional[str] = None
    denial: bool = False
    speaker: Optional[str] = None
    speaker_explicit: bool = False
    verb: Optional[str] = None
    attributed: bool = False
    agreement: bool = False
    ordinal: bool = False
    number: bool = False
    measured: bool = False
    measured_only: bool = False
    measured_by_verb: bool = False  # the measurement is said with a measurement verb ("استمرت ساعة")
    background: bool = False
    quoted: bool = False
    planned: bool = False
    topic_words: tuple = ()
    content_start: int = 0
    negated_keys: tuple = ()  # keys of the few content words right after the statement's negator
    inner_speaker: Optional[str] = None  # "قال البيت الأبيض إن بايدن أبلغ بوتين …" → بايدن
    objects: tuple = ()  # what the statement is about, named after a topic preposition ("مشاورات حول X")  # offset (article text) where the reported content begins


def _article_titles(article: Article) -> dict[str, str]:
    """Titles this article resolves to a name ("الرئيس الروسي فلاديمير بوتين" → "بوتين")."""
    lex = lexicon()
    toks = _ART[1] if _ART[0] is article.text else _tokens(article.text, 0)
    found = _speaker_spans(toks)
    resolved: dict[str, Counter] = defaultdict(Counter)
    title_names = lex.title_names
    for (a, b, name), nxt in zip(found, found[1:]):
        if name in title_names and nxt[2] not in title_names and nxt[0] == b:
            resolved[name][nxt[2]] += 1
    return {t: c.most_common(1)[0][0] for t, c in resolved.items()}


def _quote_depth(text: str) -> list[int]:
    """depth[i] > 0 when position i lies inside a quotation (quotes never span lines)."""
    depth = [0] * (len(text) + 1)
    d = 0
    straight_open = False
    for i, ch in enumerate(text):
        depth[i] = d
        if ch in _QUOTE_OPEN:
            d += 1
        elif ch in _QUOTE_CLOSE:
            d = max(0, d - 1)
        elif ch == '"':
            straight_open = not straight_open
            d = max(0, d + (1 if straight_open else -1))
        elif ch == "\n":
            d = 0
            straight_open = False
    depth[len(text)] = d
    return depth


def _is_heading_line(article: Article, sentence: Sentence) -> bool:
    """A title, subtitle or caption line: short, not closed like a sentence, not a continuation.

    Except a body line that reports in the past tense ("بايدن حذر بوتين من …"): Arabic
    headlines report in the present ("بايدن يحذر بوتين"), so an unpunctuated line with a
    perfect reporting verb among its first words is a news sentence, as in breaking-news
    flashes, tickers and SMS bulletins that never close their lines. The article's first
    line (its title) and Markdown headings stay headings.
    """
    text = article.text
    ls = text.rfind("\n", 0, sentence.start) + 1
    le = text.find("\n", sentence.end)
    line = text[ls:le if le >= 0 else len(text)].strip()
    if sentence.heading:
        first = not text[:ls].strip()
        return first or line.startswith("#") or not _reports_in_past(line)
    body = line.rstrip("\"'”»’)] ")
    ws = words(line)
    if not ws:
        return True
    closed = body.endswith((".", "!", "?", "؟", "…")) and not body.endswith("..")
    return not closed and len(ws) <= 14 and ws[0][:1] not in "وف"


def find_statements(article: Article, sentences: list[Sentence]) -> list[Mention]:
    """Statement mentions of one article, in text order (see the module docstring)."""
    text = article.text
    _VOCAB[0] = frozenset(w for w in words(text) if len(w) >= 3)
    art_toks = _tokens(text, 0)
    _ART[:] = [text, art_toks, [t.start for t in art_toks]]
    titles = _article_titles(article)
    depth = _quote_depth(text)
    current_speaker: Optional[str] = None
    out: list[Mention] = []
    seen: set = set()
    for sentence in sentences:
        if _is_heading_line(article, sentence):
            continue
        sentence_speaker: Optional[str] = None
        for piece in _pieces(article, sentence):
            toks = _span_tokens(text, piece.start, piece.end)
            if not toks:
                continue
            a = _analyse(toks, piece, text, depth, titles, current_speaker)
            if a.speaker and a.speaker_explicit:
                current_speaker = a.speaker
            if a.attributed and a.speaker:
                sentence_speaker = a.speaker
            elif sentence_speaker and not a.attributed:
                # later clauses of a reported sentence go on reporting ("…، واتفقا على …")
                a.speaker, a.attributed = sentence_speaker, True
            key = " ".join(t.word for t in toks)
            if key in seen:  # the same sentence again (a headline repeated in the body)
                continue
            seen.add(key)
            if sum(a.terms.values()) + a.negated < MIN_CONTENT_TERMS or a.measured_only:
                continue
            m = Mention(
                article=article.id,
                kind="statement",
                start=piece.start,
                end=piece.end,
                excerpt=text[piece.start:piece.end],
                modality=PLANNED if a.planned else REPORTED,
                speaker=a.speaker,
                reporting_verb=a.verb,
                paragraph=sentence.paragraph,
                sentence_start=sentence.start,
                signature=tuple(sorted(a.terms)),
                negated=a.negated,
                topic=" ".join(a.topic_words) or None,
            )
            _ANALYSES[_mkey(m)] = a
            out.append(m)
    return out


_ANALYSES: dict[tuple, _Analysis] = {}


def _mkey(m: Mention) -> tuple:
    return (m.article, m.start, m.end, m.excerpt)


def reset(analyses: bool = True) -> None:
    """Forget the per-run state (analyses, the last article's vocabulary); called once per build,
    so a long ``mkdocs serve`` does not grow it and no run depends on the one before. With
    `analyses` False only the vocabulary goes (before grouping: it must not depend on which
    article happened to be read last)."""
    if analyses:
        _ANALYSES.clear()
    _VOCAB[0] = frozenset()
    _ART[:] = [None, (), []]


def export_analyses(mentions: Sequence[Mention]) -> list[Optional[dict]]:
    """The analyses :func:`find_statements` made of `mentions`, as plain data (for the cache)."""
    out: list[Optional[dict]] = []
    for m in mentions:
        a = _ANALYSES.get(_mkey(m)) if m.kind == "statement" else None
        out.append(None if a is None else {**a.__dict__, "topic_words": list(a.topic_words)})
    return out


def restore_analyses(mentions: Sequence[Mention], data: Sequence[Optional[dict]]) -> None:
    """Give cached statement mentions back the analyses they were found with."""
    def tuples(x):  # JSON gave lists back where the analysis had tuples
        return tuple(tuples(v) for v in x) if isinstance(x, list) else x

    for m, d in zip(mentions, data):
        if d is not None:
            _ANALYSES[_mkey(m)] = _Analysis(**{k: tuples(v) for k, v in d.items()})


def analyses_of(mentions: Sequence[Mention]) -> list[Optional[_Analysis]]:
    """The analyses of `mentions` as objects (kept by ``memo.Memo`` between runs of one process)."""
    return [_ANALYSES.get(_mkey(m)) if m.kind == "statement" else None for m in mentions]


def reinstate_analyses(mentions: Sequence[Mention], analyses: Sequence[Optional[_Analysis]]) -> None:
    """Put back analyses saved by :func:`analyses_of` (after :func:`reset` forgot them)."""
    for m, a in zip(mentions, analyses):
        if a is not None:
            _ANALYSES[_mkey(m)] = a


def _analysis(m: Mention) -> _Analysis:
    """The analysis of a mention's excerpt (recomputed when the mention was made elsewhere)."""
    key = _mkey(m)
    a = _ANALYSES.get(key)
    if a is None:
        _VOCAB[0] = frozenset(w for w in words(m.excerpt) if len(w) >= 3)
        toks = _tokens(m.excerpt, m.start)
        a = _analyse(toks, _Piece(m.start, m.end), None, None, {}, m.speaker)
        if m.speaker:
            a.speaker = m.speaker
        _ANALYSES[key] = a
    return a


def _find_verb(toks: Sequence[_Tok], text: Optional[str], first: int) -> Optional[int]:
    """Index of the reporting verb that introduces the piece's content, if any."""
    lex = lexicon()
    spans_all = _speaker_spans(toks, generic=True)
    for i in range(first, min(len(toks), first + 12)):
        w = toks[i].word
        if not _is_reporting(w):
            continue
        comp = _complementizer(toks, i, text)
        after = {a: b for a, b, _ in spans_all}
        ambiguous = w in lex.ambiguous_reporting or (w[:1] in "وف" and w[1:] in lex.ambiguous_reporting)
        if ambiguous:
            # "بين الرئيس الروسي أنه …", "ذكر أن …": the complementizer must follow at once
            j = after.get(i + 1, i + 1)
            if comp is not None and (comp == j or ((i + 1) in after and _gap(i, comp, after) <= 10)):
                return i
            continue
        if (i + 1) in after or (i + 2) in after or (comp is not None and _gap(i, comp, after) <= 10):
            return i
    # an unknown (or misspelt) verb: a speaker named at the start, then a complementizer
    for a0, b0, _ in spans_all:
        if first <= a0 <= first + 2 and b0 < len(toks) and any(
            x in lex.complementizers for x in _bare(toks[b0].word)[:2]
        ):
            return max(first, a0 - 1)
    return None


def _is_future(word: str) -> bool:
    """A future verb: س + imperfect prefix ("سيعودان", "وستبدأ"), not a noun such as "سياسية"."""
    lex = lexicon()
    w = word[1:] if word[:1] in "وف" and word[1:2] == "س" else word
    if len(w) < 5 or w[0] != "س" or w[1] not in "يتنا":
        return False
    return not any(b in lex.future_exceptions for b in {w, _strip_article(w)}) and w not in lex.stopwords


def _gap(i: int, j: int, speakers: dict) -> int:
    """Tokens between i and j that are not part of a speaker's name or title."""
    n, k = 0, i + 1
    while k < j:
        if k in speakers:
            k = speakers[k]
            continue
        n += 1
        k += 1
    return n


def _analyse(toks, piece, text, depth, titles, current_speaker) -> _Analysis:
    lex = lexicon()
    lead_idx = set()
    for ls, le in piece.leads:
        lead_idx.update(i for i, t in enumerate(toks) if ls <= t.start < le)
    first = max(lead_idx) + 1 if lead_idx else 0
    if first >= len(toks):
        first = 0
    verb_i = _find_verb(toks, text, first)
    if verb_i is None and first:
        verb_i = _find_verb(toks, text, 0)
    prep_i = prep_len = None
    if verb_i is None:
        for i in range(first, min(first + 6, len(toks))):
            n = _starts_with(toks, lex.attribution_preps, i)
            if n:
                prep_i, prep_len = i, n
                break
    attribution_end = 0
    if verb_i is not None:
        comp = _complementizer(toks, verb_i, text)
        if comp is not None:
            attribution_end = comp + 1
        else:
            spans = [s for s in _speaker_spans(toks, generic=True) if verb_i < s[0] <= verb_i + 2]
            attribution_end = spans[0][1] if spans else verb_i + 1
    elif prep_i is not None:
        spans = [s for s in _speaker_spans(toks, generic=True) if s[0] == prep_i + prep_len]
        attribution_end = spans[0][1] if spans else prep_i + prep_len + 1
        if attribution_end < len(toks) and toks[attribution_end].word in ("فان", "ان", "وان"):
            attribution_end += 1
        else:  # "وحسب بيان مشترك صدر عن الرئيسين، فإن …": the source may take a few words
            fa = next((j for j in range(attribution_end, min(len(toks), attribution_end + 8)) if toks[j].word == "فان"), None)
            if fa is not None:
                attribution_end = fa + 1
    colon = False
    if verb_i is None and prep_i is None and text is not None:
        # "بوتين: اتفقنا على …", "بايدن للصحفيين قبل بدء الجلسة: …" (headlines, tickers, live blogs)
        for a0, b0, name in _speaker_spans(toks):
            if a0 > first + 1:
                break
            k = next((k for k in range(b0, min(len(toks), b0 + 6)) if ":" in text[toks[k - 1].end:toks[k].start]), None)
            if k is not None:
                attribution_end, colon = k, True
            break
    # speaker
    attr_toks = [t for i, t in enumerate(toks[:attribution_end]) if i not in lead_idx]
    spans = _speaker_spans(attr_toks, generic=True)
    speaker, explicit = None, False
    if spans:
        named = [s for s in spans if s[2] not in lex.title_names and s[2] != GENERIC]
        known = [s for s in spans if s[2] != GENERIC]
        pick = named[0] if named else (known[0] if known else spans[0])
        if pick[2] == GENERIC:
            first_t, last_t = attr_toks[pick[0]], attr_toks[pick[1] - 1]
            source = text if text is not None else None
            raw = source[first_t.start:last_t.end] if source is not None else " ".join(
                t.word for t in attr_toks[pick[0]:pick[1]]
            )
            speaker = _readable(raw)
        else:
            speaker = titles.get(pick[2], pick[2])
        explicit = True
    elif verb_i is not None:
        speaker = current_speaker
    elif prep_i is not None and prep_i + prep_len < len(toks) and toks[prep_i + prep_len].word in ("قوله", "قولها", "ما"):
        speaker = current_speaker  # "وفق قوله"، "بحسب ما …": the source is the one speaking already
    # "وحسب بيان مشترك، فإن …": a document, not the last speaker
    elif toks and any(x in lex.complementizers for x in _bare(toks[first].word)[:2]):
        speaker = current_speaker  # "وإن البلدين …": reported speech goes on
    elif depth is not None and toks and depth[toks[0].start] > 0:
        speaker = current_speaker  # inside a quotation opened earlier
    quoted = bool(depth is not None and any(depth[t.start] > 0 for t in toks[attribution_end:attribution_end + 3]))
    verb = toks[verb_i].word if verb_i is not None else None
    content = [t for i, t in enumerate(toks) if i >= attribution_end and i not in lead_idx]
    lead = [t for i, t in enumerate(toks) if i in lead_idx]
    ctoks = _content_tokens(content)
    terms: dict[str, float] = {}
    # negation: noun negators turn an antonym round ("دون مؤتمر مشترك"); clause negators mark the statement
    negated, neg_term, neg_keys = False, None, ()
    noun_neg = set()
    for i, t in enumerate(content):
        bare = _bare(t.word)[:2]
        if not any(b in lex.negators for b in bare):
            continue
        if any(b in lex.noun_negators for b in bare):
            noun_neg.add(t.start)
            continue
        nxt = content[i + 1].word if i + 1 < len(content) else ""
        if t.word[:1] == "و" and nxt in lex.contrast_next:
            continue  # contrastive "وليس من روسيا": not the statement's negation
        if not negated:
            negated = True
            later = _keys(_content_tokens(content[i + 1:]))
            neg_term = later[0][0] if later else None
            neg_keys = tuple(k for k, _ in later[:NEGATION_SCOPE])
    starts = [t.start for t in content]
    adjunct = _time_adjuncts(content)
    for k, j in _keys(ctoks):
        pos = starts.index(ctoks[j].start)
        if any(starts.index(n) < pos <= starts.index(n) + 3 for n in noun_neg):
            k = "@" + lex.antonyms[k.lstrip("@")] if k.lstrip("@") in lex.antonyms else k
        if pos in adjunct or k in lex.stance:
            terms.setdefault(k, LEAD_WEIGHT)
            continue
        terms[k] = 1.0
    for k, _ in _keys(_content_tokens(lead)):
        terms.setdefault(k, LEAD_WEIGHT)
    denial = verb is not None and any(b in lex.denial for b in _bare(verb)[:2])
    ws = [t.word for t in toks]
    bares = [set(_bare(w)) | {_strip_article(w)} for w in ws]
    ordinal = any(b & lex.ordinals for b in bares)
    numbers = [i for i, w in enumerate(ws) if w.isdigit() or bool(bares[i] & lex.number_words)]
    # a measurement counts where the statement says it, not in the attribution
    # ("وأضاف بوتين بعد المحادثات التي استمرت ثلاث ساعات أن …")
    said = {i for i in range(len(toks)) if i >= attribution_end or i in lead_idx}
    numbers_said = [i for i in numbers if i in said]
    unit_at = [i for i, w in enumerate(ws) if i in said and stem(_strip_article(w)) in lex.units]
    measuring = any(b & lex.measurement for i, b in enumerate(bares) if i in said)
    measured = any(0 < u - n <= 2 for n in numbers_said for u in unit_at) or (
        measuring and (bool(numbers_said) or bool(unit_at))
    )
    # the statement itself is a measurement ("عقدا جلسة أولى استمرت ساعة"), not its lead
    # ("وبعد محادثات استمرت أربع ساعات، أعلن البيت الأبيض انتهاء الجلسة الثانية")
    body = said - lead_idx
    by_verb = any(b & lex.measurement for i, b in enumerate(bares) if i in body) and (
        any(i in body for i in numbers) or any(i in body for i in unit_at)
    )
    agreement = any(stem(_strip_article(b)) in lex.agreement for bs in bares for b in bs)
    background = any(_starts_with(toks, [p], 0) or _starts_with(toks, [p], 1) for p in lex.background)
    future = any(_is_future(t.word) for t in content) or "سوف" in ws or "سوف" in [w[1:] for w in ws]
    planned = agreement or future
    content_terms = [k for k, w in terms.items() if w >= 1.0]
    measured_only = measured and not ordinal and len(content_terms) <= 4
    topic_words = tuple(_strip_article(t.word) for t in ctoks[:4])
    # a speaker reported by another: "قال البيت الأبيض إن بايدن أبلغ بوتين بأن …"
    inner = None
    inner_spans = _speaker_spans(content[:4])
    if inner_spans and inner_spans[0][0] == 0 and inner_spans[0][1] < len(content):
        if _is_reporting(content[inner_spans[0][1]].word):
            inner = titles.get(inner_spans[0][2], inner_spans[0][2])
    # what it is about: the first content key after a topic preposition
    ctx = _context()
    objects = []
    keyed = _keys(ctoks)
    for t in content:
        if any(b in lex.topic_preps for b in _bare(t.word)[:2]):
            obj = next((k for k, j in keyed if ctoks[j].start > t.start and k not in ctx), None)
            if obj is not None and obj not in objects:
                objects.append(obj)
    return _Analysis(
        inner_speaker=inner,
        negated_keys=neg_keys,
        objects=tuple(objects),
        terms=terms,
        negated=negated or denial,
        negated_term=neg_term,
        denial=denial,
        speaker=speaker,
        speaker_explicit=explicit,
        verb=verb,
        attributed=verb_i is not None or prep_i is not None or colon or speaker is not None,
        agreement=agreement,
        ordinal=ordinal,
        number=bool(numbers),
        measured=measured,
        measured_only=measured_only,
        measured_by_verb=by_verb,
        background=background,
        quoted=quoted,
        planned=planned,
        topic_words=topic_words,
        content_start=content[0].start if content else (toks[0].start if toks else 0),
    )


TIME_ADJUNCT_WORDS = 5  # a time adjunct takes at most this many words after its preposition


def _time_adjuncts(content: Sequence[_Tok]) -> set[int]:
    """Indexes of `content` inside a time adjunct ("منذ تولي بايدن منصبه"، "بعد أشهر من التوتر")."""
    lex = lexicon()
    out: set[int] = set()
    for i, t in enumerate(content):
        b = _bare(t.word)[:2]
        nxt = content[i + 1].word if i + 1 < len(content) else ""
        before = any(x in lex.temporal_before_unit for x in b) and bool(nxt)
        if before and _event_noun(content, i + 1):
            # "خلال المحادثات", "عقب القمة": when it was said, not what; only the noun itself
            # (also where the noun is a unit too: "خلال الاجتماع على عودة …")
            out.update((i, i + 1))
        elif any(x in lex.temporal_always for x in b) or (before and stem(_strip_article(nxt)) in lex.units):
            out.update(range(i, min(len(content), i + 1 + TIME_ADJUNCT_WORDS)))
    return out


def _event_noun(toks: Sequence[_Tok], i: int) -> bool:
    """Whether toks[i] names the meeting itself (a lexicon event noun, or a concept of one)."""
    lex = lexicon()
    if not lex.event_nouns:
        return False
    return any(k in lex.event_nouns for k, _ in _keys(toks[i:i + 1])) or (
        stem(_strip_article(toks[i].word)) in lex.event_nouns
    )


def _readable(raw: str) -> str:
    """A speaker phrase as shown: quotes and diacritics-only marks dropped, no leading و."""
    raw = _CLEAN.sub("", raw).strip()
    raw = re.sub(r"^[وف](?=ال)", "", raw)
    return " ".join(raw.split())


def _complementizer(toks, verb_i: int, text: Optional[str]) -> Optional[int]:
    """Index of the last attribution token: the complementizer, or the token before a colon/quote."""
    lex = lexicon()
    spans = {a: b for a, b, _ in _speaker_spans(toks, generic=True)}
    j = verb_i + 1
    while j < len(toks):
        if j in spans:
            j = spans[j]
            continue
        if any(b in lex.complementizers for b in _bare(toks[j].word)[:2]):
            return j
        if text is not None and _has_colon_or_quote(text, toks[j - 1].end, toks[j].start):
            return j - 1
        j += 1
    return None


def _has_colon_or_quote(text: str, a: int, b: int) -> bool:
    gap = text[a:b]
    return ":" in gap or any(q in gap for q in _QUOTE_OPEN) or '"' in gap


# ---------------------------------------------------------------------------
# Grouping.


@dataclass
class _Item:
    index: int  # index of the mention
    terms: dict  # key -> factor
    speaker: frozenset  # known speakers it is attributed to (a reporter and the one reported)
    planned: bool
    role: frozenset = frozenset()  # words of an unknown speaker's role phrase ("المحلل السياسي الروسي")
    objects: frozenset = frozenset()
    negated: frozenset = frozenset()  # keys under the statement's negation ("لم يكن هناك أي عداء")
    # set by _weigh for one grouping run (they depend on the event's idf):
    full: frozenset = frozenset()  # keys that always count: factor 1, not a context term
    full_weight: float = 0.0  # their summed weight
    weight: Optional[dict] = None  # key -> idf * factor


def _weigh(item: _Item, idf: dict[str, float], ctx: frozenset) -> None:
    """Precompute what :func:`_similarity` reads of an item under one event's idf."""
    item.weight = {k: idf[k] * f for k, f in item.terms.items()}
    item.full = frozenset(k for k, f in item.terms.items() if f >= 1.0 and k not in ctx)
    item.full_weight = sum(item.weight[k] for k in item.terms if k in item.full)


def _similarity(a: _Item, b: _Item, idf: dict[str, float]) -> float:
    """Similarity of two statements, 0..1 (see the module docstring); both items weighed (_weigh).

    Context terms (entities, generic event nouns, topic-lead words) count when
    both sides have them and are not held against a side that lacks them.
    """
    if a.speaker and b.speaker and not a.speaker & b.speaker:
        return 0.0
    if a.role and b.role and not a.role & b.role:
        return 0.0  # two unknown speakers with nothing in common: "المحلل …" and "السيناتور …"
    if a.objects and b.objects and not a.objects & b.objects:
        return 0.0  # talks about one subject are not talks about another
    if not a.full & b.full:
        return 0.0  # topic leads alone do not make two statements one
    shared = a.terms.keys() & b.terms.keys()
    strong = shared - _context()
    if len(strong) < 2:
        (only,) = strong
        if not (
            min(len(a.full), len(b.full)) <= 2
            and bool(a.speaker & b.speaker)
            and (idf[only] >= _RARE[0] or only in a.negated & b.negated)
        ):
            return 0.0  # one shared word is enough only for short quotes of one speaker on a rare word
    va, vb = a.weight, b.weight
    # terms that are not full count for a side only when shared
    wa = a.full_weight + sum(map(va.__getitem__, [k for k in shared if k not in a.full]))
    wb = b.full_weight + sum(map(vb.__getitem__, [k for k in shared if k not in b.full]))
    # idf * min(factor a, factor b), as min of the two weights (idf > 0: the same product)
    sw = sum(map(min, map(va.__getitem__, shared), map(vb.__getitem__, shared)))
    oc = sw / min(wa, wb)
    dice = 2 * sw / (wa + wb)
    s = 0.5 * oc + 0.5 * dice
    if a.planned != b.planned:
        s *= 0.85
    return s


@lru_cache(maxsize=1)
def _context() -> frozenset:
    lexicon()
    saved, _VOCAB[0] = _VOCAB[0], frozenset()
    try:
        return _context_keys()
    finally:
        _VOCAB[0] = saved


def _context_keys() -> frozenset:
    t = load("statements")
    keys = {"@" + c for c in t.get("context_concepts", [])}
    keys |= {stem(_strip_article(fold(w))) for w in t.get("context_words", [])}
    # units and time nouns ("بعد أشهر من التوتر") say when or how much, not what
    keys |= {stem(_strip_article(fold(w))) for w in t.get("units", [])}
    return frozenset(keys)


_RARE = [0.0]  # idf of a term found in RARE_DF statements of the event being grouped


def _known_speaker(name: Optional[str]) -> Optional[str]:
    """The speaker if the lexicon knows it (a name or a title); phrases built from a role
    noun are written too many ways to keep two statements apart."""
    lex = lexicon()
    if name and (name in lex.speaker_names or name in lex.title_names):
        return name
    return None


def group_statements(mentions: list[Mention]) -> list[list[Mention]]:
    """Group statement mentions into claims (see the module docstring); deterministic order."""
    mentions = list(mentions)
    by_event: dict[object, list[int]] = defaultdict(list)
    for i, m in enumerate(mentions):
        by_event[m.event if m.event is not None else ("\0none",)].append(i)
    groups: list[list[int]] = []
    for event in sorted(by_event, key=lambda e: str(e)):
        groups.extend(_group_event(mentions, by_event[event]))
    groups = [sorted(set(g), key=lambda i: _order(mentions[i])) for g in groups]
    groups.sort(key=lambda g: _order(mentions[g[0]]))
    return [[mentions[i] for i in g] for g in groups]


def _order(m: Mention) -> tuple:
    return (m.article, m.start, m.end)


def _group_event(mentions: list[Mention], idx: list[int]) -> list[list[int]]:
    """Complete-linkage grouping of one event's statements (see the module docstring).

    Statements with the same terms (in the same order), speaker and modality
    compare identically with every other statement; they form one *class* and
    similarities are computed once per pair of classes. A class whose members
    match each other (self-similarity above the merge threshold) and share an
    indexed term is one node of the agglomeration: its members are always
    merged with each other first, as the best pairs. Other classes' members are
    nodes of their own. Candidate pairs come from the inverted index on each
    class's rarest terms (:func:`_candidate_pairs`: at most BLOCK_KEYS entries
    per class and BLOCK_WINDOW partners per entry once an entry is long), so
    the number of pairs grows linearly with the number of statements. The link
    test of two groups compares their first LINK_SAMPLE classes each (every
    class, below that size), so merging stays linear as groups grow to
    hundreds of paraphrases in a large archive.
    """
    items = []
    for i in idx:
        a = _analysis(mentions[i])
        terms = {k: f for k, f in a.terms.items()}
        known = {_known_speaker(mentions[i].speaker or a.speaker), _known_speaker(a.inner_speaker)} - {None}
        role = frozenset()
        if not known and (mentions[i].speaker or a.speaker):
            role = frozenset(words(mentions[i].speaker or a.speaker)) - lexicon().stopwords
        items.append(_Item(i, terms, frozenset(known), a.planned, role, frozenset(a.objects), frozenset(a.negated_keys)))
    _strip_event_clitics(items)
    n = len(items)
    df = Counter(k for it in items for k in it.terms)
    # IDF smoothed by a notional background of IDF_PRIOR statements in which every
    # term is rare, so that a handful of statements does not make shared words worthless
    idf = {k: log((n + IDF_PRIOR) / (c + 0.5)) for k, c in df.items()}
    _RARE[0] = log((n + IDF_PRIOR) / (RARE_DF + 0.5))
    ctx = _context()
    for it in items:
        _weigh(it, idf, ctx)
    # classes of identical statements
    class_of: list[int] = []
    class_ids: dict[tuple, int] = {}
    members_of: list[list[int]] = []
    for p, it in enumerate(items):
        c = class_ids.setdefault(
            (tuple(it.terms.items()), it.speaker, it.planned, it.role, it.objects, it.negated), len(class_ids)
        )
        if c == len(members_of):
            members_of.append([])
        members_of[c].append(p)
        class_of.append(c)
    rep = [ms[0] for ms in members_of]
    m = len(members_of)
    csim: dict[tuple[int, int], float] = {}

    def simc(c: int, d: int) -> float:
        key = (c, d) if rep[c] <= rep[d] else (d, c)
        s = csim.get(key)
        if s is None:
            s = csim[key] = _similarity(items[rep[key[0]]], items[rep[key[1]]], idf)
        return s

    # blocking: inverted index on each class's rarest terms
    max_df = max(2, int(BLOCK_MAX_DF * n))
    ctx = _context()
    index: dict[str, list[int]] = defaultdict(list)
    keyed = [False] * m
    class_keys: list[tuple] = []
    for c in range(m):
        terms = items[rep[c]].terms
        keys = sorted(
            (k for k in terms if df[k] <= max_df), key=lambda k: (terms[k] < 1.0, k in ctx, df[k], k)
        )[:BLOCK_KEYS]
        for k in keys:
            index[k].append(c)
        keyed[c] = bool(keys)
        class_keys.append(tuple(keys))
    cpairs = _candidate_pairs(index, class_keys)
    # members of one class that share an indexed term are candidates of each other
    for c in range(m):
        if keyed[c] and len(members_of[c]) > 1:
            cpairs.add((c, c))
    # nodes: a whole class when its members merge with each other, else each member
    unit = [keyed[c] and len(members_of[c]) > 1 and simc(c, c) >= MERGE_THRESHOLD for c in range(m)]
    nodes_of: list[list[int]] = [[members_of[c][0]] if unit[c] else list(members_of[c]) for c in range(m)]
    node_pairs: list[tuple[float, int, int]] = []
    adjacent: dict[int, set[int]] = defaultdict(set)  # class -> classes it pairs with at SECOND_GROUP_THRESHOLD
    for c, d in cpairs:
        s = simc(c, d)
        if s >= SECOND_GROUP_THRESHOLD:
            adjacent[c].add(d)
            adjacent[d].add(c)
        if s < MERGE_THRESHOLD or c == d:
            continue
        for p in nodes_of[c]:
            for q in nodes_of[d]:
                node_pairs.append((-s, p, q) if p < q else (-s, q, p))
    node_pairs.sort()

    # complete-linkage agglomeration, best pairs first; a cluster is named by its first
    # node and knows its items and its classes (every similarity inside or across
    # clusters is a similarity of two classes)
    cluster: dict[int, int] = {}
    items_in: dict[int, list[int]] = {}
    classes_in: dict[int, list[int]] = {}  # in the order they joined
    # apart[a]: clusters that a can never merge with: a cross pair of theirs failed the link
    # test, and clusters only grow, so it fails for every later union (exact, not a heuristic)
    apart: dict[int, set[int]] = {}
    for c in range(m):
        for p in nodes_of[c]:
            cluster[p] = p
            items_in[p] = list(members_of[c]) if unit[c] else [p]
            classes_in[p] = [c]
    for neg, p, q in node_pairs:
        cp, cq = cluster[p], cluster[q]
        if cp == cq:
            continue
        if cq in apart.get(cp, ()):
            continue
        if all(simc(x, y) >= LINK_THRESHOLD for x in classes_in[cp][:LINK_SAMPLE] for y in classes_in[cq][:LINK_SAMPLE]):
            keep, gone = min(cp, cq), max(cp, cq)
            for x in items_in[gone]:
                cluster[nodes_key(x, unit, class_of, members_of)] = keep
            items_in[keep].extend(items_in.pop(gone))
            classes_in[keep].extend(classes_in.pop(gone))
            gone_apart = apart.pop(gone, None)
            if gone_apart:
                for o in gone_apart:
                    apart[o].discard(gone)
                    apart[o].add(keep)
                apart.setdefault(keep, set()).update(gone_apart)
        else:
            apart.setdefault(cp, set()).add(cq)
            apart.setdefault(cq, set()).add(cp)
    result = [sorted(ms) for ms in items_in.values()]
    group_of = {p: gi for gi, ms in enumerate(result) for p in ms}
    # a clause that says two things may join a second group that it matches entirely
    extra: dict[int, list[int]] = defaultdict(list)
    for gi, ms in enumerate(result):
        if len(ms) < 2:
            continue
        own = set(ms)
        ms_classes = {class_of[x] for x in ms}
        cand_classes = set()
        for c in ms_classes:
            cand_classes |= adjacent.get(c, set())
        articles = {mentions[items[y].index].article for y in ms}
        for d in sorted(cand_classes, key=lambda d: rep[d]):
            if not items[rep[d]].terms or not all(simc(d, y) >= SECOND_GROUP_THRESHOLD for y in ms_classes):
                continue
            for c in members_of[d]:
                if c in own or len(result[group_of[c]]) <= 1:
                    continue
                if {mentions[items[c].index].article} != articles:
                    extra[gi].append(c)
    for gi, cs in extra.items():
        result[gi] = sorted(result[gi] + cs)
    return [[items[p].index for p in ms] for ms in result]


CLITIC_MIN = 5  # a term this long may lose a leading ب/ل/ك/و/ف when the rest is a term of the event


def _strip_event_clitics(items: list[_Item]) -> None:
    """Terms that kept a proclitic because their own article never wrote the bare word
    ("بإجراءات" in an article without "إجراءات") lose it when another statement of the
    event has the bare term: across articles, not only inside one (see _strip_article)."""
    keys = {k for it in items for k in it.terms}
    bare = {k: k[1:] for k in keys if len(k) >= CLITIC_MIN and k[0] in "بلكوف" and k[1:] in keys}
    for it in items:
        if bare.keys() & it.terms.keys():
            terms: dict = {}
            for k, f in it.terms.items():
                k = bare.get(k, k)
                terms[k] = max(f, terms.get(k, 0.0))
            it.terms = terms


def _candidate_pairs(index: dict[str, list[int]], class_keys: list[tuple]) -> set[tuple[int, int]]:
    """Pairs of classes to compare: those that share an index entry.

    An entry of at most BLOCK_ALL_PAIRS classes pairs them all. A longer one
    (a term common to hundreds of statements of a large event) would cost the
    square of its length, so its classes are sorted by their other index keys
    (rarest first: paraphrases of one statement share them and sort together)
    and each is paired with the next BLOCK_WINDOW (sorted neighbourhood): the
    pairs grow linearly. Complete linkage then checks every cross pair of two
    groups anyway (:func:`_group_event`), so a group needs only a chain of
    candidate pairs to be found.
    """
    pairs: set[tuple[int, int]] = set()
    for k in sorted(index):
        post = index[k]
        if len(post) <= BLOCK_ALL_PAIRS:
            for x in range(len(post)):
                for y in range(x + 1, len(post)):
                    pairs.add((post[x], post[y]))
            continue
        ordered = sorted(post, key=lambda c: (tuple(o for o in class_keys[c] if o != k), c))
        for x in range(len(ordered)):
            for y in range(x + 1, min(x + 1 + BLOCK_WINDOW, len(ordered))):
                c, d = ordered[x], ordered[y]
                pairs.add((c, d) if c < d else (d, c))
    return pairs


def nodes_key(p: int, unit: list[bool], class_of: list[int], members_of: list[list[int]]) -> int:
    """The node an item belongs to: its class's first member for a class node, else itself."""
    c = class_of[p]
    return members_of[c][0] if unit[c] else p


def result_of(result: list[list[int]], p: int) -> list[int]:
    for ms in result:
        if p in ms:
            return ms
    return []


# ---------------------------------------------------------------------------
# Contradiction, titles, slugs, check-worthiness.


def contradicts(a: Mention, b: Mention) -> bool:
    """True only for a real contradiction: the same predicate negated on one side, or opposite predicates."""
    if a is b:
        return False
    x, y = _analysis(a), _analysis(b)
    if a.speaker and b.speaker and a.speaker != b.speaker and not (x.denial or y.denial):
        return False
    tx = {k for k, f in x.terms.items() if f >= 1.0}
    ty = {k for k, f in y.terms.items() if f >= 1.0}
    if not tx or not ty:
        return False
    shared = tx & ty
    overlap = len(shared) / min(len(tx), len(ty))
    if len(shared - _context()) < 2:
        return False  # too little in common to be the same statement
    if x.negated != y.negated:
        neg, pos = (x, ty) if x.negated else (y, tx)
        if neg.denial:
            return overlap >= 0.6
        return bool(neg.negated_term and neg.negated_term in pos) and overlap >= 0.7
    lex = lexicon()
    for k in tx - ty:
        opp = lex.opposites.get(k)
        if opp and opp & (ty - tx) and overlap >= 0.6:
            return True
    return False


def contradiction_signature(m: Mention) -> tuple:
    """What :func:`contradicts` reads of a mention: mentions with the same signature
    contradict every other mention alike and never each other (``status.judge_statement``).
    The last field (whether a term has a lexicon opposite) only serves :func:`may_contradict`."""
    x = _analysis(m)
    full = frozenset(k for k, f in x.terms.items() if f >= 1.0)
    opposites = lexicon().opposites
    return (m.speaker, x.denial, full, x.negated, x.negated_term, any(k in opposites for k in full))


def may_contradict(a: tuple, b: tuple) -> bool:
    """False where :func:`contradicts` is False for certain, on two signatures: one side must
    be negated and the other not, or both must hold a term with an opposite (the lexicon's
    opposites are symmetric)."""
    return a[3] != b[3] or (a[5] and b[5])


MEDOID_EXACT = 64  # groups up to this size get the exact medoid; larger ones a linear estimate


def _medoid(group: Sequence[Mention]) -> Mention:
    """The excerpt most like the others (ties: the shortest, then the first).

    "Most like" is the summed Jaccard similarity of term sets, which costs the
    square of the group's size; above MEDOID_EXACT excerpts (a statement
    reprinted by hundreds of articles) each excerpt is scored instead by how
    many others hold each of its terms, on average over its terms: linear, and
    the same choice whenever the excerpts are copies or near-copies.
    """
    if len(group) == 1:
        return group[0]
    sets = [set(_analysis(m).terms) for m in group]
    if len(group) > MEDOID_EXACT:
        held = Counter(k for s in sets for k in s)

        def likeness(i: int) -> float:
            return sum(held[k] - 1 for k in sets[i]) / max(1, len(sets[i]))
    else:

        def likeness(i: int) -> float:
            return sum(len(sets[i] & sets[j]) / max(1, len(sets[i] | sets[j])) for j in range(len(group)) if j != i)

    return group[min(range(len(group)), key=lambda i: (-likeness(i), len(group[i].excerpt), i))]


_CLEAN = re.compile(r"[\"“”«»()\[\]]")


def statement_title(group: list[Mention]) -> str:
    """A short Arabic title: "speaker: gist" from the most representative excerpt."""
    m = _medoid(group)
    a = _analysis(m)
    toks = _tokens(m.excerpt, 0)
    gist = _gist(m, toks)
    speaker = m.speaker or a.speaker
    title = f"{speaker}: {gist}" if speaker and speaker not in gist else gist
    return _tidy(title)


def _gist(m: Mention, toks: Sequence[_Tok]) -> str:
    """The reported content of an excerpt (after its attribution), tidied, about 12 words."""
    lex = lexicon()
    a = _analysis(m)
    rel = a.content_start - m.start
    start = next((i for i, t in enumerate(toks) if t.start >= rel), 0)
    # an opening "أن"/"يذكر أن" says nothing in a title
    n = max((len(p) for p in lex.background if _starts_with(toks, [p], start)), default=0)
    start += n
    while start < len(toks) - 2 and any(b in lex.complementizers for b in _bare(toks[start].word)[:2]):
        start += 1
    if start >= len(toks) - 1:
        start = 0
    words_ = toks[start:start + 12]
    if not words_:
        return _tidy(m.excerpt)
    text = _tidy(m.excerpt[words_[0].start:words_[-1].end]).strip(" ،,.:؛")
    if start + 12 < len(toks):
        text += " …"
    return text


_INWORD_NOISE = re.compile(r"(?<=[\u0621-\u064a])[\u0640]*\.[\u0640]*(?=[\u0621-\u064a])|\u0640")


def _tidy(text: str) -> str:
    """Readable text for a title: no quotes, tatweel or dots pushed into words."""
    text = _INWORD_NOISE.sub("", text)
    text = _CLEAN.sub("", text)
    return " ".join(text.split())


@lru_cache(maxsize=1)
def _translit():
    from camel_tools.utils.charmap import CharMapper

    return CharMapper.builtin_mapper("ar2safebw")


def statement_slug(group: list[Mention]) -> str:
    """A stable ASCII id part: 2–4 key terms of the group, transliterated (camel-tools ar2safebw)."""
    counts: Counter = Counter()
    first_pos: dict[str, tuple] = {}
    surface: dict[str, str] = {}
    for m in group:
        toks = _tokens(m.excerpt, 0)
        a = _analysis(m)
        ctoks = _content_tokens(toks)
        for k, j in _keys(ctoks):
            if k not in a.terms or a.terms[k] < 1.0:
                continue
            counts[k] += 1
            first_pos.setdefault(k, (m.article, m.start, j))
            surface.setdefault(k, _strip_article(ctoks[j].word))
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
    t = _translit()(text).lower()
    t = re.sub(r"[^a-z0-9]+", "-", t)
    return t.strip("-")


def is_check_worthy(group: list[Mention]) -> bool:
    """Whether a group deserves a claim page (rule in the module docstring)."""
    if not group:
        return False
    analyses = [_analysis(m) for m in group]
    articles = {m.article for m in group}
    factual = any(a.attributed or a.agreement or a.ordinal or a.number for a in analyses)
    if not factual:
        return False
    if len(articles) >= 2:
        return any(not a.background or a.ordinal or a.number for a in analyses)
    if any(a.measured_by_verb for a in analyses):
        return False  # "جلسة أولى … استمرت ساعة": the quantity claim of that duration covers it
    if any(a.ordinal for a in analyses):
        return True
    if any(a.measured for a in analyses):
        return False  # the quantity claim of that number covers it
    return any(a.agreement and a.attributed for a in analyses)
