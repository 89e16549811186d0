import json

import yaml

from mkdocs_summit_plugin.cli import main

from .conftest import GOLD, SAMPLE_ARTICLES


def test_extract_writes_the_report(tmp_path, capsys):
    out = tmp_path / "c.json"
    assert main(["extract", str(SAMPLE_ARTICLES), "--out", str(out)]) == 0
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert doc["version"] == 1 and doc["generator"].startswith("mkdocs-summit-plugin ")
    assert len(doc["articles"]) == 5
    assert "claims" in capsys.readouterr().err


def test_extract_same_as_the_library(tmp_path, sample_claims_json):
    out = tmp_path / "c.json"
    main(["extract", str(SAMPLE_ARTICLES), "--out", str(out)])
    assert json.loads(out.read_text(encoding="utf-8")) == sample_claims_json


def test_extract_single_files_and_no_article(tmp_path, capsys):
    one = sorted(SAMPLE_ARTICLES.glob("*.txt"))[0]
    assert main(["extract", str(one), "--out", str(tmp_path / "one.json")]) == 0
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "blank.txt").write_text("   ", encoding="utf-8")
    assert main(["extract", str(empty), "--out", str(tmp_path / "x.json")]) == 2
    err = capsys.readouterr().err
    assert "no article could be read" in err and "blank.txt" in err
    assert main(["extract", str(tmp_path / "missing")]) == 2
    assert "no such file or folder" in capsys.readouterr().err


def test_strict_extract_fails_on_problems(tmp_path):
    folder = tmp_path / "a"
    folder.mkdir()
    (folder / "ok.txt").write_text("قمة في جنيف.", encoding="utf-8")
    (folder / "bad.txt").write_bytes(b"\x00\x00")
    assert main(["extract", str(folder), "--out", str(tmp_path / "c.json")]) == 0
    assert main(["extract", str(folder), "--out", str(tmp_path / "c.json"), "--strict"]) == 1


def test_evaluate_command_and_thresholds(tmp_path, sample_claims_json, capsys):
    path = tmp_path / "c.json"
    path.write_text(json.dumps(sample_claims_json, ensure_ascii=False), encoding="utf-8")
    assert main(["evaluate", str(path), "--gold", str(GOLD)]) == 0
    assert "evidence recall" in capsys.readouterr().out
    assert main(["evaluate", str(path), "--gold", str(GOLD), "--min-recall", "1.01"]) == 1
    capsys.readouterr()
    assert main(["evaluate", str(path), "--gold", str(GOLD), "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert len(doc["claims"]) == len(yaml.safe_load(GOLD.read_text(encoding="utf-8"))["claims"])
