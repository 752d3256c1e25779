"""A change stated apart from the two levels it is the gap between: `The group delivered 900 vans in the half. A year
earlier it delivered 820 vans. Volumes rose by 80 vehicles.`, `가맹점은 640곳이다. 지난해 말에는 590곳이었다. 1년 새
50곳 늘었다.`

An amount of change (`rose by 80`, `50곳 늘었다`) that no rule gave the value it changes (its words name neither, or
name it by a noun the figures do not carry) measures two levels stated before it, apart: one at least in the two
sentences before (two in its own sentence are its clause rules' to read), figures of its unit and kind (a count's
counter may differ: `vans` and `vehicles`). The words do not say which two, so the arithmetic decides: the nearest
pair whose gap the change is, as their intervals allow; the larger is the value of a rise (the smaller, of a fall)
and the other its baseline, which the difference kind checks. A change that is the gap of no pair stays unlinked
(the text states no difference this rule can tell), as does one dated apart from the value it would change, or
one after levels of two metrics in one sentence (births and deaths: the change names neither). Found
by position and size, so the link is a guess.
"""

from __future__ import annotations

import re

from checker.extract.lang import ByLanguage
from checker.link.keys_differ import metrics_differ, periods_differ
from checker.link.sentence_groups import group_by_sentence
from checker.models import Claim

_AMOUNTS = ("money", "count", "measure")
_LEVELS = ("value", "prior", "baseline")
_SENTENCES_BACK = 2
_NEAREST = 8  # the levels tried, nearest first
_INF = float("inf")


def link_gaps_adding_up(claims: list[Claim]) -> None:
    figures = [c for c in claims if c.kind in _AMOUNTS and not c.furniture and c.role != "conversion"]
    changes = [c for c in figures if c.role == "change" and c.change_of is None and c.compared_to is None]
    if not changes:
        return
    by_sentence = group_by_sentence(figures)
    for change in changes:
        if not _bounded(change):
            continue
        levels = [
            c
            for at in range(change.sentence, change.sentence - _SENTENCES_BACK - 1, -1)
            for c in reversed(by_sentence.get(at, []))
            if c.end <= change.start
            and c.role in _LEVELS
            and (c.unit, c.kind) == (change.unit, change.kind)
            and _bounded(c)
            and not c.forecast
        ][:_NEAREST]
        pair = _nearest_pair(change, levels)
        if pair is None:
            continue
        larger, smaller = pair
        value, baseline = (smaller, larger) if change.direction < 0 else (larger, smaller)
        if periods_differ(change, value):
            continue  # `어제 1,500명 … 오늘 300명 더 늘었다`: a change of its own day, not the gap between the others
        if any(c is not value and c in levels and metrics_differ(c, value) for c in by_sentence[value.sentence]):
            continue  # `출생아는 A명, 사망자는 B명이었다. … C명 감소했다`: the change names neither metric
        change.change_of, change.compared_to = value.id, baseline.id
        change.guesses = sorted(set(change.guesses) | {"relation"})


def _bounded(claim: Claim) -> bool:
    return claim.low > 0 and claim.high < _INF


def _nearest_pair(change: Claim, levels: list[Claim]) -> tuple[Claim, Claim] | None:
    for position, one in enumerate(levels):
        for other in levels[:position]:
            if one.value == other.value or one.sentence == other.sentence == change.sentence:
                continue  # (two levels in the change's own sentence are its clause rules' to read, or to leave)
            larger, smaller = (one, other) if one.value > other.value else (other, one)
            if larger.low - smaller.high <= change.high and change.low <= larger.high - smaller.low:
                return larger, smaller
    return None


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
    figures = [c for c in claims if c.kind in _AMOUNTS and not c.furniture and c.role != "conversion"]
    for position, rest in enumerate(figures):
        if rest.role != "value" or rest.part_of is not None or rest.change_of is not None or not _bounded(rest):
            continue
        if not more.match(text, rest.end):
            continue
        before = [
            c for c in figures[max(0, position - _LEVELS_BACK) : position] if (c.unit, c.kind) == (rest.unit, rest.kind)
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
                and target.low - c.high <= rest.high
                and rest.low <= target.high - c.low
            ),
            None,
        )
        if level is None:
            continue
        rest.role, rest.direction = "change", 1
        rest.change_of, rest.compared_to = target.id, level.id
        rest.guesses = sorted(set(rest.guesses) | {"relation"})
