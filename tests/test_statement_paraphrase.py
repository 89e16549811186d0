"""Paraphrases across outlets: synonym phrases, groups read through a kept proclitic, and a
trailing source kept with its clause (text/roots.py, mentions/statements/clauses.py)."""
from __future__ import annotations

import pytest

from mkdocs_summit_plugin.lexicon import load
from mkdocs_summit_plugin.text.normalise import fold
from mkdocs_summit_plugin.text.roots import family, phrase_group
from mkdocs_summit_plugin.text.stemming import strip_article
from mkdocs_summit_plugin.claims.statement_groups import group_statements
from mkdocs_summit_plugin.mentions.statements.analysis import analyse_mention, find_statements
from mkdocs_summit_plugin.model import Article, Mention
from mkdocs_summit_plugin.text.sentences import split_sentences


def mentions(text: str, id: str = "a") -> list[Mention]:
    a = Article(id=id, path=f"articles/{id}.txt", text=text, title="")
    found = find_statements(a, split_sentences(a))
    for m in found:
        m.event = "e"
    return found


def one(text: str, id: str) -> Mention:
    found = mentions(text, id)
    assert len(found) == 1, [m.excerpt for m in found]
    return found[0]


def same_group(ms: list[Mention]) -> bool:
    return any(all(any(m is x for x in g) for m in ms) for g in group_statements(ms))


def grouped_with(mentions: list, m) -> set:
    """The ids of the mentions grouped with `m` (itself included) when `mentions` are grouped."""
    group = next(g for g in group_statements(mentions) if any(x is m for x in g))
    return {id(x) for x in group}


def fam(word: str) -> frozenset:
    return family(strip_article(fold(word)))


@pytest.mark.parametrize("head, rest, group", [
    ("تقف", "إلى جانب المزارعين", "~side"),
    ("وقف", "بجانب الحكومة", "~side"),
    ("لقوا", "حتفهم في الحادث", "~death"),
])
def test_a_phrase_puts_its_first_word_in_a_group(head, rest, group):
    assert phrase_group(strip_article(fold(head)), fold(rest).split()) == group


@pytest.mark.parametrize("head, rest", [("تقف", "عند حدود المدينة"), ("وقف", "إطلاق النار"), ("تقف", "")])
def test_the_phrase_head_alone_is_no_member(head, rest):
    assert phrase_group(strip_article(fold(head)), fold(rest).split()) is None


@pytest.mark.parametrize("a, b", [("لأسر", "عائلات"), ("لأقاربهم", "ذوي"), ("ينحاز", "الانحياز"), ("منكوبة", "مدمر")])
def test_a_kept_proclitic_does_not_hide_a_group(a, b):
    assert {f for f in fam(a) if f[:1] == "~"} & {f for f in fam(b) if f[:1] == "~"}, (fam(a), fam(b))


def test_a_short_word_is_not_read_through_a_guessed_proclitic():
    assert not {f for f in fam("بعد") if f[:1] == "~"}


def test_every_phrase_has_a_head_and_more_words():
    for name, phrases in (load("synonyms").get("phrases") or {}).items():
        assert all(len(p.split()) >= 2 for p in phrases), name


def test_siding_in_other_words_is_one_statement():
    a = one("وقالت النقابة إن \"البلدية تنحاز إلى المستثمرين\".", "p1")
    b = one("وقالت النقابة إن \"البلدية تقف إلى جانب المستثمرين\".", "p2")
    assert same_group([a, b])


def test_a_negation_gets_no_help_from_synonyms():
    """A statement and its negation match on their own words only (the contradiction test then
    reads the negated word in the other); a synonym counts only between equal polarities."""
    from mkdocs_summit_plugin.claims import statement_similarity as S

    ms = [one("وقالت النقابة إن \"البلدية تنحاز إلى المستثمرين\".", "p1"),
          one("وقالت النقابة إن \"البلدية تقف إلى جانب المستثمرين\".", "p2"),
          one("وقالت النقابة إن \"البلدية لا تقف إلى جانب المستثمرين\".", "p3")]
    items = [S.statement_item(ms, i) for i in range(3)]
    _, idf = S.weigh_event(items)
    shared = items[0].terms.keys() & items[2].terms.keys()
    assert S.root_matches(items[0], items[1], items[0].terms.keys() & items[1].terms.keys())
    assert S.similarity(items[0], items[2], idf) < S.similarity(items[0], items[1], idf)
    assert shared == {"بلد", "مستثمر"}


