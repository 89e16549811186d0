"""Bad input, end to end: a corpus of bad articles (tests/data/bad/ plus files generated here),
built with `mkdocs build` and `mkdocs build --strict`.

Each bad file gives one log line naming it and saying what was done, and an entry in
claims.json's `skipped` or `warnings`; the good articles are built all the same; under
--strict the warnings fail the build.
"""
from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path
from urllib.parse import quote

import pytest
import yaml

from mkdocs_summit_plugin import extraction, pipeline
from mkdocs_summit_plugin.reading.articles import read_articles
from mkdocs_summit_plugin.reading.names import page_slug

from .conftest import ROOT, SAMPLE_ARTICLES, write_mkdocs_yml

BAD = ROOT / "tests" / "data" / "bad"
EXPECTED = yaml.safe_load((BAD / "expected.yaml").read_text(encoding="utf-8"))
BODY = "قال المتحدث باسم الكرملين إن المحادثات في جنيف استمرت أربع ساعات.\n"
UNSAFE = "unsafe #?%&<>\"' name"
CONTROL = "evil\u202e\nname"

# Files generated at test time (name -> expected outcome and log fragment).
GENERATED = {
    "binary.txt": {"outcome": "skipped", "message": "binary file (contains NUL bytes): skipped"},
    "control-bytes.md": {"outcome": "skipped", "message": "binary file (mostly control characters): skipped"},
    "huge.txt": {"outcome": "skipped", "message": "too large (20.0 MiB, the limit is 1.0 MiB): skipped"},
    f"{UNSAFE}.txt": {"outcome": "ok", "page_url": "articles/unsafe-name/"},
    "a b.txt": {"outcome": "ok", "page_url": "articles/a-b/"},
    "a-b.txt": {"outcome": "skipped", "message": "its page address 'articles/a-b/' is already taken by articles/a b.txt: skipped"},
    f"{CONTROL}.txt": {"outcome": "ok", "shown": "articles/evil\\u202e\\u000aname.txt"},
    "link-outside.txt": {"outcome": "skipped", "message": "symbolic link to a file outside the articles folder: refused"},
    "loop.txt": {"outcome": "skipped", "message": "symbolic link that loops: refused"},
}
GOOD = ["000_e735d14120a04b7f", "001_0a1375d98b8308ea"]  # two demo articles, which must come through untouched


