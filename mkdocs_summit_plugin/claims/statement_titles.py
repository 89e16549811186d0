"""The title and slug of a statement claim, from its most representative excerpt.

The title is "speaker: gist" (:func:`statement_title`): the gist is the
reported content of the group's medoid excerpt after its attribution, about
twelve words, tidied of quotes, tatweel and dots pushed into words. The slug
(:func:`statement_slug`) is two to four of the group's most frequent terms,
transliterated to ASCII (camel-tools ar2safebw), so claim ids survive rebuilds.
"""
from __future__ import annotations

import re
from collections import Counter
from typing import Sequence

from ..mentions.statements.analysis import analyse_mention
from ..mentions.statements.lexicon import lexicon, starts_with
from ..mentions.statements.speakers import QUOTES_AND_BRACKETS
from ..mentions.statements.terms import content_tokens, term_keys
from ..model import Mention
from ..text.normalise import transliterate
from ..text.stemming import bare, strip_article
from ..text.tokens import Tok, tokens, words

MEDOID_EXACT = 64  # groups up to this size get the exact medoid; larger ones a linear estimate


def _medoid(group: Sequence[Mention]) -> Mention:
    """The excerpt most like the others (ties: the shortest, then the first).

    "Most like" is the summed Jaccard similarity of term sets, which costs the
    square of the group's size; above MEDOID_EXACT excerpts (a statement
    reprinted by hundreds of articles) each excerpt is scored instead by how
    many others hold each of its terms, on average over its terms: linear, and
    the same choice whenever the excerpts are copies or near-copies.
    """
    if len(group) == 1:
        return group[0]
    sets = [set(analyse_mention(m).terms) for m in group]
    if len(group) > MEDOID_EXACT:
        held = Counter(k for s in sets for k in s)

        def likeness(i: int) -> float:
            return sum(held[k] - 1 for k in sets[i]) / max(1, len(sets[i]))
    else:

        def likeness(i: int) -> float:
            return sum(len(sets[i] & sets[j]) / max(1, len(sets[i] | sets[j])) for j in range(len(group)) if j != i)

    return group[min(range(len(group)), key=lambda i: (-likeness(i), len(group[i].excerpt), i))]


def statement_title(group: list[Mention]) -> str:
    """A short Arabic title: "speaker: gist" from the most representative excerpt."""
    m = _medoid(group)
    a = analyse_mention(m)
    toks = tokens(m.excerpt, 0)
    gist = _gist(m, toks)
    speaker = m.speaker or a.speaker
    title = f"{speaker}: {gist}" if speaker and speaker not in gist else gist
    return _tidy(title)


def _gist(m: Mention, toks: Sequence[Tok]) -> str:
    """The reported content of an excerpt (after its attribution), tidied, about 12 words."""
    lex = lexicon()
    a = analyse_mention(m)
    rel = a.content_start - m.start
    start = next((i for i, t in enumerate(toks) if t.start >= rel), 0)
    # an opening "أن"/"يذكر أن" says nothing in a title
    n = max((len(p) for p in lex.background if starts_with(toks, [p], start)), default=0)
    start += n
    while start < len(toks) - 2 and any(b in lex.complementizers for b in bare(toks[start].word)[:2]):
        start += 1
    if start >= len(toks) - 1:
        start = 0
    words_ = toks[start:start + 12]
    if not words_:
        return _tidy(m.excerpt)
    text = _tidy(m.excerpt[words_[0].start:words_[-1].end]).strip(" ،,.:؛")
    if start + 12 < len(toks):
        text += " …"
    return text


_INWORD_NOISE = re.compile(r"(?<=[\u0621-\u064a])[\u0640]*\.[\u0640]*(?=[\u0621-\u064a])|\u0640")


def _tidy(text: str) -> str:
    """Readable text for a title: no quotes, tatweel or dots pushed into words."""
    text = _INWORD_NOISE.sub("", text)
    text = QUOTES_AND_BRACKETS.sub("", text)
    return " ".join(text.split())


def statement_slug(group: list[Mention]) -> str:
    """A stable ASCII id part: 2–4 key terms of the group, transliterated (camel-tools ar2safebw)."""
    counts: Counter = Counter()
    first_pos: dict[str, tuple] = {}
    surface: dict[str, str] = {}
    for m in group:
        toks = tokens(m.excerpt, 0)
        a = analyse_mention(m)
        ctoks = content_tokens(toks)
        for k, j in term_keys(ctoks):
            if k not in a.terms or a.terms[k] < 1.0:
                continue
            counts[k] += 1
            first_pos.setdefault(k, (m.article, m.start, j))
            surface.setdefault(k, strip_article(ctoks[j].word))
    if not counts:
        base = _ascii(" ".join(words(group[0].excerpt)[:3]))
        return base or "statement"
    ranked = sorted(counts, key=lambda k: (-counts[k], first_pos[k], k))[:4]
    ranked.sort(key=lambda k: first_pos[k])
    parts = []
    for k in ranked:
        if k.startswith("@"):
            parts.append(k[1:])
        else:
            parts.append(_ascii(surface[k]))
    slug = "-".join(p for p in parts if p)
    slug = re.sub(r"-+", "-", slug).strip("-")
    return slug[:80] or "statement"


def _ascii(text: str) -> str:
    t = transliterate(text).lower()
    t = re.sub(r"[^a-z0-9]+", "-", t)
    return t.strip("-")
