"""Editors' overrides (claims.yml): one test per kind, validation messages, unknown ids.

The claims are the demo articles' (site/articles), read and extracted once;
each test applies its overrides to a fresh copy of the grouped claims through
the pipeline's own re-judging (`grouping.rejudge`).
"""
from __future__ import annotations

import copy
import json

import pytest

from mkdocs_summit_plugin.editorial.overrides import apply_overrides
from mkdocs_summit_plugin.editorial.overrides_file import load, parse
from mkdocs_summit_plugin.editorial.starter import starter
from mkdocs_summit_plugin.model import CONFLICTING, CONFLICTS, CONSISTENT, SINGLE_SOURCE, SUPPORTS
from mkdocs_summit_plugin.claims.grouping import rejudge
from mkdocs_summit_plugin.pipeline import build_report
from mkdocs_summit_plugin.publish.jsonld import claim_review
from mkdocs_summit_plugin.publish.claims_json import report_dict

from .conftest import SAMPLE_ARTICLES

TALKS = "geneva-talks-duration"
FIRST_ROUND = "geneva-first-round-duration"
AMBASSADORS = "geneva-agree-return-ambassador-russia"


def apply(sample_report, text: str):
    """Parse `text` and apply it to a copy of the demo claims; (claims by id, problems as 'where: message')."""
    report = copy.deepcopy(sample_report)
    parsed = parse(text)
    claims, problems = apply_overrides(report.claims, report.events, parsed, judge=lambda c: rejudge(c, []))
    return {c.id: c for c in claims}, [f"{p.path}: {p.message}" for p in parsed.problems + problems]


def test_the_demo_claims_are_what_the_tests_expect(sample_report):
    claims = {c.id: c for c in sample_report.claims}
    assert claims[TALKS].status == CONFLICTING and len(claims[TALKS].evidence) == 3
    assert claims[FIRST_ROUND].status == CONFLICTING and len(claims[FIRST_ROUND].evidence) == 2


def test_title(sample_report):
    claims, problems = apply(sample_report, f"{TALKS}:\n  title: '  كم دامت   محادثات جنيف؟ '\n")
    assert not problems
    assert claims[TALKS].title == "كم دامت محادثات جنيف؟"
    assert claims[TALKS].edited == ["title"]
    assert claims[TALKS].status == CONFLICTING  # nothing else changes


def test_hidden(sample_report):
    claims, problems = apply(sample_report, f"{TALKS}:\n  hidden: true\n{FIRST_ROUND}:\n  hidden: false\n")
    assert not problems
    assert TALKS not in claims and FIRST_ROUND in claims
    assert len(claims) == len(sample_report.claims) - 1


def test_merge_rejudges_the_merged_claim(sample_report):
    claims, problems = apply(sample_report, f"{TALKS}:\n  merge: [{FIRST_ROUND}]\n")
    assert not problems
    assert FIRST_ROUND not in claims
    merged = claims[TALKS]
    assert len(merged.evidence) == 5 and merged.edited == ["merge"]
    assert [(e.article, e.start) for e in merged.evidence] == sorted((e.article, e.start) for e in merged.evidence)
    assert merged.status == CONFLICTING
    assert {e.stance for e in merged.evidence} == {SUPPORTS, CONFLICTS}
    assert merged.summary.startswith("تختلف الأرقام")


def test_merge_refuses_incompatible_claims(sample_report):
    claims, problems = apply(sample_report, f"geneva-meeting-count:\n  merge: {TALKS}\n{TALKS}:\n  merge: [{AMBASSADORS}]\n")
    assert TALKS in claims and AMBASSADORS in claims and len(claims[TALKS].evidence) == 3
    assert problems == [
        f"claims.yml:2: claim '{TALKS}' not merged into 'geneva-meeting-count': its values are in 'minute', not 'meeting'",
        f"claims.yml:4: claim '{AMBASSADORS}' not merged into '{TALKS}': a statement claim cannot join a quantity claim",
    ]


def test_merge_statements_through_the_pipeline():
    """Statement claims are judged again with the statements' own contradiction test."""
    text = f"{AMBASSADORS}:\n  merge: [geneva-usa-tetbr-russia-enemy]\n"
    before = {c.id: c for c in build_report([SAMPLE_ARTICLES]).claims}
    spans = {(e.article, e.start, e.end) for cid in (AMBASSADORS, "geneva-usa-tetbr-russia-enemy") for e in before[cid].evidence}
    report = build_report([SAMPLE_ARTICLES], overrides=parse(text))
    claims = {c.id: c for c in report.claims}
    assert "geneva-usa-tetbr-russia-enemy" not in claims
    merged = claims[AMBASSADORS]
    assert {(e.article, e.start, e.end) for e in merged.evidence} == spans and merged.edited == ["merge"]
    assert claims[AMBASSADORS].status in (CONSISTENT, CONFLICTING)
    assert not [p for p in report.problems if p.path.startswith("claims.yml")]


