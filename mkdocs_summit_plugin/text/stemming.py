"""Comparison keys of folded Arabic words: proclitics taken off, then the stem.

Content words are folded (``normalise.fold``), tokenised (``tokens.words``),
stripped of proclitics (:func:`strip_article`) and stemmed with the Snowball
Arabic stemmer, plus a few suffix/prefix rules (teh marbuta, nisba, plural
"-ات", imperfect and future prefixes) so "سيعودان" and "عودة" meet (:func:`stem`);
a first-person future ("سأواصل", folded "ساواصل") is stemmed as the third person's,
a form X future ("سنستمر") as its imperfect ("نستمر"), and so is a defective verb's ("سيدعو" as "يدعو");
a teh marbuta before a pronoun suffix is the noun's ending ("قمتهما" = "قمة";
nouns whose final ت is a root letter, "بيته", are listed), and nouns in س that
are no future verbs ("سيادتها") keep their س. Both lists are read from
``lexicon/statements.yaml``. The ت patterns keep to their three radicals
(:func:`_t_pattern`): a تفعيل masdar meets its verb ("تقديم" = "يقدم", where the ت
used to go as an imperfect prefix and leave "قديم", "old"), a تفاعيل plural its
singular ("تقارير" = "تقرير") and a defective تفاعي plural its تفعلة singular
("تعازي" = "تعزية"); not when the three letters are a stop word ("تعبير" is no "عبر").
A final hamza on a yeh ("الطوارىء", folded "الطواريء") is the hamza on its seat ("الطوارئ").
The dual of a three-letter noun keeps its ending: "كل شهرين" is not "كل شهر" (roots bring "سدين" and "سد" together).

A bare proclitic (و، ف، ب، ل، ك) is only taken off when what remains is a word
of its own in the article being read (:data:`VOCAB`, set by
:func:`read_vocabulary`) or in the statements lexicon, or when it is a masdar in ا of
the derived forms ("بانهيار", "لاستقبال", "لاستقباله": :func:`alef_masdar`), or a noun in a teh
marbuta before a pronoun whose bare form the article writes ("لدعوته" where it writes
"الدعوة"); a bare ك only before four
letters or more ("كرئيس"; "كامل" is no ك + "أمل"); "لل" before a word in ل that the article
or the lexicon writes ("للجنة": ل + "اللجنة", not ل + "الجنة") leaves that word. Snowball's own
stripping of a و or ب that is a radical ("وقوف" → "قوف", "بلاد" → "لاد") is left
alone: it is the same for every form of the word, and it makes "بنداء" meet "نداء"
where the article never writes the bare word.
"""
from __future__ import annotations

import re
from contextlib import contextmanager
from functools import lru_cache
from typing import Iterator

from ..lexicon import load
from .normalise import fold
from .tokens import words


def _stemmer():
    import snowballstemmer

    return snowballstemmer.stemmer("arabic")


