"""A smoke run of the benchmark's corpus and scorer (the full benchmark, ``python -m bench.run``, is not run here)."""
import json

from mkdocs_summit_plugin.pipeline import build_report
from mkdocs_summit_plugin.publish.claims_json import report_dict

from bench.corpus import generate, load_planted, score, write


def test_generator_is_deterministic():
    a, b = generate(20, seed=3), generate(20, seed=3)
    assert [x.content for x in a.articles] == [x.content for x in b.articles]
    assert generate(5, seed=3).articles[4].content == a.articles[4].content  # article i does not depend on n
    assert generate(5, seed=4).articles[0].content != a.articles[0].content


def test_planted_facts_are_found_in_20_articles(tmp_path):
    folder = tmp_path / "articles"
    corpus = generate(20, seed=1)
    write(corpus, folder)
    planted = load_planted(tmp_path / "truth.json")
    assert len(planted) == len(corpus.planted) > 40
    report = build_report([folder], jobs=1)
    assert len(report.articles) == 20 and len(report.events) >= 5
    result = score(json.loads(json.dumps(report_dict(report))), planted)
    q, total = result["quantity_mentions"]
    s, s_total = result["statement_mentions"]
    assert q / total >= 0.95 and s / s_total >= 0.9
    assert result["share_found"] >= 0.95
    conflicting = [k for k, v in result["statuses"].items() if v["expected"] == "conflicting"]
    assert conflicting and all(result["statuses"][k]["got"] == "conflicting" for k in conflicting)
