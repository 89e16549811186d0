"""Stage 1: an article's publication date read from the top of its text (dateline or byline).

Used when the front matter (or the page's metadata) gives no ``published``. Only
the first lines of the text are looked at (:data:`TOP_LINES` non-empty lines), and
only a full date (day, month, year) written as a publication date:

* after a publication label, on a short line or at its start: "نشر في 16 يونيو 2021", "بتاريخ
  2021/06/16", "Published June 16, 2021" ("وافتتح الجسر بتاريخ 12 مارس 1961" in a long
  sentence dates the story's past, not the page);
* followed by a clock time on a short line, as in bylines: "الأربعاء 16 يونيو 2021 - 09:31 م";
* in a dateline, the place and a dash before it, a dash or an agency after it:
  "جنيف - 16 حزيران/يونيو 2021 (رويترز) -".

A date alone on its line is not taken: sites print today's date in their header, and
a page saved later would carry that day. Nor is a date after a preposition or an
update label ("في 6 فبراير 2023", "آخر تحديث"): that is an event's day or a revision.
Months: the Arab press's Gregorian names (``lexicon/times.yaml`` ``months``) and
English ones (``western_months``); numeric dates are year first (2021-06-16,
2021/6/16) or day first (16/06/2021, 16.6.2021), as Arabic and European pages write
them. The result is ISO, ``YYYY-MM-DD`` or ``YYYY-MM-DDTHH:MM`` (assign/times.py and
assign/events.py read that form).
"""
from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from typing import Optional

from ..lexicon import load
from ..text.normalise import fold

TOP_LINES = 10  # how many non-empty lines from the top are searched
SHORT_LINE = 100  # a byline or a dateline's first part: at most this many characters
DATELINE_REACH = 50  # a dateline's date starts within this many characters of its line
_WEEKDAYS = r"(?:الاحد|الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعه|السبت|sunday|monday|tuesday|wednesday|thursday|friday|saturday)"


def _alternation(words) -> str:
    """A regex alternation of `words`, longest first (two-word names before one-word ones)."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(words), key=len, reverse=True))


@lru_cache(maxsize=1)
def _tables() -> dict:
    """Month names (folded, lower case) to months, and the compiled patterns."""
    y = load("times")
    months = {fold(w).lower(): int(m) for m, ws in y["months"].items() for w in ws}
    months.update({w.lower(): int(m) for m, ws in y.get("western_months", {}).items() for w in ws})
    month = f"(?:{_alternation(months)})\\.?"
    year = r"((?:19|20)\d\d)(?:\s*م(?![\w]))?"
    patterns = [
        # 16 يونيو 2021, الأربعاء 16 من حزيران/يونيو 2021, 16 June 2021
        ("dmy", re.compile(rf"(?<![\w])(\d{{1,2}})\s+(?:من\s+)?({month})(?:\s*/\s*{month})?\s*[,،]?\s*{year}")),
        # June 16, 2021
        ("mdy", re.compile(rf"(?<![\w])({month})\s+(\d{{1,2}})(?:st|nd|rd|th)?\s*,?\s*{year}", re.I)),
        # 2021-06-16, 2021/6/16
        ("ymd", re.compile(r"(?<![\w.])((?:19|20)\d\d)[-/.](\d{1,2})[-/.](\d{1,2})(?![\d])")),
        # 16/06/2021, 16-6-2021, 16.06.2021
        ("dmy-num", re.compile(r"(?<![\w.])(\d{1,2})[-/.](\d{1,2})[-/.]((?:19|20)\d\d)(?![\d])")),
    ]
    words = lambda key: [fold(w).lower() for w in y.get(key, [])]
    pm, am = words("pm_markers"), words("am_markers")
    clock = re.compile(
        rf"\A\s*(?:[-–—|,،/•·]\s*)*(?:(?:الساعه|at)\s+)?(\d{{1,2}})[:.](\d{{2}})(?::\d{{2}})?(?!\d)(?:\s*({_alternation(pm + am)})(?![\w]))?",
        re.I,
    )
    return {
        "months": months, "patterns": patterns, "clock": clock, "pm": set(pm), "am": set(am),
        "labels": words("published_labels"), "not_labels": words("not_published_labels"),
    }


def _date_of(kind: str, m: re.Match, months: dict) -> Optional[dt.date]:
    """The date a pattern's match stands for, or None when it is no real day."""
    try:
        if kind == "dmy":
            day, month, year = int(m.group(1)), months[_month_key(m.group(2))], int(m.group(3))
        elif kind == "mdy":
            month, day, year = months[_month_key(m.group(1))], int(m.group(2)), int(m.group(3))
        elif kind == "ymd":
            year, month, day = int(m.group(1)), int(m.group(2)), int(m.group(3))
        else:
            day, month, year = int(m.group(1)), int(m.group(2)), int(m.group(3))
        return dt.date(year, month, day)
    except (KeyError, ValueError):
        return None


