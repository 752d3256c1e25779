"""A count of one day of the week (or of weekends, of weekdays) over a range of two dated days written right after it:
`The market ran on 22 Fridays, from 3 April to 28 August`, `the clinics ran on seven Saturdays, from April 4 to May
16`, `on six weekends, from Saturday, September 5, to Sunday, October 11`, `on 30 weekdays, from Monday 29 June to
Friday 7 August`.

A count followed by the plural of a day's name (`[time] day_range_day_names`, Monday first: `Fridays`; or the name
before a part of the day, `22 Monday nights`: `[link.weekday_count_parts]`), by
`[link.weekday_count_weekends]` (`weekends`) or by `[link.weekday_count_workdays]` (`weekdays`), then, after a comma
perhaps, the word opening a range (`[link.range_openers]`: `from`, `between`; the day's name restated before it,
`every Monday from`: `[link.weekday_count_every]`) and the sentence's one pair of days
joined as a range (date_spans_general.py, `dated_range`), counts the days of that name between the two days,
both included; weekends are the weeks one of whose Saturday or Sunday falls in the range, weekdays the days Monday to
Friday. The check (checker/check/kinds/elapsed.py) counts them from the calendar: more than there are is a slip; fewer
is a day skipped the text does not tell (a holiday, a cancelled market), and nothing is said. Language words are data;
a language with no day names (`[time] day_range_day_names`) reads none.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections import defaultdict

from checker.extract.lang import NEVER, link_alternations, load_file
from checker.link.date_spans_general import dated_range, run_length_patterns
from checker.link.elapsed import dated_times, span_counts
from checker.link.view import ArticleView
from checker.models import ElapsedSpan, Span
from checker.periods import Period
from checker.regex_cache import compile_re
from checker.regex_needs import may_match

# How far after the count the range's first day may start (`, from Saturday, `).
_GAP = 28
# An article states a few such counts; past this many the text is a list (linking stays linear).
_MOST_READ = 16


@functools.cache
def _patterns(code: str) -> tuple[re.Pattern[str], re.Pattern[str], tuple[str, ...]] | None:
    """(a count and its days' noun, groups `n`, `d0`…`d6`, `weekends`, `workdays`; the words between the noun and the
    range's first day; the day names)."""
    data = load_file(code)
    names = tuple(data.time.day_range_day_names) if data is not None else ()
    if len(names) != 7:
        return None
    w = link_alternations(code)
    _, number = span_counts(code)
    # (`22 Monday nights`: a day's name before a part of the day, `[link.weekday_count_parts]`)
    parts = rf"|{re.escape('NAME')}\s+(?:{w.weekday_count_parts})" if w.weekday_count_parts != NEVER else ""
    kinds = [
        rf"(?P<d{i}>{re.escape(name)}s{parts.replace(re.escape('NAME'), re.escape(name))})"
        for i, name in enumerate(names)
    ]
    if w.weekday_count_weekends != NEVER:
        kinds.append(rf"(?P<weekends>{w.weekday_count_weekends})")
    if w.weekday_count_workdays != NEVER:
        kinds.append(rf"(?P<workdays>{w.weekday_count_workdays})")
    day = "|".join(map(re.escape, names))
    return (
        compile_re(rf"(?<![\w.,-])(?P<n>{number})\s+(?:{'|'.join(kinds)})\b", re.I),
        # (`, every Monday from …`: the day's name restated with `[link.weekday_count_every]` before the range)
        compile_re(
            rf",?\s+(?:(?:{w.weekday_count_every})\s+(?:{day})s?\s+)?(?:{w.range_openers})\s+(?:(?:{day}),?\s+)?$", re.I
        ),
        names,
    )


@functools.cache
def _told_ahead(code: str) -> re.Pattern[str]:
    """Words that tell a sentence of a time ahead (`will`, `plans to`: `[link.age_told_ahead]`)."""
    return compile_re(rf"(?:{link_alternations(code).age_told_ahead})", re.I)


def _a_year_on(period: Period) -> Period | None:
    """The same day a year on (None for a day the next year lacks, 29 February)."""
    return Period.of_day(period.year + 1, period.index, period.day)


def link_weekday_counts(doc: ArticleView, published: dt.date | None = None) -> list[ElapsedSpan]:
    """Each count of a day of the week over the range of days written right after it. A range the reader dated
    wholly before the publication, in a sentence told ahead (`will be played on 22 Monday nights, from September 7 to
    February 1`, `[link.age_told_ahead]`), is the next one: its days a year on."""
    patterns = _patterns(doc.language)
    ranges = run_length_patterns(doc.language)
    if patterns is None or ranges is None:
        return []
    count, gap, _ = patterns
    joiner = ranges[3]
    if not may_match(count, doc.text):
        return []
    matches = list(count.finditer(doc.text))[: _MOST_READ + 1]
    if not matches or len(matches) > _MOST_READ:
        return []
    by_sentence: dict[int, list] = defaultdict(list)
    for ref in dated_times(doc):
        by_sentence[doc.segments.sentence_of(ref.start)].append(ref)
    counts, _ = span_counts(doc.language)
    out = []
    for match in matches:
        ends = dated_range(doc, by_sentence.get(doc.segments.sentence_of(match.start()), []), joiner)
        if ends is None:
            continue
        first, last, since, until = ends
        if since.grain != "day" or until.grain != "day" or first.start < match.end():
            continue
        if published is not None and until.bounds()[1] < published:
            sentence_start, _ = doc.segments.sentence_bounds(doc.segments.sentence_of(match.start()), len(doc.text))
            if _told_ahead(doc.language).search(doc.text, sentence_start, match.start()):
                since, until = _a_year_on(since), _a_year_on(until)
                if since is None or until is None:
                    continue
        if first.start - match.end() > _GAP or not gap.search(doc.text[match.end() : first.start]):
            continue  # (the range must follow the count: `22 Fridays, from 3 April to 28 August`)
        written = match.group("n")
        n = int(written) if written.isdigit() else counts.get(written.lower(), 0)
        if n <= 0:
            continue
        if match.group("weekends"):
            weekdays, by_week = [5, 6], True
        elif match.group("workdays"):
            weekdays, by_week = [0, 1, 2, 3, 4], False
        else:
            weekdays, by_week = [next(i for i in range(7) if match.group(f"d{i}"))], False
        out.append(
            ElapsedSpan(
                start=match.start(),
                end=match.end(),
                text=match.group(0),
                months=0,
                unit="weekday",
                days=n,
                weekdays=weekdays,
                by_week=by_week,
                since=str(since),
                since_span=Span(start=first.start, end=first.end),
                until=str(until),
                until_span=Span(start=last.start, end=last.end),
            )
        )
    return out
