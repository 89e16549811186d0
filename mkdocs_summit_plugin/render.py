"""Stage 7b: render the site's pages (claims, articles, events, index) with Jinja2.

Templates live in the project's top-level ``templates/`` (shipped inside the
wheel as ``mkdocs_summit_plugin/templates``); a site overrides any of them by
putting a file of the same name in its ``templates_dir``. Autoescaping is on
for every template: article text is untrusted and is only ever inserted as
escaped text, never as Markdown or HTML.
"""
from __future__ import annotations

import posixpath
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Optional, Sequence

import jinja2

from .model import CONFLICTING, CONFLICTS, CONSISTENT, PLANNED, SINGLE_SOURCE, Article, Claim, Evidence, Report
from .report import Layout

STATUS_LABELS = {
    CONFLICTING: "متعارض",
    CONSISTENT: "متسق",
    SINGLE_SOURCE: "مصدر واحد",
}
MODALITY_LABELS = {"reported": "وقع فعلا", "planned": "متوقع/مخطط", "denied": "منفي"}


def templates_root() -> Path:
    """The packaged templates: inside the installed wheel, or the checkout's top-level templates/."""
    packaged = resources.files("mkdocs_summit_plugin").joinpath("templates")
    if packaged.is_dir():
        return Path(str(packaged))
    return Path(__file__).resolve().parent.parent / "templates"


def environment(templates_dir: Optional[Path] = None) -> jinja2.Environment:
    """A Jinja2 environment with autoescape on, looking in `templates_dir` first."""
    paths = ([str(templates_dir)] if templates_dir else []) + [str(templates_root())]
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(paths),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=False,
    )
    env.globals.update(status_labels=STATUS_LABELS, modality_labels=MODALITY_LABELS)
    return env


@dataclass(frozen=True)
class Page:
    """A generated page: where its source lives, its title, and what it shows."""

    src_uri: str
    url: str
    title: str
    kind: str  # "index", "claim", "article", "event"
    key: Optional[str] = None


@dataclass(frozen=True)
class Segment:
    """A piece of an article's text, with the evidence anchors that start in it and the claims it supports."""

    text: str
    anchors: tuple[str, ...]
    claims: tuple[str, ...]


def anchor(start: int, end: int) -> str:
    """The id of an excerpt's place in its article page."""
    return f"ev-{start}-{end}"


def segments(text: str, spans: Sequence[tuple[int, int, str, str]]) -> list[Segment]:
    """Cut `text` at every span boundary; each piece knows the claims covering it and the anchors starting in it.

    `spans` are (start, end, claim id, anchor id) with offsets into `text`.
    """
    cuts = sorted({0, len(text)} | {s for s, *_ in spans} | {e for _, e, *_ in spans})
    out = []
    for a, b in zip(cuts, cuts[1:]):
        covering = tuple(sorted({cid for s, e, cid, _ in spans if s <= a and b <= e}))
        starting = tuple(sorted({aid for s, _, _, aid in spans if s == a}))
        out.append(Segment(text[a:b], starting, covering))
    return out


def excerpt_parts(e: Evidence) -> tuple[str, str, str]:
    """(before, value words, after) of an excerpt, for highlighting the value."""
    if e.value_start is None or e.value_end is None:
        return e.excerpt, "", ""
    a, b = e.value_start - e.start, e.value_end - e.start
    return e.excerpt[:a], e.excerpt[a:b], e.excerpt[b:]


class Site:
    """Everything the templates need, with relative links between generated pages."""

    def __init__(self, report: Report, layout: Layout, templates_dir: Optional[Path] = None, home_taken: bool = False):
        self.report = report
        self.layout = layout
        self.env = environment(templates_dir)
        self.home_taken = home_taken
        self.articles = {a.id: a for a in report.articles}
        self.events = {e.id: e for e in report.events}
        self.claims = {c.id: c for c in report.claims}
        self.claims_of_article: dict[str, list[Claim]] = {a.id: [] for a in report.articles}
        for claim in report.claims:
            for article_id in claim.articles:
                self.claims_of_article.setdefault(article_id, []).append(claim)

    def pages(self) -> list[Page]:
        """Every page to generate, index first."""
        lay = self.layout
        out = [Page(lay.index_page(self.home_taken), lay.index_url(self.home_taken), "ادعاءات القمة", "index")]
        out += [Page(lay.event_page(e.id), lay.event_url(e.id), e.label, "event", e.id) for e in self.report.events]
        out += [Page(lay.claim_page(c.id), lay.claim_url(c.id), c.title, "claim", c.id) for c in self.report.claims]
        out += [Page(lay.article_page(a.id), lay.article_url(a.id), a.title, "article", a.id) for a in self.report.articles]
        return out

    def render(self, page: Page) -> str:
        """The HTML body of a generated page."""
        def link(url: str, fragment: str = "") -> str:
            rel = posixpath.relpath("/" + url, "/" + (page.url if page.url.endswith("/") else posixpath.dirname(page.url) + "/"))
            rel = rel + "/" if url.endswith("/") and not rel.endswith("/") else rel
            if rel == "./" or rel == ".":
                rel = "./"
            return rel + (f"#{fragment}" if fragment else "")

        common = dict(
            page=page,
            report=self.report,
            layout=self.layout,
            articles=self.articles,
            events=self.events,
            link=link,
            claim_url=lambda cid: link(self.layout.claim_url(cid)),
            article_url=lambda aid, frag="": link(self.layout.article_url(aid), frag),
            event_url=lambda eid: link(self.layout.event_url(eid)),
            report_url=link(self.layout.report_path).rstrip("/"),
            anchor=anchor,
            excerpt_parts=excerpt_parts,
            conflicts=CONFLICTS,
            planned=PLANNED,
        )
        if page.kind == "index":
            return self.env.get_template("index.html").render(**common, claims=self.report.claims)
        if page.kind == "event":
            event = self.events[page.key]
            claims = sorted(
                (c for c in self.report.claims if c.event == event.id),
                key=lambda c: (c.status != CONFLICTING, c.status != CONSISTENT, c.kind != "quantity", c.id),
            )
            return self.env.get_template("event.html").render(**common, event=event, claims=claims)
        if page.kind == "claim":
            claim = self.claims[page.key]
            return self.env.get_template("claim.html").render(**common, claim=claim, event=self.events.get(claim.event or ""))
        article: Article = self.articles[page.key]
        claims = self.claims_of_article.get(article.id, [])
        spans = [(e.start, e.end, c.id) for c in claims for e in c.evidence if e.article == article.id]
        paragraphs = _paragraphs(article.text, spans)
        return self.env.get_template("article.html").render(**common, article=article, claims=claims, paragraphs=paragraphs)


def _paragraphs(text: str, spans: Sequence[tuple[int, int, str]]) -> list[list[Segment]]:
    """The article as paragraphs (lines) of segments; spans never cross a line in practice but are cut if they do."""
    out: list[list[Segment]] = []
    offset = 0
    for line in text.split("\n"):
        start, end = offset, offset + len(line)
        offset = end + 1
        if not line.strip():
            continue
        local = [
            (max(s, start) - start, min(e, end) - start, cid, anchor(s, e)) for s, e, cid in spans if s < end and e > start
        ]
        out.append(segments(line, local))
    return out
