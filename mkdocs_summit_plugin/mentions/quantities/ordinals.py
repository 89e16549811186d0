"""Ordinals: "المحادثة الخامسة", "أول اجتماع", "للمرة الثالثة", dimension ``ordinal``.

Only for the nouns of ``ordinal_units`` (events and spans of time: "الوزير
الأول" is a title); the ordinal agrees with its noun in definiteness, with at
most one definite word between ("اجتماع القمة الأول").
"""
from __future__ import annotations

from typing import Optional

from .core import Core
from .numbers import is_teen
from .tables import tables
from .tokens import Tok, Word


def _ordinal_noun(w: Word) -> Optional[str]:
    """The unit of a noun that takes ordinals (events, spans of time; not clock units or titles)."""
    unit = w.noun[0] if w.noun else w.meas[0] if w.meas else None
    if unit is None or unit not in tables().ordinal_units:
        return None
    return unit


def _number_of(w: Word) -> Optional[str]:
    return (w.noun or w.meas or (None, None))[1]


def ordinal_value(toks: list[Tok], k: int, art: bool) -> tuple[int, int]:
    """An ordinal adjective at k agreeing in definiteness: (value, end), or (0, k).
    "الخامسة" 5, "الحادي عشر" 11, "الثالثة عشرة" 13, "العشرون" 20, "الحادي والعشرون" 21."""
    t = toks[k]
    w = t.w
    n = len(toks)
    if t.k != "w" or w.art != art or w.pre not in ("", "ال"):
        return 0, k
    if w.ord is not None:
        v, e = w.ord, k + 1
        if e < n and is_teen(toks[e]):
            return v % 10 + 10, e + 1
        if e < n and toks[e].w.pre in ("و", "وال") and any(r == "ten" for _, r in toks[e].w.card):
            tens = next(x for x, r in toks[e].w.card if r == "ten")
            return v + int(tens), e + 1
        return v, e
    for v, role in w.card:
        if role == "ten" and art:
            return int(v), k + 1
    return 0, k


PRONOUNS = frozenset({"هو", "هي", "وهو", "وهي"})  # folded: "وهو الثالث", the third of what it stands for


def ordinal_core(toks: list[Tok], i: int) -> Optional[Core]:
    """"المحادثة الخامسة", "جولة ثانية", "اجتماع القمة الأول", "أول اجتماع", "للمرة الثالثة";
    and a definite ordinal after a pronoun, "وهو الثالث", the third time of what the pronoun stands
    for (unit ``time``: :mod:`assign.occurrences` reads which)."""
    w = toks[i].w
    n = len(toks)
    if w.ord is not None and w.art and w.pre in ("ال",) and i > 0 and toks[i - 1].s in PRONOUNS:
        val, e = ordinal_value(toks, i, True)
        if val:
            return Core(i, e, float(val), "ordinal", "time", None, float(val))
    if w.ord is not None and not w.art:  # construct: "أول اجتماع", "لأول مرة", "ثالث زيارة"
        nt = toks[i + 1] if i + 1 < n else None
        if nt is not None and w.pre in ("", "ل", "و", "ب", "ول", "وب"):
            unit = _ordinal_noun(nt.w)
            if unit and nt.w.pre == "" and _number_of(nt.w) == "sg":
                return Core(i, i + 2, float(w.ord), "ordinal", unit, nt.w.stem, float(w.ord))
        return None
    unit = _ordinal_noun(w)
    if not unit or _number_of(w) != "sg":
        return None
    for gap in (0, 1):
        k = i + 1 + gap
        if k >= n:
            return None
        if gap:  # one definite word between: a genitive or an adjective ("اجتماع القمة الأول")
            mid = toks[i + 1]
            if not (mid.k == "w" and mid.s.startswith("ال") and not (mid.w.ord or mid.w.card or mid.w.mult)):
                return None
        val, e = ordinal_value(toks, k, w.art or gap == 1)
        if val:
            return Core(i, e, float(val), "ordinal", unit, w.stem, float(val))
    return None
