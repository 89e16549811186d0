"""Stage 5a: group mentions into claims, one claim per thing said about one event.

Quantity mentions group by (event, attribute, unit): every outlet's figure for
"how long the Geneva talks lasted" lands on one claim, whatever its value (durations more than
four times apart excepted: "a meeting of 4 hours" and "a three-day visit" are two facts,
:func:`_apart_lengths`); the status stage then decides whether they agree. Statement mentions are grouped
by :func:`statement_groups.group_statements` (same statement in other words, never
across events).

Claim ids are ASCII slugs built from what the claim is about (event id,
attribute, statement key words), so they survive rebuilds while the articles
do not change; a clash gets a numeric suffix in a deterministic order.
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import replace
from functools import lru_cache
from typing import Iterable, Optional, Sequence

from ..assign.attributes import attribute_label, is_default_attribute, spec_for
from ..assign.places import places_attribute, split_by_place
from ..assign.subjects import NATIONAL_COUNT, as_written, counted_noun, listicle, name_key, nationals_label, phrase_around
from ..assign.times import tables as time_tables
from ..model import Claim, Event, Evidence, Mention
from ..text.normalise import ascii_key, fold
from ..text.stemming import strip_article
from .figures import split_generic_count, split_running_total
from .status import agree


def evidence_of(mention: Mention) -> Evidence:
    """The evidence record a mention gives on its claim's page."""
    q = mention.quantity
    return Evidence(
        article=mention.article,
        excerpt=mention.excerpt,
        start=mention.start,
        end=mention.end,
        value=None if q is None else _number(q.value),
        value_min=None if q is None else _number(q.value_min),
        value_max=None if q is None else _number(q.value_max),
        value_text=None if q is None else q.text,
        bound=None if q is None else q.bound,
        precision=None if q is None else q.precision,
        value_start=None if q is None else q.start,
        value_end=None if q is None else q.end,
        modality=mention.modality,
        speaker=mention.speaker,
        reporting_verb=mention.reporting_verb,
        as_of=mention.as_of if q is not None else None,
    )


def _number(x: Optional[float]):
    """Whole numbers as int, so claims.json reads 240, not 240.0; a fraction keeps six significant
    digits (a length of 2.5 metres is 0.0025 kilometre), a larger number three decimals."""
    if x is None:
        return None
    return int(x) if float(x).is_integer() else float(f"{float(x):.6g}") if abs(x) < 1 else round(float(x), 3)


def _order(m: Mention) -> tuple:
    return (m.article, m.start, m.end)


def group_unit(m: Mention) -> str:
    """The unit a mention is grouped under: an attribute that counts several nouns counts them as one.

    "جلستان", "اجتماعين" and "جولتين" are all the number of meetings; "ثلاث
    مرات هاتفيا" and "ثلاثة اتصالات هاتفية" the number of calls: the
    attribute's canonical unit (``unit``, "person" for people counted by role:
    "76 شخصا" and "76 قتيلا") or else its first listed unit names the group.
    """
    unit = m.quantity.unit if m.quantity else ""
    spec = spec_for(m.attribute or "")
    if spec and spec.units and unit in spec.units:
        return spec.unit or spec.units[0]
    if spec and spec.unit and not spec.units and m.quantity is not None and m.quantity.dimension == "count":
        return spec.unit  # a count of people by any noun ("arrest-count": officials, engineers)
    return unit


ELAPSED = "elapsed-duration"


def join_unknown_landmarks(mentions: Sequence[Mention]) -> list[Mention]:
    """An interval with no landmark written ("وفقد الاتصال بها بعد ثماني دقائق") is the interval its
    event has when the event has only one ("بعد ست دقائق من إقلاعها"): it takes that landmark (on a
    copy: mentions are shared across builds); with none or several, it is dropped."""
    landmarks: dict[str, set[str]] = defaultdict(set)
    for m in mentions:
        if m.attribute == ELAPSED and m.subject:
            landmarks[m.event or ""].add(m.subject)
    out = []
    for m in mentions:
        if m.attribute == ELAPSED and not m.subject:
            known = landmarks.get(m.event or "", set())
            if len(known) != 1:
                continue
            m = replace(m, subject=next(iter(known)))
        out.append(m)
    return out


GAP = "gap-since-last"
HAPPENING_FIRSTS = ("visit",)  # kinds of lexicon/attributes.yaml since.first_of that are happenings


