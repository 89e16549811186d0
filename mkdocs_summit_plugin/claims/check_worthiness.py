"""Which statement groups get a claim page: checkable facts, not page text.

A group is worth a page (:func:`is_check_worthy`) when it is a checkable fact:

* at least one excerpt is an *attributed assertion* (a speaker or a reporting
  verb; with two or more outlets, a clause that opens with a reporting verb
  whatever its subject, "وأعربت مصر …"; with NARRATIVE_OUTLETS or more, any
  statement of fact), an *agreement/commitment* ("اتفق"، "وافق"، "تعهد"…), or carries an
  *ordinal* or a *number*; pure narrative and background ("جدير بالذكر"،
  "وكانت …") without any of these is not;
* several articles (two or more) carry it, **or**, for a single source, it is
  worth checking on its own: it carries an ordinal ("المحادثة الخامسة"), or it
  is an attributed agreement/commitment ("أكد بوتين أنه اتفق مع بايدن على …"), denial
  ("نفت الوزارة أن …") or accusation, threat, condemnation or promise ("اتهم"، "هدد"،
  "أدان"، "وعد": ``stake_words`` in the lexicon), or an attributed assertion of fact
  that a fact-checker checks: that something did not happen or has not changed
  ("أكد الوزير أن سياسة بلاده لم تتغير": a past negation "لم" opening the
  predicate of its first clause, not a perception "لم ألاحظ", not a disposition
  "لم أكن لأقبل …", not a negation trailing further down the sentence), or a
  comparison of amounts ("قالت الوكالة إن أثره سيكون أقل من الأرقام المعلنة": an
  elative and "من"/"مما" with no number after it) — unless it is reported with a
  verb of opinion ("يرى المحلل أن القمة لم تغير شيئا"; ``lexicon/worthiness.yaml``).
  A single-source quote of opinion ("بايدن سياسي بناء") is not. A
  single-source statement that carries a measured quantity (number + unit, or
  a measurement verb such as "استمرت") is left to the quantity claim of that
  number, so the same fact does not get two pages — even with an ordinal when
  the measurement is said with a measurement verb ("عقدا جلسة أولى استمرت
  ساعة و33 دقيقة"; "الزيارة الأولى منذ عشر سنوات" stays a statement); clauses that are nothing
  but a measurement ("وامتدت المحادثات لساعتين") are not statements at all.
* a group made only of repeats of one article's own sentence (headline
  repeated in the body) counts as one source;
* a listicle's lead ("فيما يلي خمسة أشياء تعلمناها …"، "إليكم أبرز …") is page
  furniture, whoever carries it.
"""
from __future__ import annotations

from ..assign.subjects import listicle
from ..mentions.statements.analysis import analyse_mention
from ..mentions.statements.reporting import reports_in_past

NARRATIVE_OUTLETS = 3  # a statement of fact that this many outlets carry is worth a page, attributed or not
from ..model import Mention


def is_check_worthy(group: list[Mention]) -> bool:
    """Whether a group deserves a claim page (rule in the module docstring)."""
    if not group or all(listicle(m.excerpt) for m in group):
        return False
    analyses = [analyse_mention(m) for m in group]
    articles = {m.article for m in group}
    factual = any(a.attributed or a.agreement or a.ordinal or a.number for a in analyses)
    if len(articles) >= 2 and not factual:
        # a reporting verb opening the clause reports, whoever its subject ("وأعربت مصر …"، "وصف
        # مرشح المعارضة …"); an accusation, a threat or a rebuke two outlets tell ("ووبخ الرئيس
        # ضيفه …") is one; and what three outlets state as fact is a fact to check
        factual = (any(reports_in_past(m.excerpt) for m in group) or any(a.stakes for a in analyses)
                   or len(articles) >= NARRATIVE_OUTLETS)
    if not factual:
        return False
    if len(articles) >= 2:
        return any(not a.background or a.ordinal or a.number for a in analyses)
    if any(a.measured_by_verb for a in analyses):
        return False  # "جلسة أولى … استمرت ساعة": the quantity claim of that duration covers it
    if any(a.ordinal for a in analyses):
        return True
    if any(a.measured for a in analyses):
        return False  # the quantity claim of that number covers it
    return any(a.attributed and (a.agreement or a.denial or a.stakes or _checkable_assertion(a)) for a in analyses)


def _checkable_assertion(a) -> bool:
    """An assertion of fact a fact-checker checks from one outlet: that something did not happen
    or has not changed ("لم تتغير"), or a comparison of amounts ("سيكون أقل من الأرقام المعلنة"),
    unless reported as the speaker's view ("يرى المحلل أن …")."""
    return (a.denies_fact or a.comparative) and not a.opinion
