"""Percentages and money as claims (about what, of whom), and values rounded as written.

Sentences are the tests' own, written in the styles of Arabic news outlets.
"""
import pytest

from mkdocs_summit_plugin.assign.subjects import is_change, name_key, share_holder
from mkdocs_summit_plugin.claims.grouping import event_claims
from mkdocs_summit_plugin.claims.status import agree, interval
from mkdocs_summit_plugin.mentions.quantities.grammar import find_quantities
from mkdocs_summit_plugin.mentions.quantity_mentions import find_quantity_mentions
from mkdocs_summit_plugin.model import Article
from mkdocs_summit_plugin.text.sentences import split_sentences


def quantity(text):
    found = find_quantities(text)
    assert found, text
    return found[-1]


# ------------------------------------------------------------ rounded as written ----
@pytest.mark.parametrize(
    "text, precision",
    [
        ("بلغ الإنتاج 7.25 مليون برميل", 5000),
        ("قتل 12 ألف شخص", 500),
        ("استمرت الرحلة 2.5 ساعة", 3),
        ("حصل على 48.31% من الأصوات", 0.005),
        ("بلغت الكلفة مليون ونصف دولار", 250000),
        ("قتل 12400 شخص", None),
        ("استمرت الجلسة 3 ساعات", None),
    ],
)
def test_precision_of_the_written_number(text, precision):
    q = quantity(text)
    assert q.precision == (pytest.approx(precision) if precision else None)


def test_a_value_stands_for_what_rounds_to_it():
    assert agree(quantity("خفضت حصتها إلى 7.25 مليون برميل"), quantity("خفضت حصتها إلى 7 ملايين و248 ألف برميل"))
    assert agree(quantity("قتل 12 ألف شخص"), quantity("قتل 12400 شخص"))
    assert not agree(quantity("قتل 12 ألف شخص"), quantity("قتل 12600 شخص"))
    assert not agree(quantity("حصل على 48.31%"), quantity("حصل على 48.36%"))
    # whole numbers keep half a unit: four hours is not three hours and forty minutes
    assert not agree(quantity("استمرت 4 ساعات"), quantity("استمرت 3 ساعات و40 دقيقة"))
    low, high = interval(quantity("استمرت الرحلة 2.5 ساعة"))
    assert (low, high) == (147, 153)


def test_a_whole_magnitude_is_stated_to_a_tenth():
    """"بقوة 7 درجات" is 7.0: no rounding of 6.6, so two agencies' 6.6 and 7 disagree; "نحو 7" keeps its hedge."""
    def magnitude(text):
        article = Article("t", "a/t.txt", text, "t")
        (m,) = find_quantity_mentions(article, split_sentences(article), "event")
        assert m.attribute == "magnitude"
        return m.quantity

    seven, six_six = magnitude("وضرب الجزيرة زلزال بقوة 7 درجات على مقياس ريختر."), magnitude("وضرب زلزال بقوة 6.6 درجات.")
    assert not agree(seven, six_six)
    assert agree(seven, magnitude("وبلغت قوة الهزة 7.0 درجات."))
    assert agree(magnitude("وبلغت قوة الهزة نحو 7 درجات."), six_six)


# ------------------------------------------------------------------- whose share ----
@pytest.mark.parametrize(
    "lead, before, after, holder",
    [
        ("", "ونال السياسي المخضرم جميل سركيس ", " من الأصوات", "سركيس"),
        ("", "مقابل ", " لمنافسه فادي النعيمي", "فادي النعيمي"),
        ("", "في حين ", " لصالح مرشح المعارضة حسن بيرقدار أوغلو", "بيرقدار اوغلو"),
        ("فاز المهندس عادل قمري بالرئاسة", "بعد حصوله على ", "", "قمري"),
        ("", "بعد حصوله على ", "", None),  # whose is said nowhere
        ("", "حصل قمري على 55% من الأصوات وسركيس على ", "", None),  # another figure between
        ("", "وتراجعت أسهم البنوك ", "", None),
        # a fronted subject before "هو الفائز"; a relative clause's antecedent past its apposition
        ("", "أعلنت اللجنة أن سليم حداد هو الفائز بالاقتراع بـ ", "", "حداد"),
        ("فاز الرئيس أمام منافسه يوسف ناصيف، رئيس حزب الوسط، ", "الذي حصل على ", " من الأصوات", "ناصيف"),
        ("", "وقال إن المرشح الذي حصل على ", "", None),  # no name before the relative
        ("حصل الرئيس على 52% من الأصوات، ", "فيما حصل منافسه الذي يتزعم المعارضة على ", "", None),
        # a place within the title before the name
        ("فاز مرشح الائتلاف الحاكم في البلاد سامي خوري بولاية ثانية، ", "بعد حصوله على ", "", "خوري"),
    ],
)
def test_share_holder(lead, before, after, holder):
    found = share_holder(lead, before, after)
    assert (found is None) if holder is None else found.endswith(holder.split()[-1])


def test_name_key_is_blind_to_transliteration():
    assert name_key("بيرقدار أوغلو") == name_key("بيرقضار اوغلو".replace("ض", "د")) == name_key("بيراقدار أوغلو")
    assert name_key("كليتشدار أوغلو") == name_key("كلجدار أوغلو")
    assert name_key("أردوغان") != name_key("كليتشدار أوغلو")


