"""Sentences that state two moves in points, one per clause: `The poll puts the Greens on 31%, up two points
from 29%, while the Liberals slipped to 26% from 30%, a fall of four points`, `A당은 38%에서 41%로 3포인트
올랐고, B당은 35%에서 32%로 3포인트 내렸다`.

The points rules read a sentence with one move, one level and one earlier rate. A sentence holding two such
moves, each in a clause of its own, is read clause by clause: cut where a clause ends (`while`, `but`, `;`,
`…했고`, `[link.clause_ends]`, `[link.point_clause_cuts]`), so each clause brings its own move and its own two
rates. A sentence with one move stays whole: its level may be in another clause (`Turnout was 64%, while in 2019
it was 60%, a fall of 4 points`).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable

from checker.extract.lang import ByLanguage
from checker.models import Claim

_CLAUSE_CUT = ByLanguage(lambda w: rf"(?:{w.clause_ends})|(?:{w.point_clause_cuts})", re.I)


def clause_groups(
    by_sentence: dict[int, list[Claim]], is_move: Callable[[Claim], bool], text: str, lang: str
) -> list[tuple[int, list[Claim]]]:
    """(sentence, figures) for each sentence, or for each clause of a sentence with two moves or more."""
    groups: list[tuple[int, list[Claim]]] = []
    for sentence, figures in by_sentence.items():
        if sum(1 for figure in figures if is_move(figure)) < 2:
            groups.append((sentence, figures))
            continue
        ordered = sorted(figures, key=lambda figure: figure.start)
        clauses: list[list[Claim]] = [[ordered[0]]]
        for previous, figure in zip(ordered, ordered[1:]):
            if _CLAUSE_CUT[lang].search(text, previous.end, figure.start):
                clauses.append([])
            clauses[-1].append(figure)
        groups.extend((sentence, clause) for clause in clauses)
    return groups


_POINTS = ByLanguage(lambda w: rf"(?:{w.point_counters})", re.I)


def in_points(figure: Claim, lang: str) -> bool:
    """A figure in percentage points or a count of points (`[link.point_counters]`), whatever role the role stage
    gave it."""
    if figure.kind == "pp":
        return True
    return figure.kind == "count" and bool(figure.counter) and bool(_POINTS[lang].fullmatch(figure.counter))


def tie_points_move(move: Claim, level: Claim, start: Claim, named: re.Match) -> None:
    """A move stated after a level and the rate it is measured from becomes the change in points between them: a
    rise or a fall where its words (`named`, groups `rise`/`fall`) say so, else the way the two rates went."""
    if named.group("rise"):
        direction = 1
    elif named.group("fall"):
        direction = -1
    else:
        direction = 1 if level.value >= start.value else -1
    measure_points_move(move, level, start, direction)


def measure_points_move(move: Claim, level: Claim, start: Claim, direction: int | None = None) -> None:
    """The move becomes the change in points from `start` to `level`, of the rate they move (`direction`: the way it
    went, where the move is no change yet; None keeps its own)."""
    if move.kind != "pp":
        move.quantity = dataclasses.replace(move.quantity, kind="pp", unit="pp", counter=None)
    if direction is not None:
        move.role, move.direction = "change", direction
    move.change_of, move.compared_to = level.id, start.id
    move.metric = level.metric or move.metric  # the points are of the rate they move
    move.guesses = sorted(set(move.guesses) | {"relation"})
