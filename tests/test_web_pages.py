"""Saved web pages as articles (reading/web_pages.py) and publication dates read from the top of
an article's text (reading/dates.py): the main text without menus, related links or comments;
title, outlet, address and date from the page's metadata; offsets into the text as read;
hostile markup reduced to plain text; dates table-driven (tests/data/publication_dates.yaml)."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from mkdocs_summit_plugin import pipeline
from mkdocs_summit_plugin.assign.times import figure_time
from mkdocs_summit_plugin.reading.articles import PAGE_SIZE_FACTOR, read_articles
from mkdocs_summit_plugin.reading.dates import date_in_text
from mkdocs_summit_plugin.reading.web_pages import decode_html, read_page

from .conftest import ROOT, SAMPLE_ARTICLES

WEB = ROOT / "tests" / "data" / "web"
HOSTILE_PAGE = ROOT / "tests" / "data" / "hostile" / "hostile-page.html"
DATES = yaml.safe_load((ROOT / "tests" / "data" / "publication_dates.yaml").read_text(encoding="utf-8"))


def test_saved_pages_are_read_with_their_metadata():
    articles, problems = read_articles([WEB])
    assert problems == []
    by_id = {a.id: a for a in articles}
    talks = by_id["sahil-talks"]
    assert talks.title == "محادثات مدينة الساحل استمرت خمس ساعات"
    assert talks.source == "جريدة المثال"  # og:site_name
    assert talks.url == "https://news.example.org/2024/03/sahil-talks"
    assert talks.published == "2024-03-05"  # htmldate, from the page's metadata
    assert talks.guessed == ()
    assert "استمرت خمس ساعات" in talks.text
    for furniture in ("رياضة", "أخبار ذات صلة", "أمطار غزيرة", "تعليق قارئ", "جميع الحقوق", "قائمة لا تظهر"):
        assert furniture not in talks.text, furniture  # menus, related links, comments, footer, scripts
    summit = by_id["sahil-summit"]  # <title> and og:site_name, the date from its byline only
    assert summit.source == "وكالة النموذج" and summit.title.startswith("قمة الساحل")
    assert summit.published == "2024-03-05T18:15" and summit.guessed == ("published",)
    assert "شارك الخبر" not in summit.text and "اتصل بنا" not in summit.text


def test_a_folder_of_pages_and_text_files_builds_one_report(tmp_path):
    """The newsroom's folder: text files and saved pages side by side; no file vanishes."""
    folder = tmp_path / "articles"
    shutil.copytree(WEB, folder)
    shutil.copy(SAMPLE_ARTICLES / "000_e735d14120a04b7f.txt", folder)
    report = pipeline.build_report([folder])
    assert {a.id for a in report.articles} == {"sahil-talks", "sahil-summit", "000_e735d14120a04b7f"}
    texts = {a.id: a.text for a in report.articles}
    evidence = [e for c in report.claims for e in c.evidence]
    assert {e.article for e in evidence} >= {"sahil-talks", "sahil-summit"}
    for e in evidence:
        assert texts[e.article][e.start:e.end] == e.excerpt  # offsets point into the text as read
    durations = [c for c in report.claims if c.unit == "minute" and {e.article for e in c.evidence} >= {"sahil-talks", "sahil-summit"}]
    assert durations and durations[0].status == "conflicting"  # five hours against three


def test_hostile_page_yields_plain_text_only():
    html, notes = decode_html(HOSTILE_PAGE.read_bytes())
    page = read_page(html)
    assert page is not None and notes == []
    assert "أربع ساعات" in page.text and "عودة السفيرين" in page.text  # a link keeps its words
    everything = page.text + page.top + (page.title or "") + (page.source or "")
    assert "HIDDEN-" not in everything  # scripts, styles, frames, forms, objects, svg, hidden elements, comments
    assert "javascript" not in page.text.lower() and "onerror" not in page.text
    assert page.url is None  # a javascript: og:url is no address
    # text that the page itself shows as text (escaped in its HTML) stays text
    assert "<script>window.__pwned" in page.text


