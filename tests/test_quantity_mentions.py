"""The phrase table through the mention stage: modality and attribute of every phrase.

Each positive row of tests/data/quantity_phrases.yaml is read as a one-sentence
article; the quantity whose words are `value_text` must become a mention with
the row's `modality` and `attribute` (and `places` when the row gives them), or no
mention at all when `claim: false`.
"""
from pathlib import Path

import pytest
import yaml

from mkdocs_summit_plugin.mentions.quantity_mentions import find_quantity_mentions
from mkdocs_summit_plugin.model import Article
from mkdocs_summit_plugin.text.sentences import split_sentences

TABLE = Path(__file__).parent / "data" / "quantity_phrases.yaml"
ROWS = [r for r in yaml.safe_load(TABLE.read_text(encoding="utf-8"))["phrases"] if "expect" not in r]


def mentions_of(text):
    article = Article("t", "a/t.txt", text, "t")
    return find_quantity_mentions(article, split_sentences(article), "event")


def test_the_table_is_big_enough():
    assert len(ROWS) >= 200
    with_modality = [r for r in ROWS if "modality" in r]
    assert len(with_modality) >= 200
    assert {r["modality"] for r in with_modality} == {"reported", "planned"} or "denied" in {r["modality"] for r in with_modality}


@pytest.mark.parametrize("row", ROWS, ids=[r["text"][:40] for r in ROWS])
def test_modality_and_attribute(row):
    found = [m for m in mentions_of(row["text"]) if m.quantity.text == row["value_text"]]
    if row.get("claim") is False:
        assert found == []
        return
    assert found, f"no mention for {row['value_text']!r}"
    mention = found[0]
    assert mention.modality == row["modality"]
    assert mention.attribute == row["attribute"]
    if "places" in row:  # what a distance, a population or a toll is of (assign/places.py)
        assert list(mention.places) == row["places"]
    if "source" in row:  # whose figure a toll is (assign/sources.py)
        assert mention.speaker == row["source"]
    if "another" in row:  # said of another happening of the kind (assign/subjects.py)
        assert mention.another == row["another"]
    if "subject" in row:  # the word that governs a length no cue explains
        assert mention.subject == row["subject"]


def test_a_number_alone_in_a_fronted_adverbial_takes_the_clause_after():
    """"وعلى بعد 300 كيلومتر، شعر السكان …": what the distance is said of follows it."""
    (m,) = mentions_of("وعلى بعد 300 كيلومتر، شعر سكان الجزيرة بالانفجار بوضوح.")
    assert m.attribute == "distance" and m.excerpt.endswith("بوضوح.")
    # a clause of its own is no fronted adverbial: the excerpt stays the clause
    (m,) = mentions_of("قتل في الهجوم 12 شخصا، وأصيب آخرون.")
    assert m.excerpt == "قتل في الهجوم 12 شخصا"


def test_a_number_alone_in_a_trailing_adverbial_takes_the_clause_before():
    """"ضرب الزلزال شمال البلاد، على عمق 12 كيلومترا": what the depth is said of comes before it."""
    (m,) = mentions_of("وضرب الزلزال منطقة جبلية في شمال البلاد، على عمق 12 كيلومترا.")
    assert m.attribute == "depth"
    assert m.excerpt.startswith("وضرب الزلزال") and "12 كيلومترا" in m.excerpt


def test_a_day_in_the_clause_before_opens_the_excerpt():
    """"، مساء الأحد، تسجيل 412 قتيلا": when the figure was given belongs with it."""
    (m,) = mentions_of("وأعلن وزير الصحة، مساء الأحد، تسجيل 412 قتيلا في المدينة.")
    assert m.excerpt.startswith("مساء الأحد")
    (m,) = mentions_of("وأعلن وزير الصحة، في المدينة، تسجيل 412 قتيلا منذ بدء الكارثة.")
    assert m.excerpt.startswith("تسجيل")


