"""Stage 4d: when a figure is as of: the article's publication date, or a day its sentence ties to the figure.

A running total (a death toll) is a figure as of a time (see
``claims/figures.py``). That time is the article's publication date
(front matter ``published``, ISO: ``2023-09-16`` or ``2023-09-16T08:30``)
unless the figure's sentence names a day *tied to the figure*, read against
the publication date:

* after "until" ("حتى مساء الثلاثاء", "حتى الآن", "بحلول 16 سبتمبر"), before
  the figure or right after it ("76 قتيلا حتى اليوم": a few words, no
  punctuation or verb between);
* or a few words after a verb of announcing or of a toll's rise ("أعلن وزير
  الصحة، مساء السبت، أن الحصيلة بلغت", "ارتفعت حصيلة القتلى اليوم الثلاثاء
  إلى"), before the figure, with no other announcing verb or clause break
  between (a day in "الزلزال الذي ضرب الاثنين" is the quake's, not the
  toll's, and "منذ الثلاثاء", "بعد الثلاثاء" are no time a figure is as of).

Days read: "اليوم" (today: only before a weekday, punctuation, the end, or a
word such as أن/عن/في, never "اليوم الثالث"), "أمس", "أول أمس", a weekday (the
latest such day on or before publication), "يوم الثلاثاء", a written date
("16 سبتمبر", "16 أيلول/سبتمبر 2023": without a year, the publication's, or
the year before when that would fall after publication), each with an
optional part of the day ("مساء السبت", "السبت مساء"). A day that cannot be
read consistently (a weekday that does not match "أمس", a date after
publication) is dropped: the figure is then as of publication. Without a
publication date only a written date with its year is known; otherwise the
time is unknown (None). "ليلة السبت" is not read (usage differs on which
night it is). The word lists are ``lexicon/times.yaml``.

:func:`figure_time` gives the date (ISO) and, when known, a finer time: the
part of the day the text names, or the publication's clock time when the
figure is as of the publication day. The date is published as ``as_of``;
the finer time only keeps apart figures of one day (``figures.py``).
"""
from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Mapping, Optional, Sequence

from ..lexicon import load
from ..model import Article, Mention, Sentence
from ..text.normalise import fold

_TOKEN = re.compile(r"[\w\u064b-\u0652\u0670\u0640]+|[^\w\s]")
_ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?")
_WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}
AFTER_REACH = 4  # an "until" day may follow the figure within this many words, its own and its noun's among them


@dataclass(frozen=True)
class Told:
    """A day a sentence names: its kind and what it says, the tokens it spans, how it is tied."""

    kind: str  # "today", "yesterday", "day-before", "weekday", "date"
    start: int  # token span in the sentence
    end: int
    weekday: Optional[int] = None  # Monday 0 (a weekday, or one said with today/yesterday/a date)
    day: Optional[int] = None
    month: Optional[int] = None
    year: Optional[int] = None
    part: Optional[str] = None  # "morning", "evening", …
    until: bool = False  # after "حتى"


@dataclass(frozen=True)
class _Tables:
    weekdays: dict
    months: dict  # folded name (one or two words joined by a space) -> month
    parts_before: dict
    parts_after: dict
    today: frozenset
    yesterday: frozenset
    day_before: tuple
    now: frozenset
    today_followers: frozenset
    until: frozenset
    verbs: frozenset
    verb_reach: int
    not_after: frozenset
    clause_breaks: frozenset
    not_today_before: frozenset


@lru_cache(maxsize=1)
def tables() -> _Tables:
    """``lexicon/times.yaml``, folded."""
    y = load("times")
    words = lambda key: frozenset(fold(w) for w in y.get(key, []))
    by_word = lambda table, f=lambda k: k: {fold(w): f(k) for k, ws in table.items() for w in ws}
    return _Tables(
        weekdays=by_word(y["weekdays"], _WEEKDAYS.get),
        months=by_word(y["months"], int),
        parts_before=by_word(y["parts_before"]),
        parts_after=by_word(y["parts_after"]),
        today=words("today"),
        yesterday=words("yesterday"),
        day_before=tuple(tuple(fold(w) for w in pair) for pair in y.get("day_before_yesterday", [])),
        now=words("now"),
        today_followers=words("today_followers"),
        until=words("until"),
        verbs=words("verbs"),
        verb_reach=int(y.get("verb_reach", 8)),
        not_after=words("not_after"),
        clause_breaks=words("clause_breaks"),
        not_today_before=words("not_today_before"),
    )


@lru_cache(maxsize=1)
def day_words() -> frozenset[str]:
    """The words that name a day or a part of it, folded: weekdays, parts of the day, today and
    yesterday, and "يوم" ("يوم الاثنين")."""
    t = tables()
    return frozenset([*t.weekdays, *t.parts_before, *t.parts_after, *t.today, *t.yesterday, "يوم"])


def tokens(sentence: str) -> list[tuple[str, int, int]]:
    """The sentence's words and punctuation marks, folded, each with its span in `sentence`."""
    return [(fold(m.group()), m.start(), m.end()) for m in _TOKEN.finditer(sentence)]


