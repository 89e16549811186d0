"""Stage 1: names of article files: ids, page addresses, and paths fit to print.

An article's id is its file name without extension, as written (Arabic,
spaces and all); its pages live at :func:`page_slug` of the id, which keeps
letters, digits, marks, ``-`` and ``_`` and turns every other run of
characters (spaces, ``#?%&/<>"'``, controls) into one ``-``. Paths shown in
messages have control and bidi characters escaped (``\\u202e``), so a file
name can neither forge a log line nor reorder one.
"""
from __future__ import annotations

import os
import re
import unicodedata
from pathlib import Path

_BIDI = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def shown_path(file: Path, root: Path) -> str:
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
