"""Stage 4b: decide what a quantity measures (its attribute) and how it is asserted (modality).

Both are read from the words around the number, with the tables in
``lexicon/attributes.yaml`` and ``lexicon/modality.yaml``:

* **attribute**: in the clause that holds the number, the cue nearest to it
  wins ("وامتدت المحادثات المصغرة لساعتين" → ``first-round-duration``, because
  "المصغرة" is nearer than "المحادثات"); a clause without a cue (a relative
  clause, "والتي استغرقت ساعتين") is read with the clauses before it, nearest
  first. Numbers about different things are different claims: a 45-minute
  break is never a summit length.
* **modality**: ``planned`` when an expectation or schedule word ("من المتوقع",
  "المقرر", "يعتزم") or a future verb of lasting ("ستستغرق", "سيمتد") stands
  before the number in its clause or sentence lead; ``denied`` after a verb of
  denial ("نفى"); ``reported`` otherwise.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional, Sequence

from ..lexicon import load
from ..model import DENIED, PLANNED, REPORTED, Quantity
from ..text.normalise import fold, word_pattern


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
    running: bool = False  # a running total (a toll): figures are as of a time, see claims/running_totals.py


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
    """One regex for an attribute's single cues and its compound (noun … modifier) cues."""
    parts = [word_pattern(with_possessives(cues)).pattern] if cues else []
    if compound:
        nouns = word_pattern(with_possessives(compound["nouns"])).pattern.replace("(?P<word>", "(?:")
        mods = word_pattern(compound["modifiers"]).pattern.replace("(?P<word>", "(?:")
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
        )
        for name, spec in table.items()
    )


def spec_for(attribute: str) -> Optional[AttributeSpec]:
    return next((s for s in attribute_specs() if s.id == attribute), None)


def _applies(spec: AttributeSpec, quantity: Quantity) -> bool:
    if spec.dimension != quantity.dimension:
        return False
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


LATER_WORDS = 3


@lru_cache(maxsize=1)
def _people_units() -> frozenset[str]:
    return frozenset(load("attributes").get("people", ()))


def counts_people(quantity: Quantity) -> bool:
    """Is the quantity a count of people ("76 شخصا", "300 قتيل", "مئتي ألف مشرد")?"""
    return quantity.dimension == "count" and quantity.unit in _people_units()


def _after_words(folded_after: str, reach: int = AFTER_WORDS) -> list[str]:
    """The words right after a number that may say what it measures.

    A partitive "من" does not use up the window: "16 قطاعا من البنية التحتية".
    A count of people reads further (`reach`): what befell them is often the
    verb after it ("300 شخص لقوا حتفهم", "10 آلاف آخرين لا يزالون في عداد المفقودين").
    """
    words = folded_after.split()
    if words and words[0] == "من":
        words = words[: reach + 1]
    else:
        words = words[:reach]
    if reach > AFTER_WORDS:
        # the longer reach ends where an adjunct of time begins ("… بعد أسبوع من توقيفهما")
        stops = _time_words()
        cut = next((i for i, w in enumerate(words) if re.sub(r"^[وف]", "", w) in stops), len(words))
        words = words[: max(cut, AFTER_WORDS)]
    return words


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
    specs = [s for s in attribute_specs() if _applies(s, quantity)]
    folded_before = fold(clause[:offset])
    folded_value = fold(clause[offset:offset + len(quantity.text)])
    # Only the words right after the number can say what it measures
    # ("3 ساعات من المحادثات"); further on they speak of something else
    # ("انتظر الصحفيون عشر دقائق قبل بدء المؤتمر").
    reach = PEOPLE_AFTER_WORDS if counts_people(quantity) else AFTER_WORDS
    folded_after = " ".join(_after_words(fold(clause[offset + len(quantity.text):]), reach))
    # A counted noun that is itself a cue decides ("40 قتيلا" → deaths);
    # otherwise the number's own words are masked out ("ساعتين" is no cue for talks).
    spec = _nearest_cue(specs, folded_value, 0)
    folded = folded_before + " " * len(folded_value) + " " + folded_after
    spec = spec or _nearest_cue(specs, folded, len(folded_before))
    back = 0
    # A count governed by a verb of its own clause ("والتقيا مرة واحدة") says what it
    # counts there; the clauses before speak of something else ("تحدثا ثلاث مرات هاتفيا").
    own_head = quantity.dimension == "count" and bool(count_head(clause[:offset]))
    for earlier in reversed(earlier_clauses):
        if spec or own_head:
            break
        back += 1
        text = fold(earlier)
        spec = _nearest_cue(specs, text, len(text), landmarks=True)
    if not spec and not clause[offset + len(quantity.text):].strip(" \t.،,؛:") and not earlier_clauses and later_clause:
        # a fronted adverbial ("على مدى ساعتين، ناقش الرئيسان …") measures the clause after it
        text = " ".join(fold(later_clause).split()[:LATER_WORDS])
        spec = _nearest_cue(specs, text, 0)
        if spec:
            return spec.id, -1
    if spec:
        return spec.id, back
    unit_default = next((s for s in specs if quantity.unit in s.owns_units), None)
    if unit_default:
        return unit_default.id, 0
    if quantity.dimension == "count":
        head = count_head(clause[:offset])
        return f"{quantity.unit}-count" + (f"-{head}" if head else ""), 0
    return load("attributes")["defaults"].get(quantity.dimension, quantity.dimension), 0


