"""A count of years after a noun of starting, and the year the text dates that start by the same noun in another
sentence further off: `2009년 창단 이후 첫 우승을 차지했다 … 올해로 창단 18년째인 구단은`, `1976년 개교 … 개교
50주년`.

The count is a number of years right after a noun of starting (`창단 18년째`, `설립 30주년`:
`[link.age_start_nouns_before]`), marked the ordinal of this year (`년째`: `[link.age_this_year_ordinal_after]`) or an
anniversary reached (`주년`: `[link.anniversary_marks]`). The start is a year written right before the same noun
(`2009년 창단`, a month and day perhaps between: `[link.age_start_month_day]`). The text as a whole decides: one
count after the noun and one year before it, two sentences apart or more (those of one sentence or of two beside each
other are read by the readings of ages and seasons: checker/link/date_spans_general.py, season_ordinals.py); two
values of either, and nothing is read. An ordinal year counts with both ends or not (the elapsed check's
`inclusive`: `2017년 … 10년째` holds, as `2016년 … 10년째` does); an anniversary counts whole years. To the
publication's year: a reading, a warning at most. Language words are data.
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

_MOST = 8  # counts or starts of one noun past which the text is a list: nothing is read


@functools.cache
def _patterns(code: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """(a noun of starting then a count of years, groups `noun`, `n`, `ordinal` or `anniversary`; a year then a noun
    of starting, groups `year` and `noun`)."""
    w = link_alternations(code)
    if NEVER in (w.age_start_nouns_before, w.elapsed_years) or (
        w.age_this_year_ordinal_after == NEVER and w.anniversary_marks == NEVER
    ):
        return None
    nouns = w.age_start_nouns_before
    month_day = rf"(?:(?:{w.age_start_month_day})\s?)?" if w.age_start_month_day != NEVER else ""
    count = compile_re(
        rf"(?<![^\W\d_])(?P<noun>{nouns})\s?(?P<n>\d{{1,3}})(?:(?P<ordinal>{w.age_this_year_ordinal_after})"
        rf"|(?P<anniversary>{w.anniversary_marks}))"
    )
    start = compile_re(rf"(?<!\d)(?P<year>(?:19|20)\d\d)\s?(?:{w.elapsed_years})\s?{month_day}(?P<noun>{nouns})")
    return count, start


def link_start_nouns_apart(doc: ArticleView, published: dt.date | None, assumed: bool) -> list[ElapsedSpan]:
    """Each count of years after a noun of starting, counted from the one year the text dates that noun by, apart."""
    if published is None or assumed:
        return []
    patterns = _patterns(doc.language)
    if patterns is None:
        return []
    count_re, start_re = patterns
    counts: dict[str, list[re.Match[str]]] = {}
    for match in finditer_if_possible(count_re, doc.text):
        counts.setdefault(match.group("noun"), []).append(match)
    if not counts:
        return []
    starts: dict[str, list[re.Match[str]]] = {}
    for match in finditer_if_possible(start_re, doc.text):
        starts.setdefault(match.group("noun"), []).append(match)
    out = []
    for noun, told in counts.items():
        dated = starts.get(noun, [])
        if not dated or len(told) > _MOST or len(dated) > _MOST:
            continue
        if (
            len({int(m.group("year")) for m in dated}) != 1
            or len({(m.group("n"), bool(m.group("ordinal"))) for m in told}) != 1
        ):
            continue  # (two starts or two counts of the noun: which is counted from which is unsaid)
        start = dated[0]
        year = int(start.group("year"))
        if year >= published.year:
            continue
        start_sentence = doc.segments.sentence_of(start.start())
        for match in told:
            if abs(doc.segments.sentence_of(match.start()) - start_sentence) <= 1:
                continue  # (one sentence's or the one beside it: the ages' and seasons' readings)
            n = int(match.group("n"))
            out.append(
                ElapsedSpan(
                    start=match.start("n"),
                    end=match.end(),
                    text=doc.text[match.start("n") : match.end()],
                    months=n * 12,
                    unit="year",
                    since=str(Period.of_year(year)),
                    since_span=Span(start=start.start("year"), end=start.end("year")),
                    until=str(Period.of_year(published.year)),
                    until_span=None,
                    inclusive=bool(match.group("ordinal")),
                )
            )
    return out
