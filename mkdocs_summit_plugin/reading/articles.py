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
by U+FFFD, and a warning says how many bytes were replaced, unless most of its
non-ASCII bytes do not form UTF-8 at all and it reads as Arabic in Windows-1256
(the legacy Arabic code page): it is then decoded as Windows-1256, with a warning.

Skipped, with a reason: empty or whitespace-only articles, binary files (NUL
bytes or mostly control characters), files larger than ``max_bytes``, symbolic
links leading outside the articles folder, a second file with an id (or page
address) already taken.

Ids and addresses: an article's id is its file name without extension, as
written (Arabic, spaces and all); its pages live at :func:`page_slug` of the
id, which keeps letters, digits, marks, ``-`` and ``_`` and turns every other
run of characters (spaces, ``#?%&/<>"'``, controls) into one ``-``. Paths shown
in messages have control and bidi characters escaped (``\\u202e``), so a file
name can neither forge a log line nor reorder one.
"""
from __future__ import annotations

import codecs
import datetime as _dt
import os
import re
import unicodedata
from pathlib import Path
from typing import Iterable

import yaml

from ..model import Article, Problem

ARTICLE_SUFFIXES = (".md", ".txt")
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)?(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
_SOURCE_LINE = re.compile(r"^\s*(?:المصدر|مصدر الخبر|Source)\s*[:：]\s*(?P<source>\S.{0,80}?)\s*$", re.M)
_META_TYPES = {"title": str, "source": str, "url": str, "published": (str, _dt.date), "language": str}
MAX_BYTES = 1024 * 1024  # default size limit of one article (1 MiB: a long news article is under 100 KB)
_BIDI = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


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
                    try:
                        target = file.resolve()
                    except (OSError, RuntimeError):
                        problems.append(Problem(_shown(file, path), "symbolic link that loops: refused"))
                        continue
                    if root not in target.parents:
                        problems.append(Problem(_shown(file, path), "symbolic link to a file outside the articles folder: refused"))
                        continue
                found.append((file, path))
    found.sort(key=lambda pair: (str(pair[0].relative_to(pair[1])), str(pair[0])))
    return found, problems


def _shown(file: Path, root: Path) -> str:
    """How a file is named in reports: its path from the articles folder's parent, printable."""
    try:
        shown = str(Path(root.name) / file.relative_to(root)).replace(os.sep, "/")
    except ValueError:
        shown = str(file)
    return printable(shown)


def printable(text: str) -> str:
    """`text` with control, bidi and undecodable (surrogate) characters escaped as ``\\uXXXX``."""
    out = []
    for ch in text:
        cp = ord(ch)
        if ch in _BIDI or unicodedata.category(ch) in ("Cc", "Cs") or ch in "\u2028\u2029":
            out.append(f"\\u{cp:04x}" if cp <= 0xFFFF else f"\\U{cp:08x}")
        else:
            out.append(ch)
    return "".join(out)


def clean_name(name: str) -> str:
    """A file name as text: NFC, undecodable bytes (surrogate escapes) as U+FFFD."""
    name = "".join("\ufffd" if 0xD800 <= ord(ch) <= 0xDFFF else ch for ch in name)
    return unicodedata.normalize("NFC", name)


def page_slug(article_id: str) -> str:
    """The path segment of an article's page: letters, digits and marks (any script) kept,
    ``-``/``_`` kept, every other run of characters turned into one ``-``.

    ``"مقال عن القمة"`` → ``"مقال-عن-القمة"``, ``"a#b?.c"`` → ``"a-b-c"``; an id with
    nothing left gives ``"article"``.
    """
    out = []
    for ch in unicodedata.normalize("NFC", article_id):
        if ch in "-_" or unicodedata.category(ch)[0] in "LNM":
            out.append(ch)
        else:
            out.append("-")
    slug = re.sub(r"-{2,}", "-", "".join(out)).strip("-")
    return slug or "article"


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
    non_ascii = sum(b >= 0x80 for b in data)
    valid = sum(len(ch.encode("utf-8")) for ch in text if ord(ch) >= 0x80 and ch != "\ufffd")
    if valid * 2 < non_ascii:
        legacy = data.decode("cp1256", errors="replace")
        letters = [ch for ch in legacy if ch.isalpha()]
        if letters and sum("\u0600" <= ch <= "\u06ff" for ch in letters) * 3 >= len(letters):
            warnings.append("not valid UTF-8: decoded as Windows-1256 (legacy Arabic encoding)")
            return legacy, warnings
    bad = text.count("\ufffd") - data.decode("utf-8", errors="ignore").count("\ufffd")
    warnings.append(f"not valid UTF-8: {bad} undecodable byte(s) replaced by U+FFFD")
    return text, warnings


def looks_binary(data: bytes) -> bool:
    """NUL bytes, or mostly control characters in the first 8 KB (an image, an archive)."""
    if b"\x00" in data:
        return True
    head = data[:8192]
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))
    return bool(head) and controls * 10 > len(head)


