"""Stage 3: find the quantity mentions of an article, each with its attribute, modality and event.

A quantity mention is a duration, a period of years or a count found by
:func:`quantities.find_quantities` in a clause of a sentence. Ordinals, ages,
percentages and money are read but are not quantity claims of their own (an
ordinal names a thing, "الجولة الأولى", more often than it states a fact), and
neither is a point in time ("منذ ثلاثة أشهر", "بعد ساعتين من انتهاء القمة")
nor a dual that only describes two parties ("بين دولتين قويتين").

The excerpt is the number's clause; when what is measured stood in an earlier
clause ("اختتمت القمة عبر الفيديو، والتي استغرقت ساعتين كاملتين") it is the
sentence up to the end of the number's clause, so the reader sees the subject.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Optional, Sequence

from .attributes import assign_attribute, assign_modality, is_descriptive_dual, is_time_offset
from .events import EventHint, passage_event
from .model import Article, Event, Mention, Sentence
from .quantities import find_quantities
from .sentences import split_clauses

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
        for i, clause in enumerate(clauses):
            for quantity in find_quantities(clause.text):
                if (
                    quantity.dimension not in CLAIM_DIMENSIONS
                    or is_time_offset(quantity, clause.text[: quantity.start])
                    or is_descriptive_dual(quantity)
                ):
                    continue
                attribute, back = assign_attribute(
                    quantity, clause.text, quantity.start, [c.text for c in clauses[:i]]
                )
                lead = sentence.text[: clause.start - sentence.start]
                modality = assign_modality(clause.text[: quantity.start], lead, clause.text[quantity.end :])
                start, end = (sentence.start if back else clause.start), clause.end
                mentions.append(
                    Mention(
                        article=article.id,
                        kind="quantity",
                        start=start,
                        end=end,
                        excerpt=article.text[start:end],
                        quantity=replace(quantity, start=clause.start + quantity.start, end=clause.start + quantity.end),
                        attribute=attribute,
                        modality=modality,
                        event=passage_event(article.text[start:end], article_event, events, hints),
                        paragraph=sentence.paragraph,
                        sentence_start=sentence.start,
                    )
                )
    return mentions