def make_corpus(articles: Path, outside: Path) -> None:
    shutil.copytree(BAD, articles)
    (articles / "expected.yaml").unlink()
    for stem in GOOD:
        shutil.copy(SAMPLE_ARTICLES / f"{stem}.txt", articles)
    (articles / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    (articles / "control-bytes.md").write_bytes(bytes(range(1, 32)) * 40)
    with open(articles / "huge.txt", "wb") as f:  # 20 MiB of real Arabic prose
        line = (BODY * 8).encode("utf-8")
        f.write(line * (20 * 1024 * 1024 // len(line)))
        f.truncate(20 * 1024 * 1024)
    for name in (f"{UNSAFE}.txt", "a b.txt", "a-b.txt", f"{CONTROL}.txt"):
        (articles / name).write_text("عنوان\n\n" + BODY, encoding="utf-8")
    outside.mkdir(exist_ok=True)
    (outside / "secret.txt").write_text("سر لا ينشر\n" + BODY, encoding="utf-8")
    (articles / "link-outside.txt").symlink_to(outside / "secret.txt")
    (articles / "loop.txt").symlink_to(articles / "loop.txt")


def all_expected() -> dict:
    return {**EXPECTED, **GENERATED}


def shown(name: str) -> str:
    return GENERATED.get(name, {}).get("shown") or f"articles/{name}"


def write_site(work: Path, strict_extra: str = "", cache: str = "false") -> None:
    (work / "docs").mkdir(parents=True, exist_ok=True)
    write_mkdocs_yml(work, "bad input", f"articles_dir: articles\ncache_dir: {cache}", extra=strict_extra)


def mkdocs(work: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "mkdocs", "build", "--site-dir", str(work / "public"), *args],
                          cwd=work, capture_output=True, text=True, timeout=300)


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    work = tmp_path_factory.mktemp("bad")
    write_site(work)
    make_corpus(work / "docs" / "articles", work / "outside")
    proc = mkdocs(work)
    assert proc.returncode == 0, proc.stderr
    doc = json.loads((work / "public" / "claims.json").read_text(encoding="utf-8"))
    return work, proc, doc


@pytest.mark.slow
def test_every_bad_file_gets_one_log_line_and_an_entry_in_claims_json(built):
    work, proc, doc = built
    warnings = [line for line in proc.stderr.splitlines() if line.startswith("WARNING")]
    skipped = {e["path"]: e["reason"] for e in doc["skipped"]}
    warned: dict[str, list[str]] = {}
    for e in doc["warnings"]:
        warned.setdefault(e["path"], []).append(e["message"])
    for name, exp in all_expected().items():
        path = shown(name)
        lines = [w for w in warnings if re.match(rf"WARNING\s+-\s+\S+: {re.escape(path)}: ", w)]
        if exp["outcome"] == "ok":
            assert not lines, (name, lines)
            assert path not in skipped and path not in warned, name
            continue
        assert len(lines) == 1, (name, lines)
        assert exp["message"] in lines[0], (name, lines[0])
        if exp["outcome"] == "skipped":
            assert exp["message"] in skipped[path]
        else:
            assert warned[path] == [lines[0].split(f" {path}: ", 1)[1]]
    # nothing vanishes: every file is an article or a listed problem
    listed = {a["path"] for a in doc["articles"]} | set(skipped) | set(warned)
    assert {shown(n) for n in all_expected()} <= listed
    assert {a["id"] for a in doc["articles"]} >= set(GOOD)


@pytest.mark.slow
def test_read_articles_get_pages_at_safe_urls_and_keep_their_ids(built):
    work, _, doc = built
    by_path = {a["path"]: a for a in doc["articles"]}
    for name, exp in all_expected().items():
        if exp["outcome"] == "skipped":
            assert shown(name) not in by_path, name
            continue
        article = by_path[shown(name)]
        assert article["id"] == Path(name).stem  # claims.json's id is the file stem, as written
        if "title" in exp:
            assert article["title"] == exp["title"]
        if "page_url" in exp:
            assert article["page_url"] == exp["page_url"]
        url = article["page_url"]
        assert re.fullmatch(r"articles/[^\s#?%&<>\"'/\\]+/", url), url
        page = work / "public" / url / "index.html"
        assert page.is_file(), url
        # MkDocs links the page from the nav with its own (percent-encoded) URL
        assert quote(url) in (work / "public" / "index.html").read_text(encoding="utf-8") or url in (
            work / "public" / "index.html").read_text(encoding="utf-8")
    crlf = next(a for a in doc["articles"] if a["id"] == "crlf")
    html = (work / "public" / crlf["page_url"] / "index.html").read_text(encoding="utf-8")
    assert "\r" not in html.split('<div class="summit-text">', 1)[1]


@pytest.mark.slow
def test_good_articles_come_through_as_without_the_bad_ones(built, sample_claims_json):
    _, _, doc = built
    for stem in GOOD:
        got = [e for c in doc["claims"] for e in c["evidence"] if e["article"] == stem]
        assert got, stem
        assert all(e["excerpt"] for e in got)


@pytest.mark.slow
def test_strict_build_fails_on_the_warnings(built, tmp_path):
    work, _, _ = built
    proc = mkdocs(work, "--strict")
    assert proc.returncode == 1
    assert re.search(r"Aborted with \d+ warnings in strict mode", proc.stdout + proc.stderr), proc.stdout[-500:]


@pytest.mark.slow
def test_missing_articles_folder_is_a_clear_error(tmp_path):
    write_site(tmp_path)
    proc = mkdocs(tmp_path)
    assert proc.returncode == 1
    assert "summit: articles_dir 'articles' does not exist" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_reader_unit_outcomes_match_the_build(tmp_path):
    articles = tmp_path / "articles"
    make_corpus(articles, tmp_path / "outside")
    read, problems = read_articles([articles])
    by_path = {a.path: a for a in read}
    msgs = {}
    for p in problems:
        msgs.setdefault(p.path, []).append(p)
    for name, exp in all_expected().items():
        path = shown(name)
        if exp["outcome"] == "skipped":
            assert path not in by_path and any(p.skipped for p in msgs[path]), name
        elif exp["outcome"] == "warning":
            assert path in by_path and all(not p.skipped for p in msgs[path]), name
        else:
            assert path in by_path and path not in msgs, name
    assert "\r" not in by_path["articles/crlf.txt"].text
    assert by_path["articles/utf16.txt"].title == "عنوان بترميز UTF-16"
    assert by_path["articles/windows-1256.txt"].title == "عنوان بترميز ويندوز العربي"
    assert "\ufffd" in by_path["articles/invalid-utf8.txt"].text


def test_size_limit_is_checked_before_reading(tmp_path, monkeypatch):
    """The 20 MB file is refused from its size: its bytes are never read."""
    articles = tmp_path / "articles"
    articles.mkdir()
    with open(articles / "huge.txt", "wb") as f:
        f.truncate(20 * 1024 * 1024)
    read = []
    original = Path.read_bytes
    monkeypatch.setattr(Path, "read_bytes", lambda self: read.append(self) or original(self))
    _, problems = read_articles([articles])
    assert read == [] and "too large" in problems[0].message


def test_page_slugs():
    assert page_slug("مقال عن القمة") == "مقال-عن-القمة"
    assert page_slug(UNSAFE) == "unsafe-name"
    assert page_slug("../../etc/passwd") == "etc-passwd"
    assert page_slug("???") == "article"
    assert page_slug("000_e735d14120a04b7f") == "000_e735d14120a04b7f"  # plain ids are their own slug
    assert page_slug("مقالٌ") == "مقالٌ"  # marks are kept


def test_one_article_failing_in_extraction_does_not_stop_the_others(tmp_path, monkeypatch):
    articles = tmp_path / "articles"
    articles.mkdir()
    for stem in GOOD:
        shutil.copy(SAMPLE_ARTICLES / f"{stem}.txt", articles)
    original = extraction.extract_mentions

    def flaky(article, sentences, options=extraction.Options()):
        if article.id == GOOD[0]:
            raise ValueError("boom")
        return original(article, sentences, options)

    monkeypatch.setattr(extraction, "extract_mentions", flaky)
    report = pipeline.build_report([articles])
    assert [a.id for a in report.articles] == GOOD  # the article keeps its page
    assert {e.article for c in report.claims for e in c.evidence} == {GOOD[1]}
    (problem,) = report.problems
    assert problem.path == f"articles/{GOOD[0]}.txt" and not problem.skipped
    assert "claims could not be extracted (ValueError: boom)" in problem.message


def test_unreadable_file_is_skipped(tmp_path, monkeypatch):
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "locked.txt").write_text(BODY, encoding="utf-8")
    (articles / "ok.txt").write_text(BODY, encoding="utf-8")
    original = Path.read_bytes

    def read_bytes(self):
        if self.name == "locked.txt":
            raise PermissionError(13, "Permission denied")
        return original(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    read, problems = read_articles([articles])
    assert [a.id for a in read] == ["ok"]
    assert problems[0].message == "cannot be read (Permission denied): skipped"


@pytest.mark.slow
def test_nothing_outside_the_articles_folder_reaches_the_site(built):
    """The refused symlink is not copied into the site as a static file either."""
    work, _, _ = built
    leaked = [p for p in (work / "public").rglob("*") if p.is_file() and "سر لا ينشر".encode() in p.read_bytes()]
    assert leaked == []
    assert not list((work / "public").rglob("*.txt"))  # raw article files are not published
