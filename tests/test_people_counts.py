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
