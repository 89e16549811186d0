"""Stage 1 of the pipeline: read article files into :class:`Article` objects.

An article is a ``.txt`` or ``.md`` file, optionally opening with YAML front
matter between two ``---`` lines (keys: title, source, url, published,
language). Its id is the file name without extension. Offsets everywhere in
the report point into ``Article.text``: the file decoded, line endings turned
into ``\\n``, front matter removed.

Nothing is dropped silently: every file that cannot be read, or is read with a
caveat, yields a :class:`Problem` naming the file and what was done.

Decoding: a UTF-8 or UTF-16 byte-order mark decides; otherwise UTF-8; a file
that is not valid UTF-8 is decoded as UTF-8 with each undecodable byte replaced
by U+FFFD, and a warning says how many bytes were replaced.
"""
from __future__ import annotations

import codecs
import datetime as _dt
import os
import re
from pathlib import Path
from typing import Iterable

import yaml

from .model import Article, Problem

ARTICLE_SUFFIXES = (".md", ".txt")
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)?(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
_SOURCE_LINE = re.compile(r"^\s*(?:المصدر|مصدر الخبر|Source)\s*[:：]\s*(?P<source>\S.{0,80}?)\s*$", re.M)
_META_TYPES = {"title": str, "source": str, "url": str, "published": (str, _dt.date), "language": str}


class ArticlesNotFound(Exception):
    """The articles folder (or a path given on the command line) does not exist."""


def find_article_files(paths: Iterable[Path]) -> tuple[list[tuple[Path, Path]], list[Problem]]:
    """List (file, root) pairs for the article files under `paths`, sorted, and the refusals.

    A folder is searched recursively for ``.txt``/``.md`` files; a file is taken as
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
                    target = file.resolve()
                    if root not in target.parents:
                        problems.append(Problem(_shown(file, path), "symbolic link to a file outside the articles folder: refused"))
                        continue
                found.append((file, path))
    found.sort(key=lambda pair: (str(pair[0].relative_to(pair[1])), str(pair[0])))
    return found, problems


def _shown(file: Path, root: Path) -> str:
    """How a file is named in reports: its path from the articles folder's parent."""
    try:
        return str(Path(root.name) / file.relative_to(root)).replace(os.sep, "/")
    except ValueError:
        return str(file)


def decode(data: bytes) -> tuple[str, list[str]]:
    """Decode article bytes; return the text and the warnings decoding gave."""
    warnings: list[str] = []
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8):].decode("utf-8", errors="replace"), warnings
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace"), ["decoded as UTF-16 (byte-order mark)"]
    try:
        return data.decode("utf-8"), warnings
    except UnicodeDecodeError:
        text = data.decode("utf-8", errors="replace")
        bad = text.count("\ufffd")
        warnings.append(f"not valid UTF-8: {bad} undecodable byte(s) replaced by U+FFFD")
        return text, warnings


def split_front_matter(text: str) -> tuple[dict, str, list[str]]:
    """Separate YAML front matter from the body; bad front matter is reported and ignored."""
    m = _FRONT_MATTER.match(text)
    if not m:
        return {}, text, []
    body = text[m.end():]
    try:
        meta = yaml.safe_load(m.group(1) or "") or {}
    except yaml.YAMLError as exc:
        where = getattr(exc, "problem_mark", None)
        line = f" (line {where.line + 2})" if where is not None else ""
        return {}, body, [f"front matter is not valid YAML{line}: ignored"]
    if not isinstance(meta, dict):
        return {}, body, [f"front matter is a {type(meta).__name__}, not a mapping of keys: ignored"]
    clean, warnings = {}, []
    for key, value in meta.items():
        expected = _META_TYPES.get(str(key))
        if expected is None:
            continue
        if value is None:
            continue
        if not isinstance(value, expected) or isinstance(value, bool):
            warnings.append(f"front matter '{key}' should be text, got {type(value).__name__}: ignored")
            continue
        clean[str(key)] = value.isoformat() if isinstance(value, _dt.date) else str(value).strip()
    return clean, body, warnings


def guess_title(text: str) -> str | None:
    """The first non-empty line that is not page furniture ("أخبار", "آخر الأخبار"), as a title."""
    from .sentences import is_boilerplate

    for line in text.splitlines():
        if line.strip() and not is_boilerplate(line):
            return line.strip()
    return None


def guess_source(text: str) -> str | None:
    """An outlet named on a trailing "المصدر: …" line, if the article has one."""
    matches = list(_SOURCE_LINE.finditer(text))
    return matches[-1].group("source").strip() if matches else None


def read_article(file: Path, root: Path) -> tuple[Article | None, list[Problem]]:
    """Read one article file; return it (or None when it has to be skipped) and its problems."""
    shown = _shown(file, root)
    try:
        data = file.read_bytes()
    except OSError as exc:
        return None, [Problem(shown, f"cannot be read: {exc.strerror or exc}")]
    if b"\x00" in data and not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return None, [Problem(shown, "binary file (contains NUL bytes): skipped")]
    text, notes = decode(data)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    meta, body, meta_notes = split_front_matter(text)
    notes += meta_notes
    if not body.strip():
        return None, [Problem(shown, "empty article (no text after front matter): skipped")] + [
            Problem(shown, n, skipped=False) for n in notes
        ]
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
    article = Article(
        id=file.stem,
        path=shown,
        text=body,
        title=title or file.stem,
        source=source,
        url=meta.get("url"),
        published=meta.get("published"),
        language=meta.get("language", "ar"),
        guessed=tuple(guessed),
        warnings=tuple(notes),
    )
    return article, [Problem(shown, n, skipped=False) for n in notes]


def read_articles(paths: Iterable[Path]) -> tuple[list[Article], list[Problem]]:
    """Read every article under `paths`; duplicate ids keep the first file (by path) only."""
    files, problems = find_article_files(paths)
    articles: list[Article] = []
    seen: dict[str, str] = {}
    for file, root in files:
        article, notes = read_article(file, root)
        problems.extend(notes)
        if article is None:
            continue
        if article.id in seen:
            problems.append(Problem(article.path, f"duplicate article id '{article.id}' (already read from {seen[article.id]}): skipped"))
            continue
        seen[article.id] = article.path
        articles.append(article)
    return articles, problems
