"""People counted by what befell them, whatever noun counts them, and figures of another happening
named after the number (through the whole pipeline, on articles written for the test)."""
from mkdocs_summit_plugin.assign.subjects import another_after
from mkdocs_summit_plugin.pipeline import build_report


def _claims(tmp_path, texts):
    for name, text in texts.items():
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    return build_report([tmp_path]).claims


def test_arrests_of_people_counted_by_two_nouns_are_one_figure(tmp_path):
    """"مذكرة قبض بحق 9 موظفين" and "أوامر قبض بحق 12 مسئولا" count the people the court wants held,
    however each outlet names them (an official spelt with the hamza on either seat): one claim,
    and the two figures disagree."""
    claims = _claims(tmp_path, {
        "a1": "انهيار جسر في المدينة\n\nأصدرت محكمة الاستئناف أمس مذكرة قبض بحق 9 موظفين في مديرية الطرق "
              "بعد انهيار الجسر القديم في المدينة الذي أودى بحياة 40 شخصا.\n",
        "a2": "انهيار جسر المدينة\n\nوأصدر القضاء أوامر قبض بحق 12 مسئولا في مديرية الطرق على خلفية انهيار "
              "الجسر القديم في المدينة.\n",
    })
    (arrests,) = [c for c in claims if c.attribute == "arrest-count"]
    assert arrests.status == "conflicting"
    assert sorted((e.article, e.value) for e in arrests.evidence) == [("a1", 9), ("a2", 12)]


def test_taking_people_into_custody_counts_arrests(tmp_path):
    (arrests,) = [c for c in _claims(tmp_path, {
        "a1": "احتجاجات في الميناء\n\nوألقت الشرطة القبض على 14 متظاهرا قرب الميناء مساء الأحد.\n"})
        if c.kind == "quantity"]
    assert arrests.attribute == "arrest-count"


def test_a_happening_named_after_the_number_as_like_the_story_is_another_one():
    """"بعد عام على مصرع 60 شخصا بانهيار مماثل": the figure is of a similar happening, not the story's."""
    assert another_after(" شخصا بانهيار مماثل في العاصمة")
    assert another_after(" جريحا في حادث مشابه وقع العام الماضي")
    assert not another_after(" شخصا في انهيار الجسر، بعد عام على انهيار مماثل")
    assert not another_after(" شخصا في الانهيار الذي ضرب المدينة")


def test_people_still_in_a_state_said_after_them_are_not_the_toll_before(tmp_path):
    """"ارتفع عدد القتلى إلى 31 … البحث عن 17 شخصا آخرين ما زالوا عالقين": the 17 are still trapped,
    not a second toll; a state the words after them name as a measure ("في عداد المفقودين") is theirs."""
    claims = _claims(tmp_path, {
        "a1": "انهيار عمارة في الحي القديم\n\nارتفع عدد قتلى انهيار العمارة في الحي القديم إلى 31 قتيلا في وقت "
              "تواصل فرق الدفاع المدني البحث عن 17 شخصا آخرين ما زالوا عالقين تحت الركام.\n",
        "a2": "حصيلة انهيار العمارة\n\nوأعلن الدفاع المدني أن عدد قتلى انهيار العمارة بلغ 31 قتيلا، فيما لا يزال "
              "9 أشخاص آخرين في عداد المفقودين.\n",
    })
    tolls = [c for c in claims if c.attribute == "death-count"]
    assert sorted(e.value for c in tolls for e in c.evidence) == [31, 31]
    (missing,) = [c for c in claims if c.attribute == "missing-count"]
    assert [e.value for e in missing.evidence] == [9]


def test_a_measure_of_a_counted_set_of_quakes_is_no_magnitude_of_the_main_one(tmp_path):
    """"سجلت 40 هزة ارتدادية، 7 منها تجاوزت 4.5 درجات" and "تلته 9 هزات فاقت شدتها 5 درجات":
    what a set of aftershocks reaches is no magnitude of the main quake nor of one other quake; one
    of them picked out ("أقواها بقوة 5.8 درجات") is another quake's."""
    claims = _claims(tmp_path, {
        "a1": "زلزال في الجبال\n\nهز زلزال قوته 6.3 درجات المنطقة الجبلية فجر الخميس، وسجلت الهيئة 40 هزة ارتدادية، "
              "7 منها تجاوزت 4.5 درجات.\n",
        "a2": "هزات بعد الزلزال\n\nهز زلزال قوته 6.3 درجات المنطقة الجبلية فجر الخميس، ثم تلته 9 هزات فاقت شدتها "
              "5 درجات، أقواها بلغت 5.8 درجات.\n",
    })
    magnitudes = [sorted(e.value for e in c.evidence) for c in claims if c.attribute == "magnitude"]
    assert sorted(magnitudes) == [[5.8], [6.3, 6.3]], magnitudes
