"""An index's close written as a bare number after its move in points: `코스피는 38.42포인트(1.45%) 오른
2,688.15에 마감했다`, `the Sensex rose 488.6 points, or 0.63%, to settle at 77,912.3`.

The rate in between is already read as a change of the level (link/relations.py); the move in points is not,
since the level is written without its counter. When the three stand in that order in one sentence — a move in
points (`[link.point_counters]`), its rate, the level the rate changes — the move is a change of that level too:
the difference kind then checks the move against the level and the rate (level − level ÷ (1 + rate) = move). The
level keeps its bare counter, so that it still matches its restatements and the earlier closes written bare."""

from __future__ import annotations

import re

from checker.extract.lang import ByLanguage
from checker.link.sentence_groups import prose_figures
from checker.models import Claim

_POINTS = ByLanguage(lambda w: rf"(?:{w.point_counters})", re.I)
# A level written bare: no counter, or the one-letter abbreviation the extractor may read after it.
_BARE_COUNTERS = (None, "", "p")


def link_index_levels(claims: list[Claim], lang: str) -> None:
    figures = prose_figures(claims)
    for move, rate, level in zip(figures, figures[1:], figures[2:]):
        if not (move.sentence == rate.sentence == level.sentence):
            continue
        if move.role != "change" or move.kind != "count" or move.change_of is not None or not move.counter:
            continue
        if not _POINTS[lang].fullmatch(move.counter):
            continue
        if rate.kind != "percent" or rate.role != "change" or rate.change_of != level.id:
            continue
        if level.kind != "count" or level.role != "value" or level.counter not in _BARE_COUNTERS:
            continue
        if rate.direction and move.direction and rate.direction != move.direction:
            continue
        move.change_of = level.id
