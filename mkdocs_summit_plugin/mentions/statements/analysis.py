"""Stage 3b: statements: what each clause of an article says, who said it, and about what.

:func:`find_statements` reads each non-heading sentence's pieces
(``clauses.pieces``), and a heading's that quotes its speaker ("الوزير: لا نقص في
الأدوية": ``attribution.headline_colon``) unless the body tells that quote again
(:func:`_told_in_body`: one article is one source, the body's sentence the fuller),
and analyses each (:func:`analyse`) as *attribution* + *content* (``attribution``):
the speaker (a document the article said someone issued, "وقالت الوزارة في بيان", speaks
for them when it comes back as a subject: "وأضاف البيان أن …"), the reporting verb, whether it is
negated or denied, and its *terms*, the content words keyed by concept or stem
(``terms``) that later steps compare. The excerpt is the piece; its span in
``article.text`` is exact.

A topic lead's words count half (``LEAD_WEIGHT``), and so do a time adjunct's
("منذ تولي بايدن منصبه"، "خلال المحادثات": a time preposition before the
meeting noun) and stance concepts (a perception verb: "لم يلمس أي عدائية" says
what "لم تكن هناك أي عدائية" says). The speaker's own country ("بلاده"،
"بلادنا") is context, like an entity.

The analyses are kept per mention for the claims stage (:func:`analyse_mention`)
and can be exported to the cache and restored (:func:`export_analyses`,
:func:`restore_analyses`), or kept as objects between runs of one process
(:func:`analyses_of`, :func:`reinstate_analyses`); :func:`reset` forgets them.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional, Sequence

from ...model import PLANNED, REPORTED, Article, Mention, Sentence
from ...text.roots import family, phrase_group
from ...text.stemming import bare, forget_vocabulary, read_vocabulary, stem, strip_article, vocabulary
from ...text.tokens import Tok, article_tokens, forget_article, read_article, span_tokens, tokens, words
from ..quantities.words import unconj
from .attribution import (attribution, headline_colon, issued_document, opening_subject, opens_with_participle,
                          said_before, speaker_of)
from .clauses import Piece, is_heading_line, pieces, quote_depth, quoted_sentences
from .facts import appended_relative, facts, is_future
from .lexicon import context_keys, is_complementizer, lexicon, starts_with
from .reporting import is_reporting, is_saying_participle
from .names import MAX_NAME, PERSON, ArticleSpeakers, article_speakers, head_words, read_role, title_key
from .speakers import article_titles, opens_speaker_phrase, speaker_spans
from .terms import content_tokens, number_key, speaker_spans_said, term_keys, time_adjuncts

LEAD_WEIGHT = 0.5  # weight factor of topic-lead words
MIN_CONTENT_TERMS = 2  # a piece needs this many content terms to be a statement
FACT_SUBJECT_WORDS = 4  # content words before a "لم" that still opens the first clause's predicate
NEGATION_SCOPE = 2  # content words after a negator that it negates ("لم ألاحظ أي عدائية")
HEADLINE_SHARE = 0.6  # share of a title quote's content terms that a body statement telling it again carries
PHRASE_SPAN = 3  # words after a word that a phrase of lexicon/synonyms.yaml may continue it with


@dataclass
class Analysis:
    terms: dict  # key -> weight factor (1.0 content, LEAD_WEIGHT topic lead)
    negated: bool = False
    negated_term: Optional[str] = None
    denial: bool = False
    former: bool = False  # told in the pluperfect ("وكانت الوزارة قد نفت …"): what the speaker had said before
    denies_fact: bool = False  # a negation of the past: something did not happen or has not changed
    opinion: bool = False  # reported with a verb of opinion ("يرى"، "اعتبر"): the speaker's view
    speaker: Optional[str] = None
    speaker_explicit: bool = False
    verb: Optional[str] = None
    attributed: bool = False
    agreement: bool = False
    stakes: bool = False  # an accusation, a threat, a condemnation or a promise (facts.py)
    ordinal: bool = False
    superlative: bool = False  # a record ("أكبر كارثة منذ …"), facts.py
    comparative: bool = False  # a comparison of amounts ("أقل من الأرقام المعلنة"), facts.py
    number: bool = False
    measured: bool = False
    measured_only: bool = False
    measured_by_verb: bool = False  # the measurement is said with a measurement verb ("استمرت ساعة")
    background: bool = False
    quoted: bool = False
    planned: bool = False
    topic_words: tuple = ()
    content_start: int = 0  # offset (article text) where the reported content begins
    negated_keys: tuple = ()  # keys of the few content words right after the statement's negator
    unmet: tuple = ()  # outcome concepts the statement says did not happen ("لم يتوصلا لاتفاق"، "دون التوصل إلى اتفاق")
    without: tuple = ()  # keys a noun negator says were not there ("من دون إعلان أي قرار": إعلان، قرار)
    inner_speaker: Optional[str] = None  # "قال البيت الأبيض إن بايدن أبلغ بوتين …" → بايدن
    objects: tuple = ()  # what the statement is about, named after a topic preposition ("مشاورات حول X")
    roots: dict = None  # term key -> the family of its word (root and synonym groups, text/roots.py)
    issued: bool = False  # said in a document ("في بيان"): a later "البيان" is the speaker's
    speaker_kind: Optional[str] = None  # names.NAME, TITLE, ROLE, BODY or SOURCE (None: unknown)
    speaker_title: tuple = ()  # sorted key of the speaker's title, resolved across articles (claims/)
    verb_first: bool = False  # the piece opens with its reporting verb ("، قال الوزير")
    article_people: tuple = ()  # the article's titled people: ((sorted title key), name) pairs (claims/)
    key_words: tuple = ()  # (term key, its word without the article) of each content term, in text order
    who_keys: tuple = ()  # keys of content words that name a person (:func:`_who_keys`)


def find_statements(article: Article, sentences: list[Sentence]) -> list[Mention]:
    """Statement mentions of one article, in text order (see the module docstring)."""
    text = article.text
    read_article(text)  # first: the vocabulary's words come from the fold it keeps (normalise.fold)
    read_vocabulary(text)
    people = article_speakers(text, article_tokens(text), article_titles(article))
    depth = quote_depth(text)
    sentences = quoted_sentences(text, sentences, depth)
    titled = titled_people(people)
    current_speaker: Optional[str] = None
    issuer: Optional[str] = None  # who the article last said spoke in a document ("وقالت الوزارة في بيان")
    out: list[Mention] = []
    seen: set = set()
    headlines: list = []  # (mention, analysis) of titles that quote their speaker (attribution.headline_colon)
    speech = _Speech()
    for sentence in sentences:
        speech.enter(sentence)
        headline = is_heading_line(article, sentence)
        if headline and headline_colon(span_tokens(text, sentence.start, sentence.end), text, people) is None:
            continue
        sentence_speaker: Optional[str] = None
        sentence_opinion = False  # the sentence reports with a verb of opinion ("يرى … أن …، وأن …")
        opening: Optional[list] = None  # the sentence's first piece, read for its subject when a participle needs it
        quoted_before: list = []  # quoted pieces of the sentence no verb attributes yet: (analysis, mention)
        for k, piece in enumerate(pieces(article, sentence)):
            toks = span_tokens(text, piece.start, piece.end)
            if not toks:
                continue
            # "وودع الرئيس، فلان، خصمه، قائلا: «…»": the participle speaks for the subject of the
            # verb that opens the sentence (read only when such a participle comes)
            said_by = current_speaker
            if opening and opens_with_participle(toks):
                said_by = opening_subject(opening, text, people) or current_speaker
            a = analyse(toks, piece, text, depth, people, said_by, issuer)
            if k == 0:
                opening = None if a.speaker_explicit else toks
            if a.speaker and a.speaker_explicit:
                current_speaker = a.speaker
                if a.verb_first:
                    _attribute_back(quoted_before, a, people)
            elif said_by is not current_speaker and a.speaker == said_by:
                current_speaker = said_by  # the participle's speaker goes on speaking ("قائلا: «… . …»")
            if a.verb is None and sentence_speaker and a.speaker in (None, sentence_speaker):
                a.opinion = sentence_opinion  # a clause without a verb of its own is reported as its sentence
            if a.attributed and a.speaker:
                sentence_speaker, sentence_opinion = a.speaker, a.opinion
            elif sentence_speaker and not a.attributed and not _own_subject(toks, people, sentence_speaker):
                # later clauses of a reported sentence go on reporting ("…، واتفقا على …"), in its manner
                a.speaker, a.attributed = sentence_speaker, True
            elif speech.speaker and a.speaker is None and not headline:
                a.speaker, a.attributed = speech.speaker, True  # the paragraph a colon opened is their words
            if a.issued and a.speaker:
                issuer = a.speaker
            a.speaker_kind, a.speaker_title = people.speaker_info(a.speaker)
            a.article_people = titled
            unattributed_quote = a.quoted and a.verb is None and not a.speaker_explicit
            if not unattributed_quote:
                quoted_before = []
            key = " ".join(t.word for t in toks)
            if key in seen:  # the same sentence again (a headline repeated in the body)
                continue
            seen.add(key)
            # an outcome said not to have happened weighs as a negation ("، دون التوصل إلى اتفاق")
            if sum(a.terms.values()) + (a.negated or bool(a.unmet)) < MIN_CONTENT_TERMS or a.measured_only:
                if unattributed_quote:
                    quoted_before.append((a, None))
                continue
            m = _mention(article, sentence, piece, a)
            _ANALYSES[_mkey(m)] = a
            out.append(m)
            if headline:
                headlines.append((m, a))
            if unattributed_quote:
                quoted_before.append((a, m))
        speech.leave(text, sentence, current_speaker)
    titles = {id(m) for m, _ in headlines}
    body = [m for m in out if id(m) not in titles]
    repeated = {id(m) for m, a in headlines if _told_in_body(a, body)}
    return [m for m in out if id(m) not in repeated]


def _complement_before_participle(toks: Sequence[Tok], att, first: int, people: ArticleSpeakers) -> list[int]:
    """Indexes of what a clause's opening verb says before the participle that opens the quotation
    and is read as the attribution's verb ("وتعهد الوزير بمواصلة الإصلاح قائلا: «…»"): the pledge
    is said too. The clause opens with a verb of pledging, calling or taking a stance that is no
    verb of saying of its own, its speaker right after it; the words between the speaker and the
    participle are the verb's complement. Empty for any other piece (a verb of saying that opens
    the clause is the attribution's verb, and what follows it is content already)."""
    v = att.verb_i
    if v is None or v <= first + 2 or not is_saying_participle(toks[v].word):
        return []
    lex = lexicon()
    verb = unconj(toks[first].word)
    if not (verb in lex.pledge_verbs or verb in lex.call_verbs or verb in lex.stance_verbs):
        return []
    head = toks[first + 1:v]
    ends = [e for s, e, _ in speaker_spans(head, generic=True) + people.name_spans(head) if s == 0]
    role = read_role(toks, first + 1)
    if role is not None and role.end <= v:
        ends.append(max(role.end, role.title_end) - first - 1)
    if not ends:
        return []  # no speaker right after the verb: the participle's own clause is not this one
    return list(range(first + 1 + max(ends), v))


