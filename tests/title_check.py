"""Flags claim titles a reader would find broken: fragments, clause openers, folded or unnamed words.

Rules (:func:`title_problems`, one claim of ``claims.json`` at a time):

* ``opener``: a statement title's gist (after "speaker: ") opens with a conjunction و/ف that
  stands alone as a word, or with a clause opener ("فيما"، "ثم"، "لكن" …);
* ``attribution``: the gist is only an attribution ("وقال الزعيم"، "وجاء في الوثيقة");
* ``cut``: the gist ends inside a word its excerpt writes whole;
* ``folded``: a «word» of a quantity title is written as no excerpt writes it ("هائله" for
  "هائلة", "ابي" for "آبي");
* ``unnamed``: a duration of nothing ("مدة في …"، "مدة بالسنوات في …"), or an ASCII id
  ("x-…") shown in a title.

Run on a claims file: ``python tests/title_check.py CLAIMS.json`` prints each flagged title.
"""
from __future__ import annotations

import json
import re
import sys

from mkdocs_summit_plugin.claims.statement_titles import title_opener, without_conjunction
from mkdocs_summit_plugin.mentions.statements.clauses import attribution_only
from mkdocs_summit_plugin.text.tokens import tokens


def title_problems(claim: dict) -> list[str]:
    """The rules (module docstring) a claim's title breaks."""
    title = claim["title"]
    out = []
    if re.search(r"\bx-[a-z]", title):
        out.append("unnamed")
    if claim["kind"] == "statement":
        gist = title.split(": ", 1)[1] if ": " in title else title
        gist = gist.removesuffix(" …")
        toks = tokens(gist, 0)
        first = gist.split()[0] if gist.split() else ""
        if toks and (title_opener(toks, 0) or without_conjunction(first) != first):
            out.append("opener")
        if not toks or attribution_only(gist, toks):
            out.append("attribution")
        last = gist.split()[-1] if gist.split() else ""
        if last and not title.endswith("…") and any(
            re.search(re.escape(gist) + r"[\u0621-\u064a]", e["excerpt"]) for e in claim["evidence"]
        ):
            out.append("cut")
    else:
        if re.match(r"^مدة( بالسنوات)? في ", title) or title in ("مدة", "مدة بالسنوات"):
            out.append("unnamed")
        for word in re.findall(r"«([^»]+)»", title):
            if not any(word in _plain(e["excerpt"]) for e in claim["evidence"]):
                out.append("folded")
    return out


def _plain(text: str) -> str:
    """An excerpt as a title quotes it: no quotation marks, one space between words."""
    return " ".join(re.sub(r"[«»“”\"]", "", text).split())


def main(paths: list[str]) -> int:
    flagged = total = 0
    for path in paths:
        for claim in json.load(open(path, encoding="utf-8"))["claims"]:
            total += 1
            problems = title_problems(claim)
            if problems:
                flagged += 1
                print(f"{','.join(problems):12} {claim['kind'][:4]} {claim['title']}")
    print(f"{flagged} of {total} titles flagged")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
