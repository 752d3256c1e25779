"""A change whose sentence opens with the figure it is measured from: `Compared with the second quarter, when sales
were $5.1m, they fell 4%`, `Against the March quarter's 640 GWh, output fell 3.2%`.

The opening phrase (`[link.opening_comparison]`: a word of comparison, a time, then a possessive or a `when` clause
ending at the figure) states the earlier figure; the level that changed is the one the text stated before, in the
figure's unit and of another period: the only such level walking back two paragraphs (an article sets a level, then
measures it from a second base in a sentence of its own)."""

from __future__ import annotations

import re

from checker.extract.lang import ByLanguage
from checker.models import Claim
from checker.regex_cache import compile_exact

_OPENING = ByLanguage(lambda w: rf"\s*(?:{w.opening_comparison})(?:(?:{w.hedges})\s+)?", re.I)
# the comma that closes the opening phrase, then the subject and its verb (`, orders fell `)
_FIGURE_TO_CHANGE = compile_exact(r",\s*[^\W\d][^,;()\d]{0,60}")


def link_opening_comparisons(claims: list[Claim], text: str, lang: str, sentence_starts: list[int]) -> None:
    opening, to_change = _OPENING[lang], _FIGURE_TO_CHANGE
    for i, change in enumerate(claims):
        if change.role != "change" or change.compared_to is not None or change.change_of is None or i == 0:
            continue
        figure = claims[i - 1]
        if (
            figure.id != change.change_of
            or figure.sentence != change.sentence
            or not opening.fullmatch(text, sentence_starts[change.sentence], figure.start)
            or not to_change.fullmatch(text, figure.end, change.start)
        ):
            continue
        value = _level_before(claims, i - 1, change)
        if value is None:
            continue
        figure.role = "baseline"
        change.change_of, change.compared_to = value.id, figure.id
        if value.period:
            change.period, change.period_span = value.period, value.period_span
        change.guesses = sorted(set(change.guesses) | {"relation"})


def _level_before(claims: list[Claim], at: int, change: Claim) -> Claim | None:
    """The level before the sentence of `claims[at]` (the figure compared with) in its unit and counter, of another
    period than it: the only one walking back two paragraphs (`the average fare was $41, … the yield was $37`: two
    levels of one unit, and which one the change is of the opening phrase names by a noun, not read here)."""
    figure = claims[at]
    found: Claim | None = None
    for j in range(at - 1, -1, -1):
        level = claims[j]
        if level.paragraph < figure.paragraph - 2:
            break
        if (
            level.sentence == figure.sentence
            or level.role != "value"
            or level.furniture
            or level.unit != figure.unit
            or (level.counter or None) != (figure.counter or None)
            or level.forecast != change.forecast
        ):
            continue
        if level.period and figure.period and level.period == figure.period:
            continue
        if _named(level) and _named(figure) and level.metric != figure.metric:
            continue
        if found is not None and level.value != found.value:
            return None
        found = found or level
    return found


def _named(claim: Claim) -> bool:
    return bool(claim.metric) and "metric" not in claim.guesses