def test_a_clause_that_opens_with_a_complementizer_keeps_who_said_it():
    """"وأفادت البلدية صباح الأحد، أن 17 شخصا …": the clause after the comma is what the one before
    reports; "، وأن …" is another thing said."""
    (m,) = mentions_of("وأفادت البلدية في بيان صباح الأحد، أن 17 شخصا لقوا حتفهم في السيول.")
    assert m.excerpt.startswith("وأفادت البلدية") and m.attribute == "death-count"
    ms = mentions_of("وقالت البلدية إن السيول جرفت الجسر، وأن 17 شخصا لقوا حتفهم في السيول.")
    assert [x.excerpt for x in ms if x.quantity.value == 17][0].startswith("وأن 17")


def test_a_clause_of_a_measure_pointing_back_keeps_what_it_measures():
    """"وضرب زلزال فجر الأحد، قوته 5.8 درجات": whose strength is in the clause before; a clause with more
    than the measure's noun before the number stands on its own."""
    (m,) = mentions_of("وضرب زلزال المنطقة فجر الأحد، قوته 5.8 درجات، وتبعته هزات خفيفة.")
    assert m.excerpt.startswith("وضرب زلزال") and m.attribute == "magnitude"
    (m,) = mentions_of("وانتهت الزيارة مساء الخميس، واستغرقت جولتها الأخيرة في المدينة 40 دقيقة.")
    assert m.excerpt.startswith("واستغرقت")
    (m,) = mentions_of("وشعر بالهزة سكان العاصمة، البعيدة 250 كيلومترا عن المركز.")
    assert m.excerpt.startswith("وشعر بالهزة")
    # a measure given with ب in a clause of its own measures what the sentence said struck
    (m,) = mentions_of("ضربت هزة عنيفة الجزيرة، فجر الأحد، بقوة 6.2 درجات.")
    assert m.excerpt.startswith("ضربت هزة") and m.attribute == "magnitude"
    (m,) = mentions_of("وضرب زلزال المنطقة فجر الأحد، بقوة 5.8 درجات.")
    assert m.excerpt.startswith("وضرب زلزال")


def test_a_short_subject_set_off_by_a_comma_opens_the_excerpt():
    """"ويعد هذا الاجتماع، الأول بينهما منذ عامين": the number's clause says it of the few words before
    the comma; a short place adverbial ("وفي الوادي،") is where, not what."""
    (m,) = mentions_of("ويعد هذا الاجتماع، الأول بين الوزيرين منذ عامين.")
    assert m.excerpt.startswith("ويعد هذا الاجتماع") and m.attribute == "gap-since-last"


def test_a_clause_that_only_says_what_a_toll_rose_to_keeps_the_toll():
    """"ارتفعت حصيلة السيول، التي …، إلى 37 قتيلا": the toll an earlier clause names is what rose."""
    (m,) = mentions_of("وارتفعت حصيلة السيول التي اجتاحت الوادي، الذي يسكنه آلاف المزارعين، إلى 37 قتيلا.")
    assert m.excerpt.startswith("وارتفعت حصيلة السيول") and m.attribute == "death-count"
    dead, missing = mentions_of("وقالت البلدية إن حصيلة السيول في الوادي الشرقي، ارتفعت إلى 37 قتيلا و12 مفقودا.")
    assert dead.excerpt.startswith("وقالت البلدية") and missing.excerpt == dead.excerpt
    (m,) = mentions_of("وفي الوادي الشرقي، قتل 37 شخصا في القرى المحيطة بالمجرى.")
    assert m.excerpt.startswith("قتل")


def test_a_bare_figure_takes_in_the_clause_before_it():
    """"…، ونجا 12 راكبا": a figure and its noun alone do not say what they are of; the clause before
    comes with them, unless it gives a figure of its own (two figures in one excerpt)."""
    (m,) = mentions_of("وتحطمت الطائرة أثناء محاولتها الهبوط اضطراريا، ونجا 12 راكبا.")
    assert m.excerpt.startswith("وتحطمت الطائرة")
    ms = mentions_of("وقتل في الحادث 58 شخصا، ونجا 12 راكبا.")
    assert [x.excerpt for x in ms if x.quantity.value == 12] == ["ونجا 12 راكبا."]
    (m,) = mentions_of("وتحطمت الطائرة قرب المطار، ونجا 12 راكبا من أصل ركابها الكثيرين.")
    assert m.excerpt.startswith("ونجا")


