"""The statements lexicon (``lexicon/statements.yaml``), folded and stemmed once.

:func:`lexicon` reads the YAML into a :class:`Lexicon` of folded word sets,
phrase tables (tuples of folded words, longest first) and stem sets, built with
the lexicon's own words only, so it is independent of the article being read.
Phrases of the concept clusters (entities such as the USA/Washington, real
synonyms such as "الأمن السيبراني"/"الأمن الإلكتروني", "لاحظ"/"لمس"/"رصد") are
keyed on their stems and stand for the concept. The few look-ups every later
step makes of it live here too: stop words (:func:`is_stop`), phrase openings
(:func:`starts_with`) and the context terms (:func:`context_keys`).
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, Optional, Sequence

from ...lexicon import load
from ...text.normalise import fold
from ...text.roots import root
from ...text.stemming import bare, lexicon_vocabulary, stem, strip_article
from ...text.tokens import Tok, words


@dataclass(frozen=True)
class Lexicon:
    reporting: frozenset
    denial: frozenset
    attribution_preps: tuple
    stakes: frozenset  # stems of accusations, threats, condemnations and promises
    stake_roots: frozenset  # and their roots (text/roots.py), matched on the words as written
    complementizers: frozenset
    speakers: tuple  # ((tuple of folded words), readable name), longest first
    speaker_heads: tuple
    titles: tuple  # (tuple of folded words, readable title)
    concepts: dict  # tuple of stems -> concept id
    concept_max: int
    antonyms: dict  # stem/concept -> concept
    opposites: dict  # stem -> set(stem)
    negators: frozenset
    noun_negators: frozenset
    lead_openers: tuple
    dependent_openers: tuple
    without_openers: tuple
    inclusion_openers: tuple  # "منها …": what a noun includes, set off by commas inside the clause
    consequence_openers: tuple  # "مما أدى …": a clause of what the one before led to
    splitters: tuple
    setting: frozenset  # stems
    setting_phrases: tuple
    agreement: frozenset  # folded verb forms and participles
    agreement_nouns: frozenset  # folded, without the article
    decisions: frozenset  # past forms of deciding and ordering ("قرر"): they open a clause after a lead
    propositions: frozenset  # folded: after "اتفق على", a proposition follows
    measurement: frozenset  # folded forms
    units: frozenset  # stems
    number_words: frozenset  # folded
    ordinals: frozenset  # folded
    superlatives: frozenset  # folded, without the article
    comparatives: frozenset  # folded elatives of amount ("أقل"، "أكثر"): "أقل من …" compares
    fact_negators: frozenset  # folded negators of the past ("لم"): "لم تتغير" denies a fact
    opinion_verbs: frozenset  # folded: "يرى"، "اعتبر": what they report is the speaker's view
    background: tuple
    stopwords: frozenset  # folded forms
    ambiguous_reporting: frozenset
    title_names: frozenset
    future_exceptions: frozenset
    speaker_names: frozenset
    contrast_next: frozenset
    stop_stems: frozenset
    topic_preps: frozenset = frozenset()
    partitive_nouns: frozenset = frozenset()  # "مجموعة"، "عدد": after a topic preposition, the subject follows
    purpose_nouns: frozenset = frozenset()  # "لضمان"، "لمنع": a clause opening with one says what for
    temporal_always: frozenset = frozenset()
    temporal_before_unit: frozenset = frozenset()  # "بعد"، "خلال"، "في ختام": when, before a time or meeting noun
    stance: frozenset = frozenset()  # concept keys that count half ("@perceive")
    speech_acts: frozenset = frozenset()  # "~condolence": a speaker performs it once in a story (synonym groups)
    outcomes: frozenset = frozenset()  # "@agree": what a story's statements say did not happen, in any words
    failure_verbs: frozenset = frozenset()  # "فشل": the outcome after it did not happen
    discourse: tuple = ()  # phrases that only link the discourse ("بل على العكس")
    event_nouns: frozenset = frozenset()  # stems of nouns naming the meeting itself ("خلال المحادثات")
    relative_pronouns: frozenset = frozenset()  # folded: "الذي"، "التي" … (facts.appended_relative)
    apposition_preps: frozenset = frozenset()  # folded: "من"، "في" … opening a description set off by commas
    apposition_elatives: frozenset = frozenset()  # "أهم"، "أبرز": a noun phrase they head describes
    apposition_pronouns: frozenset = frozenset()  # folded: "وهو"، "وهي" … opening one (clauses._apposition)
    # speakers named in the text (names.py): phrase tables and folded word sets
    body_heads: tuple = ()  # "وزارة", "هيئة", …: a body speaks
    source_heads: tuple = ()  # "وسائل إعلام", "مصدر", …: no one in particular
    name_heads: tuple = ()  # "الرئيس", "الملك", …: a speaker only with a name after them
    honorifics: tuple = ()  # "الأمير", "الدكتور", … between a title and a name
    name_joiners: frozenset = frozenset()  # "عبد", "بن", …: an article word after them is a name's
    name_tails: frozenset = frozenset()  # "الله", "الدين": the second word of a compound given name
    title_complements: frozenset = frozenset()  # "خارجية", "حكومة", …: a title goes on
    title_essentials: frozenset = frozenset()  # title keys a shorter form must keep ("وزراء")
    place_names: frozenset = frozenset()  # countries, regions and venues without the article
    name_stops: frozenset = frozenset()  # words that end a name ("غدا", "أمس")
    document_nouns: frozenset = frozenset()  # "بيان", "تقرير": a subject that is no speaker
    government_seats: tuple = ()  # "بكين", "موسكو", …: a capital that speaks for its government
    reply_verbs: frozenset = frozenset()  # "رد": reports only before a reply marker
    reply_markers: frozenset = frozenset()  # "بقوله", "قائلا": the way a reply is said
    call_verbs: frozenset = frozenset()  # "دعا": "إلى …" or a ل-noun says what is called for
    pledge_verbs: frozenset = frozenset()  # "تعهد", "وعد": what is pledged follows
    place_prepositions: frozenset = frozenset()  # "في"، "إلى": a speaker's name after one is a place
    visit_stems: frozenset = frozenset()  # stems of "زيارة": a speaker's name after one is the place visited
    seat_speakers: frozenset = frozenset()  # speaker names that are buildings ("البيت الأبيض"), folded
    an_verbs: frozenset = frozenset()  # "أعلن عن"، "أعرب عن": "عن …" is what is said
    as_said_openers: frozenset = frozenset()  # "على ما"، "حسبما" before a verb of saying: "as X said"
    said_back_openers: tuple = ()  # "هذا ما" before a verb of saying: "…، هذا ما قاله الوزير"
    conditional_verbs: frozenset = frozenset()  # "إن لزم الأمر": after them "إن" is a condition
    governed_leads: tuple = ()  # "عن": a lead opener a verb also takes its object with
    title_tenure: frozenset = frozenset()  # "السابق"، "المنتخب": the holder's term goes on a title after its country
    subordinate_conditions: frozenset = frozenset()  # "إذا"، "لو" after the predicate: their future is theirs
    condition_openers: frozenset = frozenset()  # "مهما"، "إذا": a clause after the comma opening with ف answers them
    alternative_words: frozenset = frozenset()  # "أو"، "إما": what they join is offered, not said to have happened
    restriction_openers: frozenset = frozenset()  # "لكن في …": a short phrase after "لكن" that restricts
    title_weak_openers: frozenset = frozenset()  # words with which a title's gist opens as a sentence's tail
    addressee_verbs: frozenset = frozenset()  # "دعا", "أبلغ": a counterpart after them is spoken to
    counterpart_words: frozenset = frozenset()  # "نظيره", "نظيرها"
    office_heads: tuple = ()  # "مكتب", "الحساب الرسمي": a title holder's office speaks for its holder
    content_verbs: tuple = ()  # "قال"، "جاء في": verbs of saying whose content follows إن/أن, a colon or quotes
    cause_openers: tuple = ()  # "جراء"، "بسبب": after a lead, a cause is what the statement says
    title_openers: tuple = ()  # "من جهته"، "ثم": open a clause and say nothing in a title
    description_verbs: frozenset = frozenset()  # "وصف": its named subject speaks, "X بـ…" is the content
    description_participles: frozenset = frozenset()  # "واصفا": no subject of its own, "X بأنه …" is the content
    message_verbs: frozenset = frozenset()  # "نشر", "توجه": its named subject speaks the message it sends
    stance_verbs: frozenset = frozenset()  # "ندد", "رحب": its named subject speaks, what it condemns or welcomes is said
    act_verbs: frozenset = frozenset()  # "رحب", "اتهم": a verb of saying whose root is a term of what is said
    message_nouns: frozenset = frozenset()  # "نداء", "تعزية": what a message verb sends
    partner_words: frozenset = frozenset()  # "مع": a name after it is a partner, never the speaker
    addressee_prepositions: frozenset = frozenset()  # "ل"، "على": a name after it is spoken to
    unmarked_quote_openers: frozenset = frozenset()  # "لقد" right after verb + speaker opens their words
    title_synonyms: dict = None  # (title key,) or (key, next key) -> the key it is compared as ("حكومة" → "وزراء")
    title_epithets: frozenset = frozenset()  # title keys that describe, not name, the role ("معارض")
    pronoun_hosts: frozenset = frozenset()  # particles that take an attached pronoun ("لكن" in "لكننا")
    pronoun_noun_hosts: frozenset = frozenset()  # nouns as prepositions that take one, never "ي" ("خلاله")
    pronoun_suffixes: tuple = ()  # those pronouns, longest first ("هما" before "ها" before "ه")


def phrase(text: str) -> tuple[str, ...]:
    return tuple(words(text))


def stems_of(text: str) -> tuple[str, ...]:
    return tuple(stem(strip_article(w)) for w in words(text))


def lexicon() -> Lexicon:
    """The statements lexicon, folded and stemmed (built once, independent of any article)."""
    global _LEX
    if _LEX is None:
        with lexicon_vocabulary():
            _LEX = _build_lexicon()
    return _LEX


_LEX: Optional["Lexicon"] = None


def _speakers(t: dict) -> list[tuple[tuple, str]]:
    """(phrase, name) of every speaker alias, longest first."""
    speakers = []
    for name, aliases in (t.get("speakers") or {}).items():
        for a in aliases:
            speakers.append((phrase(a), name))
    speakers.sort(key=lambda p: -len(p[0]))
    return speakers


def _titles(t: dict) -> list[tuple[tuple, str]]:
    """(phrase, canonical title) of every title and its variants, longest first."""
    titles = []
    for canonical, variants in (t.get("titles") or {}).items():
        for v in [canonical] + list(variants or []):
            titles.append((phrase(v), canonical))
    titles.sort(key=lambda p: -len(p[0]))
    return titles


def _concepts(t: dict) -> dict:
    """{stems of a phrase: concept id}, also without the phrase's stop words."""
    concepts = {}
    stop = frozenset(fold(x) for x in t.get("stopwords", []))
    for cid, phrases in (t.get("concepts") or {}).items():
        for p in phrases:
            concepts[stems_of(p)] = cid
            # content tokens have no stop words: "توصلا إلى اتفاق" is matched as "توصلا اتفاق"
            # (not when one word would be left: "على حدة" is no "حدة")
            ws = [w for w in words(p) if not any(b in stop for b in bare(w))]
            if 2 <= len(ws) < len(words(p)):
                concepts.setdefault(tuple(stem(strip_article(w)) for w in ws), cid)
    return concepts


