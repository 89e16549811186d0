"""Stage 3a: the quantity grammar: find numbers with their units in Arabic text.

:func:`find_quantities` reads raw Arabic (diacritics, tatweel, in-word dots,
Eastern digits…) and returns :class:`~mkdocs_summit_plugin.model.Quantity`
objects whose spans point into the text as given. It folds the text once
(:func:`normalise.fold_text`), cuts the folded text into tokens (digit runs,
letter runs, symbols) and reads them left to right with small rules driven by
the tables of ``lexicon/quantities.yaml``: number words, multipliers,
fractions, ordinals, measure units, counted nouns, currencies, bound words,
range words and context words. Nothing here names a sample sentence.

What is read
============

* **durations** (ساعة دقيقة ثانية يوم أسبوع شهر), canonical unit ``minute``;
  **periods** of years (سنة عام عقد قرن), canonical unit ``year``;
* **counts** of a noun ("3 اجتماعات", "16 كيانًا"): unit = the noun's English
  singular from the table; an unknown noun gets ``"x-" + transliteration`` of
  its folded, roughly singular form (camel-tools ``ar2safebw``);
* **ordinals** ("المحادثة الخامسة", "أول اجتماع", "للمرة الثالثة"): dimension
  ``ordinal``, only for the nouns of ``ordinal_units`` (events and spans of
  time: "الوزير الأول" is a title); the ordinal agrees with its noun in
  definiteness, with at most one definite word between ("اجتماع القمة الأول");
* **ages** (a number of years within a few words after "يبلغ من العمر",
  "عمره", "بعمر", "أعمارهم", before "من العمر", after "عن" following a verb of
  dying ("توفي عن 73 عاما"), or alone in brackets "(45 عاما)"): dimension
  ``age``, unit the measure's own name ("year", "month"), value in that unit;
* **percentages** (``percent``) and **money** (``money``, unit an ISO 4217 code
  or ``x-…`` when the currency noun alone does not name a country).

Dates ("منذ عام 2018", "16 يونيو", "يونيو 2021", "حزيران/يونيو"), clock times
("الساعة 3", "10 صباحا", "3:30"), match minutes ("الدقيقة 90") and bare
calendar years ("في 2013") are recognised and skipped: they are never returned.

Numbers
=======

Western and Eastern digits ("3.5", "٣٫٥", "1,000"), digits with a multiplier
("3 ملايين"), and number words in every gender and case, combined the Arabic
way: units before tens with و ("خمس وعشرون"), teens by juxtaposition ("ثلاث
عشرة"), hundreds ("ثلاثمئة", "ثلاث مئة", "مئة وخمسون"), multipliers ("ثلاثة
آلاف", "مليون ونصف"). Two parts joined by و combine only when the second is of
a smaller order than everything before it (or tens after a unit), so "بين 3 و4"
stays two numbers. A dual noun carries the number 2 ("ساعتين", "اجتماعين");
a bare singular is one only with "واحد" after it, "كاملة" after it, a fraction
after it ("ساعة ونصف"), or a verb/word of lasting or a bound word before it
("استمرت ساعة", "لمدة ساعة", "أكثر من ساعة"). Fractions combine with measure
units only ("نصف ساعة" 30, "3 ساعات ونصف" 210, "ثلاث ساعات إلا ربع" 165,
"ثلاث ساعات و21 دقيقة" 201).

Bounds
======

``value_min``/``value_max`` by ``bound``:

* ``exact`` (default; also "كاملة", "بالضبط", "تماما"): min = max = value.
* ``about`` ("حوالي", "نحو", "قرابة", "ما يقارب", "تقريبا"…): value ± tol, with
  ``tol = max(10 % of the value, one step)``; the step is one canonical unit
  (1 minute, 1 year, 1 item, 1 percentage point, 1 currency unit), or one
  second for a duration stated in seconds. "about 3.5 hours" = 189..231 min.
  The lower end is never below 0.
* ``more-than`` ("أكثر من", "ما يزيد عن", "فوق") and ``at-least`` ("لا يقل
  عن", "على الأقل", "أو أكثر"): min = value, max = None.
* ``less-than`` ("أقل من", "دون") and ``at-most`` ("لا يزيد عن", "حتى", "على
  الأكثر"): min = 0 (every quantity read here is non-negative), max = value.
* ``range`` ("بين 3 و4 ساعات", "من 3 إلى 4", "3-4", "أربع أو خمس ساعات"):
  min/max are the ends, value their midpoint; a unit named only after the
  second number applies to both.

Spans
=====

``text[q.start:q.end] == q.text``: the words that give the value, whole
words with their clitics ("لساعتين"), from a bound or range word ("قرابة الـ
3 ساعات ونصف", "ما بين أربع إلى خمس ساعات") to the noun and any bound word
after it ("ساعتين كاملتين"); verbs of lasting ("استمرت") are not part of it.
``noun`` is the folded noun without its proclitics.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Optional

from ...lexicon import load
from ...model import Quantity
from ...text.normalise import ARABIC_LETTERS, fold, fold_text

__all__ = ["find_quantities", "tokenize", "read_number", "apply_bound", "noun_forms", "unknown_unit"]

TOKEN = re.compile(r"(?P<n>\d+(?:[.,]\d+)*)|(?P<w>[^\W\d_]+)|(?P<s>[%\-–—/:()\[\]])|(?P<p>[^\s\w])")

# Proclitics: conjunction (و ف), preposition (ب ل ك), article (ال; ل + ال → لل).
_CONJ = ("", "و", "ف")
_ARABIC_WORD = re.compile(f"[{ARABIC_LETTERS}]+$")
_PREP = ("", "ب", "ل", "ك")
ABOUT_SHARE = 0.10

# Number classes (orders of magnitude) for combining parts joined by و.
_ROLE_CLASS = {"one": 1, "two": 1, "head": 1, "unit": 1, "teen": 1, "ten": 2, "hundred": 3}


def _prefixes() -> tuple[str, ...]:
    out = set()
    for c in _CONJ:
        for p in _PREP:
            out.add(c + p)
            out.add(c + ("لل" if p == "ل" else p + "ال"))
    return tuple(sorted(out, key=len))


PREFIXES = _prefixes()
_ART_PREFIXES = frozenset(p for p in PREFIXES if p.endswith("ال") or p.endswith("لل"))
# A token that is nothing but proclitics, standing before a number ("الـ 3", "بـ 3", "لـ3").
_CLITIC_TOKENS = frozenset(p for p in PREFIXES if p and p not in ("و", "ف"))


# ------------------------------------------------------------------ tables ----


@dataclass(frozen=True)
class Measure:
    name: str  # English singular ("hour")
    dimension: str  # "duration" | "period"
    factor: float  # canonical units (minutes / years) per one of it
    clock: bool = False


@dataclass(frozen=True)
class Currency:
    name: str
    code: str
    qualified: dict = field(default_factory=dict)


@dataclass(frozen=True)
class Tables:
    lex: dict  # folded stem → tuple of (category, data)
    measures: dict  # key → Measure
    currencies: dict  # key → Currency
    before: dict  # last word → [(phrase tuple, bound)]
    after: dict  # first word → [(phrase tuple, bound)]
    modifiers_after: dict
    openers: dict
    joiners: dict
    bein_joiners: dict
    governors: dict
    ordinal_units: frozenset
    age_death: frozenset
    age_before: frozenset
    age_after: dict
    age_reach: frozenset
    age_not_subjects: frozenset
    age_appositive_units: frozenset
    negations: frozenset
    percent_after: dict
    months: frozenset
    times_of_day: frozenset
    era_marks: frozenset
    idioms: dict
    not_nouns: frozenset


def _words(phrase: str) -> tuple[str, ...]:
    return tuple(m.group() for m in TOKEN.finditer(fold(str(phrase))))


def _phrase_index(phrases, label=None, by_last=False) -> dict:
    """Phrases (folded, tokenised) indexed by their first (or last) word, longest first."""
    index: dict[str, list] = {}
    items = phrases.items() if isinstance(phrases, dict) else [(label, phrases)]
    for lab, group in items:
        for p in group:
            words = _words(p)
            if words:
                index.setdefault(words[-1] if by_last else words[0], []).append((words, lab))
    for v in index.values():
        v.sort(key=lambda x: -len(x[0]))
    return index


def noun_forms(sg: list[str], pl: list[str] = (), du: list[str] = ()) -> dict[str, str]:
    """Folded form → grammatical number ("sg", "du", "pl") for a noun.

    Rules of Arabic morphology: the dual adds ان/ين (ة becomes ت: جلسة →
    جلستان, جلستين); the indefinite accusative singular adds ا (اجتماعًا),
    except after ة and ء (tanwin sits on the letter). Forms listed in the table
    win over derived ones ("مسؤولين" is the plural, not the dual).
    """
    forms: dict[str, str] = {}
    for s in map(fold, sg):
        base = s[:-1] + "ت" if s.endswith("ه") else s
        forms[base + "ان"] = "du"
        forms[base + "ين"] = "du"
        if not s.endswith(("ه", "ا")):
            forms[s + "ا"] = "sg"
    for d in map(fold, du):
        forms[d] = "du"
    for p in map(fold, pl):
        forms[p] = "pl"
    for s in map(fold, sg):
        forms[s] = "sg"
    return forms


@lru_cache(maxsize=1)
def tables() -> Tables:
    """Load ``lexicon/quantities.yaml`` once and index it for matching."""
    y = load("quantities")
    lex: dict[str, list] = {}

    def add(form, cat, data):
        f = fold(str(form))
        if f and (cat, data) not in lex.setdefault(f, []):
            lex[f].append((cat, data))

    for e in y["cardinals"]:
        for f in e["forms"]:
            add(f, "card", (float(e["value"]), e["role"]))
    for e in y["multipliers"]:
        for num in ("sg", "du", "pl"):
            for f in e.get(num, []):
                add(f, "mult", (float(e["value"]), num))
    for e in y["fractions"]:
        for f in e["forms"]:
            if len(_words(f)) == 1:
                add(f, "frac", float(e["value"]))
    for e in y["fraction_plurals"]:
        for f in e["forms"]:
            add(f, "fracpl", float(e["value"]))
    for e in y["ordinals"]:
        for f in e["forms"]:
            add(f, "ord", int(e["value"]))
    measures = {}
    for key, m in y["measures"].items():
        measures[key] = Measure(key, m["dimension"], float(m["factor"]), bool(m.get("clock", False)))
        for form, num in noun_forms(m["sg"], m.get("pl", []), m.get("du", [])).items():
            add(form, "meas", (key, num))
    for unit, m in y["counted"].items():
        for form, num in noun_forms(m["sg"], m.get("pl", []), m.get("du", [])).items():
            add(form, "noun", (unit, num))
    currencies = {}
    for key, c in y["currencies"].items():
        qual = {fold(k): v for k, v in (c.get("qualified") or {}).items()}
        currencies[key] = Currency(key, c["code"], qual)
        for form, num in noun_forms(c["sg"], c.get("pl", [])).items():
            if num != "du":
                add(form, "cur", key)
    after = _phrase_index(y["bounds_after"])
    return Tables(
        lex={k: tuple(v) for k, v in lex.items()},
        measures=measures,
        currencies=currencies,
        before=_phrase_index(y["bounds_before"], by_last=True),
        after=after,
        modifiers_after=_phrase_index(y["bound_modifiers_after"], "mod"),
        openers=_phrase_index(y["range_openers"], "open", by_last=True),
        joiners=_phrase_index(y["range_joiners"], "join"),
        bein_joiners=_phrase_index(y["range_joiners_after_opener"], "join"),
        governors=_phrase_index(
            list(y["duration_governors"])
            + [p for b, g in y["bounds_before"].items() if b != "at-most" for p in g],
            "gov",
            by_last=True,
        ),
        ordinal_units=frozenset(y["ordinal_units"]),
        age_death=frozenset(fold(w) for w in y["age_death_words"] if len(_words(w)) == 1),
        age_before=frozenset(fold(w) for w in y["age_cues_before"] if len(_words(w)) == 1),
        age_after=_phrase_index(y["age_cues_after"], "age"),
        age_reach=frozenset(fold(w) for w in y["age_reach_verbs"]),
        age_not_subjects=frozenset(fold(w) for w in y["age_not_subjects"]),
        age_appositive_units=frozenset(fold(w) for w in y["age_appositive_units"]),
        negations=frozenset(fold(w) for w in y["bound_negations"]),
        percent_after=_phrase_index(y["percent_after"], "pct"),
        months=frozenset(fold(w) for w in y["months"]),
        times_of_day=frozenset(_words(w)[0] for w in y["times_of_day"]),
        era_marks=frozenset(fold(w) for w in y["era_marks"]),
        idioms=_phrase_index(y["idioms"], "idiom"),
        not_nouns=frozenset(fold(w) for w in y["not_nouns"]),
    )


# ------------------------------------------------------------------ tokens ----


class Word:
    """What the lexicon knows about one folded token (cached per token string)."""

    __slots__ = ("pre", "stem", "art", "card", "mult", "frac", "fracpl", "ord", "meas", "noun", "cur", "anchor")

    def __init__(self, pre: str = "", stem: str = "", entries=()):
        self.pre, self.stem = pre, stem
        self.art = pre in _ART_PREFIXES
        self.mult = self.frac = self.fracpl = self.ord = self.meas = self.noun = self.cur = None
        cards = []
        for cat, data in entries:
            if cat == "card":
                cards.append(data)  # "اثنتا": "two" and the head of "اثنتا عشرة"
            elif getattr(self, cat) is None:
                setattr(self, cat, data)
        self.card = tuple(cards)
        self.anchor = bool(entries)


_NOWORD = Word()
_CACHE: dict[str, Word] = {}


def analyse(token: str) -> Word:
    """Strip proclitics (shortest first) until the rest is in the lexicon."""
    w = _CACHE.get(token)
    if w is not None:
        return w
    lex = tables().lex
    w = _NOWORD
    for p in PREFIXES:
        if token.startswith(p):
            stem = token[len(p):]
            if len(stem) >= 2 and stem in lex:
                w = Word(p, stem, lex[stem])
                break
    if len(_CACHE) > 200_000:
        _CACHE.clear()
    _CACHE[token] = w
    return w


class Tok:
    """A token of folded text: digits ("n"), a word ("w"), a symbol ("s") or punctuation ("p")."""

    __slots__ = ("s", "a", "b", "k", "w")

    def __init__(self, s: str, a: int, b: int, k: str, w: Word):
        self.s, self.a, self.b, self.k, self.w = s, a, b, k, w

    def __repr__(self) -> str:
        return f"Tok({self.s!r})"


def tokenize(folded: str) -> list[Tok]:
    """Tokens of folded text: digit runs, letter runs, symbols; words analysed."""
    return [
        Tok(m.group(), m.start(), m.end(), m.lastgroup, analyse(m.group()) if m.lastgroup == "w" else _NOWORD)
        for m in TOKEN.finditer(folded)
    ]


def parse_digits(s: str) -> float:
    """"3.5" → 3.5, "1,000" → 1000, "3,5" → 3.5 (a comma before exactly 3 digits groups thousands)."""
    if "," in s:
        parts = s.split(",")
        if all(len(p) == 3 for p in parts[1:]):
            s = "".join(parts)
        else:
            s = s.replace(",", ".")
    if s.count(".") > 1:
        s = s.replace(".", "")
    return float(s)


# ------------------------------------------------------------ small rules ----


def _is_teen(t: Optional[Tok]) -> bool:
    return t is not None and t.k == "w" and t.w.pre == "" and any(r == "teen" for _, r in t.w.card)


def _has_role(t: Optional[Tok], role: str, pre: str = "") -> bool:
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


def number_part(t: Tok, nxt: Optional[Tok], first: bool):
    """The number part a token stands for: (value, role, class, multiplier-number) or None."""
    if t.k == "n":
        v = parse_digits(t.s)
        return v, "digits", _digit_class(v), None
    if t.k != "w":
        return None
    w = t.w
    heads = [c for c in w.card if c[1] == "head"]
    if heads and _is_teen(nxt):
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


def read_number(toks: list[Tok], i: int, bein: bool = False) -> Optional[NumberRead]:
    """Read a number (digits, words or both) starting at token i.

    Parts are joined by juxtaposition (teens "ثلاثة عشر", "ثلاث مئة", a
    multiplier after a number "3 آلاف") or by و when the new part is of a
    smaller order than all before it, or tens after a unit ("خمس وعشرون").
    After "بين" (``bein``) و only joins tens to a unit: it is the range's "and".
    """
    n = len(toks)
    start = i
    t = toks[i]
    if t.k == "w" and t.s in _CLITIC_TOKENS:
        nt = toks[i + 1] if i + 1 < n else None
        if nt is not None and (nt.k == "n" or (nt.k == "w" and nt.w.pre == "" and (nt.w.card or nt.w.mult))):
            i += 1
        else:
            return None
    part = number_part(toks[i], toks[i + 1] if i + 1 < n else None, True)
    if part is None:
        return None
    total = cur = 0.0
    roles: list[str] = []
    min_class = 99
    last_mult = 0.0
    k = i
    while True:
        v, role, cls, num = part
        prev = roles[-1] if roles else None
        if role == "teen" and prev in ("unit", "head", "two"):
            cur += 10
        elif role == "hundred" and prev == "unit":
            cur += cur * 99  # "ثلاث مئة"
        elif role == "mult":
            base = v / 2 if num == "du" else v
            total += cur * base if cur else v
            cur, last_mult, min_class = 0.0, base, cls
        elif role == "frac":
            total += v * last_mult
            nt = toks[k + 1] if k + 1 < n else None
            if nt is not None and nt.w.mult and nt.w.pre == "ال" and nt.w.mult[0] == last_mult:
                k += 1  # "مليون ونصف المليون"
        else:
            cur += v
            min_class = min(min_class, cls)
        roles.append(role)
        k += 1
        if k >= n:
            break
        t = toks[k]
        if t.k == "w" and t.s == "و" and k + 1 < n and toks[k + 1].w.pre == "":
            nk, joined = k + 1, True
        elif t.k == "w" and t.w.pre == "و":
            nk, joined = k, True
        elif t.k == "w" and t.w.pre == "":
            nk, joined = k, False
        else:
            break
        part = number_part(toks[nk], toks[nk + 1] if nk + 1 < n else None, False)
        if part is None or not _joins(roles[-1], roles, part, joined, min_class, bein):
            break
        k = nk
    words = toks[i].k == "w"
    article = (words and toks[i].w.art) or (start < i and toks[start].s.endswith(("ال", "لل")))
    return NumberRead(total + cur, start, k, words, tuple(roles), article,
                      last_mult if roles[-1] == "mult" else 1.0)


def apply_bound(value: float, bound: str, step: float = 1.0) -> tuple[Optional[float], Optional[float]]:
    """(value_min, value_max) for a value read with `bound` (see the module docstring)."""
    if bound == "about":
        tol = max(ABOUT_SHARE * abs(value), step)
        return _r(max(0.0, value - tol)), _r(value + tol)
    if bound in ("more-than", "at-least"):
        return _r(value), None
    if bound in ("less-than", "at-most"):
        return 0.0, _r(value)
    return _r(value), _r(value)


def _r(x: float) -> float:
    return float(round(x, 6))


@lru_cache(maxsize=1)
def _translit():
    from camel_tools.utils.charmap import CharMapper

    return CharMapper.builtin_mapper("ar2safebw")


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
    ascii_ = re.sub(r"[^A-Za-z0-9_]", "", _translit()(s))
    return "x-" + (ascii_ or "noun")


# ----------------------------------------------------------------- phrases ----


def _first_ok(tok: Tok, word: str, prefixed: bool) -> bool:
    if tok.s == word:
        return True
    if not prefixed or not tok.s.endswith(word):
        return False
    p = tok.s[: len(tok.s) - len(word)]
    return p in ("و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل", "وك")


def match_before(toks: list[Tok], end: int, index: dict, floor: int = 0):
    """The longest phrase of `index` ending just before token `end`: (start, label) or None.
    Its first word may carry a conjunction/preposition ("بأكثر من", "لنحو")."""
    if end - 1 < floor:
        return None
    cands = index.get(toks[end - 1].s)
    last = toks[end - 1]
    if cands is None and last.k == "w":
        for p in ("و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل"):
            if last.s.startswith(p) and last.s[len(p):] in index:
                cands = [c for c in index[last.s[len(p):]] if len(c[0]) == 1]
                break
    if not cands:
        return None
    for words, label in cands:
        st = end - len(words)
        if st < floor:
            continue
        if all(toks[st + j].s == words[j] for j in range(1, len(words))) and _first_ok(toks[st], words[0], True):
            return st, label
    return None


def match_after(toks: list[Tok], k: int, index: dict):
    """The longest phrase of `index` starting at token k: (end, label) or None."""
    if k >= len(toks):
        return None
    for words, label in index.get(toks[k].s, ()):
        e = k + len(words)
        if e <= len(toks) and all(toks[k + j].s == words[j] for j in range(1, len(words))):
            return e, label
    return None


# ------------------------------------------------------------------- cores ----


@dataclass
class Core:
    """A number with its unit, before bounds and ranges are applied."""

    start: int  # token span
    end: int
    value: float  # canonical
    dimension: Optional[str] = None  # None: a bare number (no unit yet)
    unit: Optional[str] = None
    noun: Optional[str] = None
    number: float = 0.0  # the number as written, in the noun's own unit
    scale: float = 1.0  # canonical units per one written unit ("ساعات" → 60)
    step: float = 1.0  # the "about" floor (see apply_bound)
    measure: Optional[Measure] = None
    skip: bool = False  # a date/clock/label: consume it, return nothing
    roles: tuple = ()
    mult: float = 1.0  # the multiplier the number ended with
    lo: Optional[float] = None  # range ends
    hi: Optional[float] = None


def _measure_core(start: int, end: int, number: float, meas: Measure, noun: str) -> Core:
    canon = "minute" if meas.dimension == "duration" else "year"
    return Core(start, end, number * meas.factor, meas.dimension, canon, noun, number, meas.factor,
                min(1.0, meas.factor), meas)


def _is_date_context(toks: list[Tok], nr: NumberRead) -> bool:
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
    if _is_teen(toks[k]) and k >= 2 and toks[k - 1].w.ord is not None:
        k -= 1
    hour = toks[k]
    if not (hour.k == "n" or (hour.k == "w" and hour.w.ord is not None and hour.w.art)):
        return False
    clock = toks[k - 1]
    return clock.k == "w" and bool(clock.w.meas) and clock.w.meas[0] == "hour" and clock.w.meas[1] == "sg" and clock.w.art


def _unit_after(toks: list[Tok], k: int, nr: NumberRead) -> Optional[Core]:
    """The unit after a number at token k: percent, measure, currency, counted noun."""
    T = tables()
    n = len(toks)
    v = nr.value
    if k >= n:
        return None
    m = match_after(toks, k, T.percent_after)
    if m:
        return Core(nr.start, m[0], v, "percent", "percent", None, v)
    t = toks[k]
    if t.k != "w":
        return None
    w = t.w
    if w.fracpl is not None and w.pre == "" and k + 1 < n:  # "ثلاثة أرباع الساعة"
        nt = toks[k + 1]
        if nt.k == "w" and nt.w.meas and nt.w.meas[1] == "sg" and nt.w.pre in ("", "ال"):
            return _measure_core(nr.start, k + 2, v * w.fracpl, T.measures[nt.w.meas[0]], nt.w.stem)
    if w.pre == "":
        if w.meas and w.meas[1] != "du":
            return _measure_core(nr.start, k + 1, v, T.measures[w.meas[0]], w.stem)
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
        return None
    if nr.roles in (("one",), ("two",)) or nr.article:
        return None
    return _unknown_noun(toks, k, nr)


def _unknown_noun(toks: list[Tok], k: int, nr: NumberRead) -> Optional[Core]:
    """An unknown word after a number is its counted noun if it looks like one:
    Arabic, not a function word, not definite, not a verb-looking word, not
    after a year ("في 2013 قتل"); after 11–99, an accusative ("12 مدنيا")."""
    T = tables()
    t = toks[k]
    s = t.s
    if (
        not _ARABIC_WORD.match(s) or t.w.anchor or s in T.not_nouns or s in T.months or s in T.times_of_day or s in T.era_marks
        or s.startswith(("ال", "لل")) or len(s) < 3 or (s[0] == "ي" and len(s) >= 4) or s[:2] in ("سي", "ست")
        or (t.w.pre and t.w.pre != "")
    ):
        return None
    if not nr.words and 1000 <= nr.value <= 2200 and float(nr.value).is_integer():
        return None
    if 11 <= nr.value <= 99 and not s.endswith(("ا", "ه")):
        return None
    return Core(nr.start, k + 1, nr.value, "count", unknown_unit(s, nr.value), s, nr.value)


def _followed_by_one(toks: list[Tok], k: int) -> bool:
    return _has_role(toks[k + 1] if k + 1 < len(toks) else None, "one")


def _same_unit(toks: list[Tok], k: int, meas: Measure) -> int:
    """Skip the unit repeated after a fraction ("ونصف الساعة", "وربع ساعة")."""
    if k < len(toks) and toks[k].w.meas and toks[k].w.meas[0] == meas.name and toks[k].w.pre in ("", "ال"):
        return k + 1
    return k


def _add_units(core: Core, end: int, units: float) -> Core:
    core.end = end
    core.number += units
    core.value += units * core.measure.factor
    return core


def _add_core(core: Core, sub: Core, sign: int) -> Core:
    core.end = sub.end
    core.value += sign * sub.value
    core.number = core.value / core.measure.factor
    core.step = min(core.step, sub.step)
    return core


def _smaller(toks: list[Tok], k: int, meas: Measure) -> Optional[Core]:
    """A number of a smaller unit of the same dimension at k ("21 دقيقة", "ودقيقتين")."""
    t = toks[k]
    w = t.w
    if t.k == "w" and w.meas and w.meas[1] == "du" and w.pre in ("", "و"):
        sub = _measure_core(k, k + 1, 2.0, tables().measures[w.meas[0]], w.stem)
    elif t.k == "n" or w.card:
        nr = read_number(toks, k)
        sub = _unit_after(toks, nr.end, nr) if nr else None
    else:
        return None
    if sub and sub.measure and sub.measure.dimension == meas.dimension and sub.measure.factor < meas.factor:
        return sub
    return None


def measure_tail(toks: list[Tok], core: Core, bein: bool = False) -> Core:
    """Fractions and smaller units after a measure: "ونصف", "إلا ربعا", "و21 دقيقة"."""
    n = len(toks)
    k = core.end
    meas = core.measure
    if k >= n or meas is None:
        return core
    t = toks[k]
    nt = toks[k + 1] if k + 1 < n else None
    # و + fraction (+ the unit again): "ساعة ونصف", "3 ساعات ونصف الساعة", "والنصف"
    if t.s == "و" and nt is not None and nt.w.frac is not None and nt.w.pre in ("", "ال"):
        return _add_units(core, _same_unit(toks, k + 2, meas), nt.w.frac)
    if t.k == "w" and t.w.frac is not None and t.w.pre in ("و", "وال"):
        return _add_units(core, _same_unit(toks, k + 1, meas), t.w.frac)
    # إلا + fraction or a smaller unit: "ثلاث ساعات إلا ربعا", "ساعة إلا خمس دقائق"
    if t.s == "الا" and nt is not None:
        if nt.w.frac is not None and nt.w.pre == "":
            return _add_units(core, _same_unit(toks, k + 2, meas), -nt.w.frac)
        sub = _smaller(toks, k + 1, meas)
        if sub is not None:
            return _add_core(core, sub, -1)
        return core
    if bein:
        return core
    # و + a number of a smaller unit: "ثلاث ساعات و21 دقيقة", "ساعتين وعشر دقائق"
    if t.s == "و" and nt is not None and nt.w.pre == "":
        sub = _smaller(toks, k + 1, meas)
    elif t.k == "w" and t.w.pre == "و":
        sub = _smaller(toks, k, meas)
    else:
        sub = None
    return _add_core(core, sub, 1) if sub is not None else core


# --------------------------------------------------------- quantity starts ----


def number_core(toks: list[Tok], i: int, bein: bool = False) -> Optional[Core]:
    """A number (digits or words) at token i with the unit after it, or a bare number."""
    nr = read_number(toks, i, bein)
    if nr is None or nr.roles == ("head",):
        return None
    if _is_date_context(toks, nr):
        return Core(nr.start, nr.end, 0.0, skip=True)
    core = _unit_after(toks, nr.end, nr)
    if core is None:
        if nr.roles in (("one",), ("two",)):
            return None
        return Core(nr.start, nr.end, nr.value, None, number=nr.value, roles=nr.roles, mult=nr.mult)
    core.roles, core.mult = nr.roles, nr.mult
    return measure_tail(toks, core, bein)


def fraction_core(toks: list[Tok], i: int, bein: bool = False) -> Optional[Core]:
    """A fraction of a measure: "نصف ساعة", "ربع الساعة", "نصف قرن"."""
    t = toks[i]
    nt = toks[i + 1] if i + 1 < len(toks) else None
    if t.w.frac is None or nt is None or not (nt.k == "w" and nt.w.meas and nt.w.meas[1] == "sg"):
        return None
    if nt.w.pre not in ("", "ال"):
        return None
    core = _measure_core(i, i + 2, t.w.frac, tables().measures[nt.w.meas[0]], nt.w.stem)
    return measure_tail(toks, core, bein)


def dual_core(toks: list[Tok], i: int, bein: bool = False) -> Optional[Core]:
    """A dual noun carries the number 2: "ساعتين", "لساعتين", "بالساعتين", "اجتماعين".
    A definite dual of a counted noun names a pair ("البلدين", "الرئيسين"), not a count."""
    w = toks[i].w
    e = i + 1
    if e < len(toks) and _has_role(toks[e], "two"):  # "ساعتين اثنتين"
        e += 1
    if w.meas and w.meas[1] == "du":
        return measure_tail(toks, _measure_core(i, e, 2.0, tables().measures[w.meas[0]], w.stem), bein)
    if w.noun and w.noun[1] == "du" and not w.art:
        return Core(i, e, 2.0, "count", w.noun[0], w.stem, 2.0)
    if w.noun and w.noun[1] == "pl" and not w.art and w.stem.endswith("ين"):
        # Unvoweled, a sound plural in ين is also the dual (مواطنِين / مواطنَين); "اثنين"
        # after it, maybe past agreeing adjectives, says which: "مواطنين أمريكيين اثنين".
        k = i + 1
        while k < len(toks) and k <= i + 2 and toks[k].k == "w" and toks[k].s.endswith("ين") and not toks[k].w.card and not toks[k].w.art:
            k += 1
        if k < len(toks) and _has_role(toks[k], "two"):
            return Core(i, k + 1, 2.0, "count", w.noun[0], w.stem, 2.0)
    return None


def singular_core(toks: list[Tok], i: int, floor: int) -> Optional[Core]:
    """A singular noun that is one of its kind: followed by واحد ("اجتماعا واحدا"),
    by a fraction or smaller unit ("ساعة ونصف"), by كاملة ("يوما كاملا"), or a
    measure governed by a verb/word of lasting or a bound word ("استمرت ساعة",
    "لمدة ساعة", "أكثر من ساعة"). Not in a construct ("يوم الأربعاء")."""
    w = toks[i].w
    n = len(toks)
    T = tables()
    if w.art:  # only with a fraction after it: "نحو الساعة والنصف"
        nt = toks[i + 1] if i + 1 < n else None
        if w.meas and w.meas[1] == "sg" and nt is not None and (nt.w.frac is not None and nt.w.pre in ("و", "وال")):
            return measure_tail(toks, _measure_core(i, i + 1, 1.0, T.measures[w.meas[0]], w.stem))
        return None
    if w.noun and w.noun[1] == "sg" and _followed_by_one(toks, i):
        return Core(i, i + 2, 1.0, "count", w.noun[0], w.stem, 1.0)
    if not (w.meas and w.meas[1] == "sg"):
        return None
    meas = T.measures[w.meas[0]]
    if _followed_by_one(toks, i):
        return measure_tail(toks, _measure_core(i, i + 2, 1.0, meas, w.stem))
    core = measure_tail(toks, _measure_core(i, i + 1, 1.0, meas, w.stem))
    if core.end > i + 1:
        return core
    nt = toks[i + 1] if i + 1 < n else None
    if nt is not None:
        m = match_after(toks, i + 1, T.after)
        if m and m[1] == "exact":
            return core
        if nt.s.startswith(("ال", "لل")) or nt.s in T.months or nt.k == "n":
            return None
    return core if _governed(toks, i, floor) else None


def _governed(toks: list[Tok], i: int, floor: int) -> bool:
    """A verb or word of lasting (or a bound word) just before token i, possibly
    with one or two definite words (its subject) between: "استمرت المحادثات ساعة"."""
    T = tables()
    for gap in range(3):
        end = i - gap
        if end - 1 < floor:
            return False
        if gap and not (toks[end].k == "w" and toks[end].s.startswith(("ال", "وال"))):
            return False
        if match_before(toks, end, T.governors, floor):
            return True
    return False


def _ordinal_noun(w: Word) -> Optional[str]:
    """The unit of a noun that takes ordinals (events, spans of time; not clock units or titles)."""
    unit = w.noun[0] if w.noun else w.meas[0] if w.meas else None
    if unit is None or unit not in tables().ordinal_units:
        return None
    return unit


def _number_of(w: Word) -> Optional[str]:
    return (w.noun or w.meas or (None, None))[1]


def ordinal_value(toks: list[Tok], k: int, art: bool) -> tuple[int, int]:
    """An ordinal adjective at k agreeing in definiteness: (value, end), or (0, k).
    "الخامسة" 5, "الحادي عشر" 11, "الثالثة عشرة" 13, "العشرون" 20, "الحادي والعشرون" 21."""
    t = toks[k]
    w = t.w
    n = len(toks)
    if t.k != "w" or w.art != art or w.pre not in ("", "ال"):
        return 0, k
    if w.ord is not None:
        v, e = w.ord, k + 1
        if e < n and _is_teen(toks[e]):
            return v % 10 + 10, e + 1
        if e < n and toks[e].w.pre in ("و", "وال") and any(r == "ten" for _, r in toks[e].w.card):
            tens = next(x for x, r in toks[e].w.card if r == "ten")
            return v + int(tens), e + 1
        return v, e
    for v, role in w.card:
        if role == "ten" and art:
            return int(v), k + 1
    return 0, k


def ordinal_core(toks: list[Tok], i: int) -> Optional[Core]:
    """"المحادثة الخامسة", "جولة ثانية", "اجتماع القمة الأول", "أول اجتماع", "للمرة الثالثة"."""
    w = toks[i].w
    n = len(toks)
    if w.ord is not None and not w.art:  # construct: "أول اجتماع", "لأول مرة", "ثالث زيارة"
        nt = toks[i + 1] if i + 1 < n else None
        if nt is not None and w.pre in ("", "ل", "و", "ب", "ول", "وب"):
            unit = _ordinal_noun(nt.w)
            if unit and nt.w.pre == "" and _number_of(nt.w) == "sg":
                return Core(i, i + 2, float(w.ord), "ordinal", unit, nt.w.stem, float(w.ord))
        return None
    unit = _ordinal_noun(w)
    if not unit or _number_of(w) != "sg":
        return None
    for gap in (0, 1):
        k = i + 1 + gap
        if k >= n:
            return None
        if gap:  # one definite word between: a genitive or an adjective ("اجتماع القمة الأول")
            mid = toks[i + 1]
            if not (mid.k == "w" and mid.s.startswith("ال") and not (mid.w.ord or mid.w.card or mid.w.mult)):
                return None
        val, e = ordinal_value(toks, k, w.art or gap == 1)
        if val:
            return Core(i, e, float(val), "ordinal", unit, w.stem, float(val))
    return None


# ------------------------------------------------------------------ driver ----


def _core_at(toks: list[Tok], i: int, bein: bool) -> Optional[Core]:
    t = toks[i]
    if t.k == "n" or (t.k == "w" and (t.w.card or t.w.mult or t.s in _CLITIC_TOKENS)):
        core = number_core(toks, i, bein)
        if core is not None:
            return core
    if t.k != "w":
        return None
    return fraction_core(toks, i, bein) or dual_core(toks, i, bein)


def _range_second(toks: list[Tok], k: int, bein: bool) -> Optional[Core]:
    """The second end of a range, at token k (after a joiner), or None."""
    T = tables()
    m = match_after(toks, k, T.bein_joiners if bein else T.joiners)
    if m:
        j = m[0]
    elif bein and k < len(toks) and toks[k].k == "w" and toks[k].w.pre == "و" and toks[k].w.anchor:
        j = k  # "بين ساعتين وثلاث ساعات"
    else:
        return None
    if j >= len(toks):
        return None
    second = _core_at(toks, j, False)
    return None if second is None or second.skip else second


def _make_range(core: Core, second: Core) -> Optional[Core]:
    """Join two ends into a range; a unit named once applies to both."""
    if core.dimension is None and second.dimension is not None:
        lo = core.number * second.scale
        if second.mult != 1.0 and core.mult == 1.0 and "mult" not in core.roles:
            lo *= second.mult  # "بين 3 و4 ملايين"
        hi = second.value
        out = Core(core.start, second.end, 0.0, second.dimension, second.unit, second.noun, 0.0, second.scale,
                   second.step, second.measure)
    elif core.dimension is not None and second.dimension is None:
        lo, hi = core.value, second.number * core.scale * (core.mult if "mult" not in second.roles else 1.0)
        out = core
        out.end = second.end
    elif core.dimension is not None and core.dimension == second.dimension and core.unit == second.unit:
        lo, hi = core.value, second.value
        out = core
        out.end = second.end
        out.step = min(core.step, second.step)
    else:
        return None
    if not hi > lo:
        return None
    out.value = (lo + hi) / 2
    out.lo, out.hi = lo, hi
    return out


def _unconj(word: str) -> str:
    """A word without a leading conjunction و/ف."""
    return word[1:] if len(word) > 3 and word[0] in "وف" else word


def _age_context(toks: list[Tok], core: Core, floor: int) -> bool:
    """Years of a person's age: "يبلغ من العمر 45 عاما", "عمره 3 سنوات",
    "45 عاما من العمر", "شاب (23 عاما)"."""
    T = tables()
    s = core.start
    if match_after(toks, core.end, T.age_after):
        return True
    if s >= 1 and toks[s - 1].s == "(" and core.end < len(toks) and toks[core.end].s == ")":
        return core.measure.dimension == "period"
    if s >= 1 and toks[s - 1].s == "عن":  # "توفي أمس عن 73 عاما"
        if any(_unconj(toks[b].s) in T.age_death for b in range(max(floor, s - 5), s - 1)):
            return True
    if core.measure.dimension == "period":
        # an appositive between commas right after a name: "بوتين، 68 عاما، ..."
        if (
            s >= 2
            and toks[s - 1].s in ("،", ",")
            and toks[s - 2].k == "w"
            and core.end < len(toks)
            and toks[core.end].s in ("،", ",")
            and toks[core.end - 1].s in T.age_appositive_units
        ):
            return True
        # "الذي بلغ 79 عاما", "البالغ 68 عاما": a verb of reaching right before the years
        if s >= 1 and s - 1 >= floor and _unconj(toks[s - 1].s) in T.age_reach:
            return True
        # "يبلغ بايدن 78 عاما": a verb of reaching, one word that names someone, the years
        if s >= 2 and s - 2 >= floor and _unconj(toks[s - 2].s) in T.age_reach and toks[s - 1].k == "w":
            subject = toks[s - 1].s
            if not subject.startswith("ال") and not toks[s - 1].w.anchor and subject not in T.age_not_subjects:
                return True
    for b in range(s - 1, max(floor, s - 5) - 1, -1):
        t = toks[b]
        if t.k == "p":
            return False
        if t.s in T.age_before or (t.k == "w" and t.s[0] in "وب" and t.s[1:] in T.age_before):
            return True
    return False


NEGATION_REACH = 4  # a negation this many words before "أكثر من" turns it around


def _negated(toks: list[Tok], start: int, floor: int) -> bool:
    """Is the bound phrase starting at token `start` under a negation ("لم تستغرق القمة أكثر من")?

    The negation must stand within a few words before it, in the same clause
    (no punctuation, no complementiser "أن"/"إن" in between).
    """
    T = tables()
    for b in range(start - 1, max(floor, start - NEGATION_REACH - 1) - 1, -1):
        t = toks[b]
        if t.k == "p" or t.s in ("ان", "أن", "إن"):
            return False
        if _unconj(t.s) in T.negations or t.s in T.negations:
            return True
    return False


def _read_at(toks: list[Tok], i: int, floor: int):
    """Try the quantity rules at token i: None (nothing here), or (parts or None, next index)."""
    T = tables()
    op = match_before(toks, i, T.openers, floor)
    bein = op is not None and toks[i - 1].s.endswith("بين")
    core = _core_at(toks, i, bein)
    if core is not None and core.skip:
        return None, core.end
    if core is None:
        core = ordinal_core(toks, i)
        if core is not None:
            return _parts(toks, core, "exact"), core.end
        core = singular_core(toks, i, floor)
        if core is None:
            return None
    bound = "exact"
    second = _range_second(toks, core.end, bein)
    if second is not None:
        ranged = _make_range(core, second)
        if ranged is not None:
            core, bound = ranged, "range"
            if op is not None:
                core.start = op[0]
    if core.dimension is None:
        return None, core.end
    age = core.measure is not None and _age_context(toks, core, floor)
    if bound != "range":
        after = match_after(toks, core.end, T.after)
        before = match_before(toks, core.start, T.before, floor)
        if after:
            core.end = after[0]
        if before:
            core.start = before[0]
        bound = (after[1] if after else None) or (before[1] if before else None) or "exact"
        if bound == "exact" and before and before[1] != "exact":
            bound = before[1]  # "حوالي ساعتين كاملتين": the hedge wins
        if bound in ("more-than", "less-than") and before and _negated(toks, before[0], floor):
            # "لم تستغرق القمة أكثر من ثلاث ساعات": at most three hours
            bound = "at-most" if bound == "more-than" else "at-least"
        if bound in ("more-than", "less-than", "at-least", "at-most"):
            mod = match_after(toks, core.end, T.modifiers_after)
            if mod:
                core.end = mod[0]
    return _parts(toks, core, bound, age), core.end


def _parts(toks: list[Tok], core: Core, bound: str, age: bool = False):
    if bound == "range":
        vmin, vmax = _r(core.lo), _r(core.hi)
    else:
        vmin, vmax = apply_bound(core.value, bound, core.step)
    value, unit, dim = core.value, core.unit, core.dimension
    if age:
        scale = core.measure.factor
        value, dim, unit = value / scale, "age", core.measure.name
        vmin = None if vmin is None else _r(vmin / scale)
        vmax = None if vmax is None else _r(vmax / scale)
    return toks[core.start].a, toks[core.end - 1].b, _r(value), vmin, vmax, unit, dim, bound, core.noun


def _idiom_blocks(toks: list[Tok]) -> set[int]:
    """Token indexes inside a fixed phrase that is not a quantity ("في آن واحد")."""
    idx = tables().idioms
    blocked: set[int] = set()
    for i, t in enumerate(toks):
        if t.s in idx:
            m = match_after(toks, i, idx)
            if m:
                blocked.update(range(i, m[0]))
    # a clock time ("17:50", live blogs, datelines) is a point in time, never a count
    for i in range(len(toks) - 2):
        a, c, b = toks[i], toks[i + 1], toks[i + 2]
        if a.k == "n" and c.s == ":" and b.k == "n" and len(b.s) == 2 and len(a.s) <= 2 and c.a == a.b and b.a == c.b:
            blocked.update((i, i + 1, i + 2))
    return blocked


def find_quantities(text: str) -> list[Quantity]:
    """Every quantity in `text`, in order, with spans into `text` (see the module docstring)."""
    ft = fold_text(text)
    toks = tokenize(ft.text)
    blocked = _idiom_blocks(toks)
    out: list[Quantity] = []
    i, n, floor = 0, len(toks), 0
    while i < n:
        t = toks[i]
        if i in blocked or (t.k != "n" and not t.w.anchor and t.s not in _CLITIC_TOKENS):
            i += 1
            continue
        r = _read_at(toks, i, floor)
        if r is None:
            i += 1
            continue
        parts, nxt = r
        if parts is not None:
            a, b, value, vmin, vmax, unit, dim, bound, noun = parts
            s, e = ft.to_original(a, b)
            out.append(Quantity(value, vmin, vmax, unit, dim, s, e, text[s:e], bound, noun))
            floor = nxt
        i = max(nxt, i + 1)
    return out