def test_a_relative_clause_keeps_what_it_describes_and_a_day_after_stays():
    """"وضربت الهزة، التي بلغت قوتها 5.9 درجات، …": the relative clause's figure is of the clause
    before it; "، يوم الأحد" after a figure says when."""
    (m,) = mentions_of("وضربت الهزة الجزيرة، التي بلغت قوتها 5.9 درجات، وسط ذعر السكان.")
    assert m.excerpt.startswith("وضربت الهزة") and m.attribute == "magnitude"
    (m,) = mentions_of("وقدرت قوة الهزة بـ5.9 درجات، يوم الأحد.")
    assert m.excerpt.endswith("يوم الأحد.")


def test_a_short_clause_of_time_after_a_figure_stays_in_its_excerpt():
    """"، عقب انطلاقها من الميناء": when it happened belongs with the figure; "بعد أن …" is another happening."""
    (m,) = mentions_of("وغرقت العبارة وعلى متنها 80 راكبا، عقب انطلاقها من الميناء بساعة.")
    assert m.excerpt.endswith("بساعة.")
    (m,) = mentions_of("وغرقت العبارة وعلى متنها 80 راكبا، بعد أن انطلقت من الميناء.")
    assert m.excerpt.endswith("80 راكبا")
    # a clause that opens with the day says when, whatever follows it, unless it holds a figure of its own
    (m,) = mentions_of("وضربت هزات متتالية الجزيرة، بلغت قوة أشدها 6.1 درجة، مساء الخميس قرب الساحل الشمالي.")
    assert m.excerpt.endswith("قرب الساحل الشمالي.")
    ms = mentions_of("وبلغت قوة الهزة 6.1 درجة، مساء الخميس قتل 3 أشخاص.")
    assert ms[0].excerpt.endswith("6.1 درجة")


def test_a_consequence_keeps_its_cause_and_a_short_place_after_stays():
    """"انهار الجسر القديم، مما أدى إلى احتجاز 12 عاملا، شرق المدينة": what caused the figure and where;
    a cause with a figure of its own stays out (two figures in one excerpt)."""
    (m,) = mentions_of("وانهار الجسر القديم فجأة، مما أدى إلى احتجاز 12 عاملا، شرق المدينة.")
    assert m.excerpt.startswith("وانهار الجسر") and m.excerpt.endswith("شرق المدينة.")
    ms = mentions_of("وانهار مبنى من 9 طوابق، مما أدى إلى احتجاز 12 عاملا.")
    assert [x.excerpt for x in ms if x.quantity.value == 12] == ["مما أدى إلى احتجاز 12 عاملا."]


def test_everyone_on_board_is_the_toll_when_the_article_says_all_died():
    """"وعلى متنها 64 شخصا" counts everyone on board; another sentence says none survived: the toll."""
    (m,) = mentions_of("تحطمت الطائرة وعلى متنها 64 شخصا. وأكدت الشركة وفاة جميع ركاب الطائرة.")
    assert m.attribute == "death-count"
    (m,) = mentions_of("هبطت الطائرة اضطراريا وعلى متنها 64 شخصا. ونقل المصابون إلى المستشفى.")
    assert m.attribute == "aboard-count"


def test_passengers_and_crew_as_one_counted_noun_count_everyone_on_board():
    """"من أصل 90 راكبا وطاقما" counts everyone on board; with the crew counted apart after it
    ("وطاقما من ستة") or no crew joined to the noun the figure counts the passengers."""
    (m,) = mentions_of("ونجا 3 فقط من أصل 90 راكبا وطاقما.")
    assert m.attribute == "aboard-count"
    for text in ("وكانت الطائرة تقل 90 راكبا وطاقما من ستة.",
                 "وكانت الطائرة تقل 90 راكبا إضافة إلى 6 ملاحين."):
        assert [x.attribute for x in mentions_of(text) if x.quantity.value == 90] == ["passenger-count"], text


