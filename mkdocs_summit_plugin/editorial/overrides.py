"""Editors' overrides applied: a pipeline stage after grouping, before the final status.

Automatic extraction is the first draft; an editor's ``claims.yml`` (read and
validated by ``overrides_file.py``, which describes it) changes what is
published. Nothing here ever stops a build: an entry naming a claim id that no
longer exists, an excerpt that is not found, an unknown event, each give a
:class:`~model.Problem` (a warning) and the rest still applies.

Order of application (:func:`apply_overrides`): event pins, merges, moves,
then the changed claims are judged again (``status.py``, through the ``judge``
callback), then editors' stances (the status follows them), titles, verdicts,
and hidden claims leave the report.
"""
from __future__ import annotations

import difflib
from typing import Callable, Iterable, Optional, Sequence

from ..claims.status import _counts, _status, summarise
from ..model import CONFLICTS, Claim, Event, Evidence, Problem
from .overrides_file import ClaimOverride, Move, Overrides


def apply_overrides(
    claims: Sequence[Claim],
    events: Iterable[Event],
    overrides: Overrides,
    judge: Callable[[Claim], Claim] = lambda c: c,
) -> tuple[list[Claim], list[Problem]]:
    """The claims as the editor wants them, and a warning for everything that could not be done.

    `judge` sets stances, status and summary of a claim whose excerpts changed
    (the pipeline passes ``grouping.rejudge``: ``status.judge_quantity``/``judge_statement``).
    """
    edit = Edit(claims, events, overrides)
    entries = edit.present(overrides.claims.values())
    pin_events(edit, entries)
    merge_claims(edit, entries)
    move_excerpts(edit, entries)
    judge_changed(edit, judge)
    for o in entries:
        mark_claim(edit, o)
    return [edit.by_id[cid] for cid in edit.order if cid in edit.by_id], edit.problems


class Edit:
    """One application of an overrides file: the claims by id as they stand, and what was done."""

    def __init__(self, claims: Sequence[Claim], events: Iterable[Event], overrides: Overrides) -> None:
        self.overrides = overrides
        self.by_id = {c.id: c for c in claims}
        self.order = [c.id for c in claims]
        self.event_ids = {e.id for e in events}
        self.merged_into: dict[str, str] = {}
        self.changed: set[str] = set()  # claims whose excerpts changed: judged again
        self.problems: list[Problem] = []

    def warn(self, line: int, message: str) -> None:
        self.problems.append(Problem(self.overrides.where(line), message, skipped=False))

    def claim_for(self, claim_id: str, line: int, role: str = "") -> Optional[Claim]:
        """The claim of that id, or None with a warning (merged away by this file, or unknown)."""
        if claim_id in self.by_id:
            return self.by_id[claim_id]
        if claim_id in self.merged_into:
            into = self.merged_into[claim_id]
            self.warn(line, f"claim '{claim_id}'{role} was merged into '{into}' by this file: write its overrides under '{into}'")
            return None
        close = difflib.get_close_matches(claim_id, list(self.by_id), n=1)
        hint = f" (did you mean '{close[0]}'?)" if close else ""
        self.warn(line, f"no claim with id '{claim_id}'{role} in this build{hint}: ignored (claim ids change when the articles say something else)")
        return None

    def present(self, entries: Iterable[ClaimOverride]) -> list[ClaimOverride]:
        """The entries whose claim is in the build (a warning for each of the others)."""
        entries = list(entries)
        present = {o.id: self.claim_for(o.id, o.line) for o in entries}
        return [o for o in entries if present[o.id] is not None]


def _key(e: Evidence) -> tuple:
    return (e.article, e.start, e.end)


def _mark(claim: Claim, what: str) -> None:
    if what not in claim.edited:
        claim.edited.append(what)


def _compatible(a: Claim, b: Claim) -> Optional[str]:
    """Why the excerpts of `b` cannot join `a`, or None."""
    if a.kind != b.kind:
        return f"a {b.kind} claim cannot join a {a.kind} claim"
    if a.kind == "quantity" and a.unit != b.unit:
        return f"its values are in '{b.unit}', not '{a.unit}'"
    return None


def _restatus(claim: Claim) -> None:
    """Status and summary from the excerpts' stances as they stand (after an editor's marks)."""
    conflict = any(e.stance == CONFLICTS and _counts(e, claim.attribute) for e in claim.evidence)
    claim.status = _status(claim.evidence, conflict)
    claim.summary = summarise(claim)


# -- 1. event pins ----------------------------------------------------------------
def pin_events(edit: Edit, entries: Sequence[ClaimOverride]) -> None:
    for o in entries:
        if o.event is None:
            continue
        if o.event not in edit.event_ids:
            edit.warn(o.line, f"claim '{o.id}': no event with id '{o.event}' (events: {', '.join(sorted(edit.event_ids)) or 'none'}): event not changed")
            continue
        claim = edit.by_id[o.id]
        if claim.event != o.event:
            claim.event = o.event
            _mark(claim, "event")