def _opens_with_act(toks: Sequence[Tok], first: int) -> bool:
    """Does the piece open with a verb of a speech act of the lexicon (``speech_acts``: apology,
    thanks, condolences, congratulations: "اعتذر"، "وشكر"، "هنأ")?"""
    if first >= len(toks):
        return False
    return bool(lexicon().speech_acts & family(unconj(toks[first].word)))


class _Speech:
    """A speech given as a paragraph of its own: a sentence that ends with a colon after its speaker
    ("وقال الرئيس في كلمته:") and a paragraph break, the paragraph after it the speaker's words,
    quoted or not ("نشكر كل من …، وسنواصل …"). Its statements that name no speaker of their own are
    that speaker's; the next paragraph is the reporter's again."""

    def __init__(self) -> None:
        self.speaker: Optional[str] = None
        self._opened_in: Optional[int] = None  # the paragraph of the sentence ending with the colon
        self._paragraph: Optional[int] = None  # the paragraph of the speech, once entered

    def enter(self, sentence: Sentence) -> None:
        """Before a sentence is read: it is in the speech, or the speech is over."""
        if self.speaker is None:
            return
        if self._paragraph is None and sentence.paragraph > self._opened_in:
            self._paragraph = sentence.paragraph
        if self._paragraph is None or sentence.paragraph != self._paragraph:
            self.speaker = self._opened_in = self._paragraph = None

    def leave(self, text: str, sentence: Sentence, speaker: Optional[str]) -> None:
        """After a sentence is read: it opens a speech when it ends its paragraph with a colon and
        its attribution named the speaker (the one speaking after it)."""
        if self._paragraph is not None or not speaker:
            return
        if text[sentence.start:sentence.end].rstrip().endswith(":") and _ends_paragraph(text, sentence.end):
            self.speaker, self._opened_in = speaker, sentence.paragraph