_CONTROL_BYTES = bytes(b for b in range(0x20) if b not in b"\t\n\r\f\x1b")  # what looks_binary counts


# libyaml's safe loader when PyYAML was built with it (about 10× faster), else the pure-Python one
_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def split_front_matter(text: str) -> tuple[dict, str, list[str]]:
    """Separate YAML front matter from the body; bad front matter is reported and ignored."""
    m = _FRONT_MATTER.match(text)
    if not m:
        return {}, text, []
    body = text[m.end():]
    try:
        meta = yaml.load(m.group(1) or "", Loader=_SAFE_LOADER) or {}
    except yaml.YAMLError as exc:
        where = getattr(exc, "problem_mark", None)
        line = f" (line {where.line + 2})" if where is not None else ""
        plain = _plain_front_matter(m.group(1) or "")
        if plain is None or "mapping values are not allowed" not in str(getattr(exc, "problem", "")):
            return {}, body, [f"front matter is not valid YAML{line}: ignored"]
        # The commonest slip of hand-written front matter: an unquoted ':' inside a
        # value ("title: بايدن لبوتين: 16 قطاعا"). When every line is one known
        # `key: value`, read it line by line (and still say so).
        return plain, body, [f"front matter is not valid YAML{line}: read line by line (quote values that contain ': ')"]
    if not isinstance(meta, dict):
        return {}, body, [f"front matter is a {type(meta).__name__}, not a mapping of keys: ignored"]
    clean, wrong = {}, []
    for key, value in meta.items():
        expected = _META_TYPES.get(str(key))
        if expected is None:
            continue
        if value is None:
            continue
        if not isinstance(value, expected) or isinstance(value, bool):
            wrong.append(f"'{key}' should be text, got {type(value).__name__}")
            continue
        clean[str(key)] = value.isoformat() if isinstance(value, _dt.date) else str(value).strip()
    if not wrong:
        return clean, body, []
    return clean, body, ["front matter " + "; ".join(wrong) + (": ignored" if len(wrong) == 1 else ": these fields ignored")]


_PLAIN_LINE = re.compile(r"^(?P<key>[A-Za-z_]+)[ \t]*:[ \t]+(?P<value>\S.*?)[ \t]*$")


def _plain_front_matter(block: str) -> dict | None:
    """Front matter read as `key: value` lines (the value is everything after the
    first ': '), or None when a line is not one of the known keys with a plain value."""
    out: dict = {}
    for raw in block.splitlines():
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        m = _PLAIN_LINE.match(raw)
        if m is None or m.group("key") not in _META_TYPES or m.group("value")[0] in "[{|>&*!'\"":
            return None
        out[m.group("key")] = m.group("value")
    return out or None


def guess_title(text: str) -> str | None:
    """The first non-empty line that is not page furniture ("أخبار", "آخر الأخبار"), as a title."""
    from ..text.sentences import is_boilerplate

    for line in text.splitlines():
        if line.strip() and not is_boilerplate(line):
            return line.strip()
    return None


def guess_source(text: str) -> str | None:
    """An outlet named on a trailing "المصدر: …" line, if the article has one."""
    matches = list(_SOURCE_LINE.finditer(text))
    return matches[-1].group("source").strip() if matches else None


def read_article(file: Path, root: Path, max_bytes: int | None = MAX_BYTES) -> tuple[Article | None, list[Problem]]:
    """Read one article file; return it (or None when it has to be skipped) and its problems."""
    shown = _shown(file, root)
    try:
        size = file.stat().st_size
        if max_bytes is not None and size > max_bytes:
            return None, [Problem(shown, f"too large ({_size(size)}, the limit is {_size(max_bytes)}): skipped")]
        data = file.read_bytes()
    except OSError as exc:
        return None, [Problem(shown, f"cannot be read ({exc.strerror or exc}): skipped")]
    if max_bytes is not None and len(data) > max_bytes:  # grew since stat()
        return None, [Problem(shown, f"too large ({_size(len(data))}, the limit is {_size(max_bytes)}): skipped")]
    utf16 = data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
    if not utf16 and looks_binary(data):
        reason = "contains NUL bytes" if b"\x00" in data else "mostly control characters"
        return None, [Problem(shown, f"binary file ({reason}): skipped")]
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
    name = clean_name(file.stem)
    if name != file.stem and "\ufffd" in name:
        notes.append("file name is not valid UTF-8: undecodable bytes shown as U+FFFD in its id")
    article = Article(
        id=name,
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
            article, notes = None, [Problem(_shown(file, root), f"could not be read ({type(exc).__name__}: {exc}): skipped")]
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
