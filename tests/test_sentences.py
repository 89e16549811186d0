import pytest

from mkdocs_summit_plugin.model import Article
from mkdocs_summit_plugin.text.sentences import is_boilerplate, is_heading, split_clauses, split_sentences


def article(text):
    return Article(id="t", path="a/t.txt", text=text, title="t")


def test_boilerplate_lines():
    for line in ["مقالات ذات صلة", "زر الذهاب إلى الأعلى", "اقرأ أيضاً: قمة أخرى", "اترك تعليقاً", "إغلاق", "   "]:
        assert is_boilerplate(line), line
    assert not is_boilerplate("عقد الرئيسان قمة في جنيف.")


def test_a_bylines_reading_time_is_furniture_not_a_duration():
    assert is_boilerplate("بقلم محرر الشؤون الدولية 4 دقائق للقراءة")
    assert is_boilerplate("وقت القراءة: دقيقتان")
    assert not is_boilerplate("واستمرت الجلسة الأولى 4 دقائق فقط.")


def test_heading_is_short_and_unpunctuated():
    assert is_heading("محادثات مصغرة")
    assert not is_heading("انتهت القمة بعد أربع ساعات.")


def test_sentences_keep_offsets_and_skip_furniture():
    text = "عنوان الخبر\n\nاستمرت القمة 3.5 ساعات. وقال بوتين: «اتفقنا»؟ نعم!\nمقالات ذات صلة\n• بند أول في قائمة.\n"
    a = article(text)
    sentences = split_sentences(a)
    assert [s.text for s in sentences] == [
        "عنوان الخبر",
        "استمرت القمة 3.5 ساعات.",
        "وقال بوتين: «اتفقنا»؟ نعم!",  # a question and its short answer: one sentence
        "بند أول في قائمة.",
    ]
    assert all(text[s.start:s.end] == s.text for s in sentences)
    assert sentences[0].heading and not sentences[1].heading


def test_inword_dot_does_not_end_a_sentence():
    a = article("وبحث الجانبان القـ.ـضايا الخلافية والأمـ.ـن السيبراني.")
    assert len(split_sentences(a)) == 1


def test_full_stop_without_its_space_ends_a_sentence():
    a = article("وأعلن المتحدث أن الوفد سيصل غدا.وقالت الوزارة إن المحادثات ستبدأ الاثنين.")
    assert [s.text for s in split_sentences(a)] == [
        "وأعلن المتحدث أن الوفد سيصل غدا.", "وقالت الوزارة إن المحادثات ستبدأ الاثنين."
    ]
    b = article("وقال إن الاتفاق \"نهائي\".وبدا الارتياح على الحاضرين.")
    assert [s.text for s in split_sentences(b)] == ["وقال إن الاتفاق \"نهائي\".", "وبدا الارتياح على الحاضرين."]
    # abbreviations, decimals and dots pushed into a word stay inside one sentence
    for text in ("ونقلت أ.ف.ب عن مصدر أن الوفد وصل.", "وبلغ النمو 3.5 في المئة هذا العام.", "وبحث القـ.ـضايا كلها."):
        assert len(split_sentences(article(text))) == 1, text


def test_a_full_stop_after_a_number_ends_a_sentence_but_not_a_list_items_number():
    a = article("وافتتح الجسر القديم عام 1962. وأعلنت البلدية أنه سيغلق للصيانة.")
    assert [s.text for s in split_sentences(a)] == ["وافتتح الجسر القديم عام 1962.", "وأعلنت البلدية أنه سيغلق للصيانة."]
    for text in ("2. تمديد الهدنة ثلاثة أيام أخرى", "وبلغ النمو 3.5 في المئة.", "وصل الوفد في الساعة 16.30 بالتوقيت المحلي."):
        assert len(split_sentences(article(text))) == 1, text