PROCLITICS = ("وبال", "فبال", "وال", "فال", "بال", "كال", "لل", "ال", "و", "ف", "ب", "ل", "ك")


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """The comparison key of one folded word: Snowball stem plus light clean-up.

    Snowball strips most clitics and suffixes; on top of it a folded teh
    marbuta (ه), a nisba ي, the ا left of a plural "-ات", and the future/
    imperfect prefixes (س + ي/ت/ن, then one of ي/ت/ن) are removed when enough of
    the word remains, so nouns and verbs of one root meet more often.
    """
    if not word:
        return word
    if word.isdigit():
        return word
    if word in _stem_tables()[3]:
        return word  # a loanword Snowball would cut into another word ("فيروس" → "روس", Russia's key)
    if word.endswith("يء") and len(word) > 3:
        word = word[:-2] + "ئ"  # "الطوارىء"، "بطيء" written for "الطوارئ"، "بطئ": one word
    if word[:1] in "وف" and word[1:2] == "س" and word[2:3] in "يتنا" and len(word) >= 6:
        if _first_person_future(word[1:]) or _form_ten_future(word[1:]):
            word = word[1:]  # "وسأواصل", "وسنستمر": the conjunction off a future verb
    if _first_person_future(word):
        return stem("ي" + word[2:])  # "سأواصل" is "سيواصل" said by its speaker
    if _form_ten_future(word):
        return stem(word[1:])  # the future of a form X verb: "سنستمر" as "نستمر" ("استمر")
    if _defective_future(word):
        return stem(word[1:])  # "سيدعو"، "سيدعوه" as "يدعو"، "يدعوه": Snowball cuts the future's last letter
    m = _TEH_MARBUTA_SUFFIX.match(word)
    if m and m.group(1) not in _stem_tables()[0]:
        # a teh marbuta before a pronoun suffix is the noun's own ending: "قمته", "قمتهما"
        # and "قمة" meet ("قمت" would be another word); "بيته"/"وقته" are listed as t-final nouns
        return stem(m.group(1) + "ه")
    s = _stemmer().stemWord(word)
    if len(s) > 3 and s.endswith("ه"):
        s = s[:-1]
    if len(s) > 4 and s.endswith("ي"):
        s = s[:-1]
    if len(s) > 3 and s.endswith("ا") and s + "ت" in word:
        s = s[:-1]  # "-ات" plurals, also before a suffix ("انتخاباتنا")
    if len(s) > 3 and s.endswith("ت") and word.endswith(("تي", "تك")):
        s = s[:-1]  # teh marbuta before a possessive ("أجندتي")
    s = _derived_verb(_t_pattern(s, word))
    if word in _stem_tables()[1]:
        return s  # "سيادة", "سياسة": a noun, not a future verb
    if word[:1] == "س" and word[1:2] in "يتن" and len(word) >= 5 and s[:1] == "س" and s[1:2] in "يتن":
        s = s[1:]  # future prefix ("ستبدآن")
    if len(s) >= 4 and s[0] in "يتن" and not _noun_in_nun(s):
        s = s[1:]
        if len(s) == 4 and (s[1] == "ت" or s[0] == "ن") and s[1] != "ا":
            s = "ا" + s  # the imperfect of forms VII and VIII: "يرتفع"، "ينهار" as "ارتفع"، "انهار"
    return s


def _defective_future(word: str) -> bool:
    """A future verb whose last radical is و or ي, a pronoun after it or not ("سيدعو"، "سيدعوه"،
    "ستبقي"): س, an imperfect prefix and three letters at least, no noun in س of the lexicon."""
    if word[:1] != "س" or word[1:2] not in "يتن" or word in _stem_tables()[1]:
        return False
    for suffix in PRONOUN_SUFFIXES + ("",):
        if word.endswith(suffix) and len(word) - len(suffix) >= 5:
            return word[len(word) - len(suffix) - 1] in "وي"
    return False


def _derived_verb(s: str) -> str:
    """The perfect of a derived-form verb for its masdar, so the noun of an event meets its verb
    ("انهيار السد" = "انهار السد"): forms VII and VIII (انفعال، افتعال → انفعل، افتعل: "ارتفاع" →
    "ارتفع", "اتفاق" → "اتفق"; hollow "اختيار" → "اختار"; doubled "احتلال" → "احتل") and form X
    (استفعال → استفعل: "استخدام" → "استخدم"; doubled "استمرار" → "استمر")."""
    if len(s) == 6 and s[0] == "ا" and s[4] == "ا" and (s[2] in "تطد" or s[1] == "ن"):
        if s[3] == "ي":
            return s[:3] + "ا" + s[5]
        return s[:4] if s[3] == s[5] else s[:4] + s[5]
    if len(s) == 5 and s[:2] == "ات" and s[3] == "ا":
        return s[:3] + s[4]  # "اتصال"، "اتهام": the assimilated و or ء of form VIII
    if len(s) == 7 and s[:3] == "است" and s[5] == "ا" and s[4] != "ي":
        return s[:5] if s[4] == s[6] else s[:5] + s[6]
    return s


