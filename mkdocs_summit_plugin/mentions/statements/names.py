"""Speakers named in the text: a title and a person's name, bodies, and what an article resolves.

The speaker lexicon knows a few names; news names many more. A *role phrase*
(:func:`read_role`) is a title or role noun of the lexicon (``titles``,
``speaker_heads``, ``name_heads``, ``body_heads``, ``source_heads``), the
title words that go on after it (words with the article, nationality
adjectives, genitive nouns such as "خارجية"، "حكومة"، places, "باسم …"), an
optional honorific ("الأمير"، "القاضي") and a proper name: up to four words
without the article ("عبد"، "بن" … let one in) that are no function word,
reporting verb, place or title. "رئيس الوزراء الإثيوبي آبي أحمد" is the
title "رئيس الوزراء الإثيوبي" and the name "آبي أحمد". After a person's title and a given
name, a family name with the article goes on the name: a nisba ("سعد الحريري") or any other
("سامي الحداد إن …") when what was said opens right after it (:func:`family_with_article`).

:func:`article_speakers` reads an article once and keeps (:class:`ArticleSpeakers`)
its names with their aliases (the whole name, the family name, its last
word: "آبي أحمد"، "أحمد", and the first word, dropped when two names share one),
each name's title, and the lexicon titles the article
resolves ("الرئيس الروسي فلاديمير بوتين" → "بوتين"). A later role phrase without
a name resolves to the one person whose title contains its words
(:func:`title_resolves`: "الوزير الروسي" → the person introduced as "وزير
الخارجية الروسي …"; a shorter form must keep the words that change the role,
"رئيس الوزراء" is not "الرئيس"). Keys of titles are their words without the
article or feminine ending (:func:`title_key`), so articles compare them too.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Optional, Sequence

from ...text.stemming import alef_masdar, bare
from ...text.tokens import Tok, words
from .lexicon import country_of_nisba, is_complementizer, is_stop, lexicon, starts_with, title_word_key
from .reporting import is_reporting

MAX_TITLE = 8  # words of a title, head included
MAX_NAME = 4  # words of a name ("عبد العزيز بن سلمان")
MIN_FAMILY = 3  # letters of a family name that stands for the whole name

PERSON, BODY, SOURCE = "person", "body", "source"  # kinds of role phrases
# kinds of speakers (Analysis.speaker_kind): a person's name, a lexicon title no name was found
# for, a role phrase of a person ("وزير الصحة"), a body, a source ("مصدر مطلع")
NAME, TITLE, ROLE = "name", "title", "role"


@dataclass(frozen=True)
class Role:
    """A role phrase in a token list: title words [start, title_end), name [name_start, end)."""

    start: int
    title_end: int
    name_start: int
    end: int
    kind: str  # PERSON, BODY or SOURCE
    lexicon_title: Optional[str] = None  # the lexicon title it opens with, if any
    head_len: int = 1  # words of its head (the lexicon title or role noun)

    @property
    def named(self) -> bool:
        return self.end > self.name_start


@lru_cache(maxsize=1)
def _heads() -> tuple:
    """(phrase table of every head, heads of bodies, heads of sources, {lexicon title phrase: title})."""
    lex = lexicon()
    titles = {p: name for p, name in lex.titles}
    table = tuple(sorted(set(titles) | set(lex.speaker_heads) | set(lex.name_heads) | set(lex.body_heads)
                         | set(lex.source_heads), key=lambda p: (-len(p), p)))
    return table, frozenset(lex.body_heads), frozenset(lex.source_heads) | {("مصدر",), ("مصادر",)}, titles


@lru_cache(maxsize=1)
def _heads_bare() -> frozenset:
    """Heads of persons' titles written without the article ("رئيس"، "وزير"): in a genitive
    after a body's head they go on the body's name."""
    lex = lexicon()
    return frozenset(p[0] for p in lex.speaker_heads + lex.name_heads + tuple(p for p, _ in lex.titles)
                     if len(p) and not p[0].startswith("ال") and p[0] not in ("مصدر", "مصادر"))


@lru_cache(maxsize=1)
def head_words() -> frozenset:
    """First words of every head and lexicon title: a name never takes one."""
    lex = lexicon()
    table = _heads()[0]
    return frozenset(p[0] for p in table) | frozenset(p[0] for p in lex.honorifics)


TITLE_LINKS = frozenset({"باسم", "في", "لدي"})  # words that link a title's parts, not part of its key


def title_key(ws: Sequence[str]) -> frozenset:
    """The words of a title as compared (no article, no feminine ending, no linking words nor
    epithets ("المعارض"), synonyms as the lexicon's ``title_synonyms`` say: :func:`_title_synonym`). The head's complement when it changes
    the role ("رئيس الوزراء") is also kept marked ("+وزراء"): a shorter form must keep it."""
    lex = lexicon()
    written = [k for k in (title_word_key(w) for w in ws if w not in TITLE_LINKS) if k not in lex.title_epithets]
    keys = [_title_synonym(written, i) for i in range(len(written))]
    out = set(keys)
    if len(keys) > 1 and keys[1] in lex.title_essentials:
        out.add("+" + keys[1])
    return frozenset(out)


def _title_synonym(keys: Sequence[str], i: int) -> str:
    """How the i-th key of a title is compared: its synonym before the key that follows it
    ("زعيم" before "حزب" is "رئيس"), else its own synonym, else itself."""
    synonyms = lexicon().title_synonyms
    k = keys[i]
    before = synonyms.get((k, keys[i + 1])) if i + 1 < len(keys) else None
    return before or synonyms.get((k,), k)


def title_resolves(short: frozenset, full: frozenset) -> bool:
    """Whether a title written `short` may stand for one written `full`: its words are among
    the full title's, and it keeps the complement that changes the role ("رئيس الوزراء" is not
    "الرئيس"; "وزير الصحة" may be "وزير الصحة في الحكومة اللبنانية")."""
    return bool(short) and short <= full and not any(w[:1] == "+" for w in full - short)


QUOTES = frozenset('"“”«»\'ـ')  # names are often quoted: «الرئيس الصيني "شي جين بينغ"»


def gap(text: Optional[str], a: Tok, b: Tok) -> bool:
    """Punctuation other than quotes, or a line break, between two tokens (a phrase ends there)."""
    if text is None:
        return False
    return any((not c.isspace() and c not in QUOTES) or c == "\n" for c in text[a.end:b.start])


def _quote_between(text: Optional[str], a: Tok, b: Tok) -> bool:
    """A quotation mark between two tokens: a name quoted whole has its marks around it, not
    between its words."""
    return text is not None and any(c in QUOTES for c in text[a.end:b.start])


def _hamza_al(text: Optional[str], tok: Tok) -> bool:
    """Does the token begin with "إل" as the article writes it ("إلهام"، "إلياس"، "إلغاء")? Folded, it
    looks like a word with the article; it is none. A function word ("إلى"، "إلا") is no such word."""
    return text is not None and text[tok.start:tok.start + 2] == "إل" and not is_stop(tok.word)


def _title_word(w: str, nxt: Optional[str]) -> int:
    """How many words from `w` go on a title: 1, 2 for "في"/"ب" + a title noun, else 0."""
    lex = lexicon()
    if w in lex.title_complements or w in lex.place_names:
        return 1
    if w in _honorific_words():
        return 0
    if w in ("في", "لدي") and nxt is not None and (nxt in lex.title_complements or title_word_key(nxt) in (
        "حكوم", "وزار", "ادار", "رئاس")):
        return 2
    if (w.startswith("ال") and len(w) > 3 and w not in lex.name_stops and not is_stop(w) and not is_reporting(w)
            and w not in lex.complementizers and title_word_key(w) not in _setting_keys()):
        return 1
    return 0


@lru_cache(maxsize=1)
def name_first_words() -> frozenset:
    """First words of the lexicon's names as written ("لافروف" starts with ل of its own): "لبايدن"
    after a title is an object ("قال الرئيس الصيني لبايدن"), not the title's name."""
    return frozenset(p[0] for p, _ in lexicon().speakers)