def join_unnamed_firsts(mentions: Sequence[Mention]) -> list[Mention]:
    """A first in so long that names no kind ("للمرة الأولى منذ 17 عاما") is of the story's happening:
    the event's only named first of a happening when it has one ("أول زيارة للوزير إلى المدينة منذ 17 عاما":
    assign/attributes.py first_of), on a copy; a first of a person ("أول وزير يزور …") is never
    the happening's, and with two happenings named it stays the event's own."""
    kinds: dict[str, set[str]] = defaultdict(set)
    for m in mentions:
        if m.attribute == GAP and m.subject in HAPPENING_FIRSTS:
            kinds[m.event or ""].add(m.subject)
    out = []
    for m in mentions:
        if m.attribute == GAP and not m.subject and len(kinds.get(m.event or "", ())) == 1:
            m = replace(m, subject=next(iter(kinds[m.event or ""])))
        out.append(m)
    return out


def _exact_duration(m: Mention) -> Optional[tuple]:
    """(event, value) of an exact duration told in another article's words, or None."""
    q = m.quantity
    if q is None or q.dimension != "duration" or q.bound != "exact" or m.modality != "reported" or m.another:
        return None
    return (m.event or "", q.value)


def join_uncued_durations(mentions: Sequence[Mention]) -> list[Mention]:
    """A duration no cue explained ("استغرقت الهزة 9 ثوان": the word is no cue of anything) is
    the part of its event that other articles give the very same length, told with a cue ("مصافحة
    لمدة 12 ثانية"), when exactly one part of that event (attribute and subject) has it: it takes
    that attribute (on a copy). Equal values only, so no disagreement is ever made by it; with none
    or several such parts it stays a plain duration."""
    parts: dict[tuple, set[tuple]] = defaultdict(set)
    for m in mentions:
        key = _exact_duration(m)
        if key and m.attribute and not is_default_attribute(m.attribute):
            parts[key].add((m.attribute, m.subject))
    out = []
    for m in mentions:
        key = _exact_duration(m)
        if key and is_default_attribute(m.attribute or "") and len(parts.get(key, ())) == 1:
            attribute, subject = next(iter(parts[key]))
            m = replace(m, attribute=attribute, subject=subject)
        out.append(m)
    return out


def group_quantities(mentions: Iterable[Mention]) -> list[list[Mention]]:
    """Quantity mentions grouped by (event, attribute, unit), in a stable order."""
    groups: dict[tuple, list[Mention]] = defaultdict(list)
    for m in join_uncued_durations(join_unnamed_firsts(join_unknown_landmarks(list(mentions)))):
        # durations and periods no cue explained group only with the same governing word
        groups[(m.event or "", generic_count(m) or group_attribute(m), group_unit(m), subject_key(m), of_another(m), planned_apart(m))].append(m)
    _plans_that_came_true(groups)
    out = []
    for key in sorted(groups):
        for part in split_by_qualifier(sorted(groups[key], key=_order)):
            for place in _split_places(key[1], part):
                out.extend(g for g in _split_figures(key[1], place) if worth_a_claim(g))
    return out


MEASURED = ("percent", "money")
PLANNED_LABEL = "كما كانت مقررة"


def _plans_that_came_true(groups: dict[tuple, list[Mention]]) -> None:
    """A planned length that agrees with a reported one of the same thing joins it ("مباحثات تستغرق
    20 دقيقة" in a preview, "استغرقت المحادثات 40 دقيقة" after): the plan came true, one figure. The
    others stay a claim of their own (:func:`planned_apart`). In place; emptied groups are dropped."""
    for key in [k for k in groups if k[-1]]:
        reported = [m for m in groups.get(key[:-1] + (False,), ()) if m.modality == "reported"]
        came_true = [m for m in groups[key] if any(agree(m.quantity, r.quantity) for r in reported)]
        if came_true:
            groups[key[:-1] + (False,)].extend(came_true)
            moved = {id(m) for m in came_true}
            groups[key] = [m for m in groups[key] if id(m) not in moved]
            if not groups[key]:
                del groups[key]


