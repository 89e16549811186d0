"""Stage 1: saved web pages (``.html``/``.htm``) read as articles: main text, title, outlet, date.

A page is decoded (:func:`decode_html`), stripped of everything a reader does not
see or that could act (scripts, styles, frames, forms, embedded objects, hidden
elements: ``hidden``, ``aria-hidden="true"``, ``display:none``, ``visibility:hidden``),
and its main text taken by trafilatura: the article without menus, comments,
related links, and without markup (links keep their words only, never their
targets). That text is the article's ``text``: claims.json's offsets point into it
and the article page shows it. Blocks (paragraphs, headings, list items) are
separated by blank lines.

Metadata come from the page as published (before stripping, so schema.org JSON-LD
is read): the title (``og:title``, schema.org ``headline``, ``<title>``), the outlet
(``og:site_name``, schema.org ``publisher``), the canonical address (http(s) only),
the language (``<html lang>``) and the publication date (htmldate, from the page's
metadata only, never guessed from its text here: :mod:`.dates` does that with its
own rules). No script of the page is ever run: the page is parsed, not rendered.
"""
from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from typing import Optional

from .decoding import decode

MIN_TEXT = 40  # fewer letters than this in the main text: no article found in the page
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_XML_DECLARATION = re.compile(r"\A\s*<\?xml[^>]*\?>")
# Elements that are never text a reader sees, or that could act: dropped with their content.
_DROPPED = ("script", "style", "noscript", "template", "iframe", "frame", "frameset", "object", "embed",
            "applet", "form", "input", "button", "select", "textarea", "svg", "math", "canvas", "audio",
            "video", "link", "base", "meta", "dialog")
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)


@dataclass(frozen=True)
class WebPage:
    """What a web page says as an article: its main text and its metadata (None when absent)."""

    text: str
    title: Optional[str] = None
    source: Optional[str] = None
    url: Optional[str] = None
    published: Optional[str] = None  # ISO date from the page's metadata
    language: Optional[str] = None
    top: str = ""  # the page's visible lines from its headline on (bylines the main text leaves out)


def declared_charset(data: bytes, header: Optional[str] = None) -> Optional[str]:
    """The charset a page declares: the HTTP header's, else its ``<meta charset>``; None if none
    (or not one Python knows)."""
    name = header
    if not name:
        m = _META_CHARSET.search(data[:4096])
        name = m.group(1).decode("ascii", "replace") if m else None
    if not name:
        return None
    try:
        return codecs.lookup(name.strip()).name
    except LookupError:
        return None


def decode_html(data: bytes, header_charset: Optional[str] = None) -> tuple[str, list[str]]:
    """A page's bytes as text, and notes on how it was decoded.

    Valid UTF-8 is UTF-8 whatever the page declares (a wrong declaration is the common
    slip, and UTF-8 is never valid by accident in Arabic text); otherwise the declared
    charset when the bytes decode in it; otherwise as an article file (:func:`.decoding.decode`:
    Windows-1256 recognised, undecodable bytes replaced and counted).
    """
    declared = declared_charset(data, header_charset)
    if data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return decode(data)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        if declared and declared != "utf-8" and not data.isascii():
            return text, [f"declares charset {declared} but is UTF-8: decoded as UTF-8"]
        return text, []
    if declared and declared not in ("utf-8", "utf-16"):
        try:
            return data.decode(declared), []
        except (UnicodeDecodeError, LookupError):
            pass
    text, notes = decode(data)
    if declared:
        notes = [f"declares charset {declared}, which does not match its bytes: " + n for n in notes] or [
            f"declares charset {declared}, which does not match its bytes"]
    return text, notes


def _strip(tree) -> None:
    """Drop from `tree` what a reader never sees or what could act (see the module's list)."""
    for element in list(tree.iter()):
        if element.getparent() is None:
            continue
        if not isinstance(element.tag, str):  # comments, processing instructions
            element.drop_tree()
            continue
        tag = element.tag.lower()
        hidden = (
            element.get("hidden") is not None
            or (element.get("aria-hidden") or "").strip().lower() == "true"
            or _HIDDEN_STYLE.search(element.get("style") or "") is not None
            or (element.get("type") or "").strip().lower() == "hidden"
        )
        if tag in _DROPPED or hidden:
            element.drop_tree()


