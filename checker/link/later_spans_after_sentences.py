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
import functools
import re

from checker.extract.lang import NEVER, link_alternations
from checker.link.elapsed import dated_times, day_words, span_counts, span_of_length, stated_length
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
        before = _length_before(doc, last, marks[4]) if i > 0 else None
        if before is not None:
            span = _counted_from_the_last_day(doc, dated, i, before, counts)
            if span is not None:
                out.append(span)
            continue
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


@functools.cache
def _lead(code: str) -> re.Pattern[str] | None:
    """Right before a length told right before a day (`배는 약 2주 뒤인 다음 달 9일`), what makes it counted from the
    day the narrative told last: the sentence's subject or a word pointing back (`[link.span_later_lead]`); a noun of
    another event there (`출항 30일 뒤인`) counts it from that event."""
    w = link_alternations(code)
    if w.span_later_lead == NEVER:
        return None
    return re.compile(rf"(?:^|(?<=\s))(?:{w.span_later_lead})\s+$", re.I)


def _length_before(doc: ArticleView, last, between: re.Pattern[str]) -> re.Match[str] | None:
    """A length of days or weeks and its mark of later right before the first day its sentence writes (`배는 약 2주
    뒤인 다음 달 9일`: at most two letters between, no figure), after the words of `_lead`; None otherwise."""
    lead = _lead(doc.language)
    if lead is None:
        return None
    sentence = doc.segments.sentence_of(last.start)
    start, _ = doc.segments.sentence_bounds(sentence, len(doc.text))
    found = None
    for match in between.finditer(doc.text, start, last.start):
        found = match
    if found is None:
        return None
    rest = "".join(ch for ch in doc.text[found.end() : last.start] if ch.isalnum())
    if len(rest) > 2 or any(ch.isdigit() for ch in rest):
        return None
    return found if lead.search(doc.text[start : found.start()]) else None


def _counted_from_the_last_day(
    doc: ArticleView, dated: list, i: int, match: re.Match[str], counts
) -> ElapsedSpan | None:
    """The days from the last day an earlier sentence dates (the event the narrative told last) to `dated[i]`, the
    first day of its sentence, stated by `match`; None where a day stands before it in its sentence, none is near
    enough, or the day counted from is not before it."""
    last = dated[i]
    sentence = doc.segments.sentence_of(last.start)
    if doc.segments.sentence_of(dated[i - 1].start) == sentence:
        return None
    first = _last_of_a_day_or_month(dated, i)
    if first is None or sentence - doc.segments.sentence_of(first.start) > _REACH:
        return None
    since, until = Period.parse(first.period), Period.parse(last.period)
    if since is None or until is None or not since.grain == until.grain == "day":
        return None
    if since.bounds()[1] >= until.bounds()[1]:
        return None
    weeks = int(match.group("wk") or 0)
    days = int(match.group("d") or 0) or day_words(doc.language).get(match.groupdict().get("dn") or "", 0) or 7 * weeks
    if not days:
        return None
    return span_of_length(
        match, (0, "week") if weeks else (0, "day"), since, _span_of(first), until, _span_of(last), days=days
    )
