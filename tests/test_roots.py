"""Roots and synonym families of words (text/roots.py), as statement matching reads them."""
from __future__ import annotations

import pytest

from mkdocs_summit_plugin.lexicon import load
from mkdocs_summit_plugin.text.normalise import fold
from mkdocs_summit_plugin.text.roots import family, root
from mkdocs_summit_plugin.text.stemming import strip_article


def fam(word: str) -> frozenset:
    return family(strip_article(fold(word)))


@pytest.mark.parametrize("a, b", [
    ("سنوقف", "إيقاف"), ("الوطني", "وطنياً"), ("تعهد", "التزام"), ("المناورات", "التدريبات"),
    ("التعازي", "المواساة"), ("مفتوحة", "فتح"), ("الاتصال", "التواصل"),
])
def test_akin_words_share_a_family(a, b):
    assert fam(a) & fam(b), (fam(a), fam(b))


@pytest.mark.parametrize("a, b", [("الحرب", "السلام"), ("المطار", "الوزير"), ("قرار", "مستشفى")])
def test_unrelated_words_do_not(a, b):
    assert not fam(a) & fam(b)


@pytest.mark.parametrize("a, b", [("يؤكد", "تأكيد"), ("تؤيد", "أيد"), ("نؤدي", "أدى"), ("يؤثر", "تأثير")])
def test_an_imperfect_of_a_first_hamza_root_is_that_root(a, b):
    """"يؤكد" is أكد, not a root in ت/ي; folding writes the first hamza of "أكد" as alef, and the root
    of the imperfect is written the same way."""
    assert root(fold(a)) == root(fold(b)), (root(fold(a)), root(fold(b)))


@pytest.mark.parametrize("a, b", [("تحسين", "حسن"), ("تعيين", "عيّن"), ("تمكين", "مكّن"), ("تدشين", "دشن")])
def test_a_tafil_of_a_root_ending_in_nun_keeps_its_nun(a, b):
    """"تحسين" is the تفعيل of حسن: its final "ين" is no plural's or dual's ending."""
    assert root(fold(a)) == root(fold(b)), (root(fold(a)), root(fold(b)))


def test_a_middle_hamza_keeps_its_root():
    assert root(fold("مسؤول")) == root(fold("سؤال")) != root(fold("سيول"))


@pytest.mark.parametrize("a, b", [("تدعم", "تؤيد"), ("دعم", "مساندة")])
def test_backing_in_other_words(a, b):
    assert fam(a) & fam(b), (fam(a), fam(b))


def test_root_needs_three_letters_and_arabic_letters():
    assert root("في") is None and root("2023") is None and root("abc") is None
    assert root("اجتماعات") == "جمع"


def test_every_synonym_group_is_well_formed():
    groups = load("synonyms")["groups"]
    for name, words in groups.items():
        assert isinstance(words, list) and len(words) >= 1, name
        assert all(isinstance(w, str) and w.strip() for w in words), name


@pytest.mark.parametrize("a, b", [("سد", "السدود"), ("سدين", "سد"), ("خطين", "خطوط")])
def test_a_two_letter_noun_its_dual_and_its_plural_share_a_doubled_root(a, b):
    assert root(strip_article(fold(a))) == root(strip_article(fold(b))) == fold(a)[:2] + fold(a)[1]


def test_no_doubled_root_for_weak_letters():
    assert root("ام") is None and root("في") is None


@pytest.mark.parametrize("imperfect, noun", [("تقف", "الوقوف"), ("تصل", "وصول"), ("نضع", "الوضع")])
def test_an_imperfect_that_dropped_its_waw_is_akin_to_its_masdar(imperfect, noun):
    assert fam(imperfect) & fam(noun), (fam(imperfect), fam(noun))


def test_the_waw_reading_is_a_family_member_not_the_root():
    assert root("تبع") == "تبع" and "تبع" in fam("تبع")


@pytest.mark.parametrize("a, b", [("تقديم", "يقدم"), ("التقارير", "قرر"), ("التعازي", "تعزية")])
def test_masdar_plural_and_verb_of_the_t_patterns_share_a_root(a, b):
    assert root(strip_article(fold(a))) == root(strip_article(fold(b))), (a, b)


@pytest.mark.parametrize("plural, singular", [("النتائج", "نتيجة"), ("رسائل", "الرسالة"), ("الحقائق", "حقيقة")])
def test_a_faaail_plural_shares_the_root_of_its_singular(plural, singular):
    # the ن of "نتائج" is its first radical, not an imperfect's prefix
    assert root(strip_article(fold(plural))) == root(strip_article(fold(singular))), plural


@pytest.mark.parametrize("plural, singular", [("الصواريخ", "صاروخ"), ("قواعد", "القاعدة"), ("الشوارع", "شارع"),
                                              ("جوانب", "جانب"), ("التواصل", "الوصول")])
def test_a_fawaail_plural_shares_the_root_of_its_singular(plural, singular):
    # "تواصل" keeps its added ت first (form VI of وصل), no plural of ت-ص-ل
    assert root(strip_article(fold(plural))) == root(strip_article(fold(singular))), plural


@pytest.mark.parametrize("a, b", [("يجتمع", "الاجتماع"), ("ستجتمع", "اجتماعات"), ("مشتركة", "الاشتراك"),
                                  ("ينتخب", "الانتخابات"), ("يرتفع", "ارتفاع"), ("مرتفعة", "الارتفاع"),
                                  ("تعتبر", "اعتبر"), ("يختلف", "الاختلاف")])
def test_the_eighth_form_after_a_prefix_shares_the_root_of_its_masdar(a, b):
    # the ا of افتعل gives way to the imperfect's prefix or the participle's م: "يجتمع" is ي + جتمع
    assert root(strip_article(fold(a))) == root(strip_article(fold(b))), (a, b)


@pytest.mark.parametrize("word, expected", [("متصل", "تصل"), ("فتحت", "فتحت")])
def test_the_eighth_form_rule_leaves_other_words_with_t_second(word, expected):
    # a participle of a first radical و keeps its ت; a past verb's ت is no infix
    assert root(word) == expected


@pytest.mark.parametrize("a, b", [("يستمر", "الاستمرار"), ("مستمرة", "استمرار"), ("مستعد", "الاستعداد")])
def test_the_tenth_form_of_a_doubled_root_meets_its_masdar(a, b):
    # "يستمر" is يست + مر: the doubled root مرر, as "استمرار" (است + مرار)
    assert root(strip_article(fold(a))) == root(strip_article(fold(b))) == root(strip_article(fold(b)))
    assert len(root(strip_article(fold(a)))) == 3