def _ends_paragraph(text: str, end: int) -> bool:
    """Is the rest of `end`'s line blank (the colon is the last thing on its line)?"""
    line_end = text.find("\n", end)
    return not text[end:line_end if line_end >= 0 else len(text)].strip()


def _own_subject(toks: Sequence[Tok], people: ArticleSpeakers, speaker: str) -> bool:
    """Does a later clause of a reported sentence open with "و" and a verb whose subject is
    someone the article names, other than the sentence's speaker ("قال الرئيس «…»، وشكر
    الضيف الرئيس على …": the reporter tells what the guest did, the president does not say it)?"""
    if len(toks) < 2 or toks[0].word[:1] not in "وف" or len(toks[0].word) < 3:
        return False
    named = people.name_spans(toks[1:1 + MAX_NAME])
    return bool(named) and named[0][0] == 0 and named[0][2] != speaker


def _told_in_body(title: Analysis, body: list[Mention]) -> bool:
    """Whether a title's quote ("الوزير: لا نقص في الأدوية") is told again in the article's body:
    a body statement carries HEADLINE_SHARE of its content terms. The body's sentence is the
    fuller one (who spoke, where, the words around the quote), and one article is one source:
    the title's copy goes."""
    own = {k for k, w in title.terms.items() if w >= 1.0}
    if not own:
        return False
    for m in body:
        told = _ANALYSES.get(_mkey(m))
        if told is not None and len(own & told.terms.keys()) >= HEADLINE_SHARE * len(own):
            return True
    return False


def _attribute_back(quoted: list, a: Analysis, people: ArticleSpeakers) -> None:
    """A quotation followed in its sentence by the words saying who spoke ("«…»، قال الوزير"):
    the quoted pieces before are that speaker's (not the last speaker's)."""
    for q, m in quoted:
        q.speaker, q.attributed = a.speaker, True
        q.speaker_kind, q.speaker_title = people.speaker_info(a.speaker)
        if m is not None:
            m.speaker = a.speaker
    quoted.clear()


