"""A monthly average stated paragraphs after its year's total: `Employers added 240,000 jobs in the 12 months
to June. … That works out to an average of 20,000 jobs each month during that period.` The average is marked
as one (`an average of`) and per month (`each month`), and points back to a period stated before (`during
that period`); the total is the one figure of its unit in the nearest sentence before that states a year's
span (`the year ending in June`, `the 12 months to June`), larger than the average. The total is the
average over twelve months — a guess (a mismatch is a warning), checked by the per-period kind.

Only a sentence that refers back to a period is read so: an average with no such words may be of any span.
Words are data (`[link.per_year_average_before]`, `[link.per_month_after]`, `[link.that_period]`,
`[link.year_spans]`).
"""

from __future__ import annotations

import re

from checker.extract.lang import ByLanguage, load_file
from checker.link.segment import sentence_end
from checker.models import Claim, Span

_AVERAGE_BEFORE = ByLanguage(lambda w: rf"(?:{w.per_year_average_before})\s+(?:(?:{w.hedges})\s+)?$", re.I)
_PER_MONTH_AFTER = ByLanguage(lambda w: rf"(?:{w.per_month_after})", re.I)
_THAT_PERIOD = ByLanguage(lambda w: rf"(?:{w.that_period})", re.I)
_YEAR_SPAN = ByLanguage(lambda w: rf"(?:{w.year_spans})", re.I)
_MARK_REACH = 24  # characters before an average where `an average of` (and a hedge) stands
_MONTHS_IN_A_YEAR = 12
_AMOUNTS = ("money", "count")


def link_monthly_averages_apart(claims: list[Claim], text: str, lang: str, sentence_starts: list[int]) -> None:
    own = load_file(lang)
    if own is None or "year_spans" not in own.link:
        return  # words borrowed from another language (English in a Korean article) are no reading of its own
    figures = [c for c in claims if c.kind in _AMOUNTS and c.role == "value" and not c.furniture]
    for average in figures:
        if (
            average.low <= 0
            or not _AVERAGE_BEFORE[lang].search(text, max(0, average.start - _MARK_REACH), average.start)
            or not _PER_MONTH_AFTER[lang].match(text, average.end)
            or not _THAT_PERIOD[lang].search(text, *_bounds(average.sentence, sentence_starts, len(text)))
        ):
            continue
        total = _total_of_the_year_before(average, figures, text, lang, sentence_starts)
        if total is None:
            continue
        span = _YEAR_SPAN[lang].search(text, *_bounds(total.sentence, sentence_starts, len(text)))
        total.per_period_of, total.periods = average.id, float(_MONTHS_IN_A_YEAR)
        total.periods_span = Span(start=span.start(), end=span.end())
        total.guesses = sorted(set(total.guesses) | {"relation"})


def _bounds(sentence: int, sentence_starts: list[int], end: int) -> tuple[int, int]:
    return sentence_starts[sentence], sentence_end(sentence_starts, sentence, end)


def _total_of_the_year_before(
    average: Claim, figures: list[Claim], text: str, lang: str, sentence_starts: list[int]
) -> Claim | None:
    """The one figure of the average's unit in the nearest sentence before that states a year's span."""
    for sentence in range(average.sentence - 1, -1, -1):
        if not _YEAR_SPAN[lang].search(text, *_bounds(sentence, sentence_starts, len(text))):
            continue
        same_unit = [
            c
            for c in figures
            if c.sentence == sentence
            and c.unit == average.unit
            # `241,000 more jobs were created`: a counter stated on one figure alone is no other thing
            and (c.counter == average.counter or not c.counter or not average.counter)
        ]
        if len(same_unit) != 1:
            return None  # none, or two: which one the average is of is not said
        total = same_unit[0]
        if total.value <= average.value or total.per_period_of is not None:
            return None
        return total
    return None
