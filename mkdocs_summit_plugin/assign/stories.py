"""Stage 4a: stories: the articles clustered by the words they share, and what each story is about (kind and place).

An archive holds many stories; the cues of ``lexicon/events.yaml`` (a summit's
venue, a video call) tell meetings apart but say nothing of a flood or an
election, and a city named in passing ("طرابلس" in a report on Derna) is no
venue of the story. So the articles are first clustered into **stories**:

* each article is known by its content words (folded, clitics off, the
  function words of ``lexicon/events.yaml: story_stop_words`` left out),
  weighted by how rare they are in the archive (idf) and how often the article
  uses them (sub-linear tf);
* two articles whose weighted cosine similarity reaches ``STORY_SIMILARITY``
  are of one story, transitively (single link).

A story's **kind** is the happening its articles name most (``kinds`` in
``lexicon/events.yaml``: زلزال، فيضانات، انفجار، تحطم، انتخابات …) and its
**place** the word its articles most often write right after that noun
("فيضانات درنة", "زلزال تركيا"), else after a preposition of place in their
titles. :func:`events.detect_events` then gives each story its events.
"""
from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional, Sequence

from ..lexicon import load
from ..model import Article
from ..text.normalise import ascii_key, fold

MIN_WORD = 3  # shorter words say little of a story
_WORD = re.compile(r"[\u0621-\u064a]+")
_CLITICS = ("وبال", "فبال", "وال", "فال", "بال", "كال", "لل", "ال", "و", "ف", "ب", "ل")


@dataclass(frozen=True)
class Kind:
    key: str  # "earthquake"
    label: str  # "زلزال"
    meeting: bool  # a meeting (summit, talks, call): its venue cues name it (events.yaml)
    pattern: re.Pattern


@lru_cache(maxsize=1)
def _kinds() -> tuple[Kind, ...]:
    table = load("events").get("kinds") or {}
    out = []
    for key, spec in table.items():
        pattern = _forms_pattern({fold(w) for w in spec["words"]})
        out.append(Kind(key, spec["label"], bool(spec.get("meeting", False)), pattern))
    return tuple(out)


