"""Word shapes: the token pattern that cuts folded text, and the proclitics a word may carry.

A token is a digit run, a letter run, a symbol or a punctuation mark
(:data:`TOKEN`). A word may open with proclitics: a conjunction (و ف), a
preposition (ب ل ك) and the article (ال; ل + ال → لل); :data:`PREFIXES` lists
every combination, shortest first, for :func:`tokens.analyse` to strip.
"""
from __future__ import annotations

import re

from ...text.normalise import ARABIC_LETTERS

# An Arabic comma between digits groups thousands before three ("5،000"), else is a decimal point ("5،9").
# "4ر3": the wire style (WAM, KUNA) writes a decimal reversed around ر: 3.4 (numbers.parse_digits).
TOKEN = re.compile(r"(?P<n>\d+ر\d+(?![\w])|(?<!\d)\d{1,3}(?:،\d{3})+(?![\d.,،])|(?<!\d)\d{1,3}،\d{1,2}(?![\d.,،])|\d+(?:[.,]\d+)*)|(?P<w>[^\W\d_]+)|(?P<s>[%\-–—/:()\[\]])|(?P<p>[^\s\w])")

# Proclitics: conjunction (و ف), preposition (ب ل ك), article (ال; ل + ال → لل).
_CONJ = ("", "و", "ف")
ARABIC_WORD = re.compile(f"[{ARABIC_LETTERS}]+$")
_PREP = ("", "ب", "ل", "ك")


def _prefixes() -> tuple[str, ...]:
    out = set()
    for c in _CONJ:
        for p in _PREP:
            out.add(c + p)
            out.add(c + ("لل" if p == "ل" else p + "ال"))
    return tuple(sorted(out, key=len))


PREFIXES = _prefixes()
ART_PREFIXES = frozenset(p for p in PREFIXES if p.endswith("ال") or p.endswith("لل"))
# A token that is nothing but proclitics, standing before a number ("الـ 3", "بـ 3", "لـ3").
CLITIC_TOKENS = frozenset(p for p in PREFIXES if p and p not in ("و", "ف"))


def unconj(word: str) -> str:
    """A word without a leading conjunction و/ف."""
    return word[1:] if len(word) > 3 and word[0] in "وف" else word
