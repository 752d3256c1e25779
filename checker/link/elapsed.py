"""Elapsed times stated beside the dates they span: the link stage's reading for the date check.

A span of time is an elapsed time from a date only by the marks that say so, never by nearness
alone. After the span, `만에`, `만인`, `이 경과한`, `밖에 걸리` (`span_since`) run it from an earlier date to a
date written right after it (`3년 2개월 만인 2018년 6월`) or, with none, to the publication date (`…을 넘긴 뒤
8개월 만에 돌파했다`); `뒤`, `후`, `later` (`span_later`) run it only to a date written right after it (`3년 뒤
두 배가 될 전망` is a forecast), or to the publication when the clause after it is in the present perfect
(`in 2022. Four years later, the club has sold him`, `span_later_perfect`). The start is the last
date before the span, in its sentence or the one before: with no date written after the span, only
when a word between them makes that date the start (`3월 2일 이후`, `넘긴 뒤`, `그로부터`, `since`). A return
right after the span (`6년 만에 복귀`) runs it from the date before it, the departure, to the
publication. A span after a record (`5년 만에 최대`, `the first loss in 12 years`) runs from the last
such event, whose date is written, if at all, in the next sentence that opens by naming it (`Before
that, … in 2013`, `직전 적자는 2013년`): only then is it read, up to the date its own sentence gives
before it. A span whose sentence's date is its end, not its start (`2030년 5월 현재까지 4년 만에`; a start word
after a clause break, `지난 5월 … 넘어섰는데, 출시 이후 4년 만이다`), runs from the one date, with its year, of the
sentence before when an event of starting follows it there (`2026년 3월 서비스를 시작했다`: `[link.span_until_now]`,
`[link.span_start_events]`). Language words are data (`rules/lang/*.toml`, `[link.span_*]`).
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import re
from dataclasses import dataclass

from checker.extract.lang import NEVER, link_alternations, load_file
from checker.link.view import ArticleView
from checker.models import ElapsedSpan, Span, TimeRef
from checker.periods import Period
from checker.regex_cache import compile_exact, compile_re
from checker.regex_needs import may_match

# How far after a span's mark a date is still the date it runs to (`만인 2018년 6월`, `later, in 2022`),
# and how far after it a record word makes it a "first in N years" (`만에 분기 최대`, not the words of
# the next clause: `걸리지 않을 정도로 상승세가`).
_UNTIL_GAP = 8
_RECORD_WINDOW = 7
_GAP_WITHOUT_FIGURES = compile_exact(r"[^\d.!?]*")
# how far before a date the record it dates may start (`최고치였던 `)
_RECORD_BEFORE = 12
# how many sentences after a record span the one naming the last such event may come (a sentence of the
# figures between: `… for the first time in three years. The list stood at … The last time it was … was in …`)
_PREVIOUS_REACH = 2
# how far after a date the event of starting it dates may be written (`2021년 4월 중고책 거래 서비스를 시작했다`)
_STARTED_REACH = 30


# A year in a range of years (any four digits: a misdated year, `6015`, is a year misstated, not no year).
_YEAR = r"\d{4}"
_FOUR_DIGITS = compile_exact(_YEAR)


# The opening of the pattern of a span then its range of years in brackets, and the bracket on a year it needs.
_BRACKETED = r"(?<![\w.,])(?=\w)"
_BRACKETED_YEAR = compile_exact(r"\(\s?\d{4}")


@functools.cache
def _ranges(code: str) -> tuple[re.Pattern[str], ...]:
    """`2015년부터 2023년까지 8년간`, `2015~2023년 9년간`; `from 2015 to 2023, over eight years`, `in the eight
    years from 2015 to 2023`, `opened in 1981 and will shut in 2027 after 46 years of service`,
    `최근 5년간(2019∼2023년)`: a duration stated over a range of two written years (the groups a, b); either end
    may be a year told from now (`2018년부터 지난해까지`, `내년부터 2029년까지`: groups rel, rel0)."""
    w = link_alternations(code)
    bare = _words(code).bare.pattern
    years = rf"(?P<a>{_YEAR})\s?(?:{w.elapsed_years})?\s?(?:{w.range_joiners})\s?(?P<b>{_YEAR})"
    opened = rf"(?:{w.range_openers})\s+(?P<a>{_YEAR})\s+(?:{w.range_joiners})\s+(?P<b>{_YEAR})\b"
    return (
        # the range, then the span: `2015년부터 2023년까지 8년간`, `from 2015 to 2023, over eight years`
        compile_re(
            rf"{years}\s?(?:{w.elapsed_years})\s?(?:{w.range_closers})?\s?,?\s?(?P<span>{bare})\s?(?:{w.span_during})",
            re.I,
        ),
        compile_re(rf"{opened},\s+(?:{w.span_during})\s+(?:(?:{w.definite_articles})\s+)?(?P<span>{bare})\b", re.I),
        # the span, then the range: `in the eight years from 2015 to 2023`
        compile_re(rf"\b(?:{w.span_during})\s+(?:{w.definite_articles})\s+(?P<span>{bare})\s+{opened}", re.I),
        # a range whose last year is told from now (`2018년부터 지난해까지 8년간`, `from 2018 to last year, over eight
        # years`: the group rel, the year its time reference reads)
        *(
            (
                compile_re(
                    rf"(?P<a>{_YEAR})\s?(?:{w.elapsed_years})?\s?(?:{w.range_joiners})\s?(?P<rel>{w.range_relative_ends})"
                    rf"\s?(?:{w.range_closers})?\s?,?\s?(?P<span>{bare})\s?(?:{w.span_during})",
                    re.I,
                ),
                compile_re(
                    rf"(?:{w.range_openers})\s+(?P<a>{_YEAR})\s+(?:{w.range_joiners})\s+(?P<rel>{w.range_relative_ends}),"
                    rf"\s+(?:{w.span_during})\s+(?:(?:{w.definite_articles})\s+)?(?P<span>{bare})\b",
                    re.I,
                ),
            )
            if w.range_relative_ends
            else ()
        ),
        # a range whose first year is told from now (`내년부터 2029년까지 3년 동안`: the group rel0, the year its time
        # reference reads)
        *(
            (
                compile_re(
                    rf"(?P<rel0>{w.range_relative_starts})\s?(?:{w.range_joiners})\s?(?P<b>{_YEAR})\s?(?:{w.elapsed_years})"
                    rf"\s?(?:{w.range_closers})?\s?,?\s?(?P<span>{bare})\s?(?:{w.span_during})",
                    re.I,
                ),
            )
            if w.range_relative_starts
            else ()
        ),
        # the span, then its range in brackets: `최근 5년간(2019∼2023년)`, `over the past five years (2019-2023)`
        compile_re(
            rf"{_BRACKETED}(?P<span>{bare})\s?(?:{w.span_during})?\s?\(\s?(?P<a>{_YEAR})\s?(?:{w.elapsed_years})?\s?"
            rf"(?:[∼~〜～–-]|{w.range_joiners})\s?(?P<b>{_YEAR})\s?(?:{w.elapsed_years})?\s?\)",
            re.I,
        ),
        # two dated events, the later ending the span: `opened in 1981, will shut in 2027 after 46 years of service`
        compile_re(
            rf"\b(?:{w.span_dated_in})\s+(?P<a>{_YEAR})\b[^.!?\n]{{0,60}}?\b(?:{w.span_dated_in})\s+(?P<b>{_YEAR})\s+"
            rf"(?:{w.span_after_of})\s+(?P<span>{bare})\s+(?:{w.span_of_links})\b",
            re.I,
        ),
    )


def link_range_spans(doc: ArticleView) -> list[ElapsedSpan]:
    """A duration over a range of two written years, which an editor counts between the years or with
    both ends (`2015~2023년` is 8 or 9 years): an end before the start is a misdated year."""
    # Each range holds two years: a text without two runs of four digits (a long table, a line of amounts)
    # holds none, told by two searches for digits instead of three searches of the whole text.
    # (one year and a last year told from now, `2016년부터 지난해까지`, are a range too)
    first_year = _FOUR_DIGITS.search(doc.text)
    if first_year is None or (
        _FOUR_DIGITS.search(doc.text, first_year.end()) is None and not _has_relative_ends(doc.language)
    ):
        return []
    words = _words(doc.language)
    out = []
    for pattern in _ranges(doc.language):
        # (`in`, not `startswith`: `compile_re` may put a test of the first character before the pattern)
        if _BRACKETED in pattern.pattern and _BRACKETED_YEAR.search(doc.text) is None:
            continue  # (a range in brackets after its span: none where no bracket opens on a year)
        if not may_match(pattern, doc.text):
            continue  # (a long text without the words or characters every match needs)
        for match in pattern.finditer(doc.text):
            span = words.bare.fullmatch(match.group("span"))
            stated = stated_length(span, words.counts) if span is not None else None
            if stated is None or stated[1] != "year":
                continue
            start, a = None, None
            if "rel0" in match.re.groupindex:
                # (`내년부터`: the year the reader dated the relative start to, none when it read no year)
                start, a = _relative_year(doc, match.start("rel0")), match.span("rel0")
                if start is None:
                    continue
            if "rel" in match.re.groupindex:
                # (`지난해까지`: the year the reader dated the relative end to, none when it read no year)
                end = _relative_year(doc, match.start("rel"))
                if end is None:
                    continue
                b = match.span("rel")
            else:
                end, b = int(match.group("b")), match.span("b")
            if start is None:
                start, a = int(match.group("a")), match.span("a")
            since, until = Period.of_year(start), Period.of_year(end)
            months, unit = stated
            out.append(
                ElapsedSpan(
                    start=match.start("span"),
                    end=match.end("span"),
                    text=match.group("span"),
                    months=months,
                    unit=unit,
                    over=bool(span.group("over")),
                    since=str(since),
                    since_span=Span(start=a[0], end=a[1]),
                    until=str(until),
                    until_span=Span(start=b[0], end=b[1]),
                    inclusive=True,
                )
            )
    return out


@functools.cache
def _has_relative_ends(code: str) -> bool:
    """Whether the language writes a range's last year told from now (`[link.range_relative_ends]`)."""
    return bool(link_alternations(code).range_relative_ends)


