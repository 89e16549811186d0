"""Stage 4b: whose figure a toll is: the body the text names as giving it.

"أعلنت وزارة الصحة السورية أن عدد الضحايا وصل إلى 111"، "وقال الدفاع المدني …
إن ما لا يقل عن 64 شخصا لقوا حتفهم"، "بحسب إدارة الكوارث": the words after the
last verb of announcing (or "according to") before the number, up to the word
that opens what is announced (``figure_sources`` in ``lexicon/attributes.yaml``).
The source is shown on the excerpt; :func:`same_source` compares two of them by
their first two words, so "إدارة الكوارث والطوارئ" and "إدارة الكوارث التركية"
are one body and "وزارة الصحة" and "الدفاع المدني" two.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from ..lexicon import load
from ..text.normalise import fold

SOURCE_WORDS = 6  # at most this many words name the body ("المكتب الإعلامي لوزارة الصحة السورية")
KEY_WORDS = 2  # a body's key: its first two words without the article


@lru_cache(maxsize=1)
def _tables():
    table = load("attributes").get("figure_sources") or {}
    folded = lambda key: sorted({fold(w) for w in table.get(key, ())}, key=len, reverse=True)
    alt = lambda words: "|".join(re.escape(w) for w in words)
    opener = re.compile(rf"(?<!\w)[وف]?(?:{alt(folded('verbs'))}|{alt(folded('prepositions'))})(?!\w)")
    return opener, frozenset(folded("ends"))


def figure_source(before: str) -> Optional[str]:
    """The body that gives the figure after `before` (the text of its sentence up to the number),
    as written in folded form, or None when no verb of announcing or "according to" names one."""
    opener, ends = _tables()
    folded = fold(before)
    last = None
    for m in opener.finditer(folded):
        if not _NOUN_BEFORE.search(folded, 0, m.start()):
            last = m  # "طالبا عدم ذكر اسمه": the mention of a name, no verb of announcing
    if last is None:
        return None
    words = []
    for w in re.findall(r"[\u0621-\u064a]+|[^\s\u0621-\u064a]+", folded[last.end():]):
        if w in _QUOTES and words:
            continue  # "وكالة "سبأ"": a name in quotation marks is still the body's name
        bare = re.sub(r"^[وف]?[بل]?(?=\w{3})", "", w)  # "بمقتل"، "بسقوط": what is announced
        if w in ends or bare in ends or not re.fullmatch(r"[\u0621-\u064a]+", w) or len(words) >= SOURCE_WORDS:
            break
        words.append(w)
    return " ".join(words) or None


_QUOTES = frozenset('"“”«»')
_NOUN_BEFORE = re.compile(r"(?<!\w)عدم\s+$")  # "عدم ذكر": the verbal noun of a verb of announcing


def source_key(source: Optional[str]) -> Optional[str]:
    """Two bodies with the same key are one: the first two words, without the article or لـ."""
    if not source:
        return None
    words = [re.sub(r"^(?:ال|لل|ل(?=ال))", "", w) for w in source.split()[:KEY_WORDS]]
    return " ".join(words)


def other_source(a: Optional[str], b: Optional[str]) -> bool:
    """Are `a` and `b` both known and two different bodies?"""
    ka, kb = source_key(a), source_key(b)
    return bool(ka and kb and ka != kb)
