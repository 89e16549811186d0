"""Stage 6: judge each claim: which excerpts support its headline, which conflict, and its status.

Quantities. Each value is an interval: an exact value ``[v, v]`` (with half a
unit of rounding), a hedged one its tolerance ("about 3.5 hours" = 189–231
minutes), an open bound "more than 3 hours" ``(180, ∞)``, a range its ends.
Two values agree when their intervals overlap. The headline is the reported
value that the most articles (then the most excerpts, then the earliest)
agree with; an excerpt supports the claim when it agrees with the headline,
and conflicts otherwise.

A planned value ("من المتوقع أن تستغرق …") is shown with its stance but never
makes a claim conflicting, except for attributes that describe the format of
an event (how many meetings it has: ``plan_conflicts`` in
``lexicon/attributes.yaml``), where the announced format is itself a fact. A
denial never makes a conflict either.

Status: ``conflicting`` when a counted excerpt conflicts; ``consistent`` when
two or more excerpts agree and none conflicts (repeated excerpts of one article
count: the page shows how many outlets carry the claim); ``single-source`` when
there is one excerpt.
"""
from __future__ import annotations

import math
from typing import Callable, Optional, Sequence

from .attributes import spec_for
from .wording import counted, genitive, sources, value_phrase
from .model import (
    DENIED,
    CONFLICTING,
    CONFLICTS,
    CONSISTENT,
    PLANNED,
    REPORTED,
    SINGLE_SOURCE,
    SUPPORTS,
    Claim,
    Evidence,
    Mention,
)

ROUNDING = 0.5  # an exact value stands for anything that rounds to it


def interval(evidence: Evidence) -> tuple[float, float]:
    """The values an excerpt allows, as a closed interval (infinite for open bounds)."""
    low = evidence.value_min if evidence.value_min is not None else -math.inf
    high = evidence.value_max if evidence.value_max is not None else math.inf
    if evidence.value_min is None and evidence.value_max is None and evidence.value is not None:
        low = high = evidence.value
    if low == high:
        return low - ROUNDING, high + ROUNDING
    return low, high


def agree(a: Evidence, b: Evidence) -> bool:
    """True when the two excerpts' values can both be right."""
    (a_low, a_high), (b_low, b_high) = interval(a), interval(b)
    return a_low < b_high and b_low < a_high


def _counts(evidence: Evidence, attribute: Optional[str]) -> bool:
    """Does this excerpt take part in deciding a conflict?"""
    if evidence.modality == REPORTED:
        return True
    spec = spec_for(attribute or "")
    return evidence.modality == PLANNED and bool(spec and spec.plan_conflicts)


def headline(evidence: Sequence[Evidence], attribute: Optional[str]) -> Optional[Evidence]:
    """The excerpt whose value most of the sources agree with."""
    pool = [e for e in evidence if _counts(e, attribute)] or list(evidence)
    if not pool:
        return None

    def support(e: Evidence) -> tuple[int, int, int]:
        agreeing = [o for o in pool if agree(e, o)]
        return (len({o.article for o in agreeing}), len(agreeing), -evidence.index(e))

    return max(pool, key=support)


def judge_quantity(claim: Claim) -> Claim:
    """Set stances, status and headline value of a quantity claim."""
    top = headline(claim.evidence, claim.attribute)
    if top is None:
        return claim
    for e in claim.evidence:
        e.stance = SUPPORTS if agree(e, top) else CONFLICTS
    claim.headline_value = top.value
    counted = [e for e in claim.evidence if _counts(e, claim.attribute)]
    claim.status = _status(claim.evidence, any(e.stance == CONFLICTS for e in counted))
    claim.summary = summarise(claim)
    return claim


def judge_statement(
    claim: Claim, mentions: Sequence[Mention], contradicts: Callable[[Mention, Mention], bool]
) -> Claim:
    """Set stances and status of a statement claim; `mentions` are parallel to its evidence."""
    if not mentions:
        return claim
    # The headline is the mention that the most others do not contradict.
    def support(i: int) -> tuple[int, int, int]:
        m = mentions[i]
        agreeing = [o for o in mentions if not contradicts(m, o)]
        return (len({o.article for o in agreeing}), len(agreeing), -i)

    top = mentions[max(range(len(mentions)), key=support)]
    for e, m in zip(claim.evidence, mentions):
        e.stance = CONFLICTS if contradicts(top, m) else SUPPORTS
    counted = [e for e in claim.evidence if e.modality == REPORTED]
    claim.status = _status(claim.evidence, any(e.stance == CONFLICTS for e in counted))
    claim.summary = summarise(claim)
    return claim


def _status(evidence: Sequence[Evidence], conflict: bool) -> str:
    if conflict:
        return CONFLICTING
    return CONSISTENT if len(evidence) >= 2 else SINGLE_SOURCE


def value_groups(claim: Claim) -> list[tuple[str, list[Evidence]]]:
    """The claim's excerpts grouped by the value they give, in words, supporting values first.

    Excerpts with the same value, bound and modality form one group ("4 ساعات"
    and "أربع ساعات" are one value), so a summary names each figure once.
    """
    groups: dict[tuple, list[Evidence]] = {}
    for stance in (SUPPORTS, CONFLICTS):
        for e in claim.evidence:
            if e.stance == stance and e.value is not None:
                groups.setdefault((stance, e.value, e.value_min, e.value_max, e.bound, e.modality), []).append(e)
    out = []
    for (_, value, low, high, bound, modality), items in groups.items():
        words = value_phrase(value, low, high, claim.unit, bound or "", fallback=" ".join((items[0].value_text or "").split()))
        out.append((words + (" (متوقع)" if modality == PLANNED else " (منفي)" if modality == DENIED else ""), items))
    return out


def summarise(claim: Claim) -> str:
    """One Arabic sentence saying what agrees or disagrees ("4 ساعات في مصدر واحد، مقابل نحو 3 ساعات ونصف في مصدر واحد")."""
    articles = len({e.article for e in claim.evidence})
    if claim.kind == "quantity":
        groups = value_groups(claim)
        parts = [f"{words} في {sources(len({e.article for e in items}))}" for words, items in groups]
        if claim.status == CONFLICTING:
            return "تختلف الأرقام: " + "، مقابل ".join(parts[:1] + [genitive(p) for p in parts[1:]]) + "."
        if claim.status == CONSISTENT and articles == 1:
            excerpts = counted(len(claim.evidence), ("مقتطف واحد", "مقتطفين", "مقتطفات", "مقتطفا"))
            return f"يتكرر الرقم في {excerpts} من مصدر واحد: " + "، و".join(w for w, _ in groups) + "."
        if claim.status == CONSISTENT:
            return "تتفق الأرقام: " + "، و".join(parts) + "."
        return "يرد الرقم في مصدر واحد فقط: " + "، و".join(w for w, _ in groups) + "."
    if claim.status == CONFLICTING:
        n = sum(e.stance == CONFLICTS for e in claim.evidence)
        return f"تتعارض الروايات: {counted(n, ('مقتطف واحد ينقض', 'مقتطفان ينقضان', 'مقتطفات تنقض', 'مقتطفا ينقض'))} ما تقوله بقية المصادر."
    if claim.status == CONSISTENT:
        return f"ينقل التصريح {sources(articles)} دون تعارض."
    return "يرد في مصدر واحد فقط."
