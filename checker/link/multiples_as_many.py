"""A multiple closing its clause with `as many` or `as much`, of the figure stated before in its sentence: `On a
quiet day the museum sees about 900 visitors, but the free Sunday brought 4,100, more than four times as many`.

The multiple is appended to the figure it multiplies (the role stage's `change_of`, right before it, past a
comma only: `took $9,000 — the winner earned 40 times as much` is a clause of its own, of another figure) and
names no figure after it (`as many`, not `as many as B`, `[link.multiple_as_many_after]`). What it is of is
the figure before that one in the same sentence, of its kind and unit (a count with no noun of its own counts
what the other counts), the one such figure there, smaller for a multiple above one; two of them: which one is
meant is not said. The multiple kind checks value ÷ figure.
"""

from __future__ import annotations

import re

from checker.extract.lang import ByLanguage
from checker.link.figure_kinds import AMOUNTS
from checker.link.sentence_groups import prose_figures
from checker.models import Claim
from checker.regex_cache import compile_exact

_AS_MANY_AFTER = ByLanguage(lambda w: rf"(?:{w.multiple_as_many_after})", re.I)
# `4,100, more than four times`, `7,800 on Sunday, twice as many`: the multiple appended to its figure (a few words of
# the figure's own, a time or a place, may stand before the comma)
_APPENDED = compile_exact(r"(?:\s+[^\W\d_][\w'’-]*){0,3}\s*,\s*")


def link_multiples_as_many(claims: list[Claim], text: str, lang: str) -> None:
    figures = prose_figures(claims)
    for i, multiple in enumerate(figures):
        if multiple.kind != "multiple" or multiple.role != "change" or multiple.compared_to or i < 2:
            continue
        value = figures[i - 1]
        if value.id != multiple.change_of or value.kind not in AMOUNTS or value.sentence != multiple.sentence:
            continue
        if not _APPENDED.fullmatch(text, value.end, multiple.start) or not _AS_MANY_AFTER[lang].match(
            text, multiple.end
        ):
            continue  # (`took $130,000 — the champion earned 40 times as much`: a clause of its own, of another figure)
        before = [
            c
            for c in figures[max(0, i - 8) : i - 1]
            if c.sentence == multiple.sentence and (c.kind, c.unit) == (value.kind, value.unit) and c.low > 0
        ]
        if len(before) != 1:
            continue
        if before[0].counter and value.counter and before[0].counter != value.counter:
            continue
        if multiple.value > 1 and value.value <= before[0].value:
            continue
        multiple.compared_to = before[0].id
