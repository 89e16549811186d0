"""Figures that change over time: when a figure is as of (assign/times.py), same-time figures of a toll
(claims/figures.py), the toll's timeline (claims/timeline.py) in claims.json, claims.csv and on the claim page."""
from __future__ import annotations

import csv
import io
import json
import os

import pytest
import yaml

from mkdocs_summit_plugin.assign.times import figure_day, figure_time, published_time, resolve, Told
from mkdocs_summit_plugin.claims.figures import split_running_total
from mkdocs_summit_plugin.claims.timeline import link_timelines, timeline_of
from mkdocs_summit_plugin.model import Article, Claim, Evidence, Mention, Quantity, Report, TimelineEntry
from mkdocs_summit_plugin.pipeline import analyse
from mkdocs_summit_plugin.publish.claims_json import Layout, report_dict
from mkdocs_summit_plugin.publish.csv_report import COLUMNS, report_csv
from mkdocs_summit_plugin.publish.pages import Site

HERE = os.path.dirname(__file__)
PHRASES = yaml.safe_load(open(os.path.join(HERE, "data", "time_phrases.yaml"), encoding="utf-8"))["phrases"]


# -- when a figure is as of -----------------------------------------------------------------
@pytest.mark.parametrize("row", PHRASES, ids=lambda r: f"{r['text'][:30]}|{r['published']}")
def test_time_phrases(row):
    offset = row["text"].index(row["figure"])
    day, finer = figure_time(row["text"], offset, row["published"])
    assert day == row["as_of"]
    if "finer" in row:
        assert finer == row["finer"]


def test_published_time_reads_iso_dates_only():
    assert published_time("2024-03-05") == (published_time("2024-03-05T10:00")[0], None)
    assert published_time("2024-03-05 07:05")[1] == "07:05"
    assert published_time("2024-02-30") == (None, None)
    assert published_time(None) == (None, None)


def test_weekday_is_the_latest_on_or_before_publication():
    import datetime as dt

    tuesday = dt.date(2024, 3, 5)
    assert resolve(Told("weekday", 0, 1, weekday=1), tuesday) == tuesday  # "الثلاثاء" said on a Tuesday
    assert resolve(Told("weekday", 0, 1, weekday=2), tuesday) == dt.date(2024, 2, 28)  # last Wednesday
    assert resolve(Told("weekday", 0, 1, weekday=1), None) is None


def test_the_nearest_tied_day_before_the_figure_wins():
    text = "وأعلن الوزير الأحد مقتل 20 شخصا، ثم قال مساء الاثنين إن الحصيلة بلغت 35 قتيلا."
    assert figure_day(text, text.index("35")).weekday == 0  # Monday
    assert figure_day(text, text.index("20")).weekday == 6  # Sunday


# -- same-time figures of one toll --------------------------------------------------------
def _mention(article: str, value: int, as_of=None, as_of_time=None, start=0, modality="reported") -> Mention:
    q = Quantity(value, value, value, "person", "count", start, start + 2, str(value))
    return Mention(article, "quantity", start, start + 10, f"قتل {value}", quantity=q, attribute="death-count",
                   modality=modality, as_of=as_of, as_of_time=as_of_time)


def _values(groups):
    return [sorted(m.quantity.value for m in g) for g in groups]


def test_figures_of_the_same_moment_from_different_articles_are_one_claim():
    group = [_mention("a", 76, "2024-03-05", "evening"), _mention("b", 912, "2024-03-05", "evening"),
             _mention("c", 1500, "2024-03-06", "evening")]
    assert _values(split_running_total(group)) == [[76, 912], [1500]]


def test_figures_dated_only_by_the_same_day_stay_apart():
    # a toll rises within a day: 76 at dawn and 912 by the evening are no disagreement
    group = [_mention("a", 76, "2024-03-05"), _mention("b", 912, "2024-03-05")]
    assert _values(split_running_total(group)) == [[76], [912]]


