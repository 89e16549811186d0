"""The demo site in a real headless Chromium (Debian's chromium + chromium-driver, driven by Selenium).

The site is built once, served from 127.0.0.1 by ``http.server``, and every
test checks afterwards that the browser logged no console error and sent no
request outside that server. Screenshots go to ``tests/artifacts/`` (git-
ignored); with ``SUMMIT_UPDATE_SCREENSHOTS=1`` they are also copied to
``docs/screenshots/``, which the README shows.
"""
from __future__ import annotations

import functools
import json
import os
import shutil
import tempfile
import threading
import time
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import quote, unquote, urlsplit

import pytest

from mkdocs_summit_plugin.publish import search

from .conftest import ROOT, build_demo

CHROMIUM = shutil.which("chromium") or ("/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None)
CHROMEDRIVER = shutil.which("chromedriver") or ("/usr/bin/chromedriver" if Path("/usr/bin/chromedriver").exists() else None)
try:
    import selenium  # noqa: F401

    HAVE_SELENIUM = True
except ImportError:  # pragma: no cover
    HAVE_SELENIUM = False

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not (CHROMIUM and CHROMEDRIVER), reason="Debian's chromium and chromium-driver are not installed (bash scripts/setup.sh test installs them)"),
    pytest.mark.skipif(not HAVE_SELENIUM, reason="selenium is not installed (pip install -e '.[test]')"),
]

ARTIFACTS = ROOT / "tests" / "artifacts"
README_SHOTS = ROOT / "docs" / "screenshots"
FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--disable-default-apps", "--disable-extensions",
         "--window-size=1280,1400", "--lang=ar")


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def public(tmp_path_factory):
    return build_demo(tmp_path_factory.mktemp("browser"))[0]


@pytest.fixture(scope="module")
def server(public):
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(public)))
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/"
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture(scope="module")
def driver():
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in FLAGS:
        options.add_argument(flag)
    profile = tempfile.mkdtemp(prefix="summit-chromium-")
    options.add_argument(f"--user-data-dir={profile}")
    options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    d = webdriver.Chrome(options=options, service=Service(CHROMEDRIVER))
    d.set_page_load_timeout(30)
    yield d
    d.quit()
    shutil.rmtree(profile, ignore_errors=True)


@pytest.fixture(autouse=True)
def stays_local_and_clean(driver, server, public):
    """After each test: no console error, and no request left the local server (or, from file://, the built site)."""
    driver.get_log("browser"), driver.get_log("performance")  # start clean
    yield
    errors = [e for e in driver.get_log("browser") if e["level"] == "SEVERE"]
    assert not errors, errors
    origin = urlsplit(server)
    outside, local = [], 0
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message["method"] != "Network.requestWillBeSent":
            continue
        url = urlsplit(message["params"]["request"]["url"])
        if url.scheme in ("data", "blob", "about"):
            continue
        if url.scheme == "file" and Path(unquote(url.path)).resolve().is_relative_to(public.resolve()):
            continue
        if (url.scheme, url.hostname, url.port) != ("http", "127.0.0.1", origin.port):
            outside.append(url.geturl())
        else:
            local += 1
    assert not outside, outside
    assert local, "the network log recorded the test's own requests"


def claims(public: Path) -> list[dict]:
    return json.loads((public / "claims.json").read_text(encoding="utf-8"))["claims"]


def conflicting_quantity_claim(public: Path) -> dict:
    found = [c for c in claims(public) if c["status"] == "conflicting" and c["kind"] == "quantity"
             and any(e["stance"] == "conflicts" and e["modality"] == "reported" for e in c["evidence"])]
    assert found, "the demo has a conflicting quantity claim"
    preferred = [c for c in found if c["id"] == "geneva-talks-duration"]
    return (preferred or found)[0]


def ambassadors_claim(public: Path) -> dict:
    scored = [(sum(("سفير" in e["excerpt"] or "سفراء" in e["excerpt"]) for e in c["evidence"]), c) for c in claims(public)]
    score, claim = max(scored, key=lambda sc: sc[0])
    assert score >= 2
    return claim


def wait_for(predicate, timeout: float = 10.0, interval: float = 0.05):
    end = time.monotonic() + timeout
    while True:
        value = predicate()
        if value or time.monotonic() > end:
            return value
        time.sleep(interval)


def screenshot(driver, name: str) -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / name
    driver.save_screenshot(str(path))
    if os.environ.get("SUMMIT_UPDATE_SCREENSHOTS") == "1":
        README_SHOTS.mkdir(parents=True, exist_ok=True)
        shutil.copy(path, README_SHOTS / name)
    return path


