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
Under ``mkdocs serve`` a ``memo.Memo`` carries every stage's results from one
run to the next, so an edit recomputes only what depends on what changed.
"""
from __future__ import annotations

import copy
import gc
import json
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Hashable, Iterable, Mapping, Optional, Sequence, TypeVar

from .mentions import frames
from .mentions.statements import analysis as statements
from .runtime.cache import article_key
from .assign.events import EventHint, article_cue_weights, detect_events, passage_event, secondary_events
from .claims.quantity_groups import group_quantities, quantity_claim, statement_claim, unique_ids
from .runtime.memo import Memo
from .mentions.quantity_mentions import find_quantity_mentions
from .model import Article, Claim, Event, Mention, Problem, Report, Sentence
from .reading.articles import MAX_BYTES, read_articles
from .text.sentences import split_sentences
from .claims.status import judge_quantity, judge_statement
from .claims.check_worthiness import is_check_worthy
from .claims import contradiction
from .claims.statement_groups import group_statements
from .claims.statement_titles import statement_slug, statement_title

if TYPE_CHECKING:
    from .runtime.cache import ExtractionCache
    from .editorial.overrides import Overrides

T = TypeVar("T")


@dataclass(frozen=True)
class Options:
    """What a run may be told: editors' event hints."""

    hints: tuple[EventHint, ...] = field(default_factory=tuple)

    def key(self) -> str:
        """A stable text of everything that changes what extraction finds (for cache keys)."""
        return json.dumps([[h.id, h.label, list(h.cues)] for h in self.hints], ensure_ascii=False)


def extract_mentions(article: Article, sentences: Sequence[Sentence], options: Options = Options()) -> list[Mention]:
    """Every mention in one article (quantities, statements, frames), events not yet assigned."""
    return _find_mentions(article, sentences, options)


def _find_mentions(article: Article, sentences: Sequence[Sentence], options: Options) -> list[Mention]:
    mentions = find_quantity_mentions(article, sentences, None, (), options.hints)
    mentions += statements.find_statements(article, list(sentences)) + frames.find_frames(article, sentences)
    for m in mentions:
        m.event = None
    return mentions


WARM_UP = Article(
    id="\0warm-up", path="", title="قمة في جنيف",
    text="قمة في جنيف\n\nقال الرئيس الأمريكي إن المحادثات استمرت نحو ساعتين، فيما أعلن الكرملين أن الجانبين اتفقا على عقد ثلاثة اجتماعات الأسبوع المقبل.\n",
)


def warm_up(options: Options = Options()) -> None:
    """Load every table extraction reads, in this process, by extracting a short built-in
    article: before a pool forks its workers (they inherit the tables), and so that under
    ``mkdocs serve`` the first edit after a pooled build does not pay for them."""
    _find_mentions(WARM_UP, split_sentences(WARM_UP), options)
    statements.reset()


def assign_events(mentions: Sequence[Mention], article_event: Optional[str], events: Sequence[Event], options: Options = Options()) -> None:
    """Give each mention its event: its article's, unless the passage speaks of another."""
    for m, event in zip(mentions, mention_events(mentions, article_event, events, options)):
        m.event = event


def mention_events(mentions: Sequence[Mention], article_event: Optional[str], events: Sequence[Event], options: Options = Options()) -> list[Optional[str]]:
    """The event each of an article's mentions speaks of (see :func:`events.passage_event`)."""
    return [passage_event(m.excerpt, article_event, events, options.hints) for m in mentions]


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


def group_claims(
    mentions: Iterable[Mention],
    events: Sequence[Event],
    memo: Optional[Memo] = None,
    place: Optional[Callable[[Mention], Hashable]] = None,
) -> list[Claim]:
    """Group all articles' mentions into judged claims, in a stable order.

    Claims never cross events, so each event is grouped and judged on its own
    (:func:`event_claims`); with a `memo` (``mkdocs serve``), an event whose
    mentions are the same as in the previous run (`place`: what identifies a
    mention, see :func:`analyse`) keeps its claims.
    """
    by_id = {e.id: e for e in events}
    by_event: dict[Optional[str], list[Mention]] = {}
    for m in mentions:
        by_event.setdefault(m.event, []).append(m)
    claims: list[Claim] = []
    for event_id in sorted(by_event, key=lambda e: (e is None, e or "")):
        group, event = by_event[event_id], by_id.get(event_id or "")
        if memo is None or place is None:
            claims += event_claims(group, event)
        else:
            key = (event, tuple(place(m) for m in group))
            claims += _kept_claims(memo, "claims", key, lambda: event_claims(group, event, memo, place))
    claims.sort(key=lambda c: (c.event or "~", c.kind != "quantity", c.id))
    return unique_ids(claims)


def event_claims(
    mentions: Sequence[Mention],
    event: Optional[Event],
    memo: Optional[Memo] = None,
    place: Optional[Callable[[Mention], Hashable]] = None,
) -> list[Claim]:
    """One event's mentions (all of the same event, or all of none) grouped into judged claims.

    With a `memo`, a statement group made of the same mentions as in an earlier
    run keeps its claim (title, id and judgement depend on the group alone).
    """
    by_id = {event.id: event} if event is not None else {}
    claims: list[Claim] = []
    for group in group_quantities(m for m in mentions if m.kind == "quantity"):
        claims.append(judge_quantity(quantity_claim(group, by_id)))
    for group in frames.group_frames([m for m in mentions if frames.is_frame(m)]):
        claim = statement_claim(group, frames.frame_title(group), group[0].topic or "frame")
        claims.append(judge_statement(claim, group, frames.contradicts, frames.contradiction_signature))
    for group in group_statements([m for m in mentions if m.kind == "statement" and not frames.is_frame(m)]):
        if memo is None or place is None:
            claims += statement_group_claims(group)
        else:
            key = tuple(place(m) for m in group)
            claims += _kept_claims(memo, "statement groups", key, lambda: statement_group_claims(group))
    return claims


