"""Stage 6b: render the site's pages (claims, articles, events, index) with Jinja2.

:class:`Site` holds everything the templates need and renders each generated
:class:`Page` with the environment of ``templates.py`` (autoescape on: article
text is only ever inserted as escaped text, never as Markdown or HTML), links
relative between generated pages, and a claim page's ClaimReview JSON-LD
(``jsonld.py``) for its ``<head>``. The pieces: numbers and counted phrases in
``numbers.py``, labels in ``labels.py``, the claim chart in ``charts.py``, an
article's highlighted text in ``segments.py``.

Numbers the site writes itself (counts, chart ticks, values, dates) use one
style: Western digits (0–9) and ``.`` as decimal point, see :func:`numbers.num`.
Excerpts are quoted as written.
"""
from __future__ import annotations

import posixpath
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Optional

from markupsafe import Markup

from ..model import CONFLICTING, CONFLICTS, CONSISTENT, PLANNED, SINGLE_SOURCE, SUPPORTS, Article, Claim, Report
from .charts import chart
from .claims_json import Layout
from .jsonld import claim_review, jsonld_script
from .segments import anchor, evidence_anchor, excerpt_parts, paragraphs
from .templates import environment

if TYPE_CHECKING:
    from ..runtime.memo import Memo

STATUS_ORDER = {CONFLICTING: 0, CONSISTENT: 1, SINGLE_SOURCE: 2}
CSV_PATH = "claims.csv"


@dataclass(frozen=True)
class Page:
    """A generated page: where its source lives, its title, and what it shows."""

    src_uri: str
    url: str
    title: str
    kind: str  # "index", "claim", "article", "event"
    key: Optional[str] = None


@dataclass(frozen=True)
class TimelineRow:
    """One figure of a running total on a claim page: the timeline entry, and whether it is this page's claim."""

    claim: str
    value: Optional[float]
    as_of: Optional[str]
    sources: int
    current: bool


def claim_sort_key(c: Claim) -> tuple:
    """Conflicts first, then consistent, then single-source; quantities before statements."""
    return (STATUS_ORDER.get(c.status, 3), c.kind != "quantity", c.id)


