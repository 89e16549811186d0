"""Tests for the quantity grammar (mkdocs_summit_plugin/mentions/quantities/).

The bulk is table-driven: tests/data/quantity_phrases.yaml holds hundreds of
phrases in the styles of many Arabic outlets, each with the expected value,
bounds, unit, dimension and exact span. The rest are unit tests of the rule
functions, invariants (spans, order, determinism) checked with hypothesis, a
sanity pass over the sample articles and a throughput check.
"""
from __future__ import annotations

import glob
import math
import os

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from mkdocs_summit_plugin.lexicon import load
from mkdocs_summit_plugin.mentions.quantities.grammar import find_quantities
from mkdocs_summit_plugin.mentions.quantities.bounds import apply_bound
from mkdocs_summit_plugin.mentions.quantities.core import measure_core
from mkdocs_summit_plugin.mentions.quantities.dates import is_date_context
from mkdocs_summit_plugin.mentions.quantities.measure_tails import measure_tail
from mkdocs_summit_plugin.mentions.quantities.numbers import parse_digits, read_number
from mkdocs_summit_plugin.mentions.quantities.ordinals import ordinal_core, ordinal_value
from mkdocs_summit_plugin.mentions.quantities.phrases import match_after, match_before
from mkdocs_summit_plugin.mentions.quantities.starts import dual_core, singular_core
from mkdocs_summit_plugin.mentions.quantities.tables import noun_forms, tables
from mkdocs_summit_plugin.mentions.quantities.tokens import analyse, tokenize
from mkdocs_summit_plugin.mentions.quantities.units import unknown_unit
from mkdocs_summit_plugin.model import Quantity
from mkdocs_summit_plugin.text.normalise import fold

HERE = os.path.dirname(__file__)
ROOT = os.path.dirname(HERE)
PHRASES = yaml.safe_load(open(os.path.join(HERE, "data", "quantity_phrases.yaml"), encoding="utf-8"))["phrases"]
CHECKED = ("value", "value_min", "value_max", "unit", "dimension", "bound")


def _id(row) -> str:
    return (row.get("value_text") or row["text"])[:40]


def _close(a, b) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return math.isclose(a, b, rel_tol=1e-5, abs_tol=1e-4)


# ------------------------------------------------------------ the table ----


def test_table_is_big_and_well_formed():
    assert len(PHRASES) >= 250
    for row in PHRASES:
        assert "text" in row
        if "expect" in row:
            assert row["expect"] in ("nothing", "no-duration")
            continue
        for col in CHECKED + ("value_text",):
            assert col in row, (row["text"], col)
        assert row["value_text"] in row["text"], row
        assert row.get("modality") in (None, "reported", "planned", "denied")


@pytest.mark.parametrize("row", [r for r in PHRASES if "expect" not in r], ids=_id)
def test_phrase(row):
    found = find_quantities(row["text"])
    spans = [q.text for q in found]
    match = [q for q in found if q.text == row["value_text"]]
    assert match, f"no quantity with span {row['value_text']!r}; got {spans}"
    q = match[0]
    got = {c: getattr(q, c) for c in CHECKED}
    for col in ("value", "value_min", "value_max"):
        assert _close(got[col], row[col]), (col, got, row)
    for col in ("unit", "dimension", "bound"):
        assert got[col] == row[col], (col, got, row)


@pytest.mark.parametrize("row", [r for r in PHRASES if "expect" in r], ids=_id)
def test_negative_phrase(row):
    found = find_quantities(row["text"])
    if row["expect"] == "nothing":
        assert found == [], [(q.text, q.dimension, q.value) for q in found]
    else:
        bad = [q for q in found if q.dimension in ("duration", "period")]
        assert bad == [], [(q.text, q.dimension, q.value) for q in bad]


# ------------------------------------------------------------ invariants ----


def _check_invariants(text: str, found: list[Quantity]) -> None:
    last_end = -1
    for q in found:
        assert text[q.start:q.end] == q.text
        assert q.start >= last_end, "quantities overlap or are out of order"
        last_end = q.end
        if q.value_min is not None:
            assert q.value_min <= q.value + 1e-9
        if q.value_max is not None:
            assert q.value <= q.value_max + 1e-9
        assert q.unit and q.unit.isascii()