def test_move_out_of_a_claim(sample_report):
    # the 002 excerpt (3.5 hours) leaves the page: the two 4-hour excerpts of 001 remain, agreeing
    claims, problems = apply(sample_report, f"""\
{TALKS}:
  move:
    - article: 002_7e6d6378600d8139
      quote: اجتماعاً اليوم الأربعاء
""")
    assert not problems
    talks = claims[TALKS]
    assert [e.article for e in talks.evidence] == ["001_0a1375d98b8308ea"] * 2
    assert talks.status == CONSISTENT and talks.edited == ["move"]


def test_move_into_another_claim(sample_report):
    # quotes are compared folded: hamza, diacritics and punctuation do not matter
    claims, problems = apply(sample_report, f"""\
{FIRST_ROUND}:
  move: {{article: 003_22cd7a0e0513d5f9, quote: "جولة محادثات اولية، استمرت 93 دقيقه", to: {TALKS}}}
""")
    assert not problems
    assert [e.article for e in claims[FIRST_ROUND].evidence] == ["001_0a1375d98b8308ea"]
    assert claims[FIRST_ROUND].status == SINGLE_SOURCE
    assert len(claims[TALKS].evidence) == 4 and any(e.value == 93 for e in claims[TALKS].evidence)
    assert claims[TALKS].edited == ["move"] and claims[FIRST_ROUND].edited == ["move"]


def test_moving_the_last_excerpt_removes_the_claim(sample_report):
    claims, problems = apply(sample_report, "geneva-break-duration:\n  move: [{quote: استراحة لمدة 45 دقيقة, to: geneva-expanded-round-duration}]\n")
    assert not problems
    assert "geneva-break-duration" not in claims
    assert len(claims["geneva-expanded-round-duration"].evidence) == 2


def test_pin_event(sample_report):
    claims, problems = apply(sample_report, f"{TALKS}:\n  event: video-summit\n")
    assert not problems
    assert claims[TALKS].event == "video-summit" and claims[TALKS].edited == ["event"]
    claims, problems = apply(sample_report, f"{TALKS}:\n  event: helsinki\n")
    assert claims[TALKS].event == "geneva"
    assert problems == [f"claims.yml:1: claim '{TALKS}': no event with id 'helsinki' (events: geneva, video-summit): event not changed"]


def test_stance(sample_report):
    # the editor judges the 3.5-hour excerpt compatible after all: nothing conflicts any more
    claims, problems = apply(sample_report, f"""\
{TALKS}:
  stance:
    - {{article: 002_7e6d6378600d8139, quote: اجتماعاً اليوم الأربعاء, stance: supports}}
""")
    assert not problems
    assert claims[TALKS].status == CONSISTENT and claims[TALKS].edited == ["stance"]
    assert all(e.stance == SUPPORTS for e in claims[TALKS].evidence)
    # and the other way: an excerpt marked conflicting (Arabic word accepted) makes the claim conflicting
    claims, problems = apply(sample_report, """\
video-summit-talks-duration:
  stance: {quote: اختتمت قمة الرئيسين, stance: يعارض}
""")
    assert not problems
    assert claims["video-summit-talks-duration"].status == CONFLICTING


def test_verdict_in_claims_json_and_claim_review(sample_report):
    claims, problems = apply(sample_report, f"""\
{TALKS}:
  verdict:
    rating: مضلل
    explanation: المصادر الرسمية لم تحدد المدة.
    value: 2
    best: 5
    worst: 1
{FIRST_ROUND}:
  verdict: صحيح جزئيا
""")
    assert not problems
    report = copy.deepcopy(sample_report)
    report.claims = list(claims.values())
    doc = {c["id"]: c for c in report_dict(report)["claims"]}
    assert doc[TALKS]["verdict"] == {"rating": "مضلل", "explanation": "المصادر الرسمية لم تحدد المدة.", "value": 2, "best": 5, "worst": 1}
    assert doc[FIRST_ROUND]["verdict"]["rating"] == "صحيح جزئيا" and doc[FIRST_ROUND]["verdict"]["explanation"] is None
    assert doc[AMBASSADORS]["verdict"] is None and doc[AMBASSADORS]["edited"] == []
    rating = claim_review(claims[TALKS], {a.id: a for a in report.articles}, "site", None)["reviewRating"]
    assert rating == {"@type": "Rating", "alternateName": "مضلل", "ratingExplanation": "المصادر الرسمية لم تحدد المدة.",
                      "ratingValue": 2, "bestRating": 5, "worstRating": 1}
    assert "reviewRating" not in claim_review(claims[AMBASSADORS], {a.id: a for a in report.articles}, "site", None)
    json.dumps(doc, ensure_ascii=False)