@lru_cache(maxsize=1)
def _head_tools():
    import snowballstemmer
    from camel_tools.utils.charmap import CharMapper

    skip = {fold(w) for w in load("attributes").get("head_skip", [])}
    return snowballstemmer.stemmer("arabic"), CharMapper.builtin_mapper("ar2safebw"), skip


def count_head(before: str) -> str:
    """The ASCII stem of the predicate before a count ("حدد 16 كيانا" → "hdd"), or "".

    The nearest word before the number that is neither a particle (``head_skip``)
    nor a definite noun ("حضر الاجتماع 40 شخصا" → حضر): in news Arabic that is
    the verb or the indefinite noun that governs the count.
    """
    stemmer, translit, skip = _head_tools()
    verbs = {fold(w) for w in load("attributes").get("head_verbs_with_al", [])}
    for word in reversed(re.findall(r"[\u0621-\u064a]+", fold(before))):
        bare = re.sub(r"^(?:[وف])(?=\w{3})", "", word)
        if word in skip or bare in skip or len(bare) < 2:
            continue
        if re.match(r"^(?:[وف]?[بلك]?ال|لل)", word) and bare not in verbs:
            continue
        stem = stemmer.stemWord(bare)
        return re.sub(r"[^a-z0-9]+", "", translit(stem).lower())
    return ""


@lru_cache(maxsize=1)
def _offset_words() -> tuple[frozenset[str], str, re.Pattern]:
    table = load("attributes")["offsets"]
    return frozenset(fold(w) for w in table["always"]), fold(table["after_word"]), word_pattern(table["ending_verbs"])


def is_time_offset(quantity: Quantity, before: str) -> bool:
    """True when a duration or period marks a point in time ("منذ ثلاثة أشهر"), not a length.

    `before` is the text of the clause before the quantity's words.
    """
    if quantity.dimension not in ("duration", "period"):
        return False
    always, after_word, ending = _offset_words()
    words = re.findall(r"\w+", fold(before))
    if not words:
        return False
    last = re.sub(r"^[وف](?=\w{2})", "", words[-1])
    if last in always or words[-1] in always:
        return True
    if last == after_word:
        return not ending.search(" ".join(words[:-1]))
    return False