def titled_people(people: ArticleSpeakers) -> tuple:
    """The people an article names with their title ("رئيس الوزراء الإثيوبي آبي أحمد"), as
    ((sorted title key), name) pairs in sorted order: another article of the event that writes
    the title alone speaks of that person when no one else of the event holds it
    (``claims/statement_speakers.py``)."""
    pairs = {(tuple(sorted(key)), name) for key, name in people.people if key and name}
    pairs.update((tuple(sorted(title_key(words(t)))), name) for t, name in people.titles.items() if name)
    return tuple(sorted(pairs))


def _mention(article: Article, sentence: Sentence, piece: Piece, a: Analysis) -> Mention:
    return Mention(
        article=article.id,
        kind="statement",
        start=piece.start,
        end=piece.end,
        excerpt=article.text[piece.start:piece.end],
        modality=PLANNED if a.planned else REPORTED,
        speaker=a.speaker,
        reporting_verb=a.verb,
        paragraph=sentence.paragraph,
        sentence_start=sentence.start,
        signature=tuple(sorted(a.terms)),
        negated=a.negated,
        topic=" ".join(a.topic_words) or None,
    )


# ---------------------------------------------------------------------------
# The analyses of the mentions found, kept for the claims stage.

_ANALYSES: dict[tuple, Analysis] = {}


def _mkey(m: Mention) -> tuple:
    return (m.article, m.start, m.end, m.excerpt)


def reset(analyses: bool = True) -> None:
    """Forget the per-run state (analyses, the last article's vocabulary); called once per build,
    so a long ``mkdocs serve`` does not grow it and no run depends on the one before. With
    `analyses` False only the vocabulary goes (before grouping: it must not depend on which
    article happened to be read last)."""
    if analyses:
        _ANALYSES.clear()
    forget_vocabulary()
    forget_article()


def export_analyses(mentions: Sequence[Mention]) -> list[Optional[dict]]:
    """The analyses :func:`find_statements` made of `mentions`, as plain data (for the cache)."""
    out: list[Optional[dict]] = []
    for m in mentions:
        a = _ANALYSES.get(_mkey(m)) if m.kind == "statement" else None
        out.append(None if a is None else {**a.__dict__, "topic_words": list(a.topic_words)})
    return out


def restore_analyses(mentions: Sequence[Mention], data: Sequence[Optional[dict]]) -> None:
    """Give cached statement mentions back the analyses they were found with."""
    def tuples(x):  # JSON gave lists back where the analysis had tuples
        return tuple(tuples(v) for v in x) if isinstance(x, list) else x

    for m, d in zip(mentions, data):
        if d is not None:
            _ANALYSES[_mkey(m)] = Analysis(**{k: tuples(v) for k, v in d.items()})


def analyses_of(mentions: Sequence[Mention]) -> list[Optional[Analysis]]:
    """The analyses of `mentions` as objects (kept by ``memo.Memo`` between runs of one process)."""
    return [_ANALYSES.get(_mkey(m)) if m.kind == "statement" else None for m in mentions]


def reinstate_analyses(mentions: Sequence[Mention], analyses: Sequence[Optional[Analysis]]) -> None:
    """Put back analyses saved by :func:`analyses_of` (after :func:`reset` forgot them)."""
    for m, a in zip(mentions, analyses):
        if a is not None:
            _ANALYSES[_mkey(m)] = a


def analyse_mention(m: Mention) -> Analysis:
    """The analysis of a mention's excerpt (recomputed when the mention was made elsewhere)."""
    key = _mkey(m)
    a = _ANALYSES.get(key)
    if a is None:
        read_vocabulary(m.excerpt)
        toks = tokens(m.excerpt, m.start)
        a = analyse(toks, Piece(m.start, m.end), None, None, ArticleSpeakers(), m.speaker)
        if m.speaker:
            a.speaker = m.speaker
        _ANALYSES[key] = a
    return a


# ---------------------------------------------------------------------------
# Analysis of one piece.


