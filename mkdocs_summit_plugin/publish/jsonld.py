"""A claim page's schema.org ClaimReview, as JSON-LD in its ``<head>``.

The one piece of markup built outside a template: :func:`claim_review` says
what the claim is, where it appeared and the editor's rating if any
(:func:`editor_rating`), and :func:`jsonld_script` escapes it for a
``<script>`` block.
"""
from __future__ import annotations

import json
from typing import Any, Mapping, Optional

from markupsafe import Markup

from ..model import Article, Claim


def jsonld_script(data: Any) -> Markup:
    """A ``<script type="application/ld+json">`` block that no string inside `data` can break out of."""
    text = json.dumps(data, ensure_ascii=False, indent=None, separators=(",", ":"))
    for a, b in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"), ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(a, b)
    return Markup(f'<script type="application/ld+json">{text}</script>')


def editor_rating(claim: Claim) -> Optional[dict]:
    """The schema.org Rating an editor gave the claim, if any.

    An editor gives one in the overrides file (``claims.yml``: ``verdict``, see
    ``overrides.py``: ``Claim.verdict``); this also reads ``claim.rating`` defensively: a
    string is a verdict label (``alternateName``), a mapping may carry
    ``value``/``best``/``worst``/``label``/``explanation`` (or the schema.org names).
    """
    rating = getattr(claim, "rating", None)
    verdict = getattr(claim, "verdict", None)
    if not rating and verdict is not None:
        rating = {"label": verdict.rating, "value": verdict.value, "best": verdict.best, "worst": verdict.worst,
                  "explanation": verdict.explanation or None}
    if not rating:
        return None
    if isinstance(rating, str):
        return {"@type": "Rating", "alternateName": rating}
    if isinstance(rating, dict):
        out: dict[str, Any] = {"@type": "Rating"}
        for key, name in (("value", "ratingValue"), ("best", "bestRating"), ("worst", "worstRating"), ("label", "alternateName"),
                          ("explanation", "ratingExplanation")):
            v = rating.get(key, rating.get(name))
            if v is not None:
                out[name] = v
        return out if len(out) > 1 else None
    return None


def claim_review(claim: Claim, articles: Mapping[str, Article], site_name: str, page_url: Optional[str]) -> dict:
    """schema.org ClaimReview of one claim: the claim text, where it appeared, and an editor's rating if any."""
    appearances = []
    for aid in claim.articles:
        a = articles.get(aid)
        if a is None:
            continue
        work: dict[str, Any] = {"@type": "NewsArticle", "headline": a.title}
        if a.url and a.url.startswith(("http://", "https://")):
            work["url"] = a.url
        if a.source:
            work["publisher"] = {"@type": "Organization", "name": a.source}
        if a.published:
            work["datePublished"] = a.published
        appearances.append(work)
    item: dict[str, Any] = {"@type": "Claim", "name": claim.title}
    if appearances:
        item["appearance"] = appearances
        item["firstAppearance"] = appearances[0]
    review: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "name": claim.title,
        "claimReviewed": claim.summary or claim.title,
        "itemReviewed": item,
        "author": {"@type": "Organization", "name": site_name},
        "inLanguage": "ar",
    }
    if page_url:
        review["url"] = page_url
    rating = editor_rating(claim)
    if rating:
        review["reviewRating"] = rating
    return review

