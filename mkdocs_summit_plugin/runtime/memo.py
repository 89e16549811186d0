"""What the previous run computed, reused by the next one when its inputs are the same.

Under ``mkdocs serve`` every saved edit rebuilds the whole site. The extraction
cache (``cache.py``) keeps each article's mentions across runs and processes;
a :class:`Memo` keeps, in memory and for the life of one ``mkdocs serve``, the
results of the stages around it, each under a key that is exactly what the
result was computed from:

========== ================================================= ==============================
stage      key                                               result
========== ================================================= ==============================
sentences  the article's content key (``cache.article_key``)  its sentences
cues       content key, editors' event hints                 its event cue weights
mentions   content key                                       its mentions and their analyses
events     content key, its event, every event               each mention's event
claims     the event, and each of its mentions               the event's judged claims
           (content key of its article, place in its list)
pages      the page, and everything its template reads       the page's HTML (``render.py``)
========== ================================================= ==============================

So after a one-article edit only that article is split and extracted again
and only the events its mentions speak of are grouped and judged again; the
other events' claims are the objects of the previous run. Results are the
same as without a memo (``tests/test_memo.py`` checks a run after each kind of
edit against a cold run). Entries the last run did not ask for are forgotten
(:meth:`Memo.finish_run`), so memory stays proportional to the corpus.

A run without a memo (``mkdocs build``, the command line) computes everything
(:func:`compute` stands in for :meth:`Memo.get`). :func:`kept_claims` reuses
claims with the ids they were made with; :func:`no_cycle_collection` keeps
the garbage collector off a run (a serve memo is a big heap).
"""
from __future__ import annotations

import gc
from collections import Counter
from contextlib import contextmanager
from typing import TYPE_CHECKING, Callable, Hashable, TypeVar

if TYPE_CHECKING:
    from ..model import Claim

T = TypeVar("T")


class Memo:
    """Per-stage tables of results by input key, kept across the runs of one process."""

    def __init__(self) -> None:
        self.tables: dict[str, dict[Hashable, object]] = {}
        self.used: dict[str, set] = {}
        self.hits: Counter = Counter()  # per stage, in the current run
        self.misses: Counter = Counter()
        self._claim_keys: dict[int, tuple] = {}  # id(claim) -> (claim, its key), this run only
        # (stage, key) -> the entries its computation read: reusing it uses them too, so an
        # entry kept whole (an event's claims) keeps its parts (its statement groups) for later
        self.parts: dict[tuple[str, Hashable], tuple] = {}
        self._reading: list[set] = []  # the entries each computation under way has read

    def claim_key(self, claim: object) -> str:
        """Everything a finished claim holds, as a key (its dataclass repr, made once per run)."""
        held = self._claim_keys.get(id(claim))
        if held is None or held[0] is not claim:
            held = self._claim_keys[id(claim)] = (claim, repr(claim))
        return held[1]

    def start_run(self) -> None:
        self.used = {stage: set() for stage in self.tables}
        self.hits, self.misses = Counter(), Counter()
        self._claim_keys = {}

    def has(self, stage: str, key: Hashable) -> bool:
        return key in self.tables.get(stage, {})

    def get(self, stage: str, key: Hashable, compute: Callable[[], T]) -> T:
        """The result of `stage` for `key`: the stored one, or `compute()`-d and stored."""
        table = self.tables.setdefault(stage, {})
        if self._reading:
            self._reading[-1].add((stage, key))
        if key in table:
            self.hits[stage] += 1
            self._use(stage, key)
            return table[key]  # type: ignore[return-value]
        self.misses[stage] += 1
        self.used.setdefault(stage, set()).add(key)
        self._reading.append(set())
        try:
            value = table[key] = compute()
        finally:
            read = self._reading.pop()
        if read:
            self.parts[(stage, key)] = tuple(read)
        return value

    def _use(self, stage: str, key: Hashable) -> None:
        self.used.setdefault(stage, set()).add(key)
        for part in self.parts.get((stage, key), ()):
            self._use(*part)

    def finish_run(self) -> None:
        """Forget what the run just finished did not use (deleted articles, old versions)."""
        for stage, table in self.tables.items():
            used = self.used.get(stage, set())
            for key in [k for k in table if k not in used]:
                del table[key]
                self.parts.pop((stage, key), None)
        self._claim_keys = {}

    def summary(self) -> str:
        stages = sorted(set(self.hits) | set(self.misses))
        return ", ".join(f"{s} {self.hits[s]} reused / {self.misses[s]} computed" for s in stages)


def compute(stage: str, key: Hashable, compute: Callable[[], T]) -> T:
    """Stands in for :meth:`Memo.get` when a run keeps nothing."""
    return compute()


def kept_claims(memo: Memo, stage: str, key: Hashable, make: Callable[[], list["Claim"]]) -> list["Claim"]:
    """Claims made once and kept in `memo`, each with the id it was made with
    (``unique_ids`` suffixes clashing ids in place: a kept claim must not carry last run's)."""
    made = memo.get(stage, key, lambda: [(c, c.id) for c in make()])
    for claim, own_id in made:
        claim.id = own_id
    return [claim for claim, _ in made]


@contextmanager
def no_cycle_collection():
    """No cyclic garbage collection inside: a run makes millions of small acyclic objects, and
    collection passes over a big heap (a serve memo) cost more than the run itself."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()
