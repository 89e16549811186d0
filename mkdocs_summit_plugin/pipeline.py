"""The whole pipeline, one function per stage, shared by the MkDocs plugin and the command line.

read articles → normalise → find mentions (quantities, statements) → assign
event and attribute → group into claims → judge status → (render pages and
claims.json: see ``render.py`` and ``report.py``).

Extraction is a per-article map (:func:`extract_article`) followed by a
group-by over all articles (:func:`group_claims`); nothing in the map looks at
another article. The map is itself two steps: :func:`extract_mentions` (the
expensive part, which depends on the article alone and is what
``cache.ExtractionCache`` keeps) and :func:`assign_events` (cheap, and
depends on the corpus-wide event detection, so it runs afresh every time).
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable, Mapping, Optional, Sequence

from . import frames, statements
from .events import EventHint, detect_events, passage_event, secondary_events
from .grouping import group_quantities, quantity_claim, statement_claim, unique_ids
from .mentions import find_quantity_mentions
from .model import Article, Claim, Event, Mention, Problem, Report, Sentence
from .reading import MAX_BYTES, read_articles
from .sentences import split_sentences
from .status import judge_quantity, judge_statement

if TYPE_CHECKING:
    from .cache import ExtractionCache
    from .overrides import Overrides


@dataclass(frozen=True)
class Options:
    """What a run may be told: editors' event hints."""

    hints: tuple[EventHint, ...] = field(default_factory=tuple)

    def key(self) -> str:
        """A stable text of everything that changes what extraction finds (for cache keys)."""
        return json.dumps([[h.id, h.label, list(h.cues)] for h in self.hints], ensure_ascii=False)


def extract_mentions(article: Article, sentences: Sequence[Sentence], options: Options = Options()) -> list[Mention]:
    """Every mention in one article (quantities, statements, frames), events not yet assigned."""
    mentions = find_quantity_mentions(article, sentences, None, (), options.hints)
    mentions += statements.find_statements(article, list(sentences)) + frames.find_frames(article, sentences)
    for m in mentions:
        m.event = None
    return mentions


def assign_events(mentions: Iterable[Mention], article_event: Optional[str], events: Sequence[Event], options: Options = Options()) -> None:
    """Give each mention its event: its article's, unless the passage speaks of another."""
    for m in mentions:
        m.event = passage_event(m.excerpt, article_event, events, options.hints)


def extract_article(
    article: Article,
    sentences: Sequence[Sentence],
    article_event: Optional[str],
    events: Sequence[Event],
    options: Options = Options(),
) -> list[Mention]:
    """Every mention in one article: its quantities, then its statements, each with its event."""
    mentions = extract_mentions(article, sentences, options)
    assign_events(mentions, article_event, events, options)
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
        claims.append(judge_statement(claim, group, frames.contradicts, frames.contradiction_signature))
    for group in statements.group_statements([m for m in mentions if m.kind == "statement" and not frames.is_frame(m)]):
        if not statements.is_check_worthy(group):
            continue
        claim = statement_claim(group, statements.statement_title(group), statements.statement_slug(group))
        claims.append(judge_statement(claim, group, statements.contradicts, statements.contradiction_signature, statements.may_contradict))
    claims.sort(key=lambda c: (c.event or "~", c.kind != "quantity", c.id))
    return unique_ids(claims)