def planned_apart(m: Mention) -> bool:
    """Is the mention a length that was expected or scheduled ("كان من المتوقع أن يستمر اللقاء 45 دقيقة")
    of a measure whose plans are not compared with what happened (no ``plan_conflicts``)? Such
    figures are a claim of their own: outlets may disagree on the plan (30 minutes or 45), and a plan
    is never the length the meeting had."""
    q = m.quantity
    if q is None or m.modality != "planned" or q.dimension != "duration":
        return False
    spec = spec_for(m.attribute or "")
    return not (spec and spec.plan_conflicts)


def measured(m: Mention) -> bool:
    """Is the mention a percentage or an amount of money (about something, often of someone)?"""
    return m.quantity is not None and m.quantity.dimension in MEASURED


def subject_key(m: Mention) -> str:
    """What a mention's values are of, as grouped: a holder's name blind to its spelling for a
    percentage or an amount ("كليتشدار أوغلو" = "كليجدار أوغلو"), the subject as is otherwise."""
    if measured(m):
        # a figure of preliminary results is of another count than the final one
        return (name_key(m.subject) if m.subject else "") + (f"|{m.qualifier}" if m.qualifier else "")
    return m.subject or ""


def group_attribute(m: Mention) -> str:
    """The attribute a mention is grouped under: a percentage or an amount that no cue explains and
    whose holder is unknown goes with every other of its kind ("percent", "percent-change"), joined
    only by agreeing values (the same figure carried by several articles)."""
    attribute = m.attribute or ""
    if generic_measure(m) and not m.subject:
        return attribute if attribute.endswith("-change") else m.quantity.dimension
    return attribute


def compared_with_none(m: Mention, spec) -> bool:
    """Is a percentage or an amount a figure of its own, never compared with another value? When
    whose it is matters but is unknown, or when it is of preliminary results (a count in progress:
    56% after half the ballots and 52% after all are both right)."""
    return bool(m.qualifier) or (not m.subject and (spec is None or spec.several))


def generic_measure(m: Mention) -> bool:
    """A percentage or an amount no cue explained, or told as a change ("percent-…", "money-…")."""
    return measured(m) and spec_for(m.attribute or "") is None


def worth_a_claim(group: Sequence[Mention]) -> bool:
    """Background and market figures are noisy: a percentage or an amount that no cue explains and
    whose holder is unknown is a claim only when two articles carry the same figure. The count of a
    listicle's items ("فيما يلي خمسة أشياء") is none."""
    first = group[0]
    if all(_listed(m) for m in group):
        return False  # "فيما يلي خمسة أشياء تعلمناها": how many items an article lists
    if not generic_measure(first) or first.subject:
        return True
    return len({m.article for m in group}) >= 2


def _listed(m: Mention) -> bool:
    """Is the mention's number the count of a listicle's items (``subjects.listicle``)?"""
    q = m.quantity
    return q is not None and q.dimension == "count" and listicle(m.excerpt, q.start - m.start)


def of_another(m: Mention) -> bool:
    """Is the mention a figure of another happening of the same kind ("زلزال جديد بقوة 7.6")?

    Such a figure is a claim of its own; a running total is not split so, since a
    toll counts the whole story's dead, whichever shock killed them.
    """
    spec = spec_for(m.attribute or "")
    return m.another and not (spec and spec.running)


def generic_count(m: Mention) -> Optional[str]:
    """The attribute of a count no cue explained, without its governing word ("barrel-count"), or None.

    Such a count's attribute carries the word that governs it
    ("barrel-count-xfd"); its claims are decided by :func:`figures.split_generic_count`.
    """
    q = m.quantity
    if q is None or q.dimension != "count" or spec_for(m.attribute or "") is not None:
        return None
    root = f"{q.unit}-count"
    return root if (m.attribute or "").startswith(root) else None


def _split_figures(attribute: str, group: list[Mention]) -> list[list[Mention]]:
    """A group told apart by its figures: running totals and generic counts (see ``figures.py``),
    and the figures of other happenings by the day each was on (:func:`split_by_day`)."""
    if of_another(group[0]):
        # aftershocks are many: an aftershock's figure that no other figure of the group agrees with is a
        # claim of its own (one per figure), never a disagreement with the second quake's or another's
        shocks = {id(m) for m in group if _AFTERSHOCK.search(fold(m.excerpt))}
        told = {m.quantity.value for m in group if id(m) not in shocks}  # the figures of the other happenings
        apart = [m for m in group if id(m) in shocks and m.quantity.value not in told]
        others = [m for m in group if not (id(m) in shocks and m.quantity.value not in told)]
        parts = split_running_total(apart) if apart else []
        if others:
            parts += [part for day in split_by_day(others) for part in _split_figures_of_one(attribute, day)]
        return parts
    return _split_figures_of_one(attribute, group)


