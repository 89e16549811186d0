"""Attribution: where the words saying who spoke end in a piece, and who the speaker is.

Each piece is read as *attribution* + *content*: a reporting verb ("قال"،
"أكد"، "مضيفاً"، …) and the complementizer after it ("أن"، "إن"، ":"، an
opening quote) split the two (:func:`_find_verb`, :func:`_complementizer`); so do
an attribution preposition ("وحسب بيان مشترك، فإن …") or a speaker and a colon
("بوتين: اتفقنا على …"; a role phrase or a name the article gives someone too:
"وزير الصحة: …") (:func:`attribution`); a title of that form is a statement
(:func:`headline_colon`). The speaker is a known speaker
or title in the attribution (titles resolved by ``speakers.article_titles``);
a reporting verb with no subject, a participle ("مضيفاً") or a piece inside an
open quotation inherits the last speaker of the article (:func:`speaker_of`).
A subject stated before the verb ("وكانت الوزارة نفت …") speaks and the words after the verb
are said (:func:`_subject_before`); a verbal noun right after the verb is said, no name
("ونفى وقوع إصابات": :func:`_masdar_after`). A speech act sent without a verb of saying
("وتقدمت الوزارة ببالغ المواساة …"، "وبعث الرئيس ببرقية تعزية …": a message verb and a
message noun of the lexicon, :func:`_subject_verb_end`) is its subject's statement, and a
country after a feminine verb speaks for its government ("وأعربت مصر، في بيان …، عن تعازيها").
A document as the subject ("وأضاف البيان أن …"، "وذكر البيان أن …") is spoken by whoever it is said
to come from ("بيان لوزارة الصحة"، "بيان صادر عن الرئاسة": :func:`_document_owner`), else by whoever
the article last said spoke in one ("وقالت الوزارة في بيان …": :func:`issued_document`), else by no
one. A name after "ل"، "على" or "إلى" is spoken to or answered, never the speaker (:func:`_addressee`),
and a quoted name of a word or two right before the verb is its subject ("الوكالة “سانا” أفادت أن …").
A lexicon title after the verb takes the role phrase's nisba and name with it ("أعرب رئيس الوزراء
الإثيوبي عن …": :func:`_role_phrase_end`), so none of them opens the content.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Optional, Sequence

from ...assign.times import day_words
from ...text.stemming import alef_masdar, bare, stem
from ...text.tokens import Tok
from ..quantities.words import unconj
from .clauses import QUOTE_OPEN
from .lexicon import lexicon, starts_with
from .reporting import is_reporting, is_saying_participle, says_back
from ...text.tokens import words
from .lexicon import is_complementizer, is_stop
from .names import (
    BODY, MAX_NAME, NAME, PERSON, ROLE, SOURCE, TITLE, gap, name_first_words, name_word, read_role, role_key, role_name, title_key,
)
from .speakers import GENERIC, readable, speaker_spans


@dataclass(frozen=True)
class Attribution:
    verb_i: Optional[int]  # index of the reporting verb
    prep_i: Optional[int]  # else of an attribution preposition ("وحسب")
    prep_len: Optional[int]  # and its length in tokens
    end: int  # index of the first token after the attribution (0: none)
    colon: bool  # a speaker and a colon ("بوتين: …")
    tail: Optional[int] = None  # a trailing attribution starts here ("«…»، قال الوزير"، "…، بحسب الوزارة"):
    # the content runs from the piece's own words up to it, and `end` is the piece's end


def attribution(toks: Sequence[Tok], text: Optional[str], first: int, people=None) -> Attribution:
    """The attribution of a piece whose own words start at toks[first] (after its topic leads);
    `people` (``names.ArticleSpeakers``) adds the article's names to the speakers a colon may follow."""
    lex = lexicon()
    verb_i = _find_verb(toks, text, first)
    if verb_i is None and first:
        verb_i = _find_verb(toks, text, 0)
    if (verb_i is not None and verb_i > first and text is not None and _quote_closes_before(toks, text, verb_i)
            and not is_saying_participle(toks[verb_i].word)):
        return Attribution(verb_i, None, None, len(toks), False, tail=verb_i)  # "«…»، قال الوزير"
    said_as = _as_said(toks, verb_i, first) if verb_i is not None else None
    if said_as is not None:
        return Attribution(verb_i, None, None, len(toks), False, tail=said_as)  # "… على ما صرح المتحدث"
    prep_i = prep_len = None
    if verb_i is None:
        for i in range(first, min(first + 6, len(toks))):
            n = starts_with(toks, lex.attribution_preps, i)
            if n:
                prep_i, prep_len = i, n
                break
    end = 0
    if verb_i is not None:
        end = _end_after_verb(toks, text, verb_i, first)
    elif prep_i is not None:
        end = _end_after_prep(toks, prep_i, prep_len)
    colon = False
    if verb_i is None and prep_i is None and text is not None:
        k = _colon_end(toks, text, first, people)
        if k is not None:
            end, colon = k, True
    if verb_i is None and prep_i is None and not colon:
        k = _trailing_source(toks, text, first)
        if k is not None:  # "…، بحسب وزارة الصحة"
            i, n = k
            return Attribution(None, i, n, len(toks), False, tail=i)
        for i in range(max(first + AS_SAID_CONTENT, len(toks) - TRAILING_REACH), len(toks) - 1):
            n = says_back(toks, i)
            if n:  # "…، هذا ما قاله الوزير"
                return Attribution(i + n, None, None, len(toks), False, tail=i)
    return Attribution(verb_i, prep_i, prep_len, end, colon)


AS_SAID_CONTENT = 3  # what "على ما قال فلان" sources has at least this many words before it


def _as_said(toks: Sequence[Tok], verb_i: int, first: int) -> Optional[int]:
    """Where "as X said" opens when it closes a piece ("… الخلاف على الأسعار قائم على ما صرح المتحدث
    باسم النقابة"، "حسبما أفاد المتحدث"): the words before it are what was said, by the speaker after
    the verb. None when the verb has a complement of its own ("كما قال الوزير إن …")."""
    openers = lexicon().as_said_openers
    for n in (2, 1):
        i = verb_i - n
        if i - first >= AS_SAID_CONTENT and " ".join(t.word for t in toks[i:verb_i]) in openers:
            if any(t.word in lexicon().complementizers for t in toks[verb_i + 1:]):
                return None
            return i
    return None


QUOTE_ENDS = frozenset('"”»')
TRAILING_REACH = 8  # words from the end of a piece where a trailing "بحسب …" may open


QUOTED_NAME_WORDS = 2  # a quotation of at most this many words right before the verb is a quoted name


def _quote_closes_before(toks: Sequence[Tok], text: str, verb_i: int) -> bool:
    """A quotation closes right before the reporting verb ("«…»، قال الوزير …"): the
    attribution comes after the reported words. A quoted name of a word or two is the verb's
    subject, not what was said ("وكالة الأنباء “شينخوا” أفادت أن …")."""
    if not any(c in QUOTE_ENDS for c in text[toks[verb_i - 1].end:toks[verb_i].start]):
        return False
    opens = next((k for k in range(verb_i - 1, max(0, verb_i - QUOTED_NAME_WORDS - 1), -1)
                  if any(c in QUOTE_OPEN or c == '"' for c in text[toks[k - 1].end:toks[k].start])), None)
    return opens is None