def analyse(toks, piece, text, depth, people, current_speaker, issuer=None) -> Analysis:
    """What one piece says: its attribution and speaker, its weighed terms, its negation and facts.

    `text` is the article (None for an excerpt read on its own), `depth` its
    :func:`clauses.quote_depth`, `people` what it says of its speakers
    (``names.ArticleSpeakers``: names, resolved titles) and `current_speaker`
    the last speaker named before the piece.
    """
    lex = lexicon()
    lead_idx = _lead_indexes(toks, piece)
    first = max(lead_idx) + 1 if lead_idx else 0
    if first >= len(toks):
        first = 0
    att = attribution(toks, text, first, people)
    speaker, explicit = speaker_of(toks, att, lead_idx, first, text, depth, people, current_speaker, issuer)
    if att.verb_i is None and not explicit and _opens_with_act(toks, first):
        # "اعتذر الرئيس فلان لنظيره …"، "وشكر الوزير …": a speech act's doer says it (the act stays content)
        doer = opening_subject(toks[first:], text, people)
        if doer is not None:
            speaker, explicit = doer, True
    issued = att.tail is None and issued_document(toks, att.end)
    verb = toks[att.verb_i].word if att.verb_i is not None else None
    complement: list[Tok] = []  # what the verb says before the participle that opens the quotation
    if att.tail is not None:  # the attribution comes after the content ("«…»، قال الوزير")
        content = [t for i, t in enumerate(toks) if first <= i < att.tail and i not in lead_idx]
    else:
        content = [t for i, t in enumerate(toks) if i >= att.end and i not in lead_idx]
        complement = [toks[i] for i in _complement_before_participle(toks, att, first, people)]
        content = complement + content
    quoted = bool(depth is not None and any(depth[t.start] > 0 for t in content[:3]))
    rel = appended_relative(content)
    if rel is not None and rel[0] > 0:
        content = content[: rel[0]] + content[rel[1]:]  # said of someone else (facts.appended_relative)
    lead = [t for i, t in enumerate(toks) if i in lead_idx]
    denier = _opening_denial(content)
    if denier is not None:  # "…، لافتا إلى أنه يستبعد فرضية …": ruled out, as after "استبعد"
        content = [t for t in content if t is not denier]
    ctoks = content_tokens(content)
    negated, neg_term, neg_keys, noun_neg, neg_at = _negation(content)
    keyed, lead_keyed = term_keys(ctoks), term_keys(lead_toks := content_tokens(lead))
    terms = _weighed_terms(content, ctoks, keyed, lead_keyed, noun_neg)
    roots = _term_roots(((ctoks, keyed, content), (lead_toks, lead_keyed, lead)))
    act = _act_term(verb if denier is None else denier.word)
    if act is not None and act[0] not in terms:
        terms[act[0]] = LEAD_WEIGHT  # "ورحب الرئيس بـ…": the welcome is said too, counted when both say it
        if act[1]:
            roots[act[0]] = act[1]
    denial = denier is not None or (verb is not None and any(b in lex.denial for b in bare(verb)[:2]))
    f = facts(toks, content, att.end if att.tail is None else 0, lead_idx)
    content_terms = [k for k, w in terms.items() if w >= 1.0]
    persons = _person_starts(content, text, people)  # read once: who the statement names, and the negation's reach
    without = _without(content, ctoks, keyed, noun_neg, persons)
    return Analysis(
        inner_speaker=_inner_speaker(content, people),
        # what a speaker denies is negated as a whole ("نفى وقوع خروقات" = "لم تقع خروقات")
        negated_keys=tuple(k for k, w in terms.items() if w >= 1.0 and k[:1] != "@") if denial and not negated else neg_keys,
        objects=_objects(content, ctoks, keyed),
        unmet=_unmet(content, ctoks, keyed, without, neg_keys, persons),
        without=without,
        terms=terms,
        roots={k: r for k, r in roots.items() if k in terms},
        negated=negated or denial,
        negated_term=neg_term,
        denial=denial,
        former=said_before(toks, att.verb_i, first),
        denies_fact=_denies_a_fact(content, neg_at),
        opinion=verb is not None and any(b in lex.opinion_verbs for b in bare(verb)[:2]),
        speaker=speaker,
        speaker_explicit=explicit,
        issued=issued,
        verb_first=att.verb_i is not None and att.verb_i <= first,
        verb=verb,
        attributed=(att.verb_i is not None or att.prep_i is not None or att.colon or speaker is not None
                    or _second_complement(toks, first)),
        agreement=f.agreement,
        stakes=f.stakes,
        ordinal=f.ordinal,
        superlative=f.superlative,
        comparative=f.comparative,
        number=f.number,
        measured=f.measured,
        measured_only=f.measured_in_body and not f.ordinal and not f.superlative and len(content_terms) <= 4,
        measured_by_verb=f.measured_by_verb,
        background=f.background,
        quoted=quoted,
        planned=f.planned,
        topic_words=tuple(strip_article(t.word) for t in ctoks[:4]),
        key_words=tuple((k, strip_article(ctoks[j].word)) for k, j in keyed),
        who_keys=_who_keys(ctoks, keyed, persons),
        content_start=_content_start(content, complement, toks),
    )


def _content_start(content: Sequence[Tok], complement: Sequence[Tok], toks: Sequence[Tok]) -> int:
    """Where the reported content begins (a title's gist): its first word, or the quotation's
    first word after a verb's complement ("تعهد الوزير بمواصلة الإصلاح قائلا: «…»": the words
    of the quotation, not "بمواصلة …")."""
    said = [t for t in content if t.start >= complement[-1].end] if complement else content
    said = said or content
    return said[0].start if said else (toks[0].start if toks else 0)


def _opening_denial(content: Sequence[Tok]) -> Optional[Tok]:
    """The verb of denial (lexicon ``denial_verbs``) that opens the reported content, after its
    complementizer if the content keeps one ("أنه يستبعد فرضية التخريب"، "ينفي أي تورط"), or None."""
    lex = lexicon()
    for t in content[:2]:
        if is_complementizer(t.word):
            continue
        return t if any(b in lex.denial for b in bare(t.word)[:2]) else None
    return None