def holder(clause: str, offset: int) -> Optional[str]:
    """Whose occasion a number measures, when the clause says it ("وقال بايدن في مؤتمره",
    "المؤتمر الصحفي لبوتين"): the folded name, or None.

    The name is the word after a reporting verb, or the word joined by لـ right
    after a cue of the attribute; a definite word is no name.
    """
    table = load("attributes")
    before = fold(clause[:offset])
    verbs = "|".join(re.escape(fold(v)) for v in table.get("holder_verbs", []))
    m = None
    for m in re.finditer(rf"(?<!\w)[وف]?(?:{verbs})\s+(?P<name>[\u0621-\u064a]+)", before):
        pass
    if m and not m.group("name").startswith("ال"):
        return m.group("name")
    m = re.search(r"(?<!\w)ل(?!ل)(?P<name>[\u0621-\u064a]{3,})(?!\w)", before)
    if m and not m.group("name").startswith("ال"):
        return m.group("name")
    return None


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


@dataclass(frozen=True)
class ModalityCues:
    planned: re.Pattern  # expectation and schedule words
    lasting: re.Pattern  # an imperfect verb of lasting, with what stands before it
    possibility: re.Pattern  # قد/ربما + an imperfect verb
    stipulation: re.Pattern
    after: re.Pattern
    denied: re.Pattern
    reported: re.Pattern


@lru_cache(maxsize=1)
def _modality_cues() -> ModalityCues:
    table = load("modality")
    planned = table["planned"]
    alt = lambda words: "|".join(re.escape(fold(w)) for w in sorted(words, key=len, reverse=True))
    return ModalityCues(
        planned=word_pattern(planned["words"]),
        lasting=re.compile(
            rf"(?:(?<!\w)(?P<neg>{alt(planned['past_negation'])})\s+)?(?<!\w)[وف]?(?:س|سوف\s+)?(?:{alt(planned['lasting_verbs'])})(?!\w)"
        ),
        possibility=re.compile(rf"(?<!\w)[وف]?(?:{alt(planned['possibility'])})\s+(?:لا\s+)?[يتن]\w{{2,}}"),
        stipulation=word_pattern(planned["stipulation"]),
        after=word_pattern(planned["after"]),
        denied=word_pattern(table["denied"]["words"]),
        reported=word_pattern(table["reported"]["words"]),
    )


def _last(pattern: re.Pattern, text: str) -> int:
    """Where the last match of `pattern` in `text` ends (-1: none)."""
    ends = [m.end() for m in pattern.finditer(text)]
    return ends[-1] if ends else -1


def assign_modality(before_in_clause: str, sentence_lead: str = "", after: str = "") -> str:
    """reported / planned / denied, from the words around the number.

    `before_in_clause`: the clause up to the number; `sentence_lead`: the
    sentence before that clause (where "من المتوقع أن …" often stands);
    `after`: the clause after the number's words. The cue nearest the number
    decides: a past verb of lasting ("انتهت", "استمرت") after an expectation
    word makes the number reported again; "المقبلة" right after it makes it
    planned.
    """
    cues = _modality_cues()
    text = fold(sentence_lead) + " | " + fold(before_in_clause)
    if cues.denied.search(text):
        return DENIED
    following = " ".join(fold(after).split()[:2])
    if cues.after.search(following):
        return PLANNED
    said = _last(cues.reported, text)
    plan = max(_last(cues.planned, text), _last(cues.possibility, text), _last(cues.stipulation, text))
    for m in cues.lasting.finditer(text):
        if m.group("neg"):
            said = max(said, m.end())
        else:
            plan = max(plan, m.end())
    return PLANNED if plan > said else REPORTED


@lru_cache(maxsize=1)
def _qualifiers() -> dict[str, str]:
    table = load("attributes").get("qualifiers") or {}
    return {fold(word): label for label, words in table.items() for word in words}


def count_qualifier(quantity: Quantity, after: str) -> Optional[str]:
    """The nationality right after a count's noun ("10 دبلوماسيين روس" → "روس"), or None."""
    if quantity.dimension != "count":
        return None
    words = fold(after).split()
    return _qualifiers().get(re.sub(r"[^\w]", "", words[0])) if words else None
