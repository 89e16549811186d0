"""End to end: `mkdocs build --strict` of the demo site, and what it writes."""
import json
import subprocess
import sys

import pytest


from .conftest import ROOT, build_demo

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    work = tmp_path_factory.mktemp("demo")
    return work, build_demo(work)[1]


def test_no_file_written_into_the_docs(built):
    work, _ = built
    assert sorted(p.relative_to(work / "site").as_posix() for p in (work / "site").rglob("*") if p.is_file()) == sorted(
        p.relative_to(ROOT / "site").as_posix() for p in (ROOT / "site").rglob("*") if p.is_file()
    )


def test_claims_json_pages_and_offsets(built):
    work, _ = built
    public = work / "public"
    doc = json.loads((public / "claims.json").read_text(encoding="utf-8"))
    texts = {}
    for article in doc["articles"]:
        assert (public / article["page_url"] / "index.html").is_file()
        from mkdocs_summit_plugin.reading.articles import read_article

        src = work / "site" / article["path"]
        texts[article["id"]] = read_article(src, src.parent)[0].text
    assert doc["claims"], "the demo site has claims"
    for claim in doc["claims"]:
        page = public / claim["page_url"] / "index.html"
        assert page.is_file(), claim["page_url"]
        html = page.read_text(encoding="utf-8")
        assert 'dir="rtl"' in html
        for e in claim["evidence"]:
            assert texts[e["article"]][e["start"]:e["end"]] == e["excerpt"]
    for event in doc["events"]:
        assert (public / event["page_url"] / "index.html").is_file()
    assert (public / "index.html").is_file()
    assert (public / "search" / "search_index.json").is_file()


def test_build_and_command_line_agree(built, tmp_path):
    work, _ = built
    out = tmp_path / "c.json"
    subprocess.run(
        [sys.executable, "-m", "mkdocs_summit_plugin", "extract", str(work / "site" / "articles"), "--out", str(out)],
        check=True, capture_output=True,
    )
    assert json.loads(out.read_text(encoding="utf-8")) == json.loads((work / "public" / "claims.json").read_text(encoding="utf-8"))


def test_every_claim_is_linked_from_the_index(built):
    work, _ = built
    doc = json.loads((work / "public" / "claims.json").read_text(encoding="utf-8"))
    index = (work / "public" / "index.html").read_text(encoding="utf-8")
    for claim in doc["claims"]:
        assert f'href="{claim["page_url"]}"' in index