def _trailing_source(toks: Sequence[Tok], text: Optional[str], first: int) -> Optional[tuple[int, int]]:
    """(index, length) of an attribution preposition near the piece's end whose source runs to
    the end ("…، بحسب وزارة الصحة"، "… وفق الدفاع المدني"); None if there is none. "بحسب ما"
    and "وفق قوله" name no source of their own."""
    lex = lexicon()
    for i in range(max(first + 3, len(toks) - TRAILING_REACH), len(toks) - 1):
        n = starts_with(toks, lex.attribution_preps, i)
        j = i + n
        if not n or j >= len(toks) or toks[j].word in ("قوله", "قولها", "ما"):
            continue
        role = read_role(toks, j, text)
        spans = [s for s in speaker_spans(toks[j:], generic=True) if s[0] == 0]
        stop = max(role.end, role.title_end) if role is not None else (j + spans[0][1] if spans else j)
        if stop > j and stop >= len(toks) - 1:
            return i, n
    return None


def _end_after_verb(toks: Sequence[Tok], text: Optional[str], verb_i: int, first: int = 0) -> int:
    said = _subject_verb_end(toks, verb_i, text)
    if said is not None:
        return said  # "وصف زعيم المعارضة | الانتخابات بـ…"، "ونشر مكتب الوزير | تعزية …"
    comp = _complementizer(toks, verb_i, text)
    call = _call_end(toks, verb_i, text)
    if call is not None and (comp is None or call < comp):
        return call  # "ودعا نظيره | لزيارة …": what is called for is the content
    if comp is not None and toks[verb_i].word in lexicon().description_participles:
        return verb_i + 1  # "واصفا | نتائج الاقتراع بأنها …": what is described is said
    if comp is not None:
        return comp + 1
    seat = _government_subject(toks, verb_i, len(toks))
    if seat and comp is None:
        return verb_i + 1 + seat  # "وأعربت مصر | عن تعازيها"
    if _subject_before(toks, verb_i, first, text) is not None:
        return verb_i + 1  # "وكانت الوزارة نفت | وقوع إصابات": the subject came first, what follows is said
    spans = [s for s in speaker_spans(toks, generic=True) if verb_i < s[0] <= verb_i + 2]
    if spans:
        return _role_phrase_end(toks, spans[0], text)
    role = read_role(toks, verb_i + 1, text)
    if role is not None and role.end < len(toks) and toks[role.end].word in lexicon().unmarked_quote_openers:
        return role.end  # "وأضاف الزعيم الكوري | لقد …": a role phrase, then their words without marks
    if role is not None and role.end < len(toks) and toks[role.end].word == "عن" and _expresses(toks[verb_i].word):
        return role.end  # "وأعرب الرئيس جوكووي | عن تعازيه": the role phrase, then what was expressed
    named = None if is_saying_participle(toks[verb_i].word) or _masdar_after(toks, verb_i) else _named_subject_end(toks, verb_i + 1, text)  # "وأعرب ترمب | للصحفيين عن سعادته"
    if named is not None and named < len(toks) and toks[named].word in APPOSITION_WORDS:
        return len(toks)  # "وقال إردم، وهو من سكان المدينة": who the speaker is, not what was said
    return named if named is not None else verb_i + 1


EXPRESSED_SUBJECT_WORDS = 6  # words a speaker may take between an ambiguous verb of expressing and its "عن"


def _expresses(verb: str) -> bool:
    """A verb whose content follows "عن" (``an_verbs``: "أعرب"، "أعلن"، "كشف"), with or without و/ف."""
    an = lexicon().an_verbs
    return verb in an or unconj(verb) in an


def _role_phrase_end(toks: Sequence[Tok], span: tuple, text: Optional[str]) -> int:
    """End of a speaker phrase that opens with a lexicon title or role noun: the role phrase's
    title words and name go on after it ("أعرب رئيس الوزراء | الإثيوبي | آبي أحمد | عن …": a
    nisba adjective and the name are the speaker, not the content). The name counts only when
    what follows it may follow a subject (:func:`_ends_subject`): "اتهم وزير الداخلية جماعة
    مسلحة بتفجير …" names who is accused, not the minister."""
    role = read_role(toks, span[0], text)
    if role is None or role.kind == SOURCE:
        return span[1]
    named = role.named and (role.end >= len(toks) or _ends_subject(toks[role.end].word))
    return max(span[1], role.title_end, role.end if named else 0)


APPOSITION_WORDS = frozenset(("وهو", "وهي", "وهما", "وهم"))  # after a name: who it is ("وهو من سكان …")


SUBJECT_REACH = 4  # words after a message verb's subject where its message noun may come ("على «تويتر» تعزية")


def _subject_verb_end(toks: Sequence[Tok], i: int, text: Optional[str]) -> Optional[int]:
    """End of the named subject of a describing, message or stance verb at toks[i] when what follows
    is what it says: "وصف X Y بـ«…»" (a ب-word a few words after X), "ندد X بـ…"، "توجه X بنداء …"،
    "نشر X على تويتر تعزية …" (a message noun a few words after X); None otherwise
    ("ووصف القمة بأنها …" has no subject named: the complementizer ends it as before)."""
    lex = lexicon()
    w = toks[i].word
    kinds = (lex.description_verbs, lex.message_verbs, lex.stance_verbs)
    w = w[1:] if w[:1] in "وف" and len(w) > 3 and any(w[1:] in verbs for verbs in kinds) else w
    describes, sends = w in lex.description_verbs, w in lex.message_verbs
    if not (describes or sends or w in lex.stance_verbs) or i + 1 >= len(toks):
        return None
    end = _subject_end(toks, i + 1, text)
    if end is None and describes:
        end = _name_run_end(toks, i + 1, text)  # "ووصف فلان الخطة بأنها …": a name, then what it describes
    if end is None:
        return None
    if not (describes or sends):
        return end if end < len(toks) else None  # "وندد الرئيس | بمحاولات …": a stance, its object said
    for k in range(end, min(len(toks), end + 1 + SUBJECT_REACH)):
        x = toks[k].word
        if describes and x[:1] == "ب" and (x == "ب" or not is_stop(x) or (k > end and is_complementizer(x))):
            if k == end:  # "ووصف الوزير الفرنسي الخطة بـ…": the title's last word is what is described
                role = read_role(toks, i + 1, text)
                return end - 1 if role is not None and not role.named and end - role.start >= 3 else None
            return end
        if sends and _message_noun(x):
            return end
    return None


