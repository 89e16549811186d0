"""Stage 7b: render the site's pages (claims, articles, events, index) with Jinja2.

Templates live in the project's top-level ``templates/`` (shipped inside the
wheel as ``mkdocs_summit_plugin/templates``); a site overrides any of them by
putting a file of the same name in its ``templates_dir``. Autoescaping is on
for every template: article text is untrusted and is only ever inserted as
escaped text, never as Markdown or HTML. The one piece of markup built outside
a template, the ClaimReview JSON-LD, is escaped for a ``<script>`` block by
:func:`jsonld_script`.

Numbers the site writes itself (counts, chart ticks, values, dates) use one
style: Western digits (0–9) and ``.`` as decimal point, see :func:`num`.
Excerpts are quoted as written.
"""
from __future__ import annotations

import json
import math
import posixpath
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any, Hashable, Mapping, Optional, Sequence

import jinja2
from markupsafe import Markup

from ..claims import wording
from ..model import CONFLICTING, CONFLICTS, CONSISTENT, PLANNED, SINGLE_SOURCE, SUPPORTS, Article, Claim, Evidence, Report
from .claims_json import Layout

if TYPE_CHECKING:
    from ..runtime.memo import Memo

STATUS_LABELS = {
    CONFLICTING: "متعارض",
    CONSISTENT: "متسق",
    SINGLE_SOURCE: "مصدر واحد",
}
STATUS_ORDER = {CONFLICTING: 0, CONSISTENT: 1, SINGLE_SOURCE: 2}
MODALITY_LABELS = {"reported": "وقع فعلا", "planned": "متوقع/مخطط", "denied": "منفي"}
KIND_LABELS = {"quantity": "رقم", "statement": "تصريح"}
CSV_PATH = "claims.csv"


def templates_root() -> Path:
    """The packaged templates: inside the installed wheel, or the checkout's top-level templates/."""
    packaged = resources.files("mkdocs_summit_plugin").joinpath("templates")
    if packaged.is_dir():
        return Path(str(packaged))
    return Path(__file__).resolve().parents[2] / "templates"


# -- numbers and Arabic counted phrases ---------------------------------------
def num(x: Optional[float], digits: int = 2) -> str:
    """A number in the site's one style: Western digits, '.' decimal point, no trailing zeros."""
    if x is None:
        return "—"
    if isinstance(x, float) and math.isinf(x):
        return "∞"
    r = round(float(x), digits)
    if r == int(r):
        return str(int(r))
    return f"{r:.{digits}f}".rstrip("0").rstrip(".")


def counted(n: int, one: str, two: str, few: str, many: str) -> str:
    """Arabic counted noun: 1 → one, 2 → two, 3–10 → 'n few', 11+ → 'n many' (see wording.counted)."""
    return wording.counted(n, (one, two, few, many))


NOUNS = {
    "article": ("مقال واحد", "مقالان", "مقالات", "مقالا"),
    "event": ("حدث واحد", "حدثان", "أحداث", "حدثا"),
    "claim": ("ادعاء واحد", "ادعاءان", "ادعاءات", "ادعاء"),
    "conflict": ("تعارض واحد", "تعارضان", "تعارضات", "تعارضا"),
    "source": ("مصدر واحد", "مصدران", "مصادر", "مصدرا"),
    "excerpt": ("مقتطف واحد", "مقتطفان", "مقتطفات", "مقتطفا"),
}


def count_of(n: int, noun: str) -> str:
    return counted(n, *NOUNS[noun])


def format_value(value: Optional[float], unit: Optional[str]) -> str:
    """A value in its canonical unit, for people: 210 minutes → '3 ساعات ونصف' (see wording.amount)."""
    if value is None:
        return "—"
    if math.isinf(value):
        return "∞"
    return wording.amount(value, unit, fallback=num(value))


# -- the claim chart ----------------------------------------------------------
@dataclass(frozen=True)
class ChartRow:
    label: str
    detail: str  # the value words as written
    y: float
    x: Optional[float]  # the point, if any
    x0: Optional[float]  # the bar, if any
    x1: Optional[float]
    open_low: bool
    open_high: bool
    stance: str
    planned: bool
    title: str  # tooltip: the value for people


