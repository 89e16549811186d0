"""Counts of nationals and of nationalities: a count of people named by their demonym is one claim per
nationality, apart from the total; a count of nationalities said of people is a claim of its own."""
from mkdocs_summit_plugin.claims.quantity_groups import group_quantities, quantity_claim

from .conftest import quantity_mentions_of as _all


def _mentions(text):
    return {m.quantity.text: m for m in _all(text)}


def test_demonym_noun_is_the_qualifier():
    found = _mentions("ولقي 5 سعوديين مصرعهم في حادث السير")
    assert found["5 سعوديين"].attribute == "national-count"
    assert found["5 سعوديين"].qualifier == "سعوديون"


def test_accusative_demonym_and_plain_noun():
    found = _mentions("وأصيب في الحريق 30 شخصا بينهم 14 عربيا")
    assert found["14 عربيا"].qualifier == "عرب"
    assert found["30 شخصا"].qualifier is None
    assert found["30 شخصا"].attribute == "injury-count"


def test_a_count_of_another_role_keeps_its_attribute():
    found = _mentions("واعتقلت الشرطة 12 هولنديا خلال المباراة")
    assert found["12 هولنديا"].attribute == "arrest-count"


def test_citizens_with_their_nationality_after():
    found = _mentions("وكان بين الضحايا ثلاثة مواطنين تونسيين")
    assert found["ثلاثة مواطنين"].attribute == "national-count"
    assert found["ثلاثة مواطنين"].qualifier == "تونسيون"


def _claims(*texts, attribute):
    groups = group_quantities(m for m in _all(*texts) if m.attribute == attribute)
    return {quantity_claim(g, {}).title: sorted(m.quantity.value for m in g) for g in groups}


def test_one_claim_per_nationality_never_joined_with_the_total():
    claims = _claims(
        "غرقت العبارة وعلى متنها 60 راكبا، بينهم 9 يونانيين وخمسة إسبانيين.",
        "ولقي 60 شخصا حتفهم في غرق العبارة، منهم تسعة يونانيين.",
        "وأكدت السفارة وفاة 4 إسبانيين في الحادث.",
        attribute="national-count",
    )
    assert claims == {"عدد اليونانيين": [9.0, 9.0], "عدد الإسبانيين": [4.0, 5.0]}


def test_one_nationality_alone_stays_apart_from_the_toll():
    groups = group_quantities(_all("لقي 25 شخصا مصرعهم بينهم 7 مغربيين في انقلاب الحافلة"))
    assert sorted(sorted(m.quantity.value for m in g) for g in groups) == [[7.0], [25.0]]


def test_counts_of_nationalities_across_outlets_are_one_claim():
    claims = _claims(
        "وكان على متن السفينة سياح من 14 جنسية مختلفة.",
        "وقالت الشركة إن الركاب ينتمون إلى 16 دولة.",
        "وأوضح المتحدث أن المسافرين يحملون 14 جنسية.",
        attribute="nationality-count",
    )
    assert claims == {"عدد جنسيات الأشخاص": [14.0, 14.0, 16.0]}


def test_countries_visited_or_of_a_region_are_no_nationalities():
    found = _mentions("وزار الوزير 4 دول خلال جولته")
    assert found["4 دول"].attribute != "nationality-count"
    found = _mentions("وكان بين الضحايا مواطنو خمس دول آسيوية")
    assert found["خمس دول"].attribute != "nationality-count"
    found = _mentions("وقتل 20 شخصا في 3 دول بسبب العاصفة")
    assert found["3 دول"].attribute != "nationality-count"


def test_an_excerpt_takes_in_whom_the_count_speaks_of():
    found = _mentions("وغرق في النهر 23 شخصا، بينهم خمسة باكستانيين، خلال العاصفة")
    assert "23 شخصا" in found["خمسة باكستانيين"].excerpt
    found = _mentions("وقالت الشرطة إن ركاب الحافلة، التي كانت متجهة إلى الحدود، ترجع أصولهم لـ7 دول.")
    assert found["لـ7 دول"].attribute == "nationality-count"
    assert "الحافلة" in found["لـ7 دول"].excerpt
