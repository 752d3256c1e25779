"""A streak counted from a date written before it: `경상수지는 지난해 5월 이후 15개월 연속 흑자를 이어갔다`,
`제조업 취업자는 지난해 2월부터 18개월째 줄었다`, `2020년 1월부터 5년째 늘었다` (issue 11).

A streak counts the months (or years) it holds, the first and the latest both included: June of one year to
June of the next is a 13-month streak. It starts at the date written right before the word that makes it the
start (`이후`, `이래`, `부터`) and runs to the period the article's figures are of (the newest written for a
figure of its own sentence before it, else the period of most figures before it, as a record's span in
checker/link/elapsed_since_dates.py): a monthly report's streak runs to the month of the data, not to the
publication date. With no figure dated before it, nothing is read. A streak that ended in the past (`14개월
연속 감소했던`) runs to no figure of the article and is not read. The span is read as counted with both ends
(`inclusive`), which the elapsed check accepts alongside the count between the ends. Language words are data
(`[link.streak_from]`, `[link.streak_marks]`, `[link.streak_ended]` with the elapsed classes).
"""

from __future__ import annotations

import datetime as dt
import functools
import re

from checker.extract.lang import link_alternations
from checker.link.elapsed import dated_times, span_counts, span_of_length, stated_length, year_month_length
from checker.link.elapsed_since_dates import after_publication, date_before, figures_period
from checker.link.view import ArticleView
from checker.models import Claim, ElapsedSpan, Span
from checker.periods import Period
from checker.regex_cache import compile_re
from checker.regex_needs import finditer_if_possible

# An article states a handful of streaks; past this many the text is a pasted list (the cap keeps a long
# document's linking linear, as the record spans' does).
_MOST_STREAKS = 64


@functools.cache
def _streak(code: str) -> re.Pattern[str]:
    """`이후 15개월 연속`, `부터 18개월째`, `부터 7년 연속`: the start word, the length (years and months; a
    streak of quarters is counted at another grain and left alone), the streak mark, and the word after it."""
    counts, number = span_counts(code)
    w = link_alternations(code)
    length = rf"(?P<length>{year_month_length(w, number, halves=False)})"
    return compile_re(
        rf"(?:{w.streak_from})\s?{length}\s?(?:{w.streak_marks})(?P<after>\s?[^\s.!?,]{{0,12}})",
        re.I,
    )


@functools.cache
def _ended(code: str) -> re.Pattern[str]:
    return compile_re(rf"(?:{link_alternations(code).streak_ended})$", re.I)


def link_streak_spans(
    doc: ArticleView, claims: list[Claim], published: dt.date | None, published_assumed: bool
) -> list[ElapsedSpan]:
    """Every streak whose start date is written right before it, run to the period of the article's figures."""
    pattern = _streak(doc.language)
    counts, _ = span_counts(doc.language)
    ended = _ended(doc.language)
    dated = dated_times(doc)
    out: list[ElapsedSpan] = []
    for match in list(finditer_if_possible(pattern, doc.text))[:_MOST_STREAKS]:
        if ended.search(match.group("after")):
            continue  # `14개월 연속 감소했던`: a streak that ended before the article's figures
        stated = stated_length(match, counts)
        if stated is None:
            continue
        since = date_before(doc, dated, match.start())
        if since is None or (not since.explicit_year and published_assumed):
            continue
        since_period = Period.parse(since.period)
        until = figures_period(doc, claims, since, match.start(), published)
        if since_period is None or until is None:
            continue
        until_period, until_span = until
        if since_period.bounds()[1] >= until_period.bounds()[1] and not after_publication(since_period, published):
            # the figures are of the start's own period or before it: not the streak's end (a start after the
            # publication is misdated, and kept)
            continue
        span = Span(start=since.start, end=since.end)
        out.append(span_of_length(match, stated, since_period, span, until_period, until_span, inclusive=True))
    return out
