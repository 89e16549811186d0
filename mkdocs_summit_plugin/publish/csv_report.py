"""``claims.csv``: the report flattened to one row per evidence, for spreadsheets.

UTF-8 with a byte-order mark (so spreadsheet programs read the Arabic right),
CRLF line ends (RFC 4180). Text cells that a spreadsheet would read as a
formula (starting with ``= + - @``, tab or carriage return) get a leading
``'``: article text is untrusted. Columns are only ever added at the end.
"""
from __future__ import annotations

import csv
import io

from typing import TYPE_CHECKING, Mapping, Optional

from ..model import Article, Claim, Event, Report
from .claims_json import Layout

if TYPE_CHECKING:
    from ..runtime.memo import Memo

COLUMNS = (
    "claim_id", "claim_title", "kind", "status", "event", "event_label", "attribute", "unit",
    "stance", "modality", "value", "value_min", "value_max", "value_text",
    "excerpt", "speaker", "reporting_verb",
    "article", "article_title", "source", "published", "article_url",
    "start", "end", "claim_page", "article_page", "as_of",
)
_FORMULA = ("=", "+", "-", "@", "\t", "\r")


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return str(int(value)) if value == int(value) else repr(value)
    if isinstance(value, (int,)):
        return str(value)
    text = str(value)
    return "'" + text if text.startswith(_FORMULA) else text


def rows(report: Report, layout: Layout = Layout()) -> list[dict]:
    """The CSV rows as dicts (raw values), in report order."""
    articles = {a.id: a for a in report.articles}
    events = {e.id: e for e in report.events}
    return [row for claim in report.claims for row in claim_rows(claim, events.get(claim.event or ""), articles, layout)]


def claim_rows(claim: Claim, event: Optional[Event], articles: Mapping[str, Article], layout: Layout) -> list[dict]:
    """One claim's rows: one per excerpt."""
    out = []
    for e in claim.evidence:
        article = articles.get(e.article)
        out.append({
            "claim_id": claim.id,
            "claim_title": claim.title,
            "kind": claim.kind,
            "status": claim.status,
            "event": claim.event,
            "event_label": event.label if event else None,
            "attribute": claim.attribute,
            "unit": claim.unit,
            "stance": e.stance,
            "modality": e.modality,
            "value": e.value,
            "value_min": e.value_min,
            "value_max": e.value_max,
            "value_text": e.value_text,
            "excerpt": e.excerpt,
            "speaker": e.speaker,
            "reporting_verb": e.reporting_verb,
            "article": e.article,
            "article_title": article.title if article else None,
            "source": article.source if article else None,
            "published": article.published if article else None,
            "article_url": article.url if article else None,
            "start": e.start,
            "end": e.end,
            "claim_page": layout.claim_url(claim.id),
            "article_page": layout.article_url(e.article) + f"#ev-{e.start}-{e.end}",
            "as_of": e.as_of,
        })
    return out


def _csv_text(rows_: list[dict]) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    for row in rows_:
        writer.writerow([_cell(row[c]) for c in COLUMNS])
    return buf.getvalue()


def report_csv(report: Report, layout: Layout = Layout(), bom: bool = True, memo: Optional[Memo] = None) -> str:
    """claims.csv as text (under ``mkdocs serve`` a `memo` keeps the rows of every claim that did not change)."""
    articles = {a.id: a for a in report.articles}
    events = {e.id: e for e in report.events}
    parts = [("\ufeff" if bom else "") + _csv_text([dict(zip(COLUMNS, COLUMNS))])]
    for claim in report.claims:
        event = events.get(claim.event or "")

        def text(claim=claim, event=event) -> str:
            return _csv_text(claim_rows(claim, event, articles, layout))

        if memo is None:
            parts.append(text())
        else:
            sources = tuple((a, articles[a].title, articles[a].source, articles[a].published, articles[a].url)
                            for a in claim.articles if a in articles)
            parts.append(memo.get("claims.csv", (layout, memo.claim_key(claim), event.label if event else None, sources), text))
    return "".join(parts)