def _relative_year(doc: ArticleView, position: int) -> int | None:
    """The year of the time reference the reader found at `position` (`지난해`, `last year`), if a whole year."""
    at = bisect.bisect_left(doc.time_starts, position)
    if at < len(doc.times) and doc.times[at].start == position:
        period = Period.parse(doc.times[at].period)
        if period is not None and period.grain == "year":
            return period.year
    return None


@functools.cache
def _since_year(code: str) -> re.Pattern[str]:
    """`2021년 이후`, read as one undated time (from then on): its year, and the start word after it."""
    return compile_re(rf"(?P<year>{_YEAR})\D{{0,3}}?\s?(?P<mark>{link_alternations(code).span_from})", re.I)


@functools.cache
def _length_mark(code: str) -> re.Pattern[str]:
    w = link_alternations(code)
    # (`30일 만인`, `31일 걸렸다`, `5일간`, `30일 뒤인`: the day is a length)
    marks = "|".join(m for m in (w.span_since, w.span_across_after, w.span_ahead_later) if m and m != NEVER)
    return compile_re(rf"\s?(?:{marks})", re.I)


def dated_times(doc: ArticleView) -> list[TimeRef]:
    """The dated times a span may run from or to, in order: each the reader dated, and the year of a phrase it
    reads as one open time from a year on (`2021년 이후 4년 만이다`, `2019년부터 7년 연속`), which names no
    single period but starts at its year: the year alone, up to the word that makes it a start. A day written
    alone right before the mark of a span (`30일 만인`, `31일 걸렸다`) is a length of days, not a date.
    Read once per article (the view's times do not change): a new list of the same times on each call."""
    if doc.dated is None:
        doc.dated = _dated_times(doc)
    return list(doc.dated)


