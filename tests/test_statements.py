"""Tests of the statement stage: clauses, speakers, negation, matching, contradiction, ids, purity."""
from __future__ import annotations

import itertools
import re
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as hst

from mkdocs_summit_plugin.claims.check_worthiness import is_check_worthy
from mkdocs_summit_plugin.claims.contradiction import contradicts
from mkdocs_summit_plugin.claims.statement_groups import _strip_event_clitics, group_statements
from mkdocs_summit_plugin.claims.statement_similarity import Item
from mkdocs_summit_plugin.claims.statement_titles import statement_slug, statement_title
from mkdocs_summit_plugin.mentions.statements.analysis import LEAD_WEIGHT, analyse_mention, find_statements
from mkdocs_summit_plugin.mentions.statements.lexicon import context_keys
from mkdocs_summit_plugin.text.normalise import fold
from mkdocs_summit_plugin.text.stemming import stem, strip_article
from mkdocs_summit_plugin.model import Article, Mention
from mkdocs_summit_plugin.text.sentences import split_sentences

DATA = Path(__file__).parent / "data"


def article(text: str, id: str = "a") -> Article:
    return Article(id=id, path=f"articles/{id}.txt", text=text, title="")


def mentions(text: str, id: str = "a", event: str | None = "e") -> list[Mention]:
    a = article(text, id)
    found = find_statements(a, split_sentences(a))
    for m in found:
        m.event = event
    return found


def one(text: str, id: str = "a", event: str | None = "e") -> Mention:
    found = mentions(text, id, event)
    assert len(found) == 1, [m.excerpt for m in found]
    return found[0]


def same_group(ms: list[Mention]) -> bool:
    groups = group_statements(ms)
    return any(all(any(m is x for x in g) for m in ms) for g in groups)


# --- clauses ---------------------------------------------------------------


def test_spans_are_exact_and_boilerplate_is_dropped():
    text = (
        "اقرأ أيضا: بوتين يصل إلى جنيف\n\n"
        "وقال الرئيس الروسي فلاديمير بوتين إن الطرفين اتفقا على عودة السفيرين، مضيفاً أن موعد ذلك أمر تقني.\n"
        "شارك\nمقالات ذات صلة\nاترك تعليقاً\n"
    )
    found = mentions(text)
    assert found
    for m in found:
        assert text[m.start:m.end] == m.excerpt
        assert "اقرأ" not in m.excerpt and "شارك" not in m.excerpt and "تعليق" not in m.excerpt


def test_participle_clause_is_a_statement_of_its_own():
    text = "وقال بوتين إن الطرفين اتفقا على عودة السفيرين إلى موسكو وواشنطن، مضيفاً أن موعد حدوث ذلك أمر تقني بحت."
    found = mentions(text)
    assert len(found) == 2
    assert found[0].excerpt.startswith("وقال بوتين")
    assert found[1].excerpt.startswith("مضيفاً")
    assert found[1].speaker == "بوتين"


def test_attribution_and_setting_fragments_join_the_content():
    text = "وقال بوتين، في مؤتمر صحفي، إن “سفيري الولايات المتحدة وروسيا سيعودان إلى مناصبهما الدبلوماسية”."
    m = one(text)
    assert m.excerpt.startswith("وقال بوتين، في مؤتمر صحفي، إن")
    assert m.speaker == "بوتين"


def test_topic_lead_joins_the_quote_it_introduces():
    text = "وفي مسألة عودة السفراء إلى عملهم في موسكو وواشنطن، قال بوتين: “اتفقنا على عودتهم. وأصبح ذلك مسألة وقت”."
    found = mentions(text)
    assert found[0].excerpt.startswith("وفي مسألة عودة السفراء")
    assert "اتفقنا على عودتهم" in found[0].excerpt


def test_dependent_fragment_stays_with_its_clause():
    m = one("وأوضح بايدن أنه أخبر بوتين أن أجندته ليست ضد روسيا أو أي شخص، وإنما من أجل الشعب الأمريكي.")
    assert m.excerpt.endswith("الشعب الأمريكي.")


def test_cut_before_a_new_proposition():
    found = mentions("وقال بايدن إن “اللقاء المباشر أفضل دائمًا” فيما كان جالسًا إلى جانب بوتين بعد مصافحتهما الطويلة.")
    assert found[0].excerpt == "وقال بايدن إن “اللقاء المباشر أفضل دائمًا”"


@pytest.mark.parametrize(
    "text, expected",
    [
        # a trailing circumstance says nothing of what was said or done: not a statement of its own
        ("وأعلنت الشركة الوطنية عن صفقة جديدة مع شركاء أوروبيين، في ظل اهتمام متزايد بقطاع الطاقة النظيفة.",
         ["وأعلنت الشركة الوطنية عن صفقة جديدة مع شركاء أوروبيين"]),
        ("وقال وزير الخارجية إن الحوار سيستمر، على خلفية خلافات قديمة حول ترسيم الحدود.",
         ["وقال وزير الخارجية إن الحوار سيستمر"]),
        # a leading one sets the scene of the clause after it
        ("وسط توتر متصاعد على الحدود، قال المتحدث باسم الجيش إن القوات لن تتراجع.",
         ["وسط توتر متصاعد على الحدود، قال المتحدث باسم الجيش إن القوات لن تتراجع."]),
    ],
)
def test_circumstantial_phrases_lead_or_trail_a_clause(text, expected):
    assert [m.excerpt for m in mentions(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # more nouns of the clause, set off by commas after "و": one statement
        ("وأوقفت الوزارة مدير المصنع، ومساعده للشؤون الفنية، عن الدوام حتى انتهاء التحقيق.",
         ["وأوقفت الوزارة مدير المصنع، ومساعده للشؤون الفنية، عن الدوام حتى انتهاء التحقيق."]),
        # a clause with a verb of its own after "و" is a statement of its own
        ("وارتفعت أسعار الوقود في العاصمة، والأسواق تشهد ازدحاما كبيرا منذ الصباح.",
         ["وارتفعت أسعار الوقود في العاصمة", "والأسواق تشهد ازدحاما كبيرا منذ الصباح."]),
        # what the verb takes with ب, after a subject of a title and a full name
        ("ورحب وزير الخارجية الفرنسي جان إيف لودريان، بالاتفاق بين البلدين على وقف القتال.",
         ["ورحب وزير الخارجية الفرنسي جان إيف لودريان، بالاتفاق بين البلدين على وقف القتال."]),
    ],
)
def test_a_clause_goes_on_across_a_comma_with_more_of_its_nouns(text, expected):
    assert [m.excerpt for m in mentions(text)] == expected