@pytest.mark.parametrize("row", PHRASES, ids=_id)
def test_spans_point_into_text(row):
    _check_invariants(row["text"], find_quantities(row["text"]))


_ALPHABET = list("ساعتين ثلاث أربع خمس دقيقة اجتماعا واحدا ونصف إلا ربع حوالي أكثر من بين و عام 2018 ً ٌ ـ . ٣٫٥ 16 %")
_WORDS = ["ساعتين", "ثلاث", "ساعات", "ونصف", "إلا", "ربع", "حوالي", "أكثر", "من", "بين", "و", "عام", "2018", "اجتماعا",
          "واحدا", "الـ", "3", "-", "4", "أو", "يونيو", "كاملتين", "نصف", "ساعة", "مليون", "دولار", "الجولة", "الخامسة",
          "عشر", "خمس", "وعشرون", "مئة", "ألف", "آلاف", "(", ")", "لمدة", "استمرت", "على", "الأقل", "٤", "ـ", "،"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=14), st.text(alphabet=_ALPHABET, max_size=30))
def test_never_crashes_and_spans_hold(words, noise):
    for text in (" ".join(words), noise, " ".join(words) + noise):
        found = find_quantities(text)
        _check_invariants(text, found)
        assert find_quantities(text) == found  # deterministic


def test_empty_and_plain_text():
    assert find_quantities("") == []
    assert find_quantities("لا أرقام هنا") == []
    assert find_quantities("The meeting lasted 3 hours") == []


# ------------------------------------------------------- sample articles ----


def _sample_quantities():
    out = {}
    for path in sorted(glob.glob(os.path.join(ROOT, "site", "articles", "*.txt"))):
        text = open(path, encoding="utf-8").read()
        for q in find_quantities(text):
            assert text[q.start:q.end] == q.text
            out.setdefault(fold(q.text), []).append(q)
    return out


@pytest.mark.skipif(not glob.glob(os.path.join(ROOT, "site", "articles", "*.txt")), reason="no sample articles")
def test_sample_articles():
    found = _sample_quantities()

    def one(span, value, unit, dimension, bound="exact"):
        qs = found.get(fold(span))
        assert qs, (span, sorted(found))
        assert any(q.value == value and q.unit == unit and q.dimension == dimension and q.bound == bound for q in qs), qs

    one("أربع ساعات", 240, "minute", "duration")
    one("4 ساعات", 240, "minute", "duration")
    one("قرابة الـ 3 ساعات ونصف", 210, "minute", "duration", "about")
    one("لساعتين", 120, "minute", "duration")
    one("93 دقيقة", 93, "minute", "duration")
    one("45 دقيقة", 45, "minute", "duration")
    one("65 دقيقة", 65, "minute", "duration")
    one("ساعتين كاملتين", 120, "minute", "duration")
    one("اجتماعا واحدا", 1, "meeting", "count")
    one("3 اجتماعات", 3, "meeting", "count")
    one("ثلاثة أعوام", 3, "year", "period")
    one("16 كيانًا", 16, "entity", "count")
    one("ثلاث مرات", 3, "time", "count")
    one("المحادثة الخامسة", 5, "conversation", "ordinal")
    texts = {fold(q.text) for qs in found.values() for q in qs}
    for absent in ("2013", "2018", "2015", "دقائق"):
        assert not any(absent in t for t in texts), absent


# ------------------------------------------------------ rule functions ----


def _toks(text: str):
    return tokenize(fold(text))


@pytest.mark.parametrize(
    "text,value,end",
    [
        ("3 ساعات", 3, 1),
        ("3.5 ساعات", 3.5, 1),
        ("1,000 جندي", 1000, 1),
        ("ثلاث ساعات", 3, 1),
        ("خمس وعشرون دقيقة", 25, 2),
        ("خمس و عشرون", 25, 3),
        ("ثلاثة عشر", 13, 2),
        ("اثنتا عشرة", 12, 2),
        ("إحدى عشرة ساعة", 11, 2),
        ("مئة وخمسون", 150, 2),
        ("ثلاث مئة", 300, 2),
        ("ثلاثمائة", 300, 1),
        ("ألف ومئتان وخمسون", 1250, 3),
        ("ثلاثة آلاف وخمسمئة", 3500, 3),
        ("خمسة وعشرون ألفا", 25000, 3),
        ("3 ملايين", 3e6, 2),
        ("1.5 مليار", 1.5e9, 2),
        ("مليون ونصف", 1.5e6, 2),
        ("مليون ونصف المليون", 1.5e6, 3),
        ("ألفين", 2000, 1),
        ("3 ملايين و200 ألف", 3.2e6, 5),
        ("عشرون", 20, 1),
        ("مئة وواحد", 101, 2),
        ("الـ 3", 3, 2),
    ],
)
def test_read_number(text, value, end):
    nr = read_number(_toks(text), 0)
    assert nr is not None
    assert nr.value == value
    assert nr.end == end