_CONCESSIVE_NEXT = frozenset(("كان", "كانت", "كانوا", "لم", "لا", "بدا", "بدت"))  # "وإن كان …": even if


def _second_complement(toks: Sequence[Tok], first: int) -> bool:
    """Does the piece open with "و" and a complementizer ("…، وأن بكين تدعم …"، "وأنه سيزور …"): the
    second thing the verb of saying before the comma says, reported as the first is? A concessive
    "وإن كان …" (even if) is none."""
    if first >= len(toks):
        return False
    w = toks[first].word
    if w[:1] != "و" or w[1:] not in lexicon().complementizers or w[1:] == "بالقول":
        return False
    return first + 1 < len(toks) and toks[first + 1].word not in _CONCESSIVE_NEXT


def _act_term(verb: Optional[str]) -> Optional[tuple[str, tuple]]:
    """(key, root family) of an attribution verb that names what the speaker does with the words
    (lexicon ``act_verbs``: "ورحب" → ("رحب", ("رحب",))), None for a verb that only reports.
    Verbs of saying are no content words (``terms.content_tokens``), so without it "ورحب الوزير
    بالاتفاق" and "…، مرحبا بالاتفاق" would share the agreement only, and "اتهمه بـ…" would lose
    the accusation a paraphrase writes as a noun ("وجه له اتهاما")."""
    if verb is None:
        return None
    acts = lexicon().act_verbs
    v = verb if verb in acts else unconj(verb)
    if v not in acts:
        return None
    key = stem(v)
    return key, tuple(sorted(family(key) or family(v)))  # the stem's root: "رحبت" is "رحب"


def _lead_indexes(toks: Sequence[Tok], piece: Piece) -> set[int]:
    """Indexes of the tokens inside the topic leads joined in front of the piece."""
    lead_idx = set()
    for ls, le in piece.leads:
        lead_idx.update(i for i, t in enumerate(toks) if ls <= t.start < le)
    return lead_idx


# "كلا"/"كلتا" ("both": "بحضور كلا الرئيسين"، "كلا من …"), not ك + the negator لا (folded)
_BOTH = frozenset(("كلا", "وكلا", "كلتا", "وكلتا", "بكلا", "لكلا"))


def _negation(content: Sequence[Tok]) -> tuple[bool, Optional[str], tuple, set, Optional[int]]:
    """(negated, the first negated key, the keys in the negation's scope, starts of noun negators,
    the index in `content` of the statement's negator).

    Noun negators turn an antonym round ("دون مؤتمر مشترك"); clause negators mark the statement.
    """
    lex = lexicon()
    negated, neg_term, neg_keys, neg_at = False, None, (), None
    noun_neg = set()
    for i, t in enumerate(content):
        bare2 = bare(t.word)[:2]
        if not any(b in lex.negators for b in bare2) or t.word in _BOTH:
            continue
        if any(b in lex.noun_negators for b in bare2):
            noun_neg.add(t.start)
            continue
        nxt = content[i + 1].word if i + 1 < len(content) else ""
        if t.word[:1] == "و" and nxt in lex.contrast_next:
            continue  # contrastive "وليس من روسيا": not the statement's negation
        if starts_with(content, lex.discourse, i):
            continue  # a negator inside a discourse phrase: "لا شك"، "ليس لدي شك" affirm
        if not negated:
            negated, neg_at = True, i
            later = term_keys(content_tokens(_negated_clause(content, i + 1)))
            neg_term = later[0][0] if later else None
            neg_keys = tuple(k for k, _ in later[:NEGATION_SCOPE])
    return negated, neg_term, neg_keys, noun_neg, neg_at


def _denies_a_fact(content: Sequence[Tok], neg_at: Optional[int]) -> bool:
    """Whether the statement says that something did not happen or has not changed: its
    negation is a negator of the past ("لم": ``fact_negators``) that opens the predicate of its
    first clause (at most FACT_SUBJECT_WORDS content words before it: "سياستنا لم تتغير"، "لم
    يوقع الطرفان أي اتفاق"; not "… بسبب صعوبات لم يحددها"), before a verb that is no perception
    of the speaker's ("لم ألاحظ أي عدائية") and no disposition ("لم أكن لأقبل …": كان and the lām
    of denial say what the speaker would never do)."""
    if neg_at is None or neg_at + 1 >= len(content):
        return False
    lex = lexicon()
    if not any(b in lex.fact_negators for b in bare(content[neg_at].word)[:2]):
        return False
    if len(content_tokens(content[:neg_at])) > FACT_SUBJECT_WORDS:
        return False
    nxt = content[neg_at + 1].word
    after = content[neg_at + 2].word if neg_at + 2 < len(content) else ""
    if nxt in _KAN_JUSSIVE and after[:1] == "ل" and after[1:2] in "اأيتن" and not after.startswith(("لان", "لأن")):
        return False
    return not any(k in lex.stance for k, _ in term_keys(content_tokens([content[neg_at + 1]])))


