"""The ``mkdocs-summit`` command line: the same pipeline as the MkDocs plugin, without a site.

    mkdocs-summit extract PATH... --out claims.json [--format json|csv] [--overrides claims.yml]
    mkdocs-summit check PATH... [--since OLD.json] [--format text|json] [--overrides claims.yml]
    mkdocs-summit overrides --init PATH... [--out claims.yml]
    mkdocs-summit evaluate claims.json --gold gold.yaml [--min-recall 0.9 ...]
    mkdocs-summit evaluate --sets FOLDER... [--mode alone|mixed|both] [--json]
    mkdocs-summit fetch LINKS.txt|URL --into docs/articles/ [--timeout 20] [--max-kb 5120]

Long runs show which article is being read on stderr when it is a terminal
(never in a pipe or a CI log).
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Optional, Sequence

import yaml

from . import __version__
from .editorial.evaluate import evaluate, format_evaluation
from .extraction import Options
from .pipeline import build_report
from .reading.articles import ArticlesNotFound
from .publish.claims_json import report_json


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="mkdocs-summit",
        description="Extract checkable claims from Arabic news articles, and measure them against a reference.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    ex = sub.add_parser("extract", help="read articles and write claims.json")
    ex.add_argument("paths", nargs="+", type=Path, help="article files (.txt, .md, .html) or folders of them")
    ex.add_argument("--out", "-o", type=Path, default=None, help="where to write claims.json (default: standard output)")
    ex.add_argument("--strict", action="store_true", help="exit with status 1 when any file had a problem")
    ex.add_argument("--format", choices=("json", "csv"), default="json",
                    help="json: claims.json (default); csv: one row per excerpt, the columns of claims.csv")
    ex.add_argument("--overrides", type=Path, default=None, help="apply an editor's overrides file (claims.yml)")
    ex.add_argument("--jobs", "-j", type=int, default=None,
                    help="worker processes for per-article extraction (default: every core; 1: no pool)")

    ck = sub.add_parser("check", help="summarise claims and conflicts; exit 1 when a conflict is new since --since")
    ck.add_argument("paths", nargs="+", type=Path, help="article files (.txt, .md, .html) or folders of them")
    ck.add_argument("--since", type=Path, default=None, help="an earlier claims.json: report (and fail on) conflicts new since then")
    ck.add_argument("--format", choices=("text", "json"), default="text", help="text (default) or json on standard output")
    ck.add_argument("--overrides", type=Path, default=None, help="apply an editor's overrides file (claims.yml)")
    ck.add_argument("--out", "-o", type=Path, default=None, help="also write this run's claims.json here (for the next --since)")

    ov = sub.add_parser("overrides", help="editors' overrides file (claims.yml)")
    ov.add_argument("paths", nargs="+", type=Path, help="article files (.txt, .md, .html) or folders of them")
    ov.add_argument("--init", action="store_true", required=True,
                    help="write a commented starter file listing every current claim id and title")
    ov.add_argument("--out", "-o", type=Path, default=Path("claims.yml"), help="where to write it (default: claims.yml)")
    ov.add_argument("--force", action="store_true", help="overwrite an existing file")

    fe = sub.add_parser("fetch", help="download web pages (a file of links, or one address) and save each as a .md article")
    fe.add_argument("links", help="a text file with one http(s) address per line, or one address")
    fe.add_argument("--into", type=Path, required=True, help="the articles folder to save them in (created if needed)")
    fe.add_argument("--timeout", type=float, default=None, help="seconds to wait for a server (default: 20)")
    fe.add_argument("--max-kb", type=int, default=None, help="pages larger than this are not saved (default: 5120)")

    ev = sub.add_parser(
        "evaluate",
        help="score a claims.json against a reference annotation (gold YAML), or extract and score annotated sets",
    )
    ev.add_argument("claims", type=Path, nargs="?", help="claims.json written by the build or by `extract`")
    ev.add_argument("--gold", type=Path, help="reference annotation (YAML) of that claims.json")
    ev.add_argument("--sets", type=Path, nargs="+", metavar="FOLDER",
                    help="annotated sets (a folder with texts/ and gold.yaml, or a folder of them): "
                         "extract and score each, alone and all together as one archive")
    ev.add_argument("--mode", choices=("alone", "mixed", "both"), default="both",
                    help="with --sets: each set extracted alone, all sets as one archive, or both (default)")
    ev.add_argument("--jobs", "-j", type=int, default=None,
                    help="with --sets: worker processes for extraction (default: every core; 1: no pool)")
    ev.add_argument("--json", action="store_true", help="print the scores as JSON")
    ev.add_argument("--min-recall", type=float, default=0.0, help="least evidence recall, 0..1")
    ev.add_argument("--min-complete", type=int, default=0, help="least number of complete reference claims")
    ev.add_argument("--min-conflicts", type=int, default=0, help="least complete conflicting claims")
    ev.add_argument("--max-false-conflicts", type=int, default=None)
    ev.add_argument("--max-intrusions", type=int, default=None)
    ev.add_argument("--min-precision", type=float, default=0.0, help="least mean precision, 0..1")
    return parser


class _Progress:
    """`progress` for the pipeline (or `fetch`): one rewritten line on stderr, only when stderr is a terminal."""

    def __init__(self, doing: str = "reading articles") -> None:
        self.shown = False
        self.doing = doing

    def __call__(self, done: int, total: int, article: str) -> None:
        name = article if len(article) <= 50 else article[:49] + "…"
        sys.stderr.write(f"\r\x1b[K{self.doing}: {done}/{total} {name}")
        sys.stderr.flush()
        self.shown = True

    def close(self) -> None:
        if self.shown:
            sys.stderr.write("\r\x1b[K")
            sys.stderr.flush()


def _run(args: argparse.Namespace):
    """Build the report for `args.paths` (with `args.overrides`); an int is an exit status."""
    overrides = None
    if getattr(args, "overrides", None) is not None:
        from .editorial.overrides_file import load as load_overrides

        if not args.overrides.is_file():
            print(f"mkdocs-summit: overrides file {args.overrides} not found", file=sys.stderr)
            return 2
        overrides = load_overrides(args.overrides, shown=str(args.overrides))
    progress = _Progress() if sys.stderr.isatty() else None
    try:
        report = build_report(args.paths, Options(), overrides=overrides, progress=progress, jobs=getattr(args, "jobs", None))
    except ArticlesNotFound as exc:
        print(f"mkdocs-summit: {exc}", file=sys.stderr)
        return 2
    finally:
        if progress is not None:
            progress.close()
    for problem in report.problems:
        print(f"warning: {problem.path}: {problem.message}", file=sys.stderr)
    if not report.articles:
        names = ", ".join(str(p) for p in args.paths)
        print(f"mkdocs-summit: no article could be read from {names} (looked for .txt, .md and .html files)", file=sys.stderr)
        return 2
    return report


def _extract(args: argparse.Namespace) -> int:
    report = _run(args)
    if isinstance(report, int):
        return report
    if args.format == "csv":
        from .publish.csv_report import report_csv

        text = report_csv(report, bom=args.out is not None)  # the byte-order mark is for spreadsheets opening the file
    else:
        text = report_json(report)
    if args.out is None:
        sys.stdout.write(text)
    else:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(text, encoding="utf-8", newline="")
        conflicts = sum(c.status == "conflicting" for c in report.claims)
        print(
            f"{args.out}: {len(report.articles)} articles, {len(report.events)} events, "
            f"{len(report.claims)} claims ({conflicts} conflicting)",
            file=sys.stderr,
        )
    return 1 if args.strict and report.problems else 0


def _load(path: Path, parse, what: str):
    try:
        return parse(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise SystemExit(f"mkdocs-summit: cannot read {what} {path}: {exc.strerror or exc}")
    except (ValueError, yaml.YAMLError) as exc:
        raise SystemExit(f"mkdocs-summit: {path} is not valid {what}: {exc}")


def _evaluate(args: argparse.Namespace) -> int:
    if args.sets:
        if args.claims is not None or args.gold is not None:
            raise SystemExit("mkdocs-summit: evaluate takes either claims.json with --gold, or --sets, not both")
        return _evaluate_sets(args)
    if args.claims is None or args.gold is None:
        raise SystemExit("mkdocs-summit: evaluate needs claims.json and --gold gold.yaml (or --sets FOLDER...)")
    report = _load(args.claims, json.loads, "claims.json")
    gold = _load(args.gold, yaml.safe_load, "gold YAML")
    if not isinstance(gold, dict) or not isinstance(gold.get("claims"), list):
        raise SystemExit(f"mkdocs-summit: {args.gold}: a gold file is a mapping with a `claims` list")
    result = evaluate(report, gold)
    if args.json:
        print(json.dumps(
            {
                "corpus": result.corpus,
                "claims": [dict(vars(s), complete=s.complete) for s in result.claims],
                "false_conflicts": result.false_conflicts,
                "recall": result.recall,
                "precision": result.precision,
                "intrusions": result.intrusions,
                "complete": result.complete(),
                "report_claims": result.report_claims,
            },
            ensure_ascii=False,
            indent=2,
        ))
    else:
        print(format_evaluation(result))
    return 0 if _meets_bars(args, result, result.false_conflicts) else 1


def _meets_bars(args: argparse.Namespace, result, false_conflicts: list) -> bool:
    """Does one evaluation meet every --min-*/--max-* bar given on the command line?"""
    return (
        result.recall >= args.min_recall
        and result.complete() >= args.min_complete
        and result.complete("conflicting") >= args.min_conflicts
        and (args.max_false_conflicts is None or len(false_conflicts) <= args.max_false_conflicts)
        and (args.max_intrusions is None or result.intrusions <= args.max_intrusions)
        and result.precision >= args.min_precision
    )


def _evaluate_sets(args: argparse.Namespace) -> int:
    """Extract and score annotated sets; the bars apply to every set in every mode."""
    from .editorial.annotated_sets import MODES, SetError, evaluate_sets, figures, find_sets, format_table

    try:
        sets = find_sets(args.sets)
        progress = (lambda what: print(f"extracting {what} …", file=sys.stderr)) if sys.stderr.isatty() else None
        modes = MODES if args.mode == "both" else (args.mode,)
        scores = evaluate_sets(sets, modes, jobs=args.jobs, progress=progress)
    except SetError as exc:
        raise SystemExit(f"mkdocs-summit: {exc}")
    if args.json:
        print(json.dumps(figures(scores), ensure_ascii=False, indent=2))
    else:
        print(format_table(scores))
    return 0 if all(_meets_bars(args, s.evaluation, s.false_conflicts) for s in scores) else 1


def _check(args: argparse.Namespace) -> int:
    from .editorial.check import as_dict, compare, format_text
    from .publish.claims_json import report_dict

    since = None
    if args.since is not None:
        try:
            since = json.loads(args.since.read_text(encoding="utf-8"))
        except OSError as exc:
            print(f"mkdocs-summit: cannot read {args.since}: {exc.strerror or exc}", file=sys.stderr)
            return 2
        except ValueError as exc:
            print(f"mkdocs-summit: {args.since} is not valid claims.json: {exc}", file=sys.stderr)
            return 2
        if not isinstance(since, dict) or not isinstance(since.get("claims"), list):
            print(f"mkdocs-summit: {args.since} is not a claims.json (no 'claims' list)", file=sys.stderr)
            return 2
    report = _run(args)
    if isinstance(report, int):
        return report
    if args.out is not None:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(report_json(report), encoding="utf-8")
    result = compare(report_dict(report), since, str(args.since) if args.since else None)
    if args.format == "json":
        print(json.dumps(as_dict(result), ensure_ascii=False, indent=2))
    else:
        sys.stdout.write(format_text(result))
    return 1 if result.failed else 0


def _overrides(args: argparse.Namespace) -> int:
    from .editorial.starter import starter

    if args.out.exists() and not args.force:
        print(f"mkdocs-summit: {args.out} already exists (editors' work): not overwritten; --force to replace it", file=sys.stderr)
        return 1
    report = _run(args)
    if isinstance(report, int):
        return report
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(starter(report.claims, report.events, path=args.out.name), encoding="utf-8")
    print(f"{args.out}: {len(report.claims)} claims listed, all commented out", file=sys.stderr)
    return 0


def _fetch(args: argparse.Namespace) -> int:
    """Download each link into the articles folder; one line per link on stdout, failures on stderr.
    Exit status: 0, 1 when a link failed, 2 when the list cannot be read."""
    from .reading import fetch

    try:
        links = fetch.read_links(args.links)
    except (OSError, UnicodeDecodeError) as exc:
        print(f"mkdocs-summit: cannot read the list of links {args.links}: {getattr(exc, 'strerror', None) or exc}", file=sys.stderr)
        return 2
    if not links:
        print(f"mkdocs-summit: no address in {args.links}", file=sys.stderr)
        return 2
    progress = _Progress("fetching") if sys.stderr.isatty() else None
    try:
        outcomes = fetch.fetch_all(
            links, args.into,
            timeout=args.timeout if args.timeout is not None else fetch.TIMEOUT,
            max_bytes=args.max_kb * 1024 if args.max_kb is not None else fetch.MAX_BYTES,
            progress=progress,
        )
    finally:
        if progress is not None:
            progress.close()
    for o in outcomes:
        if o.status == "failed":
            print(f"failed: {o.url}: {o.detail}", file=sys.stderr)
        else:
            print(f"{o.status}: {o.url}: {o.detail}")
    counts = {s: sum(o.status == s for o in outcomes) for s in ("saved", "skipped", "failed")}
    print(f"{counts['saved']} saved, {counts['skipped']} already saved, {counts['failed']} failed", file=sys.stderr)
    return 1 if counts["failed"] else 0


def main(argv: Optional[Sequence[str]] = None) -> int:
    args = _parser().parse_args(argv)
    if args.command == "fetch":
        return _fetch(args)
    if args.command == "extract":
        return _extract(args)
    if args.command == "check":
        return _check(args)
    if args.command == "overrides":
        return _overrides(args)
    return _evaluate(args)