def test_headings_and_repeated_headlines_are_not_statements():
    text = "انتهاء اجتماعات قمة بوتين- بايدن في “جنيف”\n\nانتهاء اجتماعات قمة بوتين- بايدن في “جنيف”\n\nوقال بوتين إن المحادثات كانت بناءة ومثمرة للغاية.\n"
    found = mentions(text)
    assert [m.excerpt for m in found] == ["وقال بوتين إن المحادثات كانت بناءة ومثمرة للغاية."]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a breaking-news flash never closes its lines: a perfect reporting verb marks a sentence
        ("قمة افتراضية بين الرئيسين\n\nعاجل | 18:15\n\nالمستشار الألماني حذر موسكو من «عواقب اقتصادية وخيمة» في حال التصعيد\n",
         ["المستشار الألماني حذر موسكو من «عواقب اقتصادية وخيمة» في حال التصعيد"]),
        ("نشرة المساء\n\nوأكدت الخارجية الفرنسية أن باريس ستواصل دعم المفاوضات بين الطرفين\n",
         ["وأكدت الخارجية الفرنسية أن باريس ستواصل دعم المفاوضات بين الطرفين"]),
        # headlines report in the present tense: still headings
        ("المستشار الألماني يحذر موسكو من عواقب اقتصادية وخيمة\n\nوقال المستشار إن العقوبات جاهزة للتطبيق فورا.\n",
         ["وقال المستشار إن العقوبات جاهزة للتطبيق فورا."]),
        # the article's first line is its title, a Markdown heading is a heading, whatever the tense
        ("المستشار الألماني حذر موسكو من عواقب اقتصادية وخيمة\n\n## الرئيس الفرنسي أكد دعم المفاوضات\n\nوقال المستشار إن العقوبات جاهزة للتطبيق فورا.\n",
         ["وقال المستشار إن العقوبات جاهزة للتطبيق فورا."]),
    ],
)
def test_unpunctuated_lines_that_report_in_the_past_are_sentences(text, expected):
    assert [m.excerpt for m in mentions(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a title that quotes its speaker: speaker + colon + a clause, told nowhere else in the body
        ("الرئيس الفرنسي: المفاوضات لن تتوقف قبل نهاية الشتاء\n\nوصل الوفد إلى العاصمة صباح اليوم.\n",
         [("الرئيس الفرنسي: المفاوضات لن تتوقف قبل نهاية الشتاء", "الرئيس الفرنسي")]),
        # a role phrase the lexicon does not list as a speaker speaks before its colon too
        ("وزير الزراعة المغربي: لا نقص في مخزون القمح هذا العام\n\nوصل الوفد إلى العاصمة صباح اليوم.\n",
         [("وزير الزراعة المغربي: لا نقص في مخزون القمح هذا العام", "وزير الزراعة المغربي")]),
        # a name the article gives someone, with the one spoken to before the colon
        ("الحسيني لنظيره: الاتفاق يحمي المزارعين على ضفتي النهر\n\nوصل وزير الري سامر الحسيني إلى العاصمة صباح اليوم.\n",
         [("الحسيني لنظيره: الاتفاق يحمي المزارعين على ضفتي النهر", "سامر الحسيني")]),
        # labels, sections, list entries and figures over a place say nobody's words
        ("3-الرئيس: 12 زيارة خارجية هذا العام\n\nوصل الوفد إلى العاصمة صباح اليوم.\n", []),
        ("عاجل: انقطاع الكهرباء في أحياء المدينة الشرقية\n\nوصل الوفد إلى العاصمة صباح اليوم.\n", []),
        ("بالفيديو: لحظة وصول الوفد إلى مطار العاصمة\n\nوصل الوفد إلى العاصمة صباح اليوم.\n", []),
        ("قمة الرباط: اتفاق على تبادل السفراء وحوار حول الحدود\n\nوصل الوفد إلى العاصمة صباح اليوم.\n", []),
        # a title opening its words with a verbal noun is the newsroom's summary of an event
        ("وزير الصحة المغربي: ارتفاع عدد المصابين بالحمى إلى 41 حالة\n\nوصل الوفد إلى العاصمة صباح اليوم.\n", []),
    ],
)
def test_a_title_that_quotes_its_speaker_is_a_statement(text, expected):
    assert [(m.excerpt, m.speaker) for m in mentions(text) if m.start == 0] == expected


def test_a_title_quote_told_again_in_the_body_is_one_statement_the_bodys():
    text = ("الرئيس الفرنسي: المفاوضات لن تتوقف قبل نهاية الشتاء\n\n"
            "وقال الرئيس الفرنسي إيمانويل ماكرون في مؤتمر صحفي إن المفاوضات لن تتوقف قبل نهاية الشتاء.\n")
    found = mentions(text)
    assert [m.excerpt for m in found] == [
        "وقال الرئيس الفرنسي إيمانويل ماكرون في مؤتمر صحفي إن المفاوضات لن تتوقف قبل نهاية الشتاء."]


# --- speakers, verbs, negation --------------------------------------------------


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("وأكد الرئيس الروسي فلاديمير بوتين أن المحادثات كانت بناءة ومثمرة.", "بوتين"),
        ("وقال البيت الأبيض في بيان إن الرئيس سيتصل بالقادة الأوروبيين.", "البيت الأبيض"),
        ("وبحسب “بوتين” فإن أغلب الهجمات السيبرانية تنفذ من داخل الولايات المتحدة.", "بوتين"),
        ("ووفق الكرملين، فإن بوتين لفت النظر إلى نهج كييف المدمر.", "الكرملين"),
        ("نقلت قناة العربية عن مسؤول أميركي قوله إن بلاده لم تتلق التزاما بتوسيع المساعدات.", "مسؤول أمريكي"),
    ],
)
def test_speaker(text, speaker):
    assert mentions(text)[0].speaker == speaker


def test_title_resolves_to_the_name_the_article_gives():
    text = (
        "والتقى الرئيس الأمريكي جو بايدن نظيره الروسي في جنيف اليوم.\n"
        "وأكد الرئيس الأمريكي في مستهل الجلسة أن اللقاء المباشر وجها لوجه دائما أفضل.\n"
    )
    found = [m for m in mentions(text) if "أفضل" in m.excerpt]
    assert found[0].speaker == "بايدن"


def test_speaker_carries_over_to_a_bare_verb_and_a_quote():
    text = "وقال بايدن إن المحادثات كانت إيجابية وبناءة.\nوأضاف: “أوضحت لبوتين أن بلادي لن تتسامح مع محاولات انتهاك سيادتها”.\n"
    found = mentions(text)
    assert found[-1].speaker == "بايدن"
    assert found[-1].reporting_verb is not None


def test_a_paragraph_after_a_closing_colon_is_the_speakers_speech():
    """A speech set out as a paragraph of its own after "وقال فلان في كلمته:" is the speaker's,
    quoted or not; the paragraph after it is the reporter's again."""
    text = (
        "الحكومة تعرض خطتها أمام البرلمان\n\n"
        "وقال رئيس الوزراء سمير الخطيب في كلمة ألقاها أمام البرلمان اليوم:\n\n"
        "سنبني ثلاثمئة مدرسة جديدة في الأرياف قبل نهاية العام المقبل. ونرفع رواتب المعلمين بنسبة عشرة في المئة.\n\n"
        "وصوت النواب بعد الجلسة على مشروع قانون الموازنة العامة.\n"
    )
    found = mentions(text)
    speaker = found[0].speaker
    speech = [m for m in found if "مدرسة" in m.excerpt or "رواتب" in m.excerpt]
    assert speaker and len(speech) == 2 and all(m.speaker == speaker for m in speech), [(m.excerpt, m.speaker) for m in found]
    after = [m for m in found if "النواب" in m.excerpt]
    assert after and after[0].speaker is None


def test_a_colon_inside_a_line_opens_no_speech_paragraph():
    text = (
        "الحكومة تعرض خطتها أمام البرلمان\n\n"
        "وقال رئيس الوزراء سمير الخطيب في كلمته: إن الحكومة ستعرض الموازنة العامة قريبا.\n\n"
        "سنبني ثلاثمئة مدرسة جديدة في الأرياف قبل نهاية العام المقبل.\n"
    )
    found = [m for m in mentions(text) if "مدرسة" in m.excerpt]
    assert found and found[0].speaker is None


def test_ambiguous_verb_is_not_a_reporting_verb():
    m = one("انعقدت القمة بين الرئيسين الروسي والأمريكي في مدينة جنيف السويسرية وسط إجراءات أمنية مشددة.")
    assert m.speaker is None and m.reporting_verb is None


@pytest.mark.parametrize(
    "text, negated",
    [
        ("وقال بوتين: “لم ألاحظ أي عدائية خلال القمة مع بايدن”.", True),
        ("وقال بايدن إن بلاده لن تتسامح مع محاولات انتهاك سيادتها.", True),
        ("ونفى المتحدث باسم الجيش وقوع خروقات للهدنة في العاصمة.", True),
        ("واستبعد وزير النقل أن ترتفع أسعار التذاكر قبل نهاية العام.", True),  # ruled out
        ("وقال بوتين إن أغلب الهجمات السيبرانية تأتي من الداخل الأميركي وليس من روسيا.", False),
        ("وقال بوتين إن الطرفين اتفقا على عودة السفيرين إلى موسكو وواشنطن.", False),
    ],
)
def test_negation(text, negated):
    assert mentions(text)[0].negated is negated


