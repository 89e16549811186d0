"""Speakers: the known speakers and titles named in a clause, and how a speaker is shown.

A speaker is a known speaker or title of the lexicon; titles are resolved to
the name the same article gives them ("الرئيس الأمريكي جو بايدن" → "بايدن":
:func:`article_titles`). A role noun ("وزير"، "المتحدث باسم"، "الوسيط") and
up to two words after it also make a speaker phrase (``GENERIC``), shown as
written (:func:`readable`); such phrases are written too many ways to tell two
statements apart (:func:`known_speaker`). Names the lexicon does not know, bodies
and sources are read from the text by ``names.py``; what tells two statements
apart is :func:`speaker_identity` (names and titles) and :func:`speaker_role`
(role words), compared by :func:`same_speaker`.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from functools import lru_cache
from typing import NamedTuple, Optional, Sequence

from ...model import Article
from ...text.normalise import vowel_skeleton
from ...text.stemming import bare
from ...text.tokens import Tok, article_tokens, words
from .lexicon import is_complementizer, is_stop, lexicon, starts_with
from .reporting import is_reporting

GENERIC = "\0generic"  # name of a speaker phrase built from a role noun ("المتحدث باسم الجيش")

QUOTES_AND_BRACKETS = re.compile(r"[\"“”«»()\[\]]")


@lru_cache(maxsize=1)
def _speaker_index() -> dict[str, tuple]:
    """{first word: ((order, phrase, name), ...)} over ``speakers + titles``, in that order."""
    lex = lexicon()
    index: dict[str, list] = defaultdict(list)
    for order, (phrase, name) in enumerate(lex.speakers + lex.titles):
        if phrase:
            index[phrase[0]].append((order, phrase, name))
    return {k: tuple(v) for k, v in index.items()}


def speaker_spans(toks: Sequence[Tok], generic: bool = False) -> list[tuple[int, int, str]]:
    """(first, last+1, name) of speakers and titles named in `toks`.

    With `generic`, a role noun of the lexicon ("وزير", "المتحدث باسم", "الوسيط") and
    up to two words after it also make a speaker phrase, named ``GENERIC``. It reads
    the words alone, so it is cached on them (a clause is asked about several times).
    """
    ws = tuple([t.word for t in toks])
    if len(ws) > 80:  # a whole article (article_titles): read once, not worth keeping
        return list(_speaker_spans_of.__wrapped__(ws, generic))
    return list(_speaker_spans_of(ws, generic))


class _Word(NamedTuple):
    """A word read as a token (what ``starts_with`` reads of one); a named tuple, cheap to make."""

    word: str


def opens_speaker_phrase(word: str) -> bool:
    """Does a speaker or title phrase of the lexicon open with this word (cached per word)?"""
    return bool(_phrases_opened_by(word))


@lru_cache(maxsize=100_000)
def _phrases_opened_by(word: str) -> tuple:
    """The speaker and title phrases whose first word is one of `word`'s bare forms, in the
    order of ``speakers + titles`` (cached per word: most words open none)."""
    index = _speaker_index()
    return tuple(sorted(c for b in set(bare(word)) for c in index.get(b, ())))


@lru_cache(maxsize=50_000)
def _speaker_spans_of(ws: tuple, generic: bool) -> tuple:
    # the words are read as they are; only the role nouns' look-up (starts_with) wants tokens
    toks = [_Word(w) for w in ws] if generic else None
    lex = lexicon()
    found = []
    i = 0
    n_ws = len(ws)
    while i < n_ws:
        hit = None
        # the first phrase of speakers + titles, in that order, whose first word is one
        # of the token's bare forms and whose other words follow exactly
        for _, phrase, name in _phrases_opened_by(ws[i]):
            n = len(phrase)
            if i + n <= n_ws and all(ws[i + k] == phrase[k] for k in range(1, n)):
                hit = (i, i + n, name)
                break
        if hit is None and generic:
            n = starts_with(toks, lex.speaker_heads, i)
            if n:
                j = i + n
                while j < n_ws and j < i + n + 2 and not is_stop(ws[j]) and not is_reporting(
                    ws[j]
                ) and not is_complementizer(ws[j]):
                    j += 1
                hit = (i, j, GENERIC)
        if hit:
            found.append(hit)
            i = hit[1]
        else:
            i += 1
    return tuple(found)


def article_titles(article: Article) -> dict[str, str]:
    """Titles this article resolves to a name ("الرئيس الروسي فلاديمير بوتين" → "بوتين")."""
    from .names import gap

    lex = lexicon()
    toks = article_tokens(article.text)
    found = speaker_spans(toks)
    resolved: dict[str, Counter] = defaultdict(Counter)
    title_names = lex.title_names
    first_words = frozenset(p[0] for p, _ in lex.speakers)
    for (a, b, name), nxt in zip(found, found[1:]):
        # the name as written right after the title ("لبايدن" is an object, not its name)
        if (name in title_names and nxt[2] not in title_names and nxt[0] == b and toks[b].word in first_words
                and not gap(article.text, toks[b - 1], toks[b])):  # "… الرئيس الصيني.. بايدن:" is no apposition
            resolved[name][nxt[2]] += 1
    return {t: c.most_common(1)[0][0] for t, c in resolved.items()}


def readable(raw: str) -> str:
    """A speaker phrase as shown: quotes and diacritics-only marks dropped, no leading و."""
    raw = QUOTES_AND_BRACKETS.sub("", raw).strip()
    raw = re.sub(r"^[وف](?=ال)", "", raw)
    return " ".join(raw.split())


def known_speaker(name: Optional[str]) -> Optional[str]:
    """The speaker if the lexicon knows it (a name or a title); phrases built from a role
    noun are written too many ways to keep two statements apart."""
    lex = lexicon()
    if name and (name in lex.speaker_names or name in lex.title_names):
        return name
    return None


def speaker_identity(shown: Optional[str], analysis) -> Optional[str]:
    """The speaker a statement is told apart by: a person's name, a lexicon title or a body
    (None for a role phrase or a source, which are written too many ways). `shown` is the
    mention's speaker, the analysis's own or the name its title resolves to across the
    event's articles (``claims/statement_speakers.py``)."""
    if not shown:
        return None
    if shown != analysis.speaker:
        return shown  # a title resolved to a name by other articles of the event
    kind = analysis.speaker_kind
    if kind is None:
        return known_speaker(shown)
    return shown if kind in ("name", "title") else None


