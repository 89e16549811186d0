"""Editors' overrides (``claims.yml``): a pipeline stage after grouping, before the final status.

Automatic extraction is the first draft. An editor-maintained YAML file, keyed
by claim id, changes what is published::

    geneva-talks-duration:
      title: مدة المحادثات في قمة جنيف
      event: geneva                       # pin the claim to an event
      merge: [geneva-first-round-duration] # take every excerpt of these claims (they disappear)
      move:                               # take an excerpt out of this claim …
        - article: 003_22cd7a0e0513d5f9
          quote: استمرت أربع ساعات
          to: geneva-break-duration       # … into this claim (without `to`: off the site)
      stance:                             # an editor's stance on an excerpt
        - {article: 001_0a1375d98b8308ea, quote: ثلاث ساعات ونصف, stance: conflicts}
      verdict:                            # shown on the page, in ClaimReview and claims.json
        rating: مضلل
        explanation: المصادر الرسمية تقول إن المحادثات دامت أقل من أربع ساعات.
    geneva-extension-period:
      hidden: true                        # not published

An excerpt is named by its article id and a quote: a few consecutive words of
the excerpt as written on the claim page, compared after folding
(``normalise.fold_for_match``: diacritics, hamza forms, punctuation do not
matter), as the evaluator compares quotes. ``article`` may be left out when the
quote is found in one excerpt only.

Nothing here ever stops a build. The file is validated with messages naming
the line and the key (``claims.yml:12: key 'stanse' is not one of …``); an
entry naming a claim id that no longer exists, an excerpt that is not found,
an unknown event, each give a :class:`~model.Problem` (a warning: logged by the
plugin, so ``mkdocs build --strict`` fails) and the rest still applies.

Order of application: event pins, merges, moves, then the changed claims are
judged again (``status.py``, through the ``judge`` callback), then editors'
stances (the status follows them), titles, verdicts, and hidden claims leave
the report.
"""
from __future__ import annotations

import difflib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Optional, Sequence

import yaml

from ..model import CONFLICTS, SUPPORTS, Claim, Event, Evidence, Problem, Verdict
from ..text.normalise import fold_for_match
from ..claims.status import _counts, _status, summarise

DEFAULT_FILE = "claims.yml"
CLAIM_KEYS = ("title", "hidden", "event", "merge", "move", "stance", "verdict")
EXCERPT_KEYS = ("article", "quote")
MOVE_KEYS = EXCERPT_KEYS + ("to",)
STANCE_KEYS = EXCERPT_KEYS + ("stance",)
VERDICT_KEYS = ("rating", "explanation", "value", "best", "worst")
STANCES = {"supports": SUPPORTS, "conflicts": CONFLICTS, "يؤيد": SUPPORTS, "يعارض": CONFLICTS}


# -- the file, as plain dataclasses --------------------------------------------
@dataclass(frozen=True)
class ExcerptRef:
    """An excerpt named by hand: its article (optional) and a few of its words."""

    quote: str
    article: Optional[str] = None
    line: int = 0

    def matches(self, e: Evidence) -> bool:
        if self.article is not None and e.article != self.article:
            return False
        words = fold_for_match(self.quote)
        return bool(words) and words in fold_for_match(e.excerpt)

    def describe(self) -> str:
        quote = " ".join(self.quote.split())
        return f"«{quote}»" + (f" of article '{self.article}'" if self.article else "")


@dataclass(frozen=True)
class Move:
    excerpt: ExcerptRef
    to: Optional[str] = None  # a claim id; None: the excerpt leaves the site


@dataclass(frozen=True)
class StanceMark:
    excerpt: ExcerptRef
    stance: str  # model.SUPPORTS or model.CONFLICTS


@dataclass(frozen=True)
class ClaimOverride:
    """What an editor says about one claim."""

    id: str
    line: int
    title: Optional[str] = None
    hidden: bool = False
    event: Optional[str] = None
    merge: tuple[tuple[str, int], ...] = ()  # (claim id, line)
    moves: tuple[Move, ...] = ()
    stances: tuple[StanceMark, ...] = ()
    verdict: Optional[Verdict] = None


@dataclass
class Overrides:
    """A loaded overrides file: the valid entries, and what was wrong with the rest."""

    path: str = DEFAULT_FILE  # as shown in messages
    claims: dict[str, ClaimOverride] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)

    def where(self, line: int) -> str:
        return f"{self.path}:{line}" if line else self.path


# -- loading and validation ----------------------------------------------------
class _Invalid(Exception):
    def __init__(self, node: yaml.Node, message: str):
        super().__init__(message)
        self.line = node.start_mark.line + 1
        self.message = message


def _line(node: yaml.Node) -> int:
    return node.start_mark.line + 1


