"""Stage 4b: what sets apart quantities of one attribute: a count's head and nationality, an occasion's holder, another happening.

Read from the words around the number, with the tables in
``lexicon/attributes.yaml``: the predicate that governs a count ("حدد 16
كيانا" → ``hdd``), the nationality after a count's noun ("10 دبلوماسيين
روس"), whose occasion a number measures ("المؤتمر الصحفي لبوتين"), and
whether it is said of another happening of the same kind ("زلزال جديد بقوة 7.6").
Also whether a count is one of nationals ("بينهم ستة مصريين") or of nationalities
("ركاب من 33 دولة"), each a claim of its own (``nationality_count`` in the table).
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional, Sequence

from ..lexicon import load
from ..model import Quantity
from ..text.normalise import fold


@lru_cache(maxsize=1)
def _head_tools():
    import snowballstemmer
    from camel_tools.utils.charmap import CharMapper

    skip = {fold(w) for w in load("attributes").get("head_skip", [])}
    return snowballstemmer.stemmer("arabic"), CharMapper.builtin_mapper("ar2safebw"), skip


@lru_cache(maxsize=1)
def _complementizers() -> frozenset[str]:
    """The statements lexicon's complementizers ("أن"، "إنه"، "بأن" …), folded: a clause ends there."""
    return frozenset(fold(w) for w in load("statements").get("complementizers", ()) if " " not in w.strip())


def count_head(before: str) -> str:
    """The ASCII stem of the predicate before a count ("حدد 16 كيانا" → "hdd"), or "".

    The nearest word before the number that is neither a particle (``head_skip``)
    nor a definite noun ("حضر الاجتماع 40 شخصا" → حضر): in news Arabic that is
    the verb or the indefinite noun that governs the count. A count the word
    reaches through "إلى" is where something got to, not by how much it moved
    ("ستنخفض إلى 10.48 مليون برميل" is no "ستنخفض 526 ألف برميل"): its head
    is marked ("tnxfd-to"), so the two are never one fact. The search ends at a
    complementizer: the verb before "أن"/"إن" governs another clause ("قالت إن
    3 ملايين صوتوا لها" has no head).
    """
    folded = fold(before)
    listed = _LIST_ITEM.search(folded)
    if listed:
        return count_head(folded[: listed.start()])  # "3000 جندي و3000 شرطي": the head of the first
    stemmer, translit, skip = _head_tools()
    verbs = {fold(w) for w in load("attributes").get("head_verbs_with_al", [])}
    to, nouns = "", False  # "إلى" right before the count (not "وصل إلى العاصمة خمسة سفراء")
    words = list(reversed(re.findall(r"[\u0621-\u064a]+", fold(before))))
    place_end = -1
    for i, word in enumerate(words):
        if i <= place_end:
            continue  # inside a place phrase passed over
        bare = re.sub(r"^(?:[وف])(?=\w{3})", "", word)
        if bare in _complementizers():
            return ""  # "قالت إن 3 ملايين صوتوا لها": the verb before is another clause's
        if bare in LEVEL_PREPOSITIONS and not nouns:
            to = "-to"
        if word in skip or bare in skip or len(bare) < 2 or re.sub(r"^ل(?=\w{3})", "", bare) in skip:
            continue  # a particle, also with لـ ("لنحو دقيقة")
        if re.match(r"^(?:[وف]?[بلك]?ال|لل)", word) and bare not in verbs:
            nouns = True
            continue
        place_end = _place_phrase_end(words, i)
        if place_end > i:
            continue  # "استمر الزلزال في كهرمان مرعش لنحو دقيقة": the verb governs, not the place
        stem = stemmer.stemWord(bare)
        head = re.sub(r"[^a-z0-9]+", "", translit(stem).lower())
        return head + to if head else ""
    return ""


# a count that is the next item of a list ("أرسلت 3000 جندي و3000 شرطي"، "بمشاركة 20 دولة وأربع منظمات"): the
# count before it, its noun (one or two words) and "و" right before this one or on its first word; both
# counts are governed by the same word
_LIST_ITEM = re.compile(r"\d[\d.,]*\s*(?:[\u0621-\u064a]+\s+){1,2}(?:و\s*)?$")  # "و" may be the next number's ("وأربع")


def _place_phrase_end(reversed_words: Sequence[str], i: int) -> int:
    """When the word at `i` (of the folded words before a number, read backwards) ends a place
    phrase "في <one or two indefinite words>", the index of its "في"; else -1."""
    for j in (i + 1, i + 2):
        if j >= len(reversed_words):
            return -1
        w = reversed_words[j]
        if re.sub(r"^[وف](?=في$)", "", w) == "في":
            return j
        if w.startswith("ال") or len(w) < 2:
            return -1
    return -1


