"""Comparison keys of words (text/stemming.py): the ت patterns and proclitics before a masdar in ا."""
from __future__ import annotations

import pytest

from mkdocs_summit_plugin.text.normalise import fold
from mkdocs_summit_plugin.text.stemming import forget_vocabulary, read_vocabulary, stem, strip_article


def key(word: str) -> str:
    forget_vocabulary()
    return stem(strip_article(fold(word)))


@pytest.mark.parametrize("masdar, verb", [
    ("تقديم", "يقدم"), ("التحذيرات", "حذر"), ("تصريحاته", "صرح"), ("تنفيذ", "ينفذ"), ("توقيع", "وقع"),
])
def test_a_taf3il_masdar_meets_its_verb(masdar, verb):
    assert key(masdar) == key(verb), (key(masdar), key(verb))


def test_a_taf3il_masdar_no_longer_meets_an_adjective_of_its_letters():
    assert key("تقديم") != key("قديم")  # presenting is not old


@pytest.mark.parametrize("plural, singular", [("التقارير", "تقرير"), ("تفاصيل", "التفصيل"), ("التعازي", "تعزية")])
def test_a_broken_plural_in_t_meets_its_singular(plural, singular):
    assert key(plural) == key(singular), (key(plural), key(singular))


@pytest.mark.parametrize("word", ["تغيير", "تعبير", "تحويل"])
def test_no_taf3il_key_on_a_weak_middle_radical_or_a_stop_word(word):
    # "تغيير" is not "غير", "تعبير" not "عبر" (across): both are stop words
    assert key(word) not in ("غير", "عبر", "حول")


@pytest.mark.parametrize("word, bare", [("بانهيار", "انهيار"), ("لاستقبال", "استقبال"), ("واجتماع", "اجتماع"),
                                        ("لإطلاق", "اطلاق"), ("لاستقباله", "استقباله"), ("ولاستقبالها", "استقبالها")])
def test_a_proclitic_before_a_masdar_in_alef_comes_off_without_the_article(word, bare):
    forget_vocabulary()
    assert strip_article(fold(word)) == bare


@pytest.mark.parametrize("word", ["باريس", "لاعب", "بارز", "لاجئ", "بأسلحة"])
def test_words_in_ba_or_la_that_are_no_such_masdar_keep_their_letter(word):
    forget_vocabulary()
    assert strip_article(fold(word)) == fold(word)


@pytest.mark.parametrize("word", ["كامل", "بكامل", "كاملة"])
def test_a_first_kaf_before_three_letters_is_the_words_own(word):
    # "كامل" (whole) is no ك + "أمل" (hope), though "أمل" is a word of the lexicon
    assert key(word) != key("أمل")


def test_kaf_as_a_preposition_comes_off_a_longer_noun():
    assert key("كرئيس") == key("رئيس")


def test_lam_and_the_article_before_a_word_in_lam():
    # "للجنة" is ل + "اللجنة" (a committee), which the lexicon knows; "للحكومة" is ل + "الحكومة"
    assert key("للجنة") == key("لجنة") != key("الجنة")
    assert key("للحكومة") == key("حكومة")


@pytest.mark.parametrize("noun, other", [
    ("الناقلة", "أقل"), ("نداء", "داء"), ("النساء", "ساء"), ("الناطق", "أطق"), ("ناخبين", "أخب"),
])
def test_a_noun_whose_nun_is_a_radical_keeps_it(noun, other):
    # a participle in "نا" and a فِعال noun are no first-person imperfects: a tanker is not "less"
    assert key(noun) != key(other), key(noun)
    assert key(noun).startswith("ن"), key(noun)


@pytest.mark.parametrize("verb, bare", [("نعود", "يعود"), ("نطالب", "يطالب"), ("نواصل", "يواصل")])
def test_a_first_person_plural_imperfect_still_loses_its_nun(verb, bare):
    assert key(verb) == key(bare), (key(verb), key(bare))


def test_a_preposition_before_a_noun_and_its_pronoun_comes_off_when_the_article_writes_the_noun():
    read_vocabulary("وكانت الزيارة قد تأجلت مرتين قبل أن تتم.")
    try:
        assert strip_article(fold("لزيارته")) == fold("زيارته")
        assert stem(strip_article(fold("لزيارته"))) == stem(strip_article(fold("الزيارة")))
        assert strip_article(fold("لجنته")) == fold("لجنته")  # "جنة" is not in the article
    finally:
        forget_vocabulary()


@pytest.mark.parametrize("word, stripped", [("بالغة", "بالغه"), ("وبالغا", "وبالغا"), ("بالقمة", "قمه"), ("الدم", "دم")])
def test_a_proclitic_and_the_article_leave_three_letters_at_least(word, stripped):
    """"بعناية بالغة": an adjective, not ب + ال + "غة"; the article alone may leave two letters."""
    forget_vocabulary()
    assert strip_article(fold(word)) == stripped


@pytest.mark.parametrize("masdar, verbs", [
    ("ارتفاع", ["ارتفع", "يرتفع"]),  # form VIII
    ("انسحاب", ["انسحب", "ينسحب"]),  # form VII
    ("اختيار", ["اختار", "يختار"]),  # hollow
    ("احتلال", ["احتل"]),  # doubled
    ("استخدام", ["استخدم", "يستخدم"]),  # form X
    ("استقرار", ["استقر"]),  # form X, doubled
    ("اتصال", ["اتصل"]),  # an assimilated radical
])
def test_a_derived_masdar_meets_its_verb(masdar, verbs):
    """"انسحاب القوات" and "انسحبت القوات" tell one event: the masdar of forms VII, VIII and X
    and the verb's perfect and imperfect have one key."""
    assert {key(w) for w in [masdar, *verbs]} == {key(masdar)}


@pytest.mark.parametrize("written, usual", [("الطوارىء", "الطوارئ"), ("بطيء", "بطئ"), ("مباديء", "مبادئ")])
def test_a_final_hamza_written_after_yeh_is_the_hamza_on_its_seat(written, usual):
    assert key(written) == key(usual)


@pytest.mark.parametrize("word", ["فيروس", "فيلم", "فيتو"])
def test_a_loanword_is_kept_whole(word):
    """Snowball takes "في" for a conjunction and an imperfect prefix: "فيروس" would be keyed "روس",
    as Russia is (lexicon ``whole_words``)."""
    assert stem(fold(word)) == fold(word)
    assert stem(fold("فيروس")) != stem(fold("روسيا"))