def test_a_denying_participle_denies_its_own_clause():
    said, denied = mentions("وقال الوزير إن الموسم كان جيدا، نافيا أن يكون الميناء قد أغلق.")
    assert not said.negated and denied.negated and denied.reporting_verb is not None


@pytest.mark.parametrize("text, planned", [
    ("وقال الرئيس إن البلدين سيتفقان على موعد جديد للمحادثات.", True),
    ("وقال الوزير إنه سأواصل العمل مع الشركاء حتى النهاية.", True),  # the first person's future
    ("واتفق الوزيران على استئناف الرحلات الجوية بين البلدين.", True),  # agreed on an action
    ("وتعهد رئيس الحكومة بدعم خطة الإعمار.", True),
    ("واتفق الوزيران على أنه لا ينبغي المساس بالحدود.", False),  # agreed on a proposition
    ("واتفق الطرفان على ضرورة احترام الهدنة.", False),
    ("وقال المتحدث إن الاتفاق الموقع العام الماضي ما زال ساريا.", False),  # an agreement named by a noun
    ("وقال المحلل إن المنطقة وصلت إلى مفترق طرق.", False),  # "وصل" (arrive) is not "توصل"
    ("وقال الرئيس إن عهدا جديدا بدأ بين البلدين.", False),  # "عهد" (an era) is not "تعهد"
    ("في لقاء هو سابقة من نوعها التقى الرئيسان في جزيرة سانتوسا.", False),  # nouns and names after س
    # a past fact, then a later step set off by a stop: the main predicate is not in the future
    ("وقال المتحدث إن الوزير غادر الاجتماع غاضبا..وسيعود إلى العاصمة الليلة.", False),
    ("وقال المتحدث إن الوزير غادر الاجتماع غاضبا وسيعود إلى العاصمة الليلة.", True),  # no stop: one plan
    ('وقال الوزير: "هذا يوم مهم لنا وسوف نبني شراكة طويلة".', True),
    ("وقال المتحدث إن الوزير سيغادر العاصمة..وسيعود الليلة.", True),  # the main predicate is future
    # agreeing on a measure named as a record reports what was decided; on the measure itself, a plan
    ("ووافق مجلس الإدارة على أكبر زيادة للأجور منذ عشر سنوات.", False),
    ("ووافق مجلس الإدارة على زيادة الأجور اعتبارا من الشهر المقبل.", True),
    ("وقال المحافظ إن لجنة السياسة النقدية قررت رفع سعر الفائدة.", True),
    # the verbal noun with the article names the act: failing or ending without it plans nothing
    ("وانتهت جولة المفاوضات الثالثة في الدوحة دون التوصل إلى اتفاق نهائي.", False),
    ("وفشل الطرفان في التوصل إلى تسوية بشأن الحدود البحرية.", False),
    # a future inside a condition after the predicate is the condition's; opening the content, its answer plans
    ("وقال الخبير إن المدينة تحتاج إلى سد جديد إذا كانت الأمطار ستزداد في السنوات المقبلة.", False),
    ("وقال الخبير إنه إذا زادت الأمطار ستحتاج المدينة إلى سد جديد.", True),
])
def test_planned_only_for_what_the_statement_places_in_the_future(text, planned):
    m = mentions(text)[0]  # the statement of the main predicate (dots between words end a sentence)
    assert analyse_mention(m).planned is planned


def test_an_agreement_named_by_a_noun_is_still_worth_checking():
    (m,) = mentions("وقال المتحدث إن الاتفاق الموقع العام الماضي ما زال ساريا.")
    assert analyse_mention(m).agreement


# --- matching ---------------------------------------------------------------


def test_stem_and_concept_matching():
    a = one("وذكر بوتين أنه تم الاتفاق خلال الاجتماع على عودة السفيرين الروسي والأميركي إلى واشنطن وموسكو.", "x1")
    b = one("وأعلن بوتين أن سفيري البلدين سيعودان إلى ممارسة عملهما.", "x2")
    c = one("وأكد بوتين أن الجانبين اتفقا على عودة عمل البعثات الدبلوماسية بين البلدين.", "x3")
    assert same_group([a, b, c])


def test_cyber_synonyms_match():
    a = one("وقال بوتين إن البلدين سيجريان مشاورات حول الأمن الإلكتروني.", "x1")
    b = one("وقال بوتين إن الولايات المتحدة وروسيا ستبدآن مشاورات بشأن الأمن السيبراني.", "x2")
    assert same_group([a, b])


def test_a_coordinated_verbal_noun_after_a_comma_is_one_more_object():
    """"، والعمل على …" after a comma adds an object to the verb before it, not a statement of its own."""
    m = one("وقال الوزير إن البلدين قادران على تسوية نزاعاتهما، والتعاون في مجال الطاقة المتجددة التي يحتاجها الجميع.")
    assert m.excerpt.endswith("يحتاجها الجميع.")
    # one with a verb of saying, a negation or a complementizer of its own is a clause of its own
    found = mentions("وقال الوزير إن البلدين قادران على تسوية نزاعاتهما، والرئيس في العاصمة قال إن الأزمة انتهت.")
    assert len(found) == 2


def test_a_complement_after_a_role_between_commas_ends_before_a_splitter():
    """"وحث فلان، الرئيس الفرنسي، على …، بينما اتهم …": the clause after the role is what the verb
    says, not a second description inside the attribution; "بينما" opens a statement of its own."""
    text = ("ووصل رئيس الوزراء سمير الخطيب إلى باريس في زيارة رسمية قصيرة.\n"
            "وحثّ الخطيب، الرئيس الفرنسي، على تسريع المفاوضات التجارية مع الصين، بينما اتهم رئيس البرلمان "
            "الحكومة بعرقلة الاتفاق الأوروبي في بروكسل.\n")
    found = [m.excerpt for m in mentions(text)]
    assert any(e.startswith("وحثّ الخطيب") and e.endswith("مع الصين") for e in found), found
    assert any(e.startswith("بينما اتهم") for e in found), found


def test_a_complement_after_many_adjuncts_set_off_by_commas_keeps_its_verb():
    """"أعلن فلان، الوزير …، في تصريحات، على هامش المؤتمر، الذي اختتم أعماله، اليوم، بالعاصمة، أن …":
    what was said belongs to the verb across every short adjunct between, and so does the speaker."""
    text = ("أعلن الناطق باسم الحكومة، الوزير سمير الخطيب، في حديث للصحفيين، خلال المؤتمر الاقتصادي، "
            "الذي اختتم أعماله، اليوم الخميس، بالعاصمة، أن الحكومة ستخفض الضرائب على الشركات الصغيرة.")
    m = [x for x in mentions(text) if "الضرائب" in x.excerpt][0]
    assert m.excerpt.startswith("أعلن الناطق") and m.speaker is not None


def test_whom_a_noun_includes_between_commas_continues_its_clause():
    """"، ومن ضمنهم فلان،" names one of those the clause counts: the sentence goes on after it."""
    m = one("واتهم الوزير زعماء المنطقة، ومن ضمنهم الرئيس الجديد، بالتقصير في حماية الحدود.")
    assert m.excerpt.startswith("واتهم الوزير") and m.excerpt.endswith("حماية الحدود.")


def test_complement_cut_by_a_comma_stays_with_its_verb():
    m = one("ونفت الهيئة الوطنية للطرق، أن يكون الجسر قد أغلق أمام الشاحنات.")
    assert m.excerpt.startswith("ونفت الهيئة") and m.excerpt.endswith("الشاحنات.")