LEVEL_PREPOSITIONS = frozenset(fold(w) for w in ("إلى", "الى"))  # as folded text spells them


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
    if m and not m.group("name").startswith("ال") and not re.search(r"(?:ه|ها|هما|هم)$", m.group("name")):
        return m.group("name")  # not a noun with a pronoun ("لقائه" is no "ل" + name)
    return None


def partner(after: str) -> Optional[str]:
    """The name after "مع" right after a value ("26 ثانية مع رئيس الوزراء الياباني شينزو آبي" →
    the folded family name "ابي"), past a title and definite words; None when no title opens what
    follows (then it may be no person: "مع ابتسامة عريضة")."""
    words = _words(after)
    if len(words) < 3 or re.sub(r"^[وف]", "", words[0]) != "مع":
        return None
    titles = _share_tables()[1]
    if words[1] not in titles and re.sub(r"^ال", "", words[1]) not in titles:
        return None
    return _family(_name_run(words[1:]))


@lru_cache(maxsize=1)
def _qualifiers() -> dict[str, str]:
    table = load("attributes").get("qualifiers") or {}
    return {fold(word): label for label, words in table.items() for word in words}


def count_qualifier(quantity: Quantity, after: str) -> Optional[str]:
    """The nationality of a count: right after its noun ("10 دبلوماسيين روس" → "روس"), or the
    noun itself when it is a demonym ("بينهم ستة مصريين" → "مصريون"); None when neither says."""
    if quantity.dimension != "count":
        return None
    return _demonym(quantity, after) or of_nationality(after)


def _demonym(quantity: Quantity, after: str) -> Optional[str]:
    """The nationality a count's noun is ("ستة مصريين", "12 عربيا") or the word right after it
    names ("10 دبلوماسيين روس"), or None."""
    noun = re.sub(r"[^\w]", "", fold(quantity.noun or ""))
    own = _qualifiers().get(noun) or _qualifiers().get(re.sub(r"ا$", "", noun))  # "12 عربيا"
    if own:
        return own
    words = [re.sub(r"[^\w]", "", w) for w in fold(after).split()[:2]]
    if len(words) == 2 and words[0] == "من" and noun.startswith("مواطن"):
        return _qualifiers().get(nisba(words[1]))  # "20 مواطنا من تونس": of the country's demonym
    return _qualifiers().get(words[0]) if words else None


def nisba(country: str) -> str:
    """The demonym a folded country name forms with the ending ي ("اذربيجان" → "اذربيجاني"، "سوريا"
    → "سوري"، "الاردن" → "اردني"): without its article and its final ا."""
    bare = country[2:] if country.startswith("ال") else country
    return (bare[:-1] if bare.endswith("ا") else bare) + "ي"


NATIONALITY_WORDS = frozenset(("جنسيه", "جنسيات", "الجنسيه", "الجنسيات"))


def of_nationality(after: str) -> Optional[str]:
    """The nationality told after a count with "من جنسية …" ("13 شخصا من جنسيات عربية" → عرب,
    "ثلاثة أشخاص من الجنسية المصرية" → مصريون), or None."""
    words = [re.sub(r"[^\w]", "", w) for w in fold(after).split()[:3]]
    if len(words) < 3 or words[0] != "من" or words[1] not in NATIONALITY_WORDS:
        return None
    word = words[2]
    return _qualifiers().get(word) or (_qualifiers().get(word[2:]) if word.startswith("ال") else None)


NATIONALITY_COUNT = "nationality-count"
NATIONAL_COUNT = "national-count"


@lru_cache(maxsize=1)
def _nationality_tables():
    table = load("attributes").get("nationality_count") or {}
    words = lambda key: frozenset(fold(w) for w in table.get(key, ()))
    return (words("nouns"), words("belonging"), words("people"), words("construct"), words("links"),
            words("skip"), int(table.get("reach", 5)))


