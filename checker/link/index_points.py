"""A market index's move and its level written with two counters of its points: `코스피는 전날보다 12.50포인트(0.50%)
오른 2,512.50에 마감했다` (issue 11).

Market copy writes the move in `포인트` and the closing level bare (read as index points, `p`); both count the index's
points. A move (a change) in one such counter, in a sentence whose level is in the other, takes the level's
counter, so that the clause linker measures the move from that level and the close of the day before stated after
it (checker/link/previous_closes.py) — each asks for one counter. Only within the sentence, only changes.
Language words are data (`[link.index_point_counters]`).
"""

from __future__ import annotations

from dataclasses import replace

from checker.extract.lang import ByLanguage
from checker.link.sentence_groups import group_by_sentence
from checker.models import Claim

_POINTS = ByLanguage(lambda w: rf"(?:{w.index_point_counters})", first_tested=False)


def unify_index_point_counters(claims: list[Claim], lang: str) -> None:
    points = _POINTS[lang]
    by_sentence = group_by_sentence(c for c in claims if c.kind == "count" and c.counter and not c.furniture)
    for figures in by_sentence.values():
        in_points = [c for c in figures if points.fullmatch(c.counter)]
        levels = {c.counter for c in in_points if c.role == "value"}
        if len(levels) != 1:
            continue
        (counter,) = levels
        for move in in_points:
            if move.role == "change" and move.counter != counter:
                move.quantity = replace(move.quantity, counter=counter)
