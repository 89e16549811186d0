"""Numbers: digits and number words read into one value.

Western and Eastern digits ("3.5", "٣٫٥", "1,000"), digits with a multiplier
("3 ملايين"), and number words in every gender and case, combined the Arabic
way: units before tens with و ("خمس وعشرون"; a definite number repeats the article:
"المئة والتسعة والأربعين"), teens by juxtaposition ("ثلاث
عشرة"), hundreds ("ثلاثمئة", "ثلاث مئة", "مئة وخمسون"), multipliers ("ثلاثة
آلاف", "مليون ونصف"). Two parts joined by و combine only when the second is of
a smaller order than everything before it (or tens after a unit), so "بين 3 و4"
stays two numbers.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from .tokens import Tok
from .words import CLITIC_TOKENS

# Number classes (orders of magnitude) for combining parts joined by و.
_ROLE_CLASS = {"one": 1, "two": 1, "head": 1, "unit": 1, "teen": 1, "ten": 2, "hundred": 3}


REVERSED_POINT = "ر"  # "4ر3" = 3.4, "25ر1" = 1.25: the fraction first, then the whole (wire style)


def _unreverse(s: str) -> str:
    """A decimal written reversed around ر ("4ر3", wire style) as a plain one ("3.4"); others unchanged."""
    if REVERSED_POINT in s:
        fraction, whole = s.split(REVERSED_POINT, 1)
        return f"{whole}.{fraction}"
    return s


def _plain(s: str) -> str:
    """Digits as written, with "." as the one decimal point: a reversed decimal set right ("4ر3" →
    "3.4"), an Arabic comma read as a comma, and a comma before exactly 3 digits grouping thousands
    ("1,000" → "1000", "5،000" → "5000") while any other is a decimal point ("3,5"، "5،9" → "3.5"، "5.9")."""
    s = _unreverse(s).replace("،", ",")
    if "," in s:
        parts = s.split(",")
        s = "".join(parts) if all(len(p) == 3 for p in parts[1:]) else s.replace(",", ".")
    return s


def parse_digits(s: str) -> float:
    """"3.5" → 3.5, "1,000" → 1000, "3,5" → 3.5 (a comma before exactly 3 digits groups thousands), "4ر3" → 3.4;
    an Arabic comma reads as a comma ("5،9" → 5.9, "5،000" → 5000)."""
    s = _plain(s)
    if s.count(".") > 1:
        s = s.replace(".", "")
    return float(s)


def decimals(s: str) -> int:
    """How many decimals digits were written with, read as :func:`parse_digits` reads them ("10.48" → 2, "52,14" → 2, "1,000" → 0)."""
    s = _plain(s)
    if s.count(".") != 1:
        return 0
    return len(s.split(".")[1])


def is_teen(t: Optional[Tok]) -> bool:
    return t is not None and t.k == "w" and t.w.pre == "" and any(r == "teen" for _, r in t.w.card)


def has_role(t: Optional[Tok], role: str, pre: str = "") -> bool:
    return t is not None and t.k == "w" and t.w.pre == pre and any(r == role for _, r in t.w.card)


def _mult_class(m: float) -> int:
    return {1e3: 4, 1e6: 5, 1e9: 6, 1e12: 7}.get(m, 4)


def _digit_class(v: float) -> int:
    return 1 if v < 10 else 2 if v < 100 else 3 if v < 1000 else 4 if v < 1e6 else 5


@dataclass
class NumberRead:
    value: float
    start: int  # token index of the first token (a clitic token included)
    end: int  # token index after the last number token
    words: bool  # starts with a number word
    roles: tuple  # roles of the parts ("digits", "unit", "mult", …)
    article: bool = False  # first word carries ال ("الثلاثة")
    mult: float = 1.0  # the multiplier the number ends with ("4 ملايين" → 1e6)
    place: float = 1.0  # the value of one step of its last written digit ("10.48 مليون" → 1e4, "11 ألف" → 1e3, "3.5" → 0.1)


def number_part(t: Tok, nxt: Optional[Tok], first: bool):
    """The number part a token stands for: (value, role, class, multiplier-number) or None."""
    if t.k == "n":
        v = parse_digits(t.s)
        return v, "digits", _digit_class(v), None
    if t.k != "w":
        return None
    w = t.w
    heads = [c for c in w.card if c[1] == "head"]
    if heads and is_teen(nxt):
        return heads[0][0], "head", 1, None
    for v, role in w.card:
        if role != "head":
            return v, role, _ROLE_CLASS[role], None
    if w.mult is not None:
        v, num = w.mult
        if first and num == "pl":
            return None  # "آلاف" alone is vague
        return (2 * v if num == "du" else v), "mult", _mult_class(v), num
    if w.frac is not None and not first:
        return w.frac, "frac", 0, None
    return None


def _joins(prev_role: str, roles: list, part, joined: bool, min_class: int, bein: bool) -> bool:
    """May `part` continue a number whose last part had `prev_role`?"""
    v, role, cls, _ = part
    if not joined:  # juxtaposed: teens, "ثلاث مئة", a multiplier after a number
        return (
            (role == "teen" and prev_role in ("unit", "head", "two"))
            or (role == "hundred" and v == 100 and prev_role == "unit")
            or (role == "mult" and prev_role not in ("mult", "frac"))
        )
    if role == "frac":
        return prev_role == "mult"
    if role in ("mult", "head"):
        return False
    unit_then_ten = role == "ten" and prev_role in ("unit", "one", "two") and "ten" not in roles
    if bein:
        return unit_then_ten
    if role == "digits" or prev_role == "digits":
        return prev_role == "mult" and cls < min_class
    return unit_then_ten or cls < min_class


@dataclass
class _Sum:
    """A number being read: the total of its finished groups and the group under way."""

    total: float = 0.0
    cur: float = 0.0
    roles: list = field(default_factory=list)
    min_class: int = 99
    last_mult: float = 0.0
    place: float = 1.0  # one step of the last part read, times any multiplier after it
    article: bool = False  # the first word carries ال: its parts after و carry it too ("المئة والتسعة")


def read_number(toks: list[Tok], i: int, bein: bool = False) -> Optional[NumberRead]:
    """Read a number (digits, words or both) starting at token i.

    Parts are joined by juxtaposition (teens "ثلاثة عشر", "ثلاث مئة", a
    multiplier after a number "3 آلاف") or by و when the new part is of a
    smaller order than all before it, or tens after a unit ("خمس وعشرون").
    After "بين" (``bein``) و only joins tens to a unit: it is the range's "and".
    """
    n = len(toks)
    start = i
    i = _first_number_token(toks, i)
    if i is None:
        return None
    part = number_part(toks[i], toks[i + 1] if i + 1 < n else None, True)
    if part is None:
        return None
    acc = _Sum(article=toks[i].k == "w" and toks[i].w.art)
    k = i
    while True:
        k = _add_part(acc, part, toks, k) + 1
        if k >= n:
            break
        nxt = _next_part(toks, k, acc, bein)
        if nxt is None:
            break
        k, part = nxt
    words = toks[i].k == "w"
    article = (words and toks[i].w.art) or (start < i and toks[start].s.endswith(("ال", "لل")))
    return NumberRead(acc.total + acc.cur, start, k, words, tuple(acc.roles), article,
                      acc.last_mult if acc.roles[-1] == "mult" else 1.0, acc.place)


def _first_number_token(toks: list[Tok], i: int) -> Optional[int]:
    """Token i, or the token after it when i is a clitic token before a number ("الـ 3"); None otherwise."""
    t = toks[i]
    if t.k == "w" and t.s in CLITIC_TOKENS:
        nt = toks[i + 1] if i + 1 < len(toks) else None
        if nt is not None and (nt.k == "n" or (nt.k == "w" and nt.w.pre == "" and (nt.w.card or nt.w.mult))):
            return i + 1
        return None
    return i


def _add_part(acc: _Sum, part, toks: list[Tok], k: int) -> int:
    """Add the part read at token k to the number; return the index of its last token
    (k, or k + 1 after a fraction that repeats the multiplier: "مليون ونصف المليون")."""
    v, role, cls, num = part
    prev = acc.roles[-1] if acc.roles else None
    if role == "teen" and prev in ("unit", "head", "two"):
        acc.cur += 10
    elif role == "hundred" and prev == "unit":
        acc.cur += acc.cur * 99  # "ثلاث مئة"
    elif role == "mult":
        base = v / 2 if num == "du" else v
        acc.total += acc.cur * base if acc.cur else v
        acc.place = (acc.place if acc.cur else 1.0) * base  # "10.48 مليون": one step is 0.01 million
        acc.cur, acc.last_mult, acc.min_class = 0.0, base, cls
    elif role == "frac":
        acc.total += v * acc.last_mult
        acc.place = v * acc.last_mult  # "مليون ونصف": to the half million
        nt = toks[k + 1] if k + 1 < len(toks) else None
        if nt is not None and nt.w.mult and nt.w.pre == "ال" and nt.w.mult[0] == acc.last_mult:
            k += 1  # "مليون ونصف المليون"
    else:
        acc.cur += v
        acc.min_class = min(acc.min_class, cls)
        acc.place = 10.0 ** -decimals(toks[k].s) if role == "digits" else 1.0
    acc.roles.append(role)
    return k


def _next_part(toks: list[Tok], k: int, acc: _Sum, bein: bool):
    """The part that continues the number at token k, after و or juxtaposed: (its index, part), or None."""
    n = len(toks)
    t = toks[k]
    if t.k == "w" and t.s == "و" and k + 1 < n and toks[k + 1].w.pre == "":
        nk, joined = k + 1, True
    elif t.k == "w" and (t.w.pre == "و" or (acc.article and t.w.pre == "وال")):
        nk, joined = k, True  # "المئة والتسعة والأربعين": a definite number repeats the article on each part
    elif t.k == "w" and t.w.pre == "":
        nk, joined = k, False
    else:
        return None
    part = number_part(toks[nk], toks[nk + 1] if nk + 1 < n else None, False)
    if part is None or not _joins(acc.roles[-1], acc.roles, part, joined, acc.min_class, bein):
        return None
    return nk, part
