"""A move in points between two rates of its sentence is a move in percentage points: `Its load factor climbed
2.1 points to 84.6% from 82.5%`, `Support for the party fell 3 points to 38% from 41% a month earlier`, `지지율은
41%에서 38%로 3포인트 내렸다`. Read alone, `2.1 points` is a count of points (an index's move is one too); beside
a rate it reaches and a rate it started from, it is the gap between them.

- one sentence: one change that is a count of points (`[link.point_counters]`) linked to nothing, with a direction
  the role stage read from its verb;
- in it, one rate that is a level (a share or a value) and one that is a baseline or a prior, no other rate but
  percent changes, and no percentage points.

The count becomes percentage points, a change of the level measured from the earlier rate, which the rates kind
checks. An index move (`rose 12 points to 2,593`) has no rate beside it and is left alone. A guess.
"""

from __future__ import annotations

import dataclasses
import re

from checker.extract.lang import ByLanguage
from checker.link.point_clauses import clause_groups
from checker.link.sentence_groups import prose_by_sentence
from checker.models import Claim

_POINTS = ByLanguage(lambda w: rf"(?:{w.point_counters})", re.I)
_LEVELS = ("share", "value")
_EARLIER = ("baseline", "prior")


def link_points_of_rates(claims: list[Claim], text: str, lang: str) -> None:
    by_sentence = prose_by_sentence(claims)
    for _, figures in clause_groups(by_sentence, lambda claim: _points_move(claim, lang), text, lang):
        moves = [c for c in figures if _points_move(c, lang)]
        if len(moves) != 1 or any(c.kind == "pp" for c in figures):
            continue
        # a percent change of another figure in the sentence (`passengers rose 5%`) is no level of a rate
        rates = [c for c in figures if c.kind == "percent" and c.role != "change"]
        levels = [c for c in rates if c.role in _LEVELS]
        earlier = [c for c in rates if c.role in _EARLIER]
        if len(rates) != 2 or len(levels) != 1 or len(earlier) != 1:
            continue
        move = moves[0]
        move.quantity = dataclasses.replace(move.quantity, kind="pp", unit="pp", counter=None)
        move.change_of, move.compared_to = levels[0].id, earlier[0].id
        move.metric = levels[0].metric or move.metric  # the points are of the rate they move
        move.guesses = sorted(set(move.guesses) | {"relation"})


def _points_move(claim: Claim, lang: str) -> bool:
    """A change counted in points, linked to nothing, whose verb says which way it went."""
    if claim.role != "change" or claim.kind != "count" or claim.change_of is not None or not claim.direction:
        return False
    return bool(claim.counter) and bool(_POINTS[lang].fullmatch(claim.counter))
