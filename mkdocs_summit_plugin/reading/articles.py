"""Stage 1: read article files into :class:`Article` objects.

An article is a ``.txt`` or ``.md`` file, optionally opening with YAML front
matter between two ``---`` lines (keys: title, source, url, published,
language; :mod:`.front_matter`), or a saved web page (``.html``/``.htm``:
its main text and metadata, :mod:`.web_pages`; a page whose main text cannot be
found is skipped). Without a ``published`` date, one written near the top of
the text (a dateline, a byline) is taken (:mod:`.dates`) and listed as guessed. Its id is the file name without extension
(:mod:`.names`). Offsets everywhere in the report point into ``Article.text``:
the file decoded (:mod:`.decoding`), line endings turned into ``\\n``, front
matter removed. A missing title is the first line that is not page furniture;
a missing source, an outlet named on a trailing "المصدر: …" line.

Nothing is dropped silently: every file that cannot be read, or is read with a
caveat, yields a :class:`Problem` naming the file and what was done.

Skipped, with a reason: empty or whitespace-only articles, binary files (NUL
bytes or mostly control characters), files larger than ``max_bytes``, symbolic
links leading outside the articles folder, a second file with an id (or page
address) already taken.
"""
from __future__ import annotations

import codecs
import os
import re
from pathlib import Path
from typing import Iterable

from ..model import Article, Problem
from .decoding import decode, looks_binary
from .front_matter import split_front_matter
from .names import clean_name, page_slug, printable, shown_path

ARTICLE_SUFFIXES = (".md", ".txt", ".html", ".htm")
PAGE_SUFFIXES = (".html", ".htm")
PAGE_SIZE_FACTOR = 8  # a saved page may be this many times `max_bytes`: it carries its scripts and styles
_SOURCE_LINE = re.compile(r"^\s*(?:المصدر|مصدر الخبر|Source)\s*[:：]\s*(?P<source>\S.{0,80}?)\s*$", re.M)
MAX_BYTES = 1024 * 1024  # default size limit of one article (1 MiB: a long news article is under 100 KB)


class ArticlesNotFound(Exception):
    """The articles folder (or a path given on the command line) does not exist."""


def find_article_files(paths: Iterable[Path]) -> tuple[list[tuple[Path, Path]], list[Problem]]:
    """List (file, root) pairs for the article files under `paths`, sorted, and the refusals.

    A folder is searched recursively for ``.txt``/``.md``/``.html``/``.htm`` files; a file is taken as
    given. Symbolic links that lead outside their folder are refused.
    """
    found: list[tuple[Path, Path]] = []
    problems: list[Problem] = []
    for path in paths:
        path = Path(path)
        if not path.exists():
            raise ArticlesNotFound(f"{path}: no such file or folder")
        if path.is_file():
            found.append((path, path.parent))
            continue
        root = path.resolve()
        for dirpath, dirnames, filenames in os.walk(path, followlinks=False):
            dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
            for name in sorted(filenames):
                if name.startswith(".") or not name.lower().endswith(ARTICLE_SUFFIXES):
                    continue
                file = Path(dirpath) / name
                if file.is_symlink():
                    try:
                        target = file.resolve()
                    except (OSError, RuntimeError):
                        problems.append(Problem(shown_path(file, path), "symbolic link that loops: refused"))
                        continue
                    if root not in target.parents:
                        problems.append(Problem(shown_path(file, path), "symbolic link to a file outside the articles folder: refused"))
                        continue
                found.append((file, path))
    found.sort(key=lambda pair: (str(pair[0].relative_to(pair[1])), str(pair[0])))
    return found, problems



def guess_title(text: str) -> str | None:
    """The first non-empty line that is not page furniture ("أخبار", "آخر الأخبار"), as a title."""
    from ..text.sentences import is_boilerplate

    for line in text.splitlines():
        if line.strip() and not is_boilerplate(line):
            return _headline(line.strip())
    return None


TITLE_MAX_WORDS = 30  # a longer first line is a paragraph, not a headline


def _headline(line: str) -> str:
    """A first line as a headline. A page excerpt stored without its headline opens with a whole
    paragraph: its first sentence stands for the title, cut at ``TITLE_MAX_WORDS`` words, so that
    what the title weighs (the main event's cues) is the lead, not every place the text names."""
    if len(line.split()) <= TITLE_MAX_WORDS:
        return line
    words = re.split(r"(?<=[.!?\u061f])\s", line, maxsplit=1)[0].split()
    return " ".join(words[:TITLE_MAX_WORDS]) + ("…" if len(words) > TITLE_MAX_WORDS else "")


def guess_source(text: str) -> str | None:
    """An outlet named on a trailing "المصدر: …" line, if the article has one."""
    matches = list(_SOURCE_LINE.finditer(text))
    return matches[-1].group("source").strip() if matches else None



