"""The ``mkdocs-summit`` command line: the same pipeline as the MkDocs plugin, without a site.

    mkdocs-summit extract PATH... --out claims.json
    mkdocs-summit evaluate claims.json --gold gold.yaml [--min-recall 0.9 ...]
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Optional, Sequence

import yaml

from . import __version__
from .evaluate import evaluate, format_evaluation
from .pipeline import Options, build_report
from .reading import ArticlesNotFound
from .report import report_json


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="mkdocs-summit",
        description="Extract checkable claims from Arabic news articles, and measure them against a reference.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    ex = sub.add_parser("extract", help="read articles and write claims.json")
    ex.add_argument("paths", nargs="+", type=Path, help="article files (.txt, .md) or folders of them")
    ex.add_argument("--out", "-o", type=Path, default=None, help="where to write claims.json (default: standard output)")
    ex.add_argument("--strict", action="store_true", help="exit with status 1 when any file had a problem")

    ev = sub.add_parser("evaluate", help="score a claims.json against a reference annotation (gold YAML)")
    ev.add_argument("claims", type=Path, help="claims.json written by the build or by `extract`")
    ev.add_argument("--gold", required=True, type=Path, help="reference annotation (YAML)")
    ev.add_argument("--json", action="store_true", help="print the scores as JSON")
    ev.add_argument("--min-recall", type=float, default=0.0, help="least evidence recall, 0..1")
    ev.add_argument("--min-complete", type=int, default=0, help="least number of complete reference claims")
    ev.add_argument("--min-conflicts", type=int, default=0, help="least complete conflicting claims")
    ev.add_argument("--max-false-conflicts", type=int, default=None)
    ev.add_argument("--max-intrusions", type=int, default=None)
    ev.add_argument("--min-precision", type=float, default=0.0, help="least mean precision, 0..1")
    return parser


def _extract(args: argparse.Namespace) -> int:
    try:
        report = build_report(args.paths, Options())
    except ArticlesNotFound as exc:
        print(f"mkdocs-summit: {exc}", file=sys.stderr)
        return 2
    for problem in report.problems:
        print(f"warning: {problem.path}: {problem.message}", file=sys.stderr)
    if not report.articles:
        names = ", ".join(str(p) for p in args.paths)
        print(f"mkdocs-summit: no article could be read from {names} (looked for .txt and .md files)", file=sys.stderr)
        return 2
    text = report_json(report)
    if args.out is None:
        sys.stdout.write(text)
    else:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(text, encoding="utf-8")
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
    ok = (
        result.recall >= args.min_recall
        and result.complete() >= args.min_complete
        and result.complete("conflicting") >= args.min_conflicts
        and (args.max_false_conflicts is None or len(result.false_conflicts) <= args.max_false_conflicts)
        and (args.max_intrusions is None or result.intrusions <= args.max_intrusions)
        and result.precision >= args.min_precision
    )
    return 0 if ok else 1


def main(argv: Optional[Sequence[str]] = None) -> int:
    args = _parser().parse_args(argv)
    if args.command == "extract":
        return _extract(args)
    return _evaluate(args)