def _dated_times(doc: ArticleView) -> list[TimeRef]:
    out = []
    length_mark = _length_mark(doc.language)
    for ref in doc.times:
        if ref.role in ("prior", "dateline"):
            continue
        if ref.bare_day and length_mark.match(doc.text, ref.end):
            continue  # `30일 만인 4월 9일`: a length of days before the mark of a span, no day of a month
        if Period.parse(ref.period) is not None:
            out.append(ref)
            continue
        if ref.period is not None or not ref.text[:1].isdigit():
            continue
        since = _since_year(doc.language).fullmatch(ref.text)
        if since is not None:
            end = ref.start + len(ref.text[: since.start("mark")].rstrip())
            period = Period.of_year(int(since.group("year")))
            out.append(
                TimeRef(start=ref.start, end=end, text=doc.text[ref.start : end], period=period, explicit_year=True)
            )
    return out


@dataclass(frozen=True, slots=True)
class _Words:
    span: re.Pattern[str]  # `3년 2개월`, `9개월여`, `three years` + a mark
    records: re.Pattern[str]
    starts: re.Pattern[str]  # `이후`, `그로부터`, `since` between the start and the span
    returns: re.Pattern[str]  # `복귀` right after the span: a return, since the departure dated before
    counts: dict[str, int]
    bare: re.Pattern[str]  # `11 years`, `3년 2개월`, with no mark
    record_in: re.Pattern[str]  # `first loss in ` right before a bare span
    previous: re.Pattern[str]  # `Before that`, `직전` opening the sentence after a record span
    # `2020년 3월 서울 구단에 입단한 …`: right after a date, a verb that makes it the date of an event
    event_after_date: re.Pattern[str]
    # `종전 최고치였던 2021년 10월의 …`: right before a date, a record it is the date of
    record_before_date: re.Pattern[str]
    # `Four years later, the club has sold him`: after a `later` span, a clause in the present perfect (it runs to now)
    later_now: re.Pattern[str]
    perfect: re.Pattern[str]  # `has dropped`: a verb in the present perfect, an event that runs to now
    # `2026년 9월 현재까지 7년 …`: between a date and the span, words that make the date its end (or None)
    until_now: re.Pattern[str] | None
    # `2021년 4월 서비스를 시작했다`: after a sentence's one date, an event of starting (or None)
    started: re.Pattern[str] | None
    # `…, 출시 이후 N 만이다`: a noun naming a launch before a start word (or None)
    launches: re.Pattern[str] | None
    # `착공 후`, `계약을 맺은 지`: a sentence's first word, a particle off (`event`), the event a start word names
    event_word: re.Pattern[str]
    # `2010년 개관해 올해로 … 지 16년`: this year's word with the particle that makes it the year a span reaches,
    # its end (or None)
    reached_now: re.Pattern[str] | None
    # `1956년생`: a year written as a birth year (no event's start)
    birth_year: re.Pattern[str] | None


@functools.cache
def bracketed_weekday(code: str) -> str:
    """A weekday written in brackets after a date (`24일(금)부터`, `[time] weekdays`), as a pattern that may match
    nothing: what may stand between a date and the joiner of its range."""
    data = load_file(code)
    days = "|".join(map(re.escape, data.time.weekdays)) if data is not None else ""
    if not days:
        return ""
    suffix = "|".join(map(re.escape, data.time.weekday_suffix))
    return rf"(?:\s?\((?:{days})(?:{suffix})?\))?" if suffix else rf"(?:\s?\((?:{days})\))?"


def until_joiners(w) -> str:
    """The joiners of a range of days or months that join only where the second date ends the run (`12월 19일 열어 2월
    15일까지`: `[link.range_joiners_until]`), as an alternative of a joiner pattern, group `until` (empty where the
    language has none)."""
    return rf"|(?P<until>{w.range_joiners_until})" if w.range_joiners_until != NEVER else ""


def opened_joiners(w) -> str:
    """The joiners of a range of days that join only after a range's opener right before the first date (`between
    Monday 4 May and Friday 11 September`: `[link.range_joiners_opened]`), as an alternative of a joiner pattern, group
    `opened` (empty where the language has none)."""
    return rf"|(?P<opened>{w.range_joiners_opened})" if w.range_joiners_opened != NEVER else ""


@functools.cache
def _opener_before(code: str) -> re.Pattern[str]:
    # (`between Monday 4 May`, `between Wednesday, June 3`: the opener, past one word naming the day, right before the
    # first date)
    return compile_re(rf"\b(?:{link_alternations(code).range_openers})\s+(?:[^\W\d_]+,?\s+)?$", re.I)


_OPENER_REACH = 40  # characters before a range's first date searched for its opener


@functools.cache
def _until_mark(code: str) -> re.Pattern[str]:
    # (past a weekday in brackets after the second date: `9월 30일(수)까지`)
    return compile_re(rf"{bracketed_weekday(code)}\s?(?:{link_alternations(code).range_until_marks})", re.I)


@functools.cache
def _next_year_words(code: str) -> re.Pattern[str]:
    w = link_alternations(code)
    return compile_re(rf"\s?(?:{w.range_next_year_words})\s?$", re.I)


