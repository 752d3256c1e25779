"""Points between a rate written as a level and the earlier rate it is compared with, when the role stage took
the level for a change: `GDP 대비 국가채무비율은 51.8%로 올해(50.2%)보다 1.6%포인트 오를 전망이다`. A rate named as
a ratio to another figure (`GDP 대비 …비율`) reads like a change (`전년 대비 5% 증가`) to the role stage, which
then ties the points to nothing.

In a sentence with one move in percentage points tied to nothing, whose verb said which way it went, one earlier
rate (a baseline or a prior) and one other rate: that rate, a change tied to no figure and written as the level
reached (`51.8%로`, `[link.to_particles]`), is the level the points move. The rates kind checks them. A guess.
"""

from __future__ import annotations

from checker.extract.lang import ByLanguage
from checker.link.sentence_groups import prose_by_sentence
from checker.models import Claim

_LEVEL_AFTER = ByLanguage(lambda w: rf"\s?(?:{w.to_particles})(?![^\W\d_])")
_EARLIER = ("baseline", "prior")


def link_points_of_rate_levels(claims: list[Claim], text: str, lang: str) -> None:
    by_sentence = prose_by_sentence(claims)
    for figures in by_sentence.values():
        moves = [c for c in figures if c.kind == "pp"]
        if len(moves) != 1:
            continue
        move = moves[0]
        if move.role != "change" or move.change_of or move.compared_to or not move.direction:
            continue
        rates = [c for c in figures if c.kind == "percent"]
        earlier = [c for c in rates if c.role in _EARLIER]
        levels = [c for c in rates if c.role == "change" and c.change_of is None and c.compared_to is None]
        if len(rates) != 2 or len(earlier) != 1 or len(levels) != 1:
            continue
        level = levels[0]
        if level.end > earlier[0].start or not _LEVEL_AFTER[lang].match(text, level.end):
            continue
        move.change_of, move.compared_to = level.id, earlier[0].id
        move.metric = level.metric or move.metric  # the points are of the rate they move
        move.guesses = sorted(set(move.guesses) | {"relation"})
