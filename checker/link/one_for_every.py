"""A count of units restated as one of them for every so many of a count the article states: `The grant pays for 24
tutors, one for every 1,500 pupils` (36,000 pupils stated before), `it had 90 vacancies for nurses, about one for
every 40 beds`.

The figure is the count after the mark (`[link.one_for_every_before]`, a hedge perhaps before it: `about one for
every`), of a noun that ends its phrase (a comma, a stop or the sentence's end right after it: `1,500 pupils in its
poorest schools` counts some of them, and is not read). The units are the count right before the mark in its sentence,
its noun and a few words between (no figure, no clause end), then a comma. The total is the one value the article
states, before the figure, of a count naming the figure's noun (its counter, or the word right after a counter that
qualifies it: `36,000 secondary pupils`), larger than the figure: two such counts of other values, and which one the
units share out is not said. The figure is then the total over the units (the per-unit check, F317); the reading spans
sentences, so a mismatch is a warning (`guesses`).
"""

from __future__ import annotations

import re

from checker.extract.lang import ByLanguage
from checker.link.each_averages import _names
from checker.link.sentence_groups import prose_figures
from checker.models import Claim
from checker.regex_cache import compile_exact
from checker.regex_needs import may_match

_MARK_BEFORE = ByLanguage(
    lambda w: rf",\s+(?:(?:{w.hedges})\s+)?(?:{w.one_for_every_before})\s+$",
    re.I,
)
_MARK_ANYWHERE = ByLanguage(lambda w: rf"(?:{w.one_for_every_before})\s", re.I)
# between the units' count and the comma before the mark: their noun and a few words, no figure, no clause end
_UNITS_WORDS = compile_exact(r"^(?:[^\W\d_][^\d.;:!?]{0,48})?$")
# right after the figure's noun: its phrase ends (`1,500 pupils, who …`, `78 places.`)
_PHRASE_ENDS = compile_exact(r"[^\W\d_]*[\s]*(?:[,.;]|$)")
_REACH = 120  # characters before the figure where the mark and the units stand


def link_one_for_every(claims: list[Claim], text: str, lang: str) -> None:
    mark_anywhere = _MARK_ANYWHERE[lang]
    if not (may_match(mark_anywhere, text) and mark_anywhere.search(text)):
        return  # no mark in the article: nothing to read (the cheap test first)
    figures = prose_figures(claims)
    for i, figure in enumerate(figures):
        if figure.kind != "count" or figure.role != "value" or figure.per_unit_of is not None or not figure.counter:
            continue
        window_start = max(0, figure.start - _REACH)
        mark = _MARK_BEFORE[lang].search(text, window_start, figure.start)
        if mark is None or not _PHRASE_ENDS.match(text, figure.end):
            continue
        units = _units_before(figures, i, mark.start(), text)
        if units is None:
            continue
        noun = figure.counter.lower()
        named = [
            c
            for c in figures[:i]
            if c is not units
            and c.kind == "count"
            and c.role == "value"
            and c.per_unit_of is None
            and c.part_of is None
            and _names(noun, c, text)
        ]
        if not named or len({c.value for c in named}) != 1 or named[0].value <= figure.value:
            continue
        figure.per_unit_of, figure.units_of = named[0].id, units.id
        figure.guesses = sorted(set(figure.guesses) | {"relation"})


def _units_before(figures: list[Claim], i: int, mark_start: int, text: str) -> Claim | None:
    """The count right before the mark in the figure's sentence, its noun and a few words between."""
    figure = figures[i]
    if i == 0:
        return None
    units = figures[i - 1]
    if units.sentence != figure.sentence or units.kind != "count" or units.role != "value" or units.low <= 0:
        return None
    if units.end > mark_start or not _UNITS_WORDS.match(text[units.end : mark_start].strip()):
        return None
    return units