def joiner_pattern(code: str) -> str:
    """The text between a range's two dates (`부터`, `to`), past a weekday in brackets after the first, and, after the
    joiner, a word putting the end in the next year (`12월부터 이듬해 2월까지`: `[link.range_next_year_words]`)."""
    w = link_alternations(code)
    next_year = rf"(?:\s?(?:{w.range_next_year_words}))?" if w.range_next_year_words != NEVER else ""
    # (`지난달 6일부터 축제 전날인 30일까지`, `to the eve of the fair, Thursday 30 July`: the end day named by an
    # apposed noun of a day before its date, `[link.range_end_apposed]`)
    apposed = rf"(?:\s?(?:{w.range_end_apposed}))?" if w.range_end_apposed != NEVER else ""
    joiners = rf"(?:{w.range_joiners}{until_joiners(w)}{opened_joiners(w)})"
    return rf"^{bracketed_weekday(code)}\s?{joiners}{next_year}{apposed}\s?$"


def end_a_year_on(code: str, text: str, first_end: int, last_start: int) -> bool:
    """Whether the words between a range's two dates put its end in the year after its start's (`부터 이듬해`)."""
    return _next_year_words(code).search(text, first_end, last_start) is not None


def range_joined(code: str, joiner: re.Pattern[str], text: str, first, last) -> bool:
    """Whether the text between the date `first` and the date `last` joins them as a range: by a range's joiner, by a
    joiner that joins only after a range's opener before the first (`between Monday 4 May and Friday …`), or by a verb
    of opening the run with the second date's mark of ending it right after it (`…까지`)."""
    match = joiner.match(text[first.end : last.start])
    if match is None:
        return False
    if "opened" in match.re.groupindex and match.group("opened"):
        return _opener_before(code).search(text, max(0, first.start - _OPENER_REACH), first.start) is not None
    return not ("until" in match.re.groupindex and match.group("until")) or bool(
        _until_mark(code).match(text, last.end)
    )


@functools.cache
def day_words(code: str) -> dict[str, int]:
    """A count of days written as one word (`닷새`, `열흘`), with its value."""
    data = load_file(code)
    return dict(data.native_numbers.days) if data is not None else {}


@functools.cache
def span_counts(code: str) -> tuple[dict[str, int], str]:
    """The number words a span's length may be written in (`three years`, `세 달`) with their values,
    and the alternation that reads a length: up to three digits or one of those words."""
    counts: dict[str, int] = {}
    own = load_file(code)
    for data in [own, *(load_file(other) for other in (own.also if own else []))]:
        if data is not None:
            counts.update({k.lower(): v for k, v in data.native_numbers.units.items()})
            # (`열 달`, `열두 달`, `스무 날`: native tens, alone or before a unit's form written before a counter)
            tens = {k.lower(): v for k, v in data.native_numbers.tens.items()}
            attributive = set(data.native_numbers.before_counter)
            counts.update(tens)
            counts.update(
                {
                    ten + unit: tv + uv
                    for ten, tv in tens.items()
                    for unit, uv in data.native_numbers.units.items()
                    if unit in attributive and uv < 10
                }
            )
            words = {
                k.lower(): int(v) for k, v in data.number_words.words.items() if " " not in k and float(v).is_integer()
            }
            counts.update(words)
            # (`twenty-two years`, `thirty one days`: a ten joined to a unit, read whole — else its unit alone
            # would be the length)
            tens = {t.lower(): words[t.lower()] for t in data.number_words.tens if t.lower() in words}
            units = {k: v for k, v in words.items() if 1 <= v <= 9}
            counts.update(
                {
                    f"{ten}{joint}{unit}": tv + uv
                    for ten, tv in tens.items()
                    for unit, uv in units.items()
                    for joint in "- "
                }
            )
    return counts, "|".join(["\\d{1,3}", *sorted(map(re.escape, counts), key=len, reverse=True)])


def year_month_length(w, number: str, halves: bool = True) -> str:
    """A written length in years and months, the alternation every span pattern reads (`3년 2개월`, `two years
    and three months`, `18 months`; groups `y`, `ym`, `m`). With `halves`, half a year (`1년 반`, `six and a half
    years`: groups `yh`, `yhb`) and half a month (`석 달 반`, `6개월 보름`, `six and a half months`: `mh`, `mhb`)."""
    if not halves:
        return (
            rf"(?P<y>{number})\s?(?:{w.elapsed_years})(?:\s?(?:and\s)?(?P<ym>{number})\s?(?:{w.elapsed_months}))?"
            rf"|(?P<m>{number})\s?(?:{w.elapsed_months})"
        )
    # (`반년`, `half a year`: half a year alone, group `yho`)
    alone = rf"(?P<yho>{w.elapsed_half_year})|" if w.elapsed_half_year != NEVER else ""
    return (
        rf"{alone}(?P<y>{number})(?:\s(?P<yhb>{w.elapsed_half_before}))?\s?(?:{w.elapsed_years})"
        rf"(?:\s?(?:and\s)?(?P<ym>{number})\s?(?:{w.elapsed_months})|\s?(?P<yh>{w.elapsed_half}))?"
        rf"|(?P<m>{number})(?:\s(?P<mhb>{w.elapsed_half_before}))?\s?(?:{w.elapsed_months})"
        rf"(?:\s?(?P<mh>{w.elapsed_month_half}))?"
    )


