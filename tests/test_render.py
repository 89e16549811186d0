"""The reader's site: pages rendered from hand-made reports, escaping, JSON-LD, chart, CSV, nav, and a demo build."""
from __future__ import annotations

import csv
import html
import io
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from mkdocs_summit_plugin.publish.csv_report import COLUMNS, report_csv
from mkdocs_summit_plugin.model import Article, Claim, Event, Evidence, Problem, Report
from mkdocs_summit_plugin.publish.charts import chart
from mkdocs_summit_plugin.publish.jsonld import claim_review, jsonld_script
from mkdocs_summit_plugin.publish.numbers import format_value, num
from mkdocs_summit_plugin.publish.pages import Site
from mkdocs_summit_plugin.publish.segments import anchor, paragraphs
from mkdocs_summit_plugin.publish.claims_json import Layout

from .conftest import ROOT, build_demo

EVIL = '<script>alert(1)</script>"><img src=x onerror=alert(2)>'
TEXT = (
    "ختام القمة\n"
    "\n"
    "وبعد محادثات استمرت أربع ساعات، غادر الرئيسان.\n"
    "قال بوتين إن السفراء سيعودون. " + EVIL + "\n"
)
TEXT2 = "قمة جنيف\n\nوعقد الرئيسان اجتماعا دام قرابة 3 ساعات ونصف في جنيف.\nومن المتوقع أن تستغرق المحادثات 5 ساعات.\n"


def _span(text: str, words: str) -> tuple[int, int]:
    start = text.index(words)
    return start, start + len(words)


def make_report(rating=None) -> Report:
    a1 = Article(id="a1", path="articles/a1.txt", text=TEXT, title="ختام القمة", source="وكالة CNN عربية",
                 url="https://example.com/a1", published="2021-06-16")
    a2 = Article(id="a2", path="articles/a2.txt", text=TEXT2, title="قمة جنيف " + EVIL, source=EVIL)
    s1, e1 = _span(TEXT, "وبعد محادثات استمرت أربع ساعات")
    v1 = _span(TEXT, "أربع ساعات")
    s2, e2 = _span(TEXT2, "اجتماعا دام قرابة 3 ساعات ونصف")
    v2 = _span(TEXT2, "قرابة 3 ساعات ونصف")
    s3, e3 = _span(TEXT2, "ومن المتوقع أن تستغرق المحادثات 5 ساعات")
    v3 = _span(TEXT2, "5 ساعات")
    duration = Claim(
        id="geneva-talks-duration", title="مدة المحادثات في قمة جنيف", kind="quantity", event="geneva",
        attribute="talks-duration", unit="minute", status="conflicting",
        summary="تختلف الأرقام: «أربع ساعات» في مصدر واحد، مقابل «قرابة 3 ساعات ونصف» في مصدر واحد.",
        headline_value=240,
        evidence=[
            Evidence("a1", TEXT[s1:e1], s1, e1, "supports", 240, 240, 240, "أربع ساعات", *v1),
            Evidence("a2", TEXT2[s2:e2], s2, e2, "conflicts", 210, 189, 231, "قرابة 3 ساعات ونصف", *v2),
            Evidence("a2", TEXT2[s3:e3], s3, e3, "conflicts", 300, 300, 300, "5 ساعات", *v3, modality="planned"),
        ],
    )
    s4, e4 = _span(TEXT, "قال بوتين إن السفراء سيعودون. " + EVIL)
    statement = Claim(
        id="geneva-ambassadors", title="بوتين: السفراء سيعودون " + EVIL, kind="statement", event="geneva",
        attribute=None, unit=None, status="single-source", summary="يرد في مصدر واحد فقط.",
        evidence=[Evidence("a1", TEXT[s4:e4], s4, e4, speaker="بوتين")],
    )
    if rating is not None:
        statement.rating = rating  # an editor's verdict: not a model field yet, read with getattr
    events = [Event("geneva", "قمة جنيف", ("a1", "a2"))]
    return Report([a1, a2], events, [statement, duration], [Problem("articles/bad.txt", "binary file: skipped")])


@pytest.fixture
def site():
    return Site(make_report(), Layout(), site_name="موقع التدقيق", site_url="https://fact.example/")


def _page(site: Site, kind: str, key=None):
    return next(p for p in site.pages() if p.kind == kind and p.key == key)


