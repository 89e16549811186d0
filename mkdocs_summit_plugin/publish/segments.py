"""An article's text cut at its excerpts' boundaries: the article page's highlights and anchors.

Each piece (:class:`Segment`) knows the claims whose excerpts cover it and the
anchors of the excerpts starting in it; :func:`paragraphs` does this line by
line, so a span crossing a line is cut and its anchor kept on its first line.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from ..model import Evidence


@dataclass(frozen=True)
class Segment:
    """A piece of an article's text, with the evidence anchors that start in it and the claims it supports.

    ``targets`` are (claim id, fragment on the claim page) of the excerpts covering it, in text order.
    """

    text: str
    anchors: tuple[str, ...]
    claims: tuple[str, ...]
    targets: tuple[tuple[str, str], ...] = ()
    covering: tuple[str, ...] = ()  # anchor ids of the excerpts covering this piece


def anchor(start: int, end: int) -> str:
    """The id of an excerpt's place in its article page."""
    return f"ev-{start}-{end}"


def evidence_anchor(e: Evidence) -> str:
    """The id of an excerpt on its claim page."""
    return f"ev-{e.article}-{e.start}-{e.end}"


def segments(text: str, spans: Sequence[tuple]) -> list[Segment]:
    """Cut `text` at every span boundary; each piece knows the claims covering it and the anchors starting in it.

    `spans` are (start, end, claim id, anchor id[, fragment on the claim page[, starts here]]) with
    offsets into `text`; ``starts here`` is False for a span continued from an earlier line.
    """
    spans = sorted(spans, key=lambda sp: (sp[0], sp[1]))
    cuts = sorted({0, len(text)} | {sp[0] for sp in spans} | {sp[1] for sp in spans})
    out = []
    for a, b in zip(cuts, cuts[1:]):
        covering = [sp for sp in spans if sp[0] <= a and b <= sp[1]]
        claims = tuple(dict.fromkeys(sp[2] for sp in covering))
        targets = tuple(dict.fromkeys((sp[2], sp[4] if len(sp) > 4 else "") for sp in covering))
        starting = tuple(sorted({sp[3] for sp in spans if sp[0] == a and (len(sp) < 6 or sp[5])}))
        out.append(Segment(text[a:b], starting, claims, targets, tuple(dict.fromkeys(sp[3] for sp in covering))))
    return out


def excerpt_parts(e: Evidence) -> tuple[str, str, str]:
    """(before, value words, after) of an excerpt, for highlighting the value."""
    if e.value_start is None or e.value_end is None:
        return e.excerpt, "", ""
    a, b = e.value_start - e.start, e.value_end - e.start
    if not (0 <= a <= b <= len(e.excerpt)):
        return e.excerpt, "", ""
    return e.excerpt[:a], e.excerpt[a:b], e.excerpt[b:]


def paragraphs(text: str, spans: Sequence[tuple]) -> list[list[Segment]]:
    """The article as paragraphs (lines) of segments; a span crossing a line is cut, its anchor kept on its first line.

    `spans` are (start, end, claim id[, fragment on the claim page]) with offsets into `text`.
    """
    out: list[list[Segment]] = []
    offset = 0
    for line in text.split("\n"):
        start, end = offset, offset + len(line)
        offset = end + 1
        if not line.strip():
            continue
        local = [
            (max(sp[0], start) - start, min(sp[1], end) - start, sp[2], anchor(sp[0], sp[1]),
             sp[3] if len(sp) > 3 else "", sp[0] >= start)
            for sp in spans if sp[0] < end and sp[1] > start
        ]
        out.append(segments(line, local))
    return out
