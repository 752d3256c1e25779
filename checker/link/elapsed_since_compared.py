"""An elapsed time run from the date of the figure it compares with: `가장 많았던 2012년(8천102명)과 비교하면 13년
만에 3분의 1로 줄었다`, `2023년 5월 시리즈A 당시 300억원과 비교하면 1년 4개월 만에 다섯 배가 됐다`.

A figure compared with (`X과 비교하면`) right before a span with a since mark (`만에`) is the start of that
span: the span runs from the period written for that figure, a key the link stage placed (never the
nearest date: the date must be the compared figure's own), to the period of the figures the sentence is
about (`figures_period`, as for a record span) or, with none fine enough for the span's unit (a year for a
span in months), to the publication date, a reading the check marks a guess. Nothing is read when the
compared figure has no written period, or its period is not before the end. Language words are data
(`[link.span_compared]` with the elapsed classes).
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass

from checker.extract.lang import link_alternations
from checker.link.elapsed import span_counts, span_of_length, stated_length, year_month_length
from checker.link.elapsed_since_dates import after_publication, figures_period
from checker.link.view import ArticleView
from checker.models import Claim, ElapsedSpan, Span
from checker.periods import Period
from checker.regex_cache import compile_exact, compile_re
from checker.regex_needs import finditer_if_possible

# Between the compared figure and the compare mark: a closing parenthesis (`2012년(8천102명)과`) at most.
_FIGURE_TO_MARK = compile_exact(r"\)?\s?")


@dataclass(frozen=True, slots=True)
class _Words:
    compared: re.Pattern[str]  # `과 비교하면 13년 만에`
    counts: dict[str, int]


@functools.cache
def _words(code: str) -> _Words:
    counts, number = span_counts(code)
    w = link_alternations(code)
    length = rf"(?P<length>{year_month_length(w, number, halves=False)})"
    return _Words(compile_re(rf"(?:{w.span_compared})\s?{length}\s?(?:{w.span_since})", re.I), counts)


def link_elapsed_since_compared(
    doc: ArticleView, claims: list[Claim], published: dt.date | None, published_assumed: bool
) -> list[ElapsedSpan]:
    """Every span after a compared figure, run from that figure's written period."""
    words = _words(doc.language)
    out: list[ElapsedSpan] = []
    for match in finditer_if_possible(words.compared, doc.text):
        compared = _compared_figure(doc.text, claims, match.start())
        if compared is None:
            continue
        stated = stated_length(match, words.counts)
        since_period = Period.parse(compared.period)
        if stated is None or since_period is None:
            continue
        months, unit = stated
        since_span = compared.period_span
        since_ref = next((t for t in doc.times if t.start == since_span.start), None)
        if since_ref is None:
            continue
        until = figures_period(doc, claims, since_ref, match.start("length"), published)
        if until is not None and unit == "month" and until[0].grain in ("year", "half"):
            until = None  # a year's figures do not date a span counted in months
        if until is None:
            if published is None or published_assumed:
                continue
            until = Period.of_day(published.year, published.month, published.day), None
        until_period, until_span = until
        if since_period.bounds()[1] >= until_period.bounds()[1] and not after_publication(since_period, published):
            continue
        span = Span(start=since_span.start, end=since_span.end)
        out.append(span_of_length(match, (months, unit), since_period, span, until_period, until_span))
    return out


def _compared_figure(text: str, claims: list[Claim], mark: int) -> Claim | None:
    """The figure that ends right before the compare mark, when the link stage wrote its period (not a guess)."""
    before = [c for c in claims if c.end <= mark and _FIGURE_TO_MARK.fullmatch(text, c.end, mark)]
    if not before:
        return None
    figure = max(before, key=lambda c: c.end)
    if figure.period is None or figure.period_span is None or "period" in figure.guesses:
        return None
    return figure
