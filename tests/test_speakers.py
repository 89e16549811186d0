"""Tests of speakers: names from the text after a title, bodies, sources, and titles resolved
in an article and across the articles of one event (sentences written for these tests)."""
from __future__ import annotations

import pytest

from mkdocs_summit_plugin.claims.statement_groups import group_statements
from mkdocs_summit_plugin.claims.statement_similarity import statement_item
from mkdocs_summit_plugin.claims.statement_speakers import resolve_event_speakers
from mkdocs_summit_plugin.mentions.statements.analysis import analyse_mention, find_statements
from mkdocs_summit_plugin.mentions.statements.names import article_speakers, title_key, title_resolves
from mkdocs_summit_plugin.mentions.statements.speakers import article_titles, same_speaker
from mkdocs_summit_plugin.model import Article, Mention
from mkdocs_summit_plugin.text.sentences import split_sentences
from mkdocs_summit_plugin.text.tokens import tokens, words


def article(text: str, id: str = "a") -> Article:
    return Article(id=id, path=f"articles/{id}.txt", text=text, title="")


def mentions(text: str, id: str = "a", event: str = "e") -> list[Mention]:
    a = article(text, id)
    found = find_statements(a, split_sentences(a))
    for m in found:
        m.event = event
    return found


def speakers_of(text: str) -> list:
    return [m.speaker for m in mentions(text)]


def people(text: str):
    return article_speakers(text, tokens(text, 0), article_titles(article(text)))


# --- names after a title ------------------------------------------------------


@pytest.mark.parametrize(
    "text, name",
    [
        ("قال رئيس الوزراء الماليزي داتو سري أنور إن الحكومة ستخفض الضرائب على الوقود.", "داتو سري أنور"),
        ("أعلن وزير المالية الكويتي الشيخ فهد السالمي أن الميزانية ستسجل فائضا هذا العام.", "فهد السالمي"),
        ("قالت المتحدثة باسم وزارة الخارجية النرويجية ليلى هانسن إن السفارة ستغلق أبوابها.", "ليلى هانسن"),
        ("أكد وزير الصحة في حكومة الإقليم الدكتور سامر نعيم أن المستشفيات تعمل بكامل طاقتها.", "سامر نعيم"),
        ("قال محافظ طرابلس القاضي رامي زيدان إن المياه غمرت الأحياء الشرقية بالكامل.", "رامي زيدان"),
        ("وقال وزير النقل الكيني «جيمس موانغي» إن الطائرة فقدت الاتصال بعد الإقلاع.", "جيمس موانغي"),
    ],
)
def test_a_title_followed_by_a_name_makes_a_named_speaker(text, name):
    assert speakers_of(text)[0] == name


@pytest.mark.parametrize(
    "text",
    [
        "قال وزير الخارجية يزور القاهرة غدا لبحث الأزمة مع نظرائه العرب.",
        "قال الرئيس غاضب من نتائج التحقيق في الحادث الأخير.",
        "قال الرئيس الصيني، قبل بدء الاجتماع.. بايدن سيزور بكين في الربيع المقبل.",
    ],
)
def test_no_name_is_read_from_a_verb_an_adjective_or_across_punctuation(text):
    sp = people(text)
    assert not sp.people and "الرئيس الصيني" not in sp.titles


def test_family_name_and_bare_title_resolve_to_the_named_person():
    text = (
        "قال وزير الداخلية البلجيكي مارك فيرهوفن إن الشرطة اعتقلت خمسة مشتبه بهم في العاصمة. "
        "وأضاف فيرهوفن أن التحقيقات ستتواصل طوال الأسبوع المقبل مع الأجهزة الأوروبية. "
        "وأكد الوزير البلجيكي أن الحدود ستبقى مفتوحة أمام المسافرين دون قيود جديدة."
    )
    assert set(speakers_of(text)) == {"مارك فيرهوفن"}


def test_first_word_of_a_name_resolves_when_no_other_name_shares_it():
    text = (
        "التقى الرئيس الكوري الجنوبي يون سوك يول رئيس الوزراء الياباني في طوكيو. "
        "وقال يون إن البلدين سيتعاونان في ملف الطاقة النووية المدنية خلال الأعوام المقبلة."
    )
    assert speakers_of(text)[-1] == "يون سوك يول"


def test_a_role_resolves_only_to_the_title_that_keeps_its_role_changing_word():
    pm = title_key(words("رئيس الوزراء الإثيوبي"))
    assert title_resolves(title_key(words("رئيس الوزراء")), pm)
    assert title_resolves(title_key(words("رئيس الحكومة")), pm)  # a synonym of the title
    assert not title_resolves(title_key(words("الرئيس الإثيوبي")), pm)
    assert title_resolves(title_key(words("الوزير الروسي")), title_key(words("وزير الخارجية الروسي")))
    assert title_resolves(title_key(words("وزير الصحة")), title_key(words("وزير الصحة في الحكومة اللبنانية")))


def test_an_addressee_after_lam_is_not_the_speaker():
    text = (
        "قال الرئيس الفرنسي إيمانويل ماكرون إن أوروبا تحتاج إلى جيش مشترك. "
        "وأكد الرئيس البرازيلي لماكرون أن بلاده ستشارك في قمة المناخ المقبلة بوفد كبير."
    )
    assert speakers_of(text)[-1] != "ماكرون"


@pytest.mark.parametrize("text", [
    "وقال رئيس البرلمان إن الجلسة ستعقد غدا. ورد على الوزير بقوله إن الحكومة لم تف بوعودها السابقة أبدا.",
    "وقال رئيس البرلمان إن الجلسة ستعقد غدا. وتحدث إلى الوزير قائلا إن الحكومة لم تف بوعودها السابقة أبدا.",
])
def test_a_name_answered_or_addressed_after_a_preposition_is_not_the_speaker(text):
    assert speakers_of(text)[-1] == "رئيس البرلمان"


@pytest.mark.parametrize("text, speaker", [
    ("وأضاف الزعيم الكوبي لقد تجاوزنا سنوات الحصار الصعبة على الاقتصاد.", "الزعيم الكوبي"),
    ("وقال مدير المصنع نحن واثقون من عودة الإنتاج قبل نهاية الشهر.", "مدير المصنع"),
])
def test_a_speakers_own_words_without_marks_open_after_their_role(text, speaker):
    (m,) = mentions(text)
    a = analyse_mention(m)
    assert a.speaker == speaker and not {"زعيم", "كوب", "مدير", "مصنع"} & set(a.terms), (a.speaker, a.terms)


def test_a_later_clause_with_its_own_named_subject_does_not_go_on_reporting():
    text = ("وصل رئيس الوزراء الياباني كينجي تاناكا إلى العاصمة. "
            "وقال الرئيس المصري خالد سليم وهو يصافحه: \"أهلا بك في بلدك الثاني\"، وشكر تاناكا سليم على حفاوة الاستقبال.")
    # the thanks are the guest's own speech act: its doer speaks, not the host who spoke before
    assert speakers_of(text)[-2:] == ["خالد سليم", "كينجي تاناكا"]


