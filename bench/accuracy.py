"""Accuracy on annotated articles: ``python -m bench.accuracy [--out bench/accuracy.json]``.

Prints the table of ``mkdocs-summit evaluate --sets`` for

* the real-news development sets in ``../shared/dev`` (when that folder is
  beside the checkout; a user's clone has none), each set extracted alone and
  all of them as one archive;
* the project's own sets: the five samples of the demo site and the four
  held-out sets written in other outlets' styles (``tests/data/outlets*``),
  each extracted alone;

and writes the figures with the commit they were measured on. The first
figures measured on ``../shared/dev``, before any rule was changed for it,
are kept in ``bench/accuracy-first.json``: the honest estimate for a story
nobody has tuned the rules on.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

from mkdocs_summit_plugin.editorial.annotated_sets import (
    ALONE,
    MODES,
    AnnotatedSet,
    evaluate_sets,
    figures,
    find_sets,
    format_table,
)

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT.parent / "shared" / "dev"
GOLD = ROOT / "tests" / "data" / "gold"


def project_sets() -> list[AnnotatedSet]:
    """The samples (the demo site's articles) and the held-out outlet sets, with their annotations."""
    sets = [AnnotatedSet("samples", ROOT / "site" / "articles", GOLD / "seeds.yaml")]
    for folder in sorted((ROOT / "tests" / "data").glob("outlets*")):
        sets.append(AnnotatedSet(folder.name, folder, GOLD / f"{folder.name}.yaml"))
    return sets


def commit() -> str:
    """The checked-out commit (short), with '+' when the work tree has uncommitted changes."""
    try:
        rev = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True, check=True).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"], cwd=ROOT, capture_output=True, text=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"
    return rev + ("+" if dirty else "")


def measure(dev: Path = DEV, jobs: int | None = 1) -> dict:
    """The figures of both collections, printed as tables on the way."""
    out = {
        "commit": commit(),
        "date": dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%dT%H:%MZ"),
        "python": ".".join(map(str, sys.version_info[:3])),
    }
    if dev.is_dir():
        scores = evaluate_sets(find_sets([dev]), MODES, jobs=jobs)
        print(f"Real news ({dev}):\n{format_table(scores)}\n")
        out["dev"] = figures(scores)
    else:
        print(f"{dev} is not beside this checkout: real-news figures not measured\n")
    scores = evaluate_sets(project_sets(), (ALONE,), jobs=jobs)
    print(f"The project's own sets:\n{format_table(scores)}")
    out["project"] = figures(scores)
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.accuracy", description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=None, help="write the figures here as JSON (e.g. bench/accuracy.json)")
    ap.add_argument("--dev", type=Path, default=DEV, help="the folder of real-news sets (default: ../shared/dev)")
    ap.add_argument("--jobs", type=int, default=1, help="worker processes for extraction (default 1)")
    args = ap.parse_args(argv)
    result = measure(args.dev, args.jobs)
    if args.out is not None:
        args.out.write_text(json.dumps(result, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        print(f"\nwritten: {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