def speaker_role(shown: Optional[str], analysis) -> frozenset:
    """The words of a role phrase that is no identity ("المحلل السياسي"): two roles with no
    word in common never say one statement. A body ("هيئة الطيران"، "الخطوط الجوية") has
    none: bodies report the same facts in many names."""
    if not shown or analysis.speaker_kind == "body":
        return frozenset()
    return frozenset(words(shown)) - lexicon().stopwords


def same_speaker(a: frozenset, b: frozenset) -> bool:
    """Whether two statements' speakers (identities) may be one: a shared one, one whose
    words are all among the other's ("آبي أحمد" and "آبي أحمد علي"), or two spellings of one
    transliterated name (:func:`_spelt_alike`, :func:`_alif_variants`, :func:`_joined`)."""
    if a & b:
        return True
    for x in a:
        wx = _speaker_words(x)
        for y in b:
            wy = _speaker_words(y)
            if wx <= wy or wy <= wx or _spelt_alike(wx, wy) or _alif_variants(wx, wy) or _joined(x, y) or _joined(y, x):
                return True
    return False


MIN_JOINED = 6  # letters of a one-word name that two words of another name may be written as


def _joined(one: str, other: str) -> bool:
    """Is the one-word name `one` two or three consecutive words of `other` written as one word, but
    for a letter ("جينبينج" and "شي جين بينغ"): transliterated names are joined and split both ways."""
    if len(one) < MIN_JOINED or " " in one.strip():
        return False
    parts = words(other)
    runs = ("".join(parts[i:i + n]) for n in (2, 3) for i in range(len(parts) - n + 1))
    return any(run[0] == one[0] and _edits(one, run, 1) <= 1 for run in runs)