def _month_key(name: str) -> str:
    return re.sub(r"\s+", " ", name.lower().rstrip("."))


def _clock(rest: str) -> Optional[str]:
    """A clock time right after a date ("- 09:31 م", "الساعة 14:05"), as HH:MM on 24 hours."""
    T = _tables()
    m = T["clock"].match(rest)
    if not m:
        return None
    hour, minute, marker = int(m.group(1)), int(m.group(2)), (m.group(3) or "").lower()
    if minute > 59 or hour > 23 or (marker and not 1 <= hour <= 12):
        return None
    if marker in T["pm"] and hour < 12:
        hour += 12
    elif marker in T["am"] and hour == 12:
        hour = 0
    return f"{hour:02d}:{minute:02d}"


def _last_words(before: str, n: int = 3) -> list[str]:
    """The last `n` words before a date on its line (folded, lower case)."""
    return re.findall(r"[\w.]+", before.lower())[-n:]


def _has(words: list[str], phrases: list[str]) -> bool:
    joined = " " + " ".join(words) + " "
    return any(f" {p} " in joined or any(w.startswith(p) and len(p) > 2 for w in words if " " not in p) for p in phrases)


def _publication_date(line: str) -> Optional[str]:
    """The publication date this (folded) line gives, ISO, or None (see the module's rules)."""
    T = _tables()
    found = []
    for kind, pattern in T["patterns"]:
        for m in pattern.finditer(line):
            day = _date_of(kind, m, T["months"])
            if day is not None:
                found.append((m.start(), m.end(), day))
    for start, end, day in sorted(found):
        if day > dt.date.today() + dt.timedelta(days=1):
            continue
        before = re.sub(rf"{_WEEKDAYS}\s*[,،]?\s*$", "", line[:start], flags=re.I)
        words = _last_words(before)
        labelled = _has(words, T["labels"])
        if not labelled and words and _has(words[-1:], T["not_labels"]):
            continue
        if any(w in ("تحديث", "محدث", "updated", "modified") for w in words):
            continue
        clock = _clock(line[end:])
        short = len(line.strip()) <= SHORT_LINE
        dateline = (start <= DATELINE_REACH and re.search(r"[^\W\d_]", before) is not None
                    and re.search(r"[-–—:،,]\s*$", before) is not None
                    and re.match(r"\s*(?:[-–—:(]|$)", line[end:]) is not None)
        if labelled and not short and start > DATELINE_REACH:
            continue  # "وافتتح الجسر بتاريخ 12 مارس 1961 …": a date in the story, not a byline's label
        if labelled or (clock and short) or dateline:
            return day.isoformat() + (f"T{clock}" if clock else "")
    return None


def date_in_text(text: str) -> Optional[str]:
    """The publication date written near the top of `text` (dateline, byline), ISO, or None."""
    lines = [line for line in text.splitlines() if line.strip()][:TOP_LINES]
    for line in lines:
        date = _publication_date(fold(line))
        if date:
            return date
    return None
