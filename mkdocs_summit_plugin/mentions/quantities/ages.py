"""Ages: years of a person's age, told by the words around them (dimension ``age``).

A number of years within a few words after "يبلغ من العمر", "عمره", "بعمر",
"أعمارهم", before "من العمر", after "عن" following a verb of dying ("توفي عن
73 عاما"), after a verb of reaching ("البالغ 68 عاما"), or alone in brackets
"(45 عاما)" or between commas after a name ("بوتين، 68 عاما،"). Its unit is the
measure's own name ("year", "month"), its value in that unit.
"""
from __future__ import annotations

from .core import Core
from .phrases import match_after
from .tables import tables
from .tokens import Tok
from .words import unconj


def age_context(toks: list[Tok], core: Core, floor: int) -> bool:
    """Years of a person's age: "يبلغ من العمر 45 عاما", "عمره 3 سنوات",
    "45 عاما من العمر", "شاب (23 عاما)"."""
    T = tables()
    s = core.start
    if match_after(toks, core.end, T.age_after):
        return True
    if s >= 1 and toks[s - 1].s == "(" and core.end < len(toks) and toks[core.end].s == ")":
        return core.measure.dimension == "period"
    if s >= 1 and toks[s - 1].s == "عن":  # "توفي أمس عن 73 عاما"
        if any(unconj(toks[b].s) in T.age_death for b in range(max(floor, s - 5), s - 1)):
            return True
    if core.measure.dimension == "period":
        # an appositive between commas right after a name: "بوتين، 68 عاما، ..."
        if (
            s >= 2
            and toks[s - 1].s in ("،", ",")
            and toks[s - 2].k == "w"
            and core.end < len(toks)
            and toks[core.end].s in ("،", ",")
            and toks[core.end - 1].s in T.age_appositive_units
        ):
            return True
        # "الذي بلغ 79 عاما", "البالغ 68 عاما": a verb of reaching right before the years
        if s >= 1 and s - 1 >= floor and unconj(toks[s - 1].s) in T.age_reach:
            return True
        # "يبلغ بايدن 78 عاما": a verb of reaching, one word that names someone, the years
        if s >= 2 and s - 2 >= floor and unconj(toks[s - 2].s) in T.age_reach and toks[s - 1].k == "w":
            subject = toks[s - 1].s
            if not subject.startswith("ال") and not toks[s - 1].w.anchor and subject not in T.age_not_subjects:
                return True
    for b in range(s - 1, max(floor, s - 5) - 1, -1):
        t = toks[b]
        if t.k == "p":
            return False
        if t.s in T.age_before or (t.k == "w" and t.s[0] in "وب" and t.s[1:] in T.age_before):
            return True
    return False
