"""``mkdocs-summit check``: a readable summary of a run, and the conflicts that are new since an earlier one.

Both sides are ``claims.json`` documents (``report.report_dict``), so a
newsroom's CI keeps the last published ``claims.json`` and compares each new
build with it. A conflict is *new* when the claim is conflicting now and, in
the earlier report, was not conflicting or did not exist (claim ids are stable
while the articles say the same things; see ``grouping.py``). A conflict is
*resolved* when the claim was conflicting and now is not, or is gone.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

CONFLICTING = "conflicting"
STATUSES = ("conflicting", "consistent", "single-source")
STATUS_AR = {"conflicting": "متعارض", "consistent": "متسق", "single-source": "مصدر واحد"}


@dataclass
class Change:
    id: str
    title: str
    before: Optional[str]  # status in the earlier report; None: the claim did not exist
    after: Optional[str]
    summary: str = ""


@dataclass
class CheckResult:
    articles: int
    events: int
    claims: int
    by_status: dict[str, int]
    conflicts: list[dict]  # the claims.json entries of conflicting claims
    warnings: int
    skipped: int
    since: Optional[str] = None  # the earlier report's name, when given
    new_conflicts: list[Change] = field(default_factory=list)
    resolved: list[Change] = field(default_factory=list)

    @property
    def failed(self) -> bool:
        """What makes `check` exit 1: a conflict that the earlier report did not have."""
        return bool(self.new_conflicts)


def compare(current: dict, since: Optional[dict] = None, since_name: Optional[str] = None) -> CheckResult:
    """Summarise `current` (a claims.json document) and its changes since `since`."""
    claims = current.get("claims", [])
    by_status = {s: 0 for s in STATUSES}
    for c in claims:
        by_status[c.get("status", "")] = by_status.get(c.get("status", ""), 0) + 1
    result = CheckResult(
        articles=len(current.get("articles", [])),
        events=len(current.get("events", [])),
        claims=len(claims),
        by_status=by_status,
        conflicts=[c for c in claims if c.get("status") == CONFLICTING],
        warnings=len(current.get("warnings", [])),
        skipped=len(current.get("skipped", [])),
        since=since_name if since is not None else None,
    )
    if since is None:
        return result
    before = {c.get("id"): c for c in since.get("claims", []) if isinstance(c, dict)}
    now = {c.get("id"): c for c in claims}
    for c in claims:
        old = before.get(c["id"])
        old_status = old.get("status") if old else None
        if c.get("status") == CONFLICTING and old_status != CONFLICTING:
            result.new_conflicts.append(Change(c["id"], c.get("title", ""), old_status, CONFLICTING, c.get("summary", "")))
    for cid, old in before.items():
        if old.get("status") != CONFLICTING:
            continue
        new = now.get(cid)
        if new is None or new.get("status") != CONFLICTING:
            result.resolved.append(Change(cid, old.get("title", ""), CONFLICTING, new.get("status") if new else None,
                                          new.get("summary", "") if new else ""))
    return result


def _one_line(text: str) -> str:
    return " ".join((text or "").split())


def format_text(result: CheckResult) -> str:
    """The summary for people (a terminal or a CI log)."""
    counts = ", ".join(f"{result.by_status.get(s, 0)} {s}" for s in STATUSES)
    lines = [f"{result.articles} articles, {result.events} events, {result.claims} claims: {counts}"]
    if result.skipped or result.warnings:
        lines.append(f"{result.skipped} file(s) skipped, {result.warnings} warning(s)")
    if result.conflicts:
        lines.append("")
        lines.append(f"Conflicting claims ({len(result.conflicts)}):")
        new = {c.id for c in result.new_conflicts}
        for c in result.conflicts:
            mark = "NEW " if c["id"] in new else "    "
            lines.append(f"  {mark}{c['id']}: {_one_line(c.get('title', ''))}")
            if c.get("summary"):
                lines.append(f"        {_one_line(c['summary'])}")
    if result.since is not None:
        lines.append("")
        lines.append(f"Since {result.since}: {len(result.new_conflicts)} new conflict(s), {len(result.resolved)} resolved")
        for ch in result.new_conflicts:
            was = f"was {ch.before}" if ch.before else "new claim"
            lines.append(f"  + {ch.id} ({was}): {_one_line(ch.title)}")
        for ch in result.resolved:
            now = f"now {ch.after}" if ch.after else "claim gone"
            lines.append(f"  - {ch.id} ({now}): {_one_line(ch.title)}")
    return "\n".join(lines) + "\n"


def as_dict(result: CheckResult) -> dict:
    """The summary as JSON (``--format json``)."""

    def change(ch: Change) -> dict:
        return {"id": ch.id, "title": ch.title, "before": ch.before, "after": ch.after, "summary": ch.summary}

    return {
        "articles": result.articles,
        "events": result.events,
        "claims": result.claims,
        "by_status": result.by_status,
        "conflicts": [{"id": c["id"], "title": c.get("title"), "summary": c.get("summary"), "page_url": c.get("page_url")}
                      for c in result.conflicts],
        "warnings": result.warnings,
        "skipped": result.skipped,
        "since": result.since,
        "new_conflicts": [change(ch) for ch in result.new_conflicts],
        "resolved": [change(ch) for ch in result.resolved],
        "failed": result.failed,
    }