def test_a_name_set_off_by_commas_after_a_title_is_introduced():
    text = ("وصل رئيس وزراء اليابان، كينجي تاناكا، إلى العاصمة في زيارة رسمية. "
            "وقال الرئيس: \"نرحب بضيفنا\"، وشكر تاناكا الرئيس على حفاوة الاستقبال.")
    assert speakers_of(text)[-1] == "كينجي تاناكا"  # the doer of the thanks, not the president


@pytest.mark.parametrize("text, speaker", [
    ("وقال بيان لوزارة الزراعة إن محصول القمح تراجع بشدة هذا الموسم.", "وزارة الزراعة"),
    ("وأضاف بيان صادر عن الرئاسة أن الزيارة الرسمية ستتم في الشهر المقبل.", "الرئاسة"),
])
def test_a_document_speaks_for_whoever_it_is_said_to_come_from(text, speaker):
    assert speakers_of(text) == [speaker]


def test_a_quoted_name_before_the_verb_is_its_subject_not_the_reported_words():
    (m,) = mentions("وكالة الأنباء الرسمية “سانا” أفادت أن الوفدين اتفقا على استئناف المحادثات التجارية.")
    a = analyse_mention(m)
    assert {"@agree", "@return"} <= set(a.terms) and "انباء" not in a.terms, a.terms


def test_an_unknown_name_right_after_the_verb_is_the_speaker_not_the_last_one():
    text = (
        "قال ترامب إن المحادثات كانت مثمرة للغاية مع الجانب الآخر. "
        "وأكد مادورو أن بلاده لن تتخلى عن حقوقها النفطية تحت أي ضغط."
    )
    assert speakers_of(text) == ["ترامب", "مادورو"]


def test_a_document_subject_does_not_inherit_the_last_speaker():
    text = (
        "قال بوتين إن روسيا مستعدة للحوار مع الغرب دون شروط مسبقة. "
        "وأفاد البيان الختامي بأن المشاركين اتفقوا على تمديد الاتفاق عاما إضافيا."
    )
    assert speakers_of(text)[-1] is None


@pytest.mark.parametrize("text, speaker", [
    ("وانتقد الوزير البرازيلي القرار بشدة.", "الوزير البرازيلي"),  # any country's adjective ends the title
    ("وقال السفير الكوري الجنوبي إن الاتفاق متوازن.", "السفير الكوري الجنوبي"),  # another adjective goes on
    ("وقال الرئيس الإيراني السابق إن الاتفاق متوازن.", "الرئيس الإيراني السابق"),  # a former president is another person
])
def test_a_title_ends_after_its_country_unless_an_adjective_or_the_term_follows(text, speaker):
    assert speakers_of(text) == [speaker]


def test_countries_of_several_words_speak_for_their_governments():
    text = ("وأكدت الإمارات أن المعابر ستفتح الأسبوع المقبل. "
            "وأعلنت الولايات المتحدة أنها سترسل فريقا للمساعدة في إعادة الإعمار.")
    assert speakers_of(text) == ["الإمارات", "الولايات المتحدة"]


# --- bodies and sources ---------------------------------------------------------


def test_bodies_and_sources_are_speakers_with_their_written_name():
    text = (
        "أعلنت هيئة الطيران المدني الأردنية أن الرحلات ستستأنف صباح الغد بعد توقف دام يومين. "
        "وقالت وسائل إعلام محلية إن مئات المسافرين علقوا في المطار طوال الليل."
    )
    ms = mentions(text)
    assert [m.speaker for m in ms] == ["هيئة الطيران المدني الأردنية", "وسائل إعلام محلية"]
    assert [analyse_mention(m).speaker_kind for m in ms] == ["body", "source"]


def test_bodies_never_keep_two_statements_apart_but_two_people_do():
    assert same_speaker(frozenset({"آبي أحمد"}), frozenset({"آبي أحمد علي"}))
    assert not same_speaker(frozenset({"آبي أحمد"}), frozenset({"سامح شكري"}))
    ms = mentions("أعلنت شركة الطيران الوطنية أن جميع الرحلات إلى العاصمة ألغيت حتى إشعار آخر.")
    assert statement_item(ms, 0).speaker == frozenset() and statement_item(ms, 0).role == frozenset()


# --- across the articles of one event -------------------------------------------


def test_a_bare_title_takes_the_name_other_articles_of_the_event_give_it():
    a = mentions(
        "قالت وزيرة الخارجية الأسترالية بيني وونغ إن بلادها ستفتح سفارتها في الجزيرة مجددا خلال الشهر المقبل.",
        "a",
    )
    b = mentions("وأكدت وزيرة الخارجية الأسترالية أن بلادها ستفتح سفارتها في الجزيرة خلال الشهر المقبل.", "b")
    ms = a + b
    assert analyse_mention(b[0]).speaker == "وزيرة الخارجية الأسترالية"
    resolve_event_speakers(ms)
    assert b[0].speaker == "بيني وونغ"
    assert any(len(g) == 2 for g in group_statements(ms))


def test_a_title_two_names_answer_to_stays_as_written():
    a = mentions("قال وزير الدفاع التشيلي خوان بيريز إن الجيش سيساعد في إطفاء الحرائق في الجنوب.", "a")
    b = mentions("قال وزير الدفاع التشيلي كارلوس مندوزا إن الجيش انسحب من المناطق الشمالية بالكامل.", "b")
    c = mentions("وأكد وزير الدفاع التشيلي أن الجيش سيساعد في إطفاء الحرائق في الجنوب.", "c")
    ms = a + b + c
    resolve_event_speakers(ms)
    assert c[0].speaker == "وزير الدفاع"  # the lexicon's title, as shown before


def test_resolution_is_recomputed_from_the_analyses_each_run():
    a = mentions("قال رئيس الوزراء الهولندي يان دي فريس إن الحكومة ستدعم المزارعين بمليار يورو.", "a")
    b = mentions("وقال رئيس الوزراء الهولندي إن الحكومة ستدعم المزارعين بمليار يورو.", "b")
    resolve_event_speakers(a + b)
    assert b[0].speaker == "يان دي فريس"
    resolve_event_speakers(b)  # the other article gone: the title is shown as written again
    assert b[0].speaker == "رئيس الوزراء"


def test_one_spelling_per_person_in_an_event():
    a = mentions("قال وزير الطاقة القطري سعد الكعبي إن الإنتاج سيرتفع العام المقبل.", "a")
    b = mentions("وقال وزير الطاقة القطري سعدالكعبي إن الإنتاج سيرتفع العام المقبل.", "b")
    resolve_event_speakers(a + b)
    assert a[0].speaker == b[0].speaker


