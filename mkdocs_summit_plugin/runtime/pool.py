"""A process pool for per-article work (the plugin's ``jobs`` option, ``--jobs`` on the CLI).

Extraction is a per-article map followed by a group-by (see ``pipeline.py``):
nothing the map does for one article looks at another, so it can run in
worker processes. :func:`map_articles` runs a function over items in a
``concurrent.futures.ProcessPoolExecutor``, in chunks, and returns the results
**in input order**, so the run is the same run whatever the number of workers.
It stays serial (no pool at all) for ``jobs`` 1, or when there are too few
items for the pool to pay for its start. It knows nothing of articles: the
extraction it runs is handed to it (``extraction.extract_many``).
"""
from __future__ import annotations

import math
import multiprocessing
import os
import threading
from concurrent.futures import ProcessPoolExecutor
from typing import Callable, Optional, Sequence, TypeVar

T = TypeVar("T")
R = TypeVar("R")

MIN_ITEMS_PER_JOB = 8  # below this many items per worker, a pool costs more than it saves
MAX_CHUNK = 32  # items sent to a worker at once


def available_cores() -> int:
    """Cores this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


def resolve_jobs(jobs: Optional[int]) -> int:
    """The number of worker processes: `jobs`, or every core for None/0; never below 1."""
    if not jobs or jobs < 1:
        return available_cores()
    return int(jobs)


def _context():
    """fork where it is safe (fast: workers inherit the loaded lexicons), else spawn."""
    if "fork" in multiprocessing.get_all_start_methods() and threading.active_count() == 1:
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("spawn")


def map_articles(fn: Callable[[T], R], items: Sequence[T], jobs: Optional[int] = None) -> list[R]:
    """``[fn(x) for x in items]``, in worker processes when that pays; results in input order.

    `fn` must be a module-level function (it is pickled to the workers), and
    its items and results picklable.
    """
    items = list(items)
    workers = min(resolve_jobs(jobs), max(1, len(items) // MIN_ITEMS_PER_JOB))
    if workers <= 1:
        return [fn(x) for x in items]
    chunk = max(1, min(MAX_CHUNK, math.ceil(len(items) / (workers * 4))))
    with ProcessPoolExecutor(max_workers=workers, mp_context=_context()) as pool:
        return list(pool.map(fn, items, chunksize=chunk))


def map_forked(fn: Callable[[T], R], items: Sequence[T], jobs: Optional[int] = None) -> Optional[list[R]]:
    """``[fn(x) for x in items]`` in forked workers, one item at a time (items of very different
    sizes: put the largest first), results in input order; None when there is one worker or no
    fork (then the caller runs serially). `fn` may read module state set before the call: forked
    workers inherit it, which is what it is for (large inputs are not pickled)."""
    items = list(items)
    workers = min(resolve_jobs(jobs), len(items))
    context = _context()
    if workers <= 1 or context.get_start_method() != "fork":
        return None
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        return list(pool.map(fn, items, chunksize=1))
