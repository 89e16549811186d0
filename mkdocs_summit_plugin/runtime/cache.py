"""A per-article cache of extraction results, so a one-article edit re-extracts one article.

What is cached is the part of the pipeline that looks at one article only
(:func:`extraction.extract_mentions`): its quantity and statement mentions
*before* events are assigned (events depend on the whole corpus, and are
assigned afresh on every run, see :func:`pipeline.assign_events`), with the
statement analyses the grouping stage reads back.

Keys:

* the *namespace* (a folder) hashes the plugin version, the package's source
  files, the lexicon files and the options (editors' event hints): change any
  and every entry is stale, without having to delete anything;
* an *entry* (``<sha256>.json``) hashes the article as read: id, text and
  metadata.

Entries are JSON (never pickle: loading a cache must not run code), written to
a temporary file and renamed into place (atomic), and safe to delete at any
time: a missing, unreadable or malformed entry is a miss. Entries not used by
a build are pruned at the end of it (:meth:`ExtractionCache.prune`).

Besides the folder, the cache keeps what it read or wrote in memory, so that
under ``mkdocs serve`` a rebuild reads nothing from disk for unchanged
articles, and works with the folder disabled (``cache_dir: false``).
"""
from __future__ import annotations

import hashlib
import json
import os
import tempfile
from dataclasses import asdict
from functools import lru_cache
from pathlib import Path
from typing import Callable, Optional, Sequence

from .. import __version__
from ..model import Article, Mention, Quantity

FORMAT = 1  # bump when the entry layout changes


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """sha256 of the plugin version, its Python sources (every stage package) and its lexicon files."""
    h = hashlib.sha256(f"mkdocs-summit {__version__} cache {FORMAT}\n".encode())
    package = Path(__file__).resolve().parents[1]
    for path in sorted(list(package.rglob("*.py")) + list((package / "lexicon").glob("*.yaml"))):
        h.update(path.relative_to(package).as_posix().encode() + b"\0")
        h.update(path.read_bytes())
        h.update(b"\0")
    return h.hexdigest()


def namespace(options_key: str) -> str:
    """The cache's folder name for this code and these options."""
    return hashlib.sha256((code_fingerprint() + "\n" + options_key).encode()).hexdigest()[:20]


def article_key(article: Article) -> str:
    """sha256 of everything read from the article file (id, text, metadata)."""
    data = json.dumps(asdict(article), ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(data.encode("utf-8", "surrogatepass")).hexdigest()


def mention_to_dict(m: Mention) -> dict:
    d = asdict(m)
    d["signature"] = list(m.signature)
    return d


def mention_from_dict(d: dict) -> Mention:
    d = dict(d)
    q = d.pop("quantity", None)
    d["signature"] = tuple(d.get("signature") or ())
    return Mention(**d, quantity=Quantity(**q) if q is not None else None)


class ExtractionCache:
    """Extraction results by article content; `directory` None keeps them in memory only."""

    def __init__(self, directory: Optional[Path], options_key: str = "") -> None:
        self.root = Path(directory) if directory is not None else None
        self.namespace = namespace(options_key)
        self.memory: dict[str, dict] = {}
        self.used: set[str] = set()
        self.hits: list[str] = []  # article ids served from the cache in the current run
        self.misses: list[str] = []  # article ids extracted in the current run
        self.errors: list[str] = []  # entries that could not be read or written (each a miss)

    @property
    def folder(self) -> Optional[Path]:
        return self.root / self.namespace if self.root is not None else None

    def start_run(self) -> None:
        self.used = set()
        self.hits, self.misses, self.errors = [], [], []

    # -- entries ---------------------------------------------------------------
    def _load(self, key: str) -> Optional[dict]:
        entry = self.memory.get(key)
        if entry is not None or self.folder is None:
            return entry
        path = self.folder / f"{key}.json"
        try:
            entry = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return None
        except (OSError, ValueError) as exc:
            self.errors.append(f"{path.name}: {exc}")
            return None
        if not isinstance(entry, dict) or entry.get("format") != FORMAT or entry.get("key") != key:
            self.errors.append(f"{path.name}: not an entry of this cache")
            return None
        self.memory[key] = entry
        return entry

    def _store(self, key: str, entry: dict) -> None:
        self.memory[key] = entry
        if self.folder is None:
            return
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=".tmp-", suffix=".json", dir=self.folder)
            try:
                with os.fdopen(fd, "w", encoding="utf-8") as f:
                    json.dump(entry, f, ensure_ascii=False, sort_keys=True)
                os.replace(tmp, self.folder / f"{key}.json")
            except BaseException:
                try:
                    os.unlink(tmp)
                except OSError:
                    pass
                raise
        except (OSError, ValueError, TypeError) as exc:
            self.errors.append(f"{key}.json: not written ({exc})")

    # -- the one entry point -----------------------------------------------------
    def mentions(
        self,
        article: Article,
        extract: Callable[[], list[Mention]],
        export: Callable[[Sequence[Mention]], list],
        restore: Callable[[Sequence[Mention], Sequence], None],
        key: Optional[str] = None,
    ) -> list[Mention]:
        """The article's event-free mentions: from the cache, or `extract()`-ed and stored.

        `export`/`restore` carry the statement analyses that go with the mentions;
        `key`: the article's :func:`article_key`, when already known.
        """
        key = key or article_key(article)
        self.used.add(key)
        entry = self._load(key)
        if entry is not None:
            try:
                found = [mention_from_dict(d) for d in entry["mentions"]]
                restore(found, entry["analyses"])
            except (KeyError, TypeError, ValueError) as exc:
                self.errors.append(f"{key}.json: {exc}")
                self.memory.pop(key, None)
            else:
                self.hits.append(article.id)
                return found
        found = extract()
        self.misses.append(article.id)
        self._store(key, {
            "format": FORMAT,
            "key": key,
            "article": article.id,
            "mentions": [mention_to_dict(m) for m in found],
            "analyses": export(found),
        })
        return found

    def reuse(self, article: Article, key: Optional[str] = None) -> None:
        """Count `article` as served from the cache when a ``memo.Memo`` already held its mentions
        (its entry stays in use and is not pruned)."""
        key = key or article_key(article)
        if self._load(key) is not None:
            self.used.add(key)
            self.hits.append(article.id)

    def prune(self) -> int:
        """Forget entries no article used in this run (memory and folder); returns how many files went."""
        for key in [k for k in self.memory if k not in self.used]:
            del self.memory[key]
        if self.folder is None or not self.folder.is_dir():
            return 0
        gone = 0
        for path in self.folder.glob("*.json"):
            if path.stem not in self.used:
                try:
                    path.unlink()
                    gone += 1
                except OSError:
                    pass
        return gone