def test_passengers_that_are_the_passengers_and_crew_of_the_article_count_everyone_on_board():
    """A headline calls everyone on board passengers: 50 "passengers" over a body's 46 passengers and
    4 crew counts those on board; 46 stays the passengers, and a count that is no such sum stays too."""
    text = "هبوط اضطراري لطائرة تقل 50 راكبا\n\nوأوضحت الشركة أن الرحلة أقلت 46 راكبا إضافة إلى أربعة من أعضاء الطاقم."
    assert [(m.quantity.value, m.attribute) for m in mentions_of(text)] == [
        (50.0, "aboard-count"), (46.0, "passenger-count"), (4.0, "crew-count")]
    text = "هبوط اضطراري لطائرة تقل 52 راكبا\n\nوأوضحت الشركة أن الرحلة أقلت 46 راكبا إضافة إلى أربعة من أعضاء الطاقم."
    assert mentions_of(text)[0].attribute == "passenger-count"


def test_a_count_of_a_plural_in_construct_after_min_counts_that_noun():
    """"أربعة من أفراد الطاقم"، "5 من عناصر الشرطة": the plural in construct with a definite noun is what
    is counted, as the definite plural is in "ثلاثة من الجنود"."""
    ms = mentions_of("وأقلعت الطائرة وعلى متنها 90 راكبا وسبعة من أعضاء الطاقم.")
    assert [(m.quantity.value, m.attribute) for m in ms] == [(90.0, "passenger-count"), (7.0, "crew-count")]
    (m,) = mentions_of("وأصيب 7 من عناصر الدفاع المدني خلال عمليات البحث.")
    assert (m.quantity.value, m.attribute) == (7.0, "injury-count")


def test_what_befell_a_count_of_people_by_role_is_what_it_counts():
    """Rescued or surviving members of the crew are survivors, not the crew; "فقط" may stand between."""
    for text in ("ونجا فقط ثلاثة من أفراد الطاقم.", "وتم إنقاذ ثلاثة من أفراد الطاقم.", "وتمكنت الفرق من إنقاذ 3 ركاب."):
        assert [m.attribute for m in mentions_of(text)] == ["survivor-count"], text
    # a count of rescuers is no count of the rescued
    assert [m.attribute for m in mentions_of("ونشرت السلطات 200 من عناصر الإنقاذ.")] != ["survivor-count"]


def test_how_long_someone_was_kept_waiting_is_its_own_measure():
    """A wait ("ترك ضيفه في انتظاره 50 ثانية"، "انتظر الوفد 40 دقيقة") is no talks' or meeting's length."""
    assert [m.attribute for m in mentions_of("وأبقى الرئيس ضيفه في الانتظار عند الباب 50 ثانية.")] == ["wait-duration"]
    assert [m.attribute for m in mentions_of("وانتظر الوفد في القاعة نحو 40 دقيقة.")] == ["wait-duration"]
    assert [m.attribute for m in mentions_of("واستمرت المحادثات ثلاث ساعات.")] == ["talks-duration"]


def test_a_bare_degree_a_pronoun_points_back_to_takes_the_measure_before():
    """"قوة الهزة بلغت 5 درجات، فيما قدرتها الهيئة بـ5.3 درجة": the second figure is a magnitude too;
    a degree a verb governs without pointing back stays a plain count."""
    ms = mentions_of("وقال المرصد إن قوة الهزة بلغت 5 درجات، فيما قدرتها الهيئة الأوروبية بـ5.3 درجة.")
    assert [m.attribute for m in ms] == ["magnitude", "magnitude"]
    (m,) = mentions_of("ووقعت الهزة في الجبال، مسجلة 5 درجات كحد أقصى على مقياس الشدة المحلي.")
    assert m.attribute != "magnitude"


def test_a_degree_no_earthquake_reaches_is_no_magnitude():
    """A latitude or a longitude in degrees beside a quake ("دائرة العرض 33,4 درجة") is no magnitude: a
    measure's values (``values`` in lexicon/attributes.yaml) bound what it can be."""
    ms = mentions_of("ورصد المرصد مركز الهزة على دائرة العرض 33,4 درجة وعلى خط الطول 45.8 درجة.")
    assert not any(m.attribute == "magnitude" for m in ms), [(m.attribute, m.quantity.value) for m in ms]
    (m,) = mentions_of("وهزت المنطقة الجبلية هزة أرضية قوتها 6.1 درجة فجر الأحد.")
    assert m.attribute == "magnitude" and m.quantity.value == 6.1


