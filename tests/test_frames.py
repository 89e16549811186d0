import pytest

from mkdocs_summit_plugin.mentions.frames import find_frames, frame_polarity, frames, group_frames, contradicts
from mkdocs_summit_plugin.model import Article
from mkdocs_summit_plugin.text.normalise import fold
from mkdocs_summit_plugin.text.sentences import split_sentences


def frame(name):
    return next(f for f in frames() if f.id == name)


@pytest.mark.parametrize(
    "text, affirms",
    [
        ("وتحدث كل من الزعيمين في مؤتمر صحفي منفصل عقب اللقاء", True),
        ("عقد كل رئيس مؤتمرا صحافيا مستقلا في المساء", True),
        ("وأدلى الرئيس بتصريحاته في مؤتمر صحفي -منفرد- بعد الاجتماع", True),
        ("وخاطب الصحفيين في مؤتمرين صحفيين منفصلين", True),
        ("وانتهت القمة من دون مؤتمر صحفي مشترك", True),
        ("ولم يعقد الرئيسان مؤتمرا صحفيا مشتركا", True),
        ("وظهر الزعيمان في مؤتمر صحفي مشترك في ختام المباحثات", False),
        ("وعقد الرئيسان مؤتمرا صحافيا مشتركا", False),
    ],
)
def test_press_conference_format(text, affirms):
    hits = frame_polarity(frame("separate-press-conferences"), fold(text))
    assert [h[2] for h in hits] == [affirms]


def test_a_conference_without_format_words_is_no_frame():
    assert frame_polarity(frame("separate-press-conferences"), fold("وقال بوتين في مؤتمر صحفي إن القمة كانت بناءة")) == []


@pytest.mark.parametrize(
    "text, affirms",
    [
        ("وصدر في ختام القمة بيان مشترك عن البلدين", True),
        ("وانتهت المحادثات دون إصدار بيان ختامي مشترك", False),
        ("ولم يصدر أي بيان مشترك عن الاجتماع", False),
    ],
)
def test_joint_statement(text, affirms):
    hits = frame_polarity(frame("joint-statement"), fold(text))
    assert [h[2] for h in hits] == [affirms]


def test_frames_group_per_event_and_contradict_on_polarity():
    a = Article("a", "a/a.txt", "انتهت القمة دون مؤتمر صحفي مشترك.", "a")
    b = Article("b", "a/b.txt", "وعقد الرئيسان مؤتمرا صحفيا مشتركا في ختام القمة.", "b")
    mentions = []
    for art in (a, b):
        for m in find_frames(art, split_sentences(art)):
            m.event = "summit"
            mentions.append(m)
            assert art.text[m.start:m.end] == m.excerpt
    (group,) = group_frames(mentions)
    assert [m.article for m in group] == ["a", "b"]
    assert contradicts(group[0], group[1])