def _is_word(tok: str) -> bool:
    return bool(re.match(r"\w", tok))


def _bare(word: str) -> str:
    """A word without a leading و or ف ("وأعلن" → "اعلن")."""
    return word[1:] if len(word) > 3 and word[0] in "وف" else word


def _month(words: list[str], i: int) -> tuple[Optional[int], int]:
    """The month named at `i` (one word, or two: "كانون الثاني") and the index after it."""
    T = tables()
    if i + 1 < len(words) and f"{words[i]} {words[i + 1]}" in T.months:
        return T.months[f"{words[i]} {words[i + 1]}"], i + 2
    if i < len(words) and words[i] in T.months:
        return T.months[words[i]], i + 1
    return None, i


def _date_at(words: list[str], i: int) -> Optional[Told]:
    """A written date at `i`: "16 سبتمبر", "16 من سبتمبر", "16 أيلول/سبتمبر 2023"."""
    if i >= len(words) or not re.fullmatch(r"[0-9]{1,2}", words[i]) or not 1 <= int(words[i]) <= 31:
        return None
    j = i + 1 + (i + 1 < len(words) and words[i + 1] == "من")
    month, j = _month(words, j)
    if month is None:
        return None
    if j + 1 < len(words) and words[j] == "/":
        other, k = _month(words, j + 1)
        j = k if other == month else j
    year = None
    if j < len(words) and re.fullmatch(r"(19|20)\d\d", words[j]):
        year, j = int(words[j]), j + 1
    return Told("date", i, j, day=int(words[i]), month=month, year=year)


def _day_at(words: list[str], i: int) -> Optional[Told]:
    """The day named at token `i`, without a part of the day (see :func:`told_days`)."""
    T = tables()
    n = len(words)
    w = words[i]
    nxt = words[i + 1] if i + 1 < n else ""
    if w == "يوم" and nxt in T.weekdays:
        return _with_date(words, Told("weekday", i, i + 2, weekday=T.weekdays[nxt]))
    if w in T.weekdays:
        return _with_date(words, Told("weekday", i, i + 1, weekday=T.weekdays[w]))
    for pair in T.day_before:
        if tuple(words[i:i + len(pair)]) == pair:
            return Told("day-before", i, i + len(pair))
    if w in T.yesterday:
        if nxt in T.weekdays:
            return Told("yesterday", i, i + 2, weekday=T.weekdays[nxt])
        return Told("yesterday", i, i + 1)
    if w in T.today:
        if nxt in T.weekdays:
            return _with_date(words, Told("today", i, i + 2, weekday=T.weekdays[nxt]))
        return Told("today", i, i + 1)
    if w in T.now:
        return Told("today", i, i + 1)
    return _date_at(words, i)


def _with_date(words: list[str], told: Told) -> Told:
    """A weekday followed by its date ("السبت 16 سبتمبر"): the date, checked against the weekday later."""
    date = _date_at(words, told.end)
    if date is None:
        return told
    return Told("date", told.start, date.end, weekday=told.weekday, day=date.day, month=date.month, year=date.year)


@lru_cache(maxsize=4096)
def told_days(sentence: str) -> tuple[tuple[tuple[str, int, int], ...], tuple[Told, ...]]:
    """The sentence's tokens and every day it names that reads as a day (not yet tied to a figure).

    Cached per sentence text: a sentence with several figures, or repeated across outlets' copies,
    is read once.
    """
    T = tables()
    toks = tokens(sentence)
    words = [t for t, _, _ in toks]
    out: list[Told] = []
    i = 0
    while i < len(words):
        part = T.parts_before.get(words[i])
        j = i + 1 if part else i
        if part and j < len(words) and words[j] == "يوم" and j + 1 < len(words) and words[j + 1] not in T.weekdays:
            part = None
        told = _day_at(words, j) if j < len(words) else None
        if told is None or (told.kind == "today" and words[j] in T.now and not _after_until(words, i)):
            i += 1
            continue
        end = told.end
        if part is None and end < len(words) and words[end] in T.parts_after:
            part, end = T.parts_after[words[end]], end + 1
        if told.kind == "today" and told.weekday is None and words[j] in T.today and not _is_today(words, i, j, part):
            i += 1
            continue
        out.append(Told(told.kind, i, end, told.weekday, told.day, told.month, told.year, part, _after_until(words, i)))
        i = end
    return tuple(toks), tuple(out)


def _after_until(words: list[str], i: int) -> bool:
    return i > 0 and words[i - 1] in tables().until


def _is_today(words: list[str], i: int, j: int, part: Optional[str]) -> bool:
    """Is "اليوم" at `j` today ("أعلن اليوم أن", "صباح اليوم", "حتى اليوم"), not "اليوم الثالث" or "ذلك اليوم"?"""
    T = tables()
    if i > 0 and words[i - 1] in T.not_today_before:
        return False
    if part is not None or _after_until(words, i):
        return True
    nxt = words[j + 1] if j + 1 < len(words) else ""
    return nxt == "" or not _is_word(nxt) or nxt in T.today_followers


