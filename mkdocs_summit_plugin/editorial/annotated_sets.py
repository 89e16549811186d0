"""Annotated sets of real articles: find them, extract each alone and all as one archive, score every set.

An *annotated set* is a folder holding ``texts/`` (the articles) and
``gold.yaml`` (the reference annotation, the format of
``tests/data/gold/seeds.yaml``); a folder of such folders is a collection of
sets, as ``../shared/dev/`` is. Each set is scored in two modes:

* **alone**: its articles extracted by themselves, as a newsroom following one
  story would; the figures are those of ``../shared/eval/score.py`` on that
  claims.json;
* **mixed**: the articles of every set extracted together as one archive, as a
  newsroom's archive holds many stories, and each set's gold scored on that one
  claims.json. Its false conflicts are counted per set: a conflicting claim
  with an excerpt from one of the set's articles that no conflicting reference
  claim (of any set) chose. (``score.py`` on the mixed claims.json would charge
  every set with every unexplained conflict of the archive.)

A reference claim with a ``unit`` is a quantity claim, one without a statement
claim; the figures are given for both kinds and together.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Optional, Sequence

import yaml

from ..extraction import Options
from ..pipeline import build_report
from ..publish.claims_json import report_dict
from ..reading.articles import read_articles
from .evaluate import Evaluation, evaluate

ALONE = "alone"
MIXED = "mixed"
MODES = (ALONE, MIXED)
KINDS = ("quantity", "statement")


class SetError(ValueError):
    """An annotated set that cannot be used, with the folder and the problem."""


@dataclass(frozen=True)
class AnnotatedSet:
    """One story's articles and their reference annotation."""

    name: str
    texts: Path
    gold_path: Path

    def gold(self) -> dict:
        """The parsed reference annotation (a mapping with a ``claims`` list)."""
        try:
            gold = yaml.safe_load(self.gold_path.read_text(encoding="utf-8"))
        except (OSError, yaml.YAMLError) as exc:
            raise SetError(f"{self.gold_path}: cannot read the reference annotation: {exc}") from exc
        if not isinstance(gold, dict) or not isinstance(gold.get("claims"), list):
            raise SetError(f"{self.gold_path}: a reference annotation is a mapping with a `claims` list")
        return gold


def is_set(folder: Path) -> bool:
    """Does `folder` hold an annotated set (``texts/`` and ``gold.yaml``)?"""
    return (folder / "gold.yaml").is_file() and (folder / "texts").is_dir()


def find_sets(paths: Iterable[Path]) -> list[AnnotatedSet]:
    """The annotated sets at `paths`: each path a set, or a folder whose sub-folders are sets.

    Raises :class:`SetError` naming a path that is neither, or two sets of one name.
    """
    found: list[AnnotatedSet] = []
    for path in paths:
        path = Path(path)
        if is_set(path):
            found.append(AnnotatedSet(path.name, path / "texts", path / "gold.yaml"))
            continue
        inner = sorted(p for p in path.iterdir() if is_set(p)) if path.is_dir() else []
        if not inner:
            raise SetError(f"{path}: not an annotated set (texts/ and gold.yaml) nor a folder of them")
        found += [AnnotatedSet(p.name, p / "texts", p / "gold.yaml") for p in inner]
    names = [s.name for s in found]
    twice = sorted({n for n in names if names.count(n) > 1})
    if twice:
        raise SetError(f"two annotated sets share the name {', '.join(twice)}: give each set its own folder name")
    return found


@dataclass
class SetScore:
    """How one set fared in one mode."""

    set: str
    mode: str
    evaluation: Evaluation
    false_conflicts: list[str]

    def complete(self, kind: Optional[str] = None) -> int:
        return sum(c.complete for c in self.evaluation.claims if kind is None or c.kind == kind)

    def total(self, kind: Optional[str] = None) -> int:
        return sum(1 for c in self.evaluation.claims if kind is None or c.kind == kind)

    def recall(self, kind: Optional[str] = None) -> float:
        claims = [c for c in self.evaluation.claims if kind is None or c.kind == kind]
        required = sum(c.required for c in claims)
        return sum(c.found for c in claims) / required if required else 1.0

    def figures(self) -> dict:
        """The figures as plain data (what ``--json`` prints and the benchmark records)."""
        ev = self.evaluation
        out = {
            "complete": self.complete(),
            "total": self.total(),
            "recall": round(self.recall(), 4),
            "values_ok": sum(c.values_ok for c in ev.claims),
            "values": sum(c.values for c in ev.claims),
            "intrusions": ev.intrusions,
            "false_conflicts": len(self.false_conflicts),
            "precision": round(ev.precision, 4),
            "claims": ev.report_claims,
            "incomplete": [c.id for c in ev.claims if not c.complete],
        }
        for kind in KINDS:
            out[kind] = {
                "complete": self.complete(kind),
                "total": self.total(kind),
                "recall": round(self.recall(kind), 4),
            }
        return out


def extract(texts: Sequence[Path], jobs: Optional[int] = 1) -> dict:
    """claims.json (as a dict) for the articles in the folders `texts`, with the default options."""
    return report_dict(build_report(list(texts), Options(), jobs=jobs))


def article_ids(s: AnnotatedSet) -> set[str]:
    """The ids the reader gives the set's articles (file names without extension)."""
    articles, _ = read_articles([s.texts])
    return {a.id for a in articles}