MIN_ALIF_VARIANT = 5  # letters of the longer spelling of a one-word name written with or without a long ا


def _alif_variants(wx: frozenset, wy: frozenset) -> bool:
    """One transliterated name written with and without a long vowel ا inside a word ("ترامب"،
    "دونالد ترمب"): each word of the shorter name is a word of the longer, or is one once each
    inner ا is dropped, the longer spelling of five letters or more. Short Arabic names stay apart
    ("حامد" and "حمد" are two people)."""
    if len(wx) > len(wy):
        wx, wy = wy, wx
    if not wx or wx <= wy:
        return False
    return all(w in wy or any(_alif_variant(w, v) for v in wy) for w in wx)


def _alif_variant(a: str, b: str) -> bool:
    if a == b or max(len(a), len(b)) < MIN_ALIF_VARIANT or a[0] != b[0]:
        return False
    if a[0] + a[1:].replace("ا", "") == b[0] + b[1:].replace("ا", ""):
        return True
    # a long foreign name written with and without an inner ي or و ("بلينكن"، "أنتوني بلينكين")
    return max(len(a), len(b)) >= MIN_VOWEL_VARIANT and vowel_skeleton(a) == vowel_skeleton(b)


MIN_VOWEL_VARIANT = 7  # letters of the longer spelling: "سليمان" and "سلمان" stay two names


def _spelt_alike(wx: frozenset, wy: frozenset) -> bool:
    """Two names of two words or more written two ways ("كليجدار أوغلو"، "كليشدار أوغلو"):
    they share a word, and each other word of the shorter is a word of the longer but for a
    letter (two in words of seven letters or more) and begins with the same letter. One-word
    names never match so: "سلمان" and "سليمان" are two people."""
    joiners = lexicon().name_joiners
    wx, wy = wx - joiners, wy - joiners
    if len(wx) < 2 or len(wy) < 2:
        return False
    shared = wx & wy
    if not any(len(w) >= 3 for w in shared):
        return False
    short, long_ = (wx, wy) if len(wx) <= len(wy) else (wy, wx)
    return all(w in shared or any(_near(w, v) for v in long_ - shared) for w in short)


def _near(a: str, b: str) -> bool:
    """One letter apart (two when both have seven letters or more), same first letter, or the
    same consonants (:func:`_consonants`: "كليجدار"، "كيليتشدار")."""
    n = min(len(a), len(b))
    if n < 5 or a[0] != b[0]:
        return False
    if _edits(a, b, 2 if n >= 7 else 1) <= (2 if n >= 7 else 1):
        return True
    consonants = _consonants(a)
    return len(consonants) >= MIN_CONSONANTS and consonants == _consonants(b)


MIN_CONSONANTS = 5  # consonants of a transliterated word that two spellings must share to be one


def _consonants(w: str) -> str:
    """A transliterated word's first letter and its consonants: the long vowels ا، و، ي that
    one outlet writes and another leaves out are dropped, and the foreign "ch", written تش by some
    and ج by others (read غ here, see :func:`_speaker_words`), is one letter."""
    return w[0] + "".join(c for c in w[1:].replace("تش", "غ") if c not in "اوي")


def _edits(a: str, b: str, cap: int) -> int:
    """Levenshtein distance of two words, stopped once it exceeds `cap`."""
    if abs(len(a) - len(b)) > cap:
        return cap + 1
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        if min(cur) > cap:
            return cap + 1
        prev = cur
    return prev[-1]


@lru_cache(maxsize=4096)
def _speaker_words(name: str) -> frozenset:
    """A name's words, foreign sounds that outlets write in several letters read one way: a g,
    ج in Egypt and غ elsewhere ("جوتيريش"، "غوتيريش"), and the sibilants of a z or ts (س، ز، ص،
    تس، تز: "شولتس"، "شولتز"، "شولز"); two names apart only by them are one."""
    return frozenset(_SIBILANTS.sub("ز", w.replace("ج", "غ")) for w in words(name))


_SIBILANTS = re.compile("ت[سز]|[سص]")  # "تس"، "تز"، "س"، "ص": written for one foreign sound, read ز
