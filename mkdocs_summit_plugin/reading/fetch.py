"""Links to articles: download web pages and save each as a ``.md`` article (``mkdocs-summit fetch``).

Each address is downloaded once, with the standard library (urllib) only: http and
https only (redirects too, at most :data:`MAX_REDIRECTS`), a timeout, a size limit
(the download stops there), a User-Agent that names the tool. The page is parsed,
never rendered: no script of it runs. Its main text and metadata are read as a saved
page would be (:mod:`.web_pages`) and written as an article with YAML front matter
(title, source, url, published, fetched) and the text; ``published`` is the page
metadata's date, else the one its byline or dateline gives (:mod:`.dates`). An address already saved in
the folder (a ``.md`` whose front matter has that ``url``) is skipped. Every failure
is reported with its reason; one failure never stops the others.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
import socket
import tempfile
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Optional

import yaml

from .. import __version__
from .dates import date_in_text
from .front_matter import split_front_matter
from .web_pages import decode_html, read_page

USER_AGENT = f"mkdocs-summit/{__version__} (fact-checking article fetcher; one request per link; no scripts run)"
TIMEOUT = 20.0  # seconds, for connecting and for each read
MAX_BYTES = 5 * 1024 * 1024  # a page larger than this is not downloaded further
MAX_REDIRECTS = 5
HTML_TYPES = ("text/html", "application/xhtml+xml")


class FetchError(Exception):
    """A page that could not be fetched or read; the message says why."""


@dataclass(frozen=True)
class Outcome:
    """What happened to one address: ``saved``, ``skipped`` (already saved) or ``failed``."""

    url: str
    status: str
    detail: str  # the file written or found, or the reason of the failure
    path: Optional[Path] = None


def read_links(arg: str) -> list[str]:
    """The addresses to fetch: `arg` itself when it is an address, else the lines of that file
    (blank lines and lines starting with ``#`` ignored), each once, in order."""
    if re.match(r"[A-Za-z][A-Za-z0-9+.-]*://", arg.strip()):
        lines = [arg.strip()]
    else:
        lines = Path(arg).read_text(encoding="utf-8-sig").splitlines()
    links: list[str] = []
    for line in lines:
        line = line.strip()
        if line and not line.startswith("#") and line not in links:
            links.append(line)
    return links


class _HttpOnlyRedirects(urllib.request.HTTPRedirectHandler):
    """Follow redirects to http(s) addresses only, at most :data:`MAX_REDIRECTS` of them."""

    max_redirections = MAX_REDIRECTS

    def http_error_302(self, req, fp, code, msg, headers):
        target = headers.get("location") or headers.get("uri") or ""
        newurl = urllib.parse.urljoin(req.full_url, target)
        if urllib.parse.urlsplit(newurl).scheme.lower() not in ("http", "https"):
            raise FetchError(f"redirected to a non-http(s) address ({newurl[:80]})")
        return super().http_error_302(req, fp, code, msg, headers)

    http_error_301 = http_error_303 = http_error_307 = http_error_308 = http_error_302


def download(url: str, timeout: float = TIMEOUT, max_bytes: int = MAX_BYTES) -> tuple[bytes, Optional[str], str]:
    """The body of the HTML page at `url`, its declared charset and its final address.

    Raises :class:`FetchError` with the reason: not http(s), an HTTP error status, a
    timeout, a network error, not HTML, larger than `max_bytes`.
    """
    if urllib.parse.urlsplit(url).scheme.lower() not in ("http", "https") or not urllib.parse.urlsplit(url).netloc:
        raise FetchError("not an http(s) address")
    opener = urllib.request.build_opener(_HttpOnlyRedirects())
    request = urllib.request.Request(_ascii(url), headers={
        "User-Agent": USER_AGENT, "Accept": "text/html,application/xhtml+xml;q=0.9",
        "Accept-Language": "ar,en;q=0.5",
    })
    try:
        with opener.open(request, timeout=timeout) as response:
            kind = response.headers.get_content_type()
            if kind not in HTML_TYPES:
                raise FetchError(f"not an HTML page (Content-Type: {kind})")
            length = response.headers.get("Content-Length")
            if length and length.isdigit() and int(length) > max_bytes:
                raise FetchError(f"too large ({_size(int(length))}, the limit is {_size(max_bytes)})")
            data = response.read(max_bytes + 1)
            if len(data) > max_bytes:
                raise FetchError(f"too large (over {_size(max_bytes)}, the limit)")
            return data, response.headers.get_content_charset(), response.geturl()
    except FetchError:
        raise
    except urllib.error.HTTPError as exc:
        raise FetchError(f"HTTP error {exc.code} ({exc.reason})") from None
    except urllib.error.URLError as exc:
        reason = exc.reason
        if isinstance(reason, (socket.timeout, TimeoutError)):
            raise FetchError(f"timed out after {timeout:g} s") from None
        raise FetchError(f"cannot connect ({reason})") from None
    except (socket.timeout, TimeoutError):
        raise FetchError(f"timed out after {timeout:g} s") from None
    except (OSError, ValueError) as exc:
        raise FetchError(f"download failed ({type(exc).__name__}: {exc})") from None


def _ascii(url: str) -> str:
    """`url` with non-ASCII characters (an Arabic path) percent-encoded, as HTTP needs."""
    return urllib.parse.quote(url, safe=":/?#[]@!$&'()*+,;=%~")


def file_name(url: str) -> str:
    """A file name for the article of `url`: its host and path as a slug, and a short hash
    of the whole address (two addresses never share a file)."""
    parts = urllib.parse.urlsplit(url)
    words = re.findall(r"[^\W_]+", urllib.parse.unquote(f"{parts.netloc} {parts.path}"))
    slug = "-".join(w.lower() for w in words if w.lower() not in ("www", "html", "htm", "php", "aspx"))[:60].strip("-")
    digest = hashlib.sha256(url.encode("utf-8")).hexdigest()[:8]
    return f"{slug or 'page'}-{digest}.md"


def saved_urls(folder: Path) -> dict[str, Path]:
    """The addresses already saved in `folder`: each ``.md`` article's front matter ``url``."""
    found: dict[str, Path] = {}
    if not folder.is_dir():
        return found
    for path in sorted(folder.rglob("*.md")):
        try:
            head = path.read_text(encoding="utf-8", errors="replace")[:8192]
        except OSError:
            continue
        meta, _, _ = split_front_matter(head.replace("\r\n", "\n"))
        if meta.get("url"):
            found.setdefault(meta["url"].strip(), path)
    return found


def article_markdown(url: str, data: bytes, charset: Optional[str], final_url: str, fetched: dt.datetime) -> str:
    """The ``.md`` article of a downloaded page: front matter and its main text.

    Raises :class:`FetchError` when the page has no main text."""
    html, _ = decode_html(data, charset)
    page = read_page(html.replace("\x00", ""), url=final_url)
    if page is None:
        raise FetchError("no article text found in the page (only menus, links or scripts)")
    meta = {
        "title": page.title,
        "source": page.source or urllib.parse.urlsplit(final_url).hostname,
        "url": url,
        "published": page.published or date_in_text(page.top + "\n" + page.text),
        "fetched": fetched.strftime("%Y-%m-%dT%H:%M"),
    }
    if page.language and page.language != "ar":
        meta["language"] = page.language
    front = yaml.safe_dump({k: v for k, v in meta.items() if v}, allow_unicode=True, sort_keys=False, width=1000)
    return f"---\n{front}---\n{page.text}"


def _write(path: Path, text: str) -> None:
    """Write `text` to `path` whole or not at all (a temporary file renamed)."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".fetch-", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def fetch_all(links: Iterable[str], into: Path, timeout: float = TIMEOUT, max_bytes: int = MAX_BYTES,
              progress: Optional[Callable[[int, int, str], None]] = None) -> list[Outcome]:
    """Fetch each address in `links` into the folder `into` (created); one :class:`Outcome` each."""
    links = list(links)
    into.mkdir(parents=True, exist_ok=True)
    saved = saved_urls(into)
    outcomes: list[Outcome] = []
    for done, url in enumerate(links):
        if progress is not None:
            progress(done, len(links), url)
        target = into / file_name(url)
        if url in saved or target.exists():
            where = saved.get(url, target)
            outcomes.append(Outcome(url, "skipped", f"already saved as {where}", where))
            continue
        try:
            data, charset, final_url = download(url, timeout, max_bytes)
            text = article_markdown(url, data, charset, final_url, dt.datetime.now(dt.timezone.utc))
        except FetchError as exc:
            outcomes.append(Outcome(url, "failed", str(exc)))
            continue
        _write(target, text)
        saved[url] = target
        outcomes.append(Outcome(url, "saved", str(target), target))
    if progress is not None and links:
        progress(len(links), len(links), "")
    return outcomes


def _size(n: int) -> str:
    return f"{n / (1024 * 1024):.1f} MiB" if n >= 1024 * 1024 else f"{n / 1024:.0f} KiB"