def _archive_false_conflicts(report: dict, evaluations: dict[str, Evaluation], ids: dict[str, set[str]]) -> dict[str, list[str]]:
    """Per set, the archive's conflicting claims touching its articles that no conflicting reference claim chose."""
    explained = {c.chosen for e in evaluations.values() for c in e.claims if c.expect == "conflicting"}
    out = {}
    for name, articles in ids.items():
        out[name] = [
            c["id"] for c in report.get("claims", [])
            if c.get("status") == "conflicting" and c["id"] not in explained
            and any(ev.get("article") in articles for ev in c.get("evidence", []))
        ]
    return out


def _ids_by_set(sets: Sequence[AnnotatedSet]) -> dict[str, set[str]]:
    """Each set's article ids; two sets with an article of the same name cannot be mixed (an error)."""
    ids = {s.name: article_ids(s) for s in sets}
    seen: dict[str, str] = {}
    for name, articles in ids.items():
        for a in sorted(articles):
            if a in seen:
                raise SetError(f"sets {seen[a]} and {name} both have an article named {a}: rename one to mix them")
            seen[a] = name
    return ids


def score_alone(s: AnnotatedSet, jobs: Optional[int] = 1) -> SetScore:
    """Extract one set by itself and score it (the figures of ``score.py``)."""
    ev = evaluate(extract([s.texts], jobs), s.gold())
    return SetScore(s.name, ALONE, ev, list(ev.false_conflicts))


def score_mixed(sets: Sequence[AnnotatedSet], jobs: Optional[int] = 1) -> list[SetScore]:
    """Extract every set as one archive and score each set's gold on it."""
    ids = _ids_by_set(sets)
    report = extract([s.texts for s in sets], jobs)
    evaluations = {s.name: evaluate(report, s.gold()) for s in sets}
    false = _archive_false_conflicts(report, evaluations, ids)
    return [SetScore(s.name, MIXED, evaluations[s.name], false[s.name]) for s in sets]


def evaluate_sets(
    sets: Sequence[AnnotatedSet],
    modes: Sequence[str] = MODES,
    jobs: Optional[int] = 1,
    progress: Optional[Callable[[str], None]] = None,
) -> list[SetScore]:
    """Score every set in every mode: the alone rows in set order, then the mixed rows."""
    scores: list[SetScore] = []
    if ALONE in modes:
        for s in sets:
            if progress:
                progress(f"{s.name} alone")
            scores.append(score_alone(s, jobs))
    if MIXED in modes and sets:
        if progress:
            progress(f"{len(sets)} sets as one archive")
        scores += score_mixed(sets, jobs)
    return scores


def totals(scores: Sequence[SetScore]) -> dict[str, dict]:
    """Per mode, the sums over its sets: complete/total by kind, evidence recall, intrusions, false conflicts."""
    out: dict[str, dict] = {}
    for mode in MODES:
        rows = [s for s in scores if s.mode == mode]
        if not rows:
            continue
        claims = [c for s in rows for c in s.evaluation.claims]
        required = sum(c.required for c in claims)
        t = {
            "complete": sum(c.complete for c in claims),
            "total": len(claims),
            "recall": round(sum(c.found for c in claims) / required, 4) if required else 1.0,
            "intrusions": sum(s.evaluation.intrusions for s in rows),
            "false_conflicts": len({cid for s in rows for cid in s.false_conflicts}),
        }
        for kind in KINDS:
            kc = [c for c in claims if c.kind == kind]
            kreq = sum(c.required for c in kc)
            t[kind] = {
                "complete": sum(c.complete for c in kc),
                "total": len(kc),
                "recall": round(sum(c.found for c in kc) / kreq, 4) if kreq else 1.0,
            }
        out[mode] = t
    return out


def figures(scores: Sequence[SetScore]) -> dict:
    """Every row and the totals, as plain data."""
    sets: dict[str, dict] = {}
    for s in scores:
        sets.setdefault(s.set, {})[s.mode] = s.figures()
    return {"sets": sets, "totals": totals(scores)}


def _frac(done: int, total: int) -> str:
    return f"{done}/{total}" if total else "-"


def format_table(scores: Sequence[SetScore]) -> str:
    """One line per set and mode, then a total line per mode."""
    head = ("set", "mode", "quantity", "statement", "all", "recall", "q.recall", "s.recall",
            "values", "intrusions", "false conflicts", "precision", "claims")
    rows = [head]
    for s in scores:
        f = s.figures()
        rows.append((
            s.set, s.mode, _frac(f["quantity"]["complete"], f["quantity"]["total"]),
            _frac(f["statement"]["complete"], f["statement"]["total"]), _frac(f["complete"], f["total"]),
            f"{f['recall']:.2f}", f"{f['quantity']['recall']:.2f}", f"{f['statement']['recall']:.2f}",
            _frac(f["values_ok"], f["values"]), str(f["intrusions"]), str(f["false_conflicts"]),
            f"{f['precision']:.2f}", str(f["claims"]),
        ))
    for mode, t in totals(scores).items():
        rows.append((
            "TOTAL", mode, _frac(t["quantity"]["complete"], t["quantity"]["total"]),
            _frac(t["statement"]["complete"], t["statement"]["total"]), _frac(t["complete"], t["total"]),
            f"{t['recall']:.2f}", f"{t['quantity']['recall']:.2f}", f"{t['statement']['recall']:.2f}",
            "", str(t["intrusions"]), str(t["false_conflicts"]), "", "",
        ))
    widths = [max(len(r[i]) for r in rows) for i in range(len(head))]
    return "\n".join("  ".join(cell.ljust(w) for cell, w in zip(r, widths)).rstrip() for r in rows)