_AFTERSHOCK = re.compile(r"(?<!\w)[وفبل]?(?:ال)?(?:هزه|هزات)\s+(?:ال)?ارتدادي")  # folded "هزة ارتدادية"


def split_by_day(group: list[Mention]) -> list[list[Mention]]:
    """Figures of other happenings (aftershocks, a second quake) told apart by the weekday their excerpt
    names: "هزة ثانية بقوة 5.1 يوم الأربعاء" and "هزة جديدة بقوة 4.8 يوم السبت" are two happenings,
    never a disagreement. A figure that names no day is of the one day named, when only one is (it may
    disagree with it: "هزة جديدة بقوة 6.8" beside "هزة ثانية بقوة 6.9 ظهر الأحد"); among several days,
    of the one whose figures agree with it, else it stays with the others that name none."""
    days: dict[Optional[int], list[Mention]] = defaultdict(list)
    for m in group:
        days[_weekday(m.excerpt)].append(m)
    undated = days.pop(None, [])
    if len(days) <= 1:
        return [group]
    for m in undated:
        fits = [d for d, ms in days.items() if all(agree(m.quantity, x.quantity) for x in ms)]
        days[fits[0] if len(fits) == 1 else None].append(m)
    order = {id(m): k for k, m in enumerate(group)}
    return sorted((sorted(ms, key=lambda m: order[id(m)]) for ms in days.values()), key=lambda ms: order[id(ms[0])])


@lru_cache(maxsize=1)
def _weekdays() -> dict[str, int]:
    """The weekday names of lexicon/times.yaml (folded) without their article, to their day."""
    return {strip_article(w): day for w, day in time_tables().weekdays.items()}


def _weekday(text: str) -> Optional[int]:
    """The weekday a text names ("يوم الثلاثاء"، "أمس الجمعة"), or None."""
    table = _weekdays()
    return next((table[w] for w in (strip_article(x) for x in re.findall(r"\w+", fold(text))) if w in table), None)


def _split_figures_of_one(attribute: str, group: list[Mention]) -> list[list[Mention]]:
    spec = spec_for(attribute)
    if spec and (spec.running or spec.by_figure):
        return split_running_total(group)
    if group[0].quantity is not None and attribute == generic_count(group[0]):
        return split_generic_count(group)
    if measured(group[0]) and compared_with_none(group[0], spec):
        # whose it is unknown, or of a count in progress: never compared, one claim per figure
        return split_running_total(group)
    if generic_measure(group[0]) or _unexplained_length(group[0], spec):
        return split_generic_count(group)
    if group[0].quantity is not None and (group[0].quantity.dimension == "duration" or group[0].quantity.unit in LENGTHS
                                          or attribute in APART_COUNTS):
        return _apart_lengths(group, (spec and spec.apart) or DURATION_APART)
    return [group]


# counts that outlets disagreeing on one place's figure never give four times apart: a county of 50 000
# and a city of 700 000 whose names the places tables do not know are two places, not a disagreement
APART_COUNTS = ("population-count",)


DURATION_APART = 4  # outlets that disagree on how long one thing lasted (or how far) are never this many times apart
LENGTHS = ("kilometre",)  # lengths, distances and depths, in the spec's one unit


def _apart_lengths(group: list[Mention], apart: float = DURATION_APART) -> list[list[Mention]]:
    """Durations (or lengths) of one attribute cut where their values jump by more than
    `apart` times (``DURATION_APART``, or the attribute's own ``apart``): "a meeting of 4 hours" and
    "a visit of three days", or "talks over two days", are two facts, never a disagreement ("3.5
    hours" and "4 hours" stay one claim that may conflict); so are a wave of 3 metres and a city
    250 kilometres away."""
    ordered = sorted(group, key=lambda m: m.quantity.value)
    parts = [[ordered[0]]]
    for prev, m in zip(ordered, ordered[1:]):
        if prev.quantity.value > 0 and m.quantity.value / prev.quantity.value > apart:
            parts.append([])
        parts[-1].append(m)
    if len(parts) == 1:
        return [group]
    order = {id(m): i for i, m in enumerate(group)}
    return [sorted(p, key=lambda m: order[id(m)]) for p in parts]