@lru_cache(maxsize=1)
def _honorific_words() -> frozenset:
    return frozenset(p[0] for p in lexicon().honorifics)


@lru_cache(maxsize=1)
def _setting_keys() -> frozenset:
    """Setting and time words as title keys: "المؤتمر"، "الأحد" end a title."""
    lex = lexicon()
    return frozenset(title_word_key(p[0]) for p in lex.setting_phrases if len(p) == 1)


def name_word(w: str, prev: Optional[str], first: bool, vocab: frozenset) -> bool:
    """Whether `w` can be a word of a proper name (see the module docstring)."""
    lex = lexicon()
    if prev in lex.name_joiners:
        return not is_stop(w) and not w.isdigit()
    if prev is not None and w in lex.name_tails:
        return True  # the second word of a compound given name: "حمد الله"، "ذبيح الله"، "نور الدين"
    if len(w) < 2 or w.isdigit() or w.startswith("ال") or w in lex.name_stops:
        return False
    if is_stop(w) or is_reporting(w) or w in lex.complementizers or w in lex.place_names:
        return False
    if w in lex.message_nouns or (w[:1] == "ب" and w[1:] in lex.message_nouns):
        return False  # a message ("وبعث الرئيس ببرقية تعزية …"), what the speaker sends
    if w in lex.title_complements or w in head_words() or title_word_key(w) in _setting_keys():
        return False
    if w.startswith(("لل", "بال", "وال", "فال", "كال")) or w[0] in "وفلب" and (w[1:] in vocab or w[1:] in head_words() or w[1:] in name_first_words()):
        return False  # a conjunction or preposition on another word: "ونظيره"، "لبايدن"
    if len(w) >= 6 and w[0] == "ب" and w[1] in "مت":
        return False  # ب on a verbal noun or participle ("بمحاولات"، "بتهريب"): what a verb governs, no name
    if w[0] in "بل" and alef_masdar(w[1:]):
        return False  # ب or ل on a masdar of the derived forms ("بافتتاح"، "لاستئناف"): what a verb governs
    if w[0] == "و" and not first and (w[1:3] == "ال" or is_stop(w[1:])):
        return False  # "… ونظيره"، "… والوزير"
    if not first and "ال" + w in vocab:
        return False  # a noun the article also writes with the article ("… كيم جونغ أون وثيقة"، "الوثيقة")
    return True


