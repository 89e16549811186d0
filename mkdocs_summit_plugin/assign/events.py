"""Stage 4a: tie articles and sentences to events, from the articles' own text.

An event is known by its cues (``lexicon/events.yaml``): the mode of a meeting
("عبر الفيديو" → a video summit, "اتصال هاتفي" → a phone call) and its venue
("في جنيف", "قمة جنيف"). Each article's main event is the cue that weighs most
in it: cues in the title count 3, in the first three sentences 2, elsewhere 1;
a mode outweighs a venue named in the same place, since a video summit is often
compared with an earlier summit held somewhere. Sentences that look back
("الماضي", "السابقة") weigh only a quarter.

Articles whose main cues agree form one event. A sentence that names another
known event's cue and looks back, or names that event's venue outright
("وفي منتصف حزيران/يونيو الماضي عقدا قمة مباشرة في جنيف"), belongs to that event,
so nothing it says lands on the article's own event pages.

A venue the table does not list is read from the archive (:func:`learned_venues`: a word written
after "قمة" in two articles and after "في" in one) and is a cue like an editor's hint.

A venue names an event only when at least a third of its articles name it most: a report that
recalls another summit ("قمته … في العاصمة") while the other articles name no venue does not name
theirs (the event is then named by its story).

Editors may name events and add hints with the plugin's ``events`` option:
``[{id: geneva-2021-06, label: "قمة جنيف", cues: ["جنيف", "فيلا لاغرانج"]}]``.
An article with no cue at all joins the corpus's only event if there is just
one; otherwise the one event whose articles were published within a few days
of it (front matter ``published``), and no event when that is not one event.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, Optional, Sequence

from ..lexicon import load
from ..model import Article, Event, Sentence
from ..text.normalise import fold, word_pattern
from . import stories

TITLE_WEIGHT, LEAD_WEIGHT, BODY_WEIGHT, PAST_WEIGHT = 3, 2, 1, 0.25
LEAD_SENTENCES = 3
MODE_BONUS = 0.5  # a mode wins a tie with a venue
ARRIVAL_GAP = 8  # words an arrival verb's subject and time may take before "إلى" and the venue


@dataclass(frozen=True)
class EventHint:
    """An editor's description of an event (the plugin's ``events`` option)."""

    id: str
    label: str
    cues: tuple[str, ...]


@dataclass(frozen=True)
class Cue:
    key: str  # "mode:video", "place:geneva", "hint:<id>"
    start: int  # in folded sentence text
    end: int
    named: bool = True  # names an event outright (a mode, a hint, "قمة جنيف"), not only a place ("في جنيف")


@lru_cache(maxsize=1)
def _tables():
    table = load("events")
    modes = {}
    for name, spec in table["modes"].items():
        modes[f"mode:{name}"] = (spec["slug"], spec["label"], word_pattern([*spec["cues"], *map(definite, spec["cues"])]))
    places = {}
    for name, spec in table["places"].items():
        places.setdefault(fold(name), (spec["slug"], spec["label"]))
    preps = "|".join(re.escape(fold(p)) for p in table["venue_prepositions"])
    fillers = "|".join(re.escape(fold(f)) for f in table["venue_fillers"])
    nouns = "|".join(re.escape(fold(n)) for n in table["event_nouns"])
    names = "|".join(re.escape(p) for p in sorted(places, key=lambda p: (-len(p), p)))
    quote = r"[\"'“”«»]?"
    arrivals = "|".join(re.escape(fold(v)) for v in table["arrival_verbs"])
    holding = "|".join(re.escape(fold(v)) for v in table["holding_verbs"])
    filler = rf"(?:(?:ال)?(?:{fillers})\s+(?:\w+\s+)?)?"
    gap = r"(?:\w+\s+){0,3}?"
    # an arrival's subject and its time stand between the verb and "إلى": "وصل الرئيس الفرنسي
    # فلان، اليوم الأربعاء، إلى …" (ARRIVAL_GAP words, commas between them)
    arrival_gap = rf"(?:\w+[،,]?\s+){{0,{ARRIVAL_GAP}}}?"
    venue = re.compile(
        r"(?<!\w)(?:"
        rf"(?P<held>[وف]?(?:{holding})\s+{gap}[وف]?(?:{preps})\s*{filler})"
        rf"|(?:[وف]?(?:{preps})\s*{filler})"
        rf"|(?:[وف]?(?:{arrivals})[،,]?\s+{arrival_gap}الي\s*{filler})"
        rf"|(?P<noun>[وف]?(?:{nouns})\s+)"
        rf"){quote}(?P<place>{names}){quote}(?!\w)"
    )
    past = word_pattern(table["past_markers"])
    months = {fold(w): int(m) for m, words in table["months"].items() for w in words}
    return modes, places, venue, past, months


def definite(phrase: str) -> str:
    """A phrase of a noun and its adjectives made definite: "اتصال هاتفي" → "الاتصال الهاتفي".

    The article on the first word is a proclitic that :func:`word_pattern` allows;
    the adjectives after it take the article too, which a listed phrase does not say.
    """
    return " ".join(w if w.startswith("ال") else "ال" + w for w in phrase.split())


def find_cues(text: str, hints: Sequence[EventHint] = ()) -> list[Cue]:
    """The event cues in `text` (any text; folded here), in order."""
    modes, places, venue, _, _ = _tables()
    folded = fold(text)
    cues = [Cue(f"hint:{h.id}", m.start(), m.end()) for h in hints for m in word_pattern(h.cues).finditer(folded)]
    for key, (_, _, pattern) in modes.items():
        cues += [Cue(key, m.start(), m.end()) for m in pattern.finditer(folded) if not _furniture_before(key, folded, m.start())]
    for m in venue.finditer(folded):
        if _named_after(folded, m.start()):
            continue  # "ضمن صيغة محادثات أستانا": a format named after the city
        slug = places[m.group("place")][0]
        cues.append(Cue(f"place:{slug}", m.start("place"), m.end("place"), named=m.group("noun") is not None or m.group("held") is not None))
    return sorted(cues, key=lambda c: (c.start, c.key))


@lru_cache(maxsize=1)
def _frameworks() -> frozenset:
    return frozenset(fold(w) for w in load("events").get("framework_nouns") or ())


def _named_after(folded: str, start: int) -> bool:
    """Is the venue cue starting at `start` part of a format's or a process's name: a framework
    noun right before it ("صيغة محادثات أستانا"، "مسار جنيف")?"""
    before = re.findall(r"\w+", folded[max(0, start - 30):start])
    return bool(before) and re.sub(r"^[وفبل](?=\w{3})", "", before[-1]) in _frameworks()


@lru_cache(maxsize=1)
def _not_after() -> dict[str, frozenset]:
    """Per mode cue key, the words after which its cue is page furniture ("شاهد بالفيديو"), folded."""
    table = load("events")["modes"]
    return {f"mode:{name}": frozenset(fold(w) for w in spec.get("not_after", ())) for name, spec in table.items()}


def _furniture_before(key: str, folded: str, start: int) -> bool:
    """Is the mode cue at `start` right after a word of page furniture ("شاهد بالفيديو لحظة وصول …")?"""
    words = _not_after().get(key)
    if not words:
        return False
    before = re.findall(r"\w+", folded[max(0, start - 30):start])
    return bool(before) and re.sub(r"^[وف](?=\w{3})", "", before[-1]) in words


def looks_back(text: str) -> bool:
    """True when a sentence speaks of an earlier time ("الماضي", "منذ", "السابقة")."""
    return bool(_tables()[3].search(fold(text)))


def article_cue_weights(article: Article, sentences: Sequence[Sentence], hints: Sequence[EventHint] = ()) -> Counter:
    """How strongly each cue marks the article's main event."""
    weights: Counter = Counter()
    for text, weight in _weighted_texts(article, sentences):
        for cue in find_cues(text, hints):
            weights[cue.key] += weight + (MODE_BONUS if cue.key.startswith("mode:") else 0)
    return weights


