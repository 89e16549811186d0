"""Stories: articles clustered by the words they share, named by the happening and its place (sentences of our own)."""
from __future__ import annotations

from mkdocs_summit_plugin.assign import stories
from mkdocs_summit_plugin.assign.events import detect_events
from mkdocs_summit_plugin.model import Article
from mkdocs_summit_plugin.text.sentences import split_sentences

FLOOD = [
    "فيضانات الوادي الأخضر\nاجتاحت فيضانات الوادي الأخضر القرى الجبلية بعد أمطار غزيرة، وقال الدفاع المدني إن السيول جرفت الجسور والطرق. وزار وزير الداخلية العاصمة لبحث الإغاثة.",
    "السيول تغمر القرى\nارتفع منسوب المياه في الوادي الأخضر وغمرت السيول الحقول والمنازل، وأعلنت فرق الإنقاذ إجلاء الأسر من القرى الجبلية بعد انهيار الجسور.",
    "حصيلة فيضانات الوادي الأخضر\nقالت فرق الإنقاذ إن فيضانات الوادي الأخضر دمرت الجسور والطرق، وإن الأمطار الغزيرة ما زالت تهطل على القرى الجبلية والحقول.",
]
ELECTION = [
    "انتخابات جزر المرجان\nتوجه الناخبون في جزر المرجان إلى صناديق الاقتراع لاختيار البرلمان، وقالت لجنة الانتخابات إن نسبة المشاركة مرتفعة في الدوائر.",
    "فرز الأصوات\nبدأت لجنة الانتخابات في جزر المرجان فرز الأصوات في الدوائر بعد إغلاق صناديق الاقتراع، ويتنافس المرشحون على مقاعد البرلمان.",
    "نتائج أولية\nأعلنت لجنة الانتخابات نتائج أولية لانتخابات البرلمان في جزر المرجان، وتقدم مرشحو المعارضة في الدوائر الساحلية مع ارتفاع المشاركة.",
]


def articles(texts, prefix):
    """Articles whose title is their first line."""
    return [Article(id=f"{prefix}{i}", path=f"{prefix}{i}.txt", title=text.split("\n", 1)[0], text=text, published=None)
            for i, text in enumerate(texts)]


def untitled(texts, prefix="s"):
    """Articles with no title of their own, as a page whose heading was not kept."""
    return [Article(id=f"{prefix}{i}", path=f"{prefix}{i}.txt", title="", text=text, published=None)
            for i, text in enumerate(texts)]


def test_an_archive_of_two_stories_gives_each_its_event_named_by_kind_and_place():
    arts = articles(FLOOD, "f") + articles(ELECTION, "e")
    events, article_event = detect_events(arts, {a.id: split_sentences(a) for a in arts})
    assert len(events) == 2
    assert len({article_event[a.id] for a in arts[:3]}) == 1 and len({article_event[a.id] for a in arts[3:]}) == 1
    labels = {e.label for e in events}
    assert any(label.startswith("فيضانات") for label in labels) and any(label.startswith("انتخابات") for label in labels)
    assert all(e.id.isascii() for e in events)


def test_a_capital_named_in_passing_does_not_name_a_flood():
    arts = articles(FLOOD, "f")
    events, _ = detect_events(arts, {a.id: split_sentences(a) for a in arts})
    (event,) = events
    assert "العاصمة" not in event.label and event.label.startswith("فيضانات")


def test_kind_and_place_of_a_story():
    arts = articles(FLOOD, "f")
    kind = stories.story_kind(arts)
    assert kind.key == "flood" and not kind.meeting
    assert stories.story_place(arts, kind) == "الوادي"  # the genitive of an indefinite "فيضانات"


def test_a_word_is_shown_as_the_articles_write_it():
    arts = [Article(id="a", path="a.txt", title="زلزال جزيرة النخلة", text="ضرب زلزال جزيرة النخلة فجرا.", published=None)]
    assert stories.as_written("جزيره", arts) == "جزيرة"


def test_one_story_is_not_split_into_fragments():
    arts = articles(FLOOD + FLOOD[:2], "f")
    vectors = stories.article_vectors(arts)
    assert stories.split_stories(arts, vectors) == [arts]


def test_idioms_and_directions_after_fi_are_no_place():
    texts = [
        "إعصار يضرب الساحل\n\nولا يزال 300 شخص في عداد المفقودين بعد الإعصار في شمال كارمينا.",
        "الإعصار\n\nوقال الدفاع المدني إن فرق الإنقاذ تعمل في أنحاء كارمينا وإن العشرات في عداد المفقودين.",
        "حصيلة الإعصار\n\nوضرب الإعصار البلدات في جنوب كارمينا فجر الأحد، ولا يزال كثيرون في عداد المفقودين.",
    ]
    arts = untitled(texts)
    kind = stories.story_kind(arts)
    assert kind.key == "storm"
    assert stories.story_place(arts, kind) == "كارمينا"  # not "عداد", "أنحاء" or "شمال"


def test_an_article_of_another_kind_of_happening_starts_its_own_story():
    """A plane crash and an earthquake share the words of disaster (victims, killed): two stories."""
    quake = {"#earthquake": 0.6, "ضحايا": 0.4, "مقتل": 0.4, "زلزال": 0.5}
    crash = {"#crash": 0.6, "ضحايا": 0.4, "مقتل": 0.4, "طائره": 0.5}
    assert stories.cluster_stories([quake, dict(quake), crash]) == [[0, 1], [2]]