def _antonyms(t: dict, concepts: dict) -> dict:
    antonyms = {}
    for a, b in t.get("antonyms", []):
        key = stems_of(a)
        antonyms[concepts.get(key, key[0] if len(key) == 1 else a)] = b
    return antonyms


def _opposites(t: dict, concepts: dict) -> dict:
    opposites: dict[str, set[str]] = defaultdict(set)
    for a, b in t.get("opposites", []):
        ka, kb = stems_of(a), stems_of(b)
        sa = "@" + concepts[ka] if ka in concepts else ka[0]
        sb = "@" + concepts[kb] if kb in concepts else kb[0]
        opposites[sa].add(sb)
        opposites[sb].add(sa)
    return dict(opposites)


def _phrases(xs: Iterable[str]) -> tuple:
    """A phrase table, longest phrase first."""
    return tuple(sorted((phrase(x) for x in xs), key=len, reverse=True))


def title_word_key(word: str) -> str:
    """A folded title word as compared in titles: no article or و/ف/ب/ل before it, no
    feminine or teh-marbuta ending ("اللبنانية" = "لبناني", "والوزير" = "وزير")."""
    for p in ("وال", "فال", "بال", "لل", "ال"):
        if word.startswith(p) and len(word) - len(p) >= 2:
            word = word[len(p):]
            break
    if word.endswith("ه") and len(word) > 3:
        word = word[:-1]
    return word.replace("اميرك", "امريك")  # both spellings of "American"


