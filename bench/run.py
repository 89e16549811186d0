"""The benchmark: ``python -m bench.run --sizes 100 1000 10000 --out bench/results.json`` (``--quick``: 20 and 50).

For each size it generates a synthetic corpus (``bench/corpus.py``) in a work
folder and measures, each measurement in a fresh subprocess so that its peak
memory (``ru_maxrss`` of the process and of its pool workers) is its own:

* **extraction**: the whole pipeline (read, split, detect events, the per-article
  map, group-by and judging) with one process (``jobs=1``) and with every core;
  throughput of the per-article map in articles/s and MB/s of article text,
  and the share of planted facts found (``corpus.score``);
* **builds**: ``mkdocs build`` of the demo configuration (Material, RTL,
  search, the plugin) on the corpus, cold (empty extraction cache), then warm
  after one article was edited; and a bare ``mkdocs build`` of the same number
  of plain Markdown pages (the articles as ``.md``, same theme, no plugin); with
  the time spent inside the plugin's hooks and how many articles the warm build
  re-extracted;
* **linearity**: milliseconds per article at each size.

It prints a table and writes the figures as JSON.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

DEMO_CONFIG = """site_name: تدقيق ادعاءات (benchmark)
docs_dir: docs
site_dir: site
use_directory_urls: true
theme:
  name: material
  language: ar
  direction: rtl
  font: false
  features:
    - navigation.sections
    - search.highlight
plugins:
  - search
{plugin}markdown_extensions:
  - attr_list
  - md_in_html
  - tables
"""
PLUGIN = """  - summit:
      articles_dir: articles
      cache_dir: {cache}
      jobs: {jobs}
"""


def _maxrss_mb() -> float:
    """Peak RSS of this process and of its (waited-for) children, MB (Linux: ru_maxrss in KiB)."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return round(max(own, kids) / 1024, 1)


# ---------------------------------------------------------------------------
# Children (one measurement each).


def child_extract(folder: Path, jobs: int) -> dict:
    from mkdocs_summit_plugin import extraction, pipeline
    from mkdocs_summit_plugin.runtime import pool
    from mkdocs_summit_plugin.mentions.statements import analysis as statements
    from mkdocs_summit_plugin.assign.events import detect_events
    from mkdocs_summit_plugin.reading.articles import read_articles
    from mkdocs_summit_plugin.publish.claims_json import report_dict
    from mkdocs_summit_plugin.text.sentences import split_sentences

    from .corpus import load_planted, score

    t0 = time.perf_counter()
    articles, problems = read_articles([folder / "docs" / "articles"])
    t_read = time.perf_counter() - t0
    text_bytes = sum(len(a.text.encode("utf-8")) for a in articles)
    statements.reset()
    t1 = time.perf_counter()
    sentences = {a.id: split_sentences(a) for a in articles}
    events, article_event = detect_events(articles, sentences)
    t2 = time.perf_counter()
    # the per-article map alone (what runs in the pool)
    if jobs == 1:
        for a in articles:
            extraction.extract_mentions(a, sentences[a.id])
    else:
        extraction.extract_many(articles, sentences, extraction.Options(), jobs or None)
    t3 = time.perf_counter()
    # the whole pipeline, as the plugin runs it
    report = pipeline.analyse(articles, problems, extraction.Options(), jobs=jobs or None)
    t4 = time.perf_counter()
    found = score(report_dict(report), load_planted(folder / "docs" / "truth.json"))
    map_s = t3 - t2
    return {
        "articles": len(articles),
        "text_mb": round(text_bytes / 1e6, 3),
        "jobs": pool.resolve_jobs(jobs or None),
        "read_s": round(t_read, 3),
        "split_and_events_s": round(t2 - t1, 3),
        "map_s": round(map_s, 3),
        "map_articles_per_s": round(len(articles) / map_s, 1),
        "map_mb_per_s": round(text_bytes / 1e6 / map_s, 4),
        "pipeline_s": round(t4 - t3, 3),
        "group_and_judge_s": round((t4 - t3) - map_s, 3) if jobs == 1 else None,
        "mentions": None,
        "claims": len(report.claims),
        "found": found,
        "peak_rss_mb": _maxrss_mb(),
    }