def test_figures_without_a_shared_time_stay_apart():
    # unknown dates; one with a finer time and one without; one article carrying both figures; a denial
    assert _values(split_running_total([_mention("a", 76), _mention("b", 912)])) == [[76], [912]]
    group = [_mention("a", 76, "2024-03-05", "evening"), _mention("b", 912, "2024-03-05")]
    assert _values(split_running_total(group)) == [[76], [912]]
    group = [_mention("a", 76, "2024-03-05"), _mention("a", 912, "2024-03-05", start=50), _mention("b", 912, "2024-03-05")]
    assert _values(split_running_total(group)) == [[76], [912, 912]]
    group = [_mention("a", 76, "2024-03-05"), _mention("b", 912, "2024-03-05", modality="denied")]
    assert _values(split_running_total(group)) == [[76], [912]]


# -- the timeline ----------------------------------------------------------------------------
def _claim(cid: str, value: int, dates, articles, series="s") -> Claim:
    ev = [Evidence(a, "x", 0, 1, value=value, as_of=d) for a, d in zip(articles, dates)]
    return Claim(cid, cid, "quantity", "e", "death-count", "person", evidence=ev, headline_value=value, series=series)


def test_timeline_by_time_then_value_undated_last():
    claims = [
        _claim("t-912", 912, ["2024-03-06", "2024-03-07"], ["b", "c"]),
        _claim("t-76", 76, ["2024-03-05"], ["a"]),
        _claim("t-80", 80, ["2024-03-05"], ["d"]),
        _claim("t-2000", 2000, [None], ["e"]),
        _claim("t-1500", 1500, [None, None], ["f", "g"]),
        _claim("other", 5, ["2024-03-01"], ["h"], series=None),
    ]
    link_timelines(claims)
    line = claims[0].timeline
    assert [t.claim for t in line] == ["t-76", "t-80", "t-912", "t-1500", "t-2000"]
    assert line[2] == TimelineEntry("t-912", 912, "2024-03-06", 2)
    assert all(c.timeline == line for c in claims[:5]) and claims[5].timeline is None
    assert [t.value for t in timeline_of(c for c in claims[3:5])] == [1500, 2000]  # no date: by value


TOLL = """ارتفاع حصيلة الزلزال

وأعلنت وزارة الصحة مساء {day} أن حصيلة القتلى في زلزال الساحل بلغت {value} قتيلا."""


def _toll_article(aid: str, day: str, value: int, published: str) -> Article:
    return Article(aid, f"articles/{aid}.md", TOLL.format(day=day, value=value), "زلزال الساحل", source=f"وكالة {aid}",
                   published=published)


@pytest.fixture(scope="module")
def toll_report() -> Report:
    articles = [
        _toll_article("a1", "الأحد", 40, "2024-03-05"),
        _toll_article("a2", "الاثنين", 95, "2024-03-05"),
        _toll_article("a3", "الاثنين", 95, "2024-03-06"),
        _toll_article("a4", "أمس", 130, "2024-03-06"),
    ]
    return analyse(articles)


def test_claims_json_as_of_and_timeline(toll_report):
    doc = json.loads(json.dumps(report_dict(toll_report)))
    tolls = {c["id"]: c for c in doc["claims"] if c["attribute"] == "death-count"}
    assert len(tolls) == 3, sorted(tolls)
    for c in tolls.values():
        fields = ["id", "title", "kind", "event", "attribute", "unit", "status", "page_url", "evidence",
                  "summary", "sources", "headline_value", "verdict", "edited", "timeline"]
        assert list(c)[:len(fields)] == fields  # fields are only ever added after these
        assert c["status"] != "conflicting"
        assert [t["value"] for t in c["timeline"]] == [40, 95, 130]
    line = next(iter(tolls.values()))["timeline"]
    assert [t["as_of"] for t in line] == ["2024-03-03", "2024-03-04", "2024-03-05"]
    assert [t["sources"] for t in line] == [1, 2, 1]
    assert all(t["page_url"] == f"claims/{t['claim']}/" and t["claim"] in tolls for t in line)
    ev = tolls[line[1]["claim"]]["evidence"]
    assert sorted(e["as_of"] for e in ev) == ["2024-03-04", "2024-03-04"]
    assert "value_end" in ev[0] and list(ev[0]).index("as_of") > list(ev[0]).index("value_end")
    others = [c for c in doc["claims"] if c["attribute"] != "death-count"]
    assert all(c["timeline"] is None for c in others)


