"""`mkdocs-summit fetch`, end to end against a local HTTP server (127.0.0.1 only) serving pages
written for these tests: a page saved as a .md article with its front matter, a second run
skipping it, and each failure with its reason: 404, timeout, redirect (followed, and refused to
a non-http(s) address), non-HTML, oversized (declared and streamed), a wrong declared charset."""
from __future__ import annotations

import http.server
import io
import threading
import time
from pathlib import Path

import pytest
import yaml

from mkdocs_summit_plugin import cli
from mkdocs_summit_plugin.reading import fetch
from mkdocs_summit_plugin.reading.articles import read_articles
from mkdocs_summit_plugin.reading.front_matter import split_front_matter

from .conftest import ROOT

WEB = ROOT / "tests" / "data" / "web"
PAGE = (WEB / "sahil-talks.html").read_bytes()
SUMMIT = (WEB / "sahil-summit.htm").read_bytes()
LATIN = (
    "<html><head><title>ترميز خاطئ</title></head><body><article><h1>ترميز خاطئ</h1>"
    "<p>قال المتحدث إن المحادثات في مدينة الساحل استمرت ساعتين، وإن الوفدين سيلتقيان مجددا بعد أسبوع.</p>"
    "</article></body></html>"
).encode("utf-8")
LEGACY = LATIN.replace("ترميز خاطئ".encode("utf-8"), "ترميز قديم".encode("utf-8")).decode("utf-8").encode("cp1256")
SEEN_AGENTS: list[str] = []


class Pages(http.server.BaseHTTPRequestHandler):
    """The test server: one behaviour per path."""

    def log_message(self, *args):
        pass

    def send(self, code: int, body: bytes, kind: str = "text/html; charset=utf-8", length: bool = True, headers=()):
        self.send_response(code)
        self.send_header("Content-Type", kind)
        for name, value in headers:
            self.send_header(name, value)
        if length:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        try:
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):  # the client gave up (timeout, size limit)
            pass

    def do_GET(self):
        SEEN_AGENTS.append(self.headers.get("User-Agent", ""))
        path = self.path
        if path == "/news/sahil-talks.html":
            self.send(200, PAGE)
        elif path == "/news/%D9%82%D9%85%D8%A9":  # an Arabic path, percent-encoded by the client
            self.send(200, SUMMIT)
        elif path == "/moved":
            self.send(302, b"", headers=[("Location", "/news/sahil-talks.html?from=moved")])
        elif path == "/news/sahil-talks.html?from=moved":
            self.send(200, PAGE)
        elif path == "/to-script":
            self.send(302, b"", headers=[("Location", "javascript:alert(1)")])
        elif path == "/slow":
            time.sleep(3)
            self.send(200, PAGE)
        elif path == "/data.json":
            self.send(200, b'{"a": 1}', kind="application/json")
        elif path == "/big.html":
            self.send(200, PAGE + b"<!--" + b"x" * 200_000 + b"-->")
        elif path == "/big-stream.html":  # no Content-Length: the limit is hit while reading
            self.send(200, PAGE + b"<!--" + b"x" * 200_000 + b"-->", length=False)
        elif path == "/latin.html":  # declared Latin-1, written in UTF-8
            self.send(200, LATIN, kind="text/html; charset=iso-8859-1")
        elif path == "/legacy.html":  # declared UTF-8, written in Windows-1256
            self.send(200, LEGACY, kind="text/html; charset=utf-8")
        elif path == "/menu.html":
            self.send(200, b"<html><body><nav><a href='/'>x</a></nav><script>document.write('y')</script></body></html>")
        else:
            self.send(404, b"<html><body>not here</body></html>")


@pytest.fixture(scope="module")
def server():
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Pages)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


