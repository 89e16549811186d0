"""Statements across outlets: a context plural is no singular, an adjective that
shares a stop word's stem, a relative clause set off by punctuation, a doubt denied."""
from __future__ import annotations

import pytest

from mkdocs_summit_plugin.claims import statement_similarity as S
from mkdocs_summit_plugin.mentions.statements.analysis import _negation, analyse_mention
from mkdocs_summit_plugin.mentions.statements.facts import appended_relative
from mkdocs_summit_plugin.mentions.statements.lexicon import context_keys, is_particle_with_pronoun
from mkdocs_summit_plugin.mentions.statements.terms import content_tokens, term_keys
from mkdocs_summit_plugin.text.normalise import fold
from mkdocs_summit_plugin.text.tokens import tokens

from .test_statement_paraphrase import one, same_group


def keys(text: str) -> list[str]:
    return [k for k, _ in term_keys(content_tokens(tokens(text, 0)))]


def test_a_context_plural_is_keyed_apart_from_its_singular():
    """"العلاقات بين البلدين" is a setting (context); "علاقة متينة" is what a speaker describes."""
    plural, singular = keys("تحسنت العلاقات بين البلدين")[1], keys("تجمعنا علاقة متينة")[1]
    assert plural in context_keys() and singular not in context_keys() and plural != singular
    assert keys("تحسنت علاقاتهما")[1] == plural


def test_a_relationship_described_twice_is_one_statement():
    ms = [one("وقال المدرب إن \"علاقة طيبة ستجمعه باللاعبين\".", "c1"),
          one("وأكد المدرب أن \"علاقة طيبة\" تجمعه بالفريق.", "c2")]
    items = [S.statement_item(ms, i) for i in range(2)]
    S.weigh_event(items)
    assert items[0].full & items[1].full >= {keys("علاقة طيبة")[0], keys("علاقة طيبة")[1]}


@pytest.mark.parametrize("adjective, country", [
    ("الكوري", "كوريا"), ("الإيرانية", "إيران"), ("التركي", "تركيا"), ("والياباني", "اليابان"), ("كندي", "كندا"),
])
def test_a_countrys_adjective_is_keyed_as_the_country(adjective, country):
    """"الوفد الكوري" and "وفد كوريا" speak of one country: one key (the stemmer alone keys them apart)."""
    assert keys(adjective) == keys(country)


def test_a_countrys_people_and_words_that_only_look_like_an_adjective_keep_their_own_key():
    assert keys("الصينيين") != keys("الصين")  # the people, not the state
    assert keys("تركت") != keys("تركيا")  # a verb: no adjective ending


@pytest.mark.parametrize("text, kept", [
    ("أقام علاقة خاصة مع جيرانه", True),  # an adjective after an indefinite noun
    ("زار الوزير المدن خاصة الساحلية", False),  # after a definite noun: "especially"
    ("زار الوزير مدنا، خاصة الساحلية", False),  # after a comma: "especially"
    ("ناقش الملف الخاص بالمياه", False),  # "pertaining to": a stop word
])
def test_a_word_with_a_stop_words_stem_is_content_as_an_adjective(text, kept):
    assert ("خاص" in keys(text)) is kept, keys(text)


@pytest.mark.parametrize("text, span", [
    ("بنى صداقة مع جاره؛ الذي وعد بدوره بزيارته", (4, 8)),
    ("المحادثات، التي دامت ساعة، كانت مثمرة", (1, 4)),
    ("وقع الاتفاق الذي سيدخل حيز التنفيذ", None),  # right after its noun: part of its phrase
])
def test_a_relative_clause_set_off_by_punctuation_is_found(text, span):
    assert appended_relative(tokens(text, 0)) == span


def test_a_plan_in_an_appended_relative_clause_is_not_the_statements():
    m = one("وقال الرئيس إنه أقام صداقة متينة مع نظيره، الذي تعهد بدوره بفتح صفحة جديدة.", "r1")
    a = analyse_mention(m)
    assert not a.planned and "عهد" not in a.terms, a.terms
    m = one("وقال الرئيس إنه سيقيم صداقة متينة مع نظيره، الذي زاره أمس.", "r2")
    assert analyse_mention(m).planned


@pytest.mark.parametrize("text, negated", [
    ("سنفوز في المباراة، ليس لدي شك في ذلك", False),
    ("لا شك أن الفريق سيفوز", False),
    ("لن يفوز الفريق", True),
])
def test_a_doubt_denied_is_no_negation(text, negated):
    assert _negation(tokens(text, 0))[0] is negated
    assert "شك" not in keys(text)


