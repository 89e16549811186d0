"""Bounds and hedges: what the words around a number make of its value (``value_min``/``value_max``).

``value_min``/``value_max`` by ``bound``:

* ``exact`` (default; also "كاملة", "بالضبط", "تماما"): min = max = value.
* ``about`` ("حوالي", "نحو", "قرابة", "ما يقارب", "تقريبا"…): value ± tol, with
  ``tol = max(10 % of the value, one step)``; the step is one canonical unit
  (1 minute, 1 year, 1 item, 1 percentage point, 1 currency unit), or one
  second for a duration stated in seconds. "about 3.5 hours" = 189..231 min.
  The lower end is never below 0.
* ``more-than`` ("أكثر من", "ما يزيد عن", "فوق") and ``at-least`` ("لا يقل
  عن", "على الأقل", "أو أكثر"): min = value, max = None.
* ``less-than`` ("أقل من", "دون") and ``at-most`` ("لا يزيد عن", "حتى", "على
  الأكثر"): min = 0 (every quantity read here is non-negative), max = value.
* ``range`` (see :mod:`.ranges`): min/max are the ends, value their midpoint.

A negation a few words before "أكثر من"/"أقل من" turns it around ("لم تستغرق
القمة أكثر من ثلاث ساعات": at most three hours).
"""
from __future__ import annotations

from typing import Optional

from .core import Core
from .phrases import match_after, match_before
from .tables import tables
from .tokens import Tok
from .words import unconj

ABOUT_SHARE = 0.10
OPEN_BELOW = ("less-than", "at-most")  # bounds whose lower end is only the zero every count starts from


def apply_bound(value: float, bound: str, step: float = 1.0) -> tuple[Optional[float], Optional[float]]:
    """(value_min, value_max) for a value read with `bound` (see the module docstring)."""
    if bound == "about":
        tol = max(ABOUT_SHARE * abs(value), step)
        return rounded(max(0.0, value - tol)), rounded(value + tol)
    if bound in ("more-than", "at-least"):
        return rounded(value), None
    if bound in OPEN_BELOW:
        return 0.0, rounded(value)
    return rounded(value), rounded(value)


def rounded(x: float) -> float:
    """A value as reported: rounded to 6 decimals."""
    return float(round(x, 6))


def _opens_next_figure(toks: list[Tok], k: int) -> bool:
    """Does "من" and a number follow the bound word that ends at token k ("وأكثر من 300")? The word
    then opens the next figure's bound, it says nothing of the figure before it."""
    return k + 1 < len(toks) and toks[k].k == "w" and toks[k].s == "من" and (toks[k + 1].k == "n" or bool(toks[k + 1].w.card))


def read_bound(toks: list[Tok], core: Core, floor: int) -> str:
    """The bound the words before and after `core` give it; its span grows over them."""
    T = tables()
    after = match_after(toks, core.end, T.after)
    if after and _opens_next_figure(toks, after[0]):
        after = None  # "41 قتيلا وأكثر من 200 جريح": "وأكثر من" bounds the next figure
    before = match_before(toks, core.start, T.before, floor)
    if before and before[1] == "at-most" and toks[before[0]].s in T.reached_verbs:
        before = None  # "وعدلت الوزارة أرقامها لتصل إلى 23 قتيلا": what it reached, no bound
    if after:
        core.end = after[0]
    if before:
        core.start = before[0]
    bound = (after[1] if after else None) or (before[1] if before else None) or "exact"
    if bound == "exact" and before and before[1] != "exact":
        bound = before[1]  # "حوالي ساعتين كاملتين": the hedge wins
    if bound in ("more-than", "less-than") and before and _negated(toks, before[0], floor):
        # "لم تستغرق القمة أكثر من ثلاث ساعات": at most three hours
        bound = "at-most" if bound == "more-than" else "at-least"
    if bound in ("more-than", "less-than", "at-least", "at-most"):
        mod = match_after(toks, core.end, T.modifiers_after)
        if mod:
            core.end = mod[0]
    return bound


NEGATION_REACH = 4  # a negation this many words before "أكثر من" turns it around


def _negated(toks: list[Tok], start: int, floor: int) -> bool:
    """Is the bound phrase starting at token `start` under a negation ("لم تستغرق القمة أكثر من")?

    The negation must stand within a few words before it, in the same clause
    (no punctuation, no complementiser "أن"/"إن" in between); "لا يزال"/"ما زال" (still) is none.
    """
    T = tables()
    for b in range(start - 1, max(floor, start - NEGATION_REACH - 1) - 1, -1):
        t = toks[b]
        if t.k == "p" or t.s in ("ان", "أن", "إن"):
            return False
        if unconj(t.s) in T.negations or t.s in T.negations:
            # "لا يزال أكثر من 40 في عداد المفقودين": "لا يزال" is "still", no negation
            return not (b + 1 < len(toks) and toks[b + 1].s in T.still_verbs)
    return False
