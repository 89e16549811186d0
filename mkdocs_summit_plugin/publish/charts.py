"""The claim chart: where each excerpt's value or range lies on one axis (an SVG drawn by ``claim.html``).

:func:`chart` lays a quantity claim's excerpts out in rows, reported values
first and planned ones in their own band below, on an axis with round ticks
(:func:`_nice_step`); durations are drawn in hours when any value reaches 90
minutes. The template draws what it is given: every coordinate is computed
here.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Optional, Sequence

from ..model import PLANNED, Article, Claim, Evidence
from .numbers import format_value, num

WIDTH, LABEL_WIDTH, PAD = 680, 230, 24  # the drawing; the outlets' labels on the right
ROW_HEIGHT, TOP = 30, 16


@dataclass(frozen=True)
class ChartRow:
    label: str
    detail: str  # the value words as written
    y: float
    x: Optional[float]  # the point, if any
    x0: Optional[float]  # the bar, if any
    x1: Optional[float]
    open_low: bool
    open_high: bool
    stance: str
    planned: bool
    title: str  # tooltip: the value for people


@dataclass(frozen=True)
class Tick:
    x: float
    label: str


@dataclass(frozen=True)
class Chart:
    width: int
    height: int
    plot_left: float
    plot_right: float
    axis_y: float
    unit_label: str
    rows: tuple[ChartRow, ...]
    ticks: tuple[Tick, ...]
    divider_y: Optional[float]  # line between reported and planned rows
    description: str


@dataclass(frozen=True)
class Axis:
    """The value axis: values divided by `scale` run from `lo` to `hi`, ticked every `step`."""

    scale: float
    unit_label: str
    lo: float
    hi: float
    step: float
    plot_left: float = PAD
    plot_right: float = WIDTH - LABEL_WIDTH - PAD

    def x(self, v: float) -> float:
        """Where value `v` (already scaled) lies on the drawing."""
        return round(self.plot_left + (v - self.lo) / (self.hi - self.lo) * (self.plot_right - self.plot_left), 2)


def chart(claim: Claim, articles: dict[str, Article]) -> Optional[Chart]:
    """Where each excerpt's value or range lies on one axis; None for claims without numbers.

    Durations are drawn in hours when any value reaches 90 minutes, else in
    minutes; planned values get their own band below the reported ones.
    """
    if claim.kind != "quantity":
        return None
    items = [e for e in claim.evidence if e.value is not None or e.value_min is not None or e.value_max is not None]
    if not items:
        return None
    axis = value_axis(claim, items)
    rows, divider, bottom = chart_rows(claim, items, articles, axis)
    axis_y = bottom + 6
    return Chart(
        WIDTH, int(axis_y + 34), axis.plot_left, axis.plot_right, axis_y, axis.unit_label,
        tuple(rows), tuple(ticks(axis)), divider, description(rows, axis.unit_label),
    )


def _nice_step(span: float, target: int = 6) -> float:
    raw = span / max(target, 1)
    mag = 10 ** math.floor(math.log10(raw)) if raw > 0 else 1
    for m in (1, 2, 2.5, 5, 10):
        if raw <= m * mag:
            return m * mag
    return 10 * mag


def value_axis(claim: Claim, items: Sequence[Evidence]) -> Axis:
    """The axis over every finite value of `items`, from 0 (or below), in the claim's unit or hours."""
    finite = [v for e in items for v in (e.value, e.value_min, e.value_max) if v is not None and not math.isinf(v)]
    scale, unit_label = 1.0, "العدد"
    if claim.unit == "minute":
        if max(finite) >= 90:
            scale, unit_label = 60.0, "بالساعات"
        else:
            unit_label = "بالدقائق"
    elif claim.unit == "year":
        unit_label = "بالسنوات"
    finite = [v / scale for v in finite]
    lo = min(0.0, min(finite))
    hi = max(finite)
    if hi <= lo:
        hi = lo + 1
    step = _nice_step(hi - lo)
    hi = math.ceil((hi * 1.08) / step) * step
    lo = math.floor(lo / step) * step
    return Axis(scale, unit_label, lo, hi, step)


def chart_rows(
    claim: Claim, items: Sequence[Evidence], articles: dict[str, Article], axis: Axis
) -> tuple[list[ChartRow], Optional[float], float]:
    """The rows, reported excerpts then planned ones; the divider between them, if any; and
    where the last row ends."""
    reported = [e for e in items if e.modality != PLANNED]
    planned = [e for e in items if e.modality == PLANNED]
    rows: list[ChartRow] = []
    y = TOP
    divider = None
    for group_index, group in enumerate((reported, planned)):
        if group_index == 1 and group:
            divider = y + 2
            y += 12
        for e in group:
            rows.append(chart_row(claim, e, articles, axis, y))
            y += ROW_HEIGHT
    return rows, divider, y


def chart_row(claim: Claim, e: Evidence, articles: dict[str, Article], axis: Axis, y: float) -> ChartRow:
    """One excerpt's row at `y`: its outlet, and its value as a point, a bar or an open bar."""
    sx, lo, hi, scale = axis.x, axis.lo, axis.hi, axis.scale
    art = articles.get(e.article)
    outlet = (art.source if art and art.source else (art.title if art else e.article)) or e.article
    label = outlet if len(outlet) <= 28 else outlet[:27] + "…"
    vmin = e.value_min / scale if e.value_min is not None else None
    vmax = e.value_max / scale if e.value_max is not None else None
    v = e.value / scale if e.value is not None else None
    open_low = e.value_min is None and e.value_max is not None and v is None
    open_high = e.value_max is None and e.value_min is not None
    point = sx(v) if v is not None and not (open_high or open_low) else None
    if open_high:
        x0, x1 = sx(vmin), sx(hi)
        point = None
    elif e.value_max is None and e.value_min is None:
        x0 = x1 = None
    else:
        a = vmin if vmin is not None else lo
        b = vmax if vmax is not None else hi
        open_low = e.value_min is None
        x0, x1 = (sx(a), sx(b)) if b > a else (None, None)
    words = " ".join((e.value_text or "").split())
    return ChartRow(
        label=label, detail=words, y=y + ROW_HEIGHT / 2, x=point, x0=x0, x1=x1,
        open_low=open_low and x0 is not None, open_high=open_high, stance=e.stance,
        planned=e.modality == PLANNED,
        title=f"{outlet}: {words or format_value(e.value, claim.unit)}",
    )


def ticks(axis: Axis) -> list[Tick]:
    """A tick at every step from the axis's low end to its high end."""
    out = []
    t = axis.lo
    while t <= axis.hi + axis.step / 1000:
        out.append(Tick(axis.x(t), num(t)))
        t += axis.step
    return out


def description(rows: Sequence[ChartRow], unit_label: str) -> str:
    """The chart in words (its accessible description)."""
    parts = [f"{r.label}: {r.detail}" + (" (متوقع)" if r.planned else "") for r in rows]
    return "قيم المصادر على محور واحد " + unit_label + ": " + "؛ ".join(parts)
