"""The quantity tables: ``lexicon/quantities.yaml`` loaded once and indexed for matching.

:func:`tables` folds every form of the lexicon and files it under its stem
(number words, multipliers, fractions, ordinals, measure units, counted nouns,
currencies, with the grammatical number of each form), indexes the phrases
(bound, range, context and idiom words) by their first or last word, and keeps
the single-word lists as sets. :func:`noun_forms` derives a noun's dual and
accusative forms from its singular.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from ...lexicon import load
from ...text.normalise import fold
from .words import TOKEN


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
    still_verbs: frozenset  # folded: after a negation they say "still" ("لا يزال")
    percent_after: dict
    unit_phrases: dict  # first word → [(phrase tuple, unit)]: units of several words or abbreviated
    conversions: dict  # unit → (unit it is given in, factor): "40 ميلا" is 64.4 kilometres
    people_predicates: dict  # first word → [(phrase tuple, "people")]: what befell the people a bare number counts
    injury_phrases: dict  # the same, said with a preposition ("بجروح"): read after the nouns before the number
    befell_before: dict  # what befell people, right before a bare number ("مصرع 10"، "وأصيب 260")
    people_predicate_reach: int
    vote_predicates: dict  # first word → [(phrase tuple, "vote")]: people counted who cast their votes
    voting_units: frozenset  # counted units of people who may cast votes ("شخص", "ناخب", "مواطن")
    tally_words: frozenset  # words a toll is told with ("عدد", "حصيلة"): a bare number a tally rises to counts their noun
    rising_verbs: frozenset  # verbs of rising or reaching that tie a tally to its bare number ("ارتفع", "بلغ")
    reached_verbs: frozenset  # "لتصل إلى 23": reached, no upper bound (mentions/quantities/bounds.py)
    change_verbs: frozenset  # verbs of change before "من A إلى B": a change to B, no range ("خفض الرسوم من 20% إلى 15%")
    tally_reach: int
    designation_words: frozenset  # words after which a number names a thing ("رقم 12", "طراز 737")
    months: frozenset
    day_names: frozenset  # folded: after a singular "يوم" they make it a date ("يوم الجمعة")
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
    _add_number_words(lex, y)
    measures = _add_measures(lex, y)
    _add_counted(lex, y)
    currencies = _add_currencies(lex, y)
    return Tables(
        lex={k: tuple(v) for k, v in lex.items()},
        measures=measures,
        currencies=currencies,
        **_phrase_tables(y),
        **_word_sets(y),
    )


def _add(lex: dict, form, cat: str, data) -> None:
    """File one form of the lexicon under its folded stem (once per category and data)."""
    f = fold(str(form))
    if f and (cat, data) not in lex.setdefault(f, []):
        lex[f].append((cat, data))


def _add_number_words(lex: dict, y: dict) -> None:
    """Cardinals, multipliers, one-word fractions, fraction plurals and ordinals."""
    for e in y["cardinals"]:
        for f in e["forms"]:
            _add(lex, f, "card", (float(e["value"]), e["role"]))
    for e in y["multipliers"]:
        for num in ("sg", "du", "pl"):
            for f in e.get(num, []):
                _add(lex, f, "mult", (float(e["value"]), num))
    for e in y["fractions"]:
        for f in e["forms"]:
            if len(_words(f)) == 1:
                _add(lex, f, "frac", float(e["value"]))
    for e in y["fraction_plurals"]:
        for f in e["forms"]:
            _add(lex, f, "fracpl", float(e["value"]))
    for e in y["ordinals"]:
        for f in e["forms"]:
            _add(lex, f, "ord", int(e["value"]))


def _add_measures(lex: dict, y: dict) -> dict:
    """The measure units (every form of their nouns filed): key → :class:`Measure`."""
    measures = {}
    for key, m in y["measures"].items():
        measures[key] = Measure(key, m["dimension"], float(m["factor"]), bool(m.get("clock", False)))
        for form, num in noun_forms(m["sg"], m.get("pl", []), m.get("du", [])).items():
            _add(lex, form, "meas", (key, num))
    return measures


def _add_counted(lex: dict, y: dict) -> None:
    """The counted nouns, every form filed under its English unit."""
    for unit, m in y["counted"].items():
        for form, num in noun_forms(m["sg"], m.get("pl", []), m.get("du", [])).items():
            _add(lex, form, "noun", (unit, num))


def _add_currencies(lex: dict, y: dict) -> dict:
    """The currencies (singular and plural forms filed): key → :class:`Currency`."""
    currencies = {}
    for key, c in y["currencies"].items():
        qual = {fold(k): v for k, v in (c.get("qualified") or {}).items()}
        currencies[key] = Currency(key, c["code"], qual)
        for form, num in noun_forms(c["sg"], c.get("pl", [])).items():
            if num != "du":
                _add(lex, form, "cur", key)
    return currencies


def _phrase_tables(y: dict) -> dict:
    """The phrase indexes of :class:`Tables`: bound, range, context and idiom words."""
    return dict(
        before=_phrase_index(y["bounds_before"], by_last=True),
        after=_phrase_index(y["bounds_after"]),
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
        age_after=_phrase_index(y["age_cues_after"], "age"),
        percent_after=_phrase_index(y["percent_after"], "pct"),
        unit_phrases=_phrase_index(y.get("unit_phrases") or {}),
        conversions={k: (v["unit"], float(v["factor"])) for k, v in (y.get("unit_conversions") or {}).items()},
        people_predicates=_phrase_index(y.get("people_predicates") or [], "people"),
        injury_phrases=_phrase_index(y.get("injury_phrases") or [], "people"),
        befell_before=_phrase_index(y.get("befell_before") or [], "people", by_last=True),
        people_predicate_reach=int(y.get("people_predicate_reach", 4)),
        vote_predicates=_phrase_index(y.get("vote_predicates") or [], "vote"),
        voting_units=frozenset(y.get("voting_units") or ()),
        tally_words=frozenset(fold(w) for w in y.get("tally_words") or ()),
        rising_verbs=frozenset(fold(w) for w in y.get("rising_verbs") or ()),
        reached_verbs=frozenset(fold(w) for w in y.get("reached_verbs") or ()),
        change_verbs=frozenset(fold(w) for w in (y.get("rising_verbs") or []) + (y.get("falling_verbs") or [])),
        tally_reach=int(y.get("tally_reach", 12)),
        designation_words=frozenset(fold(w) for w in y.get("designation_words") or ()),
        idioms=_phrase_index(y["idioms"], "idiom"),
    )


def _word_sets(y: dict) -> dict:
    """The single-word lists of :class:`Tables`, folded, as sets."""
    return dict(
        ordinal_units=frozenset(y["ordinal_units"]),
        age_death=frozenset(fold(w) for w in y["age_death_words"] if len(_words(w)) == 1),
        age_before=frozenset(fold(w) for w in y["age_cues_before"] if len(_words(w)) == 1),
        age_reach=frozenset(fold(w) for w in y["age_reach_verbs"]),
        age_not_subjects=frozenset(fold(w) for w in y["age_not_subjects"]),
        age_appositive_units=frozenset(fold(w) for w in y["age_appositive_units"]),
        negations=frozenset(fold(w) for w in y["bound_negations"]),
        still_verbs=frozenset(fold(w) for w in y["still_verbs"]),
        months=frozenset(fold(w) for w in y["months"]),
        day_names=frozenset(fold(w) for w in y["day_names"]),
        times_of_day=frozenset(_words(w)[0] for w in y["times_of_day"]),
        era_marks=frozenset(fold(w) for w in y["era_marks"]),
        not_nouns=frozenset(fold(w) for w in y["not_nouns"]),
    )
