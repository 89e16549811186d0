"""Stage 4b: decide what a quantity measures (its attribute).

It is read from the words around the number, with the tables in
``lexicon/attributes.yaml``: in the clause that holds the number, the cue
nearest to it wins ("وامتدت المحادثات المصغرة لساعتين" →
``first-round-duration``, because "المصغرة" is nearer than "المحادثات"); a
clause without a cue (a relative clause, "والتي استغرقت ساعتين") is read with
the clauses before it, nearest first. Numbers about different things are
different claims: a 45-minute break is never a summit length.

Also here: which quantities measure no length or count of their own (a point
in time, an age as English copy gives it, a dual that describes two parties),
and the labels of attributes. How a quantity is asserted is in
:mod:`.modality`; what sets apart quantities of one attribute (a count's head,
its nationality, an occasion's holder) is in :mod:`.subjects`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional, Sequence

from ..lexicon import load
from ..mentions.quantities.grammar import find_quantities
from ..mentions.quantities.tables import tables as quantity_tables
from ..model import Quantity
from ..text.normalise import fold, word_pattern
from .times import tables as time_tables
from .subjects import (
    NATIONAL_COUNT,
    NATIONALITY_COUNT,
    count_head,
    counts_nationalities,
    names_people,
    national_of,
    refers_back,
)


@dataclass(frozen=True)
class AttributeSpec:
    id: str
    dimension: str
    label: str
    units: tuple[str, ...]
    owns_units: tuple[str, ...]
    plan_conflicts: bool
    pattern: re.Pattern
    several: bool = False
    unit: Optional[str] = None  # the canonical unit of what it counts ("person"), whatever noun the text uses
    running: bool = False  # a running total (a toll): figures are as of a time, see claims/figures.py
    by_figure: bool = False  # one claim per figure, never compared: what tells two apart is not read
    claim: bool = True  # False: read so that it is no other attribute, but no claim ("بعد فرز 99%")
    partner: bool = False  # with `several`: a name after مع says whose it is ("مصافحته … مع فلان")
    whole_precision: Optional[float] = None  # how far a whole number as written stands from its value ("7 درجات" = 7.0)
    apart: Optional[float] = None  # values this many times apart are two facts (default: claims/quantity_groups.DURATION_APART)
    values: Optional[tuple[float, float]] = None  # the values it can take: outside them a number measures something else


POSSESSIVES = ("ه", "ها", "هما", "هم")  # folded: "قمتهما", "مؤتمره", "لقاؤهما"


def with_possessives(words) -> list[str]:
    """The words and, for each one-word indefinite cue, its forms with a possessive pronoun.

    Folded ة (ه) becomes ت before the pronoun ("قمة" → "قمتهما"), a final hamza
    takes its carriers ("لقاء" → "لقاؤهما", "لقائهما").
    """
    out = list(words)
    for w in words:
        f = fold(w)
        if " " in f or f.startswith("ال") or len(f) < 3:
            continue
        if f.endswith("ه"):
            stems = [f[:-1] + "ت"]
        elif f.endswith("اء"):
            stems = [f[:-1] + h for h in "ءؤئ"]
        else:
            stems = [f]
        out += [stem + p for stem in stems for p in POSSESSIVES]
    return out


def _cue_pattern(cues, compound) -> re.Pattern:
    """One regex for an attribute's single cues and its compound (noun … modifier) cues: one
    compound, or a list of them (modifiers that qualify some nouns only)."""
    parts = [word_pattern(with_possessives(cues)).pattern] if cues else []
    for one in ([compound] if isinstance(compound, dict) else compound or ()):  # one, or a list of them
        nouns = word_pattern(with_possessives(one["nouns"])).pattern.replace("(?P<word>", "(?:")
        mods = word_pattern(one["modifiers"]).pattern.replace("(?P<word>", "(?:")
        parts.append(rf"{nouns}(?:\s+\S+){{0,2}}?\s+{mods}")
    return re.compile("|".join(f"(?:{p})" for p in parts)) if parts else word_pattern(())


@lru_cache(maxsize=1)
def attribute_specs() -> tuple[AttributeSpec, ...]:
    table = load("attributes")["attributes"]
    return tuple(
        AttributeSpec(
            id=name,
            dimension=spec["dimension"],
            label=spec["label"],
            units=tuple(spec.get("units") or ()),
            owns_units=tuple(spec.get("owns_units") or ()),
            plan_conflicts=bool(spec.get("plan_conflicts", False)),
            pattern=_cue_pattern(spec.get("cues") or (), spec.get("compound")),
            several=bool(spec.get("several", False)),
            unit=spec.get("unit"),
            running=bool(spec.get("running", False)),
            by_figure=bool(spec.get("by_figure", False)),
            claim=bool(spec.get("claim", True)),
            partner=bool(spec.get("partner", False)),
            whole_precision=spec.get("whole_precision"),
            apart=spec.get("apart"),
            values=tuple(spec["values"]) if spec.get("values") else None,
        )
        for name, spec in table.items()
    )


def spec_for(attribute: str) -> Optional[AttributeSpec]:
    return next((s for s in attribute_specs() if s.id == attribute), None)


def _applies(spec: AttributeSpec, quantity: Quantity) -> bool:
    if spec.dimension != quantity.dimension:
        return False
    if spec.values is not None and not spec.values[0] <= quantity.value <= spec.values[1]:
        return False  # "دائرة العرض 40,2 درجة": no magnitude reaches 40
    return not spec.units or quantity.unit in spec.units


@lru_cache(maxsize=1)
def _relation_words() -> re.Pattern:
    """Words after which a cue names a landmark in time, not what is measured."""
    words = load("attributes").get("time_relations", [])
    alt = "|".join(re.escape(fold(w)) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<!\w)[وف]?(?:{alt})\s+$") if words else re.compile(r"(?!x)x")


def _nearest_cue(
    specs: Sequence[AttributeSpec], folded: str, anchor: int, landmarks: bool = False
) -> Optional[AttributeSpec]:
    """The spec whose cue is nearest to `anchor` in `folded` (ties: listed first).

    With `landmarks`, a cue right after a word of time relation ("بعد استراحة
    قصيرة،", "الندوة الصحفية التي أعقبت القمة،") is passed over: in a clause
    before the number's own, it dates what follows and is not what the number
    measures.
    """
    best: Optional[tuple[int, int, AttributeSpec]] = None
    relation = _relation_words() if landmarks else None
    for order, spec in enumerate(specs):
        for m in spec.pattern.finditer(folded):
            if relation is not None and relation.search(folded[max(0, m.start() - 20) : m.start()]):
                continue
            distance = anchor - m.end() if m.end() <= anchor else m.start() - anchor
            candidate = (max(distance, 0), order, spec)
            if best is None or candidate[:2] < best[:2]:
                best = candidate
    return best[2] if best else None


AFTER_WORDS = 2
PEOPLE_AFTER_WORDS = 6  # a count of people is often the fronted subject of the verb saying what befell them


LATER_WORDS = 6  # the verb, a subject of two names ("عقد ترامب وكيم"), its object and what qualifies it


@lru_cache(maxsize=1)
def _people_units() -> frozenset[str]:
    return frozenset(load("attributes").get("people", ()))


def counts_people(quantity: Quantity) -> bool:
    """Is the quantity a count of people ("76 شخصا", "300 قتيل", "مئتي ألف مشرد")?"""
    return quantity.dimension == "count" and quantity.unit in _people_units()


_BETWEEN_THEM = ("بينهما", "بينهم", "بينها")  # folded
_DURING_IT = ("خلاله", "خلالها", "خلالهما", "اثناءها", "اثناءه")  # folded


def _after_words(folded_after: str, reach: int = AFTER_WORDS) -> list[str]:
    """The words right after a number that may say what it measures.

    A partitive "من" does not use up the window: "16 قطاعا من البنية التحتية", nor does "بينهما"
    saying whose they were ("محادثتين بينهما عبر الهاتف").
    A count of people reads further (`reach`): what befell them is often the
    verb after it ("300 شخص لقوا حتفهم", "10 آلاف آخرين لا يزالون في عداد المفقودين").
    A word that joins the next item of a list right after the number ("بـ318 والجرحى …"،
    "318 و900 …") leaves the number no words after it. The window ends where a new clause
    begins, at a complementizer or a clause opener ("المؤتمر الذي استمر 40 دقيقة إن اللقاء كان مثمرا": the meeting is
    what was said, not what lasted 40 minutes).
    """
    words = folded_after.split()
    if words and (words[0].startswith("وال") or words[0][:1] == "و" and words[0][1:2].isdigit()):
        return []  # "عدد القتلى بـ318 والجرحى بأكثر من 900": the next item of a list, not this number's
    if words and words[0] in ("من", *_BETWEEN_THEM):
        words = words[: reach + 1]
    elif len(words) >= 2 and (f"{words[0]} {words[1]}" in _MANNER or (words[0] in _COPULAS and words[1] in _MEASURE_NOUNS)):
        # "ثلاث ساعات في شكل اجتماعات ثنائية": the form of what lasted, then what it was;
        # "أربع ساعات هي مدة اللقاء": a copula and the measure's noun, then what it measures
        words = words[: reach + 2]
    else:
        words = words[:reach]
    starts, pairs = _clause_starts(), _clause_start_pairs()
    words = words[: next((i for i, w in enumerate(words) if w in starts or w[:1] in "وف" and w[1:] in starts
                          or " ".join(words[i:i + 2]) in pairs), len(words))]
    if len(words) >= 2 and words[1] in _DURING_IT:
        return []  # "زيارة دامت يومين اجتمع خلالها …": what happened during it, not what lasted
    # after a count of people (the longer reach), "بينهم"، "من بينهم"، "بمن فيهم" open a breakdown of
    # the count: what its parts are ("تقل 50 شخصا بينهم 3 من أفراد الطاقم": the crew are some of the 50)
    if reach > AFTER_WORDS:
        including = _including_words()
        words = words[: next((i for i in range(len(words)) if words[i] in including
                              or " ".join(words[i:i + 2]) in including), len(words))]
        # the longer reach ends where an adjunct of time begins ("… بعد أسبوع من توقيفهما")
        stops = _time_words()
        cut = next((i for i, w in enumerate(words) if re.sub(r"^[وف]", "", w) in stops), len(words))
        words = words[: max(cut, AFTER_WORDS)]
    return words


_MANNER = frozenset(("في شكل", "علي شكل", "في صيغه", "علي هيئه", "في اطار"))  # folded
_COPULAS = frozenset(("هي", "هو", "كانت", "كان"))  # folded: "… ساعات هي مدة …"
_MEASURE_NOUNS = frozenset(("مده", "طول", "عمر"))  # folded: what the copula says the number is


@lru_cache(maxsize=1)
def _including_words() -> frozenset[str]:
    """Words and word pairs that open what a count of people includes (statements lexicon
    ``inclusion_openers``: "منهم"، "من بينهم"، "بمن فيهم" …; and "بينهم"), folded."""
    return frozenset(fold(w) for w in load("statements").get("inclusion_openers", ())) | {"بينهم", "بينها"}


@lru_cache(maxsize=1)
def _clause_starts() -> frozenset[str]:
    """Single words that open a new clause: complementizers ("أن"، "إنه") and clause openers ("فيما")."""
    words = list(load("statements").get("complementizers", ())) + list(load("sentences").get("clause_openers", ()))
    return frozenset(fold(w) for w in words if " " not in w.strip())


@lru_cache(maxsize=1)
def _clause_start_pairs() -> frozenset[str]:
    """Clause openers of two words ("في حين"): a new clause begins there too."""
    words = load("sentences").get("clause_openers", ())
    return frozenset(fold(w) for w in words if len(w.split()) == 2)


@lru_cache(maxsize=1)
def _time_words() -> frozenset[str]:
    table = load("attributes")
    return frozenset(fold(w) for w in list(table.get("time_relations", ())) + ["منذ", "خلال", "حتى"])


def assign_attribute(
    quantity: Quantity, clause: str, offset: int, earlier_clauses: Sequence[str] = (), later_clause: str = ""
) -> tuple[str, int]:
    """The attribute id of `quantity`, found at `offset` (raw) in `clause`, and where its cue was.

    `earlier_clauses` are the clauses before it in the same sentence, in text
    order. The second value counts how many clauses back the cue stood (0: in
    the number's own clause, or no cue at all), so the excerpt can include it;
    -1 when the number stood alone in a fronted adverbial and the cue in the
    clause after it (`later_clause`, "على مدى ساعتين، ناقش الرئيسان").
    """
    if arrival_lag_reference(quantity, clause[:offset], clause[offset + len(quantity.text):]):
        return "arrival-lag", 0
    if quantity.dimension == "count" and _per_item(fold(clause[offset + len(quantity.text):])):
        return EACH_COUNT, 0  # "ومهندس واحد من كل من الشركتين": one from each, no count of the whole
    since, back = since_across(quantity, clause[:offset], earlier_clauses, clause[offset + len(quantity.text):])
    if since:
        return since, back
    if elapsed_landmark(quantity, clause[:offset], clause[offset + len(quantity.text):]) and not _offset_words()[2].search(
        fold(clause[:offset])
    ):
        return "elapsed-duration", 0  # "بعد ست دقائق من إقلاعها"; "انتهت القمة بعد 48 دقيقة من بدايتها" is its length
    if counts_nationalities(quantity, clause[:offset], clause[offset + len(quantity.text):]):
        # "ركاب من 33 دولة": how many nationalities, whatever else the clause says
        return NATIONALITY_COUNT, int(bool(earlier_clauses) and not names_people(clause[:offset]))
    if quantity.dimension == "duration" and _extra_after(clause[offset + len(quantity.text):]):
        return "extra-duration", 0  # "امتد الاجتماع ساعة إضافية": time added, not the whole length
    attribute, back = _attribute(quantity, clause, offset, earlier_clauses, later_clause)
    if attribute == "distance" and zone_of_places(clause[:offset]):
        return "zone-distance", back  # "أربع بلدات تبعد ثلاثة كيلومترات …": a zone's radius
    if attribute == "distance" and _journey_said(clause[:offset]):
        attribute = "journey"  # "وسيقطع القطار مسافة 3800 كيلومتر": the verb, before its subject, says a trip
    elif quantity.dimension == "duration" and is_default_attribute(attribute) and earlier_clauses and _journey_said(
        earlier_clauses[-1]
    ):
        return "trip-duration", 1  # "سيقطع القطار مسافة 900 كيلومتر، والتي ستستغرق 20 ساعة": the journey's time
    if attribute == "trip-duration" and tour_of_region(clause[:offset] if not back else earlier_clauses[-back]):
        return "tour-duration", back  # "زيارته لأوروبا، التي استمرت ستة أيام": the tour, not the visit
    if _remainder(quantity) and not getattr(spec_for(attribute), "running", False):
        return REMAINDER_COUNT, 0  # "وثلاثة آخرين" closing a list of nationals: no count of those on board
    if national_of(quantity, clause[offset + len(quantity.text):]) and _of_the_whole(attribute):
        # "بينهم ستة مصريين": the Egyptians, apart from the toll (whom "بينهم" speaks of is in the clause before)
        return NATIONAL_COUNT, int(bool(earlier_clauses) and refers_back(clause[:offset]))
    return attribute, back


REMAINDER_COUNT = "remainder-count"  # lexicon/attributes.yaml: read, no claim
EACH_COUNT = "each-count"  # lexicon/attributes.yaml: read, no claim


def _per_item(folded_after: str) -> bool:
    """Does a count go on with "من كل من" and a list (one from each of the countries it names): a
    count per item? ("خمسمئة محتجز من كل طرف" is the count of each side, a claim of its own.)"""
    return folded_after.split()[:3] == ["من", "كل", "من"]


TOUR_WORDS = 3  # words after "زيارة"/"جولة" that may name where it goes ("زيارته الحالية إلى الشرق الأوسط")
_TRIP_NOUN = re.compile(r"^(?:[وف]?(?:ب|ل)?(?:ال)?)(?:زيار|جول|رحل)")


@lru_cache(maxsize=1)
def _regions() -> tuple[tuple[str, ...], ...]:
    spec = load("attributes")["attributes"].get("tour-duration") or {}
    return tuple(tuple(fold(w).split()) for w in spec.get("regions", ()))


def tour_of_region(text: str) -> bool:
    """Does `text` (a clause, raw) end by naming a trip to a region ("اختتم زيارته لأوروبا"،
    "في جولة آسيوية")? A visit, trip or tour noun with a region word of ``tour-duration``'s
    `regions` among the TOUR_WORDS after it, with its preposition or article."""
    words = fold(text).split()
    for i in range(len(words) - 1, -1, -1):
        if _TRIP_NOUN.match(words[i]):
            after = [re.sub(r"^(?:[وف]?(?:الي|الى|في|لل|ل|ب))", "", w) for w in words[i + 1:i + 1 + TOUR_WORDS]]
            for k in range(len(after)):
                for region in _regions():
                    got = tuple(after[k:k + len(region)])
                    # "للخليج" leaves "خليج": the article the preposition absorbed comes back
                    if got == region or tuple(w if w.startswith("ال") else "ال" + w for w in got) == region:
                        return True
            return False
    return False


@lru_cache(maxsize=1)
def _remainder_nouns() -> frozenset[str]:
    return frozenset(fold(w) for w in load("attributes").get("remainder_nouns", ()))


def _remainder(quantity: Quantity) -> bool:
    """Is the count one of "others" (``remainder_nouns``: "وجرح 35 آخرين"), the rest of a pair or a list?"""
    return quantity.dimension == "count" and fold(quantity.noun or "") in _remainder_nouns()


CIRCUMSTANCE_WORDS = 4  # a clause of circumstance after a figure is short ("، وبمشاركة الوفود")


def circumstance(clause: str) -> bool:
    """Is a clause a short circumstance of what the clause before measured: a phrase opened by the
    preposition ب, after "و" or not ("، وبمشاركة الوفود"، "، بحضور الوزيرين"), with no figure?"""
    words = re.findall(r"[\u0621-\u064a]+", fold(clause))
    return 1 <= len(words) <= CIRCUMSTANCE_WORDS and not re.search(r"\d", clause) and (
        words[0][:1] == "ب" or words[0][:2] == "وب") and len(words[0]) > 3


@lru_cache(maxsize=1)
def _refinable() -> frozenset[str]:
    """Attributes a circumstance after the figure may narrow (``circumstance_refines``: a meeting's
    whole length, to the part with the delegations or the leaders alone), and the defaults."""
    table = load("attributes")
    return frozenset(table.get("circumstance_refines", ())) | frozenset(table["defaults"].values())


def nationals_fate(quantity: Quantity, clause: str, offset: int) -> Optional[str]:
    """What befell a count of nationals other than death, read in its own clause: the injured, the
    missing, the survivors or the displaced ("تهجير 20 ألف سوري" is not "وقتل 300
    سوري"); None for the dead and for a count that says nothing of it ("بينهم ستة مصريين" after
    a toll), which are the victims of the story's toll, one fact."""
    base, _ = _attribute(quantity, clause, offset)
    spec = spec_for(base)
    if spec is None or base == "death-count":
        return None
    return base if spec.running or base == "displaced-count" else None


@lru_cache(maxsize=1)
def _spending_pattern() -> re.Pattern:
    """Verbs of spending time (``spending_verbs``): a duration one governs is the time someone spent."""
    return word_pattern(load("attributes").get("spending_verbs", ()))


@lru_cache(maxsize=1)
def _extra_words() -> frozenset[str]:
    return frozenset(fold(w) for w in load("attributes").get("extra_words", ()))


def _extra_after(after: str) -> bool:
    """Is the word right after a duration one of added time ("ساعة إضافية"، "يومين آخرين")?"""
    words = re.findall(r"\w+", fold(after))
    return bool(words) and words[0] in _extra_words()


SETTLEMENT_UNITS = ("village", "town", "city", "region", "province", "house", "building")


def zone_of_places(before: str) -> bool:
    """Is a distance said of a counted set of places: a count of villages, towns, cities, houses …
    in the words before it ("أربع بلدات تبعد …"، "12 قرية على مسافة …")?"""
    return any(q.dimension == "count" and q.unit in SETTLEMENT_UNITS for q in find_quantities(before))


def _journey_said(before: str) -> bool:
    """Does the clause before a distance say a journey ("وسيقطع القطار مسافة …"): a cue of the
    ``journey`` attribute anywhere in it, not only next to the number, and the distance named as
    one ("مسافة"، "رحلة"; "قطعت الشرطة الطريق على بعد 5 كم" places a roadblock)?"""
    spec = spec_for("journey")
    folded = fold(before)
    return spec is not None and bool(spec.pattern.search(folded)) and bool(_JOURNEY_NOUN.search(folded))


_JOURNEY_NOUN = re.compile(r"(?<!\w)[وفبل]?(?:ال)?(?:مساف|رحل)")


@lru_cache(maxsize=1)
def _whole_counts() -> frozenset[str]:
    return frozenset(load("attributes").get("national_counts_of", ()))


def _of_the_whole(attribute: str) -> bool:
    """Is `attribute` one whose nationals are counted apart (the toll, those on board: ``national_counts_of``),
    or no attribute a cue gave ("citizen-count-…", "person-count-…")? "اعتقلت الشرطة 10 فرنسيين" stays a
    count of arrests."""
    return attribute in _whole_counts() or attribute.startswith(("citizen-count", "person-count"))


# late against an appointed time: "تأخر … عن موعد …"، "متأخرا عن الموعد", what the number measures
_LATE = re.compile(r"(?<!\w)[وف]?(?:تاخر|تاخرت|تاخروا|تاخرا|يتاخر|تتاخر|متاخرا|متاخره|متاخرين)(?!\w)")
_AGAINST = re.compile(r"(?<!\w)عن\s+(?:ال)?موعد")
LATE_WORDS = 5  # words between the verb of lateness and the number at most


def _late_against(before: str, after: str) -> bool:
    """Is a duration how late something was against its appointed time: a verb of lateness among the
    last words before it and "عن موعد …" before or right after it ("تأخر الرئيس عن موعد القمة نحو
    ساعة"، "تأخرت الرحلة 25 دقيقة عن موعدها")?"""
    tail = " ".join(before.split()[-LATE_WORDS - 3:])
    return bool(_LATE.search(tail)) and bool(_AGAINST.search(tail) or _AGAINST.search(after))


CUE_ONLY_UNITS = ("degree",)  # units whose measure only a cue tells (magnitude or temperature)
POINT_BACK_WORDS = 4  # words before a number among which a verb's object pronoun points back
_OBJECT_PRONOUN = re.compile(r"\w{3,}(?:ها|هما|هم)$")


def _points_back(before: str) -> bool:
    """Does a word with an object pronoun ("قدرتها"، "حددها") stand among the last words before a
    number: the measure it gives is of a noun named before?"""
    return any(_OBJECT_PRONOUN.match(w) for w in fold(before).split()[-POINT_BACK_WORDS:])


def _attribute(
    quantity: Quantity, clause: str, offset: int, earlier_clauses: Sequence[str] = (), later_clause: str = ""
) -> tuple[str, int]:
    """:func:`assign_attribute` before a count of nationals is set apart."""
    specs = [s for s in attribute_specs() if _applies(s, quantity)]
    folded_before = fold(clause[:offset])
    spent = list(_spending_pattern().finditer(folded_before)) if quantity.dimension == "duration" else []
    if spent:
        # what a verb of spending governs is read from that verb on ("قال خلال لقائه: أمضيت يوما …")
        folded_before = folded_before[spent[-1].start():]
    folded_value = fold(clause[offset:offset + len(quantity.text)])
    # Only the words right after the number can say what it measures
    # ("3 ساعات من المحادثات"); further on they speak of something else
    # ("انتظر الصحفيون عشر دقائق قبل بدء المؤتمر").
    # so may a part of a total told before ("أربع ساعات من المباحثات، منها ساعة أمضاها الرئيسان
    # وجها لوجه"): what sets the part apart is said after it, as a people count's fate is
    partitive = folded_before.split()[-1:] in (["منها"], ["منهما"], ["ومنها"])
    reach = PEOPLE_AFTER_WORDS if counts_people(quantity) or partitive else AFTER_WORDS
    folded_after = " ".join(_after_words(fold(clause[offset + len(quantity.text):]), reach))
    # A counted noun that is itself a cue decides ("40 قتيلا" → deaths);
    # otherwise the number's own words are masked out ("ساعتين" is no cue for talks).
    spec = _nearest_cue(specs, folded_value, 0)
    # so does a counted noun that only one measure counts, in any case ending ("2059 جريحا" beside
    # "حصيلة ضحايا …" counts the injured; "جريحا" need not be listed as a cue), unless the word
    # right after it says what kind ("45 حالة وفاة": cases of death)
    owner = next((s for s in specs if quantity.unit in s.owns_units), None)
    if not spec and owner:
        genitive = " ".join(folded_after.split()[:1])
        spec = _nearest_cue(specs, genitive, 0) if genitive else None
        spec = spec or owner
    folded = folded_before + " " * len(folded_value) + " " + folded_after
    if not spec and counts_people(quantity) and _state_after(folded_after):
        # "البحث عن 17 شخصا آخرين ما زالوا عالقين": people in a state that goes on, said after them;
        # the toll named before the number is not theirs
        spec = _nearest_cue(specs, folded_after, 0)
        if spec is None:
            head = count_head(clause[:offset])
            return f"{quantity.unit}-count" + (f"-{head}" if head else ""), 0
    if partitive and not spec:
        spec = _nearest_cue(specs, folded_after, 0)  # the part's own words, not the total's cue before "منها"
    spec = spec or _nearest_cue(specs, folded, len(folded_before))
    back = 0
    earlier_specs = [s for s in specs if s.claim]
    if earlier_clauses and _numbers_back(folded_before):
        # "…العمال المصابين في الحريق، والبالغ عددهم 12 عاملا": the injured, not the workers
        referent = _referent(specs, earlier_specs, fold(earlier_clauses[-1]))
        if referent is not None:
            return referent.id, 1
    # A count governed by a verb of its own clause ("والتقيا مرة واحدة") says what it
    # counts there; the clauses before speak of something else ("تحدثا ثلاث مرات هاتفيا").
    # A bare "درجة" is read by a cue alone (a magnitude, a temperature): a verb that governs it
    # with a pronoun pointing back ("فيما قدرتها الهيئة بـ6.8 درجة") says nothing of which, the
    # clause before does.
    own_head = quantity.dimension == "count" and bool(count_head(clause[:offset])) and not (
        quantity.unit in CUE_ONLY_UNITS and _points_back(clause[:offset]))
    # so does a verb of spending time ("أمضيت يومين كاملين مع المرضى" after "قال خلال لقائه …": the
    # day is the speaker's, not the meeting's length)
    own_head = own_head or bool(spent)
    # An attribute that is no claim ("بعد فرز 99% من الأصوات") dates a figure in its own clause;
    # in a clause before, it is a landmark ("بعد إحصاء 99% من الصناديق، حصل فلان على 47%").
    for earlier in reversed(earlier_clauses):
        if spec or own_head:
            break
        back += 1
        text = fold(earlier)
        spec = _nearest_cue(earlier_specs, text, len(text), landmarks=True)
    if not spec and not clause[offset + len(quantity.text):].strip(" \t.،,؛:") and not earlier_clauses and later_clause:
        # a fronted adverbial ("على مدى ساعتين، ناقش الرئيسان …") measures the clause after it
        text = " ".join(fold(later_clause).split()[:LATER_WORDS])
        spec = _nearest_cue(specs, text, 0)
        if spec:
            return spec.id, -1
    if later_clause and not clause[offset + len(quantity.text):].strip(" \t.،,؛:") and (
            spec is None or spec.id in _refinable()) and circumstance(later_clause):
        # "استمرت المحادثات ساعة ونصف، بمشاركة الوفود": the talks with the delegations, a part of them
        part = _nearest_cue([s for s in specs if s.id not in _refinable()], fold(later_clause), 0)
        if part is not None:
            return part.id, -1
    if spec is not None and quantity.dimension == "duration" and _late_against(folded_before, folded_after):
        spec = spec_for("delay-duration") or spec  # "تأخر الرئيس عن موعد القمة نحو ساعة"
    if spec is not None and spec.id == "passenger-count" and aboard_total(quantity, clause[:offset], folded_after):
        spec = spec_for("aboard-count")  # "وعلى متنها 212 شخصا": everyone on board, not the passengers alone
    # a counted noun that already says what befell them ("وأكثر من 60 مصابا" right after "8 قتلى") keeps its own
    # (so does a count whose own words are the role: "ثلاثة من ملاحي الطائرة")
    owned = spec is not None and (quantity.unit in spec.owns_units or bool(spec.pattern.search(fold(quantity.text))))
    fate = _fate_before(specs, folded_before) if owned and not spec.running else None
    if fate is not None:
        return fate.id, back  # "ومقتل 157 راكبا": passengers killed, a toll
    on_board = spec is not None and (
        spec.id in ("passenger-count", "aboard-count")
        # "جميع ركاب وأفراد طاقم الطائرة والبالغ عددهم 157": passengers and crew, no figure before
        or (spec.id == "crew-count" and not re.search(r"\d", clause[:offset]) and spec_for("passenger-count").pattern.search(fold(clause[:offset])))
    )
    if on_board and everyone_died(clause[:offset], clause[offset + len(quantity.text):]):
        return "death-count", back  # "ولقي جميع الركاب البالغ عددهم 157 مصرعهم": the toll
    if spec:
        return spec.id, back
    if spent:
        return "time-spent", 0  # "أمضيت يومين كاملين مع المرضى": no cue says more than the verb
    unit_default = next((s for s in specs if quantity.unit in s.owns_units), None)
    if unit_default:
        return unit_default.id, 0
    if quantity.dimension == "count":
        moved = _moved(quantity, folded_before, folded_after)
        if moved:
            return moved, 0
        head = count_head(clause[:offset])
        return f"{quantity.unit}-count" + (f"-{head}" if head else ""), 0
    return load("attributes")["defaults"].get(quantity.dimension, quantity.dimension), 0


@lru_cache(maxsize=1)
def _still_verbs() -> re.Pattern:
    words = sorted((fold(w) for w in load("attributes").get("still_verbs", ())), key=len, reverse=True)
    return re.compile(r"(?<!\S)(?:[وف])?(?:" + "|".join(map(re.escape, words)) + r")(?!\S)") if words else re.compile(r"(?!x)x")


def _state_after(folded_after: str) -> bool:
    """Do the words after a count of people say a state of theirs that goes on ("ما زالوا عالقين"،
    "لا يزالون مفقودين")? (``still_verbs``)"""
    return bool(_still_verbs().search(folded_after))


def _moved(quantity: Quantity, folded_before: str, folded_after: str) -> Optional[str]:
    """What a count of people right after a word of moving them (``relocation_words``: "وتم نقل 45
    ألف شخص") counts when no cue said: the displaced, or the injured when they were taken to a
    hospital ("نقل 12 شخصا إلى المستشفى"); None for a count of anything else."""
    if not counts_people(quantity):
        return None
    words = folded_before.split()
    if not words or re.sub(r"^[وف](?=\w{3})", "", words[-1]) not in _relocation_words():
        return None
    if _HOSPITAL.search(folded_after):
        return "injury-count"
    return "displaced-count"


_HOSPITAL = re.compile(r"(?<!\w)(?:[وبل]?ال)?مستشف")  # folded "المستشفى", "مستشفيات"


def aboard_total(quantity: Quantity, before: str, folded_after: str = "") -> bool:
    """Is a count that the words of those on board explain the count of everyone on board, passengers
    and crew together? So when it counts people by no word of passengers ("وعلى متنها 212 شخصا"), or
    when the crew is named with the passengers before it and no figure stands between ("بمن فيها من
    ركاب وطاقم الطائرة البالغ عددهم 212"), or when the counted noun is passengers and crew together
    ("أقلت 90 راكبا وطاقما"; `folded_after`: the folded words after the figure). "كان على متنها
    149 راكبا" counts the passengers, and so does "90 راكبا وطاقما من ستة" (the crew counted apart)."""
    passenger = spec_for("passenger-count")
    if quantity.unit in passenger.owns_units:
        _, crew = _everyone_words()
        folded = fold(before)
        if crew.search(folded) and passenger.pattern.search(folded) and not re.search(r"\d", before):
            return True
        # the noun joined by "و" to the count's own (the figure's text may hold that noun or not),
        # unless the crew has a count of its own after it ("90 راكبا وطاقما من ستة")
        after = re.findall(r"[\u0621-\u064a\d]+", folded_after)
        for i, w in enumerate(after[:2]):
            if w[:1] == "و" and crew.fullmatch(w):
                rest = after[i + 1:i + 3]
                return not any(x[:1].isdigit() or x in _crew_counted() for x in rest)
        return False
    return True


def _fate_before(specs: Sequence[AttributeSpec], folded_before: str) -> Optional[AttributeSpec]:
    """The running total (toll, injured, missing) whose cue is the word right before a count of people
    by role ("ومقتل 157 راكبا", "إصابة 12 عاملا"): what befell them, which the count measures."""
    words = folded_before.split()
    while words and words[-1] in ("فقط", "وحده", "وحدهم"):
        words.pop()  # "نجا فقط اثنان": the verb before "only"
    if not words:
        return None
    if len(words) >= 2 and words[-2][:1].isdigit():
        return None  # "300 جريح وأكثر من 3000 نازح": the word before is another count's noun, no fate
    last = words[-1]
    fate = next((s for s in specs if s.running and s.pattern.fullmatch(last)), None)
    bare = re.sub(r"^[وف](?=\w{3})", "", last)
    if fate is None and bare in _relocation_words():
        fate = next((s for s in specs if s.id == "displaced-count"), None)  # "وجرى إجلاء 4 آلاف ساكن"
    if fate is None and bare in _rescue_words():
        fate = next((s for s in specs if s.id == "survivor-count"), None)  # "وتم إنقاذ 3 من أفراد الطاقم"
    return fate


@lru_cache(maxsize=1)
def _relocation_words() -> frozenset:
    """Verbs and nouns of moving people out (``relocation_words``): a count of residents after one
    counts the displaced, not the population."""
    return frozenset(fold(w) for w in load("attributes").get("relocation_words", ()))


@lru_cache(maxsize=1)
def _rescue_words() -> frozenset:
    """Words of rescuing people (``rescue_words``): a count of people by role right after one counts
    the survivors."""
    return frozenset(fold(w) for w in load("attributes").get("rescue_words", ()))


def all_aboard_died(text: str) -> bool:
    """Does an article say that everyone on board died ("وأعلنت الشركة وفاة جميع ركاب الطائرة",
    "مقتل كل من كانوا على متنها", "ولا ناجين")? Then its count of everyone on board is the toll."""
    every, _ = _everyone_words()
    passenger, death = spec_for("passenger-count"), spec_for("death-count")
    for part in re.split(r"[.،,؛:\n]", fold(text)):
        if _none_survived().search(part):
            return True
        if every.search(part) and passenger.pattern.search(part) and death.pattern.search(part):
            return True
    return False


@lru_cache(maxsize=1)
def _none_survived() -> re.Pattern:
    return word_pattern(load("attributes")["everyone_died"].get("none_survived", ()))


@lru_cache(maxsize=1)
def _crew_counted() -> frozenset:
    """Folded words after the crew's noun that give the crew a count of its own ("وطاقما من ثمانية")."""
    return frozenset(fold(w) for w in load("attributes")["everyone_died"].get("crew_counted", ()))


@lru_cache(maxsize=1)
def _numbering_words() -> frozenset:
    return frozenset(fold(w) for w in load("attributes").get("numbering_back", ()))


def _referent(specs: Sequence[AttributeSpec], cued: Sequence[AttributeSpec], text: str) -> Optional[AttributeSpec]:
    """What the noun phrase ending `text` (a folded clause) is a count of: the measure of its last
    cue or of its last counted noun that one measure owns ("الركاب الناجين": the survivors),
    whichever stands nearer the end, once what follows a preposition at the end is set aside
    ("المصابين في حريق المصنع": the injured, not the factory)."""
    text = _without_trailing_complements(text)
    best: Optional[tuple[int, AttributeSpec]] = None
    for spec in cued:
        for m in spec.pattern.finditer(text):
            if best is None or m.end() > best[0]:
                best = (m.end(), spec)
    lex = quantity_tables().lex
    for m in re.finditer(r"\S+", text):
        word = m.group()
        for form in dict.fromkeys((word, re.sub(r"^و?ال", "", word))):  # the word, then without its article
            owner = next((s for cat, data in lex.get(form, ()) if cat == "noun"
                          for s in specs if data[0] in s.owns_units), None)
            if owner is not None and (best is None or m.end() > best[0]):
                best = (m.end(), owner)
    return best[1] if best else None


_TRAILING_PREPS = frozenset(fold(w) for w in ("من", "في", "على", "عن", "إلى", "الى", "مع", "جراء", "بسبب", "خلال"))
TRAILING_COMPLEMENT_WORDS = 3  # a preposition and the words after it closing a noun phrase, at most this many in all


def _without_trailing_complements(text: str) -> str:
    """`text` (folded) without the prepositional phrase that closes it ("… المصابين في حريق المصنع");
    one only: a preposition further back may be a partitive ("عدد من العمال المصابين")."""
    words = text.split()
    cut = next((i for i in range(len(words) - 1, max(0, len(words) - 1 - TRAILING_COMPLEMENT_WORDS), -1)
                if words[i] in _TRAILING_PREPS), None)
    return " ".join(words[:cut] if cut else words)


def _numbers_back(folded_before: str) -> bool:
    """Does the number's clause open by numbering what the clause before names ("والبالغ عددهم",
    "ويبلغ عددهم"): nothing before the number but those words, a count word among them?"""
    ws = folded_before.split()
    return (bool(ws) and len(ws) <= 3 and all(w in _numbering_words() for w in ws)
            and any(re.sub("^و", "", w).startswith("عدد") for w in ws))


@lru_cache(maxsize=1)
def _everyone_words() -> tuple[re.Pattern, re.Pattern]:
    table = load("attributes")["everyone_died"]
    return word_pattern(table["all"]), word_pattern(table["crew"])


def everyone_died(before: str, after: str) -> bool:
    """Is a count of those on board the count of everyone, all of whom died ("قتل كل من كانوا على
    متنها وعددهم 157", "ولقي جميع الركاب البالغ عددهم 157 مصرعهم")? Then it is the toll. Passengers
    told beside the crew ("جميع ركابها والبالغ عددهم 149 راكبا والطاقم المكون من 8") are passengers."""
    every, crew = _everyone_words()
    text = fold(before) + " " + fold(after)
    if not every.search(fold(before)) or crew.search(fold(after)):
        return False
    death = spec_for("death-count")
    return bool(death and death.pattern.search(text))


@lru_cache(maxsize=1)
def _offset_words() -> tuple[frozenset[str], str, re.Pattern]:
    table = load("attributes")["offsets"]
    return frozenset(fold(w) for w in table["always"]), fold(table["after_word"]), word_pattern(table["ending_verbs"])


@lru_cache(maxsize=1)
def _change_words() -> tuple[frozenset[str], frozenset[str]]:
    """(words that give the amount of a change, verbs and nouns of making longer, shorter or later)."""
    table = load("attributes")["offsets"]
    return (frozenset(fold(w) for w in table.get("change_markers", ())),
            frozenset(fold(w) for w in table.get("change_verbs", ())))


@lru_cache(maxsize=1)
def _recurrence_words() -> frozenset[str]:
    return frozenset(fold(w) for w in load("attributes")["offsets"].get("recurrence", ()))


def _arrival_verbs() -> frozenset[str]:
    return frozenset(fold(w) for w in load("attributes").get("arrival_verbs", ()))


def arrival_lag_reference(quantity: Quantity, before: str, after: str) -> str:
    """Whom an arrival lag is counted from (folded name), or "" when the duration is no arrival lag.

    In a clause with a verb of arriving, a duration right after بعد/قبل and
    followed by من and a name ("وصل بعد حوالي سبع دقائق من نظيره"), or told
    with ب after بعد/قبل and a name ("ووصل قبل بايدن بنحو ربع ساعة"), says how
    long one party arrived before or after the other: a length, not a date.
    Lags from different people are different facts.
    """
    if quantity.dimension != "duration":
        return ""
    raw = re.findall(r"\w+", fold(before))
    words = [re.sub(r"^[وف](?=\w{3})", "", w) for w in raw]  # "ووصل"; "وصلت" is kept as written too
    if not words or not _arrival_verbs() & (set(words) | set(raw)):
        return ""
    if words[-1] in ("بعد", "قبل"):
        # raw text: folding writes ة as ه; a noun before a definite word is a happening's
        # name ("من إعلان النتائج"), unless it has a pronoun ("من نظيره الروسي")
        m = re.match(r"\s*(?:فقط\s+)?من\s+(?P<name>[\u0621-\u064a]{3,})(?P<next>\s+ال)?", re.sub(r"[\u064b-\u0652\u0640]", "", after))
        if not m or m.group("name").startswith("ال"):
            return ""
        if m.group("next") and not m.group("name").endswith(POSSESSIVES):
            return ""
        return fold(m.group("name"))
    if len(words) >= 2 and words[-2] in ("بعد", "قبل") and fold(quantity.text).startswith("ب"):
        return re.sub(r"^ال", "", words[-1])  # "قبل بايدن بربع ساعة", "قبل الموعد بعشر دقائق"
    return ""


@lru_cache(maxsize=1)
def _since_words() -> tuple[frozenset[str], frozenset[str]]:
    """The words of keeping (a thing kept somewhere since) and of a first time (lexicon/attributes.yaml: since)."""
    table = load("attributes").get("since", {})
    return frozenset(fold(w) for w in table.get("kept", ())), frozenset(fold(w) for w in table.get("first", ()))


SINCE_WORDS = 6  # a word of keeping or of a first time this many words before منذ at most
FIRST_NOUN_REACH = 2  # the noun a first is of stands this many words from the word of a first at most


@lru_cache(maxsize=1)
def _first_of_words() -> dict[str, str]:
    table = (load("attributes").get("since") or {}).get("first_of") or {}
    return {fold(w): kind for kind, ws in table.items() for w in ws}


def first_of(before: str) -> Optional[str]:
    """What a first in so long is of, from the words before its length ("أول زيارة له منذ …" → "visit",
    "أول وزير يزور … منذ" → "person"): the kind of the noun next to the last word of a first; None
    when it names the story's happening or no kind (then it is of the happening)."""
    words = re.findall(r"\w+", fold(before))
    first = _since_words()[1]
    kinds = _first_of_words()
    at = next((i for i in range(len(words) - 1, -1, -1) if _bare(words[i]) in first), None)
    if at is None:
        return None
    # "أول" governs the noun after it ("أول زيارة"); "الأولى" describes the noun before it ("قمة هي
    # الأولى"، "الزيارة الأولى"); "للمرة الأولى" says no noun
    if at > 0 and _bare(words[at - 1]) in ("مره", "للمره"):
        return None
    if _bare(words[at]).startswith(("ال", "لل")):
        near = words[max(0, at - FIRST_NOUN_REACH):at][::-1]
    else:
        near = words[at + 1:at + 2]
    return next((kinds.get(w) or kinds.get(_bare(w)) for w in near if w in kinds or _bare(w) in kinds), None)


@lru_cache(maxsize=1)
def _ongoing_words() -> frozenset[str]:
    """Participles of going on right before منذ ("المستمرة منذ"), folded (lexicon/attributes.yaml: since)."""
    return frozenset(fold(w) for w in load("attributes").get("since", {}).get("ongoing", ()))


def ongoing_subject(before: str) -> Optional[str]:
    """What has gone on, in "النزاع المسلح المستمر منذ …": the first word of the noun phrase the participle
    describes, folded and without the article ("نزاع"), or None."""
    words = [_bare(w) for w in re.findall(r"\w+", fold(before))]
    if len(words) < 3 or words[-1] != "منذ" or words[-2] not in _ongoing_words():
        return None
    k = len(words) - 3
    while k > 0 and words[k].startswith("ال") and words[k - 1].startswith("ال"):
        k -= 1  # past the adjectives: "النزاع المسلح المستمر" → النزاع
    return re.sub(r"^ال", "", words[k])


def _bare(word: str) -> str:
    """A folded word without a conjunction in front ("والموجود" → "الموجود")."""
    return re.sub(r"^[وف](?=\w{3})", "", word)


def since_length(quantity: Quantity, before: str, after: str = "") -> str:
    """The attribute of a length told with منذ, or "" when "منذ N" is a point in time.

    "منذ ست سنوات" is how long ago something happened ("وقع منذ ثلاثة أشهر"), a
    point in time, unless the words before say what has lasted since: a thing
    kept or held where it is ("كانت مكدسة منذ أربع سنوات", "المستودع الموجود منذ 6
    أعوام", "محتجز منذ عامين": kept-period), or a first time in so long ("أول
    لقاء بينهما منذ 3 سنوات", "بعد 30 شهرا": the time since the last one, gap-since-last).
    """
    if quantity.dimension not in ("duration", "period"):
        return ""
    words = [_bare(w) for w in re.findall(r"\w+", fold(before))]
    kept, first = _since_words()
    if words and words[-1] == _offset_words()[1]:
        # "أول لقاء بينهما بعد 30 شهرا": after so long, the first; not "بعد 3 أيام من الزلزال" (a landmark)
        # nor "انتهى أول لقاء بينهما بعد ساعتين" (a verb of ending: its length)
        if re.match(r"\s*(?:من|على)(?!\w)", fold(after)) or _offset_words()[2].search(" ".join(words[:-1])):
            return ""
        return "gap-since-last" if any(w in first for w in words[:-1]) else ""
    if not words or words[-1] != "منذ":
        return ""
    near = words[-1 - SINCE_WORDS : -1]
    if any(w in kept for w in near):
        return "kept-period"
    if len(words) >= 3 and words[-2] in _ongoing_words():
        return "ongoing-period"  # "النزاع المستمر منذ خمس سنوات": how long it has gone on
    if any(w in first for w in words[:-1]):
        return "gap-since-last"
    return ""


def since_across(quantity: Quantity, before: str, earlier: Sequence[str] = (), after: str = "") -> tuple[str, int]:
    """:func:`since_length` of a length told with منذ or بعد, and how many clauses back its words stood:
    a clause that is only "منذ N" or "بعد N" after a comma goes on with the clauses before ("في أول
    زيارة له، منذ 4 سنوات"، "وكان الاجتماع الأول، بصورة مباشرة، بعد 30 شهرا"); ("", 0) when it is a point in time."""
    since = since_length(quantity, before, after)
    if since:
        return since, 0
    words = fold(before).split()
    if len(words) == 1 and _bare(words[0]) in ("منذ", _offset_words()[1]):
        for back in range(1, min(len(earlier), SINCE_CLAUSES) + 1):
            since = since_length(quantity, " ".join(earlier[-back:]) + " " + _bare(words[0]), after)
            if since:
                return since, back
    return "", 0


SINCE_CLAUSES = 2  # clauses before a bare "منذ N" / "بعد N" that may say what it is the time since


UNKNOWN_LANDMARK = "?"
UNKNOWN_LANDMARK_MINUTES = 60  # an interval with no landmark is read only when shorter than an hour
_LANDMARK = re.compile(r"\s*(?:فقط\s+)?(?:من|على)\s+(?P<name>[\u0621-\u064a]{3,})")


def elapsed_landmark(quantity: Quantity, before: str, after: str) -> str:
    """What a length after بعد/عقب is counted from, or "" when it is no elapsed time.

    "سقطت الطائرة بعد ثماني دقائق من إقلاعها": the time between two stages of one
    thing (its take-off, its crash) is a measure of it, when the landmark is the
    thing's own (a verbal noun with a pronoun: "من إقلاعها", "من انطلاقه"). A
    landmark of its own ("بعد ساعتين من إعلان النتائج") dates what follows: a
    point in time. The landmark is returned without its pronoun, definite
    ("الإقلاع"), so that outlets' figures of one interval meet; ``UNKNOWN_LANDMARK``
    when a short length after بعد has no landmark written ("وفقد الاتصال بها بعد ست
    دقائق"): it counts only if it joins an interval its event has (grouping).
    """
    if quantity.dimension != "duration":
        return ""
    words = re.findall(r"\w+", fold(before))
    if not words or _bare(words[-1]) not in ("بعد", "عقب"):
        return ""
    after = re.sub(r"[\u064b-\u0652\u0640]", "", after)
    m = _LANDMARK.match(after)
    if not m:
        # no landmark written ("وفقد الاتصال بها بعد ثماني دقائق قرب البلدة"): unknown, joined at grouping
        # to the only interval its event has (claims/quantity_groups.py), when the length is short
        short = (quantity.value_max or quantity.value or 0) < UNKNOWN_LANDMARK_MINUTES
        return UNKNOWN_LANDMARK if short and not re.match(r"\s*(?:فقط\s+)?(?:من|على|عن)(?!\w)", after) else ""
    name = fold(m.group("name"))
    if name.startswith("ال"):
        return ""
    for p in sorted(POSSESSIVES, key=len, reverse=True):
        if name.endswith(p) and len(name) - len(p) >= 3:
            stem = name[: -len(p)]
            return "ال" + (stem[:-1] + "ه" if stem.endswith("ت") else stem)
    return ""


def is_time_offset(quantity: Quantity, before: str, after: str = "", earlier: Sequence[str] = ()) -> bool:
    """True when a duration or period marks a point in time ("منذ ثلاثة أشهر"), not a length,
    or how often something recurs ("تجتمع اللجنة كل شهرين", "كل 6 أشهر"): the time between
    two occasions is no length of either; or by how much a length or a time was changed
    ("قلصا جدول الأعمال بواقع ساعتين": a change marker after a verb of shortening, lengthening
    or putting off, ``offsets.change_markers`` and ``change_verbs``).

    `before` is the text of the clause before the quantity's words, `after` the
    text after them (an arrival lag, "وصل بعد سبع دقائق من نظيره", is a length),
    `earlier` the clauses before its own in its sentence (:func:`since_across`).
    """
    if quantity.dimension not in ("duration", "period"):
        return False
    if arrival_lag_reference(quantity, before, after) or since_across(quantity, before, earlier, after)[0]:
        return False
    always, after_word, ending = _offset_words()
    words = re.findall(r"\w+", fold(before))
    if not words:
        return False
    last = re.sub(r"^[وف](?=\w{2})", "", words[-1])
    if last in always or words[-1] in always or last in _recurrence_words():
        return True
    markers, changes = _change_words()
    if last in markers and any(re.sub(r"^[وف](?=\w{3})", "", w) in changes for w in words[:-1]):
        return True  # "قلصا جدول الأعمال بواقع ساعتين": by how much, not how long
    if last == after_word and quantity.dimension == "duration" and _of_an_activity(after):
        return False  # "بعد ثلاث ساعات من المفاوضات": the talks' length ("بعد عام ونصف من المفاوضات" is background)
    if last == after_word:
        # "انتهى اللقاء بعد 4 ساعات", and "انتهى أول اجتماع بين الوفدين، بعد أكثر من ثلاث ساعات": a verb of ending before
        # it (in its clause, or in the clause before when its own is only "بعد N") says a length
        # (past a clause of time between them: "انتهى الاجتماع في المدينة، الجمعة، بعد ساعتين")
        ended = ending.search(" ".join(words[:-1])) or (len(words) == 1 and earlier and (
            ending.search(fold(earlier[-1])) or (len(earlier) > 1 and _time_clause(earlier[-1]) and ending.search(fold(earlier[-2])))))
        return not ended and not elapsed_landmark(quantity, before, after)
    return False


TIME_CLAUSE_WORDS = 3  # a clause of time set off by commas is short ("، الجمعة،"، "، مساء أمس،")


def _time_clause(clause: str) -> bool:
    """Is a clause only a time adjunct: a few words, one of them a weekday, a part of the day or
    "اليوم"/"أمس" (lexicon/times.yaml)?"""
    days = _day_words()
    words = re.findall(r"\w+", fold(clause))
    return 0 < len(words) <= TIME_CLAUSE_WORDS and any(w in days or re.sub(r"^[وف]", "", w) in days for w in words)


@lru_cache(maxsize=1)
def _day_words() -> frozenset[str]:
    t = time_tables()
    return frozenset(set(t.weekdays) | set(t.parts_before) | set(t.parts_after) | t.today | t.yesterday)


@lru_cache(maxsize=1)
def _activity_nouns() -> frozenset[str]:
    return frozenset(fold(w) for w in load("attributes")["offsets"].get("activity_nouns", ()))


def _of_an_activity(after: str) -> bool:
    """Does the text after a duration open with "من" and a noun of an activity that lasts (``offsets.
    activity_nouns``: "من المحادثات")? Then "بعد" + the duration says how long it went on."""
    words = re.findall(r"\w+", fold(after))[:2]
    return len(words) == 2 and words[0] == "من" and words[1] in _activity_nouns()


def is_appositive_age(quantity: Quantity, clause: str) -> bool:
    """True for years standing alone in their clause, as English copy gives ages ("بوتين، 68 عاما، قال")."""
    if quantity.dimension != "period" or quantity.unit != "year":
        return False
    rest = (clause[: quantity.start] + clause[quantity.end :]).strip(" \t.،,؛:()")
    if rest:
        return False
    units = {fold(w) for w in load("quantities")["age_appositive_units"]}
    return fold(quantity.text).split()[-1] in units


def is_descriptive_dual(quantity: Quantity) -> bool:
    """True for a bare dual that describes two parties ("بين دولتين") rather than counts events."""
    if quantity.dimension != "count" or quantity.value != 2 or not quantity.noun:
        return False
    if re.search(r"\d", quantity.text) or len(quantity.text.split()) > 1:
        return False
    return quantity.unit not in set(load("attributes").get("dual_count_units", []))


def is_default_attribute(attribute: str) -> bool:
    """True for the attribute of a duration or period that no cue explained ("duration", "period")."""
    return attribute in set(load("attributes")["defaults"].values())


def attribute_label(attribute: str, unit: Optional[str]) -> str:
    """The Arabic name of an attribute, for titles."""
    spec = spec_for(attribute)
    if spec:
        return spec.label
    table = load("attributes")
    if "-count" in attribute:
        return table["count_labels"].get(unit or "", table["labels"]["count"])
    return table["labels"].get(attribute, attribute)
