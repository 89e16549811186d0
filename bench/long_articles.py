"""How the cost of one article grows with its length, with and without punctuation.

    python -m bench.long_articles --out bench/long_articles.json        # 10 KB to 1 MB, three kinds
    python -m bench.long_articles --sizes 10 100 --kinds numbers        # a quick look
    python -m bench.long_articles --code /path/to/other/checkout        # the same texts, other code

Three kinds of article, each built to a given size in kilobytes (1 KB = 1 024
bytes of UTF-8 text, the unit of ``max_article_kb``; the largest, 1 000 KB,
is under the default 1 024 KB limit):

* ``punctuated``: news prose, the paragraphs of the benchmark corpus's
  articles (``bench/corpus.py``) one after another, as written;
* ``unpunctuated``: the same text with every punctuation mark and line break
  taken out, one run of words as a live transcript, a ticker or speech-to-text
  gives;
* ``numbers``: random number words, units and hedges ("ثلاث ساعات نحو أكثر من
  دقيقة …") with no punctuation, the worst case for quantity extraction.

Each article is run through the whole pipeline (``pipeline.analyse``: split,
events, the per-article extraction, grouping, judging) in a fresh subprocess,
one process, with a time limit; the figure reported is the time per kilobyte,
which stays flat when the cost is linear in the article's length. ``--code``
measures another checkout of the package on the same texts (the before/after
figures of the README).
"""
from __future__ import annotations

import argparse
import json
import random
import re
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
KINDS = ("punctuated", "unpunctuated", "numbers")
SIZES_KB = (10, 100, 500, 1000)
TITLE = "تغطية متواصلة للقمة"

NUMBER_WORDS = (
    "ثلاث ساعات نحو أكثر من دقيقة أربع خمسة عشرة ساعتين اجتماعات ثلاثة قتيلا مليون دولار بالمئة "
    "يوما أسبوع قرابة أقل أيام سنوات عشرين مئة ألف شخصا جرحى منذ بعد قبل استمرت القمة المحادثات "
    "وقال الرئيس إن الجانبين"
).split()
_PUNCTUATION = re.compile(r"[.!?؟…،,؛;:«»“”\"'()\[\]\-–—]+")


def _prose(size: int, seed: int) -> str:
    """Paragraphs of the benchmark corpus's articles (no front matter, no title), up to `size` bytes."""
    from .corpus import generate

    paragraphs: list[str] = []
    total, i, chunk = 0, 0, 50
    while total < size:
        for a in generate(i + chunk, seed).articles[i:]:
            for line in a.content[a.body_offset:].splitlines()[1:]:
                if len(line.split()) > 12:  # running prose, not furniture or sub-headings
                    paragraphs.append(line)
                    total += len(line.encode("utf-8")) + 1
        i += chunk
    return "\n".join(paragraphs)


def article_text(kind: str, kb: int, seed: int = 1) -> str:
    """The text of one article of `kind` and about `kb` kilobytes (a title line, then the body)."""
    size = kb * 1024 - len(TITLE.encode("utf-8")) - 2
    if kind == "numbers":
        rng = random.Random(seed)
        words, total = [], 0
        while total < size:
            w = rng.choice(NUMBER_WORDS)
            words.append(w)
            total += len(w.encode("utf-8")) + 1
        body = " ".join(words)
    else:
        body = _prose(size, seed)
        if kind == "unpunctuated":
            body = " ".join(_PUNCTUATION.sub(" ", body).split())
    body = body.encode("utf-8")[:size].decode("utf-8", "ignore").rsplit(" ", 1)[0]
    return f"{TITLE}\n\n{body}\n"


def child(kind: str, kb: int, seed: int) -> dict:
    """One measurement (in its own process): the whole pipeline on one article."""
    from mkdocs_summit_plugin import pipeline
    from mkdocs_summit_plugin.extraction import Options, warm_up
    from mkdocs_summit_plugin.model import Article
    from mkdocs_summit_plugin.text.sentences import split_sentences

    text = article_text(kind, kb, seed)
    article = Article(id="long", path="articles/long.txt", text=text, title=TITLE)
    warm_up()
    t0 = time.perf_counter()
    sentences = split_sentences(article)
    t1 = time.perf_counter()
    report = pipeline.analyse([article], (), Options(), jobs=1)
    t2 = time.perf_counter()
    excerpts = [len(e.excerpt.split()) for c in report.claims for e in c.evidence]
    return {
        "kind": kind,
        "kb": kb,
        "bytes": len(text.encode("utf-8")),
        "sentences": len(sentences),
        "longest_sentence_words": max((len(s.text.split()) for s in sentences), default=0),
        "claims": len(report.claims),
        "excerpts": len(excerpts),
        "longest_excerpt_words": max(excerpts, default=0),
        "split_s": round(t1 - t0, 3),
        "pipeline_s": round(t2 - t1, 3),
        "ms_per_kb": round((t2 - t1) * 1000 / kb, 2),
    }


def measure(kind: str, kb: int, seed: int, timeout: float, code: Path | None) -> dict:
    """One measurement in a fresh subprocess; {"timed_out": seconds} when it did not finish in time."""
    cmd = [sys.executable, "-m", "bench.long_articles", "--child", kind, str(kb), str(seed)]
    if code is not None:
        cmd += ["--code", str(code)]
    try:
        p = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return {"kind": kind, "kb": kb, "timed_out": timeout}
    if p.returncode != 0:
        raise SystemExit(f"measurement failed: {kind} {kb} KB\n{p.stderr[-3000:]}")
    return json.loads(p.stdout.strip().splitlines()[-1])


def table(rows: list[dict]) -> str:
    """The figures as a Markdown table."""
    out = [
        "| kind | KB | sentences | longest sentence (words) | claims | longest excerpt (words) | pipeline s | ms per KB |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for r in rows:
        if "timed_out" in r:
            out.append(f"| {r['kind']} | {r['kb']} | | | | | > {r['timed_out']:g} | |")
        else:
            out.append(
                f"| {r['kind']} | {r['kb']} | {r['sentences']} | {r['longest_sentence_words']} | {r['claims']} | "
                f"{r['longest_excerpt_words']} | {r['pipeline_s']} | {r['ms_per_kb']} |"
            )
    return "\n".join(out)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=int, nargs="+", default=list(SIZES_KB), help="article sizes in KB")
    ap.add_argument("--kinds", nargs="+", default=list(KINDS), choices=KINDS)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--timeout", type=float, default=600, help="seconds allowed per measurement")
    ap.add_argument("--code", type=Path, help="measure the package of another checkout (its root folder)")
    ap.add_argument("--out", type=Path, help="write the figures as JSON")
    ap.add_argument("--child", nargs=3, metavar=("KIND", "KB", "SEED"), help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.code is not None:
        sys.path.insert(0, str(args.code.resolve()))
    if args.child:
        kind, kb, seed = args.child
        print(json.dumps(child(kind, int(kb), int(seed))))
        return 0
    rows = []
    for kind in args.kinds:
        for kb in args.sizes:
            row = measure(kind, kb, args.seed, args.timeout, args.code)
            rows.append(row)
            print(json.dumps(row, ensure_ascii=False), flush=True)
    print(table(rows))
    if args.out:
        code = args.code.resolve() if args.code else ROOT
        commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=code, capture_output=True, text=True).stdout.strip()
        args.out.write_text(json.dumps({"commit": commit, "seed": args.seed, "rows": rows}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