def _subject_end(toks: Sequence[Tok], j: int, text: Optional[str]) -> Optional[int]:
    """End of a speaker named at toks[j]: a role phrase of a person or body (with its name),
    a speaker of the lexicon, or a proper name; None if none opens there."""
    role = read_role(toks, j, text)
    if role is not None and role.kind != SOURCE:
        end = max(role.end, role.title_end)
        if role.kind == BODY and starts_with(toks, lexicon().office_heads, j) and end < len(toks):
            inner_toks = list(toks)  # "الحساب الرسمي | لرئيس الوزراء … أبي أحمد": the holder is part of it
            w = toks[end].word
            if w[:1] == "ل" and w[1:2] != "ل" and len(w) > 3:
                inner_toks[end] = Tok(w[1:], toks[end].start + 1, toks[end].end)
            inner = read_role(inner_toks, end, text)
            if inner is not None and inner.kind == PERSON:
                end = max(inner.end, inner.title_end)
        # a name ends where the message starts ("وزارة الخارجية | بيانا يدين …")
        end = next((k for k in range(role.title_end, end) if _message_noun(toks[k].word)), end)
        return _name_set_off(toks, end, text) if role.kind == PERSON and not role.named else end
    spans = [s for s in speaker_spans(toks, generic=True) if s[0] == j]
    if spans:
        return spans[0][1]
    return _named_subject_end(toks, j, text)


PRONOUN_ENDS = ("ته", "تها", "تهم", "تهما")  # "جهوزيته": a noun with a pronoun, no name


def _named_subject_end(toks: Sequence[Tok], j: int, text: Optional[str]) -> Optional[int]:
    """End of a proper name at toks[j] that is a verb's subject: what follows it ends a subject
    (:func:`_ends_subject`), a message noun or a quotation opens; None if no name opens there."""
    k = _name_run_end(toks, j, text)
    if k is None:
        return None
    w = toks[k].word
    quote = text is not None and _has_colon_or_quote(text, toks[k - 1].end, toks[k].start)
    if quote or _ends_subject(w) or _message_noun(w):
        return k
    return None


def _name_set_off(toks: Sequence[Tok], end: int, text: Optional[str]) -> int:
    """A title's end, or past the name that follows it between commas ("وصف رئيس الحكومة، فلان
    الفلاني، الاتفاق بأنه …": the name is the subject's too, not what is described)."""
    if text is None or end >= len(toks) or end == 0 or not gap(text, toks[end - 1], toks[end]):
        return end
    k = _name_run_end(toks, end, text)
    return k if k is not None and gap(text, toks[k - 1], toks[k]) else end


def _name_run_end(toks: Sequence[Tok], j: int, text: Optional[str]) -> Optional[int]:
    """End of the words of a proper name opening at toks[j] (at most MAX_NAME, none set off by
    punctuation), when a word follows them; None if no name opens there."""
    k = j
    while k < len(toks) and k - j < MAX_NAME:
        w = toks[k].word
        if (not name_word(w, toks[k - 1].word if k > j else None, k == j, frozenset())
                or (w.endswith("ا") and len(w) >= 5) or _message_noun(w) or w.endswith(PRONOUN_ENDS)
                or (k > j and gap(text, toks[k - 1], toks[k]))):
            break
        k += 1
    return None if k == j or k >= len(toks) else k


def _message_noun(w: str) -> bool:
    """A noun naming a message ("نداء"، "بنداء"، "التعزية"، "بيانا"), with ب or the article."""
    nouns = lexicon().message_nouns
    return any(v in nouns for v in (w, w[1:] if w[:1] == "ب" else w, w[2:] if w[:2] == "ال" else w,
                                     w[3:] if w[:3] == "بال" else w))


def _end_after_prep(toks: Sequence[Tok], prep_i: int, prep_len: int) -> int:
    spans = [s for s in speaker_spans(toks, generic=True) if s[0] == prep_i + prep_len]
    end = spans[0][1] if spans else prep_i + prep_len + 1
    if end < len(toks) and toks[end].word in ("فان", "ان", "وان"):
        end += 1
    else:  # "وحسب بيان مشترك صدر عن الرئيسين، فإن …": the source may take a few words
        fa = next((j for j in range(end, min(len(toks), end + 8)) if toks[j].word == "فان"), None)
        if fa is not None:
            end = fa + 1
    return end


def _colon_end(toks: Sequence[Tok], text: str, first: int, people=None) -> Optional[int]:
    """"بوتين: اتفقنا على …", "بايدن للصحفيين قبل بدء الجلسة: …" (headlines, tickers, live blogs);
    a role phrase or a name of the article opening the piece speaks the same way ("وزير الصحة
    الليبي: …"، "الهلال الأحمر: …")."""
    for a0, b0, name in speaker_spans(toks):
        if a0 > first + 1:
            return None
        return _colon_after(toks, text, b0)
    names = people.name_spans(toks[first:first + 1 + MAX_NAME]) if people is not None else []
    if names and names[0][0] == 0:
        return _colon_after(toks, text, first + names[0][1])
    if names and names[0][0] == 1 and toks[first].word not in lexicon().stopwords:
        # a verb before the name, as before a lexicon's speaker ("واختتم فلان: «…»")
        return _colon_after(toks, text, first + names[0][1], 1)
    role = read_role(toks, first, text) if first < len(toks) else None
    if role is not None and role.kind != SOURCE:
        return _colon_after(toks, text, max(role.end, role.title_end))
    return None


COLON_REACH = 6  # words after a speaker within which a colon opens what was said ("بايدن للصحفيين قبل بدء الجلسة: …")


def _colon_after(toks: Sequence[Tok], text: str, b0: int, reach: int = COLON_REACH) -> Optional[int]:
    """The first token after a colon within `reach` words after a speaker ending at toks[b0 - 1]."""
    return next((k for k in range(max(b0, 1), min(len(toks), b0 + reach)) if ":" in text[toks[k - 1].end:toks[k].start]), None)


