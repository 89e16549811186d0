"""Accuracy on real news: the figures on ../shared/dev never fall below their floors.

Runs where ../shared/dev is beside the checkout (CI has it); skipped on a
user's clone. Each set is extracted alone and all sets as one archive
(``mkdocs_summit_plugin.editorial.annotated_sets``); the floors are in
``tests/data/real_news_floors.yaml``. Also checks, on one real set, that the
alone figures are those of ``../shared/eval/score.py``.
"""
from __future__ import annotations

import json
import subprocess
import sys

import pytest
import yaml

from mkdocs_summit_plugin.editorial.annotated_sets import MODES, evaluate_sets, extract, find_sets, totals
from mkdocs_summit_plugin.editorial.evaluate import evaluate, format_evaluation

from .conftest import ROOT, SHARED

DEV = SHARED / "dev"
FLOORS = ROOT / "tests" / "data" / "real_news_floors.yaml"

pytestmark = pytest.mark.skipif(not DEV.is_dir(), reason="../shared/dev is not beside this checkout")


@pytest.fixture(scope="module")
def scores():
    return {(s.set, s.mode): s for s in evaluate_sets(find_sets([DEV]), MODES, jobs=1)}


def _floors() -> list[tuple[str, str, dict]]:
    if not FLOORS.is_file():
        return []
    data = yaml.safe_load(FLOORS.read_text(encoding="utf-8"))
    return [(name, mode, floor) for name, modes in data["sets"].items() for mode, floor in modes.items()]


@pytest.mark.parametrize("mode", MODES)
def test_statements_over_all_sets_meet_the_done_line(scores, mode):
    """Issue 15's done line, over every dev set in one mode: statement claims complete, statement
    evidence recall and intrusions (tests/data/real_news_floors.yaml: statements_done)."""
    line = yaml.safe_load(FLOORS.read_text(encoding="utf-8"))["statements_done"]
    t = totals([s for s in scores.values() if s.mode == mode])[mode]
    figures = f"{mode}: statements {t['statement']['complete']}/{t['statement']['total']}, recall {t['statement']['recall']:.2f}"
    assert t["statement"]["complete"] >= line["complete"], figures
    assert t["statement"]["recall"] >= line["recall"], figures
    assert t["intrusions"] <= line["intrusions"], figures


def test_every_dev_set_has_floors(scores):
    floored = {(name, mode) for name, mode, _ in _floors()}
    assert set(scores) == floored, "a set in ../shared/dev without floors (or floors for a set that is gone)"


@pytest.mark.parametrize("name,mode,floor", _floors(), ids=lambda v: v if isinstance(v, str) else "")
def test_figures_hold_their_floors(scores, name, mode, floor):
    got = scores[(name, mode)]
    figures = (
        f"{name} {mode}: quantity {got.complete('quantity')}/{got.total('quantity')}, "
        f"statement {got.complete('statement')}/{got.total('statement')}, recall {got.recall():.2f}, "
        f"intrusions {got.evaluation.intrusions}, false conflicts {got.false_conflicts}"
    )
    assert got.complete("quantity") >= floor["quantity"], figures
    assert got.complete("statement") >= floor["statement"], figures
    assert got.recall() >= floor["recall"], figures
    assert got.evaluation.intrusions <= floor["intrusions"], figures
    assert len(got.false_conflicts) <= floor["false_conflicts"], figures


def test_alone_figures_are_the_reference_scorers(tmp_path):
    """One real set: the summary of our evaluation is the line ../shared/eval/score.py prints."""
    one = find_sets([DEV])[0]
    report = extract([one.texts])
    path = tmp_path / "claims.json"
    path.write_text(json.dumps(report, ensure_ascii=False), encoding="utf-8")
    theirs = subprocess.run(
        [sys.executable, str(SHARED / "eval" / "score.py"), "--claims", str(path), "--gold", str(one.gold_path)],
        capture_output=True, text=True, check=True,
    ).stdout.strip()
    assert format_evaluation(evaluate(report, one.gold())) == theirs
