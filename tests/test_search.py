"""Arabic search: the JavaScript folding equals the Python one, and material's real search worker, patched, finds claims
whatever the spelling. Runs the JavaScript with node (skipped without it); tests/test_browser.py does it in Chromium."""
from __future__ import annotations

import json
import random
import shutil
import subprocess
from pathlib import Path

import pytest

from mkdocs_summit_plugin.publish import search
from mkdocs_summit_plugin.text.normalise import fold

from .conftest import ROOT, SAMPLE_ARTICLES, build_demo

NODE = shutil.which("node")
needs_node = pytest.mark.skipif(NODE is None, reason="node is not installed: the JavaScript side cannot be run")
STATIC_JS = (ROOT / "templates" / "summit-search.js").read_text(encoding="utf-8")


def run_node(code: str) -> str:
    proc = subprocess.run([NODE, "-"], input=code, capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    return proc.stdout


def js_keys(texts: list[str]) -> list[list[str]]:
    code = search.script(STATIC_JS) + "\nconst S = " + json.dumps(texts) + ";\nprocess.stdout.write(JSON.stringify(S.map(s => summitSearch.keys(s))));"
    return json.loads(run_node(code))


TRICKY = [
    "السفراء", "السُّفَرَاءُ", "والسفراء", "بالسفراء", "للسفراء", "السفيرين", "سفيري البلدين",
    "أميركا إسرائيل آمن ٱلله", "مستشفى على", "مدرسة مدرسه", "القـ.ـضايا الأمـ.ـن", "نهاية الجملة. بداية",
    "٤ ساعات و۳ دقائق ٣٫٥", "CNN و BBC-عربي", "اجتماعاً واحداً", "قرابة الـ 3 ساعات ونصف",
    "\u200fنص\u200e مع\u200d محارف خفية", "ﻻ ﷲ ﻷ", "بوتين: “اتفقنا على عودتهم.”", "", "   ", "2021-06-16",
]


def test_stem_strips_article_clitics_and_suffixes():
    assert search.search_keys("السفراء") == search.search_keys("والسفراء") == search.search_keys("السُّفَرَاء") == ["سفراء"]
    assert search.search_keys("السفيرين") == search.search_keys("سفيري") == ["سفير"]
    assert search.search_keys("أتفقنا") == search.search_keys("اتفقنا")
    assert search.search_keys("عودة") == search.search_keys("عوده")
    assert search.search_keys("٤ ساعات") == search.search_keys("4 ساعات")
    assert search.search_keys("القـ.ـضايا") == search.search_keys("القضايا")
    assert search.stem("ال") == "ال" and search.stem("وزن") == "وزن"  # too short to strip
    assert search.search_keys("CNN") == ["cnn"]


def test_tables_come_from_the_python_normaliser():
    tables = search.js_tables()
    for ch, folded in tables["fold"].items():
        assert fold(ch) == folded, repr(ch)
    assert tables["prefixes"] == list(search.PREFIXES) and tables["suffixes"] == list(search.SUFFIXES)


@needs_node
def test_javascript_folds_exactly_like_python():
    corpus = [p.read_text(encoding="utf-8") for p in sorted(SAMPLE_ARTICLES.glob("*.txt"))]
    words = sorted({w for text in corpus for w in text.split()})
    rng = random.Random(6)
    alphabet = [chr(c) for c in range(0x0600, 0x0700)] + list("abcXYZ019 .-_،؛") + ["\u0640", "\u200f", "\ufeff"] + \
        [chr(c) for c in range(0xFE70, 0xFEFF, 7)] + [chr(c) for c in range(0x06F0, 0x06FA)]
    fuzz = ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 25))) for _ in range(400)]
    texts = TRICKY + corpus + words + fuzz
    assert js_keys(texts) == search.keys_many(texts)


# -- the real worker, patched, in node ------------------------------------------------------------
WORKER_HARNESS = r"""
const fs = require("fs"), vm = require("vm");
globalThis.self = globalThis;
let handler = null; const out = [];
globalThis.addEventListener = (type, fn) => { if (type === "message") handler = fn; };
globalThis.postMessage = m => out.push(m);
globalThis.importScripts = () => {};
vm.runInThisContext(fs.readFileSync(process.argv[1], "utf-8"));
const index = JSON.parse(fs.readFileSync(process.argv[2], "utf-8"));
const queries = JSON.parse(process.argv[3]);
(async () => {
  await handler({data: {type: 0, data: {...index, options: {suggest: false}}}});
  const results = {};
  for (const q of queries) {
    out.length = 0;
    await handler({data: {type: 2, data: q}});
    await new Promise(r => setTimeout(r, 0));
    const res = out.find(m => m.type === 3);
    results[q] = res.data.items.map(group => group.map(d => ({location: d.location, title: d.title, text: d.text})));
  }
  process.stdout.write(JSON.stringify(results));
})();
"""


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    return build_demo(tmp_path_factory.mktemp("search"))[0]


def ambassadors_claim(public: Path) -> dict:
    """The claim about the ambassadors' return: the one whose excerpts name the ambassadors most often."""
    doc = json.loads((public / "claims.json").read_text(encoding="utf-8"))
    scored = [(sum(("سفير" in e["excerpt"] or "سفراء" in e["excerpt"]) for e in c["evidence"]), c) for c in doc["claims"]]
    score, claim = max(scored, key=lambda sc: sc[0])
    assert score >= 2, "the demo has a claim about the ambassadors' return"
    return claim


def worker_search(public: Path, queries: list[str]) -> dict:
    workers = list((public / "assets" / "javascripts" / "workers").glob("search*.min.js"))
    assert len(workers) == 1
    return json.loads(run_node(WORKER_HARNESS.replace("process.argv[1]", json.dumps(str(workers[0])))
                               .replace("process.argv[2]", json.dumps(str(public / "search" / "search_index.json")))
                               .replace("process.argv[3]", json.dumps(json.dumps(queries)))))


@pytest.mark.slow
def test_worker_is_patched_once(built):
    worker = next((built / "assets" / "javascripts" / "workers").glob("search*.min.js"))
    assert worker.read_text(encoding="utf-8").count(search.MARKER) == 1
    assert search.patch_worker(built, STATIC_JS) == 1
    assert worker.read_text(encoding="utf-8").count(search.MARKER) == 1


@pytest.mark.slow
@needs_node
def test_variant_spellings_find_the_ambassadors_claim(built):
    claim = ambassadors_claim(built)
    queries = ["السفراء", "السفيرين", "السُّفَرَاءُ", "والسفراء", "سفيري", "عوده", "إتفقنا", "السفـ.ـراء"]
    results = worker_search(built, queries)
    for q in queries:
        locations = [d["location"].split("#")[0] for group in results[q] for d in group]
        assert claim["page_url"] in locations, q


@pytest.mark.slow
@needs_node
def test_results_show_the_text_as_written_with_matches_marked(built):
    results = worker_search(built, ["السُّفَرَاء", "٤ ساعات"])
    texts = [d["text"] + d["title"] for group in results["السُّفَرَاء"] for d in group]
    assert any("<mark>السفراء</mark>" in t for t in texts)
    assert not any("سفراء " in t.replace("<mark>", "").replace("</mark>", "").replace("السفراء", "") for t in texts)
    digits = [d["text"] for group in results["٤ ساعات"] for d in group]
    assert any("<mark>4</mark>" in t for t in digits)


@pytest.mark.slow
@needs_node
def test_unrelated_query_finds_nothing(built):
    assert worker_search(built, ["زنجبيل"])["زنجبيل"] == []
