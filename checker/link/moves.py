"""A move from one figure to another (`A에서 B로 오르기까지`, `climb from A to B`) spans two times: the
figure it starts from and the figure it reaches cannot be of one period. When the sentence names no
period of its own and both were given the same period carried from elsewhere (a guess), that period
belongs to at most one of them, and which one is not written (`그 뒤 A에서 B로 오르기까지 9개월`: A is
of the month carried, B of a later one; `영업이익은 A에서 B로 늘었다` after `3분기 매출은…`: the other way
round): neither keeps it, so that neither is taken for a restatement of a figure of that period.
"""

from __future__ import annotations

from checker.link.sentence_groups import unfurnished_by_sentence
from checker.models import Claim

_STARTS = ("baseline", "prior")


def undate_moves(claims: list[Claim]) -> None:
    by_sentence = unfurnished_by_sentence(claims)
    for figures in by_sentence.values():
        for start in figures:
            if start.role not in _STARTS or not _carried(start):
                continue
            reached = next(
                (
                    c
                    for c in figures
                    if c.role == "value"
                    and c.start > start.end
                    and c.metric == start.metric
                    and c.period == start.period
                    and c.quantity.unit == start.quantity.unit
                ),
                None,
            )
            if reached is not None and _carried(reached):
                _undate(start)
                _undate(reached)


def _carried(claim: Claim) -> bool:
    return claim.period is not None and "period" in claim.guesses


def _undate(claim: Claim) -> None:
    claim.period, claim.period_span = None, None
    claim.guesses.remove("period")
