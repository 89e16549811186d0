"""Stage 5 over the whole corpus: all articles' mentions grouped into judged claims, event by event.

This is the group-by after the per-article map (see ``pipeline.py``). Claims
never cross events, so each event's mentions are grouped and judged on their
own (:func:`event_claims`: quantities, frames, then statements). With a
``memo.Memo`` (``mkdocs serve``) an event, or a statement group, made of the
same mentions as in the previous run keeps its claims. :func:`rejudge` judges
a claim again after an editor changed its excerpts.
"""
from __future__ import annotations

from typing import Callable, Hashable, Iterable, Optional, Sequence

from ..mentions import frames
from . import contradiction
from .check_worthiness import is_check_worthy
from .statement_groups import group_statements
from .statement_speakers import resolve_event_speakers
from .statement_titles import statement_slug, statement_title
from ..model import Claim, Event, Mention
from ..runtime.memo import Memo, kept_claims
from .quantity_groups import group_quantities, quantity_claim, statement_claim, unique_ids
from .status import judge_quantity, judge_statement
from .timeline import link_timelines


def group_claims(
    mentions: Iterable[Mention],
    events: Sequence[Event],
    memo: Optional[Memo] = None,
    place: Optional[Callable[[Mention], Hashable]] = None,
) -> list[Claim]:
    """Group all articles' mentions into judged claims, in a stable order.

    Claims never cross events, so each event is grouped and judged on its own
    (:func:`event_claims`); with a `memo` (``mkdocs serve``), an event whose
    mentions are the same as in the previous run (`place`: what identifies a
    mention, see :func:`pipeline.analyse`) keeps its claims.
    """
    by_id = {e.id: e for e in events}
    by_event: dict[Optional[str], list[Mention]] = {}
    for m in mentions:
        by_event.setdefault(m.event, []).append(m)
    claims: list[Claim] = []
    for event_id in sorted(by_event, key=lambda e: (e is None, e or "")):
        group, event = by_event[event_id], by_id.get(event_id or "")
        if memo is None or place is None:
            claims += event_claims(group, event)
        else:
            key = (event, tuple(place(m) for m in group))
            claims += kept_claims(memo, "claims", key, lambda: event_claims(group, event, memo, place))
    claims.sort(key=lambda c: (c.event or "~", c.kind != "quantity", c.id))
    return link_timelines(unique_ids(claims))


def event_claims(
    mentions: Sequence[Mention],
    event: Optional[Event],
    memo: Optional[Memo] = None,
    place: Optional[Callable[[Mention], Hashable]] = None,
) -> list[Claim]:
    """One event's mentions (all of the same event, or all of none) grouped into judged claims.

    With a `memo`, a statement group made of the same mentions as in an earlier
    run keeps its claim (title, id and judgement depend on the group alone).
    """
    by_id = {event.id: event} if event is not None else {}
    claims: list[Claim] = []
    for group in group_quantities(m for m in mentions if m.kind == "quantity"):
        claims.append(judge_quantity(quantity_claim(group, by_id)))
    figures = figure_claims(claims)
    for group in frames.group_frames([m for m in mentions if frames.is_frame(m)]):
        claim = statement_claim(group, frames.frame_title(group), group[0].topic or "frame")
        claims.append(judge_statement(claim, group, frames.contradicts, frames.contradiction_signature))
    statements = [m for m in mentions if m.kind == "statement" and not frames.is_frame(m)]
    resolve_event_speakers(statements)
    for group in group_statements(statements):
        if restates_one_figure(group, figures):
            continue  # that quantity claim's page shows these excerpts
        if memo is None or place is None:
            claims += statement_group_claims(group)
        else:
            key = (tuple(place(m) for m in group), tuple(m.speaker for m in group))
            claims += kept_claims(memo, "statement groups", key, lambda: statement_group_claims(group))
    return claims


def figure_claims(claims: Sequence[Claim]) -> dict[str, list[tuple[int, int, int]]]:
    """Per article, where each quantity claim's figures stand: (value start, value end, claim's index).

    Claims are told apart by their place in `claims`: ids are made unique only later.
    """
    figures: dict[str, list[tuple[int, int, int]]] = {}
    for index, claim in enumerate(claims):
        for e in claim.evidence:
            if claim.kind == "quantity" and e.value_start is not None and e.value_end is not None:
                figures.setdefault(e.article, []).append((e.value_start, e.value_end, index))
    return figures


def restates_one_figure(group: Sequence[Mention], figures: dict[str, list[tuple[int, int, int]]]) -> bool:
    """Whether every excerpt of a statement group holds a figure of one and the same quantity claim.

    Several outlets reporting "10 100 people are still missing" make a statement
    group and a count claim out of the same sentences; the count claim is the
    checkable fact (its page shows each excerpt with its value and status), so
    the statement group does not get a second page saying the same thing. A
    group with any excerpt holding no figure of that claim keeps its page.
    """
    shared: Optional[set[int]] = None
    for m in group:
        held = {claim for start, end, claim in figures.get(m.article, ()) if m.start <= start and end <= m.end}
        shared = held if shared is None else shared & held
        if not shared:
            return False
    return bool(shared)


def statement_group_claims(group: Sequence[Mention]) -> list[Claim]:
    """The judged claim of one group of statements; none when it is not worth checking."""
    if not is_check_worthy(group):
        return []
    claim = statement_claim(group, statement_title(group), statement_slug(group))
    return [judge_statement(claim, group, contradiction.contradicts, contradiction.contradiction_signature, contradiction.may_contradict)]


def rejudge(claim: Claim, mentions: Sequence[Mention]) -> Claim:
    """Judge a claim again after an editor changed its excerpts (merge, move)."""
    if claim.kind == "quantity":
        return judge_quantity(claim)
    by_span = {(m.article, m.start, m.end): m for m in mentions}
    found = [by_span.get((e.article, e.start, e.end)) for e in claim.evidence]
    if any(m is None for m in found):
        return claim

    def contradicts(a: Mention, b: Mention) -> bool:
        if frames.is_frame(a) and frames.is_frame(b):
            return frames.contradicts(a, b)
        if not frames.is_frame(a) and not frames.is_frame(b):
            return contradiction.contradicts(a, b)
        return False

    def signature(m: Mention) -> tuple:
        if frames.is_frame(m):
            return ("frame", *frames.contradiction_signature(m))
        return ("statement", *contradiction.contradiction_signature(m))

    return judge_statement(claim, found, contradicts, signature)