def _instrument() -> tuple[list, dict]:
    """Time spent inside the plugin's hooks (summed into [0]), and the extraction cache it used."""
    plugin_s = [0.0]
    cache_info: dict = {}
    try:
        from mkdocs_summit_plugin import plugin as summit_plugin
    except ImportError:
        return plugin_s, cache_info

    def timed(name):
        fn = getattr(summit_plugin.SummitPlugin, name)

        def wrapper(self, *a, **k):
            t = time.perf_counter()
            try:
                return fn(self, *a, **k)
            finally:
                plugin_s[0] += time.perf_counter() - t

        wrapper.__wrapped__ = fn
        for attr in ("mkdocs_priority",):
            if hasattr(fn, attr):
                setattr(wrapper, attr, getattr(fn, attr))
        setattr(summit_plugin.SummitPlugin, name, wrapper)

    for name in ("on_config", "on_files", "on_nav", "on_page_content", "on_post_page", "on_post_build"):
        if hasattr(summit_plugin.SummitPlugin, name):
            timed(name)
    orig_ec = summit_plugin.SummitPlugin.extraction_cache

    def extraction_cache(self, *a, **k):
        c = orig_ec(self, *a, **k)
        cache_info["cache"] = c
        return c

    summit_plugin.SummitPlugin.extraction_cache = extraction_cache
    return plugin_s, cache_info


def child_build(config: Path) -> dict:
    import logging

    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    logging.getLogger("mkdocs").setLevel(logging.ERROR)
    plugin_s, cache_info = _instrument()
    t = time.perf_counter()
    cfg = load_config(str(config))
    build(cfg)
    seconds = time.perf_counter() - t
    out = {"build_s": round(seconds, 3), "peak_rss_mb": _maxrss_mb()}
    if "cache" in cache_info:
        c = cache_info["cache"]
        out.update(plugin_s=round(plugin_s[0], 3), re_extracted=len(c.misses), reused=len(c.hits))
    return out


def child_serve(config: Path) -> dict:
    """What `mkdocs serve` does on an edit: one process, the plugin kept across builds
    (on_startup), a fresh config per build; a cold build, then one article edited, then
    the rebuild, timed with the plugin's own share. (The first build reads the extraction
    cache the earlier builds filled.)"""
    import logging

    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    logging.getLogger("mkdocs").setLevel(logging.ERROR)
    plugin_s, cache_info = _instrument()
    first = load_config(str(config))
    first.plugins.on_startup(command="serve", dirty=False)
    t = time.perf_counter()
    build(first)
    cold_s, cold_plugin = time.perf_counter() - t, plugin_s[0]
    edit_one_article(config.parent, "serve")
    plugin_s[0] = 0.0
    t = time.perf_counter()
    again = load_config(str(config))
    build(again)
    seconds = time.perf_counter() - t
    summit = again.plugins["summit"]
    c = cache_info["cache"]
    return {
        "first_build_s": round(cold_s, 3), "first_plugin_s": round(cold_plugin, 3),
        "rebuild_s": round(seconds, 3), "plugin_s": round(plugin_s[0], 3),
        "re_extracted": len(c.misses), "reused": len(c.hits),
        "memo": summit.memo.summary() if summit.memo is not None else None,
        "peak_rss_mb": _maxrss_mb(),
    }


def _child(*args: str) -> dict:
    cmd = [sys.executable, "-m", "bench.run", "--child", *args]
    p = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
    if p.returncode != 0:
        raise SystemExit(f"benchmark step failed: {' '.join(args)}\n{p.stderr[-3000:]}")
    return json.loads(p.stdout.strip().splitlines()[-1])


# ---------------------------------------------------------------------------
# One size.


