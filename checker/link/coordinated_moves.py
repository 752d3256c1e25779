"""Moves written side by side with one verb at the end: `평일 운임은 4천원에서 4천500원으로 500원, 주말 운임은
5천원에서 6천원으로 1천원 오른다`.

Each move writes the figure it left (`[link.from_after]`: `에서`), the figure it reached (`[link.to_particles]`: `로`)
and its size; a comma closes every move but the last, whose verb of change the roles read (and the clause rules tie to
its two ends). An earlier move of the sentence so written, its size tied to nothing, is a change of the same
direction: of the figure it reached, measured from the figure it left. Its size is of the last move's kind (an amount
of the unit of its ends, or a rate); a move whose ends are of two units, or a last move not tied to its own ends, and
nothing is read.
"""

from __future__ import annotations

from checker.extract.lang import NEVER, ByLanguage
from checker.link.figure_kinds import AMOUNTS
from checker.link.sentence_groups import prose_by_sentence
from checker.models import Claim
from checker.regex_cache import compile_exact

_LEFT = ByLanguage(lambda w: rf"\)?\s?(?:{w.from_after})\s?" if w.from_after != NEVER else NEVER, first_tested=False)
_REACHED = ByLanguage(
    lambda w: rf"\)?\s?(?:{w.to_particles})\s?" if w.to_particles != NEVER else NEVER, first_tested=False
)
_COMMA = compile_exact(r"\s?,")
_RATES = ("percent", "fraction")


def link_coordinated_moves(claims: list[Claim], text: str, lang: str) -> None:
    left_mark, reached_mark = _LEFT[lang], _REACHED[lang]
    for figures in prose_by_sentence(claims).values():
        moves = []
        for left, reached, size in zip(figures, figures[1:], figures[2:]):
            if left.kind not in AMOUNTS or left.kind != reached.kind or left.unit != reached.unit:
                continue
            if left_mark.fullmatch(text, left.end, reached.start) and reached_mark.fullmatch(
                text, reached.end, size.start
            ):
                moves.append((left, reached, size))
        if len(moves) < 2:
            continue
        last_left, last_reached, last = moves[-1]
        if last.role != "change" or last.change_of != last_reached.id or last.compared_to != last_left.id:
            continue
        for left, reached, size in moves[:-1]:
            if size.change_of is not None or size.compared_to is not None or not _COMMA.match(text, size.end):
                continue
            if (size.kind in _RATES) != (last.kind in _RATES):
                continue  # (a rate beside an amount: the moves are not written alike)
            if size.kind in AMOUNTS and (size.kind != left.kind or size.unit != left.unit):
                continue
            size.role, size.direction = "change", last.direction
            size.change_of, size.compared_to = reached.id, left.id