def test_roots_and_synonym_groups_match_paraphrases_with_other_stems():
    """Other forms of one root ("سنوقف"/"إيقاف") and words of one synonym group ("التدريبات"/
    "المناورات", "تعهد"/"التزم") count as shared, for less than one stem."""
    a = one("وقال الرئيس إن بلاده ستوقف المناورات العسكرية المشتركة مع الجارة الجنوبية.", "x1")
    b = one("وأعلن الرئيس عن إيقاف التدريبات العسكرية المشتركة مع الجارة الجنوبية.", "x2")
    assert same_group([a, b])
    c = one("وتعهد الوزير بتقديم مساعدات غذائية عاجلة للمتضررين من الجفاف.", "x3")
    d = one("والتزم الوزير بتقديم مساعدات غذائية عاجلة للمتضررين من الجفاف.", "x4")
    assert same_group([c, d])


def test_number_words_and_digits_meet():
    a = one("وأعلن الرئيس الحداد الوطني لسبعة أيام في كل أنحاء البلاد.", "x1")
    b = one("وأعلن الرئيس الحداد الوطني لمدة 7 أيام في كل أنحاء البلاد.", "x2")
    assert "7" in analyse_mention(a).terms and "7" in analyse_mention(b).terms
    assert same_group([a, b])


def test_one_speaker_giving_one_figure_in_other_words_is_one_statement():
    """Two outlets quote one named speaker giving the same figure with its unit in their own words
    ("لسبع سنوات"، "7 سنوات"): one statement, though few other words are shared."""
    a = one("وقال رئيس الوزراء سمير الخطيب إن البرلمان منح حكومته الثقة لسبع سنوات قادمة.", "x1")
    b = one("وقال رئيس الوزراء سمير الخطيب: أشكر النواب الذين أوكلوا إلينا إدارة البلاد مدة 7 سنوات.", "x2")
    assert same_group([a, b])
    # two speakers giving one figure are two statements, and so is one figure in another unit
    c = one("وقال زعيم المعارضة رامي النجار إن الحكومة لن تصمد سبع سنوات قادمة.", "x3")
    d = one("وقال سمير الخطيب إن الحكومة ستبني المدارس في 7 محافظات جديدة.", "x4")
    assert not same_group([a, c]) and not same_group([a, d])


def test_a_root_alone_does_not_make_two_statements_one():
    a = one("وقال الوزير إن الإنتاج الصناعي تراجع بشدة في الربع الأخير.", "x1")
    b = one("وقال الوزير إن الناجين نقلوا إلى مستشفى المدينة.", "x2")
    assert not same_group([a, b])


def test_statements_sharing_words_do_not_match():
    a = one("وقال بوتين إن الولايات المتحدة تعتبر روسيا عدوا لها.", "x1")
    b = one("وقال بوتين إن أغلب الهجمات السيبرانية تنفذ من داخل الولايات المتحدة.", "x2")
    c = one("وقال بوتين: “لم ألاحظ أي عدائية خلال القمة مع بايدن”.", "x3")
    groups = group_statements([a, b, c])
    assert len(groups) == 3


def test_a_proclitic_kept_in_one_article_is_dropped_when_another_has_the_bare_word():
    """"بأسلحة" keeps its ب where the article never writes "أسلحة" alone; another outlet does."""
    a = one("وقالت المستشارة الألمانية إن الاتحاد سيرد بأسلحة حديثة صارمة على أي هجوم.", "x1")
    b = one("وقالت المستشارة الألمانية إن أسلحة حديثة صارمة ستتبع أي هجوم.", "x2")
    assert any(k.startswith("ب") and k[1:] in analyse_mention(b).terms for k in analyse_mention(a).terms)
    assert same_group([a, b])
    # only onto a term of the event, and never a short word: nothing else changes
    items = [Item(0, {"بوتين": 1.0, "بحث": 1.0, "اجراء": 1.0}, frozenset(), False),
             Item(1, {"وتي": 1.0, "حث": 1.0, "باجراء": 1.0}, frozenset(), False)]
    _strip_event_clitics(items)
    assert list(items[0].terms) == ["بوتين", "بحث", "اجراء"] and list(items[1].terms) == ["وتي", "حث", "اجراء"]


def test_different_speakers_do_not_match():
    a = one("وقال بوتين إن المحادثات كانت بناءة ومثمرة للغاية.", "x1")
    b = one("وقال بايدن إن المحادثات كانت بناءة ومثمرة للغاية.", "x2")
    assert not same_group([a, b])


def test_policies_toward_different_places_are_different_statements():
    # "تجاه"/"إزاء" name what a policy is about, like "حيال": another place, another statement
    a = one("وأكد وزير الخارجية أن سياسة حكومته تجاه الجزائر لم تتغير.", "x1")
    b = one("وأكد وزير الخارجية أن سياسة حكومته تجاه المغرب لم تتغير.", "x2")
    assert not same_group([a, b])
    c = one("وأكد وزير الخارجية أن سياسة حكومته إزاء الجزائر لم تتغير أبدا.", "x3")
    assert same_group([a, c])


def test_never_across_events():
    a = one("وقال بوتين إن الطرفين اتفقا على عودة السفيرين إلى موسكو وواشنطن.", "x1", event="e1")
    b = one("وقال بوتين إن الطرفين اتفقا على عودة السفيرين إلى موسكو وواشنطن.", "x2", event="e2")
    c = one("وقال بوتين إن الطرفين اتفقا على عودة السفيرين إلى موسكو وواشنطن.", "x3", event=None)
    assert len(group_statements([a, b, c])) == 3


def test_a_small_event_compares_paraphrases_outside_their_rarest_terms():
    # the long statement's only shared word is not among its few rarest terms, so the blocking
    # index of a large event would never pair the two; a small event compares every pair
    import mkdocs_summit_plugin.claims.statement_groups as groups

    long = mentions("وقال الرئيس الأمريكي إنه ملتزم بالحفاظ على خطوط الاتصال مفتوحة على المستويين الشخصي والحكومي مع الجانب الصيني.", "a")
    short = mentions("وقال الرئيس الأمريكي إنه يريد إبقاء طرق التواصل مفتوحة بين البلدين.", "b")
    assert same_group(long + short)
    saved = groups.ALL_PAIRS_CLASSES
    try:
        groups.ALL_PAIRS_CLASSES = 0  # as in a large event: candidates from the index only
        assert not same_group(long + short)
    finally:
        groups.ALL_PAIRS_CLASSES = saved


def test_grouping_is_deterministic():
    ms = [
        one("وقال بوتين إن الطرفين اتفقا على عودة السفيرين إلى موسكو وواشنطن.", "x1"),
        one("وأعلن بوتين أن سفيري البلدين سيعودان إلى ممارسة عملهما.", "x2"),
        one("وقال بايدن إن بلاده لن تتسامح مع محاولات انتهاك سيادتها.", "x3"),
    ]
    first = [[(m.article, m.start) for m in g] for g in group_statements(ms)]
    again = [[(m.article, m.start) for m in g] for g in group_statements(list(reversed(ms)))]
    assert first == again


# --- light stemming and paraphrase rules ------------------------------------------------


def stem_of(word: str) -> str:
    return stem(strip_article(fold(word)))


def test_teh_marbuta_before_a_pronoun_suffix():
    assert stem_of("قمته") == stem_of("قمتهما") == stem_of("القمة")
    assert stem_of("مدتها") == stem_of("مدة")
    assert stem_of("حكومتهم") == stem_of("الحكومة")
    # a root ت stays ("بيته" is "بيت"), and the plural -ات is not a teh marbuta
    assert stem_of("بيته") == stem_of("بيت")
    assert stem_of("وقته") == stem_of("وقت")
    assert stem_of("انتخاباتها") == stem_of("انتخابات")


def test_nouns_in_sin_are_not_future_verbs():
    assert stem_of("سيادتها") == stem_of("السيادة")
    assert stem_of("سياستها") == stem_of("السياسة")
    assert stem_of("سيادة") != stem_of("يادة")
    assert stem_of("سيعودان") == stem_of("يعود")  # a future verb still loses its س