def counts_nationalities(quantity: Quantity, before: str, after: str = "") -> bool:
    """Is a count of countries one of the nationalities of people ("من 35 جنسية", "يحملون 33
    جنسية مختلفة", "ركابا من 33 دولة", "ينتمون إلى 30 دولة", "مواطنو 35 دولة")?

    `before` is its clause up to the number. "جنسية" always counts nationalities; a
    country ("دولة", "بلد") does when a word of belonging or of people stands among the
    few words before it and "من", "لـ" or "إلى" joins them to the number (past "أكثر
    من", "نحو"), or the people word governs it ("مواطنو 35 دولة"). "زار 3 دول" and
    "قتل 20 شخصا في 3 دول" are no nationalities. `after` is the rest of the clause: a
    relative adjective after the noun counts only some of them ("مواطني خمس دول أوروبية").
    """
    if quantity.dimension != "count" or quantity.unit != "country":
        return False
    nouns, belonging, people, construct, links, skip, reach = _nationality_tables()
    following = fold(after).split()[:1]
    if following and re.fullmatch(r"[وف]?[\u0621-\u064a]{3,}يه", following[0]) and following[0] not in _alike():
        return False
    noun = re.sub(r"[^\w]", "", fold(quantity.noun or ""))
    if noun in nouns or re.sub(r"^ال", "", noun) in nouns:
        return True
    words = re.findall(r"[\u0621-\u064a]+|\d+", fold(before))[-reach:]
    while any(w.isdigit() for w in words):
        words = words[words.index(next(w for w in words if w.isdigit())) + 1 :]  # only the words after another figure
    bare = lambda w: re.sub(r"^[وف](?=\w{3})", "", w)
    if words and bare(words[-1]) in construct:
        return True
    rest = list(words)
    while rest and bare(rest[-1]) in skip:
        rest.pop()
    if not rest:
        return False
    if re.match(r"ل(?![\u0621-\u064a])", fold(quantity.text)):
        rest.append("ل")  # "ترجع لـ33 دولة" read with its لـ
    if bare(rest[-1]) not in links and rest[-1] != "ل":  # once folded, a لـ written apart is a word of its own
        return False
    return any(bare(w) in belonging or bare(w) in people for w in rest[:-1])


def names_people(before: str) -> bool:
    """Do the words of a clause before a count of nationalities name whose they are ("الركاب ينتمون
    إلى")? When not ("وهم من 35 جنسية", "ترجع لـ33 دولة"), they are in the clause before."""
    people = _nationality_tables()[2]
    return any(re.sub(r"^[وف](?=\w{3})", "", w) in people for w in re.findall(r"[\u0621-\u064a]+", fold(before)))


def refers_back(before: str) -> bool:
    """Does a clause open with a word that speaks of people named before it ("بينهم ستة مصريين",
    "ومنهم 4 كنديين")?"""
    words = re.findall(r"[\u0621-\u064a]+", fold(before))
    referring = frozenset(fold(w) for w in (load("attributes").get("nationality_count") or {}).get("referring", ()))
    return bool(words) and words[0] in referring


@lru_cache(maxsize=1)
def _alike() -> frozenset[str]:
    """Adjectives after a count of nationalities that keep it whole ("33 جنسية مختلفة")."""
    return frozenset(fold(w) for w in (load("attributes").get("nationality_count") or {}).get("whole", ()))


def national_of(quantity: Quantity, after: str) -> Optional[str]:
    """The nationality a count of people is of when its noun names them by it: a demonym ("ستة
    مصريين" → مصريون, "32 كينيا" → كينيون) or "مواطن" with one right after ("ستة مواطنين
    مصريين"), or people of a nationality told with "من جنسية" ("13 شخصا من جنسيات عربية"); None for
    any other noun ("10 دبلوماسيين روس" counts diplomats, of a nationality)."""
    if quantity.dimension != "count" or quantity.unit not in ("citizen", "person"):
        return None
    if quantity.unit == "person":
        return of_nationality(after)  # "13 شخصا من جنسيات عربية"
    return _demonym(quantity, after)


def nationals_label(qualifier: str) -> str:
    """The title of a count of nationals: "عدد المصريين" for مصريون, "عدد الروس" for روس."""
    word = qualifier[:-2] + "ين" if qualifier.endswith("ون") else qualifier
    return "عدد " + ("ال" + word if not word.startswith("ال") else word)


@lru_cache(maxsize=1)
def _another_pattern() -> re.Pattern:
    table = load("attributes").get("another_occurrence") or {}
    alt = lambda words: "|".join(re.escape(fold(w)) for w in sorted(words, key=len, reverse=True))
    parts = []
    if table.get("nouns") and table.get("modifiers"):
        parts.append(rf"(?<!\w)(?:[وفبل]|ال|وال|بال)?(?:{alt(table['nouns'])})(?:\s+\S+)?\s+(?:{alt(table['modifiers'])})(?!\w)")
    if table.get("phrases"):
        parts.append(rf"(?<!\w)[وف]?(?:{alt(table['phrases'])})(?!\w)")
    if table.get("nouns") and table.get("past"):
        # a happening of the kind dated in the past, the date on either side of its noun
        noun = rf"(?<!\w)(?:[وفبل]|ال|وال|بال)?(?:{alt(table['nouns'])})(?!\w)"
        past = rf"(?<!\w)[وف]?(?:{alt(table['past'])})(?!\w)"
        parts.append(rf"{past}(?:\s+\S+)?\s+{noun}|{noun}(?:\s+\S+)?\s+{past}")
    return re.compile("|".join(parts)) if parts else re.compile(r"(?!x)x")