def _weighted_texts(article: Article, sentences: Sequence[Sentence]) -> Iterable[tuple[str, float]]:
    """The article's title and sentences, each with the weight its cues count: the title
    TITLE_WEIGHT, the first sentences LEAD_WEIGHT, the others BODY_WEIGHT, a sentence that looks
    back PAST_WEIGHT."""
    yield article.title, TITLE_WEIGHT
    for i, sentence in enumerate(sentences):
        if looks_back(sentence.text):
            yield sentence.text, PAST_WEIGHT
        else:
            yield sentence.text, LEAD_WEIGHT if i < LEAD_SENTENCES else BODY_WEIGHT


def main_cue(weights: Counter) -> Optional[str]:
    """The heaviest cue; hints beat modes beat places on a tie, then alphabetical. A cue named
    only in sentences that look back (less than one sentence's weight) names no main event: "وصل
    إلى العاصمة بعد حضوره قمة في مدينة أخرى" recalls where the traveller came from."""
    weights = Counter({k: w for k, w in weights.items() if w >= BODY_WEIGHT})
    if not weights:
        return None
    rank = {"hint": 0, "mode": 1, "place": 2}
    return min(weights, key=lambda k: (-weights[k], rank[k.split(":")[0]], k))


def event_month(articles: Iterable[Article]) -> Optional[str]:
    """"YYYY-MM" of the event when the articles' front matter gives publication dates."""
    dates = sorted(a.published[:7] for a in articles if a.published and re.match(r"\d{4}-\d{2}", a.published))
    return Counter(dates).most_common(1)[0][0] if dates else None


