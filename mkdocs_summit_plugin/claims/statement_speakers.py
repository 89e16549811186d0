"""Speakers across one event's articles: a title one article leaves bare, another names.

An article that writes only "الرئيس الأمريكي" or "وزير الصحة" speaks of the
person other articles of the same event introduce with that title ("الرئيس
الأمريكي جو بايدن"، "وزير الصحة اللبناني حمد حسن"). Each statement's analysis
keeps its speaker's kind and title key (``names``); :func:`resolve_event_speakers`
gathers, for the event, the names each title key was written with, and gives a
statement whose speaker is a bare title or role phrase the one name its title
stands for (``names.title_resolves``), if exactly one. A name written with or
without a space ("عبدالعزيز"، "عبد العزيز") is shown one way, the event's most
frequent. Linear in the event's statements, deterministic (the names are
gathered before any is given).
"""
from __future__ import annotations

from collections import Counter, defaultdict
from typing import Sequence

from ..mentions.statements.analysis import analyse_mention
from ..mentions.statements.names import NAME, ROLE, TITLE, title_resolves
from ..model import Mention
from ..mentions.statements.lexicon import lexicon
from ..text.normalise import fold
from ..text.tokens import words


def resolve_event_speakers(mentions: Sequence[Mention]) -> None:
    """Set each statement mention's speaker (shown on the claim page and in claims.json): its
    own, or the one name the event's other articles give its title. Recomputed from the
    analyses on every run, so a mention kept between runs never carries a stale name."""
    analyses = [analyse_mention(m) for m in mentions]
    spelling = _spellings([(a.speaker, a.speaker_title) for a in analyses if a.speaker_kind == NAME and a.speaker])
    names_of: dict[frozenset, set] = defaultdict(set)
    for a in analyses:
        if a.speaker_kind == NAME and a.speaker_title and a.speaker:
            names_of[frozenset(a.speaker_title)].add(spelling[a.speaker])
    keys = sorted(names_of, key=sorted)
    found: dict[tuple, object] = {}
    for m, a in zip(mentions, analyses):
        m.speaker = spelling.get(a.speaker, a.speaker) if a.speaker_kind == NAME else a.speaker
        if a.speaker_kind not in (TITLE, ROLE) or not a.speaker_title:
            continue
        if a.speaker_title not in found:
            short = frozenset(a.speaker_title)
            names = {n for k in keys if title_resolves(short, k) for n in names_of[k]}
            found[a.speaker_title] = next(iter(names)) if len(names) == 1 else None
        if found[a.speaker_title]:
            m.speaker = found[a.speaker_title]


def _spellings(named: list[tuple[str, tuple]]) -> dict[str, str]:
    """{name: how the event writes it}. Two names are one person when they are equal but for
    spaces ("عبدالعزيز"، "عبد العزيز"), or share a word and one's title stands for the
    other's ("الرئيس الصيني شي جينبينغ"، "الرئيس الصيني شي جين بينغ"); a person is shown
    by the writing the event uses most (then the first in sorted order)."""
    counts = Counter(n for n, _ in named)
    titles: dict[str, set] = defaultdict(set)
    for n, t in named:
        if t:
            titles[n].add(frozenset(t))
    parent = {n: n for n in counts}

    def root(n: str) -> str:
        while parent[n] != n:
            parent[n] = parent[parent[n]]
            n = parent[n]
        return n

    def join(a: str, b: str) -> None:
        ra, rb = root(a), root(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)

    by_form: dict[str, str] = {}
    by_word: dict[str, list] = defaultdict(list)
    for n in sorted(counts):
        join(n, by_form.setdefault(fold(n).replace(" ", ""), n))
        for w in set(words(n)) - lexicon().name_joiners:
            for o in by_word[w]:
                if any(title_resolves(x, y) or title_resolves(y, x) for x in titles[n] for y in titles[o]):
                    join(n, o)
            by_word[w].append(n)
    groups: dict[str, list] = defaultdict(list)
    for n in counts:
        groups[root(n)].append(n)
    out = {}
    for ns in groups.values():
        best = min(ns, key=lambda n: (-counts[n], n))
        out.update((n, best) for n in ns)
    return out
