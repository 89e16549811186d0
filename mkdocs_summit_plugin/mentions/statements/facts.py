"""What kind of fact a statement states: a number, an ordinal, a measurement, an agreement, a plan.

Read on the piece's words, these decide later whether a statement is worth a
page (``claims.check_worthiness``) and whether it is a plan: an agreement or
commitment to an action ("اتفقا على عودة …"، "تعهد بدعم …", not "اتفقا على أنه …" nor a
measure named as a record, "وافق على أكبر زيادة للأجور …": that reports what was decided),
said by a verb or participle (not a verbal noun with the article: "دون التوصل إلى اتفاق"), or a future main predicate ("سيعودان"، "سأواصل"، "سوف"; not a
later step set off by a stop, "غادر الاجتماع..وسيعود …": :func:`_future_first`) makes it
planned; an agreement named by a noun ("اتفاق مينسك") is worth checking but plans nothing,
and a relative clause set off by punctuation speaks of someone else, so what it plans is not
the statement's (:func:`appended_relative`). A measurement counts where the statement says it, not in its
attribution; a piece that is nothing but a measurement ("وامتدت المحادثات
لساعتين") is no statement at all (``measured_only`` in the analysis).
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Optional, Sequence

from ...text.roots import root
from ...text.stemming import NOT_FUTURE_ENDINGS, bare, stem, strip_article
from ...text.tokens import Tok
from .lexicon import lexicon, starts_with


@dataclass(frozen=True)
class Facts:
    ordinal: bool
    superlative: bool  # a record: "أكبر كارثة منذ …"، "الأعنف"
    comparative: bool  # a comparison of amounts: "أقل من الأرقام المعلنة"، "أعلى مما كان"
    number: bool
    measured: bool
    measured_by_verb: bool  # the measurement is said with a measurement verb ("استمرت ساعة")
    measured_in_body: bool  # the statement's own words, not only its lead, say a measurement
    agreement: bool
    stakes: bool  # an accusation, a threat, a condemnation or a promise ("اتهم"، "هدد"، "وعد")
    background: bool
    planned: bool


def facts(toks: Sequence[Tok], content: Sequence[Tok], attribution_end: int, lead_idx: set) -> Facts:
    """The facts of a piece whose attribution ends at `attribution_end` and whose topic
    leads are the tokens `lead_idx`; `content` is the piece after its attribution."""
    lex = lexicon()
    ws = [t.word for t in toks]
    bares = [_forms(w, strip_article(w)) for w in ws]
    ordinal = any(b & lex.ordinals for b in bares)
    superlative = any(b & lex.superlatives for b in bares)
    numbers = [i for i, w in enumerate(ws) if w.isdigit() or bool(bares[i] & lex.number_words)]
    comparative = _compares_amounts(ws, bares, set(numbers), lex)
    measured, by_verb, in_body = _measurement(ws, bares, numbers, attribution_end, lead_idx)
    stems = {stem(strip_article(b)) for bs in bares for b in bs}
    # agreeing or committing (a verb or participle, "اتفقا"، "سيتفقان"، "ملتزمة") places what is agreed in
    # the future; an agreement named by a noun ("اتفاق مينسك") is worth checking but plans nothing
    # the verbal noun with the article ("دون التوصل إلى اتفاق"، "للتوصل إلى حل") names the act, it
    # agrees to nothing
    agreeing = [i for i, b in enumerate(bares) if not _definite(ws[i]) and (
        b & lex.agreement or {x[1:] for x in b if x[:1] == "س"} & lex.agreement)]
    committing = bool(agreeing)
    agreement = committing or any(b & lex.agreement_nouns for b in bares)
    stakes = not stems.isdisjoint(lex.stakes) or any(root(strip_article(w)) in lex.stake_roots for w in ws)
    background = bool(starts_with(toks, lex.background, 0) or starts_with(toks, lex.background, 1))
    # a relative clause appended after a punctuation mark speaks of someone else: its plans
    # ("…مع كيم، الذي تعهد بدوره …") are not the statement's
    rel = appended_relative(toks)
    if rel is not None:
        first, end = rel
        agreeing = [i for i in agreeing if not first <= i < end]
        inside = {t.start for t in toks[first:end]}
        content = [t for t in content if t.start not in inside]
    # agreeing on a proposition ("اتفقا على أنه لا ينبغي …"، "على ضرورة …") or on a measure named as a
    # record ("وافق على أكبر زيادة للأجور …") is no plan; on an action ("اتفقا على عودة السفيرين") or to do
    # something ("تعهد بدعم …") it is. The subject may stand between: "وافق مجلس الإدارة على …"
    plans = any(not _on_a_proposition(ws[i + 1 : i + 5], lex) for i in agreeing)
    future = _future_first(content)
    return Facts(
        ordinal=ordinal,
        superlative=superlative,
        comparative=comparative,
        number=bool(numbers),
        measured=measured,
        measured_by_verb=by_verb,
        measured_in_body=in_body,
        agreement=agreement,
        stakes=stakes,
        background=background,
        planned=plans or future,
    )


@lru_cache(maxsize=100_000)
def _forms(word: str, stripped: str) -> frozenset:
    """A word's bare forms and what ``strip_article`` leaves of it (`stripped`), per word type."""
    return frozenset(bare(word)) | {stripped}