def describe(key: str, hints: Sequence[EventHint] = ()) -> tuple[str, str]:
    """(ASCII slug, Arabic label) of a cue key."""
    modes, places, _, _, _ = _tables()
    kind, name = key.split(":", 1)
    if kind == "hint":
        hint = next(h for h in hints if h.id == name)
        return hint.id, hint.label
    if kind == "mode":
        slug, label, _ = modes[key]
        return slug, label
    label = next(lbl for s, lbl in places.values() if s == name)
    return name, f"قمة {label}"


def detect_events(
    articles: Sequence[Article],
    sentences: dict[str, list[Sentence]],
    hints: Sequence[EventHint] = (),
    weights: Optional[dict[str, Counter]] = None,
) -> tuple[list[Event], dict[str, Optional[str]]]:
    """Group the articles into events; return the events and each article's event id.

    `weights`: each article's :func:`article_cue_weights`, when already known.
    Articles whose main cues agree form an event, split when they tell different
    stories (``stories.split_stories``: "إسطنبول" in a report on an earthquake and
    in one on an election); an article with no cue joins the one event published
    within a few days of it, else the event whose articles it shares most words
    with (``stories.nearest_group``), else an event of its own story (kind and
    place, ``stories.py``). An event of a happening that is no meeting (a flood,
    an earthquake) is named by its kind and place ("فيضانات درنة"), not by a city
    named in passing.
    """
    main: dict[str, Optional[str]] = {}
    cue_weights: dict[str, Counter] = {}
    for article in articles:
        w = weights[article.id] if weights is not None else article_cue_weights(article, sentences[article.id], hints)
        cue_weights[article.id] = Counter(w)
        main[article.id] = main_cue(w)
    learned = learned_venues(articles)
    if learned:
        patterns = [(f"hint:{h.id}", word_pattern(h.cues)) for h in learned]
        for article in articles:
            extra = hint_weights(article, sentences[article.id], patterns)
            if extra:
                main[article.id] = main_cue(cue_weights[article.id] + extra)
        hints = tuple(hints) + learned
    by_id = {a.id: a for a in articles}
    vectors = stories.article_vectors(articles)
    groups = _cue_groups(articles, main, vectors)
    loose = [a for a in articles if main[a.id] is None]  # no cue, or a city named in a story of no meeting
    groups += _loose_groups(loose, groups, vectors, articles)
    groups = [(_named_by(key, members, main), members) for key, members in groups]
    events, article_event = _name_events(groups, by_id, hints)
    for article in articles:
        article_event.setdefault(article.id, None)
    return events, article_event


LEARNED_VENUE_ARTICLES = 2  # a word after "قمة" in this many articles, and after "في" in one, is a venue


def learned_venues(articles: Sequence[Article]) -> tuple[EventHint, ...]:
    """Venues the archive names that ``lexicon/events.yaml`` does not list: a word written right after
    a summit noun ("قمة ألاسكا"، "القمة في …" is not) in ``LEARNED_VENUE_ARTICLES`` articles or more, and
    after a preposition of place ("في ألاسكا") in one at least. It is no listed venue, no word with the
    article, no adjective of the feminine noun ("قمة تاريخية"), no known speaker ("قمة بايدن") and no word
    of ``not_places``. Each is a cue like an editor's hint, so two summits of the same leaders in places
    the lexicon does not know are two events."""
    _, places, _, _, _ = _tables()
    stop = stories.not_place_words()
    speakers = _speaker_words()
    after_summit: Counter = Counter()
    after_prep: Counter = Counter()
    for a in articles:
        text = fold(a.title + "\n" + a.text)
        after_summit.update({m.group("w") for m in _SUMMIT_WORD.finditer(text)})
        after_prep.update({m.group("w") for m in _PREP_WORD.finditer(text)})
    out = []
    for w, n in sorted(after_summit.items()):
        if (n < LEARNED_VENUE_ARTICLES or not after_prep[w] or len(w) < 3 or w.startswith("ال") or w.endswith("ه")
                or w in places or w in stop or w in speakers):
            continue
        label = stories.as_written(w, articles)
        out.append(EventHint(f"venue-{stories.place_slug(w)}", f"قمة {label}", (label,)))
    return tuple(out)


