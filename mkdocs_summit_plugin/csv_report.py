"""``claims.csv``: the report flattened to one row per evidence, for spreadsheets.

UTF-8 with a byte-order mark (so spreadsheet programs read the Arabic right),
CRLF line ends (RFC 4180). Text cells that a spreadsheet would read as a
formula (starting with ``= + - @``, tab or carriage return) get a leading
``'``: article text is untrusted. Columns are only ever added at the end.
"""
from __future__ import annotations

import csv
import io

from .model import Report
from .report import Layout

COLUMNS = (
    "claim_id", "claim_title", "kind", "status", "event", "event_label", "attribute", "unit",
    "stance", "modality", "value", "value_min", "value_max", "value_text",
    "excerpt", "speaker", "reporting_verb",
    "article", "article_title", "source", "published", "article_url",
    "start", "end", "claim_page", "article_page",
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
    out = []
    for claim in report.claims:
        for e in claim.evidence:
            article = articles.get(e.article)
            event = events.get(claim.event or "")
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
            })
    return out


def report_csv(report: Report, layout: Layout = Layout(), bom: bool = True) -> str:
    """claims.csv as text."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for row in rows(report, layout):
        writer.writerow([_cell(row[c]) for c in COLUMNS])
    return ("\ufeff" if bom else "") + buf.getvalue()