def in_viewport(driver, element) -> bool:
    return driver.execute_script(
        "const r = arguments[0].getBoundingClientRect();"
        "return r.height > 0 && r.top >= 0 && r.bottom <= window.innerHeight;", element)


def test_home_page_is_right_to_left_with_counts(driver, server, public):
    from selenium.webdriver.common.by import By

    driver.get(server)
    assert driver.execute_script("return document.body.dir") == "rtl"  # material sets dir on <body>
    assert driver.execute_script("return getComputedStyle(document.body).direction") == "rtl"
    assert driver.execute_script("return document.documentElement.lang") == "ar"
    content = driver.find_element(By.CSS_SELECTOR, ".summit-index")
    assert driver.execute_script("return getComputedStyle(arguments[0]).direction", content) == "rtl"
    counts = [int(e.text) for e in driver.find_elements(By.CSS_SELECTOR, ".summit-counts strong")]
    assert counts[2] == len(claims(public)) and counts[3] == sum(c["status"] == "conflicting" for c in claims(public))
    assert driver.find_element(By.CSS_SELECTOR, 'a[href="claims.csv"]').is_displayed()
    # the table filters: status "conflicting" leaves only conflicting rows
    from selenium.webdriver.support.ui import Select

    Select(driver.find_element(By.CSS_SELECTOR, "select[name=status]")).select_by_value("conflicting")
    rows = [r for r in driver.find_elements(By.CSS_SELECTOR, "table[data-summit-table] tbody tr") if r.is_displayed()]
    assert rows and all(r.get_attribute("data-status") == "conflicting" for r in rows)
    Select(driver.find_element(By.CSS_SELECTOR, "select[name=status]")).select_by_value("")
    # sorting by sources puts the largest number last, then first
    button = driver.find_element(By.CSS_SELECTOR, "[data-sort-col='3']")
    button.click()
    button.click()
    first = driver.find_element(By.CSS_SELECTOR, "table[data-summit-table] tbody tr td:nth-child(4)")
    assert int(first.text) == max(len({e["article"] for e in c["evidence"]}) for c in claims(public))
    driver.get(server)
    screenshot(driver, "home.png")


def test_conflicting_claim_page_shows_both_values_and_the_chart(driver, server, public):
    from selenium.webdriver.common.by import By

    claim = conflicting_quantity_claim(public)
    driver.get(server + claim["page_url"])
    assert driver.find_element(By.CSS_SELECTOR, ".summit-badge--conflicting").text == "متعارض"
    assert driver.find_element(By.CSS_SELECTOR, ".summit-summary").is_displayed()
    marked = [m.text for m in driver.find_elements(By.CSS_SELECTOR, ".summit-value") if m.is_displayed()]
    for stance in ("supports", "conflicts"):
        words = {" ".join(e["value_text"].split()) for e in claim["evidence"] if e["stance"] == stance and e["modality"] == "reported"}
        assert words & {" ".join(m.split()) for m in marked}, (stance, words, marked)
    svg = driver.find_element(By.CSS_SELECTOR, "figure.summit-chart svg")
    assert svg.is_displayed() and svg.size["width"] > 300
    stances = {g.get_attribute("data-stance") for g in svg.find_elements(By.CSS_SELECTOR, "g.summit-chart__row")}
    assert stances == {"supports", "conflicts"}
    assert len(svg.find_elements(By.CSS_SELECTOR, "g.summit-chart__row")) == sum(e["value"] is not None for e in claim["evidence"])
    head = driver.execute_script("return [...document.querySelectorAll('head script[type=\"application/ld+json\"]')].map(s => s.textContent)")
    assert len(head) == 1 and json.loads(head[0])["@type"] == "ClaimReview"
    screenshot(driver, "claim-conflicting.png")


