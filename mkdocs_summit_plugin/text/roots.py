"""Stage 2: the root and synonym family of a folded Arabic word, for paraphrases whose stems differ.

Two outlets reporting one statement often use other forms of the same word:
"ناجون" and "ناجين", "سيدعوه" and "يدعو", "الوطني" and "وطنياً", "سنوقف" and
"إيقاف", "المناورات" and "مناورة". The light stem (``stemming.stem``) keeps them
apart; their root brings them together. :func:`root` reduces a word to its
root by rule, as root stemmers without a dictionary do (ISRI, Khoja): the
suffixes and the verb prefixes come off, a فعائل plural keeps its first two letters and its
last ("نتائج" → "نتج", as "نتيجة"), then the letters that the noun and
verb patterns add (the ا of فاعل and افتعال, the ت of تفعيل and افتعل, the م of
مفعول, the long vowel before the last radical), until three letters remain; the
weak letters (ا و ي) are one letter class, so hollow and defective roots meet
("زار"/"زيارة", "دعا"/"يدعو"); a two-letter noun and its dual in "-ين" get the
doubled root of their plural ("سد", "سدين", "سدود" → "سدد"). NLTK's ISRI stemmer does the same with longer
tables, but importing NLTK takes seconds (it imports SciPy), more than reading
a few hundred articles; tashaphyne's roots take 1.6 ms a word. A root is
coarser than a stem ("إنتاج" and "ناجون" share one), so it is never a term's
key: the statements stage keeps it beside the term and the similarity counts
a root match for less than a stem match, and only among terms that already
share others.

Outlets also use other words for one thing: "تعهد" and "التزم", "المناورات" and
"التدريبات". ``lexicon/synonyms.yaml`` lists such groups of news vocabulary; a
word belongs to a group when its stem or its root is the stem or root of one of
the group's words. A word's *family* (:func:`family`) is its root and its
groups: two words of one family are akin. A three-letter word in ت or ن may be the
imperfect of a verb that dropped its first radical و ("تقف" of "وقف"), or a root of its
own ("تبع"): its family holds both readings.

:func:`root` and :func:`family` are cached per word type, so their cost is paid
once per distinct word.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from ..lexicon import load
from .normalise import fold
from .stemming import stem, strip_article

MIN_ROOT = 3  # a shorter "root" (a weak or hollow root stripped to two letters) says too little
_ARABIC_ONLY = re.compile(r"[\u0621-\u064a]+$")
# suffixes: pronouns, plural and dual endings, teh marbuta (folded ه), nisba, tanween alef; longest first
_SUFFIXES = (
    "اتهما", "اتهم", "اتها", "تهما", "تهم", "تها", "هما", "كما", "تين", "تان", "اته",
    "ات", "ون", "ين", "ان", "ها", "هم", "هن", "كم", "نا", "ني", "وا", "يه", "يا", "ه", "ي", "ا",
)
_FORM_TEN = ("است", "مست", "يست", "تست", "نست")  # استفعل and its imperfect and participles
_ADDED = "يتنما"  # imperfect prefixes, the م of participles and nouns of place, the ا of forms IV, VII, VIII
_WEAK = "اوي"


@lru_cache(maxsize=200_000)
def root(word: str) -> Optional[str]:
    """The root of a folded word without proclitics ("اجتماعات" → "جمع", "سيدعوه" → "دعو"),
    its weak letters written و; None for a word that is not Arabic letters only or whose
    root would have fewer than MIN_ROOT letters."""
    if not _ARABIC_ONLY.match(word):
        return None
    geminate = _geminate(word)
    if geminate:
        return geminate
    if len(word) < MIN_ROOT:
        return None
    w = word.replace("ؤ", "ء").replace("ئ", "ء")
    if len(w) >= 6 and w[0] in "وف" and w[1] == "س" and w[2] in "يتنا":
        w = w[1:]  # a conjunction before a future verb: "وسأواصل", "فسيدعو"
    if len(w) >= 4 and w[0] in "يتن" and w[1] == "ء":
        w = w[1:]  # an imperfect of a root whose first letter is hamza: "تؤيد", "يؤكد" (أيد، أكد)
    w = _strip_suffix(w)
    if len(w) >= 5 and w[0] == "س" and w[1] in "يتنا":
        w = w[1:]  # the future prefix: "سيدعو", "سنوقف"
    for p in _FORM_TEN:
        if w.startswith(p) and len(w) - len(p) >= MIN_ROOT - 1:
            w = w[len(p):]
            if len(w) < MIN_ROOT:
                return w + w[-1]  # استفعل of a doubled root: "يستمر", "مستعد" → "مرر", "عدد"
            break
    while len(w) > MIN_ROOT:
        w2 = _pattern_step(w)
        if w2 == w:
            break
        w = w2
    if len(w) != MIN_ROOT:
        return w if len(w) == 4 else None  # a four-letter root ("ترجم"), or nothing worth keeping
    if w[0] == "ء":
        w = "ا" + w[1:]  # a first hamza is the alef folding leaves of "أكد": "يؤكد" and "أكد" are one root
    return "".join("و" if c in _WEAK else c for c in w)


def _geminate(word: str) -> Optional[str]:
    """The doubled root of a two-letter noun and of its dual in "-ين" ("سد", "سدين" → "سدد",
    as the plural "سدود"; "رد" → "ردد"), else None: the two letters are strong (no ا، و، ي,
    hamza), so "ام" and "امين" are left to the rules."""
    if len(word) == 4 and word.endswith("ين"):
        word = word[:2]
    if len(word) != 2 or any(c in _WEAK + "ءاأإآ" for c in word):
        return None
    return word + word[1]


def _strip_suffix(w: str) -> str:
    if len(w) == 5 and w[0] == "ت" and w.endswith("ين"):
        return w  # a تفعيل of a root ending in ن ("تحسين"، "تعيين"، "تمكين"): its ين is no plural's
    for s in _SUFFIXES:
        if w.endswith(s) and len(w) - len(s) >= MIN_ROOT:
            return w[: -len(s)]
    return w


def _pattern_step(w: str) -> str:
    """One added letter of a noun or verb pattern taken off (see the module docstring)."""
    n = len(w)
    if n == 5 and w[2] == "ا" and w[3] in "يء" and w[4] not in _WEAK:
        return w[:2] + w[4]  # a فعائل plural: "نتائج" (not ن + "تائج"), "رسائل", "حقائق"
    if w[0] == "ا" and n >= 5 and w[2] == "ت":
        return w[1] + w[3:]  # افتعل, افتعال: "اجتماع"
    if w[0] == "ا" and w[1] == "ت":
        return w[1:]  # افتعل of a first radical و: "اتصال"
    if w.startswith("ان") and n >= 5 and w[2] != "ا":
        return w[2:]  # انفعل, انفعال (not "اناضل": the first person's أ before فاعل)
    if (n >= 5 and w[0] in _ADDED) or w[0] == "ي":
        return w[1:]  # "تدريب", "مناور", "يتعهد"; an imperfect: "يغير", "يقول"
    if n in (5, 6) and w[1] == "و" and w[2] == "ا" and (n == 5 or w[4] == "ي"):
        return w[0] + w[3] + w[-1]  # a فواعل or فواعيل plural: "قواعد", "صواريخ" (as "صاروخ")
    if w[1] == "ا":
        return w[0] + w[2:]  # فاعل
    if w[-2] in _WEAK:
        return w[:-2] + w[-1]  # فعال, فعيل, فعول
    if n == 4 and w[1] == "ت" and w[0] != "م" and w[-1] != "ت":
        # افتعل once its ا gave way to a prefix: "يجتمع", "مشترك" → "جمع", "شرك" (not the participle
        # of a first radical و, "متصل", nor a past verb's ت, "فتحت")
        return w[0] + w[2:]
    if w[0] in _ADDED:
        return w[1:]  # "تعهد", "يدعو", "مصدر"
    return w


@lru_cache(maxsize=1)
def _groups() -> dict[str, frozenset]:
    """{stem or root of a listed word: the synonym groups it belongs to}."""
    out: dict[str, set] = {}
    for name, words in (load("synonyms").get("groups") or {}).items():
        for w in words:
            bare = strip_article(fold(w))
            for key in {stem(bare), root(bare)} - {None, ""}:
                out.setdefault(key, set()).add("~" + name)
    return {k: frozenset(v) for k, v in out.items()}


_PROCLITICS = ("لل", "ل", "ب", "و", "ف", "ك")  # longest first
MIN_CLITIC_REST = 3  # a word keeps this many letters at least once its proclitic is off


def _word_groups(word: str) -> set:
    """The synonym groups of a folded word by its stem or its root (no proclitic taken off)."""
    groups = _groups()
    r = root(word)
    return set(groups.get(stem(word), ())) | set(groups.get(r, ()) if r else ())


@lru_cache(maxsize=200_000)
def family(word: str) -> frozenset:
    """A folded word's root and synonym groups (empty when it has neither): two words whose
    families meet are akin ("التزم" and "تعهد": one group; "سنوقف" and "إيقاف": one root).

    A word that kept a proclitic because its article never wrote the bare form ("لاقاربه",
    "لاسر") has no group of its own; it takes the groups of the word without the proclitic
    when that word has some (groups only: a root read through a guessed proclitic is noise)."""
    r = root(word)
    out = _word_groups(word)
    if not out:
        for p in _PROCLITICS:
            if word.startswith(p) and len(word) - len(p) >= MIN_CLITIC_REST:
                out = _word_groups(word[len(p):])
                if out:
                    break
    if r is not None:
        out.add(r)
    assimilated = _assimilated_imperfect(word)
    if assimilated:
        out.add(assimilated)
    return frozenset(out)


def _assimilated_imperfect(word: str) -> Optional[str]:
    """The root of a three-letter word read as the imperfect of a verb whose first radical is
    و, which the imperfect drops ("تقف" → "وقف", as "وقوف"; "تصل" → "وصل"), else None. The
    word may as well be a root of its own in ت or ن ("تبع", "نقل"), so this reading is one
    more member of the family beside :func:`root`, never the root itself (a ي-imperfect,
    "يقف", already gives "وقف": its ي is a weak letter)."""
    if len(word) == 3 and word[0] in "تن" and word[1] not in _WEAK + "ء" and word[2] not in _WEAK + "ء":
        return "و" + word[1:]
    return None


@lru_cache(maxsize=1)
def _phrases() -> dict[str, list[tuple[tuple[str, ...], str]]]:
    """{stem or root of a phrase's head word: [(the phrase's other words, folded), group]}
    from the ``phrases`` of lexicon/synonyms.yaml ("وقف إلى جانب" → side)."""
    out: dict[str, list] = {}
    for name, phrases in (load("synonyms").get("phrases") or {}).items():
        for ph in phrases:
            head, *rest = [fold(w) for w in ph.split()]
            head = strip_article(head)
            for key in {stem(head), root(head)} - {None, ""}:
                out.setdefault(key, []).append((tuple(rest), "~" + name))
    return out


def phrase_group(head: str, following: list[str]) -> Optional[str]:
    """The synonym group of a phrase opened by the folded word `head` and continued by the
    folded words `following` ("تقف" + ["الى", "جانب"] → "~side"), else None: a word whose
    meaning is the phrase's only with those words after it ("وقف" alone is no side taken)."""
    if not following:
        return None
    for rest, group in _phrases_of_head(head):
        if tuple(following[: len(rest)]) == rest:
            return group
    return None


@lru_cache(maxsize=100_000)
def _phrases_of_head(head: str) -> tuple:
    """The (other words, group) of the phrases `head` may open, by its stem then its root, in
    the order :func:`phrase_group` tries them; per word type (most words open none)."""
    table = _phrases()
    if not table:
        return ()
    r = root(head)
    return tuple(entry for key in (stem(head), r) if key for entry in table.get(key, ()))