def _family_nisba(w: str) -> bool:
    """A family name with the article: a nisba ("الحريري") that is no place, title or time word."""
    lex = lexicon()
    return (w.startswith("ال") and w.endswith("ي") and len(w) >= 6 and not is_stop(w) and not is_reporting(w)
            and w not in lex.name_stops and title_word_key(w) not in _nationalities())


def family_with_article(toks: Sequence[Tok], k: int, text: Optional[str]) -> bool:
    """toks[k], a word with the article after a given name, is a family name that is no nisba
    ("سامي الحداد إن …"، "ليلى العبدالله، …"): no title, place, nationality, time or setting
    word, and what was said opens right after it (a complementizer, punctuation or the end), so
    no object or adverb of the verb is taken for a name ("أكد بوتين الاستعداد للحوار")."""
    lex = lexicon()
    w = toks[k].word
    if not w.startswith("ال") or len(w) < 5 or w in lex.name_stops or is_stop(w) or is_reporting(w):
        return False
    if w in lex.title_complements or w in lex.place_names or w in head_words() or w[2:] in lex.place_names:
        return False
    if title_word_key(w) in _setting_keys() or title_word_key(w) in _nationalities() or w.endswith("ي"):
        return False
    if k + 1 >= len(toks) or gap(text, toks[k], toks[k + 1]):
        return True
    return is_complementizer(toks[k + 1].word)


@lru_cache(maxsize=1)
def _nationalities() -> frozenset:
    """Nationality adjectives the lexicon's titles use ("الروسي"), as title keys."""
    return frozenset(title_word_key(w) for p, _ in lexicon().titles for w in p if w.endswith("ي"))


