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
  its folded, roughly singular form (:mod:`.units`);
* **ordinals** ("المحادثة الخامسة", "أول اجتماع", "للمرة الثالثة"): dimension
  ``ordinal`` (:mod:`.ordinals`);
* **ages** ("يبلغ من العمر 45 عاما", "توفي عن 73 عاما", "(45 عاما)"): dimension
  ``age``, unit the measure's own name, value in that unit (:mod:`.ages`);
* **percentages** (``percent``) and **money** (``money``, unit an ISO 4217 code
  or ``x-…`` when the currency noun alone does not name a country).

Dates, clock times, match minutes and bare calendar years are recognised and
skipped (:mod:`.dates`): they are never returned.

How it is read
==============

At each token that may start one, the rules of :mod:`.starts` read a number
(:mod:`.numbers`) with the unit after it (:mod:`.units`) and any fraction or
smaller unit after a measure (:mod:`.measure_tails`), or a fraction of a
measure, a dual noun, a singular noun that is one of its kind; failing those,
an ordinal (:mod:`.ordinals`). A second number after a range word makes a
range (:mod:`.ranges`); otherwise the bound and hedge words around it set its
bounds (:mod:`.bounds`). The read resumes after the quantity; fixed phrases
that are no quantity ("في آن واحد") and clock times are passed over.

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
from dataclasses import replace
from typing import Optional

from ...model import Quantity
from ...text.normalise import fold_text
from .ages import age_context
from .bounds import apply_bound, read_bound, rounded
from .core import Core
from .dates import clock_time_tokens
from .ordinals import ordinal_core
from .phrases import match_after, match_before
from .ranges import with_range
from .starts import core_at, singular_core
from .tables import tables
from .tallies import counted_by_tally
from .tokens import Tok, analyse, tokenize
from .words import CLITIC_TOKENS

__all__ = ["find_quantities"]


def _read_at(toks: list[Tok], i: int, floor: int):
    """Try the quantity rules at token i: None (nothing here), or (parts or None, next index)."""
    T = tables()
    op = match_before(toks, i, T.openers, floor)
    bein = op is not None and toks[i - 1].s.endswith("بين")
    core = core_at(toks, i, bein)
    if core is not None and core.skip:
        return None, core.end
    if core is None:
        core = ordinal_core(toks, i)
        if core is not None:
            return _parts(toks, core, "exact"), core.end
        core = singular_core(toks, i, floor)
        if core is None:
            return None
    core, bound = with_range(toks, core, bein, op)
    if core.dimension is None and _befalls_people(toks, core.end):
        core = replace(core, dimension="count", unit="person")  # "11300 على الأقل لقوا حتفهم"
    if core.dimension is None:
        counted = (
            counted_before(toks, core.start, floor) or counted_before_words(toks, core, floor)
            or counted_by_tally(toks, core.start, floor)
        )
        if counted is not None:  # "الركاب الـ157", "البالغ عددهم 157", "عدد الحالات الحرجة 120", "ارتفع عدد القتلى إلى 12"
            core = replace(core, dimension="count", unit=counted[0], noun=counted[1])
        elif _predicate_follows(toks, core.end, tables().injury_phrases) or _befell_before(toks, core.start, floor):
            core = replace(core, dimension="count", unit="person")  # "وأصيب 240 بجروح"، "مصرع 10 وإصابة 251"
    if (core.dimension is None or core.dimension == "count" and core.unit in tables().voting_units) and _casts_votes(
        toks, core.end
    ):
        core = replace(core, dimension="count", unit="vote")  # "25 مليون شخص صوتوا له": his votes
    if core.dimension is None:
        return None, core.end
    if core.dimension == "count" and core.unit in tables().conversions:
        core = _converted(core)  # "2.5 متر": lengths are compared in kilometres
    age = core.measure is not None and age_context(toks, core, floor)
    if bound != "range":
        bound = read_bound(toks, core, floor)
    return _parts(toks, core, bound, age), core.end


def _converted(core: Core) -> Core:
    """A count of a noun given in another unit (``unit_conversions``: "2.5 متر" is 0.0025 kilometre),
    in that unit; the number as written stays."""
    unit, factor = tables().conversions[core.unit]
    scaled = lambda x: None if x is None else x * factor
    return replace(core, unit=unit, value=core.value * factor, scale=core.scale * factor, step=core.step * factor,
                   lo=scaled(core.lo), hi=scaled(core.hi), precision=scaled(core.precision))


def _befalls_people(toks: list[Tok], end: int) -> bool:
    """Does a predicate of what befell people follow a bare number, within a few words?

    "11300 على الأقل لقوا حتفهم", "ولقي 1014 مصرعهم", "لا يزال 10100 في عداد
    المفقودين": the number counts people (``people_predicates`` in the tables).
    """
    return _predicate_follows(toks, end, tables().people_predicates)


