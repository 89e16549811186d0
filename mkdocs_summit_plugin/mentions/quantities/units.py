"""Units after a number: a percent sign or word, a unit phrase, a measure, a currency, a counted noun.

:func:`unit_after` turns a number read at some token into a :class:`Core`
with the unit that follows it; a measure's value is in its canonical unit
(minutes for durations, years for periods). An unknown word after a number is
its counted noun when it looks like one, with the unit :func:`unknown_unit`
makes for it: ``"x-" + transliteration`` of its folded, roughly singular form
(camel-tools ``ar2safebw``).
"""
from __future__ import annotations

import re
from typing import Optional

from ...text.normalise import fold, transliterate
from .core import Core, measure_core
from .numbers import NumberRead
from .phrases import match_after
from .tables import tables
from .tokens import Tok
from .words import ARABIC_WORD


def unknown_unit(noun: str, number: float | None = None) -> str:
    """A stable ASCII unit for a counted noun missing from the table: "x-" + its
    roughly singular folded form, transliterated (camel-tools ar2safebw)."""
    s = fold(noun)
    if s.endswith("ات") and len(s) > 4:
        s = s[:-2] + "ه"
    elif s.endswith(("ون", "ين")) and len(s) > 5:
        s = s[:-2]
    elif s.endswith("ا") and len(s) > 3:
        s = s[:-1]
    ascii_ = re.sub(r"[^A-Za-z0-9_]", "", transliterate(s))
    return "x-" + (ascii_ or "noun")


def unit_after(toks: list[Tok], k: int, nr: NumberRead) -> Optional[Core]:
    """The unit after a number at token k: percent, unit phrase ("كم", "درجات على مقياس ريختر"), measure, currency, counted noun."""
    T = tables()
    n = len(toks)
    v = nr.value
    if k >= n:
        return None
    m = match_after(toks, k, T.percent_after)
    if m:
        return Core(nr.start, m[0], v, "percent", "percent", None, v)
    m = match_after(toks, k, T.unit_phrases)
    if m and (m[0] > k + 1 or not (toks[k].k == "w" and toks[k].w.meas)):  # "13 كم", "7.8 درجات على مقياس ريختر"
        noun = " ".join(t.s for t in toks[k:m[0]])
        if m[1] in T.conversions:  # "40 ميلا": given in kilometres, as every other distance
            unit, factor = T.conversions[m[1]]
            return Core(nr.start, m[0], v * factor, "count", unit, noun, v, factor)
        return Core(nr.start, m[0], v, "count", m[1], noun, v)
    t = toks[k]
    if t.k != "w":
        return None
    w = t.w
    if w.fracpl is not None and w.pre == "" and k + 1 < n:  # "ثلاثة أرباع الساعة"
        nt = toks[k + 1]
        if nt.k == "w" and nt.w.meas and nt.w.meas[1] == "sg" and nt.w.pre in ("", "ال"):
            return measure_core(nr.start, k + 2, v * w.fracpl, T.measures[nt.w.meas[0]], nt.w.stem)
    if w.pre == "":
        if w.meas and w.meas[1] == "sg" and k + 1 < n and toks[k + 1].s in T.day_names:
            return None  # "52 ألفا يوم الخميس": the day names a date, the figure has no unit written
        if w.meas and w.meas[1] != "du":
            return measure_core(nr.start, k + 1, v, T.measures[w.meas[0]], w.stem)
        if w.cur:
            cur = T.currencies[w.cur]
            code, e = cur.code, k + 1
            if e < n and toks[e].s in cur.qualified:
                code, e = cur.qualified[toks[e].s], e + 1
            return Core(nr.start, e, v, "money", code, w.stem, v)
        if w.noun and w.noun[1] != "du":
            return Core(nr.start, k + 1, v, "count", w.noun[0], w.stem, v)
    if t.s == "من" and k + 1 < n:  # "ثلاثة من الجنود"
        nt = toks[k + 1]
        if nt.k == "w" and nt.w.noun and nt.w.pre == "ال" and nt.w.noun[1] == "pl":
            return Core(nr.start, k + 2, v, "count", nt.w.noun[0], nt.w.stem, v)
        after = toks[k + 2] if k + 2 < n else None
        if (nt.k == "w" and nt.w.noun and nt.w.pre == "" and nt.w.noun[1] == "pl"
                and after is not None and after.k == "w" and after.s.startswith("ال")):
            # "أربعة من أفراد الطاقم"، "5 من عناصر الشرطة": a plural in construct with a definite noun
            # (not one made definite by a pronoun: "ثلاثة من أفراد طاقمها الثمانية" is a part of the crew)
            return Core(nr.start, k + 3, v, "count", nt.w.noun[0], nt.w.stem, v)
        return None
    if nr.roles in (("one",), ("two",)) or nr.article:
        return None
    return _unknown_noun(toks, k, nr)


def _tally(word: str, T) -> bool:
    """Is the word a tally word, maybe after و/ف ("… 340 وعدد المفقودين 19"): the next
    toll opens, the number has no noun after it."""
    return word in T.tally_words or (word[:1] in "وف" and word[1:] in T.tally_words)


def _unknown_noun(toks: list[Tok], k: int, nr: NumberRead) -> Optional[Core]:
    """An unknown word after a number is its counted noun if it looks like one:
    Arabic, not a function word, not definite, not a verb-looking word (an
    imperfect in ي/ست, a plural in وا), not after a year ("في 2013 قتل"); after
    11–99, an accusative ("12 مدنيا")."""
    T = tables()
    t = toks[k]
    s = t.s
    if (
        not ARABIC_WORD.match(s) or t.w.anchor or s in T.not_nouns or s in T.months or s in T.times_of_day or s in T.era_marks
        or s.startswith(("ال", "لل")) or len(s) < 3 or (s[0] == "ي" and len(s) >= 4) or s[:2] in ("سي", "ست")
        or (t.w.pre and t.w.pre != "") or _tally(s, T)
    ):
        return None
    if not nr.words and 1000 <= nr.value <= 2200 and float(nr.value).is_integer():
        return None
    if 11 <= nr.value <= 99 and not s.endswith(("ا", "ه")):
        return None
    if len(s) >= 4 and s.endswith("وا"):
        return None  # a verb in the plural ("42 قتلوا"، "ماتوا"): what befell the people counted
    if s.startswith("است") and len(s) in (5, 6) and s[-2] != "ا" and not s.endswith("ا"):
        return None  # a verb of the form استفعل ("ثلاثة مقابل ثلاثة استمر …"); "أستاذ" is a noun
    return Core(nr.start, k + 1, nr.value, "count", unknown_unit(s, nr.value), s, nr.value)
