from mkdocs_summit_plugin.assign.events import (
    EventHint,
    article_cue_weights,
    detect_events,
    find_cues,
    looks_back,
    main_cue,
    passage_event,
)
from mkdocs_summit_plugin.model import Article
from mkdocs_summit_plugin.text.sentences import split_sentences


def keys(text, hints=()):
    return [c.key for c in find_cues(text, hints)]


def test_venue_needs_a_preposition_or_event_noun():
    assert keys("عقد الرئيسان قمة في مدينة جنيف السويسرية") == ["place:geneva"]
    assert keys("على هامش قمة هلسنكي") == ["place:helsinki"]
    assert keys("وصل الرئيسان إلى جنيف صباحا") == ["place:geneva"]
    assert keys("عودة السفيرين إلى واشنطن وموسكو") == []


def test_an_arrival_names_its_venue_past_its_subject_and_time():
    # the traveller's title, name and day stand between the verb and "إلى", with commas
    assert keys("وصل رئيس الوزراء الإيطالي ماريو فلان، صباح الاثنين، إلى مدريد في جولة") == ["place:madrid"]
    assert keys("توجه وزير الخارجية البرازيلي فلان الفلاني ليلة أمس إلى برلين") == ["place:berlin"]
    # past the gap, or with a sentence mark between, the verb is not the venue's
    assert keys("وصل الرئيس بعد ساعات من المحادثات الطويلة مع كبار المسؤولين في الحكومة إلى مدريد") == []
    assert keys("وصل الوزير. إلى مدريد توجهت الأنظار") == []


def test_modes():
    assert keys("قمة عبر الفيديو بين الرئيسين") == ["mode:video"]
    assert keys("جرى اتصال هاتفي بين الزعيمين") == ["mode:phone"]
    # the adjective takes the article with its noun; talks by phone are a call too
    assert keys("وعقب الاتصال الهاتفي بين الزعيمين") == ["mode:phone"]
    assert keys("وقال الرئيس خلال محادثات هاتفية مع نظيره") == ["mode:phone"]
    # a count of calls recalls earlier calls: it names no event
    assert keys("وكان الزعيمان قد أجريا ثلاثة اتصالات هاتفية") == []
    assert keys("وكان الزعيمان قد تحدثا عبر الهاتف ثلاث مرات") == []


def test_hints_from_the_editor():
    hint = EventHint("lagrange-2021", "قمة فيلا لاغرانج", ("فيلا لاغرانج",))
    assert keys("في فيلا لاغرانج الفخمة", [hint])[0] == "hint:lagrange-2021"


def test_looking_back():
    assert looks_back("وفي منتصف حزيران الماضي عقدا قمة")
    assert not looks_back("عقدا اليوم قمة في جنيف")


def make(aid, text, published=None):
    return Article(id=aid, path=f"a/{aid}.txt", text=text, title=text.split("\n")[0], published=published)


def test_articles_group_into_events_and_a_backward_sentence_moves():
    arts = [
        make("a1", "قمة جنيف تنتهي\nانتهت في جنيف القمة بعد ساعات.", "2021-06-16"),
        make("a2", "لقاء الرئيسين\nاجتمع الرئيسان في جنيف اليوم.", "2021-06-16"),
        make("b1", "قمة عبر الفيديو\nعقد الرئيسان قمة عبر الفيديو. وكانا قد التقيا في جنيف في حزيران الماضي.", "2021-12-07"),
    ]
    sentences = {a.id: split_sentences(a) for a in arts}
    events, article_event = detect_events(arts, sentences)
    ids = {e.id for e in events}
    assert ids == {"geneva-2021-06", "video-summit-2021-12"}
    assert article_event == {"a1": "geneva-2021-06", "a2": "geneva-2021-06", "b1": "video-summit-2021-12"}
    assert passage_event("وكانا قد التقيا في جنيف في حزيران الماضي.", "video-summit-2021-12", events) == "geneva-2021-06"
    assert passage_event("عقد الرئيسان قمة عبر الفيديو.", "video-summit-2021-12", events) == "video-summit-2021-12"


