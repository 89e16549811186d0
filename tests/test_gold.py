"""The project's own evaluation of the sample articles against the reference annotation.

Thresholds are raised as extraction improves; they never go down.
"""
import pytest
import yaml

from mkdocs_summit_plugin.evaluate import evaluate, format_evaluation

from .conftest import GOLD

MUST_BE_COMPLETE = [
    "geneva-talks-duration",
    "geneva-meeting-count",
    "video-summit-duration",
]


@pytest.fixture(scope="module")
def result(sample_claims_json):
    gold = yaml.safe_load(GOLD.read_text(encoding="utf-8"))
    outcome = evaluate(sample_claims_json, gold)
    print(format_evaluation(outcome))
    return outcome


@pytest.mark.parametrize("claim_id", MUST_BE_COMPLETE)
def test_reference_claim_is_complete(result, claim_id):
    score = next(s for s in result.claims if s.id == claim_id)
    assert score.complete, format_evaluation(result)


def test_no_intrusion_and_no_false_conflict(result):
    assert result.intrusions == 0
    assert result.false_conflicts == []


def test_nothing_from_one_event_on_another_events_page(sample_claims_json):
    events = {e["id"]: set(e["articles"]) for e in sample_claims_json["events"]}
    video = next(eid for eid in events if "video" in eid)
    for claim in sample_claims_json["claims"]:
        if claim["event"] == video:
            assert {e["article"] for e in claim["evidence"]} <= events[video]
