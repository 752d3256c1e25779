"""A length in hours or minutes told beside the range of two clock times that bounds it: `Supply will be off from 7am
to 4pm that day, nine hours in all`, `The parade lasted 40 minutes, from 2.35pm to 3.15pm`, `오전 11시부터 오후
4시까지 5시간 동안`, `밤 11시부터 새벽 2시까지 3시간 동안`.

A clock time is an hour of up to two digits with its minutes perhaps, marked as one: a word of the half of the day
before it (`[link.clock_am_before]`, `[link.clock_pm_before]`: `오전`, `밤`) or after it (`[link.clock_am_after]`,
`[link.clock_pm_after]`: `am`, `p.m.`), or the hour's own mark (`[link.clock_hour_mark]`: `시`, its minutes after
`[link.clock_minute_mark]`, or a half, `[link.clock_half]`); English writes the minutes after a point or a colon
(`2.35pm`). Two of them joined as a range (`[link.clock_range_joiners]`: `to`, `부터`, the next day's word between
perhaps, `[link.clock_next_day]`; an end word after the second, `[link.clock_range_end]`: `까지`) make a run; a length
in hours and minutes (`[link.clock_length_hours]`, `[link.clock_length_minutes]`) right after the range, past a comma
and up to three words (`that day,`), or right before it, a comma or an opener between (`40 minutes, from`), is the run's
length. A length after a word that makes it a part or another time (`[link.clock_length_other_before]`: `a break
of`, `with`) is not read, nor a hedged one, nor one of a longer period (`[link.clock_length_per_after]`: `24 hours a
week`), nor any in a sentence of two ranges (whose length is which). The run is the minutes from the first time to
the second, across midnight when the second is earlier (`밤 11시` to `새벽 2시` is three hours); a half of the day
written at one end only is carried to the other (`7 to 9pm`). The check (checker/check/kinds/elapsed.py) asks them to
match exactly.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections import Counter

from checker.extract.lang import NEVER, link_alternations
from checker.link.elapsed import span_counts
from checker.link.view import ArticleView
from checker.models import ElapsedSpan, Span
from checker.periods import Period
from checker.regex_cache import compile_re
from checker.regex_needs import may_match

# An article states a few such runs; past this many ranges the text is a timetable (linking stays linear).
_MOST_READ = 24
_DAY = 24 * 60


def _clock(w, tag: str) -> str:
    """One clock time, its groups suffixed with `tag`."""
    before = []
    if w.clock_am_before != NEVER:
        before.append(rf"(?P<am_b{tag}>{w.clock_am_before})")
    if w.clock_pm_before != NEVER:
        before.append(rf"(?P<pm_b{tag}>{w.clock_pm_before})")
    after = []
    if w.clock_am_after != NEVER:
        after.append(rf"(?P<am_a{tag}>{w.clock_am_after})")
    if w.clock_pm_after != NEVER:
        after.append(rf"(?P<pm_a{tag}>{w.clock_pm_after})")
    lead = rf"(?:(?:{'|'.join(before)})\s?)?" if before else ""
    marked = ""
    if w.clock_hour_mark != NEVER:
        minutes = rf"\s?(?P<m{tag}>\d{{1,2}})\s?(?:{w.clock_minute_mark})" if w.clock_minute_mark != NEVER else NEVER
        half = rf"\s?(?P<half{tag}>{w.clock_half})" if w.clock_half != NEVER else NEVER
        marked = rf"(?P<mark{tag}>{w.clock_hour_mark})(?:{minutes}|{half})?"
    pointed = rf"[.:](?P<pt{tag}>\d{{2}})"
    tail = rf"\s?(?:{'|'.join(after)})(?![^\W\d_])" if after else NEVER
    return rf"{lead}(?<![\d.,:])(?P<h{tag}>\d{{1,2}})(?:{marked or NEVER}|{pointed})?(?:{tail})?"


@functools.cache
def _patterns(code: str) -> tuple[re.Pattern[str], ...] | None:
    """(a range of two clock times; a length in hours or minutes; the text between a range and a length after it;
    the text between a length and a range after it; the words after a length that make it a longer period's)."""
    w = link_alternations(code)
    if w.clock_range_joiners == NEVER or w.clock_length_hours == NEVER:
        return None
    next_day = rf"(?:(?:{w.clock_next_day})\s?)?" if w.clock_next_day != NEVER else ""
    end = rf"(?:{w.clock_range_end})?" if w.clock_range_end != NEVER else ""
    clock_range = compile_re(rf"{_clock(w, '1')}(?:{w.clock_range_joiners}){next_day}{_clock(w, '2')}{end}", re.I)
    _, number = span_counts(code)
    minutes = rf"(?P<mins>\d{{1,3}})\s?(?:{w.clock_length_minutes})" if w.clock_length_minutes != NEVER else NEVER
    only = minutes.replace("mins", "only")
    length = compile_re(
        rf"(?<![\w.,-])(?:(?P<hours>{number})\s?(?:{w.clock_length_hours})(?:\s?{minutes})?|{only})(?![^\W\d_])",
        re.I,
    )
    other = rf"(?!.*(?:{w.clock_length_other_before}))" if w.clock_length_other_before != NEVER else ""
    after = compile_re(rf"^{other},?(?:\s+[^\W\d_]+){{0,3}},?\s?$", re.I)
    openers = rf"(?:\s?(?:{w.range_openers}))?" if w.range_openers != NEVER else ""
    before = compile_re(rf"^,?{openers}\s?$", re.I)
    per = w.clock_length_per_after
    return clock_range, length, after, before, compile_re(rf"\s?(?:{per})" if per != NEVER else NEVER, re.I)


def _minute(match: re.Match[str], tag: str, other: str) -> int | None:
    """The clock time's minute of the day (the half of the day at the other end carried when this one has none); None
    for a time with no mark of a clock (a bare number, or minutes after a point with no half of the day at either end:
    `from 12.40 to 13.25` may be prices) or out of range."""
    groups = match.groupdict()
    hour = int(groups[f"h{tag}"])
    minute = groups.get(f"m{tag}") or groups.get(f"pt{tag}")
    minute = 30 if groups.get(f"half{tag}") else int(minute) if minute else 0
    am = _half(match, tag, "am")
    pm = _half(match, tag, "pm")
    if not (am or pm or groups.get(f"mark{tag}")):
        am, pm = _half(match, other, "am"), _half(match, other, "pm")
        if not (am or pm):
            return None
    if hour > 24 or minute > 59 or ((am or pm) and not 1 <= hour <= 12):
        return None
    if pm and hour < 12:
        hour += 12
    if am and hour == 12:
        hour = 0
    return hour * 60 + minute


def _bare(match: re.Match[str], tag: str) -> bool:
    """Whether the clock time has no half of the day of its own (`9` in `from 9 to 5pm`)."""
    return not (_half(match, tag, "am") or _half(match, tag, "pm"))


def _half(match: re.Match[str], tag: str, half: str) -> bool:
    groups = match.groupdict()
    return bool(groups.get(f"{half}_b{tag}") or groups.get(f"{half}_a{tag}"))


def link_clock_runs(doc: ArticleView, published: dt.date | None) -> list[ElapsedSpan]:
    """Each length in hours or minutes told right beside a range of two clock times, with the times' minutes of the
    day."""
    patterns = _patterns(doc.language)
    if patterns is None or published is None:
        return []
    clock_range, length, after, before, per = patterns
    if not may_match(clock_range, doc.text):
        return []
    ranges = list(clock_range.finditer(doc.text))
    if len(ranges) > _MOST_READ:
        return []
    # (`from 8.20am to 9am and from 3pm to 3.25pm, 40 minutes … and 25 …`: two runs in a sentence, their lengths
    # told in order or together; which length is whose is not read)
    per_sentence = Counter(doc.segments.sentence_of(found.start()) for found in ranges)
    counts, _ = span_counts(doc.language)
    today = str(Period.of_day(published.year, published.month, published.day))
    out = []
    for found in ranges:
        if per_sentence[doc.segments.sentence_of(found.start())] > 1:
            continue
        first, last = _minute(found, "1", "2"), _minute(found, "2", "1")
        if first is None or last is None or first == last:
            continue
        if first > last and _bare(found, "1") and first >= 12 * 60:
            first -= 12 * 60  # (`from 9 to 5pm`: a bare first hour after the second's is the morning's)
        elif first > last and _bare(found, "2") and last < 12 * 60:
            last += 12 * 60  # (`from 10am to 4`: a bare second hour before the first's is the afternoon's)
        sentence_start, sentence_end = doc.segments.sentence_bounds(
            doc.segments.sentence_of(found.start()), len(doc.text)
        )
        stated = _length_after(doc.text, found.end(), sentence_end, length, after)
        if stated is None:
            stated = _length_before(doc.text, sentence_start, found.start(), length, before)
        if stated is None or per.match(doc.text, stated.end()):
            continue  # (`10am to 2pm, 16 hours a week`: the hours of a longer period, days of the run summed)
        minutes = _minutes(stated, counts)
        if not minutes:
            continue
        out.append(
            ElapsedSpan(
                start=stated.start(),
                end=stated.end(),
                text=stated.group(0),
                months=0,
                unit="minute",
                days=minutes,
                since=today,
                since_span=Span(start=found.start(), end=found.start("h1") + len(found.group("h1"))),
                until=today,
                until_span=Span(start=found.start("h2"), end=found.end()),
                clock_from=first,
                clock_to=last,
            )
        )
    return out


def _length_after(
    text: str, start: int, stop: int, length: re.Pattern[str], gap: re.Pattern[str]
) -> re.Match[str] | None:
    """The first length after the range in its sentence, only a comma and three words before it."""
    found = length.search(text, start, stop)
    if found is None or not gap.match(text[start : found.start()]):
        return None
    return found


def _length_before(
    text: str, start: int, stop: int, length: re.Pattern[str], gap: re.Pattern[str]
) -> re.Match[str] | None:
    """The last length before the range in its sentence, only a comma and an opener between."""
    found = None
    for found in length.finditer(text, start, stop):  # noqa: B007 (the last one)
        continue
    if found is None or not gap.match(text[found.end() : stop]):
        return None
    return found


def _minutes(match: re.Match[str], counts: dict[str, int]) -> int:
    def number(written: str | None) -> int:
        if not written:
            return 0
        return int(written) if written.isdigit() else counts.get(written.lower(), 0)

    groups = match.groupdict()
    return 60 * number(groups.get("hours")) + number(groups.get("mins")) + number(groups.get("only"))
