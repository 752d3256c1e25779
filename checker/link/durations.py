"""Durations: a number before a unit of time read as a span of time, one grammar the readings share.

A length of time is a count (digits or a number word, `and a half`, `N years and M months`, hyphened `N-day`,
a Korean day word `열흘`) before a unit of days, weeks, months or years (`124 days`, `two and a half years`, `a
13-week`, `3년간`, `8개월간`, `2주간`), ended as the language ends a length (`[link.run_length_mark]`: in English the
word's end, no hyphen after it, so `a 25-year-old` is none; in Korean `간`, `동안`, `에 걸쳐`). The words around it
may make it a point or an offset instead of a span, and then it is none: a length told from another time right
after it (`ago`, `later`, `earlier`, `before`, `old`, `전`, `뒤`, `후`: `[link.run_length_told_from]`), a
frequency or a window (`three days a week`, `per`, `each`, `평균`, `마다`: `[link.run_length_window]`), a count of
days of something (`with nine days of rain`: `[link.duration_not_span_after]`), a part of another run or a
recurrence right before it (`the first ten days`, `every three days`, `within 30 days`, `첫`, `매`:
`[link.run_length_part_before]`), or a time since something (`98일 만에`, `[link.span_since]`: an offset from an
event, no span a total is stated over). A day of the month (`9일`) is never one: a Korean count of days is a
length only with its mark. The readings of a total over a span (checker/link/span_averages.py) ask this module
for the durations of a stretch of text, beside the spans their own words name.
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from checker.extract.lang import NEVER, link_alternations, load_file
from checker.link.elapsed import day_words, span_counts, stated_length, year_month_length
from checker.regex_cache import compile_re

# How far before a length its part word may stand (`the season's first twelve days`: `first `).
_PART_REACH = 12


def _longest_first(word: str) -> tuple[int, str]:
    """Longest first (an alternation tries the longer word first), ties by the word: a pattern built from a set
    is the same in every process (the compiled-pattern cache is keyed by it)."""
    return -len(word), word


@functools.cache
def length_pattern(code: str) -> str:
    """A length of time (group `length`; `d`, `dw`, `dn` days, `wk` weeks, the year-and-month groups of
    `year_month_length`)."""
    w = link_alternations(code)
    counts, number = span_counts(code)
    number_words = number.partition("|")[2] or NEVER
    data = load_file(code)
    days = dict(data.native_numbers.days) if data is not None else {}
    native_days = rf"|(?P<dn>{'|'.join(sorted(map(re.escape, days), key=_longest_first))})" if days else ""
    length = (
        rf"(?P<length>(?:{year_month_length(w, number)})"
        rf"|(?P<d>\d{{1,4}})[\s-]?(?:{w.length_days})|(?P<dw>{number_words})[\s-](?:{w.length_days})"
        rf"|(?P<wk>{number})[\s-]?(?:{w.length_weeks}){native_days})"
    )
    # (`the five-month season`: the unit hyphened to its count)
    return length.replace(r"\s?(?:", r"[\s-]?(?:")


class Duration(NamedTuple):
    start: int
    end: int  # (the length's end, before its mark: `98일` of `98일간`)
    days: int  # a length written in days or weeks (weeks counted in days), else 0
    months: float  # a length written in months or years (`two and a half years`: 30), else 0


@functools.cache
def _patterns(code: str) -> tuple[re.Pattern[str], ...] | None:
    """(a length with its mark, the words after it that make it another time's or a window, the words before it
    that make it a part)."""
    w = link_alternations(code)
    if not w.run_length_mark:
        return None
    return (
        compile_re(rf"(?<![\w.,-]){length_pattern(code)}(?:{w.run_length_mark})", re.I),
        # (a time since an event, `98일 만에`, `[link.span_since]`: an offset, no span)
        compile_re(
            rf"\s?(?:{w.run_length_told_from}|{w.run_length_window}|{w.duration_not_span_after}|{w.span_since})", re.I
        ),
        compile_re(rf"(?:{w.run_length_part_before})\s?\S{{0,{_PART_REACH}}}$", re.I),
    )


def durations(text: str, code: str, start: int, end: int) -> list[Duration]:
    """The spans of time written between `start` and `end` (a sentence, or a part of one)."""
    patterns = _patterns(code)
    if patterns is None or start >= end:
        return []
    length, told_from, part_before = patterns
    counts, _ = span_counts(code)
    found = []
    for match in length.finditer(text, start, end):
        at = match.end("length")
        if told_from.match(text, match.end()) or told_from.match(text, at):
            continue
        if part_before.search(text, max(start, match.start() - 40), match.start()):
            continue
        days = 0
        if match.group("d"):
            days = int(match.group("d"))
        elif match.group("dw"):
            days = counts.get(match.group("dw").lower(), 0)
        elif match.groupdict().get("dn"):
            days = day_words(code).get(match.group("dn"), 0)
        elif match.group("wk"):
            written = match.group("wk")
            days = 7 * (int(written) if written.isdigit() else counts.get(written.lower(), 0))
        months = 0.0
        if not days:
            stated = stated_length(match, counts)
            if stated is None:
                continue
            months = stated[0] + (0.5 if stated[1] == "half_month" else 0)
        if days or months:
            found.append(Duration(match.start("length"), at, days, months))
    return found