def test_two_sentences_of_one_article_that_each_match_another_outlet_stand_in_its_group():
    """One outlet writes in one sentence what another splits in two (the decision let the workers
    down; it was short-sighted): the two sentences share no word, yet each matches the first
    outlet's, so all three are one statement. Across articles every pair must still be alike: a
    third outlet that says only one part and nothing like the other keeps that other out."""
    (whole,) = mentions('وقالت النقابة إن "الإدارة خذلت العمال بقرار إغلاق المصنع القصير النظر".', "p2")
    parts = mentions('وقالت النقابة إن الإدارة "خذلت العمال بقرار إغلاق المصنع". '
                     'ووصفت النقابة قرار إغلاق المصنع بأنه "قصير النظر".', "p1")
    assert len(parts) == 2 and same_group(parts + [whole])
    (half,) = mentions('وقالت النقابة إن الإدارة خذلت العمال.', "p3")
    assert id(half) not in grouped_with(parts + [whole, half], parts[1])


@pytest.mark.parametrize("verb", ["لتصبح", "ليصبح", "ستصبح", "وأصبحت", "صارت", "وباتت", "سيظل", "تظل",
                                  "لنكون", "وكنا", "سيكون", "ليكونوا"])
def test_a_copula_of_becoming_or_remaining_is_no_term(verb):
    """كان's sisters say when or that, not what: "قررت اللجنة أن تصبح اجتماعاتها كل شهرين" and "ستجتمع
    اللجنة كل شهرين" share what they say without the copula weighing on one side."""
    from mkdocs_summit_plugin.mentions.statements.lexicon import is_stop

    assert is_stop(fold(verb))


def test_two_speakers_in_other_words_stay_apart():
    a = one("وقال وزير الزراعة إن \"الحكومة تنحاز إلى صغار المزارعين\".", "p1")
    b = one("وقال زعيم المعارضة إن \"الحكومة تقف إلى جانب صغار المزارعين\".", "p2")
    assert not same_group([a, b])


def test_a_trailing_source_stays_with_the_clause_it_sources():
    found = mentions("وأدت الأمطار الغزيرة إلى انهيار جسرين في الوادي، وفقا للتقارير المحلية، مما عزل القرى المجاورة.")
    assert any("جسرين في الوادي، وفقا للتقارير المحلية" in m.excerpt for m in found), [m.excerpt for m in found]
    # "as he put it" closes what he said
    found = mentions("وقال المهندس إن الجسر الثاني لم يتضرر، على حد تعبيره.")
    assert [m.excerpt for m in found] == ["وقال المهندس إن الجسر الثاني لم يتضرر، على حد تعبيره."]


@pytest.mark.parametrize("text, speaker", [
    ("يحتاج المزارعون إلى قروض ميسرة قبل موسم الحصاد، هذا ما قاله وزير الزراعة، فيما دعا البنوك إلى التعاون.", "وزير الزراعة"),
    ("الأسعار لن ترتفع قبل نهاية العام، وهذا ما أكدته الحكومة في بيان، مضيفة أن المخزون كاف.", "الحكومة"),
])
def test_this_is_what_someone_said_names_the_source_of_the_clause_before(text, speaker):
    """"…، هذا ما قاله فلان" points back: the clause before is what they said, and their words
    are not the content of the clause after it."""
    first = mentions(text)[0]
    assert first.speaker and speaker.endswith(first.speaker.split()[-1]), first.speaker
    assert first.excerpt.endswith(speaker) or speaker in first.excerpt
    assert "قال" not in analyse_mention(first).terms and "اكد" not in analyse_mention(first).terms


