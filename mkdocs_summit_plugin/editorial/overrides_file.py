"""The editors' overrides file (``claims.yml``): its entries as plain dataclasses, read and validated.

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

Applying the entries to the claims is ``overrides.py``; a commented file to
start from is ``starter.py``.
"""
from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional, Sequence

import yaml

from ..model import CONFLICTS, SUPPORTS, Evidence, Problem, Verdict
from ..text.normalise import fold_for_match

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
        kw["hidden"] = _hidden(entries["hidden"][1])
    if "event" in entries:
        kw["event"] = _text(entries["event"][1], "event")
    if "merge" in entries:
        kw["merge"] = tuple((_text(n, "merge"), _line(n)) for n in _items(entries["merge"][1]))
    if "move" in entries:
        kw["moves"] = _moves(entries["move"][1], where)
    if "stance" in entries:
        kw["stances"] = _stances(entries["stance"][1], where)
    if "verdict" in entries:
        kw["verdict"] = _verdict(entries["verdict"][1], where)
    return ClaimOverride(id=claim_id, line=_line(key_node), **kw)


def _hidden(node: yaml.Node) -> bool:
    value = _value(node)
    if not isinstance(value, bool):
        raise _Invalid(node, f"key 'hidden' should be true or false, got {_kind(node, value)}")
    return value


def _moves(node: yaml.Node, where: str) -> tuple[Move, ...]:
    moves = []
    for item in _items(node):
        ref, found = _excerpt(item, MOVE_KEYS, f"{where}, move")
        to = _text(found["to"][1], "to") if "to" in found and _value(found["to"][1]) is not None else None
        moves.append(Move(ref, to))
    return tuple(moves)


def _stances(node: yaml.Node, where: str) -> tuple[StanceMark, ...]:
    marks = []
    for item in _items(node):
        ref, found = _excerpt(item, STANCE_KEYS, f"{where}, stance")
        if "stance" not in found:
            raise _Invalid(item, f"{where}, stance: give 'stance: supports' or 'stance: conflicts'")
        word = _text(found["stance"][1], "stance")
        if word not in STANCES:
            raise _Invalid(found["stance"][1], f"stance '{word}' is not one of supports, conflicts (يؤيد، يعارض)")
        marks.append(StanceMark(ref, STANCES[word]))
    return tuple(marks)


def _verdict(vnode: yaml.Node, where: str) -> Verdict:
    if isinstance(vnode, yaml.ScalarNode):  # `verdict: مضلل`
        return Verdict(rating=_text(vnode, "verdict"))
    found = _mapping(vnode, VERDICT_KEYS, f"{where}, verdict")
    if "rating" not in found:
        raise _Invalid(vnode, f"{where}, verdict: 'rating' (the verdict's label, e.g. مضلل) is required")
    return Verdict(
        rating=_text(found["rating"][1], "rating"),
        explanation=" ".join(_text(found["explanation"][1], "explanation").split()) if "explanation" in found else "",
        **{k: _number(found[k][1], k) for k in ("value", "best", "worst") if k in found},
    )


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
