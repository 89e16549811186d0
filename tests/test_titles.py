"""Claim titles a reader sees: "speaker: gist" never a fragment, counted things named as written."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from mkdocs_summit_plugin.assign.subjects import counted_noun, listicle, phrase_around
from mkdocs_summit_plugin.claims.check_worthiness import is_check_worthy
from mkdocs_summit_plugin.claims.statement_titles import cut_inside_word, fragment, statement_title, without_conjunction
from mkdocs_summit_plugin.mentions.statements.clauses import attribution_only
from mkdocs_summit_plugin.model import Article, Mention
from mkdocs_summit_plugin.mentions.statements.analysis import find_statements
from mkdocs_summit_plugin.text.sentences import split_sentences
from mkdocs_summit_plugin.text.tokens import tokens

from .title_check import title_problems

DATA = Path(__file__).parent / "data"


def mention(excerpt: str, article: str = "a", speaker=None) -> Mention:
    return Mention(article=article, kind="statement", start=0, end=len(excerpt), excerpt=excerpt, speaker=speaker)


@pytest.mark.parametrize("clause, only", [
    ("وقال رئيس الحكومة الجديد", True),
    ("وجاء في البيان الختامي", True),
    ("وأضافت المتحدثة باسم الوزارة", True),
    ("وقال الوزير إن المفاوضات ستستأنف", False),
    ("وقال الوزير: المفاوضات ستستأنف", False),
    ("وأعلن المحافظ إغلاق الطرق المؤدية إلى الوادي", False),
])
def test_attribution_only(clause, only):
    assert attribution_only(clause, tokens(clause, 0)) is only


def test_attribution_joins_the_content_after_it():
    text = "وقال رئيس البلدية بينما كان يتفقد الأحياء المتضررة «سنعيد بناء كل بيت هدمته السيول»."
    art = Article(id="x", path="x.txt", title=None, text=text)
    found = find_statements(art, split_sentences(art))
    assert found and all("سنعيد" in m.excerpt for m in found)
    assert not any(m.excerpt.strip() == "وقال رئيس البلدية" for m in found)


def test_cut_inside_word():
    assert cut_inside_word("وانتقد خبراء ضعف الاستعدا", ["وانتقد خبراء ضعف الاستعدادات لموسم الأمطار."])
    assert not cut_inside_word("وانتقد خبراء ضعف الاستعدادات", ["وانتقد خبراء ضعف الاستعدادات لموسم الأمطار."])
    assert not cut_inside_word("وانتقد خبراء ضعف الاستعدا.", ["وانتقد خبراء ضعف الاستعدادات لموسم الأمطار."])


def test_without_conjunction():
    assert without_conjunction("والتقى") == "التقى"
    assert without_conjunction("وأكد") == "أكد"
    assert without_conjunction("وزير") == "وزير"
    assert without_conjunction("واشنطن") == "واشنطن"
    assert without_conjunction("وتعهد", frozenset({"تعهد"})) == "تعهد"


def test_title_skips_fragments_and_openers():
    whole = mention("فيما تعهد المحافظ بإعادة الكهرباء إلى الأحياء خلال أسبوع.", "b", speaker="المحافظ")
    cut = mention("فيما تعهد المحافظ بإعادة الكهرباء إلى الأحي", "c", speaker="المحافظ")
    attribution = mention("وقال المحافظ", "d", speaker="المحافظ")
    assert fragment(attribution) and fragment(cut, [whole, cut])
    title = statement_title([attribution, cut, whole])
    assert title == "تعهد المحافظ بإعادة الكهرباء إلى الأحياء خلال أسبوع"  # the speaker is in it already
    after_verb = mention("من جهته قال مدير الميناء في تصريح للصحفيين إن الأرصفة ستفتح غدا أمام السفن.", "e")
    assert statement_title([after_verb]).endswith("الأرصفة ستفتح غدا أمام السفن")
    since = mention("هذه هي الزيارة الثالثة بين البلدين منذ أن تولى الوزير منصبه قبل عامين", "h")
    assert statement_title([since]).startswith("هذه هي الزيارة الثالثة")


def test_a_title_opens_after_where_and_when_it_was_said():
    """The platform and the day between a speaker and the complementizer ("… على «فيسبوك»، اليوم السبت، إن …")
    say where and when it was said: the gist starts after the complementizer."""
    text = 'وقال وزير الداخلية سامح فريد على "فيسبوك"، اليوم السبت، إن انقطاع الكهرباء نجم عن عطل فني.'
    article = Article(id="a", path="articles/a.txt", text=text, title="")
    (m,) = find_statements(article, split_sentences(article))
    assert statement_title([m]).endswith(": انقطاع الكهرباء نجم عن عطل فني"), statement_title([m])


def test_listicle_is_no_claim():
    lead = mention("وفيما يلي سبعة أمور يجب أن تعرفها عن موسم الحصاد هذا العام", "f")
    assert listicle(lead.excerpt) and not is_check_worthy([lead, mention(lead.excerpt, "g")])
    text = "إليكم 10 حقائق عن السد"
    assert listicle(text, text.index("10"))
    text = "وبلغ عدد القتلى 10 أشخاص"
    assert not listicle(text, text.index("10"))


@pytest.mark.parametrize("noun, ok", [
    ("مبني", True), ("سفن", True), ("هائله", False), ("منهم", False), ("بالميناء", False),
    ("استنادا", False), ("اخرون", False), ("اضعاف", False),
])
def test_counted_noun(noun, ok):
    assert counted_noun(noun) is ok


def test_counted_noun_as_written_before_punctuation():
    from mkdocs_summit_plugin.claims.quantity_groups import _counted_shown

    m = Mention(article="a", kind="quantity", start=0, end=10, excerpt="وتضرر نحو مئة مبنى، وفق الدفاع المدني")
    assert _counted_shown([m], "مبني") == "مبنى"


def test_phrase_around():
    text = "وأصيب 35 آخرون في حي المرفأ القديم أمس"
    start = text.index("35")
    assert phrase_around(text, start, start + 2) == "وأصيب 35 آخرون في حي"


@pytest.fixture(scope="module")
def project_claims():
    from mkdocs_summit_plugin.pipeline import build_report
    from mkdocs_summit_plugin.publish.claims_json import report_json

    claims = []
    for name in ("outlets", "outlets2", "outlets3", "outlets4"):
        claims += json.loads(report_json(build_report([DATA / name])))["claims"]
    return claims


def test_project_titles_are_no_fragments(project_claims):
    flagged = [(c["title"], title_problems(c)) for c in project_claims if title_problems(c)]
    assert not flagged, flagged


def test_a_breaking_news_label_never_opens_a_title():
    from mkdocs_summit_plugin.claims.statement_titles import statement_title

    flash = mention("#عاجل | كلمة لرئيس الوزراء بعد فوز حزبه في الانتخابات التشريعية", "a")
    body = mention("وقال رئيس الوزراء في كلمته إن حزبه فاز في الانتخابات التشريعية بفارق كبير.", "b")
    assert fragment(flash)
    assert not statement_title([flash, body]).startswith("عاجل")


def test_a_title_opens_as_a_sentence_when_an_excerpt_of_the_claim_does():
    # the shorter excerpt is the more representative of two equals, but its gist opens as the
    # tail of a sentence (a participle of manner, a preposition): the other one gives the title
    tail = mention("مشددا على المخزون الذي يكفي البلاد حتى الربيع", "a", speaker="وزير التموين")
    whole = mention("وقال وزير التموين إن المخزون يكفي البلاد حتى الربيع المقبل", "b", speaker="وزير التموين")
    assert statement_title([tail, whole]) == "وزير التموين: المخزون يكفي البلاد حتى الربيع المقبل"
    place = mention("في المناطق الجبلية بسبب الثلوج الكثيفة", "c")
    road = mention("وأغلقت السلطات الطرق في المناطق الجبلية بسبب الثلوج", "d")
    assert "أغلقت السلطات الطرق" in statement_title([place, road])
    # with no better excerpt, the most representative one stays
    assert statement_title([tail]) == "وزير التموين: مشددا على المخزون الذي يكفي البلاد حتى الربيع"
