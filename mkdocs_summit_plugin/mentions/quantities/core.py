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


def measure_core(start: int, end: int, number: float, meas: Measure, noun: str) -> Core:
    """`number` of a measure as a core: its value in minutes (durations) or years (periods)."""
    canon = "minute" if meas.dimension == "duration" else "year"
    return Core(start, end, number * meas.factor, meas.dimension, canon, noun, number, meas.factor,
                min(1.0, meas.factor), meas)

