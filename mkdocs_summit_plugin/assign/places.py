"""Stage 4b: what a distance or a population is *of*: the places its words name.

Two distances said of one story are one fact only when they are between the
same places: the two dams of a flooded city, its airport, a hospital and a
far-off island are each at their own distance; a town of three thousand is not
the city of a hundred thousand. The places are read from the words around the
number, with the tables in ``lexicon/attributes.yaml`` (``places``):

- the *located* thing: the noun phrase right before the word that places it
  ("مطار المدينة الدولي على بعد 9 كيلومترات", "الجزيرة … قبرص التي تبعد",
  "سد وادي الحجر يقع جنوبي المدينة", "منطقة سانتا التي يسكنها"), else the
  nearest structure named earlier in the sentence ("السد الثاني …، الذي يقع
  على بعد"); a settlement placed at a distance ("بلدة كارا التي تقع على بعد
  60 كم من العاصمة") is where the story happened, so for a distance the
  landmark says which one it is, unless the site was just measured from it
  ("على بعد 8 كم من بلدة كارا الواقعة على بعد 60 كم من العاصمة": the town's
  own distance, keyed by the pair of places);
- the *landmark* of a distance: the place after من/عن or a direction word after
  the number ("على بعد 62 كيلومترا جنوب شرق العاصمة نيروبا").

Definite common nouns ("المدينة", "العاصمة", "البلدين") and pronouns
("مركزها") name no place. :func:`split_by_place` then keeps apart the figures of
different places; a figure whose place is unknown joins the only named place of
its group, or the one its sentence names, and otherwise stays apart.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional, Sequence

from ..lexicon import load
from ..text.normalise import fold, vowel_skeleton


@lru_cache(maxsize=1)
def _tables() -> dict:
    """The place tables, folded: cues per attribute, structure and settlement nouns, stop words."""
    table = load("attributes").get("places") or {}
    words = lambda key: frozenset(fold(w) for w in table.get(key, ()))
    cues = {}
    for attribute, spec in (table.get("attributes") or {}).items():
        phrases = sorted((fold(c) for c in spec.get("cues", ())), key=len, reverse=True)
        pattern = re.compile(r"(?<!\w)[وف]?(?:" + "|".join(re.escape(p) for p in phrases) + r")(?!\w)")
        cues[attribute] = (pattern, bool(spec.get("settlement_is_site", False)), bool(spec.get("landmark", False)))
    return dict(
        cues=cues,
        structures=words("structures"),
        settlements=words("settlements"),
        stops=words("stops"),
        directions=words("directions"),
        ordinals=words("ordinals"),
        relatives=words("relatives"),
        distance_units=words("distance_units"),
        capitals=frozenset(re.sub(r"^ال", "", w) for w in words("capitals")),
        demonstratives=words("demonstratives"),
    )


def direction_words() -> frozenset[str]:
    """The folded words of direction of the place tables ("شمال"، "جنوب شرق" …)."""
    return _tables()["directions"]


def places_attribute(attribute: Optional[str]) -> bool:
    """Is `attribute` one whose figures are told apart by the places they are of?"""
    return bool(attribute) and attribute in _tables()["cues"]


NP_WORDS = 4  # at most this many words in the noun phrase of a place
NAME_WORDS = 2  # at most this many words in a place's name ("أديس أبابا", "سانت جوزيف"): a verb may follow


def _bare(word: str) -> str:
    """A folded word without a conjunction in front ("وسد" → "سد"), when what remains is a word."""
    return re.sub(r"^[وف](?=\w{2})", "", word)


def _is_number(word: str) -> bool:
    return bool(re.search(r"\d", word))


def _place_key(words: Sequence[str], settlement_is_site: bool, bare_name: bool = True) -> Optional[str]:
    """The key of a noun phrase (folded words, in order) that names a place, or None.

    A structure noun and the name after it ("مطار بيروت الدولي" → "مطار بيروت"),
    a definite structure with an ordinal ("السد الثاني" → "سد ثاني"), a settlement's
    name ("مدينة درنة" → "درنه"; none for a distance when `settlement_is_site`),
    or a name of one or two bare words ("قبرص", "أديس أبابا") when `bare_name` (words before
    "التي تبعد", after "من"). Definite adjectives after the head are passed over.
    """
    kind, head, rest = _head(words)
    if kind == "settlement":
        if settlement_is_site:
            return None
        if head in _tables()["capitals"]:
            # "العاصمة سان فيرا" names it; "عاصمة البلاد", "عاصمة تلك الولاية" say only that it is the capital
            return _name(rest) if rest and not rest[0].startswith("ال") else CAPITAL
        return _name(rest) if rest else None
    if kind == "structure":
        if rest:
            return _name([head] + rest)
        ordinal = [re.sub(r"^ال", "", x) for x in words[1:2] if x in _tables()["ordinals"]]
        return f"{head} {ordinal[0]}" if ordinal else None
    names = [w for w in words if w]
    if (
        bare_name
        and 0 < len(names) <= NAME_WORDS
        and not any(w.startswith("ال") or _is_number(w) for w in names)
        and not re.search(r"(?:ها|هم|هما)$", names[-1])
    ):
        return _name(names)  # "قبرص التي تبعد", "من درنة", "شرق أديس أبابا"
    return None


CAPITAL = "@capital"  # the key of a capital the words do not name ("شرق عاصمة البلاد"): see split_by_place


def _head(words: Sequence[str]) -> tuple[Optional[str], str, list[str]]:
    """The kind of a place phrase ("structure", "settlement" or None), its head noun and the name
    after it. After a head without the article the next word is the name, with or without it
    ("مدينة الواحة", "مطار بيروت الدولي"); after a definite head the definite adjectives are
    passed over ("العاصمة الإثيوبية أديس أبابا"). The name ends at the next definite word."""
    t = _tables()
    words = [w for w in words if w]
    for i, w in enumerate(words):
        bare = _bare(w)
        head = re.sub(r"^(?:ال|بال|لل)", "", bare)
        kind = "structure" if head in t["structures"] else "settlement" if head in t["settlements"] else None
        if kind is None:
            continue
        j = i + 1
        rest = []
        if head == bare and j < len(words) and words[j].startswith("ال") and words[j] not in t["ordinals"]:
            rest, j = [words[j]], j + 1  # a construct: "مدينة الواحة"
        elif head != bare:
            while j < len(words) and words[j].startswith("ال") and words[j] not in t["ordinals"]:
                j += 1
        for x in words[j : j + NAME_WORDS - len(rest)]:
            if x.startswith("ال") or _is_number(x) or x in t["demonstratives"] or (rest and x[:1] == "و" and len(x) > 3):
                break  # "مدينة كابيلا وبلغت …": the name ends where the next clause begins ("سان فيرا" goes on)
            rest.append(x)
        return kind, head, rest
    return None, "", []


def _name(words: Sequence[str]) -> str:
    """A place's key: its words joined, "أبو/بو" written as one word with the name ("أبو منصور" = "بومنصور")."""
    key = " ".join([_bare(words[0])] + list(words[1:]))
    return re.sub(r"(?<!\S)ا?بو\s+", "بو", key)