def _unexplained_length(m: Mention, spec) -> bool:
    """A duration or a period no cue explained ("مدة"، "فترة": of what?): like a generic count, its
    figures join by agreeing values or one governing word, and two that one article gives both of
    ("70 عاما على الانتصار و75 عاما على إقامة العلاقات") are two facts, never a disagreement."""
    return spec is None and m.quantity is not None and m.quantity.dimension in ("duration", "period")


def _split_places(attribute: str, group: list[Mention]) -> list[list[Mention]]:
    """A distance's or a population's figures told apart by the places they are of (assign/places.py)."""
    if not places_attribute(attribute):
        return [group]
    return split_by_place(group, lambda m: m.places, lambda m: m.context)


def place_of(group: Sequence[Mention]) -> Optional[tuple[str, str]]:
    """The place a claim's figures are of: its key (the one most excerpts name, first on a tie) and
    the way the first excerpt naming it writes it; None when no excerpt names one."""
    keys = [k for m in group for k in m.places if not k.startswith("@")]  # not "@capital": no name to show
    if not keys:
        return None
    key = max(dict.fromkeys(keys), key=keys.count)
    shown = next(as_written(m.excerpt, key) for m in group if key in m.places)
    return key, shown


def split_by_qualifier(group: list[Mention]) -> list[list[Mention]]:
    """Counts of two nationalities in one group are two facts ("طرد 10 دبلوماسيين روس" / "… أميركيين").

    A group is split only when its excerpts name two or more nationalities; then
    the excerpts that name none form a group of their own. One nationality, or
    none, keeps the group whole ("100 ألف جندي" and "100 ألف جندي روسي" agree).
    Counts of nationals ("ستة مصريين") are always one group per nationality.
    """
    qualifiers = sorted({m.qualifier for m in group if m.qualifier})
    if len(qualifiers) < 2 and not (group and group[0].attribute == NATIONAL_COUNT):
        return [group]
    parts = [[m for m in group if m.qualifier == q] for q in qualifiers]
    rest = [m for m in group if not m.qualifier]
    return parts + ([rest] if rest else [])


def quantity_claim(group: Sequence[Mention], events: dict[str, Event]) -> Claim:
    first = group[0]
    unit = group_unit(first) if first.quantity else None
    label = attribute_label(first.attribute or "", unit)
    if first.quantity and first.quantity.dimension == "count" and label == attribute_label("count", None):
        if unit in MEASURE_UNITS:  # "طريق بطول 170 كلم": a measure of something, not a number of kilometres
            q = first.quantity
            label = f"«{phrase_around(first.excerpt, q.start - first.start, q.end - first.start)}»"
        else:
            label = f"{label} «{_counted_shown(group, first.quantity.noun or unit)}»"
    spec = spec_for(first.attribute or "")
    if first.quantity and first.attribute in ("duration", "period") and spec is None:
        q = first.quantity  # a duration no cue explains: of what, in the article's words
        label = f"{attribute_label('duration', None)} «{phrase_around(first.excerpt, q.start - first.start, q.end - first.start)}»"
    if generic_measure(first):
        label = attribute_label(first.attribute.split("-")[0] + ("-change" if first.attribute.endswith("-change") else ""), None)
    if (spec and spec.several or generic_measure(first)) and first.subject:
        subject = next((as_written(m.excerpt, first.subject) for m in group), first.subject)
        label = f"{label} لـ«{subject}»"  # "مدة المؤتمر الصحفي لـ«بوتين»", "نسبة الأصوات لـ«أردوغان»"
    elif first.attribute == "elapsed-duration" and first.subject:
        label = f"{label} {first.subject}"  # "الوقت المنقضي منذ الإقلاع"
    elif first.attribute == NATIONAL_COUNT and first.qualifier:
        label = nationals_label(first.qualifier)  # "عدد المصريين"
    elif first.quantity and first.quantity.dimension == "count" and len({m.qualifier for m in group}) == 1 and first.qualifier:
        label = f"{label} ({first.qualifier})"  # whose, when split by nationality: "عدد المطرودين (روس)"
    if measured(first) and first.qualifier:
        label = f"{label} ({first.qualifier})"  # "نسبة الأصوات لـ«…» (نتائج أولية)"
    place = place_of(group) if places_attribute(first.attribute) else None
    if place:
        label = f"{label} ({place[1]})"  # "المسافة (مطار بيروت)", "عدد السكان (درنة)"
    if of_another(first):
        label = f"{label} (حدث آخر)"  # "قوة الزلزال (حدث آخر)": the second earthquake, an aftershock
    if planned_apart(first):
        label = f"{label} {PLANNED_LABEL}"  # "مدة المحادثات كما كانت مقررة"
    event = events.get(first.event or "")
    title = f"{label} في {event.label}" if event else label
    generic = generic_count(first)
    attribute = generic or group_attribute(first)
    slug = f"{first.event}-{attribute}" if first.event else str(attribute)
    if place:
        slug = f"{slug}-{ascii_key(place[0], 'place')}"
    if of_another(first):
        slug = f"{slug}-another"
    if planned_apart(first):
        slug = f"{slug}-planned"
    series = None
    if spec and spec.running:
        series = f"{slug}\n{title}"  # the toll this figure is one of (claims/timeline.py)
    if measured(first) and first.subject:
        slug = f"{slug}-{ascii_key(name_key(first.subject), 'x')}"  # whose: "…-vote-share-ardgn"
    if measured(first) and first.qualifier:
        slug = f"{slug}-preliminary"
    if first.attribute == NATIONAL_COUNT and first.qualifier:
        slug = f"{slug}-{ascii_key(first.qualifier, 'x')}"  # whose: "…-national-count-msrywn"
    if (spec and (spec.running or spec.by_figure)) or generic or (measured(first) and compared_with_none(first, spec)):
        figure = _figure(group)  # one claim per figure (figures.py): "عدد القتلى في … (76)"
        shown = f"{figure}%" if first.quantity.dimension == "percent" else figure
        title, slug = f"{title} ({shown})", f"{slug}-{figure.replace('.', '-')}"
    return Claim(
        id=slug,
        title=title,
        kind="quantity",
        event=first.event,
        attribute=attribute,
        unit=unit,
        evidence=[evidence_of(m) for m in group],
        series=series,
    )