def _value(node: yaml.Node):
    """A node's Python value (SafeLoader's rules: dates, numbers, booleans)."""
    loader = yaml.SafeLoader("")
    try:
        return loader.construct_object(node, deep=True)
    except yaml.YAMLError as exc:
        raise _Invalid(node, f"cannot read this value ({getattr(exc, 'problem', None) or exc})")
    finally:
        loader.dispose()


def _text(node: yaml.Node, key: str) -> str:
    value = _value(node)
    if isinstance(value, bool) or not isinstance(value, (str, int, float)) or isinstance(value, dict):
        raise _Invalid(node, f"key '{key}' should be text, got {_kind(node, value)}")
    text = str(value).strip()
    if not text:
        raise _Invalid(node, f"key '{key}' is empty")
    return text


def _kind(node: yaml.Node, value=None) -> str:
    if isinstance(node, yaml.MappingNode):
        return "a mapping"
    if isinstance(node, yaml.SequenceNode):
        return "a list"
    if value is None:
        return "nothing"
    return {bool: "true/false", int: "a number", float: "a number", str: "text"}.get(type(value), type(value).__name__)


def _unknown(key: str, allowed: Sequence[str], where: str) -> str:
    close = difflib.get_close_matches(key, allowed, n=1)
    hint = f" (did you mean '{close[0]}'?)" if close else ""
    return f"{where}: key '{key}' is not one of {', '.join(allowed)}{hint}"


def _mapping(node: yaml.Node, allowed: Sequence[str], where: str) -> dict[str, tuple[yaml.Node, yaml.Node]]:
    """A mapping node's entries by key (key node, value node); unknown and repeated keys are errors."""
    if not isinstance(node, yaml.MappingNode):
        raise _Invalid(node, f"{where} should be a mapping of keys, got {_kind(node, _value(node))}")
    out: dict[str, tuple[yaml.Node, yaml.Node]] = {}
    for key_node, value_node in node.value:
        key = str(_value(key_node))
        if key not in allowed:
            raise _Invalid(key_node, _unknown(key, allowed, where))
        if key in out:
            raise _Invalid(key_node, f"{where}: key '{key}' given twice (first on line {_line(out[key][0])})")
        out[key] = (key_node, value_node)
    return out


def _items(node: yaml.Node) -> list[yaml.Node]:
    """A list node's items; a single mapping stands for a list of one."""
    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    return [node]


def _excerpt(node: yaml.Node, allowed: Sequence[str], where: str) -> tuple[ExcerptRef, dict]:
    entries = _mapping(node, allowed, where)
    if "quote" not in entries:
        raise _Invalid(node, f"{where}: an excerpt needs 'quote' (a few of its words) and, best, 'article'")
    quote = _text(entries["quote"][1], "quote")
    if not fold_for_match(quote):
        raise _Invalid(entries["quote"][1], "key 'quote' has no words to look for")
    article = _text(entries["article"][1], "article") if "article" in entries else None
    return ExcerptRef(quote=quote, article=article, line=_line(node)), entries


def _number(node: yaml.Node, key: str) -> float:
    value = _value(node)
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise _Invalid(node, f"key '{key}' should be a number, got {_kind(node, value)}")
    return value


def _claim_override(claim_id: str, key_node: yaml.Node, node: yaml.Node) -> ClaimOverride:
    where = f"claim '{claim_id}'"
    entries = _mapping(node, CLAIM_KEYS, where)
    kw: dict = {}
    if "title" in entries:
        kw["title"] = " ".join(_text(entries["title"][1], "title").split())
    if "hidden" in entries:
        value = _value(entries["hidden"][1])
        if not isinstance(value, bool):
            raise _Invalid(entries["hidden"][1], f"key 'hidden' should be true or false, got {_kind(entries['hidden'][1], value)}")
        kw["hidden"] = value
    if "event" in entries:
        kw["event"] = _text(entries["event"][1], "event")
    if "merge" in entries:
        kw["merge"] = tuple((_text(n, "merge"), _line(n)) for n in _items(entries["merge"][1]))
    if "move" in entries:
        moves = []
        for item in _items(entries["move"][1]):
            ref, found = _excerpt(item, MOVE_KEYS, f"{where}, move")
            to = _text(found["to"][1], "to") if "to" in found and _value(found["to"][1]) is not None else None
            moves.append(Move(ref, to))
        kw["moves"] = tuple(moves)
    if "stance" in entries:
        marks = []
        for item in _items(entries["stance"][1]):
            ref, found = _excerpt(item, STANCE_KEYS, f"{where}, stance")
            if "stance" not in found:
                raise _Invalid(item, f"{where}, stance: give 'stance: supports' or 'stance: conflicts'")
            word = _text(found["stance"][1], "stance")
            if word not in STANCES:
                raise _Invalid(found["stance"][1], f"stance '{word}' is not one of supports, conflicts (يؤيد، يعارض)")
            marks.append(StanceMark(ref, STANCES[word]))
        kw["stances"] = tuple(marks)
    if "verdict" in entries:
        vnode = entries["verdict"][1]
        if isinstance(vnode, yaml.ScalarNode):  # `verdict: مضلل`
            kw["verdict"] = Verdict(rating=_text(vnode, "verdict"))
        else:
            found = _mapping(vnode, VERDICT_KEYS, f"{where}, verdict")
            if "rating" not in found:
                raise _Invalid(vnode, f"{where}, verdict: 'rating' (the verdict's label, e.g. مضلل) is required")
            kw["verdict"] = Verdict(
                rating=_text(found["rating"][1], "rating"),
                explanation=" ".join(_text(found["explanation"][1], "explanation").split()) if "explanation" in found else "",
                **{k: _number(found[k][1], k) for k in ("value", "best", "worst") if k in found},
            )
    return ClaimOverride(id=claim_id, line=_line(key_node), **kw)


