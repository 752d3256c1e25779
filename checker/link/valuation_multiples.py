"""A valuation stated as a multiple of earnings: `시가총액을 기준으로 한 주가수익비율(PER)은 25배 수준이다` (the
market value stated before, the net profit in the sentence), `The valuation works out at 30 times last year's net
profit of $1.1bn` (`valued at $33bn` stated before).

The multiple's sentence names a value metric (`시가총액`, `valuation`, `market value`) before the multiple and
states one figure of an earnings metric (`순이익 380억원`, `net profit of $1.1bn`): the multiple is that value
over those earnings. The value is chosen by its metric, the one the sentence names: the figure the article
states of that metric, before the multiple, in the earnings' unit, when all such figures are of one value (a
valuation restated). The multiple kind then checks value ÷ earnings. The value stands in another sentence, so a
mismatch is a warning (`guesses`).
"""

from __future__ import annotations

import bisect

from checker.link.sentence_groups import prose_figures
from checker.link.view import MetricHit
from checker.models import Claim

# the value of a company, and the earnings a price-earnings multiple is of (metric ids of the lexicon)
_VALUE_METRICS = ("market_cap", "valuation")
_EARNINGS_METRICS = ("net_profit",)


def link_valuation_multiples(claims: list[Claim], metric_hits: list[MetricHit], sentence_starts: list[int]) -> None:
    if not metric_hits:
        return
    figures = prose_figures(claims)
    hit_starts = [h.start for h in metric_hits]
    for i, multiple in enumerate(figures):
        if multiple.kind != "multiple" or multiple.role != "change" or multiple.compared_to is not None:
            continue
        s_start = sentence_starts[multiple.sentence]
        named = {
            h.metric
            for h in metric_hits[
                bisect.bisect_left(hit_starts, s_start) : bisect.bisect_left(hit_starts, multiple.start)
            ]
            if h.metric in _VALUE_METRICS
        }
        if len(named) != 1:
            continue  # no value named before the multiple, or two: which one is not said
        metric = named.pop()
        earnings = [
            c
            for c in figures
            if c.sentence == multiple.sentence
            and c.kind == "money"
            and c.metric in _EARNINGS_METRICS
            and "metric" not in c.guesses
            and c.role == "value"
        ]
        if len(earnings) != 1 or earnings[0].low <= 0:
            continue
        values = [
            c
            for c in figures[:i]
            if c.metric == metric
            and c.kind == "money"
            and c.unit == earnings[0].unit
            and c.role == "value"
            and c.sentence != multiple.sentence
        ]
        if not values or len({c.value for c in values}) != 1:
            continue
        multiple.change_of, multiple.compared_to = values[-1].id, earnings[0].id
        multiple.guesses = sorted(set(multiple.guesses) | {"relation"})