def _noun_in_nun(s: str) -> bool:
    """Whether a stem in ن is a noun whose ن is its first radical, not an imperfect's prefix: an
    active participle فاعل ("ناخب"، "ناطق"، "ناجون"; "ناقلة" is no "أقل", less) or a فِعال noun
    of four letters ("نظام"، "نشاط"، "نداء"; "نداء" is no "داء", disease). A first-person plural
    imperfect has a consonant after its ن ("نعود") or is longer ("نطالب")."""
    return s[0] == "ن" and (s[1] == "ا" or (len(s) == 4 and s[2] == "ا"))


def _t_pattern(s: str, word: str) -> str:
    """The three radicals of a stem of the ت patterns, so the masdar, its plural and its verb
    meet: a تفعيل masdar ("تقديم" → "قدم", as "يقدم"; "تحذيرات" → "حذر"), a تفاعيل plural
    ("تقارير" → "قرر", as "تقرير"), and a defective تفاعي plural as its تفعلة singular
    ("تعازي" → "تعز", as "تعزية"). Without it the ت went as an imperfect prefix ("تقديم" →
    "قديم", which is "old") and the plural kept its ا ("تعازي" → "عاز")."""
    if len(s) == 5 and s[0] == "ت" and s[3] == "ي" and s[2] not in "اوي" and s[4] not in "اوي":
        three = s[1:3] + s[4]
        return s[1:] if three in _stem_tables()[2] else three  # "تعبير" is not "عبر" (across)
    if len(s) == 6 and s[0] == "ت" and s[2] == "ا" and s[4] == "ي" and s[3] not in "اوي":
        three = s[1] + s[3] + s[5]
        return s[1:] if three in _stem_tables()[2] else three
    if len(s) == 4 and s[0] == "ت" and s[2] == "ا" and word.startswith(s + "ي"):
        return s[:2] + s[3]
    return s


# endings of nouns and past verbs: a word in "سا" that ends so is no first-person future
# ("ساحات"، "ساعدت"، "سابقة")
NOT_FUTURE_ENDINGS = ("ه", "ة", "ا", "ي", "ت", "ين", "ون")


def _first_person_future(word: str) -> bool:
    """Whether a folded word is a first-person future verb, "سأ" folded to "سا" + an imperfect
    stem of three letters at least ("ساواصل"، "ساعمل"): not a word ending as nouns and past verbs
    do, nor one of the lexicon's words in س that are no future verbs."""
    return (
        len(word) >= 5
        and word[:2] == "سا"
        and not word.endswith(NOT_FUTURE_ENDINGS)
        and word not in _stem_tables()[1]
    )


def _form_ten_future(word: str) -> bool:
    """Whether a folded word is the future of a form X verb: س + ي/ت/ن + "ست" ("سنستمر")."""
    return word[:1] == "س" and word[1:2] in "يتن" and word[2:4] == "ست" and len(word) >= 6 and word not in _stem_tables()[1]


# a noun in teh marbuta (folded ه) written before a pronoun suffix: "قمتهما" → "قمت" + "هما";
# not after ا ("انتخاباتها": the plural -ات); not before ي/ك, which also end nisba
# adjectives ("السوفيتي") and are handled after Snowball
_TEH_MARBUTA_SUFFIX = re.compile(r"^(.+[^\Wا_])ت(?:هما|هم|هن|ها|ه|كما|كم|نا)$")


