"""Tokens of folded text, each word analysed against the quantity tables.

:func:`tokenize` cuts folded text into :class:`Tok` tokens; every word token
carries the :class:`Word` :func:`analyse` finds for it: its proclitics, its
stem and what the lexicon knows of the stem (a cardinal, a multiplier, a
fraction, an ordinal, a measure, a counted noun, a currency).
"""
from __future__ import annotations

import re

from .tables import tables
from .words import ART_PREFIXES, PREFIXES, TOKEN


class Word:
    """What the lexicon knows about one folded token (cached per token string)."""

    __slots__ = ("pre", "stem", "art", "card", "mult", "frac", "fracpl", "ord", "meas", "noun", "cur", "anchor")

    def __init__(self, pre: str = "", stem: str = "", entries=()):
        self.pre, self.stem = pre, stem
        self.art = pre in ART_PREFIXES
        self.mult = self.frac = self.fracpl = self.ord = self.meas = self.noun = self.cur = None
        cards = []
        for cat, data in entries:
            if cat == "card":
                cards.append(data)  # "اثنتا": "two" and the head of "اثنتا عشرة"
            elif getattr(self, cat) is None:
                setattr(self, cat, data)
        self.card = tuple(cards)
        self.anchor = bool(entries)


_NOWORD = Word()
_CACHE: dict[str, Word] = {}


def analyse(token: str) -> Word:
    """Strip proclitics (shortest first) until the rest is in the lexicon."""
    w = _CACHE.get(token)
    if w is not None:
        return w
    lex = tables().lex
    w = _NOWORD
    for p in PREFIXES:
        if token.startswith(p):
            stem = token[len(p):]
            if len(stem) >= 2 and stem in lex:
                w = Word(p, stem, lex[stem])
                break
    if len(_CACHE) > 200_000:
        _CACHE.clear()
    _CACHE[token] = w
    return w


class Tok:
    """A token of folded text: digits ("n"), a word ("w"), a symbol ("s") or punctuation ("p")."""

    __slots__ = ("s", "a", "b", "k", "w")

    def __init__(self, s: str, a: int, b: int, k: str, w: Word):
        self.s, self.a, self.b, self.k, self.w = s, a, b, k, w

    def __repr__(self) -> str:
        return f"Tok({self.s!r})"


def tokenize(folded: str) -> list[Tok]:
    """Tokens of folded text: digit runs, letter runs, symbols; words analysed."""
    out = []
    cache = _CACHE  # analyse's table, looked up here first (most words were analysed before)
    for m in TOKEN.finditer(folded):
        g, k = m.group(), m.lastgroup
        if k == "w":
            w = cache.get(g)
            if w is None:
                w = analyse(g)
        else:
            w = _NOWORD
        a, b = m.span()
        out.append(Tok(g, a, b, k, w))
    return _unquote_numbers(out) if _QUOTE_MARK.search(folded) else out


QUOTE_MARKS = frozenset('"“”«»„')
_QUOTE_MARK = re.compile("[" + re.escape("".join(sorted(QUOTE_MARKS))) + "]")


QUOTED_FIGURE = 4  # tokens at most between the quotation marks around a figure ("«يومين أو ثلاثة»")


def _unquote_numbers(toks: list[Tok]) -> list[Tok]:
    """The tokens without the quotation marks that wrap a figure ("بلغت قوتها "5,8" درجات"، "على بعد
    «300» كيلومتر"، "في غضون «يومين أو ثلاثة»"): an outlet quoting a figure still counts what
    follows it. A figure opens with digits, a number word or a dual ("يومين")."""
    drop = set()
    for i in range(len(toks) - 2):
        if toks[i].s not in QUOTE_MARKS or not _opens_figure(toks[i + 1]):
            continue
        close = next((j for j in range(i + 2, min(len(toks), i + 2 + QUOTED_FIGURE)) if toks[j].s in QUOTE_MARKS), None)
        if close is not None:
            drop.update((i, close))
    return [t for i, t in enumerate(toks) if i not in drop] if drop else toks


def _opens_figure(tok: Tok) -> bool:
    """Does a figure open with this token: digits, a number word, or a dual noun or measure?"""
    w = tok.w
    return tok.k == "n" or bool(w.card) or (w.meas or w.noun or (None, None))[1] == "du"
