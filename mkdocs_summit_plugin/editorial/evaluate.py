"""Measure a claims.json against a newsroom's own reference annotation (gold YAML).

The gold format (see ``tests/data/gold/seeds.yaml``) lists, per reference
claim, the excerpts a reader must find on that claim's page (``quote`` inside
the excerpt, in a given ``article``, optionally with the expected ``value``),
``optional`` excerpts, excerpts that must not be there (``must_not_include``)
and the expected status (``expect``).

For each reference claim the report claim holding the most required quotes is
chosen (on a tie, the one with fewer excerpts). It is *complete* when it holds
every required quote with the right values, no excluded excerpt, the expected
status, and at least half of its excerpts carry one of the reference claim's
quotes (its *precision*): lumping statements together to catch quotes does not
count. A report claim marked conflicting that no conflicting reference claim
chose is a *false conflict*.

Quotes and excerpts are compared folded (diacritics, tatweel, in-word dots,
letter variants, punctuation and extra spaces ignored).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from ..text.normalise import fold_for_match

COMPLETE_PRECISION = 0.5


@dataclass
class ClaimScore:
    """How one reference claim fared."""

    id: str
    expect: str
    stretch: bool
    kind: str = "quantity"  # "quantity" when the reference claim has a unit, else "statement"
    chosen: Optional[str] = None
    status: Optional[str] = None
    required: int = 0
    found: int = 0
    values: int = 0
    values_ok: int = 0
    intrusions: int = 0
    precision: Optional[float] = None

    @property
    def complete(self) -> bool:
        return (
            self.chosen is not None
            and self.found == self.required
            and self.values_ok == self.values
            and self.intrusions == 0
            and self.status == self.expect
            and (self.precision or 0.0) >= COMPLETE_PRECISION
        )


@dataclass
class Evaluation:
    """The whole result: one score per reference claim, false conflicts, totals."""

    corpus: str
    claims: list[ClaimScore]
    false_conflicts: list[str]
    report_claims: int
    by_expect: dict[str, tuple[int, int]] = field(default_factory=dict)

    @property
    def recall(self) -> float:
        required = sum(c.required for c in self.claims)
        return sum(c.found for c in self.claims) / required if required else 1.0

    @property
    def precision(self) -> float:
        scored = [c.precision for c in self.claims if c.precision is not None]
        return sum(scored) / len(scored) if scored else 0.0

    @property
    def intrusions(self) -> int:
        return sum(c.intrusions for c in self.claims)

    def complete(self, expect: Optional[str] = None) -> int:
        return sum(c.complete for c in self.claims if expect is None or c.expect == expect)


def _carries(item: dict, evidence: dict) -> bool:
    """Does a report excerpt hold the reference quote, in the right article?"""
    return evidence.get("article") == item.get("article") and fold_for_match(item["quote"]) in fold_for_match(
        evidence.get("excerpt") or ""
    )


def _value_ok(expected, evidence: dict) -> bool:
    got = evidence.get("value")
    if got is None:
        return False
    expected = float(expected)
    return abs(float(got) - expected) <= max(0.5, 0.01 * abs(expected))


def _choose(required: list[dict], claims: list[dict]) -> tuple[Optional[dict], int]:
    best, best_hits = None, 0
    for claim in claims:
        hits = sum(any(_carries(item, ev) for ev in claim.get("evidence", [])) for item in required)
        if hits > best_hits or (hits and hits == best_hits and len(claim["evidence"]) < len(best["evidence"])):
            best, best_hits = claim, hits
    return best, best_hits


def score_claim(gold_claim: dict, claims: list[dict]) -> ClaimScore:
    items = gold_claim.get("evidence", [])
    required = [i for i in items if not i.get("optional")]
    with_value = [i for i in required if "value" in i]
    result = ClaimScore(
        id=gold_claim["id"],
        expect=gold_claim.get("expect", ""),
        stretch=bool(gold_claim.get("stretch")),
        kind="quantity" if gold_claim.get("unit") else "statement",
        required=len(required),
        values=len(with_value),
    )
    chosen, hits = _choose(required, claims)
    result.found = hits
    if chosen is None:
        return result
    evidence = chosen.get("evidence", [])
    result.chosen = chosen.get("id")
    result.status = chosen.get("status")
    result.precision = sum(any(_carries(i, ev) for i in items) for ev in evidence) / len(evidence) if evidence else 0.0
    result.values_ok = sum(
        any(_value_ok(i["value"], ev) for ev in evidence if _carries(i, ev)) for i in with_value
    )
    result.intrusions = sum(
        any(_carries(bad, ev) for ev in evidence) for bad in gold_claim.get("must_not_include", []) or []
    )
    return result


def evaluate(report: dict, gold: dict) -> Evaluation:
    """Score a claims.json document against a gold annotation (both already parsed)."""
    claims = report.get("claims", [])
    scores = [score_claim(g, claims) for g in gold.get("claims", [])]
    explained = {s.chosen for s in scores if s.expect == "conflicting"}
    false_conflicts = [c["id"] for c in claims if c.get("status") == "conflicting" and c["id"] not in explained]
    by_expect: dict[str, tuple[int, int]] = {}
    for s in scores:
        done, total = by_expect.get(s.expect, (0, 0))
        by_expect[s.expect] = (done + s.complete, total + 1)
    return Evaluation(str(gold.get("corpus", "gold")), scores, false_conflicts, len(claims), by_expect)


def format_evaluation(result: Evaluation) -> str:
    """A readable report: one line per reference claim, false conflicts, a summary line last."""
    lines = []
    for s in result.claims:
        mark = "ok " if s.complete else "-- "
        tag = " (stretch)" if s.stretch else ""
        precision = "" if s.precision is None else f" precision {s.precision:.2f}"
        lines.append(
            f"{mark}{s.id}{tag}: expect {s.expect}, got {s.status} [{s.chosen}]"
            f" evidence {s.found}/{s.required} values {s.values_ok}/{s.values} intrusions {s.intrusions}{precision}"
        )
    lines += [f"!! false conflict: {cid}" for cid in result.false_conflicts]
    parts = ", ".join(f"{k} {v[0]}/{v[1]}" for k, v in sorted(result.by_expect.items()))
    values = sum(s.values_ok for s in result.claims), sum(s.values for s in result.claims)
    lines.append(
        f"{result.corpus}: {parts}; evidence recall {result.recall:.2f}; values {values[0]}/{values[1]}; "
        f"intrusions {result.intrusions}; false conflicts {len(result.false_conflicts)}; "
        f"precision {result.precision:.2f}; claims {result.report_claims}"
    )
    return "\n".join(lines)