def prepare(n: int, work: Path, seed: int, jobs: int) -> Path:
    from .corpus import generate, write

    folder = work / str(n)
    if folder.exists():
        shutil.rmtree(folder)
    corpus = generate(n, seed)
    write(corpus, folder / "docs" / "articles")  # truth.json lands in docs/ (not an article)
    (folder / "mkdocs.yml").write_text(
        DEMO_CONFIG.format(plugin=PLUGIN.format(cache=str(folder / "cache"), jobs=jobs)), encoding="utf-8"
    )
    bare = folder / "bare"
    (bare / "docs" / "articles").mkdir(parents=True)
    for a in corpus.articles:
        body = a.content[a.body_offset:]
        title = body.strip().splitlines()[0]
        (bare / "docs" / "articles" / f"{a.id}.md").write_text(f"# {title}\n\n{body}", encoding="utf-8")
    (bare / "docs" / "index.md").write_text("# الأرشيف\n", encoding="utf-8")
    (bare / "mkdocs.yml").write_text(DEMO_CONFIG.format(plugin=""), encoding="utf-8")
    return folder


EDITS = {
    "build": "\nوأضاف مصدر مطلع أن الاتصالات بين الجانبين ستتواصل خلال الأسابيع المقبلة.\n",
    "serve": "\nوقال دبلوماسي غربي إن الوفدين سيجتمعان مجددا قبل نهاية العام.\n",
}