def speaker_of(toks, att: Attribution, lead_idx: set, first: int, text, depth, people, current_speaker, issuer=None):
    """(speaker, whether the attribution names it) of a piece; `people` is the article's
    ``names.ArticleSpeakers`` (what it resolves), where the kind of each speaker named is noted;
    `issuer` the last speaker the article said spoke in a document ("وقالت الوزارة في بيان …"),
    who speaks when the document itself comes back as a subject ("وأضاف البيان أن …")."""
    if att.tail is not None:
        attr_toks = list(toks[att.tail:])
    else:
        attr_toks = [t for i, t in enumerate(toks[:att.end]) if i not in lead_idx]
    spans = [s for s in speaker_spans(attr_toks, generic=True) if not _addressee(attr_toks, s)]
    names = [s for s in people.name_spans(attr_toks) if not _addressee(attr_toks, s)]
    if spans or names:
        return _named(attr_toks, spans, names, text, people), True
    if att.colon:  # "وزير الصحة الليبي: …": the role phrase read by _colon_end
        role = read_role(toks, first, text)
        return _role_speaker(toks, (role.start, role.title_end, GENERIC), text, people), True
    prep_i, prep_len = att.prep_i, att.prep_len
    if att.tail is not None and prep_i is not None:  # "…، وفق الدفاع المدني"
        role = read_role(toks, prep_i + prep_len, text)
        if role is not None:
            return _role_speaker(toks, (role.start, role.title_end, GENERIC), text, people), True
        return None, False
    if att.verb_i is not None:
        if _document_subject(toks, att.verb_i, att.end):
            owner = _document_owner(toks, att.verb_i + 2, att.end, text, people)
            if owner is not None:
                return owner, True  # "وقال بيان لوزارة الصحة إن …": the ministry speaks
            if issuer and toks[att.verb_i + 1].word.startswith("ال"):
                return issuer, False  # "وأضاف البيان أن …": the statement its issuer gave earlier
            return None, False  # "وأفاد بيان أن …": a document, not the last speaker
        seat = _government_subject(toks, att.verb_i, att.end)
        if seat:  # "حذرت بكين واشنطن من …": the government speaks, the second capital is spoken to
            return people.note(_written(toks, att.verb_i + 1, att.verb_i + 1 + seat, text), BODY, None), True
        before = _subject_before(toks, att.verb_i, first, text)
        if before is not None:  # "وكانت الوزارة نفت وقوع إصابات": the subject before the verb speaks
            return _role_speaker(toks, (before[0], before[1], GENERIC), text, people), True
        subject = _name_subject(toks, att.verb_i, att.end, text)
        if subject:
            return people.note(subject, NAME, None), True  # "وأكد كيم أن …": someone else speaks
        role = read_role(toks, att.verb_i + 1, text) if att.verb_i + 1 < att.end else None
        if role is not None and role.kind == PERSON and not _counterpart_object(toks, att.verb_i + 1):  # "وأكد الرئيس البرازيلي أن …"
            return _role_speaker(toks, (role.start, role.title_end, GENERIC), text, people), True
        said = _clause_subject(toks, att.verb_i, first, text, people)
        if said is not None:
            return said, True
        subject_end = _unread_subject(toks, att.verb_i, att.end)
        if subject_end:  # "وقالت صحة المحافظة في بيان إن …": a subject of its own, not the last speaker
            return people.note(_written(toks, att.verb_i + 1, subject_end, text), BODY, None), True
        return current_speaker, False
    elif prep_i is not None and prep_i + prep_len < len(toks) and toks[prep_i + prep_len].word in ("قوله", "قولها", "ما"):
        return current_speaker, False  # "وفق قوله"، "بحسب ما …": the source is the one speaking already
    # "وحسب بيان مشترك، فإن …": a document, not the last speaker
    elif toks and is_complementizer(toks[first].word):
        return current_speaker, False  # "وإن البلدين …": reported speech goes on
    elif toks and toks[first].word in lexicon().reply_markers:
        return current_speaker, False  # "ورد الوزير على سؤال …، بقوله: «…»": the one who replied
    elif depth is not None and toks and depth[toks[0].start] > 0:
        return current_speaker, False  # inside a quotation opened earlier
    return None, False


def _unread_subject(toks: Sequence[Tok], verb_i: int, end: int) -> int:
    """The end of a noun phrase no table knows that stands right after the verb of saying, before
    its complementizer ("وقالت صحة المحافظة | في بيان إن …"), or 0. It is the verb's own subject (a
    body, most often, named short): whoever spoke before does not speak here. A preposition, an
    adverb of time, a participle or a complementizer after the verb is no subject ("وقال للصحفيين
    إن …"، "وأضاف اليوم أن …"، "وتابع قائلا …"), nor is a definite noun ("وأضاف البيان أن …": the
    document of whoever spoke already)."""
    k = verb_i + 1
    if k >= end or k >= len(toks):
        return 0
    w = toks[k].word
    if _ends_subject(w) or w[:1] in "بل" or is_saying_participle(w) or w.isdigit():
        return 0
    if w in day_words() or w in lexicon().name_stops or w.endswith("ا") or w[:2] == "ال":
        return 0  # "وأضاف اليوم …"، "وقال مجددا …": when or how; "وأضاف البيان …": who spoke already
    if _masdar_after(toks, verb_i) or stem(w) in lexicon().setting:
        return 0  # "وأكد حدوث …": what was said; "وأضاف مؤتمر …": where
    comp = next((j for j in range(k + 1, end) if is_complementizer(toks[j].word)), None)
    if comp is None:
        return 0
    return next((j for j in range(k + 1, comp) if _ends_subject(toks[j].word)), comp)


def _clause_subject(toks: Sequence[Tok], verb_i: int, first: int, text: Optional[str], people) -> Optional[str]:
    """The subject of the verb that opens a piece whose reporting word is a participle later on
    ("وتعهد المرشح الخاسر بالاستمرار …، قائلا «…»"): a role phrase of a person or body, or a
    name the article gives, right after that first verb; None if the piece does not open so."""
    if not is_saying_participle(toks[verb_i].word) or verb_i <= first + 1:
        return None
    return _subject_of_opening_verb(toks, first, verb_i, text, people)


def opening_subject(toks: Sequence[Tok], text: Optional[str], people) -> Optional[str]:
    """The subject of the verb that opens a sentence's first piece, whatever the verb ("وودع
    الرئيس، فلان، خصمه"): the speaker of a later piece of the sentence that opens with a
    participle of saying ("…، قائلا: «…»"), which names no one itself. None when the piece
    does not open with a verb and its subject (a word with the article is no verb)."""
    w = toks[0].word[1:] if toks and toks[0].word[:1] in "وف" else (toks[0].word if toks else "")
    if len(toks) < 2 or w.startswith("ال") or not w.isalpha() or is_saying_participle(toks[0].word):
        return None
    return _subject_of_opening_verb(toks, 0, len(toks), text, people)


def opens_with_participle(toks: Sequence[Tok]) -> bool:
    """Whether a piece opens with a participle of saying or a reply marker ("قائلا"، "مضيفا إن …"،
    "…، بقوله: «…»"): it names no speaker itself and speaks for its sentence's opening subject."""
    return bool(toks) and (
        (is_saying_participle(toks[0].word) and is_reporting(toks[0].word)) or toks[0].word in lexicon().reply_markers)


def _subject_of_opening_verb(toks: Sequence[Tok], first: int, end: int, text: Optional[str], people) -> Optional[str]:
    """A role phrase of a person or body, or a name the article gives, right after the word
    toks[first] (read as a verb) and ending before `end`; None after a complementizer or a
    stop word, which open no verb clause ("وأنه …"، "في …")."""
    j = first + 1
    if is_complementizer(toks[first].word) or is_stop(toks[first].word):
        return None
    role = read_role(toks, j, text)
    if role is not None and role.kind in (PERSON, BODY) and max(role.end, role.title_end) <= end:
        return _role_speaker(toks, (role.start, role.title_end, GENERIC), text, people)
    named = [s for s in people.name_spans(toks[j:end]) if s[0] == 0]  # a name the article gives
    if named:
        return people.note(named[0][2], NAME, people.name_titles.get(named[0][2]))
    return None


ISSUE_REACH = 8  # words of a piece before its complementizer where "في بيان" may say how it was said


def issued_document(toks: Sequence[Tok], end: int) -> bool:
    """A document noun among the attribution's words toks[:end], or before a complementizer
    among the piece's first words when it has no attribution of its own ("وقالت الوزارة في
    بيان إن …"، "…، في بيان مشترك، أن …"، "أصدرت الرئاسة بيانا …"): its speaker issued a
    document a later "البيان" refers to."""
    if not end:
        end = next((k for k in range(min(len(toks), ISSUE_REACH)) if is_complementizer(toks[k].word)), 0)
    return any(_document_word(t.word) for t in toks[:end])


