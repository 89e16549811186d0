"""Stage 6a: the machine-readable report, ``claims.json`` (see the spec in the README).

The same document is written by the MkDocs build and by ``mkdocs-summit extract``.
Fields are added freely; none is renamed or dropped without bumping ``version``.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Optional

from .. import __version__
from ..model import Article, Claim, Event, Evidence, Report
from ..reading.names import page_slug

if TYPE_CHECKING:
    from ..runtime.memo import Memo

VERSION = 1


@dataclass(frozen=True)
class Layout:
    """Where generated pages live in the site: ``prefix`` puts them all under one section."""

    prefix: str = ""
    directory_urls: bool = True

    def _page(self, *parts: str) -> str:
        return self.prefix + "/".join(parts) + ".md"

    def _url(self, *parts: str) -> str:
        path = "/".join(parts)
        return f"{self.prefix}{path}/" if self.directory_urls else f"{self.prefix}{path}.html"

    def claim_page(self, claim_id: str) -> str:
        return self._page("claims", claim_id)

    def claim_url(self, claim_id: str) -> str:
        return self._url("claims", claim_id)

    def article_page(self, article_id: str) -> str:
        return self._page("articles", page_slug(article_id))

    def article_url(self, article_id: str) -> str:
        """The article's page; its id as written goes through :func:`reading.page_slug` (spaces, ``#?%`` …)."""
        return self._url("articles", page_slug(article_id))

    def event_page(self, event_id: str) -> str:
        return self._page("events", event_id)

    def event_url(self, event_id: str) -> str:
        return self._url("events", event_id)

    def index_page(self, home_taken: bool = False) -> str:
        """The claims index: the site's (or section's) home, or claims/ when the site has a home."""
        return self._page("claims", "index") if home_taken and not self.prefix else self.prefix + "index.md"

    def index_url(self, home_taken: bool = False) -> str:
        if home_taken and not self.prefix:
            return "claims/" if self.directory_urls else "claims/index.html"
        return self.prefix if self.directory_urls else self.prefix + "index.html"

    @property
    def report_path(self) -> str:
        return self.prefix + "claims.json"


def article_dict(article: Article, layout: Layout) -> dict:
    return {
        "id": article.id,
        "title": article.title,
        "source": article.source,
        "url": article.url,
        "published": article.published,
        "path": article.path,
        "page_url": layout.article_url(article.id),
        "language": article.language,
        "guessed": list(article.guessed),
    }


def event_dict(event: Event, layout: Layout) -> dict:
    return {
        "id": event.id,
        "label": event.label,
        "articles": list(event.articles),
        "page_url": layout.event_url(event.id),
    }


def evidence_dict(e: Evidence) -> dict:
    return {
        "article": e.article,
        "excerpt": e.excerpt,
        "start": e.start,
        "end": e.end,
        "stance": e.stance,
        "value": e.value,
        "value_min": e.value_min,
        "value_max": e.value_max,
        "value_text": e.value_text,
        "modality": e.modality,
        "speaker": e.speaker,
        "reporting_verb": e.reporting_verb,
        "bound": e.bound,
        "value_start": e.value_start,
        "value_end": e.value_end,
        "as_of": e.as_of,
        "wire": e.wire,
    }


def claim_dict(claim: Claim, layout: Layout) -> dict:
    return {
        "id": claim.id,
        "title": claim.title,
        "kind": claim.kind,
        "event": claim.event,
        "attribute": claim.attribute,
        "unit": claim.unit,
        "status": claim.status,
        "page_url": layout.claim_url(claim.id),
        "evidence": [evidence_dict(e) for e in claim.evidence],
        "summary": claim.summary,
        "sources": len(claim.articles),
        "headline_value": claim.headline_value,
        "verdict": verdict_dict(claim),
        "edited": list(claim.edited),
        "timeline": timeline_list(claim, layout),
        "independent_sources": claim.independent_sources if claim.independent_sources is not None else len(claim.articles),
    }


def timeline_list(claim: Claim, layout: Layout):
    """A running total's figures in order (``claims/timeline.py``), each with its claim page; None for other claims."""
    if claim.timeline is None:
        return None
    return [
        {"claim": t.claim, "value": t.value, "as_of": t.as_of, "sources": t.sources, "page_url": layout.claim_url(t.claim)}
        for t in claim.timeline
    ]


def verdict_dict(claim: Claim):
    """An editor's verdict (``claims.yml``), or None."""
    v = claim.verdict
    if v is None:
        return None
    return {"rating": v.rating, "explanation": v.explanation or None, "value": v.value, "best": v.best, "worst": v.worst}


def report_dict(report: Report, layout: Layout = Layout(), claims: bool = True) -> dict:
    """The claims.json document for `report` (`claims` False: with the claims list left empty)."""
    return {
        "version": VERSION,
        "generator": f"mkdocs-summit-plugin {__version__}",
        "articles": [article_dict(a, layout) for a in report.articles],
        "events": [event_dict(e, layout) for e in report.events],
        "claims": [claim_dict(c, layout) for c in report.claims] if claims else [],
        "skipped": [{"path": p.path, "reason": p.message} for p in report.problems if p.skipped],
        "warnings": [{"path": p.path, "message": p.message} for p in report.problems if not p.skipped],
    }


def report_json(report: Report, layout: Layout = Layout(), memo: Optional[Memo] = None) -> str:
    """claims.json as text: UTF-8, Arabic unescaped, stable key order, trailing newline.

    The text is exactly ``json.dumps(report_dict(report, layout), ensure_ascii=False,
    indent=2)``, written one claim at a time (:func:`claim_json`) so that under
    ``mkdocs serve`` a `memo` keeps the text of every claim that did not change.
    """
    doc = report_dict(report, layout, claims=False)
    parts = []
    for key, value in doc.items():
        if key == "claims":
            if memo is None:
                texts = [claim_json(c, layout) for c in report.claims]
            else:
                texts = [memo.get("claims.json", (layout, memo.claim_key(c)), lambda c=c: claim_json(c, layout)) for c in report.claims]
            text = "[\n    " + ",\n    ".join(texts) + "\n  ]" if texts else "[]"
        else:
            text = _dumps(value, 1)
        parts.append(f"  {_dumps(key, 1)}: {text}")
    return "{\n" + ",\n".join(parts) + "\n}\n"


def claim_json(claim: Claim, layout: Layout) -> str:
    """One claim's entry in claims.json, indented for its place in the ``claims`` list."""
    return _dumps(claim_dict(claim, layout), 2)


def _dumps(value, level: int) -> str:
    """`value` as json.dumps(indent=2) writes it `level` levels deep (JSON strings hold no raw newline)."""
    return json.dumps(value, ensure_ascii=False, indent=2).replace("\n", "\n" + "  " * level)
