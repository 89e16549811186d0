from mkdocs_summit_plugin.text.normalise import fold, fold_for_match, fold_text, word_pattern


def test_fold_removes_diacritics_tatweel_and_inword_dots():
    assert fold("اختُتمت") == "اختتمت"
    assert fold("القـ.ـضايا") == "القضايا"
    assert fold("مقد.متها") == "مقدمتها"
    assert fold("الأمـ.ـن") == "الامن"


def test_fold_unifies_letter_variants_and_digits():
    assert fold("أإآٱ") == "اااا"
    assert fold("على") == "علي"
    assert fold("القمة") == "القمه"
    assert fold("٣ ساعات و٤٥ دقيقة") == "3 ساعات و45 دقيقه"
    assert fold("۱۶") == "16"
    assert fold("ک") == "ك"


def test_fold_drops_invisible_and_bidi_controls():
    assert fold("جن\u200fيف\u202e") == "جنيف"


def test_dot_between_numbers_or_sentences_is_kept():
    assert fold("3.5 ساعات") == "3.5 ساعات"
    assert fold("انتهى. وقال") == "انتهي. وقال"


def test_offsets_map_back_to_the_written_word():
    text = "وبحث الجانبان عدد من القـ.ـضايا، وأعلنت روسيا عدواً لها"
    folded = fold_text(text)
    assert folded.text == fold(text)
    i = folded.text.index("القضايا")
    s, e = folded.to_original(i, i + len("القضايا"))
    assert text[s:e] == "القـ.ـضايا"
    i = folded.text.index("عدوا")
    s, e = folded.to_original(i, i + 4)
    assert text[s:e] == "عدواً"


def test_presentation_forms_expand_and_keep_offsets():
    text = "ﻻ بأس"
    folded = fold_text(text)
    assert folded.text == "لا باس"
    s, e = folded.to_original(0, 2)
    assert text[s:e] == "ﻻ"


def test_fold_for_match_collapses_punctuation():
    assert fold_for_match("«عودة   السفيرين»، الروسي") == "عوده السفيرين الروسي"


def test_word_pattern_accepts_clitics_and_prefers_longer_cues():
    pattern = word_pattern(["محادثات", "اتصال", "اتصال هاتفي", "قمة"])
    found = [m.group("word") for m in pattern.finditer(fold("وللمحادثات وبالقمة، اتصال هاتفي، قمتين"))]
    assert found == ["محادثات", "قمه", "اتصال هاتفي"]