def test_a_source_that_leads_the_next_clause_still_leads_it():
    found = mentions("وانهار جسر قديم في الوادي، وبحسب الدفاع المدني، فإن عشرات الأسر نزحت من القرية.")
    assert any(m.excerpt.startswith("وبحسب الدفاع المدني") for m in found), [m.excerpt for m in found]


@pytest.mark.parametrize("a, b", [("وسأواصل", "سيواصل"), ("سأعمل", "يعمل"), ("وسنستمر", "يستمر"), ("ستستمر", "استمر")])
def test_a_first_person_or_form_ten_future_has_the_imperfect_stem(a, b):
    from mkdocs_summit_plugin.text.stemming import stem

    assert stem(fold(a)) == stem(fold(b))


@pytest.mark.parametrize("word", ["ساعدت", "سابقة", "ساحات", "سياسة"])
def test_nouns_and_past_verbs_in_sa_keep_their_stem(word):
    from mkdocs_summit_plugin.text.stemming import stem

    w = fold(word)
    assert stem(w) != stem("ي" + w[2:])


def test_a_first_person_imperfect_is_no_form_seven():
    """"أناضل" is أ + ناضل (its root نضل), not انفعل ("انفجار" keeps فجر)."""
    from mkdocs_summit_plugin.text.roots import root

    assert root(fold("أناضل")) == root("نضال") and root("انفجار") == "فجر"
    assert fam("وسأواصل") & fam("سنستمر")


def test_a_context_word_pairs_through_its_synonym_group_only_in_full():
    """"علاقة" is context (it never makes two statements one), but said in full it pairs with
    "صداقة" of the relation group; a lead's "علاقة" pairs with nothing."""
    from mkdocs_summit_plugin.claims import statement_similarity as S

    ms = [one("وقال المدرب إن \"علاقة متينة تجمعه باللاعبين الشبان\".", "r1"),
          one("وقال المدرب إن \"صداقة متينة تجمعه باللاعبين الشبان\".", "r2"),
          one("وحول العلاقة مع الإدارة، قال المدرب إن \"صداقة متينة تجمعه باللاعبين الشبان\".", "r3")]
    items = [S.statement_item(ms, i) for i in range(3)]
    S.weigh_event(items)
    pairs = S.root_matches(items[0], items[1], items[0].terms.keys() & items[1].terms.keys())
    assert ("علاق", "صداق") in pairs, pairs
    lead = S.root_matches(items[2], items[0], items[2].terms.keys() & items[0].terms.keys())
    assert not any(items[2].terms[x] < 1.0 for x, _ in lead), lead


def test_a_lead_stops_where_its_cause_is_said():
    """"بعد الحريق الذي شب في السوق، بسبب/جراء تماس كهربائي، …": the cause is content, in full."""
    from mkdocs_summit_plugin.mentions.statements.analysis import analyse_mention

    found = mentions("وبعد الحريق الذي شب في السوق القديم، جراء تماس كهربائي في أحد المحال، "
                     "أعلنت البلدية إغلاق السوق أسبوعا.")
    m = next(m for m in found if "تماس" in m.excerpt)
    terms = analyse_mention(m).terms
    assert terms.get("ماس") == terms.get("كهرباء") == 1.0 and terms.get("حريق") == 0.5, terms


def test_a_cause_followed_by_a_clause_of_its_own_is_a_statement_of_its_own():
    """"بعد الحريق …، جراء تماس كهربائي، حيث امتدت النيران …": what "حيث" opens is another
    statement; the lead and its cause are one, and the cause's words are its content."""
    from mkdocs_summit_plugin.mentions.statements.analysis import analyse_mention

    found = mentions("وبعد الحريق الذي شب في السوق القديم، جراء تماس كهربائي في أحد المحال، "
                     "حيث امتدت النيران إلى عشرات المحال المجاورة خلال دقائق.")
    cause = next(m for m in found if "تماس" in m.excerpt)
    assert "النيران" not in cause.excerpt, cause.excerpt
    assert analyse_mention(cause).terms.get("كهرباء") == 1.0
    assert any("امتدت النيران" in m.excerpt for m in found if m is not cause)


