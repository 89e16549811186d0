"""The per-article map: each article's mentions, from the memo, the cache, a worker pool, or extracted here.

Extraction is a per-article map followed by a group-by over all articles (see
``pipeline.py``). The map's expensive part, :func:`extract_mentions`, depends
on the article alone: it is what ``cache.ExtractionCache`` keeps, what a
``memo.Memo`` carries from one ``mkdocs serve`` run to the next, and what can
run in worker processes (``pool.py``). Events are not assigned here (they
depend on the corpus-wide event detection, see ``pipeline.py``).

:func:`article_mentions` runs the map over a corpus: each article's mentions
come from the memo, else the cache, else the pool (:func:`extract_many`: the
articles neither holds, extracted in worker processes when the run has
``jobs``), else are extracted here. A defect in one article costs only that
article: it is shown without claims, with a problem.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Callable, Mapping, Optional, Sequence

from .assign.events import EventHint
from .mentions import frames
from .mentions.quantity_mentions import find_quantity_mentions
from .mentions.statements import analysis as statements
from .model import Article, Mention, Problem, Sentence
from .runtime.pool import map_articles
from .text.sentences import split_sentences

if TYPE_CHECKING:
    from .runtime.cache import ExtractionCache
    from .runtime.memo import Memo


@dataclass(frozen=True)
class Options:
    """What a run may be told: editors' event hints."""

    hints: tuple[EventHint, ...] = field(default_factory=tuple)

    def key(self) -> str:
        """A stable text of everything that changes what extraction finds (for cache keys)."""
        return json.dumps([[h.id, h.label, list(h.cues)] for h in self.hints], ensure_ascii=False)


# -- one article -----------------------------------------------------------------
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


# -- the map over a corpus -------------------------------------------------------
def article_mentions(
    articles: Sequence[Article],
    sentences: Mapping[str, Sequence[Sentence]],
    keys: Mapping[str, str],
    options: Options = Options(),
    cache: Optional["ExtractionCache"] = None,
    memo: Optional["Memo"] = None,
    jobs: Optional[int] = 1,
    progress: Optional[Callable[[int, int, str], None]] = None,
) -> tuple[list[tuple[Article, list[Mention]]], list[Problem]]:
    """Each article with its event-free mentions, in article order, and a problem for each
    article whose extraction failed (left out of the list).

    `keys`: each article's content key (``cache.article_key``); `jobs`: worker
    processes for the articles neither the memo nor the cache holds (None: every
    core); `progress(done, total, article id)` is told as each article is taken up.
    """
    source = MentionSource(sentences, keys, options, cache, memo)
    if jobs != 1 and len(articles) > 1:
        source.extract_in_pool(articles, jobs)
    found: list[tuple[Article, list[Mention]]] = []
    problems: list[Problem] = []
    for done, article in enumerate(articles, 1):
        if progress is not None:
            progress(done, len(articles), article.id)
        try:
            found.append((article, source.mentions(article)))
        except Exception as exc:  # a defect on one article must not cost the others
            problems.append(Problem(article.path, f"claims could not be extracted ({type(exc).__name__}: {exc}): article shown without claims", skipped=False))
    return found, problems


class MentionSource:
    """Where one run takes each article's mentions from: the memo, else the cache, else the
    pool's results, else extraction in this process."""

    def __init__(
        self,
        sentences: Mapping[str, Sequence[Sentence]],
        keys: Mapping[str, str],
        options: Options,
        cache: Optional["ExtractionCache"] = None,
        memo: Optional["Memo"] = None,
    ) -> None:
        self.sentences, self.keys, self.options = sentences, keys, options
        self.cache, self.memo = cache, memo
        self.pooled: dict = {}  # article id -> extract_many's result, until taken

    def extract_in_pool(self, articles: Sequence[Article], jobs: Optional[int]) -> None:
        """The per-article map in worker processes, for the articles neither the memo nor the cache has."""
        memo, cache, keys = self.memo, self.cache, self.keys
        todo = [
            a for a in articles
            if not (memo is not None and memo.has("mentions", keys[a.id]))
            and (cache is None or cache._load(keys[a.id]) is None)
        ]
        if todo:
            warm_up(self.options)
        self.pooled = extract_many(todo, self.sentences, self.options, jobs)

    def mentions(self, article: Article) -> list[Mention]:
        """The article's mentions, kept in the memo with their statement analyses."""
        memo, key = self.memo, self.keys[article.id]
        if memo is None:
            return self.cached(article)
        known = memo.has("mentions", key)
        found, analyses = memo.get("mentions", key, lambda: self.with_analyses(self.cached(article)))
        if known:
            statements.reinstate_analyses(found, analyses)
            if self.cache is not None:
                self.cache.reuse(article, key)
        return found

    @staticmethod
    def with_analyses(found: list[Mention]) -> tuple[list[Mention], list]:
        return found, statements.analyses_of(found)

    def cached(self, article: Article) -> list[Mention]:
        """The article's mentions from the extraction cache, or extracted and stored there."""
        if self.cache is None:
            return self.extract(article)
        return self.cache.mentions(
            article, lambda: self.extract(article), statements.export_analyses, statements.restore_analyses, self.keys[article.id]
        )

    def extract(self, article: Article) -> list[Mention]:
        """The article's mentions as the pool found them (its exception raised again), or extracted here."""
        if article.id not in self.pooled:
            return extract_mentions(article, self.sentences[article.id], self.options)
        status, found, data = self.pooled.pop(article.id)
        if status != "ok":
            raise found
        statements.restore_analyses(found, data)
        return found


# -- in worker processes -----------------------------------------------------------
def _extract_task(task):
    """Worker side of :func:`extract_many`: one article's mentions and analyses, or its exception."""
    article, sentences, options = task
    statements.reset()  # this worker keeps only the analyses of the article at hand
    try:
        found = extract_mentions(article, sentences, options)
        return "ok", found, statements.export_analyses(found)
    except Exception as exc:  # handed back, raised again in the parent for this article only
        try:
            import pickle

            pickle.dumps(exc)
        except Exception:
            exc = RuntimeError(f"{type(exc).__name__}: {exc}")
        return "error", exc, None


def extract_many(articles: Sequence[Article], sentences: Mapping[str, Sequence[Sentence]], options: Options, jobs: Optional[int] = None) -> dict:
    """{article id: ("ok", mentions, analyses) | ("error", exception, None)} for `articles`:
    each article's event-free mentions and the statement analyses that go with them (as
    plain data, :func:`statements.export_analyses`), or the exception that article raised,
    extracted in worker processes (:func:`pool.map_articles`)."""
    tasks = [(a, sentences[a.id], options) for a in articles]
    return {a.id: r for a, r in zip(articles, map_articles(_extract_task, tasks, jobs))}
