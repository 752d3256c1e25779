"""An amount that would bring a total stated earlier to a new one: `The club signed him to a three-year, $30 million
deal. … A $6 million option for a fourth year could bring the total to $36 million.`

A figure whose clause goes on to bring the total to a level (`[link.total_brought_to]`: `could bring the total to`),
in its sentence and unit, is the change of that level from the total before it: the largest figure of the unit
stated in the three sentences before (a story states its deal's total first and its terms after), larger than the
added figure and smaller than the level, not a part of a list, not stated for another period. Then T − prior = X,
which the difference kind checks. The earlier total is found by size, so the link is a guess.
"""

from __future__ import annotations

import dataclasses
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
        # (or a change the clause's verb made of the level with no figure it is measured from: `bought 30 boats,
        # bringing its total to 42` after `The trust owns 12 boats`)
        unmeasured = added.role == "change" and added.change_of == level.id and added.compared_to is None
        if not unmeasured and (added.role != "value" or added.change_of is not None):
            continue
        if added.part_of is not None:
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
            if claim.counter and added.counter and claim.counter != added.counter:
                continue  # (`The trust has 40 members. It bought 30 boats, bringing its total to 47`: another noun)
            if periods_differ(claim, added):
                continue  # (`12 boats in 2019` is no level the boats bought this spring were added to)
            # (larger than the added figure, or a count of its noun: `The town has 45 fountains. It will install 60
            # new fountains, taking its total to 105`)
            larger = claim.low > added.high or (added.kind == "count" and bool(added.counter) and claim.counter == added.counter)
            if larger and claim.high < level.low and (earlier is None or claim.value > earlier.value):
                earlier = claim
        if earlier is None:
            continue
        added.role, added.direction = "change", 1
        added.change_of, added.compared_to = level.id, earlier.id
        if level.kind == "count" and not level.counter and added.counter:
            # (`16 more matches … brought the total to 70`: the new total counts what was added, a guess)
            level.quantity = dataclasses.replace(level.quantity, counter=added.counter)
            level.guesses = sorted(set(level.guesses) | {"unit"})
        added.guesses = sorted(set(added.guesses) | {"relation"})
