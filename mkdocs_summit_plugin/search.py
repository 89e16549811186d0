"""Arabic search for mkdocs-material: fold what is indexed and what the reader types the same way.

How material's search works (9.x): the ``search`` plugin writes
``search/search_index.json`` = ``{"config": {lang, separator, pipeline,
fields}, "docs": [{location, title, text}]}``. In the browser a web worker
builds a lunr index from it, tokenising each field of each doc on
``config.separator`` and recording each token's offset in the field, so the
result list can show the field *as written* with the matched words marked.
Queries are split the same way and every term gets a trailing wildcard; lunr
skips its pipeline (stemmer, trimmer) for wildcard terms. With ``language:
ar`` material configures no Arabic pipeline at all (``lang: ["en"]``,
pipeline emptied), and lunr's own Arabic stemmer would not help: stemmed
index terms stop matching the unstemmed wildcard query terms, and its
trimmer drops digits.

So the robust route is to fold both sides with one function:

* at build time (:func:`rewrite_index`), every doc gets two extra fields,
  ``ftitle`` and ``ftext``, holding the *search keys* of its title and text
  (:func:`search_keys`: :func:`normalise.fold` — diacritics, alef/hamza forms,
  ya/alef maqsura, teh marbuta, tatweel, in-word dots, Eastern digits — then
  light stripping of the article, conjunction/preposition proclitics and
  common suffixes). ``title`` and ``text`` stay as written: they are what the
  result list shows;
* in the browser, ``summit-search.js`` folds the query with a JavaScript port
  of the same function before it reaches the worker. Its character table and
  clitic lists are emitted from this module at build time (:func:`js_tables`),
  so Python stays the one source of truth; ``tests/test_search.py`` runs the
  same strings through both.
"""
from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path
from typing import Iterable

from .normalise import ARABIC_LETTERS, _INWORD_DOT, _tables, fold

# Light stemming in the manner of Larkey et al.'s "light10": one proclitic
# group (longest first), then each suffix at most once, in this order. The
# same lists drive the JavaScript side. Words are already folded (ة→ه, ى→ي).
PREFIXES = ("وال", "فال", "بال", "كال", "لل", "ال")
CONJUNCTIONS = ("و",)  # stripped only from words longer than 3 letters
SUFFIXES = ("ها", "ان", "ات", "ون", "ين", "يه", "ه", "ي")
MIN_STEM = 2
# What counts as a word once folded: letters and digits (Python's [^\W_]).
_WORD = re.compile(r"[^\W_]+")
_ARABIC_WORD = re.compile(rf"^[{ARABIC_LETTERS}]+$")

# Extra fields written into the index, and their boosts (as material's title/text).
FIELDS = {"ftitle": {"boost": 1000.0}, "ftext": {"boost": 1.0}}


def stem(word: str) -> str:
    """Strip the proclitics and suffixes of one folded word (non-Arabic words are returned as they are)."""
    if not _ARABIC_WORD.match(word):
        return word
    for p in PREFIXES:
        if word.startswith(p) and len(word) - len(p) >= MIN_STEM:
            word = word[len(p):]
            break
    else:
        for c in CONJUNCTIONS:
            if word.startswith(c) and len(word) > 3:
                word = word[len(c):]
                break
    for s in SUFFIXES:
        if word.endswith(s) and len(word) - len(s) >= MIN_STEM:
            word = word[: -len(s)]
    return word


def search_keys(text: str) -> list[str]:
    """The search keys of `text`: folded, split into words, each word stemmed."""
    return [stem(w) for w in _WORD.findall(fold(text).lower())]


def search_key_text(text: str) -> str:
    return " ".join(search_keys(text))


class _TextOnly(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_data(self, data: str) -> None:
        self.parts.append(data)

    def handle_starttag(self, tag, attrs) -> None:
        self.parts.append(" ")

    def handle_endtag(self, tag) -> None:
        self.parts.append(" ")


def strip_tags(html: str) -> str:
    parser = _TextOnly()
    parser.feed(html)
    parser.close()
    return "".join(parser.parts)


def fold_index(index: dict) -> dict:
    """Add the folded ``ftitle``/``ftext`` fields to every doc of a material search index (in place)."""
    fields = index.setdefault("config", {}).setdefault("fields", {})
    for name, spec in FIELDS.items():
        fields.setdefault(name, dict(spec))
    for doc in index.get("docs", []):
        doc["ftitle"] = search_key_text(strip_tags(str(doc.get("title", ""))))
        doc["ftext"] = search_key_text(strip_tags(str(doc.get("text", ""))))
    return index


def rewrite_index(site_dir: str | Path) -> bool:
    """Fold ``search/search_index.json`` in a built site; False when the site has no search index."""
    path = Path(site_dir) / "search" / "search_index.json"
    if not path.is_file():
        return False
    index = json.loads(path.read_text(encoding="utf-8"))
    fold_index(index)
    path.write_text(json.dumps(index, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    # material's offline plugin inlines the index into a script: keep it in step.
    inline = path.with_name("search_index.js")
    if inline.is_file():
        inline.write_text("var __index = " + json.dumps(index, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    return True


def js_tables() -> dict:
    """Everything the JavaScript folder needs, derived from the Python side."""
    table, _, _ = _tables()
    return {
        "fold": {chr(k): v for k, v in sorted(table.items())},
        "letters": ARABIC_LETTERS,
        "inwordDot": _INWORD_DOT.pattern,
        "prefixes": list(PREFIXES),
        "conjunctions": list(CONJUNCTIONS),
        "suffixes": list(SUFFIXES),
        "minStem": MIN_STEM,
    }


def script(static_js: str) -> str:
    """``summit-search.js``: the tables as JSON, then the static code that uses them."""
    data = json.dumps(js_tables(), ensure_ascii=True, sort_keys=True)
    return f"/* generated by mkdocs-summit from normalise.py: do not edit */\nvar SUMMIT_SEARCH = {data};\n{static_js}"


def keys_many(texts: Iterable[str]) -> list[list[str]]:
    """search_keys over several strings (for tests comparing with the JavaScript port)."""
    return [search_keys(t) for t in texts]
