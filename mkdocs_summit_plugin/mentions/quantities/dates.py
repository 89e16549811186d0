"""Dates and clock times: numbers that name a moment, recognised so that they are skipped.

Dates ("منذ عام 2018", "16 يونيو", "يونيو 2021", "حزيران/يونيو"), clock times
("الساعة 3", "10 صباحا", "3:30", "17:50"), minutes joined to a clock time
("الساعة 10 و15 دقيقة"), match minutes ("الدقيقة 90") and bare calendar years
("2021م") are read and never returned.
"""
from __future__ import annotations

from .numbers import NumberRead, is_teen
from .tables import tables
from .tokens import Tok


def is_date_context(toks: list[Tok], nr: NumberRead) -> bool:
    """A number that is a date, a clock time, a calendar year or a label.

    "عام 2018", "الساعة 3", "الدقيقة 90" (a singular measure noun before the
    number), "16 يونيو", "يونيو 2021", "16 من يونيو" (a month next to it),
    "10 صباحا" (a time of day after it), "16/6", "3:30", "2021م".
    """
    T = tables()
    n = len(toks)
    e = nr.end
    nt = toks[e] if e < n else None
    b = nr.start - 1
    if b >= 0:
        pw = toks[b]
        if pw.k == "w" and pw.w.meas and pw.w.meas[1] == "sg" and (not nr.words or nr.value >= 1000):
            followed_by_unit = nt is not None and nt.k == "w" and nt.w.pre == "" and (nt.w.meas or nt.w.noun)
            if not followed_by_unit:
                return True
        if pw.s in T.months:
            return True
        if pw.s == "/" and b >= 1 and toks[b - 1].s in T.months:
            return True
    if _clock_minutes(toks, nr):
        return True
    if nt is None:
        return False
    if nt.s in T.months or nt.s in T.times_of_day:
        return True
    if nt.s in ("من", "ال") and e + 1 < n and toks[e + 1].s in T.months:
        return True
    if nt.k == "s" and nt.s in "/:" and e + 1 < n and toks[e + 1].k == "n" and not nr.words:
        return True
    if nt.s in T.era_marks and not nr.words and 1000 <= nr.value <= 2200:
        return True
    return False


def _clock_minutes(toks: list[Tok], nr: NumberRead) -> bool:
    """Minutes joined by و to a clock time are part of the moment, not a duration:
    "عند الساعة العاشرة و7 دقائق", "الساعة الحادية عشرة وعشر دقائق", "الساعة 10 و15 دقيقة"."""
    n = len(toks)
    e = nr.end
    if e >= n or not (toks[e].k == "w" and toks[e].w.meas and toks[e].w.meas[0] in ("minute", "second")):
        return False
    first = toks[nr.start]
    if first.k == "w" and first.w.pre.startswith("و"):
        j = nr.start - 1
    elif nr.start >= 1 and toks[nr.start - 1].s == "و":
        j = nr.start - 2
    else:
        return False
    if j < 1:
        return False
    # the hour: an ordinal agreeing with الساعة ("العاشرة", "الحادية عشرة") or digits ("الساعة 10")
    k = j
    if is_teen(toks[k]) and k >= 2 and toks[k - 1].w.ord is not None:
        k -= 1
    hour = toks[k]
    if not (hour.k == "n" or (hour.k == "w" and hour.w.ord is not None and hour.w.art)):
        return False
    clock = toks[k - 1]
    return clock.k == "w" and bool(clock.w.meas) and clock.w.meas[0] == "hour" and clock.w.meas[1] == "sg" and clock.w.art



def clock_time_tokens(toks: list[Tok]) -> set[int]:
    """Token indexes of a clock time written with a colon ("17:50", live blogs, datelines):
    a point in time, never a count."""
    blocked: set[int] = set()
    for i in range(len(toks) - 2):
        a, c, b = toks[i], toks[i + 1], toks[i + 2]
        if a.k == "n" and c.s == ":" and b.k == "n" and len(b.s) == 2 and len(a.s) <= 2 and c.a == a.b and b.a == c.b:
            blocked.update((i, i + 1, i + 2))
    return blocked
