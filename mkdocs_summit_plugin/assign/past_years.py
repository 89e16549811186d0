"""Stage 4c: passages about a past year's events ("في عام 1999 بقوة 7.4 درجات") belong to that year, not to the story.

News reports recall earlier events to compare: the earthquake of 1939 in a
report on this week's, an earlier toll, an older summit. A figure said of such
an event is not a figure of the story's event, so it must not land on its
claims. A sentence that dates what it says with a year ("عام 1999", "في سنة
1939", "في 2011") earlier than the story's own year speaks of that year's
event; the story's own year is the latest year its articles are published in
or write (an archive of many stories has one such year per event). A year after
"منذ" or "حتى" only measures time from or to it ("أكبر كارثة منذ عام 1939"),
and so does a year dating the event a "منذ" phrase names ("أكبر خفض منذ الجائحة في
عام 2020"): the sentence is still about now. So does a year in a relative clause that
describes a thing, not a happening ("وصلوا إلى القاعة التي بنيت عام 1970"): it dates
the building, and the statement's news is the story's; a relative clause on a happening
("الزلزال الذي ضرب المدينة عام 1960") still dates it. Only statements are read so: a
figure after such a year is mostly the relative clause's own ("المظاهرات التي بدأت عام 2011
ثم صارت حربا قتلت …").

A month after the story's own, written with no year ("ففي أكتوبر تحطمت
طائرة …" in a story of March), is last year's: the same holds.

Such mentions get the event ``past-<year>`` (label "أحداث عام <year>"), an
event of its own that only passages speak of.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable, Optional

from ..lexicon import load
from ..mentions.quantities.grammar import find_quantities
from ..mentions.statements.lexicon import lexicon as statement_lexicon
from ..model import Article, Event
from ..text.normalise import fold
from .subjects import happening_noun

PAST_PREFIX = "past-"
_YEAR = re.compile(r"(?<!\d)(1[89]\d\d|20\d\d)(?!\d)")
_ANY_YEAR = re.compile(r"[12١٢][0-9٠-٩]{3}")  # a year in either script, before folding
_DATED = re.compile(r"(?:^|\s)(?P<rel>منذ\s+|حتى\s+|بحلول\s+|قبل\s+)?(?:[وف]?(?:في|خلال)\s+)?(?:[وف]?(?:عام|سنه|العام|السنه)\s+)(?P<year>1[89]\d\d|20\d\d)(?!\d)"
                    r"|(?:^|\s)(?P<rel2>منذ\s+|حتى\s+|بحلول\s+)?[وف]?في\s+(?P<year2>1[89]\d\d|20\d\d)(?!\d)")


def years_written(text: str) -> list[int]:
    """Every year (1800–2099) written in `text`, in digits of either script."""
    return [int(y) for y in _YEAR.findall(fold(text))]


def story_year(articles: Iterable[Article]) -> Optional[int]:
    """The story's own year: the latest publication year or year written in its articles."""
    years = []
    for a in articles:
        if a.published and re.match(r"\d{4}", a.published):
            years.append(int(a.published[:4]))
        years += years_written(a.title) + years_written(a.text)
    return max(years) if years else None


@lru_cache(maxsize=1)
def _month_pattern() -> re.Pattern:
    """A month named after في, with no day before it and no year after it ("ففي أكتوبر/ تشرين الأول"),
    in the raw text (alef forms and ى/ي loose); its number is read from the name."""
    names = sorted({w for words in load("times")["months"].values() for w in words}, key=len, reverse=True)
    loose = "|".join(re.sub(r"[اأإآ]", "[اأإآ]", re.escape(w)).replace("ي", "[يى]").replace(r"\ ", r"\s+") for w in names)
    return re.compile(rf"(?<!\w)[وف]{{0,2}}في\s+(?P<month>{loose})(?!\w)(?P<after>[^.،,؛\n]{{0,24}})")


@lru_cache(maxsize=1)
def _month_numbers() -> dict[str, int]:
    return {fold(w): int(m) for m, words in load("times")["months"].items() for w in words}


_LATER = re.compile(r"المقبل|القادم|المقبله|القادمه")


def past_month(sentence: str, own_year: int, own_month: int) -> Optional[int]:
    """The earlier year a month dates what the sentence says with: the year written after it ("في
    أكتوبر 2018"), or last year for a month after the story's own with no year ("ففي أكتوبر تحطمت
    طائرة …" in a story of March; one still to come would say "المقبل")."""
    for m in _month_pattern().finditer(sentence):
        month = _month_numbers().get(fold(" ".join(m.group("month").split())))
        after = fold(m.group("after"))
        written = _YEAR.match(after.strip())
        if written:
            if int(written.group(1)) < own_year and not _after_elapsed(fold(sentence[: m.start()])):
                return int(written.group(1))
        elif month and month > own_month and not _LATER.search(after):
            return own_year - 1
    return None


