"""Stage 2b: cut an article into paragraphs, sentences and clauses, dropping page furniture.

Each line of an article is a paragraph (scraped news puts one paragraph per
line; blank lines separate them too), except in a hard-wrapped text (wire copy
sent by e-mail, a fixed-width page: most lines cut mid-sentence at about one
length), whose lines cut mid-sentence are joined with the lines that continue
them (:func:`is_hard_wrapped`). Lines that are navigation, share buttons,
comment forms or related-article blocks (see ``lexicon/boilerplate.yaml``) are
dropped. A short line with no closing punctuation is a heading: it is kept,
marked ``heading=True``, so later stages can decide what a headline is worth;
it is one sentence, whatever dots stand between its parts ("بينهم 12 عربيا..
قائمة الضحايا": what the first part counts, the second says).

Sentences end at ``.``, ``!``, ``?``, ``؟`` or ``…`` followed by a space, a line
end or a closing quote, and at a full stop whose space was lost between two
words ("…النووية.وجاء"), or dots or an ellipsis written between two words
("…القرار..وسيوجه"), and after a number before the next sentence's word ("عام 1953. وقال"); a
dot inside a number ("3.5"), after a list item's number ("1. "), an abbreviation
("أ.ف.ب") or inside a word ("القـ.ـضايا") does not end one. Clauses are sentence pieces between ``،``
``,`` ``؛`` ``;`` (not a comma between digits).

Sentences are of bounded length, whatever the punctuation. A line break always
ends one (each line is a paragraph); a run of more than ``max_words`` words
with no sentence end (a live transcript, a news ticker, speech-to-text,
careless copy) is cut into pieces of at most ``max_words`` words
(``lexicon/sentences.yaml``), each cut at the strongest boundary the piece
offers, as late as it may be: a semicolon, then a reporting verb that opens a
new statement ("وقال"، "وأضاف"), then a closing quotation mark, then a comma,
then a word that opens a clause ("ثم"، "فيما"، "بينما"), a particle before a
verb ("وقد"، "ولم"، "وكان") or an opening quotation mark, failing all of them
a word boundary (:func:`bounded_spans`). Offsets stay exact, so every later
stage reads a bounded sentence and its work per article grows with the
article's length, not its square.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..lexicon import load
from ..model import Article, Clause, Sentence
from .normalise import ARABIC_LETTERS, fold_for_match

_BULLET = re.compile(r"^[\s•●▪■◾◦‣∙·*\-–—◄►▶◀◆◇♦❖➤➢]+")
# a list item's mark at the start of a line: a bullet, a dash or a number with its dot or bracket
# (a number's mark needs a space after it: "3.5 مليار" opens no list item)
_LIST_MARK = re.compile(r"^\s*(?:[•●▪■◾◦‣∙·*\-–—◄►▶◀◆◇♦❖➤➢]\s*|\d{1,2}\s?[.)\-]\s+)\S")
_SENTENCE_END = re.compile(
    rf"(?<![0-9])(?:[.!?؟…]+)[\"'”»’)\]]*(?=\s|$)|(?<=[{ARABIC_LETTERS}])[!?؟]+(?=\S)"
    # a full stop after a number, before a word that opens the next sentence ("عام 1953. وقال")
    rf"|(?<=[0-9])\.(?=\s+[{ARABIC_LETTERS}])"
    # a full stop with its space lost in copy ("…النووية.وجاء …"), or a run of dots or an
    # ellipsis written between two words ("…القرار..وسيوجه …"): two letters before it (a closing
    # quote may stand between) and two after; not an abbreviation ("أ.ف.ب")
    rf"|(?<=[{ARABIC_LETTERS}]{{2}})[\"'”»’]?(?:\.{{1,4}}|…)(?=[{ARABIC_LETTERS}]{{2}})"
)
_CLAUSE_CUT = re.compile(r"[؛;]|(?<![0-9])،|،(?![0-9])|,(?![0-9])")  # "5،9": a comma between digits is a number's
_CLOSING = ".!?؟…:\"'”»’)]"
HEADING_MAX_WORDS = 12


@lru_cache(maxsize=1)
def _boilerplate() -> tuple[frozenset[str], tuple[str, ...], tuple[str, ...]]:
    table = load("boilerplate")
    lines = frozenset(fold_for_match(x) for x in table.get("lines", []))
    prefixes = tuple(fold_for_match(x) for x in table.get("prefixes", []))
    suffixes = tuple(fold_for_match(x) for x in table.get("suffixes", []))
    return lines, prefixes, suffixes


def is_boilerplate(line: str) -> bool:
    """True for page furniture: navigation, share and comment widgets, related links, a byline's
    reading time."""
    key = fold_for_match(line)
    if not key:
        return True
    lines, prefixes, suffixes = _boilerplate()
    return key in lines or key.startswith(prefixes) or key.endswith(suffixes)


def _after_widgets(line: str, begin: int) -> int:
    """Where the line's text begins past the reader's widget labels that open it ("الخط :"،
    "استمع للمقال": boilerplate ``leading``), each with the punctuation after it."""
    labels = _widget_labels()
    while True:
        words = list(_WIDGET_WORD.finditer(line, begin))[:3]
        for n in range(len(words), 0, -1):
            if fold_for_match(" ".join(w.group() for w in words[:n])) in labels:
                gap = _WIDGET_GAP.match(line, words[n - 1].end())
                if n == 1 and not gap.group().strip():
                    continue  # one word with no mark after it may be the text's own ("الخط العربي …")
                begin = gap.end()
                break
        else:
            return begin


_WIDGET_WORD = re.compile(r"[^\s:：|\-–]+")
_WIDGET_GAP = re.compile(r"[\s:：|\-–]*")


@lru_cache(maxsize=1)
def _widget_labels() -> frozenset[str]:
    return frozenset(fold_for_match(x) for x in load("boilerplate").get("leading", []))


def is_heading(line: str) -> bool:
    """A short line that does not end like a sentence: a title, subtitle or caption."""
    stripped = line.strip()
    return len(stripped.split()) <= HEADING_MAX_WORDS and not stripped.endswith(tuple(_CLOSING))


@dataclass(frozen=True)
class _Bounds:
    max_words: int
    min_words: int
    excerpt_max_words: int
    excerpt_min_words: int
    openers: frozenset[str]  # reporting verbs that open a statement after و/ف, folded
    clause_openers: tuple[tuple[str, ...], ...]  # words (and two-word phrases) that open a clause, folded
    particles: frozenset[str]  # particles before a verb, after و/ف, folded


@lru_cache(maxsize=1)
def _bounds() -> _Bounds:
    """The length bound and the cut words of ``lexicon/sentences.yaml``, folded."""
    table = load("sentences")
    return _Bounds(
        max_words=int(table["max_words"]),
        min_words=int(table["min_words"]),
        excerpt_max_words=int(table["excerpt_max_words"]),
        excerpt_min_words=int(table["excerpt_min_words"]),
        openers=frozenset(fold_for_match(w) for w in table.get("statement_openers", ())),
        clause_openers=tuple(tuple(fold_for_match(w).split()) for w in table.get("clause_openers", ())),
        particles=frozenset(fold_for_match(w) for w in table.get("verb_particles", ())),
    )


def max_sentence_words() -> int:
    """The longest sentence :func:`split_sentences` returns, in words."""
    return _bounds().max_words


def max_excerpt_words() -> int:
    """The longest quantity excerpt shown on a claim page, in words (:func:`bounded_excerpt`)."""
    return _bounds().excerpt_max_words


def min_excerpt_words() -> int:
    """The fewest words a quantity excerpt shows alone; a shorter one takes in the clause before it."""
    return _bounds().excerpt_min_words


def split_sentences(article: Article) -> list[Sentence]:
    """The article's sentences, in order, with spans into ``article.text``."""
    sentences: list[Sentence] = []
    paragraph = 0
    for start_of_line, line in _paragraph_lines(article.text):
        if not line.strip() or is_boilerplate(line):
            continue
        bullet = _BULLET.match(line)
        begin = _after_widgets(line, bullet.end() if bullet else 0)
        heading = is_heading(line)
        # a title's parts ("بينهم 12 عربيا.. قائمة الضحايا") are one thought: a heading is one sentence
        spans = [_trim(line, begin, len(line))] if heading else _sentence_spans(line, begin)
        for s, e in spans:
            text = line[s:e]
            if not text.strip() or is_boilerplate(text):
                continue
            sentences.append(Sentence(article.id, start_of_line + s, start_of_line + e, text, paragraph, heading))
        paragraph += 1
    return sentences