def parse(text: str, path: str = DEFAULT_FILE) -> Overrides:
    """Overrides from the text of a file; every problem is a warning naming `path:line`."""
    out = Overrides(path=path)
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = out.where(mark.line + 1 if mark is not None else 0)
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        out.problems.append(Problem(where, f"not valid YAML ({problem}): no override applied", skipped=False))
        return out
    if root is None:
        return out
    if not isinstance(root, yaml.MappingNode):
        out.problems.append(Problem(out.where(_line(root)), "the file should be a mapping of claim ids to their overrides: no override applied", skipped=False))
        return out
    seen: dict[str, int] = {}
    for key_node, value_node in root.value:
        try:
            claim_id = _value(key_node)
            if not isinstance(claim_id, str) or not claim_id.strip():
                raise _Invalid(key_node, f"a claim id should be text, got {_kind(key_node, claim_id)}")
            claim_id = claim_id.strip()
            if claim_id in seen:
                raise _Invalid(key_node, f"claim '{claim_id}' is given twice (first on line {seen[claim_id]}): this entry is ignored")
            seen[claim_id] = _line(key_node)
            if isinstance(value_node, yaml.ScalarNode) and _value(value_node) is None:
                continue  # `claim-id:` with every key commented out
            try:
                out.claims[claim_id] = _claim_override(claim_id, key_node, value_node)
            except _Invalid as exc:
                exc.message += f": the entry of '{claim_id}' is not applied"
                raise
        except _Invalid as exc:
            out.problems.append(Problem(out.where(exc.line), exc.message, skipped=False))
    return out


def load(path: Path, shown: Optional[str] = None, required: bool = False) -> Overrides:
    """Overrides from a file; a missing file is no overrides (a warning when `required`)."""
    shown = shown or path.name
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        out = Overrides(path=shown)
        if required:
            out.problems.append(Problem(shown, "overrides file not found: no override applied", skipped=False))
        return out
    except (OSError, UnicodeDecodeError) as exc:
        return Overrides(path=shown, problems=[Problem(shown, f"cannot be read ({getattr(exc, 'strerror', None) or exc}): no override applied", skipped=False)])
    return parse(text, shown)


# -- applying them -------------------------------------------------------------
def _key(e: Evidence) -> tuple:
    return (e.article, e.start, e.end)


def _restatus(claim: Claim) -> None:
    """Status and summary from the excerpts' stances as they stand (after an editor's marks)."""
    conflict = any(e.stance == CONFLICTS and _counts(e, claim.attribute) for e in claim.evidence)
    claim.status = _status(claim.evidence, conflict)
    claim.summary = summarise(claim)


def _compatible(a: Claim, b: Claim) -> Optional[str]:
    """Why the excerpts of `b` cannot join `a`, or None."""
    if a.kind != b.kind:
        return f"a {b.kind} claim cannot join a {a.kind} claim"
    if a.kind == "quantity" and a.unit != b.unit:
        return f"its values are in '{b.unit}', not '{a.unit}'"
    return None


