"""A count of nationals named by their demonym carries that nationality, so it stays apart from the total."""
from mkdocs_summit_plugin.mentions.quantity_mentions import find_quantity_mentions
from mkdocs_summit_plugin.model import Article
from mkdocs_summit_plugin.text.sentences import split_sentences


def _mentions(text):
    article = Article("t", "a/t.txt", text, "t")
    return {m.quantity.text: m for m in find_quantity_mentions(article, split_sentences(article), "event")}


def test_demonym_noun_is_the_qualifier():
    found = _mentions("ولقي 5 سعوديين مصرعهم في حادث السير")
    assert found["5 سعوديين"].attribute == "death-count"
    assert found["5 سعوديين"].qualifier == "سعوديون"


def test_accusative_demonym_and_plain_noun():
    found = _mentions("وأصيب في الحريق 30 شخصا بينهم 14 عربيا")
    assert found["14 عربيا"].qualifier == "عرب"
    assert found["30 شخصا"].qualifier is None