def _befell_before(toks: list[Tok], start: int, floor: int) -> bool:
    """Does what befell people stand right before a bare number, a bound between or not ("مصرع 10"،
    "وإصابة نحو 251"، "وأصيب 260 في الحادث")? The number is then the count of those it befell."""
    T = tables()
    bound = match_before(toks, start, T.before, floor)
    return match_before(toks, bound[0] if bound else start, T.befell_before, floor) is not None


def _casts_votes(toks: list[Tok], end: int) -> bool:
    """Do the people a number counts cast their votes, a predicate within a few words after it
    ("25 مليون شخص صوتوا له", "قدموا أصواتهم لي")? Then the count is of votes (``vote_predicates``)."""
    return _predicate_follows(toks, end, tables().vote_predicates)


def _predicate_follows(toks: list[Tok], end: int, predicates: dict) -> bool:
    """A phrase of `predicates` within ``people_predicate_reach`` words after a number that
    ends at token `end`, with no other number between."""
    for k in range(end, min(end + 1 + tables().people_predicate_reach, len(toks))):
        if toks[k].k == "n":
            return False  # another number first: this one is not the count
        if match_after(toks, k, predicates):
            return True
    return False


_NUMBER_OF = re.compile(r"^[وفبل]?(?:ال)?عدد(?P<pron>هم|هن|ها|كم|ه|هما)?$")
_PEOPLE_PRONOUNS = ("هم", "هن", "كم", "هما")
_COPULAS = frozenset(("قد", "بلغ", "يبلغ", "تبلغ", "بلغت", "وصل", "يصل", "هو", "هي", "نحو", "حوالي", "قرابه"))
_BEFORE_NUMBER_OF = frozenset(("البالغ", "والبالغ", "البالغه", "والبالغه", "الذين", "اللذين", "و", "من"))
BACK_REACH = 4  # tokens read back from a number for the noun it counts


def _plural_noun(toks: list[Tok], k: int, floor: int) -> Optional[tuple[str, str]]:
    """The nearest plural counted noun at or before token k (within BACK_REACH, no punctuation between)."""
    for j in range(k, max(floor, k - BACK_REACH) - 1, -1):
        t = toks[j]
        if t.k in ("n", "p"):
            return None
        if t.k == "w" and t.w.noun and t.w.noun[1] == "pl":
            return t.w.noun[0], t.w.stem
    return None


def counted_before(toks: list[Tok], start: int, floor: int = 0) -> Optional[tuple[str, str]]:
    """(unit, noun) of a bare number whose counted noun stands before it, or None.

    Arabic news often puts the number after what it counts: a definite noun
    and the number with the article right after it ("جميع الركاب الـ157",
    "الأعضاء الـ24"; not after a singular, "جلسته الـ15" is an ordinal), "عدد" with a pronoun ("والبالغ عددهم 157",
    "وعددهم 157": the plural noun before it, else people for هم/كم), or "عدد"
    and a definite plural noun ("عدد الحالات الحرجة 120").
    """
    k = start - 1
    if toks[start].s == "ال" or (k >= floor and toks[k].s == "ال"):
        # the number takes the article: the noun it counts is the plural before it
        j = start - 1 if toks[start].s == "ال" else k - 1
        if j >= floor and toks[j].k == "w" and toks[j].w.noun and toks[j].w.noun[1] == "pl" and toks[j].w.art:
            return toks[j].w.noun[0], toks[j].w.stem
        return None  # "جلسته الـ15": an ordinal
    bound = match_before(toks, start, tables().before, floor)
    if bound:  # "وعددكم بلغ أكثر من 320 ألفا": the bound words stand between
        k = bound[0] - 1
    while k >= floor and toks[k].k == "w" and toks[k].s in _COPULAS:
        k -= 1
    if k < floor or toks[k].k != "w":
        return None
    m = _NUMBER_OF.match(toks[k].s)
    if m and m.group("pron"):
        j = k - 1
        while j >= floor and toks[j].k == "w" and toks[j].s in _BEFORE_NUMBER_OF:
            j -= 1
        found = _plural_noun(toks, j, floor) if j >= floor else None
        if found:
            return found
        return ("person", toks[k].s) if m.group("pron") in _PEOPLE_PRONOUNS else None
    # "عدد الحالات الحرجة 120": عدد, a definite plural noun, at most one word after it
    for j in range(k, max(floor, k - 2) - 1, -1):
        t = toks[j]
        if t.k != "w":
            return None
        if t.w.noun and t.w.noun[1] == "pl" and t.w.art:
            if j - 1 >= floor and (m := _NUMBER_OF.match(toks[j - 1].s)) and not m.group("pron"):
                return t.w.noun[0], t.w.stem
            return None
    return None


POSSESSIVE_ENDINGS = ("هما", "هم", "هن", "ها", "كم", "ه")  # folded: "ركابها", "أعضائه"


