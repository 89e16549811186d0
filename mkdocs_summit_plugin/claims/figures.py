"""Figures: where values tell facts apart, one claim per figure (running totals, counts no attribute explains).

**Running totals.** A death toll, a count of the injured or of the missing
(``running: true`` in ``lexicon/attributes.yaml``) is raised with each
official bulletin: an outlet that gives 912 dead in the afternoon does not
contradict one that gave 76 at dawn. Such figures only conflict when they are
for the same time, and articles rarely say the hour of a figure; so each
distinct figure is a claim of its own (the figure as of its bulletin), and the
outlets that carry the same figure confirm each other:

1. the mentions whose values name one figure (a closed interval: an exact
   number, a hedge, a range) are joined when their values agree ("about 170" and
   "170"), while all of a figure's values can still be right at once (no hedge
   chains two bulletins: :func:`_figures`);
2. an open bound ("أكثر من 9000", "76 على الأقل") names no figure of its own:
   it joins the figure nearest its finite end among those all of whose values it
   agrees with ("at least 76" joins 76, not a later 912; "more than 9000" joins 10100), the one
   more articles carry on a tie, and stays a claim of its own when it agrees
   with none or only with figures more than 1.5 times (or under 2/3 of) its finite
   end ("at least 65" says nothing of 10100).

3. two figures given *for the same time* by different articles are about the
   same thing, so they are one claim and may conflict (:func:`_same_time`):
   figures whose reported mentions share their ``as_of`` (``assign/times.py``:
   the date, and the part of the day or the publication's clock time when one
   is known; a mention with a finer time and one without are not the same
   time) are joined, unless one article carries both (it tells them apart
   itself). Without a known date nothing is joined.

The claims of one toll are told apart by their figure: their ids and titles
carry it ("عدد القتلى في … (76)"); ``claims/timeline.py`` puts them in order.

**Counts no attribute explains** (:func:`split_generic_count`): joined by the
word that governs them or by agreeing values, see there.
"""
from __future__ import annotations

import math
import re
from functools import lru_cache
from typing import Sequence

from ..lexicon import load
from ..model import REPORTED, Mention
from ..text.normalise import fold, word_pattern
from ..assign.sources import other_source
from ..mentions.quantities.bounds import OPEN_BELOW
from .status import agree, hedges_agree, interval


def _closed(m: Mention) -> bool:
    """Does the mention name a figure (both ends of its interval finite)? "بما يصل إلى 1300" (up to
    1300) does not: its 0 is no end anyone wrote, and read as one it agrees with every smaller
    figure of a toll, joining the bulletins of a whole week into one."""
    if m.quantity.bound in OPEN_BELOW:
        return False
    low, high = interval(m.quantity)
    return not (math.isinf(low) or math.isinf(high))


def _join(items: Sequence[Mention], linked, apart=()) -> list[list[Mention]]:
    """`items` joined transitively wherever `linked(i, j)` holds (union-find), groups in first-member order.

    The pairs of `apart` are joined after those, and only when no article carries
    both sides (an article that gives two figures tells them apart itself).
    """
    parent = list(range(len(items)))
    articles = [{m.article} for m in items]

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, j in linked:
        a, b = root(i), root(j)
        if a != b:
            parent[b] = a
            articles[a] |= articles[b]
    for i, j in apart:
        a, b = root(i), root(j)
        if a != b and not articles[a] & articles[b]:
            parent[b] = a
            articles[a] |= articles[b]
    groups: dict[int, list[Mention]] = {}
    for i, m in enumerate(items):
        groups.setdefault(root(i), []).append(m)
    return list(groups.values())


def _agreeing_pairs(closed: Sequence[Mention]):
    """Pairs (i, j) of closed-valued mentions whose values agree (a sweep over sorted intervals; two
    hedged values only when they are within a hedge of each other: "about 2000" and "about 2400" are
    two figures, ``status.hedges_agree``) and whose places are not two different ones (a toll in
    Syria is not one in Turkey)."""
    spans = [interval(m.quantity) for m in closed]
    order = sorted(range(len(closed)), key=lambda i: spans[i])
    for pos, i in enumerate(order):
        for j in order[pos + 1:]:
            if spans[j][0] >= spans[i][1]:
                break  # sorted by start: no later interval can overlap this one
            if (agree(closed[i].quantity, closed[j].quantity) and hedges_agree(closed[i].quantity, closed[j].quantity)
                    and not _other_places([closed[i]], [closed[j]])):
                yield i, j


