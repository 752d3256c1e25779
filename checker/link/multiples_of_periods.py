"""A multiple between the figures of two periods, both stated before and named by their periods alone: `3월이
520건으로 가장 많았고 8월이 260건으로 가장 적었다. 3월 판매는 8월의 2배다`.

The multiple's sentence opens with a period (the subject's: `3월 판매는`), states no figure before the multiple, and
names a second period joined to the multiple by a genitive (`8월의 2배`). The figure multiplied is the one the
sentences before state of the first period; the one it is of, the one they state of the second; each of one value
(a figure restated), of one unit and counter. The multiple kind then checks value ÷ figure. The reading spans
sentences, so a mismatch is a warning (`guesses`). Words are data (`[link.multiple_of_before]`).
"""

from __future__ import annotations

import bisect

from checker.extract.lang import ByLanguage
from checker.link.figure_kinds import AMOUNTS
from checker.link.sentence_groups import prose_figures
from checker.models import Claim, TimeRef

# `8월의 2배`: from the period compared with to the multiple
_OF_PERIOD = ByLanguage(lambda w: rf"(?:{w.multiple_of_before})\s?")
_SENTENCES_BACK = 3
_BACK = 24  # figures walked back from the multiple


def link_multiples_of_periods(
    claims: list[Claim], times: list[TimeRef], time_starts: list[int], text: str, lang: str, sentence_starts: list[int]
) -> None:
    figures = prose_figures(claims)
    for i, multiple in enumerate(figures):
        if multiple.kind != "multiple" or multiple.role != "change" or multiple.compared_to is not None:
            continue
        span, period = multiple.period_span, multiple.period
        if span is None or period is None or not _OF_PERIOD[lang].fullmatch(text, span.end, multiple.start):
            continue
        s_start = sentence_starts[multiple.sentence]
        if i and figures[i - 1].sentence == multiple.sentence:
            continue  # a figure of its own before the multiple: the rules of one sentence decide
        k = bisect.bisect_left(time_starts, s_start)
        if k == len(times) or text[s_start : times[k].start].strip() or times[k].end > span.start:
            continue
        subject = times[k].period
        if subject is None or subject == period:
            continue
        before = [
            c
            for c in figures[max(0, i - _BACK) : i]
            if multiple.sentence - _SENTENCES_BACK <= c.sentence < multiple.sentence
            and c.kind in AMOUNTS
            and c.role == "value"
        ]
        value = _one(c for c in before if c.period == subject)
        measure = _one(c for c in before if c.period == period)
        if value is None or measure is None or measure.low <= 0:
            continue
        if (value.kind, value.unit, value.counter) != (measure.kind, measure.unit, measure.counter):
            continue
        if multiple.value > 1 and value.value <= measure.value:
            continue
        multiple.change_of, multiple.compared_to = value.id, measure.id
        multiple.guesses = sorted(set(multiple.guesses) | {"relation"})


def _one(figures) -> Claim | None:
    """The figure when every one given is of one value (a figure restated), else None."""
    found = list(figures)
    if not found or len({c.value for c in found}) != 1:
        return None
    return found[-1]