def analyse(
    articles: Sequence[Article],
    problems: Sequence[Problem] = (),
    options: Options = Options(),
    cache: Optional["ExtractionCache"] = None,
    overrides: Optional["Overrides"] = None,
    progress: Optional[Callable[[int, int, str], None]] = None,
    jobs: Optional[int] = 1,
) -> Report:
    """Run every stage after reading on already-read articles (`cache`: reuse per-article extraction).

    `jobs`: worker processes for the per-article map (None: every core; see
    ``parallel.py``); the report is the same whatever it is.

    `overrides` (an editor's ``claims.yml``, see ``overrides.py``) apply after
    grouping; `progress(done, total, article id)` is told after each article.
    """
    statements.reset()
    problems = list(problems)
    sentences = {a.id: split_sentences(a) for a in articles}
    events, article_event = detect_events(articles, sentences, options.hints)
    mentions: list[Mention] = []
    # the per-article map in worker processes, for the articles the cache does not have
    pooled = {}
    if jobs != 1 and len(articles) > 1:
        from .cache import article_key
        from .parallel import extract_many

        todo = [a for a in articles if cache is None or cache._load(article_key(a)) is None]
        pooled = extract_many(todo, sentences, options, jobs)

    def extract(article: Article) -> list[Mention]:
        if article.id not in pooled:
            return extract_mentions(article, sentences[article.id], options)
        status, found, data = pooled.pop(article.id)
        if status != "ok":
            raise found
        statements.restore_analyses(found, data)
        return found

    for done, article in enumerate(articles, 1):
        if progress is not None:
            progress(done, len(articles), article.id)
        try:
            if cache is None:
                found = extract(article)
            else:
                found = cache.mentions(
                    article,
                    lambda: extract(article),
                    statements.export_analyses,
                    statements.restore_analyses,
                )
        except Exception as exc:  # a defect on one article must not cost the others
            problems.append(Problem(article.path, f"claims could not be extracted ({type(exc).__name__}: {exc}): article shown without claims", skipped=False))
            continue
        assign_events(found, article_event[article.id], events, options)
        mentions.extend(found)
    statements.reset(analyses=False)
    events = events + mentioned_events(mentions, events, options)
    claims = group_claims(mentions, events)
    if overrides is not None:
        from .overrides import apply_overrides

        problems += overrides.problems
        claims, notes = apply_overrides(claims, events, overrides, judge=lambda c: rejudge(c, mentions))
        problems += notes
    return Report(list(articles), events, claims, problems)


def rejudge(claim: Claim, mentions: Sequence[Mention]) -> Claim:
    """Judge a claim again after an editor changed its excerpts (merge, move)."""
    if claim.kind == "quantity":
        return judge_quantity(claim)
    by_span = {(m.article, m.start, m.end): m for m in mentions}
    found = [by_span.get((e.article, e.start, e.end)) for e in claim.evidence]
    if any(m is None for m in found):
        return claim

    def contradicts(a: Mention, b: Mention) -> bool:
        if frames.is_frame(a) and frames.is_frame(b):
            return frames.contradicts(a, b)
        if not frames.is_frame(a) and not frames.is_frame(b):
            return statements.contradicts(a, b)
        return False

    def signature(m: Mention) -> tuple:
        if frames.is_frame(m):
            return ("frame", *frames.contradiction_signature(m))
        return ("statement", *statements.contradiction_signature(m))

    return judge_statement(claim, found, contradicts, signature)


def mentioned_events(mentions: Sequence[Mention], events: Sequence[Event], options: Options = Options()) -> list[Event]:
    """Events that no article is about but some passages speak of (a past summit)."""
    known = {e.id for e in events}
    by_event: dict[str, set[str]] = {}
    for m in mentions:
        if m.event and m.event not in known:
            by_event.setdefault(m.event, set()).add(m.article)
    return secondary_events(by_event, by_event, options.hints)


def keep_last_good(
    articles: list[Article], problems: list[Problem], last_good: Mapping[str, Article]
) -> tuple[list[Article], list[Problem]]:
    """Under ``mkdocs serve``: an article that read well before and is now skipped (broken
    mid-edit: empty, truncated into binary, …) keeps its last good version, with a warning.

    `last_good` maps a file's shown path to the article last read from it; an
    article whose id another file now holds is not brought back.
    """
    ids = {a.id for a in articles}
    kept: list[Article] = []
    out: list[Problem] = []
    for p in problems:
        old = last_good.get(p.path)
        if p.skipped and old is not None and old.id not in ids and not p.message.startswith(("duplicate", "its page address")):
            out.append(Problem(p.path, f"{p.message.removesuffix(': skipped')}: kept the last good version of the article", skipped=False))
            kept.append(old)
            ids.add(old.id)
        else:
            out.append(p)
    if kept:
        articles = sorted(articles + kept, key=lambda a: a.path)
    return articles, out


def build_report(
    paths: Iterable[Path],
    options: Options = Options(),
    cache: Optional["ExtractionCache"] = None,
    last_good: Optional[Mapping[str, Article]] = None,
    max_bytes: Optional[int] = MAX_BYTES,
    overrides: Optional["Overrides"] = None,
    progress: Optional[Callable[[int, int, str], None]] = None,
    jobs: Optional[int] = 1,
) -> Report:
    """Read the articles under `paths` and run the whole pipeline (`jobs`: see :func:`analyse`).

    `cache` reuses per-article extraction; `last_good` (``mkdocs serve``) stands
    in for files that read well before and are broken now.
    """
    articles, problems = read_articles(paths, max_bytes)
    if last_good:
        articles, problems = keep_last_good(articles, problems, last_good)
    return analyse(articles, problems, options, cache, overrides=overrides, progress=progress, jobs=jobs)