def _places(figure: Sequence[Mention]) -> set[str]:
    """The places a figure's mentions name (a toll's "في سوريا"; ``assign/places.py``)."""
    return {k for m in figure for k in m.places}


def _other_places(a: Sequence[Mention], b: Sequence[Mention]) -> bool:
    """Do two figures name places and share none? Then they are tolls of different places, never one figure."""
    pa, pb = _places(a), _places(b)
    return bool(pa and pb and not pa & pb)


def _other_source(bound: Mention, figure: Sequence[Mention]) -> bool:
    """Is an open bound given by a body other than the one(s) the figure's mentions name, and by none
    of them? ("ما لا يقل عن 86" of the civil defence is no bound of the ministry's 111.) Only the
    mentions that name the figure count: a bound attached to it before, of another body, says
    nothing of whose figure it is (two bodies' "أكثر من 70" both join an unsourced 70)."""
    sources = [m.speaker for m in figure if m.speaker and _closed(m)]
    return bool(bound.speaker and sources) and all(other_source(bound.speaker, s) for s in sources)


def _figures(closed: Sequence[Mention]) -> list[list[Mention]]:
    """Closed-valued mentions joined into figures by agreement, in first-member order.

    A figure's values can all be right at once: two figures join only while the values they
    allow still meet (their intervals' common part, kept per figure), the closest pairs of
    values first. Joined by agreement alone, hedges would chain one bulletin to the next:
    "نحو 500" agrees with 455 and with 520, and "حوالي 560" with 520, yet 455 and 520 are
    two bulletins of a rising count, not one figure told two ways.
    """
    spans = [interval(m.quantity) for m in closed]
    mid = [_middle(span) for span in spans]
    parent = list(range(len(closed)))
    common = list(spans)

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, j in sorted(_agreeing_pairs(closed), key=lambda p: (abs(mid[p[0]] - mid[p[1]]), p)):
        a, b = root(i), root(j)
        if a == b:
            continue
        low, high = max(common[a][0], common[b][0]), min(common[a][1], common[b][1])
        if low < high:
            a, b = min(a, b), max(a, b)
            parent[b] = a
            common[a] = (low, high)
    groups: dict[int, list[Mention]] = {}
    for i, m in enumerate(closed):
        groups.setdefault(root(i), []).append(m)
    return list(groups.values())


def _middle(span: tuple[float, float]) -> float:
    """The middle of a closed interval (a figure's value, or a range's centre)."""
    return (span[0] + span[1]) / 2


def _best_figure(bound: Mention, figures: list[list[Mention]], same_key=None) -> int:
    """The index of the figure an open bound belongs to (the nearest it agrees with), or -1 when none.

    Only the figure's own values are compared (its mentions that name a figure):
    an open bound attached to it before ("أكثر من 2316") says nothing of where
    the figure lies, so it never lets a further bound ("أكثر من 2700") join.
    With `same_key`, only figures holding a mention of the bound's key that it
    agrees with qualify (a generic count's governing word), when one does: "حوالى
    مئة مبنى" and "أكثر من 2800 مبنى" under one verb are two figures, not a conflict.
    """
    e = bound.quantity
    if same_key is not None:
        own = [
            i for i, f in enumerate(figures)
            if any(same_key(m) == same_key(bound) and _closed(m) and agree(e, m.quantity) for m in f)
        ]
        if own:
            return max(own, key=lambda i: (len({m.article for m in figures[i]}), i))
    best, best_key = -1, None
    low, high = interval(e)
    edge = low if math.isinf(high) else high  # the bound's finite end: "at least 76" → 76
    for i, figure in enumerate(figures):
        named = [m for m in figure if _closed(m)]
        if not any(_near(edge, m.quantity.value) for m in named) or not all(agree(e, m.quantity) for m in named):
            continue  # a bound that one of the figure's values contradicts is no bound of it ("أكثر من 600" of 560)
        if _other_places([bound], figure):
            continue
        if _other_source(bound, figure) and not any(m.quantity.value == edge for m in named):
            continue  # another body's bound joins a figure only at its own number ("90 على الأقل" and 90)
        if not any(m.quantity.value == edge for m in named) and (
            (bound.places and not _places(figure)) or bound.article in {m.article for m in figure}
        ):
            # joining a figure of another value is a guess, made only when nothing tells them apart:
            # not when the bound names its place and the figure none ("237 على الأقل في سوريا" is
            # no bound of a 326 said of no place), nor when its own article gives that other figure
            continue
        key = (min(abs(m.quantity.value - edge) for m in named), -len({m.article for m in figure}))
        if best_key is None or key < best_key:
            best, best_key = i, key
    return best


