"""Annotated sets: finding them, scoring each alone and all as one archive, the CLI's table and JSON."""
from __future__ import annotations

import json
import shutil

import pytest

from mkdocs_summit_plugin import cli
from mkdocs_summit_plugin.editorial.annotated_sets import (
    ALONE,
    MIXED,
    AnnotatedSet,
    SetError,
    _archive_false_conflicts,
    evaluate_sets,
    figures,
    find_sets,
    format_table,
)
from mkdocs_summit_plugin.editorial.evaluate import evaluate

from .conftest import GOLD, ROOT, SAMPLE_ARTICLES

OUTLETS3 = ROOT / "tests" / "data" / "outlets3"
OUTLETS3_GOLD = ROOT / "tests" / "data" / "gold" / "outlets3.yaml"


def make_set(folder, texts, gold):
    shutil.copytree(texts, folder / "texts")
    shutil.copy(gold, folder / "gold.yaml")
    return folder


@pytest.fixture(scope="module")
def collection(tmp_path_factory):
    """A folder of two sets: the samples and the outlets3 held-out set (the project's own texts)."""
    root = tmp_path_factory.mktemp("sets")
    make_set(root / "samples", SAMPLE_ARTICLES, GOLD)
    make_set(root / "outlets3", OUTLETS3, OUTLETS3_GOLD)
    (root / "notes").mkdir()  # a folder that is not a set is passed over inside a collection
    return root


def test_a_set_or_a_folder_of_sets(collection):
    assert [s.name for s in find_sets([collection])] == ["outlets3", "samples"]
    assert [s.name for s in find_sets([collection / "samples"])] == ["samples"]


def test_a_path_that_is_no_set_is_named(tmp_path):
    with pytest.raises(SetError, match=str(tmp_path)):
        find_sets([tmp_path])


def test_two_sets_of_one_name_are_an_error(collection):
    with pytest.raises(SetError, match="share the name samples"):
        find_sets([collection, collection / "samples"])


def test_sets_with_articles_of_one_name_cannot_be_mixed(tmp_path):
    make_set(tmp_path / "a", SAMPLE_ARTICLES, GOLD)
    make_set(tmp_path / "b", SAMPLE_ARTICLES, GOLD)
    with pytest.raises(SetError, match="both have an article named"):
        evaluate_sets(find_sets([tmp_path]), (MIXED,))


def test_alone_and_mixed_rows_split_by_kind(collection):
    scores = evaluate_sets(find_sets([collection]))
    rows = {(s.set, s.mode): s for s in scores}
    assert set(rows) == {(n, m) for n in ("outlets3", "samples") for m in (ALONE, MIXED)}
    samples = rows[("samples", ALONE)]
    assert (samples.complete("quantity"), samples.total("quantity")) == (6, 6)  # reference claims with a unit
    assert (samples.complete("statement"), samples.total("statement")) == (11, 11)
    assert samples.recall() == 1.0 and samples.false_conflicts == []
    data = figures(scores)
    assert data["sets"]["samples"][ALONE]["complete"] == 17
    assert data["totals"][ALONE]["total"] == 17 + 8
    table = format_table(scores)
    assert table.splitlines()[0].split()[:5] == ["set", "mode", "quantity", "statement", "all"]
    assert "TOTAL" in table and "6/6" in table


def test_mixed_false_conflicts_are_counted_per_set():
    report = {"claims": [
        {"id": "mine", "status": "conflicting", "evidence": [{"article": "a1", "excerpt": "x"}]},
        {"id": "theirs", "status": "conflicting", "evidence": [{"article": "b1", "excerpt": "y"}]},
        {"id": "explained", "status": "conflicting", "evidence": [{"article": "a1", "excerpt": "قول"}]},
    ]}
    gold = {"claims": [{"id": "g", "expect": "conflicting", "evidence": [{"article": "a1", "quote": "قول"}]}]}
    evaluations = {"A": evaluate(report, gold), "B": evaluate(report, {"claims": []})}
    got = _archive_false_conflicts(report, evaluations, {"A": {"a1"}, "B": {"b1"}})
    assert got == {"A": ["mine"], "B": ["theirs"]}


def test_cli_prints_the_table_and_json(collection, capsys):
    assert cli.main(["evaluate", "--sets", str(collection / "samples"), "--mode", "alone", "--jobs", "1"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[1].split()[:5] == ["samples", "alone", "6/6", "11/11", "17/17"]
    assert cli.main(["evaluate", "--sets", str(collection / "samples"), "--mode", "alone", "--json", "-j", "1"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["sets"]["samples"]["alone"]["statement"] == {"complete": 11, "total": 11, "recall": 1.0}
    # a bar that one row misses makes the exit status 1
    assert cli.main(["evaluate", "--sets", str(collection / "samples"), "--mode", "alone", "--min-complete", "18", "-j", "1"]) == 1


def test_cli_rejects_mixed_arguments(collection, tmp_path):
    with pytest.raises(SystemExit, match="either"):
        cli.main(["evaluate", str(tmp_path / "c.json"), "--sets", str(collection)])
    with pytest.raises(SystemExit, match="needs claims.json"):
        cli.main(["evaluate", str(tmp_path / "c.json")])
    with pytest.raises(SystemExit, match="not an annotated set"):
        cli.main(["evaluate", "--sets", str(tmp_path)])


def test_project_sets_are_all_found():
    from bench.accuracy import project_sets

    sets = project_sets()
    assert [s.name for s in sets][:2] == ["samples", "outlets"]
    assert all(isinstance(s, AnnotatedSet) and s.gold_path.is_file() and s.texts.is_dir() for s in sets)