def test_a_pronoun_after_lada_is_a_stop_word():
    assert keys("ستكون لدينا شراكة ناجحة") == keys("ستكون شراكة ناجحة")


def test_a_promise_with_no_doubt_joins_the_plain_promise():
    ms = [one("وقال المدرب: \"سنبني فريقا رائعا، ليس لدي شك في ذلك\".", "d1"),
          one("وقال المدرب إنه \"سيبني فريقا رائعا\".", "d2")]
    assert same_group(ms)


@pytest.mark.parametrize("text", [
    "من جهته قال المدير في كلمة أمام الموظفين إن «الشركة ستفتح فرعا جديدا».",
    "وحول الميزانية أكد الوزير أن العجز سيتراجع هذا العام.",
    "وإثر انهيار الجسر قررت الحكومة إعفاء رئيس هيئة الطرق من منصبه.",
    "وفي أعقاب الانهيار أمرت المحكمة بتوقيف صاحب المبنى ومهندسه.",
])
def test_a_lead_without_a_comma_stops_at_the_verb_of_saying(text):
    """A clause that opens with a lead and goes on to say who spoke is no lead as a whole:
    its statement is read in full (without the cut every word counted half)."""
    from .test_statement_paraphrase import mentions

    (m,) = mentions(text)
    terms = analyse_mention(m).terms
    assert terms and max(terms.values()) == 1.0, terms


@pytest.mark.parametrize("word", ["ولكننا", "لأنها", "معهم", "إنني", "خلاله", "بعضهم", "أمامنا", "عليه", "لديها"])
def test_a_particle_with_a_pronoun_is_no_term(word):
    """A particle or preposition keeps its function with an attached pronoun: none of these is a
    term of what is said (their stems alone, "ولك"، "لان"، "انن", would be)."""
    assert keys(f"قرر المجلس {word} تأجيل الجلسة") == keys("قرر المجلس تأجيل الجلسة")


@pytest.mark.parametrize("word", ["نفسي", "البيني", "بني", "الأمامي", "عقبة"])
def test_a_word_that_only_looks_like_a_particle_with_a_pronoun_stays(word):
    """A noun host with "ي" is an adjective ("الدعم النفسي"، "التعاون البيني"); a one-letter host takes no
    "ي"/"ني" ("بني": built); a host that is no particle keeps its noun ("عقبة")."""
    assert not is_particle_with_pronoun(fold(word))
    assert is_particle_with_pronoun(fold("معهم")) and is_particle_with_pronoun(fold("خلاله"))


def test_an_and_la_written_as_one_word_negate():
    """"طالب بألا …" negates as "طالب بأن لا …" does."""
    assert _negation(tokens("طالب أنصاره بألا يترددوا في الدفاع عن حقوقهم", 0))[0]
    assert _negation(tokens("طالب أنصاره بأن لا يترددوا في الدفاع عن حقوقهم", 0))[0]


def test_whereas_is_no_term():
    """"في حين" sets a clause beside the one before: no word of what it says."""
    assert keys("في حين رفعت الشركة أسعار التذاكر") == keys("رفعت الشركة أسعار التذاكر")


def test_a_seat_named_as_a_place_is_what_is_said_not_a_speaker():
    """"إلى البيت الأبيض"، "لزيارة الكرملين": a seat that speaks for its government is, after a
    preposition of place or a visit, the place the statement is about: its words are terms, and
    two invitations to it in other words are one statement. As the subject it still speaks."""
    assert {"بيت", "ابيض"} <= set(keys("دعا الرئيس ضيفه إلى زيارة البيت الأبيض قريبا"))
    assert {"كرمل"} <= set(keys("وسيستقبله في الكرملين الشهر المقبل"))
    assert not {"بيت", "ابيض"} & set(keys("وأعلن البيت الأبيض أمس أن الاجتماع كان مثمرا"))
    ms = [one("ودعا الرئيس الأمريكي نظيره البرازيلي إلى زيارة البيت الأبيض.", "w1"),
          one("وأبدى الرئيس الأمريكي استعداده لاستقبال نظيره البرازيلي في البيت الأبيض.", "w2")]
    assert same_group(ms)


@pytest.mark.parametrize("future, present", [("سيدعو", "يدعو"), ("ستنمو", "تنمو"), ("سيرجو", "يرجو")])
def test_a_defective_verbs_future_is_keyed_as_its_imperfect(future, present):
    """Snowball cuts the last radical of a future "سيدعو" but not of "يدعو": the future is keyed as
    the imperfect, so the two forms of one verb meet."""
    assert keys(f"قال إنه {future} الوفد") == keys(f"قال إنه {present} الوفد")