# units that measure (a length, a mass, a volume …), not things counted one by one: a figure in one
# that no attribute names is titled by the words around it, not as "the number of kilometres"
MEASURE_UNITS = frozenset((
    "kilometre", "metre", "mile", "tonne", "kilogram", "barrel", "square-kilometre", "hectare", "dunam",
    "cubic-metre", "magnitude", "celsius",
))


def _counted_shown(group: Sequence[Mention], noun: str) -> str:
    """What a count no attribute names counts, as the articles write it ("مبنى", not the folded
    "مبني"); when the word after the number is no counted noun (``subjects.counted_noun``:
    "420 آخرون"، "كمية هائلة"), the few words around the number instead."""
    if counted_noun(noun):
        texts = [re.sub(r"[\u060c\u061b\u061f]", " ", m.excerpt) for m in group]  # "مبنى،"
        written = [as_written(t, noun) for t in texts]
        written += [re.sub(r"^ال", "", as_written(t, "ال" + noun)) for t in texts]  # "الأعضاء الـ24"
        return next((w for w in written if w != noun), noun)
    m = group[0]
    q = m.quantity
    return phrase_around(m.excerpt, q.start - m.start, q.end - m.start)


def _figure(group: Sequence[Mention]) -> str:
    """The figure a running total's claim is about: its most frequent value, as written in digits."""
    values = [m.quantity.value for m in group if m.quantity is not None]
    value = max(set(values), key=lambda v: (values.count(v), -values.index(v)))
    return str(_number(value))


def statement_claim(group: Sequence[Mention], title: str, slug: str) -> Claim:
    first = group[0]
    return Claim(
        id=f"{first.event}-{slug}" if first.event else slug,
        title=title,
        kind="statement",
        event=first.event,
        attribute=None,
        unit=None,
        evidence=[evidence_of(m) for m in group],
    )


def unique_ids(claims: list[Claim]) -> list[Claim]:
    """Give clashing ids a -2, -3 … suffix, in claim order (which is deterministic)."""
    seen: dict[str, int] = {}
    for claim in claims:
        base = claim.id
        if base in seen:
            seen[base] += 1
            claim.id = f"{base}-{seen[base]}"
            while claim.id in seen:
                seen[base] += 1
                claim.id = f"{base}-{seen[base]}"
        seen.setdefault(claim.id, 1)
    return claims
