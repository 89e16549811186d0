"""Grouping of quantity mentions whose words say little: a cue-less duration, open bounds told twice,
generic counts under one governing word (claims/quantity_groups.py, claims/figures.py)."""
from dataclasses import replace

from mkdocs_summit_plugin.claims.quantity_groups import group_quantities, join_uncued_durations
from mkdocs_summit_plugin.model import Mention, Quantity


def mention(article, value, attribute, unit="minute", dimension="duration", bound="exact", low=None, high=None):
    low = value if low is None and bound == "exact" else low
    high = value if high is None and bound == "exact" else high
    q = Quantity(value, low, high, unit, dimension, 0, 5, "x", bound)
    return Mention(article, "quantity", 0, 5, "x", quantity=q, attribute=attribute, event="e")


def test_a_duration_no_cue_explains_takes_the_one_part_with_its_length():
    cued = mention("a", 0.2, "handshake-duration")
    bare = mention("b", 0.2, "duration")
    other = mention("c", 45, "duration")
    out = join_uncued_durations([cued, bare, other])
    assert [m.attribute for m in out] == ["handshake-duration", "handshake-duration", "duration"]


def test_two_parts_with_that_length_leave_it_a_plain_duration():
    out = join_uncued_durations([mention("a", 30, "break-duration"), mention("b", 30, "call-duration"), mention("c", 30, "duration")])
    assert out[2].attribute == "duration"


def test_one_open_bound_told_in_two_articles_is_one_figure():
    a = mention("a", 320000, "person-count-hdwr", "person", "count", "more-than", 320000, None)
    b = mention("b", 320000, "person-count-edd", "person", "count", "more-than", 320000, None)
    assert len(group_quantities([a, b])) == 1


def test_one_open_bound_told_twice_in_one_article_is_one_figure():
    """A lead and a body that both give "at least 2" injured: one figure, two excerpts (equal bounds
    never disagree); a different bound of the same article stays a figure of its own."""
    lead = replace(mention("a", 2, "injury-count", "person", "count", "at-least", 2, None), start=0, end=5)
    body = replace(mention("a", 2, "injury-count", "person", "count", "at-least", 2, None), start=40, end=45)
    other = replace(mention("a", 7, "injury-count", "person", "count", "at-least", 7, None), start=80, end=85)
    groups = group_quantities([lead, body, other])
    assert sorted(len(g) for g in groups) == [1, 2]


def test_a_figure_far_from_the_others_under_one_word_is_another_figure():
    big = [mention(x, 2_000_000, "barrel-count-xfd", "barrel", "count") for x in "ab"]
    row = mention("c", 100, "barrel-count-xfd", "barrel", "count")
    groups = group_quantities(big + [row])
    assert sorted(len(g) for g in groups) == [1, 2]


def test_a_level_of_supply_is_no_cut_of_the_same_size():
    def said(article, text, attribute):
        q = Quantity(2_000_000, 2_000_000, 2_000_000, "barrel", "count", text.index("مليوني"), len(text), "مليوني برميل", "exact")
        return Mention(article, "quantity", 0, len(text), text, quantity=q, attribute=attribute, event="e")

    cuts = [said(x, "قرر التحالف خفض الإنتاج بمقدار مليوني برميل", "barrel-count-xfd") for x in "ab"]
    supply = said("c", "وما زالت الشركة تورد مليوني برميل", "barrel-count-twrd")
    groups = group_quantities(cuts + [supply])
    assert sorted(len(g) for g in groups) == [1, 2]


def test_counts_no_word_governs_are_not_one_figure_by_their_unit_alone():
    """"16 منها" and "45 منها": nothing says what either counts beyond its unit, so two values are two figures."""
    a = mention("a", 16, "x-thing-count", "x-thing", "count")
    b = mention("b", 45, "x-thing-count", "x-thing", "count")
    c = mention("c", 45, "x-thing-count", "x-thing", "count")
    groups = group_quantities([a, b, c])
    assert sorted(len(g) for g in groups) == [1, 2]
    # under one governing word, the same values are one thing counted (a disagreement)
    governed = [mention(x, v, "x-thing-count-hdd", "x-thing", "count") for x, v in (("a", 16), ("b", 45))]
    assert len(group_quantities(governed)) == 1


def counted(article, value, text, attribute="building-count-anhyar"):
    q = Quantity(value, value, value, "building", "count", text.index(str(value)), text.index(str(value)) + len(str(value)), str(value), "exact")
    return Mention(article, "quantity", 0, len(text), text, quantity=q, attribute=attribute, event="e")