def another_occurrence(before: str) -> bool:
    """Do the words before a number (from the previous number of its sentence) speak of another
    happening of the same kind: "ثم ضرب زلزال جديد بلغت قوته", "أعقبه آخر بعد الظهر بقوة"? Not when
    the first or main one is named again after it ("ووقعت الهزة الثانية فجرا، وكان الزلزال الأول قد
    ضرب المدينة أمس بقوة 6.9": the figure is the first one's)."""
    m = _another_match(before)
    if m is None:
        return False
    return not _same_again_after(fold(before), m.end())


@lru_cache(maxsize=1)
def _counted_pattern() -> re.Pattern:
    words = (load("attributes").get("another_occurrence") or {}).get("counted") or ()
    alt = "|".join(re.escape(fold(w)) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"^\s*\d[\d.,]*\s+(?:{alt})(?!\w)") if alt else re.compile(r"(?!x)x")


def counted_before(before: str) -> bool:
    """Do the words before a measure open with a count of happenings of the kind, or with "منها"
    after one ("9 هزات فاقت شدتها 5 درجات"، "7 منها تجاوزت 4.5 درجات")? The measure is of
    those counted ones. `before` runs from the previous number of the sentence (its own words)."""
    return bool(_counted_pattern().match(fold(before)))


@lru_cache(maxsize=None)
def _occurrence_words(key: str) -> frozenset[str]:
    """The folded words of one list of ``another_occurrence`` ("one_of", "comparisons")."""
    return frozenset(fold(w) for w in (load("attributes").get("another_occurrence") or {}).get(key) or ())


def _says_word_of(before: str, key: str) -> bool:
    """Is a word of `before`, or that word after "و"/"ف", one of the ``another_occurrence`` list `key`?"""
    words = _occurrence_words(key)
    return any(w in words or (w[:1] in "وف" and w[1:] in words) for w in fold(before).split())


def set_measure(attribute: str, before: str) -> bool:
    """Is a measure (``set_measures``: a magnitude, a depth) said of a counted set of happenings as
    a whole (:func:`counted_before`, and no word picks one of them out: "أقواها"، "أحدها")? What the
    set's members measure at least is no claim of one happening."""
    return _of_counted_set(attribute, before) and not _picks_one(before)


def picked_from_set(attribute: str, before: str) -> bool:
    """Is a measure said of one happening picked out of a counted set ("84 هزة أقواها بقوة 5.4")?
    It is another happening's, not the story's main one."""
    return _of_counted_set(attribute, before) and _picks_one(before)


def compared_with(before: str) -> bool:
    """Do the words before a measure (its own, from the previous number) set it against another for
    comparison ("مقارنة بمحادثاته مع الوزير الآخر (أربع ساعات)")? It is that other happening's."""
    return _says_word_of(before, "comparisons")


def _of_counted_set(attribute: str, before: str) -> bool:
    table = load("attributes").get("another_occurrence") or {}
    return attribute in (table.get("set_measures") or ()) and counted_before(before)


def _picks_one(before: str) -> bool:
    return _says_word_of(before, "one_of")  # "أقواها"، "أحدها"


AFTER_NUMBER_WORDS = 5  # words after a number (to the next punctuation) where the happening it is of may be named
_PUNCTUATION = re.compile(r"[،,.؛;:!?؟()«»\"]")


def another_after(after: str) -> bool:
    """Do the words right after a number and its noun, up to the next punctuation mark, name
    another happening of the kind ("مصرع 80 شخصا بحريق مماثل"، "قتل 12 في هجوم ثان")? The figure is
    that one's, as when those words come before it (:func:`another_occurrence`)."""
    own = _PUNCTUATION.split(after, 1)[0]
    return _another_match(" ".join(own.split()[:AFTER_NUMBER_WORDS])) is not None


ELSEWHERE_LEAD_CHARS = 300  # the opening of an article, where it names the place its story is about


def happened_elsewhere(before: str, opening: str) -> bool:
    """Do the words before a number name a happening of the kind in a place the article's opening
    (its text before the number's sentence, at most ELSEWHERE_LEAD_CHARS) never names ("وقال
    المركز إن قوة الزلزال في بلد آخر كانت 7 درجات": a happening noun, then "في" or ب and a country or
    place of the lexicon)? The figure is that other happening's. An article's first sentence has
    no opening to compare with: its place is the story's."""
    opening = opening[:ELSEWHERE_LEAD_CHARS]
    if len(opening.split()) < 3:
        return False
    m = _ELSEWHERE.search(fold(before))
    if m is None or m.group(1) not in _place_words():
        return False
    return m.group(1) not in fold(opening)