def test_change_is_not_a_level():
    assert is_change("وتراجعت نسبة الإقبال في الدورة الثانية ")
    assert is_change("وارتفعت الأسعار بنسبة ")
    assert not is_change("وارتفع معدل التضخم إلى ")
    assert not is_change("وبلغت نسبة المشاركة ")
    # a verb of exceeding that opens a clause of its own says where the amount got to; bare, it bounds a change
    assert not is_change("وزادت الصادرات بنسبة 12% وتجاوزت ")
    assert is_change("وسجل الدينار ارتفاعا تجاوز ")


def test_an_amount_after_its_own_verb_of_exceeding_is_a_level_not_a_change():
    """"زادت الصادرات بنسبة 12% وتجاوزت 80 مليار دولار": 12% is the growth, 80 billion the level reached."""
    article = Article("a0", "a/a0.txt", "وزادت الصادرات بنسبة 12% وتجاوزت 80 مليار دولار العام الماضي.", "t")
    ms = find_quantity_mentions(article, split_sentences(article), None)
    money = [m for m in ms if m.quantity.dimension == "money"]
    assert money and not money[0].attribute.endswith("-change"), [m.attribute for m in ms]


# ------------------------------------------------------------------------ claims ----
def claims_of(*texts):
    mentions = []
    for k, text in enumerate(texts):
        article = Article(f"a{k}", f"a/a{k}.txt", text, "t")
        mentions += find_quantity_mentions(article, split_sentences(article), None)
    return [c for c in event_claims(mentions, None) if c.kind == "quantity"]


def test_two_candidates_are_two_claims_never_a_conflict():
    claims = claims_of(
        "أعلنت الهيئة أن جميل سركيس حصل على 53.2% من الأصوات، مقابل 46.8% لمنافسه عادل قمري.",
        "وذكرت الهيئة أن سركيس حصل على 53.4% من أصوات الناخبين، مقابل 46.6% لمنافسه قمري.",
    )
    shares = {c.title: c for c in claims if c.attribute == "vote-share"}
    assert set(shares) == {"نسبة الأصوات لـ«سركيس»", "نسبة الأصوات لـ«قمري»"}
    assert all(c.unit == "percent" and c.status == "conflicting" for c in shares.values())
    assert all({e.value for e in c.evidence} in ({53.2, 53.4}, {46.8, 46.6}) for c in shares.values())


def test_one_candidate_agreeing_figures_are_consistent():
    claims = claims_of(
        "وحصل عادل قمري على 46.8% من الأصوات.",
        "ونال قمري نحو 47 في المئة من أصوات المقترعين.",
    )
    (share,) = [c for c in claims if c.attribute == "vote-share"]
    assert share.status == "consistent"


def test_an_unknown_holder_is_compared_with_none():
    claims = claims_of("وبعد حصوله على 61% من الأصوات أعلن فوزه.", "وبعد حصوله على 39% من الأصوات هنأ منافسه.")
    shares = [c for c in claims if c.attribute == "vote-share"]
    assert len(shares) == 2 and all(c.status == "single-source" for c in shares)


def test_background_percentages_need_a_second_article():
    lone = claims_of("ويمثل الشباب 60 في المئة من سكان الإقليم.", "وتشكل النساء 35% من القوى العاملة.")
    assert [c for c in lone if c.unit == "percent"] == []
    carried = claims_of("ويمثل الشباب 60 في المئة من سكان الإقليم.", "ويشكل الشباب 60% من سكان الإقليم.")
    (claim,) = [c for c in carried if c.unit == "percent"]
    assert claim.status == "consistent" and claim.title.endswith("(60%)")


def test_money_keeps_its_currency_and_a_price_moves():
    claims = claims_of(
        "وهبطت أسعار القمح إلى 300 دولار للطن بعد أن بلغت 420 دولارا قبل شهرين.",
        "وتراجعت أسعار القمح إلى نحو 300 دولار للطن.",
        "وأقر البرلمان موازنة قدرها 12.7 مليار يورو.",
    )
    prices = [c for c in claims if c.attribute == "price"]
    assert {c.unit for c in prices} == {"USD"}
    assert all(c.status != "conflicting" for c in prices)  # 420 was the price two months before
    (budget,) = [c for c in claims if c.attribute == "budget"]
    assert budget.unit == "EUR" and budget.evidence[0].value == 12_700_000_000


def test_preliminary_results_are_figures_of_their_own():
    claims = claims_of(
        "وأظهرت النتائج الأولية حصول جميل سركيس على 58.1% من الأصوات.",
        "وأعلنت الهيئة أن سركيس حصل على 53.2% من الأصوات.",
        "وبحسب النتائج الأولية حصل سركيس على 54.9% من الأصوات بعد فرز نصف الصناديق.",
    )
    shares = [c for c in claims if c.attribute == "vote-share"]
    assert all(c.status != "conflicting" for c in shares)
    assert sorted(c.title for c in shares) == [
        "نسبة الأصوات لـ«سركيس»",
        "نسبة الأصوات لـ«سركيس» (نتائج أولية) (54.9%)",
        "نسبة الأصوات لـ«سركيس» (نتائج أولية) (58.1%)",
    ]