@dataclass(frozen=True)
class Tick:
    x: float
    label: str


@dataclass(frozen=True)
class Chart:
    width: int
    height: int
    plot_left: float
    plot_right: float
    axis_y: float
    unit_label: str
    rows: tuple[ChartRow, ...]
    ticks: tuple[Tick, ...]
    divider_y: Optional[float]  # line between reported and planned rows
    description: str


def _nice_step(span: float, target: int = 6) -> float:
    raw = span / max(target, 1)
    mag = 10 ** math.floor(math.log10(raw)) if raw > 0 else 1
    for m in (1, 2, 2.5, 5, 10):
        if raw <= m * mag:
            return m * mag
    return 10 * mag


def chart(claim: Claim, articles: dict[str, Article]) -> Optional[Chart]:
    """Where each excerpt's value or range lies on one axis; None for claims without numbers.

    Durations are drawn in hours when any value reaches 90 minutes, else in
    minutes; planned values get their own band below the reported ones.
    """
    if claim.kind != "quantity":
        return None
    items = [e for e in claim.evidence if e.value is not None or e.value_min is not None or e.value_max is not None]
    if not items:
        return None
    finite = [v for e in items for v in (e.value, e.value_min, e.value_max) if v is not None and not math.isinf(v)]
    scale, unit_label = 1.0, "العدد"
    if claim.unit == "minute":
        if max(finite) >= 90:
            scale, unit_label = 60.0, "بالساعات"
        else:
            unit_label = "بالدقائق"
    elif claim.unit == "year":
        unit_label = "بالسنوات"
    finite = [v / scale for v in finite]
    lo = min(0.0, min(finite))
    hi = max(finite)
    if hi <= lo:
        hi = lo + 1
    step = _nice_step(hi - lo)
    hi = math.ceil((hi * 1.08) / step) * step
    lo = math.floor(lo / step) * step

    width, label_w, pad = 680, 230, 24
    plot_left, plot_right = pad, width - label_w - pad

    def sx(v: float) -> float:
        return round(plot_left + (v - lo) / (hi - lo) * (plot_right - plot_left), 2)

    reported = [e for e in items if e.modality != PLANNED]
    planned = [e for e in items if e.modality == PLANNED]
    row_h, top = 30, 16
    rows: list[ChartRow] = []
    y = top
    divider = None
    for group_index, group in enumerate((reported, planned)):
        if group_index == 1 and group:
            divider = y + 2
            y += 12
        for e in group:
            art = articles.get(e.article)
            outlet = (art.source if art and art.source else (art.title if art else e.article)) or e.article
            label = outlet if len(outlet) <= 28 else outlet[:27] + "…"
            vmin = e.value_min / scale if e.value_min is not None else None
            vmax = e.value_max / scale if e.value_max is not None else None
            v = e.value / scale if e.value is not None else None
            open_low = e.value_min is None and e.value_max is not None and v is None
            open_high = e.value_max is None and e.value_min is not None
            point = sx(v) if v is not None and not (open_high or open_low) else None
            if open_high:
                x0, x1 = sx(vmin), sx(hi)
                point = None
            elif e.value_max is None and e.value_min is None:
                x0 = x1 = None
            else:
                a = vmin if vmin is not None else lo
                b = vmax if vmax is not None else hi
                open_low = e.value_min is None
                x0, x1 = (sx(a), sx(b)) if b > a else (None, None)
            words = " ".join((e.value_text or "").split())
            rows.append(ChartRow(
                label=label, detail=words, y=y + row_h / 2, x=point, x0=x0, x1=x1,
                open_low=open_low and x0 is not None, open_high=open_high, stance=e.stance,
                planned=e.modality == PLANNED,
                title=f"{outlet}: {words or format_value(e.value, claim.unit)}",
            ))
            y += row_h
    axis_y = y + 6
    ticks = []
    t = lo
    while t <= hi + step / 1000:
        ticks.append(Tick(sx(t), num(t)))
        t += step
    parts = [f"{r.label}: {r.detail}" + (" (متوقع)" if r.planned else "") for r in rows]
    desc = "قيم المصادر على محور واحد " + unit_label + ": " + "؛ ".join(parts)
    return Chart(width, int(axis_y + 34), plot_left, plot_right, axis_y, unit_label, tuple(rows), tuple(ticks), divider, desc)


