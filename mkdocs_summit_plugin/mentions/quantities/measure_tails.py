"""Measure tails: fractions and smaller units after a measure ("ونصف", "إلا ربعا", "و21 دقيقة").

Fractions combine with measure units only: "3 ساعات ونصف" 210 minutes,
"ثلاث ساعات إلا ربع" 165, "ثلاث ساعات و21 دقيقة" 201; the unit may be
repeated after the fraction ("ونصف الساعة"). A smaller unit adds only when it
is of the same dimension ("دقائق و3 ساعات" stays 5 minutes).
"""
from __future__ import annotations

from typing import Optional

from .core import Core, measure_core
from .numbers import read_number
from .tables import Measure, tables
from .tokens import Tok
from .units import unit_after


def _same_unit(toks: list[Tok], k: int, meas: Measure) -> int:
    """Skip the unit repeated after a fraction ("ونصف الساعة", "وربع ساعة")."""
    if k < len(toks) and toks[k].w.meas and toks[k].w.meas[0] == meas.name and toks[k].w.pre in ("", "ال"):
        return k + 1
    return k


def _add_units(core: Core, end: int, units: float) -> Core:
    core.end = end
    core.number += units
    core.value += units * core.measure.factor
    return core


def _add_core(core: Core, sub: Core, sign: int) -> Core:
    core.end = sub.end
    core.value += sign * sub.value
    core.number = core.value / core.measure.factor
    core.step = min(core.step, sub.step)
    return core


def _smaller(toks: list[Tok], k: int, meas: Measure) -> Optional[Core]:
    """A number of a smaller unit of the same dimension at k ("21 دقيقة", "ودقيقتين")."""
    t = toks[k]
    w = t.w
    if t.k == "w" and w.meas and w.meas[1] == "du" and w.pre in ("", "و"):
        sub = measure_core(k, k + 1, 2.0, tables().measures[w.meas[0]], w.stem)
    elif t.k == "n" or w.card:
        nr = read_number(toks, k)
        sub = unit_after(toks, nr.end, nr) if nr else None
    else:
        return None
    if sub and sub.measure and sub.measure.dimension == meas.dimension and sub.measure.factor < meas.factor:
        return sub
    return None


def measure_tail(toks: list[Tok], core: Core, bein: bool = False) -> Core:
    """Fractions and smaller units after a measure: "ونصف", "إلا ربعا", "و21 دقيقة"."""
    n = len(toks)
    k = core.end
    meas = core.measure
    if k >= n or meas is None:
        return core
    t = toks[k]
    nt = toks[k + 1] if k + 1 < n else None
    # و + fraction (+ the unit again): "ساعة ونصف", "3 ساعات ونصف الساعة", "والنصف"
    if t.s == "و" and nt is not None and nt.w.frac is not None and nt.w.pre in ("", "ال"):
        return _add_units(core, _same_unit(toks, k + 2, meas), nt.w.frac)
    if t.k == "w" and t.w.frac is not None and t.w.pre in ("و", "وال"):
        return _add_units(core, _same_unit(toks, k + 1, meas), t.w.frac)
    # إلا + fraction or a smaller unit: "ثلاث ساعات إلا ربعا", "ساعة إلا خمس دقائق"
    if t.s == "الا" and nt is not None:
        if nt.w.frac is not None and nt.w.pre == "":
            return _add_units(core, _same_unit(toks, k + 2, meas), -nt.w.frac)
        sub = _smaller(toks, k + 1, meas)
        if sub is not None:
            return _add_core(core, sub, -1)
        return core
    if bein:
        return core
    # و + a number of a smaller unit: "ثلاث ساعات و21 دقيقة", "ساعتين وعشر دقائق"
    if t.s == "و" and nt is not None and nt.w.pre == "":
        sub = _smaller(toks, k + 1, meas)
    elif t.k == "w" and t.w.pre == "و":
        sub = _smaller(toks, k, meas)
    else:
        sub = None
    return _add_core(core, sub, 1) if sub is not None else core