def test_dots_or_an_ellipsis_written_between_two_words_end_a_sentence():
    for stop in ("..", "...", "…"):
        a = article(f"وأعلنت الهيئة أنها ستعيد فتح المعبر{stop}وستسمح بعبور الشاحنات صباح الغد.")
        assert [s.text for s in split_sentences(a)] == [
            f"وأعلنت الهيئة أنها ستعيد فتح المعبر{stop}", "وستسمح بعبور الشاحنات صباح الغد."
        ], stop
    # between digits they are no stop
    assert len(split_sentences(article("وتراوحت الأسعار بين 3..5 دنانير في السوق."))) == 1


def test_clauses_cut_at_commas_but_not_inside_numbers():
    a = article("وبعد استراحة لمدة 45 دقيقة، انعقدت الجولة الموسعة؛ وحضر 1,000 صحفي.")
    (sentence,) = split_sentences(a)
    clauses = split_clauses(sentence)
    assert [c.text for c in clauses] == ["وبعد استراحة لمدة 45 دقيقة", "انعقدت الجولة الموسعة", "وحضر 1,000 صحفي."]
    assert all(a.text[c.start:c.end] == c.text for c in clauses)
    # an Arabic comma between digits is a number's ("6،2 درجات"), one after a number still cuts
    (sentence,) = split_sentences(article("وضربت هزة بقوة 6،2 درجات الساحل، وقتل 12، وأصيب آخرون."))
    assert [c.text for c in split_clauses(sentence)] == ["وضربت هزة بقوة 6،2 درجات الساحل", "وقتل 12", "وأصيب آخرون."]


def test_hard_wrapped_lines_are_joined_into_sentences():
    # a text cut every ~60 characters, as e-mailed wire copy and fixed-width pages are
    text = (
        "عاجل\n"
        "قال وزير الزراعة في مؤتمر صحفي عقده صباح اليوم إن المحصول\n"
        "هذا العام سيكون أكبر من محصول العام الماضي بفضل الأمطار\n"
        "الغزيرة التي هطلت في الربيع، وأضاف أن الحكومة ستشتري القمح\n"
        "من المزارعين بسعر أعلى من سعر السوق العالمية هذا الموسم.\n"
        "وأوضح أن مخازن الحبوب في الشمال جاهزة لاستقبال المحصول\n"
        "قبل نهاية الشهر المقبل.\n"
    )
    a = article(text)
    sentences = split_sentences(a)
    assert [s.heading for s in sentences] == [True, False, False]
    assert sentences[1].text.startswith("قال وزير الزراعة") and sentences[1].text.endswith("هذا الموسم.")
    assert sentences[2].text.endswith("الشهر المقبل.")
    assert all(text[s.start:s.end] == s.text for s in sentences)


def test_lines_wrapped_in_two_widths_are_joined_into_sentences():
    # a page laid out in two columns: its lines stop at about 50 and about 80 characters
    text = (
        "قال المدير العام للشركة في لقاء مع الصحفيين أمس\n"
        "إن أرباح هذا العام تجاوزت التوقعات بفضل الطلب المتزايد على الأجهزة المنزلية في\n"
        "الأسواق المجاورة لها في الشمال، وأضاف أن الشركة\n"
        "ستفتح مصنعا جديدا في الجنوب خلال العام المقبل، وأن المصنع الجديد سيوفر فرص\n"
        "عمل لمئات الشبان من سكان المنطقة التي تعاني من\n"
        "البطالة منذ سنوات طويلة كما قال مسؤولون في البلدية التي تنتظر افتتاحه منذ مدة.\n"
    )
    a = article(text)
    sentences = split_sentences(a)
    assert len({s.paragraph for s in sentences}) == 1, [s.text for s in sentences]
    assert not any(s.text.endswith(("أمس", "الشركة", "من")) for s in sentences), [s.text for s in sentences]