@functools.cache
def _words(code: str) -> _Words:
    # (from cached engine programs, checker/regex_cache.py: a cold check compiled them anew each time)
    counts, number = span_counts(code)
    w = link_alternations(code)
    # (a class a language leaves empty is a pattern that matches nothing)
    bare = rf"(?:{year_month_length(w, number)})(?P<over>{w.span_over})?"
    span = compile_re(rf"{bare}\s?(?:(?P<since>{w.span_since})|(?P<later>{w.span_later}))", re.I)
    returns = compile_re(rf"\s?(?:{w.span_returns})", re.I)
    record_in = compile_re(rf"(?:{w.span_records})[^.!?\n]{{0,40}}?(?:{w.span_record_in})\s+$", re.I)
    return _Words(
        span,
        compile_re(w.span_records, re.I),
        compile_re(w.span_from, re.I),
        returns,
        counts,
        compile_re(bare, re.I),
        record_in,
        compile_re(rf"\s*(?:{w.span_previous})", re.I),
        compile_re(
            rf"\s(?:\S+\s){{0,2}}{w.script_letters}+(?:{w.event_modifier_endings})\s"
            # (`1호점을 낸 `: a one-syllable verb after its object)
            rf"|\s(?:\S+\s){{0,3}}?\S+(?:{w.object_particles})\s(?:{w.event_single_verbs})\s",
            re.I,
        ),
        compile_re(rf"(?:{w.span_records}){w.script_letters}*(?:{w.event_modifier_endings})\s$", re.I),
        compile_re(rf",?\s+(?:[\w'’-]+\s+){{0,3}}?(?:{w.span_later_perfect})", re.I),
        compile_re(rf"\b(?:{w.span_later_perfect})", re.I),
        compile_re(rf"\s?(?:{w.span_until_now})\s?", re.I) if w.span_until_now else None,
        compile_re(rf"[^.!?\n\d]{{0,{_STARTED_REACH}}}?(?:{w.span_start_events})", re.I)
        if w.span_start_events
        else None,
        compile_re(w.span_launch_nouns, re.I) if w.span_launch_nouns else None,
        compile_re(rf"\s*(?P<event>\w{{2,}}?)(?:{w.object_particles}|{w.topic_particles})?\s", re.I),
        compile_re(w.span_reached_now, re.I) if w.span_reached_now != NEVER else None,
        compile_re(rf"\d+(?:{w.birth_year_after})", re.I) if w.birth_year_after != NEVER else None,
    )


def link_elapsed(doc: ArticleView, published: dt.date | None, published_assumed: bool) -> list[ElapsedSpan]:
    """Every elapsed time whose start and end dates the article states (or dates by its publication)."""
    words = _words(doc.language)
    dated = dated_times(doc)
    dated_starts = [t.start for t in dated]
    open_years = {t.start for t in doc.times if t.period is None}
    out: list[ElapsedSpan] = []
    for ref in doc.times:
        if ref.period is not None or ref.role == "prior":
            continue
        match = words.span.match(doc.text, ref.start)
        if match is None:
            # `its first loss in 11 years`: the record before the span
            bare = words.bare.match(doc.text, ref.start)
            if bare is not None and words.record_in.search(doc.text[max(0, ref.start - 60) : ref.start]):
                out.extend(_since_previous(doc, dated, bare, words, published, published_assumed))
            continue
        stated = stated_length(match, words.counts)
        if stated is None:
            continue
        if words.records.search(doc.text[match.end() : match.end() + _RECORD_WINDOW]):
            # `5년 만에 최대`: since the last such event, whose date is written only in the sentence after
            # that names it as the one before (`직전 적자는 2013년 2분기였다`), if at all
            out.extend(_since_previous(doc, dated, match, words, published, published_assumed))
            continue
        until = _until(doc.text, dated, dated_starts, match.end())
        since = _since(doc, dated, dated_starts, ref.start)
        if since is not None and _reached_now(words, doc.text, since):
            # `2010년 개관해 올해로 개관한 지 16년`: this year is where the span ends (now, never a later date of
            # another clause); its start is the one date with its year before it in the same sentence, when one
            # start word after this year names the event again (`… 지`; a second, `취임한 지 7년`, names another
            # event), or none is read (`1966년 문을 닫은 지 올해로 60년`: a closing, no start of its own)
            restated = len(words.starts.findall(doc.text, since.end, ref.start)) == 1
            since = _start_before_the_end(doc, dated, dated_starts, since, words) if restated else None
            until = None
        if since is None or since.start in open_years:
            # (the year of an open time, `2021년 이후`, is the nearest date, so no date before it is the
            # start; from it, only a record's span is read, to the period of its figures: elapsed_since_dates.py)
            continue
        start_word = words.starts.search(doc.text, since.end, ref.start)
        named_event = (
            until is None
            and start_word is not None
            and _start_named_in_a_later_sentence(doc, since.end, start_word.start())
        )
        if named_event:
            # `지난 2월 착공해 내년 1월 준공한다. 착공 후 10개월 만이다`: the span ends at the date before it and
            # starts at the date its event's word is written after; with no such date, it is not read
            started = _dated_by_its_word(doc, dated, dated_starts, since, start_word.start(), words)
            if started is None:
                continue
            until, since = since, started
        later_clause = start_word is not None and not named_event
        later_clause = later_clause and _start_of_a_later_clause(doc.text, since.end, start_word.start())
        # (`…넘어섰는데, 출시 이후`: a start named as a launch, the event a verb of starting dates in the sentence
        # before; not a founding, `창업 이후`, which may be dated elsewhere)
        launch = later_clause and _names_a_launch(words, doc.text, since.end, start_word.start())
        if later_clause:
            start_word = None
        chained = False
        if until is None and (launch or _until_now(words, doc.text, since.end, ref.start)):
            # `2021년 4월 서비스를 시작했다. 지난 10월 … 넘어섰는데, 출시 이후 5년 6개월 만이다`, `… 처음 투입했다.
            # 2026년 9월 현재까지 7년 6개월 만에`: the date before the span is its end; the start is the one date
            # of the sentence before, an event of starting
            started = _started_before(doc, dated, dated_starts, since, words)
            if started is not None:
                until, since, chained = since, started, True
        said_start = chained or named_event or bool(start_word or words.returns.match(doc.text, match.end()))
        event = False
        if until is None:
            # `in 2022. Four years later, they have sold him`: a later span told in the present perfect runs to now
            now = bool(match.group("later")) and words.later_now.match(doc.text, match.end()) is not None
            if (match.group("later") and not now) or published is None or published_assumed:
                continue
            said_start = said_start or now
            # `2020년 3월 서울 구단에 입단한 김민수는 4년 5개월 만에`, `종전 최고치였던 2021년 10월의 가격을 3년 만에
            # 웃돌았다`: the date of an event (or of the record surpassed), with its year, that a span
            # with no date after it runs from (to now; a start after the publication is kept, misdated)
            event = since.explicit_year and bool(
                words.event_after_date.match(doc.text, since.end)
                or words.record_before_date.search(doc.text, max(0, since.start - _RECORD_BEFORE), since.start)
            )
            if not (said_start or event):
                continue  # a date before the span is its start only when a word says so (or a return)
            until_period = _month_reported(doc, dated, since, ref.start, published) or Period.of_day(
                published.year, published.month, published.day
            )
        else:
            until_period = Period.parse(until.period)
        since_period = Period.parse(since.period)
        if since_period is None or until_period is None:
            continue
        misdated_event = event and published is not None and since_period.bounds()[0] > published
        if since_period.bounds()[0] >= until_period.bounds()[1] and not (said_start or misdated_event):
            # a date after the end is the start only when a word says so (`그로부터`, `since`, a return):
            # then the start is misdated, else it is some other date written before the span
            continue
        out.append(_elapsed_span(match, stated, since, since_period, until, until_period))
    return out + link_range_spans(doc)


