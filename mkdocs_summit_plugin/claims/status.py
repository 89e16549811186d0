"""Stage 5b: judge each claim: which excerpts support its headline, which conflict, and its status.

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
there is one excerpt. A plan that the report contradicts confirms nothing: it
is no second excerpt.
"""
from __future__ import annotations

import math
from typing import Callable, Hashable, Optional, Sequence

from ..assign.attributes import spec_for
from .wording import counted, genitive, sources, value_phrase
from ..model import (
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

ROUNDING = 0.5  # an exact whole number stands for anything that rounds to it


def interval(evidence: Evidence) -> tuple[float, float]:
    """The values an excerpt (or a mention's quantity: the same value fields) allows, as a closed interval (infinite for open bounds).

    An exact value stands for anything that rounds to it at the precision it
    was written with (``precision``: "10.48 مليون" ±5000, "11 ألف" ±500,
    "52.14%" ±0.005), a whole number with no multiplier word ±half a unit.
    """
    low = evidence.value_min if evidence.value_min is not None else -math.inf
    high = evidence.value_max if evidence.value_max is not None else math.inf
    if evidence.value_min is None and evidence.value_max is None and evidence.value is not None:
        low = high = evidence.value
    if low == high:
        rounding = getattr(evidence, "precision", None) or ROUNDING
        return low - rounding, high + rounding
    return low, high


def agree(a: Evidence, b: Evidence) -> bool:
    """True when the two excerpts' values can both be right."""
    (a_low, a_high), (b_low, b_high) = interval(a), interval(b)
    return a_low < b_high and b_low < a_high


def hedges_agree(a: Evidence, b: Evidence) -> bool:
    """Two hedged values agree when each is within the larger hedge of the other's value: "about 40
    km" and "about 48 km" do not, though their hedges overlap (a hedge is how far one figure may be
    off, not how far two may drift apart); a hedged and an exact value agree as their intervals do."""
    if a.bound != "about" or b.bound != "about" or a.value is None or b.value is None:
        return True
    tolerance = max((e.value_max - e.value) if e.value_max is not None else 0.0 for e in (a, b))
    return abs(a.value - b.value) <= tolerance


def _counts(evidence: Evidence, attribute: Optional[str]) -> bool:
    """Does this excerpt take part in deciding a conflict?"""
    if evidence.modality == REPORTED:
        return True
    spec = spec_for(attribute or "")
    return evidence.modality == PLANNED and bool(spec and spec.plan_conflicts)


def agreeing_group(pool: Sequence[Evidence]) -> list[Evidence]:
    """The largest group of excerpts whose values can all be right at once.

    Values are intervals, and intervals that agree pairwise share a common
    point, so the group is found by sweeping the interval ends (n log n): the
    point covered by the most articles (then the most excerpts, then the
    earliest excerpt) wins, and its group is every excerpt covering it.
    """
    if not pool:
        return []
    bounds = [interval(e) for e in pool]
    # ends before starts at the same place: intervals that only touch do not agree
    sweep = sorted([(low, 1, i) for i, (low, _) in enumerate(bounds)] + [(high, 0, i) for i, (_, high) in enumerate(bounds)])
    active: dict[int, None] = {}
    per_article: dict[str, int] = {}
    best_key, best_point = None, None
    for x, is_start, i in sweep:
        article = pool[i].article
        if not is_start:
            active.pop(i, None)
            per_article[article] -= 1
            if not per_article[article]:
                del per_article[article]
            continue
        active[i] = None
        per_article[article] = per_article.get(article, 0) + 1
        key = (len(per_article), len(active), -min(active))
        if best_key is None or key > best_key:
            best_key, best_point = key, x
    return [e for e, (low, high) in zip(pool, bounds) if low <= best_point < high]


def _pool(evidence: Sequence[Evidence], attribute: Optional[str]) -> list[Evidence]:
    """The excerpts that decide a claim's headline: the counted ones, or all when none counts."""
    return [e for e in evidence if _counts(e, attribute)] or list(evidence)


def headline(evidence: Sequence[Evidence], attribute: Optional[str]) -> Optional[Evidence]:
    """The first excerpt of the largest group of sources that agree (see :func:`agreeing_group`)."""
    group = agreeing_group(_pool(evidence, attribute))
    return group[0] if group else None


def judge_quantity(claim: Claim) -> Claim:
    """Set stances, status and headline value of a quantity claim.

    An excerpt supports the claim when its value can be right together with the
    largest agreeing group of sources; the claim is conflicting as soon as two
    counted excerpts cannot both be right (a hedged middle value agreeing with
    two others that disagree with each other does not hide that conflict), and two
    hedged values conflict when they are further apart than a hedge (:func:`hedges_agree`).
    """
    group = agreeing_group(_pool(claim.evidence, claim.attribute))
    if not group:
        return claim
    low = max(interval(e)[0] for e in group)
    high = min(interval(e)[1] for e in group)
    for e in claim.evidence:
        e_low, e_high = interval(e)
        e.stance = SUPPORTS if (e_low < high and low < e_high and all(hedges_agree(e, g) for g in group)) else CONFLICTS
    claim.headline_value = group[0].value
    counted = [e for e in claim.evidence if _counts(e, claim.attribute)]
    # a plan the report contradicts ("من المتوقع أن تستمر ساعتين" beside "استمرت ثلاث ساعات")
    # makes no conflict, and confirms nothing either: it does not count as a second source
    confirming = [e for e in claim.evidence if e.modality != PLANNED or e.stance == SUPPORTS or _counts(e, claim.attribute)]
    claim.status = _status(confirming, any(e.stance == CONFLICTS for e in counted))
    claim.summary = summarise(claim)
    return claim


def judge_statement(
    claim: Claim,
    mentions: Sequence[Mention],
    contradicts: Callable[[Mention, Mention], bool],
    signature: Optional[Callable[[Mention], Hashable]] = None,
    may_contradict: Optional[Callable[[Hashable, Hashable], bool]] = None,
) -> Claim:
    """Set stances and status of a statement claim; `mentions` are parallel to its evidence.

    `signature` (optional) names what `contradicts` reads of a mention: two mentions
    with the same signature contradict every other mention alike and never each
    other. Then `contradicts` is asked once per pair of distinct signatures, not per
    pair of mentions (a claim repeated by hundreds of outlets has a few dozen
    wordings); the stances and the status are the same either way.
    `may_contradict(sig_a, sig_b)`, with `signature`, is a cheap test that is False only
    where `contradicts` would be (it spares the full test on most pairs).
    """
    if not mentions:
        return claim
    n = len(mentions)
    if signature is None:
        sig_of = list(range(n))
        reps = list(mentions)
    else:
        ids: dict = {}
        sig_of = [ids.setdefault(signature(m), len(ids)) for m in mentions]
        sigs = list(ids)
        reps = [None] * len(ids)
        for m, c in zip(mentions, sig_of):
            if reps[c] is None:
                reps[c] = m
    k = len(reps)
    members: list[list[int]] = [[] for _ in range(k)]
    for i, c in enumerate(sig_of):
        members[c].append(i)
    # contra[c]: signatures whose mentions the mentions of signature c contradict
    contra: list[set[int]] = [set() for _ in range(k)]
    for c in range(k):
        for d in range(k):
            if c == d or (may_contradict is not None and not may_contradict(sigs[c], sigs[d])):
                continue
            if contradicts(reps[c], reps[d]):
                contra[c].add(d)
    if signature is None:
        for c in range(k):
            if contradicts(reps[c], reps[c]):
                contra[c].add(c)
    all_articles = len({m.article for m in mentions})

    # The headline is the mention that the most others do not contradict.
    support_of: list[tuple[int, int]] = []
    for c in range(k):
        if not contra[c]:
            support_of.append((all_articles, n))
            continue
        agreeing = [i for d in range(k) if d not in contra[c] for i in members[d]]
        support_of.append((len({mentions[i].article for i in agreeing}), len(agreeing)))

    def support(i: int) -> tuple[int, int, int]:
        return (*support_of[sig_of[i]], -i)

    t = max(range(n), key=support)
    for e, c in zip(claim.evidence, sig_of):
        e.stance = CONFLICTS if c in contra[sig_of[t]] else SUPPORTS
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
