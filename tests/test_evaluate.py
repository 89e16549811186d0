import json
import subprocess
import sys

import pytest
import yaml

from mkdocs_summit_plugin.editorial.evaluate import evaluate, format_evaluation

from .conftest import GOLD, SHARED

GOLD_MINI = {
    "corpus": "mini",
    "claims": [
        {
            "id": "dur",
            "expect": "conflicting",
            "evidence": [
                {"article": "a", "quote": "استمرت أربع ساعات", "value": 240},
                {"article": "b", "quote": "قرابة الـ 3 ساعات ونصف", "value": 210},
                {"article": "b", "quote": "اختياري", "optional": True},
            ],
            "must_not_include": [{"article": "c", "quote": "ساعتين كاملتين"}],
        },
        {"id": "stmt", "expect": "consistent", "evidence": [{"article": "a", "quote": "عودة السفيرين"}]},
    ],
}


def report(*claims):
    return {"claims": list(claims)}


def claim(cid, status, *evidence):
    return {"id": cid, "status": status, "evidence": [dict(article=a, excerpt=x, value=v) for a, x, v in evidence]}


def test_complete_claim_with_folded_matching():
    r = report(
        claim("x", "conflicting", ("a", "وبعد محادثات استمرّت أربعَ ساعات،", 240), ("b", "دام قرابة الـ 3 ساعات ونصف", 210)),
        claim("y", "single-source", ("a", "عودة السفيرين", None)),
    )
    result = evaluate(r, GOLD_MINI)
    dur, stmt = result.claims
    assert dur.complete and dur.precision == 1.0
    assert not stmt.complete and stmt.status == "single-source"
    assert result.false_conflicts == []
    assert "ok dur" in format_evaluation(result)


def test_wrong_value_intrusion_and_impure_claims_are_not_complete():
    wrong = evaluate(report(claim("x", "conflicting", ("a", "استمرت أربع ساعات", 200), ("b", "قرابة الـ 3 ساعات ونصف", 210))), GOLD_MINI)
    assert wrong.claims[0].values_ok == 1 and not wrong.claims[0].complete
    intr = evaluate(report(claim("x", "conflicting", ("a", "استمرت أربع ساعات", 240), ("b", "قرابة الـ 3 ساعات ونصف", 210),
                                 ("c", "استغرقت ساعتين كاملتين", 120))), GOLD_MINI)
    assert intr.claims[0].intrusions == 1 and not intr.claims[0].complete
    lumped = evaluate(report(claim("x", "conflicting", ("a", "استمرت أربع ساعات", 240), ("b", "قرابة الـ 3 ساعات ونصف", 210),
                                   ("a", "كلام آخر", None), ("a", "كلام ثالث", None), ("b", "رابع", None))), GOLD_MINI)
    assert lumped.claims[0].precision == pytest.approx(0.4) and not lumped.claims[0].complete


def test_false_conflicts_and_tie_break_on_fewer_excerpts():
    r = report(
        claim("big", "consistent", ("a", "عودة السفيرين", None), ("a", "أخرى", None)),
        claim("small", "consistent", ("a", "عودة السفيرين", None)),
        claim("noise", "conflicting", ("z", "لا شيء", None)),
    )
    result = evaluate(r, GOLD_MINI)
    assert result.claims[1].chosen == "small"
    assert result.false_conflicts == ["noise"]


@pytest.mark.skipif(not (SHARED / "eval" / "score.py").exists(), reason="../shared is not beside this checkout")
def test_figures_agree_with_the_reference_scorer(sample_claims_json, tmp_path):
    """Cross-check: our evaluate and ../shared/eval/score.py print the same figures on the same inputs."""
    path = tmp_path / "claims.json"
    path.write_text(json.dumps(sample_claims_json, ensure_ascii=False), encoding="utf-8")
    theirs = subprocess.run(
        [sys.executable, str(SHARED / "eval" / "score.py"), "--claims", str(path), "--gold", str(SHARED / "gold" / "seeds.yaml")],
        capture_output=True, text=True, check=True,
    ).stdout.strip()
    ours = format_evaluation(evaluate(sample_claims_json, yaml.safe_load(GOLD.read_text(encoding="utf-8"))))
    assert ours == theirs
