"""A move in points whose earlier rate follows it after an article: `The Liberals' 14% is their best result this
year, up three points on the 11% they had in March`, `Turnout of 61% was down four points from the 65% of 2019`.

The role stage reads `up three points from 11%` (the rate right after `from`) as the rate the move started from;
with an article or a possessive between (`from the 11%`, `on their 11%`) it leaves the rate a level. Here: a move
in points or percentage points, measured from nothing yet (at most tied to the level), with a direction the role
stage read from its verb, followed by a from-word (`[link.from_words]`, `[link.baseline_on_words]`), a determiner
(`[link.change_base_determiners]`) and a rate; the sentence states exactly one other rate, a level before the
move. The move is the change of that level measured from the rate after it, which the rates kind checks. A guess.
"""

from __future__ import annotations

import re

from checker.extract.lang import ByLanguage
from checker.link.point_clauses import in_points, measure_points_move
from checker.link.sentence_groups import prose_by_sentence
from checker.models import Claim

_FROM_THE = ByLanguage(
    lambda w: (
        rf"\s+(?:{w.from_words}|{w.baseline_on_words})\s+(?:{w.change_base_determiners}|{w.indefinite_articles})\s+"
        rf"(?:(?:{w.hedges})\s+)?"
    ),
    re.I,
)
# `83.5%, 2.2 points better than last year's 81.3%`, `54% of sales and four points more than the 50% of the year
# before`: a comparative and `than` between the points and the earlier rate, with a determiner or an earlier
# period's possessive (`[link.earlier_rate_marks]`) or nothing between; the comparative signs the points (one that
# says good or bad, `[link.comparative_signless]`, leaves the sign to the way the rates went)
_THAN = ByLanguage(
    lambda w: (
        rf"\s+(?:(?P<up>{w.comparative_above})|(?P<down>{w.comparative_below})|{w.comparative_signless})\s+"
        rf"(?:{w.than_words})\s+(?:(?:{w.change_base_determiners}|{w.earlier_rate_marks})\s+)?"
        rf"(?:(?:{w.hedges})\s+)?"
    ),
    re.I,
)
_LEVELS = ("share", "value")
_EARLIER = ("baseline", "prior")


def link_points_from_the(claims: list[Claim], text: str, lang: str) -> None:
    by_sentence = prose_by_sentence(claims)
    for figures in by_sentence.values():
        for i, move in enumerate(figures[:-1]):
            earlier = figures[i + 1]
            if earlier.kind != "percent" or earlier.role not in _LEVELS + _EARLIER:
                continue
            than = None
            if not (
                _loose_move(move, lang)
                and earlier.role in _LEVELS
                and _FROM_THE[lang].fullmatch(text, move.end, earlier.start)
            ):
                if not in_points(move, lang) or move.compared_to is not None or move.role not in ("change", "value"):
                    continue
                than = _THAN[lang].fullmatch(text, move.end, earlier.start)
                if than is None:
                    continue
            rates = [c for c in figures if c.kind in ("percent", "pp") and c is not move and c is not earlier]
            if len(rates) != 1 or rates[0].kind != "percent" or rates[0].role not in _LEVELS:
                continue
            level = rates[0]
            if level.end > move.start or move.change_of not in (None, level.id):
                continue
            if than is not None:
                if level.value == earlier.value and not (than.group("up") or than.group("down")):
                    continue
                move.role = "change"
                if than.group("up") or than.group("down"):
                    move.direction = 1 if than.group("up") else -1
                else:
                    move.direction = 1 if level.value > earlier.value else -1
            measure_points_move(move, level, earlier)


def _loose_move(figure: Claim, lang: str) -> bool:
    """A change in points measured from nothing yet, whose verb said which way it went."""
    if figure.role != "change" or figure.compared_to is not None:
        return False
    if not figure.direction:
        return False
    return in_points(figure, lang)
