"""Where a statement's piece starts and ends: a relative set off by commas inside a quotation,
a name between "كان" and its "قد" predicate, a resumptive "إياها", the items of a short quoted
phrase, a record said with a superlative, a year dating what "منذ" names
(mentions/statements/clauses.py, attribution.py, analysis.py; assign/past_years.py)."""
from __future__ import annotations

import pytest

from mkdocs_summit_plugin.assign.past_years import past_year
from mkdocs_summit_plugin.mentions.statements.analysis import analyse_mention
from mkdocs_summit_plugin.mentions.statements.clauses import pieces
from mkdocs_summit_plugin.model import Article
from mkdocs_summit_plugin.text.sentences import split_sentences

from .test_statement_paraphrase import mentions, one


def cut(text: str) -> list[str]:
    """The pieces of the text's one sentence, as strings."""
    a = Article(id="p", path="articles/p.txt", text=text, title="")
    (sentence,) = split_sentences(a)
    return [text[p.start:p.end] for p in pieces(a, sentence)]


def test_a_quoted_sentence_goes_on_after_a_relative_set_off_by_commas():
    text = 'وقال المحافظ إن "أحياء المدينة القديمة، التي صارت منطقة منكوبة، ثلثها مهدم ولن يعود سكانها قبل أشهر".'
    assert cut(text) == [text]


def test_outside_a_quotation_the_clause_after_a_relative_stays_apart():
    text = "ورفعت الشركة، التي تملك مصنعين في الشمال، أسعار منتجاتها الغذائية بنسبة كبيرة هذا الأسبوع."
    assert len(cut(text)) == 2


def test_a_name_between_kana_and_its_qad_predicate_is_part_of_the_statement():
    text = "وكان المتحدث باسم وزارة الزراعة، سليم الحداد، قد نفى الأرقام التي نشرتها النقابة عن خسائر المحاصيل."
    assert cut(text) == [text]
    a = analyse_mention(one(text, "k1"))
    assert a.speaker == "المتحدث باسم وزارة الزراعة" and "ارقام" in a.terms, (a.speaker, a.terms)
    assert not {"متحدث", "وزار"} & set(a.terms), a.terms  # the speaker's words are no content


def test_a_pluperfect_verb_followed_by_an_from_names_its_subject_as_speaker():
    m = one("وكان اتحاد المزارعين قد أورد أن خسائر الموسم تجاوزت نصف المحصول في السهول الشرقية.", "k2")
    a = analyse_mention(m)
    assert a.speaker == "اتحاد المزارعين" and "اتحاد" not in " ".join(a.terms) and "محصول" in a.terms, (a.speaker, a.terms)


def test_a_clause_with_a_resumptive_pronoun_goes_with_the_quote_it_points_at():
    text = 'وهتف المدرب أمام الجمهور: "إلى اللقاء يا بطل"، مرددا إياها مع اللاعبين.'
    assert cut(text) == [text]


def test_the_items_of_a_short_quoted_phrase_are_one_piece():
    text = 'وقال الوزير إنه يريد من الشركتين "تسوية نزاعاتهما، وتجنب التقاضي أمام المحاكم".'
    assert cut(text) == [text]


def test_a_short_quoted_sentence_is_not_cut_at_its_comma_and_wa():
    """"قال: «…، و…»": a quoted sentence of a dozen words or fewer is one thing said; a longer one is
    cut as any text is."""
    text = 'وقال المدرب: "لعبنا جيدا طوال المباراة، ونستحق الفوز اليوم".'
    assert cut(text) == [text]
    text = ('وقال المدرب: "لعبنا جيدا طوال المباراة أمام فريق قوي جاء من بعيد بجماهير كثيرة، '
            'ونستحق الفوز اليوم لأننا صنعنا فرصا أكثر وسجلنا هدفين".')
    assert len(cut(text)) == 2


def test_a_terse_quoted_phrase_is_one_piece_at_any_cut_inside_it():
    """"«ممكن، لكنه غير محسوم»": a few quoted words are one thing said, also across "لكن"; a cut right
    at a quotation mark ("وحسب «…»") is no cut inside it."""
    for text in ('وقال المسؤول إن اتفاقا مع النقابة "ممكن، لكنه غير محسوم".',
                 'وقال المسؤول إن اتفاقا مع النقابة "وارد، لكنه لم يتقرر بعد".'):
        assert cut(text) == [text]
    text = 'وحسب "الوكالة الرسمية" تنص الخطة المعلنة، في العاصمة، على "إصلاحات واسعة" للقطاع.'
    assert cut(text)[0].startswith('وحسب "الوكالة')
    text = 'وقال المسؤول إن الإضراب سيستمر، لكن المفاوضات "لم تنقطع".'
    assert len(cut(text)) == 2