def test_two_figures_one_article_gives_under_one_word_are_two_reports():
    """The minister's 6 collapsed buildings and the mayor's 20, both in one article and echoed by
    others: the article tells them apart itself, so the two figures are no disagreement."""
    six = [counted(x, 6, "وقال الوزير إن البلاغات تفيد بانهيار 6 مبان") for x in "ab"]
    twenty = [counted(x, 20, "وأعلن رئيس البلدية انهيار 20 مبنى في المدينة") for x in "ac"]
    assert sorted(len(g) for g in group_quantities(six + twenty)) == [2, 2]


def test_a_count_so_far_is_a_figure_of_its_hour():
    """"حتى الآن" marks a figure as standing at its hour: a later, other figure is the next on its timeline."""
    early = counted("a", 6, "وجرى الإبلاغ حتى الآن عن انهيار 6 مبان")
    later = counted("b", 20, "وأعلن رئيس البلدية انهيار 20 مبنى في المدينة")
    assert len(group_quantities([early, later])) == 2
    # without the mark, two figures under one word from two articles disagree
    plain = counted("a", 6, "وأعلن الوزير انهيار 6 مبان")
    assert len(group_quantities([plain, later])) == 1


def test_two_lengths_no_cue_explains_in_one_article_are_two_facts():
    # "70 عاما على الانتصار و75 عاما على إقامة العلاقات": two anniversaries, not a disagreement
    a = mention("a", 70, "period", "year", "period")
    b = mention("a", 75, "period", "year", "period")
    c = mention("b", 75, "period", "year", "period")
    groups = group_quantities([a, b, c])
    assert sorted(sorted(m.quantity.value for m in g) for g in groups) == [[70], [75, 75]], groups


def test_two_hedged_tolls_further_apart_than_a_hedge_are_two_figures():
    about_2000 = mention("a", 2000, "death-count", "person", "count", "about", 1800, 2200)
    exact = mention("b", 2060, "death-count", "person", "count")
    about_2400 = mention("c", 2400, "death-count", "person", "count", "about", 2160, 2640)
    groups = group_quantities([about_2000, exact, about_2400])
    assert sorted(len(g) for g in groups) == [1, 2]  # "about 2000" and 2060; "about 2400" apart


def test_aftershocks_counted_at_different_hours_are_figures_of_a_timeline():
    four = mention("a", 4, "aftershock-count", "tremor", "count")
    eight = mention("b", 8, "aftershock-count", "tremor", "count")
    assert len(group_quantities([four, eight])) == 2


def test_durations_far_apart_are_two_facts_and_near_ones_one_claim():
    four_hours = mention("a", 240, "talks-duration")
    two_days = mention("b", 2880, "talks-duration")
    three_and_a_half = mention("c", 210, "talks-duration")
    groups = group_quantities([four_hours, two_days, three_and_a_half])
    assert sorted(sorted(m.quantity.value for m in g) for g in groups) == [[210, 240], [2880]]


def test_lengths_far_apart_are_two_facts_and_near_ones_one_claim():
    """A ground shift of 1.3 metres and a city 300 kilometres away are never one distance in dispute."""
    shift = mention("a", 0.0013, "distance", "kilometre", "count")
    city = mention("b", 300, "distance", "kilometre", "count")
    near_city = mention("c", 320, "distance", "kilometre", "count")
    groups = group_quantities([shift, city, near_city])
    assert sorted(sorted(m.quantity.value for m in g) for g in groups) == [[0.0013], [300, 320]]


def test_a_plan_is_a_claim_of_its_own_unless_it_came_true():
    """"كان من المقرر أن يستمر اللقاء 30 دقيقة" beside "استمر ساعتين": the plan is no length the meeting
    had, and outlets that disagree on it (30 or 45 minutes) disagree on the plan; a plan that agrees
    with what was reported ("تستغرق 40 دقيقة" in a preview) is the same figure."""
    def planned(article, value):
        m = mention(article, value, "talks-duration")
        m.modality = "planned"
        return m

    reported = [mention("a", 135, "talks-duration"), mention("b", 135, "talks-duration")]
    groups = group_quantities(reported + [planned("c", 30), planned("d", 45)])
    assert sorted(sorted(m.article for m in g) for g in groups) == [["a", "b"], ["c", "d"]]
    groups = group_quantities([mention("a", 20, "talks-duration"), planned("b", 20), planned("c", 60)])
    assert sorted(sorted(m.article for m in g) for g in groups) == [["a", "b"], ["c"]]
    # a plan that is compared with what happened (how many meetings) stays on its claim
    planned_count = mention("b", 1, "meeting-count", "meeting", "count")
    planned_count.modality = "planned"
    assert len(group_quantities([mention("a", 3, "meeting-count", "meeting", "count"), planned_count])) == 1


