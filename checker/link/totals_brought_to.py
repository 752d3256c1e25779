"""An amount that would bring a total stated earlier to a new one: `The club signed him to a three-year, $30 million
deal. … A $6 million option for a fourth year could bring the total to $36 million.`

A figure whose clause goes on to bring the total to a level (`[link.total_brought_to]`: `could bring the total to`),
in its sentence and unit, is the change of that level from the total before it: the largest figure of the unit
stated in the three sentences before (a story states its deal's total first and its terms after), larger than the
added figure and smaller than the level, not a part of a list, not stated for another period. Then T − prior = X,
which the difference kind checks. The earlier total is found by size, so the link is a guess.
"""

from __future__ import annotations

import math
import re

from checker.extract.lang import ByLanguage
from checker.link.figure_kinds import AMOUNTS
from checker.link.keys_differ import periods_differ
from checker.models import Claim

_BROUGHT_TO = ByLanguage(lambda w: rf"[^\d.;]{{0,40}}?\s(?:{w.total_brought_to})\s+$", re.I)
_REACH = 3  # sentences back to the earlier total


def link_totals_brought_to(claims: list[Claim], text: str, lang: str) -> None:
    figures = [c for c in claims if c.role != "conversion" and not c.furniture and c.kind in AMOUNTS]
    for added, level in zip(figures, figures[1:]):
        if added.role != "value" or added.change_of is not None or added.part_of is not None:
            continue
        if level.sentence != added.sentence or (level.kind, level.unit) != (added.kind, added.unit):
            continue
        if level.role != "value" or not _BROUGHT_TO[lang].fullmatch(text, added.end, level.start):
            continue
        if not (math.isfinite(added.high) and math.isfinite(level.low)):
            continue
        earlier = None
        for claim in figures:
            if claim.start >= added.start:
                break
            if added.sentence - claim.sentence > _REACH or claim.role != "value" or claim.part_of is not None:
                continue
            if (claim.kind, claim.unit) != (added.kind, added.unit) or periods_differ(claim, level):
                continue
            if claim.low > added.high and claim.high < level.low and (earlier is None or claim.value > earlier.value):
                earlier = claim
        if earlier is None:
            continue
        added.role, added.direction = "change", 1
        added.change_of, added.compared_to = level.id, earlier.id
        added.guesses = sorted(set(added.guesses) | {"relation"})