def _skeleton(key: str) -> str:
    """A place key compared without the long vowels inside its words, which transliterations of
    one name write or leave out ("هرات"، "هيرات"): ``normalise.vowel_skeleton`` of each word."""
    return " ".join(map(vowel_skeleton, key.split()))


_QUOTES = frozenset('"«»“”„\'')


def _words(folded: str, quotes: bool = True) -> list[str]:
    """The words, numbers and marks of a folded text, in order (quotation marks left out when not
    `quotes`: "مدينة «كارا»" reads as "مدينة كارا")."""
    words = re.findall(r"[\u0621-\u064a]+|\d[\d.,]*|[^\s\u0621-\u064a\d]", folded)
    return words if quotes else [w for w in words if w not in _QUOTES]


def _strip_relatives(words: list[str]) -> list[str]:
    """Take off the words that end `words` and pass over to a place cue (relative pronouns, "يبلغ",
    the cues' verbs: ``relatives``); the words taken off, last first."""
    t = _tables()
    out = []
    while words and (words[-1] in t["relatives"] or _bare(words[-1]) in t["relatives"]):
        out.append(words.pop())
    return out


def _phrase_before(words: list[str], most: int = NP_WORDS) -> list[str]:
    """The noun phrase that ends `words` (folded), up to a stop word, a number or punctuation."""
    t = _tables()
    out: list[str] = []
    for w in reversed(words):
        if len(out) >= most or _is_number(w) or not re.fullmatch(r"[\u0621-\u064a]+", w):
            break
        if w in t["stops"] or _bare(w) in t["stops"]:
            break
        out.insert(0, w)
    return out