def test_a_subjects_name_set_off_by_commas_goes_on_to_the_verbs_object():
    """"ووقع وزير المالية، سامي الخوري، اتفاقية القرض …": the name is the subject's, what was signed
    follows it; so with a monarch's title ("العاهل")."""
    for text in ('ووقع وزير المالية، سامي الخوري، اتفاقية القرض مع البنك الدولي أمس.',
                 'واستقبل العاهل الأردني، عبد الله بن الحسين، رئيسة البرلمان الأوروبي في عمان.'):
        assert cut(text) == [text]


def test_a_quoted_sentence_is_still_cut_at_its_comma_and_wa():
    text = 'وأضاف أن "الشركة رفعت الأسعار مرتين، والعمال لم يتلقوا أجورهم منذ شهرين".'
    assert len(cut(text)) == 2


def test_a_record_said_with_a_superlative_is_a_statement_not_a_bare_measurement():
    found = mentions("وهو أعلى ارتفاع للأسعار منذ الأزمة المالية في عام 2008.", "s1")
    assert len(found) == 1 and analyse_mention(found[0]).superlative


@pytest.mark.parametrize("sentence, year", [
    ("وهو أكبر انخفاض في المبيعات منذ الأزمة المالية في عام 2008", None),
    ("وهي أقوى هزة منذ زلزال المدينة عام 1999", None),
    ("منذ الصباح تتوالى البيانات، وفي عام 2008 انهارت البورصة", 2008),  # punctuation ends the منذ phrase
])
def test_a_year_dating_what_since_names_is_a_reference_point(sentence, year):
    assert past_year(sentence, 2022) == year


def test_what_a_describing_participle_describes_is_part_of_what_is_said():
    found = mentions("وانتقد المرشح أداء الهيئة المشرفة على الاقتراع، واصفا نتائج الفرز بأنها مزورة.", "d1")
    (m,) = [m for m in found if "واصفا" in m.excerpt]
    terms = analyse_mention(m).terms
    assert {"فرز", "زور"} & set(terms) and len(terms) >= 3, terms


@pytest.mark.parametrize("text", [
    "وانطلقت السفينة، من الحجم المتوسط، نحو ميناء المدينة الجنوبي بعد منتصف الليل.",
    "ووصل القطار، وهو من الجيل الجديد، إلى المحطة المركزية متأخرا ساعة عن موعده.",
    "وعاد المدرب، وهو لاعب سابق في الفريق، إلى قيادة النادي هذا الموسم.",
])
def test_a_description_set_off_by_commas_is_part_of_the_sentence_that_goes_on_after_it(text):
    assert cut(text) == [text]


def test_a_description_set_off_by_commas_between_a_speaker_and_his_words_is_part_of_the_attribution():
    text = "وقال الطيار، وهو من أبناء القرية، إن الرحلة تأخرت ساعتين بسبب الضباب."
    assert cut(text) == [text]


@pytest.mark.parametrize("text, first", [
    ("وانطلقت السفينة، وهي تحمل مئات الركاب، نحو الميناء.", "وانطلقت السفينة"),  # a verb: a clause of its own
    ("وأغلقت الشرطة الطريق، في حين فتحت البلدية طريقا بديلا، أمام السيارات.", "وأغلقت الشرطة الطريق"),
    ("وأعلنت الوزارة إغلاق المعبر، وهو ما يعني توقف الشحنات، حتى إشعار آخر.", "وأعلنت الوزارة إغلاق المعبر"),
])
def test_a_clause_with_a_verb_or_a_splitter_is_no_description_joined_to_the_noun_before(text, first):
    assert cut(text)[0] == first, cut(text)


def test_the_sentence_does_not_go_on_after_a_description_into_a_new_clause():
    text = "وأبحرت السفينة، من الحجم المتوسط، وقال ربانها إن الرحلة ستستغرق يومين."
    assert cut(text) == ["وأبحرت السفينة، من الحجم المتوسط", "وقال ربانها إن الرحلة ستستغرق يومين."]