_ELSEWHERE = re.compile(r"(?<!\w)(?:[وفبل]|ال|وال|بال)?(?:زلزال|هزه|انفجار|حريق|فيضان|اعصار)\s+(?:في\s+|ب)(?:ال)?(\w{3,})")


@lru_cache(maxsize=1)
def _place_words() -> frozenset[str]:
    """Country and place names, folded, without the article (``lexicon.bare_place_names``)."""
    from ..mentions.statements.lexicon import bare_place_names

    return frozenset(bare_place_names())


def _same_again_after(folded: str, start: int) -> bool:
    """Is a happening's noun followed by a word naming the first or main one (``same_again``:
    "الزلزال الأول"، "الهزة الرئيسية") in the folded text after `start`?"""
    _, same_again = _continuation_words()
    ws = folded[start:].split()
    return any(b in same_again and happening_noun(a) for a, b in zip(ws, ws[1:]))


_CLITIC_ARTICLE = re.compile(r"^(?:[وفبل]?ال|[وفبل])(?=\w{3})")  # "والزلزال"، "بالهزة"، "زلزال"


def names_happening(text: str) -> bool:
    """Does a text name a happening (:func:`happening_noun`: "وقع الزلزال"، "بالهزة")?"""
    return any(happening_noun(w) for w in re.findall(r"[\u0621-\u064a]+", fold(text)))


def happening_noun(word: str) -> bool:
    """Is a folded word a noun of a happening (``another_occurrence.nouns`` of lexicon/attributes.yaml),
    with or without its article and a clitic before it ("والزلزال"، "بالهزة"، "زلزال")?"""
    return _CLITIC_ARTICLE.sub("", word) in _another_nouns()


@lru_cache(maxsize=1)
def _another_nouns() -> frozenset[str]:
    """The happening nouns of ``another_occurrence``, folded, without the article."""
    table = load("attributes").get("another_occurrence") or {}
    return frozenset(re.sub(r"^ال", "", fold(w)) for w in table.get("nouns") or ())


def _another_match(text: str) -> Optional[re.Match]:
    """Where the text (folded) speaks of another happening of the same kind, or None."""
    if not _another_hint().search(text):
        return None  # none of the modifiers' stems is there: no need to fold the text
    return _another_pattern().search(fold(text))


def continues_another(previous_sentence: str, sentence: str) -> bool:
    """Does `sentence` continue a report of another happening: it opens with a verb that carries
    on the previous sentence's report ("وأضافت أن الزلزال وقع على عمق 7 كيلومترات") and that
    sentence spoke of another happening and gave it a figure ("سجلت زلزالا ثانيا بقوة 7.6"), and it
    does not name the first or main one again ("الزلزال الأول")?"""
    continuations, same_again = _continuation_words()
    first = sentence.split(None, 1)[:1]
    if not first or fold(first[0]) not in continuations:
        return False
    if same_again & set(fold(sentence).split()):
        return False
    # the previous sentence gave that other happening a figure ("سجلت زلزالا ثانيا بقوة 7.6"); one that
    # only counted aftershocks ("تلته عدة هزات ارتدادية") reported none to carry on
    m = _another_match(previous_sentence)
    return m is not None and bool(re.search(r"\d", m.string[m.end():]))


@lru_cache(maxsize=1)
def _continuation_words() -> tuple[frozenset[str], frozenset[str]]:
    table = load("attributes").get("another_occurrence") or {}
    fl = lambda key: frozenset(fold(w) for w in table.get(key) or ())
    return fl("continuations"), fl("same_again")


@lru_cache(maxsize=1)
def _another_hint() -> re.Pattern:
    """A cheap test on the raw text: the first two letters of each modifier and phrase, any spelling of alef."""
    table = load("attributes").get("another_occurrence") or {}
    heads = {fold(w)[:2] for w in list(table.get("modifiers") or ()) + list(table.get("phrases") or ())}
    heads |= {re.sub(r"^ال", "", fold(w))[:2] for w in table.get("past") or ()}  # "الأسبوع الماضي" → "اس"
    alef = lambda h: h.replace("ا", "[اأإآ]")
    return re.compile("|".join(alef(re.escape(h)) for h in sorted(heads)) or r"(?!x)x")



@lru_cache(maxsize=1)
def _share_tables():
    table = load("attributes")
    words = lambda key: frozenset(fold(w) for w in table.get(key, ()))
    return words("share_verbs"), words("share_titles"), words("share_stops"), words("name_tails"), words("change_verbs")


