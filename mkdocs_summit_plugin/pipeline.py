"""The whole pipeline, one function per stage, shared by the MkDocs plugin and the command line.

read articles → normalise → find mentions (quantities, statements) → assign
event and attribute → group into claims → judge status → (render pages and
claims.json: see ``publish/pages.py`` and ``publish/claims_json.py``).

Extraction is a per-article map (:func:`extract_article`) followed by a
group-by over all articles (:func:`claims.grouping.group_claims`); nothing in
the map looks at another article. The map is itself two steps:
:func:`extraction.extract_mentions` (the expensive part, which depends on the
article alone and is what ``cache.ExtractionCache`` keeps, see
``extraction.py``) and :func:`assign_events` (cheap, and depends on the
corpus-wide event detection, so it runs afresh every time). Under ``mkdocs
serve`` a ``memo.Memo`` carries every stage's results from one run to the
next, so an edit recomputes only what depends on what changed.

:func:`analyse` wires the stages in order: split each article into sentences
(:func:`split_articles`), detect events, the per-article map
(:func:`extraction.article_mentions`), each mention's event
(:func:`assign_mention_events`), the time each figure is as of
(``assign/times.py``), the events only passages speak of, grouping and
judging, then the editors' overrides (:func:`apply_editors`), and the
running totals' timelines (``claims/timeline.py``).
"""
from __future__ import annotations

import copy
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable, Mapping, Optional, Sequence

from .assign.events import article_cue_weights, detect_events, event_month, passage_event, secondary_events
from .assign.past_years import figure_past_year, past_event_id, past_events, past_year, since_until_now, story_year
from .assign.occurrences import own_passage
from .assign.times import assign_times
from .claims.grouping import group_claims, rejudge
from .claims.timeline import link_timelines
from .claims.wire_copies import mark_wire_copies
from .extraction import Options, article_mentions, extract_mentions
from .mentions.statements import analysis as statements
from .model import Article, Claim, Event, Mention, Problem, Report, Sentence
from .reading.articles import MAX_BYTES, read_articles
from .runtime.cache import article_key
from .runtime.memo import Memo, compute, no_cycle_collection
from .text.sentences import split_sentences

if TYPE_CHECKING:
    from .editorial.overrides_file import Overrides
    from .runtime.cache import ExtractionCache


def build_report(
    paths: Iterable[Path],
    options: Options = Options(),
    cache: Optional["ExtractionCache"] = None,
    last_good: Optional[Mapping[str, Article]] = None,
    max_bytes: Optional[int] = MAX_BYTES,
    overrides: Optional["Overrides"] = None,
    progress: Optional[Callable[[int, int, str], None]] = None,
    jobs: Optional[int] = 1,
    memo: Optional[Memo] = None,
) -> Report:
    """Read the articles under `paths` and run the whole pipeline (`jobs`: see :func:`analyse`).

    `cache` reuses per-article extraction; `last_good` (``mkdocs serve``) stands
    in for files that read well before and are broken now.
    """
    articles, problems = read_articles(paths, max_bytes)
    if last_good:
        articles, problems = keep_last_good(articles, problems, last_good)
    return analyse(articles, problems, options, cache, overrides=overrides, progress=progress, jobs=jobs, memo=memo)


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


@no_cycle_collection()
def analyse(
    articles: Sequence[Article],
    problems: Sequence[Problem] = (),
    options: Options = Options(),
    cache: Optional["ExtractionCache"] = None,
    overrides: Optional["Overrides"] = None,
    progress: Optional[Callable[[int, int, str], None]] = None,
    jobs: Optional[int] = 1,
    memo: Optional[Memo] = None,
) -> Report:
    """Run every stage after reading on already-read articles (`cache`: reuse per-article extraction).

    `jobs`: worker processes for the per-article map and the grouping of each
    event's statements (None: every core; see ``pool.py``); the report is the
    same whatever it is.

    `overrides` (an editor's ``claims.yml``, see ``overrides.py``) apply after
    grouping; `progress(done, total, article id)` is told after each article.
    `memo` (``mkdocs serve``, see ``memo.py``) keeps the results of this run
    for the next, and reuses the previous run's where the inputs are the same.
    """
    statements.reset()
    problems = list(problems)
    remember = memo.get if memo is not None else compute
    keys = {a.id: article_key(a) for a in articles}
    sentences, weights = split_articles(articles, keys, options, remember)
    events, article_event = detect_events(articles, sentences, options.hints, weights)
    extracted, failed = article_mentions(articles, sentences, keys, options, cache, memo, jobs, progress)
    problems += failed
    years = own_years(articles, article_event, events)
    months = own_months(articles, article_event, events, years)
    mentions, place = assign_mention_events(extracted, keys, article_event, events, options, remember, years, months)
    assign_times(mentions, {a.id: a for a in articles}, sentences)  # from the article alone: memo keys hold
    statements.reset(analyses=False)
    events = events + mentioned_events(mentions, events, options)
    claims = group_claims(mentions, events, memo, lambda m: place[id(m)], jobs)
    if overrides is not None:
        claims, notes = apply_editors(claims, events, mentions, overrides, memo)
        problems += notes
    link_timelines(claims)  # on the final claims and ids
    mark_wire_copies(claims, articles)
    return Report(list(articles), events, claims, problems, keys)


def split_articles(
    articles: Sequence[Article], keys: Mapping[str, str], options: Options, remember: Callable = compute
) -> tuple[dict[str, list[Sentence]], dict[str, dict]]:
    """Each article's sentences, then its event cue weights (`remember`: a memo's ``get``,
    by the article's content key, and the editors' hints)."""
    hints = options.key()
    sentences = {a.id: remember("sentences", keys[a.id], lambda a=a: split_sentences(a)) for a in articles}
    weights = {
        a.id: remember("cues", (keys[a.id], hints), lambda a=a: article_cue_weights(a, sentences[a.id], options.hints))
        for a in articles
    }
    return sentences, weights


