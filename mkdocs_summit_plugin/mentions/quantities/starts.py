"""Quantity starts: the ways a quantity begins at a token, each giving its :class:`Core`.

A number with the unit after it (or a bare number, whose unit a range may name
later); a fraction of a measure ("نصف ساعة"); a dual noun, which carries the
number 2 ("ساعتين", "اجتماعين"); a singular noun that is one of its kind, only
with "واحد" after it, "كاملة" after it, a fraction after it ("ساعة ونصف"),
or a verb/word of lasting or a bound word before it ("استمرت ساعة", "لمدة
ساعة", "أكثر من ساعة").
"""
from __future__ import annotations

from typing import Optional

from .core import Core, measure_core, written_precision
from .dates import is_date_context
from .measure_tails import measure_tail
from .numbers import has_role, read_number
from .phrases import match_after, match_before
from .tables import tables
from .tokens import Tok
from .units import unit_after
from .words import CLITIC_TOKENS


def core_at(toks: list[Tok], i: int, bein: bool) -> Optional[Core]:
    """A number, a fraction of a measure or a dual noun starting at token i, with its unit."""
    t = toks[i]
    if t.k == "n" or (t.k == "w" and (t.w.card or t.w.mult or t.s in CLITIC_TOKENS)):
        core = number_core(toks, i, bein)
        if core is not None:
            return core
    if t.k != "w":
        return None
    return fraction_core(toks, i, bein) or dual_core(toks, i, bein)


def number_core(toks: list[Tok], i: int, bein: bool = False) -> Optional[Core]:
    """A number (digits or words) at token i with the unit after it, or a bare number."""
    nr = read_number(toks, i, bein)
    if nr is None or nr.roles == ("head",):
        return None
    if is_date_context(toks, nr):
        return Core(nr.start, nr.end, 0.0, skip=True)
    core = unit_after(toks, nr.end, nr)
    if core is None:
        if nr.roles in (("one",), ("two",)):
            return None
        return Core(nr.start, nr.end, nr.value, None, number=nr.value, roles=nr.roles, mult=nr.mult)
    core.roles, core.mult = nr.roles, nr.mult
    core.precision = written_precision(nr.place, core.scale)
    return measure_tail(toks, core, bein)


def fraction_core(toks: list[Tok], i: int, bein: bool = False) -> Optional[Core]:
    """A fraction of a measure: "نصف ساعة", "ربع الساعة", "نصف قرن"."""
    t = toks[i]
    nt = toks[i + 1] if i + 1 < len(toks) else None
    if t.w.frac is None or nt is None or not (nt.k == "w" and nt.w.meas and nt.w.meas[1] == "sg"):
        return None
    if nt.w.pre not in ("", "ال"):
        return None
    core = measure_core(i, i + 2, t.w.frac, tables().measures[nt.w.meas[0]], nt.w.stem)
    return measure_tail(toks, core, bein)


def dual_core(toks: list[Tok], i: int, bein: bool = False) -> Optional[Core]:
    """A dual noun carries the number 2: "ساعتين", "لساعتين", "بالساعتين", "اجتماعين".
    A definite dual of a counted noun names a pair ("البلدين", "الرئيسين"), not a count."""
    w = toks[i].w
    e = i + 1
    if e < len(toks) and has_role(toks[e], "two"):  # "ساعتين اثنتين"
        e += 1
    if w.meas and w.meas[1] == "du":
        return measure_tail(toks, measure_core(i, e, 2.0, tables().measures[w.meas[0]], w.stem), bein)
    if w.noun and w.noun[1] == "du" and not w.art:
        return Core(i, e, 2.0, "count", w.noun[0], w.stem, 2.0)
    if w.noun and w.noun[1] == "pl" and not w.art and w.stem.endswith("ين"):
        # Unvoweled, a sound plural in ين is also the dual (مواطنِين / مواطنَين); "اثنين"
        # after it, maybe past agreeing adjectives, says which: "مواطنين أمريكيين اثنين".
        k = i + 1
        while k < len(toks) and k <= i + 2 and toks[k].k == "w" and toks[k].s.endswith("ين") and not toks[k].w.card and not toks[k].w.art:
            k += 1
        if k < len(toks) and has_role(toks[k], "two"):
            return Core(i, k + 1, 2.0, "count", w.noun[0], w.stem, 2.0)
    return None


