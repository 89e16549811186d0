"""The pipeline on the project's held-out articles in other outlets' styles.

``tests/data/outlets`` … ``outlets4`` are short articles written in
the styles of outlets the extraction was not tuned on (wire copy, Gulf daily,
Egyptian paper, Maghreb site, Levant TV site, live blog, analysis column), with
distractors that share words with a claim but say something else. Their
reference annotations are ``tests/data/gold/outlets*.yaml`` (each written by a
different person before any tuning on it). Thresholds are the figures reached;
they only go up: add a claim id to ``MUST_BE_COMPLETE`` when it passes.
"""
from pathlib import Path

import pytest
import yaml

from mkdocs_summit_plugin.editorial.evaluate import evaluate, format_evaluation

DATA = Path(__file__).parent / "data"

# outlets3: eleven articles dense in quantities (durations of the talks and of
# each round, sessions, calls, treaty extension, critical-infrastructure counts)
# with distractors (press conferences, a break, travel time, Helsinki 2018, Vienna
# 1961, the other summit).
# outlets4: written blind, before reading the extraction code: a numbered
# explainer, Saudi, Emirati, Kuwaiti, Iraqi and Libyan papers, a Russian
# state-media service, a US-funded outlet, a timeline of four summits, a news
# flash and an opinion piece with hedged numbers. Blind: 5/13 complete, 1 false
# conflict. strong-economic-measures was the last to pass: the news flash's
# unpunctuated line is a sentence (past-tense reporting verb) and "بإجراءات"
# loses its ب when another article of the event writes "إجراءات".
MUST_BE_COMPLETE = {
    "outlets": [
        "geneva-talks-duration",
        "geneva-first-round-duration",
        "video-summit-duration",
        "separate-press-conferences",
        "ambassadors-return",
    ],
    "outlets2": [
        "geneva-talks-duration",
        "video-summit-duration",
        "ambassadors-return",
        "cyber-consultations",
        "strategic-stability-dialogue",
        "cyberattacks-from-us",
        "us-considers-russia-enemy",
        "glimmer-of-hope",
        "agenda-not-against-russia",
        "face-to-face-better",
        "biden-summit-positive",
        "separate-press-conferences",
        "video-economic-measures",
        "video-deep-concern",
        "video-nato-guarantees",
        "video-fifth-conversation",
        "no-hostility",
        "wont-tolerate-election-interference",
    ],
    "outlets3": [
        "geneva-talks-duration",
        "geneva-first-round-duration",
        "geneva-expanded-round-duration",
        "geneva-meeting-count",
        "start-extension",
        "critical-infrastructure-entities",
        "video-summit-duration",
        "video-prior-phone-calls",
    ],
    "outlets4": [
        "geneva-talks-duration",
        "geneva-first-round-duration",
        "geneva-extended-round-duration",
        "geneva-session-count",
        "video-call-duration",
        "critical-infrastructure-count",
        "us-prisoners-count",
        "us-expelled-russian-diplomats",
        "new-start-extension",
        "russian-troops-near-ukraine",
        "nuclear-war-cannot-be-won",
        "not-about-trust",
        "strong-economic-measures",
    ],
}
MIN_RECALL = {"outlets": 1.0, "outlets2": 1.0, "outlets3": 1.0, "outlets4": 1.0}
MIN_PRECISION = {"outlets": 0.95, "outlets2": 0.95, "outlets3": 0.95, "outlets4": 0.99}
# how many claims may be conflicting in all (none beyond those the annotation expects)
CONFLICTING = {"outlets3": 2}


@pytest.fixture(scope="module", params=sorted(MUST_BE_COMPLETE))
def outcome(request):
    import json

    from mkdocs_summit_plugin.pipeline import build_report
    from mkdocs_summit_plugin.publish.claims_json import report_json

    name = request.param
    report = json.loads(report_json(build_report([DATA / name])))
    gold = yaml.safe_load((DATA / "gold" / f"{name}.yaml").read_text(encoding="utf-8"))
    result = evaluate(report, gold)
    print(format_evaluation(result))
    return name, result, report


def test_reference_claims_complete(outcome):
    name, result, _ = outcome
    done = {s.id for s in result.claims if s.complete}
    missing = [c for c in MUST_BE_COMPLETE[name] if c not in done]
    assert not missing, format_evaluation(result)


def test_no_intrusion_no_false_conflict(outcome):
    name, result, report = outcome
    assert result.intrusions == 0, format_evaluation(result)
    assert result.false_conflicts == [], format_evaluation(result)
    if name in CONFLICTING:
        conflicting = [c["id"] for c in report["claims"] if c["status"] == "conflicting"]
        assert len(conflicting) == CONFLICTING[name], conflicting


def test_recall_and_precision(outcome):
    name, result, _ = outcome
    assert result.recall >= MIN_RECALL[name], format_evaluation(result)
    assert result.precision >= MIN_PRECISION[name], format_evaluation(result)