@pytest.mark.parametrize("query", ["السفراء", "السفيرين", "السُّفَرَاءُ", "إتفقنا", "والسفراء"])
def test_search_finds_the_ambassadors_claim(driver, server, public, query):
    from selenium.webdriver.common.by import By

    claim = ambassadors_claim(public)
    driver.get(server)
    driver.find_element(By.CSS_SELECTOR, "label.md-header__button[for='__search']").click() if driver.find_elements(
        By.CSS_SELECTOR, "label.md-header__button[for='__search']") and not driver.find_element(
        By.CSS_SELECTOR, "input.md-search__input").is_displayed() else None
    box = driver.find_element(By.CSS_SELECTOR, "input.md-search__input")
    box.click()
    box.send_keys(query)

    def hits():
        from selenium.common.exceptions import StaleElementReferenceException

        try:  # the result list is re-rendered while the worker answers
            links = driver.find_elements(By.CSS_SELECTOR, ".md-search-result__item a.md-search-result__link")
            return [unquote(urlsplit(a.get_attribute("href")).path) for a in links]
        except StaleElementReferenceException:
            return []

    found = wait_for(lambda: "/" + claim["page_url"] in hits())
    if not found:  # typed before the search index was ready: type the query again
        box.clear()
        box.send_keys(query)
        found = wait_for(lambda: "/" + claim["page_url"] in hits())
    assert found, (query, hits())
    # the result shows the Arabic as written
    titles = [e.text for e in driver.find_elements(By.CSS_SELECTOR, ".md-search-result__item h1")]
    assert claim["title"].split("…")[0].strip()[:12] in " ".join(titles)


def test_article_links_land_on_the_highlighted_excerpt(driver, server, public):
    from selenium.webdriver.common.by import By

    claim = conflicting_quantity_claim(public)
    driver.get(server + claim["page_url"])
    link = driver.find_elements(By.CSS_SELECTOR, ".summit-evidence-group--conflicts a.summit-source-link")[0]
    target = link.get_attribute("href")
    link.click()
    wait_for(lambda: driver.current_url == target)
    fragment = urlsplit(driver.current_url).fragment
    assert fragment.startswith("ev-")
    marks = wait_for(lambda: driver.find_elements(By.CSS_SELECTOR, ".summit-evidence-mark--target"))
    assert marks, "the excerpt named in the address is highlighted"
    assert any(in_viewport(driver, m) for m in marks), "and scrolled into view"
    e = next(e for e in claim["evidence"] if e["stance"] == "conflicts")
    assert " ".join(e["value_text"].split()) in " ".join(" ".join(m.text for m in marks).split())
    # the highlighted text links back to its claim
    back = marks[0].find_element(By.TAG_NAME, "a").get_attribute("href")
    assert claim["page_url"] in unquote(back)


def test_javascript_folding_in_chromium_equals_python(driver, server):
    driver.get(server)
    strings = ["السُّفَرَاءُ", "إتفقنا", "القـ.ـضايا", "٤ ساعات", "مستشفى", "مدرسة", "والسفيرين", "CNN عربي", "ﻻ"]
    code = search.script((ROOT / "templates" / "summit-search.js").read_text(encoding="utf-8"))
    got = driver.execute_script(code + "\nreturn arguments[0].map(s => window.summitSearch.keys(s));", strings)
    assert got == search.keys_many(strings)


def test_event_page_lists_conflicts_first(driver, server, public):
    from selenium.webdriver.common.by import By

    events = json.loads((public / "claims.json").read_text(encoding="utf-8"))["events"]
    event = max(events, key=lambda ev: sum(c["event"] == ev["id"] for c in claims(public)))
    driver.get(server + quote(event["page_url"]))
    statuses = [r.get_attribute("data-status") for r in driver.find_elements(By.CSS_SELECTOR, "table[data-summit-table] tbody tr")]
    order = {"conflicting": 0, "consistent": 1, "single-source": 2}
    assert statuses == sorted(statuses, key=order.get)


def test_site_works_from_file_urls(driver, server, public):
    """Opened from disk: no console error, search works (index as a script, worker in an iframe), folder links open."""
    from selenium.webdriver.common.by import By

    claim = ambassadors_claim(public)
    driver.get((public / "index.html").as_uri())
    box = driver.find_element(By.CSS_SELECTOR, "input.md-search__input")
    box.click()
    box.send_keys("السفيرين")

    def result():
        for a in driver.find_elements(By.CSS_SELECTOR, ".md-search-result__item a.md-search-result__link"):
            if unquote(urlsplit(a.get_attribute("href")).path).endswith("/" + claim["page_url"]):
                return a
        return None

    link = wait_for(result)
    assert link is not None, "search finds the claim from file://"
    link.click()
    assert wait_for(lambda: driver.current_url.split("?")[0].endswith(claim["page_url"] + "index.html"))
    assert driver.find_element(By.CSS_SELECTOR, ".summit-claim").is_displayed()
    driver.find_element(By.CSS_SELECTOR, ".summit-event-link a").click()
    assert wait_for(lambda: driver.current_url.endswith("/index.html") and "/events/" in driver.current_url)
    driver.get(server)  # back on the server, so the network check has a local request to see