@lru_cache(maxsize=100_000)
def _document_word(word: str) -> bool:
    """A document noun ("بيان"، "ببيان"، "بيانا"), per word type."""
    nouns = lexicon().document_nouns
    return any(b in nouns or (b[-1:] == "ا" and b[:-1] in nouns) for b in bare(word)[:3])


def _document_owner(toks: Sequence[Tok], j: int, end: int, text: Optional[str], people) -> Optional[str]:
    """Who issued a document that is a verb's subject, named right after it with ل ("بيان للرئاسة"،
    "بيان لوزارة الصحة") or after "صادر عن" ("بيان صادر عن الرئاسة"); None if no one is."""
    if j + 1 < end and toks[j].word in ("صادر", "الصادر") and toks[j + 1].word == "عن":
        j += 2
    elif j < end and toks[j].word[:1] == "ل" and len(toks[j].word) > 3:
        w = toks[j].word
        toks = list(toks)
        toks[j] = Tok("ال" + w[2:] if w.startswith("لل") else w[1:], toks[j].start + 1, toks[j].end)
    else:
        return None
    if j >= end:
        return None
    spans = [sp for sp in speaker_spans(toks[j:end], generic=True) if sp[0] == 0]
    names = [sp for sp in people.name_spans(toks[j:end]) if sp[0] == 0]
    if not spans and not names:
        return None
    return _named(toks[j:end], spans, names, text, people)


def _document_subject(toks: Sequence[Tok], verb_i: int, end: int) -> bool:
    """The reporting verb's subject is a document ("أفاد بيان …"، "وأضاف التقرير أن …")."""
    j = verb_i + 1
    return j < end and any(b in lexicon().document_nouns for b in bare(toks[j].word)[:3])


def _government_subject(toks: Sequence[Tok], verb_i: int, end: int) -> int:
    """Words of a capital or country right after a feminine reporting verb, that speaks for
    its government ("أعلنت موسكو أن …"، "قالت تركيا إن …"); 0 if none. Places are feminine
    subjects: after a masculine verb the place is no subject ("قال في موسكو")."""
    j = verb_i + 1
    if j >= end:
        return 0
    verb = unconj(toks[verb_i].word)
    if not (verb.endswith("ت") or verb.startswith("ت")):
        return 0
    lex = lexicon()
    n = starts_with(toks, lex.government_seats, j)
    if not n and toks[j].word in lex.place_names:
        n = 1
    return n if j + n <= end else 0


def _subject_before(toks: Sequence[Tok], verb_i: int, first: int, text: Optional[str]) -> Optional[tuple[int, int]]:
    """(start, end) of the subject standing before the reporting verb at toks[verb_i]: a role
    phrase of a person or body, or a speaker of the lexicon, from the piece's first word (after
    an auxiliary: "وكانت الوزارة نفت …"، "وكان الوزير قد نفى …") up to the verb (or its "قد").
    Arabic states the subject once: the words after such a verb are what was said, a verbal
    noun ("وقوع إصابات") no name. None when the verb opens the piece or is a participle."""
    if first >= len(toks) or is_saying_participle(toks[verb_i].word):
        return None
    start = first + 1 if toks[first].word in _AUXILIARIES else first
    stop = verb_i - 1 if toks[verb_i - 1].word == "قد" else verb_i
    if start >= stop:
        return None
    role = read_role(toks, start, text)
    if role is not None and role.kind in (PERSON, BODY) and max(role.end, role.title_end) == stop:
        return start, stop
    return next(((a, b) for a, b, _ in speaker_spans(toks, generic=True) if a == start and b == stop), None)


def _name_subject(toks: Sequence[Tok], verb_i: int, end: int, text: Optional[str]) -> Optional[str]:
    """A proper name right after the reporting verb, as written ("وأكد كيم أن …"): the
    subject is someone the lexicon and the article's titles do not know."""
    j = k = verb_i + 1
    if _masdar_after(toks, verb_i):
        return None  # "ونفت وقوع إصابات": what is denied, not who denies
    while k < end and k - j < MAX_NAME:
        w = toks[k].word
        if not name_word(w, toks[k - 1].word if k > j else None, k == j, frozenset()) or (
            w.endswith("ا") and len(w) >= 5
        ):  # an adverb ("مجددا"، "لاحقا") is no name
            break
        k += 1
    if k - j >= 2 and _addressed_before_reply(toks, k - 1):
        k -= 1  # "خاطب كليجدار أوغلو أنصاره بالقول": the last word, a noun and its pronoun, is spoken to
    elif k == j or (k < len(toks) and not _ends_subject(toks[k].word) and not _addressed_before_reply(toks, k)
                    and not _title_after_name(toks, k, end, text) and not (k == end and _describes(toks[verb_i].word))):
        return None  # (a describing verb's attribution ends with its subject: "ووصف فلان | الخطة بأنها …")
    raw = text[toks[j].start:toks[k - 1].end] if text is not None else " ".join(t.word for t in toks[j:k])
    return readable(raw)


def _describes(word: str) -> bool:
    """A verb of describing ("وصف"، "ووصفت"), with or without its conjunction."""
    verbs = lexicon().description_verbs
    return word in verbs or unconj(word) in verbs


def _title_after_name(toks: Sequence[Tok], k: int, end: int, text: Optional[str]) -> bool:
    """Does a title without a name of its own follow the name that ends at k, and end the
    attribution ("وصف جوزيف فاريلا رئيس الوزراء المالطي، …"): the name's apposition, after
    which the content comes (its end, or a word that ends a subject)?"""
    role = read_role(toks, k, text)
    if role is None or role.kind != PERSON or role.named:
        return False
    return role.title_end >= end or role.title_end >= len(toks) or _ends_subject(toks[role.title_end].word)


def _masdar_after(toks: Sequence[Tok], verb_i: int) -> bool:
    """The word right after the verb is a verbal noun, the verb's object ("نفى وقوع …"، "أكد
    حدوث …"، "أعلن تأجيل …"، "نفى اعتقال …"), never a name: of the forms فُعول (four letters,
    و third, no ا second: "داود" is a name), تفعيل (five letters, ت first and ي fourth, no ي
    or و second: "تيسير" is a name) and افتعال (six letters, ا first, ت third, ا fifth); a
    complementizer a word or two on makes it a name ("وقال سعود إن …"), a masdar takes its object."""
    if verb_i + 1 >= len(toks):
        return False
    w = toks[verb_i + 1].word
    if any(is_complementizer(t.word) for t in toks[verb_i + 2:verb_i + 4]):
        return False  # "وقال سعود إن …": a name, the verb's content comes after it
    return ((len(w) == 4 and w[2] == "و" and w[1] != "ا" and w[0] != "ا")
            or (len(w) == 5 and w[0] == "ت" and w[3] == "ي" and w[1] not in "يو")
            or (len(w) == 6 and w[0] == "ا" and w[2] == "ت" and w[4] == "ا"))