@pytest.mark.parametrize("text,value", [("3 و4", 3), ("30 و40", 30), ("ثلاث وأربع", 3), ("عشرون وثلاثون", 20)])
def test_read_number_does_not_join_same_order(text, value):
    assert read_number(_toks(text), 0).value == value


def test_read_number_after_bein_keeps_the_and():
    assert read_number(_toks("ألف و500"), 0).value == 1500
    assert read_number(_toks("ألف و500"), 0, bein=True).value == 1000
    assert read_number(_toks("خمس وعشرين"), 0, bein=True).value == 25


@pytest.mark.parametrize("text", ["أحد", "آلاف", "ساعة", "و", "من"])
def test_read_number_rejects(text):
    nr = read_number(_toks(text), 0)
    assert nr is None or nr.roles == ("head",)


def test_parse_digits():
    assert parse_digits("3.5") == 3.5
    assert parse_digits("1,000") == 1000
    assert parse_digits("1,000,000") == 1e6
    assert parse_digits("3,5") == 3.5


def test_noun_forms_derive_dual_and_accusative():
    forms = noun_forms(["جلسة"], ["جلسات"])
    assert forms[fold("جلستان")] == "du" and forms[fold("جلستين")] == "du"
    assert forms[fold("جلسات")] == "pl" and forms[fold("جلسة")] == "sg"
    forms = noun_forms(["اجتماع"], ["اجتماعات"])
    assert forms[fold("اجتماعًا")] == "sg" and forms[fold("اجتماعين")] == "du"
    # a listed plural wins over a derived dual
    assert noun_forms(["مسؤول"], ["مسؤولين"])[fold("مسؤولين")] == "pl"


def test_apply_bound():
    assert apply_bound(210, "about") == (189.0, 231.0)
    lo, hi = apply_bound(210, "about")
    assert lo <= 200 <= hi and not lo <= 240 <= hi
    assert apply_bound(3, "about") == (2.0, 4.0)  # at least one unit either side
    assert apply_bound(0.5, "about", 1 / 60) == (0.45, 0.55)
    assert apply_bound(120, "more-than") == (120.0, None)
    assert apply_bound(120, "at-least") == (120.0, None)
    assert apply_bound(60, "less-than") == (0.0, 60.0)
    assert apply_bound(60, "at-most") == (0.0, 60.0)
    assert apply_bound(60, "exact") == (60.0, 60.0)
    assert apply_bound(0.5, "about")[0] == 0.0  # never below zero


def test_unknown_unit_is_stable_ascii():
    assert unknown_unit("مدرعات") == unknown_unit("مدرعة")
    assert unknown_unit("مدنيا") == unknown_unit("مدني")
    u = unknown_unit("خبير")
    assert u.startswith("x-") and u.isascii() and u == unknown_unit("خبير")


def test_analyse_strips_proclitics():
    w = analyse(fold("بالساعتين"))
    assert w.pre == "بال" and w.art and w.meas == ("hour", "du")
    w = analyse(fold("لساعتين"))
    assert w.pre == "ل" and not w.art
    assert analyse(fold("واحد")).pre == ""  # a whole word before a clitic reading
    assert analyse(fold("الف")).mult == (1000.0, "sg")
    assert not analyse("كلمةغريبة").anchor


def test_match_before_and_after():
    toks = _toks("دام بما يزيد عن 3 ساعات على الأقل")
    T = tables()
    assert match_before(toks, 4, T.before) == (1, "more-than")  # "بما يزيد عن" with ب on its first word
    assert match_after(toks, 6, T.after) == (8, "at-least")
    assert match_before(toks, 4, T.before, floor=3) is None