def _after_nationality(prev: str, w: str) -> bool:
    """Does a person's title end before `w`: the word before it a nationality ("الرئيس الروسي") and
    `w` no title complement, place or word of the holder's term ("وزير الخارجية الروسي السابق"
    goes on; "الرئيس الفرنسي الخطة" does not)? A title names its office and then its country; what
    follows is the sentence's. Any country's adjective is a nationality ("الوزير البرازيلي القرار"),
    but another adjective may follow it ("الزعيم الكوري الشمالي")."""
    lex = lexicon()
    if w in lex.title_complements or w in lex.place_names or w in lex.title_tenure:
        return False
    if title_word_key(prev) in _nationalities():
        return True
    # any country's adjective ("الوزير البرازيلي القرار"), unless an adjective follows ("الكوري الشمالي")
    return (prev.startswith("ال") and country_of_nisba(prev[2:]) is not None
            and not (w.startswith("ال") and w.endswith(("ي", "يه"))))


def read_role(toks: Sequence[Tok], i: int, text: Optional[str] = None, vocab: frozenset = frozenset()) -> Optional[Role]:
    """The role phrase opening at toks[i] (see the module docstring), or None."""
    table, bodies, sources, titles = _heads()
    n = starts_with(toks, table, i)
    if not n:
        return None
    head = tuple(t.word for t in toks[i:i + n])
    if head[0][:1] in "وف" and head not in titles and head[0] not in head_words():
        head = (head[0][1:],) + head[1:]
    kind = BODY if head in bodies else SOURCE if head in sources else PERSON
    j = i + n
    while j < len(toks) and j - i < MAX_TITLE and not gap(text, toks[j - 1], toks[j]):
        step = _title_word(toks[j].word, toks[j + 1].word if j + 1 < len(toks) else None)
        if step and _hamza_al(text, toks[j]):
            break  # "الرئيس الأذربيجاني إلهام …": "إل" is no article, the name begins
        if not step and kind == BODY and toks[j].word in _heads_bare():
            step = 1  # a body of a title's holder: "مكتب رئيس الوزراء"، "ديوان وزير الخارجية"
        if step and kind == PERSON and _after_nationality(toks[j - 1].word, toks[j].word):
            break  # "وانتقد الرئيس الفرنسي الخطة …": after the nationality, the verb's object
        if not step:
            break
        j += step
    j = min(j, len(toks))
    title_end = k = j
    if kind != SOURCE and k < len(toks) and not (k > i and gap(text, toks[k - 1], toks[k])):
        k += starts_with(toks, lexicon().honorifics, k)
    name_start = k
    from .speakers import speaker_spans

    known = [s for s in speaker_spans(toks[k:k + MAX_NAME]) if s[0] == 0 and s[2] in lexicon().speaker_names]
    if kind == PERSON and known and toks[k].word in name_first_words() and not (k > i and gap(text, toks[k - 1], toks[k])):
        return Role(i, title_end, name_start, k + known[0][1], kind, titles.get(head), n)
    while k < len(toks) and k - name_start < MAX_NAME and not (k > i and gap(text, toks[k - 1], toks[k])):
        prev = toks[k - 1].word if k > name_start else None
        if kind == SOURCE or (k > name_start and _quote_between(text, toks[k - 1], toks[k])):
            break  # a quote that opens or closes inside: "بمحاولات «إقامة …»" is no name
        if not name_word(toks[k].word, prev, k == name_start, vocab) and not _hamza_al(text, toks[k]):
            if k > name_start and prev not in lexicon().name_joiners and (
                    _family_nisba(toks[k].word) or (kind == PERSON and family_with_article(toks, k, text))):
                k += 1  # "سعد الحريري"، "محمود القريوتي": a family name with the article
            break
        k += 1
    if k - name_start == 1 and toks[name_start].word[:1] in "يتن" and len(toks[name_start].word) >= 4:
        k = name_start  # one word like an imperfect verb: "الوزير يزور …" names no one
    if k == name_start:
        k = name_start = title_end
    return Role(i, title_end, name_start, k, kind, titles.get(head), n)


