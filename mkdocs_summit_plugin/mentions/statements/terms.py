"""The terms of a clause: its content words, keyed by concept or stem.

Stop words, reporting verbs, speakers, setting words and discourse links ("بل
على العكس"، "في المقابل", and the copula "وهو ما يمثل/يشكل …" that links a fact to what it
amounts to) are dropped (:func:`content_tokens`). Phrases of the
lexicon's concept clusters are matched on stems and replaced by the concept,
other words keep their stem (:func:`term_keys`); a word that only shares a stop word's stem
is kept where it is an adjective ("علاقة خاصة", not "الخاص ب…"), and a context word listed
in its plural is keyed apart from its singular ("العلاقات" / "علاقة رائعة"). A time adjunct ("منذ تولي بايدن
منصبه"، "خلال المحادثات": a time preposition before the meeting noun) is marked
(:func:`time_adjuncts`) so its words count half.
"""
from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache
from typing import Optional, Sequence

from ...text.stemming import bare, stem, strip_article
from ..quantities.tokens import analyse as analyse_number_word
from ...text.tokens import Tok
from .lexicon import context_plural_of, country_of_nisba, is_particle_with_pronoun, is_stop, lexicon
from .reporting import is_reporting
from .speakers import speaker_spans

_ARABIC = re.compile(r"[\u0621-\u064a]")
TIME_ADJUNCT_WORDS = 5  # a time adjunct takes at most this many words after its preposition


def content_tokens(toks: Sequence[Tok], strip_attribution: bool = True) -> list[Tok]:
    lex = lexicon()
    skip = set()
    for a, b, _ in speaker_spans_said(toks):
        skip.update(range(a, b))
    # every occurrence of each discourse phrase, left to right, not overlapping itself,
    # looked up by the bare forms of each token
    n_toks = len(toks)
    next_free: dict = {}
    for i, t in enumerate(toks):
        for p in _discourse_opened_by(t.word):
            n = len(p)
            if i + n <= n_toks and i >= next_free.get(p, 0) and all(toks[i + k].word == p[k] for k in range(1, n)):
                skip.update(range(i, i + n))
                next_free[p] = i + n
    # the content test, looked up in its per-word table here (one look-up of the table per
    # clause, not per word); a word not in it yet goes through _is_content_word
    memo = _memo(1)
    out = []
    for i, t in enumerate(toks):
        if i in skip:
            continue
        w = t.word
        r = memo.get((w, strip_article(w)))
        if r is None:
            r = _is_content_word(w)
        if r:
            out.append(t)
    return out


def speaker_spans_said(toks: Sequence[Tok]) -> list[tuple[int, int, str]]:
    """The speakers named in `toks` (``speakers.speaker_spans``) but a seat named as a place ("في
    البيت الأبيض"، "إلى الكرملين"، "لزيارة البيت الأبيض"): that is what the statement says."""
    lex = lexicon()
    return [(a, b, name) for a, b, name in speaker_spans(toks) if not (
        a and " ".join(t.word for t in toks[a:b]) in lex.seat_speakers and (
            toks[a - 1].word in lex.place_prepositions or stem(strip_article(toks[a - 1].word)) in lex.visit_stems))]


@lru_cache(maxsize=1)
def _discourse_index() -> dict:
    index: dict = defaultdict(list)
    for p in lexicon().discourse:
        if p:
            index[p[0]].append(p)
    return dict(index)


@lru_cache(maxsize=100_000)
def _discourse_opened_by(word: str) -> tuple:
    """The discourse phrases whose first word is one of `word`'s bare forms, in the order
    content_tokens tries them (bare form by bare form, each in the lexicon's order); per
    word type, as most words open none."""
    index = _discourse_index()
    return tuple(p for b in bare(word) for p in index.get(b, ()))


_MEMO: list = [None, {}, {}]  # the lexicon they were made with, {(word, stripped): content?}, {(word, stripped): key}


def _memo(which: int) -> dict:
    """A per-word table, kept across articles: its entries are keyed by the word and what
    ``strip_article`` leaves of it (the one thing the article being read changes), and
    valid while the lexicon stays the same."""
    lex = lexicon()
    if _MEMO[0] is not lex:
        _MEMO[0], _MEMO[1], _MEMO[2] = lex, {}, {}
    return _MEMO[which]


def _is_content_word(w: str) -> bool:
    """A token's own part of the content test of content_tokens (stop, reporting, setting, no letters)."""
    s = strip_article(w)
    memo = _memo(1)
    r = memo.get((w, s))
    if r is None:
        lex = lexicon()
        r = not (
            is_stop(w)
            or is_particle_with_pronoun(w)
            or is_reporting(w)
            or stem(s) in lex.setting
            or any(b in lex.setting for b in (stem(x) for x in bare(w)))
            or (not _ARABIC.search(w) and not w.isdigit())
        )
        memo[(w, s)] = r
    return r


