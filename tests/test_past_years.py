"""Passages about a past year's events, and figures said of another happening of the same kind."""
from __future__ import annotations

import pytest

from mkdocs_summit_plugin.assign.past_years import figure_past_year, past_event_id, past_events, past_year, story_year
from mkdocs_summit_plugin.assign.subjects import another_occurrence
from mkdocs_summit_plugin.model import Article
from mkdocs_summit_plugin.pipeline import analyse


@pytest.mark.parametrize("sentence,year", [
    ("وفي عام 2004 ضرب المنطقة زلزال بقوة 6.3 درجات", 2004),
    ("في سنة ١٩٩٩ بلغت الحصيلة 17 ألف قتيل", 1999),
    ("وتعد هذه أسوأ كارثة منذ عام 1976 حين قتل 240 شخصا", None),  # "منذ": measured from then, about now
    ("وقال الوزير إن الحصيلة بلغت 80 قتيلا", None),                # no year
    ("في عام 2022 سجلت البلاد 12 هزة", None),                      # the story's own year
])
def test_a_sentence_dated_before_the_storys_year(sentence, year):
    assert past_year(sentence, 2022) == year


@pytest.mark.parametrize("sentence,year", [
    ("وقال الوزير إن الوفد وصل إلى القصر القديم الذي شيد عام 1890", None),       # dates the palace
    ("وأعلن المتحدث أن الاتفاقية التي وقعت في عام 2015 لم تعد سارية", None),       # the agreement's year
    ("وأكد الخبير أن زلزال الإقليم الذي وقع عام 1960 كان أشد", 1960),           # a happening: dated
    ("ورأى المحلل أن الهجوم القوي الذي شهدته المدينة عام 2001 غير المعادلة", 2001),  # its noun a word back
    ("التي افتتحت عام 1990 هي الأقدم", 1990),                                        # no noun before the pronoun
])
def test_a_year_in_a_relative_clause_on_a_thing_does_not_date_a_statement(sentence, year):
    assert past_year(sentence, 2022, statement=True) == year


@pytest.mark.parametrize("sentence", [
    "وقع الحادث صباح اليوم بعد ستة أشهر فقط على تسلم الشركة السفينة (في أيار 2020)",
    "وأكد المتحدث أن الاستفتاء يأتي قبل عامين من الانتخابات التي جرت عام 2020",
])
def test_a_date_time_is_measured_from_does_not_date_the_sentence(sentence):
    # "بعد/قبل N … على/من" measures from the date, as "منذ" does: the sentence speaks of now
    assert past_year(sentence, 2022, 3) is None


def test_a_clause_after_the_year_saying_what_its_subject_is_now_is_of_now():
    # "تأسس … عام 1995، وهو يضم اليوم 30 عضوا": a pronoun and an imperfect verb describe the present
    assert past_year("تأسس الاتحاد الإقليمي عام 1995 في العاصمة، وهو يضم 30 دولة عضوا", 2024) is None
    assert past_year("تأسس الاتحاد الإقليمي عام 1995 في العاصمة، وضم عند تأسيسه 12 دولة", 2024) == 1995


def test_a_figure_in_a_relative_clause_keeps_its_year():
    # a figure's sentence is still dated by a relative clause's year: the figure is mostly the clause's own
    assert past_year("المظاهرات التي بدأت عام 2011 ثم صارت حربا قتلت 300 ألف شخص", 2022) == 2011


def test_the_storys_year_is_the_latest_it_writes_or_is_published_in():
    a = Article(id="a", path="a.txt", title="فيضانات", text="تذكر الفيضانات بما حدث عام 1998. الأربعاء 14 أيلول 2022", published=None)
    b = Article(id="b", path="b.txt", title="فيضانات", text="بلا تاريخ", published="2023-01-02")
    assert story_year([a]) == 2022 and story_year([a, b]) == 2023 and story_year([]) is None


def test_past_events_are_named_by_their_year():
    (event,) = past_events([past_event_id(1998), "other-x"], {past_event_id(1998): {"a"}})
    assert (event.id, event.label, event.articles) == ("past-1998", "أحداث عام 1998", ("a",))


def test_a_recalled_earthquake_stays_off_the_storys_claims():
    text = ("ضرب زلزال بقوة 6.8 درجات مدينة الساحل فجر الثلاثاء 4 أيار 2021.\n\n"
            "وكانت المدينة قد شهدت في عام 1995 زلزالا بقوة 7.1 درجات.\n")
    report = analyse([Article(id="a", path="a.txt", title="زلزال الساحل", text=text, published=None)])
    by_value = {e.value: c for c in report.claims for e in c.evidence if c.kind == "quantity"}
    assert by_value[6.8].event != "past-1995" and by_value[7.1].event == "past-1995"


