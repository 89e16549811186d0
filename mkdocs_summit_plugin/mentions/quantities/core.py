"""Core: a number with its unit, the shape every quantity rule builds before bounds and ranges."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from .tables import Measure


@dataclass
class Core:
    """A number with its unit, before bounds and ranges are applied."""

    start: int  # token span
    end: int
    value: float  # canonical
    dimension: Optional[str] = None  # None: a bare number (no unit yet)
    unit: Optional[str] = None
    noun: Optional[str] = None
    number: float = 0.0  # the number as written, in the noun's own unit
    scale: float = 1.0  # canonical units per one written unit ("ساعات" → 60)
    step: float = 1.0  # the "about" floor (see apply_bound)
    measure: Optional[Measure] = None
    skip: bool = False  # a date/clock/label: consume it, return nothing
    roles: tuple = ()
    mult: float = 1.0  # the multiplier the number ended with
    lo: Optional[float] = None  # range ends
    hi: Optional[float] = None
    precision: Optional[float] = None  # half a step of the last written digit, canonical units (see written_precision)


def written_precision(place: float, scale: float) -> Optional[float]:
    """How far a value may lie from an exact number as written and still round to it, in canonical units.

    Half a step of its last written digit, times the multiplier word after it
    and the measure's size: "10.48 مليون" ±5000, "11 ألف" ±500, "52.14%"
    ±0.005, "3.5 ساعات" ±3 minutes. None for a whole number with no
    multiplier word ("4 ساعات", "76"): half a canonical unit, as before.
    """
    if place == 1.0:
        return None
    return round(0.5 * place * scale, 9)


def measure_core(start: int, end: int, number: float, meas: Measure, noun: str) -> Core:
    """`number` of a measure as a core: its value in minutes (durations) or years (periods)."""
    canon = "minute" if meas.dimension == "duration" else "year"
    return Core(start, end, number * meas.factor, meas.dimension, canon, noun, number, meas.factor,
                min(1.0, meas.factor), meas)