def _possessed_plural(tok: Tok) -> Optional[tuple[str, str]]:
    """(unit, noun) of a plural counted noun with a possessive pronoun ("ركابها"), or None."""
    if tok.k != "w":
        return None
    word = tok.s[1:] if len(tok.s) > 4 and tok.s[0] in "وف" else tok.s
    for ending in POSSESSIVE_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            w = analyse(word[: -len(ending)])
            if w.noun and w.noun[1] == "pl" and not w.pre:
                return w.noun[0], w.stem
    return None


def counted_before_words(toks: list[Tok], core: Core, floor: int = 0) -> Optional[tuple[str, str]]:
    """(unit, noun) of a definite number in words of several parts after the plural it counts, or None.

    "ركابها المئة والتسعة والأربعين", "الضحايا الخمسة والعشرين": the number
    follows its noun as an adjective and takes the article; the noun is definite
    (by the article or a possessive pronoun). A number of one word after a noun
    ("الدول السبع", "القادة الثلاثة") names a known group more often than it
    states a count: it is not read.
    """
    first = toks[core.start]
    if first.k != "w" or not first.w.art or not first.w.card or len(core.roles) < 2:
        return None
    j = core.start - 1
    if j < floor or toks[j].k != "w":
        return None
    noun = toks[j].w
    if noun.noun and noun.noun[1] == "pl" and noun.art:
        return noun.noun[0], noun.stem
    return _possessed_plural(toks[j])


def _parts(toks: list[Tok], core: Core, bound: str, age: bool = False):
    """A quantity's fields from its core: (start, end) in the folded text, value, min, max, unit,
    dimension, bound and noun; an age is given in the measure's own unit."""
    if bound == "range":
        vmin, vmax = rounded(core.lo), rounded(core.hi)
    else:
        vmin, vmax = apply_bound(core.value, bound, core.step)
    value, unit, dim = core.value, core.unit, core.dimension
    if age:
        scale = core.measure.factor
        value, dim, unit = value / scale, "age", core.measure.name
        vmin = None if vmin is None else rounded(vmin / scale)
        vmax = None if vmax is None else rounded(vmax / scale)
    precision = core.precision if bound == "exact" and not age else None
    return toks[core.start].a, toks[core.end - 1].b, rounded(value), vmin, vmax, unit, dim, bound, core.noun, precision


def _idiom_blocks(toks: list[Tok]) -> set[int]:
    """Token indexes inside a fixed phrase that is not a quantity ("في آن واحد") or a clock time."""
    idx = tables().idioms
    blocked: set[int] = set()
    for i, t in enumerate(toks):
        if t.s in idx:
            m = match_after(toks, i, idx)
            if m:
                blocked.update(range(i, m[0]))
    blocked |= clock_time_tokens(toks)
    return blocked


DESIGNATION_REACH = 2  # words between a designation word and the number it introduces ("طراز بوينغ 737")
_LATIN = re.compile(r"[a-z]")


def _designation_blocks(toks: list[Tok]) -> set[int]:
    """Token indexes of numbers that name rather than count: after a designation word
    ("رقم 12"، "الرحلة رقم 302"، "من طراز بوينغ 737-800"; ``designation_words`` in the
    tables), with the number-like tokens glued to them, and digits glued to Latin letters
    ("Flightradar24"، "A320")."""
    words = tables().designation_words
    blocked: set[int] = set()
    for i, t in enumerate(toks):
        if t.k != "n":
            continue
        glued = any(
            0 <= j < len(toks) and toks[j].k == "w" and _LATIN.match(toks[j].s) and (toks[j].b == t.a or t.b == toks[j].a)
            for j in (i - 1, i + 1)
        )
        named = any(toks[j].s in words for j in range(max(0, i - 1 - DESIGNATION_REACH), i))
        if glued or named:
            j = i
            while j < len(toks) and (toks[j].k == "n" or toks[j].s in "-–/" and j + 1 < len(toks) and toks[j + 1].k == "n"):
                blocked.add(j)
                j += 1
    return blocked


def find_quantities(text: str) -> list[Quantity]:
    """Every quantity in `text`, in order, with spans into `text` (see the module docstring)."""
    ft = fold_text(text)
    toks = tokenize(ft.text)
    blocked = _idiom_blocks(toks) | _designation_blocks(toks)
    out: list[Quantity] = []
    i, n, floor = 0, len(toks), 0
    while i < n:
        t = toks[i]
        if i in blocked or (t.k != "n" and not t.w.anchor and t.s not in CLITIC_TOKENS):
            i += 1
            continue
        r = _read_at(toks, i, floor)
        if r is None:
            i += 1
            continue
        parts, nxt = r
        if parts is not None:
            a, b, value, vmin, vmax, unit, dim, bound, noun, precision = parts
            s, e = ft.to_original(a, b)
            out.append(Quantity(value, vmin, vmax, unit, dim, s, e, text[s:e], bound, noun, precision))
            floor = nxt
        i = max(nxt, i + 1)
    return out