def test_a_page_without_main_text_is_skipped_with_a_message(tmp_path):
    (tmp_path / "menu.html").write_text("<html><body><nav><a href='/'>الرئيسية</a> <a href='/x'>أخبار</a></nav>"
                                        "<script>document.write('نص يظهر بالنصوص البرمجية فقط')</script></body></html>", encoding="utf-8")
    (tmp_path / "empty.htm").write_bytes(b"")
    articles, problems = read_articles([tmp_path])
    assert articles == []
    assert sorted((p.path, p.skipped) for p in problems) == [(f"{tmp_path.name}/empty.htm", True), (f"{tmp_path.name}/menu.html", True)]
    assert all("skipped" in p.message for p in problems)


def test_page_size_limit_is_larger_than_a_text_article(tmp_path):
    page = (WEB / "sahil-talks.html").read_text(encoding="utf-8")
    padding = "<script>/*" + "x" * 3000 + "*/</script>"
    (tmp_path / "big.html").write_text(page.replace("</head>", padding + "</head>"), encoding="utf-8")
    size = (tmp_path / "big.html").stat().st_size
    articles, problems = read_articles([tmp_path], max_bytes=size // (2 * PAGE_SIZE_FACTOR))
    assert articles == [] and "too large" in problems[0].message
    articles, problems = read_articles([tmp_path], max_bytes=size // PAGE_SIZE_FACTOR + 1)  # a .txt this size: too large
    assert [a.id for a in articles] == ["big"] and problems == []


@pytest.mark.parametrize("charset, body, noted", [
    ("windows-1256", "cp1256", False),  # declared and right
    ("utf-8", "utf-8", False),
    ("iso-8859-1", "utf-8", True),  # declared wrong: the bytes are UTF-8
    ("utf-8", "cp1256", True),  # declared wrong: recognised as Windows-1256
    (None, "cp1256", True),  # undeclared legacy encoding: recognised, with a note
])
def test_page_encodings(charset, body, noted):
    text = "قال المتحدث إن المحادثات استمرت ساعتين"
    data = f"<html><head>{f'<meta charset={charset}>' if charset else ''}</head><body><p>{text}</p></body></html>".encode(body)
    decoded, notes = decode_html(data)
    assert text in decoded
    assert bool(notes) == noted, notes


@pytest.mark.parametrize("row", DATES, ids=[r["text"][:30] for r in DATES])
def test_publication_date_in_text(row):
    assert date_in_text(row["text"]) == row["published"]


def test_date_in_text_is_the_articles_date_unless_front_matter_gives_one(tmp_path):
    body = "عنوان الخبر\nالسبت 9 سبتمبر 2023 - 08:30 م\nأعلنت الوزارة اليوم أن حصيلة القتلى بلغت 120 شخصا.\n"
    (tmp_path / "byline.txt").write_text(body, encoding="utf-8")
    (tmp_path / "front.md").write_text("---\npublished: 2023-09-10\n---\n" + body, encoding="utf-8")
    (tmp_path / "plain.txt").write_text("عنوان الخبر\nأعلنت الوزارة اليوم أن حصيلة القتلى بلغت 120 شخصا.\n", encoding="utf-8")
    by_id = {a.id: a for a in read_articles([tmp_path])[0]}
    assert by_id["byline"].published == "2023-09-09T20:30" and "published" in by_id["byline"].guessed
    assert by_id["front"].published == "2023-09-10" and "published" not in by_id["front"].guessed
    assert by_id["plain"].published is None
    # the running total's figure is as of that day (assign/times.py reads the ISO form)
    sentence = "أعلنت الوزارة اليوم أن حصيلة القتلى بلغت 120 شخصا."
    assert figure_time(sentence, sentence.index("120"), by_id["byline"].published) == ("2023-09-09", "20:30")
    report = pipeline.analyse([by_id["byline"]])
    as_of = {e.as_of for c in report.claims for e in c.evidence if e.value == 120}
    assert as_of == {"2023-09-09"}