def test_perception_verb_counts_half():
    a = one("وأضاف بوتين أنه لم يلمس أي عدائية من جانب بايدن.", "x1")
    terms = analyse_mention(a).terms
    assert terms["@perceive"] == LEAD_WEIGHT and terms["@hostility"] == 1.0
    b = one("وقال بوتين: “لم يكن هناك أي عداء، بل على العكس”.", "x2")
    c = one("وقال بوتين إنه لم يلاحظ أي عدائية خلال المحادثات.", "x3")
    # (pairs: in three statements alone every shared word is too common to be a blocking key)
    assert same_group([a, b]) and same_group([b, c]) and same_group([a, c])


def test_perceiving_something_else_is_another_statement():
    a = one("وقال بوتين إنه لم يلمس أي تقدم في ملف أوكرانيا.", "x1")
    b = one("وقال بوتين: “لم يكن هناك أي عداء”.", "x2")
    assert not same_group([a, b])


def test_discourse_link_says_nothing():
    a = one("وقال بوتين: “لم يكن هناك أي عداء، بل على العكس”.", "x1")
    b = one("وقال بوتين: “لم يكن هناك أي عداء”.", "x2")
    assert analyse_mention(a).terms == analyse_mention(b).terms


def test_time_preposition_before_the_meeting_noun_counts_half():
    a = one("وقال بوتين إنه لم يلاحظ أي عدائية خلال المحادثات.", "x1")
    assert analyse_mention(a).terms["@talks"] == LEAD_WEIGHT
    # only the noun: what follows it is the statement ("خلال الاجتماع على عودة …")
    b = one("وذكر بوتين أنه تم الاتفاق خلال الاجتماع على عودة السفيرين إلى واشنطن وموسكو.", "x2")
    terms = analyse_mention(b).terms
    assert terms["@return"] == 1.0 and terms["@ambassador"] == 1.0
    # talks that are the statement's subject still count in full
    c = one("وقال بوتين إن المحادثات كانت بناءة.", "x3")
    assert analyse_mention(c).terms["@talks"] == 1.0


def test_own_country_is_context():
    a = one("وشدد بايدن على أن بلاده لن تتسامح مع أي محاولة للتدخل في انتخاباتها.", "x1")
    b = one("وقال بايدن: “لن نتسامح مع التدخل في انتخاباتنا”.", "x2")
    c = one("وحذر بايدن من أن بلاده لن تتهاون مع محاولات انتهاك سيادتها أو زعزعة استقرار انتخاباتها.", "x3")
    assert stem_of("بلاده") in context_keys() and stem_of("بلادنا") in context_keys()
    assert same_group([a, b])
    assert same_group([a, c])


def test_concept_phrase_with_a_stop_word_inside():
    a = one("وأعلن الوسيط أن الطرفين توصلا إلى اتفاق لوقف إطلاق النار لمدة أسبوع.", "x1")
    terms = analyse_mention(a).terms
    assert "@agree" in terms and "@ceasefire" in terms
    assert stem("وصل") not in terms  # the phrase is one concept, not a verb of its own
    b = one("وأفاد الوسيط بأن الطرفين وافقا على هدنة مدتها أسبوع.", "x2")
    assert same_group([a, b])
    # a phrase that would be left with one word is not matched that way: "حدة" is not "على حدة"
    c = one("وقال الوزير إن حدة التوتر بين البلدين تراجعت كثيرا.", "x3")
    assert "@separate" not in analyse_mention(c).terms


# --- contradiction ----------------------------------------------------------------


def test_negated_predicate_contradicts():
    a = one("وقال بايدن إن بلاده ستتسامح مع محاولات انتهاك سيادتها الانتخابية.", "x1")
    b = one("وقال بايدن إن بلاده لن تتسامح مع محاولات انتهاك سيادتها الانتخابية.", "x2")
    assert contradicts(a, b) and contradicts(b, a)


def test_denial_contradicts_assertion():
    a = one("وأكد المتحدث باسم الجيش وقوع خروقات للهدنة في العاصمة.", "x1")
    b = one("ونفى المتحدث باسم الجيش وقوع خروقات للهدنة في العاصمة.", "x2")
    assert contradicts(a, b)


def test_a_denial_verb_opening_the_reported_words_denies_them():
    """"أوضحت أنها تستبعد …" rules its content out as "استبعدت …" does: the two agree, and
    both contradict a report that the thing is there."""
    past = one("واستبعدت الشرطة فرضية العمل التخريبي وراء انقطاع الكهرباء في المدينة.", "x1")
    present = one("وأوضحت الشرطة أنها تستبعد فرضية العمل التخريبي وراء انقطاع الكهرباء في المدينة.", "x2")
    found = one("وقالت الشرطة إن فرضية العمل التخريبي وراء انقطاع الكهرباء في المدينة قائمة.", "x3")
    assert analyse_mention(present).negated
    assert not contradicts(past, present) and not contradicts(present, past)
    assert contradicts(present, found)


def test_what_a_speaker_had_said_before_is_no_conflict():
    """A denial told in the pluperfect ("وكانت الشركة قد نفت …") is the speaker's former position: a
    later admission changes it, outlets do not dispute it; the same denial told as news does conflict."""
    admitted = one("وأعلنت الشركة اليوم أن عطلا فنيا في المحرك تسبب في توقف القطار.", "x1")
    before = one("وكانت الشركة قد نفت لأيام أن عطلا فنيا في المحرك تسبب في توقف القطار.", "x2")
    denied = one("ونفت الشركة اليوم أن عطلا فنيا في المحرك تسبب في توقف القطار.", "x3")
    assert analyse_mention(before).former and not analyse_mention(denied).former
    assert not contradicts(admitted, before) and not contradicts(before, admitted)
    assert contradicts(admitted, denied)


def test_no_false_contradictions():
    a = one("وقال بوتين إن أغلب الهجمات السيبرانية تأتي من الداخل الأميركي وليس من روسيا.", "x1")
    b = one("وقال بوتين إن أغلب الهجمات السيبرانية تنفذ من داخل الولايات المتحدة.", "x2")
    c = one("وقال بوتين: “لم ألاحظ أي عدائية خلال القمة”.", "x3")
    d = one("وقال بوتين: “لا أعتقد أنه كان هناك أي نوع من العداء”.", "x4")
    assert not contradicts(a, b)
    assert not contradicts(c, d)
    assert not contradicts(a, a)


def test_both_is_no_negation():
    """"كلا البلدين"، "بحضور كلا من …" say "both", not ك + the negator لا: no negation, no conflict
    with the same statement without it."""
    a = one("وقال الوزير إن كلا البلدين وقعا اتفاق الموانئ في القصر الرئاسي.", "x1")
    b = one("وقال الوزير إن البلدين وقعا اتفاق الموانئ في القصر الرئاسي.", "x2")
    assert not analyse_mention(a).negated and not contradicts(a, b)
    c = one("وقال الوزير إن البلدين لا يريدان توقيع اتفاق الموانئ الآن.", "x3")
    assert analyse_mention(c).negated


def test_a_choice_or_a_condition_does_not_contradict_a_negation():
    """"خيره بين توقيع الاتفاق أو …" offers the signing, it does not say it happened: no conflict
    with "لم يوقعا الاتفاق"; a plain report of the signing still conflicts."""
    no = one("وقال مسؤول في الوزارة إن الرئيسين لم يوقعا اتفاق الموانئ اليوم الخميس.", "x1")
    choice = one("وخير الرئيس ضيفه بين توقيع اتفاق الموانئ اليوم الخميس أو وقف المساعدات.", "x2")
    condition = one("وقال الرئيس إن المساعدات ستستمر إذا وقع الرئيسان اتفاق الموانئ اليوم الخميس.", "x3")
    yes = one("ووقع الرئيسان اتفاق الموانئ اليوم الخميس في القصر الرئاسي.", "x4")
    assert not contradicts(no, choice) and not contradicts(choice, no)
    assert not contradicts(no, condition)
    assert contradicts(no, yes)


