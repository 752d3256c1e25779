"""The day a statement was reported, written as a bare day of the month (`매체가 30일 보도했다`, `회사는 25일
밝혔다`): the extract stage marks it (a dateline time, `bare_day`). A bare day means the article's own month
(the previous month is written `지난달 30일` or `지난 30일`), so one later than the article's date is a report
the article could not yet carry. Each is kept with the publication date and, where the text writes it, the
article's own date (`기사등록 2023/04/28`, a caption's `2023.04.28`), for the reported-day check.
"""

from __future__ import annotations

import datetime as dt

from checker.models import Document, ReportedDay, Span, TimeRef


def reported_days(times: list[TimeRef], document: Document) -> list[ReportedDay]:
    """`times` in the normalized text's offsets; the days come back in the original's."""
    published = document.published
    if published is None or document.published_assumed:
        return []  # the check rests on the date: with none given there is nothing to compare
    written = next((t for t in times if t.explicit_year and _is_date(t, published)), None)
    offsets = document.offsets
    out = []
    for time in times:
        if time.role != "dateline" or not time.bare_day or time.period is None or time.period.day is None:
            continue
        start, end = offsets.original_span(time.start, time.end)
        written_span = None
        if written is not None:
            written_span = Span(start=offsets.original_start(written.start), end=offsets.original_end(written.end))
        out.append(
            ReportedDay(
                start=start,
                end=end,
                text=document.text[start:end],
                day=time.period.day,
                published=published,
                written_date=written_span,
            )
        )
    return out


def _is_date(time: TimeRef, day: dt.date) -> bool:
    period = time.period
    return (
        period is not None
        and period.grain == "day"
        and (period.year, period.index, period.day) == (day.year, day.month, day.day)
    )
