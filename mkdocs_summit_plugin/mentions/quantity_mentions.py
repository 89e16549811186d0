"""Stage 3: find the quantity mentions of an article, each with its attribute, modality and event.

A quantity mention is a duration, a period of years or a count found by
:func:`quantities.find_quantities` in a clause of a sentence. Ordinals, ages,
percentages and money are read but are not quantity claims of their own
(nor are years alone between commas, an age as English copy gives it: "بوتين، 68 عاما،") (an
ordinal names a thing, "الجولة الأولى", more often than it states a fact), and
neither is a point in time ("منذ ثلاثة أشهر", "بعد ساعتين من انتهاء القمة")
nor a dual that only describes two parties ("بين دولتين قويتين").

A clause that names no event belongs to the event its sentence last named
("…في جنيف في حزيران/يونيو الماضي، حيث استمرت قمتهما أقل من أربع ساعات"):
its excerpt begins at that clause, so the reader sees which event it is.

The excerpt is the number's clause; when what is measured stood in an earlier
clause ("اختتمت القمة عبر الفيديو، والتي استغرقت ساعتين كاملتين") it is the
sentence up to the end of the number's clause, so the reader sees the subject;
a number alone in a fronted adverbial ("على مدى ساعتين، ناقش الرئيسان …")
takes the clause after it.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Optional, Sequence

from ..assign.attributes import (
    assign_attribute,
    spec_for,
    is_default_attribute,
    is_appositive_age,
    is_descriptive_dual,
    is_time_offset,
)
from ..assign.events import EventHint, find_cues, passage_event
from ..assign.modality import assign_modality
from ..assign.subjects import another_occurrence, count_head, count_qualifier, holder
from ..model import Article, Event, Mention, Sentence
from .quantities.grammar import find_quantities
from ..text.sentences import split_clauses

CLAIM_DIMENSIONS = ("duration", "period", "count")


def find_quantity_mentions(
    article: Article,
    sentences: Sequence[Sentence],
    article_event: Optional[str],
    events: Sequence[Event] = (),
    hints: Sequence[EventHint] = (),
) -> list[Mention]:
    """Every checkable quantity in the article, in text order."""
    mentions: list[Mention] = []
    for sentence in sentences:
        clauses = split_clauses(sentence)
        since = sentence.start  # where the words about the next number begin: the sentence, or after the last number
        for i, clause in enumerate(clauses):
            for quantity in find_quantities(clause.text):
                if (
                    quantity.dimension not in CLAIM_DIMENSIONS
                    or is_time_offset(quantity, clause.text[: quantity.start])
                    or is_descriptive_dual(quantity)
                    or is_appositive_age(quantity, clause.text)
                ):
                    continue
                later = clauses[i + 1].text if i + 1 < len(clauses) else ""
                attribute, back = assign_attribute(
                    quantity, clause.text, quantity.start, [c.text for c in clauses[:i]], later
                )
                lead = sentence.text[: clause.start - sentence.start]
                modality = assign_modality(clause.text[: quantity.start], lead, clause.text[quantity.end :])
                start, end = (sentence.start if back > 0 else clause.start), clause.end
                if back < 0:
                    end = clauses[i + 1].end
                if not find_cues(article.text[start:end], hints):
                    start = min(start, _nearest_named(clauses[:i], hints, start))
                mentions.append(
                    Mention(
                        article=article.id,
                        kind="quantity",
                        start=start,
                        end=end,
                        excerpt=article.text[start:end],
                        quantity=replace(quantity, start=clause.start + quantity.start, end=clause.start + quantity.end),
                        attribute=attribute,
                        subject=_subject(attribute, clause.text, quantity.start, lead),
                        qualifier=count_qualifier(quantity, clause.text[quantity.end :]),
                        another=another_occurrence(article.text[since : clause.start + quantity.start]),
                        modality=modality,
                        event=passage_event(article.text[start:end], article_event, events, hints),
                        paragraph=sentence.paragraph,
                        sentence_start=sentence.start,
                    )
                )
                since = clause.start + quantity.end
    return mentions


def _nearest_named(earlier: Sequence, hints: Sequence[EventHint], start: int) -> int:
    """Where the nearest earlier clause that names an event starts (`start` when none does).

    A clause that names no event speaks of the one its sentence last named
    ("والتقيا في جنيف في حزيران/يونيو الماضي، حيث استمرت قمتهما أقل من أربع
    ساعات"), not of its article's: the excerpt then begins there.
    """
    for clause in reversed(earlier):
        if find_cues(clause.text, hints):
            return clause.start
    return start


def _subject(attribute: str, clause: str, offset: int, lead: str) -> Optional[str]:
    """What keeps apart values of one attribute that are about different things (grouping key).

    A length no cue explains is known only by the word that governs it ("رحلة
    بوتين … نحو ثلاث ساعات ونصف" is not "وصل قبل بايدن بنحو ربع ساعة"); an
    occasion an event has several of (each leader's press conference) by whose it is.
    """
    if is_default_attribute(attribute):
        return count_head(clause[:offset]) or None
    spec = spec_for(attribute)
    if spec and spec.several:
        return holder(lead + " " + clause, len(lead) + 1 + offset)
    return None