def test_date_context():
    for text in ("عام 2018", "16 يونيو", "يونيو 2021", "الساعة 3", "10 صباحا", "16 من يونيو", "2021م", "3:30"):
        toks = _toks(text)
        i = next(k for k, t in enumerate(toks) if t.k == "n")
        nr = read_number(toks, i)
        assert is_date_context(toks, nr), text
    toks = _toks("اليوم 3 اجتماعات")
    assert not is_date_context(toks, read_number(toks, 1))


def test_ordinal_value():
    assert ordinal_value(_toks("الخامسة"), 0, True) == (5, 1)
    assert ordinal_value(_toks("الحادي عشر"), 0, True) == (11, 2)
    assert ordinal_value(_toks("الثالثة عشرة"), 0, True) == (13, 2)
    assert ordinal_value(_toks("الحادي والعشرون"), 0, True) == (21, 2)
    assert ordinal_value(_toks("العشرون"), 0, True) == (20, 1)
    assert ordinal_value(_toks("الخامسة"), 0, False) == (0, 0)  # definiteness must agree
    assert ordinal_value(_toks("ثانية"), 0, False) == (2, 1)


def test_measure_tail():
    toks = _toks("ساعات ونصف")
    core = measure_core(0, 1, 3.0, tables().measures["hour"], "ساعات")
    assert measure_tail(toks, core).value == 210
    toks = _toks("ساعات إلا ربعا")
    core = measure_core(0, 1, 3.0, tables().measures["hour"], "ساعات")
    assert measure_tail(toks, core).value == 165
    toks = _toks("ساعات و21 دقيقة")
    core = measure_core(0, 1, 3.0, tables().measures["hour"], "ساعات")
    assert measure_tail(toks, core).value == 201
    core = measure_core(0, 1, 3.0, tables().measures["hour"], "ساعات")
    assert measure_tail(toks, core, bein=True).value == 180  # after بين, و is the range's "and"
    toks = _toks("دقائق و3 ساعات")  # a larger unit does not add
    core = measure_core(0, 1, 5.0, tables().measures["minute"], "دقائق")
    assert measure_tail(toks, core).value == 5


def test_dual_core_definite_counted_noun_is_a_pair():
    assert dual_core(_toks("البلدين"), 0) is None
    assert dual_core(_toks("بلدين"), 0).value == 2
    assert dual_core(_toks("بالساعتين"), 0).value == 120


def test_singular_core_needs_context():
    assert singular_core(_toks("اجتماع"), 0, 0) is None
    assert singular_core(_toks("اجتماعا واحدا"), 0, 0).value == 1
    assert singular_core(_toks("استمرت ساعة"), 1, 0).value == 60
    assert singular_core(_toks("استمرت المحادثات ساعة"), 2, 0).value == 60
    assert singular_core(_toks("خلال يوم الأربعاء"), 1, 0) is None
    assert singular_core(_toks("ساعة ونصف"), 0, 0).value == 90


def test_ordinal_core():
    assert ordinal_core(_toks("أول اجتماع"), 0).value == 1
    assert ordinal_core(_toks("المحادثة الخامسة"), 0).value == 5
    assert ordinal_core(_toks("المحادثة خامسة"), 0) is None  # definiteness disagrees
    assert ordinal_core(_toks("الساعة الخامسة"), 0) is None  # a clock time
    assert ordinal_core(_toks("ثاني أكبر"), 0) is None


def test_every_lexicon_table_is_used():
    y = load("quantities")
    assert len(y["counted"]) >= 60
    for name, noun in y["counted"].items():
        assert name.isascii() and noun["sg"], name


def test_results_are_quantities_sorted_and_deterministic():
    text = "استمرت المحادثات أربع ساعات، وعقد الطرفان 3 اجتماعات ثم اجتماعا واحدا، بعد حوالي 16 كيانًا."
    a = find_quantities(text)
    assert [q.text for q in a] == ["أربع ساعات", "3 اجتماعات", "اجتماعا واحدا", "حوالي 16 كيانًا"]
    assert all(isinstance(q, Quantity) for q in a)
    assert a == find_quantities(text)