class _Scan(HTMLParser):
    """Every tag with its attributes; fails on nothing (we only inspect)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data):
        self.text.append(data)


def scan(markup: str) -> _Scan:
    p = _Scan()
    p.feed(markup)
    p.close()
    return p


# -- numbers -------------------------------------------------------------------
@pytest.mark.parametrize("value,unit,expected", [
    (240, "minute", "4 ساعات"),
    (210, "minute", "3 ساعات ونصف"),
    (93, "minute", "ساعة و33 دقيقة"),
    (120, "minute", "ساعتان"),
    (60, "minute", "ساعة"),
    (45, "minute", "45 دقيقة"),
    (3, "year", "3 أعوام"),
    (2, "meeting", "2"),
    (3.5, None, "3.5"),
    (None, "minute", "—"),
])
def test_format_value(value, unit, expected):
    assert format_value(value, unit) == expected


def test_numbers_have_one_style():
    assert num(3.50) == "3.5" and num(4.0) == "4" and num(1234) == "1234"
    assert all(ch in "0123456789.-∞—" for ch in num(2 / 3))


# -- claim page ------------------------------------------------------------------
def test_claim_page_shows_status_summary_chart_and_grouped_excerpts(site):
    page = _page(site, "claim", "geneva-talks-duration")
    out = site.render(page)
    doc = scan(out)
    assert 'dir="rtl"' in out
    assert 'summit-badge--conflicting' in out and "متعارض" in out
    assert "تختلف الأرقام" in out
    # the chart: inline SVG, one row per value, the planned value in its own band
    assert out.count("<svg") == 1 and "<script" not in out.split("<svg")[1].split("</svg>")[0]
    rows = [a for t, a in doc.tags if t == "g" and "summit-chart__row" in a.get("class", "")]
    assert len(rows) == 3
    assert [r.get("data-stance") for r in rows] == ["supports", "conflicts", "conflicts"]
    assert rows[2].get("data-planned") == "true"
    assert "summit-chart__divider" in out
    # supporting then conflicting, value words highlighted, links to the exact place in the article
    assert out.index('data-stance="supports"') < out.index('data-stance="conflicts"')
    assert '<mark class="summit-value">أربع ساعات</mark>' in out
    assert '<mark class="summit-value">قرابة 3 ساعات ونصف</mark>' in out
    hrefs = [a["href"] for t, a in doc.tags if t == "a" and "summit-source-link" in a.get("class", "")]
    e = site.claims["geneva-talks-duration"].evidence[0]
    assert f"../../articles/a1/#{anchor(e.start, e.end)}" in hrefs
    assert "2021-06-16" in out and "وكالة CNN عربية" in out
    assert "متوقع/مخطط" in out


def test_chart_geometry():
    report = make_report()
    c = chart(report.claims[1], {a.id: a for a in report.articles})
    assert c is not None and c.unit_label == "بالساعات"
    by_label = {r.detail: r for r in c.rows}
    four, about, five = by_label["أربع ساعات"], by_label["قرابة 3 ساعات ونصف"], by_label["5 ساعات"]
    assert four.x is not None and four.x0 is None  # a point
    assert about.x0 < about.x < about.x1  # a range around its value
    assert about.x < four.x < five.x  # one axis, values in order
    assert five.planned and not four.planned
    assert chart(report.claims[0], {}) is None  # statements have no chart


def test_open_bound_is_drawn_as_an_arrow():
    report = make_report()
    claim = report.claims[1]
    claim.evidence[0].value_max = None  # "more than four hours"
    row = chart(claim, {}).rows[0]
    assert row.open_high and row.x0 is not None and row.x is None


# -- escaping ----------------------------------------------------------------------
def test_untrusted_text_never_becomes_markup(site):
    for page in site.pages():
        out = site.render(page)
        doc = scan(out)
        assert not [t for t, _ in doc.tags if t in ("script", "img", "iframe", "object", "embed")], page.src_uri
        assert not [a for _, a in doc.tags if any(k.startswith("on") for k in a)], page.src_uri
        for t, a in doc.tags:
            for k in ("href", "src"):
                if k in a:
                    assert not a[k].lower().startswith("javascript:")
    out = site.render(_page(site, "article", "a1"))
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in out and "&lt;img src=x onerror=alert(2)&gt;" in out


def test_jsonld_cannot_close_its_script():
    block = str(jsonld_script({"name": "</script><script>alert(1)</script>", "x": "a & b \u2028"}))
    assert block.count("</script>") == 1 and block.endswith("</script>")
    inner = block[len('<script type="application/ld+json">'):-len("</script>")]
    assert "<" not in inner and ">" not in inner and "&" not in inner
    assert json.loads(inner)["name"] == "</script><script>alert(1)</script>"


def test_claim_review_one_per_claim_rating_only_when_given(site):
    head = str(site.head(_page(site, "claim", "geneva-talks-duration")))
    data = json.loads(head.split(">", 1)[1].rsplit("<", 1)[0])
    assert data["@type"] == "ClaimReview" and data["@context"] == "https://schema.org"
    assert data["claimReviewed"].startswith("تختلف الأرقام")
    assert data["itemReviewed"]["@type"] == "Claim"
    assert {a["headline"] for a in data["itemReviewed"]["appearance"]} == {"ختام القمة", "قمة جنيف " + EVIL}
    assert data["url"] == "https://fact.example/claims/geneva-talks-duration/"
    assert "reviewRating" not in data
    assert str(site.head(_page(site, "article", "a1"))) == ""
    rated = Site(make_report(rating={"label": "مضلل", "value": 2, "best": 5, "worst": 1}), Layout())
    data = claim_review(rated.claims["geneva-ambassadors"], rated.articles, "s", None)
    assert data["reviewRating"] == {"@type": "Rating", "alternateName": "مضلل", "ratingValue": 2, "bestRating": 5, "worstRating": 1}
    assert "url" not in data


# -- article, event, index pages ------------------------------------------------------
def test_article_page_highlights_and_links_every_excerpt(site):
    out = site.render(_page(site, "article", "a1"))
    doc = scan(out)
    ids = [a["id"] for _, a in doc.tags if "id" in a]
    assert len(ids) == len(set(ids))
    for claim in site.report.claims:
        for e in claim.evidence:
            if e.article == "a1":
                assert anchor(e.start, e.end) in ids
    marks = [a for t, a in doc.tags if t == "mark" and "summit-evidence-mark" in a.get("class", "")]
    assert {m["data-claims"] for m in marks} == {"geneva-talks-duration", "geneva-ambassadors"}
    # the claims list comes before the full text
    assert out.index("summit-article-claims") < out.index("summit-text")
    assert "../../claims/geneva-talks-duration/#ev-a1-" in out
    # the text is all there, as written
    assert "".join(scan(out.split('class="summit-text"', 1)[1]).text).replace("\n", "").count("وبعد محادثات استمرت أربع ساعات") == 1


def test_paragraphs_cut_spans_crossing_lines_and_keep_one_anchor():
    text = "سطر أول\nسطر ثان"
    paras = paragraphs(text, [(4, 11, "c", "frag")])
    anchors = [a for p in paras for seg in p for a in seg.anchors]
    assert anchors == [anchor(4, 11)]
    covered = "".join(seg.text for p in paras for seg in p if seg.claims)
    assert covered == "أولسطر"


def test_event_page_lists_conflicts_first(site):
    out = site.render(_page(site, "event", "geneva"))
    assert out.index("geneva-talks-duration") < out.index("geneva-ambassadors")
    assert "مقالان" in out


def test_index_page_counts_downloads_and_filters(site):
    out = site.render(_page(site, "index"))
    doc = scan(out)
    counts = [int(x) for x in re.findall(r"<strong>(\d+)</strong>", out)]
    assert counts == [2, 1, 2, 1]  # articles, events, claims, conflicts
    hrefs = [a["href"] for t, a in doc.tags if t == "a"]
    assert "claims.json" in hrefs and "claims.csv" in hrefs
    selects = {a["name"] for t, a in doc.tags if t == "select"}
    assert selects == {"status", "event"}
    rows = [a for t, a in doc.tags if t == "tr" and "data-status" in a]
    assert [r["data-status"] for r in rows] == ["conflicting", "single-source"]
    assert "articles/bad.txt" in out


def test_templates_dir_overrides_one_template(tmp_path):
    (tmp_path / "claim.html").write_text("<p>مخصص {{ claim.title }}</p>", encoding="utf-8")
    site = Site(make_report(), Layout(), templates_dir=tmp_path)
    assert site.render(_page(site, "claim", "geneva-talks-duration")) == "<p>مخصص مدة المحادثات في قمة جنيف</p>"
    assert "summit-counts" in site.render(_page(site, "index"))


def test_prefix_and_plain_urls_give_working_relative_links():
    site = Site(make_report(), Layout(prefix="fact-check/", directory_urls=False))
    out = site.render(_page(site, "claim", "geneva-talks-duration"))
    assert 'href="../articles/a1.html#ev-' in out
    assert 'href="../events/geneva.html"' in out


# -- claims.csv --------------------------------------------------------------------------
def test_csv_one_row_per_evidence_and_no_formulas():
    report = make_report()
    report.claims[0].evidence[0].excerpt = "=HYPERLINK(\"http://x\")"
    text = report_csv(report)
    assert text.startswith("\ufeff")
    rows = list(csv.DictReader(io.StringIO(text[1:])))
    assert len(rows) == sum(len(c.evidence) for c in report.claims)
    assert tuple(rows[0].keys()) == COLUMNS
    assert rows[0]["excerpt"].startswith("'=")
    durations = [r for r in rows if r["claim_id"] == "geneva-talks-duration"]
    assert [r["value"] for r in durations] == ["240", "210", "300"]
    assert durations[1]["value_min"] == "189" and durations[2]["modality"] == "planned"
    assert durations[0]["article_page"].startswith("articles/a1/#ev-")


# -- a real build: nav, assets, no external requests ------------------------------------------
def _build(tmp_path: Path, extra_yaml: str = "", extra_files: dict | None = None) -> Path:
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8") + extra_yaml
    return build_demo(tmp_path / "w", config, extra_files)[0]


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    return _build(tmp_path_factory.mktemp("demo"))


def _nav_titles(index_html: str) -> list[str]:
    nav = index_html.split('class="md-nav md-nav--primary"', 1)[1].split("</nav>\n</div>", 1)[0]
    return [html.unescape(t).strip() for t in re.findall(r'<span class="md-ellipsis">\s*(.*?)\s*</span>', nav, re.S)]


@pytest.mark.slow
def test_demo_nav_sections(demo):
    titles = _nav_titles((demo / "index.html").read_text(encoding="utf-8"))
    for section in ("الرئيسية", "الأحداث", "الادعاءات", "المقالات"):
        assert section in titles
    assert titles.index("الأحداث") < titles.index("الادعاءات") < titles.index("المقالات")


@pytest.mark.slow
def test_user_nav_entries_are_kept(tmp_path):
    public = _build(
        tmp_path,
        extra_yaml="nav:\n  - عن الموقع: about.md\n  - https://example.org/\n",
        extra_files={"about.md": "# عن الموقع\n\nصفحة كتبها المحرر.\n"},
    )
    titles = _nav_titles((public / "about" / "index.html").read_text(encoding="utf-8"))
    assert titles[:2] == ["الرئيسية", "عن الموقع"]
    assert "الادعاءات" in titles and "المقالات" in titles


@pytest.mark.slow
def test_demo_makes_no_external_request(demo):
    """Every resource the built pages load is inside the site; only plain links may point out."""
    for page in demo.rglob("*.html"):
        doc = scan(page.read_text(encoding="utf-8"))
        for tag, attrs in doc.tags:
            for key in ("src", "srcset", "poster", "data"):
                if key in attrs:
                    assert not re.match(r"^(https?:)?//", attrs[key]), (page, tag, attrs)
            if tag == "link" and "href" in attrs:
                assert not re.match(r"^(https?:)?//", attrs["href"]), (page, attrs)
            if tag == "a" and re.match(r"^(https?:)?//", attrs.get("href", "")):
                # links out: material's credit and articles' original addresses (rel=nofollow)
                assert "squidfunk" in attrs["href"] or "nofollow" in attrs.get("rel", ""), (page, attrs)
    for css in demo.rglob("*.css"):
        assert not re.search(r"url\(\s*['\"]?(https?:)?//", css.read_text(encoding="utf-8")), css
        assert "@import" not in css.read_text(encoding="utf-8") or css.name.startswith("main")


@pytest.mark.slow
def test_demo_claim_pages_have_jsonld_and_csv(demo):
    doc = json.loads((demo / "claims.json").read_text(encoding="utf-8"))
    for claim in doc["claims"]:
        page = (demo / claim["page_url"] / "index.html").read_text(encoding="utf-8")
        head = page.split("</head>", 1)[0]
        blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', head, re.S)
        assert len(blocks) == 1
        assert json.loads(blocks[0])["itemReviewed"]["name"] == claim["title"]
    rows = list(csv.DictReader(io.StringIO((demo / "claims.csv").read_text(encoding="utf-8-sig"))))
    assert len(rows) == sum(len(c["evidence"]) for c in doc["claims"])
    index = (demo / "index.html").read_text(encoding="utf-8")
    assert 'href="claims.csv"' in index and 'href="claims.json"' in index
    assert 'dir="rtl"' in index