_BLOCKS = ("p", "div", "h1", "h2", "h3", "h4", "li", "tr", "br", "time", "header", "section", "article",
           "aside", "footer", "blockquote", "figcaption", "dd", "dt", "table", "ul", "ol", "main", "span")
TOP_LINES = 15


def visible_top(tree) -> str:
    """The first :data:`TOP_LINES` visible lines of a stripped page from its first ``<h1>`` on
    (from its top when it has none), one line per block: where bylines and datelines are."""
    import lxml.html

    body = tree.find(".//body")
    if body is None:
        return ""
    for element in body.iter(*_BLOCKS):
        element.tail = "\n" + (element.tail or "")
    text = lxml.html.tostring(body, method="text", encoding="unicode")
    lines = [re.sub(r"\s+", " ", line).strip() for line in text.split("\n")]
    lines = [line for line in lines if line]
    heading = tree.find(".//h1")
    title = re.sub(r"\s+", " ", heading.text_content()).strip() if heading is not None else ""
    start = lines.index(title) if title in lines else 0
    return "\n".join(lines[start:start + TOP_LINES])


def _parse(html: str):
    """An lxml tree of `html` (an XML declaration removed: lxml refuses it in text)."""
    import lxml.html

    return lxml.html.document_fromstring(_XML_DECLARATION.sub("", html) or "<html></html>")


def _http(url: Optional[str]) -> Optional[str]:
    """`url` when it is an http(s) address, else None."""
    url = (url or "").strip()
    return url if re.match(r"https?://[^\s/$.?#][^\s]*\Z", url, re.I) else None


def _one_line(value: Optional[str]) -> Optional[str]:
    """Metadata text on one line, spaces collapsed; None when empty."""
    value = re.sub(r"\s+", " ", value or "").strip()
    return value or None


def _blocks(text: str) -> str:
    """trafilatura's lines (one per block) as paragraphs separated by blank lines."""
    lines = [re.sub(r"[ \t\u00a0]+", " ", line).strip() for line in text.replace("\r", "\n").split("\n")]
    return "\n\n".join(line for line in lines if line) + "\n"


def read_page(html: str, url: Optional[str] = None) -> Optional[WebPage]:
    """The article in a web page's `html` (text already decoded), or None when the page has no
    main text (an index page, a page that needs its scripts to show anything, an error page)."""
    import htmldate
    import trafilatura

    try:
        original = _parse(html)
    except Exception:  # lxml refuses some documents outright (empty, only a comment)
        return None
    meta = trafilatura.extract_metadata(original, default_url=url)
    try:
        published = htmldate.find_date(original, extensive_search=False, original_date=True, url=url)
    except Exception:  # htmldate's own parsing failing costs the date, never the page
        published = None
    language = (original.get("lang") or "").strip().lower()[:2] or None
    cleaned = _parse(html)
    _strip(cleaned)
    document = trafilatura.bare_extraction(
        cleaned, url=url, include_comments=False, include_links=False, include_images=False,
        include_tables=True, include_formatting=False, with_metadata=False,
    )
    text = getattr(document, "text", None) if document is not None else None
    if not text or sum(ch.isalpha() for ch in text) < MIN_TEXT:
        return None
    top = _parse(html)
    _strip(top)
    return WebPage(
        text=_blocks(text),
        title=_one_line(getattr(meta, "title", None)),
        source=_one_line(getattr(meta, "sitename", None)),
        url=_http(getattr(meta, "url", None)) or _http(url),
        published=published if published and re.fullmatch(r"\d{4}-\d{2}-\d{2}", published) else None,
        language=language if language and language.isalpha() else None,
        top=visible_top(top),
    )