def test_without_a_thing_agrees_with_a_negation_of_it():
    """"اختتم … من دون صدور قرار" says there was no decision, as "لن يصدر قرار" does: no conflict;
    a report that the decision came out still conflicts with the negation."""
    without = one("واختتم مجلس الأمناء اجتماعه الطارئ مساء الاثنين من دون صدور قرار نهائي بشأن الرسوم.", "x1")
    no = one("وقالت مصادر في المجلس إنه لن يصدر قرار نهائي بشأن الرسوم في اجتماع الاثنين.", "x2")
    yes = one("وقالت مصادر في المجلس إنه صدر قرار نهائي بشأن الرسوم في اجتماع الاثنين.", "x3")
    assert "قرار" in analyse_mention(without).without
    assert not contradicts(without, no) and not contradicts(no, without)
    assert contradicts(no, yes)


def test_the_hope_of_a_thing_does_not_contradict_its_negation():
    """"تضاءل الأمل في العثور على ناجين" speaks of a hope, it does not say anyone was found: no conflict
    with "لم يعثروا على ناجين"; a report that they were found still conflicts."""
    hope = one("وقال مسؤول في فرق الإنقاذ إن الأمل تضاءل في العثور على ناجين تحت أنقاض المبنى المنهار.", "x1")
    none = one("وقال مسؤول في فرق الإنقاذ إن المنقذين لم يعثروا على ناجين تحت أنقاض المبنى المنهار.", "x2")
    found = one("وقال مسؤول في فرق الإنقاذ إن المنقذين عثروا على ناجين تحت أنقاض المبنى المنهار.", "x3")
    assert not contradicts(hope, none) and not contradicts(none, hope)
    assert contradicts(none, found)


def test_opposite_verbs_contradict():
    a = one("وقال الوزير إن البرلمان وافق على مشروع قانون الموازنة العامة.", "x1")
    b = one("وقال الوزير إن البرلمان رفض مشروع قانون الموازنة العامة.", "x2")
    assert contradicts(a, b)


# --- titles, slugs, check-worthiness ---------------------------------------------------


def test_title_is_short_arabic_with_speaker():
    g = [one("وقال بوتين إن الطرفين اتفقا على عودة السفيرين إلى موسكو وواشنطن.", "x1")]
    title = statement_title(g)
    assert title.startswith("بوتين: ")
    assert len(title.split()) <= 16


def test_slug_is_ascii_and_stable():
    text = "وقال بوتين إن الطرفين اتفقا على عودة السفيرين إلى موسكو وواشنطن."
    s1 = statement_slug([one(text, "x1")])
    s2 = statement_slug([one(text, "x1")])
    assert s1 == s2
    assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", s1)
    assert 2 <= len(s1.split("-")) <= 8


@settings(max_examples=40, deadline=None)
@given(hst.text(alphabet="ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإئؤةى ،.", min_size=12, max_size=120))
def test_slug_always_ascii(text):
    found = mentions("وقال بوتين إن " + text + " في الاجتماع الطويل.")
    for m in found:
        slug = statement_slug([m])
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", slug), slug
        assert m.excerpt == ("وقال بوتين إن " + text + " في الاجتماع الطويل.")[m.start:m.end]


def test_single_source_needs_a_fact_of_its_own():
    ordinal = one("يذكر أن هذه هي المحادثة الخامسة بين الرئيسين منذ أن تولى بايدن منصبه.", "x1")
    opinion = one("وقال بوتين إن بايدن سياسي بناء ومحترف.", "x2")
    narrative = one("وتبادل الرؤساء الثلاثة التحيات والمصافحات أمام عدسات المصورين.", "x3")
    assert is_check_worthy([ordinal])
    assert not is_check_worthy([opinion])
    assert not is_check_worthy([narrative])


def test_speaker_name_between_commas_belongs_to_the_attribution():
    for text in ("وقال وزير النقل في الحكومة المؤقتة، سامر النجار، إن الجسر سيفتح الأسبوع المقبل.",
                 "وقال وزير النقل، سامر النجار، إن الجسر سيفتح الأسبوع المقبل."):
        m = one(text)
        assert m.excerpt == text and m.speaker and m.speaker.startswith("وزير النقل")


def test_single_source_accusations_denials_and_promises_are_worth_checking():
    accusation = one("واتهم وزير الداخلية جماعة مسلحة بتفجير خط الكهرباء الرئيسي.", "x1")
    denial = one("ونفت وزارة الدفاع أن تكون طائراتها قد قصفت السوق.", "x2")
    promise = one("وقال رئيس الحكومة إنه يتعهد بإعادة بناء المدارس المتضررة قبل نهاية العام.", "x3")
    colour = one("وقال المراسل إن الأجواء في العاصمة كانت مشمسة ودافئة.", "x4")
    assert is_check_worthy([accusation]) and is_check_worthy([denial]) and is_check_worthy([promise])
    assert not is_check_worthy([colour])


def test_single_source_denials_of_a_fact_and_comparisons_are_worth_checking():
    # something did not happen or has not changed, said by a named speaker
    unchanged = one("وقال وزير المالية إن أسعار الوقود المدعومة لم تتغير منذ مطلع العام.", "x1")
    not_signed = one("وأكدت النقابة أن الحكومة لم تدفع رواتب المعلمين المتأخرة حتى الآن.", "x2")
    # an amount compared with a figure, without a number of its own
    smaller = one("وقالت الوكالة إن الأثر الفعلي للقرار سيكون أقل من الأرقام المعلنة.", "x3")
    higher = one("وأوضح البنك المركزي أن التضخم جاء أعلى مما توقعه المحللون.", "x4")
    for m in (unchanged, not_signed, smaller, higher):
        assert is_check_worthy([m]), m.excerpt


def test_single_source_views_dispositions_and_trailing_negations_are_not_worth_checking():
    # a verb of opinion reports the speaker's view, in every clause of its sentence
    view = mentions("ويرى المحلل الاقتصادي سمير الخطيب أن الركود مستمر، وأن الخطة لم تغير شيئا في واقع الأسواق.", "x1")
    assert len(view) == 2 and all(analyse_mention(m).attributed and not is_check_worthy([m]) for m in view)
    # "لم أكن لـ…": what the speaker would never do, no fact
    disposition = one("وقال المرشح: \"لم أكن لأتخلى عن أهالي القرى المنسية طوال حياتي\".", "x2")
    assert not is_check_worthy([disposition])
    # a negation far down the sentence is not what it asserts
    trailing = one("وقالت الشرطة إن سائق الحافلة توقف عند مدخل البلدة الشرقي لأنه واجه عطلا لم يحدده.", "x3")
    assert not is_check_worthy([trailing])
    # a perception of the speaker's is no fact denied
    perceived = one("وقال السفير إنه لم يلاحظ أي توتر في الاجتماع.", "x4")
    assert not is_check_worthy([perceived])
    # "أكثر من" before a number is a bound: the quantity claim of that number covers it
    bound = one("وقال المتحدث إن أكثر من 300 عائلة غادرت الحي.", "x5")
    assert not is_check_worthy([bound])


def test_a_rebuke_two_outlets_tell_is_worth_checking():
    """"ووبخ الرئيس ضيفه …" is no verb of saying, but a rebuke (like an accusation) that two outlets
    tell is a fact to check; a plain narrative sentence of two outlets is not."""
    a = one("ووبخ الرئيس ضيفه أثناء جلوسهما في القاعة الكبرى.", "x1")
    b = one("ووبخ الرئيس ضيفه أثناء جلوسهما في القاعة الكبرى.", "x2")
    assert is_check_worthy([a, b])
    c = one("وجلس الرئيس وضيفه في القاعة الكبرى قرب النافذة.", "x3")
    d = one("وجلس الرئيس وضيفه في القاعة الكبرى قرب النافذة.", "x4")
    assert not is_check_worthy([c, d])