def _addressed_before_reply(toks: Sequence[Tok], k: int) -> bool:
    """toks[k] is a noun with a pronoun right before a reply marker ("أنصاره بالقول"): the people
    spoken to, after the speaker's name."""
    return (0 < k < len(toks) - 1 and toks[k + 1].word in lexicon().reply_markers
            and toks[k].word.endswith(("ه", "ها", "هم", "هما")))


def _ends_subject(w: str) -> bool:
    """What may follow a speaker's name before the content: a complementizer, a preposition or
    function word ("في كلمة"، "للصحفيين"), a known name it is said to ("لبوتين"), a reply marker or participle ("بقوله"، "قائلا"), or
    a word that opens the speaker's own words when copy lost their marks ("وأضاف الوزير لقد
    تجاوزنا الأزمة": ``unmarked_quote_openers``)."""
    lex = lexicon()
    return (is_complementizer(w) or is_stop(w) or w.startswith(("لل", "بال"))
            or w in lex.reply_markers or is_reporting(w) or w in lex.unmarked_quote_openers
            or (w[:1] == "ل" and w[1:] in name_first_words()))  # to whom: "وقال شي لبوتين إن …"


_PLACE_PREPS = frozenset(("من", "ومن", "في", "وفي"))  # folded: where, not who


def _named(attr_toks: Sequence[Tok], spans: list, names: list, text: Optional[str], people) -> str:
    """The speaker an attribution names: a name (of the lexicon or of the article) before a
    title before a role phrase; titles and role phrases resolved by the article when it can."""
    lex = lexicon()
    named = sorted([s for s in spans if s[2] in lex.speaker_names] + names)
    if len(named) > 1:
        # "ومن قصر الإليزيه، بدأ الرئيس كلمته بالقول …": where one speaks from is not who speaks
        spoken = [s for s in named if not (s[0] > 0 and attr_toks[s[0] - 1].word in _PLACE_PREPS)]
        named = spoken or named
    if named:
        return people.note(named[0][2], NAME, people.name_titles.get(named[0][2]))
    titles = [s for s in spans if s[2] != GENERIC]
    if titles:
        title = titles[0][2]
        if people.title(title) != title:
            return people.note(people.title(title), NAME, title_key(words(title)))
        # shown as the lexicon's title, which tells statements apart as before ("وزير الخارجية"
        # of one side and of the other may say one agreement); resolved on all its words
        # ("وزير الدفاع التشيلي")
        key = title_key(words(title))
        role = read_role(attr_toks, titles[0][0], text)
        if role is not None and role.title_end > titles[0][1]:
            key = role_key(attr_toks, role)
        name = people.resolve(key)
        return people.note(name or title, NAME if name else TITLE, people.name_titles.get(name, key) if name else key)
    span = spans[0]
    outer = read_role(attr_toks, span[0] - 1, text) if span[0] > 0 else None
    if outer is not None and outer.kind == PERSON and outer.title_end >= span[1]:
        span = (span[0] - 1, outer.title_end, GENERIC)  # "زعيم حزب …": the party's leader speaks, not the party
    return _role_speaker(attr_toks, span, text, people)


def _written(toks: Sequence[Tok], a: int, b: int, text: Optional[str]) -> str:
    """toks[a:b] as the article writes them (readable), or their folded words without it."""
    b = max(b, a + 1)
    raw = text[toks[a].start:toks[b - 1].end] if text is not None else " ".join(t.word for t in toks[a:b])
    return readable(raw)


def _addressee(attr_toks: Sequence[Tok], span: tuple) -> bool:
    """A name or title after the preposition ل is spoken to, not speaking: "أكد شي لبايدن أن …",
    "قال شي للرئيس الأمريكي: …" (not after a document: "بيان لوزارة الصحة" is the ministry's),
    and so is one answered or addressed after "على" or "إلى" ("ورد على الوزير بقوله إن …":
    ``addressee_prepositions``); so is a counterpart after "دعا" or
    "أبلغ" (:func:`_counterpart_object`); one after "مع" is a partner ("بنى علاقة خاصة مع كيم")."""
    a = span[0]
    w = attr_toks[a].word
    lex = lexicon()
    if a > 0 and w[:1] == "ل" and _document_word(attr_toks[a - 1].word):
        return False  # "وقال بيان لوزارة الصحة إن …": whose document it is, not who is addressed
    return (a > 0 and (attr_toks[a - 1].word in lex.addressee_prepositions or attr_toks[a - 1].word in lex.partner_words)) or (
        w[:1] == "ل" and w not in name_first_words()) or _counterpart_object(attr_toks, a) or (
        a > 0 and _counterpart_object(attr_toks, a - 1))  # "أبلغ نظيره فلان أن …": the counterpart's name


def _counterpart_object(toks: Sequence[Tok], k: int) -> bool:
    """A counterpart ("نظيره الكوري") right after a verb whose object is a person ("دعا"،
    "أبلغ"): spoken to, not speaking ("ودعا نظيره … لزيارة …")."""
    lex = lexicon()
    if k == 0 or k >= len(toks) or toks[k].word not in lex.counterpart_words:
        return False
    v = toks[k - 1].word
    return v in lex.addressee_verbs or (v[:1] in "وف" and v[1:] in lex.addressee_verbs)


def _role_speaker(attr_toks: Sequence[Tok], span: tuple, text: Optional[str], people) -> str:
    """A role phrase's speaker: the person it names or the article resolves it to, else the
    body or role as written."""
    role = read_role(attr_toks, span[0], text)
    end = span[1]
    if role is not None:
        if role.kind == PERSON and role.named:
            name = role_name(attr_toks, role, text)
            if name in lexicon().speaker_names or name in people.name_titles:
                return people.note(name, NAME, people.name_titles.get(name))
        end = role.title_end if role.kind != SOURCE or role.title_end > span[1] else span[1]
    shown = _written(attr_toks, span[0], end, text)
    if role is None or role.kind == SOURCE:
        return people.note(shown, SOURCE, None)
    if role.kind == BODY:  # a body by its name; "الشركة" alone is only a role
        holder = _office_holder(attr_toks, role, text, people)
        if holder is not None:
            name, key, stop = holder
            if name:
                return people.note(name, NAME, people.name_titles.get(name, key))
            return people.note(_written(attr_toks, span[0], max(end, stop), text), BODY, key)
        return people.note(shown, BODY if end - span[0] > 1 else ROLE, None)
    key = role_key(attr_toks, role)
    name = people.resolve(key)
    if name:
        return people.note(name, NAME, people.name_titles.get(name, key))
    return people.note(shown, ROLE, key)


