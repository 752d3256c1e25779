"""A count of days over a range held only on days of some names: `open on Saturdays and Sundays from Saturday 20 June
to Sunday 27 September, 30 days in all`, `every Friday from 3 April to 28 August, 22 days`.

A length in days another reading linked to a range of two dated days counts every day between them. When the run's
days are named right before the range's opener (`on Saturdays and Sundays from …`, `every Friday between …`,
`at weekends from …`), the length counts only the days of those
names: the plural of a day's name (`[time] day_range_day_names`, Monday first: `Saturdays`), a day's name after a word
of each (`[link.weekday_count_every]`: `every Friday`), a list of them (`[link.named_days_joiners]`: `Fridays and
Saturdays`), the weekends (`[link.named_days_weekends]`: Saturdays and Sundays) or the working days
(`[link.named_days_workdays]`: Monday to Friday). The length is then read as a count of days of those names (unit
`weekday`), which the elapsed check counts from the calendar: more than there are is a slip, so a count that is
wrong for the named days is still reported; the days between the dates no longer are the length's measure.
A name anywhere else in the sentence (`the café, open on Saturdays, …; the show runs daily from …`) is not read.
A language with no day names (`[time] day_range_day_names`) reads none.

A length in weeks over a range whose two days are each written with the name of its day of the week (`from Monday 9
March to Friday 13 November, 35 weeks`, `3월 9일(월)부터 11월 13일(금)까지 35주`; checker/link/dated_weekdays.py)
is marked `named_ends`: the writer counts the run by the week, and the elapsed check lets a run from a Monday to a
working day be counted in the weeks it completes (its last working week left out) as well as in weeks rounded.
"""

from __future__ import annotations

import functools
import re

from checker.extract.lang import NEVER, link_alternations, load_file
from checker.link.dated_weekdays import written_weekday
from checker.link.view import ArticleView
from checker.models import ElapsedSpan
from checker.regex_cache import compile_re

_WORKDAYS = [0, 1, 2, 3, 4]
_WEEKEND = [5, 6]


@functools.cache
def _patterns(code: str) -> tuple[re.Pattern[str], re.Pattern[str], dict[str, int]] | None:
    """(the run's days named right before a range's opener, to the end of the text searched; one day's name, group
    `name`; each name's weekday, Monday 0, lowercased)."""
    data = load_file(code)
    names = list(data.time.day_range_day_names) if data is not None else []
    if len(names) != 7:
        return None
    w = link_alternations(code)
    day = "|".join(map(re.escape, names))
    # one day of the run: a name in the plural, or after a word of each (`every Friday`)
    one = rf"(?:(?:{day})s|(?:{w.weekday_count_every})\s+(?:{day}))"
    # a list of them (`Saturdays and Sundays`, `Fridays, Saturdays and Sundays`): the later ones' plural may be left
    listed = rf"{one}(?:\s*(?:{w.named_days_joiners})\s*(?:{day})s?)*"
    kinds = [rf"(?P<names>{listed})"]
    if w.named_days_weekends != NEVER:
        kinds.append(rf"(?P<weekends>{w.named_days_weekends})")
    if w.named_days_workdays != NEVER:
        kinds.append(rf"(?P<workdays>{w.named_days_workdays})")
    phrase = rf"(?<![\w-])(?:{'|'.join(kinds)})(?![\w-])"
    before = compile_re(rf"{phrase},?\s+(?:{w.range_openers})\s+(?:(?:{day}),?\s+)?$", re.I)
    numbers = {name.lower(): number for number, name in enumerate(names)}
    return before, compile_re(rf"(?P<name>{day})", re.I), numbers


def _weekdays(match: re.Match[str], name: re.Pattern[str], numbers: dict[str, int]) -> list[int]:
    """The weekdays (Monday 0) the matched words name."""
    groups = match.groupdict()
    if groups.get("weekends"):
        return list(_WEEKEND)
    if groups.get("workdays"):
        return list(_WORKDAYS)
    return sorted({numbers[found.group("name").lower()] for found in name.finditer(match.group("names"))})


# How far before a range's first day the named days may start (`on Fridays, Saturdays and Sundays from Friday, `).
_BEFORE_REACH = 80


def counted_on_named_days(doc: ArticleView, spans: list[ElapsedSpan]) -> list[ElapsedSpan]:
    """`spans` with each length in days over a range of two dated days whose run's days are named beside the range read
    as a count of the days of those names."""
    patterns = _patterns(doc.language)
    text = doc.text
    out = []
    for span in spans:
        if span.unit == "week" and span.since_span is not None and span.until_span is not None:
            named = (
                written_weekday(doc.language, text, span.since_span.start, span.since_span.end) is not None
                and written_weekday(doc.language, text, span.until_span.start, span.until_span.end) is not None
            )
            out.append(span.model_copy(update={"named_ends": True}) if named else span)
            continue
        if patterns is None:
            out.append(span)
            continue
        before, name, numbers = patterns
        if span.unit != "day" or span.since_span is None or span.until_span is None or span.days <= 0:
            out.append(span)
            continue
        first, last = span.since_span, span.until_span
        sentence = doc.segments.sentence_of(first.start)
        if sentence != doc.segments.sentence_of(span.start) or sentence != doc.segments.sentence_of(last.start):
            out.append(span)
            continue
        sentence_start, _ = doc.segments.sentence_bounds(sentence, len(text))
        match = before.search(text, max(sentence_start, first.start - _BEFORE_REACH), first.start)
        if match is None:
            out.append(span)
            continue
        weekdays = _weekdays(match, name, numbers)
        if not weekdays or len(weekdays) == 7:
            out.append(span)
            continue
        out.append(span.model_copy(update={"unit": "weekday", "weekdays": weekdays, "by_week": False}))
    return out