def _place_names(t: dict) -> frozenset:
    """Folded first words of the lexicon's places and of the events lexicon's venues, and the
    countries of ISO 3166 whose Arabic name is one word (:func:`country_names`)."""
    places = set(t.get("place_names", [])) | set((load("events").get("places") or {}).keys())
    return frozenset(w for p in places for w in words(p)[:1]) | country_names()


def country_names() -> frozenset:
    """The folded Arabic names of one word of the countries of ISO 3166 ("أذربيجان"، "فانواتو"),
    from pycountry's translations (the iso-codes project): "رئيس أذربيجان" is a title of a
    country's president as "رئيس روسيا" is, whatever country a story is about."""
    import gettext

    import pycountry

    arabic = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["ar"], fallback=True)
    names = (fold(arabic.gettext(c.name)) for c in pycountry.countries)
    return frozenset(n for n in names if re.fullmatch(r"[\u0621-\u064a]{3,}", n))


def _build_lexicon() -> Lexicon:
    t = load("statements")
    worth = load("worthiness")  # not part of the stemmer's vocabulary (see worthiness.yaml)
    fl = lambda xs: frozenset(fold(x) for x in xs)  # noqa: E731
    speakers = _speakers(t)
    titles = _titles(t)
    concepts = _concepts(t)
    antonyms = _antonyms(t, concepts)
    opposites = _opposites(t, concepts)
    stopwords = fl(t.get("stopwords", []))
    temporal = t.get("temporal_prepositions") or {}
    return Lexicon(
        reporting=fl(t.get("reporting_verbs", [])),
        denial=fl(t.get("denial_verbs", [])),
        attribution_preps=_phrases(t.get("attribution_preps", [])),
        complementizers=fl(t.get("complementizers", [])),
        speakers=tuple(speakers),
        # bodies and sources open a speaker phrase too ("أعلنت هيئة الطيران …")
        speaker_heads=_phrases(set(t.get("speaker_heads", [])) | set(t.get("body_heads", []))
                               | set(t.get("source_heads", []))),
        titles=tuple(titles),
        concepts=concepts,
        concept_max=max((len(k) for k in concepts), default=1),
        antonyms=antonyms,
        opposites=opposites,
        negators=fl(t.get("negators", [])),
        noun_negators=fl(t.get("noun_negators", [])),
        lead_openers=_phrases(t.get("lead_openers", [])),
        dependent_openers=_phrases(
            t.get("dependent_openers", []) + t.get("without_openers", []) + t.get("inclusion_openers", [])),
        without_openers=_phrases(t.get("without_openers", [])),
        inclusion_openers=_phrases(t.get("inclusion_openers", [])),
        consequence_openers=_phrases(t.get("consequence_openers", [])),
        splitters=_phrases(t.get("clause_splitters", [])),
        setting=frozenset(s for x in t.get("setting_words", []) for s in stems_of(x)),
        setting_phrases=tuple(phrase(x) for x in t.get("setting_words", [])),
        agreement=frozenset(fold(x) for x in t.get("agreement_words", [])),
        agreement_nouns=frozenset(strip_article(fold(x)) for x in t.get("agreement_nouns", [])),
        decisions=frozenset(fold(x) for x in t.get("decision_words", [])),
        place_prepositions=fl(t.get("place_prepositions", [])),
        visit_stems=frozenset(stem(strip_article(fold(x))) for x in t.get("visit_words", [])),
        seat_speakers=frozenset(fold(x) for x in t.get("seat_speakers", [])),
        propositions=frozenset(fold(x) for x in t.get("agreement_propositions", [])),
        stakes=frozenset(stem(strip_article(fold(x))) for x in t.get("stake_words", [])),
        stake_roots=frozenset(r for x in t.get("stake_words", []) if (r := root(strip_article(fold(x))))),
        measurement=fl(t.get("measurement_verbs", [])),
        units=frozenset(stem(strip_article(fold(x))) for x in t.get("units", [])),
        number_words=fl(t.get("number_words", [])),
        ordinals=frozenset(strip_article(fold(x)) for x in t.get("ordinals", [])),
        superlatives=frozenset(strip_article(fold(x)) for x in t.get("superlatives", [])),
        comparatives=fl(worth.get("comparatives", [])),
        fact_negators=fl(worth.get("fact_negators", [])),
        opinion_verbs=fl(worth.get("opinion_verbs", [])),
        background=tuple(phrase(x) for x in t.get("background_markers", [])),
        stopwords=stopwords,
        ambiguous_reporting=fl(t.get("ambiguous_reporting_verbs", [])),
        title_names=frozenset(name for _, name in titles),
        future_exceptions=fl(t.get("future_exceptions", [])),
        speaker_names=frozenset(name for _, name in speakers),
        contrast_next=fl(t.get("contrast_next", [])),
        stop_stems=frozenset(stem(strip_article(w)) for w in stopwords),
        topic_preps=fl(t.get("topic_prepositions", [])),
        partitive_nouns=fl(t.get("partitive_nouns", [])),
        purpose_nouns=fl(t.get("purpose_nouns", [])),
        temporal_always=fl(temporal.get("always", [])),
        temporal_before_unit=fl(temporal.get("before_time_noun", []) + temporal.get("phase_nouns", [])),
        stance=frozenset("@" + c for c in t.get("stance_concepts", [])),
        speech_acts=frozenset("~" + c for c in t.get("speech_acts", [])),
        outcomes=frozenset("@" + c for c in t.get("outcome_concepts", [])),
        failure_verbs=fl(t.get("failure_verbs", [])),
        discourse=_phrases(t.get("discourse_phrases", [])),
        body_heads=_phrases(t.get("body_heads", [])),
        source_heads=_phrases(t.get("source_heads", [])),
        relative_pronouns=fl(t.get("relative_pronouns", [])),
        apposition_preps=fl(t.get("apposition_prepositions", [])),
        apposition_elatives=fl(t.get("apposition_elatives", [])),
        apposition_pronouns=fl(t.get("apposition_pronouns", [])),
        name_heads=_phrases(t.get("name_heads", [])),
        honorifics=_phrases(t.get("honorifics", [])),
        name_joiners=fl(t.get("name_joiners", [])),
        name_tails=fl(t.get("name_tails", [])),
        title_complements=fl(t.get("title_complements", [])),
        title_essentials=frozenset(title_word_key(fold(x)) for x in t.get("title_essentials", [])),
        place_names=_place_names(t),
        name_stops=fl(t.get("name_stops", [])),
        document_nouns=fl(t.get("document_nouns", [])),
        government_seats=_phrases(t.get("government_seats", [])),
        reply_verbs=fl(t.get("reply_verbs", [])),
        reply_markers=fl(t.get("reply_markers", [])),
        call_verbs=fl(t.get("call_verbs", [])),
        pledge_verbs=fl(t.get("pledge_verbs", [])),
        an_verbs=fl(t.get("an_verbs", [])),
        as_said_openers=fl(t.get("as_said_openers", [])),
        said_back_openers=tuple(phrase(x) for x in t.get("said_back_openers", [])),
        conditional_verbs=fl(t.get("conditional_verbs", [])),
        condition_openers=fl(t.get("condition_openers", [])),
        subordinate_conditions=fl(t.get("subordinate_conditions", [])),
        title_tenure=fl(t.get("title_tenure", [])),
        governed_leads=tuple(phrase(x) for x in t.get("governed_leads", [])),
        alternative_words=fl(t.get("alternative_words", [])),
        restriction_openers=fl(t.get("restriction_openers", [])),
        title_weak_openers=fl(t.get("title_weak_openers", [])),
        addressee_verbs=fl(t.get("addressee_verbs", [])),
        counterpart_words=fl(t.get("counterpart_words", [])),
        office_heads=_phrases(t.get("office_heads", [])),
        content_verbs=_phrases(t.get("content_verbs", [])),
        cause_openers=_phrases(t.get("cause_openers", [])),
        title_openers=_phrases(t.get("title_openers", [])),
        description_verbs=fl(t.get("description_verbs", [])),
        description_participles=fl(t.get("description_participles", [])),
        message_verbs=fl(t.get("message_verbs", [])),
        stance_verbs=fl(t.get("stance_verbs", [])),
        act_verbs=fl(t.get("stance_verbs", [])) | fl(t.get("act_verbs", [])),  # a stance is an act
        message_nouns=fl(t.get("message_nouns", [])),
        partner_words=fl(t.get("partner_words", [])),
        addressee_prepositions=fl(t.get("addressee_prepositions", [])),
        unmarked_quote_openers=fl(t.get("unmarked_quote_openers", [])),
        title_synonyms={tuple(title_word_key(fold(w)) for w in a.split()): title_word_key(fold(b))
                        for a, b in (t.get("title_synonyms") or {}).items()},
        title_epithets=frozenset(title_word_key(fold(x)) for x in t.get("title_epithets", [])),
        pronoun_hosts=fl(t.get("pronoun_hosts", [])),
        pronoun_noun_hosts=fl(t.get("pronoun_noun_hosts", [])),
        pronoun_suffixes=tuple(sorted(fl(t.get("pronoun_suffixes", [])), key=len, reverse=True)),
        event_nouns=frozenset(
            "@" + concepts[k] if k in concepts else k[0]
            for k in (stems_of(x) for x in t.get("event_nouns", []))
            if k
        ),
    )