def own_years(articles: Sequence[Article], article_event: Mapping[str, Optional[str]], events: Sequence[Event]) -> dict[str, Optional[int]]:
    """Each article's own year: its event's (the latest year the event's articles are published in or write), else its own."""
    by_id = {a.id: a for a in articles}
    of_event = {e.id: story_year(by_id[a] for a in e.articles if a in by_id) for e in events}
    return {a.id: of_event.get(article_event.get(a.id) or "") or story_year([a]) for a in articles}


def own_months(
    articles: Sequence[Article],
    article_event: Mapping[str, Optional[str]],
    events: Sequence[Event],
    years: Mapping[str, Optional[int]],
) -> dict[str, Optional[int]]:
    """Each article's own month: its event's (the month most of its articles are published in), else its
    own; None when unknown or of another year than the article's own (`years`: a stray dated article)."""
    by_id = {a.id: a for a in articles}
    of_event = {e.id: event_month([by_id[a] for a in e.articles if a in by_id]) for e in events}
    months = {}
    for a in articles:
        month = of_event.get(article_event.get(a.id) or "") or event_month([a])
        months[a.id] = int(month[5:7]) if month and int(month[:4]) == years.get(a.id) else None
    return months


def assign_mention_events(
    extracted: Sequence[tuple[Article, list[Mention]]],
    keys: Mapping[str, str],
    article_event: Mapping[str, Optional[str]],
    events: Sequence[Event],
    options: Options = Options(),
    remember: Callable = compute,
    years: Optional[Mapping[str, Optional[int]]] = None,
    months: Optional[Mapping[str, Optional[int]]] = None,
) -> tuple[list[Mention], dict[int, tuple[str, int]]]:
    """Give each article's mentions their events; all the mentions, in article order, and
    where each one is: {id(mention): (its article's content key, its index there)}, what
    identifies a mention to the memo (:func:`claims.grouping.group_claims`).

    `years`: each article's own year (:func:`own_years`), against which a
    sentence dated earlier speaks of a past event (``assign/past_years.py``).
    """
    hints = options.key()
    events_key = tuple((e.id, e.cues) for e in events)  # what passage_event reads of them
    mentions: list[Mention] = []
    place: dict[int, tuple[str, int]] = {}
    for article, found in extracted:
        key, own = keys[article.id], article_event[article.id]
        year, month = (years or {}).get(article.id), (months or {}).get(article.id)
        found_events = remember(
            "events", (key, own, events_key, hints, year, month),
            lambda: mention_events(found, own, events, options, article, year, month),
        )
        for i, (m, event) in enumerate(zip(found, found_events)):
            m.event = event
            place[id(m)] = (key, i)
        mentions.extend(found)
    return mentions, place


# figures that measure the time from an earlier happening to the story's: the earlier one's year names
# where they start, not what they are of
TIME_SINCE = frozenset(("elapsed-duration", "gap-since-last", "ongoing-period"))


def mention_events(
    mentions: Sequence[Mention],
    article_event: Optional[str],
    events: Sequence[Event],
    options: Options = Options(),
    article: Optional[Article] = None,
    year: Optional[int] = None,
    month: Optional[int] = None,
) -> list[Optional[str]]:
    """The event each of an article's mentions speaks of (see :func:`events.passage_event`);
    a mention whose sentence is dated before the article's own `year` (and `month`) speaks of that year's."""
    out = []
    for m in mentions:
        sentence = article.text[m.sentence_start:m.end] if article is not None and m.kind == "quantity" else m.excerpt
        figure = article is not None and m.kind == "quantity" and m.quantity is not None
        # "الأول منذ نحو 30 عاما يوم وقع اتفاق … عام 1990": a time from a dated happening until now is the story's
        if figure and since_until_now(article.text, m.sentence_start, m.quantity.start):
            past = None
        else:
            past = past_year(sentence, year, month, statement=m.kind == "statement")
            if past is None and figure and m.attribute not in TIME_SINCE:  # "بعد ثمانية أشهر على قمتهما في آذار 2023": from then to now
                past = figure_past_year(article.text, m.sentence_start, m.quantity.start, m.quantity.end, year)
        out.append(past_event_id(past) if past else passage_event(own_passage(m), article_event, events, options.hints))
    return out


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


def mentioned_events(mentions: Sequence[Mention], events: Sequence[Event], options: Options = Options()) -> list[Event]:
    """Events that no article is about but some passages speak of (a past summit)."""
    known = {e.id for e in events}
    by_event: dict[str, set[str]] = {}
    for m in mentions:
        if m.event and m.event not in known:
            by_event.setdefault(m.event, set()).add(m.article)
    return secondary_events(by_event, by_event, options.hints) + past_events(by_event, by_event)


def apply_editors(
    claims: list[Claim], events: Sequence[Event], mentions: Sequence[Mention], overrides: "Overrides", memo: Optional[Memo] = None
) -> tuple[list[Claim], list[Problem]]:
    """The claims after the editors' overrides, with the file's problems and those of applying it."""
    from .editorial.overrides import apply_overrides

    if memo is not None and overrides.claims:
        claims = copy.deepcopy(claims)  # the editor's changes are made in place: not on the memo's claims
    claims, notes = apply_overrides(claims, events, overrides, judge=lambda c: rejudge(c, mentions))
    return claims, list(overrides.problems) + notes
