"""Pieces of a sentence that may each be a statement, and the lines that are no sentences.

Each non-heading sentence (``sentences.split_sentences``; page furniture is
already gone) is cut into clauses (``sentences.split_clauses``: ``،`` ``,``
``؛`` ``;``), then refined here (:func:`pieces`):

* a clause is cut again before words that open a new proposition inside it
  ("فيما", "بينما", "في حين", "لكن", …: ``clause_splitters`` in the lexicon);
* a clause that opens with a lead and goes on, with no comma, to a verb of saying ("من جهته
  قال الوزير إن …") is cut before the verb (``_lead_then_verb``);
* a participle of saying right after a closing quotation mark ("«…» مشيرا إلى أن …") opens
  another statement of the same speaker, and a و/ف there that opens a clause with a verb of
  saying ("«…» وقبيل القمة قال الرئيس …") a new sentence (:func:`_saying_after_quotation`);
* a lead stops at a comma followed by a cause ("بعد الكارثة التي حلت بالمدينة، جراء
  انهيار سدين، …": ``cause_openers``): the cause is joined like a lead but read as content;
  when the clause after it opens a clause of its own ("، حيث جرفت المياه …"), the lead and
  its cause are a statement by themselves (:func:`_opens_own_clause`);
* a clause that is only an attribution or a setting ("وقال بوتين"، "في مؤتمر
  صحفي"، "مساء الأربعاء") or a topic lead ("وفي مسألة عودة السفراء"،
  "وحول العقوبات") is joined to the clause after it, so the excerpt carries
  who spoke and what about;
* the answer to a condition or a concession opened before the comma ("مهما كانت الظروف،
  فهذه ساعة عمل": ``condition_openers``, :func:`_answers_condition`) is part of it;
* what a noun includes, set off by commas ("، منها أزمات كذا وكذا،"), is part of the clause
  before, and the clause after it goes on with that sentence unless it opens one of its own;
* a fragment that only continues the clause before it ("وإنما …"، "بما في ذلك
  …"، "وفي مقدمتها …"، "لا شيء"، "مقابل …"، "بمعنى …", a purpose: "؛ لتجنب …"، :func:`_says_purpose`;
  a named person added between commas: "، وزعيم المعارضة فلان،"، :func:`_coordinated_name`), a complement cut from its verb by a comma
  ("نفى المكتب، أن تكون …") are joined to it, also across a name and an adjunct
  set off by commas in between ("واستبعد الرئيس …، فلان، قبيل القمة، أن …":
  :func:`_verb_piece_before`), and so is a clause opening with "عن" after a verb whose content
  follows it ("أعلنت الهيئة، اليوم، عن انتهاء البحث": ``an_verbs``);
* a source set off by commas after what it sources ("…، وفقا للتقارير الرسمية" at the
  end of a sentence or before a dependent "مما …") is part of the clause before;
* a speaker's name set off by commas between the title and the complement
  ("وقال وزير الصحة، فلان الفلاني، إن …") is part of the attribution, and so is one between
  a "كان" subject and its "قد" predicate ("كان المتحدث، فلان، قد نفى …": the predicate
  continues the clause before, :func:`_refers_back`), as is a clause pointing back with
  "إياها" ("…: «…»، مرددا إياها");
* a short clause without a verb set off by commas right after a noun, opening with a
  preposition of description or "وهو/وهي" and a prepositional or nominal phrase, describes the
  noun ("وانطلقت السفينة، من الحجم المتوسط، نحو الميناء"، "ووصل القطار، وهو من الجيل الجديد،
  إلى المحطة"، "العلاقات بين البلدين، أكبر شريكين تجاريين في المنطقة، بالتوتر"): it is joined to the clause before, and the clause after it goes on with that
  sentence unless it opens a clause of its own (a conjunction, a lead, a verb of saying:
  :func:`_apposition`, :func:`_goes_on_after_apposition`); between a speaker and "إن" it is part
  of the attribution;
* a quoted statement that bundles a second proposition with "وقد/ولقد" and a verb ("«ندعو إلى
  الصبر على الظروف وقد عشنا أياما أصعب»") is cut before "وقد" when both sides are full clauses
  inside the one quotation (:func:`_quoted_qad_cuts`); the second piece keeps the sentence's
  speaker. In the reporter's own prose "وقد" often opens a circumstance ("وصل الوفد وقد
  استقبله الوزير") and is not cut;
* inside a quotation, the clause after a relative set off by commas goes on with the
  sentence the relative interrupted ("«الأحياء، التي صارت منكوبة، ثلثها مهدم»":
  :func:`_goes_on_after_relative`); a short quoted phrase of the reporter's sentence is not
  cut at its "، و", nor is a quoted sentence of a dozen words or fewer (:func:`_join_short_quotations`).

A short quotation is read as one sentence across a fragment of it: a quoted phrase of a few words
before dots or an ellipsis, or an interjection before a full stop («أهلا بك.. هذا مصنعنا»:
:func:`quoted_sentences`, applied to an article's sentences before its pieces are cut).

Headings and captions (``Sentence.heading``) never become statements, except
an unpunctuated body line that reports in the past tense ("بايدن حذر بوتين من
…": headlines report in the present), as breaking-news flashes are written
(:func:`is_heading_line`), and a title that quotes its speaker ("الوزير: لا نقص في
الأدوية": ``attribution.headline_colon``, read by ``analysis.find_statements``). Where quotations open and close is read once per
article (:func:`quote_depth`).
"""
from __future__ import annotations

import re
from itertools import islice
from dataclasses import dataclass, field
from typing import Sequence

from ...assign.times import day_words
from ...model import Article, Sentence
from ...text.normalise import fold
from ...text.sentences import split_clauses
from ...text.stemming import bare, stem, strip_article
from ...text.tokens import Tok, span_tokens, tokens, words
from .lexicon import is_complementizer, is_stop, lexicon, starts_with
from .facts import is_future
from .names import MAX_NAME, PERSON, head_words, name_word, read_role
from .reporting import is_reporting, is_saying_participle, reports_in_past, says_back
from .terms import content_tokens
from ..quantities.words import unconj

QUOTE_OPEN = "“«"
QUOTE_CLOSE = "”»"
_DATELINE = re.compile(r"[^\W\d_]+(?:[ \t]+[^\W\d_]+){0,2}[ \t]*(?:\([^()\n]{1,30}\))?[ \t]*[-–—][ \t]+")
_CLOCK = re.compile(r"(?:[-–—•*][ \t]*)?\d{1,2}:\d{2}[ \t]+")
_SETTING_PREPS = frozenset(("في", "خلال", "امام", "عبر"))
APPOSITION_WORDS = 4  # a name set off by commas between a speaker's title and "إن …" takes at most this many


@dataclass
class Piece:
    start: int
    end: int
    leads: list = field(default_factory=list)  # spans of topic leads joined in front


def pieces(article: Article, sentence: Sentence) -> list[Piece]:
    """The sentence's refined clauses (see the module docstring), as spans of the article."""
    text = article.text
    raw: list[tuple[int, int]] = []
    for c in split_clauses(sentence):
        raw.extend(_cut_clause(text, c, sentence.start))
    return _join_clauses(text, _join_short_quotations(text, sentence, raw), sentence.start)


SHORT_QUOTATION_WORDS = 15  # a quotation of at most this many words is one statement, whatever its commas
# a quoted sentence this short goes on in one voice at "، و" + a pronoun or verb ("«بدأنا مبكرا، وسننهي في الموعد»")
SHORT_QUOTED_SENTENCE_WORDS = 12


