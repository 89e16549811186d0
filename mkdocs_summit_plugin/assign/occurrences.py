"""Stage 4b: which ordinals state a fact — the number of a meeting between the parties.

An ordinal most often names a thing ("الجولة الثانية", "اليوم الأول"); it
states a checkable fact when it numbers the meetings between the parties: a
meeting or summit numbered and then the parties ("ثالث لقاء بين الوزيرين",
"القمة الثانية بينهما", "اللقاء الخامس الذي يجمعهما"), or "للمرة N" said of a
verb of meeting ("التقى الوزيران للمرة الرابعة"). Each number is a claim of its own
(``meeting-number``, or ``summit-number`` for a summit, numbered apart: a first formal summit
may be the parties' fourth meeting), joined by outlets that give the same number and never
compared with another: which parties a number counts the meetings of is not read, and one
report may number two pairs' meetings.

The meeting counted from ("القمة الثانية بينهما بعد قمة جنيف") is a landmark: its venue
does not say which event the number is of (:func:`own_passage`).

A qualifier after it makes it another count: "أول لقاء بينهما منذ 2019" (the first
in so long), "أول قمة عبر الفيديو" (the first of a kind), "الثانية هذا العام", "للمرة الأولى
كرئيسين" (the first time in a capacity). Those
are not compared with the plain number and stay statements. The words are in
``lexicon/attributes.yaml`` (``occurrence``).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Optional, Sequence

from ..lexicon import load
from ..model import Mention, Quantity
from ..text.normalise import fold

MEETING = "meeting"
MEETING_NUMBER = "meeting-number"  # the attributes of lexicon/attributes.yaml: which meeting,
SUMMIT_NUMBER = "summit-number"  # which summit (numbered apart: both can be true of one meeting)
NUMBER_ATTRIBUTES = (MEETING_NUMBER, SUMMIT_NUMBER)
CAPACITY_WORD = 5  # letters at least of a word "ك…" of capacity after an ordinal ("كرئيسين")
COMPLEMENT_CLAUSES = 2  # how many clauses back a verb of meeting may stand from its complement


@dataclass(frozen=True)
class _Words:
    between: frozenset
    relatives: frozenset
    meet: frozenset
    qualifiers: frozenset
    openers: frozenset
    complements: frozenset
    pronouns: frozenset
    reach: int
    max_value: int
    units: frozenset


@lru_cache(maxsize=1)
def _words() -> _Words:
    table = load("attributes")
    occ = table["occurrence"]
    units = frozenset(u for key in NUMBER_ATTRIBUTES for u in table["attributes"][key]["units"])

    def folded(key: str) -> frozenset:
        return frozenset(fold(w) for w in occ.get(key, ()))

    return _Words(
        between=folded("between"),
        relatives=folded("relatives"),
        meet=folded("meet_words"),
        qualifiers=folded("qualifiers"),
        openers=folded("clause_openers"),
        complements=folded("complements"),
        pronouns=folded("pronouns"),
        reach=int(occ.get("qualifier_words", 10)),
        max_value=int(occ.get("max_value", 30)),
        units=units,
    )


def _bare(word: str) -> str:
    """A folded word without a conjunction or preposition in front ("والتقى" → "التقى", "بينهما" kept)."""
    return re.sub(r"^(?:و|ف)(?=\w{3})", "", word)


def _words_of(text: str) -> list[str]:
    return [_bare(w) for w in re.findall(r"\w+", fold(text))]


def _qualified(after: list[str], words: _Words) -> bool:
    """Is a qualifier among the first words after the ordinal, before another clause opens?"""
    for w in after[: words.reach]:
        if w in words.openers:
            return False
        if w in words.qualifiers or (w.startswith("ك") and len(w) >= CAPACITY_WORD):
            return True  # "منذ 2019"، "عبر الفيديو"، "كرئيسين" (as presidents)
    return False


def _numbers_parties(after: list[str], words: _Words) -> bool:
    """Do the words right after the ordinal name the parties ("بين الزعيمين", "بينهما", "الذي يجمعهما")?"""
    k = 1 if after[:1] and after[0] in words.relatives else 0
    return len(after) > k and after[k] in words.between


def _met_before(before: str, after: str, earlier: Sequence[str], words: _Words) -> bool:
    """Is "للمرة N" said of a verb of meeting: in its clause, or, when its clause goes on with the
    verb's complement ("يلتقي الوزير، غدا، بنظيره الفرنسي للمرة الثالثة"), in the clauses before?"""
    own = _words_of(before)
    if own and own[-1] in words.pronouns:
        # "اجتماعا عبر الفيديو، الخميس، هو الرابع بين الوزيرين": the third of what its clause or the
        # clauses before name, when the parties follow ("خلال اجتماع هو الأول من نوعه" is no number of theirs)
        return _numbers_parties(_words_of(after), words) and any(
            w in words.meet for text in [*earlier[-COMPLEMENT_CLAUSES:], before] for w in _words_of(text)
        )
    if any(w in words.meet for w in own):
        return True
    if not own or not (own[0] in words.complements or own[0].startswith("ب")):
        return False
    return any(w in words.meet for text in earlier[-COMPLEMENT_CLAUSES:] for w in _words_of(text))


def occurrence_number(
    quantity: Quantity, before: str, after: str, earlier: Sequence[str] = ()
) -> Optional[Quantity]:
    """The ordinal `quantity` as the number of a meeting between the parties, or None.

    `before` and `after` are the words of its clause on either side, `earlier` the
    clauses before it in its sentence. The unit is the meeting's ("للمرة الثالثة"
    after "التقى" numbers meetings); the value stays the ordinal's.
    """
    if quantity.dimension != "ordinal":
        return None
    words = _words()
    if not 1 <= quantity.value <= words.max_value:
        return None
    following = _words_of(after)
    if _qualified(following, words):
        return None
    if quantity.unit in words.units:
        return quantity if _numbers_parties(following, words) else None
    if quantity.unit == "time" and _met_before(before, after, earlier, words):
        return replace(quantity, unit=MEETING)
    return None


def own_passage(mention: Mention) -> str:
    """The words of a mention that say which event it is of: its excerpt, but for the number of a
    meeting not the landmark it is counted from ("القمة الثانية بينهما بعد قمة جنيف"), whose venue
    is another meeting's."""
    if mention.attribute not in NUMBER_ATTRIBUTES or mention.quantity is None:
        return mention.excerpt
    value_end = mention.quantity.end - mention.start
    m = _landmark_pattern().search(mention.excerpt, max(value_end, 0))
    return mention.excerpt[: m.start()] if m else mention.excerpt


@lru_cache(maxsize=1)
def _landmark_pattern() -> re.Pattern:
    words = sorted(load("attributes")["occurrence"].get("landmarks", ()), key=len, reverse=True)
    return re.compile(r"(?<!\w)[وف]?(?:" + "|".join(map(re.escape, words)) + r")(?!\w)")