@pytest.mark.parametrize("before,another", [
    ("ثم ضرب زلزال جديد بلغت قوته", True),
    ("وسجلت هزة ارتدادية بقوة", True),
    ("على مقياس ريختر، أعقبه آخر بعد الظهر بقوة", True),
    ("ضرب زلزال عنيف بقوة", False),
    ("وقالت الوزارة إن آخر حصيلة بلغت", False),  # "آخر" = latest, of no happening
    # the first one named again after the second: the figure is the first one's
    ("ووقعت الهزة الثانية فجرا، وكان الزلزال الأول قد ضرب المدينة أمس بقوة", False),
])
def test_another_happening_of_the_same_kind(before, another):
    assert another_occurrence(before) is another


@pytest.mark.parametrize("sentence,past", [
    ("ففي أكتوبر/ تشرين الأول غرقت عبارة أخرى قرب الساحل", True),   # after the story's month, no year: last year's
    ("وفي تشرين الأول سقطت طائرة مماثلة", True),
    ("وفي أكتوبر المقبل تعقد اللجنة اجتماعها", False),             # still to come
    ("وفي أكتوبر 2018 غرقت عبارة", True),                          # the year says so (read as a year)
    ("وفي فبراير غرقت عبارة", False),                               # before the story's month: this year
    ("وقال الوزير إن العبارة غرقت فجرا", False),
])
def test_a_month_after_the_storys_with_no_year_is_last_years(sentence, past):
    assert (past_year(sentence, 2019, 3) is not None) is past
    assert past_year(sentence, 2019, None) is None  # no month known: "في <month>" dates nothing


def _figure_year(text: str, figure: str, own_year: int = 2024):
    at = text.index(figure)
    return figure_past_year(text, 0, at, at + len(figure), own_year)


def test_a_figure_in_its_own_clause_with_an_earlier_year_is_that_years():
    """"الأعنف منذ تلك التي هزت المدينة بقوة 7 درجات في أيلول 1990": the sentence says "strongest since"
    (now), but the 7 is the 1990 quake's; a "عندما" clause after "منذ عام 1990" is 1990's too. A count that
    only looks like a year, and the year of a full date (a dateline), are no such year."""
    assert _figure_year("وهي الهزة الأعنف منذ تلك التي هزت المدينة بقوة 7 درجات في أيلول 1990 وخلفت دمارا واسعا.", "7 درجات") == 1990
    assert _figure_year("وهو الأقوى منذ عام 1990، عندما أودى زلزال بحياة 500 شخص.", "500 شخص") == 1990
    assert _figure_year("وارتفعت الحصيلة إلى 2019 قتيلا في المدينة.", "2019 قتيلا") is None
    assert _figure_year("واختتم الرئيسان قمتهما يوم الأربعاء 16 حزيران 2021 بعد محادثات استمرت ثلاث ساعات.", "ثلاث ساعات") is None
    assert _figure_year("وهو أكبر إنتاج منذ عام 2019 بلغ 10 ملايين برميل.", "10 ملايين") is None


def test_a_figure_of_a_happening_some_years_ago_is_that_years():
    """"… زلزال بقوة 6 درجات ضرب الإقليم قبل ثماني سنوات": the 6 is a quake eight years before the story's;
    hours or days ago, or the figure itself in years, date nothing."""
    assert _figure_year("وهذه الهزة أقوى من زلزال بقوة 6 درجات ضرب الإقليم قبل ثماني سنوات.", "6 درجات") == 2016
    assert _figure_year("وكان فيضان مماثل قد أودى بحياة 40 شخصا قبل 3 أعوام.", "40 شخصا") == 2021
    assert _figure_year("وقال الدفاع المدني قبل ساعات إن 40 شخصا قتلوا.", "40 شخصا") is None
    assert _figure_year("وتوقفت المفاوضات قبل انقضاء 3 أعوام على بدئها.", "3 أعوام") is None


def test_a_time_since_a_dated_happening_until_now_is_the_storys_figure():
    """"الأول منذ نحو 30 عاما يوم وقع … عام 1990": the figure after "منذ" runs from then to now; the
    year dates where it starts, not what it is of (neither its clause nor its sentence makes it 1990's)."""
    from mkdocs_summit_plugin.assign.past_years import figure_past_year, since_until_now

    text = "ويعد الحفل الأول بين البلدين منذ نحو 30 عاما يوم وقع اتفاق مماثل في العاصمة عام 1990."
    at = text.index("نحو")
    assert since_until_now(text, 0, at) and since_until_now(text, 0, text.index("30"))
    assert figure_past_year(text, 0, at, at + 11, 2020) is None
    other = "ووقع زلزال بقوة 6 درجات في المدينة نفسها عام 1994."
    assert not since_until_now(other, 0, other.index("6"))


def test_a_first_in_so_many_years_stays_the_storys_though_its_sentence_names_the_earlier_year():
    text = ("وقع الرئيسان اتفاق السلام في العاصمة مساء الثلاثاء 15 أيلول 2020.\n\n"
            "ويعد الحفل الأول بين البلدين منذ نحو 30 عاما يوم وقع اتفاق مماثل في العاصمة عام 1990.\n")
    report = analyse([Article(id="a", path="a.txt", title="اتفاق السلام", text=text, published=None)])
    (gap,) = [c for c in report.claims for e in c.evidence if c.kind == "quantity" and e.value == 30]
    assert gap.event != "past-1990"
