"""Stage 3c: statement frames, facts about an event's format said in passing.

Outlets often report the format of a meeting inside an attribution ("قال بوتين
في مؤتمر صحفي منفصل إن …", "انتهت دون مؤتمر رئاسي مشترك"). Such a fact is
check-worthy (was there a joint press conference? a joint statement?) but
no clause states it on its own, so the statement matcher cannot see it. A
frame (``lexicon/frames.yaml``) names the head noun phrase, the modifiers that
affirm it and those that say the opposite; a negator shortly before the head
flips the modifier ("دون مؤتمر مشترك" affirms "separate conferences").

Each frame gives one claim per event; mentions that affirm and deny it
contradict each other.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Sequence

from ..lexicon import load
from ..model import Article, Mention, Sentence
from ..text.normalise import fold, word_pattern
from ..text.sentences import split_clauses

FRAME_PREFIX = "frame:"


@dataclass(frozen=True)
class Frame:
    id: str
    title: str
    heads: re.Pattern
    affirm: re.Pattern
    contrary: re.Pattern
    window: int


@lru_cache(maxsize=1)
def frames() -> tuple[Frame, ...]:
    table = load("frames")
    return tuple(
        Frame(
            id=name,
            title=spec["title"],
            heads=word_pattern(spec["heads"]),
            affirm=word_pattern(spec.get("affirm") or ()),
            contrary=word_pattern(spec.get("contrary") or ()),
            window=int(spec.get("window", 3)),
        )
        for name, spec in table["frames"].items()
    )


@lru_cache(maxsize=1)
def _negation() -> tuple[re.Pattern, int]:
    table = load("frames")
    return word_pattern(table["negators"]), int(table.get("negator_window", 4))


def _words_span(text: str, start: int, count: int, forward: bool) -> str:
    """Up to `count` words of `text` after (or before) position `start`."""
    if forward:
        words = re.findall(r"\S+", text[start:])[:count]
        return " ".join(words)
    words = re.findall(r"\S+", text[:start])[-count:]
    return " ".join(words)


def frame_polarity(frame: Frame, folded: str) -> list[tuple[int, int, bool]]:
    """(start, end, affirms) for each place in folded text where `frame` is stated or denied."""
    negators, neg_window = _negation()
    found = []
    for head in frame.heads.finditer(folded):
        after = _words_span(folded, head.end(), frame.window, forward=True)
        after = re.sub(r"[^\w\s]", " ", after)
        affirm, contrary = frame.affirm.search(after), frame.contrary.search(after)
        if not affirm and not contrary:
            continue
        positive = bool(affirm) and not (contrary and contrary.start() < affirm.start())
        negated = bool(negators.search(_words_span(folded, head.start(), neg_window, forward=False)))
        found.append((head.start(), head.end(), positive != negated))
    return found


def find_frames(article: Article, sentences: Sequence[Sentence]) -> list[Mention]:
    """Every frame statement in the article, one mention per clause and frame."""
    mentions = []
    for sentence in sentences:
        for clause in split_clauses(sentence):
            folded = fold(clause.text)  # the text of fold_text(clause.text), without its offset map
            for frame in frames():
                hits = frame_polarity(frame, folded)
                if not hits:
                    continue
                affirms = hits[0][2]
                mentions.append(
                    Mention(
                        article=article.id,
                        kind="statement",
                        start=clause.start,
                        end=clause.end,
                        excerpt=clause.text,
                        negated=not affirms,
                        signature=(FRAME_PREFIX + frame.id,),
                        topic=frame.id,
                        paragraph=sentence.paragraph,
                        sentence_start=sentence.start,
                    )
                )
    return mentions


def is_frame(mention: Mention) -> bool:
    return bool(mention.signature) and mention.signature[0].startswith(FRAME_PREFIX)


def group_frames(mentions: Sequence[Mention]) -> list[list[Mention]]:
    """Frame mentions grouped by (event, frame), in a stable order."""
    groups: dict[tuple[str, str], list[Mention]] = {}
    for m in mentions:
        groups.setdefault((m.event or "", m.topic or ""), []).append(m)
    return [sorted(groups[k], key=lambda m: (m.article, m.start)) for k in sorted(groups)]


def frame_title(group: Sequence[Mention]) -> str:
    return next(f.title for f in frames() if f.id == group[0].topic)


def contradicts(a: Mention, b: Mention) -> bool:
    """Two mentions of one frame contradict when one affirms and the other denies it."""
    return a.topic == b.topic and a.negated != b.negated


def contradiction_signature(m: Mention) -> tuple:
    """What :func:`contradicts` reads of a mention (see ``status.judge_statement``)."""
    return (m.topic, m.negated)
