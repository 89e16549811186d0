from mkdocs_summit_plugin.model import Claim, Evidence, Mention
from mkdocs_summit_plugin.claims.status import agree, headline, judge_quantity, judge_statement
from mkdocs_summit_plugin.claims.wording import counted


SAME = object()


def ev(article, value, low=SAME, high=SAME, modality="reported", text=None):
    low = value if low is SAME else low
    high = value if high is SAME else high
    return Evidence(article=article, excerpt="x", start=0, end=1, value=value, value_min=low, value_max=high,
                    value_text=text or str(value), modality=modality)


def claim(*evidence, attribute="talks-duration"):
    return Claim(id="c", title="t", kind="quantity", event="e", attribute=attribute, unit="minute", evidence=list(evidence))


def test_about_three_and_a_half_hours():
    about = ev("b", 210, 189, 231)
    assert agree(about, ev("a", 200))  # 3 h 20 min
    assert not agree(about, ev("a", 240))  # 4 h
    assert agree(about, ev("c", 180, 180, None))  # more than 3 hours


def test_exact_values_allow_rounding_only():
    assert agree(ev("a", 240), ev("b", 240))
    assert not agree(ev("a", 240), ev("b", 239))


def test_conflicting_when_sources_disagree_and_headline_is_the_majority():
    c = judge_quantity(claim(ev("a", 240), ev("a", 240), ev("b", 210, 189, 231)))
    assert c.status == "conflicting"
    assert [e.stance for e in c.evidence] == ["supports", "supports", "conflicts"]
    assert c.headline_value == 240
    assert "تختلف" in c.summary


def test_consistent_and_single_source():
    assert judge_quantity(claim(ev("a", 120), ev("a", 120))).status == "consistent"
    assert judge_quantity(claim(ev("a", 120), ev("b", 118, 108, 132))).status == "consistent"
    assert judge_quantity(claim(ev("a", 120))).status == "single-source"


def test_a_plan_never_conflicts_with_a_report():
    c = judge_quantity(claim(ev("a", 210), ev("b", 270, 240, 300, modality="planned")))
    # a plan the report contradicts makes no conflict, and confirms nothing: one source says what happened
    assert c.status == "single-source"
    assert c.evidence[1].stance == "conflicts"  # shown as differing, without making the claim conflicting
    assert c.headline_value == 210
    # a plan the report bears out is a second excerpt that agrees
    c = judge_quantity(claim(ev("a", 210), ev("b", 210, modality="planned")))
    assert c.status == "consistent"


def test_an_announced_format_does_conflict_with_a_report():
    c = judge_quantity(claim(ev("a", 1), ev("a", 3, modality="planned"), attribute="meeting-count"))
    assert c.status == "conflicting"


def test_denial_does_not_make_a_conflict():
    c = judge_quantity(claim(ev("a", 240), ev("b", 300, modality="denied")))
    assert c.status == "consistent"


def test_headline_prefers_more_articles():
    e = [ev("a", 240), ev("a", 240), ev("b", 200), ev("c", 200)]
    assert headline(e, "talks-duration").value == 200


def test_statement_status():
    ms = [Mention("a", "statement", 0, 1, "x"), Mention("b", "statement", 0, 1, "y", negated=True)]
    c = Claim("s", "t", "statement", "e", None, None, evidence=[Evidence("a", "x", 0, 1), Evidence("b", "y", 0, 1)])
    judged = judge_statement(c, ms, lambda p, q: p.negated != q.negated)
    assert judged.status == "conflicting"
    c2 = Claim("s", "t", "statement", "e", None, None, evidence=[Evidence("a", "x", 0, 1), Evidence("b", "y", 0, 1)])
    assert judge_statement(c2, ms, lambda p, q: False).status == "consistent"


def test_counted():
    forms = ("مصدر واحد", "مصدران", "مصادر", "مصدرا")
    assert [counted(n, forms) for n in (1, 2, 5, 12)] == ["مصدر واحد", "مصدران", "5 مصادر", "12 مصدرا"]


def test_summary_names_each_value_once_in_words():
    c = judge_quantity(claim(ev("a", 240, text="أربع ساعات"), ev("a", 240, text="4 ساعات"), ev("b", 210, 189, 231, text="قرابة الـ 3 ساعات ونصف")))
    c.evidence[2].bound = "about"
    from mkdocs_summit_plugin.claims.status import summarise

    assert summarise(c) == "تختلف الأرقام: 4 ساعات في مصدر واحد، مقابل نحو 3 ساعات ونصف في مصدر واحد."


def test_wording():
    from mkdocs_summit_plugin.claims.wording import duration, value_phrase

    assert [duration(m) for m in (240, 210, 93, 45, 120, 60, 4320, 201, 720)] == [
        "4 ساعات", "3 ساعات ونصف", "ساعة و33 دقيقة", "45 دقيقة", "ساعتان", "ساعة", "3 أيام", "3 ساعات و21 دقيقة", "12 ساعة",
    ]
    assert value_phrase(270, 240, 300, "minute", "range") == "بين 4 و5 ساعات"
    assert value_phrase(180, 180, None, "minute", "more-than") == "أكثر من 3 ساعات"
    assert value_phrase(3, 3, 3, "year", "exact") == "3 أعوام"
    assert value_phrase(16, 16, 16, "entity", "exact", fallback="16 كيانا") == "16 كيانا"


def test_a_hedged_middle_value_does_not_hide_a_conflict():
    # about 3.5 h (189–231) agrees with 201 min and with about 4 h (216–264), which disagree
    c = judge_quantity(claim(ev("a", 201), ev("b", 210, 189, 231), ev("c", 240, 216, 264)))
    assert c.status == "conflicting"
    assert sum(e.stance == "conflicts" for e in c.evidence) == 1


def test_agreeing_group_prefers_articles_then_excerpts_then_the_earliest():
    from mkdocs_summit_plugin.claims.status import agreeing_group

    group = agreeing_group([ev("a", 240), ev("a", 240), ev("b", 210), ev("c", 210)])
    assert [e.value for e in group] == [210, 210]
    group = agreeing_group([ev("a", 1), ev("a", 3)])
    assert [e.value for e in group] == [1]
    # touching intervals do not agree
    assert len(agreeing_group([ev("a", 180, 180, 200), ev("b", 200, 200, 220)])) == 1


def test_counts_of_two_nationalities_are_two_claims_but_one_nationality_keeps_the_group():
    from mkdocs_summit_plugin.claims.quantity_groups import split_by_qualifier

    def m(article, qualifier):
        return Mention(article, "quantity", 0, 1, "x", qualifier=qualifier)

    assert len(split_by_qualifier([m("a", None), m("b", "روس")])) == 1
    parts = split_by_qualifier([m("a", "روس"), m("b", "أمريكيون"), m("c", None)])
    assert [[x.article for x in p] for p in parts] == [["b"], ["a"], ["c"]]



def hedged(article, value):
    e = ev(article, value, value * 0.9, value * 1.1)
    e.bound = "about"
    return e


def test_two_hedged_values_further_apart_than_a_hedge_conflict():
    assert judge_quantity(claim(hedged("a", 40), hedged("b", 48), attribute="distance")).status == "conflicting"
    assert judge_quantity(claim(hedged("a", 40), hedged("b", 42), attribute="distance")).status == "consistent"


def test_a_hedged_value_and_an_exact_one_agree_within_the_whole_hedge():
    # "about an hour" and "55 minutes"
    assert judge_quantity(claim(hedged("a", 60), ev("b", 55))).status == "consistent"
