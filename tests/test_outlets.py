"""The pipeline on the project's held-out articles in other outlets' styles.

``tests/data/outlets`` and ``tests/data/outlets2`` are short articles written in
the styles of outlets the extraction was not tuned on (wire copy, Gulf daily,
Egyptian paper, Maghreb site, Levant TV site, live blog, analysis column), with
distractors that share words with a claim but say something else. Their
reference annotations are ``tests/data/gold/outlets.yaml`` and
``outlets2.yaml`` (written before tuning). Thresholds are the figures reached;
they only go up: add a claim id to ``MUST_BE_COMPLETE`` when it passes.
"""
from pathlib import Path

import pytest
import yaml

from mkdocs_summit_plugin.evaluate import evaluate, format_evaluation

DATA = Path(__file__).parent / "data"

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
}
MIN_RECALL = {"outlets": 1.0, "outlets2": 1.0}


@pytest.fixture(scope="module", params=sorted(MUST_BE_COMPLETE))
def outcome(request):
    import json

    from mkdocs_summit_plugin.pipeline import build_report
    from mkdocs_summit_plugin.report import report_json

    name = request.param
    report = json.loads(report_json(build_report([DATA / name])))
    gold = yaml.safe_load((DATA / "gold" / f"{name}.yaml").read_text(encoding="utf-8"))
    result = evaluate(report, gold)
    print(format_evaluation(result))
    return name, result


def test_reference_claims_complete(outcome):
    name, result = outcome
    done = {s.id for s in result.claims if s.complete}
    missing = [c for c in MUST_BE_COMPLETE[name] if c not in done]
    assert not missing, format_evaluation(result)


def test_no_intrusion_no_false_conflict(outcome):
    name, result = outcome
    assert result.intrusions == 0, format_evaluation(result)
    assert result.false_conflicts == [], format_evaluation(result)


def test_recall_and_precision(outcome):
    name, result = outcome
    assert result.recall >= MIN_RECALL[name], format_evaluation(result)
    assert result.precision >= 0.95, format_evaluation(result)


# The third held-out set (tests/data/outlets3, gold/outlets3.yaml): eleven articles
# dense in quantities (durations of the talks and of each round, sessions, calls,
# treaty extension, critical-infrastructure counts) with distractors (press
# conferences, a break, travel time, Helsinki 2018, Vienna 1961, the other summit).
OUTLETS3_MUST_BE_COMPLETE = [
    "geneva-talks-duration",
    "geneva-first-round-duration",
    "geneva-expanded-round-duration",
    "geneva-meeting-count",
    "start-extension",
    "critical-infrastructure-entities",
    "video-summit-duration",
    "video-prior-phone-calls",
]


def test_outlets3_quantities():
    import json

    from mkdocs_summit_plugin.pipeline import build_report
    from mkdocs_summit_plugin.report import report_json

    report = json.loads(report_json(build_report([DATA / "outlets3"])))
    gold = yaml.safe_load((DATA / "gold" / "outlets3.yaml").read_text(encoding="utf-8"))
    result = evaluate(report, gold)
    done = {s.id for s in result.claims if s.complete}
    assert not [c for c in OUTLETS3_MUST_BE_COMPLETE if c not in done], format_evaluation(result)
    assert result.intrusions == 0, format_evaluation(result)
    assert result.false_conflicts == [], format_evaluation(result)
    assert result.recall >= 1.0 and result.precision >= 0.95, format_evaluation(result)
    # no conflicting claim at all beyond the two the annotation expects
    conflicting = [c["id"] for c in report["claims"] if c["status"] == "conflicting"]
    assert len(conflicting) == 2, conflicting


# The fourth held-out set (tests/data/outlets4, gold/outlets4.yaml), written blind
# before reading the extraction code: a numbered explainer, Saudi, Emirati, Kuwaiti,
# Iraqi and Libyan papers, a Russian state-media service, a US-funded outlet, a
# timeline of four summits, a news flash and an opinion piece with hedged numbers.
# Blind: 5/13 complete, 1 false conflict. Not yet complete: geneva-talks-duration
# (status.py judges agreement with the headline only: "نحو ثلاث ساعات ونصف"
# agrees with both 201 minutes and "نحو أربع ساعات", which disagree with each
# other), us-expelled-russian-diplomats (the US's and Russia's expulsions, both 10,
# are one claim), strong-economic-measures (a statement paraphrase).
OUTLETS4_MUST_BE_COMPLETE = [
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
]


def test_outlets4_blind_set():
    import json

    from mkdocs_summit_plugin.pipeline import build_report
    from mkdocs_summit_plugin.report import report_json

    report = json.loads(report_json(build_report([DATA / "outlets4"])))
    gold = yaml.safe_load((DATA / "gold" / "outlets4.yaml").read_text(encoding="utf-8"))
    result = evaluate(report, gold)
    done = {s.id for s in result.claims if s.complete}
    assert not [c for c in OUTLETS4_MUST_BE_COMPLETE if c not in done], format_evaluation(result)
    assert result.false_conflicts == [], format_evaluation(result)
    assert result.intrusions == 0, format_evaluation(result)
    assert result.recall >= 0.93 and result.precision >= 0.99, format_evaluation(result)