def test_other_outlets_come_before_a_sibling_sentence():
    """Two sentences of one article that differ in their object (two contracts extended) share
    most words; the other outlets' paraphrases of the second are merged first, so the first
    stays out of their claim (claims/statement_groups._node_pairs)."""
    first, second = mentions(
        "وأقر المجلس البلدي في جلسته تمديد فترة عقد الحراسة إلى الحادي والثلاثين من شهر مايو. "
        "كما أقر المجلس البلدي في جلسته تمديد فترة عقد النظافة إلى الحادي والثلاثين من ديسمبر 2027.", "x")
    b = one("وقرر المجلس تمديد \"عقد النظافة\" حتى نهاية 2027.", "y")
    c = one("وأعلن المجلس تمديد «عقد النظافة» حتى نهاية 2027.", "z")
    groups = group_statements([first, second, b, c])
    together = next(g for g in groups if any(m is second for m in g))
    assert {id(m) for m in together} == {id(second), id(b), id(c)}


def test_siblings_alike_still_merge_without_other_outlets():
    """The order only puts cross-article pairs first: two sentences of one article saying one
    thing still make one claim when nothing else competes for them."""
    first, second = mentions(
        "وأقر المجلس البلدي في جلسته تمديد فترة عقد الحراسة إلى الحادي والثلاثين من شهر مايو. "
        "كما أقر المجلس البلدي في جلسته تمديد فترة عقد الحراسة مع الشركة إلى الحادي والثلاثين من شهر مايو.", "x")
    assert same_group([first, second])


# one named speaker quoted by two outlets in their own words (statement_similarity.SAME_SPEAKER_FACTOR)
_SPOKESWOMAN = "وقالت المتحدثة باسم الوزارة ليلى منصور إن الفرق الطبية وصلت إلى القرى المنكوبة وبدأت توزيع الأدوية على السكان."
_SPOKESWOMAN_AGAIN = "وأكدت ليلى منصور أن فرقا طبية بلغت القرى المتضررة وشرعت في تقديم العلاج للأهالي."


def test_one_named_speaker_in_two_outlets_is_one_statement_in_other_words():
    assert same_group([one(_SPOKESWOMAN, "a"), one(_SPOKESWOMAN_AGAIN, "b")])


def test_the_speaker_is_what_joins_those_few_shared_words(monkeypatch):
    from mkdocs_summit_plugin.claims import statement_similarity

    monkeypatch.setattr(statement_similarity, "SAME_SPEAKER_FACTOR", 1.0)
    assert not same_group([one(_SPOKESWOMAN, "a"), one(_SPOKESWOMAN_AGAIN, "b")])


def test_two_named_speakers_saying_alike_things_stay_apart():
    other = _SPOKESWOMAN_AGAIN.replace("ليلى منصور", "سامي الحداد")
    assert not same_group([one(_SPOKESWOMAN, "a"), one(other, "b")])


def test_a_negation_stops_at_the_next_coordinated_verb():
    # the refusal is negated, the struggle that the speaker goes on with is not: it meets the pledge
    refusal = one("وقال رئيس الحزب سامي الحداد إنه لم يقبل يوما بالظلم وسيواصل الكفاح من أجل الحرية.", "a")
    pledge = one("وتعهد سامي الحداد بمواصلة نضاله من أجل الحرية.", "b")
    assert same_group([refusal, pledge])


def test_a_negated_word_still_does_not_meet_its_akin_word():
    refusal = one("وقال رئيس الحزب سامي الحداد إنه لن يواصل الكفاح من أجل المقاعد.", "a")
    pledge = one("وتعهد سامي الحداد بمواصلة نضاله من أجل المقاعد.", "b")
    assert not same_group([refusal, pledge])


def test_what_a_speaker_denies_is_negated_as_a_whole():
    # "denied storming the town" meets "did not attack the town" through the attack group
    denial = one("ونفى المتحدث باسم الجيش سامي الحداد اجتياح البلدة الحدودية.", "a")
    negation = one("وقال سامي الحداد إن الجيش لم يهاجم البلدة الحدودية.", "b")
    assert same_group([denial, negation])


