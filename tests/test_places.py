"""What a distance or a population is of: figures of different places are different claims (assign/places.py)."""
from mkdocs_summit_plugin.claims.quantity_groups import group_quantities, quantity_claim

from .conftest import quantity_mentions_of as _mentions


def _values_by_claim(*texts, attribute="distance"):
    groups = group_quantities(m for m in _mentions(*texts) if m.attribute == attribute)
    return sorted(sorted(m.quantity.value for m in g) for g in groups)


def test_two_dams_and_an_epicentre_are_three_distances():
    assert _values_by_claim(
        "وانهار سد أبو سالم الذي يقع على بعد 12 كيلومترا من المدينة.",
        "ويقع سد بوسالم على بعد 12 كم جنوب المدينة، أما سد وادي الكرم فيقع على بعد 3 كيلومترات منها.",
        "وكان مركز الهزة على بعد 7 كم عن منطقة سيينا.",
    ) == [[3.0], [7.0], [12.0, 12.0]]


def test_an_unknown_place_joins_the_place_its_sentence_names():
    # the airport is a distance of its own; the figure whose place is unknown goes to the island its sentence names
    assert _values_by_claim(
        "وفي مالطا التي تبعد نحو 300 كيلومتر عن الساحل سمع السكان دوي الانفجار.",
        "وتحطمت نوافذ مطار قرطاج الدولي على بعد 8 كيلومترات.",
        "وعلى بعد 320 كيلومترا، شعر سكان مالطا بالهزة.",
    ) == [[8.0], [300.0, 320.0]]


def test_an_unknown_place_never_joins_one_of_several_named_places():
    assert _values_by_claim(
        "وفي مالطا التي تبعد نحو 300 كيلومتر عن الساحل سمع السكان دوي الانفجار.",
        "وتحطمت نوافذ مطار قرطاج الدولي على بعد 8 كيلومترات.",
        "وسمع الدوي على بعد 50 كيلومترا.",
    ) == [[8.0], [50.0], [300.0]]


def test_a_town_placed_at_a_distance_is_the_site_the_landmark_names_the_distance():
    assert _values_by_claim(
        "وسقطت الطائرة قرب بلدة كارا التي تقع على بعد 60 كيلومترا جنوب العاصمة نيروبا.",
        "وتحطمت الطائرة في منطقة سولا التي تبعد 70 كيلومترا عن نيروبا.",
    ) == [[60.0, 70.0]]


def test_a_town_the_site_is_measured_from_is_placed_at_its_own_distance():
    # the epicentre is 9 km from the town; the town's 140 km from the capital is not the epicentre's 120
    assert _values_by_claim(
        "ووقع مركز الهزة على بعد 9 كيلومترات من بلدة سولا الواقعة على مسافة 140 كيلومترا شرق العاصمة نيروبا.",
        "وكان مركز الهزة على بعد 120 كيلومترا شرق العاصمة نيروبا.",
    ) == [[9.0], [120.0], [140.0]]
    # the number in words, the name in quotes, the relative after a comma: the same reading
    assert _values_by_claim(
        "وحدد مركز الهزة على مسافة تسعة كيلومترات من بلدة «سولا»، التي تبعد بدورها 140 كيلومترا عن العاصمة نيروبا.",
        "وكان مركز الهزة على بعد 120 كيلومترا شرق العاصمة نيروبا.",
        "وسجل مركز الهزة على بعد 9 كلم من بلدة سولا التي تبعد 140 كلم عن العاصمة «نيروبا».",
    ) == [[9.0, 9.0], [120.0], [140.0, 140.0]]


def test_a_small_town_is_not_the_city_and_the_title_says_whose():
    mentions = [m for m in _mentions(
        "وتقع مدينة الواحة التي يبلغ عدد سكانها 90 ألف نسمة على الساحل.",
        "وهي مدينة يقطنها نحو 120 ألف نسمة، وفق تقديرات الواحة المحلية.",
        "وضربت الهزة قرية الصفا التي يسكنها نحو 3 آلاف شخص.",
    ) if m.attribute == "population-count"]
    groups = group_quantities(mentions)
    assert sorted(sorted(m.quantity.value for m in g) for g in groups) == [[3000.0], [90000.0, 120000.0]]
    titles = sorted(quantity_claim(g, {}).title for g in groups)
    assert titles == ["عدد السكان (الصفا)", "عدد السكان (الواحة)"]


