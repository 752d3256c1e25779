"""Days listed one by one with the count of them: `오는 12일과 13일 이틀 동안`, `10월 3일·4일 이틀간`, `the two-day
championship on Saturday and Sunday, November 7 and 8`, `on 7 and 8 November, two days of racing`.

Two or more days of one month written as a list (`[link.listed_day_joiners]` between them: `과`, `·`, `and`, a comma;
each day a number with its mark, `[link.listed_day_mark]`, and a bracketed weekday after it perhaps), whose numbers
follow one another (`12일과 13일`, `7, 8 and 9`), are a run of days with both ends written: a length in days told of
them is the days between the first and the last, or counted with both ends (the elapsed check takes both), so
`이틀` holds and `사흘` is a slip. The length is the one right after the list (`13일 이틀 동안`, `, two days`, past the
month its last day is dated in: `Saturday 14 and Sunday 15 March, two days`) or, when the sentence writes no other
length, the one hyphened before its noun earlier in the sentence (`the two-day show … on November 7 and 8`) or the one
the list is set beside after a comma (`ran for two days, Thursday 19 and Friday 20 November`: each day may follow its
weekday's name). Two days in a row across a month's end, each dated with its month (`7월 31일과 8월 1일 이틀 동안`),
are read the same way. Which month and year the days are of is the reader's: the one date of the list it
dated (`13일`, `November 7`), whose day must be one of the list's. Days not in a row (`5일과 12일`) are a list of
dates, no run, and are not read (their count is the list's length, which a run's check does not state); a list
with another date between its days, or in a sentence with more than one such list, is not read either.
"""

from __future__ import annotations

import datetime as dt
import functools
import re

from checker.extract.lang import NEVER, link_alternations, load_file
from checker.link.durations import length_pattern
from checker.link.elapsed import bracketed_weekday, dated_times, day_words, span_counts
from checker.link.view import ArticleView
from checker.models import ElapsedSpan, Span
from checker.periods import Period
from checker.regex_cache import compile_exact, compile_re
from checker.regex_needs import finditer_if_possible

# An article lists days a few times; past this many lists the text is a calendar (linking stays linear).
_MOST_LISTS = 8
# How far after the list its length may start (`, ` or ` `).
_AFTER_GAP = 3


@functools.cache
def _patterns(code: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]] | None:
    """(a list of days, group `days`; a length of days, group `length`; a length hyphened before its noun)."""
    w = link_alternations(code)
    if NEVER in (w.listed_day_joiners, w.listed_day_mark):
        return None
    weekday = bracketed_weekday(code)
    day = rf"(?<![\d.,])\d{{1,2}}(?:{w.listed_day_mark})(?![\d])" + weekday
    joiner = rf"\s?(?:{w.listed_day_joiners})\s?"
    length = length_pattern(code)
    return (
        compile_re(rf"(?P<days>{day}(?:{joiner}{day}){{1,6}})", re.I),
        compile_re(rf"(?<![\w.,-]){length}(?:{w.run_length_mark})", re.I),
        compile_re(rf"(?<![\w.,-]){length}(?=\s[^\W\d_])", re.I),
    )


_DIGITS = compile_exact(r"\d{1,2}")


def link_listed_days(doc: ArticleView) -> list[ElapsedSpan]:
    """Each length of days told of a list of days in a row, as the span from the first to the last."""
    patterns = _patterns(doc.language)
    if patterns is None:
        return []
    listed, length, hyphened = patterns
    lists = list(finditer_if_possible(listed, doc.text))
    if len(lists) > _MOST_LISTS:
        return []
    times = dated_times(doc)
    counts, _ = span_counts(doc.language)
    by_sentence: dict[int, int] = {}
    for match in lists:
        sentence = doc.segments.sentence_of(match.start())
        by_sentence[sentence] = by_sentence.get(sentence, 0) + 1
    out = []
    for match in lists:
        sentence = doc.segments.sentence_of(match.start())
        if by_sentence[sentence] > 1:
            continue  # (two lists of days in a sentence: which one a length is told of is unsaid)
        numbers = [(int(m.group(0)), m.start() + match.start("days")) for m in _DIGITS.finditer(match.group("days"))]
        days = [n for n, _ in numbers]
        if any(b != a + 1 for a, b in zip(days, days[1:])):
            continue  # (`5일과 12일`: dates, no run)
        # the one date of the list the reader dated: its month and year are the list's
        own = [ref for ref in times if match.start() <= ref.end and ref.start <= match.end()]
        # (`10월 3일과 4일`: the day written with its month dates the list, not the bare one the reader put in another)
        own = [ref for ref in own if not ref.bare_day] or own
        periods = [Period.parse(ref.period) for ref in own if ref.period is not None]
        dated = [p for p in periods if p is not None and p.grain == "day" and p.day in days]
        if not dated or len({(p.year, p.index) for p in dated}) != 1:
            continue
        year, month = dated[0].year, dated[0].index
        since, until = Period.of_day(year, month, days[0]), Period.of_day(year, month, days[-1])
        if since is None or until is None:
            continue
        start, stop = doc.segments.sentence_bounds(sentence, len(doc.text))
        # (`Saturday 14 and Sunday 15 March, two days`: the list ends with the month the reader dated its last day in)
        end = max([match.end(), *(ref.end for ref in own if ref.start < match.end())])
        found = _the_length(doc, (match.start(), end), length, hyphened, start, stop)
        if found is None:
            continue
        n = _days_of(found, counts, doc.language)
        if n <= 0:
            continue
        first, last = numbers[0][1], numbers[-1][1]
        out.append(
            _days_told(
                found,
                n,
                (since, Span(start=first, end=first + len(str(days[0])))),
                (until, Span(start=last, end=last + len(str(days[-1])))),
            )
        )
    return out + _across_a_month_end(doc, times, by_sentence, length, hyphened)