def test_csv_has_as_of_last(toll_report):
    rows = list(csv.DictReader(io.StringIO(report_csv(toll_report)[1:])))
    assert COLUMNS[-1] == "as_of" and tuple(rows[0]) == COLUMNS
    assert {r["as_of"] for r in rows if r["attribute"] == "death-count"} == {"2024-03-03", "2024-03-04", "2024-03-05"}


def test_claim_page_timeline_section(toll_report):
    site = Site(toll_report, Layout())
    line = next(c for c in toll_report.claims if c.timeline).timeline
    middle = line[1].claim
    page = next(p for p in site.pages() if p.kind == "claim" and p.key == middle)
    out = site.render(page)
    section = out.split('data-summit-timeline', 1)[1].split("</section>", 1)[0]
    assert "تطوّر الحصيلة (3 أرقام)" in section and "ليست خلافًا" in section
    items = section.split("<li")[1:]
    assert len(items) == 3
    assert [("aria-current" in i) for i in items] == [False, True, False]
    assert "summit-timeline-item--current" in items[1] and "(هذه الصفحة)" in items[1]
    for entry, item in zip(line, items):
        assert (f'href="../{entry.claim}/"' if entry.claim != middle else 'href="./"') in item
        assert f'datetime="{entry.as_of}"' in item
    assert "مصدران" in items[1] and "مصدر واحد" in items[0]
    # the section comes after the summary and before the excerpts
    assert out.index("data-summit-summary") < out.index("data-summit-timeline") < out.index("summit-evidence-group")


def test_no_timeline_section_for_other_claims_or_a_single_figure(toll_report):
    site = Site(toll_report, Layout())
    for claim in toll_report.claims:
        if claim.timeline is None:
            page = next(p for p in site.pages() if p.kind == "claim" and p.key == claim.id)
            assert "data-summit-timeline" not in site.render(page)
    single = analyse([_toll_article("a1", "الأحد", 40, "2024-03-05")])
    claim = next(c for c in single.claims if c.timeline)
    assert len(claim.timeline) == 1
    site = Site(single, Layout())
    page = next(p for p in site.pages() if p.kind == "claim" and p.key == claim.id)
    assert "data-summit-timeline" not in site.render(page)


def test_timeline_text_is_escaped():
    evil = '<script>alert(1)</script>'
    claims = [_claim("t-1", 1, ["2024-03-05"], ["a"]), _claim("t-2", 2, ["2024-03-06"], ["b"])]
    link_timelines(claims)
    claims[0].timeline = [TimelineEntry("t-1", 1, evil, 1), TimelineEntry("t-2", 2, "2024-03-06", 1)]
    articles = [Article(a, f"articles/{a}.md", "x", evil) for a in "ab"]
    site = Site(Report(articles, [], claims), Layout())
    out = site.render(next(p for p in site.pages() if p.key == "t-1"))
    assert "<script>alert" not in out and "&lt;script&gt;alert(1)&lt;/script&gt;" in out


def _more_than(article: str, value: int, start=0) -> Mention:
    q = Quantity(value, value, None, "person", "count", start, start + 2, f"أكثر من {value}", bound="more-than")
    return Mention(article, "quantity", start, start + 10, f"قتل أكثر من {value}", quantity=q, attribute="death-count")


def test_a_bound_joined_to_a_figure_lets_no_further_bound_in():
    # "1800" and "أكثر من 1800" are one bulletin; "أكثر من 2100" is a later one, not a disagreement with 1800
    group = [_mention("a", 1800, start=0), _more_than("a", 1800, start=50), _more_than("b", 2100)]
    assert _values(split_running_total(group)) == [[1800, 1800], [2100]]


def test_a_generic_count_bound_joins_its_verb_only_when_it_agrees():
    from mkdocs_summit_plugin.claims.figures import split_generic_count

    def count(article, value, bound="exact"):
        q = Quantity(value, value, None if bound != "exact" else value, "building", "count", 0, 2, str(value), bound=bound)
        return Mention(article, "quantity", 0, 10, f"انهار {value} مبنى", quantity=q, attribute="building-count-anhar")

    # "انهار حوالى 90 مبنى" in one province, "انهار أكثر من 2500 مبنى" in all: two figures, no conflict
    assert _values(split_generic_count([count("a", 90), count("b", 2500, "more-than")])) == [[90], [2500]]
