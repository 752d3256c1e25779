"""A multiple between two stated figures: `연봉은 4800만원으로 10년 전 2400만원의 두 배다`, `earned $12.4m,
three times the $4.1m paid to …`, `twice as much as the $1.05bn spent on …`.

The figure the multiple is of is named right next to it: before it, joined by a genitive (`B의 N배`),
or after it, past the words that make it the measure (`N times the B`, `N times as much as B`). The
figure multiplied is the nearest one of the same unit before, in the sentence. The multiple kind then
checks value ÷ figure against the multiple. `N times more than B` reads as ×N or as +N×100%
(`plus_reading`), as `N배 증가` does. Language words are data (`[link.multiple_of_before]`,
`[link.multiple_of_after]`, `[link.multiple_plus_after]`).
"""

from __future__ import annotations

import re

from checker.extract.lang import ByLanguage
from checker.link.subjects import said_of
from checker.models import Claim

# `2400만원의 두 배`: from the figure to its multiple
_OF_BEFORE = ByLanguage(lambda w: rf"\s?(?:{w.multiple_of_before})\s?", re.I)
# `three times the $4.1m`, `twice as much as the $1.05bn`: from the multiple to the figure
_OF_AFTER = ByLanguage(lambda w: rf"\s+(?:{w.multiple_of_after})\s+", re.I)
# `three times more than`: the multiple read either way
_PLUS_AFTER = ByLanguage(lambda w: rf"\s+(?:{w.multiple_plus_after})\b", re.I)
_AMOUNTS = ("money", "count", "measure")


def link_multiples_of(claims: list[Claim], text: str, lang: str) -> None:
    figures = [c for c in claims if c.role != "conversion" and not c.furniture]
    for i, multiple in enumerate(figures):
        if multiple.kind != "multiple" or multiple.role != "change":
            continue
        measure = _measure_of(figures, i, text, lang)
        if measure is None:
            continue
        value = next(
            (
                c
                for c in reversed(figures[: figures.index(measure) if measure.end <= multiple.start else i])
                if c.sentence == multiple.sentence
                and c.kind in _AMOUNTS
                and c.role == "value"
                and c.unit == measure.unit
                and c.counter == measure.counter
            ),
            None,
        )
        if value is None or not said_of(value, measure, min(measure.start, multiple.start), text, lang):
            continue
        multiple.change_of, multiple.compared_to = value.id, measure.id
        if _PLUS_AFTER[lang].match(text, multiple.end):
            multiple.plus_reading = True


def _measure_of(figures: list[Claim], i: int, text: str, lang: str) -> Claim | None:
    """The figure a multiple is of: right before it (`B의 N배`) or right after it (`N times the B`)."""
    multiple = figures[i]
    if i > 0:
        before = figures[i - 1]
        if (
            before.kind in _AMOUNTS
            and before.sentence == multiple.sentence
            and _OF_BEFORE[lang].fullmatch(text, before.end, multiple.start)
        ):
            return before
    if i + 1 < len(figures):
        after = figures[i + 1]
        gap = _OF_AFTER[lang].match(text, multiple.end)
        if after.kind in _AMOUNTS and after.sentence == multiple.sentence and gap and gap.end() == after.start:
            return after
    return None