def _office_holder(toks: Sequence[Tok], role, text: Optional[str], people) -> Optional[tuple]:
    """(name or None, title key, end of the title) of the holder whose office or account a body phrase is
    ("مكتب رئيس الوزراء الكندي"، "الحساب الرسمي لرئيس الوزراء"): the office speaks for its
    holder, named when the phrase or the article names them, else resolved by the title across
    the event's articles (``claims/statement_speakers.py``). None for any other body."""
    n = starts_with(toks, lexicon().office_heads, role.start)
    j = role.start + n
    if not n or j >= len(toks):
        return None
    inner_toks = list(toks)
    w = toks[j].word
    if w[:1] == "ل" and w[1:2] != "ل" and len(w) > 3:  # "الحساب الرسمي لرئيس الوزراء"
        inner_toks[j] = Tok(w[1:], toks[j].start + 1, toks[j].end)
    inner = read_role(inner_toks, j, text)
    if inner is None or inner.kind != PERSON:
        return None
    if inner.named:
        name = role_name(inner_toks, inner, text)
        return name, role_key(inner_toks, inner), inner.title_end
    key = role_key(inner_toks, inner)
    return people.resolve(key), key, inner.title_end


def _find_verb(toks: Sequence[Tok], text: Optional[str], first: int) -> Optional[int]:
    """Index of the reporting verb that introduces the piece's content, if any."""
    lex = lexicon()
    spans_all = speaker_spans(toks, generic=True)
    for i in range(first, min(len(toks), first + 12)):
        w = toks[i].word
        if _subject_verb_end(toks, i, text) is not None:
            return i  # "وصف زعيم المعارضة الانتخابات بـ…"، "توجه الرئيس بنداء …"
        if _pluperfect_verb(toks, i, first):
            return i  # "وكان المتحدث باسم الوزارة، فلان، قد نفى …": the subject stands before
        if not is_reporting(w):
            if _reply_verb(toks, i):
                return i
            continue
        comp = _complementizer(toks, i, text)
        after = {a: b for a, b, _ in spans_all}
        ambiguous = w in lex.ambiguous_reporting or (w[:1] in "وف" and w[1:] in lex.ambiguous_reporting)
        if _call_end(toks, i, text) is not None:
            return i  # "ودعا نظيره لزيارة …"، "وحث الطرفين إلى …"
        if ambiguous:
            # "بين الرئيس الروسي أنه …", "ذكر أن …": the complementizer must follow at once
            j = after.get(i + 1, i + 1)
            if j < len(toks) and toks[j].word in _PRONOUN_OBJECTS:
                j += 1  # "وطلب منه أن …"، "وذكر لهم أن …": whom it was said to, then what
            if comp is not None and (comp == j or ((i + 1) in after and _gap(i, comp, after) <= 10)
                                     or _role_until(toks, i + 1, comp, text)
                                     or (comp == i + 2 and _document_subject(toks, i, comp))):
                return i  # "وذكر البيان أن …": a document and the complementizer
            if _expresses(w) and ((i + 1) in after or _role_subject(toks, i + 1, text)) and any(
                    toks[k].word == "عن" for k in range(i + 2, min(len(toks), i + 2 + EXPRESSED_SUBJECT_WORDS))):
                return i  # "وعبر الوزير فلان عن ارتياحه": a speaker, then what was expressed ("عبر" is also "via")
            continue
        if (i + 1) in after or (i + 2) in after or (comp is not None and _gap(i, comp, after) <= 10):
            return i
        if is_saying_participle(w):
            continue  # a participle has no subject of its own to make it the verb
        if i + 1 < len(toks) and _named_subject_end(toks, i + 1, text) is not None:
            return i  # "وأعرب ترمب للصحفيين عن …"، "وناشد الزواري «…»": a name the lexicon does not know
        if _government_subject(toks, i, len(toks)):
            return i  # "وأعربت مصر، في بيان …، عن تعازيها": a country speaks for its government
        if i + 1 < len(toks) and _role_subject(toks, i + 1, text):
            return i  # "واستبعد الرئيس بعد لقائه …، أن …": a role right after the verb is its subject
        if any(b == i and a0 <= first + 1 for a0, b, _ in spans_all):
            return i  # the subject first ("لكن الهيئة أكدت عدم وجود …"): what follows the verb is said
    # an unknown (or misspelt) verb: a speaker named at the start, then a complementizer
    for a0, b0, _ in spans_all:
        if first <= a0 <= first + 2 and b0 < len(toks) and is_complementizer(toks[b0].word):
            return max(first, a0 - 1)
    return None


# a preposition with a pronoun after a verb of saying: to whom or of whom it was said (folded)
_PRONOUN_OBJECTS = frozenset(
    p + suffix for p in ("من", "ل", "الي", "علي") for suffix in ("ه", "ها", "هم", "هما", "هن", "نا", "ي", "ك", "كم")
) | frozenset(("مني", "منا"))


def _role_subject(toks: Sequence[Tok], j: int, text: Optional[str]) -> bool:
    """Does a role phrase of a person or body open at toks[j] ("الرئيس"، "وزير الصحة")?"""
    role = read_role(toks, j, text)
    return role is not None and role.start == j and role.kind in (PERSON, BODY)


_AUXILIARIES = frozenset(("كان", "كانت", "وكان", "وكانت"))


def _pluperfect_verb(toks: Sequence[Tok], i: int, first: int) -> bool:
    """Is toks[i] the verb of a pluperfect that opens the piece, "كان" + subject + "قد" + verb
    ("كان الوزير قد أكد …": he had said), a verb of saying or one followed by "أن"? Its subject
    stands between the auxiliary and the verb."""
    if not (i >= first + 3 and toks[i - 1].word == "قد" and toks[first].word in _AUXILIARIES):
        return False
    lex = lexicon()
    # a verb of saying, or any verb whose content follows as "أن …" ("كان المكتب قد أورد أن …")
    return is_reporting(toks[i].word) or (i + 1 < len(toks) and toks[i + 1].word in lex.complementizers)


def said_before(toks: Sequence[Tok], verb_i: Optional[int], first: int) -> bool:
    """Is the piece's verb of saying a pluperfect, opened by an auxiliary "كان" ("وكانت الوزارة قد
    نفت …"، "وكان الوزير أكد …")? The article tells what the speaker had said before, as the
    background of what they say now."""
    return verb_i is not None and verb_i > first and toks[first].word in _AUXILIARIES


CALL_REACH = 7  # words from a call verb to what it calls for ("ودعا الرئيس الفرنسي نظيره اللبناني إلى")


def _call_end(toks: Sequence[Tok], i: int, text: Optional[str]) -> Optional[int]:
    """Index of what a call verb at toks[i] calls for: "إلى" or a ل-noun ("لزيارة"، "للإفراج")
    after the verb and at most a few words (its subject, the one called on), in the same
    phrase; None if toks[i] is no call verb or nothing follows so."""
    lex = lexicon()
    w = toks[i].word
    if w not in lex.call_verbs and not (w[:1] in "وف" and w[1:] in lex.call_verbs):
        return None
    for k in range(i + 1, min(len(toks), i + 1 + CALL_REACH)):
        if gap(text, toks[k - 1], toks[k]):
            return None
        x = toks[k].word
        if x == "الي":
            return k
        if x[:1] == "ل" and len(x) > 4 and (x[1:3] == "ال" or x[1:2] == "ل" or x.endswith("ه")):
            return k
        if is_reporting(x) or is_complementizer(x):
            return None
    return None


