"""Word tokens of folded text, with their offsets in the article text.

``words`` gives the folded word tokens of a text (camel-tools'
``simple_word_tokenize`` on ``normalise.fold``, punctuation dropped); ``tokens``
gives them as :class:`Tok` with their span in the original text. While an
article is being read (:func:`read_article`), ``span_tokens`` takes a clause's
tokens as a slice of the article's instead of folding and tokenising it again.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from typing import NamedTuple

from camel_tools.tokenizers.word import simple_word_tokenize

from .normalise import DIACRITICS, fold, fold_text

WORD = re.compile(r"[^\W_]+")
# A whitespace-separated word made only of these is one token as it stands (camel-tools'
# tokeniser would look for a symbol at each of its characters and find none).
_PLAIN = "\u0621-\u063a\u0641-\u064a\u0671-\u06d3a-z0-9"
_PLAIN_WORD = re.compile(f"[{_PLAIN}]+")
# ... and one made of those and these punctuation marks (each a token of its own for the
# tokeniser, and no word) gives the runs of the former.
_PUNCTUATED_WORD = re.compile(f"[{_PLAIN}" + re.escape(".,،:\"-؟!؛()«»'…/[]{}?%“”‘’–—") + "]+")


def words(text: str) -> list[str]:
    """Folded word tokens of `text` (camel-tools tokeniser; punctuation dropped)."""
    out: list[str] = []
    for w in fold(text).split():
        if _PLAIN_WORD.fullmatch(w):
            out.append(w)
        elif _PUNCTUATED_WORD.fullmatch(w):
            out.extend(_PLAIN_WORD.findall(w))
        else:
            out.extend(t for t in simple_word_tokenize(w) if WORD.fullmatch(t))
    return out


class Tok(NamedTuple):
    """A folded word and its span in the article text (a named tuple: millions are made)."""

    word: str  # folded
    start: int  # offsets in the article text
    end: int


def tokens(text: str, base: int) -> list[Tok]:
    """Folded word tokens of `text` with their spans (offset `base` added); a span ends after
    the diacritics that follow its last letter, as ``FoldedText.to_original``."""
    ft = fold_text(text)
    index, original = ft.index, ft.original
    n = len(original)
    out: list[Tok] = []
    append, make = out.append, tuple.__new__  # what Tok(...) does, without its keyword wrapper
    for m in WORD.finditer(ft.text):
        s, e = m.span()
        o_end = index[e - 1] + 1
        while o_end < n and original[o_end] in DIACRITICS:
            o_end += 1
        append(make(Tok, (m.group(), base + index[s], base + o_end)))
    return out


# The article being read (set by read_article): its text and its tokens, so that a
# clause's tokens are a slice of them instead of a second fold and tokenisation.
_ART: list = [None, (), []]  # text, tokens, their start offsets


def read_article(text: str) -> list[Tok]:
    """Tokenise the article about to be read and keep its tokens for :func:`span_tokens`."""
    art_toks = tokens(text, 0)
    _ART[:] = [text, art_toks, [t.start for t in art_toks]]
    return art_toks


def forget_article() -> None:
    """Drop the article kept by :func:`read_article`."""
    _ART[:] = [None, (), []]


def article_tokens(text: str) -> list[Tok]:
    """The tokens of the whole of `text`: the kept ones when it is the article being read."""
    return _ART[1] if _ART[0] is text else tokens(text, 0)


def span_tokens(text: str, x: int, y: int) -> list[Tok]:
    """The same as ``tokens(text[x:y], x)``: taken from the article's tokens when `text` is
    the article being read and no token of it crosses x or y (then folding and tokenising
    the slice gives exactly those tokens), else computed."""
    if _ART[0] is text:
        toks, starts = _ART[1], _ART[2]
        i = bisect_left(starts, x)
        j = bisect_left(starts, y)
        if (i == 0 or toks[i - 1].end <= x) and (j == i or toks[j - 1].end <= y):
            return toks[i:j]
    return tokens(text[x:y], x)
