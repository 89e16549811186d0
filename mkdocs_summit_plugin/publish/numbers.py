"""How the site writes numbers: one style of digits, Arabic counted phrases, amounts for people.

Numbers the site writes itself (counts, chart ticks, values, dates) use one
style: Western digits (0–9) and ``.`` as decimal point, see :func:`num`.
Counted nouns follow Arabic agreement (:func:`count_of`, see
``claims/wording.py``). Every template has these three as globals
(``templates.py``).
"""
from __future__ import annotations

import math
from typing import Optional

from ..claims import wording


def num(x: Optional[float], digits: int = 2) -> str:
    """A number in the site's one style: Western digits, '.' decimal point, no trailing zeros."""
    if x is None:
        return "—"
    if isinstance(x, float) and math.isinf(x):
        return "∞"
    r = round(float(x), digits)
    if r == int(r):
        return str(int(r))
    return f"{r:.{digits}f}".rstrip("0").rstrip(".")


def counted(n: int, one: str, two: str, few: str, many: str) -> str:
    """Arabic counted noun: 1 → one, 2 → two, 3–10 → 'n few', 11+ → 'n many' (see wording.counted)."""
    return wording.counted(n, (one, two, few, many))


NOUNS = {
    "article": ("مقال واحد", "مقالان", "مقالات", "مقالا"),
    "event": ("حدث واحد", "حدثان", "أحداث", "حدثا"),
    "claim": ("ادعاء واحد", "ادعاءان", "ادعاءات", "ادعاء"),
    "conflict": ("تعارض واحد", "تعارضان", "تعارضات", "تعارضا"),
    "source": ("مصدر واحد", "مصدران", "مصادر", "مصدرا"),
    "excerpt": ("مقتطف واحد", "مقتطفان", "مقتطفات", "مقتطفا"),
    "figure": ("رقم واحد", "رقمان", "أرقام", "رقما"),
    "text": ("نص واحد", "نصان", "نصوص", "نصا"),
}


def count_of(n: int, noun: str) -> str:
    return counted(n, *NOUNS[noun])


def format_value(value: Optional[float], unit: Optional[str]) -> str:
    """A value in its canonical unit, for people: 210 minutes → '3 ساعات ونصف' (see wording.amount)."""
    if value is None:
        return "—"
    if math.isinf(value):
        return "∞"
    return wording.amount(value, unit, fallback=num(value))