def _forms_pattern(forms: set[str]) -> re.Pattern:
    """Folded forms (words or phrases), longest first, with or without a clitic or the article before."""
    alt = "|".join(re.escape(w) for w in sorted(forms, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:[وفبل]|ال|وال|بال|لل)?(?:{alt})(?!\w)")


def happening_event(event_id: Optional[str]) -> bool:
    """Is the event a story of a happening that is no meeting (its id opens with such a kind:
    "earthquake-…"، "flood-…")? Calls and meetings its passages tell are reactions to it."""
    if not event_id:
        return False
    kind = event_id.split("-", 1)[0]
    return any(k.key == kind and not k.meeting for k in _kinds())


@lru_cache(maxsize=1)
def _kind_of_word() -> dict[str, str]:
    """Each one-word form of a kind's nouns (folded, clitics off) → the kind's key (the first listed wins)."""
    out: dict[str, str] = {}
    for key, spec in (load("events").get("kinds") or {}).items():
        for w in spec["words"]:
            f = fold(w)
            if " " not in f:
                out.setdefault(_bare(f), key)
    return out


@lru_cache(maxsize=1)
def _kind_phrases() -> dict[str, re.Pattern]:
    """Each kind's forms of two words or more (folded), as one pattern per kind."""
    out = {}
    for key, spec in (load("events").get("kinds") or {}).items():
        phrases = {fold(w) for w in spec["words"] if " " in fold(w)}
        if phrases:
            out[key] = _forms_pattern(phrases)
    return out


def kind_counts(bag: Counter) -> Counter:
    """How often a bag of content words names each kind of happening."""
    index = _kind_of_word()
    counts: Counter = Counter()
    for w, c in bag.items():
        key = index.get(w)
        if key:
            counts[key] += c
    return counts


def _top_kind(counts: Counter) -> Optional[str]:
    if not counts:
        return None
    order = {k.key: i for i, k in enumerate(_kinds())}
    return min(counts, key=lambda k: (-counts[k], order.get(k, len(order))))


@lru_cache(maxsize=1)
def _stop_words() -> frozenset[str]:
    return frozenset(fold(w) for w in load("events").get("story_stop_words") or ())


_CLITIC = re.compile(r"^(?:وبال|فبال|وال|فال|بال|كال|لل|ال|و|ف|ب|ل)(?=[\u0621-\u064a]{%d})" % MIN_WORD)


@lru_cache(maxsize=65536)
def _bare(word: str) -> str:
    """A folded word without its leading clitics (when what is left is still a word); cached per word type."""
    return _CLITIC.sub("", word, count=1)


def content_words(article: Article) -> Counter:
    """The article's content words (title twice, and text), clitics off, with their counts."""
    return Counter(_content_words(article.title, article.text))


@lru_cache(maxsize=4096)
def _content_words(title: str, text: str) -> Counter:
    stop = _stop_words()
    words: Counter = Counter()
    for w in _WORD.findall(fold(title + "\n" + title + "\n" + text)):
        w = _bare(w)
        if len(w) >= MIN_WORD and w not in stop:
            words[w] += 1
    return words


TOP_TERMS = 400  # an article is known by its this-many heaviest words (bounds the cost of a long one)
STORY_SIMILARITY = 0.10  # least cosine similarity of an article to a story's centroid to join it
MIN_STORY = 3  # a cue's articles split into stories only when each has at least this many


def article_vectors(articles: Sequence[Article], bags: Optional[dict[str, Counter]] = None) -> dict[str, dict[str, float]]:
    """Each article's tf-idf vector over the whole archive (sub-linear tf, smoothed idf, its heaviest words, unit length).

    The idf is smoothed (+1) so that the words every article of a one-story folder shares still
    count: they are what makes its articles one story.
    """
    bags = bags if bags is not None else {a.id: content_words(a) for a in articles}
    bags = {k: _with_kind(bag) for k, bag in bags.items()}
    n = len(articles)
    df = Counter(w for a in articles for w in bags[a.id])
    out = {}
    for a in articles:
        weights = {w: (1 + math.log(c)) * (1 + math.log((1 + n) / (1 + df[w]))) for w, c in bags[a.id].items()}
        top = sorted(((x, w) for w, x in weights.items() if x > 0), reverse=True)[:TOP_TERMS]
        norm = math.sqrt(sum(x * x for x, _ in top)) or 1.0
        out[a.id] = {w: x / norm for x, w in top}
    return out


KIND_WEIGHT = 6  # the happening an article names most counts as this many uses of one word


def _with_kind(bag: Counter) -> Counter:
    """The bag with the kind of happening it names most as one heavy word: an explosion report
    that compares the blast with an earthquake stays apart from an earthquake's story."""
    top = _top_kind(kind_counts(bag))
    if top is None:
        return bag
    out = Counter(bag)
    out[f"#{top}"] = KIND_WEIGHT
    return out


def _cosine(centroid: dict[str, float], norm: float, v: dict[str, float]) -> float:
    return sum(x * centroid.get(w, 0.0) for w, x in v.items()) / (norm or 1.0)


class _Centroid:
    """The summed vectors of a story's articles, and its norm."""

    def __init__(self) -> None:
        self.sum: dict[str, float] = {}
        self.norm = 0.0

    def add(self, v: dict[str, float]) -> None:
        for w, x in v.items():
            self.sum[w] = self.sum.get(w, 0.0) + x
        self.norm = math.sqrt(sum(x * x for x in self.sum.values()))

    def similarity(self, v: dict[str, float]) -> float:
        return _cosine(self.sum, self.norm, v)


def _kind_key(weights: dict[str, float]) -> Optional[str]:
    """The kind-of-happening word ("#earthquake") heaviest in a vector or a centroid's sum, or None."""
    kinds = [(x, w) for w, x in weights.items() if w.startswith("#")]
    return max(kinds)[1] if kinds else None


def _other_kind(centroid: "_Centroid", v: dict[str, float]) -> bool:
    """Does an article name most another kind of happening than the story does, neither a meeting
    (a plane crash beside an earthquake: both speak of victims and a disaster, they are two stories)?"""
    a, b = _kind_key(v), _kind_key(centroid.sum)
    if not (a and b and a != b):
        return False
    # a meeting's story names several of its kinds (a summit, talks, a call, a visit): only happenings apart
    meetings = {f"#{k.key}" for k in _kinds() if k.meeting}
    return a not in meetings and b not in meetings


def cluster_stories(vectors: Sequence[dict[str, float]]) -> list[list[int]]:
    """Indexes of `vectors` grouped into stories: each joins the most similar story so far when
    it reaches ``STORY_SIMILARITY`` and names most the same kind of happening (else starts one),
    then each goes to its most similar story."""
    centroids: list[_Centroid] = []
    for v in vectors:
        near = [k for k in range(len(centroids)) if not _other_kind(centroids[k], v)]
        best = max(near, key=lambda k: centroids[k].similarity(v), default=None)
        if best is None or centroids[best].similarity(v) < STORY_SIMILARITY:
            centroids.append(_Centroid())
            best = len(centroids) - 1
        centroids[best].add(v)
    groups: list[list[int]] = [[] for _ in centroids]
    for i, v in enumerate(vectors):
        near = [k for k in range(len(centroids)) if not _other_kind(centroids[k], v)] or list(range(len(centroids)))
        groups[max(near, key=lambda k: centroids[k].similarity(v))].append(i)
    return [g for g in groups if g]


def split_stories(members: Sequence[Article], vectors: dict[str, dict[str, float]]) -> list[list[Article]]:
    """`members` as one story, or as several when they clearly tell several (each of ``MIN_STORY``
    articles or more; smaller fragments are the same story told differently)."""
    if len(members) < 2 * MIN_STORY:
        return [list(members)]
    groups = cluster_stories([vectors[a.id] for a in members])
    big = [g for g in groups if len(g) >= MIN_STORY]
    if len(big) < 2:
        return [list(members)]
    small = [i for g in groups if len(g) < MIN_STORY for i in g]
    centroids = []
    for g in big:
        c = _Centroid()
        for i in g:
            c.add(vectors[members[i].id])
        centroids.append(c)
    for i in small:  # a fragment joins the story it is nearest
        k = max(range(len(big)), key=lambda k: centroids[k].similarity(vectors[members[i].id]))
        big[k].append(i)
    return [[members[i] for i in sorted(g)] for g in big]


def nearest_group(vector: dict[str, float], groups: Sequence[Sequence[dict[str, float]]]) -> Optional[int]:
    """The group whose articles an article shares most words with, when it reaches ``STORY_SIMILARITY``."""
    best, best_sim = None, STORY_SIMILARITY
    for i, vs in enumerate(groups):
        c = _Centroid()
        for v in vs:
            c.add(v)
        sim = c.similarity(vector)
        if sim >= best_sim:
            best, best_sim = i, sim
    return best


def place_slug(place: str) -> str:
    """An ASCII slug for a place word: its slug in ``events.yaml: places``, else its transliteration."""
    places = {fold(k): v["slug"] for k, v in (load("events").get("places") or {}).items()}
    if place in places:
        return places[place]
    return ascii_key(place, "place")


def story_kind(articles: Sequence[Article]) -> Optional[Kind]:
    """The happening the story's articles name most (titles count double), or None."""
    counts: Counter = Counter()
    phrases = _kind_phrases()
    for a in articles:
        counts.update(kind_counts(content_words(a)))
        if phrases:  # a kind named in two words ("الانهيار الأرضي"): its phrases counted in the text
            folded = fold(a.title + "\n" + a.title + "\n" + a.text)
            counts.update({key: len(p.findall(folded)) for key, p in phrases.items() if p.search(folded)})
    key = _top_kind(counts)
    return next((k for k in _kinds() if k.key == key), None)


def story_place(articles: Sequence[Article], kind: Optional[Kind]) -> Optional[str]:
    """Where the story happened: of the words written right after its kind's noun ("فيضانات درنة",
    "زلزال تركيا") or after a preposition of place ("في درنة"), the one most of its articles write."""
    if kind is None:
        return None
    stop = _stop_words() | _not_places()
    after_place = re.compile(
        r"(?<!\w)(?:في|ب)\s+(?:(?:(?P<unit>مدينة|مدينه|منطقة|منطقه|ولاية|ولايه|محافظة|محافظه|مقاطعة|مقاطعه|إقليم|اقليم|قضاء)"
        r"|العاصمة|العاصمه|شمال|جنوب|شرق|غرب|شمالي|جنوبي|شرقي|غربي|وسط)\s+)?(?P<w>[\u0621-\u064a]+)")
    articles_with: Counter = Counter()
    uses: Counter = Counter()
    for a in articles:
        text = fold(a.title + "\n" + a.text)
        found = set()
        genitives = set()  # after an indefinite noun, a definite word is its genitive: "فيضانات الوادي"
        for m in kind.pattern.finditer(text):
            nxt = _WORD.match(text, m.end() + 1) if text[m.end():m.end() + 1] == " " else None
            if nxt:
                definite_noun = re.match(r"(?:[وفبل])?ال|لل", m.group())
                (found if definite_noun else genitives).add(nxt.group())
        named = set()  # after a noun of a town or a province, the name may open with "ال" ("في محافظة الكرك")
        for m in after_place.finditer(text):
            (named if m.group("unit") else found).add(m.group("w"))
        found = {w for w in found if not w.startswith("ال")} | genitives | named
        found = {w for w in found if len(w) >= MIN_WORD and w not in stop and _bare(w) not in stop}
        articles_with.update(found)
        uses.update(found)
    if not articles_with:
        return None
    word = min(articles_with, key=lambda w: (-articles_with[w], -uses[w], w))
    if articles_with[word] < max(2, len(articles) // 3):
        return None
    return _with_second_word(word, articles, stop)


NAME_SECOND_SHARE = 2 / 3  # a place word this often followed by one word is named by both ("بيونغ يانغ")


def _with_second_word(word: str, articles: Sequence[Article], stop: frozenset) -> str:
    """A place named in two words ("بيونغ يانغ"، "أديس أبابا"، "سان فرانسيسكو") keeps its second:
    the word that follows it in most of its uses (NAME_SECOND_SHARE), when that word is no
    stop word, has no article and opens with no conjunction. Else the word alone."""
    after: Counter = Counter()
    uses = 0
    for a in articles:
        for m in re.finditer(rf"(?<![\u0621-\u064a]){word}(?![\u0621-\u064a])(?:\s+(?P<next>[\u0621-\u064a]+))?", fold(a.title + "\n" + a.text)):
            uses += 1
            if m.group("next"):
                after[m.group("next")] += 1
    if not after:
        return word
    second, n = min(after.items(), key=lambda kv: (-kv[1], kv[0]))
    if n < NAME_SECOND_SHARE * uses or second.startswith(("ال", "و", "ف")) or second in stop or _bare(second) in stop:
        return word
    return f"{word} {second}"


def as_written(folded: str, articles: Sequence[Article]) -> str:
    """The spelling the articles most often give a folded word ("درنه" → "درنة"), word by word."""
    if " " in folded:
        return " ".join(as_written(part, articles) for part in folded.split())
    forms: Counter = Counter()
    for a in articles:
        for w in re.findall(r"[\u0621-\u064a\u064b-\u0652]+", a.title + "\n" + a.text):
            if len(w) >= len(folded) - 1 and fold(w) == folded:
                forms[w] += 1
    return min(forms, key=lambda w: (-forms[w], w)) if forms else folded


def not_place_words() -> frozenset[str]:
    """Folded words that name no place: the story stop words and ``not_places`` of ``lexicon/events.yaml``."""
    return _stop_words() | _not_places()


@lru_cache(maxsize=1)
def _not_places() -> frozenset[str]:
    """``not_places`` of ``lexicon/events.yaml``, and the words of the month and weekday names of
    ``lexicon/times.yaml``: "في سبتمبر" says when, not where ("زيارته السابقة في سبتمبر")."""
    times = load("times")
    named = [w for ws in (times.get("months") or {}).values() for w in ws]
    named += [w for ws in (times.get("weekdays") or {}).values() for w in ws]
    return frozenset(fold(w) for w in load("events").get("not_places") or ()) | frozenset(
        fold(part) for w in named for part in w.split())