def test_a_pronoun_of_whom_it_was_said_to_stands_between_the_verb_and_what_was_said():
    """"وطلب منه أن …": the verb of saying, then to whom, then what; the last speaker asks."""
    found = mentions("وقال الرئيس إن الاجتماع كان جيدا. وطلب منه أن يتحلى بالتواضع في حديثه.")
    assert found[-1].speaker == "الرئيس" and analyse_mention(found[-1]).attributed


def test_several_outlets_reporting_without_a_known_speaker_are_worth_checking():
    a = one("وأعربت الحكومة الجديدة عن قلقها البالغ من ارتفاع أسعار الخبز في الأسواق.", "x1")
    b = one("وأعربت الحكومة الجديدة عن قلقها من ارتفاع أسعار الخبز في الأسواق المحلية.", "x2")
    assert is_check_worthy([a, b])
    story = [one("وانهار الجسر القديم فوق النهر في ساعة متأخرة من الليل.", f"n{i}") for i in range(3)]
    assert not is_check_worthy(story[:2]) and is_check_worthy(story)


def test_measured_ordinal_is_left_to_quantities():
    # the sentence is the measurement of a first session: the quantity claim covers it
    session = mentions("وعقد الرئيسان جلسة أولى مصغرة بحضور وزيري الخارجية استمرت ساعة و33 دقيقة.", "x1")
    assert all(not is_check_worthy([m]) for m in session)
    # a measurement in the lead only dates what is said
    lead = one("وبعد محادثات استمرت أربع ساعات، أعلن البيت الأبيض انتهاء جلسة المحادثات الموسعة الثانية.", "x2")
    assert is_check_worthy([lead])
    # a number and unit with no measurement verb: the ordinal is the fact
    visit = one("وهذه هي الزيارة الأولى لوزير خارجية تركي إلى القاهرة منذ عشر سنوات.", "x3")
    assert is_check_worthy([visit])


def test_measurement_is_left_to_quantities():
    assert mentions("وامتدت المحادثات المصغرة لساعتين.") == []


# --- purity on the hand-annotated set ------------------------------------------------

# Pairwise recall reached on tests/data/statement_purity.yaml when this was written (0.91 with roots, synonym
# groups and the thresholds of issue 15; no group mixes two labels).
PURITY_RECALL = 0.90


def test_purity_and_recall_on_annotated_set():
    data = yaml.safe_load((DATA / "statement_purity.yaml").read_text(encoding="utf-8"))
    sentences = [(ev, i, s) for ev, items in data["events"].items() for i, s in enumerate(items)]
    assert len(sentences) >= 60
    label, ms = {}, []
    for ev, i, s in sentences:
        aid = f"{ev}-{i:02d}"
        label[aid] = (ev, s["label"])
        ms.extend(mentions(s["text"], aid, event=ev))
    groups = group_statements(ms)
    together = set()
    for g in groups:
        labels = {label[m.article] for m in g}
        assert len(labels) == 1, [(label[m.article], m.excerpt) for m in g]
        together.update(itertools.combinations(sorted({m.article for m in g}), 2))
    pairs = [p for p in itertools.combinations(sorted(label), 2) if label[p[0]] == label[p[1]]]
    recall = sum(p in together for p in pairs) / len(pairs)
    assert recall >= PURITY_RECALL, recall


# --- statements that only restate a figure ----------------------------------

def _build(tmp_path, texts: dict[str, str]):
    from mkdocs_summit_plugin.pipeline import build_report

    for name, text in texts.items():
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    return build_report([tmp_path], jobs=1)


def test_statements_restating_one_count_leave_the_page_to_the_count_claim(tmp_path):
    report = _build(tmp_path, {
        "a": "إعصار يضرب المدينة الساحلية\n\nقالت الأمم المتحدة إن 4200 شخص ما زالوا في عداد المفقودين بعد الإعصار.\n\n"
             "وأكد وزير الصحة أن المستشفيات تعمل بكامل طاقتها منذ الصباح.\n",
        "b": "الإعصار في المدينة الساحلية\n\nوأعلنت الأمم المتحدة أن 4200 شخص لا يزالون في عداد المفقودين جراء الإعصار.\n\n"
             "وقال وزير الصحة إن المستشفيات تعمل بكامل طاقتها.\n",
        "c": "حصيلة الإعصار\n\nوقال مكتب الأمم المتحدة إن 4200 شخص ما زالوا مفقودين بعد الإعصار.\n",
    })
    counts = [c for c in report.claims if c.kind == "quantity" and c.headline_value == 4200]
    assert len(counts) == 1 and counts[0].articles == ["a", "b", "c"]
    statements = [c for c in report.claims if c.kind == "statement"]
    assert not [c for c in statements if any("4200" in e.excerpt for e in c.evidence)]
    # a statement with no figure keeps its page
    assert [c.articles for c in statements if any("المستشفيات" in e.excerpt for e in c.evidence)] == [["a", "b"]]


def test_a_statement_holding_figures_of_different_claims_keeps_its_page():
    from mkdocs_summit_plugin.claims.grouping import figure_claims, restates_one_figure
    from mkdocs_summit_plugin.model import Claim, Evidence

    def evidence(article, start):
        return Evidence(article=article, excerpt="", start=start, end=start + 40, value_start=start + 5, value_end=start + 9)

    deaths = Claim(id="d", title="", kind="quantity", event="e", attribute="death-count", unit="person",
                   evidence=[evidence("a", 0), evidence("b", 100)])
    missing = Claim(id="m", title="", kind="quantity", event="e", attribute="missing-count", unit="person",
                    evidence=[evidence("c", 0)])
    figures = figure_claims([deaths, missing])
    said = [Mention(article="a", kind="statement", start=0, end=60, excerpt=""),
            Mention(article="b", kind="statement", start=90, end=160, excerpt="")]
    assert restates_one_figure(said, figures)
    assert not restates_one_figure(said + [Mention(article="c", kind="statement", start=0, end=60, excerpt="")], figures)
    assert not restates_one_figure(said + [Mention(article="b", kind="statement", start=300, end=360, excerpt="")], figures)
    # two claims of one known measure (a running total's values) are one measure; two claims of a
    # figure no cue explained ("duration": of what?) are not
    later = Claim(id="d2", title="", kind="quantity", event="e", attribute="death-count", unit="person",
                  evidence=[evidence("c", 0)])
    assert restates_one_figure(said + [Mention(article="c", kind="statement", start=0, end=60, excerpt="")],
                               figure_claims([deaths, later]))
    vague = [Claim(id=f"x{i}", title="", kind="quantity", event="e", attribute="duration", unit="minute",
                   evidence=[evidence(a, 0)]) for i, a in enumerate("ab")]
    two = [Mention(article=a, kind="statement", start=0, end=60, excerpt="") for a in "ab"]
    assert not restates_one_figure(two, figure_claims(vague))
    # one value read as two known measures (the talks' length, a first round's) is one figure;
    # two values of two known measures are not
    def timed(article, value):
        return Evidence(article=article, excerpt="", start=0, end=40, value_start=5, value_end=9, value=value)

    talks = Claim(id="t", title="", kind="quantity", event="e", attribute="talks-duration", unit="minute",
                  evidence=[timed("a", 20)])
    round_ = Claim(id="r", title="", kind="quantity", event="e", attribute="first-round-duration", unit="minute",
                   evidence=[timed("b", 20)])
    assert restates_one_figure(two, figure_claims([talks, round_]))
    round_.evidence = [timed("b", 35)]
    assert not restates_one_figure(two, figure_claims([talks, round_]))


def test_a_record_restating_a_figure_keeps_its_page(tmp_path):
    report = _build(tmp_path, {
        f"r{i}": f"زلزال في الجبال\n\n{text}\n" for i, text in enumerate([
            "وقال المرصد إن هذه الهزة هي الأعنف في المنطقة منذ زلزال عام 1980 الذي قتل 3000 شخص.",
            "وأوضح المرصد أن الهزة هي الأعنف في المنطقة منذ زلزال 1980 الذي أودى بحياة 3000 شخص.",
        ])
    })
    statements = [c for c in report.claims if c.kind == "statement"]
    assert [c.articles for c in statements if any("الأعنف" in e.excerpt for e in c.evidence)] == [["r0", "r1"]]