@dataclass
class ArticleSpeakers:
    """What one article says of its speakers (see the module docstring)."""

    titles: dict = field(default_factory=dict)  # lexicon title -> the name the article gives it
    aliases: dict = field(default_factory=dict)  # tuple of folded words -> name (whole and family names)
    people: list = field(default_factory=list)  # (title key, name), in text order
    name_titles: dict = field(default_factory=dict)  # name -> the key of the title written with it
    info: dict = field(default_factory=dict)  # speaker as shown -> (kind, title key), see note()

    def note(self, shown: str, kind: str, key: Optional[frozenset]) -> str:
        """Note what a speaker is (kind and title key, for :func:`speaker_info`); returns it."""
        self.info.setdefault(shown, (kind, tuple(sorted(key)) if key else ()))
        return shown

    def speaker_info(self, shown: Optional[str]) -> tuple[Optional[str], tuple]:
        """(kind, sorted title key) of a speaker noted in this article; (None, ()) if none."""
        return self.info.get(shown, (None, ())) if shown else (None, ())

    def title(self, name: str) -> str:
        """A lexicon title as this article resolves it (itself when it does not)."""
        return self.titles.get(name, name)

    def resolve(self, key: frozenset) -> Optional[str]:
        """The one person of the article whose title a role phrase of words `key` stands for."""
        found = {name for full, name in self.people if title_resolves(key, full)}
        return found.pop() if len(found) == 1 else None

    def name_spans(self, toks: Sequence[Tok]) -> list[tuple[int, int, str]]:
        """(first, last+1, name) of the article's names (whole or family name) in `toks`."""
        if not self.aliases:
            return []
        out = []
        i = 0
        while i < len(toks):
            hit = None
            for w in bare(toks[i].word)[:2]:
                for alias, name in self._by_first().get(w, ()):
                    n = len(alias)
                    if i + n <= len(toks) and all(toks[i + k].word == alias[k] for k in range(1, n)):
                        hit = (i, i + n, name)
                        break
                if hit:
                    break
            if hit:
                out.append(hit)
                i = hit[1]
            else:
                i += 1
        return out

    def _by_first(self) -> dict:
        index = getattr(self, "_index", None)
        if index is None:
            index = {}
            for alias, name in sorted(self.aliases.items(), key=lambda x: (-len(x[0]), x[0])):
                index.setdefault(alias[0], []).append((alias, name))
            self._index = index
        return index


def role_key(toks: Sequence[Tok], role: Role) -> frozenset:
    """The title key of a role phrase: a lexicon title counts as its canonical form
    ("نظيره الروسي" = "الرئيس الروسي"), then the title words after it."""
    if role.lexicon_title:
        head = title_key(words(role.lexicon_title))
        return head | title_key([t.word for t in toks[role.start + role.head_len:role.title_end]])
    ws = [t.word for t in toks[role.start:role.title_end]]
    if ws and ws[0][:1] in "وف" and ws[0][1:] in head_words():
        ws[0] = ws[0][1:]  # "وزعيم …" = "زعيم …"
    return title_key(ws)


def role_name(toks: Sequence[Tok], role: Role, text: Optional[str]) -> str:
    """The name a role phrase gives, as written (a lexicon name as the lexicon shows it)."""
    from .speakers import readable, speaker_spans

    name_toks = toks[role.name_start:role.end]
    known = [s for s in speaker_spans(name_toks) if s[2] in lexicon().speaker_names]
    if known:
        return known[0][2]
    if text is None:
        return " ".join(t.word for t in name_toks)
    return readable(text[name_toks[0].start:name_toks[-1].end])


