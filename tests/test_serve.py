"""Live preview: the plugin across rebuilds, in process (as `mkdocs serve` drives it: on_startup,
a fresh config per rebuild, the same plugin instance) and with a real short-lived `mkdocs serve`."""
from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.config.defaults import MkDocsConfig


from .conftest import SAMPLE_ARTICLES, write_mkdocs_yml

ARTICLES = ["000_e735d14120a04b7f", "001_0a1375d98b8308ea", "004_45f5abd8640658e2"]
NEW_TEXT = "قمة جديدة في فيينا\n\nقال المتحدث إن المحادثات في فيينا استمرت خمس ساعات كاملة.\n"


def make_site(work: Path, articles_outside: bool = True) -> Path:
    docs = work / "docs"
    docs.mkdir(parents=True)
    articles = work / "articles" if articles_outside else docs / "articles"
    articles.mkdir()
    for stem in ARTICLES:
        shutil.copy(SAMPLE_ARTICLES / f"{stem}.txt", articles)
    rel = "../articles" if articles_outside else "articles"
    write_mkdocs_yml(work, "serve", f"articles_dir: {rel}", search=False)
    return articles


@pytest.fixture
def serve_session(tmp_path, extraction_calls):
    """Loads configs the way `mkdocs serve` does; the plugin instance survives rebuilds."""
    articles = make_site(tmp_path)
    extracted = extraction_calls

    def get_config():
        return load_config(config_file=str(tmp_path / "mkdocs.yml"), site_dir=str(tmp_path / "public"))

    first = get_config()
    first.plugins.on_startup(command="serve", dirty=False)

    def rebuild(config=None):
        extracted.clear()
        config = config or get_config()
        build(config, dirty=False)
        doc = json.loads((tmp_path / "public" / "claims.json").read_text(encoding="utf-8"))
        return config, doc

    yield tmp_path, articles, first, rebuild, extracted
    first.plugins.on_shutdown()
    MkDocsConfig.plugins.plugin_cache.clear()  # no serve state leaks into other tests


def test_rebuilds_reuse_the_plugin_and_re_extract_only_what_changed(serve_session, caplog):
    work, articles, first, rebuild, extracted = serve_session
    config, doc = rebuild(first)
    assert sorted(extracted) == ARTICLES
    plugin = config.plugins["summit"]

    # edit one article
    edited = articles / f"{ARTICLES[1]}.txt"
    edited.write_text(edited.read_text(encoding="utf-8") + "\nوقال مسؤول إن الاجتماع استمر خمس ساعات.\n", encoding="utf-8")
    config, doc = rebuild()
    assert config.plugins["summit"] is plugin  # what makes state across rebuilds possible
    assert extracted == [ARTICLES[1]]
    assert any("خمس ساعات" in e["excerpt"] for c in doc["claims"] for e in c["evidence"])

    # add one
    (articles / "new.txt").write_text(NEW_TEXT, encoding="utf-8")
    _, doc = rebuild()
    assert extracted == ["new"]
    assert "new" in {a["id"] for a in doc["articles"]}
    assert (work / "public" / "articles" / "new" / "index.html").is_file()

    # delete one: its pages go
    (articles / "new.txt").unlink()
    _, doc = rebuild()
    assert extracted == []
    assert "new" not in {a["id"] for a in doc["articles"]}
    assert not (work / "public" / "articles" / "new").exists()


def test_an_article_broken_mid_edit_keeps_its_last_good_pages(serve_session, caplog):
    work, articles, first, rebuild, extracted = serve_session
    _, good = rebuild(first)
    victim = articles / f"{ARTICLES[2]}.txt"
    text = victim.read_text(encoding="utf-8")

    for broken in (b"", b"\x00\x01half-saved"):  # truncated by the editor's save, then a garbled write
        victim.write_bytes(broken)
        caplog.clear()
        _, doc = rebuild()
        assert extracted == []  # the last good extraction came from the cache
        assert doc["articles"] == good["articles"] and doc["claims"] == good["claims"]
        (warning,) = doc["warnings"]
        assert warning["path"] == f"articles/{ARTICLES[2]}.txt"
        assert warning["message"].endswith("kept the last good version of the article")
        assert any(r.levelname == "WARNING" and "kept the last good version" in r.getMessage() for r in caplog.records)
        assert (work / "public" / "articles" / ARTICLES[2] / "index.html").is_file()

    victim.write_text(text + "\nوأضاف أن القمة المقبلة ستعقد في موسكو.\n", encoding="utf-8")
    _, doc = rebuild()
    assert extracted == [ARTICLES[2]] and doc["warnings"] == []