# a clause break, then the words before a start word (`…, 출시 이후`): the start word's own object
_OBJECT_AFTER_BREAK = compile_exact(r"[,;]\s*\w[^,;]*$")


def _until_now(words: _Words, text: str, date_end: int, span_start: int) -> bool:
    """`2026년 9월 현재까지 7년 6개월 만에`: only a word of until-now between the date and the span."""
    return words.until_now is not None and words.until_now.fullmatch(text, date_end, span_start) is not None


def spans_reached_this_year(doc: ArticleView) -> set[int]:
    """Where each span after this year's word of a year reached and a start word stands (`1956년생 김씨는 올해로 … 지
    50년`): read here or left unread (no start of its own), never by a reading of an age from another year of its
    sentence (`1966년 문을 연 지 올해로 66년`, no start word after it, is still the age reading's)."""
    words = _words(doc.language)
    if words.reached_now is None:
        return set()
    dated = dated_times(doc)
    dated_starts = [t.start for t in dated]
    out = set()
    for ref in doc.times:
        if ref.period is not None or ref.role == "prior":
            continue
        match = words.span.match(doc.text, ref.start)
        if match is None:
            continue
        since = _since(doc, dated, dated_starts, ref.start)
        if (
            since is not None
            and _reached_now(words, doc.text, since)
            and words.starts.search(doc.text, since.end, ref.start) is not None
        ):
            out.add(match.start())  # (`… 지` after `올해로`: the span restates its own event, read here)
    return out


def _reached_now(words: _Words, text: str, date: TimeRef) -> bool:
    """The date is this year's word with the particle of a year reached (`올해로`): a span's end, not its start."""
    if words.reached_now is None:
        return False
    match = words.reached_now.match(text, date.start)
    return match is not None and match.end() >= date.end


def _start_before_the_end(
    doc: ArticleView, dated: list[TimeRef], starts: list[int], end: TimeRef, words: _Words
) -> TimeRef | None:
    """The one date, with its year, before `end` in its own sentence (`2010년 개관해 올해로`), else None (two dates
    leave the event unknown: `1995년 개장해 2010년 이전했고, 올해로`; a birth year, `1956년생`, is no start)."""
    sentence = doc.segments.sentence_of(end.start)
    before = [
        t for t in dated[: bisect.bisect_left(starts, end.start)] if doc.segments.sentence_of(t.start) == sentence
    ]
    if len(before) != 1 or not before[0].explicit_year:
        return None
    candidate = before[0]
    if words.birth_year is not None and words.birth_year.match(doc.text, candidate.start):
        return None
    return candidate


def _names_a_launch(words: _Words, text: str, date_end: int, word_start: int) -> bool:
    """The noun of the start word after a clause break names a launch (`…, 출시 이후`, `…, 서비스 개시 이후`)."""
    if words.launches is None:
        return False
    brk = _OBJECT_AFTER_BREAK.search(text, date_end, word_start)
    return brk is not None and words.launches.search(text, brk.start(), word_start) is not None


def _started_before(
    doc: ArticleView, dated: list[TimeRef], starts: list[int], end: TimeRef, words: _Words
) -> TimeRef | None:
    """The one date, with its year, of the sentence before `end`'s, followed in it by an event of starting
    (`2021년 4월 서비스를 시작했다`, `2019년 3월 처음으로 …`): where a span that runs to `end` starts; else None."""
    if words.started is None:
        return None
    sentence = doc.segments.sentence_of(end.start)
    i = bisect.bisect_left(starts, end.start)
    before = [t for t in dated[max(0, i - 4) : i] if doc.segments.sentence_of(t.start) == sentence - 1]
    if len(before) != 1 or not before[0].explicit_year:
        return None
    if any(doc.segments.sentence_of(t.start) == sentence and t.start < end.start for t in dated[max(0, i - 4) : i]):
        return None  # (another date before the end in its own sentence: which one the span is from)
    _, bound = doc.segments.sentence_bounds(sentence - 1, len(doc.text))
    return before[0] if words.started.match(doc.text, before[0].end, bound) else None