@lru_cache(maxsize=100_000)
def _definite(word: str) -> bool:
    """A word with the article, after a proclitic or not ("التوصل"، "بالتوصل"، "للتوصل"): a noun."""
    return word.startswith("لل") or any(b.startswith("ال") for b in bare(word))


def _compares_amounts(ws: list, bares: list, numbers: set, lex) -> bool:
    """Whether the piece compares an amount with another: an elative of amount followed by
    "من"/"مما" ("سيكون أقل من الأرقام المعلنة"، "أعلى مما توقعه المحللون"), not by a number
    ("أكثر من 100 شخص": a bound, the quantity claim of that number covers it)."""
    for i, b in enumerate(bares[:-1]):
        if not b & lex.comparatives or ws[i + 1] not in ("من", "مما"):
            continue
        if ws[i + 1] == "من" and (i + 2 in numbers or (i + 2 < len(ws) and ws[i + 2][:1].isdigit())):
            continue
        return True
    return False


def appended_relative(toks: Sequence[Tok]) -> Optional[tuple[int, int]]:
    """(first, end) indexes of a relative clause set off by punctuation: a relative pronoun
    (a leading و allowed) written after a punctuation mark, up to the next punctuation mark or
    the end. It says something of someone or something else ("بنى علاقة مع جاره؛ الذي وعد
    بدوره …"; "المحادثات، التي دامت ساعة، كانت مثمرة"). A relative right after its noun
    ("الاتفاق الذي سيوقع") belongs to the noun's phrase and is left alone. None when there is none."""
    lex = lexicon()
    for i in range(1, len(toks)):
        w = toks[i].word
        if (w in lex.relative_pronouns or (w[:1] == "و" and w[1:] in lex.relative_pronouns)) and (
            toks[i].start - toks[i - 1].end > 1
        ):
            end = next((j for j in range(i + 1, len(toks)) if toks[j].start - toks[j - 1].end > 1), len(toks))
            return i, end
    return None


SINCE_WORDS = frozenset(("منذ", "ومنذ"))  # folded