# ---------------------------------------------------------------------------
# Look-ups every step makes.


@lru_cache(maxsize=100_000)
def is_stop(word: str) -> bool:
    """A stop word, alone or after a proclitic (per word type: every step asks of every word)."""
    lex = lexicon()
    return any(b in lex.stopwords for b in bare(word))


@lru_cache(maxsize=100_000)
def is_particle_with_pronoun(word: str) -> bool:
    """A particle or preposition with an attached pronoun ("ولكننا"، "لأنها"، "معهم"، "خلاله"):
    a function word still, whatever its stem (lexicon ``pronoun_hosts``). A one-letter host
    ("ب"، "ل") takes no "ي"/"ني" ("بني": built, sons of), a noun host no "ي" ("نفسي"،
    "البيني": adjectives). Per word type."""
    lex = lexicon()
    for b in bare(word):
        for suffix in lex.pronoun_suffixes:
            if not b.endswith(suffix) or len(b) == len(suffix):
                continue
            host = b[:-len(suffix)]
            if host in lex.pronoun_hosts and (len(host) > 1 or suffix[-1] != "ي"):
                return True
            if host in lex.pronoun_noun_hosts and suffix != "ي":
                return True
    return False


@lru_cache(maxsize=100_000)
def is_complementizer(word: str) -> bool:
    """A complementizer ("أن"، "إن"، "بأن"), alone or after a proclitic ("وأن"), per word type."""
    lex = lexicon()
    return any(b in lex.complementizers for b in bare(word)[:2])