def edit_one_article(folder: Path, edit: str = "build") -> str:
    """Append a sentence to the article in the middle of the corpus (as an editor's save would)."""
    articles = sorted((folder / "docs" / "articles").iterdir())
    target = articles[len(articles) // 2]
    with target.open("a", encoding="utf-8") as f:
        f.write(EDITS[edit])
    return target.name


def bare_key(n: int, seed: int) -> str:
    """What a bare build's time depends on: the corpus (size, seed, generator), the site
    configuration and the versions of MkDocs and Material (not this plugin's code)."""
    import hashlib
    from importlib.metadata import version

    h = hashlib.sha256()
    for part in (str(n), str(seed), DEMO_CONFIG, version("mkdocs"), version("mkdocs-material"),
                 (ROOT / "bench" / "corpus.py").read_text(encoding="utf-8")):
        h.update(part.encode("utf-8") + b"\0")
    return h.hexdigest()[:16]


def bare_build(n: int, folder: Path, work: Path, seed: int, reuse: bool) -> dict:
    """The bare build's figures; with `reuse`, those of an earlier run on the same corpus,
    configuration and versions (kept in the work folder: the bare Material build grows with
    the square of the page count and takes half an hour at 10 000 pages)."""
    saved = work / f"bare-{n}-{bare_key(n, seed)}.json"
    if reuse and saved.is_file():
        result = json.loads(saved.read_text(encoding="utf-8"))
        result["reused_from"] = saved.name
        return result
    result = _child("build", str(folder / "bare" / "mkdocs.yml"))
    saved.write_text(json.dumps(result), encoding="utf-8")
    return result


def measure(n: int, work: Path, seed: int, jobs: int, builds: bool, reuse_bare: bool = False) -> dict:
    t = time.perf_counter()
    folder = prepare(n, work, seed, jobs)
    row: dict = {"articles": n, "generate_s": round(time.perf_counter() - t, 2)}
    print(f"[{n}] corpus written in {row['generate_s']} s", file=sys.stderr, flush=True)
    row["extract_serial"] = _child("extract", str(folder), "1")
    print(f"[{n}] serial extraction {row['extract_serial']['pipeline_s']} s", file=sys.stderr, flush=True)
    row["extract_parallel"] = _child("extract", str(folder), str(jobs))
    print(f"[{n}] parallel extraction {row['extract_parallel']['pipeline_s']} s", file=sys.stderr, flush=True)
    if builds:
        row["build_bare"] = bare_build(n, folder, work, seed, reuse_bare)
        reused = " (reused)" if "reused_from" in row["build_bare"] else ""
        print(f"[{n}] bare build {row['build_bare']['build_s']} s{reused}", file=sys.stderr, flush=True)
        row["build_cold"] = _child("build", str(folder / "mkdocs.yml"))
        print(f"[{n}] plugin build (cold) {row['build_cold']['build_s']} s", file=sys.stderr, flush=True)
        row["edited"] = edit_one_article(folder)
        row["build_warm"] = _child("build", str(folder / "mkdocs.yml"))
        print(f"[{n}] plugin build after one edit {row['build_warm']['build_s']} s", file=sys.stderr, flush=True)
        row["serve"] = _child("serve", str(folder / "mkdocs.yml"))
        print(f"[{n}] under serve: rebuild after one edit {row['serve']['rebuild_s']} s, plugin {row['serve']['plugin_s']} s",
              file=sys.stderr, flush=True)
        row["build_ratio"] = round(row["build_cold"]["build_s"] / row["build_bare"]["build_s"], 2)
    row["ms_per_article_serial"] = round(1000 * row["extract_serial"]["pipeline_s"] / n, 2)
    row["ms_per_article_parallel"] = round(1000 * row["extract_parallel"]["pipeline_s"] / n, 2)
    return row


def table(rows: list[dict]) -> str:
    head = [
        "articles", "text MB", "found", "map art/s (1)", "MB/s (1)", "MB/s (all)", "pipeline s (1)",
        "pipeline s (all)", "ms/article (1)", "bare build s", "plugin build s", "ratio", "warm rebuild s",
        "warm plugin s", "re-extracted", "serve rebuild s", "serve plugin s", "peak RSS MB",
    ]
    lines = [" | ".join(head), " | ".join("---" for _ in head)]
    for r in rows:
        s, p = r["extract_serial"], r["extract_parallel"]
        b, c, w, v = r.get("build_bare", {}), r.get("build_cold", {}), r.get("build_warm", {}), r.get("serve", {})
        rss = max(s["peak_rss_mb"], p["peak_rss_mb"], c.get("peak_rss_mb", 0), w.get("peak_rss_mb", 0))
        lines.append(" | ".join(str(x) for x in [
            r["articles"], s["text_mb"], f"{s['found']['share_found']:.1%}", s["map_articles_per_s"], s["map_mb_per_s"],
            p["map_mb_per_s"], s["pipeline_s"], p["pipeline_s"], r["ms_per_article_serial"], b.get("build_s", "-"),
            c.get("build_s", "-"), r.get("build_ratio", "-"), w.get("build_s", "-"), w.get("plugin_s", "-"),
            w.get("re_extracted", "-"), v.get("rebuild_s", "-"), v.get("plugin_s", "-"), rss,
        ]))
    return "\n".join(lines)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.run", description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[100, 1000, 10000])
    ap.add_argument("--quick", action="store_true", help="sizes 20 and 50 (a smoke run)")
    ap.add_argument("--out", type=Path, default=ROOT / "bench" / "results.json")
    ap.add_argument("--work", type=Path, default=Path(os.environ.get("TMPDIR", "/tmp")) / "summit-bench")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--jobs", type=int, default=0, help="workers for the parallel runs (0: every core)")
    ap.add_argument("--no-builds", action="store_true", help="measure extraction only")
    ap.add_argument("--reuse-bare", action="store_true",
                    help="take the bare build's figures from an earlier run on the same corpus and versions, if any")
    ap.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child:
        kind, *rest = args.child
        if kind == "extract":
            out = child_extract(Path(rest[0]), int(rest[1]))
        elif kind == "serve":
            out = child_serve(Path(rest[0]))
        else:
            out = child_build(Path(rest[0]))
        print(json.dumps(out, ensure_ascii=False))
        return 0
    from mkdocs_summit_plugin.runtime.pool import resolve_jobs

    sizes = [20, 50] if args.quick else args.sizes
    jobs = resolve_jobs(args.jobs or None)
    rows = []
    for n in sizes:
        rows.append(measure(n, args.work, args.seed, jobs, not args.no_builds, args.reuse_bare))
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps({"cores": jobs, "python": sys.version.split()[0], "sizes": rows},
                                       ensure_ascii=False, indent=2), encoding="utf-8")
    print(table(rows))
    print(f"\nfigures: {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
