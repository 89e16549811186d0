"""Which meeting between the parties (assign/occurrences.py), through the whole pipeline.

The phrase table (tests/data/quantity_phrases.yaml) checks which ordinals are read as
``meeting-number``; here, that outlets numbering one meeting agree or disagree on its
own event's page, and that the meeting a number is counted from does not pull it onto
that other meeting's page.
"""
from mkdocs_summit_plugin.pipeline import build_report


def _write(tmp_path, texts):
    for name, text in texts.items():
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")


def _numbers(tmp_path, texts):
    _write(tmp_path, texts)
    report = build_report([tmp_path])
    return {
        c.event: (c.status, sorted((e.article, e.value) for e in c.evidence))
        for c in report.claims
        if c.attribute in ("meeting-number", "summit-number")
    }


def test_each_meeting_keeps_its_number_and_the_meeting_counted_from_is_a_landmark(tmp_path):
    numbers = _numbers(tmp_path, {
        "a1": "قمة في جنيف\nالتقى الرئيسان في جنيف اليوم في أول قمة بين الرئيسين. واستمرت المحادثات ثلاث ساعات.\n",
        "a2": "ختام قمة جنيف\nانتهت في جنيف القمة الأولى بين الرئيسين بعد ساعات من المحادثات.\n",
        "b1": "قمة عبر الفيديو\nعقد الرئيسان قمة عبر الفيديو اليوم، وهي القمة الثانية بين الرئيسين بعد قمة جنيف.\n",
        "b2": "قمة افتراضية\nانتهت القمة عبر الفيديو بين الرئيسين، وكانت القمة الثانية بينهما بعد لقائهما في جنيف في يونيو.\n",
    })
    assert numbers == {
        "geneva": ("consistent", [("a1", 1), ("a2", 1)]),
        "video-summit": ("consistent", [("b1", 2), ("b2", 2)]),
    }


def test_numbers_are_claims_of_their_own_never_a_conflict(tmp_path):
    """Which parties a number counts the meetings of is not read: two numbers are two claims."""
    _write(tmp_path, {
        "a1": "لقاء الوزيرين\nاجتمع الوزيران في العاصمة أمس، وهذا ثالث اجتماع بين الرجلين.\n",
        "a2": "الوزيران يلتقيان\nوالتقى الوزيران للمرة الرابعة في العاصمة أمس لبحث الأزمة.\n",
        "a3": "محادثات الوزيرين\nعقد الوزيران أول لقاء بينهما منذ عامين في العاصمة أمس.\n",
    })
    claims = [c for c in build_report([tmp_path]).claims if c.attribute == "meeting-number"]
    assert sorted(([(e.article, e.value) for e in c.evidence], c.status) for c in claims) == [
        ([("a1", 3)], "single-source"),
        ([("a2", 4)], "single-source"),
    ]  # "the first since two years" is another count, no claim


def test_a_summit_is_numbered_apart_from_meetings_and_a_capacity_qualifies(tmp_path):
    """"القمة الأولى بين الرئيسين" and "اللقاء الرابع بينهما" may both be true of one meeting (a first
    formal summit after three encounters): two claims, no conflict. "للمرة الأولى كرئيسين" (the first
    time as presidents) is another count."""
    _write(tmp_path, {
        "a1": "قمة العاصمة\nبدأت في العاصمة القمة الأولى بين الرئيسين.\n",
        "a2": "لقاء الرئيسين\nوهذا اللقاء الرابع بين الرئيسين في العاصمة.\n",
        "a3": "لقاء العاصمة\nوالتقى الرئيسان للمرة الأولى كرئيسين في العاصمة.\n",
    })
    claims = {c.attribute: c for c in build_report([tmp_path]).claims if c.attribute in ("meeting-number", "summit-number")}
    assert {a: [(e.article, e.value) for e in c.evidence] for a, c in claims.items()} == {
        "summit-number": [("a1", 1)],
        "meeting-number": [("a2", 4)],
    }