def test_a_venue_named_only_where_the_traveller_came_from_names_no_event():
    arts = [
        make("a1", "لقاء في جنيف\nاجتمع الوزيران في جنيف اليوم."),
        make("a2", "زيارة الوزير\nوصل الوزير إلى العاصمة مساء الأحد بعد حضوره قمة في جنيف، ثم عقد لقاء مع نظيره."),
    ]
    for a in arts[1:]:
        weights = article_cue_weights(a, split_sentences(a))
        assert weights and main_cue(weights) is None  # "بعد حضوره" looks back: a quarter weight only
    assert main_cue(article_cue_weights(arts[0], split_sentences(arts[0]))) == "place:geneva"


def test_watch_the_video_is_page_furniture_not_a_video_summit():
    assert keys("شاهد بالفيديو لحظة وصول الوزير") == []
    assert keys("عقد الوزيران اجتماعا بالفيديو") == ["mode:video"]


def test_article_without_cue_joins_the_only_event():
    arts = [make("a1", "قمة\nعقدت القمة في جنيف."), make("a2", "خبر\nتحدث الرئيسان طويلا.")]
    events, article_event = detect_events(arts, {a.id: split_sentences(a) for a in arts})
    assert article_event["a2"] == article_event["a1"] == events[0].id
    assert events[0].articles == ("a1", "a2")


def test_an_event_no_article_is_about_keeps_its_passages_off_this_event():
    arts = [make("a1", "قمة جنيف\nانتهت في جنيف القمة بعد أربع ساعات.")]
    events, article_event = detect_events(arts, {a.id: split_sentences(a) for a in arts})
    (geneva,) = events
    # named outright: another event, even without looking back
    assert passage_event("واستمرت قمة هلسنكي عام 2018 أربع ساعات", geneva.id, events) == "other-helsinki"
    # a bare place is not enough without looking back ("an official in Washington said")
    assert passage_event("وقال مسؤول في واشنطن إن القمة كانت مفيدة", geneva.id, events) == geneva.id
    assert passage_event("والتقيا في هلسنكي في تموز الماضي", geneva.id, events) == "other-helsinki"
    # an agreement named after a city is not an event held there
    assert passage_event("وافق على أن يكون اتفاق مينسك أساس التسوية", geneva.id, events) == geneva.id


def test_mentioned_events_join_the_report():
    from mkdocs_summit_plugin.pipeline import analyse

    arts = [make("a1", "قمة جنيف\nانتهت في جنيف القمة بعد أربع ساعات. واستمرت قمة هلسنكي الماضية ساعتين.")]
    report = analyse(arts)
    assert {e.id for e in report.events} == {"geneva", "other-helsinki"}
    durations = {c.event: c.evidence[0].value for c in report.claims if c.attribute == "talks-duration"}
    assert durations == {"geneva": 240, "other-helsinki": 120}


def test_a_venue_after_a_verb_of_holding_names_the_event():
    cues = find_cues("وكانت آخر قمة بين رئيسي البلدين قد عقدت في هلسنكي عام 2018")
    assert [(c.key, c.named) for c in cues] == [("place:helsinki", True)]
    cues = find_cues("وقال مسؤول في واشنطن إن القمة كانت مفيدة")
    assert [(c.key, c.named) for c in cues] == [("place:washington", False)]
    assert [c.named for c in find_cues("والتقى الرئيسان في مدينة جنيف السويسرية")] == [True]


def test_article_without_cue_joins_the_event_published_the_same_days():
    arts = [
        make("g1", "قمة جنيف\nعقدت القمة في جنيف.", "2021-06-16"),
        make("v1", "قمة عبر الفيديو\nعقد الرئيسان قمة عبر الفيديو.", "2021-12-07"),
        make("x1", "بايدن لبوتين\nقال بايدن بعد القمة إن الاجتماع عقد في جلستين.", "2021-06-17"),
        make("x2", "خبر\nتحدث الرئيسان طويلا.", "2021-09-01"),
        make("x3", "خبر\nتحدث الرئيسان طويلا."),
    ]
    events, article_event = detect_events(arts, {a.id: split_sentences(a) for a in arts})
    assert article_event["x1"] == article_event["g1"] == "geneva-2021-06"
    assert article_event["x2"] is None and article_event["x3"] is None