def _start_of_a_later_clause(text: str, date_end: int, word_start: int) -> bool:
    """`지난 9월 회원 10만명을 넘겼는데, 창업 이후 3년 4개월 만이다`: a start word after a clause break, with a
    noun of its own before it, names another start (an event dated elsewhere); the date before the break is
    what the span runs to, not from. A start word opening its clause (`…, 그로부터 3년 만에`) refers back."""
    return _OBJECT_AFTER_BREAK.search(text, date_end, word_start) is not None


def _start_named_in_a_later_sentence(doc: ArticleView, date_end: int, word_start: int) -> bool:
    """`거래는 6월 30일 마무리된다. 계약을 맺은 지 석 달 반 만이다`: a start word in a later sentence than the
    date, after words of its own (the event it counts from), names that event, dated elsewhere or not at all;
    the date before is not where the span starts (and, with no date after the span, not where it ends: it is
    told of that date's event). A start word opening its sentence (`그로부터`) refers back."""
    segments = doc.segments
    sentence = segments.sentence_of(word_start)
    if sentence == segments.sentence_of(date_end):
        return False
    return _WORD.search(doc.text, segments.sentence_starts[sentence], word_start) is not None


_WORD = compile_exact(r"\w")
# How far after a date its event's word may stand (`지난 2월 착공해`, `2024년 3월 공장을 착공했다`).
_EVENT_REACH = 12


def _dated_by_its_word(
    doc: ArticleView, dated: list[TimeRef], starts: list[int], end: TimeRef, word_start: int, words: _Words
) -> TimeRef | None:
    """The date before `end`, in its sentence or the one before, that the start word's event (its sentence's
    first word, a particle taken off: `착공 후` → `착공`, `계약을 맺은 지` → `계약`) is written right after."""
    segments = doc.segments
    sentence_start = segments.sentence_starts[segments.sentence_of(word_start)]
    first = words.event_word.match(doc.text, sentence_start, word_start)
    if first is None:
        return None
    # (the word at the start of a word: `착공` in `착공해`, not inside `재착공`)
    event = re.compile(rf"(?<![^\W\d_]){re.escape(first.group('event'))}")
    lower = segments.sentence_starts[max(0, segments.sentence_of(end.start) - 1)]
    i = bisect.bisect_left(starts, end.start)
    for candidate in reversed(dated[max(0, i - _MOST_EVENT_DATES) : i]):
        if candidate.start < lower:
            break
        if event.search(doc.text, candidate.end, min(candidate.end + _EVENT_REACH, end.start)):
            return candidate
    return None


# (the dates looked at before the end: a sentence or two holds a few)
_MOST_EVENT_DATES = 6


def _month_reported(
    doc: ArticleView, dated: list[TimeRef], since: TimeRef, position: int, published: dt.date
) -> Period | None:
    """`'5월 말 외환보유액'에 따르면 … 늘어난 것은 2월 이후 3개월 만이다`, published in June: a span with no
    date after it, told of a month's figures that its paragraph dates before it, or the sentence before
    (a month or quarter, after the start, over before publication), runs to that month, not to the
    publication day: a paragraph that opens on the month's figures goes on about them (`1월 말 가입자는 …
    전체의 67%다. 2019년 4월 이후 6년 9개월 만에 …`)."""
    segments = doc.segments
    sentence = segments.sentence_of(position)
    paragraph = segments.paragraph_starts[max(0, segments.paragraph_of(position))]
    lower = min(segments.sentence_starts[max(0, sentence - 1)], paragraph)
    start_period = Period.parse(since.period)
    reported = None
    for ref in dated:
        if not (lower <= ref.start < position) or ref is since:
            continue
        period = Period.parse(ref.period)
        if period is None or period.grain not in ("month", "quarter") or start_period is None:
            continue
        later = reported is None or period.bounds()[1] > reported.bounds()[1]
        if later and period.bounds()[0] > start_period.bounds()[0] and period.bounds()[1] <= published:
            reported = period
    return reported


def _since_previous(
    doc: ArticleView,
    dated: list[TimeRef],
    match: re.Match[str],
    words: _Words,
    published: dt.date | None = None,
    published_assumed: bool = True,
) -> list[ElapsedSpan]:
    """A record span (`the first loss in 11 years`, `11년 만에 첫 적자`) whose next sentence, or the one after it,
    opens by naming the last such event before it (`Before that, … in the second quarter of 2013`, `직전 적자는
    2013년`, `The last time it was below 2 million was in May 2019`): from that event's date to the date the
    record's sentence gives it, before the span (`In the second quarter, … its first loss in 11 years`), or,
    for a span in whole years whose sentence dates nothing before it but tells the record in the present
    perfect (`has dropped below 2 million for the first time in three years`: it runs to now), to the
    publication date (a reading: a warning at most). Nothing when the event's date is not written there."""
    stated = stated_length(match, words.counts)
    if stated is None:
        return []
    segments = doc.segments
    sentence = segments.sentence_of(match.start())
    own_start, _ = segments.sentence_bounds(sentence, len(doc.text))
    since = []
    for later in range(sentence + 1, min(sentence + _PREVIOUS_REACH + 1, len(segments.sentence_starts))):
        next_start, next_end = segments.sentence_bounds(later, len(doc.text))
        if words.previous.match(doc.text, next_start):
            since = [t for t in dated if next_start <= t.start < next_end]
            break
    if not since:
        return []
    until = [t for t in dated if own_start <= t.start and t.end <= match.start()]
    since_period = Period.parse(since[0].period)
    if until:
        until_ref, until_period = until[-1], Period.parse(until[-1].period)
    elif (
        stated[1] == "year"
        and since[0].explicit_year
        and published is not None
        and not published_assumed
        and words.perfect.search(doc.text, own_start, match.start())
    ):
        until_ref, until_period = None, Period.of_day(published.year, published.month, published.day)
    else:
        return []
    if since_period is None or until_period is None or since_period.bounds()[0] >= until_period.bounds()[1]:
        return []
    return [_elapsed_span(match, stated, since[0], since_period, until_ref, until_period)]


