"""Whether two statements contradict each other: a negation, opposite predicates or a denial.

Contradiction (:func:`contradicts`) is only a negation of the same predicate
(one side negates a term the other asserts, nearly everything else shared), an
opposite predicate pair from the lexicon, or a denial verb ("نفى") against an
assertion. Anything less is not a conflict, and neither is what a speaker had said
before, told in the pluperfect ("وكانت الوزارة قد نفت …"): a position since changed.
``status.judge_statement`` compares one mention per :func:`contradiction_signature`
and skips pairs that :func:`may_contradict` rules out.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..mentions.statements.analysis import analyse_mention
from ..mentions.statements.lexicon import context_keys, lexicon
from ..model import Mention
from ..text.normalise import fold
from ..text.tokens import words


def contradicts(a: Mention, b: Mention) -> bool:
    """True only for a real contradiction: the same predicate negated on one side, or opposite predicates."""
    if a is b:
        return False
    x, y = analyse_mention(a), analyse_mention(b)
    if x.former or y.former:
        return False  # what a speaker had said before and now says otherwise is a change, not a dispute
    if a.speaker and b.speaker and a.speaker != b.speaker and not (x.denial or y.denial):
        return False
    tx = {k for k, f in x.terms.items() if f >= 1.0}
    ty = {k for k, f in y.terms.items() if f >= 1.0}
    if not tx or not ty:
        return False
    shared = tx & ty
    overlap = len(shared) / min(len(tx), len(ty))
    if len(shared - context_keys()) < 2:
        return False  # too little in common to be the same statement
    if x.negated != y.negated:
        neg, pos = (x, ty) if x.negated else (y, tx)
        if neg.negated_term in (y if x.negated else x).without:
            return False  # "لن يعلن أي قرار" and "انفض الاجتماع دون إعلان أي قرار" agree
        if _offered(b if x.negated else a):
            return False  # "خيّره بين توقيع الاتفاق أو الانسحاب" says no signing happened either
        if neg.denial:
            return overlap >= 0.6
        return bool(neg.negated_term and neg.negated_term in pos) and overlap >= 0.7
    lex = lexicon()
    for k in tx - ty:
        opp = lex.opposites.get(k)
        if opp and opp & (ty - tx) and overlap >= 0.6:
            return True
    return False


def _offered(m: Mention) -> bool:
    """Does the statement offer what it says as a choice or under a condition, or speak only of its
    hope or chance (a word or phrase of the lexicon's ``alternative_words``: "أو"، "إما"، "إذا"،
    "ما لم"، "الأمل")? Then it does not say that it happened."""
    return _alternatives().search(f" {' '.join(words(fold(m.excerpt)))} ") is not None


@lru_cache(maxsize=1)
def _alternatives() -> re.Pattern:
    """One pattern of the lexicon's ``alternative_words``, each a whole word or phrase."""
    return re.compile("|".join(f" {re.escape(w)} " for w in sorted(lexicon().alternative_words)))


def contradiction_signature(m: Mention) -> tuple:
    """What :func:`contradicts` reads of a mention: mentions with the same signature
    contradict every other mention alike and never each other (``status.judge_statement``).
    The sixth field (whether a term has a lexicon opposite) only serves :func:`may_contradict`."""
    x = analyse_mention(m)
    full = frozenset(k for k, f in x.terms.items() if f >= 1.0)
    opposites = lexicon().opposites
    return (m.speaker, x.denial, full, x.negated, x.negated_term, any(k in opposites for k in full), _offered(m),
            x.without, x.former)


def may_contradict(a: tuple, b: tuple) -> bool:
    """False where :func:`contradicts` is False for certain, on two signatures: one side must
    be negated and the other not, or both must hold a term with an opposite (the lexicon's
    opposites are symmetric)."""
    return a[3] != b[3] or (a[5] and b[5])
