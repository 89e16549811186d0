"""Stage 4b: how a quantity is asserted (its modality): reported, planned or denied.

Read from the words around the number, with the tables in ``lexicon/modality.yaml``:
``planned`` when an expectation or schedule word ("من المتوقع", "المقرر",
"يعتزم") or a future verb of lasting ("ستستغرق", "سيمتد") stands before the
number in its clause or sentence lead; ``denied`` after a verb of denial
("نفى"); ``reported`` otherwise.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..lexicon import load
from ..model import DENIED, PLANNED, REPORTED
from ..text.normalise import fold, word_pattern


@dataclass(frozen=True)
class ModalityCues:
    planned: re.Pattern  # expectation and schedule words
    lasting: re.Pattern  # an imperfect verb of lasting, with what stands before it
    possibility: re.Pattern  # قد/ربما + an imperfect verb
    stipulation: re.Pattern
    after: re.Pattern
    instead: re.Pattern  # "بدلا من" right before the number
    denied: re.Pattern
    reported: re.Pattern


@lru_cache(maxsize=1)
def _modality_cues() -> ModalityCues:
    table = load("modality")
    planned = table["planned"]
    alt = lambda words: "|".join(re.escape(fold(w)) for w in sorted(words, key=len, reverse=True))
    return ModalityCues(
        planned=word_pattern(planned["words"]),
        lasting=re.compile(
            rf"(?:(?<!\w)(?P<neg>{alt(planned['past_negation'])})\s+)?(?<!\w)[وف]?(?:س|سوف\s+)?(?:{alt(planned['lasting_verbs'])})(?!\w)"
        ),
        possibility=re.compile(rf"(?<!\w)[وف]?(?:{alt(planned['possibility'])})\s+(?:لا\s+)?[يتن]\w{{2,}}"),
        stipulation=word_pattern(planned["stipulation"]),
        after=word_pattern(planned["after"]),
        instead=re.compile(rf"(?<!\w)[وف]?(?:{alt(planned.get('instead', []))})\s*(?:\S+\s+){{0,{INSTEAD_REACH}}}$"),
        denied=word_pattern(table["denied"]["words"]),
        reported=word_pattern(table["reported"]["words"]),
    )


INSTEAD_REACH = 2  # words between "بدلا من" and the number at most ("بدلا من نحو ست ساعات")


def _last(pattern: re.Pattern, text: str) -> int:
    """Where the last match of `pattern` in `text` ends (-1: none)."""
    ends = [m.end() for m in pattern.finditer(text)]
    return ends[-1] if ends else -1


def assign_modality(before_in_clause: str, sentence_lead: str = "", after: str = "") -> str:
    """reported / planned / denied, from the words around the number.

    `before_in_clause`: the clause up to the number; `sentence_lead`: the
    sentence before that clause (where "من المتوقع أن …" often stands);
    `after`: the clause after the number's words. The cue nearest the number
    decides: a past verb of lasting ("انتهت", "استمرت") after an expectation
    word makes the number reported again; "المقبلة" right after it makes it
    planned.
    """
    cues = _modality_cues()
    text = fold(sentence_lead) + " | " + fold(before_in_clause)
    if cues.denied.search(text):
        return DENIED
    following = " ".join(fold(after).split()[:2])
    if cues.after.search(following) or cues.instead.search(fold(before_in_clause)):
        return PLANNED
    said = _last(cues.reported, text)
    plan = max(_last(cues.planned, text), _last(cues.possibility, text), _last(cues.stipulation, text))
    for m in cues.lasting.finditer(text):
        if m.group("neg"):
            said = max(said, m.end())
        else:
            plan = max(plan, m.end())
    return PLANNED if plan > said else REPORTED