def test_an_interval_with_no_landmark_joins_the_events_only_interval():
    """"وانقطع الاتصال بها بعد ثماني دقائق" is the interval its story has ("بعد ثماني دقائق من إقلاعها")."""
    both = [m for m in _mentions("سقطت الطائرة بعد ثماني دقائق من إقلاعها.", "وانقطع الاتصال بها بعد ثماني دقائق قرب القرية.")
            if m.attribute == "elapsed-duration"]
    assert len(both) == 2 and [m.subject for m in both].count(None) == 1
    (group,) = group_quantities(both)
    assert len(group) == 2 and {m.subject for m in group} == {"الاقلاع"}
    assert quantity_claim(group, {}).title.startswith("الوقت المنقضي منذ الاقلاع")
    # alone, it says nothing: no claim
    assert group_quantities([m for m in both if m.subject is None]) == []


def test_two_transliterations_of_a_landmark_are_one_place_and_its_name_ends_before_the_next_clause():
    # "كابيلا" and "كابلا": one town written with and without a long vowel; "وبلغت" opens the next clause
    assert _values_by_claim(
        "وكان مركز الزلزال على بعد 40 كيلومترا شمال غرب مدينة كابيلا.",
        "وقال المعهد إن مركز الزلزال كان على بعد 35 كيلومترا شمال غرب مدينة كابلا وبلغت قوته 6 درجات.",
    ) == [[35.0, 40.0]]


def test_a_name_in_f_goes_on_and_an_unnamed_capital_is_the_capital_the_story_names():
    """"سان فيرا": a second word in ف is still the name (only "و" opens the next clause); "شرق
    عاصمة البلاد" and "شرق العاصمة" are the capital another excerpt names ("العاصمة سان فيرا")."""
    assert _values_by_claim(
        "ووقع مركز الزلزال على مسافة عشرين كيلومترا إلى الشرق من العاصمة سان فيرا.",
        "وحدد المعهد المركز على مسافة عشرين كيلومترا شرق عاصمة البلاد.",
        "وضرب الزلزال على مسافة عشرين كيلومترا شرق العاصمة.",
        "وتبعد الجزيرة 900 كيلومتر عن أستراليا.",
    ) == [[20.0, 20.0, 20.0], [900.0]]
    assert _values_by_claim(
        "ووقع مركز الزلزال على مسافة خمسة عشر كيلومترا من مدينة سان فيرا.",
        "وكان المركز على مسافة ثمانية عشر كيلومترا من مدينة سان.",
    ) == [[15.0], [18.0]]


def test_with_two_capitals_named_an_unnamed_one_is_a_place_of_its_own():
    assert _values_by_claim(
        "ووقع المركز على مسافة عشرين كيلومترا إلى الشرق من العاصمة سان فيرا.",
        "وشعر بالهزة سكان مدينة على بعد 300 كيلومتر شرق العاصمة كارتا.",
        "وكان المركز على بعد 40 كيلومترا من العاصمة.",
    ) == [[20.0], [40.0], [300.0]]


def test_a_distance_off_a_town_is_from_that_town_not_the_island_it_is_on():
    """"على بعد 9 كيلومترات قبالة بلدة كذا على جزيرة كذا": "قبالة" names the landmark as "من" does, so a
    distance off a town is no distance from the island another outlet measures from."""
    assert _values_by_claim(
        "وكان مركز الهزة على بعد 8 كيلومترات شمال جزيرة رودس.",
        "وسجلت الهزة على بعد 9 كيلومترات قبالة بلدة ليندوس على جزيرة رودس.",
    ) == [[8.0], [9.0]]