def test_unknown_ids_warn_and_never_crash(sample_report):
    claims, problems = apply(sample_report, f"""\
geneva-talks-duratoin:
  title: x
{TALKS}:
  merge: [no-such-claim]
  move:
    - {{quote: لا يوجد هذا النص, article: 001_0a1375d98b8308ea}}
    - {{quote: استمرت, to: gone-claim}}
{FIRST_ROUND}:
  stance: [{{quote: محادثات, stance: conflicts}}]
""")
    assert claims[TALKS].title == sample_report.claims[[c.id for c in sample_report.claims].index(TALKS)].title
    assert problems == [
        f"claims.yml:1: no claim with id 'geneva-talks-duratoin' in this build (did you mean '{TALKS}'?): ignored (claim ids change when the articles say something else)",
        "claims.yml:4: no claim with id 'no-such-claim' (to merge) in this build: ignored (claim ids change when the articles say something else)",
        f"claims.yml:6: claim '{TALKS}': no excerpt «لا يوجد هذا النص» of article '001_0a1375d98b8308ea': not moved",
        f"claims.yml:7: claim '{TALKS}': 2 excerpts match «استمرت»: quote more words (or give 'article'); not moved",
        f"claims.yml:9: claim '{FIRST_ROUND}': 2 excerpts match «محادثات»: quote more words (or give 'article'); stance not set",
    ]
    claims, problems = apply(sample_report, f"{TALKS}:\n  move: [{{quote: استمرت أربع ساعات, to: gone-claim}}]\n")
    assert problems == ["claims.yml:2: no claim with id 'gone-claim' (to move an excerpt into) in this build: ignored (claim ids change when the articles say something else)"]
    assert len(claims[TALKS].evidence) == 3


@pytest.mark.parametrize("text, message", [
    ("a:\n  title: x\n  stanse: conflicts\n",
     "claims.yml:3: claim 'a': key 'stanse' is not one of title, hidden, event, merge, move, stance, verdict (did you mean 'stance'?): the entry of 'a' is not applied"),
    ("a:\n  hidden: yes please\n", "claims.yml:2: key 'hidden' should be true or false, got text: the entry of 'a' is not applied"),
    ("a:\n  title: [x, y]\n", "claims.yml:2: key 'title' should be text, got a list: the entry of 'a' is not applied"),
    ("a:\n  move:\n    - {article: b}\n",
     "claims.yml:3: claim 'a', move: an excerpt needs 'quote' (a few of its words) and, best, 'article': the entry of 'a' is not applied"),
    ("a:\n  stance:\n    - quote: x\n      stance: maybe\n",
     "claims.yml:4: stance 'maybe' is not one of supports, conflicts (يؤيد، يعارض): the entry of 'a' is not applied"),
    ("a:\n  verdict:\n    explanation: y\n",
     "claims.yml:3: claim 'a', verdict: 'rating' (the verdict's label, e.g. مضلل) is required: the entry of 'a' is not applied"),
    ("a:\n  verdict: {rating: x, value: high}\n", "claims.yml:2: key 'value' should be a number, got text: the entry of 'a' is not applied"),
    ("a:\n  title: x\n  title: y\n", "claims.yml:3: claim 'a': key 'title' given twice (first on line 2): the entry of 'a' is not applied"),
    ("a: {title: x}\nb: {title: y}\na: {title: z}\n", "claims.yml:3: claim 'a' is given twice (first on line 1): this entry is ignored"),
    ("a:\n  title: x\n b: y\n", "claims.yml:3: not valid YAML (expected <block end>, but found '<block mapping start>'): no override applied"),
    ("- a\n- b\n", "claims.yml:1: the file should be a mapping of claim ids to their overrides: no override applied"),
    ("a: [x]\n", "claims.yml:1: claim 'a' should be a mapping of keys, got a list: the entry of 'a' is not applied"),
])
def test_validation_names_line_and_key(text, message):
    parsed = parse(text)
    assert [f"{p.path}: {p.message}" for p in parsed.problems] == [message]
    assert all(not p.skipped for p in parsed.problems)


def test_valid_entries_apply_next_to_invalid_ones(sample_report):
    claims, problems = apply(sample_report, f"{TALKS}:\n  titel: x\n{FIRST_ROUND}:\n  title: الجولة الأولى\n")
    assert len(problems) == 1 and problems[0].startswith("claims.yml:2: claim 'geneva-talks-duration': key 'titel'")
    assert claims[FIRST_ROUND].title == "الجولة الأولى"


def test_empty_and_missing_files(tmp_path):
    assert parse("").claims == {} and parse("").problems == []
    assert parse("# only comments\n\na:\n").claims == {}  # an id with every key commented out
    assert load(tmp_path / "claims.yml").problems == []
    missing = load(tmp_path / "x.yml", shown="x.yml", required=True)
    assert [p.message for p in missing.problems] == ["overrides file not found: no override applied"]


def test_starter_file_lists_every_claim_commented_out(sample_report):
    text = starter(sample_report.claims, sample_report.events)
    parsed = parse(text)
    assert parsed.claims == {} and parsed.problems == []
    for claim in sample_report.claims:
        assert f"\n# {claim.id}:\n" in text
    # uncommenting an entry (its id and title lines) gives a valid override
    lines = text.splitlines()
    start = lines.index(f"# {TALKS}:")
    entry = "\n".join(line[2:] for line in lines[start:start + 2]) + "\n"
    parsed = parse(entry)
    assert parsed.problems == [] and parsed.claims[TALKS].title == [c for c in sample_report.claims if c.id == TALKS][0].title


def test_claim_ids_are_stable_across_runs(sample_report):
    again = build_report([SAMPLE_ARTICLES])
    assert [c.id for c in again.claims] == [c.id for c in sample_report.claims]