def test_a_noun_the_article_writes_with_its_article_ends_a_name():
    text = ("ووقع الرئيس الزامبي هاكايندي هيشيليما وثيقة مع الوفد الزائر.\n"
            "وقال الرئيس الزامبي هاكايندي هيشيليما إن الوثيقة تفتح صفحة جديدة بين البلدين.")
    assert speakers_of(text)[-1] == "هاكايندي هيشيليما"


# --- subjects, addressees and governments (who said it) --------------------------


def test_a_quoted_short_name_after_the_verb_speaks_and_the_quoted_addressee_does_not():
    text = (
        "قال الرئيس الفنزويلي نيكولاس مادورو إن بلاده ترحب بالوساطة. "
        "وأكد \"مادورو\" لـ\"لولا\" أن \"الحوار هو الطريق الوحيد لحل الأزمة بين الجارين\"."
    )
    assert speakers_of(text) == ["نيكولاس مادورو", "نيكولاس مادورو"]


def test_a_title_after_lil_is_spoken_to():
    text = (
        "قال الرئيس الكيني ويليام روتو إن التجارة بين البلدين ستتضاعف. "
        "من جهته، قال \"روتو\" للرئيس الأمريكي: \"نحن شركاء في الأمن والتنمية منذ عقود\"."
    )
    assert speakers_of(text)[-1] == "ويليام روتو"


def test_a_quotation_right_after_the_verb_is_still_the_reported_words():
    ms = mentions("وقال \"لا أحد يريد الحرب بين البلدين الجارين\".")
    assert ms and ms[0].excerpt.startswith("وقال") and analyse_mention(ms[0]).attributed


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("قال بايدن إن موقف بلاده لم يتغير. فيما حذرت بكين واشنطن \"من التدخل في شؤونها الداخلية\".", "بكين"),
        ("وأعلنت أنقرة أن المحادثات مع الجانب السويدي ستستأنف الأسبوع المقبل.", "أنقرة"),
        ("وقالت تركيا إن المحادثات مع الجانب السويدي ستستأنف الأسبوع المقبل.", "تركيا"),
    ],
)
def test_a_capital_or_country_after_a_feminine_verb_speaks_for_its_government(text, speaker):
    ms = mentions(text)
    assert ms[-1].speaker == speaker and analyse_mention(ms[-1]).speaker_kind == "body"


def test_a_place_after_a_masculine_verb_is_no_subject():
    text = "قال لافروف إن القمة كانت بناءة. وأكد في موسكو أن العلاقات مع جيرانه ستتحسن قريبا جدا."
    assert "موسكو" not in speakers_of(text)


def test_a_leader_of_a_party_is_the_speaker_not_the_party_and_resolves_to_his_name():
    text = (
        "قال زعيم حزب الخضر المعارض يوهان شميت إن الحكومة فشلت في خفض الأسعار. "
        "ورأى زعيم حزب الخضر المعارض أن الانتخابات المقبلة \"ستكون استفتاء على الغلاء\"."
    )
    assert speakers_of(text) == ["يوهان شميت", "يوهان شميت"]


def test_a_candidate_title_gives_a_named_speaker():
    assert speakers_of("وقال المرشح هاشم طالبي: \"سأواصل حملتي حتى الجولة الثانية مهما حدث\".")[0] == "هاشم طالبي"


def test_a_body_of_a_title_holder_keeps_its_whole_name():
    ms = mentions("وقال مكتب رئيس الوزراء في بيان إن الحكومة ستعلن الحداد الوطني ثلاثة أيام.")
    assert ms[0].speaker == "مكتب رئيس الوزراء" and analyse_mention(ms[0]).speaker_kind == "body"


def test_two_spellings_of_one_transliterated_name_are_one_speaker_but_two_names_are_not():
    assert same_speaker(frozenset({"كمال كليجدار أوغلو"}), frozenset({"كليشدار أوغلو"}))
    assert not same_speaker(frozenset({"داود أوغلو"}), frozenset({"كليجدار أوغلو"}))
    assert not same_speaker(frozenset({"محمد بن سلمان"}), frozenset({"محمد بن زايد"}))
    assert not same_speaker(frozenset({"سلمان"}), frozenset({"سليمان"}))


def test_spellings_apart_by_long_vowels_and_a_foreign_ch_are_one_speaker():
    """A transliterated word written with more long vowels and "تش" for a "ch" that another outlet
    writes "ج": its consonants are the same, so the two names (sharing a word) are one."""
    assert same_speaker(frozenset({"كمال كليجدار أوغلو"}), frozenset({"كمال كيليتشدار أوغلو"}))
    assert same_speaker(frozenset({"سامي برنجال"}), frozenset({"سامي بيرينتشال"}))
    assert not same_speaker(frozenset({"سامي برنجال"}), frozenset({"سامي برنامل"}))
    assert not same_speaker(frozenset({"كيليتشدار"}), frozenset({"كليجدار"}))  # one word alone: never


def test_a_foreign_g_written_as_jim_or_as_ghayn_is_one_letter():
    """Egyptian outlets write a foreign g "ج" where others write "غ": one name, even of one word."""
    assert same_speaker(frozenset({"جرينبرج"}), frozenset({"غرينبرغ"}))
    assert same_speaker(frozenset({"أولاف جولتس"}), frozenset({"غولتس"}))
    assert not same_speaker(frozenset({"جرينبرج"}), frozenset({"غرينلاند"}))


def test_the_sibilants_of_a_foreign_z_are_one_letter():
    """A foreign z or ts is written "تس"، "تز"، "ز" or "س" by different outlets: one name, even of one
    word; an Arabic name apart by a long vowel, or two names with other letters, stay two."""
    assert same_speaker(frozenset({"هانز كرويتس"}), frozenset({"كرويتز"}))
    assert same_speaker(frozenset({"كرويز"}), frozenset({"هانز كرويتس"}))
    assert same_speaker(frozenset({"فرانسيسكو بيريث"}), frozenset({"فرانزيزكو بيريث"}))
    assert not same_speaker(frozenset({"حسن"}), frozenset({"حسين"}))
    assert not same_speaker(frozenset({"كرويتس"}), frozenset({"كرويدن"}))


def test_a_transliterated_name_written_as_one_word_is_its_words_joined():
    assert same_speaker(frozenset({"جونغهيون"}), frozenset({"لي جونغ هيون"}))
    assert same_speaker(frozenset({"جونجهيون"}), frozenset({"لي جونغ هيون"}))  # and a letter spelt otherwise
    assert not same_speaker(frozenset({"عبدالله"}), frozenset({"عبد الرحمن"}))
    assert not same_speaker(frozenset({"هيونسونغ"}), frozenset({"لي جونغ هيون"}))  # words not of that name


def test_a_family_name_with_and_without_a_long_alif_is_the_speakers_whole_name():
    assert same_speaker(frozenset({"ماكرون"}), frozenset({"إيمانويل مكرون"}))
    assert not same_speaker(frozenset({"ترامب"}), frozenset({"هاري ترومان"}))
    assert not same_speaker(frozenset({"حمد"}), frozenset({"خالد حامد"}))


