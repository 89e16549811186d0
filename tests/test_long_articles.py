"""Work grows linearly with an article's length, whatever its punctuation (counted, not timed).

An article with no full stop (a live transcript, a ticker, speech-to-text) used
to be one sentence, and every number in it read the whole of it: work grew with
the square of its length. Sentences are now of bounded length
(``text/sentences.py``) and each number reads a bounded window, so the work per
article, counted as Python function calls and as characters folded, doubles
when the text doubles. The benchmark ``python -m bench.long_articles`` gives
the times (10 KB to 1 MB).
"""
import sys

import pytest

from bench.long_articles import article_text
from mkdocs_summit_plugin.extraction import extract_mentions, warm_up
from mkdocs_summit_plugin.model import Article
from mkdocs_summit_plugin.text import normalise
from mkdocs_summit_plugin.text.sentences import (
    bounded_excerpt,
    bounded_spans,
    max_excerpt_words,
    max_sentence_words,
    split_clauses,
    split_sentences,
)

FOLDING = {normalise.fold.__code__, normalise.fold_text.__code__}


def work(text: str) -> tuple[int, int]:
    """(Python function calls, characters folded) to split and extract one article."""
    article = Article(id="w", path="articles/w.txt", text=text, title="عنوان")
    counts = [0, 0]

    def count(frame, event, arg):
        if event == "call":
            counts[0] += 1
            if frame.f_code in FOLDING:
                counts[1] += len(frame.f_locals["text"])

    warm_up()
    sys.setprofile(count)
    try:
        extract_mentions(article, split_sentences(article))
    finally:
        sys.setprofile(None)
    return counts[0], counts[1]


def unpunctuated(kind: str, times: int) -> str:
    """A title, then `times` copies of a 4 KB run of words with no punctuation (one line)."""
    body = article_text(kind, 4).split("\n\n", 1)[1].strip()
    return "عنوان\n\n" + " ".join([body] * times) + "\n"


@pytest.mark.parametrize("kind", ["numbers", "unpunctuated"])
def test_work_doubles_when_the_text_doubles(kind):
    # Before sentences were bounded, twice the text cost about four times the work.
    one, two, four = (work(unpunctuated(kind, n)) for n in (1, 2, 4))
    for measure in (0, 1):  # calls, folded characters
        assert two[measure] / one[measure] < 2 * 1.2, (kind, measure, one, two)
        assert four[measure] / one[measure] < 4 * 1.2, (kind, measure, one, four)


def article(text):
    return Article(id="t", path="a/t.txt", text=text, title="t")


def test_a_long_run_without_full_stops_is_cut_at_clause_boundaries():
    clause = "أكد المتحدث أن فرق الإنقاذ تواصل البحث في المنطقة الجبلية منذ الصباح الباكر دون توقف"
    text = "عنوان\n" + " وقال المسؤول إن ".join([clause] * 12) + "\n"
    sentences = split_sentences(article(text))
    assert len(sentences) > 2
    assert all(len(s.text.split()) <= max_sentence_words() for s in sentences)
    assert all(text[s.start:s.end] == s.text for s in sentences)
    # each cut falls before a reporting verb that opens a new statement
    assert all(s.text.startswith("وقال") for s in sentences[2:])


def test_cut_order_semicolon_before_comma_before_word():
    words = " ".join(["كلمة"] * 30)
    text = f"{words}، {words}؛ {words}"
    spans = bounded_spans(text, 0, len(text))
    assert [text[s:e][-1] for s, e in spans[:-1]] == ["؛"]  # the semicolon wins over the comma
    plain = " ".join(f"كلمة{i}" for i in range(150))
    spans = bounded_spans(plain, 0, len(plain))
    assert [len(plain[s:e].split()) for s, e in spans] == [60, 60, 30]  # failing any boundary, at 60 words


def test_a_sentence_within_the_bound_is_left_whole():
    text = "استمرت المحادثات في العاصمة نحو أربع ساعات، ثم عقد الرئيسان مؤتمرا صحفيا مشتركا."
    assert bounded_spans(text, 0, len(text)) == [(0, len(text))]
    (sentence,) = split_sentences(article(text))
    assert [c.text for c in split_clauses(sentence)] == ["استمرت المحادثات في العاصمة نحو أربع ساعات", "ثم عقد الرئيسان مؤتمرا صحفيا مشتركا."]


def test_an_excerpt_is_the_part_around_its_number():
    filler = " ".join(["تحدث السكان عن ليلة طويلة في الحي القديم"] * 6)
    text = f"{filler}، وانهار المبنى بعد 12 ساعة من بدء الحريق {filler}"
    at = text.index("12")
    s, e = bounded_excerpt(text, 0, len(text), at, at + 2, max_excerpt_words())
    excerpt = text[s:e]
    assert "وانهار المبنى بعد 12 ساعة" in excerpt
    assert excerpt.startswith("وانهار")  # the comma before it is the strongest boundary in reach
    assert len(excerpt.split()) <= max_excerpt_words()
    short = "وانهار المبنى بعد 12 ساعة"
    assert bounded_excerpt(short, 0, len(short), 18, 20, max_excerpt_words()) == (0, len(short))


def test_quantity_excerpts_of_an_unpunctuated_article_stay_short():
    text = article_text("numbers", 8)
    a = article(text)
    mentions = [m for m in extract_mentions(a, split_sentences(a)) if m.kind == "quantity"]
    assert mentions
    assert all(len(m.excerpt.split()) <= max_excerpt_words() for m in mentions)
    assert all(text[m.start:m.end] == m.excerpt for m in mentions)