def test_plain_build_does_not_keep_broken_articles(tmp_path):
    """Outside `mkdocs serve` a broken article is skipped as usual (nothing is remembered)."""
    articles = make_site(tmp_path)
    config = load_config(config_file=str(tmp_path / "mkdocs.yml"), site_dir=str(tmp_path / "public"))
    build(config)
    (articles / f"{ARTICLES[2]}.txt").write_bytes(b"")
    config = load_config(config_file=str(tmp_path / "mkdocs.yml"), site_dir=str(tmp_path / "public"))
    build(config)
    doc = json.loads((tmp_path / "public" / "claims.json").read_text(encoding="utf-8"))
    assert ARTICLES[2] not in {a["id"] for a in doc["articles"]}
    assert doc["skipped"][0]["path"] == f"articles/{ARTICLES[2]}.txt"


def test_on_serve_watches_an_articles_folder_outside_docs(tmp_path):
    make_site(tmp_path)
    config = load_config(config_file=str(tmp_path / "mkdocs.yml"), site_dir=str(tmp_path / "public"))

    class Server:
        watched: list[str] = []

        def watch(self, path):
            self.watched.append(path)

    server = config.plugins.on_serve(Server(), config=config, builder=lambda: None)
    assert server.watched == [str((tmp_path / "articles").resolve())]


# -- a real `mkdocs serve` -------------------------------------------------------------
def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def fetch(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=5) as r:
            return r.status, r.read().decode("utf-8")
    except urllib.error.HTTPError as e:
        return e.code, ""


def wait_for(predicate, timeout: float = 60.0, step: float = 0.2):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        value = predicate()
        if value:
            return value
        time.sleep(step)
    raise AssertionError("timed out")


@pytest.mark.slow
def test_real_mkdocs_serve_rebuilds_on_article_changes(tmp_path):
    articles = make_site(tmp_path)
    port = free_port()
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "serve", "--dev-addr", f"127.0.0.1:{port}", "--livereload"],
        cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env,
    )
    log: list[str] = []
    reader = threading.Thread(target=lambda: log.extend(iter(proc.stdout.readline, "")), daemon=True)
    reader.start()
    base = f"http://127.0.0.1:{port}/"
    builds = lambda: sum("Building documentation" in line for line in log)  # noqa: E731
    try:
        wait_for(lambda: any("Serving on" in line for line in log), 90)
        status, page = fetch(base + f"articles/{ARTICLES[0]}/")
        assert status == 200

        # add an article: its page appears without a restart
        n = builds()
        (articles / "new.txt").write_text(NEW_TEXT, encoding="utf-8")
        wait_for(lambda: fetch(base + "articles/new/")[0] == 200, 60)
        assert "فيينا" in fetch(base + "articles/new/")[1]

        # break it mid-edit: a warning, and the last good page stays up
        n = builds()
        (articles / "new.txt").write_bytes(b"")
        wait_for(lambda: builds() > n and any("kept the last good version" in line for line in log), 60)
        time.sleep(0.5)
        status, page = fetch(base + "articles/new/")
        assert status == 200 and "فيينا" in page

        # delete it: its page goes
        (articles / "new.txt").unlink()
        wait_for(lambda: fetch(base + "articles/new/")[0] == 404, 60)
        doc = json.loads(fetch(base + "claims.json")[1])
        assert "new" not in {a["id"] for a in doc["articles"]}
        assert not any("Traceback" in line for line in log), "".join(log)
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        reader.join(timeout=5)
