"""Differences the arithmetic links where the words name a gap but not the two figures it is between: what is still
to go to a target (`link_remainders_to_targets`)."""

from __future__ import annotations

import re

from checker.extract.lang import ByLanguage
from checker.intervals import is_tally
from checker.link.counter_synonyms import counters_alike
from checker.link.figure_kinds import AMOUNTS
from checker.link.per_one_marks import one_unit_bases
from checker.models import Claim

_INF = float("inf")


def _bounded(claim: Claim) -> bool:
    return claim.low > 0 and claim.high < _INF


# right after a figure still to go (`80대를 더 들여와야`, `which would need 300 more`)
_MORE_AFTER = ByLanguage(lambda w: rf"(?:{w.more_to_go_after})", re.I)
_TARGET_BACK = 2  # the target: in the remainder's sentence or the two before
_LEVELS_BACK = 40  # the level reached: the nearest figures of the unit before the remainder, at most these


def link_remainders_to_targets(claims: list[Claim], text: str, lang: str) -> None:
    """What is still to go to a target: `시는 2030년까지 1,240대를 바꿀 계획이다. 목표를 채우려면 앞으로 600대를 더
    들여와야 한다.` after `수소버스는 640대다`; `It aims to reach 5,150 rooms by 2030, which would need 470 more` after
    `It runs 4,680 rooms`. A figure followed by a word of more still to come (`[link.more_to_go_after]`) is the gap
    between a target, the nearest larger figure of its unit and kind before it (in its sentence or the two before),
    and the level reached, stated anywhere before it: the words name neither, so the arithmetic decides (the nearest
    level whose gap to the target the figure is). The figure is then a rise still to come: target − level, which the
    difference kind checks. A figure that is the gap of no pair stays as it was. Found by position and size: a guess."""
    more = _MORE_AFTER[lang]
    figures = [c for c in claims if c.kind in AMOUNTS and not c.furniture and c.role != "conversion"]
    # the one unit an amount is per (`한 곳에 3억 원씩`) is no level reached nor a target
    per_one = one_unit_bases(figures, text, lang)
    for position, rest in enumerate(figures):
        if rest.role != "value" or rest.part_of is not None or rest.change_of is not None or not _bounded(rest):
            continue
        if not more.match(text, rest.end):
            continue
        # (of one counted thing: `6승을 더` is no gap between a count of wins and one of losses)
        before = [
            c
            for c in figures[max(0, position - _LEVELS_BACK) : position]
            if (c.unit, c.kind) == (rest.unit, rest.kind)
            and c.id not in per_one
            and (not c.counter or not rest.counter or counters_alike(c.counter, rest.counter))
        ]
        targets = [
            c
            for c in reversed(before)
            if rest.sentence - c.sentence <= _TARGET_BACK and c.value > rest.value and _bounded(c)
        ]
        if not targets:
            continue
        target = targets[0]
        level = next(
            (
                c
                for c in reversed(before)
                if c is not target
                and c.role == "value"
                and _bounded(c)
                and c.value < target.value
                and (
                    target.value - c.value == rest.value
                    if is_tally(target) and is_tally(c) and is_tally(rest)
                    else target.low - c.high <= rest.high and rest.low <= target.high - c.low
                )
            ),
            None,
        )
        if level is None:
            continue
        rest.role, rest.direction = "change", 1
        rest.change_of, rest.compared_to = target.id, level.id
        rest.guesses = sorted(set(rest.guesses) | {"relation"})