def _name_run(words: list[str]) -> list[str]:
    """The name at the start of `words` (folded): titles and definite words before it are passed over
    ("الرئيس التركي رجب طيب أردوغان", "منافسه كمال كليجدار أوغلو"), and it ends at a title, a
    definite word, a particle or punctuation ("كليتشدار أوغلو منافس أردوغان" → كليتشدار أوغلو)."""
    _, titles, stops, _, _ = _share_tables()
    i = 0
    while i < len(words) and (words[i] in titles or words[i].startswith("ال") or words[i] == "في"):
        if words[i] in RELATIVES:
            return []  # "منافسه الذي يتزعم المعارضة": a relative clause, no name
        # "مرشح التحالف الحاكم في تركيا رجب طيب أردوغان": a place within the title is passed over
        i += 2 if words[i] == "في" else 1
    run: list[str] = []
    for w in words[i : i + 4]:
        if run and w.startswith("ال") and w.endswith("ي") and len(w) > 4 and w not in stops:
            run.append(w)  # a family name of relation ("حمدان الزبيدي")
            break
        if w in titles or w in stops or w.startswith(("ال", "لل")) or not re.fullmatch(r"[\u0621-\u064a]{2,}", w):
            break
        if run and w.startswith("ب") and (w.startswith("بال") or w.endswith("ه")):
            break  # "أردوغان بولاية جديدة", "بالانتخابات": an adjunct after the name
        run.append(w)
    return run


def _name_before(words: list[str]) -> list[str]:
    """The name that ends `words` (folded), a fronted subject ("أعلنت الهيئة أن جميل سركيس" →
    جميل سركيس), or [] when they end with a title, a definite word or a particle."""
    _, titles, stops, _, _ = _share_tables()
    run: list[str] = []
    for w in reversed(words[-4:]):
        if w in titles or w in stops or w.startswith(("ال", "لل")) or not re.fullmatch(r"[\u0621-\u064a]{2,}", w):
            break
        if _verb_at(w) or w in ("ان", "إن", "أن", "فان", "وان"):
            break
        run.insert(0, w)
    return run


COPULAS = ("هو", "هي")  # "أن أردوغان هو الفائز": the pronoun between a fronted subject and its predicate
RELATIVES = ("الذي", "التي")
ANTECEDENT_REACH = 8  # words of apposition passed over back to a relative's name


def _antecedent(words: list[str]) -> list[str]:
    """The name a relative pronoun ("الذي حصل على 48%") stands for: the name that ends `words`
    (folded), past an apposition of titles and definite words and its commas ("منافسه سامي
    الخوري، رئيس حزب الوسط، الذي" → سامي الخوري); [] when any other word
    stands between (then it is not sure whose the figure is)."""
    _, titles, stops, _, _ = _share_tables()
    end = len(words)
    passed = 0
    while end and passed <= ANTECEDENT_REACH:
        w = words[end - 1]
        if w in ("،", ",") or w in titles or (w.startswith("ال") and w not in stops):
            end -= 1
            passed += 1
            continue
        break
    return _name_before(words[:end]) if passed <= ANTECEDENT_REACH else []


def _family(run: list[str]) -> Optional[str]:
    """The family name of a name run: its last word, with the word before a tail ("كليجدار أوغلو")."""
    if not run:
        return None
    tails = _share_tables()[3]
    if run[-1] in tails and len(run) > 1:
        return " ".join(run[-2:])
    return run[-1]


def _verb_at(word: str) -> Optional[str]:
    """"plain" for a verb of getting ("حصل", "وفاز"), "pronoun" for one that carries a pronoun ("حصوله"), else None."""
    verbs = _share_tables()[0]
    bare = re.sub(r"^[وف](?=\w{3})", "", word)
    if bare in verbs:
        return "plain"
    if any(bare.startswith(v) and bare[len(v):] in ("ه", "ها", "هم", "هما") for v in verbs):
        return "pronoun"
    return None


def _words(text: str) -> list[str]:
    return re.findall(r"[\u0621-\u064a]+|[^\s\u0621-\u064a]+", fold(text))