def starts_with(toks: Sequence[Tok], phrases: Iterable[tuple[str, ...]], at: int = 0) -> int:
    """Length of the longest phrase that `toks[at:]` opens with (a leading و/ف allowed)."""
    if isinstance(phrases, tuple) and len(phrases) > 4:
        # lexicon tables: only the phrases whose first word the token can be are tried,
        # in the table's order (same result as the loop below)
        if at >= len(toks):
            return 0
        first = toks[at].word
        index = _first_word_index(phrases)
        cands = index.get(first, ())
        if first[:1] in "وف" and first[1:] in index:
            cands = sorted(cands + index[first[1:]])
        for _, p in cands:
            n = len(p)
            if at + n <= len(toks) and all(toks[at + k].word == p[k] for k in range(1, n)):
                return n
        return 0
    for p in phrases:
        n = len(p)
        if not n or at + n > len(toks):
            continue
        ws = [t.word for t in toks[at:at + n]]
        first = ws[0]
        if (first == p[0] or (first[:1] in "وف" and first[1:] == p[0])) and ws[1:] == list(p[1:]):
            return n
        # a proclitic glued to a one-word phrase's first word ("وبحسب")
    return 0


_FIRST_WORD_INDEX: dict[int, tuple] = {}


def _first_word_index(phrases: tuple) -> dict[str, tuple]:
    """{first word: ((order, phrase), ...)} of a lexicon table (kept per table object)."""
    entry = _FIRST_WORD_INDEX.get(id(phrases))
    if entry is None or entry[0] is not phrases:
        index: dict[str, list] = defaultdict(list)
        for order, p in enumerate(phrases):
            if p:
                index[p[0]].append((order, p))
        entry = (phrases, {k: tuple(v) for k, v in index.items()})
        _FIRST_WORD_INDEX[id(phrases)] = entry
    return entry[1]