# jussive forms of كان after لم ("لم يكن"، "لم أكن")
_KAN_JUSSIVE = frozenset(("يكن", "تكن", "اكن", "نكن", "يكونوا", "تكونوا", "يكونا", "تكونا"))  # folded


# forms of كان that open a coordinated clause ("…، وكنت أناضل"): a negation before them is not theirs
_KAN_FORMS = frozenset(("كان", "كانت", "كانا", "كانوا", "كنت", "كنا", "كنتم", "يكون", "تكون", "نكون", "اكون"))


def _negated_clause(content: Sequence[Tok], i: int) -> Sequence[Tok]:
    """The tokens from content[i] that a negator just before them negates: up to the next
    coordinated verb clause, a و/ف before a future verb or a form of كان ("لم أقبل الظلم
    وسأواصل النضال": the struggle is not negated)."""
    for j in range(i, len(content)):
        w = content[j].word
        if j > i and w[:1] in "وف" and len(w) > 3 and (is_future(w) or w[1:] in _KAN_FORMS):
            return content[i:j]
    return content[i:]


UNMET_REACH = 4  # words after a noun negator that it says did not happen
FAILURE_REACH = 9  # words after a verb of failure (its subject, then "في" and what failed)


def _unmet(content: Sequence[Tok], ctoks: Sequence[Tok], keyed: list, without: tuple, neg_keys: tuple, persons=frozenset()) -> tuple:
    """The outcome concepts of the lexicon (``outcome_concepts``: an agreement) the statement says
    did not happen, however it says so: in its negation's scope ("لم يتوصلا لاتفاق"), after a noun
    negator (`without`: "دون التوصل إلى اتفاق"، "عدم توصل الرئيسين لأي اتفاق") or after a verb of
    failure, which scopes its subject and the "في …" after it ("فشلت القمة الثانية بين الرئيسين في
    التوصل إلى اتفاق")."""
    lex = lexicon()
    outcomes = lex.outcomes
    if not any(k in outcomes for k, _ in keyed):
        return ()  # most statements name no outcome: nothing more to read
    failing = [(t.start, FAILURE_REACH) for t in content if any(b in lex.failure_verbs for b in bare(t.word)[:2])]
    said = (*neg_keys, *without, *_scoped_keys(content, ctoks, keyed, failing, persons))
    return tuple(sorted({k for k in said if k in outcomes}))


def _without(content: Sequence[Tok], ctoks: Sequence[Tok], keyed: list, noun_neg: set, persons=frozenset()) -> tuple:
    """The keys of the words a noun negator says were not there or did not happen: the next
    UNMET_REACH words after "دون"، "بدون"، "عدم" … ("انفض الاجتماع من دون إعلان أي قرار" says
    there was no decision, as "لن يعلن أي قرار" does); the names between do not count ("عدم توصل
    الرئيس فلان والزعيم فلان لأي اتفاق": `persons`, see :func:`_scoped_keys`)."""
    return _scoped_keys(content, ctoks, keyed, [(n, UNMET_REACH) for n in noun_neg], persons)


def _scoped_keys(content: Sequence[Tok], ctoks: Sequence[Tok], keyed: list, openers: list, persons=frozenset()) -> tuple:
    """The keys of `keyed` (``term_keys`` of `ctoks`, the content tokens of `content`) whose word stands
    within reach after an opener: (start of the opener's token in the text, how many words it reaches).
    The words of a person's name and title (`persons`, their starts) do not use up the reach: "عدم
    توصل الرئيس فلان الفلاني والزعيم فلان لأي اتفاق" reaches the agreement past its subjects."""
    if not openers:
        return ()
    index, n = {}, 0
    for t in content:  # each token's place, counting only the words that name no one
        index[t.start] = n
        n += t.start not in persons
    reaches = [(index[start], reach) for start, reach in openers]
    return tuple(k for k, j in keyed if any(o < index[ctoks[j].start] <= o + reach for o, reach in reaches))


def _weighed_terms(content: Sequence[Tok], ctoks: Sequence[Tok], keyed: list, lead_keyed: list, noun_neg: set) -> dict[str, float]:
    """{key: factor}: 1.0 for content, LEAD_WEIGHT for time adjuncts, stance concepts and topic leads
    (`keyed`, `lead_keyed`: ``term_keys`` of the content's and the leads' content tokens)."""
    lex = lexicon()
    terms: dict[str, float] = {}
    starts = [t.start for t in content]
    adjunct = time_adjuncts(content)
    for k, j in keyed:
        pos = starts.index(ctoks[j].start)
        if any(starts.index(n) < pos <= starts.index(n) + 3 for n in noun_neg):
            k = "@" + lex.antonyms[k.lstrip("@")] if k.lstrip("@") in lex.antonyms else k
        if pos in adjunct or k in lex.stance:
            terms.setdefault(k, LEAD_WEIGHT)
            continue
        terms[k] = 1.0
    for k, _ in lead_keyed:
        terms.setdefault(k, LEAD_WEIGHT)
    return terms