@lru_cache(maxsize=1)
def _stem_tables() -> tuple[frozenset, frozenset, frozenset, frozenset]:
    """(nouns whose final ت is a root letter, words in س that are no future verbs, stop words,
    words kept whole), folded: read straight from the lexicon (the stemmer is used to build the rest of it)."""
    t = load("statements")
    final_t = frozenset(fold(w)[:-1] for w in t.get("t_final_nouns", []))
    nouns = set()
    for w in t.get("future_exceptions", []):
        nouns.add(fold(w))
    whole = frozenset(fold(w) for w in t.get("whole_words", []))
    return final_t, frozenset(nouns), frozenset(fold(w) for w in t.get("stopwords", [])), whole


@lru_cache(maxsize=200_000)
def bare(word: str) -> tuple[str, ...]:
    """The word and its forms without a leading proclitic (و، ف، ب، ل، ك، ال …). Cached: read only."""
    out = [word]
    for p in PROCLITICS:
        if word.startswith(p) and len(word) - len(p) >= 2:
            out.append(word[len(p):])
    return tuple(out)


def strip_article(w: str) -> str:
    """Remove a leading conjunction/preposition + article ("وال", "بال", "لل", "ال"), or a
    bare و/ف/ب/ل/ك when what remains is a word of its own in the article or the lexicon
    ("لإيجاد" → "إيجاد" when "إيجاد" occurs; "بوتين" stays, "وتين" is no word).

    Kept per word while the vocabulary stays the same object (:data:`_STRIPPED`): the
    steps strip each word of a clause several times."""
    memo = _STRIPPED
    if memo[0] is not VOCAB[0]:
        memo[0], memo[1] = VOCAB[0], {}
    r = memo[1].get(w)
    if r is None:
        r = memo[1][w] = _strip_article(w)
    return r


# The vocabulary the words below were stripped with, and {word: stripped}: valid while VOCAB[0]
# is that same (immutable) set, so it lasts one article and holds only that article's words.
_STRIPPED: list = [None, {}]


def _strip_article(w: str) -> str:
    """:func:`strip_article`, computed."""
    fixed, rest, rest2, rest2_known = _strip_plan(w)
    if fixed is not None:
        if w[:2] == "لل" and len(w) >= 5 and _lam_word(w[1:]):
            return w[1:]  # "للجنة" is ل + "اللجنة" when the article writes "لجنة", not ل + "الجنة"
        return fixed
    vocab = VOCAB[0]
    if rest in vocab:
        return rest
    if rest2 is not None and (rest2_known or rest2 in vocab):
        return rest2
    noun = _noun_before_pronoun(rest)
    if noun is not None and (noun in vocab or "ال" + noun in vocab):
        return rest  # "لدعوته" is ل + "دعوته" when the article writes "الدعوة" or "دعوة"
    return w


PRONOUN_SUFFIXES = ("هما", "هم", "ها", "ه", "نا", "كم")  # folded, longest first: after a masdar in ا


def _noun_before_pronoun(rest: str) -> "str | None":
    """The noun a folded word ending in a teh marbuta and a pronoun suffix stands for ("دعوته"
    → "دعوه", "قمتهما" → "قمه": ``_TEH_MARBUTA_SUFFIX``, as :func:`stem` reads it), or None."""
    m = _TEH_MARBUTA_SUFFIX.match(rest)
    return m.group(1) + "ه" if m else None


def _lam_word(alt: str) -> bool:
    """Whether a word written after "لل" is a word in ل ("لجنة") that the article or the lexicon
    writes bare or with the article: ل + "اللجنة" is written "للجنة", like ل + "الجنة"."""
    vocab = VOCAB[0]
    return alt in vocab or "ال" + alt in vocab or alt in _lexicon_vocab()