def test_a_quoted_statement_is_cut_before_wa_qad_and_a_second_proposition():
    text = 'وقال وزير العمل: "نطالب الشركات بزيادة الأجور دون تأخير وقد انتظرنا هذا القرار سنوات طويلة".'
    got = cut(text)
    assert len(got) == 2 and got[1].startswith("وقد انتظرنا"), got
    found = mentions(text, "q1")
    assert len(found) == 2, [m.excerpt for m in found]
    speakers = {analyse_mention(m).speaker for m in found}
    assert speakers == {"وزير العمل"}, speakers


@pytest.mark.parametrize("text", [
    "وصل الوفد إلى العاصمة وقد استقبله وزير الخارجية عند سلم الطائرة.",  # reporter's prose: not cut
    'وقال الوزير إن "الوفد وصل وقد بدأ المحادثات".',  # too short a side to be a proposition
])
def test_wa_qad_outside_a_quotation_or_with_a_short_side_is_not_cut(text):
    assert cut(text) == [text]


@pytest.mark.parametrize("text", [
    "ورفع المصرف المركزي سعر الفائدة نصف نقطة، وهو ما يمثل أكبر زيادة منذ عقدين.",
    "وتراجعت صادرات القمح بمقدار الثلث، وهو ما يشكل أسوأ موسم للمزارعين منذ سنوات.",
])
def test_a_copula_linking_a_fact_to_what_it_amounts_to_says_nothing(text):
    found = [m for m in mentions(text, "c1") if "وهو ما" in m.excerpt]
    assert found, [m.excerpt for m in mentions(text, "c1")]
    terms = set(analyse_mention(found[-1]).terms)
    assert not {"مثل", "شكل", "يمثل", "يشكل"} & terms, terms


def test_a_complement_after_an_inserted_name_and_adjunct_is_the_verbs():
    found = mentions("واستبعد الرئيس بعد لقاء جمعه مع نظيره الفرنسي، جان دوبون، قبيل قمة المناخ في باريس، "
                     "أن ترفع بلاده الرسوم الجمركية.")
    assert len(found) == 1
    (m,) = found
    assert m.excerpt.startswith("واستبعد الرئيس") and m.excerpt.endswith("الجمركية.")
    assert m.speaker == "الرئيس" and m.negated  # ruled out



@pytest.mark.parametrize("opener", ["بمن فيهم", "بما فيهم", "ومن بينهم"])
def test_a_clause_naming_who_is_included_continues_the_clause_before(opener):
    text = f"وبعثت البلدية ببرقية مواساة إلى عائلات المفقودين، {opener} صيادون من القرية المجاورة."
    assert cut(text) == [text]


@pytest.mark.parametrize("opener", ["دون", "بدون", "من دون"])
def test_a_clause_saying_what_did_not_happen_continues_the_clause_before(opener):
    text = f"وانفض اجتماع مجلس الإدارة في ساعة متأخرة من الليل، {opener} الإعلان عن اسم المدير الجديد للشركة."
    assert cut(text) == [text]


def test_what_a_sentence_opens_by_saying_did_not_happen_belongs_to_the_clause_after_it():
    text = "ومن دون أي تسوية مع الإدارة، غادر الوفد النقابي مقر الوزارة بعد جلسة استمرت حتى المساء."
    assert cut(text) == [text]
    (m,) = mentions("ودون الخوض في التفاصيل، قال وزير المالية إن الحكومة ستخفض الضرائب على الوقود.")
    assert m.excerpt.startswith("ودون") and m.speaker == "وزير المالية"


def test_a_participle_of_saying_right_after_a_quotation_opens_another_statement():
    text = ('وقال الوزير في المؤتمر "أحيانا يجب أن تنسحب من المفاوضات" مشيرا إلى أن الخلاف دار حول '
            'الرسوم الجمركية على الصلب.')
    quote, rest = cut(text)
    assert quote.endswith('المفاوضات"') and rest.startswith("مشيرا"), (quote, rest)
    first, second = mentions(text)
    assert first.speaker == second.speaker == "الوزير"
    assert "نسحب" in "".join(analyse_mention(first).terms), analyse_mention(first).terms