# -- JSON-LD ------------------------------------------------------------------
def jsonld_script(data: Any) -> Markup:
    """A ``<script type="application/ld+json">`` block that no string inside `data` can break out of."""
    text = json.dumps(data, ensure_ascii=False, indent=None, separators=(",", ":"))
    for a, b in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"), ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(a, b)
    return Markup(f'<script type="application/ld+json">{text}</script>')


def editor_rating(claim: Claim) -> Optional[dict]:
    """The schema.org Rating an editor gave the claim, if any.

    An editor gives one in the overrides file (``claims.yml``: ``verdict``, see
    ``overrides.py``: ``Claim.verdict``); this also reads ``claim.rating`` defensively: a
    string is a verdict label (``alternateName``), a mapping may carry
    ``value``/``best``/``worst``/``label``/``explanation`` (or the schema.org names).
    """
    rating = getattr(claim, "rating", None)
    verdict = getattr(claim, "verdict", None)
    if not rating and verdict is not None:
        rating = {"label": verdict.rating, "value": verdict.value, "best": verdict.best, "worst": verdict.worst,
                  "explanation": verdict.explanation or None}
    if not rating:
        return None
    if isinstance(rating, str):
        return {"@type": "Rating", "alternateName": rating}
    if isinstance(rating, dict):
        out: dict[str, Any] = {"@type": "Rating"}
        for key, name in (("value", "ratingValue"), ("best", "bestRating"), ("worst", "worstRating"), ("label", "alternateName"),
                          ("explanation", "ratingExplanation")):
            v = rating.get(key, rating.get(name))
            if v is not None:
                out[name] = v
        return out if len(out) > 1 else None
    return None


def claim_review(claim: Claim, articles: Mapping[str, Article], site_name: str, page_url: Optional[str]) -> dict:
    """schema.org ClaimReview of one claim: the claim text, where it appeared, and an editor's rating if any."""
    appearances = []
    for aid in claim.articles:
        a = articles.get(aid)
        if a is None:
            continue
        work: dict[str, Any] = {"@type": "NewsArticle", "headline": a.title}
        if a.url and a.url.startswith(("http://", "https://")):
            work["url"] = a.url
        if a.source:
            work["publisher"] = {"@type": "Organization", "name": a.source}
        if a.published:
            work["datePublished"] = a.published
        appearances.append(work)
    item: dict[str, Any] = {"@type": "Claim", "name": claim.title}
    if appearances:
        item["appearance"] = appearances
        item["firstAppearance"] = appearances[0]
    review: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "name": claim.title,
        "claimReviewed": claim.summary or claim.title,
        "itemReviewed": item,
        "author": {"@type": "Organization", "name": site_name},
        "inLanguage": "ar",
    }
    if page_url:
        review["url"] = page_url
    rating = editor_rating(claim)
    if rating:
        review["reviewRating"] = rating
    return review


# -- pages ----------------------------------------------------------------------
@lru_cache(maxsize=8)
def environment(templates_dir: Optional[Path] = None) -> jinja2.Environment:
    """A Jinja2 environment with autoescape on, looking in `templates_dir` first.

    One per folder for the life of the process, so templates are compiled once
    under ``mkdocs serve`` (Jinja2 reloads a template whose file changed)."""
    paths = ([str(templates_dir)] if templates_dir else []) + [str(templates_root())]
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(paths),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=False,
    )
    env.globals.update(
        status_labels=STATUS_LABELS, modality_labels=MODALITY_LABELS, kind_labels=KIND_LABELS,
        num=num, count_of=count_of, format_value=format_value,
    )
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
    """A piece of an article's text, with the evidence anchors that start in it and the claims it supports.

    ``targets`` are (claim id, fragment on the claim page) of the excerpts covering it, in text order.
    """

    text: str
    anchors: tuple[str, ...]
    claims: tuple[str, ...]
    targets: tuple[tuple[str, str], ...] = ()
    covering: tuple[str, ...] = ()  # anchor ids of the excerpts covering this piece