def test_outlets_that_call_a_restated_figure_a_record_keep_a_page_of_that_record(tmp_path):
    report = _build(tmp_path, {
        f"s{i}": f"عواصف على الساحل\n\n{text}\n" for i, text in enumerate([
            "وأعلن وزير الداخلية، الأحد، أن الحكومة سترسل 3000 عنصر إنقاذ إضافي إلى المدن الساحلية المنكوبة بالعواصف.",
            "وقال وزير الداخلية، الأحد، إن الحكومة سترسل 3000 عنصر إنقاذ إضافي إلى المدن الساحلية التي ضربتها العواصف.",
            "وأعلن وزير الداخلية أن الحكومة سترسل 3000 عنصر إنقاذ إضافي إلى المدن الساحلية، والتي قال إنها أكبر"
            " عملية إغاثة في تاريخ البلاد.",
            "وقال وزير الداخلية إن الحكومة سترسل 3000 عنصر إنقاذ إضافي إلى المدن الساحلية، والتي عدها أكبر عملية"
            " إغاثة في تاريخ البلاد.",
        ])
    })
    counts = [c for c in report.claims if c.kind == "quantity" and c.headline_value == 3000]
    assert len(counts) == 1 and counts[0].articles == ["s0", "s1", "s2", "s3"]
    said = [c.articles for c in report.claims if c.kind == "statement" and any("3000" in e.excerpt for e in c.evidence)]
    assert said == [["s2", "s3"]]  # the record's page; the count's page alone shows the plain restatements


def test_a_participle_of_saying_speaks_for_the_verb_that_opens_its_sentence():
    found = mentions(
        "وقال وزير المالية إن العجز تراجع هذا العام.\n"
        "وودع رئيس الوزراء، سامي الحداد، خصمه في الانتخابات، قائلا: \"لقد خدمت بلدك بشرف\"."
    )
    said = [m for m in found if "بشرف" in m.excerpt]
    assert len(said) == 1 and said[0].speaker == "رئيس الوزراء"  # not the minister of the sentence before


def test_a_participle_after_a_noun_opening_keeps_the_last_speaker():
    found = mentions("وقال وزير المالية إن العجز تراجع.\nالموازنة الجديدة جاهزة، مضيفا أن البرلمان سيناقشها غدا.")
    said = [m for m in found if "البرلمان" in m.excerpt]
    assert len(said) == 1 and said[0].speaker == "وزير المالية"


@pytest.mark.parametrize("text, speaker", [
    ("لكن الهيئة الرسمية أكدت عدم وجود إصابات بين الركاب.", "الهيئة الرسمية"),
    ("وزارة الكهرباء نفت وقوع أي انقطاع في الشبكة.", "وزارة الكهرباء"),
])
def test_a_subject_before_its_verb_of_saying_speaks_without_a_complementizer(text, speaker):
    (m,) = mentions(text)
    assert m.speaker == speaker and m.reporting_verb is not None


def test_an_after_a_time_word_in_the_attribution_is_no_complementizer():
    # "بعد أن أنهى …" dates the words; what was said follows the colon
    a = analyse_mention(one('وقال الوزير للصحفيين بعد أن أنهى بشكل مفاجئ اجتماعه مع النقابة في العاصمة: '
                            '"كانوا يريدون زيادة الأجور كلها".', "x1"))
    assert a.speaker == "الوزير" and "نقاب" not in a.terms and "اجور" in a.terms, a.terms


def test_a_post_written_on_a_platform_is_a_statement_of_its_writer():
    (m,) = mentions('وكتب الوزير على تويتر "نحن مستعدون لإرسال فرق الإنقاذ فورا".')
    assert m.speaker == "الوزير"
    (t,) = mentions("وغرد الوزير قائلا إن فرق الإنقاذ وصلت إلى المدينة.")
    assert t.speaker == "الوزير"
    (essay,) = mentions("وكتب الوزير مقالا طويلا عن تاريخ المدينة القديمة.")
    assert essay.speaker is None  # writing an essay is no post of a statement


def test_an_in_of_condition_is_no_complementizer():
    # "إن لزم الأمر" is a condition on what was said, not what was said
    (m,) = mentions("وأعرب الرئيس عن استعداد بلاده لتقديم المساعدات للجيران إن لزم الأمر.")
    assert {stem(fold("استعداد")), "مساعد"} <= set(analyse_mention(m).terms), analyse_mention(m).terms


def test_the_answer_to_a_condition_is_one_statement_with_it():
    (m,) = mentions('وقال الوزير: "مهما كانت خلافاتنا، فهذه ساعة نعمل فيها يدا بيد".')
    a = analyse_mention(m)
    assert m.speaker == "الوزير" and {"خلاف", "عمل"} <= set(a.terms), a.terms
    # no condition before the comma: two statements
    assert len(mentions('وقال الوزير: "خلافاتنا معروفة للجميع منذ سنوات، فهذه الأوقات صعبة علينا جميعا".')) == 2


def test_a_time_since_dates_a_statement_it_is_no_measurement_of_it():
    (m,) = mentions('وقال المؤرخ: "هناك تغييرات لم نعرفها منذ مائة عام".')
    assert "غيير" in analyse_mention(m).terms
    assert not mentions("وامتدت المحادثات بين الوفدين لساعتين.")  # a measurement alone is the quantity's claim


def test_what_a_pledge_verb_says_before_the_quotation_participle_is_said_too():
    """"وتعهد الوزير بمواصلة الإصلاح قائلا: «…»": the pledge before the participle is part of what
    is said (its words are terms), while a title's gist still opens with the quotation."""
    from mkdocs_summit_plugin.mentions.statements.analysis import analyse_mention
    from mkdocs_summit_plugin.model import Article
    from mkdocs_summit_plugin.text.sentences import split_sentences
    text = "وتعهد وزير الزراعة بمواصلة دعم المزارعين قائلا: «عملنا طوال العام على خفض كلفة البذور والأسمدة»."
    a = Article(id="a", path="a.txt", text=text, title="")
    (m,) = [m for m in find_statements(a, split_sentences(a)) if "عملنا" in m.excerpt]
    an = analyse_mention(m)
    assert {"مزارع", "دعم", "خفض"} <= set(an.terms), an.terms
    assert text[an.content_start:].startswith("عملنا")


def test_the_phase_of_the_meeting_says_when_not_what():
    """"في ختام الاجتماع"، "في نهاية المشاورات": the end or start of the meeting says when it was
    done, as "عقب الاجتماع" does; the phase noun and the meeting noun count half."""
    a = one("ووقع الوزيران مذكرة للتعاون في مجال الصيد في ختام الاجتماع الوزاري.", "x1")
    terms = analyse_mention(a).terms
    assert terms["ختام"] == LEAD_WEIGHT and terms["مذكر"] == 1.0
    # before another noun, the phase is what is said ("نهاية الحرب")
    b = one("وقال الوزير إن نهاية الحرب باتت قريبة.", "x2")
    assert analyse_mention(b).terms["نها"] == 1.0


def test_names_between_a_negation_and_the_outcome_do_not_use_up_its_reach():
    """"عدم توصل الرئيس فلان الفلاني والملك فلان الفلاني لأي اتفاق": the agreement did not happen,
    however many words of names stand between the negation and it."""
    a = one("وأعلنت الرئاسة عدم توصل الرئيس الغاني جون ماهاما والملك الأردني سامي عادل لأي اتفاق خلال القمة.", "u1")
    assert "@agree" in analyse_mention(a).unmet
    b = one("وأعلنت الرئاسة عدم توصل الوفدين بعد جولات من المحادثات الطويلة والشاقة لأي اتفاق.", "u2")
    assert "@agree" not in analyse_mention(b).unmet  # other words still use it up