def share_holder(lead: str, before: str, after: str) -> Optional[str]:
    """Whose share or amount a number is, folded, or None when the text does not say.

    `before` is its clause up to the number, `after` the rest of the clause, `lead`
    the sentence before the clause. In order: a name right after it with لـ or
    لصالح ("مقابل 47% لمنافسه كليجدار أوغلو", past "من الأصوات"); the subject
    of the last verb of getting before it in its clause ("حصل أردوغان على 52%",
    "فاز فلان بـ60%"), or, when that verb carries a pronoun ("بعد حصوله على"),
    of such a verb earlier in the sentence ("فاز أردوغان … بعد حصوله على"). A
    clause with no such verb has no holder (the one of an earlier clause may be
    another's: "حصل أ على 52% وب على 47%"). The family name is kept ("رجب طيب
    أردوغان" → أردوغان); :func:`name_key` compares spellings.
    """
    words = _words(after)
    while words and words[0] in ("من", "الاصوات", "اصوات", "الناخبين", "المقترعين", "صوت"):
        words = words[1:]
    if words:
        first = words[0]
        if first == "لصالح":
            return _family(_name_run(words[1:]))
        if first.startswith("ل") and not first.startswith("لل") and len(first) > 3:
            name = _family(_name_run([first[1:]] + words[1:]))
            if name:
                return name
    own = _words(before)
    for i in range(len(own) - 1, -1, -1):
        if re.search(r"\d|%", own[i]):
            return None  # another figure between: the verb's holder is that figure's ("حصل أ على 52% وب على 47%")
        kind = _verb_at(own[i])
        if kind == "plain":
            # "حصل أردوغان على", or the subject fronted: "أن سركيس حصل على", "فإن أردوغان حصل",
            # "أن أردوغان هو الفائز بـ52%", or a relative clause: "… منافسه كليجدار أوغلو، الذي حصل على"
            fronted = own[:i]
            if fronted and fronted[-1] in COPULAS:
                fronted = fronted[:-1]
            if fronted and fronted[-1] in RELATIVES and not _name_run(own[i + 1 :]):
                return _family(_antecedent(_words(lead) + fronted[:-1]))
            if own[i].startswith("ال"):  # "الفائز": a participle, whose holder is fronted
                return _family(_name_before(fronted))
            return _family(_name_run(own[i + 1 :])) or _family(_name_before(fronted))
        if kind == "pronoun":
            earlier = _words(lead) + own[:i]
            for j in range(len(earlier) - 1, -1, -1):
                if _verb_at(earlier[j]) == "plain":
                    return _family(_name_run(earlier[j + 1 :]))
            return None
    return None


def name_key(name: str) -> str:
    """A name's spelling-blind key: the family name's consonants ("كليتشدار", "كيليتشدار",
    "كلجدار", "كليجدار" → كلجدر): long vowels after the first letter dropped, تش (Turkish ç) read ج."""
    words = fold(name).split()
    tails = _share_tables()[3]
    core = next((w for w in reversed(words) if w not in tails), words[-1] if words else "")
    core = core.replace("تش", "ج")
    return core[:1] + re.sub(r"[اويىءه]", "", core[1:])


CHANGE_REACH = 6  # words before a value in which a verb of change makes it a change


def is_change(before: str) -> bool:
    """Is a percentage or an amount told as a change ("تراجع الإقبال في الجولة الثانية بنحو 6%",
    "ارتفع برنت دولارين", "ارتفعت الأسعار بنسبة 15%"), not a level ("ارتفع التضخم إلى 7%")?

    `before` is its clause up to the value's words. A verb of change among the
    few words before it makes it a change, unless a word of level stands between
    ("إلى", "بلغت", "ليصل": the value is where it got to).
    """
    changes, levels = _share_tables()[4], _level_words()
    for w in reversed(fold(before).split()[-CHANGE_REACH:]):
        bare = re.sub(r"^[وف](?=\w{3})", "", w)
        if w in levels or bare in levels:
            return False
        if bare in changes:
            return True
    return False


@lru_cache(maxsize=1)
def _level_words() -> frozenset[str]:
    return frozenset(fold(w) for w in load("attributes").get("level_words", ()))


def as_written(text: str, name: str) -> str:
    """A folded name as `text` writes it ("اردوغان" → "أردوغان"), its last occurrence, without a
    proclitic (لـ, و); the folded name when `text` does not hold it word for word."""
    want = name.split()
    raw = re.findall(r"[\u0600-\u06ff]+", text)
    folded = [fold(w) for w in raw]
    for i in range(len(raw) - len(want), -1, -1):
        words = folded[i : i + len(want)]
        first = words[0] if words else ""
        clitic = len(first) - len(want[0]) if first.endswith(want[0]) and len(first) - len(want[0]) <= 1 else -1
        if clitic < 0 or words[1:] != want[1:]:
            continue
        out = raw[i : i + len(want)]
        head = out[0]
        if clitic:  # drop the proclitic letter and any marks on it
            head = re.sub(r"^.[\u064b-\u0652\u0640]*", "", head)
        return " ".join([head] + out[1:])
    return name


@lru_cache(maxsize=1)
def _of_nouns() -> frozenset[str]:
    return frozenset(fold(w) for w in load("attributes").get("of_nouns", ()))