def past_year(sentence: str, own_year: Optional[int], own_month: Optional[int] = None, statement: bool = False) -> Optional[int]:
    """The earlier year a sentence dates what it says with, or None (no year, the story's own, or "منذ" a year).

    With the story's `own_month`, a month names it too (:func:`past_month`). In a `statement`, a
    year in a relative clause on a thing does not date it (:func:`_describes_a_thing`).
    """
    if own_year is not None and own_month is not None:
        year = past_month(sentence, own_year, own_month)
        if year:
            return year
    if own_year is None or not _ANY_YEAR.search(sentence):
        return None  # most sentences write no year: no need to fold them
    folded = fold(sentence)
    for m in _DATED.finditer(folded):
        year, relation = (m.group("year"), m.group("rel")) if m.group("year") else (m.group("year2"), m.group("rel2"))
        at = m.start("year") if m.group("year") else m.start("year2")
        if relation or _in_since_phrase(folded, m.start()) or _after_elapsed(folded[:at]) or (
                statement and _describes_a_thing(folded, at)) or _now_after(folded[at:]):
            continue
        if int(year) < own_year:
            return int(year)
    return None


_NOW = re.compile(r"[،,؛;]\s*[وف]?(?:هي|هو|هم|هما|هن)\s+[يت]\w{2,}")


def _now_after(folded_after: str) -> bool:
    """Does a clause after the year say what its subject is now: a pronoun and an imperfect verb ("تأسس
    الاتحاد عام 1995، وهو يضم اليوم 30 دولة")? The sentence ends speaking of the present, not of that year."""
    return bool(_NOW.search(folded_after))


_CLAUSE_MARKS = "،,؛;.\n"
_WHEN_OPENERS = frozenset(("عندما", "حين", "حينما", "يوم", "وعندما", "وحين", "وحينها", "حينها"))  # folded


def figure_past_year(text: str, sentence_start: int, fig_start: int, fig_end: int, own_year: Optional[int]) -> Optional[int]:
    """The earlier year a figure is of, read in its own clause when its sentence as a whole is not dated
    (:func:`past_year`): a year written in the figure's clause ("الأعنف منذ تلك التي هزت المدينة بقوة 7
    درجات في أيلول 1990": the 7 is the 1990 quake's, though the sentence says "strongest since"), unless
    "منذ"/"حتى" measures time from it; or, when the figure's clause opens with "عندما"/"حين", the year the
    clause before ends with ("منذ عام 1990، عندما أودى زلزال بحياة 500 شخص": the 500 are 1990's)."""
    if own_year is None or since_until_now(text, sentence_start, fig_start):
        return None  # "الأول منذ نحو 30 عاما يوم وقع اتفاق … عام 1990": a time from then to now, the story's figure
    start = max([sentence_start] + [text.rfind(ch, sentence_start, fig_start) + 1 for ch in _CLAUSE_MARKS])
    ends = [i for i in (text.find(ch, fig_end, fig_end + 300) for ch in _CLAUSE_MARKS) if i >= 0]
    end = min(ends) if ends else min(len(text), fig_end + 300)
    ago = _years_ago(text[start:end], fig_start - start, fig_end - start)
    if ago:
        return own_year - ago  # "زلزال بقوة 6 درجات ضرب الإقليم قبل ثماني سنوات": eight years before the story
    if not _ANY_YEAR.search(text, max(0, fig_start - 300), fig_end + 300):
        return None
    clause = fold(text[start:end])
    for m in _YEAR.finditer(clause):
        if int(m.group(1)) < own_year and _names_a_year(clause, m.start()) and not _measured_from(clause, m.start()):
            return int(m.group(1))
    words = clause.split()
    if words and words[0] in _WHEN_OPENERS and start > sentence_start:
        before = fold(text[max(sentence_start, start - 200):start - 1])
        cut = max(before.rfind(ch) for ch in _CLAUSE_MARKS)
        years = [int(y) for y in _YEAR.findall(before[cut + 1:])]
        if years and years[-1] < own_year:
            return years[-1]
    return None


_AGO = re.compile(r"(?:^|\s)[وف]?قبل\s*$")
SINCE_REACH = 30  # characters before a figure where the "منذ" that makes it a time until now may stand
_SINCE_BEFORE = re.compile(r"(?:^|\s)[وف]?منذ(?:\s+(?:اكثر من|نحو|حوالي|قرابه|زهاء|ما يزيد عن|ما يزيد على|ما يقارب|ما يقرب من))?\s*$")


def since_until_now(text: str, sentence_start: int, fig_start: int) -> bool:
    """Does "منذ" (with a bound: "منذ أكثر من") stand right before the figure at fig_start? Then the
    figure is a time from an earlier happening until now ("الأول منذ نحو 30 عاما"): the story's figure,
    whatever year the sentence gives the earlier happening."""
    return bool(_SINCE_BEFORE.search(fold(text[max(sentence_start, fig_start - SINCE_REACH):fig_start])))


