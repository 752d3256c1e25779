"""A length set in apposition after a date, counted from a date an earlier sentence gives: `The scheme began on
4 March 2024. By 9 June 2025, 15 months later, it had paid out …`, `Picking started on Aug. 2. Packing should start
around Sept. 6, five weeks later`; or counted back to it from that date, in days or weeks between two days (`The new
kiosk opened on Monday 6 July. It replaces the old one, shut on Monday 15 June, 21 days earlier`:
`[link.span_earlier]`).

The date the span follows (a comma between, `[link.length_hedges]` perhaps before the length, then `later`) is its
end; when that date is the first its sentence writes, the start is the last date an earlier sentence gives (at most
`_REACH` sentences back), of a day or a month, with no other such date between: the event the narrative told last.
Days and weeks are counted between two days only; a start not before the end is some other date, and nothing is
read. Two dates in one sentence are the runs of checker/link/spans_between_dates.py; a date written after the
span is its end in checker/link/elapsed.py.
"""

from __future__ import annotations

import bisect

from checker.link.elapsed import dated_times, span_counts, span_of_length, stated_length
from checker.link.spans_between_dates import _patterns, _span_of, _weeks
from checker.link.view import ArticleView
from checker.models import ElapsedSpan
from checker.periods import Period
from checker.regex_needs import may_match

# How many sentences back the start may be written (a few short paragraphs of figures between).
_REACH = 10
_GRAINS = ("day", "month")
# How many dates of a year alone may stand between the start and the end.
_YEARS_BETWEEN = 4


def link_later_spans_after_sentences(doc: ArticleView) -> list[ElapsedSpan]:
    """Each `DATE, N later` whose sentence writes no date before it, from the last date of an earlier sentence."""
    marks = _patterns(doc.language)
    # (every span read follows a date by the mark of a later length: a text it cannot match anywhere has none)
    earlier = marks[13] if marks is not None else None
    if marks is None or not (may_match(marks[5], doc.text) or (earlier is not None and may_match(earlier, doc.text))):
        return []
    dated = [t for t in dated_times(doc) if t.role not in ("prior", "dateline")]
    counts, _ = span_counts(doc.language)
    starts = [t.start for t in dated]
    out: list[ElapsedSpan] = []
    for i, last in enumerate(dated):
        after = marks[5].match(doc.text, last.end)
        # (`…, which was shut on Friday 15 June, 21 days earlier`: the date told before the length is the run's
        # start, counted back from the event an earlier sentence dates last)
        back = earlier.match(doc.text, last.end) if after is None and earlier is not None else None
        if back is not None:
            after = back
        if after is None or i == 0:
            continue
        sentence = doc.segments.sentence_of(last.start)
        if doc.segments.sentence_of(dated[i - 1].start) == sentence:
            continue  # (a date before it in its sentence: a run of two dates, read elsewhere or not at all)
        first = _last_of_a_day_or_month(dated, i)
        if first is None:
            continue
        if sentence - doc.segments.sentence_of(first.start) > _REACH:
            continue
        nxt = bisect.bisect_right(starts, after.end())
        if (
            nxt < len(dated)
            and doc.segments.sentence_of(dated[nxt].start) == sentence
            and dated[nxt].start < (after.end() + 8)
        ):
            continue  # (`…, five weeks later, on 9 May`: the date after the span is its end)
        since, until = Period.parse(first.period), Period.parse(last.period)
        if since is None or until is None or since.grain not in _GRAINS or until.grain not in _GRAINS:
            continue
        if back is not None:
            if not since.grain == until.grain == "day":
                continue
            since, until, first, last = until, since, last, first
        weeks = _weeks(after.group("wk"), counts)
        days = int(after.group("d")) if after.group("d") else 7 * weeks
        if days and not since.grain == until.grain == "day":
            continue  # (days and weeks are counted between two days only)
        if since.bounds()[1] >= until.bounds()[1]:
            continue
        stated = (0, "week") if weeks else (0, "day") if days else stated_length(after, counts)
        if stated is None:
            continue
        out.append(span_of_length(after, stated, since, _span_of(first), until, _span_of(last), days=days))
    return out


def _last_of_a_day_or_month(dated: list, i: int):
    """The last date before `dated[i]` that is of a day or a month (a year between, `the 2025 crop`, names a period
    the narrative speaks of, no event); None when there is none."""
    for j in range(i - 1, max(-1, i - 1 - _YEARS_BETWEEN), -1):
        period = Period.parse(dated[j].period)
        if period is not None and period.grain in _GRAINS:
            return dated[j]
    return None
