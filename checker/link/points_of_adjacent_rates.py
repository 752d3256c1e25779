"""A move in points between a rate of its own sentence and the one rate the sentence before stated, one of the two
dated earlier by a time written before it in its clause: `지난해 이탈률이 33%였다. 올해 이탈률은 27%로
6%포인트 낮아졌다`, `순이익률은 7.4%였다. 지난해 같은 분기 순이익률은 5.1%여서 2.3%포인트 좋아졌다`,
`Three years ago rentals were 9% of sales. This year they are close to 21%, a rise of 12 points`.

A sentence with one move in points (percentage points, or a count of points, `[link.point_counters]`) whose verb
said which way it went, measured from nothing yet (at most tied to its sentence's rate by the role stage), and one
other rate; the sentence right before states one level (a rate that is no change, baseline nor prior, and tied to
nothing), or, stating none, one earlier rate. A rate that is the start of that sentence's own move is never taken
again; its level may be a level again, never a start. Of the two rates, the one dated earlier — an earlier rate by
its role, or a time before it in its clause (`[link.points_earlier_clause_marks]`: `지난해`, `1년 전`,
`two years ago`) —
is the rate the move starts from, the other its level, when exactly one of them is. Rates of two metrics, and a move
whose way is not the way the two rates went, are not read (another pair). The rates kind checks the points. The
reading spans sentences: a guess.
"""

from __future__ import annotations

import re

from checker.extract.lang import ByLanguage
from checker.link.keys_differ import metrics_differ
from checker.link.point_clauses import in_points, measure_points_move
from checker.link.sentence_groups import EARLIER_ROLES, prose_by_sentence
from checker.models import Claim

_EARLIER_MARK = ByLanguage(lambda w: rf"(?:{w.points_earlier_clause_marks})", re.I)
_LEVELS = ("share", "value")
# `…, a rise of 12 points`: a rise or fall noun and `of` right before the points
_NAMED = ByLanguage(
    lambda w: (
        rf"(?:(?P<rise>{w.rise_nouns})|(?P<fall>{w.fall_nouns}))\s+(?:{w.change_size_links})\s+"
        rf"(?:(?:{w.hedges})\s+)?$"
    ),
    re.I,
)
_NOUN_REACH = 40


def link_points_of_adjacent_rates(claims: list[Claim], text: str, lang: str, sentence_starts: list[int]) -> None:
    by_sentence = prose_by_sentence(claims)
    for sentence, figures in by_sentence.items():
        before = by_sentence.get(sentence - 1)
        if not before:
            continue
        moves = [c for c in figures if in_points(c, lang)]
        if len(moves) != 1 or moves[0].compared_to is not None:
            continue
        move = moves[0]
        direction = _direction(move, text, lang)
        if not direction:
            continue
        rates = [c for c in figures if c.kind == "percent"]
        if len(rates) != 1 or rates[0].role == "change" or rates[0].start > move.start:
            continue
        own = rates[0]
        if move.change_of not in (None, own.id) or own.change_of is not None:
            continue
        # the sentence before's one level, or its one rate an earlier one where it states no level
        rates_before = [c for c in before if c.kind == "percent" and c.role != "change" and c.change_of is None]
        levels = [c for c in rates_before if c.role in _LEVELS] or rates_before
        if len(levels) != 1 or metrics_differ(levels[0], own):
            continue
        other = levels[0]
        if any(c.compared_to == other.id for c in before) or (
            other.role in EARLIER_ROLES and any(in_points(c, lang) for c in before)
        ):
            # (the rate before is the start of that sentence's own move: `직전 분기 40.3%보다 1.7%포인트 줄었다`)
            continue
        # (the level of that sentence's own move may be a level again, against another earlier rate, never a start)
        level_before = any(c.change_of == other.id and in_points(c, lang) for c in before)
        own_earlier = own.role in EARLIER_ROLES or _dated_earlier(own, figures, sentence_starts[sentence], text, lang)
        other_earlier = other.role in EARLIER_ROLES or _dated_earlier(
            other, before, sentence_starts[sentence - 1], text, lang
        )
        if own_earlier == other_earlier:
            continue
        level, earlier = (other, own) if own_earlier else (own, other)
        if earlier is other and level_before:
            continue  # (`fell 0.05 points from the previous quarter to 1.83%, from 1.88%. … 13.1%, up 0.3 points`)
        if level.value == earlier.value or (level.value > earlier.value) != (direction > 0):
            continue
        measure_points_move(move, level, earlier, direction)


def _dated_earlier(rate: Claim, figures: list[Claim], sentence_start: int, text: str, lang: str) -> bool:
    """A time dating the rate earlier, written before it in its clause: after the figure before it, if any."""
    start = max([sentence_start, *(c.end for c in figures if c.end <= rate.start)])
    return _EARLIER_MARK[lang].search(text, start, rate.start) is not None


def _direction(move: Claim, text: str, lang: str) -> int:
    """The way the move went, as its verb said (a change) or a rise or fall noun before it (`a rise of 12 points`)."""
    if move.role == "change" and move.direction:
        return move.direction
    if move.role not in ("change", "value"):
        return 0
    named = _NAMED[lang].search(text, max(0, move.start - _NOUN_REACH), move.start)
    if named is None:
        return 0
    return 1 if named.group("rise") else -1


def link_headline_points_priors(claims: list[Claim], text: str, lang: str, sentence_starts: list[int]) -> None:
    """`가입률 48.2%…1년 새 2.9%포인트 올라` (a headline) over a body that states `… 48.2%로 집계됐다. 1년
    전 가입률은 45.3%였다`: a headline's move in points tied to the headline's rate with no earlier one is measured
    from the earlier rate the body states where it restates that rate — the one rate, dated earlier (an earlier rate
    by its role, or a time before it in its clause, `[link.points_earlier_clause_marks]`), of the restatement's
    sentence or the sentence after it, going the way the move went. A guess. (Read in the first paragraph whether or
    not it is a headline: a lead sentence's move restated the same way is measured the same way.)"""
    by_sentence = prose_by_sentence(claims)
    heads = [
        c
        for figures in by_sentence.values()
        for c in figures
        if c.paragraph == 0 and in_points(c, lang) and c.role == "change" and c.direction and c.change_of
    ]
    heads = [c for c in heads if c.compared_to is None]
    if not heads:
        return
    # the body's rates by their written value, the first of each (built once)
    restated: dict[float, Claim] = {}
    for figures in by_sentence.values():
        for c in figures:
            if c.paragraph > 0 and c.kind == "percent" and c.role != "change":
                restated.setdefault(c.value, c)
    levels = {c.id: c for figures in by_sentence.values() for c in figures if c.paragraph == 0}
    for move in heads:
        level = levels.get(move.change_of)
        if level is None or level.kind != "percent":
            continue
        again = restated.get(level.value)
        if again is None:
            continue
        for sentence in (again.sentence, again.sentence + 1):
            figures = by_sentence.get(sentence, [])
            rates = [c for c in figures if c.kind == "percent" and c is not again]
            if not rates:
                continue  # the restatement stands alone in its sentence: the sentence after it
            if len(rates) != 1 or any(c.kind == "pp" for c in figures):
                break
            earlier = rates[0]
            dated = earlier.role in EARLIER_ROLES or _dated_earlier(
                earlier, figures, sentence_starts[sentence], text, lang
            )
            if not dated or earlier.change_of is not None or metrics_differ(earlier, level):
                break
            if level.value == earlier.value or (level.value > earlier.value) != (move.direction > 0):
                break
            measure_points_move(move, level, earlier)
            break
