"""A run's length told beside the range that bounds it: the general reading of an elapsed time with two ends.

A sentence whose dates (days or months, no whole years) hold exactly one pair joined as a range (`from … to`,
`between … and`, `부터 … 까지`: `[link.range_joiners]`, past a weekday in brackets after the first, `24일(금)부터`), no
date before it, states a run with two written ends. When that sentence states no length of its own (those are
the run readings' of checker/link/spans_between_dates.py), a length of time (a count with a unit of days, weeks
or months: `124 days`, `the five-month season`) in the sentence right before or after it, which dates nothing
but a year of its own, is the run's length when it is written as one: after a word of lasting (`over seven
days`, `ran 124 days`: `[link.run_length_lead]`) or hyphened before its noun. Which count is read is decided by
where it stands and by the words that make it the length of something else, never by whether it matches: a
length told from another time (`ago`, `later`, `before the vote`, `전`, `뒤`: `[link.run_length_told_from]`), a
part of a run (`the first ten days`, `첫 사흘`: `[link.run_length_part_before]`), a length in years, or one of two
such lengths in its sentence (which one is the run's) is not read. Days are counted between the two dated days
or with both ends (the elapsed check takes both); months between two months, or through the last one. The same
vetoes of position (`a_length_of_another_time`: a rate's window, `[link.run_length_window]`; a part; in the
sentence after, years or two lengths of lasting) drop a length the run readings found beside a range.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections import defaultdict
from typing import NamedTuple

from checker.extract.lang import NEVER, ByLanguage, link_alternations, load_file
from checker.link.durations import length_pattern as _length_pattern
from checker.link.elapsed import (
    dated_times,
    end_a_year_on,
    in_year,
    joiner_pattern,
    range_joined,
    span_counts,
    stated_length,
    whole_months_as_days,
    whole_run_lead,
)
from checker.link.elapsed_since_dates import dated_this_year, in_past_perfect
from checker.link.inflections import word_forms
from checker.link.view import ArticleView
from checker.models import ElapsedSpan, Span, TimeRef
from checker.periods import Period
from checker.regex_cache import compile_exact, compile_re
from checker.regex_needs import finditer_if_possible, may_match, search_if_possible


def _longest_first(word: str) -> tuple[int, str]:
    """Longest first (an alternation tries the longer word first), ties by the word: a pattern built from a set
    is the same in every process (the compiled-pattern cache is keyed by it)."""
    return -len(word), word


# An article states a few runs; past this many ranges the text is a pasted table (linking stays linear).
_MOST_RANGES = 32
# How far before a length its part word may stand (`the season's first twelve days`: `first `).
_PART_REACH = 12


@functools.cache
def run_length_patterns(code: str) -> tuple[re.Pattern[str], ...] | None:
    """(a length, the words after it that make it another time's, the words before it that make it a part, the
    joiner of a range, the words of lasting before a length)."""
    w = link_alternations(code)
    if not (w.run_length_mark and w.range_joiners and w.run_length_lead):
        return None
    length = _length_pattern(code)
    return (
        compile_re(rf"(?<![\w.,-]){length}(?:{w.run_length_mark})", re.I),
        compile_re(rf"\s?(?:{w.run_length_told_from})", re.I),
        compile_re(rf"(?:{w.run_length_part_before})\s?\S{{0,{_PART_REACH}}}$", re.I),
        compile_re(joiner_pattern(code), re.I),
        compile_re(rf"(?:{w.run_length_lead})\s$", re.I),
        compile_re(rf"(?:{w.run_nouns or NEVER})", re.I),
    )


@functools.cache
def _recurring_count(code: str) -> re.Pattern[str] | None:
    """A count of things that recur each week, month or year (`30 weekly rounds`, `12 monthly meetings`:
    `[link.per_week_before]`, `[link.per_month_before]`, `[link.per_year_before]`)."""
    w = link_alternations(code)
    if not (w.per_week_before and w.per_month_before and w.per_year_before):
        return None
    recurring = f"{w.per_week_before}|{w.per_month_before}|{w.per_year_before}"
    return compile_re(rf"(?<![\w.,])(?P<count>\d[\d,]*)\s+(?:{recurring})\s+[^\W\d_]{{3,}}", re.I)


@functools.cache
def _part_right_before(code: str) -> re.Pattern[str] | None:
    """Right before a count of years, a word that makes it the opening part of a run (`처음`, `the first`:
    `[link.run_opening_part_before]`)."""
    w = link_alternations(code)
    return compile_re(rf"(?:{w.run_opening_part_before})\s?$", re.I) if w.run_opening_part_before else None


@functools.cache
def _bound_around(code: str) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """(right before a count of years, right after it): the words that make it a bound, not an age (`more than 20
    years old`, `50년 넘게`: `[link.length_at_least]`, `[link.length_at_least_after]`)."""
    w = link_alternations(code)
    before = compile_re(rf"(?:{w.length_at_least})\s+$", re.I) if w.length_at_least else None
    after = compile_re(rf"\s?(?:{w.length_at_least_after})", re.I) if w.length_at_least_after else None
    return before, after


@functools.cache
def _compact_patterns(code: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """(a range written as one figure with a length right after it, the words after the length that make it none of
    the run's)."""
    w = link_alternations(code)
    if w.compact_range == NEVER:
        return None
    return (
        compile_re(rf"(?:{w.compact_range})\s{_length_pattern(code)}", re.I),
        compile_re(rf"(?:{w.compact_range_not_after}|{w.run_length_told_from})", re.I),
    )


def link_lengths_after_compact_ranges(doc: ArticleView, published) -> list[ElapsedSpan]:
    """Every length written right after a range of days or months written as one figure (`7∼8일 이틀 동안`,
    `3∼4월 61일 가운데`, `1∼9월 아홉 달`): the run's length, its ends the range's. Days of a range of days are
    counted between them or with both ends; days of a range of months from the first month's first day through
    the last one's last day; months between the months or through the last one. The year is one written right
    before the range, else the publication's; the month of days the one written before them, else the
    publication's. A length in years, an ordinal day (`이틀째`) or a length told from another time (`사흘 전`) is
    none of the run's."""
    patterns = _compact_patterns(doc.language)
    if patterns is None or published is None:
        return []
    compact, not_after = patterns
    if not may_match(compact, doc.text):
        return []  # (every length read stands after a match of a compact range)
    counts, _ = span_counts(doc.language)
    out = []
    seen: set[int] = set()
    for ref in doc.times:
        # (a range written as one figure is read where the reader dated its end or the whole of it: a joiner inside
        # or right before the time; a line of figures is not searched)
        if not (_RANGE_MARK.search(ref.text) or _RANGE_MARK.search(doc.text, max(0, ref.start - 4), ref.start)):
            continue
        match = compact.search(doc.text, max(0, ref.start - _COMPACT_REACH), ref.end + _COMPACT_REACH)
        if match is None or match.start() in seen or not (match.start() <= ref.start < match.end()):
            continue
        seen.add(match.start())
        if len(out) >= _MOST_RANGES:
            break
        if match.group("y") or not_after.match(doc.text, match.end()):
            continue
        a, b = int(match.group("a")), int(match.group("b"))
        if b <= a:
            continue
        year = published.year
        before = _YEAR_BEFORE.search(doc.text, max(0, match.start() - 8), match.start())
        if before is not None:
            year = int(before.group("year"))
        if match.group("days"):
            month = int(match.group("month")) if match.group("month") else published.month
            since, until = Period.of_day(year, month, a), Period.of_day(year, month, b)
        else:
            if match.group("month") or b > 12:
                continue
            since, until = Period.of_month(year, a), Period.of_month(year, b)
            if (
                since is not None
                and until is not None
                and (match.group("d") or match.group("dw") or match.groupdict().get("dn"))
            ):
                # (days of whole months: from the first one's first day through the last one's last day)
                since = Period.of_day(year, a, 1)
                until = Period.of_day(year, b, until.bounds()[1].day)
        if since is None or until is None:
            continue
        span = _span(
            match,
            counts,
            doc.language,
            since,
            Span(start=match.start("a"), end=match.end("a")),
            until,
            Span(start=match.start("b"), end=match.end()),
        )
        if span is not None:
            out.append(span)
    return out


# ---------------------------------------------------------------- a count of months told apart from its range

# An article states a few counts of months; past this many the rest are not read (linking stays linear).
_MOST_MONTH_COUNTS = 12


@functools.cache
def _month_count_patterns(code: str) -> tuple[re.Pattern[str], ...] | None:
    """(a range of months written as one figure, a count of months with group `length`, the words after a count
    that make it no range's length, a range's end month named in the count's sentence)."""
    w = link_alternations(code)
    if NEVER in (w.compact_range, w.month_count_not_of_range_after, w.month_count_range_end, w.age_told_ahead):
        return None
    _, number = span_counts(code)
    return (
        compile_re(rf"(?:{w.compact_range})", re.I),
        compile_re(rf"(?<![\w.,])(?P<length>(?P<m>{number})\s?(?:{w.elapsed_months}))", re.I),
        compile_re(
            rf"(?:{w.month_count_not_of_range_after}|{w.compact_range_not_after}|{w.run_length_told_from})", re.I
        ),
        compile_re(rf"(?:{w.month_count_range_end})", re.I),
        compile_re(rf"(?:{w.month_count_not_of_range_before or NEVER})", re.I),
        compile_re(rf"(?:{w.age_told_ahead})", re.I),
        # (`181일 동안`: a count of days of lasting, the range's length in days)
        compile_re(rf"(?<![\w.,])(?P<length>(?P<d>\d{{2,3}})(?:{w.range_day_counts or NEVER}))", re.I),
    )


def link_month_counts_apart_from_their_range(doc: ArticleView, published) -> list[ElapsedSpan]:
    """A count of months (`아홉 달 만에`, `9개월간`) told apart from the range of months written as one figure it is
    the length of (`올해 1∼9월`): in the headline, in the sentence before or after the range's in its paragraph, or
    anywhere when its sentence or the one before names the range's last month as its end (`8월까지`). Which range
    is decided by where the count stands: the one range (its two months) of its own or the neighbouring sentences,
    else (the headline, a sentence naming the range's end) the one range of the article; two ranges there, a range
    right before the count (another reading's), a count told from another time, a streak or a term (`3개월 연속`,
    `6개월 이내`), the rest or a part of a window (`남은 두 달`, `최근 석 달`), a sentence told of a time ahead, or
    another month written in its sentence than the range's end, and nothing is read. Months are counted between
    the months or through the last one."""
    patterns = _month_count_patterns(doc.language) if published is not None else None
    if patterns is None:
        return []
    compact, month_count, not_after, range_end, not_before, told_ahead, day_count = patterns
    counts, _ = span_counts(doc.language)
    if search_if_possible(_RANGE_MARK, doc.text) is None:
        return []
    # (every range of months written as one figure tells which ones a count may be of; only one the reader dated as a
    # time, found where it dated its end or the whole of it, is read as the count's)
    every_range = []
    for match in compact.finditer(doc.text):
        if match.group("months") and not match.group("month") and not match.group("days"):
            every_range.append(match)
            if len(every_range) > _MOST_RANGES:
                return []
    ranges = []
    for ref in doc.times:
        if not _RANGE_MARK.search(doc.text, max(0, ref.start - 4), ref.end):
            continue
        match = compact.search(doc.text, max(0, ref.start - _COMPACT_REACH), ref.end + _COMPACT_REACH)
        if match is None or not match.group("months") or match.group("month") or match.group("days"):
            continue
        if not (match.start() <= ref.start < match.end()) or any(r.start() == match.start() for r in ranges):
            continue
        ranges.append(match)
    if not ranges:
        return []
    headline_end = doc.text.find("\n")
    out = []
    counted = sorted(
        [*finditer_if_possible(month_count, doc.text), *finditer_if_possible(day_count, doc.text)],
        key=lambda m: m.start(),
    )
    for match in counted:
        if len(out) >= _MOST_MONTH_COUNTS:
            break
        if not_after.match(doc.text, match.end()) or not_before.search(
            doc.text, max(0, match.start() - 6), match.start()
        ):
            continue  # (`3개월 연속`, `남은 두 달`, `최근 석 달`: a streak, the rest, a part: another window)
        if any(r.end() <= match.start() <= r.end() + 1 for r in every_range):
            continue  # (`1∼9월 아홉 달`: the length right after its range, read by the compact reading)
        sentence = doc.segments.sentence_of(match.start())
        paragraph = doc.segments.paragraph_of(match.start())
        sentence_start, sentence_end = doc.segments.sentence_bounds(sentence, len(doc.text))
        if told_ahead.search(doc.text, sentence_start, sentence_end):
            continue  # (`앞으로 두 달 동안 … 계획이다`: a time ahead)
        near = [
            r
            for r in every_range
            if abs(doc.segments.sentence_of(r.start()) - sentence) <= 1
            and doc.segments.paragraph_of(r.start()) == paragraph
        ]
        # (the range's end named in the count's sentence or the one before in its paragraph: `8월까지 … 여덟 달 만에`)
        ends_from = sentence_start
        if sentence > 0:
            before_start, _ = doc.segments.sentence_bounds(sentence - 1, len(doc.text))
            if doc.segments.paragraph_of(before_start) == paragraph:
                ends_from = before_start
        ends = {int(m.group("m")) for m in range_end.finditer(doc.text, ends_from, sentence_end)}
        if near:
            chosen = near
        elif 0 <= match.start() < headline_end or ends:
            chosen = every_range
        else:
            continue
        if len({(r.group("a"), r.group("b")) for r in chosen}) != 1:
            continue  # (two ranges: which one the count is the length of is unsaid)
        rng = next((r for r in ranges if r.start() == chosen[0].start()), None)
        if rng is None:
            continue  # (a range the reader dated no time in)
        a, b = int(rng.group("a")), int(rng.group("b"))
        if b <= a or b > 12 or (ends and ends != {b}):
            continue
        if any(
            ref.start >= sentence_start
            and ref.end <= sentence_end
            and not (rng.start() <= ref.start < rng.end())
            and ref.period is not None
            and ref.period.grain in ("month", "day")
            and not (ref.period.grain == "month" and ref.period.index == b)
            for ref in doc.times
        ):
            continue  # (another month told in the count's sentence: `4월 첫 삽을 떠 12월까지 9개월간`)
        year = published.year
        before = _YEAR_BEFORE.search(doc.text, max(0, rng.start() - 8), rng.start())
        if before is not None:
            year = int(before.group("year"))
        since, until = Period.of_month(year, a), Period.of_month(year, b)
        if since is None or until is None:
            continue
        if match.re is day_count:
            if doc.segments.sentence_of(rng.start()) != sentence:
                continue  # (days told in another sentence than the range's: a run of their own, a festival's days)
            # (days of whole months: from the first one's first day through the last one's last day, counted by the
            # check between them or with both ends)
            days = int(match.group("d"))
            last = until.bounds()[1]
            out.append(
                ElapsedSpan(
                    start=match.start("length"),
                    end=match.end("length"),
                    text=match.group("length"),
                    months=0,
                    unit="day",
                    days=days,
                    since=str(Period.of_day(year, a, 1)),
                    since_span=Span(start=rng.start("a"), end=rng.end("a")),
                    until=str(Period.of_day(last.year, last.month, last.day)),
                    until_span=Span(start=rng.start("b"), end=rng.end()),
                )
            )
            continue
        written = match.group("m").lower()
        months = int(written) if written.isdigit() else counts.get(written, 0)
        if months <= 0 or months > 12:
            continue
        out.append(
            ElapsedSpan(
                start=match.start("length"),
                end=match.end("length"),
                text=match.group("length"),
                months=months,
                unit="month",
                since=str(since),
                since_span=Span(start=rng.start("a"), end=rng.end("a")),
                until=str(until),
                until_span=Span(start=rng.start("b"), end=rng.end()),
                inclusive=True,
            )
        )
    return out


# A joiner of a range written as one figure (`19∼20일`), and how far around the time the reader dated the range
# and its length are read
_RANGE_MARK = compile_exact(r"[∼~〜～–-]")
_COMPACT_REACH = 24
# A year written right before a range of days or months (`2025년 9∼10월`)
_YEAR_BEFORE = compile_exact(r"(?P<year>(?:19|20)\d\d)\D{1,2}$")


def link_run_lengths_beside_ranges(doc: ArticleView) -> list[ElapsedSpan]:
    """Every length of time read as the run between the two ends of a range in the sentence beside it."""
    patterns = run_length_patterns(doc.language)
    if patterns is None:
        return []
    length, told_from, part_before, joiner, lead, run_noun = patterns
    if not (may_match(joiner, doc.text) and may_match(length, doc.text)):
        return []  # (a run's length is read only beside a range its joiner writes, and where a length is written)
    by_sentence: dict[int, list[TimeRef]] = defaultdict(list)
    for ref in dated_times(doc):
        by_sentence[doc.segments.sentence_of(ref.start)].append(ref)
    counts, _ = span_counts(doc.language)
    starts = doc.segments.sentence_starts
    out: list[ElapsedSpan] = []
    ranges = 0
    for sentence, own in sorted(by_sentence.items()):
        ends = dated_range(doc, own, joiner)
        if ends is None:
            continue
        ranges += 1
        if ranges > _MOST_RANGES:
            break
        first, last, since, until = ends
        start, stop = doc.segments.sentence_bounds(sentence, len(doc.text))
        if length.search(doc.text, start, stop) is not None:
            continue  # (a length in the range's own sentence: the run readings' of checker/link/spans_between_dates.py)
        # (the sentence before or after, dating nothing but a year of its own, states the run's length; so does the
        # one after that, when no range stands between and the length points back to the run, `Over the 122 days`)
        here = []
        back = whole_run_lead(doc.language)
        for other in (sentence - 1, sentence + 1, sentence + 2):
            if other < 0 or other >= len(starts):
                continue
            if any(_grain(ref) != "year" for ref in by_sentence.get(other, ())):
                continue
            far = other == sentence + 2
            if far and (back is None or dated_range(doc, by_sentence.get(sentence + 1, []), joiner) is not None):
                continue
            here.extend(
                match
                for match in _lengths(doc, other, length, told_from, part_before, ())
                if (
                    _a_run_length(doc.text, match, lead, doc.text[start:stop], run_noun)
                    or _named_back_closing(doc, match)
                    or (back is not None and not match.group("y") and _pointed_back(doc.text, match, back))
                )
                and not (far and not _pointed_back(doc.text, match, back))
                and not another_subject_than_the_range(doc, match.start(), start, stop)
            )
        if len(here) != 1:
            continue  # (none, or two: which one is the run's)
        if _counts_the_rounds(doc, here[0], start, stop):
            # (`ran for 30 weekly rounds, from Tuesday, April 28, to Tuesday, November 17`: the range counts rounds,
            # both ends held; the length told beside it, `a 30-week season`, is that count, not the time apart)
            continue
        if here[0].group("d") or here[0].group("dw") or here[0].group("wk"):
            # (`between April and July … Over the 122 days`: days of whole months)
            whole = whole_months_as_days(
                doc.text, since, _span_of(first), until, _span_of(last), doc.language, here[0].start("length")
            )
            since, until = whole if whole is not None else (since, until)
        span = _span(here[0], counts, doc.language, since, _span_of(first), until, _span_of(last))
        if span is not None:
            out.append(span)
    return out


def _counts_the_rounds(doc: ArticleView, length: re.Match[str], start: int, stop: int) -> bool:
    """The range's sentence counts things that recur each week, month or year (`30 weekly rounds`), and the length
    beside it states that same count (`a 30-week season`); a length of another number (`a 22-week season`, `Ten-day`)
    is read as the run's."""
    recurring = _recurring_count(doc.language)
    if recurring is None:
        return False
    stated = _DIGITS.search(length.group(0))
    if stated is None:
        return False
    return any(
        int(found.group("count").replace(",", "")) == int(stated.group(0).replace(",", ""))
        for found in recurring.finditer(doc.text, start, stop)
    )


_DIGITS = compile_exact(r"\d[\d,]*")


def _pointed_back(text: str, match: re.Match[str], back: re.Pattern[str]) -> bool:
    return back.search(text, max(0, match.start() - 24), match.start()) is not None


def _a_run_length(
    text: str, match: re.Match[str], lead: re.Pattern[str], range_sentence: str, run_noun: re.Pattern[str]
) -> bool:
    """A length in another sentence than the range's is the run's only as a run's length is written: after a word
    of lasting (`over seven days`, `ran 124 days`: `[link.run_length_lead]`), or hyphened as one word before the
    noun it is the length of, a noun the range's sentence names or a run's noun (`[link.run_nouns]`: `the best
    four-month season`);
    not a length of something else (`valid for 30 days`, `a three-month loan`, `its two-week stay`)."""
    if match.group("y"):
        return False  # (a length in years beside a range of days or months is another time's: `a four-year high`)
    if lead.search(text, max(0, match.start() - 24), match.start()):
        return True
    written = match.group("length")
    if not ("-" in written and text[match.end() : match.end() + 2][-1:].isalpha() and text[match.end()] == " "):
        return False
    noun = _NOUN.match(text, match.end() + 1)
    return noun is not None and (
        noun.group(0).casefold() in range_sentence.casefold() or run_noun.fullmatch(noun.group(0)) is not None
    )


_NOUN = compile_exact(r"[^\W\d_]{3,}")  # the noun a hyphened length stands before


@functools.cache
def _named_back(code: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """(right before a length, a sentence opening on the run named back, `That is`: `[link.run_named_back_lead]`;
    right after it, its clause closing: `[link.run_named_back_closing]`)."""
    w = link_alternations(code)
    if not (w.run_named_back_lead and w.run_named_back_closing):
        return None
    return compile_re(rf"(?:{w.run_named_back_lead})\s$", re.I), compile_re(rf"(?:{w.run_named_back_closing})", re.I)


def _named_back_closing(doc: ArticleView, match: re.Match[str]) -> bool:
    """A length after the run named back (`That is 63 days.`, `That is 63 days, or …`) that closes its clause: the
    run's length; not one going on to be another time's (`That is 40 days in jail`, `two weeks short of …`)."""
    patterns = _named_back(doc.language)
    if patterns is None or match.group("y"):
        return False
    lead, closing = patterns
    if not lead.search(doc.text, max(0, match.start() - 24), match.start()):
        return False
    return closing.match(doc.text, match.end()) is not None


def _grain(ref: TimeRef) -> str | None:
    period = Period.parse(ref.period)
    return period.grain if period is not None else None


def dated_range(doc: ArticleView, own: list[TimeRef], joiner: re.Pattern[str]) -> tuple | None:
    """The one pair of a sentence's dates joined as a range, both days or months (a whole year is a range span's),
    the second after the first (or a year on: `from 19 December to 8 January`), no date before it (a third date
    after it dates the report)."""
    dated = [ref for ref in own if _grain(ref) in ("day", "month")]
    pairs = [
        (a, b) for a, b in zip(dated, dated[1:], strict=False) if range_joined(doc.language, joiner, doc.text, a, b)
    ]
    if len(pairs) != 1 or len(dated) > 3:
        return None
    first, last = pairs[0]
    if dated[0] is not first:
        return None  # (a date before the range: where a run may start, which pair is the run's is not read)
    since, until = Period.parse(first.period), Period.parse(last.period)
    if since is None or until is None:
        return None
    if not last.explicit_year and end_a_year_on(doc.language, doc.text, first.end, last.start):
        until = in_year(until, since.year + 1) or until  # (`12월부터 이듬해 2월까지`: the end in the next year)
    if until.bounds()[1] <= since.bounds()[0]:
        if not first.explicit_year and not last.explicit_year:
            until = _a_year_on(until)
        if until is None or until.bounds()[1] <= since.bounds()[0]:
            return None
    return first, last, since, until


def _lengths(
    doc: ArticleView,
    sentence: int,
    length: re.Pattern[str],
    told_from: re.Pattern[str],
    part_before: re.Pattern[str],
    ends: tuple[TimeRef, ...],
) -> list[re.Match[str]]:
    """The lengths of a sentence that are a run's: none told from another time, none a part of a run."""
    start, end = doc.segments.sentence_bounds(sentence, len(doc.text))
    found = []
    for match in length.finditer(doc.text, start, end):
        if any(ref.start <= match.start() < ref.end for ref in ends):
            continue
        if told_from.match(doc.text, match.end()):
            continue
        if part_before.search(doc.text, max(start, match.start() - 40), match.start()):
            continue
        found.append(match)
    return found


def _span(
    match: re.Match[str],
    counts: dict[str, int],
    code: str,
    since: Period,
    since_span: Span,
    until: Period,
    until_span: Span,
) -> ElapsedSpan | None:
    """The span a length states between the run's ends; None for days or weeks between months."""
    days = int(match.group("d")) if match.group("d") else 0
    if match.group("dw"):
        days = counts.get(match.group("dw").lower(), 0)
    if "dn" in match.re.groupindex and match.group("dn"):
        data = load_file(code)
        days = dict(data.native_numbers.days).get(match.group("dn"), 0) if data is not None else 0
    weeks = 0
    if match.group("wk"):
        written = match.group("wk")
        weeks = int(written) if written.isdigit() else counts.get(written.lower(), 0)
    stated = (0, "day") if days else (0, "week") if weeks else stated_length(match, counts)
    days = days or 7 * weeks
    if stated is None or (days and "day" not in (since.grain, until.grain)):
        return None
    if days and not (since.grain == until.grain == "day"):
        return None  # (days from a month written whole: which day it starts on is not written)
    return ElapsedSpan(
        start=match.start("length"),
        end=match.end("length"),
        text=match.group("length"),
        months=stated[0],
        unit=stated[1],
        since=str(since),
        since_span=since_span,
        until=str(until),
        until_span=until_span,
        inclusive=since.grain == until.grain == "month" and not days,
        days=days,
    )


def _a_year_on(period: Period) -> Period | None:
    if period.grain == "day":
        return Period.of_day(period.year + 1, period.index, period.day)
    if period.grain == "month":
        return Period.parse(f"{period.year + 1}-{period.index:02d}")
    return None


def _span_of(time: TimeRef) -> Span:
    return Span(start=time.start, end=time.end)


def a_length_of_another_time(doc: ArticleView, span: ElapsedSpan) -> bool:
    """The vetoes of position for a length another reading found beside a range (checker/link/spans_between_dates.py):
    a rate's window right after it (`for 12 days a month`, `[link.run_length_window]`), a part of the run right
    before it (`첫 사흘 동안`), and, in another sentence than the range's end, a length in years or one of two
    lengths of lasting its sentence states (`stalls stayed over four days and rides over ten days`: which one is
    the run's). A length told from the run's end (`119 days later`) is that reading's own, after a word of a part too
    (`and the last 18 days later, on …`)."""
    patterns = run_length_patterns(doc.language)
    if patterns is None or span.until_span is None:
        return False
    length, _, part_before, _, lead, _ = patterns
    match = length.match(doc.text, span.start)
    end = match.end() if match is not None else span.end
    if _window(doc.language).match(doc.text, end):
        return True
    sentence = doc.segments.sentence_of(span.start)
    start, stop = doc.segments.sentence_bounds(sentence, len(doc.text))
    if part_before.search(doc.text, max(start, span.start - 40), span.start) and not _later(doc.language).match(
        doc.text, end
    ):
        return True  # (not `and the last 18 days later, on …`: a time told from the run's first end)
    if sentence == doc.segments.sentence_of(span.until_span.start):
        return False
    if span.unit in ("year", "half"):
        return True
    range_start, range_stop = doc.segments.sentence_bounds(
        doc.segments.sentence_of(span.until_span.start), len(doc.text)
    )
    if another_subject_than_the_range(doc, span.start, range_start, range_stop):
        return True
    lasting = [
        m for m in length.finditer(doc.text, start, stop) if lead.search(doc.text, max(0, m.start() - 24), m.start())
    ]
    return len(lasting) > 1


@functools.cache
def _later(code: str) -> re.Pattern[str]:
    """Right after a length, the mark of a later date (`18 days later`: `[link.span_later]`)."""
    return compile_re(rf"\s?(?:{link_alternations(code).span_later or NEVER})", re.I)


@functools.cache
def _window(code: str) -> re.Pattern[str]:
    return compile_re(rf"\s?(?:{link_alternations(code).run_length_window})", re.I)


# ---------------------------------------------------------------- an age counted from the year something began

# An article states a few ages and starts; past these many the rest are not read (linking stays linear).
_MOST_AGES = 16
_MOST_STARTS = 24
# How far back from `in YEAR`, within its clause, the verb that makes the year a start may stand (`started by two
# cousins above a bike shop in 1972`).
_START_REACH = 90
_CLAUSE_MARK = compile_exact(r"[,;:()\"“”]")
# How far after a year its word of starting may stand when a place or the like comes between them (`1993년 전주
# 풍남동 한옥 골목 끝 작업실에서 출발해`): such a start is read only beside a count.
_FAR_START_REACH = 40
# A year of a start: four digits, not a decade (`1920s`), a range (`1998-99`) or part of a larger number.
_START_YEAR = r"(?P<year>1[5-9]\d\d|20\d\d)(?![\d]|s\b|[-–]\d)"
# Any year written in an age's sentence (another year the age is told of, or another start).
_A_YEAR = compile_exact(r"(?<!\d)(?:1[5-9]\d\d|20\d\d)(?!\d)")
# A month and day written before the year (`in April 1996`, `on 3 May 1996`): the count is still from the year.
_MONTH_DAY = r"(?:\d{1,2}\s+)?(?:[^\W\d_]+\.?\s+)?(?:\d{1,2},?\s+)?"
# Right before a past time, a figure (and its unit) the time dates (`up 20% from 1,050 last year, as … its 100th year`):
# a compared figure's period, not the time an age is told of.
_FIGURE_RIGHT_BEFORE = compile_exact(r"\d(?:\s?[^\W\d_]+)?\s+$")
# A clause break after an age a thing has now (`at 158 years one of the oldest, was closed …`)
_CLAUSE_BREAK = compile_exact(r"[,;:]")
# A quotation opening before a count in its sentence: the speaker's words
_QUOTE_OPENS = compile_exact(r"[\"“]")
# A quotation closing after a count in its sentence
_QUOTE_CLOSES = compile_exact(r"[\"”]")


@functools.cache
def _age_patterns(
    code: str,
) -> tuple[tuple[tuple[re.Pattern[str], re.Pattern[str]], ...], tuple[re.Pattern[str], ...], re.Pattern[str]] | None:
    """(the ages: a count of years or an anniversary's ordinal, group `n` or `word`, each with the words it cannot
    match without — a text without them is not searched for it, as a line of figures is not) and (the starts: group
    `year`, `verb` for one that needs a start verb in its clause, `since` for one after `since`) and the words of
    any age."""
    w = link_alternations(code)
    if w.age_anniversary_nouns == NEVER:
        return None
    counts, number = span_counts(code)
    # (`In 10 years it will have …`: told ahead, not up to now)
    ahead = w.age_told_ahead
    ordinal_words = _ordinals(code)
    words = "|".join(sorted(map(re.escape, ordinal_words), key=_longest_first)) or NEVER
    ordinal = rf"(?:(?<![\d.,])(?P<n>\d{{1,3}})(?:{w.age_ordinal_marks})|\b(?P<word>{words}))"
    # (no ordinal of an edition or a season: a yearly event skips years — a war, a pandemic, a biennial schedule —
    # so its ordinal bounds the years since its first only from below, which an elapsed time here does not state)
    counted = [(rf"{ordinal}\s?(?:{w.age_anniversary_nouns})", w.age_anniversary_nouns)]
    year_count = rf"(?<![\w.,-])(?P<n>{number})"
    if w.age_counts_after != NEVER:
        counted.append((rf"{year_count}(?:{w.age_counts_after})", w.age_counts_after))
    if w.age_possessed_before != NEVER:
        counted.append((rf"(?:{w.age_possessed_before})(?P<n>{number})\s+(?:{w.elapsed_years})\b", w.elapsed_years))
    if w.age_sentence_in != NEVER:
        counted.append(
            (
                rf"(?:^|(?<=[.!?]\s))(?:{w.age_sentence_in})(?P<n>{number})\s+(?:{w.elapsed_years})"
                rf"(?=,?\s+(?:(?!{ahead})[^\W\d_]+\s+){{0,3}}?(?:{w.age_perfect})\b)",
                w.elapsed_years,
            )
        )
    ages = tuple((compile_re(p, re.I | re.M), compile_re(rf"(?:{needed})", re.I)) for p, needed in counted)
    # (and the words of any of them: one search tells a text of none, as a line of figures is)
    any_needed = compile_re("|".join(rf"(?:{needed})" for _, needed in counted), re.I)
    starts = []
    if w.age_start_verbs != NEVER:
        starts.append(compile_re(rf"\b(?P<verb>in|on)\s+{_MONTH_DAY}{_START_YEAR}", re.I))
        starts.append(compile_re(rf"\b(?P<since>{w.age_start_since})\s+{_MONTH_DAY}{_START_YEAR}", re.I))
    after_year = "|".join(f"(?:{a})" for a in (w.age_start_after_year, w.age_start_after_year_near) if a != NEVER)
    if after_year:
        # (a month and day may follow the year: `2019년 7월 15일 개관한`)
        month_day = rf"(?:\D{{1,2}}(?:{w.age_start_month_day}))?" if w.age_start_month_day != NEVER else ""
        starts.append(compile_re(rf"{_START_YEAR}{month_day}\D{{1,2}}[^.!?\d]{{0,12}}?(?:{after_year})", re.I))
        # (a start noun right before a count is that count's noun, `올해로 창설 31년`: no verb dating the year far
        # before it)
        not_count_noun = rf"(?!(?:{w.age_start_nouns_before})\s?\d)" if w.age_start_nouns_before != NEVER else ""
        # (`1993년 전주 풍남동 골목 끝 작업실에서 출발해`: the place of the start between them, in one clause with no
        # figure; read only beside a count of its sentence or the one beside it, group `far`; so is a shorter one
        # holding a small figure of what the start began with, `2019년 상자 200개로 시작해`, which the near reading
        # passes over)
        starts.append(
            compile_re(
                rf"{_START_YEAR}{month_day}\D{{1,2}}(?P<far>(?=[^.!?\d,;:]{{13}}|[^.!?\d,;:]{{0,12}}?(?<!\d)\d{{1,3}}(?![\d,.]))(?:[^.!?\d,;:]|(?<!\d)\d{{1,3}}(?![\d,.])){{1,{_FAR_START_REACH}}}?){not_count_noun}"
                rf"(?:{after_year})",
                re.I,
            )
        )
    if w.age_start_before_year != NEVER:
        # (`수도가 처음 들어온 것은 1986년으로`: the event of starting named first, its year after it)
        starts.append(compile_re(rf"(?:{w.age_start_before_year}){_START_YEAR}", re.I))
    return ages, tuple(starts), any_needed


# The kinds of an age read only beside its start (`_near_age_patterns`).
_LASTING, _AFTER, _YEAR_ORDINAL, _COUNTED_AFTER = "lasting", "after", "year_ordinal", "counted_after"
# a count of years after a verb of marking it (`this winter marks 75 years`): its clause's subject is what the start
# began, not a member of it (`its head baker marks 30 years`) nor one named apart (`Ann Lee marks 30 years`)
_MARKS = "marks"
_AGO = "ago"
# a count of years told back to the last event dated before it (`in the nine years since`), and one set beside a
# `since` year as its restatement (`since 1995, for 31 years`): each has its own start, not a start by its verb
_SINCE_BACK, _APPOSED = "since_back", "apposed"
# a count of years back from now apposed to the clause of the one year its sentence dates an event by
_AGO_APPOSED = "ago_apposed"
# a count of years back from now right after the thing's own start told by a pronoun (`the 30 it started with 30 years
# ago`, `since it opened 40 years ago`): a restatement of the start year its sentence or the one beside it dates
_AGO_STARTED = "ago_started"
# an ordinal year right after the subject a start's clause tells of (`1990년 개업한 약국은 36년째`): read only with
# that start in its sentence, the clause and its subject alone between them
_SUBJECT_ORDINAL = "subject_ordinal"
# How far before such an ordinal its start's year may stand (`1990년 역 앞 2층 건물에서 개업한 약국은 `).
_SUBJECT_ORDINAL_REACH = 48
# a count of years after a noun of starting (`개통 1년`): the noun names the start, which may be dated after it
_START_NOUN = "start_noun"
# the age a thing has reached now (`a 225-year-old barn`, `at 143 years, the oldest`): read beside a start of its
# sentence, before or after it, or of the sentence before, whose clause starts its subject, not an object
_AGE_OF = "age_of"


@functools.cache
def _apposed_ago(code: str) -> re.Pattern[str] | None:
    """Right after a start's year, its own count of years back from now (`founded in 1897, 129 years ago`)."""
    w = link_alternations(code)
    if w.age_ago_count == NEVER:
        return None
    compound, _ = _tens_and_units(code)
    _, number = span_counts(code)
    count = rf"(?:{compound}|{number})" if compound != NEVER else rf"(?:{number})"
    return compile_re(rf",?\s+{count}\s+(?:{w.elapsed_years})\s+(?:{w.age_ago_count})\b", re.I)


def _dated_back_beside(doc: ArticleView, start: _Start) -> bool:
    """Whether a start's year is told with its own count of years back from now right after it, or the ordinal of the
    year now running (`making this its 19th year`): a count back from now in another sentence (`Ten years ago …`)
    is then of another time, not a restatement of the start."""
    pattern = _apposed_ago(doc.language)
    if pattern is not None and pattern.match(doc.text, start.end) is not None:
        return True
    # (`founded in 2008, making this its 19th year`: the start told its age as an ordinal of its years)
    ordinal = _apposed_ordinal(doc.language)
    return ordinal is not None and ordinal.match(doc.text, start.end) is not None


@functools.cache
def _apposed_ordinal(code: str) -> re.Pattern[str] | None:
    """Right after a start's year, the ordinal of the year now running (`[link.age_ordinal_apposed]`)."""
    w = link_alternations(code)
    return compile_re(rf"(?:{w.age_ordinal_apposed})", re.I) if w.age_ordinal_apposed != NEVER else None


@functools.cache
def _end_year(code: str) -> re.Pattern[str] | None:
    """A year right before a word of closing (`2009년 문을 닫은`, `2011년 폐원한`: `[link.age_end_after_year]`, group
    `year`); None when the language has none."""
    w = link_alternations(code)
    if w.age_end_after_year == NEVER:
        return None
    return compile_re(rf"(?<!\d)(?P<year>(?:1[5-9]|20)\d\d)(?!\d)\D{{0,3}}(?:{w.age_end_after_year})", re.I)


def _ended_since(doc: ArticleView, start: int, years: int, published: int) -> bool:
    """Whether the article dates a closing in a year after a start and before the publication's, that a length of
    years from that start runs to (within a year): the length may be the one up to the closing, not up to now (a
    length that fits neither is still read to now: `1990년 문을 연 도서관은 30년 동안`, another's `2011년 폐원한`)."""
    pattern = _end_year(doc.language)
    return pattern is not None and any(
        start < int(m.group("year")) < published and abs(start + years - int(m.group("year"))) <= 1
        for m in finditer_if_possible(pattern, doc.text)
    )


@functools.cache
def _ordinals(code: str) -> dict[str, int]:
    """The language's ordinal words with their numbers (`elapsed_time.ordinals`), and the ordinals written as a
    hyphened ten and unit (`twenty-third`: a ten's count word, a hyphen, an ordinal below ten)."""
    data = load_file(code)
    words = {k.lower(): v for k, v in (data.elapsed_time.ordinals if data else {}).items()}
    counts, _ = span_counts(code)
    tens = {k: v for k, v in counts.items() if v in range(20, 100, 10) and k.isascii() and k.isalpha()}
    units = {k: v for k, v in words.items() if v in range(1, 10) and k.isascii() and k.isalpha()}
    return words | {f"{t}-{u}": tv + uv for t, tv in tens.items() for u, uv in units.items()}


@functools.cache
def _tens_and_units(code: str) -> tuple[str, dict[str, int]]:
    """A count of years written as hyphened words (`twenty-two`, `forty-seven`): the pattern and every such word's
    value."""
    counts, _ = span_counts(code)
    tens = {k: v for k, v in counts.items() if v in range(20, 100, 10) and k.isalpha()}
    units = {k: v for k, v in counts.items() if v in range(1, 10) and k.isascii() and k.isalpha()}
    values = {f"{t}-{u}": tv + uv for t, tv in tens.items() for u, uv in units.items()}
    if not values:
        return NEVER, {}
    return (
        rf"(?:{'|'.join(sorted(tens, key=_longest_first))})-(?:{'|'.join(sorted(units, key=_longest_first))})",
        values,
    )


@functools.cache
def _near_age_patterns(code: str) -> tuple[tuple[re.Pattern[str], re.Pattern[str], str], ...]:
    """The ages read only beside a start year in their sentence or the one before or after in their paragraph, each
    (pattern with group `n` or `word`, the words it cannot match without, its kind): a count of years how long
    something has lasted after a perfect verb (`has been … for 90 years`), a count opening a sentence or a quote told
    from a start, or set off by commas inside one (`Thirty years on`, `and, 12 years on, has 44`), the ordinal of the
    thing's own year (`its 41st full year`), a Korean count of years since a start (`6년 만에`, `15년 동안`)."""
    w = link_alternations(code)
    counts, number = span_counts(code)
    compound, _ = _tens_and_units(code)
    ahead = w.age_told_ahead
    count = rf"(?P<n>{compound}|{number})" if compound != NEVER else rf"(?P<n>{number})"
    found = []
    if w.age_near_lasting != NEVER and w.age_perfect_now != NEVER:
        # (`for almost three years`: at most that long, `[link.length_under]`)
        under = rf"(?:(?P<under>{w.length_under})\s+)?" if w.length_under != NEVER else ""
        found.append(
            (rf"\b(?:{w.age_near_lasting})\s+{under}{count}\s+(?:{w.elapsed_years})\b", w.elapsed_years, _LASTING)
        )
    if w.age_after_count != NEVER:
        found.append(
            (
                rf"(?:^|(?<=[.!?]\s)|(?<=[\"“]))(?:{w.age_sentence_in})?{count}\s+(?:{w.elapsed_years})"
                rf",?\s+(?:{w.age_after_count})\b",
                w.age_after_count,
                _AFTER,
            )
        )
        # (set off by commas inside a sentence: `formed in 2014 by 11 members and, 12 years on, has 44`)
        found.append(
            (rf"(?<=,\s){count}\s+(?:{w.elapsed_years})\s+(?:{w.age_after_count})(?=,)", w.age_after_count, _AFTER)
        )
    if w.age_ago_count != NEVER:
        # (`Twelve years ago, the shop had …`, `13년 전 …`: a count back from now to the start year told beside it; a
        # language that writes the year's unit flush, `13년`, with no space)
        found.append(
            (
                rf"(?:^|(?<=[.!?]\s)|(?<=[\"“])){count}\s*(?:{w.elapsed_years}),?\s+(?:{w.age_ago_count})\b",
                w.age_ago_count,
                _AGO,
            )
        )
    if w.age_sentence_in != NEVER and w.age_perfect != NEVER:
        # (`"In 22 years we have …"`: opening a quotation, beside the start year of the sentence before)
        found.append(
            (
                rf"(?<=[\"“])(?:{w.age_sentence_in}){count}\s+(?:{w.elapsed_years})"
                rf"(?=,?\s+(?:(?!{ahead})[^\W\d_]+\s+){{0,3}}?(?:{w.age_perfect})\b)",
                w.elapsed_years,
                _COUNTED_AFTER,
            )
        )
    if w.age_sentence_in != NEVER and w.age_perfect != NEVER and w.age_clause_joiners != NEVER:
        # (`started the workshop in 1979, and in 47 years we've never had …`: a later clause of the start's sentence
        # opening on the count, told with a perfect verb, a pronoun glued to it or not)
        found.append(
            (
                rf"(?:{w.age_clause_joiners})(?:{w.age_sentence_in}){count}\s+(?:{w.elapsed_years})"
                rf"(?=,?\s+(?:(?!{ahead})[^\W\d_]+\s+){{0,3}}?(?:[^\W\d_]+(?=['’]))?(?:{w.age_perfect})\b)",
                w.elapsed_years,
                _COUNTED_AFTER,
            )
        )
    if w.age_year_ordinal != NEVER and w.age_ordinal_marks != NEVER:
        ordinal_words = set(_ordinals(code))
        words = "|".join(sorted(map(re.escape, ordinal_words), key=_longest_first)) or NEVER
        found.append(
            (
                rf"(?:{w.age_year_ordinal})(?:(?P<n>\d{{1,3}})(?:{w.age_ordinal_marks})|(?P<word>{words}))"
                rf"(?:{w.age_year_ordinal_after})",
                w.age_year_ordinal,
                _YEAR_ORDINAL,
            )
        )
    if w.age_near_counts_after != NEVER:
        found.append((rf"(?<![\w.,-]){count}\s?(?:{w.age_near_counts_after})", w.age_near_counts_after, _COUNTED_AFTER))
    if w.age_marks_before != NEVER:
        # (`founded in 1951, and this winter marks 75 years since its first season`, `in the family since 1906, the farm
        # is celebrating 120 years`: whole years reached now, the object of a verb of marking; not a streak's, `marks
        # 12 years of losses`)
        not_after = rf"(?!\s+(?:{w.age_marks_not_after}))" if w.age_marks_not_after != NEVER else ""
        found.append(
            (
                rf"\b(?:{w.age_marks_before})\s+{count}\s+(?:{w.elapsed_years})\b{not_after}",
                w.age_marks_before,
                _MARKS,
            )
        )
    if w.age_since_bound_before != NEVER and w.age_since_bound_after != NEVER:
        # (`문을 연 지 55년 된 공장`: the years since the event the bound noun before the count follows)
        found.append(
            (
                rf"(?:{w.age_since_bound_before}){count}\s?(?:{w.age_since_bound_after})",
                w.age_since_bound_after,
                _COUNTED_AFTER,
            )
        )
    if w.age_this_year_ordinal_before != NEVER and w.age_this_year_ordinal_after != NEVER:
        # (`올해로 12년째`: this year is the count's ordinal year from the start told beside it)
        found.append(
            (
                rf"(?:{w.age_this_year_ordinal_before}){count}(?:{w.age_this_year_ordinal_after})",
                w.age_this_year_ordinal_before,
                _COUNTED_AFTER,
            )
        )
    if w.age_ago_count != NEVER:
        # (`the tramway shut down in 1977 after a storm, 49 years ago.`: a year restated as the years back from now,
        # apposed to its clause)
        found.append(
            (
                rf"(?<=[^\W\d_]),\s+{count}\s+(?:{w.elapsed_years})\s+(?:{w.age_ago_count})\b(?=\s*[.,;:!?)\"”])",
                w.age_ago_count,
                _AGO_APPOSED,
            )
        )
    if w.age_ago_started_before != NEVER and w.age_ago_count != NEVER:
        found.append(
            (
                rf"(?:{w.age_ago_started_before}){count}\s+(?:{w.elapsed_years})\s+(?:{w.age_ago_count})\b",
                w.age_ago_count,
                _AGO_STARTED,
            )
        )
    if w.age_subject_ordinal_before != NEVER and w.age_this_year_ordinal_after != NEVER:
        # (`1990년 개업한 약국은 36년째`: the ordinal year of the subject its start's clause tells of)
        found.append(
            (
                rf"(?:{w.age_subject_ordinal_before}){count}(?:{w.age_this_year_ordinal_after})",
                w.age_this_year_ordinal_after,
                _SUBJECT_ORDINAL,
            )
        )
    if w.age_start_nouns_before != NEVER and w.age_start_noun_count_after != NEVER:
        # (`개통 1년`, `창업 40년 만에`: a count of years from the start its noun names)
        found.append(
            (
                rf"(?<!\w)(?:{w.age_start_nouns_before})\s?{count}(?:{w.age_start_noun_count_after})",
                w.elapsed_years,  # (the text is told of none by the unit, one word, not the nouns' alternation)
                _START_NOUN,
            )
        )
    if w.age_status_count_before != NEVER and w.age_start_noun_count_after != NEVER:
        # (`2014년 … 등록돼 올해로 등록 12년을 맞았다`: the years a status has held, from the year its verb gives it)
        found.append(
            (
                rf"(?:{w.age_status_count_before}){count}(?:{w.age_start_noun_count_after})",
                w.elapsed_years,
                _START_NOUN,
            )
        )
    if w.age_old_after != NEVER:
        # (`a 225-year-old barn`, `176 years old`, `at 143 years, the oldest`)
        found.append((rf"(?<![\w.,-]){count}(?:{w.age_old_after})", w.age_old_after, _AGE_OF))
    if w.age_since_back_before != NEVER and w.age_since_back_after != NEVER:
        found.append(
            (rf"(?:{w.age_since_back_before}){count}(?:{w.age_since_back_after})", w.age_since_back_after, _SINCE_BACK)
        )
    if w.age_apposed_count != NEVER and w.age_start_since != NEVER:
        found.append(
            (
                rf"(?<=\d{{4}}),\s+(?:(?:{w.age_apposed_count})\s+)?{count}\s+(?:{w.elapsed_years})"
                rf"(?=\s*[.,;:!?)\"”]|\s+(?:{w.age_apposed_count_after})\b)",
                w.age_start_since,
                _APPOSED,
            )
        )
    return tuple((compile_re(p, re.I | re.M), compile_re(rf"(?:{needed})", re.I), kind) for p, needed, kind in found)


@functools.cache
def _every_age_word(code: str) -> re.Pattern[str]:
    """The words of any age, read everywhere or only beside its start: one search tells a text of none."""
    patterns = _age_patterns(code)
    needed = [p.pattern for _, p, _ in _near_age_patterns(code)]
    if patterns is not None:
        needed.append(patterns[2].pattern)
    return compile_re("|".join(f"(?:{n})" for n in needed) or NEVER, re.I)


@functools.cache
def _near_age_words(code: str) -> tuple[re.Pattern[str], ...]:
    """(a perfect verb up to now, words that make a lasting count another length, a past verb, words of a time
    ahead)."""
    w = link_alternations(code)
    return (
        compile_re(rf"(?:{w.age_perfect_now})", re.I),
        compile_re(rf"(?:{w.age_lasting_vetoes})", re.I),
        compile_re(rf"(?:{w.age_past_verbs})", re.I),
        compile_re(rf"(?:{w.age_told_ahead})", re.I),
    )


@functools.cache
def _step_after(code: str) -> re.Pattern[str] | None:
    """Right after a count of years, a verb and a word of what follows it (`3년 동안 햇볕에 말린 뒤에야`:
    `[link.age_step_after]`): one step of a process, no age."""
    w = link_alternations(code)
    return compile_re(rf"(?:{w.age_step_after})", re.I) if w.age_step_after != NEVER else None


# between a year's digits and an age right after it, its unit letter at most (`2001년 쉰 살에`)
_YEAR_TAIL = compile_exact(r"[^\W\d_]?\s*")


@functools.cache
def _from_a_persons_age(code: str) -> re.Pattern[str] | None:
    """Between a start's year and a count of years, a person's age a run of its own starts at (`쉰 살에`, `at the age
    of`: `[link.age_from_a_persons_age]`); None where the language names none."""
    w = link_alternations(code)
    return compile_re(rf"(?:{w.age_from_a_persons_age})", re.I) if w.age_from_a_persons_age != NEVER else None


@functools.cache
def _age_words(code: str) -> tuple[re.Pattern[str], ...]:
    """(a start verb, a record or compared figure before `since`, a person's possessive right before a count, a
    past time the count is told of)."""
    w = link_alternations(code)
    return (
        compile_re(rf"\b(?:{w.age_start_verbs})\b", re.I),
        compile_re(rf"\b(?:{w.age_since_vetoes})", re.I),
        compile_re(rf"(?:{w.age_other_owner})", re.I),
        compile_re(rf"(?:{w.age_told_of_past})", re.I),
    )


def link_ages_from_start_years(doc: ArticleView, published, published_assumed: bool) -> list[ElapsedSpan]:
    """Every age of something (`a 73-year tradition`, `In 23 years the hut has`, `its 50th anniversary`) read as the
    years from the one year its text says it began (`founded in 1935`, `since 2004`, `1974년 창립`) to the
    publication year.

    An age is a count of years written as one (hyphened before `history` or `mark`, `years of business`, `in its N
    years`, `In N years` opening a sentence, told with a perfect verb) or the ordinal of an anniversary. An ordinal of
    an edition or a season is none: a yearly event skips years. Its start is a year its sentence dates as a beginning:
    after `in` with a verb of founding, opening, planting in its clause (`[link.age_start_verbs]`), after `since` in a
    clause with no record or compared figure (`the highest since 2019`, `up 4% since 2019`: `[link.age_since_vetoes]`),
    or right before a word of founding (`[link.age_start_after_year]`). Which start is the age's is decided by where it
    stands: the one start year of the age's own sentence, else of the sentence before or after in its paragraph, else
    the one start year of the whole article; two start years there (which one is unsaid), a person's possessive before
    the count (`his 12th season`), a bound (`more than 20 years old`), another year in the age's sentence (`bought it in
    1946, and in their 80 years`: another start), a count inside a quotation (a speaker's own time), a person's age
    between the start and the count (`쉰 살에 … 시작해 20년째`: a run from that age), or a start year not before the
    publication's, and nothing is read. Ages read only beside their start (`_near_age_patterns`: `has been … for 90
    years`, `Thirty years on`, `"In 22 years we have"`, `its 41st full year`, `6년 만에`, `it started with 30
    years ago`) count from a start of their sentence or the one beside it, written before them, never the article's far
    one; a quotation is no veto there
    (its start is told beside it), and the start's year may be counted or not. A count right after a word making it a
    part of the run (`처음 3년 동안`, `the first 12 years`) is no age. An age is whole years to the publication
    year; to the publication, a reading: a warning at most."""
    if published is None or published_assumed:
        return []
    patterns = _age_patterns(doc.language)
    if patterns is None:
        return []
    ages, starts, _ = patterns
    near = _near_age_patterns(doc.language)
    every_age_word = _every_age_word(doc.language)
    if not may_match(every_age_word, doc.text) or every_age_word.search(doc.text) is None:
        return []
    start_verb, since_veto, other_owner, told_of_past = _age_words(doc.language)
    found: list[tuple[re.Match[str], str | None]] = []
    # (a needed pattern of several readings is searched for once: by its id, a pattern's hash reads its program)
    absent: set[int] = set()
    for pattern, needed, kind in (*((p, n, None) for p, n in ages), *near):
        if id(needed) in absent:
            continue
        if not may_match(needed, doc.text) or needed.search(doc.text) is None:
            absent.add(id(needed))
            continue
        for match in pattern.finditer(doc.text):
            found.append((match, kind))
            if len(found) > _MOST_AGES:
                break
    if not found:
        return []  # (no age written: the text is not searched for its start years)
    by_sentence: dict[int, list[_Start]] = defaultdict(list)
    read = 0
    for pattern in starts:
        for match in pattern.finditer(doc.text):
            how = _a_start(doc, match, start_verb, since_veto)
            if not how:
                continue
            by_sentence[doc.segments.sentence_of(match.start("year"))].append(
                _Start(
                    int(match.group("year")),
                    match.start("year"),
                    match.end("year"),
                    # (a start read only beside a count: its word of starting far from its year, or a person's own)
                    bool(match.groupdict().get("far")) or how == _NEAR_ONLY,
                    own_sentence=bool(match.groupdict().get("far")),
                    persons=how == _NEAR_ONLY,
                )
            )
            read += 1
            if read > _MOST_STARTS:
                return []  # (a list of dates: which one an age counts from is not read)
    relative = _relative_start(doc.language)
    if relative is not None:
        for match in finditer_if_possible(relative, doc.text):
            # (`지난해 5월 문을 연`: a start in the year before the publication's, read only beside a count)
            by_sentence[doc.segments.sentence_of(match.start())].append(
                _Start(published.year - 1, match.start(), match.end("date"), True)
            )
            read += 1
            if read > _MOST_STARTS:
                return []
    every_year = {m.year for ms in by_sentence.values() for m in ms if not m.near_only}
    # (where a start is a year told from the publication's, that word dates the start, not the count)
    relative_ats = {m.at for ms in by_sentence.values() for m in ms if m.near_only}
    counts, _ = span_counts(doc.language)
    ordinal_words = _ordinals(doc.language)
    _, compound_values = _tens_and_units(doc.language)
    out: dict[int, ElapsedSpan] = {}
    for match, kind in found:
        which = "n" if match.group("n") else "word"
        if other_owner.search(doc.text, max(0, match.start(which) - 8), match.start(which)):
            continue  # (`his 12th season`: a person's own count)
        part = _part_right_before(doc.language)
        if part is not None and part.search(doc.text, max(0, match.start(which) - _PART_REACH), match.start(which)):
            continue  # (`처음 3년 동안`, `for the first 12 years`: a part of the run, not its age)
        bound_before, bound_after = _bound_around(doc.language)
        if (
            bound_before is not None
            and bound_before.search(doc.text, max(0, match.start(which) - _PART_REACH), match.start(which))
        ) or (bound_after is not None and bound_after.match(doc.text, match.end())):
            continue  # (`the boats are more than 20 years old`: a bound a group passes, no one thing's age)
        sentence_start, _ = doc.segments.sentence_bounds(doc.segments.sentence_of(match.start()), len(doc.text))
        written = match.group(which).lower()
        count = (
            int(written)
            if written.isdigit()
            else (ordinal_words.get(written) or counts.get(written) or compound_values.get(written, 0))
        )
        if count <= 0:
            continue
        if kind is not None and not _near_age_holds(doc, match, kind, sentence_start):
            continue
        step = _step_after(doc.language)
        if kind is not None and step is not None and step.match(doc.text, match.end()):
            continue  # (`3년 동안 햇볕에 말린 뒤에야`: one step of a process, told before what follows it)
        if kind == _APPOSED:
            start = _apposed_start(doc, match.start())
            if (
                start is not None
                and in_past_perfect(doc, start.at)
                and not dated_this_year(doc, dated_times(doc), start.at, published)
            ):
                continue  # (`had stood empty since 2014, 11 years`: to a past event, not to now)
        elif kind == _AGO_APPOSED:
            start = _apposed_event(doc, match.start(), sentence_start)
        elif kind == _SUBJECT_ORDINAL:
            start = _subject_start(doc, match.start(which), sentence_start) if _kept_up(doc, match.end()) else None
        elif kind == _SINCE_BACK:
            start = _start_told_back(doc, match.start(), sentence_start)
        else:
            start = _the_start(
                doc, match.start(which), by_sentence, every_year, near=kind is not None, paragraph_before=kind == _AGO
            )
        if start is None or (start.persons and kind != _LASTING):
            continue
        if start.persons and not _goes_on_with_the_start(doc, max(sentence_start, match.start() - 80), match.start()):
            continue  # (`joined the board in 2015 and has chaired it for six years`: another role's span)
        if _member_subject(doc, start, match.start(which), sentence_start):
            continue  # (`The fair began in 2010. Its director has performed for 29 years`: the member's years)
        if kind == _COUNTED_AFTER and _another_object_begun(doc, start, match.start(), sentence_start):
            continue  # (`봉사대는 2004년 … 꾸렸다. 대장을 맡은 지 9년째다`: the years of another thing begun)
        if kind in (_LASTING, _COUNTED_AFTER) and _ended_since(doc, start.year, count, published.year):
            continue  # (`1983년 개원한 유치원은 28년 동안`, it `2011년 폐원한`: the years run to the end)
        if kind == _AGO and _dated_back_beside(doc, start):
            continue  # (`founded in 1897, 129 years ago` … `"Ten years ago we …"`: the start told its own years)
        # (a past time told before the start's year in the count's sentence dates an earlier clause, not the count:
        # `… up on last year, and the line, begun in 2015, is in its 12th year`)
        told_from = start.end if sentence_start <= start.at < match.start(which) else sentence_start
        if any(
            past.start() not in relative_ats
            and not _FIGURE_RIGHT_BEFORE.search(doc.text, max(0, past.start() - 24), past.start())
            for past in told_of_past.finditer(doc.text, told_from, match.start(which))
        ):
            continue  # (`지난해 36번째 시즌`, `last year's 30th season`: told of a past year, not of now)
        if kind not in (None, _START_NOUN, _YEAR_ORDINAL, _AGE_OF) and start.at > match.start():
            continue
        persons_age = _from_a_persons_age(doc.language)
        age = persons_age.search(doc.text, told_from, match.start(which)) if persons_age is not None else None
        if age is not None and not _YEAR_TAIL.fullmatch(doc.text, start.end, age.start()):
            # (`2001년 문을 연 … 그는 "쉰 살에 배를 타기 시작해 올해로 20년째"`: a run from a person's age; an age right
            # after the start's year, `2001년 쉰 살에 가게를 열어`, is the age that year)
            continue
        if kind == _AGO_STARTED and start.end <= match.start() and ";" in doc.text[start.end : match.start()]:
            continue  # (`founded in 1990 and bought the mill; it opened 120 years ago`: another clause's thing)
        if kind == _MARKS and not _marks_the_start(doc, match.start(), start, sentence_start):
            continue  # (`The hall was built in 1946. The choir marks 30 years …`: another thing's years)
        if kind == _START_NOUN and _owned_by_another(doc, match.start(), start):
            continue  # (`…합창단은 이웃 한빛합창단의 창단 30주년 행사에`: another owner's founding)
        if kind == _AGE_OF and not _starts_its_subject(doc, start, match.start(), sentence_start):
            continue
        if kind == _AGE_OF and (
            _AGE_AS_A_NOUN[doc.language].match(doc.text, match.end())
            or _AGE_AS_A_NOUN_BEFORE[doc.language].search(doc.text, max(0, match.start() - 12), match.start())
            or (
                _AGE_AS_BEFORE[doc.language].search(doc.text, max(0, match.start() - 12), match.start())
                and _AGE_CLAUSE_ENDS[doc.language].match(doc.text, match.end())
            )
        ):
            continue  # (`from a 9-year-old from Oxley to a 90-year-old who …`: a person of that age, no thing's)
        if (
            start.own_sentence
            and doc.segments.sentence_of(start.at) != doc.segments.sentence_of(match.start())
            and not _opens_the_next_sentence(doc, start, match.start(which), match.end(), sentence_start)
        ):
            continue  # (`1990년 대전의 한 골목에서 출발한 식당이다. 주방장은 20년 동안`: another subject's years)
        # (`has kept the shop for 9 years, since 2017, and …`: a count read beside its start follows it)
        year = start.year
        if year >= published.year:
            continue
        _, sentence_end = doc.segments.sentence_bounds(doc.segments.sentence_of(match.start()), len(doc.text))
        decade = _decade_after(doc.language)
        years_until = sentence_end
        if kind == _AGE_OF:
            # (`built in 1868 and at 158 years one of the oldest, was closed in May 2025`: the age a thing has now is
            # told in its own clause; a year after the clause break that closes it dates another event)
            closed = _CLAUSE_BREAK.search(doc.text, match.end(), sentence_end)
            years_until = closed.start() if closed is not None else sentence_end
        if any(
            int(other.group(0)) != year and not decade.match(doc.text, other.end())
            for other in _A_YEAR.finditer(doc.text, sentence_start, years_until)
        ):
            # (`marked its 30th anniversary in 2024`: told of another year; `bought it in 1946, and in their 80
            # years`: counted from another start than the one read)
            continue
        if kind is None and _QUOTE_OPENS.search(doc.text, sentence_start, match.start(which)):
            continue  # (`"In 20 years I have not seen …"`: a speaker's own time, not the start's)
        since, until, inclusive = Period.of_year(year), Period.of_year(published.year), kind is not None
        finer = _finer_start(doc, start) if kind in (_LASTING, _APPOSED) else None
        if finer is not None:
            # (`opened on 14 December 2024, has now run for almost three years`: a length from a start written to the
            # month or day is counted from it to the day of writing, not by the years' numbers; an ordinal year,
            # `올해로 4년째`, counts the year under way, both ends)
            since, until, inclusive = finer, Period.of_day(published.year, published.month, published.day), False
        out.setdefault(
            match.start(which),
            ElapsedSpan(
                start=match.start(which),
                end=match.end(),
                text=doc.text[match.start(which) : match.end()],
                months=count * 12,
                unit="year",
                under=bool(match.groupdict().get("under")),
                since=str(since),
                since_span=Span(start=start.at, end=start.end),
                until=str(until),
                until_span=None,
                # (an age read beside its start: `6년 만에`, `its 41st year`, `for 30 years` may count the start's
                # year or not)
                inclusive=inclusive,
            ),
        )
    return list(out.values())


# Before a count opening its sentence, what may stand: spaces and a quotation's opening.
_OPENING = compile_exact(r"[\s\"“‘']*")
# after a possessive opening a sentence, a few words and a noun of a person or role (`its artistic director`)
# right after an age in years written as one word (`a 9-year-old from Oxley`), words that make it a noun itself, a
# person of that age, not the age of a thing it stands before (`a 225-year-old barn`)
_AGE_AS_A_NOUN = ByLanguage(lambda w: rf"(?<=-old)\s*(?:{w.age_as_noun_after})", re.I)
# right before such an age, a preposition and an indefinite article (`founded by a 16-year-old`): a person's age
_AGE_AS_A_NOUN_BEFORE = ByLanguage(lambda w: rf"(?<![^\W\d_])(?:{w.age_as_noun_before})\s+$", re.I)
# (`as a nine-year-old, said`: `as a` makes a person's age only when no noun follows the age, `listed as a 50-year-old
# structure` being the thing's)
_AGE_AS_BEFORE = ByLanguage(lambda w: rf"(?<![^\W\d_])(?:{w.age_as_noun_as_before})\s+$", re.I)
_AGE_CLAUSE_ENDS = ByLanguage(lambda w: rf"(?<=-old)\s*(?:{w.age_as_noun_clause_ends})", re.I)
_MEMBER_ROLE = ByLanguage(lambda w: rf"(?:[^\W\d_]+\s+){{0,2}}?(?:{w.member_role_nouns})(?![^\W\d_])", re.I)


def _opens_the_next_sentence(doc: ArticleView, start: _Start, at: int, end: int, sentence_start: int) -> bool:
    """Whether a count of years at `at` opens the sentence right after its start's, in one paragraph (`2011년 농가 6곳에
    종근을 나눠주며 재배를 시작했다. 15년 만에 재배 농가가 46곳 늘었다`): no subject of its own stands before it, so
    the years are those of what the start's sentence began, when its sentence tells them as reaching now or the point
    told (`15년 만에`, not `20년 동안 서울에서 회사를 다녔다`: background from before the start)."""
    if doc.segments.sentence_of(at) != doc.segments.sentence_of(start.at) + 1:
        return False
    if doc.segments.paragraph_of(at) != doc.segments.paragraph_of(start.at):
        return False
    if _OPENING.fullmatch(doc.text, sentence_start, at) is None and not _opens_on_this_year(doc, sentence_start, at):
        return False
    reaches = _reaches_now(doc.language)
    if reaches is None:
        return True
    _, sentence_end = doc.segments.sentence_bounds(doc.segments.sentence_of(at), len(doc.text))
    return reaches.search(doc.text, at, sentence_end) is not None


def _opens_on_this_year(doc: ArticleView, sentence_start: int, at: int) -> bool:
    """Whether only the word making this year the count's ordinal year stands before the count in its sentence
    (`올해로 16년째다.`: `[link.age_this_year_ordinal_before]`), the count opening its sentence all the same."""
    pattern = _this_year_opening(doc.language)
    return pattern is not None and pattern.fullmatch(doc.text, sentence_start, at) is not None


@functools.cache
def _this_year_opening(code: str) -> re.Pattern[str] | None:
    w = link_alternations(code)
    if w.age_this_year_ordinal_before == NEVER:
        return None
    return compile_re(rf"[\s\"“‘']*(?:{w.age_this_year_ordinal_before})", re.I)


@functools.cache
def _reaches_now(code: str) -> re.Pattern[str] | None:
    """In a sentence a count of years opens, the words that tell the count as the time since its start up to now or
    to the point told (`15년 만에`, `15년째`, `15년이 지난`, `20년 동안 지켜왔다`:
    `[link.elapsed_opening_reaches_now]`); None where the language lists none."""
    words = link_alternations(code).elapsed_opening_reaches_now
    return None if words == NEVER else compile_re(rf"(?:{words})", re.I)


def _finer_start(doc: ArticleView, start: _Start) -> Period | None:
    """The month or day the reader dated a start's year in (`on 14 December 2024`), or None for a year alone."""
    at = bisect.bisect_right(doc.time_starts, start.at) - 1
    if at < 0 or doc.times[at].end < start.end:
        return None
    period = Period.parse(doc.times[at].period)
    return period if period is not None and period.grain in ("day", "month") and period.year == start.year else None


@functools.cache
def _owner_words(code: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """(right before a noun of starting, its owner in the genitive: `한빛합창단의 창단 30주년`; the particle that closes
    a clause's subject: `솔빛합창단은 `)."""
    w = link_alternations(code)
    if NEVER in (w.age_start_noun_owner_before, w.age_start_noun_subject_closed):
        return None
    return (
        compile_re(rf"(?:{w.age_start_noun_owner_before})$"),
        compile_re(rf"(?:{w.age_start_noun_subject_closed})"),
    )


def _owned_by_another(doc: ArticleView, at: int, start: _Start) -> bool:
    """A noun of starting whose owner, written in the genitive right before it, comes after a subject the start's
    clause closed (`1975년 창단한 솔빛합창단은 올해 이웃 한빛합창단의 창단 30주년`): the count is that other owner's,
    not the start's; an owner the start's clause runs into (`지난해 문을 연 솔빛도서관의 개관 1년`) is its subject."""
    words = _owner_words(doc.language)
    if words is None or not start.at < at:
        return False
    owner_before, subject_closed = words
    owner = owner_before.search(doc.text, max(start.end, at - _PART_REACH - 8), at)
    return owner is not None and subject_closed.search(doc.text, start.end, owner.start()) is not None


@functools.cache
def _subject_start_pattern(code: str) -> re.Pattern[str] | None:
    """A start's year, its word of starting, then the subject that clause tells of, closing the text before an
    ordinal year: no clause break and no other figure between them (`1990년 역 앞 골목에서 개업한 약국은 `)."""
    w = link_alternations(code)
    after_year = "|".join(f"(?:{a})" for a in (w.age_start_after_year, w.age_start_after_year_near) if a != NEVER)
    if not after_year:
        return None
    month_day = rf"(?:\D{{1,2}}(?:{w.age_start_month_day}))?" if w.age_start_month_day != NEVER else ""
    return compile_re(
        rf"{_START_YEAR}{month_day}\D{{1,2}}[^.!?\d,;:]{{0,{_SUBJECT_ORDINAL_REACH}}}?(?:{after_year})"
        rf"[^.!?\d,;:]{{0,{_SUBJECT_ORDINAL_REACH}}}$",
        re.I,
    )


@functools.cache
def _kept_up_words(code: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(a verb of keeping something up to now, `[link.age_subject_ordinal_kept]`; a result counted as a streak,
    `[link.age_subject_ordinal_streaks]`)."""
    w = link_alternations(code)
    return (
        compile_re(rf"(?:{w.age_subject_ordinal_kept})", re.I),
        compile_re(rf"(?:{w.age_subject_ordinal_streaks})", re.I),
        compile_re(rf"(?:{w.age_subject_ordinal_other_object})", re.I),
    )


# the clause after an ordinal year: up to its break or its sentence's end
_CLAUSE_END = compile_exact(r"[,;.!?\n]")


def _kept_up(doc: ArticleView, end: int) -> bool:
    """Whether the clause after an ordinal year ending at `end` keeps something up to now (`55년째 가마를 지키고
    있다`, `36년째 두부만 만들어 왔다`) and counts no result (`3년째 적자를 냈다`, `… 적자를 내고 있다`: a streak's
    years, not the subject's age)."""
    stop = _CLAUSE_END.search(doc.text, end)
    clause = doc.text[end : stop.start() if stop else len(doc.text)]
    kept, streak, other = _kept_up_words(doc.language)
    # (`10년째 유기농 인증을 유지해 왔다`: the years of a thing the subject keeps, not of the subject)
    return kept.search(clause) is not None and streak.search(clause) is None and other.search(clause) is None


def _subject_start(doc: ArticleView, at: int, sentence_start: int) -> _Start | None:
    """The start an ordinal year at `at` right after its subject counts from: the year of its own sentence whose
    clause of starting tells of that subject (`1990년 … 개업한 약국은 36년째`), not one of another clause
    (`1990년 개업한 약국은 지난해 매출이 … 3년째`: a figure or a clause break between them)."""
    pattern = _subject_start_pattern(doc.language)
    if pattern is None:
        return None
    match = pattern.search(doc.text, max(sentence_start, at - 3 * _SUBJECT_ORDINAL_REACH), at)
    if match is None:
        return None
    return _Start(int(match.group("year")), match.start("year"), match.end("year"), True)


@functools.cache
def _other_subject_opening(code: str) -> re.Pattern[str]:
    """Opening a clause, words making its subject a member or part of what a start began
    (`[link.anniversary_other_subject]`: `its oldest keeper`, `the club's captain`)."""
    w = link_alternations(code)
    return compile_re(rf"\s*(?:{w.anniversary_other_subject})", re.I)


def _marks_another_subject(doc: ArticleView, at: int, sentence_start: int) -> bool:
    """Whether the clause of a verb of marking at `at` opens on a subject other than what began (a possessive before
    its noun) or names one by a capital past its first word (`Ann Lee marks 30 years`)."""
    breaks = list(_CLAUSE_BREAK.finditer(doc.text, sentence_start, at))
    clause = doc.text[breaks[-1].end() if breaks else sentence_start : at]
    if _other_subject_opening(doc.language).match(clause):
        return True
    words = re.findall(r"[^\W\d_]+", clause)
    return any(word[0].isupper() for word in words[1:])


def _marks_the_start(doc: ArticleView, at: int, start: _Start, sentence_start: int) -> bool:
    """Whether a verb of marking at `at` tells of what its start began: a start of its own sentence, or of the sentence
    before when the last word of the clause's subject is written in the start's sentence (`The choir was formed in
    1962. The choir marks …`)."""
    if doc.segments.sentence_of(start.at) == doc.segments.sentence_of(at):
        return True
    breaks = list(_CLAUSE_BREAK.finditer(doc.text, sentence_start, at))
    words = re.findall(r"[^\W\d_]+", doc.text[breaks[-1].end() if breaks else sentence_start : at])
    if not words:
        return False
    begin, end = doc.segments.sentence_bounds(doc.segments.sentence_of(start.at), len(doc.text))
    return re.search(rf"\b{re.escape(words[-1])}\b", doc.text[begin:end], re.I) is not None


def _near_age_holds(doc: ArticleView, match: re.Match[str], kind: str, sentence_start: int) -> bool:
    """The structural conditions of an age read beside its start: a lasting count after a perfect verb of its
    sentence with no word of a term, a purpose or a last time between them; a count told from a start with no past
    verb after it; none told of a time ahead."""
    perfect, lasting_veto, past_verb, told_ahead = _near_age_words(doc.language)
    _, sentence_end = doc.segments.sentence_bounds(doc.segments.sentence_of(match.start()), len(doc.text))
    # (up to the close of a quotation after the count: the next quotation of its sentence is another statement)
    closes = _QUOTE_CLOSES.search(doc.text, match.end(), sentence_end)
    until = closes.start() if closes else sentence_end
    # (`"In 68 years we have learned that people will …"`: a clause told as what was learned or said, after the count,
    # is not the count's time)
    opening = _object_clause(doc.language).search(doc.text, match.end(), until)
    if told_ahead.search(doc.text, sentence_start, opening.start() if opening else until):
        return False
    if kind == _MARKS and _marks_another_subject(doc, match.start(), sentence_start):
        return False
    if kind == _LASTING:
        verbs = list(perfect.finditer(doc.text, sentence_start, match.start()))
        if not verbs:
            return False
        between = doc.text[verbs[-1].end() : match.start()]
        if lasting_veto.search(between) or _age_words(doc.language)[1].search(_A_YEAR.sub("", between)):
            return False
    if kind != _AFTER:
        return True
    # (`Ten years later it closed`: a past verb after the count tells another time; one after a verb in the present,
    # `Five years on it has 240 registered members`, is no verb of the clause)
    past = past_verb.search(doc.text, match.end(), sentence_end)
    return past is None or _present_verb(doc.language).search(doc.text, match.end(), past.start()) is not None


@functools.cache
def _object_clause(code: str) -> re.Pattern[str]:
    """The word opening a clause told as an object (`that`, `[link.age_object_clause_opening]`)."""
    return compile_re(rf"(?:{link_alternations(code).age_object_clause_opening})", re.I)


@functools.cache
def _present_verb(code: str) -> re.Pattern[str]:
    """A verb in the present after a count of years told from a start (`[link.age_present_verbs]`)."""
    return compile_re(rf"(?:{link_alternations(code).age_present_verbs})", re.I)


# A start read only beside a count of years (`_a_start`): a person's own run (`joined the firm in 1970`).
_NEAR_ONLY = "near"


def _a_start(
    doc: ArticleView, match: re.Match[str], start_verb: re.Pattern[str], since_veto: re.Pattern[str]
) -> bool | str:
    """A year after `in` with a start verb in its clause, or after `since` with no record or compared figure in its
    clause; a year before a word of founding is one as it stands. A year after `in` with only a verb of a person's own
    start in its clause (`joined the firm in 1970`: `[link.age_start_verbs_near]`) is one read only beside a count
    (`_NEAR_ONLY`)."""
    groups = match.groupdict()
    if not groups.get("verb") and not groups.get("since"):
        return True
    sentence_start, _ = doc.segments.sentence_bounds(doc.segments.sentence_of(match.start()), len(doc.text))
    clause = doc.text[max(sentence_start, match.start() - _START_REACH) : match.start()]
    marks = list(_CLAUSE_MARK.finditer(clause))
    clause = clause[marks[-1].end() :] if marks else clause
    if _part_owner(doc.language).match(clause.lstrip()) and not _start_object(doc.language).search(clause):
        # (`its new organ was built in 2011`: a part's start, not that of what the age is of; `whose father opened
        # the bakery in 1962` starts its definite object, not the father)
        return False
    if groups.get("since"):
        return since_veto.search(clause) is None
    if start_verb.search(clause) is not None:
        return True
    near = _near_start_verb(doc.language)
    return _NEAR_ONLY if near is not None and near.search(clause) is not None else False


@functools.cache
def _person_lasting(code: str) -> re.Pattern[str] | None:
    """A perfect verb, then a verb that goes on with a person's own start (`has been`, `has run`:
    `[link.age_person_lasting_verbs]`); None where the language has none."""
    w = link_alternations(code)
    if NEVER in (w.age_person_lasting_verbs, w.age_perfect_now):
        return None
    return compile_re(rf"(?:{w.age_perfect_now})\s+(?:[^\W\d_]+\s+)?(?:{w.age_person_lasting_verbs})\b", re.I)


def _goes_on_with_the_start(doc: ArticleView, begin: int, at: int) -> bool:
    """Whether the count of years at `at` is told by a verb going on with a person's own start (in `begin`..`at`)."""
    pattern = _person_lasting(doc.language)
    return pattern is not None and pattern.search(doc.text, begin, at) is not None


@functools.cache
def _near_start_verb(code: str) -> re.Pattern[str] | None:
    """A verb of a person's own start (`[link.age_start_verbs_near]`), or None where the language has none."""
    w = link_alternations(code)
    return compile_re(rf"\b(?:{w.age_start_verbs_near})\b", re.I) if w.age_start_verbs_near != NEVER else None


def _starts_its_subject(doc: ArticleView, start: _Start, at: int, sentence_start: int) -> bool:
    """Whether the start a thing's age at `at` counts from dates its clause's own subject (`built in 1881`, `since it
    was founded in 1848`): a start after the age only in its sentence, and a clause neither of a person's relative
    (`the 60-year-old owner, who opened the cafe in 2001`: the owner's act) nor of an active verb with a definite
    object (`… founded the dairy in 1951`: the dairy's start, not the subject's)."""
    if start.at > at and doc.segments.sentence_of(start.at) != doc.segments.sentence_of(at):
        return False
    begin, _ = doc.segments.sentence_bounds(doc.segments.sentence_of(start.at), len(doc.text))
    clause = doc.text[max(begin, start.at - _START_REACH) : start.at]
    marks = list(_CLAUSE_MARK.finditer(clause))
    clause = clause[marks[-1].end() :] if marks else clause
    clause = re.sub(r"(?:\b(?:in|on)\s+" + _MONTH_DAY + r")$", "", clause)
    person = _person_relative(doc.language)
    return not (person.match(clause.lstrip()) or _start_object(doc.language).search(clause))


@functools.cache
def _person_relative(code: str) -> re.Pattern[str]:
    """Opening a start's clause, the relative pronoun of a person (`who`, `[link.age_person_relative]`)."""
    return compile_re(rf"(?:{link_alternations(code).age_person_relative})", re.I)


@functools.cache
def _decade_after(code: str) -> re.Pattern[str]:
    """Right after a year's digits, the mark of a decade (`1970s`, `[link.age_decade_after]`): no other year."""
    return compile_re(rf"(?:{link_alternations(code).age_decade_after})", re.I)


@functools.cache
def _start_object(code: str) -> re.Pattern[str]:
    """Closing a start's clause before its year, a start verb's definite object (`founded the mill in`,
    `[link.age_start_object]`): the clause starts that thing, not its subject."""
    w = link_alternations(code)
    return compile_re(rf"\b(?:{w.age_start_verbs})\s+(?:{w.age_start_object})", re.I)


@functools.cache
def _part_owner(code: str) -> re.Pattern[str]:
    """Opening a start's clause, a possessive that makes its subject a part or member of something
    (`[link.anniversary_other_subject]`)."""
    return compile_re(rf"(?:{link_alternations(code).anniversary_other_subject})", re.I)


def _member_subject(doc: ArticleView, start: _Start, at: int, sentence_start: int) -> bool:
    """Whether the count's sentence, not the start's, opens on a possessive and a person or role making its subject
    a member of what the start began (`Its director, …, has performed for 29 years`, `The club's head coach has …`:
    `[link.anniversary_other_subject]`, `[link.member_role_nouns]`): that one's years, no age of the thing. A
    possessive naming the thing itself (`The town's festival`, `Today's bridge`, `Its doors`) is no member."""
    if doc.segments.sentence_of(start.at) == doc.segments.sentence_of(at):
        return False
    opening = _OPENING.match(doc.text, sentence_start)
    owner = _part_owner(doc.language).match(doc.text, opening.end() if opening else sentence_start)
    if owner is None or owner.end() >= at:
        return False
    role = _MEMBER_ROLE[doc.language].match(doc.text, owner.end())
    return role is not None and role.end() <= at


@functools.cache
def _since_object(code: str) -> re.Pattern[str] | None:
    """Right before a count bound by the time since an event, the object of that event's clause (`대장을 맡은 지`:
    `[link.age_since_object]`), its noun in group `noun`."""
    w = link_alternations(code)
    if w.age_since_object == NEVER:
        return None
    return compile_re(rf"(?<![^\W\d_])(?P<noun>[^\W\d_]{{2,}}?)(?:{w.age_since_object})$", re.I)


def _another_object_begun(doc: ArticleView, start: _Start, at: int, sentence_start: int) -> bool:
    """Whether a count bound by the time since an event (`맡은 지 9년째`), in a later sentence than its start's, names
    as that event's object a noun the start's sentence does not (`봉사대는 2004년 … 모여 꾸렸다. 대장을 맡은 지
    9년째다`: another thing begun, a role taken; not `마을은 2017년 두레를 다시 살렸다. … 두레를 되살린 지 10년째`)."""
    start_sentence = doc.segments.sentence_of(start.at)
    if start_sentence == doc.segments.sentence_of(at):
        return False
    pattern = _since_object(doc.language)
    found = pattern.search(doc.text, sentence_start, at) if pattern is not None else None
    if found is None:
        return False
    begin, end = doc.segments.sentence_bounds(start_sentence, len(doc.text))
    return found.group("noun").lower() not in doc.text[begin:end].lower()


def _the_start(
    doc: ArticleView,
    at: int,
    by_sentence: dict[int, list[_Start]],
    every_year: set[int],
    near: bool = False,
    paragraph_before: bool = False,
) -> re.Match[str] | None:
    """The one start year an age at `at` counts from: its sentence's, else the sentence before or after in its
    paragraph, else (with `paragraph_before`: a count back from now opening a sentence) the paragraph before's,
    else (unless the age is read only `near` its start) the article's one."""
    sentence = doc.segments.sentence_of(at)
    paragraph = doc.segments.paragraph_of(at)
    rings = (
        [sentence],
        [
            other
            for other in (sentence - 1, sentence + 1)
            if other in by_sentence and doc.segments.paragraph_of(by_sentence[other][0].at) == paragraph
        ],
    )
    if paragraph_before:
        rings = (
            *rings,
            [
                other
                for other in by_sentence
                if other < sentence and doc.segments.paragraph_of(by_sentence[other][0].at) == paragraph - 1
            ],
        )
    for ring in rings:
        here = [m for other in ring for m in by_sentence.get(other, ()) if near or not m.near_only]
        if here:
            return here[0] if len({m.year for m in here}) == 1 else None
    if len(every_year) == 1 and not near:
        return next(m for ms in by_sentence.values() for m in ms if not m.near_only)
    return None


class _Start(NamedTuple):
    """A start an age counts from: its year, where that year (or the word telling it) is written, and whether it is
    read only beside a count (a year told from the publication's)."""

    year: int
    at: int
    end: int
    near_only: bool
    # (a start read only beside a count of its own sentence: its word of starting stands far from its year)
    own_sentence: bool = False
    # (a person's own start, `joined the firm in 1970`: read only for a count of lasting told with a perfect verb,
    # `has been making thimbles for 56 years`; a quotation's `In 15 years I have not seen` is the speaker's own time)
    persons: bool = False


@functools.cache
def _relative_start(code: str) -> re.Pattern[str] | None:
    """A start in a year told from the publication's (`지난해 5월 문을 연`, group `rel`), with a word of starting a few
    characters after it, as a year's start is read (`[link.age_start_relative_years]`)."""
    w = link_alternations(code)
    if w.age_start_relative_years == NEVER:
        return None
    after_year = "|".join(f"(?:{a})" for a in (w.age_start_after_year, w.age_start_after_year_near) if a != NEVER)
    if not after_year:
        return None
    month_day = rf"(?:\s?(?:{w.age_start_month_day}))?" if w.age_start_month_day != NEVER else ""
    return compile_re(
        rf"(?P<date>(?P<rel>{w.age_start_relative_years}){month_day})\s?[^.!?\d]{{0,12}}?(?:{after_year})", re.I
    )


@functools.cache
def _apposed_before(code: str) -> re.Pattern[str]:
    """`since` and a year closing the text before an apposed count of years (`… since 1995, for 31 years`)."""
    return compile_re(rf"\b(?:{link_alternations(code).age_start_since})\s+{_MONTH_DAY}{_START_YEAR}$", re.I)


# How far before an apposed count its `since` and year may stand (`since 12 September 1998, `).
_APPOSED_REACH = 40


def _apposed_start(doc: ArticleView, at: int) -> _Start | None:
    """The `since` year an apposed count of years at `at` restates (`since 1995, for 31 years`): the year right
    before its comma, whatever the clause's verb or subject (the count restates that very year)."""
    match = _apposed_before(doc.language).search(doc.text, max(0, at - _APPOSED_REACH), at)
    if match is None:
        return None
    return _Start(int(match.group("year")), match.start("year"), match.end("year"), True)


@functools.cache
def _dated_event(code: str) -> re.Pattern[str]:
    """A year an event is dated by (`in 2011`, `on 4 May 2019`, `since 2015`): what `the N years since` counts from."""
    return compile_re(rf"\b(?:in|on|{link_alternations(code).age_start_since})\s+{_MONTH_DAY}{_START_YEAR}", re.I)


def _start_told_back(doc: ArticleView, at: int, sentence_start: int) -> _Start | None:
    """The event `the N years since` at `at` counts from: the one year dated before it in its sentence, else in the
    sentence before in its paragraph. Two years there (which one is unsaid), or a year written in that region that no
    event is dated by (`the 2019 plan`), and nothing is read."""
    region = doc.text[sentence_start:at]
    region_start = sentence_start
    if not _A_YEAR.search(region):
        sentence = doc.segments.sentence_of(at)
        if sentence == 0:
            return None
        before_start, before_end = doc.segments.sentence_bounds(sentence - 1, len(doc.text))
        if doc.segments.paragraph_of(before_start) != doc.segments.paragraph_of(at):
            return None
        region, region_start = doc.text[before_start:sentence_start], before_start
    years = {m.group(0) for m in _A_YEAR.finditer(region)}
    if len(years) != 1:
        return None
    dated = list(_dated_event(doc.language).finditer(region))
    if not dated:
        return None
    match = dated[-1]
    return _Start(int(match.group("year")), region_start + match.start("year"), region_start + match.end("year"), True)


def _apposed_event(doc: ArticleView, at: int, sentence_start: int) -> _Start | None:
    """The year an apposed `, N years ago` at `at` restates: the one year of its sentence before it, an event dated
    by it (`in 1979`, `on 4 May 1979`), whatever the event's verb; none, or two years there, and nothing is read."""
    region = doc.text[sentence_start:at]
    if len({m.group(0) for m in _A_YEAR.finditer(region)}) != 1:
        return None
    dated = list(_dated_event(doc.language).finditer(region))
    if not dated:
        return None
    match = dated[-1]
    second = _second_clause(doc.language)
    if second is not None and second.search(region, match.end("year")):
        return None  # (`opened in 1964 and was rebuilt …, 34 years ago`: the length dates the nearer clause)
    return _Start(
        int(match.group("year")), sentence_start + match.start("year"), sentence_start + match.end("year"), True
    )


@functools.cache
def _second_clause(code: str) -> re.Pattern[str] | None:
    """A second verb of the subject after a dated event (`[link.apposed_ago_second_clause]`)."""
    w = link_alternations(code)
    return compile_re(rf"(?:{w.apposed_ago_second_clause})", re.I) if w.apposed_ago_second_clause != NEVER else None


_WORD = compile_exact(r"[^\W\d_]+")
_LEAST_SUBJECT = {"en": 4}  # letters of the shortest word read as a subject (`the`, `for`, `ran` are none)


@functools.cache
def _subject_words(code: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str] | None]:
    """(words passed over before a subject, subjects that refer back to the run, a subject's particle at its end:
    None in a language that marks no subject by a particle)."""
    w = link_alternations(code)
    return (
        compile_re(rf"(?:{w.run_subject_skipped or NEVER})", re.I),
        compile_re(rf"(?:{w.run_subject_refers_back or NEVER})", re.I),
        compile_re(rf"(?<=[^\W\d_]{{2}})(?:{w.topic_particles})$") if w.topic_particles not in ("", NEVER) else None,
    )


def another_subject_than_the_range(doc: ArticleView, at: int, range_start: int, range_stop: int) -> bool:
    """Whether the sentence of a length at `at`, another than the range's (`range_start`..`range_stop`), opens with a
    subject of its own that the range's sentence does not name: `The fair ran from 3 to 9 March. Organisers spent ten
    days setting up`, `선수단은 7월 1일부터 14일까지 훈련한다. 대회는 사흘간 치러진다` — the length of another
    thing's time. A subject that refers back (`It lasted`, `기간은`), none before the length (`Over seven days, …`),
    a range sentence whose own subject refers back (`The event ran from …`), or a length hyphened before a run's noun
    (`its calmest five-month season`) leaves the length the run's. In a language that marks its subjects by a
    particle (Korean), only a word ending in one is a subject (`건조에 45일이 걸린다` opens with none)."""
    start, _ = doc.segments.sentence_bounds(doc.segments.sentence_of(at), len(doc.text))
    if start <= range_start < at:
        return False  # (the range's own sentence)
    patterns = run_length_patterns(doc.language)
    if patterns is not None:
        length, run_noun = patterns[0], patterns[5]
        match = length.match(doc.text, at)
        if match is not None and run_noun.match(doc.text, match.end("length") + 1):
            return False
    subject = _subject(doc, start, at)
    if subject is not None and _needs_back_lead(doc.language).fullmatch(subject):
        # (`There were 42 concerts over the three days`: an empty subject tells what the whole run held only when a
        # definite article points the length back to it, `[link.run_length_back_lead]`; `over three days` is a part)
        lead = _back_lead(doc.language)
        return lead is None or lead.search(doc.text, max(start, at - 40), at) is None
    if subject is None or _subject_words(doc.language)[1].fullmatch(subject):
        return False
    own = _subject(doc, range_start, range_stop)
    if own is not None and _subject_words(doc.language)[1].fullmatch(own):
        return False  # (`The event ran from …`: the range's subject refers back to what the length is told of)
    named = compile_re(rf"(?<![^\W\d_])(?:{word_forms(subject)})", re.I)
    if named.search(doc.text, range_start, range_stop) is not None:
        return False
    # (`A company that leads fossil walks took 14,560 people … between March and October. Lias Fossil Walks ran 520
    # walks over the eight months`: a name whose words the range's sentence describes its subject by)
    return not any(
        compile_re(rf"(?<![^\W\d_])(?:{word_forms(word)})", re.I).search(doc.text, range_start, range_stop)
        for word in _name_words(doc.language, doc.text, start, at, subject)
    )


_NAME_WORD = compile_exact(r"[^\W\d_]{4,}")


@functools.cache
def _name_after(code: str) -> re.Pattern[str] | None:
    """The capitalized words right after a name's first (`Lias Fossil Walks`); None where the language has no
    capital letters."""
    capital = link_alternations(code).chars("capital_letters")
    return compile_re(rf"(?:\s+{capital}[^\W\d_]*)+") if capital != NEVER else None


def _name_words(code: str, text: str, start: int, stop: int, subject: str) -> list[str]:
    """The words (four letters or more) of the name a capitalized subject opens, after the subject itself: none for
    a subject that is no capitalized name."""
    after = _name_after(code)
    if after is None or not subject[:1].isupper():
        return []
    at = text.find(subject, start, stop)
    rest = after.match(text, at + len(subject)) if at >= 0 else None
    return _NAME_WORD.findall(rest.group(0)) if rest is not None else []


@functools.cache
def _needs_back_lead(code: str) -> re.Pattern[str]:
    """A subject that refers back to the run only with its length pointed back
    (`[link.run_subject_needs_back_lead]`)."""
    return compile_re(rf"(?:{link_alternations(code).run_subject_needs_back_lead or NEVER})", re.I)


@functools.cache
def _back_lead(code: str) -> re.Pattern[str] | None:
    """Right before a length, words pointing it back to the whole run (`over the`, `[link.run_length_back_lead]`)."""
    w = link_alternations(code)
    return compile_re(rf"(?:{w.run_length_back_lead})$", re.I) if w.run_length_back_lead != NEVER else None


def _subject(doc: ArticleView, start: int, stop: int) -> str | None:
    """The first word between `start` and `stop` that may be a sentence's subject (its particle dropped)."""
    skipped, refers_back, particle = _subject_words(doc.language)
    least = _LEAST_SUBJECT.get(doc.language, 2)
    modifier = None  # (an unmarked word right before a marked one: `준비 기간은` is the time of preparing)
    for word in _WORD.finditer(doc.text, start, stop):
        subject = word.group(0) if particle is None else particle.sub("", word.group(0))
        if particle is not None and subject == word.group(0):
            modifier = word if len(subject) >= least and not skipped.fullmatch(subject) else None
            continue  # (no particle: no subject where subjects are marked)
        if refers_back.fullmatch(subject):
            # (`It drew …`: a short word may refer back; `준비 기간은`: the word before names whose time it is)
            if modifier is not None and modifier.end() + 1 == word.start():
                return modifier.group(0)
            return subject
        if len(subject) < least or skipped.fullmatch(subject):
            continue
        if _COUNTED_BEFORE.search(doc.text, max(start, word.start() - 16), word.start()):
            return None  # (`Some 7,400 anglers came over 12 days`: a count's noun, no subject of its own)
        return subject
    return None


_COUNTED_BEFORE = compile_exact(r"\d\s?$")
