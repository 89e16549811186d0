import pytest

from mkdocs_summit_plugin.assign.attributes import (
    assign_attribute,
    attribute_label,
    is_descriptive_dual,
    is_time_offset,
)
from mkdocs_summit_plugin.assign.modality import assign_modality
from mkdocs_summit_plugin.model import Quantity


def q(text, dimension="duration", unit="minute", value=120.0):
    return Quantity(value, value, value, unit, dimension, 0, len(text), text)


@pytest.mark.parametrize(
    "clause, value_text, earlier, expected",
    [
        ("وامتدت المحادثات المصغرة لساعتين", "لساعتين", [], "first-round-duration"),
        ("وبعد محادثات استمرت أربع ساعات", "أربع ساعات", [], "talks-duration"),
        ("وبعد استراحة لمدة 45 دقيقة", "45 دقيقة", [], "break-duration"),
        ("انعقدت الجولة الموسعة لمدة 65 دقيقة", "65 دقيقة", [], "expanded-round-duration"),
        ("جولة محادثات أولية استمرت 93 دقيقة", "93 دقيقة", [], "first-round-duration"),
        ("والتي استغرقت ساعتين كاملتين", "ساعتين كاملتين", ["اختتمت قمة الرئيسين عبر الفيديو"], "talks-duration"),
        ("دامت المكالمة الهاتفية نحو ساعة", "نحو ساعة", [], "call-duration"),
        ("استغرق الاجتماع الثنائي على انفراد 40 دقيقة", "40 دقيقة", [], "first-round-duration"),
        ("وانتهى اللقاء الثنائي بين الزعيمين بعد 35 دقيقة", "35 دقيقة", [], "first-round-duration"),
        # the two leaders alone, said "face to face" or of a meeting "alone"
        ("وتحدث الرئيسان وجها لوجه نحو 70 دقيقة", "70 دقيقة", [], "first-round-duration"),
        ("وعقد الوزيران اجتماعا منفردا استغرق 45 دقيقة", "45 دقيقة", [], "first-round-duration"),
        # a part of a total ("منها …"): the part's own words after it say what it is, not the total's cue
        ("بعد أربع ساعات من المباحثات منها ساعة ونصف أمضاها الرئيسان وجها لوجه", "ساعة ونصف", [],
         "first-round-duration"),
        # bilateral talks are any talks of the two parties, not the part without the delegations
        ("ويعقد الوزيران مباحثات ثنائية تستغرق 25 دقيقة", "25 دقيقة", [], "talks-duration"),
        ("واستمر المؤتمر الصحفي 50 دقيقة", "50 دقيقة", [], "press-conference-duration"),
        ("استمر ساعتين", "ساعتين", [], "duration"),
    ],
)
def test_duration_attributes(clause, value_text, earlier, expected):
    offset = clause.index(value_text)
    attribute, _ = assign_attribute(q(value_text), clause, offset, earlier)
    assert attribute == expected


def test_cue_in_an_earlier_clause_is_reported_as_such():
    attribute, back = assign_attribute(q("ساعتين"), "والتي استغرقت ساعتين", 14, ["عقدا قمة عبر الفيديو", "بحضور وزيرين"])
    assert (attribute, back) == ("talks-duration", 2)


def test_period_and_count_attributes():
    clause = "وافق على تمديد اتفاقية ستارت لمدة ثلاثة أعوام"
    assert assign_attribute(q("ثلاثة أعوام", "period", "year", 3), clause, clause.index("ثلاثة"))[0] == "extension-period"
    clause = "تحدثا عبر الهاتف ثلاث مرات"
    assert assign_attribute(q("ثلاث مرات", "count", "time", 3), clause, clause.index("ثلاث"))[0] == "call-count"
    clause = "تضمنت القمة اجتماعا واحدا فقط"
    assert assign_attribute(q("اجتماعا واحدا", "count", "meeting", 1), clause, clause.index("اجتماعا"))[0] == "meeting-count"
    clause = "حدد 16 كيانا"
    assert assign_attribute(q("16 كيانا", "count", "entity", 16), clause, 4)[0] == "entity-count-hdd"
    clause = "وستمتد المحادثات على 3 اجتماعات"
    assert assign_attribute(q("3 اجتماعات", "count", "meeting", 3), clause, clause.index("3"))[0] == "meeting-count"


@pytest.mark.parametrize(
    "clause, value_text, unit, expected",
    [
        ("أسفر الهجوم عن مقتل 12 شخصا", "12 شخصا", "person", "death-count"),
        ("وأصيب 30 شخصا بجروح", "30 شخصا", "person", "injury-count"),
        # the verbal noun of wounding right before the count, after a death toll in the same clause
        ("أسفر الانفجار عن مقتل 31 عاملا وجرح 64 شخصا", "64 شخصا", "person", "injury-count"),
        ("واعتقلت الشرطة 7 أشخاص", "7 أشخاص", "person", "arrest-count"),
        ("قررت موسكو طرد 10 دبلوماسيين", "10 دبلوماسيين", "diplomat", "expulsion-count"),
        ("شارك في المؤتمر نحو 300 صحفي", "300 صحفي", "journalist", "journalist-count-car"),
        ("وحضر الاجتماع 40 شخصا", "40 شخصا", "person", "person-count-hdr"),
    ],
)
def test_counts_of_the_same_unit_under_different_verbs_are_different_claims(clause, value_text, unit, expected):
    quantity = q(value_text, "count", unit, 1)
    assert assign_attribute(quantity, clause, clause.index(value_text))[0] == expected