def test_a_quake_in_a_place_the_article_opens_with_no_word_of_is_another():
    """A magnitude said of a quake in another country than the one the article opens on ("…، فيما بلغت قوة
    الزلزال في اليابان 7 درجات") is another happening's; a quake in the article's own country is its story's."""
    text = ("زلزال قوي يضرب بيرو\n\nضرب زلزال بقوة 6.5 درجة جنوب بيرو فجر الأحد. "
            "وذكر المرصد أن قوة الزلزال في اليابان بلغت 7 درجات قبل شهر.")
    ms = [m for m in mentions_of(text) if m.attribute == "magnitude"]
    assert [(m.quantity.value, m.another) for m in ms] == [(6.5, False), (7, True)], [(m.quantity.value, m.another) for m in ms]
    same = "زلزال قوي يضرب بيرو\n\nوذكر المرصد أن قوة الزلزال في بيرو بلغت 6.5 درجة."
    assert [m.another for m in mentions_of(same) if m.attribute == "magnitude"] == [False]


def test_a_verb_of_the_form_istafala_after_a_bare_number_counts_nothing():
    """"بصيغة أربعة مقابل أربعة استمر ساعتين": the format's numbers count no "استمر"."""
    ms = mentions_of("وعقد الوفدان اجتماعا بصيغة أربعة مقابل أربعة استمر ساعتين.")
    assert [(m.quantity.value, m.attribute) for m in ms] == [(120.0, "talks-duration")]


def test_a_sentence_carrying_on_a_report_of_another_quake_is_of_that_quake_only_when_it_had_a_figure():
    """"وأضافت أن مركز الهزة كان على عمق …" after "سجلت زلزالا ثانيا بقوة 6.1" speaks of the second quake;
    after a sentence that only counted aftershocks it speaks of the main one."""
    second = mentions_of("وسجلت الهيئة زلزالا ثانيا بقوة 6.1 درجات. وأضافت أن مركز الهزة كان على عمق 9 كيلومترات.")
    assert [m.another for m in second if m.attribute == "depth"] == [True]
    main = mentions_of(
        "وسجل المرصد زلزالا بقوة 6.1 درجات في المنطقة، تلته عدة هزات ارتدادية. "
        "وأضافت الهيئة أن مركز الهزة كان على عمق 9 كيلومترات."
    )
    assert [m.another for m in main if m.attribute == "depth"] == [False]


def test_travellers_are_passengers_and_people_nobody_can_reach_are_missing():
    """"مسافر" counts passengers as "راكب" does; people the authorities lost contact with are missing."""
    (m,) = mentions_of("وكانت العبارة تقل 120 مسافرا حين جنحت قرب الساحل.")
    assert m.attribute == "passenger-count"
    (m,) = mentions_of("وقالت الشرطة إنها فقدت الاتصال بـ40 شخصا في أعالي الجبل.")
    assert m.attribute == "missing-count"


def test_a_clause_numbering_the_noun_before_it_counts_that_noun():
    """"…الركاب الناجين من انقلاب القطار، والبالغ عددهم 25 راكبا": the survivors, whatever noun follows the
    number; the prepositional phrase closing the noun phrase ("من انقلاب القطار") is not what is counted."""
    (m,) = mentions_of("وروى بعض الركاب الناجين من انقلاب القطار، والبالغ عددهم 25 راكبا، تفاصيل اللحظات الأخيرة.")
    assert m.attribute == "survivor-count"
    (m,) = mentions_of("ونقل المصابون إلى مستشفيات المدينة، ويبلغ عددهم 70 شخصا.")
    assert m.attribute == "injury-count"