def test_words_that_name_a_person_are_who_a_statement_is_about_not_what_it_says():
    """A title with its name, and the name alone once the article introduced it, name who a
    statement is about (analysis._who_keys); a role without a name is what it is about."""
    from mkdocs_summit_plugin.mentions.statements.analysis import analyse_mention

    first, second = mentions("وصل رئيس الوزراء المالطي جوزيف فاريلا إلى المدينة صباح الأحد. "
                             "واستقبل فاريلا وفدا من الصيادين في الميناء القديم.")
    a = analyse_mention(first)
    who = {word for k, word in a.key_words if k in a.who_keys}
    assert {"جوزيف", "فاريلا"} <= who and "المدينة" not in who, who
    b = analyse_mention(second)
    assert "فاريلا" in {word for k, word in b.key_words if k in b.who_keys}
    (envoys,) = mentions("وقال الوزير إن السفيرين سيعودان إلى عملهما الأسبوع المقبل.")
    assert not analyse_mention(envoys).who_keys  # "السفيرين" is what is said, not a name


def test_a_name_ends_before_a_noun_the_article_writes_with_the_article():
    """"… رئيس الوزراء المالطي جوزيف فاريلا اتفاقية …": the agreement is what was signed, not a
    word of the name, when the article also writes "الاتفاقية" (names.name_word)."""
    from mkdocs_summit_plugin.mentions.statements.analysis import analyse_mention

    signed, _ = mentions("ووقع رئيس الوزراء المالطي جوزيف فاريلا اتفاقية للصيد في ختام الزيارة. "
                         "وقال الوزير إن الاتفاقية تدخل حيز التنفيذ الشهر المقبل.")
    a = analyse_mention(signed)
    who = {word for k, word in a.key_words if k in a.who_keys}
    assert {"جوزيف", "فاريلا"} <= who and fold("اتفاقية") not in who, who


@pytest.mark.parametrize("same, also, other", [
    # statements that share only the people they name are two claims
    ("وغادر رئيس الوزراء المالطي جوزيف فاريلا القصر بعد الظهر متوجها إلى المطار.",
     "وغادر رئيس الوزراء المالطي جوزيف فاريلا القصر بعد الظهر نحو المطار.",
     "وتلقى رئيس الوزراء المالطي جوزيف فاريلا رسالة."),
    # a speaker offers condolences once in a story: one claim though the two share no other word;
    # another speaker's condolences stay apart
    ("وأعرب رئيس الوزراء المالطي جوزيف فاريلا عن تعازيه لأقارب ركاب العبارة الغارقة قبالة السواحل الجنوبية.",
     "وقال رئيس الوزراء المالطي جوزيف فاريلا: «نقدم خالص تعازينا لكل من فقد عزيزا في البحر هذا الصباح».",
     "وقال الرئيس التونسي سامي الحداد إنه يقدم تعازيه لأسر ضحايا العبارة."),
    # an act told of its doer with no verb of saying meets the doer's own words; another's thanks do not
    ("وشكر رئيس الوزراء المالطي جوزيف فاريلا الرئيس التونسي على الدعوة وحفاوة الاستقبال في القصر.",
     "وقال رئيس الوزراء المالطي جوزيف فاريلا: «شكرا لكم على استضافتنا رغم انشغالكم بالانتخابات».",
     "وقال الرئيس التونسي سامي الحداد: «شكرا لكم على قبول الدعوة رغم انشغالكم بالانتخابات»."),
], ids=["only-the-people", "condolences", "thanks-of-the-doer"])
def test_one_claim_and_another_apart(same, also, other):
    a, b, c = one(same, "a"), one(also, "b"), one(other, "c")
    together = grouped_with([a, b, c], a)
    assert id(b) in together and id(c) not in together


