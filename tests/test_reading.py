import codecs
import os

import pytest

from mkdocs_summit_plugin.reading.articles import (
    ArticlesNotFound,
    guess_source,
    guess_title,
    read_articles,
)
from mkdocs_summit_plugin.reading.decoding import decode
from mkdocs_summit_plugin.reading.front_matter import split_front_matter


def write(path, data):
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    path.write_bytes(data)
    return path


def test_front_matter_gives_metadata_and_offsets_point_after_it(tmp_path):
    write(tmp_path / "a" / "x.md", "---\ntitle: عنوان\nsource: رويترز\npublished: 2021-06-16\n---\nنص المقال.\n")
    articles, problems = read_articles([tmp_path / "a"])
    (article,) = articles
    assert problems == []
    assert (article.id, article.title, article.source, article.published) == ("x", "عنوان", "رويترز", "2021-06-16")
    assert article.text == "نص المقال.\n"
    assert article.guessed == ()
    assert article.path == "a/x.md"


def test_title_is_first_real_line_and_source_from_trailing_line(tmp_path):
    write(tmp_path / "a" / "y.txt", "أخبار\n\nقمة في جنيف\n\nنص.\nالمصدر: وكالات\n")
    (article,), _ = read_articles([tmp_path / "a"])
    assert article.title == "قمة في جنيف"
    assert article.source == "وكالات"
    assert set(article.guessed) == {"title", "source"}


def test_guessers():
    assert guess_title("\n\n  سطر أول  \nثان") == "سطر أول"
    # a page excerpt stored without its headline opens with a paragraph: its first sentence, cut short
    lead = "وصل الوفد صباح اليوم إلى العاصمة " + "بعد رحلة طويلة " * 3 + "واستقبله الوزير."
    assert guess_title(lead + " " + "ثم عقد الجانبان اجتماعا مطولا في مقر الوزارة. " * 4) == lead
    long_sentence = " ".join(["كلمة"] * 50)
    assert guess_title(long_sentence) == " ".join(["كلمة"] * 30) + "…"
    assert guess_source("نص\nالمصدر: نداء سوريا\n") == "نداء سوريا"
    assert guess_source("لا مصدر هنا") is None


def test_bad_front_matter_is_reported_and_ignored():
    meta, body, notes = split_front_matter("---\n[unclosed\n---\nنص")
    assert meta == {} and body == "نص" and "not valid YAML" in notes[0]
    meta, body, notes = split_front_matter("---\n- a\n- b\n---\nنص")
    assert meta == {} and "not a mapping" in notes[0]
    meta, body, notes = split_front_matter("---\ntitle: [1, 2]\nsource: وكالات\n---\nنص")
    assert meta == {"source": "وكالات"} and "'title' should be text" in notes[0]


def test_decoding_boms_and_invalid_utf8():
    assert decode(codecs.BOM_UTF8 + "نص".encode())[0] == "نص"
    assert decode("نص".encode("utf-16"))[0] == "نص"
    text, notes = decode(b"\xd9\x86\xff\xd8\xb5")
    assert "\ufffd" in text and "1 undecodable" in notes[0]


def test_crlf_becomes_newline(tmp_path):
    write(tmp_path / "a" / "w.txt", "سطر\r\nسطر ثان\r\n")
    (article,), _ = read_articles([tmp_path / "a"])
    assert article.text == "سطر\nسطر ثان\n"


def test_bad_files_are_skipped_with_a_reason_and_nothing_vanishes(tmp_path):
    root = tmp_path / "a"
    write(root / "empty.txt", "")
    write(root / "blank.txt", "  \n\t\n")
    write(root / "bin.txt", b"\x00\x01\x02binary")
    write(root / "dup.txt", "نص أول")
    write(root / "dup.md", "نص ثان")
    write(root / "good.txt", "نص جيد")
    write(root / "notes.csv", "ignored, not an article")
    articles, problems = read_articles([root])
    assert [a.id for a in articles] == ["dup", "good"]
    reasons = {p.path: p.message for p in problems}
    assert "empty" in reasons["a/empty.txt"] and "empty" in reasons["a/blank.txt"]
    assert "binary" in reasons["a/bin.txt"]
    assert "duplicate article id 'dup'" in reasons["a/dup.txt"]
    assert articles[0].path == "a/dup.md"


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symlinks")
def test_symlink_outside_the_folder_is_refused(tmp_path):
    secret = write(tmp_path / "secret.txt", "سر")
    root = tmp_path / "a"
    write(root / "ok.txt", "نص")
    (root / "link.txt").symlink_to(secret)
    articles, problems = read_articles([root])
    assert [a.id for a in articles] == ["ok"]
    assert "outside the articles folder" in problems[0].message


def test_missing_folder_is_a_clear_error(tmp_path):
    with pytest.raises(ArticlesNotFound, match="no such file or folder"):
        read_articles([tmp_path / "nope"])


def test_front_matter_with_an_unquoted_colon_is_read_line_by_line():
    meta, body, notes = split_front_matter("---\ntitle: بايدن لبوتين: 16 قطاعا\nsource: الحرة\npublished: 2021-06-16\n---\nنص")
    assert meta == {"title": "بايدن لبوتين: 16 قطاعا", "source": "الحرة", "published": "2021-06-16"}
    assert body == "نص" and "read line by line" in notes[0]
    # anything else that is not YAML is still ignored
    meta, body, notes = split_front_matter("---\ntitle: a: b\nfoo bar\n---\nنص")
    assert meta == {} and "ignored" in notes[0]