def singular_core(toks: list[Tok], i: int, floor: int) -> Optional[Core]:
    """A singular noun that is one of its kind: followed by واحد ("اجتماعا واحدا"),
    by a fraction or smaller unit ("ساعة ونصف"), by كاملة ("يوما كاملا"), or a
    measure governed by a verb/word of lasting or a bound word ("استمرت ساعة",
    "لمدة ساعة", "أكثر من ساعة"). Not in a construct ("يوم الأربعاء")."""
    w = toks[i].w
    n = len(toks)
    T = tables()
    if w.art:  # with a fraction after it ("نحو الساعة والنصف"), or hedged after a verb of lasting
        nt = toks[i + 1] if i + 1 < n else None
        if w.meas and w.meas[1] == "sg" and nt is not None and (nt.w.frac is not None and nt.w.pre in ("و", "وال")):
            return measure_tail(toks, measure_core(i, i + 1, 1.0, T.measures[w.meas[0]], w.stem))
        if w.meas and w.meas[1] == "sg" and _hedged_one(toks, i, floor):
            return measure_core(i, i + 1, 1.0, T.measures[w.meas[0]], w.stem)
        return None
    if w.noun and w.noun[1] == "sg" and _followed_by_one(toks, i):
        return Core(i, i + 2, 1.0, "count", w.noun[0], w.stem, 1.0)
    if not (w.meas and w.meas[1] == "sg"):
        return None
    meas = T.measures[w.meas[0]]
    if _followed_by_one(toks, i):
        return measure_tail(toks, measure_core(i, i + 2, 1.0, meas, w.stem))
    core = measure_tail(toks, measure_core(i, i + 1, 1.0, meas, w.stem))
    if core.end > i + 1:
        return core
    nt = toks[i + 1] if i + 1 < n else None
    if nt is not None:
        m = match_after(toks, i + 1, T.after)
        if m and m[1] == "exact":
            return core
        if nt.s.startswith(("ال", "لل")) or nt.s in T.months or nt.k == "n":
            return None
    return core if _governed(toks, i, floor) else None


def _hedged_one(toks: list[Tok], i: int, floor: int) -> bool:
    """Is the definite singular measure at i one of it, hedged after a verb of lasting ("استمرت
    المحادثات نحو الساعة"، "دام اللقاء قرابة الساعة")? Not a clock time: no number, ordinal or
    definite word after it ("نحو الساعة الثالثة")."""
    nt = toks[i + 1] if i + 1 < len(toks) else None
    if nt is not None and (nt.k == "n" or nt.w.ord is not None or nt.s.startswith(("ال", "لل")) or nt.w.card):
        return False
    hedge = match_before(toks, i, tables().before, floor)
    return hedge is not None and hedge[1] == "about" and _governed(toks, hedge[0], floor)


def _governed(toks: list[Tok], i: int, floor: int) -> bool:
    """A verb or word of lasting (or a bound word) just before token i, possibly
    with one or two definite words (its subject) between: "استمرت المحادثات ساعة"."""
    T = tables()
    for gap in range(3):
        end = i - gap
        if end - 1 < floor:
            return False
        if gap and not (toks[end].k == "w" and toks[end].s.startswith(("ال", "وال"))):
            return False
        if match_before(toks, end, T.governors, floor):
            return True
    return False


def _followed_by_one(toks: list[Tok], k: int) -> bool:
    return has_role(toks[k + 1] if k + 1 < len(toks) else None, "one")
