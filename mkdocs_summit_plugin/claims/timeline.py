"""Timelines: the successive figures of a running total, one claim each, put in order on every one of them.

A toll (``running: true`` in ``lexicon/attributes.yaml``) is split into one
claim per figure (``figures.py``); each such claim carries ``series``, the
toll it is one figure of (its event, attribute and title without the figure).
:func:`link_timelines` gives each of them the same ``timeline``: one
:class:`~model.TimelineEntry` per claim of its series (its id, headline value,
earliest known ``as_of``, number of articles), ordered by time when known and
by value otherwise:

* entries with a date first, by date, then by value (a toll rises: of two
  figures of one day the lower is the earlier);
* then the entries whose date is unknown, by value ascending.

It runs on the final claims (after the editors' overrides, with their final
ids), so every entry links to a published claim page.
"""
from __future__ import annotations

from typing import Iterable, Optional

from ..model import REPORTED, Claim, TimelineEntry


def earliest_as_of(claim: Claim) -> Optional[str]:
    """The earliest date a claim's reported excerpts are as of (any excerpt's when none is reported)."""
    reported = [e.as_of for e in claim.evidence if e.as_of and e.modality == REPORTED]
    dates = reported or [e.as_of for e in claim.evidence if e.as_of]
    return min(dates) if dates else None


def _value(claim: Claim) -> Optional[float]:
    """The claim's figure: its headline value, else its first excerpt's value."""
    if claim.headline_value is not None:
        return claim.headline_value
    return next((e.value for e in claim.evidence if e.value is not None), None)


def _order(entry: TimelineEntry) -> tuple:
    value = entry.value if entry.value is not None else float("inf")
    return (entry.as_of is None, entry.as_of or "", value, entry.claim)


def timeline_of(claims: Iterable[Claim]) -> list[TimelineEntry]:
    """The figures of one toll (its claims), in order (see the module's docstring)."""
    entries = [TimelineEntry(c.id, _value(c), earliest_as_of(c), len(c.articles)) for c in claims]
    return sorted(entries, key=_order)


def link_timelines(claims: list[Claim]) -> list[Claim]:
    """Give every running-total claim its toll's timeline (in place); other claims get None."""
    series: dict[str, list[Claim]] = {}
    for claim in claims:
        claim.timeline = None
        if claim.kind == "quantity" and claim.series:
            series.setdefault(claim.series, []).append(claim)
    for members in series.values():
        line = timeline_of(members)
        for claim in members:
            claim.timeline = list(line)
    return claims