_SUMMIT_WORD = re.compile(r"(?<!\w)[وف]?(?:ب|ل)?قمه\s+(?P<w>[\u0621-\u064a]+)")  # folded "قمة X" (not "القمة")
_PREP_WORD = re.compile(r"(?<!\w)[وف]?(?:في|الي)\s+(?P<w>[\u0621-\u064a]+)")  # folded "في X"، "إلى X"


@lru_cache(maxsize=1)
def _speaker_words() -> frozenset[str]:
    """The folded words of the statements lexicon's speakers ("بايدن"، "بوتين"): no venue."""
    from ..mentions.statements.lexicon import lexicon

    return frozenset(w for phrase, _ in lexicon().speakers for w in phrase)


def hint_weights(article: Article, sentences: Sequence[Sentence], patterns: Sequence[tuple[str, re.Pattern]]) -> Counter:
    """How strongly the cues of some hints alone mark an article's event, as :func:`article_cue_weights`
    weighs them; `patterns`: each hint's cue key and its compiled cues (``word_pattern``)."""
    weights: Counter = Counter()
    for text, weight in _weighted_texts(article, sentences):
        folded = fold(text)
        for key, pattern in patterns:
            weights[key] += weight * len(pattern.findall(folded))
    return +weights


VENUE_SHARE = 1 / 3  # a venue names a group's event when at least this share of its articles name it most


def _named_by(key: Optional[str], members: Sequence[Article], main: dict[str, Optional[str]]) -> Optional[str]:
    """The cue that names a group's event: its own, unless it is a venue that few of the group's
    articles name (one report recalling "قمته … في العاصمة" while a dozen others, with no venue of
    their own, joined it): then none, and the event is named by its story."""
    if key is None or not key.startswith("place:") or len(members) < 3:
        return key
    named = sum(1 for a in members if main[a.id] == key)
    return key if named >= VENUE_SHARE * len(members) else None


def _cue_groups(articles: Sequence[Article], main: dict[str, Optional[str]], vectors: dict) -> list[tuple[Optional[str], list[Article]]]:
    """The articles of each main cue, split into the stories they tell: (cue key, members).

    A venue or a mode names a meeting; the articles of a story about another kind of
    happening (a flood, an election, an earthquake) are grouped by their story, whatever city
    they name most or whatever call they report on the side ("اتصال هاتفي" between two leaders
    after an earthquake): their main cue is dropped here (``main`` is updated). An editor's
    hint is kept.
    """
    out = []
    for key in sorted({k for k in main.values() if k}):
        members = [a for a in articles if main[a.id] == key]
        kind = stories.story_kind(members)
        if not key.startswith("hint:") and kind is not None and not kind.meeting:
            for a in members:
                main[a.id] = None
            continue
        for story in stories.split_stories(members, vectors):
            out.append((key, story))
    return out


def _loose_groups(loose: Sequence[Article], groups: list, vectors: dict, articles: Sequence[Article]) -> list:
    """Articles with no cue: each joins the cue group it shares most words with (or, failing that,
    the one published within a few days of it); the rest form groups of their own stories."""
    rest = []
    for article in loose:
        i = _nearest_by_date(article, groups, articles)
        if i is None:
            i = stories.nearest_group(vectors[article.id], [[vectors[m.id] for m in g[1]] for g in groups])
        if i is None and len(groups) == 1:
            i = 0  # the corpus's only event
        if i is None:
            rest.append(article)
        else:
            groups[i][1].append(article)
    # the rest form events of their own stories, when a story says what happened (its kind)
    return [(None, story) for story in stories.split_stories(rest, vectors) if stories.story_kind(story)] if rest else []


def _name_events(groups: list, by_id: dict[str, Article], hints: Sequence[EventHint]) -> tuple[list[Event], dict[str, Optional[str]]]:
    """An :class:`Event` per group, in a stable order, with each article's event id."""
    events: list[Event] = []
    article_event: dict[str, Optional[str]] = {}
    used: set[str] = set()
    for key, members in sorted(groups, key=lambda g: (g[0] or "~", min(a.id for a in g[1]))):
        slug, label = _describe_group(key, members, hints)
        month = None if key and key.startswith("hint:") else event_month(members)
        event_id = f"{slug}-{month}" if month else slug
        while event_id in used:
            event_id += "-x"
        used.add(event_id)
        ids = tuple(sorted((a.id for a in members), key=list(by_id).index))
        events.append(Event(event_id, label, ids, (key,) if key else ()))
        for a in members:
            article_event[a.id] = event_id
    return events, article_event