def apply_overrides(
    claims: Sequence[Claim],
    events: Iterable[Event],
    overrides: Overrides,
    judge: Callable[[Claim], Claim] = lambda c: c,
) -> tuple[list[Claim], list[Problem]]:
    """The claims as the editor wants them, and a warning for everything that could not be done.

    `judge` sets stances, status and summary of a claim whose excerpts changed
    (the pipeline passes ``status.judge_quantity``/``judge_statement``).
    """
    problems: list[Problem] = []
    by_id = {c.id: c for c in claims}
    order = [c.id for c in claims]
    event_ids = {e.id for e in events}
    merged_into: dict[str, str] = {}
    changed: set[str] = set()

    def warn(line: int, message: str) -> None:
        problems.append(Problem(overrides.where(line), message, skipped=False))

    def mark(claim: Claim, what: str) -> None:
        if what not in claim.edited:
            claim.edited.append(what)

    def claim_for(claim_id: str, line: int, role: str = "") -> Optional[Claim]:
        if claim_id in by_id:
            return by_id[claim_id]
        if claim_id in merged_into:
            warn(line, f"claim '{claim_id}'{role} was merged into '{merged_into[claim_id]}' by this file: write its overrides under '{merged_into[claim_id]}'")
            return None
        close = difflib.get_close_matches(claim_id, list(by_id), n=1)
        hint = f" (did you mean '{close[0]}'?)" if close else ""
        warn(line, f"no claim with id '{claim_id}'{role} in this build{hint}: ignored (claim ids change when the articles say something else)")
        return None

    entries = list(overrides.claims.values())
    present = {o.id: claim_for(o.id, o.line) for o in entries}
    entries = [o for o in entries if present[o.id] is not None]

    # 1. event pins
    for o in entries:
        if o.event is None:
            continue
        if o.event not in event_ids:
            warn(o.line, f"claim '{o.id}': no event with id '{o.event}' (events: {', '.join(sorted(event_ids)) or 'none'}): event not changed")
            continue
        claim = by_id[o.id]
        if claim.event != o.event:
            claim.event = o.event
            mark(claim, "event")

    # 2. merges
    for o in entries:
        target = by_id.get(o.id)
        for other_id, line in o.merge:
            if target is None:
                break
            if other_id == o.id:
                warn(line, f"claim '{o.id}' cannot be merged into itself")
                continue
            other = claim_for(other_id, line, " (to merge)")
            if other is None:
                continue
            why = _compatible(target, other)
            if why:
                warn(line, f"claim '{other_id}' not merged into '{o.id}': {why}")
                continue
            have = {_key(e) for e in target.evidence}
            target.evidence.extend(e for e in other.evidence if _key(e) not in have)
            del by_id[other_id]
            merged_into[other_id] = o.id
            for k, v in merged_into.items():
                if v == other_id:
                    merged_into[k] = o.id
            changed.add(o.id)
            mark(target, "merge")

    # 3. moves
    for o in entries:
        source = by_id.get(o.id)
        if source is None:
            continue
        for move in o.moves:
            ref = move.excerpt
            found = [e for e in source.evidence if ref.matches(e)]
            if not found:
                warn(ref.line, f"claim '{o.id}': no excerpt {ref.describe()}: not moved")
                continue
            if len(found) > 1:
                warn(ref.line, f"claim '{o.id}': {len(found)} excerpts match {ref.describe()}: quote more words (or give 'article'); not moved")
                continue
            e = found[0]
            target = None
            if move.to is not None:
                target = claim_for(move.to, ref.line, " (to move an excerpt into)")
                if target is None:
                    continue
                if target is source:
                    warn(ref.line, f"claim '{o.id}': the excerpt {ref.describe()} is already on this claim")
                    continue
                why = _compatible(target, source)
                if why:
                    warn(ref.line, f"excerpt {ref.describe()} not moved to '{move.to}': {why}")
                    continue
            source.evidence.remove(e)
            changed.add(source.id)
            mark(source, "move")
            if target is not None:
                if _key(e) not in {_key(x) for x in target.evidence}:
                    target.evidence.append(e)
                changed.add(target.id)
                mark(target, "move")

    # 4. judge again what changed; a claim left without excerpts leaves the site
    for claim_id in list(changed):
        claim = by_id.get(claim_id)
        if claim is None:
            continue
        if not claim.evidence:
            del by_id[claim_id]
            continue
        claim.evidence.sort(key=_key)
        judge(claim)

    # 5. editors' stances, titles, verdicts, hidden claims
    for o in entries:
        claim = by_id.get(o.id)
        if claim is None:
            continue
        if o.stances:
            set_any = False
            for m in o.stances:
                found = [e for e in claim.evidence if m.excerpt.matches(e)]
                if not found:
                    warn(m.excerpt.line, f"claim '{o.id}': no excerpt {m.excerpt.describe()}: stance not set")
                    continue
                if len(found) > 1:
                    warn(m.excerpt.line, f"claim '{o.id}': {len(found)} excerpts match {m.excerpt.describe()}: quote more words (or give 'article'); stance not set")
                    continue
                found[0].stance = m.stance
                set_any = True
            if set_any:
                _restatus(claim)
                mark(claim, "stance")
        if o.title:
            claim.title = o.title
            mark(claim, "title")
        if o.verdict is not None:
            claim.verdict = o.verdict
            mark(claim, "verdict")
        if o.hidden:
            del by_id[o.id]
    return [by_id[cid] for cid in order if cid in by_id], problems


# -- the starter file ----------------------------------------------------------
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
    from ..publish.pages import STATUS_LABELS

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