def _term_roots(parts) -> dict[str, tuple]:
    """{term key: the family of its word (root and synonym groups), sorted} for the word
    terms (not concepts) that have one; `parts`: (content tokens, their ``term_keys``, all
    the tokens they were read from) triples. A word that opens a phrase of the synonyms'
    ``phrases`` ("تقف إلى جانب") also belongs to the phrase's group."""
    out: dict[str, tuple] = {}
    for toks, keyed, whole in parts:
        position = {t.start: i for i, t in enumerate(whole)}
        for k, j in keyed:
            if k[:1] != "@" and k not in out:
                f = family(strip_article(toks[j].word))
                i = position.get(toks[j].start)
                if i is not None:
                    g = phrase_group(strip_article(toks[j].word), [t.word for t in whole[i + 1:i + 1 + PHRASE_SPAN]])
                    if g is not None:
                        f = f | {g}
                if f:
                    out[k] = tuple(sorted(f))
    return out


def _who_keys(ctoks: Sequence[Tok], keyed: list, persons) -> tuple:
    """Keys of the content words that name a person: a title with the name after it ("الزعيم
    الكوري الشمالي كيم جونغ أون": ``names.read_role``), a speaker of the lexicon, a name the
    article introduced and now writes alone ("كيم"). They say who a statement is about, not
    what it says: two statements that share only them are not one (claims/statement_similarity).
    A role without a name ("السفيران سيعودان") is what the statement is about: it stays content.
    `persons`: the starts of the tokens that name a person (:func:`_person_starts`)."""
    return tuple(k for k, j in keyed if ctoks[j].start in persons)


def _person_starts(content: Sequence[Tok], text, people) -> set[int]:
    """The starts of the content tokens that name a person (:func:`_who_keys`): a title with the name
    after it, a speaker of the lexicon, a name the article introduced."""
    heads = head_words()
    marked: set[int] = set()
    i = 0
    while i < len(content):
        w = content[i].word
        if w in heads or (w[:1] in "وف" and w[1:] in heads):
            # the article's words: a noun it also writes with the article ends the name ("… جوزيف
            # فاريلا اتفاقية"، "الاتفاقية": names.name_word)
            role = read_role(content, i, text, vocabulary())
            if role is not None and role.named and role.kind == PERSON and _name_words(content[role.name_start:role.end]):
                # a name opens without the article ("… كيم جونغ أون"، "سعد الحريري"); "الرئيس الحداد
                # الوطني" (the president … national mourning) names no one
                marked.update(t.start for t in content[i:role.end])
                i = role.end
                continue
        i += 1
    if any(opens_speaker_phrase(t.word) for t in content):  # most pieces name no speaker of the lexicon
        for s, e, _ in speaker_spans_said(content):
            marked.update(t.start for t in content[s:e])
    aliases = people.aliases if people is not None else {}
    if aliases:
        firsts = {k[0] for k in aliases}
        ws = [t.word for t in content]
        for j, w in enumerate(ws):
            if w not in firsts and not (w[:1] in "وف" and w[1:] in firsts):
                continue  # no name the article gives opens here (most words: read no further)
            for n in range(min(MAX_NAME, len(ws) - j), 0, -1):
                phrase = tuple(ws[j:j + n])
                if phrase not in aliases and not (phrase[0][:1] in "وف" and (phrase[0][1:],) + phrase[1:] in aliases):
                    continue
                if _name_words(content[j:j + n]):
                    marked.update(t.start for t in content[j:j + n])
                break
    return marked


def _name_words(toks: Sequence[Tok]) -> bool:
    """Can these words be a person's name: opening without the article ("كيم جونغ أون"، "سعد
    الحريري"; "الحداد الوطني" is national mourning) and with no number word ("لسبعة أيام")?"""
    return bool(toks) and not toks[0].word.startswith(("ال", "وال", "فال", "بال", "لل")) and not any(
        t.word.isdigit() or number_key(t.word) for t in toks
    )


def _inner_speaker(content: Sequence[Tok], people) -> Optional[str]:
    """A speaker reported by another: "قال البيت الأبيض إن بايدن أبلغ بوتين بأن …" → بايدن."""
    inner_spans = speaker_spans(content[:4])
    if inner_spans and inner_spans[0][0] == 0 and inner_spans[0][1] < len(content):
        if is_reporting(content[inner_spans[0][1]].word):
            return people.title(inner_spans[0][2])
    return None


def _objects(content: Sequence[Tok], ctoks: Sequence[Tok], keyed: list) -> tuple:
    """What it is about: the first content key after each topic preposition (`keyed`: the
    ``term_keys`` of the content tokens `ctoks`), past a noun of number or kind ("حول مجموعة من
    القضايا" is about the issues: ``partitive_nouns``)."""
    lex = lexicon()
    ctx = context_keys()
    objects = []
    for t in content:
        if any(b in lex.topic_preps for b in bare(t.word)[:2]):
            obj = next((k for k, j in keyed if ctoks[j].start > t.start and k not in ctx
                        and strip_article(ctoks[j].word) not in lex.partitive_nouns
                        and ctoks[j].word not in lex.partitive_nouns), None)
            if obj is not None and obj not in objects:
                objects.append(obj)
    return tuple(objects)