def _tied_by_verb(words: list[str], start: int) -> bool:
    """Is the day starting at `start` said of an announcement or a toll's rise a few words back?"""
    T = tables()
    k, seen = start - 1, 0
    while k >= 0 and seen <= T.verb_reach:
        w = words[k]
        if _is_word(w):
            seen += 1
            if w in T.clause_breaks or _bare(w) in T.clause_breaks:
                return False
            if w in T.verbs or _bare(w) in T.verbs:
                return True
        k -= 1
    return False


def _previous_word(words: list[str], i: int) -> str:
    k = i - 1
    while k >= 0 and not _is_word(words[k]):
        k -= 1
    return words[k] if k >= 0 else ""


def figure_day(sentence: str, offset: int) -> Optional[Told]:
    """The day `sentence` ties to the figure at character `offset`, or None (see the module's docstring)."""
    T = tables()
    toks, days = told_days(sentence)
    words = [t for t, _, _ in toks]
    at = next((k for k, (_, s, e) in enumerate(toks) if e > offset), len(toks))  # the figure's first token
    before, after = None, None
    for told in days:
        if told.start > 0 and _previous_word(words, told.start) in T.not_after:
            continue
        if told.end <= at:
            between = words[told.end:at]
            if any(w in T.clause_breaks or _bare(w) in T.clause_breaks for w in between):
                continue
            if any((w in T.verbs or _bare(w) in T.verbs) and not _rise(w) for w in between):
                continue
            if told.until or _tied_by_verb(words, told.start):
                before = told
        elif after is None and told.until and _just_after(words[at:told.start - 1]):
            after = told
    return before or after


def _just_after(between: list[str]) -> bool:
    """Do these words (from the figure to "حتى") keep an "until" day on the figure: a few words, no punctuation, no verb?"""
    T = tables()
    return len(between) <= AFTER_REACH and all(
        _is_word(w) and w not in T.verbs and _bare(w) not in T.verbs and w not in T.clause_breaks for w in between
    )


def _rise(word: str) -> bool:
    """A verb of the toll's rise ("بلغت", "ارتفع"), which belongs to the announcement that gives it."""
    return _bare(word)[:3] in ("ارت", "بلغ", "وصل", "تجا", "تخط", "قفز", "سجل")


def published_time(published: Optional[str]) -> tuple[Optional[dt.date], Optional[str]]:
    """The publication date and clock time ("08:30") of an ISO `published`, each None when not given."""
    m = _ISO.match((published or "").strip())
    if not m:
        return None, None
    try:
        day = dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None, None
    return day, (f"{m.group(4)}:{m.group(5)}" if m.group(4) else None)


def resolve(told: Told, published: Optional[dt.date]) -> Optional[dt.date]:
    """The date a named day is, against the publication date; None when it cannot be read consistently."""
    if told.kind == "date":
        year = told.year or (published.year if published else None)
        if year is None:
            return None
        try:
            day = dt.date(year, told.month, told.day)
            if told.year is None and published and day > published:
                day = dt.date(year - 1, told.month, told.day)
        except ValueError:
            return None
        if (published and day > published) or (told.weekday is not None and day.weekday() != told.weekday):
            return None
        return day
    if published is None:
        return None
    if told.kind == "weekday":
        return published - dt.timedelta(days=(published.weekday() - told.weekday) % 7)
    back = {"today": 0, "yesterday": 1, "day-before": 2}[told.kind]
    day = published - dt.timedelta(days=back)
    if told.weekday is not None and day.weekday() != told.weekday:
        return None
    return day


def figure_time(sentence: str, offset: int, published: Optional[str]) -> tuple[Optional[str], Optional[str]]:
    """When the figure at `offset` of `sentence` is as of: (ISO date or None, finer time or None)."""
    pub, clock = published_time(published)
    told = figure_day(sentence, offset)
    day = resolve(told, pub) if told is not None else None
    if day is None:
        return (pub.isoformat() if pub else None), clock
    finer = told.part or (clock if day == pub else None)
    return day.isoformat(), finer


def assign_times(mentions: Sequence[Mention], articles: Mapping[str, Article], sentences: Mapping[str, Sequence[Sentence]]) -> None:
    """Give each quantity mention the time its figure is as of (``as_of``, ``as_of_time``), in place."""
    starts = {aid: [s.start for s in ss] for aid, ss in sentences.items()}
    for m in mentions:
        article = articles.get(m.article)
        if m.kind != "quantity" or m.quantity is None or article is None:
            continue
        where = m.quantity.start
        ss = sentences.get(m.article) or ()
        k = bisect.bisect_right(starts.get(m.article, []), where) - 1
        if 0 <= k < len(ss) and ss[k].start <= where < max(ss[k].end, where + 1):
            s = ss[k]
            text, offset = article.text[s.start:s.end], where - s.start
        else:
            text, offset = article.text[m.sentence_start:m.end], where - m.sentence_start
        m.as_of, m.as_of_time = figure_time(text, offset, article.published)