def read_article(file: Path, root: Path, max_bytes: int | None = MAX_BYTES) -> tuple[Article | None, list[Problem]]:
    """Read one article file; return it (or None when it has to be skipped) and its problems."""
    shown = shown_path(file, root)
    if file.suffix.lower() in PAGE_SUFFIXES:
        return read_saved_page(file, shown, None if max_bytes is None else max_bytes * PAGE_SIZE_FACTOR)
    data, refusal = _read_bytes(file, shown, max_bytes)
    if data is None:
        return None, [refusal]
    text, notes = decode(data)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    meta, body, meta_notes = split_front_matter(text)
    notes += meta_notes
    if not body.strip():
        return None, [Problem(shown, "empty article (no text after front matter): skipped")] + [
            Problem(shown, n, skipped=False) for n in notes
        ]
    title, source, guessed = _title_and_source(meta, body)
    published, guessed = _published(meta.get("published"), body, guessed)
    return _article(file, shown, body, title, source, meta.get("url"), published, meta.get("language", "ar"), guessed, notes)


def read_saved_page(file: Path, shown: str, max_bytes: int | None) -> tuple[Article | None, list[Problem]]:
    """Read one saved web page (:mod:`.web_pages`); None and a problem when it has no main text."""
    from .web_pages import decode_html, read_page

    data, refusal = _read_bytes(file, shown, max_bytes)
    if data is None:
        return None, [refusal]
    html, notes = decode_html(data)
    page = read_page(html.replace("\x00", ""))
    if page is None:
        return None, [Problem(shown, "no article text found in the page (only menus, links or scripts): skipped")] + [
            Problem(shown, n, skipped=False) for n in notes
        ]
    title, source, guessed = _title_and_source({"title": page.title, "source": page.source}, page.text)
    published, guessed = _published(page.published, page.top + "\n" + page.text, guessed)
    return _article(file, shown, page.text, title, source, page.url, published, page.language or "ar", guessed, notes)


def _published(given: str | None, body: str, guessed: list[str]) -> tuple[str | None, list[str]]:
    """The publication date given, else the one written near the top of the body (then guessed)."""
    if given:
        return given, guessed
    from .dates import date_in_text

    found = date_in_text(body)
    return found, guessed + (["published"] if found else [])


def _article(file: Path, shown: str, body: str, title, source, url, published, language, guessed, notes) -> tuple[Article, list[Problem]]:
    """The :class:`Article` of `file` and its warnings as problems (the id from the file name)."""
    name = clean_name(file.stem)
    if name != file.stem and "\ufffd" in name:
        notes.append("file name is not valid UTF-8: undecodable bytes shown as U+FFFD in its id")
    article = Article(
        id=name,
        path=shown,
        text=body,
        title=title or file.stem,
        source=source,
        url=url,
        published=published,
        language=language,
        guessed=tuple(guessed),
        warnings=tuple(notes),
    )
    return article, [Problem(shown, n, skipped=False) for n in notes]


def _read_bytes(file: Path, shown: str, max_bytes: int | None) -> tuple[bytes | None, Problem | None]:
    """The file's bytes, or None and the problem that skips it: too large, unreadable, binary."""
    try:
        size = file.stat().st_size
        if max_bytes is not None and size > max_bytes:
            return None, Problem(shown, f"too large ({_size(size)}, the limit is {_size(max_bytes)}): skipped")
        data = file.read_bytes()
    except OSError as exc:
        return None, Problem(shown, f"cannot be read ({exc.strerror or exc}): skipped")
    if max_bytes is not None and len(data) > max_bytes:  # grew since stat()
        return None, Problem(shown, f"too large ({_size(len(data))}, the limit is {_size(max_bytes)}): skipped")
    utf16 = data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
    if not utf16 and looks_binary(data):
        reason = "contains NUL bytes" if b"\x00" in data else "mostly control characters"
        return None, Problem(shown, f"binary file ({reason}): skipped")
    return data, None


def _title_and_source(meta: dict, body: str) -> tuple[str | None, str | None, list[str]]:
    """Title and source from the front matter, else guessed from the body; which were guessed."""
    guessed = []
    title = meta.get("title")
    if not title:
        title = guess_title(body)
        guessed.append("title")
    source = meta.get("source")
    if not source:
        source = guess_source(body)
        if source:
            guessed.append("source")
    return title, source, guessed


def _size(n: int) -> str:
    return f"{n / (1024 * 1024):.1f} MiB" if n >= 1024 * 1024 else f"{n / 1024:.0f} KiB"


def read_articles(paths: Iterable[Path], max_bytes: int | None = MAX_BYTES) -> tuple[list[Article], list[Problem]]:
    """Read every article under `paths`; duplicate ids (or page addresses) keep the first file (by path) only.

    One file's trouble never stops the others: each gives its own :class:`Problem`.
    """
    files, problems = find_article_files(paths)
    articles: list[Article] = []
    seen: dict[str, str] = {}
    slugs: dict[str, str] = {}
    for file, root in files:
        try:
            article, notes = read_article(file, root, max_bytes)
        except Exception as exc:  # a bug must not cost the other articles
            article, notes = None, [Problem(shown_path(file, root), f"could not be read ({type(exc).__name__}: {exc}): skipped")]
        problems.extend(notes)
        if article is None:
            continue
        if article.id in seen:
            problems.append(Problem(article.path, f"duplicate article id '{printable(article.id)}' (already read from {seen[article.id]}): skipped"))
            continue
        slug = page_slug(article.id)
        if slug in slugs:
            problems.append(Problem(article.path, f"its page address 'articles/{slug}/' is already taken by {slugs[slug]}: skipped"))
            continue
        seen[article.id] = article.path
        slugs[slug] = article.path
        articles.append(article)
    return articles, problems