def _measurement(ws: list, bares: list, numbers: list, attribution_end: int, lead_idx: set) -> tuple[bool, bool, bool]:
    """(whether the statement says a measurement, whether its own body says it with a measurement verb,
    whether its own body says one at all: "عقب الاجتماع الذي دام ساعتين، أكد الوزير أن التعاون
    يتقدم" measures only in its lead)."""
    lex = lexicon()
    # a measurement counts where the statement says it, not in the attribution
    # ("وأضاف بوتين بعد المحادثات التي استمرت ثلاث ساعات أن …")
    said = {i for i in range(len(ws)) if i >= attribution_end or i in lead_idx}
    # a time since ("لم تعرفه منذ قرن") dates what is said; it measures nothing the statement reports
    numbers_said = [i for i in numbers if i in said and not (i > 0 and ws[i - 1] in SINCE_WORDS)]
    unit_at = [i for i, w in enumerate(ws) if i in said and stem(strip_article(w)) in lex.units]

    def measures(where: set) -> bool:
        """A number with its unit right after it, or a verb of measuring with a number or a unit, in `where`."""
        ns = [n for n in numbers_said if n in where]
        us = [u for u in unit_at if u in where]
        return any(0 < u - n <= 2 for n in ns for u in us) or (
            any(b & lex.measurement for i, b in enumerate(bares) if i in where) and (bool(ns) or bool(us)))

    # the statement itself is a measurement ("عقدا جلسة أولى استمرت ساعة"), not its lead
    # ("وبعد محادثات استمرت أربع ساعات، أعلن البيت الأبيض انتهاء الجلسة الثانية")
    body = said - lead_idx
    by_verb = any(b & lex.measurement for i, b in enumerate(bares) if i in body) and (
        any(i in body for i in numbers) or any(i in body for i in unit_at)
    )
    return measures(said), by_verb, measures(body)


def _on_a_proposition(after: Sequence[str], lex) -> bool:
    """Is what is agreed, right after the verb ("اتفقا على …"), a proposition rather than an action:
    "على أنه …"، "على أن العالم …"، "على ضرورة …"? Or a measure named as a record ("وافق على أكبر
    زيادة للأجور منذ …"): the statement reports the decision taken, as the outlets that report the
    record do ("وهي أكبر زيادة منذ …"), while "قرر رفع الفائدة"، "وافق على زيادة الأجور" stay plans.
    (A subject may stand between: "اتفق الزعيمان على …".)"""
    on = next((k for k, w in enumerate(after) if w in ("علي", "على")), None)
    if on is None or on + 1 >= len(after):
        return False
    what = after[on + 1]
    return what in lex.propositions or bool((set(bare(what)) | {strip_article(what)}) & lex.superlatives)


CONDITION_REACH = 4  # words from a condition's particle to a future verb that is the condition's


def _future_first(content: Sequence[Tok]) -> bool:
    """Does the statement place its main predicate in the future? The first future verb or "سوف"
    counts unless it opens a later clause set off by a punctuation mark and joined by و/ف, after
    words of the statement's own: "غادر الوزير الاجتماع غاضبا.. وسيعود الليلة" reports a fact
    and adds a step. "سيعودان"، "وسيجدد تأكيد …" (the piece opens with it), "سنبدأ العمل وسنكمله …"
    and "هذا يوم مهم لنا وسوف نبني شراكة" (no stop between the clauses: one promise) are plans.
    A future inside a condition that follows the predicate ("تحتاج المدينة إلى سد إذا كانت الأمطار
    ستزداد": ``subordinate_conditions``, a few words before it) is the condition's, not the
    statement's; a condition that opens the content ("إذا فاز سيعيد …") leaves its answer a plan."""
    conditions = lexicon().subordinate_conditions
    condition_at = None
    for k, t in enumerate(content):
        w = t.word
        if k >= 2 and w in conditions:
            condition_at = k
        if w[:1] not in "سوف":
            continue  # no future verb nor "سوف" opens otherwise
        if condition_at is not None and k - condition_at <= CONDITION_REACH:
            continue
        if is_future(w) or w == "سوف" or (w[:1] in "وف" and w[1:] == "سوف"):
            later = w[:1] in "وف" and k > 1 and t.start - content[k - 1].end > 1
            return not later
    return False


def is_future(word: str) -> bool:
    """A future verb: س + imperfect prefix ("سيعودان", "وستبدأ", "سأواصل"), not a noun such as
    "سياسية", "سابقة" or a name ("سانتوسا"). The first person's أ is folded to ا, which many nouns
    start with after س: with it, a word ending as nouns and past verbs do (ة، ا، ي، ت، ات …) is none."""
    lex = lexicon()
    w = word[1:] if word[:1] in "وف" and word[1:2] == "س" else word
    if len(w) < 5 or w[0] != "س" or w[1] not in "يتنا":
        return False
    if w[1] == "ا" and w.endswith(NOT_FUTURE_ENDINGS):
        return False
    return not any(b in lex.future_exceptions for b in {w, strip_article(w)}) and w not in lex.stopwords
