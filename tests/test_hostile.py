"""Hostile input: HTML, <script>, event handlers, javascript: links, Markdown, Jinja2, pymdown
syntax and bidi controls in article text and front matter never execute, inject markup or alter
the templates.

* a property test (hypothesis) renders every page of a report whose every string is hostile and
  checks the HTML has exactly the tags and attributes of the same report with harmless text;
* the corpus in tests/data/hostile/ (a saved web page among them: scripts, frames, event
  handlers, javascript: links, forms, hidden text) is built with `mkdocs build` (with attr_list, md_in_html,
  admonition and snippets on) and every page is loaded in headless Chromium: no script ran.
"""
from __future__ import annotations

import functools
import http.server
import json
import re
import shutil
import socketserver
import subprocess
import sys
import threading
from html.parser import HTMLParser
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mkdocs_summit_plugin import pipeline
from mkdocs_summit_plugin.model import CONFLICTING, CONFLICTS, SUPPORTS, Article, Claim, Event, Evidence, Report
from mkdocs_summit_plugin.plugin import _stub
from mkdocs_summit_plugin.publish.pages import Site
from mkdocs_summit_plugin.publish.templates import environment
from mkdocs_summit_plugin.publish.claims_json import Layout, report_json

from .conftest import ROOT, SAMPLE_ARTICLES, write_mkdocs_yml

HOSTILE_DIR = ROOT / "tests" / "data" / "hostile"
PWN = "window.__pwned=(window.__pwned||0)+1"

FRAGMENTS = [
    "<script>alert(1)</script>", f"<script>{PWN}</script>", "</script>", "<img src=x onerror=alert(1)>",
    '" onmouseover="alert(1)', "' onfocus='alert(1)' autofocus '", "javascript:alert(1)", " JaVaScRiPt:alert(1)",
    "[رابط](javascript:alert(1))", "![صورة](x)", "<a href='javascript:alert(1)'>x</a>", "{{ 7*7 }}", "{{ config }}",
    "{% include 'x' %}", "{% raw %}", "{# x #}", "{{", "%}", "!!! note", '--8<-- "/etc/passwd"', "{: onclick=alert(1) }",
    '<div markdown="1">', "</div>", "</p>", "</bdi>", "</title>", "</textarea>", "<!--", "-->", "]]>", "<![CDATA[",
    "<style>body{display:none}</style>", "<svg onload=alert(1)>", "<base href=//evil>", "&amp;", "&lt;", "&#x3c;",
    "\u202e", "\u202b", "\u2066", "\u2067", "\u2069", "\u200f", "\u061c", "\u2028", "\u2029", "\x00", "\x1b", "\r",
    "\n", "\n\n", "\t", "`code`", "**b**", "# h", "| a | b |", "<", ">", "&", '"', "'", "\\", "/", "قال", "المحادثات",
    "أربع ساعات", "جنيف", "http://example.com/\"><script>alert(1)</script>", "https://x/?a=1&b=<2>",
]
hostile = st.lists(
    st.one_of(st.sampled_from(FRAGMENTS), st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=8)),
    max_size=8,
).map("".join)


def benign(s: str) -> str:
    """The same shape without the danger: whitespace kept, every other character 'x'
    (an http(s):// prefix is kept: the templates link only such URLs)."""
    m = re.match(r"https?://", s)
    head = m.group(0) if m else ""
    return head + "".join(c if c.isspace() else "x" for c in s[len(head):])