def test_a_venue_the_lexicon_does_not_list_is_read_from_the_archive():
    # two summits of the same leaders in places no venue table lists: "قمة X" in two articles and
    # "في X" in one make X a venue, so the archive's two summits are two events
    arts = [
        make("k1", "قمة كالاما تنتهي\nانتهت قمة كالاما بين الرئيسين بعد ثلاث ساعات من المحادثات."),
        make("k2", "الرئيسان في كالاما\nالتقى الرئيسان في كالاما وبحثا ملف الحدود والتجارة."),
        make("k3", "نتائج قمة كالاما\nقال الرئيس إن قمة كالاما كانت مثمرة للطرفين."),
        make("t1", "قمة تيلسيت تنتهي\nانتهت قمة تيلسيت بين الرئيسين بعد ساعتين من المحادثات."),
        make("t2", "الرئيسان في تيلسيت\nالتقى الرئيسان في تيلسيت وبحثا ملف الحدود والتجارة."),
        make("t3", "نتائج قمة تيلسيت\nقال الرئيس إن قمة تيلسيت كانت صريحة."),
    ]
    events, article_event = detect_events(arts, {a.id: split_sentences(a) for a in arts})
    assert article_event["k1"] == article_event["k2"] == article_event["k3"]
    assert article_event["t1"] == article_event["t2"] == article_event["t3"] != article_event["k1"]
    assert {e.label for e in events} >= {"قمة كالاما", "قمة تيلسيت"}


def test_who_meets_at_a_summit_is_no_venue():
    """"قمة دول الجوار"، "قمة قادة المنطقة": the members, not a place; "دول" read as a venue made every
    article that names countries one event."""
    arts = [
        make("a1", "قمة دول الجوار\nانطلقت قمة دول الجوار في العاصمة."),
        make("a2", "قمة قادة المنطقة\nعقدت قمة قادة المنطقة ثم قمة دول الخليج في المدينة."),
        make("a3", "خبر\nتحدث الوزير عن المساعدات في دول الجوار وعن قادة المنطقة."),
    ]
    from mkdocs_summit_plugin.assign.events import learned_venues
    assert learned_venues(arts) == ()


def test_an_adjective_or_a_leader_after_the_summit_noun_is_no_venue():
    arts = [
        make("a1", "قمة تاريخية\nعقدت قمة تاريخية بين الرئيسين في العاصمة."),
        make("a2", "قمة بايدن\nانتهت قمة بايدن وبوتين في العاصمة بعد ساعات."),
        make("a3", "قمة تاريخية\nوصف الرئيس القمة بأنها قمة تاريخية. وقال بايدن إن قمة بايدن في الصيف كانت مفيدة."),
    ]
    from mkdocs_summit_plugin.assign.events import learned_venues
    assert learned_venues(arts) == ()


def test_a_format_named_after_a_city_is_no_venue():
    """"بحثا التعاون ضمن صيغة محادثات أستانا": a format named after the city, not where they met;
    "وبدأت مفاوضات أستانا" and "التقيا في أستانا" still name it."""
    assert not [c for c in find_cues("وقال الرئيس إنه بحث مع ضيفه التعاون ضمن صيغة محادثات أستانا") if c.key.startswith("place:")]
    assert not [c for c in find_cues("وأكد الوزير التزام بلاده بمسار جنيف للحل السياسي") if c.key.startswith("place:")]
    assert [c for c in find_cues("وبدأت مفاوضات أستانا صباح اليوم") if c.key.startswith("place:")]
    assert [c for c in find_cues("والتقى الوزيران في جنيف") if c.key.startswith("place:")]


def test_a_call_told_in_a_story_of_a_happening_stays_on_its_pages():
    """In an earthquake's story, "أجرى رئيس الوزراء اتصالا هاتفيا بالرئيس معزيا" is a reaction to the
    quake: it stays on the quake's pages; in a summit's story a call is another event."""
    quake = [make("q1", "زلزال في الجزيرة\nضرب زلزال قوي الجزيرة فجر اليوم وأدى إلى انهيار مبان عدة."),
             make("q2", "ضحايا الزلزال\nصعدت حصيلة قتلى زلزال الجزيرة إلى 12 قتيلا.")]
    events, article_event = detect_events(quake, {a.id: split_sentences(a) for a in quake})
    call = "وأجرى رئيس الوزراء اتصالا هاتفيا بالرئيس لتقديم التعازي في ضحايا الكارثة."
    assert passage_event(call, article_event["q1"], events) == article_event["q1"]
    summit = [make("s1", "قمة جنيف\nانتهت في جنيف القمة بعد أربع ساعات.")]
    events, article_event = detect_events(summit, {a.id: split_sentences(a) for a in summit})
    assert passage_event(call, article_event["s1"], events) != article_event["s1"]