def test_a_new_saying_after_a_quotation_that_lost_its_stop_is_cut():
    text = ('وصرح المدير أنه «واثق من نجاح الموسم هذه المرة» وقبيل افتتاح المعرض قال الوزير إن '
            'الأجنحة ستفتح أمام الزوار مجانا.')
    first, second = cut(text)
    assert first.endswith("المرة»") and second.startswith("وقبيل"), (first, second)
    a, b = mentions(text)
    assert a.speaker == "المدير" and b.speaker == "الوزير", (a.speaker, b.speaker)


def test_a_short_restriction_after_lakin_is_part_of_the_statement():
    text = 'وقال المدير إن "الشركة تريد توسيع المصنع لكن في المنطقة الصناعية فحسب".'
    assert cut(text) == [text]
    # a proposition after "لكن" is still one of its own
    assert len(cut("وقال المدير إن الشركة تريد توسيع المصنع لكن البلدية رفضت منح الترخيص حتى الآن.")) == 2


@pytest.mark.parametrize("text", [
    "أعلنت هيئة الطرق، صباح اليوم، عن إعادة فتح الجسر الرئيسي أمام السيارات بعد إصلاحه.",
    "وأعرب المحافظ، عن أمله في انتهاء أعمال الترميم قبل الشتاء المقبل.",
])
def test_an_complement_after_an_adjunct_set_off_by_commas_is_what_the_verb_says(text):
    assert cut(text) == [text], cut(text)


@pytest.mark.parametrize("text", [
    'وقال الرئيس وهو يستقبل ضيفه: "أهلا بك.. هذا هو مصنعنا الجديد للطائرات".',
    'وقال الرئيس وهو يستقبل ضيفه: «أهلا بك… هذا هو مصنعنا الجديد للطائرات».',
    'وقال الرئيس وهو يستقبل ضيفه: "أهلا بك. هذا هو مصنعنا الجديد للطائرات".',
])
def test_a_quoted_greeting_and_what_follows_it_are_one_statement(text):
    found = mentions(text, "q1")
    assert [m.excerpt for m in found] == [text.rstrip(".")] or [m.excerpt for m in found] == [text], [
        m.excerpt for m in found]


def test_a_longer_quoted_sentence_before_dots_is_a_statement_of_its_own():
    text = 'وقال المتحدث إن الوزير "غاضب جدا من قرار المجلس الأخير..وسيطلب عقد جلسة طارئة الأسبوع المقبل".'
    assert len(mentions(text, "q4")) == 2


def test_a_full_stop_inside_a_quotation_ends_what_was_said():
    text = 'وقال المحافظ: "نصف المدينة تضرر أو تدمر تماما. إنه وضع كارثي لم تعرفه المدينة في تاريخها".'
    assert len(mentions(text, "q2")) == 2


def test_a_quotation_left_open_joins_no_sentences():
    text = 'وقال المحافظ: "نصف المدينة تضرر.. وسيعود السكان إلى بيوتهم بعد شهرين من الآن. ثم بدأت أعمال الإزالة في الأحياء.'
    assert len(mentions(text, "q3")) >= 2


def test_a_named_person_added_between_commas_goes_on_with_the_sentence():
    text = ("أعلنت الرئاسة اليوم، عدم توصل رئيس الحكومة “سامي الحداد”، وزعيم المعارضة “خليل منصور”، "
            "لأي تسوية خلال جولتهما الثالثة في العاصمة “بيروت”.")
    (m,) = mentions(text, "c1")
    assert m.excerpt.rstrip(".") == text.rstrip(".") and {"تسو", "جول"} <= set(analyse_mention(m).terms), m.excerpt


@pytest.mark.parametrize("lead", ["وفي ختام مؤتمر صحفي أعقب الاجتماع", "وفي مستهل الجلسة الثانية", "وأثناء زيارته للمصنع"])
def test_a_time_lead_leads_the_statement_after_it(lead):
    text = lead + '، قال الوزير: "لن نسمح بإغلاق المصانع مهما كانت الظروف".'
    assert cut(text) == [text]


def test_still_is_no_negation():
    (m,) = mentions("وقال المتحدث إن الحكومة لا تزال تعتبر الاتفاق ساريا حتى الآن.", "s1")
    assert not m.negated


