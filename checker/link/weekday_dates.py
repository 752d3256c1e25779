"""A date written with its weekday (`13일(토)`, `6월 13일 토요일`, `Saturday, June 13`, `June 13 (Saturday)`): the
extract stage read the weekday beside the date (and, for a date written without its year, let it choose among the
readings near publication: this month's, the last or the next; this year's, the last or the next). Each is kept with
the seven names of its weekday's language, for the weekday check: a weekday none of the date's readings falls on is
a slip of the day or of the weekday.
"""

from __future__ import annotations

import datetime as dt

from checker.extract.lang import every_language
from checker.models import Document, TimeRef, WeekdayDate

# (a weekday's name → the seven names of its language, Monday first: the name a fix writes in its place)
_NAMES_OF = {name: data.time.weekdays for data in every_language() for name in data.time.weekdays}


def weekday_dates(times: list[TimeRef], document: Document) -> list[WeekdayDate]:
    """`times` in the normalized text's offsets; the dates come back in the original's."""
    offsets = document.offsets
    out = []
    for time in times:
        period = time.period
        if time.weekday is None or time.weekday_start is None or time.weekday_end is None:
            continue
        if period is None or period.grain != "day":
            continue
        if not time.explicit_year and (document.published is None or document.published_assumed):
            continue  # (the year of a date written without one rests on the publication date: none given)
        start, end = offsets.original_span(time.start, time.end)
        weekday_start, weekday_end = offsets.original_span(time.weekday_start, time.weekday_end)
        name = document.text[weekday_start:weekday_end]
        names = _NAMES_OF.get(name)
        if names is None:
            continue
        out.append(
            WeekdayDate(
                start=start,
                end=end,
                text=document.text[start:end],
                date=dt.date(period.year, period.index, period.day),
                weekday=time.weekday,
                weekday_start=weekday_start,
                weekday_end=weekday_end,
                weekday_text=name,
                names=list(names),
            )
        )
    return out