def anchor(start: int, end: int) -> str:
    """The id of an excerpt's place in its article page."""
    return f"ev-{start}-{end}"


def evidence_anchor(e: Evidence) -> str:
    """The id of an excerpt on its claim page."""
    return f"ev-{e.article}-{e.start}-{e.end}"


def segments(text: str, spans: Sequence[tuple]) -> list[Segment]:
    """Cut `text` at every span boundary; each piece knows the claims covering it and the anchors starting in it.

    `spans` are (start, end, claim id, anchor id[, fragment on the claim page[, starts here]]) with
    offsets into `text`; ``starts here`` is False for a span continued from an earlier line.
    """
    spans = sorted(spans, key=lambda sp: (sp[0], sp[1]))
    cuts = sorted({0, len(text)} | {sp[0] for sp in spans} | {sp[1] for sp in spans})
    out = []
    for a, b in zip(cuts, cuts[1:]):
        covering = [sp for sp in spans if sp[0] <= a and b <= sp[1]]
        claims = tuple(dict.fromkeys(sp[2] for sp in covering))
        targets = tuple(dict.fromkeys((sp[2], sp[4] if len(sp) > 4 else "") for sp in covering))
        starting = tuple(sorted({sp[3] for sp in spans if sp[0] == a and (len(sp) < 6 or sp[5])}))
        out.append(Segment(text[a:b], starting, claims, targets, tuple(dict.fromkeys(sp[3] for sp in covering))))
    return out


def excerpt_parts(e: Evidence) -> tuple[str, str, str]:
    """(before, value words, after) of an excerpt, for highlighting the value."""
    if e.value_start is None or e.value_end is None:
        return e.excerpt, "", ""
    a, b = e.value_start - e.start, e.value_end - e.start
    if not (0 <= a <= b <= len(e.excerpt)):
        return e.excerpt, "", ""
    return e.excerpt[:a], e.excerpt[a:b], e.excerpt[b:]


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
        link = self.linker(page)
        lay = self.layout
        common = dict(
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
        if page.kind == "index":
            claims = sorted(self.report.claims, key=claim_sort_key)
            conflicts = sum(c.status == CONFLICTING for c in self.report.claims)
            return self.env.get_template("index.html").render(**common, claims=claims, conflict_count=conflicts)
        if page.kind == "event":
            event = self.events[page.key]
            claims = sorted((c for c in self.report.claims if c.event == event.id), key=claim_sort_key)
            return self.env.get_template("event.html").render(**common, event=event, claims=claims)
        if page.kind == "claim":
            claim = self.claims[page.key]
            groups = [
                (SUPPORTS, "مقتطفات تؤيد", [e for e in claim.evidence if e.stance != CONFLICTS]),
                (CONFLICTS, "مقتطفات تعارض", [e for e in claim.evidence if e.stance == CONFLICTS]),
            ]
            return self.env.get_template("claim.html").render(
                **common, claim=claim, event=self.events.get(claim.event or ""), groups=groups,
                chart=chart(claim, self.articles),
            )
        article: Article = self.articles[page.key]
        claims = sorted(self.claims_of_article.get(article.id, []), key=claim_sort_key)
        spans = [(e.start, e.end, c.id, evidence_anchor(e)) for c in claims for e in c.evidence if e.article == article.id]
        paragraphs = _paragraphs(article.text, spans)
        return self.env.get_template("article.html").render(**common, article=article, claims=claims, paragraphs=paragraphs)


def _paragraphs(text: str, spans: Sequence[tuple]) -> list[list[Segment]]:
    """The article as paragraphs (lines) of segments; a span crossing a line is cut, its anchor kept on its first line.

    `spans` are (start, end, claim id[, fragment on the claim page]) with offsets into `text`.
    """
    out: list[list[Segment]] = []
    offset = 0
    for line in text.split("\n"):
        start, end = offset, offset + len(line)
        offset = end + 1
        if not line.strip():
            continue
        local = [
            (max(sp[0], start) - start, min(sp[1], end) - start, sp[2], anchor(sp[0], sp[1]),
             sp[3] if len(sp) > 3 else "", sp[0] >= start)
            for sp in spans if sp[0] < end and sp[1] > start
        ]
        out.append(segments(line, local))
    return out