def test_a_long_foreign_family_name_with_and_without_an_inner_ya_or_waw_is_one_name():
    assert same_speaker(frozenset({"شتاينماير"}), frozenset({"فرانك فالتر شتاينماير"}))
    assert same_speaker(frozenset({"ستولتنبرغ"}), frozenset({"ينس ستولتنبيرغ"}))
    assert not same_speaker(frozenset({"سلمان"}), frozenset({"سليمان"}))  # short Arabic names stay two


# --- round 2: titled people across articles, replies, calls, offices, trailing sources -----


def test_a_bare_title_resolves_to_a_person_another_article_names_outside_any_statement():
    a = mentions("وصل رئيس الوزراء الكندي جاستن ترودو إلى موقع الحادث صباح اليوم برفقة عدد من الوزراء. "
                 "وانتشرت فرق الإنقاذ في محيط المصنع المنهار منذ ساعات الفجر الأولى.", "a")
    b = mentions("وقال رئيس الوزراء الكندي إن الحكومة ستعوض جميع العائلات المتضررة من الحادث بالكامل.", "b")
    resolve_event_speakers(a + b)
    assert b[0].speaker == "جاستن ترودو"


def test_a_bare_title_two_titled_people_of_the_event_hold_stays_as_written():
    a = mentions("التقى وزير الخارجية الكندي بيتر مالون نظيره وزير الخارجية المكسيكي لويس رامون في أوتاوا "
                 "لبحث ملفات الهجرة والتجارة بين البلدين.", "a")
    b = mentions("وقال وزير الخارجية إن المحادثات تناولت ملفات الهجرة والتجارة بين البلدين الجارين.", "b")
    resolve_event_speakers(a + b)
    assert b[0].speaker == "وزير الخارجية"


def test_a_shared_first_name_alone_does_not_make_two_titled_people_one():
    a = mentions("وصل الرئيس محمد سالم إلى العاصمة مساء أمس في زيارة رسمية تستمر ثلاثة أيام.", "a")
    b = mentions("واستقبل الرئيس الموريتاني محمد ولد الشيخ ضيفه في القصر الرئاسي بنواكشوط وسط إجراءات أمنية.", "b")
    c = mentions("وقال الرئيس إن البلدين سيوقعان اتفاقيات جديدة في مجالات الطاقة والصيد البحري.", "c")
    resolve_event_speakers(a + b + c)
    assert c[0].speaker == "الرئيس"


@pytest.mark.parametrize(
    "text, speaker",
    [
        ('ورد الوزير الهولندي يان ديكر بقوله "لن نقبل بأي تسوية على حساب المزارعين".', "يان ديكر"),
        ("وردت وزارة النقل قائلة إن جميع المطارات ستعمل بشكل طبيعي منذ صباح الغد.", "وزارة النقل"),
    ],
)
def test_rad_reports_when_a_reply_marker_follows(text, speaker):
    assert speakers_of(text)[0] == speaker


def test_rad_without_a_reply_marker_is_no_reporting_verb():
    ms = mentions("ورد في التقرير السنوي أن صادرات القمح تراجعت بنسبة كبيرة خلال العام الماضي.")
    assert ms[0].speaker is None and analyse_mention(ms[0]).verb is None


def test_a_call_on_a_counterpart_continues_the_last_speaker_who_is_not_the_counterpart():
    text = (
        "قال الرئيس الكيني وليام روتو إن بلاده ستفتح حدودها أمام التجارة الإقليمية دون رسوم. "
        "ودعا نظيره التنزاني لزيارة نيروبي خلال الشهر المقبل لتوقيع الاتفاقية."
    )
    ms = mentions(text)
    assert [m.speaker for m in ms] == ["وليام روتو", "وليام روتو"]
    assert analyse_mention(ms[1]).verb == "ودعا"


def test_a_speaker_named_before_the_call_still_speaks():
    ms = mentions("ودعا الرئيس الكيني نظيره التنزاني إلى تسريع العمل في مشروع السكة الحديدية المشترك.")
    assert ms[0].speaker == "الرئيس الكيني"


@pytest.mark.parametrize(
    "text",
    [
        "قال رئيس الوزراء الكندي جاستن ترودو إن بلاده حزينة للغاية. "
        "وقال مكتب رئيس الوزراء على تويتر إن الحكومة ستفتح تحقيقا شاملا في أسباب الحادث.",
        "قال رئيس الوزراء الكندي جاستن ترودو إن بلاده حزينة للغاية. "
        "وقال الحساب الرسمي لرئيس الوزراء على تويتر إن الحكومة ستفتح تحقيقا شاملا في أسباب الحادث.",
    ],
)
def test_an_office_or_account_speaks_for_its_holder(text):
    assert speakers_of(text) == ["جاستن ترودو", "جاستن ترودو"]


def test_an_unresolved_office_is_a_body_that_other_articles_resolve():
    a = mentions("وصل رئيس الوزراء الكندي جاستن ترودو إلى مستشفى المدينة صباح الأحد للقاء عائلات الضحايا.", "a")
    b = mentions("وقال مكتب رئيس الوزراء الكندي إن الحكومة ستفتح تحقيقا شاملا في أسباب الحادث.", "b")
    assert b[0].speaker == "مكتب رئيس الوزراء الكندي" and analyse_mention(b[0]).speaker_kind == "body"
    resolve_event_speakers(a + b)
    assert b[0].speaker == "جاستن ترودو"


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("وقالت هيئة الموانئ التابعة للحكومة إن السفن ستعود إلى الرصيف خلال يومين.", "هيئة الموانئ"),
        ("ونقلت وكالة الأنباء الرسمية عن وزير الزراعة الأردني خالد حنيفات قوله إن المحصول وفير هذا العام.",
         "خالد حنيفات"),
    ],
)
def test_words_that_end_a_body_or_a_name(text, speaker):
    assert speakers_of(text)[0] == speaker


def test_a_quotation_followed_by_its_attribution_is_that_speakers():
    text = (
        "قال الرئيس الكيني وليام روتو إن بلاده ستفتح حدودها أمام التجارة الإقليمية. "
        '"لن نسمح بتكرار هذه الكارثة في أي منطقة من البلاد"، قال وزير الداخلية الكيني للصحفيين.'
    )
    ms = mentions(text)
    assert ms[-1].speaker == "وزير الداخلية الكيني" and "لن نسمح" in ms[-1].excerpt


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("وسيتم نقل المصابين إلى مستشفيات العاصمة خلال ساعات، بحسب وزارة الصحة الأردنية.", "وزارة الصحة الأردنية"),
        ("وصلت فرق الإنقاذ إلى القرى المعزولة صباح اليوم وفق الدفاع المدني.", "الدفاع المدني"),
    ],
)
def test_a_trailing_source_is_the_speaker(text, speaker):
    assert speakers_of(text)[0] == speaker