def _elapsed_span(
    match: re.Match[str],
    stated: tuple[int, str],
    since: TimeRef,
    since_period: Period,
    until: TimeRef | None,
    until_period: Period,
) -> ElapsedSpan:
    """The stated span with the times it runs between (no `until`: it runs to publication)."""
    months, unit = stated
    return ElapsedSpan(
        start=match.start(),
        end=match.end(),
        text=match.group(0),
        months=months,
        unit=unit,
        over=bool(match.group("over")),
        since=str(since_period),
        since_span=Span(start=since.start, end=since.end),
        until=str(until_period),
        until_span=None if until is None else Span(start=until.start, end=until.end),
    )


def stated_length(match: re.Match[str], counts: dict[str, int]) -> tuple[int, str] | None:
    """The written length in months and its smallest unit, from a match of a span pattern with groups
    `y` (years), `ym`/`m` (months) and, where the language counts spans in them, `q` (quarters: three
    months each)."""
    groups = match.groupdict()

    def number(name: str) -> int:
        written = groups.get(name)
        if not written:
            return 0
        return int(written) if written.isdigit() else counts.get(written.lower(), 0)

    if groups.get("yho"):
        return 6, "month"  # (`반년`: six months, a word an editor reads as the months it counts)
    half = 6 if groups.get("yh") or groups.get("yhb") else 0  # `1년 반`, `six and a half years`: half a year more
    total = number("y") * 12 + half + number("ym") + number("m") + 3 * number("q")
    if total <= 0:
        return None
    if groups.get("mh") or groups.get("mhb"):
        return total, "half_month"  # `석 달 반`, `six and a half months`: the whole months, and half a month more
    if groups.get("ym") or groups.get("m") or groups.get("q"):
        return total, "month"
    return total, "half" if half else "year"  # (`6년 반`, `six and a half years`: rounded to the half year)


def _until(text: str, dated: list[TimeRef], starts: list[int], position: int) -> TimeRef | None:
    """A date written right after the span's mark (`만인 2018년 6월`, `later, in 2022`)."""
    i = bisect.bisect_left(starts, position)
    if i == len(dated) or dated[i].start - position > _UNTIL_GAP:
        return None
    gap = _GAP_WITHOUT_FIGURES.match(text, position, dated[i].start)
    return dated[i] if gap is not None and gap.end() == dated[i].start else None


def _since(doc: ArticleView, dated: list[TimeRef], starts: list[int], position: int) -> TimeRef | None:
    """The last date before the span, in its sentence or, when its sentence has none, the one before."""
    i = bisect.bisect_left(starts, position)
    if i == 0:
        return None
    candidate = dated[i - 1]
    if candidate.end > position:
        return None
    sentence = doc.segments.sentence_of(position)
    return candidate if sentence - doc.segments.sentence_of(candidate.start) <= 1 else None


def span_of_length(
    match: re.Match[str],
    stated: tuple[int, str],
    since: Period,
    since_span: Span | None,
    until: Period,
    until_span: Span | None,
    inclusive: bool = False,
    days: int = 0,
) -> ElapsedSpan:
    """The elapsed span a written length (`match`'s group `length`) states, from `since` to `until` (`days`: a
    length stated in days; no `since_span`: counted from the publication date)."""
    months, unit = stated
    return ElapsedSpan(
        start=match.start("length"),
        end=match.end("length"),
        text=match.group("length"),
        months=months,
        unit=unit,
        since=str(since),
        since_span=since_span,
        until=str(until),
        until_span=until_span,
        inclusive=inclusive,
        days=days,
    )


@functools.cache
def whole_run_lead(code: str) -> re.Pattern[str] | None:
    """Right before a length, a word of lasting and a definite article that point it to a whole run told beside it
    (`Over the 122 days`, `in the 304 days from`: `[link.run_length_back_lead]`); None when the language has none."""
    w = link_alternations(code)
    return compile_re(rf"(?:{w.run_length_back_lead})$", re.I) if w.run_length_back_lead != NEVER else None


@functools.cache
def _month_part(code: str) -> re.Pattern[str] | None:
    """Right before a month, words that make it a part of the month (`late September`, `the end of October`:
    `[link.month_part_before]`)."""
    w = link_alternations(code)
    return compile_re(rf"(?:{w.month_part_before})$", re.I) if w.month_part_before != NEVER else None


def whole_months_as_days(
    text: str, since: Period, since_span: Span, until: Period, until_span: Span, code: str, length_at: int
) -> tuple[Period, Period] | None:
    """A run of whole months counted in days (`the 181 days from January to June`, `Over the 122 days`): from the first
    month's first day through the last one's last day; None unless both ends are months written whole (not `late
    September`) and the length is pointed to the whole run by a definite article (`[link.run_length_back_lead]`: `open
    124 days from November to April` is the days it opened, some of those months')."""
    if not since.grain == until.grain == "month":
        return None
    back = whole_run_lead(code)
    if back is None or back.search(text, max(0, length_at - 24), length_at) is None:
        return None
    part = _month_part(code)
    if part is not None and any(part.search(text, max(0, s.start - 24), s.start) for s in (since_span, until_span)):
        return None
    first, last = since.bounds()[0], until.bounds()[1]
    start, end = Period.of_day(first.year, first.month, first.day), Period.of_day(last.year, last.month, last.day)
    return (start, end) if start is not None and end is not None else None


def in_year(period: Period, year: int) -> Period | None:
    """The same day or month in another year."""
    if period.grain == "day":
        return Period.of_day(year, period.index, period.day)
    if period.grain == "month":
        return Period.of_month(year, period.index)
    return None
