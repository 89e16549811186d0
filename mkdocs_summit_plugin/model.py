"""The domain objects passed between the pipeline's stages.

read articles → normalise → find mentions → assign event and attribute → group
into claims → judge status → render. Every stage takes and returns these plain
dataclasses; none of them knows about MkDocs.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

# Modalities of a mention: what the outlet says happened, what was planned or
# expected to happen, or what someone denies.
REPORTED, PLANNED, DENIED = "reported", "planned", "denied"
# Claim statuses, as in the claims.json spec.
CONFLICTING, CONSISTENT, SINGLE_SOURCE = "conflicting", "consistent", "single-source"
SUPPORTS, CONFLICTS = "supports", "conflicts"


@dataclass(frozen=True)
class Article:
    """One news article as read from disk."""

    id: str  # file name without extension
    path: str  # path as shown to users, relative to the articles folder's parent
    text: str  # body as read, after front matter; all offsets point into it
    title: str
    source: Optional[str] = None
    url: Optional[str] = None
    published: Optional[str] = None  # ISO date
    language: str = "ar"
    guessed: tuple[str, ...] = ()  # metadata fields the reader guessed ("title", "source")
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class Problem:
    """A file that could not be read, or was read with a caveat. Never silent."""

    path: str
    message: str
    skipped: bool = True  # False: the article was read, with this warning


@dataclass(frozen=True)
class Sentence:
    """A sentence of an article, with its span in the article text."""

    article: str
    start: int
    end: int
    text: str
    paragraph: int  # index of the paragraph (block of text between blank lines)
    heading: bool = False  # a title/headline line rather than running prose


@dataclass(frozen=True)
class Clause:
    """A clause of a sentence: the unit a statement or quantity is read from."""

    sentence: Sentence
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Quantity:
    """A number with its unit, as written in the text.

    ``value`` is in the canonical unit (minutes for durations, years for
    periods, the count itself for counts); ``value_min``/``value_max`` carry
    hedges ("about"), open bounds ("more than") and ranges.
    """

    value: float
    value_min: Optional[float]
    value_max: Optional[float]
    unit: str  # canonical unit: "minute", "year", the counted thing ("meeting"), "percent", an ISO currency code
    dimension: str  # "duration", "period", "count", "percent", "money", "ordinal", "age"
    start: int  # span of the value words in the text the quantity was read from
    end: int
    text: str
    bound: str = "exact"  # "exact", "about", "more-than", "at-least", "less-than", "at-most", "range"
    noun: Optional[str] = None  # the counted/measured noun as written (folded)
    # An exact value stands for anything that rounds to it as written: half a step of its
    # last written digit in canonical units ("10.48 مليون" 5000, "11 ألف" 500, "3.5 ساعات" 3);
    # None: half a canonical unit (a whole number with no multiplier word).
    precision: Optional[float] = None


@dataclass
class Mention:
    """Something an article says that can be checked: a quantity or a statement."""

    article: str
    kind: str  # "quantity" | "statement"
    start: int  # excerpt span in the article text
    end: int
    excerpt: str
    quantity: Optional[Quantity] = None  # offsets made absolute (article text)
    attribute: Optional[str] = None  # what the quantity measures ("talks-duration", …)
    subject: Optional[str] = None  # the thing measured/counted, for titles
    qualifier: Optional[str] = None  # a count's nationality ("10 دبلوماسيين روس" → "روس")
    another: bool = False  # said of another happening of the same kind ("زلزال جديد بقوة 7.6")
    places: tuple[str, ...] = ()  # a distance's or a population's places, folded keys (assign/places.py)
    context: tuple[str, ...] = ()  # when those are unknown: the folded words of its sentence
    modality: str = REPORTED
    speaker: Optional[str] = None
    reporting_verb: Optional[str] = None
    event: Optional[str] = None
    paragraph: int = 0
    sentence_start: int = 0
    signature: tuple[str, ...] = ()  # statement: the folded key terms that say what it says
    negated: bool = False
    topic: Optional[str] = None  # statement: an id-worthy gist, for ids and titles
    as_of: Optional[str] = None  # quantity: the ISO date its figure is as of (assign/times.py), None: unknown
    as_of_time: Optional[str] = None  # a finer time of that day when known ("evening", "08:30")


@dataclass(frozen=True)
class Event:
    """A real-world happening that several articles may cover (a summit, a call)."""

    id: str
    label: str
    articles: tuple[str, ...]
    cues: tuple[str, ...] = ()  # the folded cue words that define it


@dataclass
class Evidence:
    """One excerpt on a claim's page."""

    article: str
    excerpt: str
    start: int
    end: int
    stance: str = SUPPORTS
    value: Optional[float] = None
    value_min: Optional[float] = None
    value_max: Optional[float] = None
    value_text: Optional[str] = None
    value_start: Optional[int] = None  # span of value_text in the article
    value_end: Optional[int] = None
    modality: str = REPORTED
    speaker: Optional[str] = None
    reporting_verb: Optional[str] = None
    bound: Optional[str] = None  # "exact", "about", "more-than", … (see Quantity.bound)
    as_of: Optional[str] = None  # quantity: the ISO date its figure is as of (assign/times.py), None: unknown
    precision: Optional[float] = None  # see Quantity.precision
    wire: Optional[str] = None  # the wire text this excerpt copies, shared with another excerpt (claims/wire_copies.py)


@dataclass(frozen=True)
class Verdict:
    """An editor's verdict on a claim (``claims.yml``): a rating label in Arabic and why.

    ``value``/``best``/``worst`` are an optional numeric scale for schema.org's Rating.
    """

    rating: str
    explanation: str = ""
    value: Optional[float] = None
    best: Optional[float] = None
    worst: Optional[float] = None


@dataclass(frozen=True)
class TimelineEntry:
    """One figure of a running total (a claim of its own) on the toll's timeline (claims/timeline.py)."""

    claim: str  # the claim's id
    value: Optional[float]  # its headline figure
    as_of: Optional[str]  # the earliest date its excerpts are as of, None: unknown
    sources: int  # how many articles carry it


@dataclass
class Claim:
    """One checkable claim and every excerpt that speaks to it."""

    id: str
    title: str
    kind: str
    event: Optional[str]
    attribute: Optional[str]
    unit: Optional[str]
    status: str = SINGLE_SOURCE
    evidence: list[Evidence] = field(default_factory=list)
    summary: str = ""  # one sentence saying what agrees or disagrees
    headline_value: Optional[float] = None
    verdict: Optional[Verdict] = None  # an editor's, from the overrides file (overrides.py)
    edited: list[str] = field(default_factory=list)  # which overrides changed the claim ("title", "merge", …)
    series: Optional[str] = None  # a running total's figure: the toll it is one figure of (claims/timeline.py)
    timeline: Optional[list[TimelineEntry]] = None  # a running total's figures in time order, this one among them
    independent_sources: Optional[int] = None  # articles, counting copies of one wire text once (claims/wire_copies.py)

    @property
    def articles(self) -> list[str]:
        return sorted({e.article for e in self.evidence})


@dataclass
class Report:
    """Everything one run of the pipeline found."""

    articles: list[Article]
    events: list[Event]
    claims: list[Claim]
    problems: list[Problem] = field(default_factory=list)
    keys: dict[str, str] = field(default_factory=dict, repr=False, compare=False)  # article id -> cache.article_key
