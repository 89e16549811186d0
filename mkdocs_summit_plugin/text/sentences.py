"""Stage 2b: cut an article into paragraphs, sentences and clauses, dropping page furniture.

Each line of an article is a paragraph (scraped news puts one paragraph per
line; blank lines separate them too). Lines that are navigation, share buttons,
comment forms or related-article blocks (see ``lexicon/boilerplate.yaml``) are
dropped. A short line with no closing punctuation is a heading: it is kept,
marked ``heading=True``, so later stages can decide what a headline is worth.

Sentences end at ``.``, ``!``, ``?``, ``؟`` or ``…`` followed by a space, a line
end or a closing quote, and at a full stop whose space was lost between two
words ("…النووية.وجاء"); a dot inside a number ("3.5"), an abbreviation
("أ.ف.ب") or inside a word ("القـ.ـضايا") does not end one. Clauses are sentence pieces between ``،``
``,`` ``؛`` ``;`` (not a comma between digits).
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..lexicon import load
from ..model import Article, Clause, Sentence
from .normalise import ARABIC_LETTERS, fold_for_match

_BULLET = re.compile(r"^[\s•●▪■◾◦‣∙·*\-–—]+")
_SENTENCE_END = re.compile(
    rf"(?<![0-9])(?:[.!?؟…]+)[\"'”»’)\]]*(?=\s|$)|(?<=[{ARABIC_LETTERS}])[!?؟]+(?=\S)"
    # a full stop with its space lost in copy ("…النووية.وجاء …"): two letters before it (a
    # closing quote may stand between) and two after; not an abbreviation ("أ.ف.ب")
    rf"|(?<=[{ARABIC_LETTERS}]{{2}})[\"'”»’]?\.(?=[{ARABIC_LETTERS}]{{2}})"
)
_CLAUSE_CUT = re.compile(r"[،؛;]|,(?![0-9])")
_CLOSING = ".!?؟…:\"'”»’)]"
HEADING_MAX_WORDS = 12


@lru_cache(maxsize=1)
def _boilerplate() -> tuple[frozenset[str], tuple[str, ...]]:
    table = load("boilerplate")
    lines = frozenset(fold_for_match(x) for x in table.get("lines", []))
    prefixes = tuple(fold_for_match(x) for x in table.get("prefixes", []))
    return lines, prefixes


def is_boilerplate(line: str) -> bool:
    """True for page furniture: navigation, share and comment widgets, related links."""
    key = fold_for_match(line)
    if not key:
        return True
    lines, prefixes = _boilerplate()
    return key in lines or key.startswith(prefixes)


def is_heading(line: str) -> bool:
    """A short line that does not end like a sentence: a title, subtitle or caption."""
    stripped = line.strip()
    return len(stripped.split()) <= HEADING_MAX_WORDS and not stripped.endswith(tuple(_CLOSING))


def split_sentences(article: Article) -> list[Sentence]:
    """The article's sentences, in order, with spans into ``article.text``."""
    sentences: list[Sentence] = []
    offset = 0
    paragraph = 0
    for line in article.text.split("\n"):
        start_of_line = offset
        offset += len(line) + 1
        if not line.strip() or is_boilerplate(line):
            continue
        bullet = _BULLET.match(line)
        begin = bullet.end() if bullet else 0
        heading = is_heading(line)
        for s, e in _sentence_spans(line, begin):
            text = line[s:e]
            if not text.strip() or is_boilerplate(text):
                continue
            sentences.append(Sentence(article.id, start_of_line + s, start_of_line + e, text, paragraph, heading))
        paragraph += 1
    return sentences


def _sentence_spans(line: str, begin: int) -> list[tuple[int, int]]:
    spans = []
    start = begin
    for m in _SENTENCE_END.finditer(line, begin):
        end = m.end()
        spans.append(_trim(line, start, end))
        start = end
    if start < len(line):
        spans.append(_trim(line, start, len(line)))
    return [s for s in spans if s[1] > s[0]]


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def split_clauses(sentence: Sentence) -> list[Clause]:
    """The sentence's clauses (pieces between Arabic or Latin commas and semicolons)."""
    clauses = []
    start = 0
    text = sentence.text
    for m in _CLAUSE_CUT.finditer(text):
        clauses.append((start, m.start()))
        start = m.end()
    clauses.append((start, len(text)))
    out = []
    for s, e in clauses:
        s, e = _trim(text, s, e)
        if e > s:
            out.append(Clause(sentence, sentence.start + s, sentence.start + e, text[s:e]))
    return out