def test_up_to_a_figure_is_an_open_bound_not_every_smaller_bulletin():
    """"بما يصل إلى 1300" (up to 1300) joins 1300; read as 0–1300 it agreed with 300 and 700 and
    joined a week's bulletins of one toll into one conflicting claim."""
    tolls = [mention(a, v, "death-count", "person", "count") for a, v in (("a", 300), ("b", 700), ("c", 1300))]
    upto = mention("d", 1300, "death-count", "person", "count", "at-most", 0, 1300)
    groups = group_quantities(tolls + [upto])
    assert sorted(sorted(m.article for m in g) for g in groups) == [["a"], ["b"], ["c", "d"]]


def test_other_happenings_on_different_days_are_two_figures():
    """A second quake on Wednesday and a new one on Saturday are two happenings; with one day named, a
    figure that names none is of that day and may disagree with it (7.5 beside 7.6)."""
    def another(article, value, excerpt):
        m = mention(article, value, "magnitude", "magnitude", "count")
        m.quantity = replace(m.quantity, precision=0.05)  # "4.8" as written: ±0.05
        m.another, m.excerpt = True, excerpt
        return m

    groups = group_quantities([
        another("a", 5.1, "هزة ثانية بقوة 5.1 درجات يوم الأربعاء"),
        another("b", 5.1, "هزة ارتدادية بقوة 5.1 يوم الأربعاء"),
        another("c", 4.8, "زلزال جديد بقوة 4.8 درجات يوم السبت"),
        another("d", 4.8, "زلزال جديد بقوة 4.8 درجات"),
    ])
    assert sorted(sorted(m.article for m in g) for g in groups) == [["a", "b"], ["c", "d"]]
    groups = group_quantities([another("a", 6.9, "هزة ثانية بقوة 6.9 ظهر الأحد"), another("b", 6.8, "هزة جديدة بقوة 6.8")])
    assert len(groups) == 1


def test_populations_four_times_apart_of_unknown_places_are_two_places():
    """A county of 50 000 and a city of 700 000 whose names no table knows: two facts, not a
    disagreement; 50 000 against 52 000 stay one (and may conflict)."""
    county = [mention("a", 50_000, "population-count", "person", "count"), mention("b", 52_000, "population-count", "person", "count")]
    city = mention("c", 700_000, "population-count", "person", "count")
    groups = group_quantities(county + [city])
    assert sorted(len(g) for g in groups) == [1, 2]


def test_aftershocks_of_another_happening_are_figures_of_their_own():
    """A second quake's magnitude told by two outlets is compared; an aftershock's is one claim per
    figure, never against the second quake's or another aftershock's."""
    def another(article, value, excerpt):
        m = mention(article, value, "magnitude", "magnitude", "count")
        return replace(m, excerpt=excerpt, another=True)
    second = [another("a", 6.0, "وبلغت قوة الهزة الثانية 6 درجات"), another("b", 6.1, "الهزة الثانية بقوة 6.1 درجات")]
    after = another("c", 5.5, "وسجلت هزة ارتدادية قوتها 5.5 درجات")
    groups = group_quantities(second + [after])
    assert sorted(len(g) for g in groups) == [1, 2]


def toll(article, value, bound="exact", low=None, high=None, speaker=None, attribute="injury-count"):
    m = mention(article, value, attribute, "person", "count", bound, low, high)
    return replace(m, speaker=speaker)


def test_hedged_figures_do_not_chain_the_bulletins_of_a_rising_count():
    """"نحو 500" agrees with 455 and with 520, "حوالي 560" with 520: still 455 and 520 are two bulletins,
    never one figure whose outlets disagree."""
    ms = [toll("a", 455), toll("b", 500, "about", 450, 550), toll("c", 520), toll("d", 560, "about", 504, 616)]
    groups = group_quantities(ms)
    assert not any({455, 520} <= {m.quantity.value for m in g} for g in groups)
    assert sum(len(g) for g in groups) == 4


def test_an_open_bound_joins_no_figure_one_of_whose_values_it_contradicts():
    """"أكثر من 600" agrees with "حوالي 600" but not with 560 in the same figure: a claim of its own."""
    ms = [toll("a", 560), toll("b", 600, "about", 540, 660), toll("c", 600, "more-than", 600, None)]
    groups = group_quantities(ms)
    (bound_group,) = [g for g in groups if any(m.article == "c" for m in g)]
    assert [m.article for m in bound_group] == ["c"]


