"""A rate stated beside a value with no prior (`pretax profit: EUR71.4 million (+6.0%)`, `매출 5200억원(+5.0%)`)
whose value the article states again as the end of a move from a prior (`increased from EUR67.4 million
to EUR71.4 million`, `4950억원에서 5200억원으로`): the prior of that move is the rate's baseline. The
two statements are one figure only when they are equal as written, in one unit; the move's sentence
states no rate of its own (else that rate is its change) and one prior; and only one such statement
exists. A link across sentences is a guess.
"""

from __future__ import annotations

import itertools

from checker.models import Claim

_STARTS = ("baseline", "prior")


def borrow_restated_baselines(claims: list[Claim]) -> None:
    by_id = {c.id: c for c in claims}
    by_sentence: dict[int, list[Claim]] = {}
    by_figure: dict[tuple, list[Claim]] = {}  # statements of one figure as written, found once
    for claim in claims:
        if not claim.furniture:
            by_sentence.setdefault(claim.sentence, []).append(claim)
            by_figure.setdefault((claim.unit, claim.low, claim.high), []).append(claim)
    move_ends: dict[tuple, list[tuple[Claim, Claim]]] = {}
    for change in claims:
        if change.role != "change" or change.kind != "percent" or change.compared_to or change.furniture:
            continue
        value = by_id.get(change.change_of or "")
        if value is None or any(c.role in _STARTS for c in by_sentence[change.sentence]):
            continue
        # (the statements that end a move, with its start, found once per figure as written, not once per
        # change; and two moves are already not one: a figure repeated through a long article has hundreds
        # of statements)
        key = (value.unit, value.low, value.high)
        ending = move_ends.get(key)
        if ending is None:
            ending = move_ends[key] = [
                (other, start)
                for other in by_figure.get(key, [])
                if (start := _move_start(by_sentence[other.sentence], other)) is not None
            ]
        moves = list(
            itertools.islice(
                (
                    start
                    for other, start in ending
                    if other.id != value.id and other.sentence != value.sentence and _same_figure(other, value)
                ),
                2,
            )
        )
        if len(moves) == 1:
            change.compared_to = moves[0].id
            if "relation" not in change.guesses:
                change.guesses.append("relation")


def _same_figure(other: Claim, value: Claim) -> bool:
    return (
        other.role == "value"
        and not other.furniture
        and other.unit == value.unit
        and (other.low, other.high) == (value.low, value.high)
        and (other.metric == value.metric if other.metric and value.metric else True)
        and (other.period == value.period if other.period and value.period else True)
        and other.forecast == value.forecast
    )


def _move_start(sentence: list[Claim], end: Claim) -> Claim | None:
    """The one prior of the move whose end is `end`, in a sentence with no rate of its own."""
    if any(c.role == "change" for c in sentence):
        return None
    starts = [c for c in sentence if c.role in _STARTS and c.unit == end.unit and c.end <= end.start]
    return starts[0] if len(starts) == 1 else None