def _located(before: str, sentence_before: str, attribute: str) -> tuple[Optional[str], bool]:
    """The located thing: the phrase right before the last place cue of `before`, else the nearest
    structure named earlier in the sentence (`sentence_before`, the sentence up to the number); and
    whether it is a settlement the story's site was just measured from (:func:`_landmark_of_distance`)."""
    t = _tables()
    pattern, site, _ = t["cues"][attribute]
    folded = fold(before)
    last = None
    for last in pattern.finditer(folded):
        pass
    if last is not None:
        words = _words(folded[: last.start()])
        relative = any(_bare(w) in ("التي", "الذي", "اللتي", "اللذي") for w in _strip_relatives(words))
        phrase = _phrase_before(words)
        if site:  # the sentence before the clause may hold the distance just given
            full = fold(sentence_before)
            town = _measured_town(full[: len(full) - len(folded) + last.start()]) if full.endswith(folded) else None
            if town:
                return town, True
        if _head(phrase)[0] == "settlement":
            return _place_key(phrase, site), False
        key = _place_key(phrase, site, bare_name=relative)
        if key:
            return key, False
    # a distance's structure may stand earlier in its sentence; a population is said of what it names
    return (_nearest_structure(sentence_before) if t["cues"][attribute][2] else None), False


def _measured_town(text: str) -> Optional[str]:
    """The settlement a place cue at the end of `text` (a folded sentence up to the cue) places,
    when the story's site was just measured from it: "على بعد 17 كلم عن قرية «كارا»، التي تبعد
    بدورها 60 كلم عن العاصمة" places Kara, not the site. None otherwise."""
    words = _words(text, quotes=False)
    if _strip_relatives(words) and words and words[-1] in ("،", ","):
        words.pop()  # "مدينة كارا، التي تبعد": the relative after a comma
    phrase = _phrase_before(words)
    if _head(phrase)[0] is None and len(phrase) == NP_WORDS:
        phrase = _phrase_before(words, NP_WORDS + NAME_WORDS)  # a long name ("بلدة سان خوسيه دي لا …")
    if _head(phrase)[0] != "settlement" or not _landmark_of_distance(words[: len(words) - len(phrase)]):
        return None
    return _place_key(phrase, False)


def _landmark_of_distance(words: list[str]) -> bool:
    """Do `words` (folded, up to a place phrase) end with a distance counted from that place: a
    number or a unit of length among the few words before a closing "من"/"عن" ("على بعد ثمانية
    كيلومترات من")?"""
    if not words or _bare(words[-1]) not in ("من", "عن"):
        return False
    units = _tables()["distance_units"]
    return any(_is_number(w) or w in units for w in words[-5:-1])


def _nearest_structure(text: str) -> Optional[str]:
    """The last structure named in `text` ("السد الأول، وهو سد بومنصور بسعة …" → "سد بومنصور");
    None when a settlement stands nearer (the story's site: "قرب بلدة كارا، الواقعة على مسافة")."""
    t = _tables()
    words = _words(fold(text))
    for i in range(len(words) - 1, -1, -1):
        head = re.sub(r"^(?:ال|بال|لل)", "", _bare(words[i]))
        if head in t["settlements"]:
            return None
        if head in t["structures"]:
            phrase = []
            for j in range(i, min(i + 3, len(words))):
                w, nxt = words[j], words[j + 1] if j + 1 < len(words) else ""
                if _is_number(w) or not re.fullmatch(r"[\u0621-\u064a]+", w):
                    break
                if phrase and w.startswith(("ب", "ل")) and _is_number(nxt):
                    break  # "سد بومنصور بسعة 22.5 مليون": an adjunct of measure
                phrase.append(w)
            return _place_key(phrase, False)
    return None


_FROM = ("من", "عن", "قباله")  # folded: what a distance is counted from ("9 كم قبالة بلدة كذا")


