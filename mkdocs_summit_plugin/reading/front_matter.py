"""Stage 1: YAML front matter: an article's metadata between two ``---`` lines, checked.

Keys read: title, source, url, published, language (others are ignored). Bad
front matter is reported and ignored; the commonest slip of hand-written front
matter, an unquoted ': ' inside a value, is read line by line.
"""
from __future__ import annotations

import datetime as _dt
import re

import yaml

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)?(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
_META_TYPES = {"title": str, "source": str, "url": str, "published": (str, _dt.date), "language": str}

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
        meta, notes = _after_yaml_error(exc, m.group(1) or "")
        return meta, body, notes
    if not isinstance(meta, dict):
        return {}, body, [f"front matter is a {type(meta).__name__}, not a mapping of keys: ignored"]
    clean, notes = _checked_fields(meta)
    return clean, body, notes


def _after_yaml_error(exc: yaml.YAMLError, block: str) -> tuple[dict, list[str]]:
    """What is kept of front matter that is not valid YAML, and the note that says so."""
    where = getattr(exc, "problem_mark", None)
    line = f" (line {where.line + 2})" if where is not None else ""
    plain = _plain_front_matter(block)
    if plain is None or "mapping values are not allowed" not in str(getattr(exc, "problem", "")):
        return {}, [f"front matter is not valid YAML{line}: ignored"]
    # The commonest slip of hand-written front matter: an unquoted ':' inside a
    # value ("title: بايدن لبوتين: 16 قطاعا"). When every line is one known
    # `key: value`, read it line by line (and still say so).
    return plain, [f"front matter is not valid YAML{line}: read line by line (quote values that contain ': ')"]


def _checked_fields(meta: dict) -> tuple[dict, list[str]]:
    """The known keys with values of the right type, as text; a note names the others."""
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
        return clean, []
    return clean, ["front matter " + "; ".join(wrong) + (": ignored" if len(wrong) == 1 else ": these fields ignored")]


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
