"""Phrases of the tables found in the token stream: the one ending before a token, or starting at one.

A phrase index (:func:`tables._phrase_index`) files phrases by their first or
last word, longest first; :func:`match_before` and :func:`match_after` return
the longest that matches, a conjunction or preposition allowed on the first
word of a phrase before ("بأكثر من", "لنحو").
"""
from __future__ import annotations

from .tokens import Tok


def _first_ok(tok: Tok, word: str, prefixed: bool) -> bool:
    if tok.s == word:
        return True
    if not prefixed or not tok.s.endswith(word):
        return False
    p = tok.s[: len(tok.s) - len(word)]
    return p in ("و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل", "وك")


def match_before(toks: list[Tok], end: int, index: dict, floor: int = 0):
    """The longest phrase of `index` ending just before token `end`: (start, label) or None.
    Its first word may carry a conjunction/preposition ("بأكثر من", "لنحو")."""
    if end - 1 < floor:
        return None
    cands = index.get(toks[end - 1].s)
    last = toks[end - 1]
    if cands is None and last.k == "w":
        for p in ("و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل"):
            if last.s.startswith(p) and last.s[len(p):] in index:
                cands = [c for c in index[last.s[len(p):]] if len(c[0]) == 1]
                break
    if not cands:
        return None
    for words, label in cands:
        st = end - len(words)
        if st < floor:
            continue
        if all(toks[st + j].s == words[j] for j in range(1, len(words))) and _first_ok(toks[st], words[0], True):
            return st, label
    return None


def match_after(toks: list[Tok], k: int, index: dict):
    """The longest phrase of `index` starting at token k: (end, label) or None."""
    if k >= len(toks):
        return None
    for words, label in index.get(toks[k].s, ()):
        e = k + len(words)
        if e <= len(toks) and all(toks[k + j].s == words[j] for j in range(1, len(words))):
            return e, label
    return None