NEAR = 1.5  # an open bound speaks of a figure at most this many times its finite end (or its inverse)


def _near(edge: float, value: float) -> bool:
    """Is `value` within a factor of NEAR of an open bound's finite end?"""
    if edge <= 0 or value <= 0:
        return edge == value
    return 1 / NEAR <= value / edge <= NEAR


def split_running_total(group: list[Mention]) -> list[list[Mention]]:
    """A running total's mentions, one group per figure (see the module's docstring), in text order."""
    return _attach_open_bounds(group, _same_time(_figures([m for m in group if _closed(m)])))


def _moments(figure: Sequence[Mention]) -> set[tuple]:
    """The known times a figure's reported mentions are as of, to the part of the day: (date, finer time).

    A date alone is no moment: a toll often rises within one day (76 at dawn, 912
    by the evening), so two figures dated only by the same day are not taken for
    the same time.
    """
    return {(m.as_of, m.as_of_time) for m in figure if m.as_of and m.as_of_time and m.modality == REPORTED}


def _same_time(figures: list[list[Mention]]) -> list[list[Mention]]:
    """Figures of one toll given for the same time by different articles, joined (in order, until none is left to join).

    Two figures join when they share a moment (:func:`_moments`) and no article
    carries both; a joined figure holds the articles of both.
    """
    figures = [list(f) for f in figures]
    joined = True
    while joined:
        joined = False
        for i, a in enumerate(figures):
            for j in range(i + 1, len(figures)):
                b = figures[j]
                if (
                    a and b and _moments(a) & _moments(b)
                    and not {m.article for m in a} & {m.article for m in b}
                    and not _other_places(a, b)
                ):
                    a.extend(b)
                    figures[j] = []
                    joined = True
    return [f for f in figures if f]


def split_generic_count(group: list[Mention]) -> list[list[Mention]]:
    """Counts no attribute explains, one group per thing counted, in text order.

    What such a count measures is known only by the word that governs it
    (``attributes.count_head``: "حدد 16 كيانا"), and outlets govern the same
    figure with different words ("خفض الإنتاج بمقدار مليوني برميل", "خفض
    إنتاجه مليوني برميل"). So counts of one unit are joined when they share
    their governing word (then differing values are a disagreement, unless they
    are SAME_FIGURE_FACTOR times apart: two figures, "100" in a table's row beside
    "مليوني برميل") or when
    their values agree (the same figure, whatever governs it); a different
    figure under a different word is a different fact, never a conflict. A level
    of supply ("البلاد تورد حوالي ثلاثة ملايين برميل يوميا": :func:`_supply_level`) is
    no cut or rise of the same size: it joins a figure by value only under its
    own governing word. Counts that no word governs ("<unit>-count" alone: "16
    منها") share nothing but their unit, so they join only by agreeing values;
    so do counts told as standing so far ("جرى الإبلاغ حتى الآن عن انهيار 6
    مبان": a figure as of its hour, on a timeline like a toll's, see
    :func:`_so_far`). Two figures under one word that one article gives both of
    (the interior minister's 6 collapsed buildings and the mayor's "about 20")
    are two reports it tells apart, never a disagreement.
    """
    closed = [m for m in group if _closed(m)]
    agreeing = [
        (i, j) for i, j in _agreeing_pairs(closed)
        if closed[i].attribute == closed[j].attribute or not (_supply_level(closed[i]) or _supply_level(closed[j]))
    ]
    figures = _join(closed, agreeing, list(_same_key_close_pairs(closed, _governing_key)))
    return _attach_open_bounds(group, figures, same_key=lambda m: m.attribute)