def test_a_phone_call_reported_in_a_flood_story_does_not_name_its_event():
    call = ("اتصال بعد الفيضانات\nأجرى رئيس الوزراء اتصالا هاتفيا مع نظيره في البلد المجاور عرض فيه المساعدة بعد "
            "فيضانات الوادي الأخضر التي جرفت الجسور والطرق في القرى الجبلية.")
    arts = articles(FLOOD, "f") + articles([call], "c")
    events, article_event = detect_events(arts, {a.id: split_sentences(a) for a in arts})
    main = {article_event[a.id] for a in arts}
    assert len(main) == 1, main
    (event,) = [e for e in events if e.id in main]
    assert event.label.startswith("فيضانات"), event.label


VISIT = [
    "زيارة رئيس الوزراء إلى جزر المرجان\nوصل رئيس الوزراء إلى جزر المرجان في زيارة رسمية يلتقي خلالها رئيس الجزر لبحث التعاون في الصيد والموانئ.",
    "مباحثات في جزر المرجان\nبحث رئيس الوزراء ورئيس جزر المرجان التعاون في الصيد والموانئ خلال زيارته الرسمية، وأعلنا اتفاقا لتطوير الموانئ.",
    "اتفاق الموانئ\nأعلن رئيس جزر المرجان ورئيس الوزراء خلال الزيارة اتفاقا لتطوير الموانئ وتعزيز الصيد، بعد مباحثات مطولة.",
    "ختام الزيارة\nاختتم رئيس الوزراء زيارته إلى جزر المرجان، وكان قد التقى رئيس الجزر العام الماضي في قمة جنيف لبحث الصيد والموانئ.",
]


def test_a_venue_one_report_recalls_does_not_name_the_event_of_many():
    arts = articles(VISIT, "v")
    events, article_event = detect_events(arts, {a.id: split_sentences(a) for a in arts})
    main = {article_event[a.id] for a in arts}
    assert len(main) == 1, main
    (event,) = [e for e in events if e.id in main]
    assert "جنيف" not in event.label, event.label


def test_a_month_is_no_place_and_a_two_word_name_keeps_both_words():
    """"في أكتوبر" says when: no place; a town named in two words ("بورت ماريا") keeps both."""
    texts = [
        "إعصار يضرب بورت ماريا\n\nوضرب الإعصار بورت ماريا فجر الأحد، وكان إعصار سابق قد ضرب الساحل في أكتوبر.",
        "الإعصار\n\nوقال الدفاع المدني إن فرق الإنقاذ تعمل في بورت ماريا منذ الصباح، بعد إعصار أكتوبر الماضي في أكتوبر.",
        "حصيلة الإعصار\n\nودمر الإعصار المنازل في بورت ماريا، وهو الأقوى منذ الإعصار الذي ضرب في أكتوبر.",
    ]
    arts = untitled(texts)
    kind = stories.story_kind(arts)
    assert stories.story_place(arts, kind) == "بورت ماريا"
    assert stories.as_written("بورت ماريا", arts) == "بورت ماريا"
    # with the town named in passing only, the month it recalls does not name the story
    texts = [t.replace("بورت ماريا", "البلدة الساحلية") for t in texts]
    arts = untitled(texts)
    assert stories.story_place(arts, stories.story_kind(arts)) != "اكتوبر"


def test_a_kind_named_in_two_words_names_the_story():
    """"الانهيار الأرضي" is a landslide's name in two words: counted as such, it names the story
    even when a one-word noun of another kind ("زيارة") stands once in the texts."""
    texts = [
        "انهيار أرضي في وادي النخيل\n\nودفن الانهيار الأرضي عشرات المنازل في وادي النخيل فجر الجمعة.",
        "الانهيار الأرضي\n\nوقالت السلطات إن الانهيار الأرضي قطع الطريق إلى وادي النخيل، وأرجأ الوزير زيارة المنطقة.",
        "حصيلة الانهيار الأرضي\n\nوتواصل فرق الإنقاذ البحث تحت الركام بعد الانهيار الأرضي في وادي النخيل.",
    ]
    arts = untitled(texts, "l")
    assert stories.story_kind(arts).key == "landslide"


def test_a_province_named_with_the_article_is_the_place():
    """"في محافظة الكرك"، "في إقليم الكرك": after a noun of a province or a town the name may open with
    "ال" (or a name transliterated with one); a city named once in passing is not the story's place."""
    texts = [
        "زلزال يهز المنطقة\n\nضرب زلزال قوي بلدات في محافظة الكرك فجر الجمعة، وألغى الوزير كلمة كان سيلقيها في عمان.",
        "الهزة الأرضية\n\nوقالت فرق الإنقاذ إن الزلزال دمر منازل في إقليم الكرك، وأحس سكان عمان بالاهتزاز.",
        "حصيلة الزلزال\n\nارتفعت حصيلة ضحايا الزلزال في محافظة الكرك إلى تسعة قتلى، ووصل الوزير من عمان.",
    ]
    arts = untitled(texts)
    kind = stories.story_kind(arts)
    assert kind.key == "earthquake"
    assert stories.story_place(arts, kind) == "الكرك"