def _across_a_month_end(
    doc: ArticleView,
    times: list,
    lists_by_sentence: dict[int, int],
    length: re.Pattern[str],
    hyphened: re.Pattern[str],
) -> list[ElapsedSpan]:
    """Two days the reader dated, the second the day after the first in the next month, written as a list (`지난달
    31일과 이달 1일 이틀 동안`, `on 31 October and 1 November, two days`): the run from the first to the second, its
    length the one told of the list as `link_listed_days` reads it. Not read in a sentence with a list of days of one
    month (which list the length is told of is unsaid)."""
    joiner = _joiner(doc.language)
    if joiner is None:
        return []
    counts, _ = span_counts(doc.language)
    out = []
    for a, b in zip(times, times[1:], strict=False):
        since, until = Period.parse(a.period), Period.parse(b.period)
        if since is None or until is None or since.grain != "day" or until.grain != "day":
            continue
        if until.bounds()[0] - since.bounds()[0] != dt.timedelta(days=1) or since.index == until.index:
            continue  # (days of one month are `link_listed_days`' own; days not in a row are dates, no run)
        if not joiner.match(doc.text[a.end : b.start]):
            continue
        sentence = doc.segments.sentence_of(a.start)
        if sentence != doc.segments.sentence_of(b.start) or lists_by_sentence.get(sentence):
            continue
        start, stop = doc.segments.sentence_bounds(sentence, len(doc.text))
        found = _the_length(doc, (a.start, b.end), length, hyphened, start, stop)
        if found is None:
            continue
        n = _days_of(found, counts, doc.language)
        if n <= 0:
            continue
        out.append(
            _days_told(found, n, (since, Span(start=a.start, end=a.end)), (until, Span(start=b.start, end=b.end)))
        )
    return out


@functools.cache
def _joiner(code: str) -> re.Pattern[str] | None:
    """The whole text between two days listed one after the other: a joiner, a bracketed weekday after the first."""
    w = link_alternations(code)
    if w.listed_day_joiners == NEVER:
        return None
    return compile_re(rf"{bracketed_weekday(code)}\s?(?:{w.listed_day_joiners})\s?$", re.I)


def _the_length(
    doc: ArticleView, listed: tuple[int, int], length: re.Pattern[str], hyphened: re.Pattern[str], start: int, stop: int
) -> re.Match[str] | None:
    """The length of days told of the list (`listed`: where it starts and ends): right after it, else the sentence's
    one length hyphened before its noun ahead of the list (and no other length in the sentence)."""
    first, end = listed
    after = length.search(doc.text, end, min(stop, end + _AFTER_GAP + 24))
    if (
        after is not None
        and after.start() - end <= _AFTER_GAP
        and "," not in doc.text[end : after.start()].replace(", ", "")
    ):
        return after if _in_days(after) else None
    lengths = [m for m in length.finditer(doc.text, start, stop)]
    if len(lengths) != 1:
        return None
    if _in_days(lengths[0]) and _set_beside(doc.language).match(doc.text[lengths[0].end() : first]):
        return lengths[
            0
        ]  # (`ran for two days, Thursday 19 and Friday 20 November`: the length, the list set beside it)
    only = lengths[0]
    if only.end() > first or not _in_days(only) or "-" not in only.group("length"):
        return None
    return only if hyphened.match(doc.text, only.start()) else None


@functools.cache
def _set_beside(code: str) -> re.Pattern[str]:
    """The whole text between a length and the list of days set beside it after a comma, past the first day's weekday
    (`two days, Thursday 19 and …`)."""
    data = load_file(code)
    days = "|".join(map(re.escape, data.time.weekdays)) if data is not None and data.time.weekdays else NEVER
    return compile_re(rf"[,:]\s(?:(?:{days})\s)?$", re.I)


def _in_days(match: re.Match[str]) -> bool:
    return bool(match.group("d") or match.group("dw") or ("dn" in match.re.groupindex and match.group("dn")))


def _days_of(match: re.Match[str], counts: dict[str, int], code: str) -> int:
    if match.group("d"):
        return int(match.group("d"))
    if match.group("dw"):
        return counts.get(match.group("dw").lower(), 0)
    if "dn" in match.re.groupindex and match.group("dn"):
        return day_words(code).get(match.group("dn"), 0)
    return 0


def _days_told(found: re.Match[str], days: int, since: tuple, until: tuple) -> ElapsedSpan:
    """The length `found` names (its group `length`), `days` long, from the first listed day to the last (each a
    period and the span it is written in)."""
    return ElapsedSpan(
        start=found.start("length"),
        end=found.end("length"),
        text=found.group("length"),
        months=0,
        unit="day",
        days=days,
        since=str(since[0]),
        since_span=since[1],
        until=str(until[0]),
        until_span=until[1],
    )
