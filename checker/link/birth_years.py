"""An age written right after the year of birth it counts from: `최고령 참가자는 1941년생인 85세`, `1928년생으로 올해
98세다`, `born in 1958, the 68-year-old`.

A year that the words around it make a birth year (`1941년생`: `[link.birth_year_after]`; `born in 1958`:
`[link.birth_year_before]`), then, past the few words that join them (`인`, `으로 올해`, `, the`:
`[link.birth_age_between]`), a number with a unit of age (`85세`, `68-year-old`: `[link.birth_age_units]`) states
the years from that birth year to now: the publication year less the birth year, or one fewer before the birthday
(the elapsed check's `age`). Read only with a publication date and a birth year before it; to the publication, a
reading: a warning at most. Language words are data.
"""

from __future__ import annotations

import datetime as dt
import functools
import re

from checker.extract.lang import NEVER, link_alternations
from checker.link.view import ArticleView
from checker.models import ElapsedSpan, Span
from checker.periods import Period
from checker.regex_cache import compile_re
from checker.regex_needs import finditer_if_possible

# The ages a person may be written at (a three-digit number past it is no age).
OLDEST_AGE = 120  # the ages a person may be written at
# a year of the last three centuries standing alone (no part of a longer number): group `year`
YEAR_ALONE = r"(?<![\d.,])(?P<year>(?:18|19|20)\d\d)(?![\d.,]\d)"


@functools.cache
def _patterns(code: str) -> tuple[re.Pattern[str], ...]:
    """A birth year, group `year`, then its age, group `age` (and `unit` after it): the year after its words
    (`born in 1958`) or before them (`1941년생`)."""
    w = link_alternations(code)
    if NEVER in (w.birth_age_between, w.birth_age_units):
        return ()
    age = rf"(?:{w.birth_age_between})(?P<age>\d{{1,3}})(?P<unit>{w.birth_age_units})"
    out = []
    if w.birth_year_before != NEVER:
        out.append(compile_re(rf"\b(?:{w.birth_year_before})\s+{YEAR_ALONE}{age}", re.I))
    if w.birth_year_after != NEVER:
        out.append(compile_re(rf"{YEAR_ALONE}\s?(?:{w.birth_year_after}){age}", re.I))
    return tuple(out)


def link_birth_year_ages(doc: ArticleView, published: dt.date | None, assumed: bool) -> list[ElapsedSpan]:
    """Every age written right after its birth year, as the years from that year to the publication's."""
    if published is None or assumed:
        return []
    out = []
    for match in (m for pattern in _patterns(doc.language) for m in finditer_if_possible(pattern, doc.text)):
        year, age = int(match.group("year")), int(match.group("age"))
        if year >= published.year or not 0 < age <= OLDEST_AGE:
            continue
        out.append(
            ElapsedSpan(
                start=match.start("age"),
                end=match.end("unit"),
                text=doc.text[match.start("age") : match.end("unit")],
                months=age * 12,
                unit="year",
                since=str(Period.of_year(year)),
                since_span=Span(start=match.start("year"), end=match.end("year")),
                until=str(Period.of_year(published.year)),
                until_span=None,
                age=True,
            )
        )
    return out