def _kept_claims(memo: Memo, stage: str, key: Hashable, make: Callable[[], list[Claim]]) -> list[Claim]:
    """Claims made once and kept in `memo`, each with the id it was made with
    (``unique_ids`` suffixes clashing ids in place: a kept claim must not carry last run's)."""
    made = memo.get(stage, key, lambda: [(c, c.id) for c in make()])
    for claim, own_id in made:
        claim.id = own_id
    return [claim for claim, _ in made]


def statement_group_claims(group: Sequence[Mention]) -> list[Claim]:
    """The judged claim of one group of statements; none when it is not worth checking."""
    if not is_check_worthy(group):
        return []
    claim = statement_claim(group, statement_title(group), statement_slug(group))
    return [judge_statement(claim, group, contradiction.contradicts, contradiction.contradiction_signature, contradiction.may_contradict)]


def _compute(stage: str, key: Hashable, compute: Callable[[], T]) -> T:
    """Stands in for :meth:`Memo.get` when a run keeps nothing."""
    return compute()


@contextmanager
def _no_cycle_collection():
    """No cyclic garbage collection inside: a run makes millions of small acyclic objects, and
    collection passes over a big heap (a serve memo) cost more than the run itself."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()


@_no_cycle_collection()
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

    `jobs`: worker processes for the per-article map (None: every core; see
    ``parallel.py``); the report is the same whatever it is.

    `overrides` (an editor's ``claims.yml``, see ``overrides.py``) apply after
    grouping; `progress(done, total, article id)` is told after each article.
    `memo` (``mkdocs serve``, see ``memo.py``) keeps the results of this run
    for the next, and reuses the previous run's where the inputs are the same.
    """
    statements.reset()
    problems = list(problems)
    remember = memo.get if memo is not None else _compute
    keys = {a.id: article_key(a) for a in articles}
    hints = options.key()
    sentences = {a.id: remember("sentences", keys[a.id], lambda a=a: split_sentences(a)) for a in articles}
    weights = {
        a.id: remember("cues", (keys[a.id], hints), lambda a=a: article_cue_weights(a, sentences[a.id], options.hints))
        for a in articles
    }
    events, article_event = detect_events(articles, sentences, options.hints, weights)
    events_key = tuple((e.id, e.cues) for e in events)  # what passage_event reads of them
    mentions: list[Mention] = []
    place: dict[int, tuple[str, int]] = {}  # id(mention) -> (its article's content key, its index there)
    # the per-article map in worker processes, for the articles neither the memo nor the cache has
    pooled = {}
    if jobs != 1 and len(articles) > 1:
        from .runtime.pool import extract_many

        todo = [
            a for a in articles
            if not (memo is not None and memo.has("mentions", keys[a.id]))
            and (cache is None or cache._load(keys[a.id]) is None)
        ]
        if todo:
            warm_up(options)
        pooled = extract_many(todo, sentences, options, jobs)

    def extract(article: Article) -> list[Mention]:
        if article.id not in pooled:
            return extract_mentions(article, sentences[article.id], options)
        status, found, data = pooled.pop(article.id)
        if status != "ok":
            raise found
        statements.restore_analyses(found, data)
        return found

    def mentions_of(article: Article) -> list[Mention]:
        if cache is None:
            return extract(article)
        return cache.mentions(article, lambda: extract(article), statements.export_analyses, statements.restore_analyses, keys[article.id])

    def with_analyses(found: list[Mention]) -> tuple[list[Mention], list]:
        return found, statements.analyses_of(found)

    for done, article in enumerate(articles, 1):
        if progress is not None:
            progress(done, len(articles), article.id)
        key = keys[article.id]
        try:
            if memo is None:
                found = mentions_of(article)
            else:
                known = memo.has("mentions", key)
                found, analyses = memo.get("mentions", key, lambda: with_analyses(mentions_of(article)))
                if known:
                    statements.reinstate_analyses(found, analyses)
                    if cache is not None:
                        cache.reuse(article, key)
        except Exception as exc:  # a defect on one article must not cost the others
            problems.append(Problem(article.path, f"claims could not be extracted ({type(exc).__name__}: {exc}): article shown without claims", skipped=False))
            continue
        own = article_event[article.id]
        found_events = remember(
            "events", (key, own, events_key, hints), lambda: mention_events(found, own, events, options)
        )
        for i, (m, event) in enumerate(zip(found, found_events)):
            m.event = event
            place[id(m)] = (key, i)
        mentions.extend(found)
    statements.reset(analyses=False)
    events = events + mentioned_events(mentions, events, options)
    claims = group_claims(mentions, events, memo, lambda m: place[id(m)])
    if overrides is not None:
        from .editorial.overrides import apply_overrides

        if memo is not None and overrides.claims:
            claims = copy.deepcopy(claims)  # the editor's changes are made in place: not on the memo's claims
        problems += overrides.problems
        claims, notes = apply_overrides(claims, events, overrides, judge=lambda c: rejudge(c, mentions))
        problems += notes
    return Report(list(articles), events, claims, problems, keys)


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
            return contradiction.contradicts(a, b)
        return False

    def signature(m: Mention) -> tuple:
        if frames.is_frame(m):
            return ("frame", *frames.contradiction_signature(m))
        return ("statement", *contradiction.contradiction_signature(m))

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