def test_a_trailing_preposition_without_a_source_names_no_one():
    assert speakers_of("وتم توزيع المساعدات الغذائية على العائلات المتضررة بحسب الحاجة.")[0] is None


def test_a_title_after_lam_still_names_a_titled_person_for_other_articles():
    a = mentions("ونشر الحساب الرسمي لرئيس الوزراء الكندي جاستن ترودو على تويتر تعزية لأسر الضحايا في الحادث.", "a")
    b = mentions("وأعرب رئيس الوزراء الكندي عن تعازيه لعائلات الضحايا وتمنى الشفاء العاجل للجرحى.", "b")
    resolve_event_speakers(a + b)
    assert b[0].speaker == "جاستن ترودو"


# --- verbs whose named subject speaks without a complementizer ------------------


@pytest.mark.parametrize(
    "text, speaker",
    [
        ('وصف زعيم المعارضة اليونانية نيكوس أندرياديس الانتخابات البلدية بـ"المزورة" وطالب بإعادتها في كل الدوائر.',
         "نيكوس أندرياديس"),
        ("ونشر الحساب الرسمي لرئيس الوزراء الكيني ويليام روتو على «إكس» رسالة تعزية لأسر الضحايا في الحادث.",
         "ويليام روتو"),
        ("وأصدرت وزارة الخارجية المغربية بيانا يدين الهجوم على القافلة الإنسانية بشدة.", "وزارة الخارجية المغربية"),
        ('وناشد ميقاتي "كل المنظمات الدولية إرسال فرق الإنقاذ فورا إلى المناطق المنكوبة".', "ميقاتي"),
        ("وأعرب بارزاني للصحفيين عن سعادته بنتائج الاجتماع مع الوفد الحكومي في العاصمة.", "بارزاني"),
        ('خاطب ميلوني أنصارها بالقول "لن نتراجع عن الإصلاحات التي وعدنا بها الناخبين".', "ميلوني"),
        ("وتعهد وزير المالية الأردني بمراجعة الضرائب على الوقود قائلا «سنخفض الأسعار قبل نهاية العام».",
         "وزير المالية الأردني"),
    ],
)
def test_a_named_subject_speaks_what_its_verb_sends_or_describes(text, speaker):
    assert speakers_of(text)[0] == speaker


@pytest.mark.parametrize(
    "text, speaker",
    [
        # a name the article does not introduce, then the thing described, then "بأن…"
        ('ووصف كارلسون الهدنة بأنها "خطوة أولى لا تكفي".', "كارلسون"),
        ('قال الوزير إن الجولة انتهت، في حين وصف سموتريتش الخطة بأنها "خطأ فادح".', "سموتريتش"),
        # a title, then the name set off by commas, then the thing described
        ('فيما وصف رئيس وزراء المجر، فيكتور أوربان، العقوبات بأنها "فشل كامل".', "فيكتور أوربان"),
    ],
)
def test_a_describing_verbs_named_subject_speaks_before_what_it_describes(text, speaker):
    """"وصف X Y بأنه Z": X speaks (its own name, or a title with its name set off by commas, even
    after "فيما"/"في حين"), and what it describes, Y, is part of what is said."""
    said = [m for m in mentions(text) if "بأن" in m.excerpt]
    assert [m.speaker for m in said] == [speaker]


def test_a_describing_verb_without_a_named_subject_has_none():
    """"ووصف الاتفاق بأنه …" (the thing described right after the verb) and a group of people ("كبار
    المسؤولين") name no person."""
    assert speakers_of('ووصف الاتفاق بأنه "خطوة تاريخية" للمنطقة كلها.')[0] is None
    assert speakers_of('ووصف كبار مسؤولي الوزارة المحادثات بأنها "بناءة".')[0] is None


@pytest.mark.parametrize(
    "text",
    [
        "ونشرت القوات الحكومية مئات الجنود على طول الحدود الشمالية مع تزايد التوتر.",
        "وتوجه الوفد الرسمي إلى القاهرة صباح اليوم لبحث ملف المعابر مع المسؤولين.",
    ],
)
def test_a_message_verb_without_a_message_names_no_speaker(text):
    assert speakers_of(text)[0] is None


def test_an_appeal_by_name_goes_to_the_named_speaker():
    text = ("قال رئيس الحكومة التونسية نجيب ميقاتي إن الفيضانات أغرقت الأحياء. "
            'كما توجه ميقاتي "بنداء عاجل إلى كل الدول الشقيقة أن تساعد تونس في إعادة الإعمار".')
    assert speakers_of(text) == ["نجيب ميقاتي", "نجيب ميقاتي"]


def test_a_name_after_with_is_a_partner_not_the_speaker():
    text = ("قال الرئيس الفرنسي إيمانويل ماكرون إن المحادثات كانت مثمرة. ووصف اللقاء بأنه كان «مفيدا جدا» "
            "مشيرا إلى أن «هناك تقدما كبيرا» وأنه بنى «علاقة متينة جدا» مع رجب طيب أردوغان.")
    assert speakers_of(text)[-1] == "ماكرون"


def test_a_subjectless_verb_after_a_name_subject_goes_on_with_it():
    text = ("وأعرب بارزاني للصحفيين عن سعادته بنتائج الاجتماع، وقال إنه يتوقع تعاونا وثيقا مع الحكومة الاتحادية.")
    assert speakers_of(text)[-1] == "بارزاني"


def test_who_a_named_speaker_is_is_no_statement():
    ms = mentions("وأغلقت السلطات المحلية المدارس في الولاية حتى إشعار آخر، وقال يلماز، وهو من سكان مدينة أضنة الجنوبية")
    assert all("سكان" not in m.excerpt for m in ms)
    text = "وقال يلماز، وهو من سكان مدينة أضنة الجنوبية: «لم أشعر بهزة مثل هذه طوال حياتي في المدينة»."
    assert speakers_of(text)[-1] == "يلماز"


# --- the subject before the verb, and what the verb takes after it (issue 15) --


def content_of(m: Mention) -> str:
    """The words a statement mention reports (its content, from where the attribution ends)."""
    return m.excerpt[analyse_mention(m).content_start - m.start:]


@pytest.mark.parametrize(
    "text, speaker, opening",
    [
        ("وكانت الوزارة نفت وقوع إصابات بين العمال خلال الحريق في المصنع.", "الوزارة", "وقوع"),
        ("وكانت هيئة الأرصاد الجوية نفت وجود أعاصير في الطريق إلى السواحل الغربية.", "هيئة الأرصاد الجوية", "وجود"),
        ("وكان الوزير قد نفى حدوث تسرب في خزانات الوقود بالميناء.", "الوزير", "حدوث"),
    ],
)
def test_a_subject_before_the_verb_speaks_and_what_follows_the_verb_is_said(text, speaker, opening):
    m = mentions(text)[0]
    assert m.speaker == speaker
    assert content_of(m).startswith(opening)