def test_two_bodies_open_bounds_join_a_figure_no_body_is_named_for():
    """Two outlets' "أكثر من 70", each naming another body, and a third outlet's 70 with none: one figure;
    a bound attached first does not make the figure that body's."""
    ms = [toll("a", 70, "more-than", 70, None, speaker="الصليب الأحمر"), toll("b", 70, "more-than", 70, None, speaker="هيئة الأرصاد"),
          toll("c", 70)]
    assert len(group_quantities(ms)) == 1


def test_a_complementizer_after_a_verb_of_announcing_names_no_body():
    from mkdocs_summit_plugin.assign.sources import figure_source

    assert figure_source("وأفادت الحكومة بأن عدد الجرحى بلغ") == "الحكومه"
    assert figure_source("أن الحكومة أفادت بأن الحصيلة بلغت 9 قتلى، وبأن") is None


def test_a_second_happenings_measures_stay_its_own_until_a_happening_is_named_again():
    """"وسجل المرصد هزة جديدة قوتها 5 درجات … وعمقها 30 كيلومترا": the depth is the new tremor's
    too; a toll after it ("وبذلك صار عدد القتلى …") is the whole story's count."""
    from mkdocs_summit_plugin.mentions.quantity_mentions import find_quantity_mentions
    from mkdocs_summit_plugin.model import Article
    from mkdocs_summit_plugin.text.sentences import split_sentences

    text = ("وسجل المرصد فجرا هزة جديدة قوتها 5 درجات وكان مركزها على عمق 30 كيلومترا، "
            "وبذلك صار عدد القتلى 11 قتيلا.")
    article = Article("t", "a/t.txt", text, "t")
    found = {m.attribute: m.another for m in find_quantity_mentions(article, split_sentences(article), "event")}
    assert found == {"magnitude": True, "depth": True, "death-count": False}


def test_a_quakes_depths_ten_times_apart_are_one_depth_lengths_four_times_apart_two_facts():
    """A first estimate's 10 km and a later 45 km are one depth whose outlets disagree; talks of 40
    minutes and of 180 are two facts (the default: four times apart)."""
    depths = [mention("a", 10, "depth", "kilometre", "count"), mention("b", 45, "depth", "kilometre", "count")]
    assert len(group_quantities(depths)) == 1
    talks = [mention("a", 40, "talks-duration"), mention("b", 180, "talks-duration")]
    assert len(group_quantities(talks)) == 2


def test_another_bodys_bound_joins_a_figure_at_its_own_number_only():
    """"90 على الأقل" of the state media joins the agency's 90; of the civil defence, "ما لا يقل عن 70"
    is no bound of the ministry's 95 (two bodies, two numbers)."""
    same = [toll("a", 90, speaker="وكالة الأنباء"), toll("b", 90, "at-least", 90, None, speaker="وسائل الإعلام الرسمية")]
    assert len(group_quantities(same)) == 1
    other = [toll("a", 95, speaker="وزارة الصحة"), toll("b", 70, "at-least", 70, None, speaker="الدفاع المدني")]
    assert len(group_quantities(other)) == 2


def test_a_pronoun_after_a_preposition_ends_the_body():
    from mkdocs_summit_plugin.assign.sources import figure_source

    assert figure_source("وعدلت الهيئة الرقم الذي كشفت عنه أمس فصار") is None


def test_firsts_of_other_kinds_are_other_claims_and_an_unnamed_first_is_the_happenings():
    """"أول قمة بينهما منذ 9 أعوام" and "أول وزير يزور البلد منذ 40 عاما" are two firsts, never a
    disagreement; "للمرة الأولى منذ 17 عاما" joins "أول زيارة للوزير إلى المدينة منذ 17 عاما", the event's one first
    of a happening."""
    from mkdocs_summit_plugin.mentions.quantity_mentions import find_quantity_mentions
    from mkdocs_summit_plugin.model import Article
    from mkdocs_summit_plugin.text.sentences import split_sentences

    def gaps(*texts):
        out = []
        for i, text in enumerate(texts):
            article = Article(f"g{i}", f"a/g{i}.txt", text, "t")
            out += [m for m in find_quantity_mentions(article, split_sentences(article), "event") if m.attribute == "gap-since-last"]
        return sorted(sorted(m.quantity.value for m in g) for g in group_quantities(out))

    assert gaps("وعقد الطرفان أول قمة بينهما منذ 9 أعوام.", "وهو أول وزير يزور البلد منذ 40 عاما.") == [[9.0], [40.0]]
    assert gaps("ووصل الوزير في أول زيارة للوزير إلى المدينة منذ 17 عاما.", "ويزور الوزير المدينة للمرة الأولى منذ 17 عاما.") == [[17.0, 17.0]]
