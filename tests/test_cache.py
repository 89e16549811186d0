"""The per-article extraction cache (cache.py): a one-article edit re-extracts only that article,
and a build from the cache is byte-identical to a build without it."""
from __future__ import annotations

import json
import shutil

import pytest

from mkdocs_summit_plugin import extraction, pipeline

from mkdocs_summit_plugin.mentions.statements import analysis as statements
from mkdocs_summit_plugin.text import stemming
from mkdocs_summit_plugin.runtime.cache import ExtractionCache, namespace
from mkdocs_summit_plugin.assign.events import EventHint
from mkdocs_summit_plugin.publish.claims_json import report_json

from .conftest import SAMPLE_ARTICLES


@pytest.fixture
def corpus(tmp_path):
    articles = tmp_path / "articles"
    shutil.copytree(SAMPLE_ARTICLES, articles)
    return articles


@pytest.fixture
def calls(extraction_calls):
    """Article ids in the order extraction.extract_mentions really ran."""
    return extraction_calls


def build(articles, cache=None, options=extraction.Options()):
    return report_json(pipeline.build_report([articles], options, cache=cache))


def test_one_article_edit_re_extracts_only_that_article(corpus, tmp_path, calls):
    folder = tmp_path / "cache"
    ids = sorted(p.stem for p in corpus.glob("*.txt"))
    cold = build(corpus, ExtractionCache(folder))
    assert calls == ids
    assert len(list((folder).rglob("*.json"))) == len(ids)

    calls.clear()
    # a new process: the disk alone. What this saves is measured by bench/run.py (warm
    # rebuild), not timed here: on five articles with warm per-word caches the cold map
    # is too short to compare against.
    warm = build(corpus, ExtractionCache(folder))
    assert calls == []
    assert warm == cold == build(corpus)  # and the same bytes as a build without the cache

    edited = corpus / f"{ids[2]}.txt"
    edited.write_text(edited.read_text(encoding="utf-8") + "\nوقال مسؤول روسي إن الاجتماع استمر خمس ساعات.\n", encoding="utf-8")
    calls.clear()
    cache = ExtractionCache(folder)
    after_edit = build(corpus, cache)
    assert calls == [ids[2]]
    assert (cache.hits, cache.misses) == ([i for i in ids if i != ids[2]], [ids[2]])
    calls.clear()
    assert after_edit == build(corpus)


def test_options_code_and_lexicon_version_the_cache(corpus, tmp_path, calls):
    folder = tmp_path / "cache"
    build(corpus, ExtractionCache(folder))
    hinted = extraction.Options(hints=(EventHint("geneva-2021", "قمة جنيف", ("جنيف",)),))
    assert namespace(hinted.key()) != namespace(extraction.Options().key())
    calls.clear()
    build(corpus, ExtractionCache(folder, hinted.key()), hinted)
    assert len(calls) == 5  # other options: nothing reused
    assert len([d for d in folder.iterdir() if d.is_dir()]) == 2


def test_cache_files_are_safe_to_delete_or_damage(corpus, tmp_path, calls):
    folder = tmp_path / "cache"
    cache = ExtractionCache(folder)
    expected = build(corpus, cache)
    entries = sorted(cache.folder.glob("*.json"))
    assert not list(cache.folder.glob(".tmp-*")), "writes are atomic: no temporary file left"
    for entry in entries:  # plain JSON, never pickle
        data = json.loads(entry.read_text(encoding="utf-8"))
        assert data["format"] == 1 and data["key"] == entry.stem
    entries[0].write_text("{ not json", encoding="utf-8")
    entries[1].write_text(json.dumps({"format": 1, "key": entries[1].stem, "mentions": [{"bogus": 1}], "analyses": []}), encoding="utf-8")
    entries[2].unlink()
    calls.clear()
    cache = ExtractionCache(folder)
    assert build(corpus, cache) == expected
    assert len(calls) == 3 and len(cache.errors) == 2
    shutil.rmtree(folder)
    assert build(corpus, ExtractionCache(folder)) == expected


def test_prune_forgets_deleted_articles(corpus, tmp_path):
    folder = tmp_path / "cache"
    cache = ExtractionCache(folder)
    build(corpus, cache)
    next(iter(sorted(corpus.glob("*.txt")))).unlink()
    cache.start_run()
    build(corpus, cache)
    assert cache.prune() == 1
    assert len(list(cache.folder.glob("*.json"))) == 4 == len(cache.memory)


def test_disabled_folder_still_caches_in_memory(corpus, calls):
    cache = ExtractionCache(None)
    first = build(corpus, cache)
    calls.clear()
    cache.start_run()
    assert build(corpus, cache) == first and calls == []


def test_per_run_state_does_not_grow(corpus):
    build(corpus)
    size = len(statements._ANALYSES)
    for _ in range(3):
        build(corpus, ExtractionCache(None))
    assert len(statements._ANALYSES) == size
    statements.reset()
    assert statements._ANALYSES == {} and stemming.VOCAB[0] == frozenset()