def _landmark(after: str) -> tuple[str, ...]:
    """The keys of the place a distance is counted from: after من/عن/قبالة or a direction word, past the
    unit ("62 كيلومترا إلى الجنوب الشرقي من العاصمة أديس أبابا" → "اديس ابابا", with
    ``CAPITAL=اديس ابابا`` for a capital the words name), or () when none."""
    t = _tables()
    words = _words(fold(after), quotes=False)
    i = 0
    while i < len(words) and i < 8:
        w = _bare(words[i])
        if w in _FROM or (w in t["directions"] and i + 1 < len(words) and _bare(words[i + 1]) not in t["directions"] and words[i + 1] not in ("من", "عن")):
            phrase = []
            for x in words[i + 1 : i + 1 + NP_WORDS]:
                if not re.fullmatch(r"[\u0621-\u064a]+", x) or x in t["stops"] or _bare(x) in t["stops"]:
                    break
                phrase.append(x)
            key = _place_key(phrase, False)
            if key and key != CAPITAL and _head(phrase)[1] in t["capitals"]:
                return key, CAPITAL + "=" + key  # "العاصمة دمشق": that city, and the story's capital's name
            return (key,) if key else ()
        if not re.fullmatch(r"[\u0621-\u064a]+|\(|\)|[\d.,]+", words[i]):
            return ()
        i += 1
    return ()


def places_of(attribute: str, clause: str, start: int, end: int, sentence_before: str) -> tuple[str, ...]:
    """The keys of the places a distance or a population figure is of, the located thing first
    (() when none is known). A capital the words do not name is ``CAPITAL``; one they name
    ("العاصمة دمشق") gives its name and ``CAPITAL=<name>``, which :func:`split_by_place` reads
    to put that name for the capital the others leave unnamed.

    `clause` holds the number at [start, end); `sentence_before` is the sentence up to
    the number's clause.
    """
    _, _, landmark = _tables()["cues"][attribute]
    located, measured = _located(clause[:start], sentence_before + " " + clause[:start], attribute)
    keys = [located]
    if landmark:
        keys += _landmark(clause[end:])
    if measured and located:
        # the town the site was measured from, and its own landmark: one key for the pair, so it
        # joins neither the site's distances from that landmark nor the site's from the town
        return (" > ".join(k for k in keys if k and not k.startswith(CAPITAL + "=")),)
    return tuple(dict.fromkeys(k for k in keys if k))


def sentence_words(text: str) -> tuple[str, ...]:
    """The folded words of a sentence without their clitics, for naming a place an unknown figure is of."""
    out = set()
    for w in re.findall(r"[\u0621-\u064a]+", fold(text)):
        w = _bare(w)
        out.add(w)
        out.add(re.sub(r"^(?:ال|بال|لل|ب|ل)(?=\w{3})", "", w))
    return tuple(sorted(out))