_QUOTE_MARKS = QUOTE_OPEN + '"'


def _join_short_quotations(text: str, sentence: Sentence, raw: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Clauses cut at a comma and "و" inside a short quoted phrase joined again ("يريد «إدارة
    خلافاتنا، ومنع التنافس من التحول إلى نزاع»"), or at any cut inside a terse one ("إن اتفاقا
    مع النقابة «ممكن، لكنه غير محسوم»"): the items of a phrase a speaker is quoted with are one
    thing said. A quoted sentence ("قال: «…»"، "أكد أن «…»", :func:`_quoted_phrase`) is joined
    only when it is short (SHORT_QUOTED_SENTENCE_WORDS) and goes on in the same voice
    (:func:`_same_voice`: "«بدأنا العمل مبكرا، وسننهيه في موعده»", which outlets quoting it cut in
    different places); one that turns to a subject of its own ("«…، والعمال لم يتلقوا أجورهم»")
    or a longer one is cut like any text."""
    if len(raw) < 2 or not any(q in sentence.text for q in _QUOTE_MARKS):
        return raw  # nothing to join (most sentences: read no further)
    phrases, quoted_sentences = [], []
    for a, b in _quotations(sentence.text, sentence.start):
        n = len(text[a:b].split())
        if n <= SHORT_QUOTATION_WORDS and _quoted_phrase(text, sentence.start, a):
            phrases.append((a, b))
        elif n <= SHORT_QUOTED_SENTENCE_WORDS:
            quoted_sentences.append((a, b))
    if not phrases and not quoted_sentences:
        return raw
    out = [raw[0]]
    for x, y in raw[1:]:
        px, py = out[-1]
        inside = [(a, b) for a, b in phrases if a <= py and x <= b]
        terse = [(a, b) for a, b in inside if a < py and x < b and len(text[a:b].split()) <= TERSE_QUOTATION_WORDS]
        in_sentence = any(a <= py and x <= b for a, b in quoted_sentences)
        if (inside and (text[x:x + 1] == "و" or terse)) or (in_sentence and _same_voice(text, x)):
            out[-1] = (px, y)
        else:
            out.append((x, y))
    return out


def _same_voice(text: str, x: int) -> bool:
    """Does the clause at `x` go on with "و" and a pronoun or a verb ("، ونحن …"، "، ونستحق …"),
    not with a subject of its own (a noun with the article: "، والعمال …") or "وقد" and a second
    proposition (:func:`_quoted_qad_cuts`)?"""
    first = words(text[x:x + 40])[:1]
    if not first or first[0][:1] != "و" or len(first[0]) < 3:
        return False
    w = first[0]
    return w[1:3] != "ال" and w not in QAD_OPENERS and not is_stop(w[1:]) or w[1:] in _PRONOUNS


_PRONOUNS = frozenset(("نحن", "انا", "هو", "هي", "هم", "انت", "انتم"))


# a quoted phrase this short is one thing said at any cut inside it ("«وارد، لكنه لم يتقرر بعد»")
TERSE_QUOTATION_WORDS = 8


def _quoted_phrase(text: str, start: int, a: int) -> bool:
    """Is the quotation opening at `a` a phrase of the reporter's sentence ("يريد «…»"، "دعا إلى «…»"),
    not a quoted sentence after "أن/إن", a colon or a verb of saying ("قال: «…»"، "أكد أن «…»")?"""
    before = text[start:a - 1].rstrip()
    if not before or before.endswith((":", "،", ",")):
        return False
    last = words(before[-40:])[-1:]
    return bool(last) and last[0] not in lexicon().complementizers and not is_reporting(last[0])


def _quotations(sentence_text: str, offset: int) -> list[tuple[int, int]]:
    """Spans (article offsets, inside the marks) of the quotations a sentence opens and closes."""
    spans, stack, straight = [], [], None
    for i, ch in enumerate(sentence_text):
        if ch in QUOTE_OPEN:
            stack.append(i)
        elif ch in QUOTE_CLOSE and stack:
            a = stack.pop()
            if not stack:
                spans.append((offset + a + 1, offset + i))
        elif ch == '"':
            if straight is None:
                straight = i
            else:
                spans.append((offset + straight + 1, offset + i))
                straight = None
    return spans


def _cut_clause(text: str, c, sentence_start: "int | None" = None) -> list[tuple[int, int]]:
    """A clause cut before the words that open a new proposition (and, inside a quotation, before
    a "وقد" that opens a second one: :func:`_quoted_qad_cuts`), without a dateline, trimmed."""
    lex = lexicon()
    toks = span_tokens(text, c.start, c.end) if text[c.start:c.end] == c.text else tokens(c.text, c.start)
    cuts = [c.start]
    for i in range(2, len(toks) - 2):
        n = starts_with(toks, lex.splitters, i)
        if n and not starts_with(toks, lex.splitters, i - 1):
            # only where the word opens a proposition, not a phrase ("فيما يتعلق")
            if starts_with(toks, lex.lead_openers, i) > 1:
                continue
            if _restriction(toks[i + n:]):
                continue  # "يريد نزع السلاح لكن في مناطق محددة فحسب": it restricts what came before
            cuts.append(toks[i].start)
    verb = _lead_then_verb(toks)
    if verb is not None:
        cuts.append(toks[verb].start)
    for start in _saying_after_quotation(text, toks):
        cuts.append(start)
        k = next(i for i, t in enumerate(toks) if t.start == start)
        verb = _lead_then_verb(toks[k:])  # "«…» وقبيل افتتاح المعرض قال الوزير …": a lead, then who spoke
        if verb is not None:
            cuts.append(toks[k + verb].start)
    if sentence_start is not None:
        cuts.extend(_quoted_qad_cuts(text, toks, sentence_start))
    cuts = sorted(set(cuts))
    cuts.append(c.end)
    if _starts_line(text, c.start):
        # a wire dateline ("جنيف (رويترز) -") or a live-blog time ("17:50") says nothing
        d = _DATELINE.match(text, c.start, c.end) or _CLOCK.match(text, c.start, c.end)
        if d and d.end() < c.end:
            cuts[0] = d.end()
    out = []
    for x, y in zip(cuts, cuts[1:]):
        x, y = _trim(text, x, y)
        if y > x:
            out.append((x, y))
    return out


QAD_OPENERS = frozenset(("وقد", "ولقد"))
QAD_SIDE_WORDS = 4  # each side of a quoted "… وقد …" holds at least this many words to be a proposition


def _quoted_qad_cuts(text: str, toks: Sequence[Tok], sentence_start: int) -> list[int]:
    """Where a quoted statement is cut before "وقد/ولقد" and a verb that opens a second
    proposition ("«أدعوكم إلى الصبر على الظروف وقد عشنا أياما أصعب منها»"): both sides are
    full clauses (a few words each, the second with a verb after "قد"), inside the same quotation.
    The speaker of the first piece speaks the second too (analysis carries the sentence's speaker)."""
    lex = lexicon()
    out, last = [], 0
    for i in range(QAD_SIDE_WORDS, len(toks) - QAD_SIDE_WORDS + 1):
        if toks[i].word not in QAD_OPENERS:
            continue
        nxt = toks[i + 1].word
        if nxt in lex.stopwords or nxt in lex.negators or nxt.isdigit():
            continue  # "وقد لا …"، "وقد أن …": no verb after "قد"
        if i - last < QAD_SIDE_WORDS or not _in_quotation(text, sentence_start, toks[i].start):
            continue
        if not _in_quotation(text, sentence_start, toks[i + QAD_SIDE_WORDS - 1].end):
            continue  # the quotation closes before the second side is a clause
        opened = max(text.rfind(q, sentence_start, toks[i].start) for q in QUOTE_OPEN + '"')
        if sum(1 for t in toks[last:i] if t.start > opened) < QAD_SIDE_WORDS:
            continue  # the quotation opened just before: "«… وقد …" has no first proposition
        out.append(toks[i].start)
        last = i
    return out


RESTRICTION_WORDS = 5  # a restriction after "لكن" takes at most this many words to the clause's end


def _restriction(rest: Sequence[Tok]) -> bool:
    """Is what follows a splitter to the clause's end only a short phrase that opens with a
    preposition or "فقط" (``restriction_openers``), no proposition of its own?"""
    if not rest or len(rest) > RESTRICTION_WORDS:
        return False
    return rest[0].word in lexicon().restriction_openers


def _saying_after_quotation(text: str, toks: Sequence[Tok]) -> list[int]:
    """Where another saying follows a closing quotation mark with no comma: a participle of
    saying ("«…» مشيرا إلى أن …": another statement of the same speaker, cut from the quotation,
    which keeps its own words) or a و/ف that opens a clause with a verb of saying within a few
    words ("«…» وقبيل القمة قال الرئيس إن …": a new sentence that lost its stop)."""
    out: list[int] = []
    if len(toks) < 3 or not any(q in text[toks[0].end:toks[-1].start] for q in QUOTE_CLOSE + '"'):
        return out  # no quotation closes inside the clause (most clauses: read no further)
    for i in range(1, len(toks) - 1):
        gap = text[toks[i - 1].end:toks[i].start]
        if not any(q in gap for q in QUOTE_CLOSE + '"'):
            continue
        w = toks[i].word
        if is_saying_participle(w) or (
            w[:1] in "وف" and any(is_reporting(t.word) for t in toks[i:i + LEAD_VERB_WORDS])
        ):
            out.append(toks[i].start)
    return out


LEAD_VERB_WORDS = 8  # a lead opener's verb of saying is looked for among this many first words


def _lead_then_verb(toks) -> "int | None":
    """The index of the verb of saying (or of deciding: "وإثر انهيار الجسر قررت الحكومة …") in a clause
    that opens with a lead and goes on, with no comma, to say who spoke ("من جهته قال الوزير إن …"،
    "وحول العقوبات أكد الوزير أن …"): the
    clause is cut before the verb, so the lead stays a lead and the rest is read as a statement
    (without the cut the whole clause was one lead); None for any other clause."""
    lex = lexicon()
    n = starts_with(toks, lex.lead_openers)
    if not n:
        return None
    for i in range(n, min(len(toks) - 1, LEAD_VERB_WORDS)):
        if is_reporting(toks[i].word) or _decides(toks[i].word, lex):
            return i
    return None


def _decides(word: str, lex) -> bool:
    """A verb of deciding or ordering told in the past ("قرر"، "وأمرت"): after a lead, the clause's own words."""
    return word in lex.decisions or (word[:1] in "وف" and word[1:] in lex.decisions)


def _starts_line(text: str, pos: int) -> bool:
    """Does nothing but blanks, dashes and bullets stand between the start of its line and `pos`?
    (Read backwards from `pos`, so a long line costs no more than a short one.)"""
    i = pos
    while i > 0 and text[i - 1] in " \t-–—•*":
        i -= 1
    return i == 0 or text[i - 1] == "\n"


def _join_clauses(text: str, raw: list[tuple[int, int]], sentence_start: int = 0) -> list[Piece]:
    """Attributions and topic leads joined to the clause after them, dependents to the one before."""
    out: list[Piece] = []
    pending: list[tuple[int, int, str]] = []
    lex = lexicon()
    clause_toks = [span_tokens(text, x, y) for x, y in raw]
    after_relative = False  # the clause before was a relative set off by commas, joined to the one before it
    after_apposition = False  # the clause before described a noun and the sentence goes on after it
    for n, (x, y) in enumerate(raw):
        toks = clause_toks[n]
        kind = clause_kind(toks)
        if out and not pending and (_refers_back(toks) or _repeats_last(toks, clause_toks[n - 1]) or _answers_condition(toks, clause_toks[n - 1])
                                    or _kana_predicate(toks, clause_toks[n - 1])
                                    or _complement_subject(clause_toks[n - 1]) or (
            after_relative and _goes_on_after_relative(toks) and _in_quotation(text, sentence_start, x)
        )):
            out[-1].end = y
            # a name set off in the relative ("…، الذي يحضره الوزير، فلان الفلاني، …") is still in it
            after_relative = after_relative and len(toks) <= APPOSITION_WORDS
            continue
        after_relative = bool(out) and not pending and _opens_relative(toks)
        # the subject's name or title set off by commas: the verb's object may follow it
        subject = n + 1 < len(raw) and n and (_subject_name(toks, clause_toks[n - 1]) or _subject_title(toks, clause_toks[n - 1]))
        if n and out and not pending and n + 1 == len(raw) and _title_of_name(toks, clause_toks[n - 1]):
            out[-1].end = y  # "… من فلان الفلاني، رئيس الحكومة بعدم …": the person's title, and the clause goes on
            continue
        subject = subject or (n + 1 < len(raw) and n and _title_of_name(toks, clause_toks[n - 1]))
        if n + 1 < len(raw) and n and (_apposition(toks, clause_toks[n - 1]) or _coordinated_name(toks) or subject):
            # "وأقلعت الطائرة، من طراز كذا، من المطار …": a description of the noun before
            if pending and pending[-1][2] == "attribution" and _says_after(clause_toks[n + 1]):
                pending.append((x, y, "attribution"))  # "وقال الطيار، وهو من أبناء المدينة، إن …"
                continue
            if out and not pending:
                out[-1].end = y
                if (_goes_on_after_subject if subject else _goes_on_after_apposition)(clause_toks[n + 1]):
                    after_apposition = True
                continue
        if after_apposition:
            after_apposition = False
            if out and not pending:
                out[-1].end = y  # the sentence the description interrupted goes on
                continue
        if not out and not pending and n + 1 < len(raw) and starts_with(toks, lex.without_openers):
            # "بدون أي تفاهم، انفض الاجتماع …": what the clause after it did without,
            # content of that clause's statement, not a lead
            pending.append((x, y, "fronted"))
            continue
        if kind == "content" and len(toks) <= APPOSITION_WORDS and (
            n + 1 < len(raw) and clause_toks[n + 1] and (
                clause_toks[n + 1][0].word in lex.complementizers or _auxiliary_predicate(clause_toks[n + 1])
            )
        ):
            # the speaker's name between commas ("وقال الوزير، فلان الفلاني، إن …"): attribution
            if pending and pending[-1][2] == "attribution":
                kind = "attribution"
            elif not pending and out and (_auxiliary_predicate(clause_toks[n + 1]) or _opens_with_saying(text, out[-1])):
                # or between the subject and its "قد" predicate ("كان المتحدث، فلان، قد نفى …")
                out[-1].end = y
                continue
        if kind == "content" and n + 1 < len(raw) and attribution_only(text[x:y], toks):
            kind = "attribution"  # "وقال الزعيم، بينما كان جالسا، «…»": who speaks, the content follows
        if out and not pending and n and _object_after_subject(toks, clause_toks[n - 1]):
            # "ووجه الرئيس فلان، تعليمات بـ…": what the verb does to or with something goes on
            out[-1].end = y
            continue
        complement = _opens_complement(toks)
        verb_piece = _verb_piece_before(text, out, pending) if complement else None
        if verb_piece is None and toks and toks[0].word == "عن" and out:
            # "أعلنت الهيئة، اليوم، عن انتهاء …": the complement of a verb that takes "عن", right
            # after its piece or across an adjunct set off by commas
            if not pending and _opens_with_saying(text, out[-1], lex.an_verbs):
                verb_piece = len(out) - 1
            else:
                verb_piece = _verb_piece_before(text, out, pending, lex.an_verbs)
        if verb_piece is not None:
            # "واستبعد الرئيس …، فلان، قبيل القمة، أن …": the complement of the verb of saying
            # before the name and adjuncts set off by commas, which join its piece too
            out[verb_piece].end = y
            del out[verb_piece + 1:]
            pending = []
            continue
        if out and not pending and (kind == "dependent" or complement):
            # a dependent fragment, or the complement of the verb before the comma
            # ("نفى المكتب، أن تكون الحصيلة …"): part of the clause before
            out[-1].end = y
            if kind == "dependent" and starts_with(toks, lex.inclusion_openers) and n + 1 < len(raw):
                # "إن الملفات، منها أزمات كذا، احتلت …": the sentence goes on after what the noun includes
                after_apposition = _goes_on_after_apposition(clause_toks[n + 1])
            continue
        if kind == "attribution" and out and not pending and says_back(toks):
            out[-1].end = y  # "…، هذا ما قاله الوزير، فيما …": who said the clause before
            continue
        if kind == "attribution" and out and not pending and _trails_source(toks, clause_toks[n + 1:n + 2]):
            # "…، وفقا للتقارير الرسمية، مما أدى …": the source of the clause before, not a lead;
            # its words are read as a lead's (they say where it comes from, not what it says)
            out[-1].end = y
            out[-1].leads.append((x, y))
            continue
        if kind == "content" and out and _object_across_adjuncts(text, out[-1], pending, toks):
            # "أكد قادة المجموعة، اليوم الأربعاء، دعمهم …": what the verb of saying does, past the day
            out[-1].end = y
            pending = []
            continue
        if kind == "lead" and pending and pending[-1][2] == "lead" and starts_with(toks, lex.cause_openers):
            kind = "cause"  # "بعد الكارثة …، جراء انهيار سدين، …": the lead stops where its cause is said
        if kind in ("attribution", "lead", "cause"):
            pending.append((x, y, kind))
            continue
        if pending and pending[-1][2] == "cause" and _opens_own_clause(toks):
            # "بعد الكارثة …، جراء انهيار سدين، حيث جرفت المياه …": what the cause says is a
            # statement of its own; the clause after it says something else
            out.append(Piece(pending[0][0], pending[-1][1], [(px, py) for px, py, k in pending if k == "lead"]))
            pending = []
        start = pending[0][0] if pending else x
        leads = [(px, py) for px, py, k in pending if k == "lead"]
        out.append(Piece(start, y, leads))
        pending = []
    if out and len(pending) == 1 and pending[0][2] == "lead" and starts_with(
            span_tokens(text, pending[0][0], pending[0][1]), lex.governed_leads):
        out[-1].end = pending.pop()[1]  # "أوقفت الوزارة المدير، عن العمل": what the verb takes with عن
    while pending and out and pending[-1][2] in ("lead", "cause"):
        pending.pop()  # a trailing adjunct ("…، بعد قمة جنيف") leads nothing: not part of the statement
    if pending:
        if out:
            out[-1].end = pending[-1][1]
        else:
            out.append(Piece(pending[0][0], pending[-1][1], [(px, py) for px, py, k in pending if k == "lead"]))
    return out


def _says_after(toks: Sequence[Tok]) -> bool:
    """After a description set off by commas inside an attribution, does the clause say what was
    said: a complementizer, an attribution or a lead of its own ("وقال الطيار، وهو من أبناء
    المدينة، إن …")? Otherwise the "description" was the verb's own complement ("وحث فلان، الرئيس
    الآخر، على الحذر، بينما …") and the statement ends with it."""
    if not toks:
        return False
    return toks[0].word in lexicon().complementizers or clause_kind(toks) != "content" or not starts_with(toks, lexicon().splitters)


def _opens_own_clause(toks: Sequence[Tok]) -> bool:
    """Does a clause open with a word that starts a clause of its own, which no lead before it
    leads ("حيث"، "إذ"، "فيما"، "بينما" …: ``title_openers`` and ``clause_splitters``)?"""
    lex = lexicon()
    return bool(toks) and starts_with(toks, lex.title_openers + lex.splitters) > 0


INSERTED_PIECES = 8  # names and adjuncts set off by commas between a verb of saying and its complement ("أعلن فلان، السفير …، في تصريحات، خلال المؤتمر، الذي …، اليوم، بالمدينة، أن …")


def _verb_piece_before(text: str, out: list[Piece], pending: list[tuple[int, int, str]], verbs=None) -> "int | None":
    """The index in `out` of the piece whose verb of saying a complement now ("، أن …") belongs
    to, when the pieces since it only insert a short name or adjunct each (at most
    INSERTED_PIECES of at most APPOSITION_DESCRIPTION_WORDS tokens, with no verb of saying or
    complementizer of their own); None otherwise. Only when something was inserted: a
    complement right after the verb's piece is joined by the rule for dependents."""
    lex = lexicon()
    for k in range(len(out) - 1, max(-1, len(out) - 2 - INSERTED_PIECES), -1):
        spans = [(p.start, p.end) for p in out[k + 1:]] + [(a, b) for a, b, _ in pending]
        # what was inserted, clause by clause (pieces may hold several joined ones)
        between = [c for a, b in spans for c in _comma_parts(text, a, b)]
        if not between or len(between) > INSERTED_PIECES or not _opens_with_saying(text, out[k], verbs):
            continue
        if all(len(ts) <= APPOSITION_DESCRIPTION_WORDS and not any(is_reporting(t.word) or t.word in lex.complementizers for t in ts)
               for ts in (span_tokens(text, a, b) for a, b in between)):
            return k
    return None


def _comma_parts(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """The spans of text[a:b] between its commas and semicolons."""
    cuts = [a] + [a + m.end() for m in _COMMA.finditer(text[a:b])] + [b + 1]
    return [(x, y - 1) for x, y in zip(cuts, cuts[1:]) if text[x:y - 1].strip()]


_COMMA = re.compile(r"[،,؛;]")


def _opens_with_saying(text: str, piece: Piece, verbs=None) -> bool:
    """Does a verb of saying (one of `verbs`, folded, with or without و/ف, when given) stand among
    the piece's first three words ("وقال الوزير …")?"""
    ws = [t.word for t in span_tokens(text, piece.start, piece.end)[:3]]
    if verbs is None:
        return any(is_reporting(w) for w in ws)
    return any(w in verbs or (w[:1] in "وف" and w[1:] in verbs) for w in ws)


_RESUMPTIVE = frozenset(("اياه", "اياها", "اياهم", "اياهما", "اياهن"))


def _refers_back(toks: Sequence[Tok]) -> bool:
    """Does the clause only go on with what the clause before said: "قد" and its verb, the
    predicate of a "كان …" whose subject came before ("كان المتحدث، فلان، قد نفى …"), or an
    object pronoun "إياه/إياها" among its first words pointing at what was just said
    ("…: «…»، مرددا إياها مع الحشود")?"""
    if not toks:
        return False
    return _auxiliary_predicate(toks) or any(t.word in _RESUMPTIVE for t in toks[:3])


REPEAT_WORDS = 4  # a noun said again after a comma, with what qualifies it, takes at most this many words


def _repeats_last(toks: Sequence[Tok], before: Sequence[Tok]) -> bool:
    """Does the clause say again the noun the clause before ends with, to qualify it ("رجل يدير دولة،
    دولة كبيرة")? A short phrase opening with that very word: it goes on with the clause before."""
    return bool(toks) and bool(before) and len(toks) <= REPEAT_WORDS and len(toks[0].word) >= 3 and (
        strip_article(toks[0].word) == strip_article(before[-1].word))


_KANA = frozenset(("كان", "كانت", "وكان", "وكانت", "فكان", "فكانت"))  # folded


def _kana_predicate(toks: Sequence[Tok], before: Sequence[Tok]) -> bool:
    """Is the clause the predicate of a "كان" whose subject the clause before gave ("وكانت بلدية
    المدينة التي …، أعلنت صباح الأحد أن …"): it opens with a verb of saying without و, and the
    clause before opens with "كان"? One statement."""
    return bool(toks and before) and before[0].word in _KANA and toks[0].word[:1] not in "وف" and is_reporting(toks[0].word)


SUBJECT_NAME_WORDS = 3  # words of a name between a complementizer and a comma at most


def _complement_subject(before: Sequence[Tok]) -> bool:
    """Is the clause before only a complementizer and a name ("أن فاريلا، وجه دعوة للحداد"): the
    subject of what the clause after says, set off by a comma? One statement."""
    if not 2 <= len(before) <= 1 + SUBJECT_NAME_WORDS or before[0].word not in lexicon().complementizers:
        return False
    return all(name_word(t.word, None, True, frozenset()) for t in before[1:])


CONDITION_WORDS = 6  # a condition before the comma opens among the clause's last this many words


def _answers_condition(toks: Sequence[Tok], before: Sequence[Tok]) -> bool:
    """Does the clause answer a condition or a concession the clause before opened ("مهما كانت
    خلافاتنا، فهذه أوقات تضامن"، "إذا لزم الأمر، فسنرسل فرقا"): it opens with ف and one of
    ``condition_openers`` stands among the last words before the comma? One statement."""
    if not toks or toks[0].word[:1] != "ف" or len(toks[0].word) < 3:
        return False
    words_before = {t.word for t in before[-CONDITION_WORDS:]}
    return bool(words_before & lexicon().condition_openers)


def _auxiliary_predicate(toks: Sequence[Tok]) -> bool:
    """A clause opening with a bare "قد" (no و/ف: "وقد" opens a new sentence) before its verb."""
    return len(toks) > 1 and toks[0].word == "قد"


APPOSITION_DESCRIPTION_WORDS = 8  # a description set off by commas takes at most this many tokens
_PRONOUN_THEN_VERB = tuple("يتن")  # an imperfect verb after "وهو/وهي" ("وهي تعمل") makes a clause of its own
_CLAUSE_WORDS = frozenset(("قد", "لقد", "كان", "كانت", "ما", "لا", "لم", "لن", "ليس", "ليست", "انه", "انها"))


def _apposition(toks: Sequence[Tok], before: Sequence[Tok]) -> bool:
    """Is the clause a short description without a verb of the noun that ends the clause before
    it ("وانطلقت السفينة، من الحجم المتوسط، …"، "وعاد المدرب، وهو من أبناء المدينة، …"، "العلاقات بين
    البلدين، أكبر شريكين تجاريين في المنطقة، …")? It opens with a preposition of description, with an
    elative ("أكبر"، "أهم": ``superlatives``, ``apposition_elatives``) or with "وهو/وهي" and a
    prepositional or nominal phrase, and holds no verb of saying, complementizer, relative, negation or "قد"."""
    lex = lexicon()
    if not 2 <= len(toks) <= APPOSITION_DESCRIPTION_WORDS or len(before) < 2:
        return False
    if before[-1].word in lex.stopwords or before[-1].word.isdigit():
        return False  # the clause before ends with a particle or a figure, not a noun described
    first, second = toks[0].word, toks[1].word
    if first in lex.apposition_pronouns:
        if second not in lex.apposition_preps and not second.startswith("ال") and (
            second.startswith(_PRONOUN_THEN_VERB) or second in lex.stopwords or second in _CLAUSE_WORDS
        ):
            return False
    elif first not in lex.apposition_preps and first not in lex.superlatives and first not in lex.apposition_elatives:
        return False
    if clause_kind(toks) != "content" or starts_with(toks, lex.splitters):
        return False
    return _verbless(toks[1:])


SUBJECT_TITLE_WORDS = 5  # a verb and its subject's title before a name set off by commas, at most
TITLE_COMPLEMENT_WORDS = 3  # what a title is of, after it ("للمصنع"، "في البلد"), at most


def _subject_name(toks: Sequence[Tok], before: Sequence[Tok]) -> bool:
    """Is the clause only the name of the subject the clause before ends with: a verb and a role
    phrase right up to the comma ("واستقبل العاهل الأردني، عبد الله بن الحسين، رئيسة …"), then a
    few name words? The sentence goes on after it with the verb's object."""
    if not 1 <= len(toks) <= APPOSITION_WORDS or not 2 <= len(before) <= SUBJECT_TITLE_WORDS + TITLE_COMPLEMENT_WORDS:
        return False
    if not _titled_subject(before):
        return False
    return _name_words(toks)


def _name_words(toks: Sequence[Tok]) -> bool:
    """Are the words those of a person's name: name words, "عبد الله", a family name with the
    article ("سامي الخوري")?"""
    lex = lexicon()
    return bool(toks) and all(name_word(t.word, toks[k - 1].word if k else None, k == 0, frozenset()) or (k > 0 and (
        t.word in lex.name_tails  # "عبد الله"
        or (t.word.startswith("ال") and len(t.word) >= 5 and t.word not in lex.stopwords
            and t.word not in lex.title_complements)))  # a family name with the article: "سامي الخوري"
        for k, t in enumerate(toks))


def _subject_title(toks: Sequence[Tok], before: Sequence[Tok]) -> bool:
    """Is the clause only the title of the subject the clause before ends with: a verb and a name
    right up to the comma ("وأصدر فلان الفلاني، رئيس الهيئة، تعليمات …"), then a role phrase and
    nothing more? The sentence goes on after it with the verb's object."""
    if not 1 <= len(toks) <= APPOSITION_DESCRIPTION_WORDS or not 2 <= len(before) <= SUBJECT_TITLE_WORDS:
        return False
    if read_role(toks, 0) is None or not _verbless(toks) or starts_with(toks, lexicon().splitters):
        return False  # a title and its complements ("نائب رئيس الهيئة"), no clause
    return _name_words(before[1:])


def _title_of_name(toks: Sequence[Tok], before: Sequence[Tok]) -> bool:
    """Is the clause a title in apposition to the person the clause before ends with ("… وعدا من فلان
    الفلاني، رئيس الحكومة، بعدم …"، "التقى فلان الفلاني، رئيس الحكومة في مكتبه")? The clause before
    ends with two words of a name, and the clause opens with a person's role phrase that names no one
    of its own: it describes that person, and what follows goes on with the clause before."""
    if not toks or len(before) < 3 or starts_with(toks, lexicon().splitters):
        return False
    if toks[0].word[:1] in "وف" and toks[0].word not in head_words():
        return False  # "…، فزعيم البلد قال …": a conjunction opens a clause of its own
    role = read_role(toks, 0)
    if role is None or role.named or role.kind != PERSON:
        return False
    return _name_words(before[-2:])


def _verbless(toks: Sequence[Tok]) -> bool:
    """Does the clause hold no verb of saying, complementizer, clause word, negation or relative?"""
    lex = lexicon()
    return not any(
        t.word in lex.complementizers or t.word in _CLAUSE_WORDS or t.word in lex.negators
        or is_reporting(t.word) or _opens_relative([t])
        for t in toks
    )


def _object_after_subject(toks: Sequence[Tok], before: Sequence[Tok]) -> bool:
    """Is the clause what the verb of the clause before does, cut from it by a comma after its
    subject: the clause before is a word (the verb) and a role phrase that ends right at the comma
    ("ووجه الرئيس الصيني فلان، تعليمات …"، "واعتذر المدير العام للمصنع، عن التأخير"), and the clause
    opens no clause of its own (:func:`_goes_on_after_subject`)? A complementizer after the comma
    ("وقال الوزير، إن …") is left to the rules for complements."""
    if before and before[0].word in _ALSO:
        before = before[1:]  # "كما عين المجلس، فلانا …": "also" before the verb
    if not 2 <= len(before) <= SUBJECT_TITLE_WORDS + MAX_NAME or not _goes_on_after_subject(toks):
        return False
    if before[0].word in lexicon().stopwords:
        return False
    if len(before) <= BA_CLAUSE_WORDS and _governed_by_ba(toks) and not _says(before[1:]):
        return True  # "وشعر سكان المدينة، بهزات قوية": what the verb takes with ب, after its subject
    return _titled_subject(before)


BA_CLAUSE_WORDS = 8  # a verb and a noun phrase before a comma and what it takes with ب, at most
_NOT_BA_OBJECTS = frozenset(("بين", "بسبب", "بينما", "بحسب", "بدوره", "بدورها", "بدورهم"))  # folded


def _governed_by_ba(toks: Sequence[Tok]) -> bool:
    """Does the clause open with ب and a noun ("بهزات"، "بالاتفاق"، "بمهام"), not a preposition or
    adverb of its own that opens a new clause ("بين"، "بعد"، "بسبب"، "بحسب")?"""
    w = toks[0].word
    return w[:1] == "ب" and len(w) >= 4 and w not in _NOT_BA_OBJECTS and not w.startswith("بعد")


_ALSO = frozenset(("كما", "وكما"))
DAY_BEFORE_COMPLEMENT = 2  # day words before a complementizer that still opens the complement ("، أمس أن …")


def _opens_complement(toks: Sequence[Tok]) -> bool:
    """Does the clause open with a complementizer, maybe after the day it was said ("، أن …"، "، أمس
    أن …"، "، مساء الأحد إن …")?"""
    k = 0
    while k < min(len(toks), DAY_BEFORE_COMPLEMENT) and toks[k].word in day_words():
        k += 1
    return k < len(toks) and toks[k].word in lexicon().complementizers


ADJUNCT_WORDS = 4  # a day or a setting set off by commas between a verb's subject and its object, at most


def _object_across_adjuncts(text: str, piece: "Piece", pending: Sequence[tuple[int, int, str]], toks: Sequence[Tok]) -> bool:
    """Is the clause the object of a verb of saying whose piece is only the verb and its subject,
    past short adjuncts set off by commas ("أكد قادة المجموعة، اليوم الأربعاء، دعمهم لـ…")? The
    adjuncts (joined to the piece or still pending) say when or where, with no verb of saying or
    complementizer of their own, and the clause goes on with what the verb does
    (:func:`_goes_on_after_subject`): no complementizer, conjunction or relative opens it."""
    if any(kind != "attribution" for _, _, kind in pending):
        return False
    parts = _comma_parts(text, piece.start, piece.end) + [(x, y) for x, y, _ in pending]
    if len(parts) < 2:
        return False  # right after the subject: the rule for titled subjects (:func:`_object_after_subject`)
    before = span_tokens(text, *parts[0])
    if not 2 <= len(before) <= 1 + SUBJECT_TITLE_WORDS or not (is_reporting(before[0].word) or _acting_verb(before[0].word)):
        return False
    if _says(before[1:]) or before[1].word in _OBJECT_PREPS:
        return False  # "وقال إن …"، "وأكد على …": the verb already has what it says
    for x, y in parts[1:]:
        adjunct = span_tokens(text, x, y)
        if len(adjunct) > ADJUNCT_WORDS or _says(adjunct):
            return False
    return _goes_on_after_subject(toks)


def _acting_verb(word: str) -> bool:
    """A verb whose named subject speaks through what it does or sends (the lexicon's message,
    stance and describing verbs: "وأصدر الوزير، أمس، قرارا …"), with or without its conjunction."""
    lex = lexicon()
    return any(w in lex.message_verbs or w in lex.stance_verbs or w in lex.description_verbs
               for w in (word, unconj(word)))


def _says(toks: Sequence[Tok]) -> bool:
    """Do the words hold a complementizer or a verb of saying: something said of their own?"""
    complementizers = lexicon().complementizers
    return any(t.word in complementizers or is_reporting(t.word) for t in toks)


def _titled_subject(before: Sequence[Tok]) -> bool:
    """Is the clause a word (a verb) and a role phrase that ends right at its end, or whose own
    complement does ("واعتذر المدير العام | للمصنع"، "وأعلن السفير | في البلد")? A splitter may open
    it ("فيما أشاد الوزير"، "في حين وصف رئيس الهيئة")."""
    role = read_role(before, starts_with(before, lexicon().splitters) + 1)
    if role is None:
        return False
    end = max(role.title_end, role.end)
    days = end
    while days < len(before) and before[days].word in day_words():
        days += 1  # "وقف أعضاء المجلس اليوم الاثنين، دقيقة …": when, after the subject
    if days > end and [t.word for t in before[end:days]] != ["اليوم"]:
        end = days  # "اليوم" alone may end a name ("روسيا اليوم")
    if end == len(before):
        return True
    of_what = before[end].word[:1] == "ل" or before[end].word == "في"
    return of_what and len(before) - end <= TITLE_COMPLEMENT_WORDS and _verbless(before[end:])


def _goes_on_after_subject(toks: Sequence[Tok]) -> bool:
    """After a verb's subject (its title, its name set off by commas), does the clause go on with
    what the verb does: no conjunction, relative, splitter, complementizer or verb of saying opens
    it? A prepositional phrase does ("، عن الحادث"، "، بقيادة فريق …"), as after a description."""
    lex = lexicon()
    if not toks or _opens_relative(toks) or starts_with(toks, lex.splitters):
        return False  # a clause of its own ("، الذي …"، "، فيما …")
    w = toks[0].word
    if _opens_with_conjunction(w) and (strip_article(w) != w or w[1:3] == "ال" or is_stop(w[1:])):
        return False  # "، وانحنى …"، "، والوزير …": a و/ف that the word can lose ("فريقا" keeps its ف)
    # "بين" after the first word is the preposition ("بالاتفاق بين البلدين"), not the verb "بيّن"
    return w not in lex.complementizers and not any(
        is_reporting(t.word) and not (k and t.word == "بين") for k, t in enumerate(toks[:2]))


def _goes_on_after_apposition(toks: Sequence[Tok]) -> bool:
    """After a description set off by commas, does the clause go on with the sentence it
    interrupted ("…، من طراز كذا، من المطار نحو العاصمة")? It does when it opens with no
    conjunction, relative, splitter or verb of saying of its own, and is no lead or attribution."""
    lex = lexicon()
    if not toks or _opens_with_conjunction(toks[0].word) or _opens_relative(toks) or starts_with(toks, lex.splitters):
        return False
    if clause_kind(toks) in ("lead", "attribution") or toks[0].word in lex.complementizers:
        return False
    return not any(is_reporting(t.word) for t in toks[:2])


_NOT_CONJUNCTION = frozenset(("في", "فيه", "فيها", "فوق", "وسط", "وراء"))  # words whose و/ف is their own


def _opens_with_conjunction(word: str) -> bool:
    """Does the (folded) word open with the conjunction و/ف ("وفقد"، "فقد"), not a و/ف of its own ("في")?"""
    return word[:1] in "وف" and word not in _NOT_CONJUNCTION


def _in_quotation(text: str, start: int, pos: int) -> bool:
    """Is `pos` inside a quotation opened since `start` (the sentence's start) and not closed yet?"""
    return quote_depth(text[start:pos + 1])[pos - start] > 0


def _opens_relative(toks: Sequence[Tok]) -> bool:
    """Does the clause open with a relative pronoun ("التي"، "والذي")?"""
    rel = lexicon().relative_pronouns
    return bool(toks) and (toks[0].word in rel or (toks[0].word[:1] == "و" and toks[0].word[1:] in rel))


def _goes_on_after_relative(toks: Sequence[Tok]) -> bool:
    """After a relative set off by commas ("الشوارع، التي أصبحت …، نصفها مدمر …"), does the
    clause go on with the sentence the relative interrupted? It does when it opens with no
    conjunction, lead, attribution, participle or verb of saying of its own: the predicate of
    the noun the relative described."""
    lex = lexicon()
    if len(toks) < 2 or toks[0].word[:1] in "وف" or clause_kind(toks) != "content":
        return False
    if _opens_relative(toks) or starts_with(toks, lex.splitters):
        return False
    return not any(is_reporting(t.word) for t in toks[:2])


ATTRIBUTION_ONLY_WORDS = 8  # an attribution without its content takes at most this many words


def attribution_only(raw: str, toks: Sequence[Tok]) -> bool:
    """Is the clause only who speaks, its content elsewhere: a verb of saying that takes its
    content after "إن/أن", a colon or quotes ("قال"، "أضاف"، "جاء في": ``content_verbs`` in the
    lexicon), then at most a few words with none of these ("وقال الزعيم الكوري الشمالي"،
    "وجاء في الوثيقة المشتركة")?"""
    lex = lexicon()
    if not toks or len(toks) > ATTRIBUTION_ONLY_WORDS or any(ch in raw for ch in ':"“”«»'):
        return False
    if not starts_with(toks, lex.content_verbs):
        return False
    return not any(is_complementizer(t.word) for t in toks)


def _trails_source(toks: Sequence[Tok], after: list) -> bool:
    """Is an attribution clause that names a source ("وفقا للتقارير"، "بحسب الوكالة") the
    source of the clause before it? It is when nothing it could lead follows: the sentence
    ends, or what follows only continues ("مما أدى …"); "، وبحسب الوزارة، فإن …" leads."""
    lex = lexicon()
    if not starts_with(toks, lex.attribution_preps):
        return False
    if not after or not after[0]:
        return True
    return bool(starts_with(after[0], lex.consequence_openers)) or clause_kind(after[0]) == "dependent"


def clause_kind(toks: Sequence[Tok]) -> str:
    """'lead', 'attribution', 'dependent' or 'content' for one raw clause."""
    lex = lexicon()
    if not toks:
        return "dependent"
    if starts_with(toks, lex.dependent_openers) or len(toks) < 2 or _says_purpose(toks[0].word):
        return "dependent"
    if len(toks) <= 3 and toks[0].word.startswith("وال") and not any(is_reporting(t.word) for t in toks):
        return "dependent"  # the last item of a list ("…، والاستقرار الاستراتيجي")
    if _list_item(toks):
        return "dependent"  # "أوقف المدير، ومعاونه الإداري، عن الدوام": one more noun of the clause before
    if _coordinated_name(toks):
        return "dependent"  # "عدم توصل الرئيس …، وزعيم البلد الآخر “فلان”، لأي اتفاق": one more subject
    if _coordinated_object(toks):
        return "dependent"  # "يمكنهما تنظيم خلافاتهما، والعمل على …": one more object of the verb before
    if starts_with(toks, lex.lead_openers):
        return "lead"
    if len(toks) <= 8 and starts_with(toks, lex.attribution_preps):
        return "attribution"  # "وحسب بيان مشترك صدر عن الرئيسين، فإن …"
    if len(toks) <= 8 and says_back(toks):
        return "attribution"  # "…، هذا ما قاله الوزير"
    if len(toks) <= 8 and bare(toks[0].word)[-1] in _SETTING_PREPS and len(toks) > 1 and (
        stem(strip_article(toks[1].word)) in lex.setting
    ):
        return "attribution"  # "في مؤتمر صحفي منفرد عقده عقب القمة": where it was said
    # a clause with nothing but a reporting verb, a speaker and setting words
    content = [t for t in content_tokens(toks, strip_attribution=False)]
    has_verb = any(is_reporting(t.word) for t in toks)
    if len(content) == 0 or (len(content) <= 1 and len(toks) <= 5) or (has_verb and len(content) <= 1 and len(toks) <= 6):
        return "attribution"
    return "content"


_OBJECT_PREPS = frozenset(fold(w) for w in ("على", "في", "إلى", "مع", "عن", "من", "حول", "بين", "نحو"))


def _coordinated_object(toks: Sequence[Tok]) -> bool:
    """Is the clause "و" and a definite noun that governs a preposition, with no verb, negation or
    complementizer of its own before a relative ("…، والعمل على الملفات التي …"، "…، والتعاون في
    مجال الطاقة")? Set off by a comma, it is one more object of the verb before it (a verbal noun
    taking its complement), not a proposition of its own."""
    if len(toks) < 3 or not toks[0].word.startswith("وال") or toks[1].word not in _OBJECT_PREPS:
        return False
    lex = lexicon()
    for t in toks[1:]:
        if _opens_relative([t]):
            break
        if t.word in lex.complementizers or t.word in _CLAUSE_WORDS or t.word in lex.negators or is_reporting(t.word):
            return False
    return True


LIST_ITEM_WORDS = 6  # a noun phrase set off by commas after "و", at most


def _list_item(toks: Sequence[Tok]) -> bool:
    """Is the clause "و" and a noun phrase with no verb of its own (``LIST_ITEM_WORDS`` words at
    most): a noun with the article or in م ("…، ومحافظ المدينة فلان، …"، "…، والنائب الأول للمدير …")
    and no verb of saying, complementizer, negator or imperfect verb after it? Set off by commas, it
    is one more item of what the clause before names, not a statement of its own."""
    if not 2 <= len(toks) <= LIST_ITEM_WORDS:
        return False
    w = toks[0].word
    if w[:1] != "و" or len(w) < 5 or is_stop(w) or not (w[1:3] == "ال" or w[1:2] == "م"):
        return False
    lex = lexicon()
    for t in toks[1:]:
        x = t.word
        if is_reporting(x) or x in lex.complementizers or x in lex.negators or is_future(x):
            return False
        if x[:1] in "يت" and len(x) >= 4 and not x.startswith(("تم", "تي")):
            return False  # an imperfect verb: "…، والأسعار ترتفع" says something of its own
    return True


def _says_purpose(word: str) -> bool:
    """Does a clause open with the lām of purpose and a verbal noun ("؛ لتجنب سوء الفهم"، "، لضمان
    وصول المساعدات"), or with the bā' of means and one ("، بتوقيع اتفاق"، "، بتقديم استقالته")? It
    says what the clause before is for or how it was done, not a thing of its own: a noun in ت
    (تفعّل، تفعيل) after ل or ب, or one of ``purpose_nouns``."""
    return (word[:2] in _PURPOSE_OR_MEANS and len(word) >= 5) or word in lexicon().purpose_nouns


_PURPOSE_OR_MEANS = ("لت", "بت")  # ل or ب, then the ت of a verbal noun


def _coordinated_name(toks: Sequence[Tok]) -> bool:
    """Is the clause only "و" and a named person's role phrase ("، ووزير الخارجية فلان الفلاني،")?
    Set off by commas, it adds one more to what the clause before names; it says nothing itself."""
    if len(toks) < 2 or toks[0].word[:1] != "و":
        return False
    role = read_role(toks, 0)
    return role is not None and role.named and role.end == len(toks)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start].isspace() or text[start] in "،,؛;:-–—"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in "،,؛;:-–—"):
        end -= 1
    return start, end


def quote_depth(text: str) -> list[int]:
    """depth[i] > 0 when position i lies inside a quotation (quotes never span lines)."""
    # only quotation marks and line ends change the depth: the runs between them are filled
    # with one slice each instead of a step per character
    depth = [0] * (len(text) + 1)
    d = 0
    straight_open = False
    last = 0  # depth[last:] is not written yet
    for m in _DEPTH_MARK.finditer(text):
        i = m.start()
        if d:
            depth[last:i + 1] = [d] * (i + 1 - last)
        last = i + 1
        ch = text[i]
        if ch in QUOTE_OPEN:
            d += 1
        elif ch in QUOTE_CLOSE:
            d = max(0, d - 1)
        elif ch == '"':
            straight_open = not straight_open
            d = max(0, d + (1 if straight_open else -1))
        else:  # a line end
            d = 0
            straight_open = False
    if d:
        depth[last:] = [d] * (len(text) + 1 - last)
    return depth


_DEPTH_MARK = re.compile("[" + re.escape(QUOTE_OPEN + QUOTE_CLOSE) + '"\n]')  # what quote_depth reads


QUOTATION_MAX_WORDS = 40  # a quotation of at most this many words is one statement, whatever its stops
PAUSED_FRAGMENT_WORDS = 4  # a quoted phrase of at most this many words before dots or an ellipsis goes on
STOPPED_FRAGMENT_WORDS = 2  # a quoted sentence of at most this many words before a full stop is an interjection


def quoted_sentences(text: str, sentences: list[Sentence], depth: list[int]) -> list[Sentence]:
    """The sentences, with those a short quotation spans after a fragment joined into one: «أنا
    سعيد برؤيتك.. هذه قاعدتنا الجديدة» is one thing said (a greeting, then what it greets), and an
    outlet that quotes it whole is quoted whole by another. A quoted phrase of a few words before
    dots or an ellipsis (``PAUSED_FRAGMENT_WORDS``: a pause of the speaker, or words left out)
    goes on, and so does an interjection of a word or two before a full stop («سعيد بلقائك. هذه
    قاعدتنا»: ``STOPPED_FRAGMENT_WORDS``); a longer one says a thing of its own («اتفقنا على
    عودتهم. وأصبح ذلك مسألة وقت»، «أصيب بخيبة أمل بسبب القرار..وسيوجه بإطلاق …»). A sentence that
    ends so inside a quotation (``depth``, :func:`quote_depth`) is joined with the next ones of its
    paragraph up to the one that closes the quotation, if the whole is at most
    ``QUOTATION_MAX_WORDS`` words; a quotation still open at the paragraph's end (a stray mark)
    joins nothing."""
    out: list[Sentence] = []
    k = 0
    while k < len(sentences):
        first = sentences[k]
        last = k
        if not first.heading and depth[first.end] > 0:
            j = k
            while (
                j + 1 < len(sentences)
                and depth[sentences[j].end] > 0
                and _quoted_fragment(text, sentences[j], depth)
                and sentences[j + 1].paragraph == first.paragraph
                and not sentences[j + 1].heading
                and len(text[first.start:sentences[j + 1].end].split()) <= QUOTATION_MAX_WORDS
            ):
                j += 1
                if depth[sentences[j].end] == 0:
                    last = j
                    break
        if last == k:
            out.append(first)
        else:
            end = sentences[last].end
            out.append(Sentence(first.article, first.start, end, text[first.start:end], first.paragraph, False))
        k = last + 1
    return out


def _quoted_fragment(text: str, sentence: Sentence, depth: list[int]) -> bool:
    """Whether a sentence ending inside a quotation ends a fragment (see :func:`quoted_sentences`),
    counting its quoted words from the quotation's opening mark, or the whole sentence when the
    quotation opened before it."""
    start = sentence.start
    for i in range(sentence.end - 1, sentence.start - 1, -1):
        if depth[i] == 0:  # the opening mark (depth counts after it)
            start = i + 1
            break
    paused = sentence.text.rstrip().endswith(("..", "…"))
    return len(words(text[start:sentence.end])) <= (PAUSED_FRAGMENT_WORDS if paused else STOPPED_FRAGMENT_WORDS)


def is_heading_line(article: Article, sentence: Sentence) -> bool:
    """A title, subtitle or caption line: short, not closed like a sentence, not a continuation.

    Except a body line that reports in the past tense ("بايدن حذر بوتين من …"): Arabic
    headlines report in the present ("بايدن يحذر بوتين"), so an unpunctuated line with a
    perfect reporting verb among its first words is a news sentence, as in breaking-news
    flashes, tickers and SMS bulletins that never close their lines. The article's first
    line (its title) and Markdown headings stay headings.
    """
    line = _line_of(article.text, sentence.start)
    if sentence.heading:
        return line.first or line.markdown or not line.reports_in_past
    return line.short_unclosed


@dataclass(frozen=True)
class _Line:
    start: int
    end: int
    first: bool  # the article's first line (its title)
    markdown: bool  # a Markdown heading ("# …")
    reports_in_past: bool  # a perfect reporting verb among its first words
    short_unclosed: bool  # at most 14 words, not closed like a sentence, not a continuation (و/ف)


_PRINTED = re.compile(r"\S")
_LINE_WORD = re.compile(r"[^\W_]+")  # a word of a line, as far as counting a heading's words goes


def _first_printed(text: str) -> int:
    """Where the text's first non-blank character stands (its length when none does)."""
    m = _PRINTED.search(text)
    return m.start() if m else len(text)


_LAST_LINE: list = [None, None]  # the text and the _Line last read from it


def _line_of(text: str, pos: int) -> _Line:
    """What :func:`is_heading_line` needs to know of the line holding `pos`, read once per line
    (the sentences of one line are asked about in turn: a long unpunctuated line has many)."""
    last = _LAST_LINE[1]
    if _LAST_LINE[0] is text and last.start <= pos and (pos < last.end or pos == last.end == len(text)):
        return last
    ls = text.rfind("\n", 0, pos) + 1
    le = text.find("\n", pos)
    le = le if le >= 0 else len(text)
    line = text[ls:le].strip()
    body = line.rstrip("\"'”»’)] ")
    ws = [m.group() for m in islice(_LINE_WORD.finditer(fold(line[:400])), 15)]  # a count up to 14, the first word
    closed = body.endswith((".", "!", "?", "؟", "…")) and not body.endswith("..")
    found = _Line(
        ls, le,
        first=ls <= _first_printed(text),
        markdown=line.startswith("#"),
        reports_in_past=reports_in_past(line),
        short_unclosed=bool(ws) and not closed and len(ws) <= 14 and ws[0][:1] not in "وف" or not ws,
    )
    _LAST_LINE[:] = [text, found]
    return found
