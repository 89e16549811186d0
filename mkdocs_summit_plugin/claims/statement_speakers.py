"""Speakers across one event's articles: a title one article leaves bare, another names.

An article that writes only "الرئيس الأمريكي" or "وزير الصحة" speaks of the
person other articles of the same event introduce with that title ("الرئيس
الأمريكي جو بايدن"، "وزير الصحة اللبناني حمد حسن"). Each statement's analysis
keeps its speaker's kind and title key (``names``) and the titled people of its
article (a title written with a name, in a statement or not: ``article_people``);
:func:`resolve_event_speakers` gathers, for the event, the names each title key
was written with, and gives a statement whose speaker is a bare title, a role
phrase or a title holder's office ("مكتب رئيس الوزراء") the one name its title
stands for (``names.title_resolves``), if exactly one among the event's named
speakers, else (none of them holds it) exactly one among its titled people: two
foreign ministers of the event leave "وزير الخارجية" unresolved. A name written with or
without a space ("عبدالعزيز"، "عبد العزيز") is shown one way, the event's most
frequent. Linear in the event's statements, deterministic (the names are
gathered before any is given).
"""
from __future__ import annotations

from collections import Counter, defaultdict
from typing import Optional, Sequence

from ..mentions.statements.analysis import analyse_mention
from ..mentions.statements.names import BODY, NAME, ROLE, TITLE, title_resolves
from ..model import Mention
from ..mentions.statements.lexicon import lexicon
from ..text.normalise import fold
from ..text.tokens import words


def resolve_event_speakers(mentions: Sequence[Mention]) -> None:
    """Set each statement mention's speaker (shown on the claim page and in claims.json): its
    own, or the one name the event's other articles give its title. Recomputed from the
    analyses on every run, so a mention kept between runs never carries a stale name."""
    analyses = [analyse_mention(m) for m in mentions]
    speaking = [(a.speaker, a.speaker_title) for a in analyses if a.speaker_kind == NAME and a.speaker_title and a.speaker]
    titled = _titled(analyses)
    spelling = _spellings(speaking + titled + [(a.speaker, a.speaker_title) for a in analyses
                                               if a.speaker_kind == NAME and a.speaker])
    tiers = [_names_by_title(speaking, spelling), _names_by_title(titled, spelling)]
    found: dict[tuple, object] = {}
    for m, a in zip(mentions, analyses):
        m.speaker = spelling.get(a.speaker, a.speaker) if a.speaker_kind == NAME else a.speaker
        if a.speaker_kind not in (TITLE, ROLE, BODY) or not a.speaker_title:
            continue
        if a.speaker_title not in found:
            found[a.speaker_title] = _holder(frozenset(a.speaker_title), tiers)
        if found[a.speaker_title]:
            m.speaker = found[a.speaker_title]


def _names_by_title(named: list[tuple[str, tuple]], spelling: dict) -> dict[frozenset, set]:
    """{title key: the names (as the event writes them) written with it}."""
    out: dict[frozenset, set] = defaultdict(set)
    for name, key in named:
        out[frozenset(key)].add(spelling.get(name, name))
    return out


def _holder(short: frozenset, tiers: list) -> Optional[str]:
    """The one name a title stands for: among the event's named speakers first, else (none of
    them holds it) among the people its articles name with a title; None when two hold it."""
    for names_of in tiers:
        names = {n for k in sorted(names_of, key=sorted) if title_resolves(short, k) for n in names_of[k]}
        if names:
            return next(iter(names)) if len(names) == 1 else None
    return None


def _titled(analyses) -> list[tuple[str, tuple]]:
    """(name, sorted title key) of every person the event's articles name with a title (each
    article's titled people, once per article)."""
    out: list[tuple[str, tuple]] = []
    seen: set = set()
    for a in analyses:
        people = getattr(a, "article_people", ())
        if people and people not in seen:
            seen.add(people)
            out += [(name, tuple(key)) for key, name in people]
    return out


def _spellings(named: list[tuple[str, tuple]]) -> dict[str, str]:
    """{name: how the event writes it}. Two names are one person when they are equal but for
    spaces ("عبدالعزيز"، "عبد العزيز"), or share a word and have one title ("الرئيس الصيني
    شي جينبينغ"، "الرئيس الصيني شي جين بينغ"), or share the last word of one of them and
    one's title stands for the other's ("رئيس الوزراء الإثيوبي آبي أحمد"، "رئيس الوزراء أبي
    أحمد"; not "الرئيس محمد …" and "الرئيس الإماراتي محمد …"); a person is shown
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
        ws = words(n)
        for w in set(ws) - lexicon().name_joiners:
            for o in by_word[w]:
                last = w in (ws[-1], words(o)[-1])  # a shared first name alone ("محمد") is no person
                if any((last and (title_resolves(x, y) or title_resolves(y, x))) or x == y
                       for x in titles[n] for y in titles[o]):
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
