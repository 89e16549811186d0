"""Stage 5 over the whole corpus: all articles' mentions grouped into judged claims, event by event.

This is the group-by after the per-article map (see ``pipeline.py``). Claims
never cross events, so each event's mentions are grouped and judged on their
own (:func:`event_claims`: quantities, frames, then statements). With a
``memo.Memo`` (``mkdocs serve``) an event, or a statement group, made of the
same mentions as in the previous run keeps its claims. :func:`rejudge` judges
a claim again after an editor changed its excerpts.
"""
from __future__ import annotations

from concurrent.futures.process import BrokenProcessPool
from typing import Callable, Hashable, Iterable, Optional, Sequence

from ..mentions import frames
from . import contradiction
from ..assign.attributes import spec_for
from .check_worthiness import is_check_worthy
from ..mentions.statements.analysis import analyse_mention
from .statement_groups import group_statements
from .statement_speakers import resolve_event_speakers
from .statement_titles import statement_slug, statement_title
from ..model import Claim, Event, Mention
from ..runtime.memo import Memo, kept_claims
from ..runtime.pool import map_forked
from .quantity_groups import group_quantities, quantity_claim, statement_claim, unique_ids
from .status import judge_quantity, judge_statement
from .timeline import link_timelines


def group_claims(
    mentions: Iterable[Mention],
    events: Sequence[Event],
    memo: Optional[Memo] = None,
    place: Optional[Callable[[Mention], Hashable]] = None,
    jobs: Optional[int] = 1,
) -> list[Claim]:
    """Group all articles' mentions into judged claims, in a stable order.

    Claims never cross events, so each event is grouped and judged on its own
    (:func:`event_claims`); with a `memo` (``mkdocs serve``), an event whose
    mentions are the same as in the previous run (`place`: what identifies a
    mention, see :func:`pipeline.analyse`) keeps its claims. Without one, the
    events' statements are grouped in `jobs` worker processes when there are
    enough of them (:func:`statement_groups_in_workers`); the claims are the same.
    """
    by_id = {e.id: e for e in events}
    by_event: dict[Optional[str], list[Mention]] = {}
    for m in mentions:
        by_event.setdefault(m.event, []).append(m)
    claims: list[Claim] = []
    order = sorted(by_event, key=lambda e: (e is None, e or ""))
    grouped = statement_groups_in_workers([by_event[e] for e in order], jobs) if memo is None else None
    for k, event_id in enumerate(order):
        group, event = by_event[event_id], by_id.get(event_id or "")
        if memo is None or place is None:
            claims += event_claims(group, event, statement_groups=grouped[k] if grouped else None)
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
    statement_groups: Optional[list[list[Mention]]] = None,
) -> list[Claim]:
    """One event's mentions (all of the same event, or all of none) grouped into judged claims.

    With a `memo`, a statement group made of the same mentions as in an earlier
    run keeps its claim (title, id and judgement depend on the group alone).
    `statement_groups`: the event's statements already grouped (their speakers
    resolved), by :func:`statement_groups_in_workers`.
    """
    by_id = {event.id: event} if event is not None else {}
    claims: list[Claim] = []
    for group in group_quantities(m for m in mentions if m.kind == "quantity"):
        claims.append(judge_quantity(quantity_claim(group, by_id)))
    figures = figure_claims(claims)
    for group in frames.group_frames([m for m in mentions if frames.is_frame(m)]):
        claim = statement_claim(group, frames.frame_title(group), group[0].topic or "frame")
        claims.append(judge_statement(claim, group, frames.contradicts, frames.contradiction_signature))
    if statement_groups is None:
        statements = event_statements(mentions)
        resolve_event_speakers(statements)
        statement_groups = group_statements(statements)
    for group in statement_groups:
        group = beyond_one_figure(group, figures)
        if not group:
            continue  # that quantity claim's page shows these excerpts
        if memo is None or place is None:
            claims += statement_group_claims(group)
        else:
            key = (tuple(place(m) for m in group), tuple(m.speaker for m in group))
            claims += kept_claims(memo, "statement groups", key, lambda: statement_group_claims(group))
    return claims


def event_statements(mentions: Sequence[Mention]) -> list[Mention]:
    """The statements of one event's mentions that are grouped as statements (not frames)."""
    return [m for m in mentions if m.kind == "statement" and not frames.is_frame(m)]


PARALLEL_STATEMENTS = 2000  # fewer statements in all are grouped in this process (a pool costs more)
_PENDING: list[list[Mention]] = []  # each event's statements, while forked workers group them


