"""Tallies: a bare number a toll rises or comes to counts the plural noun the toll is of.

Disaster and war news states its tolls as "ارتفع عدد ضحايا الزلزال إلى 12"،
"ارتفعت حصيلة القتلى إلى 114"، "إن عدد القتلى في البلاد ارتفع إلى 17" or
"عدد المصابين بلغ 709": no counted noun after the number, which counts the
plural noun after a tally word ("عدد"، "حصيلة"; ``tally_words`` in the tables)
earlier in its clause, as "… إلى 114 قتيلا" does. A verb of rising or
reaching (``rising_verbs``) must tie the two: before the number (through
"إلى" and any bound words) or before the tally word.
"""
from __future__ import annotations

from typing import Optional

from .phrases import match_before
from .tables import tables
from .tokens import Tok

TO_WORDS = frozenset(("الي", "لـ"))  # folded "إلى"/"الى"
_CONJ = ("و", "ف")


def _bare(tok: Tok) -> str:
    """The token's folded word without a leading conjunction ("وارتفع" → "ارتفع")."""
    s = tok.s
    return s[1:] if len(s) > 3 and s[0] in _CONJ else s


def _is(tok: Tok, words: frozenset) -> bool:
    """Is the token one of `words`, alone or after a conjunction?"""
    return tok.k == "w" and (tok.s in words or _bare(tok) in words)


def _plural_after(toks: list[Tok], j: int) -> Optional[tuple[str, str]]:
    """(unit, noun) of the plural counted noun right after a tally word at j ("عدد ضحايا"، "حصيلة القتلى")."""
    if j + 1 >= len(toks):
        return None
    w = toks[j + 1].w
    if toks[j + 1].k == "w" and w.noun and w.noun[1] == "pl" and w.pre in ("", "ال"):
        return w.noun[0], w.stem
    return None


DATE_REACH = 3  # tokens from a day's number to its month ("3 آذار/مارس")


def _in_date(toks: list[Tok], j: int, months: frozenset) -> bool:
    """Is toks[j], a number or a symbol, part of a date ("في 3 آذار/مارس الماضي"): a
    day's number with a month name within DATE_REACH tokens after it, or a slash between two
    month names? A date between the tally and its number says when, it opens no other clause."""
    t = toks[j]
    if t.k == "n":
        return any(x.k == "w" and _bare(x) in months for x in toks[j + 1:j + 1 + DATE_REACH])
    if t.s == "/":
        return 0 < j < len(toks) - 1 and toks[j + 1].k == "w" and toks[j + 1].s in months and toks[j - 1].k == "w"
    return False


def counted_by_tally(toks: list[Tok], start: int, floor: int = 0) -> Optional[tuple[str, str]]:
    """(unit, noun) of a bare number a tally rises or comes to, or None (see the module docstring)."""
    T = tables()
    k = start - 1
    bound = match_before(toks, start, T.before, floor)
    if bound:  # "ارتفع عدد القتلى إلى أكثر من 100"
        k = bound[0] - 1
    if k < floor or toks[k].k != "w":
        return None
    verb_seen = _is(toks[k], T.rising_verbs)
    if not verb_seen and toks[k].s not in TO_WORDS:
        return None
    words = 0  # words read back from the number (a date's tokens count as none)
    for j in range(k - 1, floor - 1, -1):
        t = toks[j]
        if t.k != "w" and not _in_date(toks, j, T.months):
            return None  # punctuation or another number: another clause
        if t.k == "w" and not (t.s in T.months or _bare(t) in T.months):
            words += 1
            if words > T.tally_reach:
                return None
        if _is(t, T.tally_words):
            found = _plural_after(toks, j)
            if found is None:
                return None
            if verb_seen or (j - 1 >= floor and _is(toks[j - 1], T.rising_verbs)):
                return found
            return None
        verb_seen = verb_seen or _is(t, T.rising_verbs)
    return None
