"""The serve-time memo (memo.py): a run that reuses the previous run's results gives exactly
what a cold run gives, after every kind of edit, and recomputes only what the edit touched."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.config.defaults import MkDocsConfig

from mkdocs_summit_plugin.runtime.cache import ExtractionCache
from mkdocs_summit_plugin.publish.csv_report import report_csv
from mkdocs_summit_plugin.runtime.memo import Memo
from mkdocs_summit_plugin.editorial.overrides_file import load as load_overrides
from mkdocs_summit_plugin.pipeline import build_report
from mkdocs_summit_plugin.publish.claims_json import Layout, report_dict, report_json

from .conftest import SAMPLE_ARTICLES, write_mkdocs_yml

GENEVA = "000_e735d14120a04b7f"
VIDEO = "004_45f5abd8640658e2"
ADDED = "وقال مسؤول أمريكي إن المحادثات في جنيف استمرت خمس ساعات.\n"


@pytest.fixture
def folder(tmp_path):
    articles = tmp_path / "articles"
    shutil.copytree(SAMPLE_ARTICLES, articles)
    return articles


def outputs(report, memo=None) -> tuple[str, str]:
    return report_json(report, Layout(), memo), report_csv(report, Layout(), memo=memo)


class Runs:
    """Runs of the pipeline on one folder, with a memo kept across them (as under serve)."""

    def __init__(self, folder: Path, overrides=None):
        self.folder, self.overrides = folder, overrides
        self.memo, self.cache = Memo(), ExtractionCache(None)

    def warm(self):
        self.memo.start_run()
        self.cache.start_run()
        report = build_report([self.folder], cache=self.cache, memo=self.memo, overrides=self.overrides)
        out = outputs(report, self.memo)
        counts = (dict(self.memo.hits), dict(self.memo.misses))
        self.memo.finish_run()
        return out, counts

    def cold(self):
        return outputs(build_report([self.folder], overrides=self.overrides))


def append(path: Path, text: str) -> None:
    path.write_text(path.read_text(encoding="utf-8") + "\n" + text, encoding="utf-8")


def test_claims_json_is_written_claim_by_claim_exactly_as_json_dumps_writes_it(sample_report):
    expected = json.dumps(report_dict(sample_report), ensure_ascii=False, indent=2) + "\n"
    memo = Memo()
    assert report_json(sample_report) == expected
    assert report_json(sample_report, memo=memo) == expected
    assert report_json(sample_report, memo=memo) == expected  # from the memo
    assert memo.hits["claims.json"] == len(sample_report.claims)
    empty = type(sample_report)(sample_report.articles, sample_report.events, [], [])
    assert report_json(empty) == json.dumps(report_dict(empty), ensure_ascii=False, indent=2) + "\n"


def test_every_kind_of_edit_gives_what_a_cold_run_gives(folder):
    runs = Runs(folder)
    out, (hits, misses) = runs.warm()
    assert out == runs.cold() and not hits

    # one article edited: only it is split, extracted and placed again, only its event regrouped
    append(folder / f"{GENEVA}.txt", ADDED)
    out, (hits, misses) = runs.warm()
    assert out == runs.cold()
    assert misses["sentences"] == misses["mentions"] == misses["cues"] == 1
    assert hits["mentions"] == 4
    assert misses["claims"] == 1 and hits.get("claims", 0) >= 1  # Geneva again; the video summit's kept

    # nothing changed: everything reused
    out, (hits, misses) = runs.warm()
    assert out == runs.cold()
    assert set(misses) <= {"pages"} and sum(misses.values()) == 0

    # an article added, then one deleted, then a title changed in front matter
    (folder / "new.txt").write_text("قمة جنيف\n\n" + ADDED, encoding="utf-8")
    assert runs.warm()[0] == runs.cold()
    append(folder / f"{VIDEO}.txt", "وقال البيت الأبيض إن القمة الافتراضية استمرت ساعتين.\n")
    assert runs.warm()[0] == runs.cold()
    (folder / f"{GENEVA}.txt").unlink()
    assert runs.warm()[0] == runs.cold()
    new = folder / "new.txt"
    new.write_text("---\ntitle: عنوان آخر\n---\n" + new.read_text(encoding="utf-8"), encoding="utf-8")
    assert runs.warm()[0] == runs.cold()


def test_claim_ids_made_unique_in_one_run_are_not_carried_into_the_next(folder):
    """unique_ids suffixes clashing ids in place; a kept claim starts each run with the id it was made with."""
    runs = Runs(folder)
    runs.warm()
    for stem in list(p.stem for p in folder.iterdir())[:2]:
        (folder / f"{stem}.txt").unlink()
        out, _ = runs.warm()
        assert out == runs.cold()


def test_editors_overrides_do_not_change_the_memos_claims(folder, tmp_path, sample_report):
    claim = next(c for c in sample_report.claims if c.kind == "quantity")
    path = tmp_path / "claims.yml"
    path.write_text(f"{claim.id}:\n  title: عنوان المحرر\n  verdict: مضلل\n", encoding="utf-8")
    runs = Runs(folder, load_overrides(path, shown="claims.yml"))
    first, _ = runs.warm()
    assert "عنوان المحرر" in first[0]
    again, (hits, _) = runs.warm()
    assert again == first == runs.cold() and hits["claims"]
    runs.overrides = None  # the editor removes the file: the machine's title is back
    out, _ = runs.warm()
    assert out == runs.cold() and "عنوان المحرر" not in out[0]


def test_entries_of_deleted_articles_are_forgotten(folder):
    runs = Runs(folder)
    runs.warm()
    before = len(runs.memo.tables["mentions"])
    (folder / f"{VIDEO}.txt").unlink()
    runs.warm()
    assert len(runs.memo.tables["mentions"]) == before - 1


def test_serve_rebuilds_write_the_same_site_as_a_fresh_build(tmp_path):
    """Pages, claims.json and claims.csv rebuilt from the memo are byte-identical to a cold build's."""
    docs = tmp_path / "docs"
    docs.mkdir()
    articles = tmp_path / "articles"
    shutil.copytree(SAMPLE_ARTICLES, articles)
    write_mkdocs_yml(tmp_path, "memo", "articles_dir: ../articles\ncache_dir: false", search=False)

    def config(site: str) -> MkDocsConfig:
        return load_config(config_file=str(tmp_path / "mkdocs.yml"), site_dir=str(tmp_path / site))

    first = config("served")
    first.plugins.on_startup(command="serve", dirty=False)
    try:
        build(first)
        plugin = first.plugins["summit"]
        append(articles / f"{GENEVA}.txt", ADDED)
        served = config("served")
        build(served)
        assert served.plugins["summit"] is plugin and plugin.memo is not None
        assert plugin.memo.hits["pages"] > 0  # pages of the untouched event were not rendered again
    finally:
        first.plugins.on_shutdown()
        MkDocsConfig.plugins.plugin_cache.clear()
    build(config("fresh"))

    def files(site: str) -> dict[str, bytes]:
        root = tmp_path / site
        return {
            p.relative_to(root).as_posix(): p.read_bytes()
            for p in root.rglob("*")
            if p.is_file() and p.suffix in (".html", ".json", ".csv") and p.name != "sitemap.xml"
        }

    served_files, fresh_files = files("served"), files("fresh")
    assert served_files.keys() == fresh_files.keys()
    assert [k for k in served_files if served_files[k] != fresh_files[k]] == []


def test_an_entry_reused_whole_keeps_the_entries_it_was_made_from():
    """An event's claims kept whole keep its statement groups, for when a later edit regroups it."""
    memo = Memo()
    made = []

    def outer():
        made.append("outer")
        return memo.get("inner", "a", lambda: made.append("inner") or 1) + 1

    for _ in range(3):
        memo.start_run()
        assert memo.get("outer", 1, outer) == 2
        memo.finish_run()
        assert memo.has("inner", "a")
    assert made == ["outer", "inner"]
    memo.start_run()
    memo.finish_run()  # a run that needs neither forgets both
    assert not memo.has("outer", 1) and not memo.has("inner", "a")
