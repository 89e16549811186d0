"""`mkdocs-summit check`: the summary, and `--since` on two real runs of the demo articles.

The second run is a copy of the demo articles where one outlet's second
mention of the video summit's length says three hours instead of two: the
claim `video-summit-talks-duration`, consistent before, conflicts now, and
`check --since` must name it and exit 1; compared the other way round, the
conflict is resolved and the exit status is 0.
"""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from mkdocs_summit_plugin.editorial.check import compare, format_text

from .conftest import SAMPLE_ARTICLES

pytestmark = pytest.mark.slow

VIDEO = "video-summit-talks-duration"


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "mkdocs_summit_plugin", *args], capture_output=True, text=True, cwd=cwd)


@pytest.fixture(scope="module")
def runs(tmp_path_factory):
    """(before.json, after.json, edited articles folder): two real runs of `check --out`."""
    work = tmp_path_factory.mktemp("check")
    before = work / "before.json"
    proc = run("check", str(SAMPLE_ARTICLES), "--out", str(before))
    assert proc.returncode == 0, proc.stderr  # no --since: nothing is new
    edited = work / "articles"
    shutil.copytree(SAMPLE_ARTICLES, edited)
    article = next(edited.glob("004_*.txt"))
    lines = article.read_text(encoding="utf-8").split("\n")
    assert "ساعتين كاملتين" in lines[5]
    lines[5] = lines[5].replace("ساعتين كاملتين", "ثلاث ساعات كاملة")
    article.write_text("\n".join(lines), encoding="utf-8")
    after = work / "after.json"
    proc = run("check", str(edited), "--since", str(before), "--out", str(after))
    return before, after, edited, proc


def test_new_conflict_fails_and_is_named(runs):
    before, after, _, proc = runs
    assert proc.returncode == 1, proc.stderr
    assert f"Since {before}: 1 new conflict(s), 0 resolved" in proc.stdout
    assert f"  + {VIDEO} (was consistent): " in proc.stdout
    assert f"  NEW {VIDEO}: " in proc.stdout
    old = {c["id"]: c for c in json.loads(before.read_text(encoding="utf-8"))["claims"]}
    new = {c["id"]: c for c in json.loads(after.read_text(encoding="utf-8"))["claims"]}
    assert old[VIDEO]["status"] == "consistent" and new[VIDEO]["status"] == "conflicting"
    # the conflicts that were there before are listed, but not as new
    for cid, c in old.items():
        if c["status"] == "conflicting":
            assert f"      {cid}: " in proc.stdout


def test_no_change_passes(runs):
    before, _, _, _ = runs
    proc = run("check", str(SAMPLE_ARTICLES), "--since", str(before))
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "0 new conflict(s), 0 resolved" in proc.stdout
    assert proc.stderr == ""  # not a terminal: no progress line


def test_resolved_conflict_passes_and_json_format(runs):
    _, after, _, _ = runs
    proc = run("check", str(SAMPLE_ARTICLES), "--since", str(after), "--format", "json")
    assert proc.returncode == 0
    doc = json.loads(proc.stdout)
    assert doc["new_conflicts"] == [] and doc["failed"] is False
    assert [c["id"] for c in doc["resolved"]] == [VIDEO] and doc["resolved"][0]["after"] == "consistent"
    assert doc["claims"] == sum(doc["by_status"].values())


def test_bad_since_file(tmp_path):
    bad = tmp_path / "old.json"
    bad.write_text("{not json", encoding="utf-8")
    proc = run("check", str(SAMPLE_ARTICLES), "--since", str(bad))
    assert proc.returncode == 2 and "is not valid claims.json" in proc.stderr
    proc = run("check", str(SAMPLE_ARTICLES), "--since", str(tmp_path / "missing.json"))
    assert proc.returncode == 2 and "cannot read" in proc.stderr


def test_compare_new_claims_and_gone_claims():
    old = {"claims": [{"id": "a", "status": "conflicting", "title": "A"}, {"id": "b", "status": "consistent", "title": "B"}]}
    new = {"articles": [{}], "events": [], "claims": [
        {"id": "b", "status": "conflicting", "title": "B", "summary": "تختلف"},
        {"id": "c", "status": "conflicting", "title": "C"},
    ]}
    result = compare(new, old, "old.json")
    assert [(c.id, c.before) for c in result.new_conflicts] == [("b", "consistent"), ("c", None)]
    assert [(c.id, c.after) for c in result.resolved] == [("a", None)]
    assert result.failed
    text = format_text(result)
    assert "+ c (new claim): C" in text and "- a (claim gone): A" in text
    assert not compare(new).failed  # without --since nothing is new


def test_extract_csv_and_overrides_in_the_command_line(tmp_path):
    overrides = tmp_path / "claims.yml"
    overrides.write_text(f"{VIDEO}:\n  hidden: true\ngeneva-talks-duration:\n  verdict: مضلل\n", encoding="utf-8")
    out = tmp_path / "claims.csv"
    proc = run("extract", str(SAMPLE_ARTICLES), "--format", "csv", "--overrides", str(overrides), "--out", str(out))
    assert proc.returncode == 0, proc.stderr
    import csv
    import io

    raw = out.read_text(encoding="utf-8")
    assert raw.startswith("\ufeffclaim_id,")
    rows = list(csv.DictReader(io.StringIO(raw.lstrip("\ufeff"))))
    assert rows and VIDEO not in {r["claim_id"] for r in rows}
    assert len([r for r in rows if r["claim_id"] == "geneva-talks-duration"]) == 3
    proc = run("extract", str(SAMPLE_ARTICLES), "--overrides", str(overrides))
    doc = json.loads(proc.stdout)
    assert next(c for c in doc["claims"] if c["id"] == "geneva-talks-duration")["verdict"]["rating"] == "مضلل"
    # an unknown id in the overrides is a warning naming it; --strict makes it fail
    overrides.write_text("no-such-claim:\n  title: x\n", encoding="utf-8")
    proc = run("extract", str(SAMPLE_ARTICLES), "--overrides", str(overrides), "--strict")
    assert proc.returncode == 1 and f"warning: {overrides}:1: no claim with id 'no-such-claim'" in proc.stderr


def test_overrides_init(tmp_path):
    out = tmp_path / "claims.yml"
    proc = run("overrides", "--init", str(SAMPLE_ARTICLES), "--out", str(out))
    assert proc.returncode == 0, proc.stderr
    text = out.read_text(encoding="utf-8")
    assert "# geneva-talks-duration:\n" in text and "claims listed, all commented out" in proc.stderr
    proc = run("overrides", "--init", str(SAMPLE_ARTICLES), "--out", str(out))
    assert proc.returncode == 1 and "already exists" in proc.stderr
    assert out.read_text(encoding="utf-8") == text


def test_progress_only_on_a_terminal(monkeypatch, capsys):
    import io

    from mkdocs_summit_plugin import cli

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    term = Terminal()
    monkeypatch.setattr(sys, "stderr", term)
    assert cli.main(["check", str(SAMPLE_ARTICLES)]) == 0
    shown = term.getvalue()
    assert "reading articles: 1/5 " in shown and "reading articles: 5/5 " in shown
    assert shown.endswith("\r\x1b[K")  # the progress line is cleared at the end
    assert "reading articles" not in capsys.readouterr().out