@lru_cache(maxsize=200_000)
def _strip_plan(w: str) -> tuple:
    """What of :func:`strip_article` does not depend on the article being read, per word:
    (the answer, None, None, False) when it is settled, else (None, the word without its
    letter, the word without two letters or None, whether the lexicon has that one), to be
    looked up in the article's words."""
    for p in ("وال", "فال", "بال", "كال", "لل", "ال"):
        # a proclitic and the article leave three letters at least: "بالغة" is an adjective, not
        # ب + ال + "غة" (the article alone may leave two: "الدم")
        if w.startswith(p) and len(w) - len(p) >= (3 if len(p) == 3 else 2):
            return w[len(p):], None, None, False
    if len(w) >= 4 and w[0] in "وفبلك" and not (w[0] == "ك" and len(w) < 5):
        # a bare ك ("as") comes before a noun of four letters at least ("كرئيس"); before three it is
        # mostly the word's own first letter ("كامل" is no ك + "أمل")
        rest = w[1:]
        if rest in _lexicon_vocab() or (w[0] in "وفبل" and alef_masdar(rest)) or (w[0] in "وف" and derived_verb(rest)):
            return rest, None, None, False
        rest2 = rest[1:] if rest[:1] in "بلك" and len(rest) >= (5 if rest[0] == "ك" else 4) else None
        return None, rest, rest2, rest2 is not None and (rest2 in _lexicon_vocab() or alef_masdar(rest2))
    return w, None, None, False


_DERIVED_VERB = re.compile(r"^(?:ا[^ا]ت[^ا][^ا]|ان[^ات][^ا][^ا]|است[^ا][^ا][^ا])(?:ت|تا|وا|ا|نا)?$")


def derived_verb(rest: str) -> bool:
    """Whether a folded word after a bare و/ف is a past verb of the derived forms افتعل, انفعل,
    استفعل ("انتهت"، "اختتمت"، "انسحبوا"، "استقبل"): no word with the conjunction ("وانتهت" is و +
    "انتهت"), so it comes off even when the article never writes the bare form."""
    return bool(_DERIVED_VERB.match(rest))


def alef_masdar(rest: str) -> bool:
    """Whether a folded word after a bare proclitic is a masdar in ا of the derived forms,
    إفعال, انفعال, افتعال, استفعال ("إطلاق", "انهيار", "اجتماع", "استقبال"): ا first, ا before
    the last letter, five letters at least. Such a word is no word with the proclitic
    ("بانهيار", "لاستقبال"), so the proclitic comes off even when the article never writes
    the bare form."""
    for suffix in PRONOUN_SUFFIXES:  # with a pronoun after it ("لاستقباله")
        if rest.endswith(suffix) and len(rest) - len(suffix) >= 5:
            rest = rest[: -len(suffix)]
            break
    return len(rest) >= 5 and rest[0] == "ا" and rest[-2] == "ا"


# Words of the article being read (set by read_vocabulary): guides proclitic stripping.
VOCAB: list = [frozenset()]


def read_vocabulary(text: str) -> None:
    """Make the words of `text` (an article, or one excerpt) the vocabulary of :func:`strip_article`."""
    VOCAB[0] = frozenset(w for w in words(text) if len(w) >= 3)


def vocabulary() -> frozenset:
    """The words of the text :func:`read_vocabulary` read last (empty after :func:`forget_vocabulary`)."""
    return VOCAB[0]


def forget_vocabulary() -> None:
    """Strip proclitics by the lexicon alone again."""
    VOCAB[0] = frozenset()


@contextmanager
def lexicon_vocabulary() -> Iterator[None]:
    """Strip by the lexicon alone inside the block (to build tables independent of any
    article), then give the article's vocabulary back."""
    saved, VOCAB[0] = VOCAB[0], frozenset()
    try:
        yield
    finally:
        VOCAB[0] = saved


@lru_cache(maxsize=1)
def _lexicon_vocab() -> frozenset:
    """Every folded word written in the statements lexicon."""
    out = set()

    def walk(x):
        if isinstance(x, str):
            out.update(words(x))
        elif isinstance(x, dict):
            for k, v in x.items():
                walk(k)
                walk(v)
        elif isinstance(x, (list, tuple)):
            for v in x:
                walk(v)

    walk(load("statements"))
    return frozenset(w for w in out if len(w) >= 3)
