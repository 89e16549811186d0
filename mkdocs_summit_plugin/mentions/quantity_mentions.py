"""Stage 3: find the quantity mentions of an article, each with its attribute, modality and event.

A quantity mention is a duration, a period of years, a count, a percentage or
an amount of money found by :func:`quantities.find_quantities` in a clause of a
sentence. A percentage or an amount is about what its cue says (a share of
votes, turnout, a price…) and of whom its text says ("حصل أردوغان على 52%":
:func:`subjects.share_holder`); one told as a change ("تراجع الإقبال بنحو 6%")
is a change of its own; one no cue explains is "percent-<head>" /
"money-<head>", as counts are. Ages are read but are not quantity claims of their own
(nor are years alone between commas, an age as English copy gives it: "بوتين، 68 عاما،"), nor are
ordinals, which name a thing ("الجولة الأولى") more often than they state a fact, except the number
of a meeting between the parties ("ثالث لقاء بين الوزيرين": assign/occurrences.py), and
neither is a point in time ("منذ ثلاثة أشهر", "بعد ساعتين من انتهاء القمة")
nor a dual that only describes two parties ("بين دولتين قويتين").

A clause that names no event belongs to the event its sentence last named
("…في جنيف في حزيران/يونيو الماضي، حيث استمرت قمتهما أقل من أربع ساعات"):
its excerpt begins at that clause, so the reader sees which event it is.

The excerpt is the number's clause; when what is measured stood in an earlier
clause ("اختتمت القمة عبر الفيديو، والتي استغرقت ساعتين كاملتين") it is the
sentence up to the end of the number's clause, so the reader sees the subject;
a number alone in a fronted adverbial ("على مدى ساعتين، ناقش الرئيسان …",
"وعلى بعد 240 كيلومترا، شعر السكان بالهزة") takes the clause after it, and so
does a number whose next clause only says whose figure it is ("دام أكثر من
ساعتين، بحسب البيت الأبيض"). An excerpt that is only a figure and its noun
("، ونجا 12 راكبا") takes in the clause before it.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace
from functools import lru_cache
from typing import Optional, Sequence

from ..assign.occurrences import occurrence_number
from ..assign.attributes import (
    first_of,
    all_aboard_died,
    assign_attribute,
    attribute_specs,
    spec_for,
    is_default_attribute,
    is_appositive_age,
    is_descriptive_dual,
    is_time_offset,
    arrival_lag_reference,
    elapsed_landmark,
    nationals_fate,
    ongoing_subject,
    UNKNOWN_LANDMARK,
)
from ..assign.events import EventHint, find_cues, passage_event
from ..assign.modality import assign_modality
from ..assign.places import direction_words, places_attribute, places_of, sentence_words, toll_place
from ..assign.sources import figure_source
from ..assign.times import day_words
from ..assign.subjects import (
    ELSEWHERE_LEAD_CHARS,
    NATIONAL_COUNT,
    another_after,
    picked_from_set,
    compared_with,
    set_measure,
    another_occurrence,
    continues_another,
    happened_elsewhere,
    as_written,
    count_head,
    count_qualifier,
    holder,
    is_change,
    measured_of,
    named_by_head,
    names_happening,
    partner,
    preliminary,
    share_holder,
)
from ..lexicon import load
from ..model import Article, Event, Mention, Sentence
from ..text.normalise import fold
from .quantities.grammar import find_quantities
from .quantities.tables import tables
from ..text.sentences import bounded_excerpt, max_excerpt_words, min_excerpt_words, split_clauses

CLAIM_DIMENSIONS = ("duration", "period", "count", "percent", "money", "ordinal")
MEASURED = ("percent", "money")  # dimensions whose values are about something and of someone


def find_quantity_mentions(
    article: Article,
    sentences: Sequence[Sentence],
    article_event: Optional[str],
    events: Sequence[Event] = (),
    hints: Sequence[EventHint] = (),
) -> list[Mention]:
    """Every checkable quantity in the article, in text order."""
    mentions: list[Mention] = []
    aboard_died: list[bool] = []  # "وفاة جميع ركاب الطائرة": those on board are the toll (read when first needed)
    previous_text = ""
    for sentence in sentences:
        carried_another = continues_another(previous_text, sentence.text)  # "وأضافت أن الزلزال …" after a second quake
        previous_text = sentence.text
        clauses = split_clauses(sentence)
        found_in = [find_quantities(c.text) for c in clauses]  # each clause's quantities, read once
        since = sentence.start  # where the words about the next number begin: the sentence, or at the last number
        happening_told = False  # the sentence's last measure was of another happening
        word_starts = [sentence.start + m.start() for m in _WORD.finditer(sentence.text)]
        for i, clause in enumerate(clauses):
            previous = None
            found = found_in[i]
            earlier = [c.text for c in clauses[:i]]  # the clauses before it in its sentence
            for quantity in found:
                restated, previous = _restated(previous, quantity, clause.text), quantity
                if quantity.dimension == "ordinal":  # a claim only as the number of a meeting between the parties
                    quantity = occurrence_number(quantity, clause.text[: quantity.start], clause.text[quantity.end :], earlier)
                    if quantity is None:
                        continue
                reach = _window_start(word_starts, clause.start + quantity.start)
                near = [c for c in clauses[:i] if c.end > reach]  # the earlier clauses in the mention's window
                if (
                    restated
                    or _in_breakdown(found, quantity, clause.text)
                    or quantity.dimension not in CLAIM_DIMENSIONS
                    or is_time_offset(quantity, clause.text[: quantity.start], clause.text[quantity.end :], earlier)
                    or is_descriptive_dual(quantity)
                    or is_appositive_age(quantity, clause.text)
                ):
                    continue
                later = clauses[i + 1].text if i + 1 < len(clauses) and quantity.dimension not in MEASURED else ""
                cue_text = _cue_text(quantity, clause.text)
                attribute, back = assign_attribute(
                    quantity, cue_text, quantity.start, [c.text for c in near], later
                )
                if attribute == "aboard-count":
                    if not aboard_died:
                        aboard_died.append(all_aboard_died(article.text))
                    if aboard_died[0]:
                        attribute = "death-count"
                lead = article.text[min(max(sentence.start, reach), clause.start) : clause.start]
                if quantity.dimension in MEASURED:
                    attribute = _measured_attribute(quantity, attribute, clause.text)
                if not getattr(spec_for(attribute), "claim", True):
                    continue  # read so that it is no other measure, but no claim ("بعد فرز 99%"، "وثلاثة آخرين")
                before_number = article.text[max(since, reach) : clause.start + quantity.start]  # its own words
                if set_measure(attribute, before_number):
                    continue  # "رصدت 9 هزات فاقت شدتها 5 درجات": what a counted set reaches, no one quake's
                modality = assign_modality(clause.text[: quantity.start], lead, clause.text[quantity.end :])
                if attribute == "elapsed-duration" and modality != "reported" and elapsed_landmark(
                    quantity, clause.text[: quantity.start], clause.text[quantity.end :]
                ) == UNKNOWN_LANDMARK:
                    continue  # "ثم يعقد مؤتمره بعد نحو ساعة": a plan's point in time
                start, end = (sentence.start if back > 0 else clause.start), clause.end
                alone = _fronted_alone(quantity, clause.text)
                if alone and i > 0:
                    start = min(start, clauses[i - 1].start)  # "ضرب … جنوب تركيا، على عمق 7 كيلومترات": said of what precedes
                if back < 0 or (i + 1 < len(clauses) and alone):
                    end = clauses[i + 1].end
                elif i + 1 < len(clauses) and _whose_figure(clauses[i + 1].text):
                    end = clauses[i + 1].end  # "دام أكثر من ثلاث ساعات، بحسب الرئاسة": whose figure it is
                elif i + 1 < len(clauses) and (
                    _when_clause(clauses[i + 1].text) or _time_adverbial(clauses[i + 1].text) or _opens_with_day(clauses[i + 1].text)
                    or _where_clause(clauses[i + 1].text)
                ):
                    end = clauses[i + 1].end  # "بينهم 4 أردنيين، عقب إقلاعها"، "بـ5.9 درجة، يوم الأحد": when
                if i > 0 and _short_subject(clauses[i - 1].text):
                    start = min(start, clauses[i - 1].start)  # "ويعتبر هذا الاجتماع، الأول بينهما منذ عامين": of what
                if i > 0 and _time_adverbial(clauses[i - 1].text):
                    start = min(start, clauses[i - 1].start)  # "مساء السبت، تسجيل 3252 قتيلا": when it was said
                if i > 0 and (
                    _complement_clause(clause.text) or _its_measure(clause.text[: quantity.start])
                    or (_consequence(clause.text) and not found_in[i - 1])
                ):
                    # "وأعلنت البلدية مساء الأحد، أن 17 شخصا …": who said it; "وضرب زلزال، قوته 6 درجات": whose
                    start = min(start, clauses[i - 1].start)
                elif i > 0 and _measure_phrase(clause.text[: quantity.start]):
                    start = min(start, sentence.start)  # "ضرب زلزال البلاد، الجمعة، بقوة 6.4 درجات": what struck
                elif i > 0 and _risen_to(clause.text[: quantity.start]):
                    start = min(start, sentence.start)  # "ارتفعت حصيلة السيول، التي …، إلى 37 قتيلا": what rose
                if not find_cues(article.text[start:end], hints):
                    start = min(start, _nearest_named(near, hints, start))
                if i > 0 and start >= clause.start and _bare_figure(article.text[start:end]) and not found_in[i - 1]:
                    start = clauses[i - 1].start  # "…، ونجا 12 راكبا": what the figure is of
                start, end = bounded_excerpt(
                    article.text, start, end, clause.start + quantity.start, clause.start + quantity.end, max_excerpt_words()
                )
                end = _before_next_clause(article.text, clause.start + quantity.end, end)
                running = getattr(spec_for(attribute), "running", False)
                quantity = _as_period(_stated_precision(quantity, attribute), attribute)
                if places_attribute(attribute):
                    places = places_of(attribute, clause.text, quantity.start, quantity.end, lead)
                elif running:  # a toll is of the place its text names ("وفي سوريا، قتل …")
                    places = tuple(k for k in [toll_place(lead, clause.text, quantity.start, quantity.end)] if k)
                else:
                    places = ()
                mentions.append(
                    Mention(
                        article=article.id,
                        kind="quantity",
                        start=start,
                        end=end,
                        excerpt=article.text[start:end],
                        quantity=replace(quantity, start=clause.start + quantity.start, end=clause.start + quantity.end),
                        attribute=attribute,
                        subject=_subject(attribute, clause.text, quantity.start, lead, quantity),
                        qualifier=(
                            preliminary(lead + " " + clause.text[: quantity.start])
                            if quantity.dimension in MEASURED
                            else count_qualifier(quantity, clause.text[quantity.end :])
                        ),
                        # "في الجولة الثانية" is the run-off an election's figures are of, not another happening
                        another=quantity.dimension not in MEASURED
                        and (carried_another or another_occurrence(before_number)
                             or another_after(clause.text[quantity.end:])
                             or picked_from_set(attribute, before_number)
                             or (not running and compared_with(before_number))
                             or happened_elsewhere(before_number, article.text[: min(sentence.start, ELSEWHERE_LEAD_CHARS)])
                             or (happening_told and not running
                                 and not names_happening(article.text[since : clause.start + quantity.start]))),
                        places=places,
                        context=sentence_words(sentence.text) if places_attribute(attribute) and not places else (),
                        modality=modality,
                        speaker=_source(lead + " " + clause.text[: quantity.start]) if running else None,
                        event=passage_event(article.text[start:end], article_event, events, hints),
                        paragraph=sentence.paragraph,
                        sentence_start=sentence.start,
                    )
                )
                # the last number's own words stay in: "84 هزة ارتدادية، 16 منها تجاوزت قوتها 4 درجات"
                # speaks of what that number counted (the aftershocks), not of the main shock
                since = clause.start + quantity.start
                # a measure of another happening ("وسجلت هزة جديدة بقوة 5 درجات فجرا وعلى عمق 20 كيلومترا"):
                # the sentence's next measures are of it too, until a happening is named again; a toll after
                # it ("وبذلك صار عدد القتلى …") is the story's whole count, never carried
                happening_told = mentions[-1].another and not running
    return _passengers_and_crew(mentions, article.text, aboard_died)


def _passengers_and_crew(mentions: list[Mention], text: str, aboard_died: list[bool]) -> list[Mention]:
    """An article's count of "passengers" that is its count of passengers plus its count of crew
    (a headline's "تقل 30 راكبا" over a body's "27 راكبا وثلاثة من ملاحي الطائرة") counts everyone
    on board: headlines call all aboard passengers. It becomes the count of those on board (the toll,
    when the article says they all died, as :func:`find_quantity_mentions` reads it)."""
    values = lambda attribute: {m.quantity.value for m in mentions if m.attribute == attribute and m.quantity}
    passengers, crew = values("passenger-count"), values("crew-count")
    if not passengers or not crew:
        return mentions
    totals = {p + c for p in passengers for c in crew}
    if not any(m.attribute == "passenger-count" and m.quantity.value in totals for m in mentions):
        return mentions
    if not aboard_died:
        aboard_died.append(all_aboard_died(text))
    aboard = "death-count" if aboard_died[0] else "aboard-count"
    return [
        replace(m, attribute=aboard) if m.attribute == "passenger-count" and m.quantity.value in totals else m
        for m in mentions
    ]



def _as_period(quantity, attribute: str):
    """A length in months or days told of an attribute measured in years ("أول لقاء بينهما منذ 30
    شهرا", the time since the last one) in years, so that it compares with "منذ عامين ونصف"."""
    spec = spec_for(attribute)
    if spec is None or spec.dimension != "period" or quantity.dimension != "duration":
        return quantity

    month = tables().measures["month"].factor  # in minutes, as the quantity tables count it
    year = 365 * tables().measures["day"].factor

    def years(x):  # whole months are twelfths of a year ("30 شهرا" = 2.5), other lengths by 365 days
        if x is None:
            return None
        return x / month / 12 if x and x % month == 0 else x / year

    return replace(
        quantity, value=years(quantity.value), value_min=years(quantity.value_min), value_max=years(quantity.value_max),
        unit="year", dimension="period", precision=years(quantity.precision),
    )


def _stated_precision(quantity, attribute: str):
    """An exact whole number of a measure stated to a fixed step ("7 درجات" of a magnitude is 7.0, not
    anything from 6.5 to 7.5) with that step's precision (``whole_precision`` in lexicon/attributes.yaml)."""
    step = getattr(spec_for(attribute), "whole_precision", None)
    if step is None or quantity.precision is not None or quantity.bound != "exact" or not float(quantity.value).is_integer():
        return quantity
    return replace(quantity, precision=float(step))

def _source(before: str) -> Optional[str]:
    """Whose figure a toll is (assign/sources.py), as its text writes it; None when not said."""
    source = figure_source(before)
    return as_written(re.sub(r"[\u060c\u061b\u061f]", " ", before), source) if source else None  # "الأحمر،"


def _restated(previous, quantity, clause: str) -> bool:
    """Is `quantity` the same measure given again in brackets after `previous` ("234 كم (145 ميلا)",
    "تسعة كيلومترات (أكثر من خمسة أميال)")? A conversion for the reader, not a figure of its own."""
    if previous is None or previous.unit != quantity.unit or previous.dimension != quantity.dimension:
        return False
    return clause[previous.end : quantity.start].strip() == "("


_WORD = re.compile(r"\S+")
# What a number's words are read with: at most this many words of its sentence before it (the
# longest sentence, text/sentences.py; 40 lost a "preliminary results" said 44 words earlier on dev).
WINDOW_WORDS = 60


def _window_start(word_starts: Sequence[int], position: int) -> int:
    """Where a number's window begins: `WINDOW_WORDS` words before `position` (the article offset
    of its words), or its sentence's first word (`word_starts`: the sentence's word offsets)."""
    k = bisect_left(word_starts, position)
    return word_starts[max(0, k - WINDOW_WORDS)] if word_starts else position


def _in_breakdown(found, quantity, clause: str) -> bool:
    """Is a count inside brackets opened right after another count, its parts ("دول المجموعة الـ23 (13
    عضوا في المنظمة و10 من خارجها)")? The parts are no figures of the whole: never on its claim."""
    if quantity.dimension != "count":
        return False
    opened = clause.rfind("(", 0, quantity.start)
    if opened < 0 or ")" in clause[opened:quantity.start]:
        return False
    return any(
        q.dimension == "count" and q.end <= opened and not clause[q.end:opened].strip()
        for q in found
    )


def _measure_phrase(before: str) -> bool:
    """Is the number's clause a measure joined with ب and nothing before it ("، بقوة 6.4 درجات"،
    "، بعمق 10 كيلومترات")? It measures what the sentence's earlier clauses said struck or happened."""
    words = re.findall(r"[\u0621-\u064a]+", fold(before))
    return len(words) == 1 and words[0].startswith("ب") and words[0][1:] in _measure_nouns()


@lru_cache(maxsize=1)
def _measure_nouns() -> frozenset[str]:
    return frozenset(fold(w) for w in load("attributes").get("measure_nouns", ()))


_CONSEQUENCE = re.compile(r"^\s*[وف]?م?ما\s+(?:ادي|تسبب|اسفر|اوقع|خلف)(?!\w)")  # folded


def _consequence(clause: str) -> bool:
    """Does the number's clause open with a consequence ("، مما أدى إلى احتجاز 43 عاملا"، "، ما أسفر عن
    …")? What caused it is the clause before, and the excerpt keeps it (unless that clause gives a
    figure of its own: two figures in one excerpt leave the reader to guess which one is the claim's)."""
    return bool(_CONSEQUENCE.match(fold(clause)))


WHERE_WORDS = 3  # a place after a figure set off by a comma is short ("، شمال المدينة")


def _where_clause(clause: str) -> bool:
    """Is the clause after a number's own a short place opened by a direction ("، شمال المدينة")?"""
    words = re.findall(r"[\u0621-\u064a]+", fold(clause))
    return 2 <= len(words) <= WHERE_WORDS and not re.search(r"\d", clause) and words[0] in _direction_words()


@lru_cache(maxsize=1)
def _direction_words() -> frozenset[str]:
    """One-word directions of the places tables (assign/places.py), not "إلى"."""
    return frozenset(w for w in direction_words() if " " not in w and w != fold("إلى"))


def _bare_figure(excerpt: str) -> bool:
    """Is an excerpt a figure and its noun with little else ("ونجا 12 راكبا"، "و9 فرنسيين")? Alone it does not
    say what the figure is of: fewer words than ``excerpt_min_words`` (lexicon/sentences.yaml)."""
    return len(excerpt.split()) < min_excerpt_words()


SHORT_SUBJECT_WORDS = 3  # a clause this short before a number's own is no sentence on its own


def _short_subject(clause: str) -> bool:
    """Is the clause before a number's own a few words with no figure ("ويعتبر هذا الاجتماع،"، "وفي المقابل،")?
    It cannot stand alone: it is the subject or the frame of what the number's clause says."""
    words = re.findall(r"[\u0621-\u064a]+", fold(clause))
    if not 0 < len(words) <= SHORT_SUBJECT_WORDS or re.search(r"\d", clause):
        return False
    first = re.sub(r"^[وف](?=\w{2})", "", words[0])
    return first not in _PREPOSITIONS and not first.startswith(("بال", "لل"))  # "وفي الوادي،" is where, not what


_PREPOSITIONS = frozenset(("في", "على", "من", "الى", "عن", "مع", "خلال", "بعد", "قبل", "منذ", "حول", "عند", "لدى", "داخل", "خارج"))


def _time_adverbial(clause: str) -> bool:
    """Is the clause nothing but a day or a part of it ("مساء السبت"، "اليوم الأحد")? Before a number's
    clause it says when the figure was given, and the excerpt takes it in."""
    words = [re.sub(r"^[وف]", "", w) for w in re.findall(r"[\u0621-\u064a]+", fold(clause))]
    return 0 < len(words) <= FRONTED_WORDS and all(w in day_words() for w in words)


def _opens_with_day(clause: str) -> bool:
    """Does the clause after a number's own open with the day and two words of it ("، يوم الاثنين على
    عمق ضحل …") and hold no figure? The day is when the figure was, and the excerpt takes it in."""
    words = [re.sub(r"^[وف]", "", w) for w in re.findall(r"[\u0621-\u064a]+", fold(clause))]
    return len(words) >= 2 and not re.search(r"\d", clause) and all(w in day_words() for w in words[:2]) and len(words) <= WHEN_WORDS


# "أن"، "إن"، "بأن" and the relative pronouns, folded
_COMPLEMENT_OPENERS = ("ان", "بان", "الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان", "اللواتي", "اللاتي")


def _complement_clause(clause: str) -> bool:
    """Does the clause open with a complementizer or a relative pronoun ("، أن 17 شخصا لقوا حتفهم"،
    "، التي بلغت قوتها 5.9 درجات")? It is then the object of the clause before it (who said it,
    when) or says what that clause names, and cannot be cut off from it; a clause joined by و
    ("، وأن 14 أصيبوا") is another thing said."""
    first = re.match(r"\s*([\u0621-\u064a]+)", fold(clause))
    return bool(first) and first.group(1) in _COMPLEMENT_OPENERS


_POSSESSIVE = re.compile(r"^[وف]?[\u0621-\u064a]{2,}(?:ه|ها|هما|هم)$")


def _its_measure(before: str) -> bool:
    """Is the number's clause only a noun with a pronoun pointing back, or a definite adjective, then the
    number ("، قوته 6 درجات"، "، ومدتها ساعتان"، "، البعيدة 250 كيلومترا")? What it is the measure of is
    in the clause before."""
    # not folded: "قوة" ends in ة, "قوته" in ه (diacritics and tatweel dropped)
    words = re.findall(r"[\u0621-\u064a]+", re.sub(r"[\u064b-\u0652\u0640]", "", before))
    # or a definite adjective of the noun the clause before ends with ("سكان العاصمة، البعيدة 250 كيلومترا")
    return len(words) == 1 and (bool(_POSSESSIVE.match(words[0])) or words[0].startswith("ال"))


RISEN_TO_WORDS = 4  # words before a number in a clause that only says what it rose to ("ارتفعت إلى أكثر من")


def _risen_to(before: str) -> bool:
    """Is what stands before a number in its clause only "إلى", a verb of rising or reaching and a
    bound ("، إلى 37 قتيلا"، "، ارتفعت إلى 37 قتيلا")? The clause is then the end of a toll whose
    subject ("ارتفعت حصيلة ضحايا السيول") an earlier clause of the sentence gives."""
    words = [re.sub(r"^[وف](?=\w{3})", "", w) for w in re.findall(r"[\u0621-\u064a]+", fold(before))]
    return 0 < len(words) <= RISEN_TO_WORDS and "الي" in words and (words[0] == "الي" or words[0] in tables().rising_verbs)


@lru_cache(maxsize=1)
def _attribution_words() -> re.Pattern:
    """The prepositions that attribute what comes before to a source (lexicon/statements.yaml: attribution_preps)."""
    words = sorted({fold(w) for w in load("statements").get("attribution_preps", ())}, key=len, reverse=True)
    return re.compile(r"^\s*[وف]?(?:" + "|".join(re.escape(w) for w in words) + r")(?!\w)") if words else re.compile(r"(?!x)x")


ATTRIBUTION_WORDS = 8  # a source clause after a figure is short ("، بحسب البيت الأبيض"، "، وفقا لوكالة رويترز")


def _whose_figure(clause: str) -> bool:
    """Is the clause after a number's own only the source of its figure ("، بحسب البيت الأبيض")?
    The excerpt takes it in: whose figure it is belongs with the figure."""
    folded = fold(clause)
    return len(folded.split()) <= ATTRIBUTION_WORDS and bool(_attribution_words().search(folded))


WHEN_WORDS = 12  # a clause of time after a figure is short ("، عقب إقلاعها من أديس أبابا")


@lru_cache(maxsize=1)
def _when_openers() -> frozenset[str]:
    """Words of time that open a clause saying when (lexicon/quantities.yaml: when_openers), folded."""
    return frozenset(fold(w) for w in load("quantities").get("when_openers", ()))


def _when_clause(clause: str) -> bool:
    """Is the clause after a number's own a short adverbial of time with a noun and no figure
    ("، عقب إقلاعها من المطار")? The excerpt takes it in: when it happened belongs with the figure."""
    words = fold(clause).split()
    if not 2 <= len(words) <= WHEN_WORDS or re.search(r"\d", clause):
        return False
    first = re.sub(r"^[وف](?=\w{3})", "", words[0])
    return first in _when_openers() and words[1] not in ("أن", "ان", "ما")


FRONTED_WORDS = 3  # at most these words before a number alone in a fronted adverbial ("وعلى بعد 240 كيلومترا،")


def _fronted_alone(quantity, clause: str) -> bool:
    """Does the number stand alone in an adverbial ("وعلى بعد 240 كيلومترا، شعر سكان …")? Then
    what it is said of is the clause after it, or before it when one precedes ("ضرب الزلزال جنوب
    البلاد، على عمق 7 كيلومترات"): the excerpt takes them in."""
    if clause[quantity.end :].strip(" \t.،,؛:"):
        return False
    words = fold(clause[: quantity.start]).split()
    if not 0 < len(words) <= FRONTED_WORDS:
        return False
    return re.sub(r"^[وف](?=\w{2})", "", words[0]) in _fronting_words()


@lru_cache(maxsize=1)
def _fronting_words() -> frozenset[str]:
    """Prepositions that open a fronted adverbial (lexicon/quantities.yaml: fronting_prepositions)."""
    return frozenset(fold(w) for w in load("quantities").get("fronting_prepositions", ()))


def _nearest_named(earlier: Sequence, hints: Sequence[EventHint], start: int) -> int:
    """Where the nearest earlier clause that names an event starts (`start` when none does).

    A clause that names no event speaks of the one its sentence last named
    ("والتقيا في جنيف في حزيران/يونيو الماضي، حيث استمرت قمتهما أقل من أربع
    ساعات"), not of its article's: the excerpt then begins there.
    """
    for clause in reversed(earlier):
        if find_cues(clause.text, hints):
            return clause.start
    return start


def _cue_text(quantity, clause: str) -> str:
    """The clause whose words may say what a percentage or an amount is about: for those, it ends
    at a word of time relation after the value ("47.86% بعد إحصاء 99% من الصناديق": what follows
    بعد is a landmark, not what the value measures). Other quantities read the whole clause."""
    if quantity.dimension not in MEASURED:
        return clause
    relations = _time_relation()
    m = relations.search(fold(clause[quantity.end :]))
    return clause if m is None else clause[: quantity.end + m.start()]


@lru_cache(maxsize=1)
def _time_relation():
    words = load("attributes").get("time_relations", ())
    return re.compile(r"(?<!\w)[وف]?(?:" + "|".join(re.escape(fold(w)) for w in words) + r")(?!\w)")


def _measured_attribute(quantity, attribute: str, clause: str) -> str:
    """A percentage's or an amount's attribute: a change of its own when told as one
    ("تراجع الإقبال بنحو 6%" → percent-change), "<dimension>-<head>" when no cue explained it."""
    before = clause[: quantity.start]
    # the value's own words before its figure may say it is a level ("وتجاوزت 80 مليار دولار")
    own_lead = re.split(r"\d", quantity.text, maxsplit=1)[0]
    if is_change(before + own_lead):
        return f"{quantity.dimension}-change"
    named = named_by_head(before, [s for s in attribute_specs() if s.dimension == quantity.dimension])
    if named is not None:
        return named.id  # "نسبة المشاركة في الاقتراع 71%": the head noun's own word says what
    if spec_for(attribute) is None:
        head = count_head(before)
        return quantity.dimension + (f"-{head}" if head else "")
    return attribute


def _subject(attribute: str, clause: str, offset: int, lead: str, quantity=None) -> Optional[str]:
    """What keeps apart values of one attribute that are about different things (grouping key).

    A length no cue explains is known only by the word that governs it ("رحلة
    بوتين … نحو ثلاث ساعات ونصف" is not "وصل قبل بايدن بنحو ربع ساعة"); an
    occasion an event has several of (each leader's press conference) by whose it is.
    """
    if quantity is not None and quantity.dimension in MEASURED:
        after = clause[quantity.end :]
        specs = [s for s in attribute_specs() if s.dimension == quantity.dimension]
        name = share_holder(lead, clause[:offset], after) or measured_of(clause[:offset], specs)
        return as_written(lead + " " + clause, name) if name else None
    if attribute == "elapsed-duration" and quantity is not None:
        since = elapsed_landmark(quantity, clause[:offset], clause[quantity.end :])
        return None if since == UNKNOWN_LANDMARK else since or None  # since what
    if attribute == NATIONAL_COUNT and quantity is not None:
        return nationals_fate(quantity, clause, offset)  # the dead of a nationality are not its displaced
    if attribute == "ongoing-period":
        return ongoing_subject(clause[:offset])  # "النزاع المستمر منذ خمس سنوات": the conflict's
    if attribute == "gap-since-last":
        return first_of(lead + " " + clause[:offset])  # a first visit, a first leader to cross: other firsts
    if attribute == "arrival-lag" and quantity is not None:
        return arrival_lag_reference(quantity, clause[:offset], clause[quantity.end :]) or None  # after whom
    if is_default_attribute(attribute):
        return count_head(clause[:offset]) or None
    spec = spec_for(attribute)
    if spec and spec.several and spec.partner:
        return partner(clause[quantity.end :]) if quantity is not None else None  # "مصافحة … مع فلان"
    if spec and spec.several:
        return holder(lead + " " + clause, len(lead) + 1 + offset)
    return None


@lru_cache(maxsize=1)
def _next_clause() -> re.Pattern:
    """A word that opens a clause of its own with no comma before it (``clause_openers`` of
    ``lexicon/sentences.yaml``: "بينما"، "في حين"، "فيما" …, and "في الوقت الذي"، "في وقت" before a
    verb), matched in the text as written (any alef)."""
    words = list(load("sentences").get("clause_openers", ())) + ["في الوقت الذي"]
    alef = lambda w: re.sub("[اأإآ]", "[اأإآ]", re.escape(w))
    alt = "|".join(alef(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<!\S)(?:و?(?:{alt})(?!\w)|في وقت (?=[يت]\w{{3,}}))")


def _before_next_clause(text: str, after: int, end: int) -> int:
    """The end of a figure's excerpt: before a clause that opens after its number with no comma
    ("بلغت الحصيلة 29 قتيلا في وقت يواصل فيه المنقذون البحث عن آخرين"، "قتل 12 بينما أصيب 40"):
    what that clause says is not the figure's."""
    m = _next_clause().search(text, after, end)
    if m is None:
        return end
    return len(text[:m.start()].rstrip())