WRAP_MIN_WORDS = 6  # a wrapped line holds at least this many words
WRAP_MIN_LINES = 3  # an article is hard-wrapped when at least this many lines are cut mid-sentence,
WRAP_SHARE = 0.4  # making this share of its lines of WRAP_MIN_WORDS words or more,
WRAP_SPREAD = 0.25  # and most of them (WRAP_SIMILAR) are within this share of their median length
WRAP_SIMILAR = 0.75
# or the lines are cut at a width of at most WRAP_MAX_WIDTH characters that no line of the body
# passes, most of the cut lines (WRAP_SIMILAR) filling at least WRAP_MIN_FILL of it (a page laid
# out in two widths, its lines of about 50 and about 80 characters)
WRAP_MAX_WIDTH = 100
WRAP_MIN_FILL = 0.55


def _paragraph_lines(text: str) -> list[tuple[int, str]]:
    """(offset, text) of each line of `text`; in a hard-wrapped article (:func:`is_hard_wrapped`:
    an e-mail, a wire feed or a text copied from a fixed-width page, cut every 60 or 70
    characters), a line cut mid-sentence is joined with the lines that continue it, the line
    breaks kept as spaces, so that a sentence is not cut at the wrap."""
    lines, offset = [], 0
    for line in text.split("\n"):
        lines.append((offset, line))
        offset += len(line) + 1
    if not is_hard_wrapped([line for _, line in lines]):
        return lines
    spans: list[list[int]] = []  # [start, end] of each paragraph, sliced once at the end
    joined = False
    for start, line in lines:
        item = is_list_item(line)
        if joined and line.strip() and not item:
            spans[-1][1] = start + len(line)
        else:
            spans.append([start, start + len(line)])
        joined = _cut_mid_sentence(line) and not item
    return [(a, text[a:b]) for a, b in spans]