def _governing_key(m: Mention):
    """A generic count's attribute when it names the word that governs the count ("barrel-count-xfd"),
    else None: two counts that no word governs are not known to be of one thing, and a count so far
    is a figure as of its hour (:func:`_so_far`)."""
    attribute = m.attribute or ""
    return None if attribute == f"{m.quantity.unit}-count" or _so_far(m) else attribute


@lru_cache(maxsize=1)
def _so_far_pattern() -> re.Pattern:
    """The words that tell a figure as standing so far (lexicon/attributes.yaml: so_far_markers), folded."""
    return word_pattern(load("attributes").get("so_far_markers", ()), clitics=False)


def _so_far(m: Mention) -> bool:
    """Is a count told as standing so far ("حتى الآن"، "حتى اللحظة"، "لغاية الآن") in its excerpt? Then it is
    the figure as of its hour, which a later report may raise: one figure of a timeline, never a conflict."""
    return bool(_so_far_pattern().search(fold(m.excerpt)))


SUPPLY_REACH = 3  # words before a count (a hedge among them) in which a verb of supplying governs it


@lru_cache(maxsize=1)
def _supply_words() -> frozenset[str]:
    """Verbs of an ongoing level (lexicon/attributes.yaml: supply_levels), folded."""
    return frozenset(fold(w) for w in load("attributes").get("supply_levels", ()))


def _supply_level(m: Mention) -> bool:
    """Is a count told as a level someone supplies, produces or exports ("تورد حوالي مليوني برميل
    يوميا", "تنتج 10 ملايين برميل")? Said of a thing's ongoing level, not by how much it changes."""
    if m.quantity is None:
        return False
    before = m.excerpt[: max(0, m.quantity.start - m.start)]
    words = [re.sub(r"^[وف](?=\w{3})", "", w) for w in fold(before).split()[-SUPPLY_REACH:]]
    return any(w in _supply_words() for w in words)


SAME_FIGURE_FACTOR = 10  # outlets that disagree on one figure are never this many times apart


def _same_key_close_pairs(items: Sequence[Mention], key):
    """Pairs (i, j) of mentions with the same `key` whose values are within SAME_FIGURE_FACTOR of
    each other: under one governing word, "2 million" and "100" (a table's row) are two figures."""
    by_key: dict = {}
    for i, m in enumerate(items):
        k = key(m)
        if k is not None:  # a count no word governs pairs with none by its key
            by_key.setdefault(k, []).append(i)
    for members in by_key.values():
        for pos, i in enumerate(members):
            for j in members[pos + 1:]:
                a, b = sorted((abs(items[i].quantity.value), abs(items[j].quantity.value)))
                if a > 0 and b / a <= SAME_FIGURE_FACTOR or a == b:
                    yield i, j


def _attach_open_bounds(group: list[Mention], figures: list[list[Mention]], same_key=None) -> list[list[Mention]]:
    """Each open bound joins the figure it belongs to (see :func:`_best_figure`); the groups in text order.

    Bounds that join no figure are figures of their own, one per bound as written: "237 على
    الأقل" in two articles is one ("at least 237", of one place and body when they name them).
    """
    alone: list[list[Mention]] = []
    for m in group:
        if _closed(m):
            continue
        i = _best_figure(m, figures, same_key)
        if i >= 0:
            figures[i].append(m)
            continue
        same = next((f for f in alone if _same_bound(m, f)), None)
        if same is None:
            alone.append([m])
        else:
            same.append(m)
    order = {id(m): k for k, m in enumerate(group)}
    out = [sorted(f, key=lambda m: order[id(m)]) for f in figures + alone]
    return sorted(out, key=lambda f: order[id(f[0])])


def _same_bound(bound: Mention, figure: Sequence[Mention]) -> bool:
    """Is `figure` (open bounds that joined no figure) the same bound as `bound`: the same interval,
    no two places, no two bodies? One article's lead and body that both give "at least 2" give one
    figure (equal bounds never disagree, so joining them can make no conflict)."""
    first = figure[0]
    return (
        interval(first.quantity) == interval(bound.quantity)
        and not _other_places([bound], figure)
        and not _other_source(bound, figure)
    )