def test_talks_about_a_set_of_issues_are_about_the_issues():
    said = [
        "وقال الوزير إن الجانبين أجريا محادثات صريحة حول قضايا إقليمية ودولية متنوعة.",
        "وقال الوزير إن الطرفين أجريا محادثات صريحة حول مجموعة من القضايا الإقليمية والدولية.",
        "وقال الوزير إن الطرفين تباحثا بشأن عدد من القضايا الملحة.",
    ]
    assert len({analyse_mention(one(text, f"p{i}")).objects for i, text in enumerate(said)}) == 1


def test_a_titled_person_and_a_ministrys_spokesman_are_two_speakers():
    a = one("وقال الرئيس البرازيلي كارلوس مينديز إن الاتفاق يبقي خطوط الاتصال مفتوحة بين الجيشين.", "r1")
    b = one('وقال متحدث باسم الوزارة "إن إبقاء خطوط الاتصال مفتوحة بين الجيشين ضروري".', "r2")
    c = one("وأكد الرئيس البرازيلي أن خطوط الاتصال ستبقى مفتوحة بين الجيشين.", "r3")
    assert not same_group([a, b])
    assert same_group([a, c])


def test_an_agreement_that_did_not_happen_is_one_claim_in_any_words():
    """"لم يتوصلا إلى اتفاق"، "دون التوصل إلى اتفاق"، "فشلت المفاوضات في التوصل إلى اتفاق": one outcome
    told three ways; an agreement reached, or no agreement on another subject, stays apart."""
    a = one("وقال الوسيط إن الوفدين لم يتوصلا إلى اتفاق في الجولة الثالثة من المفاوضات.", "a")
    b = one("وانتهت الجولة الثالثة في العاصمة القطرية مساء الأحد دون التوصل إلى اتفاق.", "b")
    c = one("وفشلت المفاوضات بين الوفدين في الدوحة في التوصل إلى اتفاق.", "c")
    d = one("واتفق الوفدان على تبادل الأسرى في الأسبوع المقبل.", "d")
    assert grouped_with([a, b, c, d], a) == {id(a), id(b), id(c)}


@pytest.mark.parametrize("frame, same, other", [
    # two spellings of one word (one root): "بشأن خارطة الانتخابات" and "بشأن خريطة الانتخابات"
    ("وقال الوزير إن الوفدين سيتفقان بشأن {} الانتخابات المحلية.", ("خارطة", "خريطة"), "موعد"),
    # a subject governed by a verbal noun: "بشأن استخدام المبيدات" and "بشأن المبيدات"
    ("وقال الوزير إن الحكومة ستصدر قرارا بشأن {} الزراعية في الحقول.", ("استخدام المبيدات", "المبيدات"), "تمويل المدارس"),
])
def test_one_subject_of_talks_in_two_forms_and_another_subject(frame, same, other):
    """What talks are about, said two ways, is one subject; another subject stays apart."""
    a, b, c = (one(frame.format(words), f"o{k}") for k, words in enumerate(same + (other,)))
    assert same_group([a, b])
    assert not same_group([a, c])


def test_a_measurement_in_the_lead_leaves_the_statement_a_statement():
    """"عقب الاجتماع الذي دام ساعتين، أكد الوزير أن …": the length is the lead's; what the minister
    said is a statement. A piece that is nothing but a measurement stays none."""
    found = mentions("عقب الاجتماع الذي دام ساعتين، أكد الوزير أن العلاقات تشهد تحسنا مستمرا.", "m1")
    assert any("تحسنا" in m.excerpt for m in found)
    assert mentions("وامتد الاجتماع ساعتين.", "m2") == []


def test_a_spokesperson_and_the_body_they_speak_for_are_one_source():
    """"المتحدث باسم البيت الأبيض، فلان" and "البيت الأبيض" may say one thing; another body stays
    another source."""
    a = one("وقال المتحدث باسم البيت الأبيض سامر الخطيب إن حملة التطعيم ستنتهي قبل فصل الشتاء.", "s1")
    b = one("وقال البيت الأبيض إن حملة التطعيم ستنتهي قبل فصل الشتاء.", "s2")
    c = one("وقال الكرملين إن حملة التطعيم ستنتهي قبل فصل الشتاء.", "s3")
    assert same_group([a, b])
    assert not same_group([a, c])


