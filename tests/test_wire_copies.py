"""Wire copies (claims/wire_copies.py): one agency text carried by several outlets counts as outlets
that carry the claim, but the claim and its page say how many independent texts there are."""
from __future__ import annotations

import json

from mkdocs_summit_plugin.claims.wire_copies import mark_wire_copies, shingles, wire_families
from mkdocs_summit_plugin.model import Article, Claim, Evidence
from mkdocs_summit_plugin.pipeline import analyse
from mkdocs_summit_plugin.publish.claims_json import Layout, report_json
from mkdocs_summit_plugin.publish.pages import Site

# One agency dispatch (our own sentences), as two outlets carry it: one verbatim under another
# headline, one with a closing paragraph of its own.
WIRE = (
    "أعلنت وزارة الصحة في الجمهورية الجديدة أن الفيضانات التي ضربت الإقليم الشمالي مساء الخميس "
    "أسفرت عن مقتل 42 شخصا وإصابة العشرات، فيما لا تزال فرق الإنقاذ تبحث عن مفقودين تحت الأنقاض.\n"
    "وقال المتحدث باسم الوزارة في مؤتمر صحفي إن المستشفيات استقبلت الجرحى وإن حالة بعضهم حرجة، "
    "مضيفا أن السلطات فتحت مراكز إيواء مؤقتة للعائلات التي فقدت منازلها في القرى المنكوبة.\n"
    "وأوضح أن الأمطار الغزيرة تسببت في انهيار جسرين وقطع الطرق الرئيسية المؤدية إلى الإقليم.\n"
)
OWN = (
    "قال رئيس البلدية في حديث إلى مراسلنا إن مقتل 42 شخصا في الفيضانات حصيلة مؤلمة لمدينة صغيرة، "
    "وإن السكان يطالبون بإعادة بناء الجسور قبل الشتاء المقبل، ولم يذكر موعدا لبدء الأعمال.\n"
    "وتجول مراسلنا في الأحياء الغارقة حيث يزيل الأهالي الطين من البيوت بأيديهم منذ الصباح.\n"
)


def _article(aid: str, title: str, text: str) -> Article:
    return Article(aid, f"articles/{aid}.txt", f"{title}\n{text}", title, published="2030-04-05")


def _corpus() -> list[Article]:
    return [
        _article("w1", "فيضانات الإقليم الشمالي", WIRE),
        _article("w2", "حصيلة الفيضانات", WIRE + "وتشهد البلاد منذ أسابيع موجة أمطار لم تعرفها منذ عقود.\n"),
        _article("own", "رئيس البلدية يتحدث عن الكارثة", OWN),
    ]


def test_shingles_are_folded_words():
    assert shingles("قال إن الوفد وصل", 5) == shingles("قال إنّ الوفد وصل.", 5)
    assert len(shingles("واحد اثنان ثلاثة أربعة خمسة ستة", 5)) == 2
    assert shingles("", 5) == set()


def test_families_pair_copies_not_reports_that_share_a_figure():
    family = wire_families(_corpus())
    assert family.get("w1") == family.get("w2") == "w1"
    assert "own" not in family


def test_short_texts_are_nobodys_copy():
    short = "انفجار في الميناء"
    assert wire_families([_article("s1", "عاجل", short), _article("s2", "عاجل", short)]) == {}


def test_claim_counts_independent_texts_and_marks_copies():
    articles = _corpus()
    report = analyse(articles)
    toll = next(c for c in report.claims if c.kind == "quantity" and 42 in [e.value for e in c.evidence])
    assert set(toll.articles) == {"w1", "w2", "own"}
    assert toll.independent_sources == 2
    marked = {e.article: e.wire for e in toll.evidence}
    assert marked["w1"] == marked["w2"] == "w1" and marked["own"] is None
    assert toll.status == "consistent"  # copies still carry the claim: its status does not change
    data = json.loads(report_json(report))
    c = next(x for x in data["claims"] if x["id"] == toll.id)
    assert c["sources"] == 3 and c["independent_sources"] == 2
    assert sorted(e["wire"] or "-" for e in c["evidence"]) == ["-", "w1", "w1"]
    everyone = [x for x in data["claims"] if x["id"] != toll.id]
    assert all(x["independent_sources"] <= x["sources"] for x in everyone)


def test_claim_page_says_copies_share_one_text():
    report = analyse(_corpus())
    toll = next(c for c in report.claims if c.independent_sources == 2 and len(c.articles) == 3)
    site = Site(report, Layout())
    page = next(p for p in site.pages() if p.kind == "claim" and p.key == toll.id)
    out = site.render(page)
    note = out.split("data-summit-wire", 1)[1].split("</p>", 1)[0]
    assert "3 مصادر" in note and "نصان مستقلة فقط" in note
    assert out.count('class="summit-wire"') == 2
    apart = analyse([a for a in _corpus() if a.id != "w2"])  # no copies left
    site = Site(apart, Layout())
    for claim in apart.claims:
        assert claim.independent_sources == len(claim.articles)
        page = next(p for p in site.pages() if p.kind == "claim" and p.key == claim.id)
        assert "data-summit-wire" not in site.render(page)


def test_same_outlet_twice_is_not_a_copy():
    e1 = Evidence("a", "نص واحد يتكرر في المقال نفسه مرتين", 0, 10)
    e2 = Evidence("a", "نص واحد يتكرر في المقال نفسه مرتين", 20, 30)
    claim = Claim("c", "t", "statement", None, None, None, evidence=[e1, e2])
    long_text = " ".join(["كلمة%d" % i for i in range(40)])
    mark_wire_copies([claim], [Article("a", "a.txt", long_text, "a")])
    assert claim.independent_sources == 1 and e1.wire is None and e2.wire is None
