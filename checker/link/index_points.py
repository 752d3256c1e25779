"""A market index's move and its level written with two counters of its points: `코스피는 전날보다 12.50포인트(0.50%)
오른 2,512.50에 마감했다` (issue 11).

Market copy writes the move in `포인트` and the closing level bare (read as index points, `p`), or the move in
`points` and the level as a bare number (`The Sensex rose 612.4 points, or 0.77%, to settle at 80,143.6`); both count
the index's points. A move (a change) in one such counter, in a sentence whose one level is in the other (or bare),
takes the level's counter, so that the clause linker measures the move from that level and the close of the day
before stated after it (checker/link/previous_closes.py) — each asks for one counter. Only within the sentence,
only changes. Language words are data (`[link.index_point_counters]`).
"""

from __future__ import annotations

from dataclasses import replace

from checker.extract.lang import ByLanguage
from checker.link.sentence_groups import group_by_sentence
from checker.models import Claim

_POINTS = ByLanguage(lambda w: rf"(?:{w.index_point_counters})", first_tested=False)


def unify_index_point_counters(claims: list[Claim], lang: str) -> None:
    points = _POINTS[lang]
    by_sentence = group_by_sentence(
        c for c in claims if c.kind == "count" and c.counter is not None and not c.furniture
    )
    for figures in by_sentence.values():
        moves = [c for c in figures if c.role == "change" and c.counter and points.fullmatch(c.counter)]
        if not moves:
            continue
        # the level: in the other counter of points, or a bare number (`rose 612.4 points … to settle at 80,143.6`)
        levels = {c.counter for c in figures if c.role == "value" and (not c.counter or points.fullmatch(c.counter))}
        if len(levels) != 1:
            continue
        (counter,) = levels
        for move in moves:
            if move.counter != counter:
                move.quantity = replace(move.quantity, counter=counter)