def test_an_outcome_said_not_to_have_happened_is_a_statement_on_its_own():
    """"، ومن دون التوصل إلى اتفاق" (a stock phrase: one concept of content): an outcome said not to
    have happened weighs as a negation, so it is a statement of "no agreement" in any words."""
    found = mentions("وانصرف الوفد بعد الجلسة الطويلة التي عقدها مع ممثلي النقابة، ومن دون التوصل إلى اتفاق.", "n1")
    assert any(analyse_mention(m).unmet for m in found)


def test_no_survivors_in_any_words_is_one_statement():
    """"لا يوجد ناجون" and "عدم نجاة أي من الركاب": survivors, like an agreement, are an outcome a
    statement says did not happen, in any words."""
    a = one("وقالت إدارة الدفاع المدني إنه لا يوجد ناجون من انهيار العبارة.", "v1")
    b = one("وأكد خفر السواحل عدم نجاة أي من ركاب العبارة المنكوبة.", "v2")
    assert analyse_mention(a).unmet and analyse_mention(b).unmet
    assert same_group([a, b])


@pytest.mark.parametrize("sentence, act", [
    ("ورحبت وزيرة الصحة بقرار البرلمان زيادة ميزانية المستشفيات.", "رحب"),
    ("واتهم زعيم المعارضة الحكومة بإهدار أموال الصندوق.", "تهم"),
    ("وحذر المتحدث باسم الدفاع المدني من انهيار مبان أخرى في الحي.", "حذر"),
])
def test_a_verb_of_saying_that_names_the_act_keeps_its_root(sentence, act):
    """"رحب"، "اتهم"، "حذر" as the attribution verb still say what the speaker does: their root is a
    term, counted when the other statement says it too (a noun or participle of the same root)."""
    a = analyse_mention(one(sentence, "p1"))
    assert any(act in a.roots.get(k, ()) for k in a.terms), (a.terms, a.roots)


def test_a_welcome_in_a_verb_meets_a_welcome_in_a_participle():
    a = one("ورحب رئيس البلدية بافتتاح الجسر الجديد فوق النهر.", "p1")
    b = one("وتحدث رئيس البلدية عن الجسر الجديد فوق النهر مرحبا بافتتاحه أمام السكان.", "p2")
    assert same_group([a, b])


def test_a_verb_that_only_reports_adds_no_term():
    a = analyse_mention(one("وقال وزير المالية إن العجز تراجع هذا العام.", "p1"))
    assert not any(k.startswith("قول") or k == "قال" for k in a.terms), a.terms


def _weighed_items(*sentences):
    from mkdocs_summit_plugin.claims.statement_similarity import statement_item, weigh_event

    ms = [one(s, f"w{i}") for i, s in enumerate(sentences)]
    items = [statement_item(ms, i) for i in range(len(ms))]
    weigh_event(items)
    return items


def test_words_the_stemmer_cuts_apart_still_meet_in_their_letters():
    """"المستشفيات الميدانية" and "المستشفى الميداني": plural and singular stems differ, their letters
    do not; the two outlets report one statement."""
    a = one("وقالت الوزيرة إن المستشفيات الميدانية استقبلت المصابين طوال الليل.", "l1")
    b = one("وذكرت الوزيرة أن المستشفى الميداني يستقبل الإصابات منذ مساء أمس.", "l2")
    assert same_group([a, b])


def test_letters_never_join_a_denial_a_figure_or_a_plan_to_a_report():
    from mkdocs_summit_plugin.claims.statement_similarity import _letter_similarity

    said, denied = _weighed_items("وقال المتحدث إن المستشفيات الميدانية استقبلت المصابين.",
                                  "ونفى المتحدث أن تكون المستشفيات الميدانية استقبلت المصابين.")
    assert _letter_similarity(said, said) > 0 and _letter_similarity(said, denied) == 0
    near, far = _weighed_items("وقال المعهد إن مركز الهزة يقع على بعد 40 كيلومترا من المدينة.",
                               "وقال المعهد إن مركز الهزة يقع على بعد 35 كيلومترا من المدينة.")
    assert _letter_similarity(near, far) == 0
    done, planned = _weighed_items("وقال الوزير إن الحكومة افتتحت المستشفيات الميدانية في الجنوب.",
                                   "وقال الوزير إن الحكومة ستفتتح المستشفيات الميدانية في الجنوب.")
    assert _letter_similarity(done, planned) == 0


