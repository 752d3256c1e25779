"""A rate compared in points with the whole's rate, named without its figure: `야간 배송의 정시 도착률은 88.1%로
전체 평균보다 4.2%포인트 낮았다`, `Night deliveries managed 88.1%, 4.2 points below the overall average`.

The whole (`전체 평균`, `the overall average`, `[link.whole_rate_refs]`) is the story's own rate: the first rate
the article states as a level, in its headline or lead, of the same metric when both name one. A move in points
tied to a level and to no earlier rate, the whole named between the level and the move (`88.1%로 전체 평균보다`)
or after the move with a comparative (`4.2 points below the overall average`), is the gap from that rate; the
comparative gives the sign. The rates kind checks it. A guess.
"""

from __future__ import annotations

import dataclasses
import re

from checker.extract.lang import ByLanguage
from checker.link.gaps import gap_word_after
from checker.link.keys_differ import metrics_differ
from checker.models import Claim

_WHOLE_BETWEEN = ByLanguage(
    lambda w: rf"(?:{w.whole_rate_refs})\s?(?:{w.compared_after})\s*(?:(?:{w.hedges})\s*)?$", re.I, first_tested=False
)
_WHOLE_AFTER = ByLanguage(
    lambda w: (
        rf"\s+(?:(?P<more>{w.comparative_above})|{w.comparative_below})\s+(?:{w.than_words}\s+)?(?:{w.whole_rate_refs})"
    ),
    re.I,
    first_tested=False,
)
_POINTS = ByLanguage(lambda w: rf"(?:{w.point_counters})", re.I)
_LEVELS = ("share", "value")
_REACH = 30  # characters before the move where the whole is named


def link_points_to_the_whole(claims: list[Claim], text: str, lang: str) -> None:
    points = _POINTS[lang]
    moves = [
        c
        for c in claims
        if (c.kind == "pp" or c.kind == "count" and c.counter and points.fullmatch(c.counter))
        and c.compared_to is None
        and not c.furniture
    ]
    if not moves:
        return
    by_id = None
    rates: list[Claim] = []
    for move in moves:
        # (the whole is named first: the claims are grouped only for a move that names it)
        between = _WHOLE_BETWEEN[lang].search(text, max(0, move.start - _REACH), move.start)
        if between is not None:
            word = gap_word_after(text, move.end, lang)
            if word is None:
                continue
            direction = 1 if word.group("more") else -1
        else:
            after = _WHOLE_AFTER[lang].match(text, move.end)
            if after is None:
                continue
            direction = 1 if after.group("more") else -1
        if by_id is None:
            by_id = {c.id: c for c in claims}
            rates = [
                c for c in claims if c.kind == "percent" and c.role in _LEVELS and c.paragraph <= 1 and not c.furniture
            ]
        level = by_id.get(move.change_of) if move.change_of else _rate_before(claims, move)
        if level is None or level.kind != "percent" or level.sentence != move.sentence:
            continue
        if between is not None and between.start() < level.end:
            continue
        whole = next((c for c in rates if c is not level and c.start < level.start), None)
        if whole is None or whole.value == level.value or metrics_differ(whole, level):
            continue
        if move.kind != "pp":
            move.quantity = dataclasses.replace(move.quantity, kind="pp", unit="pp", counter=None)
        move.role, move.direction = "change", direction
        move.change_of, move.compared_to = level.id, whole.id
        move.guesses = sorted(set(move.guesses) | {"relation"})


def _rate_before(claims: list[Claim], move: Claim) -> Claim | None:
    """The one rate before the move in its sentence, a level (`managed 88.1%, 4.2 points below …`)."""
    before = [c for c in claims if c.sentence == move.sentence and c.end <= move.start and c.kind in ("percent", "pp")]
    if len(before) != 1 or before[0].role not in _LEVELS:
        return None
    return before[0]