@lru_cache(maxsize=1)
def context_keys() -> frozenset:
    """Context terms: entities, generic event nouns, units and time nouns (the lexicon's
    ``context_concepts``, ``context_words`` and ``units``), which say where, when or how
    much, not what."""
    lexicon()
    with lexicon_vocabulary():
        return _context_keys()


def _context_keys() -> frozenset:
    t = load("statements")
    keys = {"@" + c for c in t.get("context_concepts", [])}
    plurals = context_plurals()
    keys |= {w if w in plurals else stem(w) for w in (strip_article(fold(x)) for x in t.get("context_words", []))}
    # units and time nouns ("بعد أشهر من التوتر") say when or how much, not what
    keys |= {stem(strip_article(fold(w))) for w in t.get("units", [])}
    return frozenset(keys)


@lru_cache(maxsize=1)
def context_plurals() -> frozenset:
    """The context words listed in a plural in "-ات" ("العلاقات": the relations of two
    countries, a setting), folded, without their article. Such a word is keyed by its own
    form, not by its stem, so that its singular ("علاقة رائعة": a relationship a speaker
    describes) stays a content word of its own."""
    with lexicon_vocabulary():
        forms = (strip_article(fold(w)) for w in load("statements").get("context_words", []))
        return frozenset(w for w in forms if len(w) >= 5 and w.endswith("ات") and stem(w) != w)