REPLY_REACH = 6  # words from "رد" to the reply marker ("ورد وزير الخارجية الكندي بقوله")


def _reply_verb(toks: Sequence[Tok], i: int) -> bool:
    """"رد" with a reply marker a few words on ("ورد كيم بقوله"، "ردت الوزارة قائلة إن …"):
    a reporting verb; without one it is "came" or "was mentioned" ("ورد في التقرير")."""
    lex = lexicon()
    w = toks[i].word
    if w not in lex.reply_verbs and not (w[:1] in "وف" and w[1:] in lex.reply_verbs):
        return False
    return any(t.word in lex.reply_markers for t in toks[i + 1:i + 1 + REPLY_REACH])


def _role_until(toks: Sequence[Tok], i: int, comp: int, text: Optional[str]) -> bool:
    """A role phrase of a person or body opens at toks[i] and runs up to the complementizer
    ("ورأى زعيم حزب … المعارض أنه …"): the subject of an ambiguous reporting verb."""
    role = read_role(toks, i, text) if i < comp else None
    return role is not None and role.kind != SOURCE and max(role.end, role.title_end) == comp


def _gap(i: int, j: int, speakers: dict) -> int:
    """Tokens between i and j that are not part of a speaker's name or title."""
    n, k = 0, i + 1
    while k < j:
        if k in speakers:
            k = speakers[k]
            continue
        n += 1
        k += 1
    return n


# words that make a following "أن" a conjunction of time or concession ("بعد أن أنهى …"، "منذ أن"،
# "رغم أن"), not the complementizer that opens what was said
TIME_BEFORE_AN = frozenset(("بعد", "قبل", "منذ", "حين", "رغم", "برغم", "بعيد", "قبيل", "لدى"))


def conditional_an(toks: Sequence[Tok], j: int) -> bool:
    """Is toks[j] an "إن" of condition ("… إن لزم الأمر"): folded "ان" before one of the lexicon's
    ``conditional_verbs``?"""
    return toks[j].word in ("ان", "وان") and j + 1 < len(toks) and toks[j + 1].word in lexicon().conditional_verbs


def _complementizer(toks, verb_i: int, text: Optional[str]) -> Optional[int]:
    """Index of the last attribution token: the complementizer, or the token before a colon/quote."""
    spans = {a: b for a, b, _ in speaker_spans(toks, generic=True)}
    j = verb_i + 1
    closed = False  # the gap before toks[j] closes a quoted name: no quotation opens there
    while j < len(toks):
        if j in spans:
            end = spans[j]
            if text is not None:
                # a role phrase read with the words after it never runs past a colon ("وقال الوزير: «…")
                colon = _colon_after(toks, text, j + 1, end - j - 1)
                if colon is not None:
                    return colon - 1
            j = end
            continue
        if (is_complementizer(toks[j].word) and toks[j - 1].word not in TIME_BEFORE_AN
                and not conditional_an(toks, j)):
            return j  # not "بعد أن أنهى …" (a time clause of the attribution), not "إن لزم الأمر" (a condition)
        if text is not None and not closed and _has_colon_or_quote(text, toks[j - 1].end, toks[j].start):
            k = _quoted_name_end(toks, j, text, far=j - verb_i > QUOTED_NAME_REACH)
            if k is None:
                return j - 1
            j, closed = k, True  # «وأكد "شي" لـ"بايدن" أن …»: names in quotes, not the quotation
            continue
        closed = False
        j += 1
    return None


QUOTE_CLOSE = frozenset('"”»')


QUOTED_NAME_REACH = 6  # words from the verb beyond which a quoted name after a noun ends no attribution


def _quoted_name_end(toks, j: int, text: str, far: bool = False) -> Optional[int]:
    """Index after a short quoted name opening at toks[j] (news often quotes names: «قال "شي"
    للرئيس …»), when something follows it, or when it ends the piece `far` from the verb right
    after a noun with the article ("…، في العاصمة الفيتنامية “هانوي”."); None when the quotation
    is the reported words."""
    gap = text[toks[j - 1].end:toks[j].start]
    if ":" in gap:
        return None
    if far and len(toks) - j <= 2 and toks[j - 1].word.startswith("ال"):
        return len(toks)  # a name or a place quoted after the noun it names ends the piece
    for k in range(j + 1, min(len(toks), j + MAX_NAME) + 1):
        w = toks[k - 1].word
        if not name_word(w, toks[k - 2].word if k - 1 > j else None, k - 1 == j, frozenset()) and not (
            w in lexicon().speaker_names or any(p[0] == w for p, _ in lexicon().speakers)
        ):
            return None
        if k >= len(toks):
            return None
        after = text[toks[k - 1].end:toks[k].start]
        if any(c in QUOTE_CLOSE for c in after):
            return k if ":" not in after else None
    return None


def _has_colon_or_quote(text: str, a: int, b: int) -> bool:
    gap = text[a:b]
    return ":" in gap or any(q in gap for q in QUOTE_OPEN) or '"' in gap


HEADLINE_SPEAKER_WORDS = 6  # words before a title's colon: a speaker, an addressee or a setting ("بايدن لنظيره:")
HEADLINE_CONTENT_WORDS = 3  # words after it: what was said is a clause, not a label or a figure


def headline_colon(toks: Sequence[Tok], text: str, people) -> Optional[int]:
    """Where the words said start in a title of the form speaker + colon + what was said
    ("الوزير: لا نقص في الأدوية"، "المنظمة لنظيرتها: الحوار وحده ينهي الأزمة"), or None.

    The speaker opens the line and is one the statement stage knows: a speaker or title of
    the lexicon, a role phrase (``names.read_role``) or a name the article gives someone
    (`people`: ``names.ArticleSpeakers``). Before the colon no reporting verb and no number
    (a list's entry); after it a few words, one colon only: a label ("عاجل:"، "بالفيديو:"),
    a section name or a country over a figure ("كينيا: 32") says nobody's words. Nor does a
    title whose words open with a verbal noun ("الوزارة: ارتفاع الحصيلة إلى …"، "الرئاسة:
    انتهاء القمة بعد …"): the newsroom's summary of an event, no clause of the speaker's.
    """
    k = _colon_after(toks, text, 1, HEADLINE_SPEAKER_WORDS)
    if k is None or len(toks) - k < HEADLINE_CONTENT_WORDS:
        return None
    head = toks[:k]
    if any(any(c.isdigit() for c in t.word) or is_reporting(t.word) for t in head):
        return None
    if ":" in text[toks[k].start:toks[-1].end] or _verbal_noun(toks[k].word):
        return None
    named = [s for s in speaker_spans(head, generic=True) if s[0] == 0] or [s for s in people.name_spans(head) if s[0] == 0]
    if not named and read_role(head, 0, text) is None:
        return None
    return k


def _verbal_noun(w: str) -> bool:
    """A verbal noun of the derived forms in ا without the article ("ارتفاع"، "انتهاء"،
    "استمرار": ``stemming.alef_masdar``), as a title's event phrase opens."""
    w = w.lstrip("\"'“”«»")
    return not w.startswith("ال") and alef_masdar(w)