def _describe_group(key: Optional[str], members: Sequence[Article], hints: Sequence[EventHint]) -> tuple[str, str]:
    """(ASCII slug, Arabic label) of a group: its cue's, unless its story is a happening
    that is no meeting (then its kind and place: "فيضانات درنة")."""
    kind = stories.story_kind(members)
    if key is not None and (kind is None or kind.meeting or key.startswith(("hint:", "mode:"))):
        return describe(key, hints)
    place = stories.story_place(members, kind)
    if place is None and key is not None:
        slug, _ = describe(key, hints)
        place_slug, place_label = slug, describe(key, hints)[1].split(" ", 1)[-1]
    elif place is None:
        return kind.key, kind.label
    else:
        place_slug, place_label = stories.place_slug(place), stories.as_written(place, members)
    return f"{kind.key}-{place_slug}", f"{kind.label} {place_label}"


DATE_REACH_DAYS = 3  # a report follows its event within a few days


def _day(article: Article):
    import datetime as _dt

    if not article.published or not re.match(r"\d{4}-\d{2}-\d{2}", article.published):
        return None
    try:
        return _dt.date.fromisoformat(article.published[:10])
    except ValueError:
        return None


def _nearest_by_date(article: Article, groups: list, articles: Sequence[Article]) -> Optional[int]:
    """An article that names no event ("بعد القمة", "الاجتماع مع بوتين") joins the one
    group whose reports were published within a few days of it, if exactly one is."""
    day = _day(article)
    if day is None:
        return None
    near = []
    for i, (_, members) in enumerate(groups):
        days = [_day(m) for m in members]
        if any(d is not None and abs((d - day).days) <= DATE_REACH_DAYS for d in days):
            near.append(i)
    return near[0] if len(near) == 1 else None


def passage_event(
    passage: str, article_event: Optional[str], events: Sequence[Event], hints: Sequence[EventHint] = ()
) -> Optional[str]:
    """The event a passage (a clause, a sentence) speaks of: its article's, unless it names another one.

    A passage belongs to another event when it names that event's cue and does
    not also name its own article's event in the present. The other event may be
    one no article is about ("قمة هلسنكي عام 2018" in a report on Geneva): it
    is then named by :func:`secondary_event_id`, so the passage stays off this
    event's pages; for that, a bare place ("في واشنطن") is not enough: the
    passage must name the event ("قمة هلسنكي") or look back.
    """
    by_key = {e.cues[0]: e.id for e in events if e.cues}
    back = looks_back(passage)
    cues = find_cues(passage, hints)
    own = [c for c in cues if by_key.get(c.key) == article_event and article_event is not None]
    others = []
    for c in cues:
        if c.key in by_key:
            if by_key[c.key] != article_event:
                others.append(by_key[c.key])
        elif (c.named or back) and not (c.key.startswith("mode:") and stories.happening_event(article_event)):
            # (a call or a video link told in a story of an earthquake or a flood is a reaction to it:
            # "اتصل رئيس الوزراء هاتفيا بالرئيس معزيا" stays on the story's pages)
            others.append(secondary_event_id(c.key, hints))
    if not others or (own and not back):
        return article_event
    return others[0]


SECONDARY_PREFIX = "other-"


def secondary_event_id(key: str, hints: Sequence[EventHint] = ()) -> str:
    """The id of an event that is only mentioned in passing (no article is about it)."""
    return SECONDARY_PREFIX + describe(key, hints)[0]


def secondary_events(ids: Iterable[str], mentions_by_event: dict[str, set[str]], hints: Sequence[EventHint] = ()) -> list[Event]:
    """Events mentioned only in passing, with the articles that mention them."""
    modes, places, _, _, _ = _tables()
    keys = {secondary_event_id(k, hints): k for k in list(modes) + [f"place:{slug}" for slug, _ in places.values()]}
    keys.update({secondary_event_id(f"hint:{h.id}", hints): f"hint:{h.id}" for h in hints})
    out = []
    for event_id in sorted(set(ids)):
        key = keys.get(event_id)
        if key is None:
            continue
        label = describe(key, hints)[1]
        out.append(Event(event_id, label, tuple(sorted(mentions_by_event.get(event_id, ()))), (key,)))
    return out
