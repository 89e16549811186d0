"""Stage 5c: wire copies: one agency text carried by several outlets.

Outlets reprint agency copy (a news agency's dispatch, a ministry's press
release) with a new headline and a paragraph trimmed or added. Three such
copies on a claim page are one text, not three confirmations; the reader must
see it. Two articles *share a wire text* (:func:`wire_families`) when a good
part of the five-word shingles (folded words) of the shorter one also occur in
the other (:data:`ARTICLE_CONTAINMENT`), or a wire paragraph's worth of them
(:data:`ARTICLE_SHARED`, for a copy inside a longer report of one's own); two
outlets that each quote one speaker's sentence word for word, in reports of
their own, share far less and are not copies.

On a claim, an excerpt is a *wire copy* (:func:`mark_wire_copies`) when an
excerpt of the same claim from another article of the same family says the
same words (:data:`EXCERPT_CONTAINMENT` of the shorter excerpt's three-word
shingles). Copies keep counting as outlets that carry the claim (its status
does not change); each copy is marked with its wire text (``Evidence.wire``)
and the claim says how many independent texts carry it
(``Claim.independent_sources``), so the page can say so.

Work is linear in the corpus: shingles are indexed once, articles are paired on
a stable sample of them (one in :data:`SAMPLE`, the counts scaled back), and a
shingle found in more than :data:`MAX_POSTING` articles (page furniture, set
formulae) is not used to pair articles. Hashes are stable across runs (CRC-32),
so the sample and the result are the same every time.
"""
from __future__ import annotations

import re
import zlib
from collections import Counter, defaultdict
from itertools import combinations
from typing import Iterable, Sequence

from ..model import Article, Claim
from ..text.normalise import fold

ARTICLE_SHINGLE = 5  # words per article shingle
EXCERPT_SHINGLE = 3  # words per excerpt shingle
ARTICLE_CONTAINMENT = 0.3  # share of the shorter article's shingles found in the other, or
ARTICLE_SHARED = 40  # this many shingles in common (a wire paragraph in a longer report of one's own)
EXCERPT_CONTAINMENT = 0.6  # share of the shorter excerpt's shingles found in the other
MIN_SHINGLES = 12  # an article with fewer shingles (a caption, a flash) is nobody's copy
MAX_POSTING = 64  # a shingle in more articles than this pairs none of them
SAMPLE = 4  # articles are paired on one shingle in this many (chosen by a stable hash), counts scaled back


_WORD = re.compile(r"[^\W\d_]+|\d+")


def shingles(text: str, n: int) -> set[int]:
    """Hashes of the runs of `n` folded words of `text` (the whole text when shorter); words are
    letter or digit runs of the folded text (a regular expression: the tokeniser's finer cuts
    change nothing here, and whole articles are read)."""
    ws = _WORD.findall(fold(text))
    if len(ws) < n:
        return {_stable_hash(ws)} if ws else set()
    return {_stable_hash(ws[i:i + n]) for i in range(len(ws) - n + 1)}


def _stable_hash(ws) -> int:
    """The same number for the same words in every run (Python's hash changes with the seed)."""
    return zlib.crc32("\x1f".join(ws).encode("utf-8"))


def wire_families(articles: Sequence[Article]) -> dict[str, str]:
    """{article id: its family's id} for the articles that share a wire text with another;
    a family is named after its first article id in sorted order."""
    # a stable sample of each article's shingles: the pair counts are a quarter of the work, and the
    # share of shingles two articles have in common is the same in the sample (counts scaled back)
    sets = {a.id: {h for h in shingles(a.text, ARTICLE_SHINGLE) if h % SAMPLE == 0} for a in articles}
    index: dict[int, list[str]] = defaultdict(list)
    for aid in sorted(sets):
        for h in sets[aid]:
            index[h].append(aid)
    shared: Counter = Counter()
    for posting in index.values():
        if 1 < len(posting) <= MAX_POSTING:
            shared.update(combinations(posting, 2))  # (x, y) in posting order: x < y
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.get(x, x) != x:
            x = parent[x]
        return x

    for (x, y), n in sorted(shared.items()):
        smaller = min(len(sets[x]), len(sets[y]))
        if smaller * SAMPLE >= MIN_SHINGLES and (n / smaller >= ARTICLE_CONTAINMENT or n * SAMPLE >= ARTICLE_SHARED):
            rx, ry = find(x), find(y)
            if rx != ry:
                parent[max(rx, ry)] = min(rx, ry)
    return {x: find(x) for x in parent} | {r: r for r in set(map(find, parent))}


def mark_wire_copies(claims: Iterable[Claim], articles: Sequence[Article]) -> None:
    """Mark each claim's excerpts that are copies of one wire text, and count the claim's
    independent texts (see the module docstring). Changes the claims in place."""
    family = wire_families(articles)
    for claim in claims:
        _mark_claim(claim, family)


def _mark_claim(claim: Claim, family: dict[str, str]) -> None:
    by_family: dict[str, list[int]] = defaultdict(list)
    for i, e in enumerate(claim.evidence):
        e.wire = None
        if e.article in family:
            by_family[family[e.article]].append(i)
    copies: dict[str, set[str]] = {}  # family -> articles whose excerpts are copies
    for fam, idx in by_family.items():
        if len({claim.evidence[i].article for i in idx}) < 2:
            continue
        cache = {i: shingles(claim.evidence[i].excerpt, EXCERPT_SHINGLE) for i in idx}
        for a, i in enumerate(idx):
            for j in idx[a + 1:]:
                ei, ej = claim.evidence[i], claim.evidence[j]
                if ei.article != ej.article and _same_words(cache[i], cache[j]):
                    ei.wire = ej.wire = fam
                    copies.setdefault(fam, set()).update((ei.article, ej.article))
    articles = set(claim.articles)
    claim.independent_sources = len(articles) - sum(len(arts) - 1 for arts in copies.values())


def _same_words(a: set[int], b: set[int]) -> bool:
    smaller = min(len(a), len(b))
    return smaller > 0 and len(a & b) / smaller >= EXCERPT_CONTAINMENT