def test_labels():
    assert attribute_label("talks-duration", "minute") == "مدة المحادثات"
    assert attribute_label("entity-count", "entity") == "عدد الكيانات"
    assert attribute_label("widget-count", "widget") == "عدد"
    assert attribute_label("entity-count-hdd", "entity") == "عدد الكيانات"


@pytest.mark.parametrize(
    "before, lead, expected",
    [
        ("استمرت المحادثات ", "", "reported"),
        ("دامت القمة قرابة ", "", "reported"),
        ("من المتوقع أن تستغرق القمة ", "", "planned"),
        ("ستستغرق المحادثات ", "", "planned"),
        ("وسيمتد اللقاء ", "", "planned"),
        ("تلك المحادثات التي ستمتد على ", "", "planned"),
        ("ومن المقرر أن تستمر ", "", "planned"),
        ("تستمر ", "قال مسؤولون إنه من المتوقع أن ", "planned"),
        ("أن تكون المحادثات استمرت ", "نفى الكرملين ", "denied"),
        ("ونفت الرئاسة أن يكون اللقاء دام ", "", "denied"),
        ("المحادثات التي كان من المتوقع أن تطول انتهت بعد ", "", "reported"),
        ("انتهت بعد ", "كان مقررا أن تستمر القمة خمس ساعات لكنها ", "reported"),
        ("وستستمر الجولة المقبلة ", "انتهت الجولة الأولى، ", "planned"),
        ("قد تستمر الحرب حتى ", "", "planned"),
        ("وقد استمرت المحادثات ", "", "reported"),
        ("على أن تستمر الجلسة ", "", "planned"),
        ("وتستمر الهدنة ", "", "planned"),
        ("لم تستغرق القمة أكثر من ", "", "reported"),
        ("لن تستغرق الزيارة أكثر من ", "", "planned"),
        ("ويرجح أن تدوم المشاورات ", "", "planned"),
    ],
)
def test_modality(before, lead, expected):
    assert assign_modality(before, lead) == expected


def test_upcoming_after_the_number_is_planned():
    assert assign_modality("خلال الـ", "", " المقبلة، قال المسؤول") == "planned"
    assert assign_modality("استمرت الهدنة ", "", " الماضية") == "reported"


@pytest.mark.parametrize(
    "before, dimension, offset",
    [
        ("منذ ", "duration", True),
        ("وقبل ", "period", True),
        ("في غضون ", "duration", False),  # a deadline, the most time allowed (attribute "deadline")
        ("غادر بايدن جنيف بعد ", "duration", True),
        ("انتهت القمة بعد ", "duration", False),
        ("وبعد محادثات استمرت ", "duration", False),
        ("لمدة ", "period", False),
        ("قبل ", "count", False),
    ],
)
def test_points_in_time_are_not_lengths(before, dimension, offset):
    assert is_time_offset(q("ساعتين", dimension), before) is offset


def test_duals_that_describe_two_parties_are_not_counts():
    assert is_descriptive_dual(Quantity(2, 2, 2, "country", "count", 0, 6, "دولتين", noun="دولتين"))
    assert is_descriptive_dual(Quantity(2, 2, 2, "delegation", "count", 0, 5, "وفدين", noun="وفدين"))
    assert not is_descriptive_dual(Quantity(2, 2, 2, "meeting", "count", 0, 8, "اجتماعين", noun="اجتماعين"))
    assert not is_descriptive_dual(Quantity(2, 2, 2, "time", "count", 0, 5, "مرتين", noun="مرتين"))
    assert not is_descriptive_dual(Quantity(2, 2, 2, "country", "count", 0, 7, "2 دولتين", noun="دولتين"))
    assert not is_descriptive_dual(Quantity(3, 3, 3, "country", "count", 0, 8, "ثلاث دول", noun="دول"))


def test_a_nationality_after_a_count_is_its_qualifier():
    from mkdocs_summit_plugin.assign.subjects import count_qualifier

    diplomats = Quantity(10, 10, 10, "diplomat", "count", 0, 13, "10 دبلوماسيين")
    assert count_qualifier(diplomats, " روس من البلاد") == "روس"
    assert count_qualifier(diplomats, " أميركيين") == "أمريكيون"
    assert count_qualifier(diplomats, " من السفارة") is None
    assert count_qualifier(q("ساعتين"), " روسيتين") is None  # only counts