def _years_ago(clause: str, fig_start: int, fig_end: int) -> Optional[int]:
    """How many years ago the figure's clause says its happening was ("… ضرب الإقليم قبل ثماني سنوات"، "قبل خمس
    سنوات"): a length in years right after "قبل", not the figure itself; None when it says none."""
    if "قبل" not in clause:
        return None
    for q in find_quantities(clause):
        if q.unit == "year" and q.value >= 1 and not (q.start <= fig_start < q.end) and _AGO.search(clause[:q.start]):
            return int(q.value)
    return None


def _names_a_year(folded: str, pos: int) -> bool:
    """Is the year at `pos` a year named as such ("عام 1990"، "في أيلول 1990"، "زلزال 1990"), not the year
    of a full date with its day ("يوم الأربعاء 16 حزيران 2021": a dateline, the news's own day)?"""
    ws = re.findall(r"\S+", folded[max(0, pos - 40):pos])[-3:]
    if any(re.search(r"\d", w) for w in ws):
        return False  # a day's number before it: a full date
    return bool(ws) and (ws[-1] in _YEAR_WORDS or ws[-1].strip("/") in _month_words() or happening_noun(ws[-1]))


_YEAR_WORDS = frozenset(("عام", "سنه", "العام", "السنه", "لعام", "بعام"))


@lru_cache(maxsize=1)
def _month_words() -> frozenset:
    """Each word of the month names, folded ("تشرين الاول" gives "تشرين" and "الاول")."""
    return frozenset(part for name in _month_numbers() for part in name.split())


def _measured_from(folded: str, pos: int) -> bool:
    """Does "منذ"/"حتى"/"بحلول" stand among the few words right before the year at `pos`?"""
    ws = folded[max(0, pos - 40):pos].split()[-3:]
    return any(w in ("منذ", "ومنذ", "حتى", "بحلول") for w in ws)


SINCE_PHRASE_WORDS = 4  # words a "منذ" phrase may name before the year that dates its event


def _in_since_phrase(folded: str, pos: int) -> bool:
    """Does the year at `pos` date the event a "منذ" phrase names ("أكبر خفض منذ الجائحة في عام
    2020"، "أقوى هزة منذ زلزال المدينة عام 1939")? "منذ" stands among the few words before it,
    with no punctuation between: the year is the reference point, not when the sentence's news happened."""
    before = folded[max(0, pos - 80):pos]
    cut = max(before.rfind(ch) for ch in "،,؛;.:")
    ws = before[cut + 1:].split()[-(SINCE_PHRASE_WORDS + 1):]
    return any(w in ("منذ", "ومنذ") for w in ws)


_ELAPSED = re.compile(r"(?:^|\s)[وف]?(?:بعد|قبل)\s+(?:\S+\s+){1,3}?(?:علي|من)\s")


def _clause_tail(folded_before: str) -> str:
    """The part of `folded_before` after its last clause mark: the clause a date or year stands in,
    up to it (a parenthesis does not end a clause)."""
    return folded_before[max(folded_before.rfind(ch) for ch in _CLAUSE_MARKS) + 1:]


def _after_elapsed(folded_before: str) -> bool:
    """Does the clause before a date measure time from what it dates ("غرقت العبارة بعد سبعة أسابيع من
    تدشينها (في أيار 2018)"، "قبل عامين من الانتخابات التي جرت في 2018")? The date is the landmark:
    the sentence still speaks of now, as with "منذ"."""
    return bool(_ELAPSED.search(_clause_tail(folded_before)))


RELATIVE_HEAD_WORDS = 3  # words before a relative pronoun read for a happening noun ("الزلزال القوي الذي")


def _describes_a_thing(folded: str, pos: int) -> bool:
    """Is the year at `pos` said in a relative clause on a thing, not a happening: a relative
    pronoun stands before it in its clause, after a noun phrase none of whose last words is a
    happening noun ("المطار القديم الذي افتتح عام 1958"، but not "الزلزال الذي ضرب عام 1960")?"""
    ws = _clause_tail(folded[max(0, pos - 120):pos]).split()
    relatives = statement_lexicon().relative_pronouns
    rel = next((i for i in range(len(ws) - 1, -1, -1) if ws[i] in relatives or (ws[i][:1] == "و" and ws[i][1:] in relatives)), None)
    if not rel:
        return False  # no relative pronoun, or one that opens the clause: no noun it describes
    return not any(happening_noun(w) for w in ws[max(0, rel - RELATIVE_HEAD_WORDS):rel])


def past_event_id(year: int) -> str:
    return f"{PAST_PREFIX}{year}"


def past_events(ids: Iterable[str], articles_of: dict[str, set[str]]) -> list[Event]:
    """The events of past years that passages speak of, with the articles that do."""
    out = []
    for event_id in sorted(set(ids)):
        if event_id.startswith(PAST_PREFIX) and event_id[len(PAST_PREFIX):].isdigit():
            year = event_id[len(PAST_PREFIX):]
            out.append(Event(event_id, f"أحداث عام {year}", tuple(sorted(articles_of.get(event_id, ()))), ()))
    return out