@pytest.mark.parametrize(
    "text, content",
    [
        ("قال مدير الدفاع المدني إن فرقه تعمل بلا توقف منذ الصباح. ونفى وقوع إصابات جديدة بين السكان في الحي.", "وقوع"),
        ("قال مدير المطار إن حركة الطيران عادت إلى طبيعتها. وأعلن تعليق رحلات إلى الجزر حتى مساء الغد بسبب الضباب.", "تعليق"),
        ("قال قائد الشرطة إن المتظاهرين تفرقوا بهدوء. ونفى اعتقال أي صحفيين خلال المسيرة في وسط المدينة.", "اعتقال"),
    ],
)
def test_a_verbal_noun_after_the_verb_is_what_was_said_not_a_name(text, content):
    ms = mentions(text)
    assert ms[-1].speaker == ms[0].speaker
    assert content_of(ms[-1]).startswith(content)


def test_a_name_of_the_verbal_noun_form_before_a_complementizer_still_speaks():
    assert speakers_of("وقال سعود إن اللجنة ستعلن النتائج النهائية مساء الغد في مؤتمر صحفي.") == ["سعود"]


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("وتقدمت الوزارة ببالغ المواساة لأسر العمال الذين قضوا في انهيار المنجم.", "الوزارة"),
        ("وتقدم رئيس الجمهورية بالتهنئة للفائزين في الانتخابات البلدية الأخيرة.", "رئيس الجمهورية"),
        ("وتقدمت وزارة الصحة بالشكر للأطباء الذين عملوا طوال أيام العيد.", "وزارة الصحة"),
        ("وبعث الرئيس ببرقية تعزية إلى نظيره في أعقاب الفيضانات المدمرة.", "الرئيس"),
        ("وأعربت إندونيسيا، في بيان لوزارة خارجيتها، عن خالص تعازيها لأسر الضحايا.", "إندونيسيا"),
    ],
)
def test_a_speech_act_without_a_verb_of_saying_is_its_subjects_statement(text, speaker):
    assert speakers_of(text)[0] == speaker


def test_advancing_without_a_speech_act_is_no_statement():
    assert speakers_of("وتقدمت القوات نحو المدينة الشمالية بعد معارك عنيفة مع المسلحين.") in ([], [None])


@pytest.mark.parametrize("verb", ["وأضاف البيان أن", "وذكر البيان أن", "وأوضح البيان أن"])
def test_the_statement_a_body_issued_earlier_speaks_for_it(verb):
    text = (
        "وقالت وزارة الصحة في بيان إن المستشفيات استقبلت عشرات المصابين خلال الليل. "
        "وقال مدير المستشفى إن الأسرة تكفي حتى الآن. "
        f"{verb} فرق الإسعاف ما زالت تعمل في موقع الانفجار."
    )
    assert speakers_of(text) == ["وزارة الصحة", "مدير المستشفى", "وزارة الصحة"]


def test_a_statement_no_one_was_said_to_issue_names_no_speaker():
    text = ("قال مدير المستشفى إن الأسرة تكفي حتى الآن. "
            "وأضاف البيان أن فرق الإسعاف ما زالت تعمل في موقع الانفجار.")
    assert speakers_of(text)[-1] is None


def test_a_document_named_in_a_later_clause_of_the_sentence_is_its_speakers():
    text = (
        "ورأى وزير المالية، سامي الأحمد، في بيان مشترك مع البنك المركزي، أن التضخم سيتراجع قريبا. "
        "وأضاف البيان أن الأسعار ستستقر في الربع الأخير من العام."
    )
    ss = speakers_of(text)
    assert ss[-1] is not None and ss[-1] == ss[0]


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("وأعرب رئيس الوزراء الماليزي عن تعازيه لأسر ضحايا الانهيار الأرضي في الولاية.", "رئيس الوزراء"),
        ("وأعرب رئيس الوزراء الماليزي داتو سري أنور عن تعازيه لأسر ضحايا الانهيار الأرضي.", "داتو سري أنور"),
    ],
)
def test_a_nisba_and_a_name_after_a_title_are_the_speaker_not_the_content(text, speaker):
    m = mentions(text)[0]
    assert m.speaker == speaker
    assert content_of(m).startswith("عن تعازيه")


def test_a_title_with_its_nisba_resolves_to_the_person_the_article_named():
    text = ("قال رئيس الوزراء الماليزي داتو سري أنور إن الحكومة ستعوض المتضررين. "
            "وأعرب رئيس الوزراء الماليزي عن تعازيه لأسر ضحايا الانهيار الأرضي في الولاية.")
    assert speakers_of(text) == ["داتو سري أنور", "داتو سري أنور"]


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("وقال وزير المالية سامي الحداد إن الموازنة ستقر في الشهر المقبل.", "سامي الحداد"),
        ("وقالت النائبة ليلى العبدالله إن القانون سيمرر قبل نهاية الدورة.", "ليلى العبدالله"),
        ("وقال وزير الخارجية سامح شكري الأربعاء إن القمة كانت ناجحة.", "سامح شكري"),
        ("وأكد الرئيس بوتين الاستعداد للحوار مع الغرب دون شروط مسبقة.", "بوتين"),
    ],
)
def test_a_family_name_with_the_article_after_a_title_and_a_name_is_part_of_the_name(text, speaker):
    assert speakers_of(text)[0] == speaker


def test_the_family_name_with_the_article_alone_refers_back_to_the_person():
    text = ("وقال وزير المالية سامي الحداد إن الموازنة ستقر في الشهر المقبل. "
            "وأضاف الحداد أن العجز سيتراجع إلى أدنى مستوى منذ سنوات.")
    assert speakers_of(text) == ["سامي الحداد", "سامي الحداد"]


@pytest.mark.parametrize("text, speaker", [
    ("وألمح الوزير إلى أن الحكومة يمكن أن تخفض الضرائب العام المقبل.", "الوزير"),
    ("وعلق الرئيس على سؤال حول الانتخابات بالقول إن موعدها لن يتغير.", "الرئيس"),
    ("وعلقت الشركة رحلاتها إلى المدينة بسبب العاصفة الثلجية.", None),  # suspended: no saying without a reply marker
])
def test_hinting_and_commenting_are_ways_of_saying(text, speaker):
    assert speakers_of(text) == [speaker]


def test_where_one_speaks_from_is_not_who_speaks():
    """"ومن قصر الإليزيه، بدأ ماكرون كلمته بالقول …": the palace is a place, the president speaks."""
    assert speakers_of("ومن البيت الأبيض، بدأ بايدن كلمته بالقول إن على البلدين تجنب أي تصعيد.") == ["بايدن"]
    assert speakers_of("وقال البيت الأبيض إن على البلدين تجنب أي تصعيد.") == ["البيت الأبيض"]