@pytest.mark.parametrize("text", [
    # what is given in exchange ("مقابل") and what a word is meant to say ("بمعنى")
    "وطالب الاتحاد برفع الأجور بنسبة كبيرة هذا العام، مقابل تعليق الإضراب في الموانئ.",
    'وقال الرئيس ردا على سؤال: "حسنا، إنه متشدد، بمعنى أنه رجل يدير حزبا صارما".',
    # a noun phrase headed by an elative describes the noun before it
    "اتسمت العلاقات بين البرازيل والأرجنتين، أكبر اقتصادين في القارة، بالتوتر لفترة طويلة.",
    "ووقعت الحكومة مع الصين، أهم شريك تجاري للبلاد، اتفاقا جديدا للطاقة.",
    # what the clause before is for: the lām of purpose and a verbal noun
    'وقال المتحدث "إن فتح المعابر ضروري؛ لتفادي حدوث مجاعة في المناطق المحاصرة".',
    "وأرسلت الوزارة فرقا إضافية إلى الحدود، لضمان وصول المساعدات قبل الشتاء.",
])
def test_a_phrase_that_continues_the_clause_before_is_no_piece_of_its_own(text):
    assert cut(text) == [text]


def test_whether_or_not_goes_on_with_what_was_said():
    """"، سواء كان ذلك عمدا أم لا": the alternatives of the clause before, no statement of their own,
    and their frame ("سواء"، "أم") is no word of what is said."""
    text = "وقال الوزير إن أي تصعيد بين البلدين سيضر بالجميع، سواء كان ذلك عمدا أم لا."
    assert cut(text) == [text]
    (m,) = mentions(text)
    assert not {"سواء", "ام"} & set(analyse_mention(m).terms)


def test_a_kana_subject_and_its_verb_after_a_comma_are_one_statement():
    """"وكانت بلدية المدينة التي …، أعلنت أن …": the verb after the comma is the predicate of the
    subject "كان" opened, not a statement of its own."""
    text = "وكانت بلدية المدينة التي تتبع لها القرى المنكوبة، أعلنت صباح الأحد أن 17 شخصا لقوا حتفهم."
    assert cut(text) == [text]


def test_a_fronted_place_leads_the_clause_after_it():
    """"وفي مدينة الميناء، احترق …": where it happened, not a statement of its own."""
    text = "وغمرت المياه الأحياء الشرقية، وفي مدينة الميناء، احترق أكثر من 40 مستودعا."
    assert not any(piece.strip(" ،") == "وفي مدينة الميناء" for piece in cut(text)), cut(text)


def test_a_name_set_off_after_a_complementizer_is_the_subject_of_what_follows():
    """"وذكرت الوكالة، أن فاريلا، وجه دعوة للحداد، لزيارة مالطا": one statement, the name its
    subject and the visit its purpose."""
    text = "وذكرت الوكالة الرسمية، أن فاريلا، وجه دعوة للحداد، لزيارة مالطا في الربيع."
    assert cut(text) == [text]


def test_the_sentence_goes_on_after_what_a_noun_includes():
    """"إن الملفات الإقليمية، منها أزمات كذا وكذا، احتلت حيزا …": the predicate after the list is what
    was said of the noun before it; a clause opening with a conjunction after the list is another."""
    text = "وقال المتحدث إن الملفات الإقليمية، منها أزمات البلدين الجارين والحدود، احتلت حيزا كبيرا من المباحثات."
    assert cut(text) == [text]
    text = "وقتل 12 شخصا، منهم أربعة أطفال، وأصيب 20 آخرون في الحادث."
    assert cut(text) == ["وقتل 12 شخصا، منهم أربعة أطفال", "وأصيب 20 آخرون في الحادث."]


def test_a_second_complement_after_a_comma_is_reported_as_the_first():
    """"أكد الوزير أن …، وأن …": the second complement is said by the same verb, so it is an
    attributed statement (worth a page when two outlets carry it); "وإن كان …" is a concession."""
    found = mentions("وأكد البيان أن الميزانية سترتفع العام المقبل، وأن الحكومة ستدعم صغار المزارعين بقروض ميسرة.", "c1")
    second = [m for m in found if "صغار المزارعين" in m.excerpt and "الميزانية" not in m.excerpt]
    assert second and analyse_mention(second[0]).attributed, [m.excerpt for m in found]
    from mkdocs_summit_plugin.mentions.statements.analysis import _second_complement
    from mkdocs_summit_plugin.text.tokens import tokens
    from mkdocs_summit_plugin.text.normalise import fold
    assert not _second_complement(tokens(fold("وإن كان الطقس سيئا"), 0), 0)
    assert _second_complement(tokens(fold("وأنه سيزور المدينة"), 0), 0)