def article_speakers(text: str, toks: Sequence[Tok], titles: dict) -> ArticleSpeakers:
    """Read an article's role phrases once (see the module docstring); `titles` are the
    lexicon titles it resolves (``speakers.article_titles``).

    A one-word name names someone only when it is a lexicon name or a word of a longer
    name of the same article ("الرئيس شي" after "… شي جين بينغ"): alone, the word after a
    title is as often an adjective or a verb ("الرئيس غاضب").
    """
    out = ArticleSpeakers(titles=dict(titles))
    lex = lexicon()
    found = []  # (title key, name words, name, lexicon title)
    spoken = []  # one-word names right before what the person said: "وأعرب الرئيس جوكووي عن …"
    for role in _person_roles(text, toks):
        ws = tuple(t.word for t in toks[role.name_start:role.end])
        found.append((role_key(toks, role), ws, role_name(toks, role, text), role.lexicon_title))
        spoken.append(_opens_saying(toks, role.end, text))
    long_names: dict = {}
    for _, ws, name, _ in found:
        if len(ws) > 1 and name not in lex.speaker_names:
            for w in ws:
                long_names.setdefault(w, set()).add(name)
    clash: set = set()
    for (key, ws, name, lex_title), said in zip(found, spoken):
        if len(ws) == 1 and name not in lex.speaker_names:
            names = long_names.get(ws[0], set())
            if len(names) != 1 and not said:
                continue
            name = next(iter(names)) if len(names) == 1 else name
        name = _same_person(out, key, ws, name)
        out.people.append((key, name))
        out.name_titles.setdefault(name, key)
        if lex_title and name in lex.speaker_names:
            out.titles.setdefault(lex_title, name)
        # the whole name, the family name, and the first word ("شي" of "شي جين بينغ": not every
        # name puts the family name last) unless it only joins ("عبد")
        first = ws[:1] if len(ws) > 1 and ws[0] not in lex.name_joiners else ()
        for alias in (ws, ws[-1:], first):
            if alias and (len(alias) > 1 or len(alias[0]) >= MIN_FAMILY or len(ws) == 1 or alias is first) and not is_stop(alias[0]):
                if out.aliases.get(alias, name) != name:
                    clash.add(alias)
                out.aliases.setdefault(alias, name)
    for alias in clash:
        out.aliases.pop(alias, None)
    for t, name in out.titles.items():
        out.name_titles.setdefault(name, title_key(words(t)))
    return out


def _opens_saying(toks: Sequence[Tok], k: int, text: Optional[str]) -> bool:
    """Does what a person said open right after a name that ends at token k: a complementizer
    ("إن"، "أن") or the "عن" of a verb of expressing ("أعرب … عن"), or a colon? A word after a title
    with these after it is the person's name, not an adjective ("الرئيس غاضب")."""
    if k >= len(toks):
        return False
    if text is not None and ":" in text[toks[k - 1].end:toks[k].start]:
        return True
    return toks[k].word in lexicon().complementizers or toks[k].word == "عن"


def _same_person(out: ArticleSpeakers, key: frozenset, ws: tuple, name: str) -> str:
    """The name an article already gave this person: one that shares a word of the name and
    whose title stands for this one's or the reverse ("الرئيس الصيني شي جينبينغ" then
    "الرئيس شي جين بينغ"); else `name`."""
    joiners = lexicon().name_joiners
    for full, other in out.people:
        if other != name and (title_resolves(key, full) or title_resolves(full, key)):
            if set(ws) - joiners & set(words(other)):
                return other
    return name


def _person_roles(text: str, toks: Sequence[Tok]) -> list[Role]:
    """The role phrases of an article that name a person, in text order (one linear pass); a
    title after the preposition ل ("الحساب الرسمي لرئيس الوزراء … آبي أحمد") names one too."""
    vocab = frozenset(t.word for t in toks)
    heads = head_words()
    roles = []
    i = 0
    while i < len(toks):
        w = toks[i].word
        seen = toks
        if w[:1] == "ل" and w[1:2] != "ل" and w[1:] in heads:  # "… لرئيس الوزراء الإثيوبي آبي أحمد"
            seen = list(toks)
            seen[i] = Tok(w[1:], toks[i].start + 1, toks[i].end)
        elif w not in heads and not (w[:1] in "وف" and w[1:] in heads):
            i += 1
            continue
        role = read_role(seen, i, text, vocab)
        if role is None:
            i += 1
            continue
        if role.kind == PERSON and not role.named:
            role = _name_set_off(toks, role, text, vocab) or _name_before(toks, role, text, vocab) or role
        if role.kind == PERSON and role.named:
            roles.append(role)
        i = max(role.end, role.title_end, i + 1)
    return roles


