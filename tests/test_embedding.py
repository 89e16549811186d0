"""Embedding: the plugin added to an existing site (tests/data/embed_site) with `prefix: fact-check/`.

The fixture site has its own home page, another page and a `nav:`; it is built
with mkdocs-material and with MkDocs' default `mkdocs` theme, both `--strict`.
Its own pages and nav stay as they were; every generated file lives under
`fact-check/`; every link of every page leads to a file of the site. The
fixture also carries an editor's `claims.yml` (a title and a verdict) and one
article with front matter, one without, so the build shows what flows from
them to the pages.
"""
from __future__ import annotations

import html as htmlmod
import json
import posixpath
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from .conftest import ROOT

pytestmark = pytest.mark.slow

FIXTURE = ROOT / "tests" / "data" / "embed_site"
PREFIX = "fact-check/"
THEMES = {
    "material": {"name": "material", "language": "ar", "direction": "rtl", "font": False},
    "mkdocs": {"name": "mkdocs", "highlightjs": False},
}


@pytest.fixture(scope="module", params=sorted(THEMES))
def built(request, tmp_path_factory):
    work = tmp_path_factory.mktemp(f"embed-{request.param}")
    shutil.copytree(FIXTURE, work, dirs_exist_ok=True)
    config = yaml.safe_load((FIXTURE / "mkdocs.yml").read_text(encoding="utf-8"))
    config["theme"] = THEMES[request.param]
    (work / "mkdocs.yml").write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(work / "public")],
        cwd=work, capture_output=True, text=True, env={**__import__("os").environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    assert proc.returncode == 0, proc.stderr
    return request.param, work, work / "public", proc


def _html_files(public: Path) -> list[Path]:
    return sorted(public.rglob("*.html"))


def test_user_pages_and_docs_untouched(built):
    _, work, public, _ = built
    assert "غرفة الأخبار" in (public / "index.html").read_text(encoding="utf-8")
    assert "فريق صغير من المحررين" in (public / "about" / "index.html").read_text(encoding="utf-8")
    # nothing written into the docs folder
    assert sorted(p.relative_to(work / "docs").as_posix() for p in (work / "docs").rglob("*") if p.is_file()) == sorted(
        p.relative_to(FIXTURE / "docs").as_posix() for p in (FIXTURE / "docs").rglob("*") if p.is_file()
    )


def test_generated_files_live_under_the_prefix(built):
    theme, _, public, _ = built
    own = {"index.html", "about/index.html", "404.html"}
    for page in _html_files(public):
        rel = page.relative_to(public).as_posix()
        assert rel in own or rel.startswith(PREFIX), rel
    doc = json.loads((public / PREFIX / "claims.json").read_text(encoding="utf-8"))
    assert not (public / "claims.json").exists() and not (public / "claims.csv").exists()
    assert (public / PREFIX / "claims.csv").is_file()
    assert (public / PREFIX / "assets" / "summit" / "summit.css").is_file()
    assert (public / PREFIX / "assets" / "summit" / "summit.js").is_file()
    assert not (public / "assets" / "summit").exists()
    for item in doc["articles"] + doc["events"] + doc["claims"]:
        assert item["page_url"].startswith(PREFIX)
        assert (public / item["page_url"] / "index.html").is_file(), item["page_url"]
    assert (public / PREFIX / "index.html").is_file()


def test_every_link_resolves(built):
    """Every relative href/src of every page (the user's and the generated) names a file of the site."""
    _, _, public, _ = built
    broken = []
    for page in _html_files(public):
        text = page.read_text(encoding="utf-8")
        base = page.parent.relative_to(public).as_posix()
        for url in re.findall(r'(?:href|src)="([^"]*)"', text):
            url = htmlmod.unescape(url).split("#")[0].split("?")[0]
            if not url or re.match(r"^[a-z]+:", url) or url.startswith("//"):
                continue
            path = url.lstrip("/") if url.startswith("/") else posixpath.join(base, url)  # 404.html: from the root
            target = public / posixpath.normpath(path)
            if not (target.is_file() or (target / "index.html").is_file()):
                broken.append(f"{page.relative_to(public)}: {url}")
    assert not broken, broken


def test_nav_keeps_the_users_entries_and_adds_one_section(built):
    theme, _, public, _ = built
    text = (public / "about" / "index.html").read_text(encoding="utf-8")
    positions = [text.find(label) for label in ("عن الفريق", "التحقق من الادعاءات", "كل الادعاءات", "الأحداث", "المقالات")]
    assert -1 not in positions, positions
    assert positions == sorted(positions)
    # the section's pages are linked from the user's pages
    assert 'href="../fact-check/"' in text or 'href="../fact-check/index.html"' in text


def test_search_indexes_generated_pages_under_the_prefix(built):
    _, _, public, _ = built
    index = json.loads((public / "search" / "search_index.json").read_text(encoding="utf-8"))
    locations = [d["location"] for d in index["docs"]]
    assert any(loc.startswith(PREFIX + "claims/") for loc in locations)
    assert any(loc.startswith(PREFIX + "articles/") for loc in locations)
    assert any(loc in ("about/", "about/index.html") for loc in locations)


def test_editor_verdict_and_title_reach_the_page_and_json_ld(built):
    theme, _, public, _ = built
    doc = json.loads((public / PREFIX / "claims.json").read_text(encoding="utf-8"))
    claim = next(c for c in doc["claims"] if c["id"] == "geneva-2021-06-talks-duration")
    assert claim["title"] == "كم دامت محادثات جنيف؟"
    assert claim["verdict"]["rating"] == "روايتان متعارضتان"
    assert sorted(claim["edited"]) == ["title", "verdict"]
    page = (public / claim["page_url"] / "index.html").read_text(encoding="utf-8")
    assert "حكم المحرر" in page and "روايتان متعارضتان" in page
    assert "geneva-2021-06-talks-duration</code>" in page  # the id editors write in claims.yml
    ld = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', page, re.S).group(1))
    assert ld["reviewRating"]["alternateName"] == "روايتان متعارضتان"
    assert ld["reviewRating"]["ratingExplanation"].startswith("تقول وكالة الأنباء")
    # a claim without a verdict has no rating
    other = next(c for c in doc["claims"] if c["id"] != claim["id"])
    other_page = (public / other["page_url"] / "index.html").read_text(encoding="utf-8")
    assert "reviewRating" not in other_page and "حكم المحرر" not in other_page


def test_article_metadata_from_front_matter_and_guesses(built):
    _, _, public, _ = built
    doc = json.loads((public / PREFIX / "claims.json").read_text(encoding="utf-8"))
    articles = {a["id"]: a for a in doc["articles"]}
    agency, paper = articles["geneva-agency"], articles["geneva-paper"]
    assert (agency["source"], agency["published"], agency["url"], agency["guessed"]) == (
        "وكالة الأنباء", "2021-06-16", "https://example.com/geneva-agency", [])
    assert paper["source"] == "صحيفة المساء" and paper["guessed"] == ["title", "source"]
    page = (public / agency["page_url"] / "index.html").read_text(encoding="utf-8")
    assert "وكالة الأنباء" in page and 'datetime="2021-06-16"' in page and 'href="https://example.com/geneva-agency"' in page
    assert "summit-guessed" not in page
    page = (public / paper["page_url"] / "index.html").read_text(encoding="utf-8")
    assert "صحيفة المساء" in page and "(مُستنتَج)" in page and 'data-guessed="title source"' in page
    # the claim page names each excerpt's outlet and date
    claim = (public / PREFIX / "claims" / "geneva-2021-06-talks-duration" / "index.html").read_text(encoding="utf-8")
    assert "وكالة الأنباء" in claim and "صحيفة المساء" in claim and "2021-06-16" in claim


def test_default_theme_degrades_cleanly(built):
    theme, _, public, proc = built
    if theme != "mkdocs":
        pytest.skip("material: full features")
    assert "WARNING" not in proc.stderr
    page = (public / PREFIX / "claims" / "geneva-2021-06-talks-duration" / "index.html").read_text(encoding="utf-8")
    assert 'dir="rtl"' in page and "summit.css" in page and "summit.js" in page


def test_demo_site_has_the_user_guide(tmp_path):
    """The demo site's guide (site/guide/) builds under --strict, sits in the nav, and is not read as articles."""
    shutil.copytree(ROOT / "site", tmp_path / "site")
    shutil.copy(ROOT / "mkdocs.yml", tmp_path / "mkdocs.yml")
    proc = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(tmp_path / "public")],
        cwd=tmp_path, capture_output=True, text=True, env={**__import__("os").environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    assert proc.returncode == 0, proc.stderr
    public = tmp_path / "public"
    for page in ("guide", "guide/overrides", "guide/command-line", "guide/statuses"):
        assert (public / page / "index.html").is_file(), page
    guide = (public / "guide" / "overrides" / "index.html").read_text(encoding="utf-8")
    assert 'dir="rtl"' in guide and "claims.yml" in guide
    home = (public / "index.html").read_text(encoding="utf-8")
    assert "دليل الاستخدام" in home and 'href="guide/"' in home
    doc = json.loads((public / "claims.json").read_text(encoding="utf-8"))
    assert not [a for a in doc["articles"] if "guide" in a["path"]]
    assert (public / "index.html").is_file() and doc["claims"]  # the generated home stays the home


@pytest.mark.parametrize("overrides_yaml, option, message", [
    ("no-such-claim:\n  title: x\n", None, "claims.yml:1: no claim with id 'no-such-claim'"),
    (None, "editors/claims.yml", "editors/claims.yml: overrides file not found"),
])
def test_override_problems_fail_a_strict_build(tmp_path, overrides_yaml, option, message):
    shutil.copytree(FIXTURE, tmp_path, dirs_exist_ok=True)
    if overrides_yaml is not None:
        (tmp_path / "claims.yml").write_text(overrides_yaml, encoding="utf-8")
    if option is not None:
        config = yaml.safe_load((FIXTURE / "mkdocs.yml").read_text(encoding="utf-8"))
        config["plugins"][1]["summit"]["overrides"] = option
        (tmp_path / "mkdocs.yml").write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(tmp_path / "public")],
        cwd=tmp_path, capture_output=True, text=True, env={**__import__("os").environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    assert proc.returncode == 1
    assert message in proc.stderr and "WARNING" in proc.stderr
