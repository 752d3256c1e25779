"""A record's span in whole years dated by the same record stated with its year elsewhere in the article:
`Measles cases reach a record, highest in 12 years` over `the highest annual total since 2014`, `Home prices
post first annual gain in four years` over `prices rose … for the first time since 2022` (issue 11).

A headline gives a record as a length of time (`in N years`), the body as the year it runs from (`since
YEAR`); each says when the last such event was. A span after a record word (`highest`, `first`,
[link.span_records], then [link.span_record_in]) that no other reading dates runs from the year the article
writes after the same record word and a start word ([link.span_from]: `since`), in one sentence, to the
publication: counted in whole years, as the span is written. Only when the article names exactly one such
year for that record word, and the publication date is known (the span runs to now: a reading, a warning
at most). Spans in months, and records the article dates nowhere, are not read. Language words are data:
a language whose start word comes after the year (`2014년 이후 최대`) reads none here.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass

from checker.extract.lang import link_alternations
from checker.link.elapsed import span_counts
from checker.link.view import ArticleView
from checker.models import ElapsedSpan, Span
from checker.periods import Period
from checker.regex_cache import compile_re
from checker.regex_needs import finditer_if_possible

# An article states a handful of records; past this many the text is a pasted list.
_MOST_RECORDS = 32


@dataclass(frozen=True, slots=True)
class _Patterns:
    span: re.Pattern[str]  # `highest in 12 years`
    since: re.Pattern[str]  # `highest annual total since 2014`


@functools.cache
def _patterns(code: str) -> _Patterns | None:
    w = link_alternations(code)
    if not (w.span_records and w.span_record_in and w.span_from):
        return None
    counts, number = span_counts(code)
    record = rf"\b(?P<record>{w.span_records})"
    return _Patterns(
        compile_re(
            rf"{record}[^.!?\n\d]{{0,40}}?(?:{w.span_record_in})\s+(?P<length>(?P<y>{number})\s?(?:{w.elapsed_years}))\b",
            re.I,
        ),
        compile_re(rf"{record}[^.!?\n\d]{{0,60}}?(?:{w.span_from})\s+(?P<year>\d{{4}})\b", re.I),
    )


def link_record_spans_since(
    doc: ArticleView, read: list[ElapsedSpan], published: dt.date | None, published_assumed: bool
) -> list[ElapsedSpan]:
    """Each record span in whole years that `read` (the other readings) leaves undated, dated by the year its
    record is stated since."""
    patterns = _patterns(doc.language)
    if patterns is None or published is None or published_assumed:
        return []
    spans = list(finditer_if_possible(patterns.span, doc.text))[:_MOST_RECORDS]
    if not spans:
        return []  # (no record span in whole years: the years records are stated since are not sought)
    counts, _ = span_counts(doc.language)
    dated = {span.start for span in read}
    years: dict[str, set[tuple[int, int, int]]] = {}
    for match in list(finditer_if_possible(patterns.since, doc.text))[:_MOST_RECORDS]:
        years.setdefault(match.group("record").lower(), set()).add(
            (int(match.group("year")), match.start("year"), match.end("year"))
        )
    out = []
    for match in spans:
        if any(match.start("length") <= start < match.end("length") for start in dated):
            continue
        found = years.get(match.group("record").lower(), set())
        if len({year for year, _, _ in found}) != 1:
            continue  # the record dated nowhere, or since two years: which is meant is not said
        year, start, end = next(iter(found))
        written = match.group("y")
        length = int(written) if written.isdigit() else counts.get(written.lower(), 0)
        if length <= 0:
            continue  # (a year after the publication is kept: a misdated start, which the check reports)
        out.append(
            ElapsedSpan(
                start=match.start("length"),
                end=match.end("length"),
                text=match.group("length"),
                months=12 * length,
                unit="year",
                since=str(Period.of_year(year)),
                since_span=Span(start=start, end=end),
                until=str(Period.of_day(published.year, published.month, published.day)),
                until_span=None,
            )
        )
    return out