APPOSITION_COMMAS = ("،", ",")


def _name_before(toks: Sequence[Tok], role: Role, text: Optional[str], vocab: frozenset) -> Optional[Role]:
    """The role with the name written right before its title, after a verb of saying or
    describing ("وصف جوزيف فاريلا رئيس الوزراء المالطي، …"، "وقال جوزيف فاريلا رئيس الوزراء
    إن …"): two name words at least, the title ending the phrase (a comma, a complementizer or
    the text's end after it); None otherwise. The role's name then stands before its title.

    The title may stand in apposition, set off by commas ("وقال فلان الفلاني، رئيس الحزب، إن
    …"); its phrase then runs to the closing comma, a complement of the title included
    ("، مرشح التحالف في الانتخابات، …"), within MAX_APPOSITION words; then any word may stand
    before the name ("أمام منافسه فلان الفلاني، رئيس الحزب، الذي …"), a possessed noun not being
    one of the name's words (:func:`_possessed`)."""
    lex = lexicon()
    set_off = role.start > 0 and _comma_between(text, toks[role.start - 1], toks[role.start])
    j = role.start
    while j > 0 and role.start - j < MAX_NAME and ((j == role.start and set_off) or not gap(text, toks[j - 1], toks[j])) and name_word(
            toks[j - 1].word, None, True, vocab) and not is_reporting(toks[j - 1].word) and not _possessed(text, toks[j - 1]):
        j -= 1
    if role.start - j < 2 or j == 0:
        return None
    verb = toks[j - 1].word
    if not (set_off or is_reporting(verb) or verb in lex.description_verbs):
        return None
    k = role.title_end
    if set_off:
        if not any(_comma_between(text, toks[x - 1], toks[x]) for x in range(k, min(len(toks), k + MAX_APPOSITION + 1))):
            return None
    elif k < len(toks) and not _comma_between(text, toks[k - 1], toks[k]) and toks[k].word not in lex.complementizers:
        return None
    return Role(role.start, role.title_end, j, role.start, role.kind, role.lexicon_title, role.head_len)


def _possessed(text: Optional[str], tok: Tok) -> bool:
    """A noun with a possessive pronoun as written ("منافسه"، "خصمها"، not a teh marbuta): a name
    takes none, so such a word before a name is what the person is to someone, not a name word."""
    if text is None:
        return False
    written = text[tok.start:tok.end]
    return len(written) >= 4 and written.endswith(POSSESSIVES) and not written.endswith("الله")


POSSESSIVES = ("ه", "ها", "هم", "هما")
MAX_APPOSITION = 8  # words of a title's complement between the title and the comma closing its apposition


def _comma_between(text: Optional[str], a: Tok, b: Tok) -> bool:
    """An apposition comma, and nothing else, between two tokens."""
    return text is not None and text[a.end:b.start].strip() in APPOSITION_COMMAS


def _name_set_off(toks: Sequence[Tok], role: Role, text: Optional[str], vocab: frozenset) -> Optional[Role]:
    """The role with the name set off by commas right after its title ("زعيم البلاد، فلان
    الفلاني، …"): two name words at least, a comma on both sides; None if there is none, or if
    the role is a counterpart or a partner ("مع نظيره، فلان،")."""
    k = role.title_end
    if k >= len(toks) or not _comma_between(text, toks[k - 1], toks[k]):
        return None
    lex = lexicon()
    before = toks[role.start - 1].word if role.start else ""
    if toks[role.start].word in lex.counterpart_words or before in lex.partner_words or before in lex.addressee_prepositions:
        return None  # "مع نظيره الفرنسي، فلان،": someone met or spoken to, named where he speaks
    j = k
    while j < len(toks) and j - k < MAX_NAME and not (j > k and gap(text, toks[j - 1], toks[j])) and name_word(
            toks[j].word, toks[j - 1].word if j > k else None, j == k, vocab):
        j += 1
    if j - k < 2 or j >= len(toks) or not _comma_between(text, toks[j - 1], toks[j]):
        return None
    return Role(role.start, role.title_end, k, j, role.kind, role.lexicon_title, role.head_len)
