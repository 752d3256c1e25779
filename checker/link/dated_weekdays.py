"""A date written with the name of its day of the week: `on Saturday, June 6`, `from Tuesday 15 to Thursday 17
September`, `13일(토)`, `6월 13일 토요일`.

The name stands right beside the date, nothing but a comma or a space between: before it in a language that writes
the day's name first (`[time] day_range_day_names`: `Saturday, June 6`, `Saturday 13 June`), after it in brackets or
with its suffix in one that writes it after (`[time] weekdays`, `[time] weekday_suffix`: `13일(토)`, `13일 토요일`;
a bare `토` is no day's name). The date is a day the time grammar resolved (a period of the day's grain); the pair
goes to the weekday check (checker/check/kinds/weekday_of_date.py), which asks the calendar which day of the week the
date is. Whether the year was written decides how sure the check is: a year the grammar took from the publication
is a reading.
"""

from __future__ import annotations

import functools
import re

from checker.extract.lang import load_file
from checker.models import DatedWeekday, Document, Span, TimeRef
from checker.regex_cache import compile_re

_NAME_REACH = 16  # characters before a date where the name of its day may stand (`Wednesday, `)


@functools.cache
def _patterns(
    code: str,
) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None, re.Pattern[str] | None, dict[str, int]]:
    """(a day's name right before a date, group `name`; one right after it, group `name`; another name a few
    characters before a name, a list of them; each name's weekday, Monday 0, lowercased)."""
    data = load_file(code)
    if data is None:
        return None, None, None, {}
    numbers: dict[str, int] = {}
    full = list(data.time.day_range_day_names)
    short = list(data.time.weekdays)
    suffixes = list(data.time.weekday_suffix)
    for number, name in enumerate(full):
        numbers[name.lower()] = number
    for number, name in enumerate(short):
        numbers.setdefault(name.lower(), number)
        for suffix in suffixes:
            numbers[(name + suffix).lower()] = number
    before = after = listed = None
    if full:
        names = "|".join(map(re.escape, full))
        before = compile_re(rf"(?<![^\W\d_])(?P<name>{names}),?\s+$", re.I)
        listed = compile_re(rf"(?<![^\W\d_])(?:{names})[^\d.;:!?]{{1,8}}$", re.I)
    if short:
        names = "|".join(map(re.escape, short))
        suffix = "|".join(map(re.escape, suffixes)) or "(?!)"
        after = compile_re(
            rf"\s?\((?P<bracketed>(?:{names})(?:{suffix})?)\)|\s?(?P<name>(?:{names})(?:{suffix}))(?![^\W\d_])", re.I
        )
    return before, after, listed, numbers


def written_weekday(code: str, text: str, start: int, end: int) -> int | None:
    """The weekday (Monday 0) whose name is written right beside the date at `start`–`end` of `text`, before it or
    after it as above; None when none is (or the name stands in a list of names)."""
    before, after, listed, numbers = _patterns(code)
    found = None
    if before is not None:
        match = before.search(text, max(0, start - _NAME_REACH), start)
        if match is not None and listed.search(text, max(0, match.start() - _NAME_REACH), match.start()):
            return None
        if match is not None:
            found = match.group("name")
    if found is None and after is not None:
        match = after.match(text, end)
        if match is not None:
            found = match.group("bracketed") or match.group("name")
    return None if found is None else numbers.get(found.lower())


def dated_weekdays(times: list[TimeRef], text: str, document: Document) -> list[DatedWeekday]:
    """`times` and `text` the normalized text's; the pairs come back in the original's offsets."""
    code = document.language
    before, after, listed, numbers = _patterns(code)
    if before is None and after is None:
        return []
    offsets = document.offsets
    out = []
    for time in times:
        period = time.period
        if period is None or period.grain != "day" or time.role == "prior":
            continue
        found = None
        if before is not None:
            match = before.search(text, max(0, time.start - _NAME_REACH), time.start)
            if match is not None and listed.search(text, max(0, match.start() - _NAME_REACH), match.start()):
                continue  # (`Saturday and Sunday, June 27 and 28`: a list of names, each date's told by order)
            if match is not None:
                found = (match.start("name"), match.end("name"), match.group("name"))
        if found is None and after is not None:
            match = after.match(text, time.end)
            if match is not None:
                group = "bracketed" if match.group("bracketed") else "name"
                found = (match.start(group), match.end(group), match.group(group))
        if found is None:
            continue
        weekday = numbers.get(found[2].lower())
        if weekday is None:
            continue
        start, end = offsets.original_span(found[0], found[1])
        date_start, date_end = offsets.original_span(time.start, time.end)
        out.append(
            DatedWeekday(
                start=start,
                end=end,
                text=document.text[start:end],
                weekday=weekday,
                date=str(period),
                date_span=Span(start=date_start, end=date_end),
                date_text=document.text[date_start:date_end],
                year_written=time.explicit_year,
            )
        )
    return out