class Shape(HTMLParser):
    """The tags and attribute names of a page, the scripts' bodies, and the links' targets."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple] = []
        self.links: list[str] = []
        self.scripts: list[tuple[dict, str]] = []
        self._in_script: dict | None = None

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, tuple(sorted(name for name, _ in attrs))))
        for name, value in attrs:
            if name in ("href", "src", "action", "formaction", "xlink:href") and value is not None:
                self.links.append(value)
        if tag == "script":
            self._in_script = dict(attrs)
            self.scripts.append((self._in_script, ""))

    def handle_endtag(self, tag):
        self.tags.append(("/" + tag,))
        if tag == "script":
            self._in_script = None

    def handle_data(self, data):
        if self._in_script is not None:
            attrs, body = self.scripts[-1]
            self.scripts[-1] = (attrs, body + data)


def shape(html: str) -> Shape:
    p = Shape()
    p.feed(html)
    p.close()
    return p


def report_of(s: str) -> Report:
    """A report in which every string an article can carry is `s`."""
    line = f"قال المتحدث {s} إن المحادثات استمرت أربع ساعات."
    text = f"{s}\n{line}\n{s}\n"
    start = text.index(line)
    article = Article(id="a", path="articles/a.txt", text=text, title=s or "t", source=s, url=s, published=s)
    other = Article(id="b", path="articles/b.txt", text=line, title=s + "ب", source=None)
    ev = [
        Evidence("a", line, start, start + len(line), SUPPORTS, 240, 240, 240, "أربع ساعات",
                 start + line.index("أربع"), start + line.index("أربع") + len("أربع ساعات"), speaker=s, reporting_verb=s),
        Evidence("b", line, 0, len(line), CONFLICTS, 200, 180, None, s, None, None),
    ]
    claim = Claim("geneva-talks-duration", s or "t", "quantity", "geneva", "talks-duration", "minute", CONFLICTING, ev, s, 240)
    statement = Claim("geneva-statement", s + "؟", "statement", "geneva", None, None, CONFLICTING,
                      [Evidence("a", line, start, start + len(line), SUPPORTS, speaker=s)], s)
    return Report([article, other], [Event("geneva", s or "e", ("a", "b"))], [claim, statement])


@functools.lru_cache(maxsize=1)
def _env():
    return environment(None)


def render_all(report: Report, site_name: str) -> dict[str, tuple[str, str]]:
    site = Site(report, Layout(), site_name=site_name, site_url="https://example.org/")
    site.env = _env()  # templates compiled once, not per example
    return {page.src_uri: (site.render(page), str(site.head(page))) for page in site.pages()}


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(hostile)
def test_hostile_strings_never_change_the_markup(s):
    got = render_all(report_of(s), s)
    want = render_all(report_of(benign(s)), benign(s))
    assert got.keys() == want.keys()
    for uri, (body, head) in got.items():
        g, w = shape(body + head), shape(want[uri][0] + want[uri][1])
        assert g.tags == w.tags, uri  # no tag or attribute added, removed or cut short
        for name in (t[1] for t in g.tags if len(t) > 1):
            assert not any(a.startswith("on") for a in name)
        for link in g.links:
            assert not re.match(r"\s*(javascript|data|vbscript):", link, re.I), link
        for attrs, script in g.scripts:  # the only script is ClaimReview JSON-LD, and it is the data
            assert attrs.get("type") == "application/ld+json"
            assert json.loads(script)["@type"] == "ClaimReview"
    # the other ways text leaves the plugin: claims.json, the generated page's front matter
    doc = json.loads(report_json(report_of(s)))
    assert doc["articles"][0]["title"] == (s or "t")
    stub = _stub(s)
    meta = yaml.safe_load(stub.split("---\n")[1])
    assert stub.count("\n") == 3 and isinstance(meta, dict) and set(meta) == {"title"}


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(hostile)
def test_extraction_survives_hostile_text(s):
    text = f"{s}\nقال المتحدث باسم الكرملين {s} إن المحادثات في جنيف استمرت أربع ساعات.\n{s}"
    article = Article(id="h", path="articles/h.txt", text=text, title=s or "t")
    other = Article(id="g", path="articles/g.txt", text="وقال مسؤول إن المحادثات في جنيف استمرت ثلاث ساعات.", title="g")
    report = pipeline.analyse([article, other])
    texts = {"h": text, "g": other.text}
    for claim in report.claims:
        assert re.fullmatch(r"[A-Za-z0-9_.\-]+", claim.id), claim.id
        for e in claim.evidence:
            assert texts[e.article][e.start:e.end] == e.excerpt


# -- the hostile corpus, built and loaded in a browser -------------------------------------
HOSTILE_NAME = "<svg onload=window.__pwned=1> {{ 7*7 }}"


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory):
    work = tmp_path_factory.mktemp("hostile")
    articles = work / "docs" / "articles"
    shutil.copytree(HOSTILE_DIR, articles)
    shutil.copy(SAMPLE_ARTICLES / "000_e735d14120a04b7f.txt", articles)
    (articles / f"{HOSTILE_NAME}.txt").write_text(f"<b onmouseover=\"{PWN}\">عنوان</b>\n\nقال المتحدث إن المحادثات في جنيف استمرت أربع ساعات.\n", encoding="utf-8")
    write_mkdocs_yml(work, "hostile", "cache_dir: false", extra="""\
        markdown_extensions:
          - attr_list
          - md_in_html
          - admonition
          - pymdownx.snippets
        """)
    proc = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(work / "public")],
                          cwd=work, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    return work / "public"


def generated_pages(public: Path) -> list[str]:
    doc = json.loads((public / "claims.json").read_text(encoding="utf-8"))
    urls = [""] + [x["page_url"] for kind in ("articles", "events", "claims") for x in doc[kind]]
    assert any("hostile" in u for u in urls) and len(doc["claims"]) >= 2
    return urls


@pytest.mark.slow
def test_hostile_corpus_builds_without_injected_markup(hostile_site):
    public = hostile_site
    for url in generated_pages(public):
        html = (public / url / "index.html").read_text(encoding="utf-8")
        page = shape(html)
        bad = [t for t in page.tags if len(t) > 1 and any(a.startswith("on") for a in t[1])]
        assert bad == [], (url, bad)
        assert not [link for link in page.links if re.match(r"\s*javascript:", link, re.I)], url
        for attrs, body in page.scripts:
            assert "__pwned" not in body or attrs.get("type") == "application/ld+json" or "search" in body[:200], url
    article = (public / "articles" / "hostile-html" / "index.html").read_text(encoding="utf-8")
    assert "&lt;script&gt;window.__pwned" in article  # shown as text
    assert "{{ 7*7 }}" in article and "49" not in re.sub(r"<[^>]+>", "", article.split('class="summit-text"')[1])[:2000]
    # a saved page (hostile-page.html): plain text only, never its scripts, frames, forms or hidden text
    page = (public / "articles" / "hostile-page" / "index.html").read_text(encoding="utf-8")
    text = page.split('class="summit-text"')[1]
    assert "HIDDEN-" not in page and "onerror" not in text and "javascript:" not in text.lower()
    assert "عودة السفيرين" in text and "&lt;script&gt;window.__pwned" in text  # what the page shows as text, as text
    assert not list(public.rglob("hostile-page.html"))  # the raw page is never published


CHROMIUM, CHROMEDRIVER = Path("/usr/bin/chromium"), Path("/usr/bin/chromedriver")


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists() or not CHROMEDRIVER.exists():
        pytest.skip("chromium is not installed")
    import tempfile

    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    profile = tempfile.mkdtemp(prefix="summit-hostile-")
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 f"--user-data-dir={profile}"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
    driver.set_page_load_timeout(30)
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


@pytest.fixture(scope="module")
def served(hostile_site):
    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

    handler = functools.partial(Quiet, directory=str(hostile_site))
    server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


PROBE = """
const handlers = [...document.querySelectorAll('*')].filter(e => [...e.attributes].some(a => a.name.startsWith('on')));
const js = [...document.querySelectorAll('a[href], iframe[src], form[action], base[href]')]
  .filter(e => /^\\s*javascript:/i.test(e.getAttribute('href') || e.getAttribute('src') || e.getAttribute('action') || ''));