def test_list_items_are_never_joined_as_wrapped_lines():
    # a summary in points and a statement's points, each without a full stop
    text = (
        "أهم ما جاء في البيان الختامي للاجتماع\n"
        "◄ الوزراء يتفقون على خطة مشتركة لحماية الغابات من الحرائق\n"
        "◄ إنشاء صندوق إقليمي لتمويل فرق الإطفاء في المناطق الجبلية\n"
        "◄ الاجتماع المقبل في العاصمة بعد ستة أشهر من الآن تقريبا\n"
        "وجاء في البيان أن الدول الأعضاء ستتبادل بيانات الأقمار الصناعية\n"
        "- التأكيد على دور البلديات في تنظيف الأحراج قبل الصيف\n"
        "- دعوة المواطنين إلى الإبلاغ عن أي حريق فور رؤيته\n"
    )
    a = article(text)
    sentences = [s.text for s in split_sentences(a)]
    for point in ("خطة مشتركة", "صندوق إقليمي", "الاجتماع المقبل", "الأقمار الصناعية", "دور البلديات", "الإبلاغ عن"):
        assert sum(point in s for s in sentences) == 1 and not any(point in s and "\n" in s for s in sentences), sentences


def test_lines_of_a_scraped_page_are_not_joined():
    text = (
        "الرئيسية\nأخبار محلية\n"
        "افتتح المحافظ اليوم الجسر الجديد فوق النهر بحضور عدد من المسؤولين.\n"
        "وقال المحافظ إن الجسر سيختصر الطريق إلى المدينة بنصف ساعة.\n"
        "صورة الجسر الجديد من الجو\n"
        "وأكد أن أعمال الصيانة ستبدأ العام المقبل.\n"
    )
    # "الرئيسية" is page furniture; every other line stays a sentence of its own
    assert [s.text for s in split_sentences(article(text))] == text.split("\n")[1:-1]


def test_a_heading_is_one_sentence_whatever_dots_stand_between_its_parts():
    sentences = split_sentences(article("بينهم 9 أردنيين.. أسماء ضحايا الحافلة\nوقالت الشرطة إن الحادث وقع ليلا. ولم يصب السائق.\n"))
    assert [s.text for s in sentences] == [
        "بينهم 9 أردنيين.. أسماء ضحايا الحافلة",
        "وقالت الشرطة إن الحادث وقع ليلا.",
        "ولم يصب السائق.",
    ]


def test_a_reader_widget_label_opening_a_line_is_skipped_and_the_line_kept():
    """"الخط : استمع للمقال وقال …": the labels go, the sentence stays, its span exact; a line whose
    first word only looks like a label ("الخط العربي …") is kept whole."""
    text = "الخط : استمع للمقال وقال الوزير إن الجلسة تأجلت إلى الأسبوع المقبل.\nالخط العربي فن قديم يدرس في المعاهد.\n"
    a = Article(id="w", path="w.txt", text=text, title="")
    found = split_sentences(a)
    assert found[0].text.startswith("وقال الوزير") and text[found[0].start:found[0].end] == found[0].text
    assert found[1].text.startswith("الخط العربي")


@pytest.mark.parametrize("line, item", [
    ("◄ الوزراء يتفقون على خطة مشتركة", True),
    ("- التأكيد على دور البلديات", True),
    ("2) إنشاء صندوق إقليمي", True),
    ("12- البند الأخير من الاتفاق", True),
    ("3.5 مليار دولار خصصت للمشروع", False),
    ("2024 عام الانتخابات في البلاد", False),
    ("قال الوزير إن الخطة جاهزة", False),
])
def test_a_list_item_opens_with_a_mark_and_a_number_mark_needs_a_space(line, item):
    from mkdocs_summit_plugin.text.sentences import is_list_item

    assert is_list_item(line) is item


def test_a_question_and_its_short_answer_are_one_sentence():
    """"هل نقبل بهذا؟ بالطبع لا، ولهذا …": the answer says what the question asks; a question followed
    by a sentence of its own stays two."""
    a = article('وقال الوزير: "هل نقبل بهذا الشرط؟ بالطبع لا، ولهذا رفضنا العرض".')
    assert len(split_sentences(a)) == 1
    b = article("وتساءل الكاتب: هل تنجح الوساطة هذه المرة؟ لا أحد يعرف الجواب بعد. وانتهى اللقاء مساء.")
    assert len(split_sentences(b)) == 3
