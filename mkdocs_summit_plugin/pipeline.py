"""The whole pipeline, one function per stage, shared by the MkDocs plugin and the command line.

read articles → normalise → find mentions (quantities, statements) → assign
event and attribute → group into claims → judge status → (render pages and
claims.json: see ``render.py`` and ``report.py``).

Extraction is a per-article map (:func:`extract_article`) followed by a
group-by over all articles (:func:`group_claims`); nothing in the map looks at
another article.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Optional, Sequence

from . import frames, statements
from .events import EventHint, detect_events, passage_event, secondary_events
from .grouping import group_quantities, quantity_claim, statement_claim, unique_ids
from .mentions import find_quantity_mentions
from .model import Article, Claim, Event, Mention, Problem, Report, Sentence
from .reading import read_articles
from .sentences import split_sentences
from .status import judge_quantity, judge_statement


@dataclass(frozen=True)
class Options:
    """What a run may be told: editors' event hints."""

    hints: tuple[EventHint, ...] = field(default_factory=tuple)


def extract_article(
    article: Article,
    sentences: Sequence[Sentence],
    article_event: Optional[str],
    events: Sequence[Event],
    options: Options = Options(),
) -> list[Mention]:
    """Every mention in one article: its quantities, then its statements, each with its event."""
    mentions = find_quantity_mentions(article, sentences, article_event, events, options.hints)
    for m in statements.find_statements(article, sentences) + frames.find_frames(article, sentences):
        m.event = passage_event(m.excerpt, article_event, events, options.hints)
        mentions.append(m)
    return mentions


def group_claims(mentions: Iterable[Mention], events: Sequence[Event]) -> list[Claim]:
    """Group all articles' mentions into judged claims, in a stable order."""
    mentions = list(mentions)
    by_id = {e.id: e for e in events}
    claims: list[Claim] = []
    for group in group_quantities(m for m in mentions if m.kind == "quantity"):
        claims.append(judge_quantity(quantity_claim(group, by_id)))
    for group in frames.group_frames([m for m in mentions if frames.is_frame(m)]):
        claim = statement_claim(group, frames.frame_title(group), group[0].topic or "frame")
        claims.append(judge_statement(claim, group, frames.contradicts))
    for group in statements.group_statements([m for m in mentions if m.kind == "statement" and not frames.is_frame(m)]):
        if not statements.is_check_worthy(group):
            continue
        claim = statement_claim(group, statements.statement_title(group), statements.statement_slug(group))
        claims.append(judge_statement(claim, group, statements.contradicts))
    claims.sort(key=lambda c: (c.event or "~", c.kind != "quantity", c.id))
    return unique_ids(claims)


def analyse(articles: Sequence[Article], problems: Sequence[Problem] = (), options: Options = Options()) -> Report:
    """Run every stage after reading on already-read articles."""
    sentences = {a.id: split_sentences(a) for a in articles}
    events, article_event = detect_events(articles, sentences, options.hints)
    mentions: list[Mention] = []
    for article in articles:
        mentions.extend(extract_article(article, sentences[article.id], article_event[article.id], events, options))
    events = events + mentioned_events(mentions, events, options)
    return Report(list(articles), events, group_claims(mentions, events), list(problems))


def mentioned_events(mentions: Sequence[Mention], events: Sequence[Event], options: Options = Options()) -> list[Event]:
    """Events that no article is about but some passages speak of (a past summit)."""
    known = {e.id for e in events}
    by_event: dict[str, set[str]] = {}
    for m in mentions:
        if m.event and m.event not in known:
            by_event.setdefault(m.event, set()).add(m.article)
    return secondary_events(by_event, by_event, options.hints)


def build_report(paths: Iterable[Path], options: Options = Options()) -> Report:
    """Read the articles under `paths` and run the whole pipeline."""
    articles, problems = read_articles(paths)
    return analyse(articles, problems, options)