def statement_groups_in_workers(event_mentions: Sequence[Sequence[Mention]], jobs: Optional[int]) -> Optional[list]:
    """Each event's statement groups (as :func:`group_statements` makes them, speakers resolved
    first), computed in forked worker processes, largest event first; None when one process
    does it (one worker, no fork, or fewer than PARALLEL_STATEMENTS statements). Workers
    inherit the statements and their analyses; they send back indexes only."""
    lists = [event_statements(ms) for ms in event_mentions]
    if jobs == 1 or sum(map(len, lists)) < PARALLEL_STATEMENTS:
        return None
    for statements in lists:
        resolve_event_speakers(statements)
    _PENDING[:] = lists
    try:
        order = sorted(range(len(lists)), key=lambda k: (-len(lists[k]), k))
        found = map_forked(_group_pending, order, jobs)
    except BrokenProcessPool:
        found = None  # a worker died (killed for memory): this process groups them all, as with one job
    finally:
        _PENDING.clear()
    if found is None:
        return [group_statements(statements) for statements in lists]
    out: list = [None] * len(lists)
    for k, groups in zip(order, found):
        out[k] = [[lists[k][i] for i in g] for g in groups]
    return out


def _group_pending(k: int) -> list[list[int]]:
    """In a worker: the statement groups of the k-th pending event, as indexes into its list."""
    statements = _PENDING[k]
    index = {id(m): i for i, m in enumerate(statements)}
    return [[index[id(m)] for m in group] for group in group_statements(statements)]


def figure_claims(claims: Sequence[Claim]) -> dict[str, list[tuple[int, int, tuple]]]:
    """Per article, where each quantity claim's figures stand: (value start, value end, what it measures).

    What a figure measures is its claim's attribute and unit when the attribute is a known
    measure ("missing-count", "person"): the figures of one measure may be several claims (a
    running total's values, an open bound). A figure no cue explained ("duration": of what?)
    measures what its own claim does, nothing more (claims are told apart by their place in
    `claims`: ids are made unique only later). A figure of a known measure also measures its
    value in its unit, so that excerpts giving one value read as two known measures (the length
    of the talks, of a first round) still restate one figure.
    """
    figures: dict[str, list[tuple[int, int, tuple]]] = {}
    for index, claim in enumerate(claims):
        measure = (claim.attribute, claim.unit) if spec_for(claim.attribute or "") else ("claim", index)
        for e in claim.evidence:
            if claim.kind == "quantity" and e.value_start is not None and e.value_end is not None:
                held = figures.setdefault(e.article, [])
                held.append((e.value_start, e.value_end, measure))
                if e.value is not None and measure[0] != "claim":
                    # one figure told as two measures ("مباحثات استغرقت 20 دقيقة" a length of the talks,
                    # "تستغرق 20 دقيقة" of a first round): the same value in the same unit
                    held.append((e.value_start, e.value_end, ("value", claim.unit, e.value)))
    return figures


def restates_one_figure(group: Sequence[Mention], figures: dict[str, list[tuple[int, int, tuple]]]) -> bool:
    """Whether every excerpt of a statement group holds a figure of one and the same measure.

    Several outlets reporting "10 100 people are still missing" make a statement
    group and a count claim out of the same sentences; the count claim is the
    checkable fact (its page shows each excerpt with its value and status), so
    the statement group does not get a second page saying the same thing. A
    group keeps its page when any excerpt holds no figure of that measure.
    """
    shared: Optional[set[tuple]] = None
    for m in group:
        held = {measure for start, end, measure in figures.get(m.article, ()) if m.start <= start and end <= m.end}
        shared = held if shared is None else shared & held
        if not shared:
            return False
    return bool(shared)


def beyond_one_figure(group: Sequence[Mention], figures: dict[str, list[tuple[int, int, tuple]]]) -> list[Mention]:
    """The statements of a group that say more than the one figure they all give: the whole group
    when it does not restate one figure (:func:`restates_one_figure`), else only those that state a
    first or a record ("أول"، "أكبر عملية منذ …"), a claim of their own (judged for worth as any
    group: one outlet's record beside its figure is left to the figure's page); none when no
    statement does. Outlets that all give one count, some of them calling it a record, make the
    count's claim and a claim of that record, not a second page of the count."""
    if not restates_one_figure(group, figures):
        return list(group)
    return [m for m in group if _states_a_record(m)]


def _states_a_record(m: Mention) -> bool:
    analysis = analyse_mention(m)
    return bool(analysis.ordinal or analysis.superlative)


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