@pytest.fixture(autouse=True)
def no_proxy(monkeypatch):
    """Requests go to 127.0.0.1 directly, never through a proxy of the environment."""
    for name in ("http_proxy", "https_proxy", "all_proxy", "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("no_proxy", "127.0.0.1,localhost")
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")


def article(path: Path) -> tuple[dict, str]:
    """A saved article's front matter (every key, `fetched` too) and its text."""
    text = path.read_text(encoding="utf-8")
    _, body, notes = split_front_matter(text)
    assert notes == [] and text.startswith("---\n")
    return yaml.safe_load(text.split("---\n")[1]), body


def test_fetch_saves_pages_as_articles_and_reports_each_failure(server, tmp_path, capsys):
    links = tmp_path / "links.txt"
    good = f"{server}/news/sahil-talks.html"
    lines = [
        "# a newsroom's list of links", good, good, f"{server}/news/قمة", f"{server}/moved", f"{server}/missing",
        f"{server}/slow", f"{server}/data.json", f"{server}/big.html", f"{server}/big-stream.html",
        f"{server}/latin.html", f"{server}/legacy.html", f"{server}/to-script", f"{server}/menu.html", "ftp://127.0.0.1/x", "",
    ]
    links.write_text("\n".join(lines), encoding="utf-8")
    into = tmp_path / "docs" / "articles"
    status = cli.main(["fetch", str(links), "--into", str(into), "--timeout", "1", "--max-kb", "100"])
    out, err = capsys.readouterr()
    assert status == 1  # some links failed
    failures = dict(line[len("failed: "):].split(": ", 1) for line in err.splitlines() if line.startswith("failed: "))
    assert failures == {
        f"{server}/missing": "HTTP error 404 (Not Found)",
        f"{server}/slow": "timed out after 1 s",
        f"{server}/data.json": "not an HTML page (Content-Type: application/json)",
        f"{server}/big.html": f"too large ({fetch._size(len(PAGE) + 200_007)}, the limit is 100 KiB)",
        f"{server}/big-stream.html": "too large (over 100 KiB, the limit)",
        f"{server}/to-script": "redirected to a non-http(s) address (javascript:alert(1))",
        f"{server}/menu.html": "no article text found in the page (only menus, links or scripts)",
        "ftp://127.0.0.1/x": "not an http(s) address",
    }
    saved = [line for line in out.splitlines() if line.startswith("saved: ")]
    assert len(saved) == 5 and out.count(good + ":") == 1  # a link listed twice is downloaded once
    assert "5 saved, 0 already saved, 8 failed" in err
    assert SEEN_AGENTS and all(a.startswith("mkdocs-summit/") for a in SEEN_AGENTS)

    files = sorted(into.glob("*.md"))
    assert len(files) == 5
    meta, body = article(into / fetch.file_name(good))
    assert list(meta) == ["title", "source", "url", "published", "fetched"]
    assert meta["title"] == "محادثات مدينة الساحل استمرت خمس ساعات" and meta["source"] == "جريدة المثال"
    assert meta["url"] == good and meta["published"] == "2024-03-05"
    assert "استمرت خمس ساعات" in body and "أخبار ذات صلة" not in body and "<" not in body
    meta, body = article(into / fetch.file_name(f"{server}/news/قمة"))
    assert meta["published"] == "2024-03-05T18:15"  # from its byline
    meta, body = article(into / fetch.file_name(f"{server}/latin.html"))
    assert "استمرت ساعتين" in body and meta["source"].startswith("127.0.0.1")  # no site name: the host
    meta, body = article(into / fetch.file_name(f"{server}/legacy.html"))
    assert meta["title"] == "ترميز قديم" and "استمرت ساعتين" in body
    meta, _ = article(into / fetch.file_name(f"{server}/moved"))
    assert meta["url"] == f"{server}/moved"  # the address as listed: the next run finds it

    # the folder reads as articles, with their metadata as written
    articles, problems = read_articles([into])
    assert problems == [] and len(articles) == 5
    assert {a.source for a in articles} >= {"جريدة المثال", "وكالة النموذج"}

    # a second run downloads nothing that is already saved
    SEEN_AGENTS.clear()
    status = cli.main(["fetch", good, "--into", str(into)])
    out, err = capsys.readouterr()
    assert status == 0 and out.startswith(f"skipped: {good}: already saved as ")
    assert SEEN_AGENTS == [] and len(list(into.glob("*.md"))) == 5


def test_unreadable_list_is_a_clear_error(tmp_path, capsys):
    assert cli.main(["fetch", str(tmp_path / "none.txt"), "--into", str(tmp_path / "a")]) == 2
    assert "cannot read the list of links" in capsys.readouterr().err
    (tmp_path / "empty.txt").write_text("# nothing\n\n", encoding="utf-8")
    assert cli.main(["fetch", str(tmp_path / "empty.txt"), "--into", str(tmp_path / "a")]) == 2


def test_progress_only_on_a_terminal(server, tmp_path, monkeypatch, capsys):
    class Terminal(io.StringIO):
        def isatty(self):
            return True

    terminal = Terminal()
    monkeypatch.setattr(cli.sys, "stderr", terminal)
    assert cli.main(["fetch", f"{server}/news/sahil-talks.html", "--into", str(tmp_path)]) == 0
    assert "fetching: 0/1 " in terminal.getvalue()
    monkeypatch.undo()
    assert cli.main(["fetch", f"{server}/news/sahil-talks.html", "--into", str(tmp_path / "b")]) == 0
    assert "fetching" not in capsys.readouterr().err  # a pipe: no progress line


def test_file_names_are_safe_and_distinct():
    a = fetch.file_name("https://news.example.org/2024/03/قمة-الساحل?id=1")
    b = fetch.file_name("https://news.example.org/2024/03/قمة-الساحل?id=2")
    assert a != b and a.endswith(".md") and "/" not in a and "?" not in a
    assert fetch.file_name("https://x.example/") .startswith("x-example-")
