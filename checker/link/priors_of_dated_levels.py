"""A rate whose level its sentence states with its date, measured from the level of the period a year before stated
in the sentence before: `The farm harvested 150,000 tonnes in 2025. It expects 162,000 tonnes in 2026, an increase of
8%.`, `지난해 매출은 1,200억원이었다. 올해는 1,300억원을 목표로 잡아 8.3% 늘려 잡았다.`

The relation stage links the rate to the level beside it but finds no prior in its sentence. The prior is the one
value of the level's unit (and counter) in the nearest sentence before, of the paragraph, that is dated the same
period a year earlier; both dates written (not guessed), the prior no forecast, a metric written at both one metric.
No words are read: the two dates say what is compared. A link across sentences is a guess.
"""

from __future__ import annotations

from checker.link.figure_kinds import AMOUNTS, PER_UNIT_METRICS
from checker.link.sentence_groups import prose_by_sentence, prose_figures
from checker.link.values_before_baselines import same_metric
from checker.models import Claim

_RATES = ("percent", "fraction")
_REACH = 2  # sentences back


def link_priors_of_dated_levels(claims: list[Claim]) -> None:
    figures = prose_figures(claims)
    by_id = {c.id: c for c in figures}
    by_sentence = None
    for rate in figures:
        if rate.kind not in _RATES or rate.role != "change" or not rate.change_of or rate.compared_to:
            continue
        if rate.basis not in (None, "year"):
            continue
        level = by_id.get(rate.change_of)
        if level is None or level.kind not in AMOUNTS or level.period is None or "period" in level.guesses:
            continue
        year_before = level.period.previous("year")
        if year_before is None:
            continue
        if by_sentence is None:
            by_sentence = prose_by_sentence(claims)
        priors = _dated_values_before(by_sentence, level, year_before)
        if len(priors) != 1 or not same_metric(level, priors[0], rate):
            continue
        if level.metric in PER_UNIT_METRICS and "metric" not in level.guesses and priors[0].metric != level.metric:
            continue  # (`올해 도매가격은 ㎏당 1만8천원으로 9% 내렸다` after last year's takings: a price, no amount)
        rate.compared_to = priors[0].id
        if "relation" not in rate.guesses:
            rate.guesses.append("relation")


def _dated_values_before(by_sentence: dict[int, list[Claim]], level: Claim, period) -> list[Claim]:
    """The values of the level's unit in the nearest sentence before that states any, within `_REACH` sentences of
    the level's paragraph, that are dated `period` (`with the fourth quarter at 40,000 tonnes` beside a year's total
    is of another period)."""
    for back in range(1, _REACH + 1):
        figures = by_sentence.get(level.sentence - back, [])
        if any(c.paragraph != level.paragraph for c in figures):
            return []
        values = [
            c
            for c in figures
            if c.role == "value"
            and c.kind == level.kind
            and c.unit == level.unit
            and not (c.counter and level.counter and c.counter != level.counter)
        ]
        if values:
            return [
                c
                for c in values
                if c.period == period and "period" not in c.guesses and not c.forecast and not c.change_of
            ]
    return []