return {pwned: window.__pwned || 0, handlers: handlers.map(e => e.outerHTML.slice(0, 120)),
        js: js.map(e => e.outerHTML.slice(0, 120)), bases: document.querySelectorAll('base').length,
        title: document.title, text: (document.querySelector('.summit') || document.body).innerText};
"""


@pytest.mark.browser
@pytest.mark.slow
def test_no_script_runs_in_a_browser(hostile_site, served, browser):
    from selenium.common.exceptions import UnexpectedAlertPresentException

    seen_text = ""
    for url in generated_pages(hostile_site):
        try:
            browser.get(served + url)
            # hover and focus everything: handlers that would need an interaction get it
            browser.execute_script("document.querySelectorAll('*').forEach(e => {"
                                   "e.dispatchEvent(new MouseEvent('mouseover', {bubbles: true}));"
                                   "e.dispatchEvent(new FocusEvent('focus'));})")
            result = browser.execute_script(PROBE)
        except UnexpectedAlertPresentException as exc:  # pragma: no cover - the failure we test for
            pytest.fail(f"{url}: an alert() ran: {exc}")
        assert result["pwned"] == 0, url
        assert result["handlers"] == [], (url, result["handlers"])
        assert result["js"] == [] and result["bases"] == 0, (url, result)
        seen_text += result["text"]
    assert "<script>window.__pwned" in seen_text  # the hostile text is shown, as text
