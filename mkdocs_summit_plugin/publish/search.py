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

So the robust route is to fold both sides with one function, :func:`search_keys`:
:func:`normalise.fold` (diacritics, alef/hamza forms, ya/alef maqsura, teh
marbuta, tatweel, in-word dots, Eastern digits), split into words, then light
stripping of the article, conjunction/preposition proclitics and common
suffixes. It runs in the browser, as a JavaScript port (``templates/summit-
search.js``) that :func:`patch_worker` prepends to material's search worker
at build time:

* index side: a lunr pipeline function replaces every token of a page's
  title and text by its search keys. The token keeps its position, so the
  result list still shows the title and text *as written*, with the matched
  words marked;
* query side: each query is folded the same way before lunr parses it (so
  the trailing wildcard material adds is applied to a folded key).

The port's character table and clitic lists are emitted from this module
(:func:`js_tables`), so Python stays the one source of truth, and
``tests/test_search.py`` runs the same strings (the whole demo corpus among
them) through both and requires identical keys.
"""
from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Iterable

from ..text.normalise import ARABIC_LETTERS, _INWORD_DOT, _tables, fold

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


MARKER = "/* mkdocs-summit: Arabic search folding"
WORKER_GLOB = "assets/javascripts/workers/search*.js"


def patch_worker(site_dir: str | Path, static_js: str) -> int:
    """Prepend the folding script to material's search worker(s) in a built site; returns how many were patched.

    Idempotent (a worker already patched is left alone); 0 means no material search worker was found.
    """
    patched = 0
    code = script(static_js)
    for path in sorted(Path(site_dir).glob(WORKER_GLOB)):
        if path.suffix != ".js":
            continue
        original = path.read_text(encoding="utf-8")
        if MARKER in original:
            patched += 1
            continue
        path.write_text(code + "\n" + original, encoding="utf-8")
        patched += 1
    return patched


def write_inline_index(site_dir: str | Path) -> bool:
    """``search/search_index.js``: the index as a script, which material loads instead of the JSON under file://."""
    path = Path(site_dir) / "search" / "search_index.json"
    if not path.is_file():
        return False
    path.with_name("search_index.js").write_bytes(b"var __index = " + path.read_bytes())  # UTF-8 both
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
    return f"var SUMMIT_SEARCH = {data}; /* generated by mkdocs-summit from normalise.py */\n{static_js}"


def keys_many(texts: Iterable[str]) -> list[list[str]]:
    """search_keys over several strings (for tests comparing with the JavaScript port)."""
    return [search_keys(t) for t in texts]
