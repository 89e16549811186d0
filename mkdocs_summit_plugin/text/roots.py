"""Stage 2: the root and synonym family of a folded Arabic word, for paraphrases whose stems differ.

Two outlets reporting one statement often use other forms of the same word:
"ناجون" and "ناجين" and "نجاة", "سيدعوه" and "ودعا", "الوطني" and "وطنياً",
"سنوقف" and "سيوقف". The light stem (``stemming.stem``) keeps them apart; their
root (NLTK's ISRI stemmer, which removes affixes and patterns without a root
dictionary) brings them together. A root is coarser than a stem — "إنتاج" and
"ناجون" share one — so it is never a term's key: the statements stage keeps it
beside the term and the similarity counts a root match for less than a stem
match, and only among terms that already share others.

Outlets also use other words for one thing: "تعهد" and "التزم", "المناورات" and
"التدريبات". ``lexicon/synonyms.yaml`` lists such groups of news vocabulary; a
word belongs to a group when its stem or its root is the stem or root of one of
the group's words. A word's *family* (:func:`family`) is its root and its
groups: two words of one family are akin.

:func:`root` and :func:`family` are cached per word type, so their cost is paid
once per distinct word.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from ..lexicon import load
from .normalise import fold
from .stemming import stem, strip_article

MIN_ROOT = 3  # a shorter "root" (a weak or hollow root stripped to two letters) says too little
_ARABIC_ONLY = re.compile(r"[\u0621-\u064a]+$")


@lru_cache(maxsize=1)
def _isri():
    from nltk.stem.isri import ISRIStemmer

    return ISRIStemmer()


@lru_cache(maxsize=200_000)
def root(word: str) -> Optional[str]:
    """The root of a folded word without proclitics ("اجتماعات" → "جمع"), None for a word
    that is not Arabic letters only or whose root would have fewer than MIN_ROOT letters."""
    if len(word) < MIN_ROOT or not _ARABIC_ONLY.match(word):
        return None
    r = _isri().stem(word)
    return r if len(r) >= MIN_ROOT and _ARABIC_ONLY.match(r) else None


@lru_cache(maxsize=1)
def _groups() -> dict[str, frozenset]:
    """{stem or root of a listed word: the synonym groups it belongs to}."""
    out: dict[str, set] = {}
    for name, words in (load("synonyms").get("groups") or {}).items():
        for w in words:
            bare = strip_article(fold(w))
            for key in {stem(bare), root(bare)} - {None, ""}:
                out.setdefault(key, set()).add("~" + name)
    return {k: frozenset(v) for k, v in out.items()}


@lru_cache(maxsize=200_000)
def family(word: str) -> frozenset:
    """A folded word's root and synonym groups (empty when it has neither): two words whose
    families meet are akin ("التزم" and "تعهد": one group; "سنوقف" and "إيقاف": one root)."""
    r = root(word)
    groups = _groups()
    out = set(groups.get(stem(word), ())) | set(groups.get(r, ()) if r else ())
    if r is not None:
        out.add(r)
    return frozenset(out)