@pytest.mark.parametrize("text", [
    # a verb, its subject's title and name (or a name and then a title set off by commas), then what it does
    pytest.param("ووجه وزير الداخلية سامي الخوري، تعليمات بفتح الطرق الجبلية قبل المساء.", id="title-and-name"),
    pytest.param("واعتذر المدير العام للمصنع، عن التأخير في تسليم الطلبات.", id="title-of-what"),
    pytest.param("وقاد نادر الحداد، نائب رئيس الهيئة، فريقا ميدانيا إلى موقع الانهيار.", id="name-then-title"),
    # a verb of saying and its subject, a day set off by commas, then what the verb does
    pytest.param("وأكد وزراء المجموعة، صباح اليوم الخميس، التزامهم بخطة خفض الانبعاثات حتى نهاية العقد.", id="past-a-day"),
    pytest.param("وأعلنت نقابة المعلمين، أمس، رفضها لقانون التقاعد الجديد أمام البرلمان.", id="past-yesterday"),
    pytest.param("كما عين مجلس النواب، نائب الرئيس سامي الحداد، قائما بأعمال الرئيس.", id="also-before-the-verb"),
    pytest.param("ووجه وزير الداخلية مساء الأحد، تعليمات بفتح الطرق الجبلية قبل المساء.", id="day-after-the-subject"),
    # a complementizer after the day it was said ("، مساء الأحد إن …") opens the complement
    pytest.param("وأعلن رئيس الهيئة الوطنية في جمهورية مالي، سامي الحداد، خلال لقاء بالصحفيين، مساء الأحد إن الوزير سيزور المدينة.",
                 id="complement-after-a-day"),
    # a verb and a short noun phrase, then what the verb takes with ب
    pytest.param("وشعر سكان المدن المجاورة، بهزة قوية استمرت ثواني.", id="ba-after-the-subject"),
    pytest.param("وكلف الرئيس نائبه الأول، بإدارة شؤون الحكومة مؤقتا.", id="ba-after-the-object"),
    pytest.param("وشعر بالهزة سكان القرى الجبلية، وصولا إلى المدن الساحلية في الجنوب.", id="as-far-as"),
])
def test_what_a_verb_does_cut_from_it_by_a_comma_goes_on_with_it(text):
    """"ووجه الوزير فلان، تعليمات بـ…"، "أكد قادة المجموعة، اليوم الأربعاء، دعمهم …"، "وشعر السكان، بهزة …":
    the verb, its subject and what it does, cut apart by commas, are one piece, so the statement keeps
    who said it."""
    assert cut(text) == [text]


@pytest.mark.parametrize("text", [
    "وأعلن وزراء المجموعة، صباح اليوم الخميس، وانسحبت الوفود من القاعة بعد ذلك.",
    "وأعلن وزراء المجموعة، صباح اليوم الخميس، الذي شهد توترا كبيرا في القاعة.",
])
def test_a_clause_of_its_own_past_a_day_stays_apart(text):
    assert len(cut(text)) == 2


def test_today_alone_may_end_a_name_not_say_when():
    """"روسيا اليوم" is a channel's name: what follows its comma is no object of the verb before it."""
    assert len(cut("ونقل موقع روسيا اليوم، تصريحات الوزير عن الأزمة.")) == 2


def test_a_clause_of_its_own_after_a_subject_stays_apart():
    text = "وتحدث مدير الشركة، وانتقد النقابة بشدة أمام الصحفيين."
    assert len(cut(text)) == 2


def test_a_report_moving_to_its_next_item_says_nothing():
    """"في سياق متصل"، "في غضون ذلك" tie the next item to the last: no statement of their own."""
    (found,) = mentions("في سياق متصل، أعلنت البلدية إغلاق الجسر القديم أمام الشاحنات حتى إشعار آخر.", "t1")
    assert not {"سياق", "متصل"} & set(analyse_mention(found).terms)
    assert not mentions("وفي غضون ذلك، في سياق آخر.", "t2")


def test_who_is_among_a_count_set_off_by_commas_goes_on_the_count():
    """"…، بينهم مدير الدائرة" says who is among those the clause before counts, as "…، منهم …" does."""
    for text in ("وطلبت المحكمة من الشرطة القبض على سبعة موظفين من كوادر دائرة الجمارك، بينهم مدير الدائرة سامي العلي.",
                 "وأوقفت الشرطة سبعة موظفين في الميناء، بينهم مدير الجمارك المحلي."):
        assert cut(text) == [text]