def test_the_speaker_a_participle_takes_goes_on_speaking_in_its_quotation():
    """"وافتتح فلان كلمته، قائلا: «… . …»": the quotation's second sentence is still his."""
    text = ("والتقى رئيس الوزراء المالطي جوزيف فاريلا والرئيس التونسي سامي الحداد في العاصمة. وقال الحداد إن اللقاء مهم. "
            "وافتتح فاريلا كلمته بنبرة ودية، قائلا: «لم نلتق منذ وقت طويل، وهذا يسعدني كثيرا. أشعر بسعادة لرؤية صديقي العزيز».")
    said = {m.excerpt: m.speaker for m in mentions(text)}
    (last,) = [s for e, s in said.items() if "صديقي" in e]
    assert last == "جوزيف فاريلا", said


def test_a_name_written_before_its_title_is_the_persons_name():
    """"وقال جوزيف فاريلا رئيس الوزراء المالطي، إن …": the family name alone then names him."""
    text = ("وقال جوزيف فاريلا رئيس الوزراء المالطي، إن الحكومة سترسل فرق إنقاذ. "
            "وأوضح فاريلا خلال اجتماع طارئ، إن الطرق إلى القرى مقطوعة.")
    assert speakers_of(text)[-1] == "جوزيف فاريلا", speakers_of(text)


def test_a_title_in_apposition_after_the_name_leaves_the_person_as_speaker():
    """"وقال فلان الفلاني، رئيس الحزب، إن …": the name speaks, not the party or the office of the
    title set off by commas, a complement of the title included."""
    text = ("قال سليم داود، مرشح تحالف النهضة في انتخابات البلدية، مساء الاثنين، إنه يشعر بالأسف لأن المرحلة المقبلة صعبة.\n\n"
            "وقال كريم يوسف، رئيس حزب العمال، إن الحزب سيطعن في نتائج الدائرة الثالثة أمام المحكمة.\n\n"
            "وقال نبيل سمير، المتحدث باسم وزارة الداخلية، إن الشرطة اعتقلت عشرة أشخاص في الدائرة الثانية.")
    assert speakers_of(text) == ["سليم داود", "كريم يوسف", "نبيل سمير"]


def test_a_title_in_apposition_needs_its_closing_comma_near():
    """A comma after a name and a title word, then a long run with no comma: no apposition read."""
    p = people("وقال سليم داود، مرشح التحالف الذي خسر الانتخابات البلدية في المدينة الساحلية الكبرى العام الماضي بعد حملة طويلة إن النتائج مزورة.")
    assert not any(name == "سليم داود" for _, name in p.people)


def test_a_reply_marker_after_a_comma_speaks_for_the_one_who_replied():
    """"ورد الوزير على سؤال …، بقوله: «…»": the quotation is the minister's, and "بقوله" is no
    word of what he said."""
    text = ("وقال رئيس الوزراء المالطي جوزيف فاريلا إن الميناء سيفتح غدا. "
            "ورد فاريلا على سؤال عما إذا كانت الحكومة ستعوض الصيادين، بقوله: «هذا ما نعمل عليه مع النقابات والبلديات الساحلية منذ أسابيع».")
    ms = mentions(text)
    (reply,) = [m for m in ms if "نعمل" in m.excerpt]
    assert reply.speaker == "جوزيف فاريلا"
    from mkdocs_summit_plugin.mentions.statements.analysis import analyse_mention
    assert "قول" not in analyse_mention(reply).terms


def test_a_compound_given_name_with_the_article_is_one_name():
    """"حمد الله"، "نور الدين": the article word after a name word is part of it, not where it ends."""
    (m,) = mentions("وقال نصر الله حامد إن فرق الإغاثة وصلت إلى القرى المنكوبة.")
    assert m.speaker == "نصر الله حامد"


def test_a_title_ends_after_its_nationality_and_resolves_to_the_events_name():
    """"ووصف الرئيس الفرنسي الخطة الجديدة بأنها …": the title is "الرئيس الفرنسي", the definite noun
    after the nationality is the verb's object, so the title still stands for the event's
    "الرئيس الفرنسي لوران ديبوا"."""
    a = mentions("وقال الرئيس الفرنسي لوران ديبوا إن أوروبا تحتاج إلى جيش مشترك قريبا.", "x1")
    b = mentions("وانتقد الرئيس الفرنسي الخطة الجديدة بشدة، مشيرا إلى أنها ستضعف الدفاع الأوروبي لسنوات.", "x2")
    ms = a + b
    resolve_event_speakers(ms)
    assert analyse_mention(b[-1]).speaker_title == tuple(sorted(title_key(words("الرئيس الفرنسي"))))
    assert b[-1].speaker in ("لوران ديبوا", "ديبوا")


def test_the_doer_of_a_speech_act_opening_the_sentence_speaks():
    """"اعتذر الرئيس الفرنسي لوران ديبوا لنظيره …": an apology (like thanks, condolences) is
    said by its doer, who speaks though no verb of saying stands; the act stays what is said."""
    found = mentions("اعتذر الرئيس الفرنسي لوران ديبوا لنظيره الإيطالي عن التصريحات المسيئة.")
    assert found[0].speaker in ("لوران ديبوا", "ديبوا")
    assert "~apology" in {f for fam in analyse_mention(found[0]).roots.values() for f in fam}


def test_a_verb_then_a_name_of_the_article_then_a_colon_opens_that_persons_words():
    """"واختتم فلان: «…»": a name the article gave, after a verb that is no verb of saying and before a
    colon, speaks; a place after a preposition before a colon does not."""
    text = ("وصل الرئيس الكيني صامويل موانغي إلى القاهرة في زيارة رسمية قصيرة.\n"
            "واختتم موانغي: «نريد شراكة أوسع مع بلدان القارة في التجارة والطاقة».\n"
            "وفي القاهرة: «الأسعار ارتفعت كثيرا هذا الشهر».\n")
    found = mentions(text)
    assert [m.speaker for m in found if "شراكة" in m.excerpt] == ["صامويل موانغي"]
    assert [m.speaker for m in found if "الأسعار" in m.excerpt] == [None]


def test_a_counterpart_named_after_a_verb_of_telling_is_spoken_to():
    """"أبلغ نظيره ماكرون أن …": the counterpart's name is who was told, not who spoke; the speaker
    goes on from the sentence before."""
    from .test_statement_paraphrase import mentions

    found = mentions("وحذر الوزير من التصعيد. ثم أبلغ نظيره ماكرون أن الاتفاق ممكن خلال أسابيع.", "n1")
    told = [m for m in found if "الاتفاق" in m.excerpt]
    assert told and told[0].speaker == "الوزير"


def test_a_title_of_a_country_is_that_countrys_holder_and_a_name_in_hamza_al_is_a_name():
    """"رئيس أوزبكستان إلياس كريموف": a president of a country no list of ours names (the ISO 3166
    names), and a given name in "إل" (not the article): never the story's other president."""
    from .test_statement_paraphrase import mentions

    found = mentions("وتحدث الرئيس الروسي سيرغي ليونوف عن العلاقات. ورأى رئيس أوزبكستان إلياس كريموف أن الحوار ضروري.", "c1")
    said = [m for m in found if "الحوار" in m.excerpt]
    assert said and said[0].speaker == "إلياس كريموف"
    found = mentions("وتحدث الرئيس الروسي سيرغي ليونوف عن العلاقات. وقال الرئيس الأوزبكي إلياس كريموف إن الحوار ضروري.", "c2")
    said = [m for m in found if "الحوار" in m.excerpt]
    assert said and said[0].speaker == "إلياس كريموف"


