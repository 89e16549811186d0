"""Ranges: two numbers joined into one quantity ("بين 3 و4 ساعات", "من 3 إلى 4", "3-4").

Also "أربع أو خمس ساعات" and "ما بين أربع إلى خمس ساعات": min/max are the
ends, value their midpoint; a unit named only after the second number applies
to both ("بين 3 و4 ملايين"). After "بين" و is the range's "and".
"""
from __future__ import annotations

from typing import Optional

from .core import Core
from .phrases import match_after
from .starts import core_at
from .tables import tables
from .tallies import TO_WORDS
from .tokens import Tok
from .words import unconj


def with_range(toks: list[Tok], core: Core, bein: bool, opener) -> tuple[Core, str]:
    """The range `core` opens with the number after a joiner, from its opener ("بين", "من") on:
    (the range, "range"); or (`core`, "exact") when none follows. After a verb of change "من A إلى
    B" is no range but a change (:func:`_changed`): the quantity is B, what it came to."""
    second = range_second(toks, core.end, bein)
    if second is not None and opener is not None and not bein and _changed(toks, opener[0]):
        return second, "exact"  # "خفض الرسوم من 20% إلى 15%"، "ارتفعت الحصيلة من 20 إلى 35 قتيلا"
    if second is not None and opener is None and core.dimension is not None and second.dimension is None and (
            core.end < len(toks) and toks[core.end].s in TO_WORDS):
        # "ضرب في 12 موقعا إلى 95": a counted number, "إلى" and a bare one make no range unless
        # "من" or "بين" opens it (the bare number is what something rose to)
        second = None
    if second is not None:
        ranged = make_range(core, second)
        if ranged is not None:
            if opener is not None:
                ranged.start = opener[0]
            return ranged, "range"
    return core, "exact"


def range_second(toks: list[Tok], k: int, bein: bool) -> Optional[Core]:
    """The second end of a range, at token k (after a joiner), or None."""
    T = tables()
    m = match_after(toks, k, T.bein_joiners if bein else T.joiners)
    if m:
        j = m[0]
    elif bein and k < len(toks) and toks[k].k == "w" and toks[k].w.pre == "و" and toks[k].w.anchor:
        j = k  # "بين ساعتين وثلاث ساعات"
    else:
        return None
    if j >= len(toks):
        return None
    second = core_at(toks, j, False)
    return None if second is None or second.skip else second


def make_range(core: Core, second: Core) -> Optional[Core]:
    """Join two ends into a range; a unit named once applies to both. A pair that does not rise
    ("من 9 إلى 6") is none, and `core` is left the number it was."""
    fresh = core.dimension is None and second.dimension is not None
    if fresh:
        lo = core.number * second.scale
        if second.mult != 1.0 and core.mult == 1.0 and "mult" not in core.roles:
            lo *= second.mult  # "بين 3 و4 ملايين"
        hi = second.value
    elif core.dimension is not None and second.dimension is None:
        lo, hi = core.value, second.number * core.scale * (core.mult if "mult" not in second.roles else 1.0)
    elif core.dimension == second.dimension and core.unit == second.unit:
        # two ends of one unit, or two bare numbers whose unit is told elsewhere
        # ("عدد القتلى قد يصل إلى ما بين 8 آلاف و9 آلاف")
        lo, hi = core.value, second.value
    else:
        return None
    if not hi > lo:
        return None
    if fresh:
        out = Core(core.start, second.end, 0.0, second.dimension, second.unit, second.noun, 0.0, second.scale,
                   second.step, second.measure)
    else:
        out = core
        out.end = second.end
        if core.dimension == second.dimension:
            out.step = min(core.step, second.step)
    out.value = (lo + hi) / 2
    out.lo, out.hi = lo, hi
    return out


CHANGE_REACH = 8  # words between a verb of change and "من A إلى B" at most, in one clause


def _changed(toks: list[Tok], start: int) -> bool:
    """Does a verb of change (``change_verbs``: "ارتفع"، "خفض"، "تراجع" …) stand before the opener at
    `start`, within a few words and no punctuation between?"""
    verbs = tables().change_verbs
    for k in range(start - 1, max(-1, start - CHANGE_REACH - 1), -1):
        t = toks[k]
        if t.k == "p":
            return False
        if t.s in verbs or unconj(t.s) in verbs:
            return True
    return False

