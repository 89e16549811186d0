"""A starter overrides file: every claim of the build listed, commented out, for an editor to fill in.

``mkdocs-summit overrides --init`` writes it (see ``overrides_file.py`` for the format).
"""
from __future__ import annotations

import json
from typing import Sequence

from ..model import Claim, Event
from ..publish.labels import STATUS_LABELS
from .overrides_file import DEFAULT_FILE

_HEADER = """\
# {path}: editors' overrides for mkdocs-summit, one entry per claim id.
# Every claim of the current build is listed below, commented out: uncomment a
# claim's id line and the keys you need (YAML: two spaces of indentation).
#
#   title: "…"                  a new title
#   hidden: true                leave the claim out of the site and claims.json
#   event: EVENT-ID             pin the claim to an event ({events})
#   merge: [OTHER-CLAIM-ID]     take every excerpt of OTHER-CLAIM-ID (which disappears)
#   move:                       take an excerpt out of this claim (into `to`, or off the site)
#     - {{article: ARTICLE-ID, quote: "a few words of the excerpt", to: OTHER-CLAIM-ID}}
#   stance:                     an editor's stance on an excerpt: supports | conflicts
#     - {{article: ARTICLE-ID, quote: "a few words of the excerpt", stance: conflicts}}
#   verdict:                    on the claim page, in its ClaimReview and in claims.json
#     rating: "مضلل"
#     explanation: "…"
#
# A claim's id is shown at the bottom of its page ("معرّف الادعاء"). An excerpt is
# named by its article id and a few consecutive words of it, as written.
"""


def starter(claims: Sequence[Claim], events: Sequence[Event] = (), path: str = DEFAULT_FILE, excerpt_chars: int = 70) -> str:
    """A commented overrides file listing every claim (id, title, status, excerpts)."""
    def q(text: str) -> str:
        return json.dumps(" ".join(text.split()), ensure_ascii=False)

    def clip(text: str) -> str:
        text = " ".join(text.split())
        if len(text) <= excerpt_chars:
            return text
        cut = text[:excerpt_chars].rsplit(" ", 1)[0]
        return cut or text[:excerpt_chars]

    event_list = ", ".join(e.id for e in events) or "none yet"
    out = [_HEADER.format(path=path, events=event_list)]
    for c in claims:
        out.append(f"# --- {STATUS_LABELS.get(c.status, c.status)}: {' '.join(c.title.split())}")
        out.append(f"# {c.id}:")
        out.append(f"#   title: {q(c.title)}")
        for e in c.evidence:
            out.append(f"#   # {e.stance}: {{article: {e.article}, quote: {q(clip(e.excerpt))}}}")
        out.append("")
    return "\n".join(out)