def split_by_place(group: list, places, context) -> list[list]:
    """Mentions of one (event, attribute) told apart by the places they are of.

    `places(m)` gives a mention's place keys, `context(m)` the words of its sentence.
    Mentions sharing a place key (compared without inner long vowels: :func:`_skeleton`) are one
    fact (joined transitively). A mention whose
    place is unknown joins the only named place of the group, else the one place its
    sentence names (every word of the key), else stays with the other unknown ones.
    """
    places = _capitals_resolved(group, places)
    named = [m for m in group if places(m)]
    if not named:
        return [group]
    parent = {id(m): id(m) for m in named}

    def root(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    first_of: dict[str, int] = {}
    for m in named:
        for key in map(_skeleton, places(m)):
            if key in first_of:
                parent[root(id(m))] = root(first_of[key])
            else:
                first_of[key] = id(m)
    clusters: dict[int, list] = {}
    for m in named:
        clusters.setdefault(root(id(m)), []).append(m)
    keys_of = {r: {_skeleton(k) for m in ms for k in places(m)} for r, ms in clusters.items()}
    rest = []
    for m in group:
        if places(m):
            continue
        if len(clusters) == 1:
            next(iter(clusters.values())).append(m)
            continue
        words = set(context(m))
        words |= {_skeleton(w) for w in words}
        hits = [r for r, keys in keys_of.items() if any(all(w in words for w in k.split()) for k in keys)]
        if len(hits) == 1:
            clusters[hits[0]].append(m)
        else:
            rest.append(m)
    out = [sorted(ms, key=lambda m: (m.article, m.start, m.end)) for ms in clusters.values()]
    return out + ([rest] if rest else [])


def _capitals_resolved(group: list, places):
    """`places` with the capital the group names put for the capital it does not name: "شرق عاصمة
    البلاد" and "شمال العاصمة" are "سان فيرا" where one excerpt says "العاصمة سان فيرا" and no other
    names another capital; with two capitals named, an unnamed one stays a place of its own."""
    capitals = {_skeleton(k.split("=", 1)[1]): k.split("=", 1)[1] for m in group for k in places(m) if k.startswith(CAPITAL + "=")}
    the_capital = next(iter(capitals.values())) if len(capitals) == 1 else None

    def resolved(m) -> tuple:
        keys = [k for k in places(m) if not k.startswith(CAPITAL + "=")]
        if the_capital is not None:
            keys = [the_capital if k == CAPITAL else k for k in keys]
        return tuple(dict.fromkeys(keys))

    return resolved


@lru_cache(maxsize=1)
def _toll_tables() -> tuple[frozenset, frozenset]:
    """The words that end a toll's place phrase and the nouns after في that name no place (folded)."""
    table = load("attributes").get("places") or {}
    words = lambda key: frozenset(fold(w) for w in table.get(key, ()))
    return words("toll_ends"), words("toll_unnamed")


def toll_place(sentence_before: str, clause: str, start: int, end: int) -> Optional[str]:
    """The place a toll is of, when its text names it: a place fronted at the head of its sentence
    ("وفي سوريا، قتل 237"، "أما في تركيا، فلقي 284") or after its count in its clause ("قتل 244 شخصا
    على الأقل في سوريا"، "في محافظة أديامان"، "في جنوب تركيا" → تركيا); None otherwise.

    `clause` holds the number at [start, end); `sentence_before` is its sentence up to the clause.
    After the count, the place is read up to a word that opens another clause ("نتيجة الزلزال الذي
    يقع مركزه في …": where the quake was, not the dead); a noun in construct ("في عداد المفقودين"),
    a plural or vague noun ("في مناطق أخرى") or a definite word names no place.
    """
    head = re.sub(r"^[^\u0621-\u064a]+", "", fold(sentence_before + " " + clause[:start]))
    fronted = re.match(r"(?:[وف]?في|[وف]?اما\s+في)\s+([\u0621-\u064a]+(?:\s+[\u0621-\u064a]+){0,2})", head)
    if fronted:
        key = _toll_place_key(fronted.group(1).split())
        if key:
            return key
    ends, _ = _toll_tables()
    words = _words(fold(clause[end:]))
    for i, w in enumerate(words):
        bare = _bare(w)
        if w in ends or bare in ends or not re.fullmatch(r"[\u0621-\u064a]+", w):
            return None
        if bare in ("في", "ب") or w == "بمدينه":
            key = _toll_place_key(words[i + 1 : i + 4])
            if key:
                return key
    return None


def _toll_place_key(words: Sequence[str]) -> Optional[str]:
    """The key of the place named by the words after في (folded), past a direction word ("جنوب
    تركيا" → "تركيا"): a settlement or a structure with its name, or one indefinite word
    followed by nothing, punctuation or a nisba adjective ("ملطية التركية"), never a noun in construct."""
    t = _tables()
    ends, unnamed = _toll_tables()
    cut = next((i for i, w in enumerate(words) if w in ends or _bare(w) in ends), len(words))
    words = [w for w in words[:cut] if w]  # "في محافظة إربد نتيجة السيول": the name ends before نتيجة
    while words and (words[0] in t["directions"] or _bare(words[0]) in t["directions"]):
        words = words[1:]
    if not words or not re.fullmatch(r"[\u0621-\u064a]+", words[0]):
        return None
    kind, head, rest = _head(words[:NP_WORDS])
    if kind is not None:
        return _name([head] + rest) if kind == "structure" and rest else _name(rest) if rest else None
    first = words[0]
    if first.startswith("ال") or first in unnamed or _bare(first) in unnamed or len(first) < 3:
        return None
    after = words[1] if len(words) > 1 else ""
    if after.startswith("ال") and not re.search(r"(?:يه|ي)$", after):
        return None  # a noun in construct: "في عداد المفقودين"، "في صفوف المدنيين"
    return _name([first])
