"""A year's figure restated per a shorter period right after it: `The busiest stall took £3,640, or £70 a week`,
`The 7,280 trips work out at 140 a week`, `sold about 5,200 crates, or roughly 100 a week`.

The figure per period is the next figure after the total in its sentence, with only words between them: a join of
restating (`or`: `[link.or_words]`; `work out at`: `[link.year_restated_joins]`) and a hedge at most. It is marked per a
week, a month or a day (the period marks per_unit.py reads) and is of the total's kind, unit and counter, and smaller.
The total bears no period mark of its own, is a value tied to nothing, and is a year's by what the words say: the period
it is stated for is a whole year (`last year`, `in 2025`, or the year the lead states for the story), or words right
after it, or after the same figure stated before, name the first year (`in its first twelve months`, `in its first
year`: `[link.first_year_spans]`); never when those words name a span short of a year (`in just over five months`,
`since it opened in March`: `[link.part_year_spans]`). The figure is the total over the year's weeks, months or days
(`per_unit_of`, `period_ratio`: the per-period check divides). A year taken from the lead, not the total's own words,
makes it a guess (a mismatch is a warning).
"""

from __future__ import annotations

import re

from checker.extract.lang import ByLanguage
from checker.link.per_unit import period_grain
from checker.link.sentence_groups import prose_by_sentence
from checker.models import Claim

_KINDS = ("count", "measure", "money")
_SHORTER = ("month", "week", "day")
_JOIN = ByLanguage(
    lambda w: rf"\s*,?\s*(?:(?:{w.or_words})|(?:{w.year_restated_joins}))\s+(?:(?:{w.hedges})\s+)?",
    re.I,
)
_FIRST_YEAR = ByLanguage(lambda w: rf"[^\d.;:!?()]{{0,40}}?(?<![^\W\d_])(?:{w.first_year_spans})(?![^\W\d_])", re.I)
# (`carried out 1,500 tests in just over five months`, `since it opened in March`: a span short of a year)
_PART_OF_A_YEAR = ByLanguage(lambda w: rf"[^\d.;:!?()]{{0,40}}?(?<![^\W\d_])(?:{w.part_year_spans})(?![^\W\d_])", re.I)


def link_years_restated_per_period(claims: list[Claim], text: str, lang: str) -> None:
    join = _JOIN[lang]
    for sentence in prose_by_sentence(claims).values():
        for total, figure in zip(sentence, sentence[1:]):
            if not _of_one_kind(total, figure) or join.fullmatch(text, total.end, figure.start) is None:
                continue
            grain = period_grain(figure, text, lang)
            if grain not in _SHORTER or period_grain(total, text, lang) is not None:
                continue
            said = _span_said_after(total, claims, text, _FIRST_YEAR[lang])
            if not said and (total.period is None or total.period.grain != "year"):
                continue
            if not said and _span_said_after(total, claims, text, _PART_OF_A_YEAR[lang]):
                continue  # (`1,500 tests in just over five months. … work out at 300 a month`: no year's figure)
            figure.per_unit_of, figure.period_ratio = total.id, f"year/{grain}"
            if not said and "period" in total.guesses:
                figure.guesses = sorted(set(figure.guesses) | {"relation"})


def _of_one_kind(total: Claim, figure: Claim) -> bool:
    return (
        total.kind in _KINDS
        and figure.kind == total.kind
        and figure.unit == total.unit
        and (figure.counter or total.counter or "") == (total.counter or "")
        and total.role == "value"
        and figure.role == "value"
        and total.value > figure.value
        and figure.per_unit_of is None
        and total.per_unit_of is None
        and total.part_of is None
        and total.product_of is None
        and not total.furniture
    )


def _span_said_after(total: Claim, claims: list[Claim], text: str, first_year: re.Pattern[str]) -> bool:
    """Whether words right after the total, or after the same figure stated before it, name the first year (or, given
    that pattern, a span shorter than a year)."""
    for c in claims:
        if c.start > total.start:
            break
        if (c is total or (c.value == total.value and c.kind == total.kind and c.unit == total.unit)) and (
            first_year.match(text, c.end) is not None
        ):
            return True
    return False