def test_what_a_count_of_people_includes_does_not_say_what_it_counts():
    """"تقل 50 شخصا بينهم 3 من أفراد الطاقم": the crew are some of the 50, the 50 are no crew."""
    for text in ("وكانت الحافلة تقل 50 شخصا بينهم 3 من أفراد الطاقم.",
                 "وكانت الحافلة تقل 50 شخصا من بينهم طفلان و3 من أفراد الطاقم."):
        assert [m.attribute for m in mentions_of(text) if m.quantity.value == 50] != ["crew-count"], text
    assert [m.attribute for m in mentions_of("ولقي 40 شخصا حتفهم بينهم 12 طفلا.") if m.quantity.value == 40] == ["death-count"]


def test_a_tour_of_a_region_is_not_the_visit_to_one_country():
    """"منهيا زيارته لأوروبا، التي دامت ستة أيام" measures the tour; "في زيارة رسمية للبلاد تدوم يومين"
    the visit."""
    (m,) = mentions_of("وغادر الرئيس العاصمة السبت منهيا زيارته لأوروبا، التي دامت ستة أيام.")
    assert m.attribute == "tour-duration"
    (m,) = mentions_of("ووصل الرئيس في زيارة رسمية للبلاد تدوم يومين.")
    assert m.attribute == "trip-duration"


def test_one_from_each_of_a_list_is_no_count_of_the_whole():
    """"ومهندس واحد من كل من الشركتين الأخريين" counts one per company: read, no claim (never the whole
    count); "خمسمئة محتجز من كل طرف" is the count of each side, a claim."""
    text = "وكان بين العاملين في الورشة عشرون ألمانيا وثلاثة هنود ومهندس واحد من كل من الشركتين الأخريين."
    assert [m.quantity.value for m in mentions_of(text)] == [20.0, 3.0]
    (m,) = mentions_of("واتفق الجانبان على الإفراج عن خمسمئة محتجز من كل طرف.")
    assert m.quantity.value == 500 and m.attribute != "each-count"


@pytest.mark.parametrize("text, expected", [
    ("أدى انفجار المصنع إلى مصرع 14 وإصابة 230 في المدينة.", {("death-count", 14), ("injury-count", 230)}),
    ("وأصيب 230 في الحادث، وغادر معظمهم المستشفى مساء.", {("injury-count", 230)}),
    ("وأسفرت الغارة عن مقتل نحو 12 في القرية.", {("death-count", 12)}),
])
def test_a_bare_number_right_after_what_befell_people_counts_them(text, expected):
    """"مصرع 14 وإصابة 230"، "وأصيب 230 في الحادث": with no noun after it, a number right after a verb or
    verbal noun of what befell people (a bound between or not) is the count of those it befell."""
    found = {(m.attribute, int(m.quantity.value)) for m in mentions_of(text)}
    assert expected <= found, found


def test_a_year_after_what_befell_someone_is_no_count():
    """"أصيب الرئيس في 2019": a year after the preposition is a date, not those injured."""
    assert not [m for m in mentions_of("وكان الرئيس قد أصيب في 2019 بفيروس كورونا.") if m.attribute == "injury-count"]


def test_a_figures_excerpt_ends_before_a_clause_that_opens_after_it():
    """"بلغت الحصيلة 31 قتيلا في وقت تواصل فيه الفرق البحث عن آخرين"، "قتل 12 بينما أصيب 40": the
    clause after the figure, opened with no comma, says something else; "في وقت سابق" opens none."""
    (toll, _) = mentions_of("وارتفع عدد قتلى انهيار العمارة إلى 31 قتيلا في وقت تواصل فيه الفرق البحث عن "
                            "17 شخصا آخرين ما زالوا عالقين.")
    assert toll.excerpt == "وارتفع عدد قتلى انهيار العمارة إلى 31 قتيلا"
    (dead, hurt) = mentions_of("وقتل 12 شخصا في الانفجار بينما أصيب 40 آخرون بجروح.")
    assert dead.excerpt == "وقتل 12 شخصا في الانفجار" and "بينما" in hurt.excerpt
    (m,) = mentions_of("وكانت الوزارة قد أعلنت في وقت سابق مقتل 9 أشخاص في الحادث.")
    assert m.excerpt.endswith("في الحادث.")