def named_by_head(before: str, specs) -> Optional[object]:
    """The spec among `specs` that the words right after the last head noun before a value name
    ("نسبة المشاركة في الاقتراع 71%" → turnout, whatever cue stands nearer), or None."""
    words = fold(before).split()
    heads = _of_nouns()
    for i in range(len(words) - 1, -1, -1):
        if re.sub(r"^[وفب]", "", words[i]) in heads:
            text = " ".join(words[i : i + 3])
            return next((s for s in specs if s.pattern.search(text)), None)
    return None


def measured_of(before: str, specs=()) -> Optional[str]:
    """What a price or a rate is of, folded: the definite noun after the last head noun before the value
    ("أسعار القمح التي هبطت إلى نحو 70 دولارا" → القمح, "سعر البرميل 90 دولارا" → البرميل), or None.

    A noun that is itself a cue of an attribute among `specs` ("نسبة المشاركة") says what is
    measured, not of what.
    """
    words = fold(before).split()
    heads = _of_nouns()
    for i in range(len(words) - 2, -1, -1):
        if re.sub(r"^[وفب]", "", words[i]) in heads or words[i] in heads:
            noun = re.sub(r"[^\u0621-\u064a]", "", words[i + 1])
            if not noun.startswith("ال") or len(noun) < 4:
                return None
            if any(s.pattern.search(noun) for s in specs):
                return None
            return noun
    return None


PRELIMINARY = "نتائج أولية"


@lru_cache(maxsize=1)
def _preliminary_pattern() -> re.Pattern:
    words = load("attributes").get("preliminary", ())
    return re.compile(r"(?<!\w)[وب]?(?:" + "|".join(re.escape(fold(w)) for w in sorted(words, key=len, reverse=True)) + r")(?!\w)")


def preliminary(sentence_before: str) -> Optional[str]:
    """"نتائج أولية" when the sentence up to a figure says it is of preliminary or partial results
    ("أظهرت النتائج الأولية حصول … على 56%"), else None: such a figure is of another count."""
    return PRELIMINARY if _preliminary_pattern().search(fold(sentence_before)) else None


@lru_cache(maxsize=1)
def _not_counted() -> frozenset[str]:
    return frozenset(fold(w) for w in load("attributes").get("not_counted", ()))


_PARTICLE_PRONOUN = re.compile(r"^(?:من|بين|عن|على|في|ل|ب|مع|عند|لدي)(?:هم|هما|هن|ها|ه|كم|نا)$")
_PREPOSITION_ARTICLE = ("بال", "لل", "كال", "فال")


def counted_noun(noun: str) -> bool:
    """Can a folded word read after a number be the noun it counts? Not a preposition with a
    pronoun ("منهم"), a preposition with a noun ("بالمرفا": where, not what), nor a word of the
    ``not_counted`` list (adverbs, adjectives, "others", multiples)."""
    w = fold(noun.split()[0]) if noun.split() else ""
    if not w or _PARTICLE_PRONOUN.match(w) or w.startswith(_PREPOSITION_ARTICLE):
        return False
    if w[:1] in "وف" and w[1:] in _not_counted():
        return False
    return w not in _not_counted()


@lru_cache(maxsize=1)
def _listicle_leads() -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(fold(w) for w in p.split()) for p in load("attributes").get("listicle_leads", ()))


LISTICLE_REACH = 2  # words between a listicle's lead and its count


def listicle(text: str, at: Optional[int] = None) -> bool:
    """Is `text` a listicle's lead ("فيما يلي خمسة أشياء …")? With `at` (the offset of a number
    in `text`), is the number the count of a list that a lead among the few words before it opens?"""
    ws = [fold(w) for w in re.findall(r"[\u0600-\u06ff\w]+", text if at is None else text[:at])]
    if at is None:
        spots = [0]
    else:
        spots = range(max(0, len(ws) - 3 - LISTICLE_REACH), len(ws))
    for i in spots:
        for lead in _listicle_leads():
            if tuple(ws[i : i + len(lead)]) == lead and (at is None or len(ws) - (i + len(lead)) <= LISTICLE_REACH):
                return True
    return False


PHRASE_WORDS = 3  # words either side of a number in the phrase that titles an unnamed count


def phrase_around(text: str, start: int, end: int) -> str:
    """The few words around a number as `text` writes them ("وأصيب 420 آخرون في ملطية"): what
    titles a count whose noun is unknown."""
    before = [m.start() for m in re.finditer(r"\S+", text[:start])][-PHRASE_WORDS:]
    after = [m.end() for m in re.finditer(r"\S+", text[end:])][:PHRASE_WORDS]
    out = text[before[0] if before else start : end + (after[-1] if after else 0)]
    return " ".join(re.sub(r"[«»“”\"]", "", out).split()).strip(" ،,.:؛")
