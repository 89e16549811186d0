"""Reporting verbs: "قال"، "أكد"، "مضيفاً" …, and the perfect ones that make a line report.

A word is a reporting verb when the lexicon lists it, also after the
conjunction و/ف or a purpose lam (:func:`is_reporting`). Headlines report in
the present ("بايدن يحذر بوتين"); a line with a perfect reporting verb among
its first words ("بايدن حذر بوتين من …") reports like a news sentence
(:func:`reports_in_past`).
"""
from __future__ import annotations

from functools import lru_cache

from ...text.tokens import words
from .lexicon import lexicon, starts_with

PAST_REPORT_WORDS = 4  # a perfect reporting verb this early makes an unpunctuated line a sentence


@lru_cache(maxsize=100_000)
def is_reporting(word: str) -> bool:
    """A reporting verb, possibly after the conjunction و/ف ("وأضاف", "فقال"); per word type."""
    lex = lexicon()
    if word in lex.reporting or (word[:1] in "وف" and word[1:] in lex.reporting):
        return True
    # purpose lam before an imperfect reporting verb: "وخرج بوتين ليعلن أن …"
    return word[:1] == "ل" and word[1:2] in "يت" and word[1:] in lex.reporting


def says_back(toks, at: int = 0) -> int:
    """Does toks[at:] open with a demonstrative that points back and a verb of saying whose
    object it is ("هذا ما قاله الوزير"، "وذلك ما أعلنته الوزارة"، lexicon ``said_back_openers``)? Then
    it names the source of the clause before it, whatever follows. How many words up to the verb, or 0."""
    if at >= len(toks):
        return 0
    first, firsts = toks[at].word, _said_back_firsts()
    if first not in firsts and not (first[:1] in "وف" and first[1:] in firsts):
        return 0  # most words open no such phrase
    n = starts_with(toks, lexicon().said_back_openers, at)
    if not n or at + n >= len(toks):
        return 0
    w = toks[at + n].word
    # the verb with its object pronoun ("قاله"، "أعلنته"), or followed by "به" ("ما صرح به")
    return n if is_reporting(w) or (w[-1:] == "ه" and is_reporting(w[:-1])) else 0


@lru_cache(maxsize=1)
def _said_back_firsts() -> frozenset:
    """The first words of ``said_back_openers`` (folded)."""
    return frozenset(p[0] for p in lexicon().said_back_openers)


def is_saying_participle(w: str) -> bool:
    """A reporting participle ("مشيرا"، "مضيفة"، "قائلا"): it has no subject of its own, so after
    a quotation ("«…» مشيرًا إلى أن …") it goes on with the speaker, it does not name one."""
    w = w[1:] if w[:1] in "وف" and len(w) > 4 else w
    return is_reporting(w) and (w.startswith("م") or w in lexicon().reply_markers) and w[-1:] in "اه"


def reports_in_past(line: str) -> bool:
    """A perfect-tense reporting verb among the line's first words ("بايدن حذر …", "وقال …")."""
    past = _past_reporting()
    head = " ".join(line.split(maxsplit=2 * PAST_REPORT_WORDS)[: 2 * PAST_REPORT_WORDS])  # not the whole line
    for w in words(head)[:PAST_REPORT_WORDS]:
        if w in past or (w[:1] in "وف" and w[1:] in past):
            return True
    return False


@lru_cache(maxsize=1)
def _past_reporting() -> frozenset:
    """The lexicon's reporting verbs in the perfect: without the imperfect prefix ي, nor the
    prefix ت where the ي form is listed too ("تقول" beside "يقول"; "تابع" stays), nor the
    forms that are also common other words ("بين" is also "between", "ذكر" "mention")."""
    lex = lexicon()
    forms = lex.reporting
    return frozenset(
        w for w in forms - lex.ambiguous_reporting
        if not w.startswith("ي") and not (w.startswith("ت") and "ي" + w[1:] in forms)
    )