def _cut_mid_sentence(line: str) -> bool:
    """A line of some length that stops without closing punctuation."""
    stripped = line.strip()
    return len(stripped.split()) >= WRAP_MIN_WORDS and not stripped.endswith(tuple(_CLOSING + "،,؛;"))


def is_list_item(line: str) -> bool:
    """A line that opens with a list mark ("◄ …"، "- …"، "2) …"): a point of its own, as a list of
    a statement's points or a page's bullet summary is written, never the wrapped rest of the line
    before it, however that line ends."""
    return _LIST_MARK.match(line) is not None


def is_hard_wrapped(lines: list[str]) -> bool:
    """Whether an article's lines were cut at a fixed width (see :func:`_paragraph_lines`):
    many lines stop mid-sentence right before another line that is no list item, and they are of
    about one length, or fill most of a width no line passes (:func:`_cut_at_one_width`)."""
    long_lines = [line for line in lines if len(line.split()) >= WRAP_MIN_WORDS]
    items = [is_list_item(line) for line in lines]
    cut = [len(a.strip()) for k, (a, b) in enumerate(zip(lines, lines[1:]))
           if b.strip() and _cut_mid_sentence(a) and not items[k] and not items[k + 1]]
    if len(cut) < WRAP_MIN_LINES or len(cut) < WRAP_SHARE * len(long_lines):
        return False
    median = sorted(cut)[len(cut) // 2]
    similar = sum(abs(n - median) <= WRAP_SPREAD * median for n in cut)
    return similar >= WRAP_SIMILAR * len(cut) or _cut_at_one_width(lines, cut)


def _cut_at_one_width(lines: list[str], cut: list[int]) -> bool:
    """Whether the cut lines (their lengths, `cut`) fill most of one width of at most
    WRAP_MAX_WIDTH characters that no line after the first (a headline) passes."""
    width = max(cut)
    if width > WRAP_MAX_WIDTH or any(len(line.strip()) > width for line in lines[1:]):
        return False
    return sum(n >= WRAP_MIN_FILL * width for n in cut) >= WRAP_SIMILAR * len(cut)


def _sentence_spans(line: str, begin: int) -> list[tuple[int, int]]:
    spans = []
    start = begin
    for m in _SENTENCE_END.finditer(line, begin):
        if m.group()[:1] == "." and line[m.start() - 1:m.start()].isdigit() and not line[start:m.start()].strip(" 0123456789"):
            continue  # "1. …": a list item's number, no sentence
        if m.group()[:1] in "?؟" and _SHORT_ANSWER.match(line, m.end()):
            continue  # "هل نريدها؟ بالطبع لا.": a question and its short answer say one thing
        end = m.end()
        spans.append(_trim(line, start, end))
        start = end
    if start < len(line):
        spans.append(_trim(line, start, len(line)))
    return [b for s in spans if s[1] > s[0] for b in bounded_spans(line, *s)]


_WORD = re.compile(r"\S+")
# A short answer right after a question mark ("هل نقبل بهذا؟ بالطبع لا، …"): the question goes on into it.
_SHORT_ANSWER = re.compile(
    r"\s*(?:نعم|لا|كلا|بالطبع|بالتأكيد|بالتاكيد|طبعا|طبعًا|قطعا|قطعًا|أبدا|أبدًا)(?:\s+(?:لا|نعم))?\s*[.،,!؟…]")
_OPENING_QUOTES = "«“\""
_CLOSING_QUOTES = "»”\""
# Cut strengths, strongest first (see the module docstring).
_SEMICOLON, _STATEMENT, _QUOTE_CLOSED, _COMMA, _CLAUSE, _CONJUNCTION, _WORD_BOUNDARY = 7, 6, 5, 4, 3, 2, 1


def bounded_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """``text[start:end]`` (one sentence) as spans of at most ``max_words`` words each.

    A sentence within the bound is returned whole. A longer one is cut greedily:
    each piece ends at the strongest boundary among its last possible words
    (between ``min_words`` and ``max_words`` words in, leaving ``min_words`` for
    the rest), the latest of them on a tie. Linear in the sentence's length.
    """
    bounds = _bounds()
    if end - start <= 2 * bounds.max_words or len(text[start:end].split()) <= bounds.max_words:
        return [(start, end)]
    words = [(m.start(), m.end()) for m in _WORD.finditer(text, start, end)]
    folded = [fold_for_match(text[s:e]) for s, e in words]
    strength = [0] + [_cut_strength(text, words, folded, k) for k in range(1, len(words))]
    n, top, low = len(words), bounds.max_words, bounds.min_words
    spans = []
    i = 0
    while n - i > top:
        candidates = range(i + low, max(i + low, min(i + top, n - low)) + 1)
        cut = max(candidates, key=lambda k: (strength[k], k))
        spans.append((words[i][0], words[cut - 1][1]))
        i = cut
    spans.append((words[i][0], words[-1][1]))
    return spans


def _cut_strength(text: str, words: list[tuple[int, int]], folded: list[str], k: int) -> int:
    """How good a place to end a sentence is the boundary before word `k` (see the module docstring)."""
    bounds = _bounds()
    before = text[words[k - 1][0] : words[k - 1][1]]
    word = text[words[k][0] : words[k][1]]
    cur = folded[k]
    bare = cur[1:] if cur[:1] in ("و", "ف") else ""
    if before.endswith(("؛", ";")):
        return _SEMICOLON
    if bare in bounds.openers:
        return _STATEMENT
    if before.endswith(tuple(_CLOSING_QUOTES)) and not before.startswith(tuple(_OPENING_QUOTES)):
        return _QUOTE_CLOSED
    if before.endswith("،") or (before.endswith(",") and not before[-2:-1].isdigit()):
        return _COMMA
    if bare in bounds.particles or _FUTURE_VERB.match(cur) or _opens_clause(folded, k):
        return _CLAUSE
    if word.startswith(tuple(_OPENING_QUOTES)) and not before.endswith(":"):
        return _CLAUSE
    if len(bare) > 2:
        return _CONJUNCTION  # before a word with the conjunction و/ف ("وخرجنا"): better than inside a phrase
    return _WORD_BOUNDARY


def bounded_excerpt(text: str, start: int, end: int, inner_start: int, inner_end: int, max_words: int) -> tuple[int, int]:
    """The span of at most `max_words` words of ``text[start:end]`` that holds ``text[inner_start:inner_end]``
    (a number's words), cut at the strongest boundaries around it (see the module docstring).

    A span within the bound is returned as it is. Otherwise the excerpt keeps
    up to half the room before the inner words (more when little follows them)
    and starts at the strongest boundary there, the earliest on a tie (more of
    what is said of the number); it ends at the strongest boundary after them
    that the bound allows, the latest on a tie. The ends of the span count as
    the strongest boundaries. Linear in the span's length.
    """
    if end - start <= 2 * max_words or len(text[start:end].split()) <= max_words:
        return start, end
    words = [(m.start(), m.end()) for m in _WORD.finditer(text, start, end)]
    n = len(words)
    i = next((k for k, (_, e) in enumerate(words) if e > inner_start), n - 1)
    j = next((k for k in range(n - 1, -1, -1) if words[k][0] < inner_end), i) + 1
    if j - i >= max_words:
        return words[i][0], words[j - 1][1]
    folded = [fold_for_match(text[s:e]) for s, e in words]
    strongest = _SEMICOLON + 1
    room = max_words - (j - i)
    reach = room // 2 + max(0, room - room // 2 - (n - j))
    left = max(range(max(0, i - reach), i + 1), key=lambda k: (strongest if k == 0 else _cut_strength(text, words, folded, k), -k))
    right = max(range(j, min(n, left + max_words) + 1), key=lambda k: (strongest if k == n else _cut_strength(text, words, folded, k), k))
    return words[left][0], words[right - 1][1]


_FUTURE_VERB = re.compile(r"[وف]س[يتن]\w{2,}$")  # "وسيبحث"، "وستعقد": a verb in the future after و/ف


def _opens_clause(folded: list[str], k: int) -> bool:
    """Do the words from `k` on start with a clause opener of the lexicon ("ثم"، "في حين")?"""
    first = folded[k]
    bare = first[1:] if first[:1] in ("و", "ف") else first
    for phrase in _bounds().clause_openers:
        head = phrase[0]
        if head in (first, bare) or (len(phrase) == 1 and bare.startswith(head) and bare[len(head):] in _PRONOUNS):
            if tuple(folded[k + 1 : k + len(phrase)]) == phrase[1:]:
                return True
    return False


_PRONOUNS = frozenset(("ه", "ها", "هم", "هما", "هن", "نا", "ني", "ك", "كم"))  # "لكننا"، "لكنه"


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def split_clauses(sentence: Sentence) -> list[Clause]:
    """The sentence's clauses (pieces between Arabic or Latin commas and semicolons).

    Kept for the last few thousand sentences (the quantity, statement and frame steps each
    split every sentence of the article); a new list each time, of the same frozen clauses."""
    return list(_clauses_of(sentence))


@lru_cache(maxsize=4096)
def _clauses_of(sentence: Sentence) -> tuple[Clause, ...]:
    """:func:`split_clauses`, computed (a Sentence is frozen: equal sentences, equal clauses)."""
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
    return tuple(out)