# -- 2. merges --------------------------------------------------------------------
def merge_claims(edit: Edit, entries: Sequence[ClaimOverride]) -> None:
    for o in entries:
        target = edit.by_id.get(o.id)
        for other_id, line in o.merge:
            if target is None:
                break
            merge_claim(edit, o, target, other_id, line)


def merge_claim(edit: Edit, o: ClaimOverride, target: Claim, other_id: str, line: int) -> None:
    """Every excerpt of claim `other_id` onto `target` (the other claim disappears)."""
    if other_id == o.id:
        edit.warn(line, f"claim '{o.id}' cannot be merged into itself")
        return
    other = edit.claim_for(other_id, line, " (to merge)")
    if other is None:
        return
    why = _compatible(target, other)
    if why:
        edit.warn(line, f"claim '{other_id}' not merged into '{o.id}': {why}")
        return
    have = {_key(e) for e in target.evidence}
    target.evidence.extend(e for e in other.evidence if _key(e) not in have)
    del edit.by_id[other_id]
    merged_into = edit.merged_into
    merged_into[other_id] = o.id
    for k, v in merged_into.items():
        if v == other_id:
            merged_into[k] = o.id
    edit.changed.add(o.id)
    _mark(target, "merge")


# -- 3. moves ---------------------------------------------------------------------
def move_excerpts(edit: Edit, entries: Sequence[ClaimOverride]) -> None:
    for o in entries:
        source = edit.by_id.get(o.id)
        if source is None:
            continue
        for move in o.moves:
            move_excerpt(edit, o, source, move)


def move_excerpt(edit: Edit, o: ClaimOverride, source: Claim, move: Move) -> None:
    """One excerpt out of `source`: into the claim `move.to`, or off the site."""
    ref = move.excerpt
    found = [e for e in source.evidence if ref.matches(e)]
    if not found:
        edit.warn(ref.line, f"claim '{o.id}': no excerpt {ref.describe()}: not moved")
        return
    if len(found) > 1:
        edit.warn(ref.line, f"claim '{o.id}': {len(found)} excerpts match {ref.describe()}: quote more words (or give 'article'); not moved")
        return
    e = found[0]
    target = None
    if move.to is not None:
        target = edit.claim_for(move.to, ref.line, " (to move an excerpt into)")
        if target is None:
            return
        if target is source:
            edit.warn(ref.line, f"claim '{o.id}': the excerpt {ref.describe()} is already on this claim")
            return
        why = _compatible(target, source)
        if why:
            edit.warn(ref.line, f"excerpt {ref.describe()} not moved to '{move.to}': {why}")
            return
    source.evidence.remove(e)
    edit.changed.add(source.id)
    _mark(source, "move")
    if target is not None:
        if _key(e) not in {_key(x) for x in target.evidence}:
            target.evidence.append(e)
        edit.changed.add(target.id)
        _mark(target, "move")


# -- 4. judge again what changed; a claim left without excerpts leaves the site ----
def judge_changed(edit: Edit, judge: Callable[[Claim], Claim]) -> None:
    for claim_id in list(edit.changed):
        claim = edit.by_id.get(claim_id)
        if claim is None:
            continue
        if not claim.evidence:
            del edit.by_id[claim_id]
            continue
        claim.evidence.sort(key=_key)
        judge(claim)


# -- 5. editors' stances, titles, verdicts, hidden claims ----------------------------
def mark_claim(edit: Edit, o: ClaimOverride) -> None:
    claim = edit.by_id.get(o.id)
    if claim is None:
        return
    if o.stances and set_stances(edit, o, claim):
        _restatus(claim)
        _mark(claim, "stance")
    if o.title:
        claim.title = o.title
        _mark(claim, "title")
    if o.verdict is not None:
        claim.verdict = o.verdict
        _mark(claim, "verdict")
    if o.hidden:
        del edit.by_id[o.id]


def set_stances(edit: Edit, o: ClaimOverride, claim: Claim) -> bool:
    """The editor's stance on each excerpt named; whether any was set."""
    set_any = False
    for m in o.stances:
        found = [e for e in claim.evidence if m.excerpt.matches(e)]
        if not found:
            edit.warn(m.excerpt.line, f"claim '{o.id}': no excerpt {m.excerpt.describe()}: stance not set")
            continue
        if len(found) > 1:
            edit.warn(m.excerpt.line, f"claim '{o.id}': {len(found)} excerpts match {m.excerpt.describe()}: quote more words (or give 'article'); stance not set")
            continue
        found[0].stance = m.stance
        set_any = True
    return set_any
