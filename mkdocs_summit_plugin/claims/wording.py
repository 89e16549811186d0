"""Arabic wording of values and counts, for summaries, charts and tables.

Numbers are written with Western digits, the style the site uses throughout;
counted nouns follow Arabic agreement: 1 → singular + واحد, 2 → dual,
3–10 → plural, 11 and above → singular accusative ("3 ساعات", "12 ساعة").
"""
from __future__ import annotations

from typing import Optional

# singular, dual, plural (3–10), singular accusative (11+)
HOUR = ("ساعة", "ساعتان", "ساعات", "ساعة")
MINUTE = ("دقيقة", "دقيقتان", "دقائق", "دقيقة")
DAY = ("يوم", "يومان", "أيام", "يوما")
YEAR = ("عام", "عامان", "أعوام", "عاما")
SOURCE = ("مصدر واحد", "مصدرين", "مصادر", "مصدرا")
BOUNDS = {
    "about": "نحو {}",
    "more-than": "أكثر من {}",
    "at-least": "{} على الأقل",
    "less-than": "أقل من {}",
    "at-most": "{} على الأكثر",
}


def number(x: float) -> str:
    """A number as the site writes it: Western digits, no trailing .0."""
    return str(int(x)) if float(x).is_integer() else f"{x:g}"


def counted(n: float, forms: tuple[str, str, str, str]) -> str:
    """A counted noun with Arabic agreement ("ساعة", "ساعتان", "3 ساعات", "12 ساعة")."""
    if n == 1:
        return forms[0]
    if n == 2:
        return forms[1]
    if float(n).is_integer() and 3 <= n <= 10:
        return f"{number(n)} {forms[2]}"
    return f"{number(n)} {forms[3]}"


def duration(minutes: float) -> str:
    """Minutes in words: "4 ساعات", "3 ساعات ونصف", "ساعة و33 دقيقة", "45 دقيقة", "3 أيام"."""
    minutes = round(float(minutes), 2)
    if minutes >= 1440 and minutes % 1440 == 0:
        return counted(minutes // 1440, DAY)
    if minutes < 60:
        return counted(minutes, MINUTE)
    hours, rest = divmod(minutes, 60)
    text = counted(hours, HOUR)
    if rest == 30:
        return text + " ونصف"
    if rest == 15:
        return text + " وربع"
    if rest:
        return f"{text} و{counted(rest, MINUTE)}"
    return text


def amount(value: float, unit: Optional[str], fallback: str = "") -> str:
    """A value in its canonical unit, in words; counts of unknown nouns use `fallback` (the words as written)."""
    if unit == "minute":
        return duration(value)
    if unit == "year":
        return counted(value, YEAR)
    return fallback or number(value)


GENITIVE_DUALS = {HOUR[1]: "ساعتين", MINUTE[1]: "دقيقتين", DAY[1]: "يومين", YEAR[1]: "عامين"}


def genitive(words: str) -> str:
    """A value after a preposition or "مقابل": nominative duals become genitive ("أكثر من ساعتين")."""
    for nominative, oblique in GENITIVE_DUALS.items():
        words = words.replace(nominative, oblique)
    return words


def value_phrase(value, value_min, value_max, unit: Optional[str], bound: str = "", fallback: str = "") -> str:
    """A hedged, bounded or ranged value in words: "نحو 3 ساعات ونصف", "بين 4 و5 ساعات"."""
    if value is None:
        return fallback
    if bound == "range" and value_min is not None and value_max is not None:
        if unit == "minute" and value_min % 60 == 0 and value_max % 60 == 0 and value_min >= 60:
            return f"بين {number(value_min // 60)} و{counted(value_max // 60, HOUR)}"
        if unit == "year":
            return f"بين {number(value_min)} و{counted(value_max, YEAR)}"
        low, high = amount(value_min, unit, number(value_min)), amount(value_max, unit, number(value_max))
        return f"بين {low} و{high}"
    if unit not in ("minute", "year") and fallback:
        return fallback  # the words as written already carry their hedge ("نحو 3 ملايين فرنك")
    words = amount(value, unit, fallback)
    if bound in ("about", "more-than", "less-than"):
        words = genitive(words)  # "نحو ساعتين", "أكثر من ساعتين"
    return BOUNDS.get(bound, "{}").format(words)


def sources(n: int) -> str:
    """"مصدر واحد", "مصدرين", "3 مصادر", "11 مصدرا"."""
    return counted(n, SOURCE) if n > 2 else SOURCE[0] if n == 1 else SOURCE[1]
