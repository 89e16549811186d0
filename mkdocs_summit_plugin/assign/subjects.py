"""Stage 4b: what sets apart quantities of one attribute: a count's head and nationality, an occasion's holder, another happening.

Read from the words around the number, with the tables in
``lexicon/attributes.yaml``: the predicate that governs a count ("حدد 16
كيانا" → ``hdd``), the nationality after a count's noun ("10 دبلوماسيين
روس"), whose occasion a number measures ("المؤتمر الصحفي لبوتين"), and
whether it is said of another happening of the same kind ("زلزال جديد بقوة 7.6").
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from ..lexicon import load
from ..model import Quantity
from ..text.normalise import fold


@lru_cache(maxsize=1)
def _head_tools():
    import snowballstemmer
    from camel_tools.utils.charmap import CharMapper

    skip = {fold(w) for w in load("attributes").get("head_skip", [])}
    return snowballstemmer.stemmer("arabic"), CharMapper.builtin_mapper("ar2safebw"), skip


def count_head(before: str) -> str:
    """The ASCII stem of the predicate before a count ("حدد 16 كيانا" → "hdd"), or "".

    The nearest word before the number that is neither a particle (``head_skip``)
    nor a definite noun ("حضر الاجتماع 40 شخصا" → حضر): in news Arabic that is
    the verb or the indefinite noun that governs the count.
    """
    stemmer, translit, skip = _head_tools()
    verbs = {fold(w) for w in load("attributes").get("head_verbs_with_al", [])}
    for word in reversed(re.findall(r"[\u0621-\u064a]+", fold(before))):
        bare = re.sub(r"^(?:[وف])(?=\w{3})", "", word)
        if word in skip or bare in skip or len(bare) < 2:
            continue
        if re.match(r"^(?:[وف]?[بلك]?ال|لل)", word) and bare not in verbs:
            continue
        stem = stemmer.stemWord(bare)
        return re.sub(r"[^a-z0-9]+", "", translit(stem).lower())
    return ""


def holder(clause: str, offset: int) -> Optional[str]:
    """Whose occasion a number measures, when the clause says it ("وقال بايدن في مؤتمره",
    "المؤتمر الصحفي لبوتين"): the folded name, or None.

    The name is the word after a reporting verb, or the word joined by لـ right
    after a cue of the attribute; a definite word is no name.
    """
    table = load("attributes")
    before = fold(clause[:offset])
    verbs = "|".join(re.escape(fold(v)) for v in table.get("holder_verbs", []))
    m = None
    for m in re.finditer(rf"(?<!\w)[وف]?(?:{verbs})\s+(?P<name>[\u0621-\u064a]+)", before):
        pass
    if m and not m.group("name").startswith("ال"):
        return m.group("name")
    m = re.search(r"(?<!\w)ل(?!ل)(?P<name>[\u0621-\u064a]{3,})(?!\w)", before)
    if m and not m.group("name").startswith("ال"):
        return m.group("name")
    return None


@lru_cache(maxsize=1)
def _qualifiers() -> dict[str, str]:
    table = load("attributes").get("qualifiers") or {}
    return {fold(word): label for label, words in table.items() for word in words}


def count_qualifier(quantity: Quantity, after: str) -> Optional[str]:
    """The nationality right after a count's noun ("10 دبلوماسيين روس" → "روس"), or None."""
    if quantity.dimension != "count":
        return None
    words = fold(after).split()
    return _qualifiers().get(re.sub(r"[^\w]", "", words[0])) if words else None


@lru_cache(maxsize=1)
def _another_pattern() -> re.Pattern:
    table = load("attributes").get("another_occurrence") or {}
    alt = lambda words: "|".join(re.escape(fold(w)) for w in sorted(words, key=len, reverse=True))
    parts = []
    if table.get("nouns") and table.get("modifiers"):
        parts.append(rf"(?<!\w)(?:[وفبل]|ال|وال|بال)?(?:{alt(table['nouns'])})(?:\s+\S+)?\s+(?:{alt(table['modifiers'])})(?!\w)")
    if table.get("phrases"):
        parts.append(rf"(?<!\w)[وف]?(?:{alt(table['phrases'])})(?!\w)")
    return re.compile("|".join(parts)) if parts else re.compile(r"(?!x)x")


def another_occurrence(before: str) -> bool:
    """Do the words before a number (from the previous number of its sentence) speak of another
    happening of the same kind: "ضرب زلزال جديد بلغت قوته", "أعقبه آخر ظهر اليوم بقوة"?"""
    return bool(_another_pattern().search(fold(before)))

