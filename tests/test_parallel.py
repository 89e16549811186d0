"""The `jobs` option: per-article extraction in a process pool gives the very same report."""
from pathlib import Path

import pytest

from mkdocs_summit_plugin.runtime import pool as parallel
from mkdocs_summit_plugin.pipeline import build_report
from mkdocs_summit_plugin.publish.claims_json import report_json

from bench.corpus import generate, write

SAMPLE = Path(__file__).resolve().parent.parent / "site" / "articles"


def _square(x: int) -> int:
    return x * x


def test_map_articles_keeps_input_order_and_falls_back_to_serial():
    items = list(range(100))
    assert parallel.map_articles(_square, items, jobs=2) == [x * x for x in items]
    assert parallel.map_articles(_square, items, jobs=1) == [x * x for x in items]
    assert parallel.map_articles(_square, [3], jobs=4) == [9]  # too few items: no pool
    assert parallel.map_articles(_square, [], jobs=4) == []


def test_resolve_jobs():
    assert parallel.resolve_jobs(None) == parallel.available_cores()
    assert parallel.resolve_jobs(0) == parallel.available_cores()
    assert parallel.resolve_jobs(3) == 3


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("parallel") / "articles"
    write(generate(40, seed=7), folder)
    return folder


@pytest.mark.parametrize("jobs", [2, 3])
def test_pool_report_is_identical_to_serial(corpus, jobs):
    serial = report_json(build_report([corpus], jobs=1))
    pooled = report_json(build_report([corpus], jobs=jobs))
    assert pooled == serial


def test_statements_grouped_in_workers_give_the_same_report(corpus, monkeypatch):
    """Each event's statements grouped in forked workers (largest event first): the same claims."""
    from mkdocs_summit_plugin.claims import grouping

    serial = report_json(build_report([corpus], jobs=1))
    used = []
    real = parallel.map_forked
    monkeypatch.setattr(grouping, "PARALLEL_STATEMENTS", 1)  # a small corpus: force the workers
    monkeypatch.setattr(grouping, "map_forked", lambda fn, items, jobs: used.append(len(items)) or real(fn, items, jobs))
    assert report_json(build_report([corpus], jobs=2)) == serial
    assert used and used[0] > 1  # several events went to the workers


def test_a_dead_grouping_worker_leaves_the_grouping_to_this_process(corpus, monkeypatch):
    """A worker killed while grouping (out of memory) costs nothing but time: the same report."""
    from concurrent.futures.process import BrokenProcessPool

    from mkdocs_summit_plugin.claims import grouping

    serial = report_json(build_report([corpus], jobs=1))

    def killed(fn, items, jobs):
        raise BrokenProcessPool("a worker died")

    monkeypatch.setattr(grouping, "PARALLEL_STATEMENTS", 1)
    monkeypatch.setattr(grouping, "map_forked", killed)
    assert report_json(build_report([corpus], jobs=2)) == serial


def test_map_forked_keeps_input_order_and_declines_one_worker():
    assert parallel.map_forked(_square, [5, 1, 3], jobs=2) in ([25, 1, 9], None)  # None: no fork here
    assert parallel.map_forked(_square, [5, 1, 3], jobs=1) is None


def test_pool_on_the_sample_is_identical_to_serial(monkeypatch):
    monkeypatch.setattr(parallel, "MIN_ITEMS_PER_JOB", 1)  # five articles: force the pool
    assert report_json(build_report([SAMPLE], jobs=2)) == report_json(build_report([SAMPLE], jobs=1))


def test_an_article_that_fails_in_a_worker_costs_only_that_article(corpus, monkeypatch):
    from mkdocs_summit_plugin import extraction

    real = extraction.extract_mentions

    def flaky(article, sentences, options=extraction.Options()):
        if article.id.startswith("00003"):
            raise ValueError("boom")
        return real(article, sentences, options)

    monkeypatch.setattr(extraction, "extract_mentions", flaky)  # inherited by forked workers
    report = build_report([corpus], jobs=2)
    serial = build_report([corpus], jobs=1)
    assert [p.message for p in report.problems] == [p.message for p in serial.problems]
    assert any("ValueError: boom" in p.message for p in report.problems)
    assert report_json(report) == report_json(serial)