def test_a_long_run_on_excerpt_joins_the_outlets_that_tell_one_of_its_things():
    """An excerpt that runs on over many things holds the short statement of one of them: it links
    to each outlet that tells that thing (it shares little with them as a whole), while two things it
    tells stay two claims."""
    short = one("وانهار جسران قديمان فوق نهر المدينة.", "l1")
    other = one("وتسببت الأمطار الغزيرة والسيول الجارفة في انهيار جسرين قديمين فوق نهر المدينة الشمالي.", "l2")
    long = one("وضربت العاصفة القوية ليل الأحد الإقليم الجبلي الذي يسكنه مئتا ألف نسمة فانهار جسران قديمان "
               "فوق نهر المدينة وغمرت المياه الأسواق والمدارس والطرق الزراعية وقطعت الكهرباء عن القرى طوال يومين", "l3")
    assert same_group([short, other, long])
    power = one("وقالت الشركة إن الكهرباء انقطعت عن القرى طوال يومين كاملين.", "l4")
    assert not same_group([short, power, long])


def test_a_concept_told_twice_is_not_held_against_a_match():
    """A pledge "to go on" told by its verb and again in the quotation ("بالاستمرار … وسنواصل"),
    and a quotation that says the strike in two words ("نضرب … الإضراب"), meet: the second word of
    a family both share counts for neither side's length."""
    a = mentions("وقال رئيس النقابة سامي عادل إن العمال سيواصلون الإضراب.\n\n"
                 "وتعهد سامي عادل بالاستمرار في الإضراب قائلا: «صمدنا طويلا وحاولنا الحوار وسنواصل الإضراب من أجل ذلك».", "a")
    b = one("وقال رئيس النقابة سامي عادل: «لم نكن لنسكت عن الظلم وكنا نضرب لأجل ذلك وسنواصل هذا الإضراب».", "b")
    assert same_group([a[1], b])


def test_bought_and_received_are_one_acquisition():
    """"اشترت البلدية الجرافات" and "استلمت البلدية الجرافات": one acquisition, whichever side of
    the sale an outlet tells; peace ("السلم") is no such word though its letters are a handover's."""
    bought = one("وكانت البلدية قد اشترت الجرافات الثلاث الجديدة من مصنع محلي قبل سبعة أشهر.", "q1")
    received = one("ووقع العطل الأول بعد 7 أشهر على استلام البلدية تلك الجرافات في فصل الربيع.", "q2")
    assert same_group([bought, received])
    assert "@acquire" in analyse_mention(bought).terms
    peace = one("وقال الوزير إن السلم الأهلي في البلاد مصان بفضل الحوار بين الأحزاب.", "q3")
    assert "@acquire" not in analyse_mention(peace).terms


def test_far_is_no_return_and_used_up_is_one_family():
    """"بعيدة" (far) shares its stem with "يعيد" (brings back) once its ب is read as a preposition:
    it is no return; "استنفد" and "نضب" (used up, run dry) are one family."""
    far = one("وقال الوزير إن المدينة بعيدة عن مناطق القتال.", "f1")
    assert "@return" not in analyse_mention(far).terms
    back = one("وقال الوزير إن السفير سيعود إلى العاصمة الأسبوع المقبل.", "f2")
    assert "@return" in analyse_mention(back).terms
    assert fam("تستنفد") & fam("ينضب")


def test_full_is_no_follow_up():
    """"تكميلي" (complementary) shares its root with "كامل" (full, whole): it is no word of the
    follow-up group, or "a full disarmament" would meet "later talks"."""
    assert not fam("كامل") & fam("لاحقة")
    assert fam("متابعة") & fam("لاحقة")