_PRONOUN_SUFFIXES = ("هما", "هم", "هن", "ها", "ه", "نا", "كم")


# folded: "الإيرانية"، "الإيراني"; not the plurals ("صينيين"): a country's people are not its state
_NISBA_ENDINGS = ("يه", "ي")


def country_of_nisba(word: str) -> Optional[str]:
    """The country (folded, without its article) whose adjective a folded word without its
    article is ("كوري" → "كوريا"، "ايرانيه" → "ايران"، "ياباني" → "يابان"), else None: the
    adjective drops the name's final "يا" or "ا" ("تركيا" → "تركي") or adds to the whole name
    ("إيران" → "إيراني"). The countries are :func:`country_names` and the lexicon's
    ``place_names``; the stemmer alone keys "الكوري" apart from "كوريا"."""
    for ending in _NISBA_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            return _nisba_bases().get(word[: -len(ending)])
    return None


@lru_cache(maxsize=1)
def bare_place_names() -> tuple[str, ...]:
    """The countries of :func:`country_names` and the lexicon's ``place_names``, folded, without
    their article ("الهند" → "هند"), in the sorted order of their written names."""
    return tuple(n[2:] if n.startswith("ال") else n for n in sorted(country_names() | lexicon().place_names))


@lru_cache(maxsize=1)
def _nisba_bases() -> dict:
    """{what a country's adjective is built on: the country}, for :func:`country_of_nisba`."""
    out: dict = {}
    for c in bare_place_names():
        for base in (c, c[:-2] if c.endswith("يا") else None, c[:-1] if c.endswith("ا") else None):
            if base and len(base) >= 3:
                out.setdefault(base, c)
    return out


def context_plural_of(word: str) -> Optional[str]:
    """The listed context plural (``context_plurals``) a folded word without its article is,
    alone or before a pronoun suffix ("علاقاتهما" → "علاقات"), else None."""
    plurals = context_plurals()
    if word in plurals:
        return word
    for suffix in _PRONOUN_SUFFIXES:
        if word.endswith(suffix) and word[: -len(suffix)] in plurals:
            return word[: -len(suffix)]
    return None