def _key_stem(w: str) -> str:
    """stem(strip_article(w)), kept per word and stripped form; a number word's key is its digits
    ("سبعة"، "لسبعة" → "7"), so that outlets writing the number either way meet; a context
    word listed in its plural is its own key (``lexicon.context_plurals``: "العلاقات" is no
    "علاقة"); a country's adjective is the country's key (``lexicon.country_of_nisba``)."""
    s = strip_article(w)
    memo = _memo(2)
    r = memo.get((w, s))
    if r is None:
        country = country_of_nisba(s)  # "الكوري" is keyed as "كوريا" is
        r = memo[(w, s)] = number_key(w) or context_plural_of(s) or stem(country or s)
    return r


_CONCEPT_FIRSTS: list = [None, frozenset()]  # the concepts table and the first keys of its phrases


def _concept_firsts(concepts: dict) -> frozenset:
    """The keys that open a phrase of the lexicon's concept table (kept per table object)."""
    if _CONCEPT_FIRSTS[0] is not concepts:
        _CONCEPT_FIRSTS[:] = [concepts, frozenset(k[0] for k in concepts if k)]
    return _CONCEPT_FIRSTS[1]


_NUMBER_ROLES = frozenset(("one", "two", "unit", "ten", "hundred"))


def number_key(w: str) -> Optional[str]:
    """The digits of a one-word cardinal ("خمسة" → "5", "والعشرين" → "20"), else None."""
    card = analyse_number_word(w).card
    if len(card) == 1 and card[0][1] in _NUMBER_ROLES:
        return str(int(card[0][0]))
    return None


def term_keys(toks: Sequence[Tok]) -> list[tuple[str, int]]:
    """(key, token index) for content-bearing tokens: concepts matched on stems, else stems."""
    lex = lexicon()
    memo = _memo(2)  # _key_stem's table, looked up here once per clause
    alt = []
    for t in toks:
        w = t.word
        k = memo.get((w, strip_article(w)))
        alt.append(_key_stem(w) if k is None else k)
    concepts = lex.concepts
    firsts = _concept_firsts(concepts)
    out: list[tuple[str, int]] = []
    i = 0
    while i < len(toks):
        matched = 0
        # a concept phrase can only open at a key that opens one (most keys open none)
        for n in range(min(lex.concept_max, len(toks) - i) if alt[i] in firsts else 0, 0, -1):
            cid = concepts.get(tuple(alt[i:i + n]))
            if cid:
                out.append(("@" + cid, i))
                matched = n
                break
        if matched:
            i += matched
            continue
        w = toks[i].word
        if not is_stop(w) and not is_reporting(w):
            s = alt[i]
            if s and (s not in lex.stop_stems or _adjective_after_noun(toks, i)) and (len(s) >= 2 or s.isdigit()):
                out.append((s, i))
        i += 1
    return out


def _adjective_after_noun(toks: Sequence[Tok], i: int) -> bool:
    """Whether toks[i], a word that is no stop word itself but has a stop word's stem, is an
    adjective: written bare (no article, no proclitic) right after an indefinite word, with no
    punctuation between ("علاقة خاصة" = a special relationship; the stop words are "الخاص ب…"
    = pertaining to, and "، خاصة" / "وخاصة" = especially)."""
    if i == 0:
        return False
    w, prev = toks[i], toks[i - 1]
    return (
        w.start - prev.end == 1
        and strip_article(w.word) == w.word
        and w.word[:1] not in "وفبلك"
        and not prev.word.startswith("ال")
        and not is_stop(prev.word)
    )


def time_adjuncts(content: Sequence[Tok]) -> set[int]:
    """Indexes of `content` inside a time adjunct ("منذ تولي بايدن منصبه"، "بعد أشهر من التوتر")."""
    lex = lexicon()
    out: set[int] = set()
    for i, t in enumerate(content):
        b = bare(t.word)[:2]
        nxt = content[i + 1].word if i + 1 < len(content) else ""
        before = any(x in lex.temporal_before_unit for x in b) and bool(nxt)
        if before and _event_noun(content, i + 1):
            # "خلال المحادثات", "عقب القمة": when it was said, not what; only the noun itself
            # (also where the noun is a unit too: "خلال الاجتماع على عودة …")
            out.update((i, i + 1))
        elif any(x in lex.temporal_always for x in b) or (before and stem(strip_article(nxt)) in lex.units):
            out.update(range(i, min(len(content), i + 1 + TIME_ADJUNCT_WORDS)))
    return out


def _event_noun(toks: Sequence[Tok], i: int) -> bool:
    """Whether toks[i] names the meeting itself (a lexicon event noun, or a concept of one)."""
    lex = lexicon()
    if not lex.event_nouns:
        return False
    return any(k in lex.event_nouns for k, _ in term_keys(toks[i:i + 1])) or (
        stem(strip_article(toks[i].word)) in lex.event_nouns
    )