def test_an_adjunct_between_a_message_verbs_subject_and_its_object_stays_in_the_sentence():
    """"وأصدر الوزير، الأحد، قرارا …" as "أكد الوزير، الأحد، دعمه …": the day set off by commas
    interrupts the sentence, the object goes on it."""
    text = "وأصدر وزير التربية، الأحد، قرارا بتأجيل الامتحانات النهائية أسبوعا كاملا."
    assert cut(text) == [text]


def test_a_subject_no_table_knows_is_no_earlier_speaker():
    """"وقالت صحة المحافظة في بيان إن …": the verb has a subject of its own (a body named short), so
    the last speaker does not speak here; "وأضاف للصحفيين أن …" (an adjunct after the verb) goes on
    with the speaker before it."""
    found = mentions("وقال المتحدث باسم الدفاع المدني إن النيران أخمدت. وقالت صحة المحافظة في بيان إن "
                     "\"الحريق نجم عن تماس كهربائي\". وأضاف للصحفيين أن التحقيق مستمر.", "t3")
    assert [m.speaker for m in found] == ["المتحدث باسم الدفاع المدني", "صحة المحافظة", "صحة المحافظة"]
    found = mentions("وقال المتحدث باسم الدفاع المدني إن النيران أخمدت. وأضاف مجددا أن التحقيق مستمر.", "t4")
    assert [m.speaker for m in found] == ["المتحدث باسم الدفاع المدني"] * 2


@pytest.mark.parametrize("text", [
    "وختم الرئيس الغاني جون ماهاما والملك الأردني جولتهما في المصنع ظهر الخميس، بتدشين خط إنتاج جديد.",
    "واختتمت المستشارة الألمانية هيلدا كراوس والرئيس البرازيلي زيارتهما للمرفأ مساء الجمعة، بتوقيع مذكرة تفاهم.",
    "ورد رئيس الوزراء ماجد العلي على الانتقادات في البرلمان مساء الأحد، بتقديم استقالته.",
])
def test_the_means_a_clause_was_done_by_goes_on_with_it(text):
    """"…، بتوقيع مذكرة": the bā' of means and a verbal noun in ت say how the clause before was done."""
    assert cut(text) == [text]


def test_a_negated_complement_after_a_comma_goes_on_with_its_verb():
    """"لم تتعهد الحكومة للنقابات، بعدم رفع الأسعار": what was (not) pledged, negated by "عدم" after the
    comma, is the pledge's complement, not a statement of its own."""
    text = "ولكن الحكومة لم تتعهد لممثلي النقابات، بعدم رفع أسعار الوقود هذا الشتاء."
    assert cut(text) == [text]


@pytest.mark.parametrize("text", [
    "وقال الوزير إنه تلقى وعدا من ماجد العلي، رئيس الحكومة بعدم رفع أسعار الوقود هذا العام.",
    "وأكد الوزير أنه التقى ماجد العلي، رئيس الحكومة في مكتبه صباح اليوم.",
])
def test_a_title_in_apposition_to_a_name_goes_on_with_its_clause(text):
    """"… من فلان الفلاني، رئيس الحكومة بعدم …": the title describes the person the clause before ends
    with, and what follows it belongs to that clause."""
    assert cut(text) == [text]


def test_a_title_after_a_conjunction_opens_a_clause_of_its_own():
    """"…، فوزير الخارجية قال …": a conjunction opens a clause of its own, whatever words end the one before."""
    text = 'أولى عبارات الوزيرين أمام المصورين جاءت ودية، فوزير الخارجية قال بعد لحظات: "سعدت بلقائك".'
    assert len(cut(text)) == 2


def test_a_noun_said_again_to_qualify_it_goes_on_with_its_clause():
    """"إنه رجل يدير شركة، شركة عائلية صغيرة": the noun said again after the comma, with what qualifies
    it, is the same clause; a long clause opening with it says more and stays apart."""
    text = 'وقال الوزير: "إنه رجل يدير شركة، شركة عائلية صغيرة".'
    assert cut(text) == [text]
    text = "وقال الوزير إن الحكومة ستدعم المزارعين، المزارعين الذين تضرروا من الجفاف في الجنوب."
    assert len(cut(text)) == 2
