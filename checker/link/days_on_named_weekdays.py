"""A count of days over a range held only on days of some names: `open on Saturdays and Sundays from Saturday 4 July
to Sunday 30 August, 18 days in all`, `every Friday from 1 May to 31 July, 14 days`.

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

A length in weeks over a range whose two days are each written with the name of its day of the week (`from Monday 4
May to Friday 27 November, 29 weeks`, its Korean form with `(월)` and `(금)` after its days;
checker/link/dated_weekdays.py) is marked `named_ends`: the writer counts the run by the week, and the elapsed check
lets a run from a Monday to a working day be counted in the weeks it completes (its last working week left out) as
well as in weeks rounded.
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
    """`spans` with each length in days over a range of two dated days whose run's days are named before the range read
    as a count of the days of those names, and each length in weeks over a range whose two days are written with
    their days of the week marked `named_ends`."""
    return [_with_named_ends(doc, span) if span.unit == "week" else _on_named_days(doc, span) for span in spans]


def _with_named_ends(doc: ArticleView, span: ElapsedSpan) -> ElapsedSpan:
    """The length in weeks marked `named_ends` when both its range's days are written with their days' names."""
    if span.since_span is None or span.until_span is None:
        return span
    code, text = doc.language, doc.text
    named = (
        written_weekday(code, text, span.since_span.start, span.since_span.end) is not None
        and written_weekday(code, text, span.until_span.start, span.until_span.end) is not None
    )
    return span.model_copy(update={"named_ends": True}) if named else span


def _on_named_days(doc: ArticleView, span: ElapsedSpan) -> ElapsedSpan:
    """The length in days read as a count of the days named right before its range's opener, if any are."""
    patterns = _patterns(doc.language)
    if patterns is None or span.unit != "day" or span.since_span is None or span.until_span is None:
        return span
    if span.days <= 0:
        return span
    before, name, numbers = patterns
    first, last = span.since_span, span.until_span
    sentence = doc.segments.sentence_of(first.start)
    if sentence != doc.segments.sentence_of(span.start) or sentence != doc.segments.sentence_of(last.start):
        return span
    sentence_start, _ = doc.segments.sentence_bounds(sentence, len(doc.text))
    match = before.search(doc.text, max(sentence_start, first.start - _BEFORE_REACH), first.start)
    if match is None:
        return span
    weekdays = _weekdays(match, name, numbers)
    if not weekdays or len(weekdays) == 7:
        return span
    return span.model_copy(update={"unit": "weekday", "weekdays": weekdays, "by_week": False})