class Site:
    """Everything the templates need, with relative links between generated pages."""

    def __init__(self, report: Report, layout: Layout, templates_dir: Optional[Path] = None, home_taken: bool = False,
                 site_name: str = "", site_url: Optional[str] = None, memo: Optional["Memo"] = None):
        """`memo` (``mkdocs serve``, see ``memo.py``): pages whose inputs did not change keep
        the HTML of the previous run. Not with a `templates_dir`: a site's own templates may
        read anything, and may themselves be edited while serving."""
        self.report = report
        self.memo = memo if templates_dir is None else None
        self.templates_dir = templates_dir
        self.layout = layout
        self.env = environment(templates_dir)
        self.home_taken = home_taken
        self.site_name = site_name
        self.site_url = site_url
        self.articles = {a.id: a for a in report.articles}
        self.events = {e.id: e for e in report.events}
        self.claims = {c.id: c for c in report.claims}
        self._article_keys: Optional[dict[str, str]] = None
        self.claims_of_article: dict[str, list[Claim]] = {a.id: [] for a in report.articles}
        for claim in report.claims:
            for article_id in claim.articles:
                self.claims_of_article.setdefault(article_id, []).append(claim)

    @property
    def csv_path(self) -> str:
        return self.layout.prefix + CSV_PATH

    def index_title(self) -> str:
        return "كل الادعاءات" if self.home_taken or self.layout.prefix else "الرئيسية"

    def pages(self) -> list[Page]:
        """Every page to generate, index first."""
        lay = self.layout
        out = [Page(lay.index_page(self.home_taken), lay.index_url(self.home_taken), self.index_title(), "index")]
        out += [Page(lay.event_page(e.id), lay.event_url(e.id), e.label, "event", e.id) for e in self.report.events]
        out += [Page(lay.claim_page(c.id), lay.claim_url(c.id), c.title, "claim", c.id) for c in self.report.claims]
        out += [Page(lay.article_page(a.id), lay.article_url(a.id), a.title, "article", a.id) for a in self.report.articles]
        return out

    def absolute_url(self, url: str) -> Optional[str]:
        if not self.site_url:
            return None
        return self.site_url.rstrip("/") + "/" + url.lstrip("/")

    def head(self, page: Page) -> Markup:
        """What a generated page adds to ``<head>``: the ClaimReview JSON-LD of a claim page."""
        if page.kind != "claim":
            return Markup("")
        claim = self.claims[page.key]
        return self._remember("head", page, lambda: jsonld_script(claim_review(claim, self.articles, self.site_name, self.absolute_url(page.url))))

    def linker(self, page: Page):
        base = "/" + (page.url if page.url.endswith("/") else posixpath.dirname(page.url) + "/")
        base = base.replace("//", "/")

        def link(url: str, fragment: str = "") -> str:
            rel = posixpath.relpath("/" + url, base)
            rel = rel + "/" if url.endswith("/") and not rel.endswith("/") else rel
            if rel in ("./", "."):
                rel = "./"
            return rel + (f"#{fragment}" if fragment else "")

        return link

    def inputs(self, page: Page) -> Optional[tuple]:
        """Everything the packaged templates read to make `page`, as a key; None for the
        index page (it shows the whole report, and there is one of it)."""
        memo = self.memo
        assert memo is not None
        from ..runtime.cache import article_key

        if self._article_keys is None:
            known = self.report.keys
            self._article_keys = {a.id: known.get(a.id) or article_key(a) for a in self.report.articles}
        keys = self._article_keys
        site = (self.layout, self.site_name, self.site_url, self.home_taken, tuple((e.id, e.label) for e in self.report.events))
        if page.kind == "claim":
            claim = self.claims[page.key]
            return (site, page, memo.claim_key(claim), self.events.get(claim.event or ""), tuple(keys.get(a) for a in claim.articles))
        if page.kind == "article":
            claims = self.claims_of_article.get(page.key, [])
            return (site, page, keys.get(page.key), tuple(memo.claim_key(c) for c in claims))
        if page.kind == "event":
            event = self.events[page.key]
            claims = tuple(memo.claim_key(c) for c in self.report.claims if c.event == event.id)
            return (site, page, event, claims, tuple(keys.get(a) for a in event.articles))
        return None

    def _remember(self, stage: str, page: Page, make):
        if self.memo is None:
            return make()
        key = self.inputs(page)
        return make() if key is None else self.memo.get(stage, key, make)

    def render(self, page: Page) -> str:
        """The HTML body of a generated page."""
        return self._remember("pages", page, lambda: self._render(page))


    def _render(self, page: Page) -> str:
        render = {"index": self._index_page, "event": self._event_page, "claim": self._claim_page}.get(page.kind, self._article_page)
        return render(page, self.context(page))

    def context(self, page: Page) -> dict:
        """What every template is given: the report, and links relative to `page`."""
        link = self.linker(page)
        lay = self.layout
        return dict(
            page=page,
            site_name=self.site_name,
            report=self.report,
            layout=lay,
            articles=self.articles,
            events=self.events,
            link=link,
            claim_url=lambda cid, frag="": link(lay.claim_url(cid), frag),
            article_url=lambda aid, frag="": link(lay.article_url(aid), frag),
            event_url=lambda eid: link(lay.event_url(eid)),
            index_url=link(lay.index_url(self.home_taken)),
            report_url=link(lay.report_path).rstrip("/"),
            csv_url=link(self.csv_path).rstrip("/"),
            claim_titles={c.id: c.title for c in self.report.claims},
            anchor=anchor,
            evidence_anchor=evidence_anchor,
            excerpt_parts=excerpt_parts,
            conflicts=CONFLICTS,
            supports=SUPPORTS,
            planned=PLANNED,
        )

    def _index_page(self, page: Page, common: dict) -> str:
        claims = sorted(self.report.claims, key=claim_sort_key)
        conflicts = sum(c.status == CONFLICTING for c in self.report.claims)
        return self.env.get_template("index.html").render(**common, claims=claims, conflict_count=conflicts)

    def _event_page(self, page: Page, common: dict) -> str:
        event = self.events[page.key]
        claims = sorted((c for c in self.report.claims if c.event == event.id), key=claim_sort_key)
        return self.env.get_template("event.html").render(**common, event=event, claims=claims)

    def _claim_page(self, page: Page, common: dict) -> str:
        claim = self.claims[page.key]
        groups = [
            (SUPPORTS, "مقتطفات تؤيد", [e for e in claim.evidence if e.stance != CONFLICTS]),
            (CONFLICTS, "مقتطفات تعارض", [e for e in claim.evidence if e.stance == CONFLICTS]),
        ]
        return self.env.get_template("claim.html").render(
            **common, claim=claim, event=self.events.get(claim.event or ""), groups=groups,
            chart=chart(claim, self.articles), timeline=self.timeline(claim),
        )

    def timeline(self, claim: Claim) -> list[TimelineRow]:
        """A running total's figures for its page (``claims/timeline.py``), in order; none unless it has two or more.

        Only entries whose claim is in the report (an editor may have hidden one).
        """
        entries = [t for t in (claim.timeline or []) if t.claim in self.claims]
        if len(entries) < 2:
            return []
        return [TimelineRow(t.claim, t.value, t.as_of, t.sources, t.claim == claim.id) for t in entries]

    def _article_page(self, page: Page, common: dict) -> str:
        article: Article = self.articles[page.key]
        claims = sorted(self.claims_of_article.get(article.id, []), key=claim_sort_key)
        spans = [(e.start, e.end, c.id, evidence_anchor(e)) for c in claims for e in c.evidence if e.article == article.id]
        return self.env.get_template("article.html").render(**common, article=article, claims=claims, paragraphs=paragraphs(article.text, spans))