def test_a_one_word_name_right_before_what_was_said_is_the_speakers_name():
    """"وقال المبعوث كارلسون إن …", "وأعرب الرئيس كوراتا عن …": a word after a title, with what the person
    said right after it, is their name; "وبدا الرئيس مرتاحا" names no one."""
    from .test_statement_paraphrase import mentions

    (m,) = mentions("وقال المبعوث كارلسون إن المحادثات كانت مثمرة.", "w1")
    assert m.speaker == "كارلسون"
    (m,) = mentions("وأعرب الرئيس كوراتا عن عميق تعازيه لأسر الضحايا.", "w2")
    assert m.speaker == "كوراتا"
    assert all(m.speaker is None for m in mentions("وبدا الرئيس مرتاحا بعد اللقاء الطويل.", "w3"))


def test_as_the_speaker_said_closing_a_piece_sources_the_words_before_it():
    """"… على ما صرح المتحدث باسم النقابة سامر الخطيب": what comes before is what he said; "كما قال الوزير
    إن …" opens its own complement and stays a forward attribution."""
    from .test_statement_paraphrase import mentions

    found = mentions("وانتهت الجولة دون نتيجة لكن الخلاف على الأسعار لم يحسم على ما صرح المتحدث باسم النقابة سامر الخطيب.", "t1")
    said = [m for m in found if "الأسعار" in m.excerpt]
    assert said and said[0].speaker == "سامر الخطيب" and said[0].negated
    (m,) = mentions("كما قال الوزير إن الحكومة ستدعم المزارعين.", "t2")
    assert m.speaker == "الوزير"


def test_a_verb_of_expressing_that_is_also_a_preposition_takes_its_speaker_before_an():
    """"عبر" is "via" as well as "expressed": with a speaker after it and "عن" a few words on, it is
    the verb ("وعبر رئيس الوفد عن ارتياحه"); before a noun of a medium it stays a preposition."""
    assert speakers_of("وعبر رئيس الوفد التجاري عن ارتياحه لنتائج المحادثات.") == ["رئيس الوفد التجاري"]
    assert speakers_of("وفي تصريحات لاحقة، عبّر الوزير فلان الفلاني عن ارتياحه للاتفاق الجديد.") == ["الوزير"]
    assert speakers_of("وتحدث الرئيسان عبر الهاتف عن الأزمة.") == [None]


def test_a_short_unknown_name_before_the_one_spoken_to_is_the_speaker():
    """"وقال شو لماكرون إن …": the word between the verb and a known name it is said to (ل + name) is
    the subject, however short, and the one spoken to never speaks."""
    assert speakers_of("وقال شو لماكرون إن بلاده ستعمل مع فرنسا.") == ["شو"]
    assert speakers_of("وقال لماكرون إن بلاده ستعمل مع فرنسا.") != ["ماكرون"]


def test_a_quotation_that_opens_inside_what_follows_a_title_is_no_name():
    """"وندد الوزير بمحاولات «تقسيم …»، قائلا …": the words after the title run into a quotation, so
    they are the verb's object, not the minister's name; a name quoted whole is still a name."""
    text = 'وندد الوزير الأول بمحاولات "تقسيم البلاد إلى أقاليم"، مضيفا أن هذه المساعي "مرفوضة".'
    assert all(s is None or s.startswith("الوزير") for s in speakers_of(text)), speakers_of(text)
    assert speakers_of('وقال الرئيس الصيني "شي جين بينغ" إن حكومته جاهزة للحوار.') == ["شي جين بينغ"]


def test_who_condemns_or_welcomes_speaks():
    """A stance verb's named subject speaks, and what it condemns or welcomes is what it says."""
    assert speakers_of("وندد وزير الداخلية بمحاولات تهريب السلاح عبر الحدود.") == ["وزير الداخلية"]
    assert speakers_of("ورحبت الهيئة الوطنية بالخطة الجديدة لإعادة الإعمار.") == ["الهيئة الوطنية"]
    assert speakers_of("وانتقد بايدن قرار رفع أسعار الوقود.") == ["بايدن"]


@pytest.mark.parametrize("text, speaker", [
    ("ورحب رئيس البلدية بافتتاح الجسر الجديد فوق النهر.", "رئيس البلدية"),
    ("ورحبت الوزيرة باستئناف الرحلات بين البلدين.", "الوزيرة"),
    ("وأشاد المدير بانضباط الفرق في مواعيد العمل.", "المدير"),
])
def test_a_derived_masdar_after_a_title_is_what_the_verb_governs_not_a_name(text, speaker):
    """ب or ل on a masdar of the derived forms ("بافتتاح"، "باستئناف"، "بانضباط") opens what the verb
    governs: it is never a word of the name after the title."""
    assert speakers_of(text) == [speaker]


def test_a_title_in_apposition_after_any_name_introduces_the_person():
    """"… منافسه سليم داود، رئيس حزب العمال، الذي …": a title set off by commas right after a
    name describes that name, whatever word stands before the name (here no verb of saying)."""
    p = people("وحصل الرئيس على غالبية الأصوات أمام منافسه سليم داود، رئيس حزب العمال الاشتراكي، الذي خسر للمرة الثانية.")
    assert any(name == "سليم داود" and "حزب" in key for key, name in p.people), p.people


def test_a_party_leader_is_its_chairman_but_the_opposition_leader_is_no_president():
    """"زعيم الحزب" = "رئيس الحزب"; "زعيم المعارضة" keeps its own head, and a party's chairman
    is not "الرئيس" (the party is kept)."""
    assert title_key(words("زعيم حزب العمال المعارض")) == title_key(words("رئيس حزب العمال"))
    assert "رئيس" not in title_key(words("زعيم المعارضة"))
    assert not title_resolves(title_key(words("الرئيس")), title_key(words("رئيس حزب العمال الاشتراكي")))


def test_a_party_leader_named_elsewhere_speaks_in_an_article_that_gives_only_the_title():
    """One article names "سليم داود، رئيس حزب العمال، …"; another writes only "زعيم حزب العمال
    المعارض": he is the speaker."""
    a = mentions("وحصل الرئيس على غالبية الأصوات أمام منافسه سليم داود، رئيس حزب العمال الاشتراكي، الذي خسر للمرة الثانية.", "a")
    b = mentions("ورأى زعيم حزب العمال المعارض أن الحملة كانت غير متكافئة وأن الحزب سيطعن في النتائج.", "b")
    resolve_event_speakers(a + b)
    assert b[-1].speaker == "سليم داود"
