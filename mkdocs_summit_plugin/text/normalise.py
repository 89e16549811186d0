"""Stage 2a: fold Arabic text so that spelling noise does not decide a match.

Folding removes what writers and scrapers vary without changing a word: diacritics
(harakat, tanwin, shadda), tatweel, dots or tatweel pushed into a word to dodge
filters ("القـ.ـضايا"), zero-width and bidi control characters. It unifies the
letters that are written interchangeably (أ إ آ ٱ → ا, ى → ي, ة → ه, Persian
ک/ی → ك/ي) and turns Eastern Arabic-Indic digits into ASCII ones.

The character rules come from camel-tools (``dediac_ar``, ``normalize_alef_ar``,
``normalize_alef_maksura_ar``, ``normalize_teh_marbuta_ar``, ``normalize_unicode``):
they are applied once to every character of the Arabic blocks to build a
translation table, so folding a long article costs one ``str.translate``.

:class:`FoldedText` keeps, for every folded character, the offset of the
character it came from, so a match found in folded text maps back to the exact
span of the article as read (``text[start:end]``).
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from itertools import compress

from camel_tools.utils.charsets import AR_DIAC_CHARSET
from camel_tools.utils.dediac import dediac_ar
from camel_tools.utils.normalize import (
    normalize_alef_ar,
    normalize_alef_maksura_ar,
    normalize_teh_marbuta_ar,
    normalize_unicode,
)

TATWEEL = "\u0640"
# Zero-width, joiner and bidi control characters: invisible, never part of a word.
INVISIBLE = frozenset(
    "\u00ad\u061c\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
    "\u2060\u2066\u2067\u2068\u2069\ufeff"
)
DIACRITICS = frozenset(AR_DIAC_CHARSET) | {"\u0670"}
ARABIC_LETTERS = "\u0621-\u063a\u0641-\u064a\u0671-\u06d3"
_EXTRA_LETTERS = {"\u06a9": "\u0643", "\u06cc": "\u064a", "\u06c1": "\u0647", "\u06d5": "\u0647"}
_PUNCT = {"\u066a": "%", "\u066b": ".", "\u066c": ","}

# A dot (with optional tatweel or diacritics around it) between two Arabic letters
# is noise inserted inside a word ("الأمـ.ـن", "مقد.متها"); a dot between words is not.
_INWORD_DOT = re.compile(
    rf"(?<=[{ARABIC_LETTERS}\u0640\u064b-\u065f])[\u0640\u064b-\u065f]*\.(?=[\u0640\u064b-\u065f]*[{ARABIC_LETTERS}])"
)


def _fold_char(ch: str) -> str:
    """What one character becomes once folded (possibly nothing, possibly several)."""
    if ch in INVISIBLE or ch == TATWEEL or ch in DIACRITICS:
        return ""
    if ch in _PUNCT:
        return _PUNCT[ch]
    if ch in _EXTRA_LETTERS:
        return _EXTRA_LETTERS[ch]
    if unicodedata.category(ch) == "Nd":
        return str(unicodedata.digit(ch))
    s = normalize_unicode(ch) if "\ufb50" <= ch <= "\ufeff" else ch
    s = dediac_ar(s).replace(TATWEEL, "")
    s = normalize_alef_ar(s)
    s = normalize_alef_maksura_ar(s)
    s = normalize_teh_marbuta_ar(s)
    for a, b in _EXTRA_LETTERS.items():
        s = s.replace(a, b)
    return s


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[int, str], frozenset[str], re.Pattern]:
    """Build the translation table once from camel-tools' character rules."""
    table: dict[int, str] = {}
    expanding: set[str] = set()
    ranges = [
        (0x0600, 0x0700), (0x0750, 0x0780), (0x08A0, 0x0900), (0xFB50, 0xFE00),
        (0xFE70, 0xFF00), (0x06F0, 0x06FA), (0x0660, 0x066A),
    ]
    chars = {chr(c) for lo, hi in ranges for c in range(lo, hi)} | INVISIBLE | {TATWEEL}
    table.update({ord(c): c.lower() for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"})
    for ch in sorted(chars):
        folded = _fold_char(ch)
        if folded != ch:
            table[ord(ch)] = folded
            if len(folded) > 1:
                expanding.add(ch)
    pattern = re.compile("[" + re.escape("".join(sorted(expanding))) + "]") if expanding else re.compile("(?!)")
    return table, frozenset(expanding), pattern


@dataclass(frozen=True)
class FoldedText:
    """A folded string that remembers where each of its characters came from."""

    original: str
    text: str
    index: tuple[int, ...]  # index[i] = offset in `original` of folded char i

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a span of the folded text to the span of the original it came from.

        The end is extended over diacritics that follow the last character, so the
        original span covers the whole written word ("عدواً", not "عدوا").
        """
        if end <= start:
            pos = self.index[start] if start < len(self.index) else len(self.original)
            return pos, pos
        o_start = self.index[start]
        o_end = self.index[end - 1] + 1
        while o_end < len(self.original) and self.original[o_end] in DIACRITICS:
            o_end += 1
        return o_start, o_end

    def to_folded(self, offset: int) -> int:
        """The folded position of the first kept character at or after `offset`."""
        from bisect import bisect_left

        return bisect_left(self.index, offset)


def fold_text(text: str) -> FoldedText:
    """Fold `text`, keeping the offset map (see :class:`FoldedText`)."""
    table, expanding, expanding_re = _tables()
    dots = [m.end() - 1 for m in _INWORD_DOT.finditer(text)]
    if not expanding_re.search(text):
        # Fast path: every character folds to at most one character, so dropping the
        # characters that fold to nothing (and in-word dots) and translating the rest is
        # the fold, and the kept positions are the offset map.
        dropped = dots + [m.start() for m in _dropped().finditer(text)]
        if not dropped:
            return _remember(FoldedText(text, _swap_letters(text), tuple(range(len(text)))))
        keep = bytearray(b"\x01") * len(text)
        for d in dropped:
            keep[d] = 0
        return _remember(FoldedText(text, _swap_letters("".join(compress(text, keep))), tuple(compress(range(len(text)), keep))))
    dots_set = set(dots)
    out: list[str] = []
    index_list: list[int] = []
    for i, ch in enumerate(text):
        if i in dots_set:
            continue
        rep = table.get(ord(ch), ch)
        for r in rep:
            out.append(r)
            index_list.append(i)
    return _remember(FoldedText(text, "".join(out), tuple(index_list)))


def _remember(ft: FoldedText) -> FoldedText:
    """Keep the fold of a long text for :func:`fold` (same text: ``fold(t) == fold_text(t).text``)."""
    if len(ft.original) > FOLD_CACHED_CHARS:
        _LAST_LONG[0] = (ft.original, ft.text)
    return ft


def _swap_letters(text: str) -> str:
    """The fold of text none of whose characters folds to nothing or to several: a substitution
    of the few characters that change (faster than ``str.translate`` on long Arabic text)."""
    swaps, pattern = _swaps()
    return pattern.sub(lambda m: swaps[m.group()], text)


@lru_cache(maxsize=1)
def _swaps() -> tuple[dict[str, str], re.Pattern]:
    """{character: the one character it folds to} and a pattern matching any of them."""
    swaps = {chr(c): v for c, v in _tables()[0].items() if len(v) == 1 and v != chr(c)}
    return swaps, re.compile("[" + re.escape("".join(sorted(swaps))) + "]")


@lru_cache(maxsize=1)
def _dropped() -> re.Pattern:
    """The characters that fold to nothing (diacritics, tatweel, invisible ones)."""
    table = _tables()[0]
    return re.compile("[" + re.escape("".join(sorted(chr(c) for c, v in table.items() if v == ""))) + "]")


FOLD_CACHED_CHARS = 200  # texts up to this long (words, cue phrases, clauses) are folded once per process


def fold(text: str) -> str:
    """Fold `text` for comparison (no offset map); same result as ``fold_text(text).text``.

    Short texts are folded through a bounded cache: the steps fold the same words and
    cue phrases over and over (ten calls for each distinct text on news); a long one
    (a whole article) is folded as :func:`fold_text` does, without the offset map."""
    if len(text) <= FOLD_CACHED_CHARS:
        return _fold_short(text)
    last = _LAST_LONG[0]
    if last[0] is text:
        return last[1]  # the article just folded (statements fold it for its tokens, then its words)
    folded = _fold(text)
    _LAST_LONG[0] = (text, folded)
    return folded


# The last long text folded and its fold, one (text, fold) pair matched by identity: one
# article's text object, one entry.
_LAST_LONG: list = [(None, "")]


@lru_cache(maxsize=50_000)
def _fold_short(text: str) -> str:
    """:func:`_fold` of a short text, cached (bounded: 50,000 texts of at most FOLD_CACHED_CHARS)."""
    return _fold(text)


def _fold(text: str) -> str:
    """The fold: in-word dots out, then every character through the translation table. When
    no character expands to several, dropping the characters that fold to nothing and
    swapping the few that change is the same as ``str.translate`` and faster on long text."""
    table, _, expanding_re = _tables()
    text = _INWORD_DOT.sub("", text)
    if expanding_re.search(text):
        return text.translate(table)
    return _swap_letters(_dropped().sub("", text))


def fold_for_match(text: str) -> str:
    """Fold and reduce to words separated by single spaces (how the scorer compares quotes)."""
    return " ".join(re.sub(r"[^\w]+", " ", fold(text)).split())


# Proclitics that may stand before a cue word: conjunction (و ف), preposition
# (ب ل ك) and the article (ال; ل + ال contracts to لل).
_PROCLITICS = r"(?:[وف]?(?:[بك]?ال|لل|[بلك])?)"


def vowel_skeleton(word: str) -> str:
    """A folded word without the long vowels inside it (its first and last letters kept), as
    transliterations of one foreign name write or leave them out ("هرات"/"هيرات"، "بلينكن"/"بلينكين");
    a word of three letters or fewer stays as it is."""
    return word[:1] + re.sub("[اوي]", "", word[1:-1]) + word[-1:] if len(word) > 3 else word


def word_pattern(words, clitics: bool = True) -> re.Pattern:
    """A regex matching any of `words` (folded) as whole words in folded text.

    With `clitics`, a word may carry the usual proclitics ("وبالقمة",
    "للمحادثات"). Longer words are tried first, so "اتصال هاتفي" wins over
    "اتصال". The match's group ``word`` is the folded word as listed.
    """
    folded = sorted({" ".join(fold(w).split()) for w in words} - {""}, key=lambda v: (-len(v), v))
    if not folded:
        return re.compile(r"(?!x)x")
    alternation = "|".join(re.escape(v) for v in folded)
    prefix = _PROCLITICS if clitics else ""
    return re.compile(rf"(?<!\w){prefix}(?P<word>{alternation})(?!\w)")


@lru_cache(maxsize=1)
def _safe_buckwalter():
    from camel_tools.utils.charmap import CharMapper

    return CharMapper.builtin_mapper("ar2safebw")


def transliterate(text: str) -> str:
    """Arabic text in ASCII letters (camel-tools' safe Buckwalter), for stable ids."""
    return _safe_buckwalter()(text)


def ascii_key(text: str, default: str) -> str:
    """The lower-case letters and digits of `text` transliterated, run together ("درنة" → "drnh"), or `default`."""
    return re.sub(r"[^a-z0-9]+", "", transliterate(text).lower()) or default
