"""Days to a date ahead, counted from the article's own day: `at the December 8 vote, 19 days from now`, `the
December 8 vote, just three weeks away`, `with 19 days to go until the December 8 vote`, `6월 3일 지방선거를 19일
앞두고`, `19일 앞으로 다가온 6월 3일 지방선거`, `46 days from today`; a run from today to a day to come, its length
after the word that ends it there (`오는 9월 20일(일)까지 46일간`: `[link.span_ahead_until_openers]`,
`[link.span_ahead_until_between]`, `[link.span_ahead_until_after]`); and a day ahead counted from the order the
article reports or from today (`주문 38일 뒤인 9월 12일`: `[link.span_ahead_later_origins]`,
`[link.span_ahead_later]`; not `그로부터`, counted from a day told before), from the day an earlier sentence making
that order its topic dates (`계약은 7월 2일(목) 체결됐다`: `[link.span_ahead_origin_dated]`), not counted where that
sentence dates two days.

A length in days or weeks right after a dated day and the words that make it the time left until that day
(`[link.span_ahead_after]`: `from now`, `away`, `를 … 앞두고`), or right before them and the day
(`[link.span_ahead_before]`: `to go until`, `앞으로 다가온`), is the time from the publication date to that day. It
is read only where the article's date is known, the day is after it, and the sentence writes no other day than the
publication day (a day of its own is where such a count is made from: `선거를 19일 앞둔 15일`). The check counts it as
the days between, or with both ends, and marks it as counted from the publication date.
"""

from __future__ import annotations

import datetime as dt
import functools
import re

from checker.extract.lang import NEVER, link_alternations
from checker.link.elapsed import bracketed_weekday, dated_times, day_words, span_counts, span_of_length
from checker.link.view import ArticleView
from checker.models import ElapsedSpan, Span, TimeRef
from checker.periods import Period
from checker.regex_cache import compile_re

# How far before the day the words of a length before it may start (`with 19 days to go until the December 8 vote`).
_REACH = 40
# An article states a few such counts; past this many dates the text is a pasted list (linking stays linear).
_MOST_DATES = 256


@functools.cache
def _patterns(code: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]] | None:
    w = link_alternations(code)
    if not (w.span_ahead_after or w.span_ahead_before):
        return None
    _, number = span_counts(code)
    length = rf"(?P<length>(?P<d>{number})\s?(?:{w.length_days})|(?P<wk>{number})\s?(?:{w.length_weeks}))"
    # (between the day and the length only the day's own noun and a comma or a copula: `the December 8 vote, 19 days
    # from now`, `the September 14 derby is just 18 days away`, `9월 15일 총회를 19일 앞두고`; no verb or subject of
    # another clause: `The December 8 vote comes as the deadline is 10 days away`)
    after = compile_re(
        rf"(?:{w.span_ahead_between or NEVER})(?<![^\W\d_]){length}\s?(?:{w.span_ahead_after or NEVER})(?![^\W\d_])",
        re.I,
    )
    # (a word may stand between the words and the day: `to go until the December 8 vote`)
    before = compile_re(rf"(?<![^\W\d_]){length}\s?(?:{w.span_ahead_before or NEVER})(?:\s+[^\W\d_]+)?\s?$", re.I)
    # (`19일 앞두고`, `38일 뒤인`: a day of the month written alone before the words is the length, no date)
    length_alone = compile_re(
        rf"\s?(?:{w.span_ahead_after or NEVER}|{w.span_ahead_before or NEVER}|{w.span_ahead_later or NEVER})", re.I
    )
    return after, before, length_alone


@functools.cache
def _back_pattern(code: str) -> re.Pattern[str] | None:
    """A length of days or weeks right after a dated day gone by, with the words that make it the time since that day
    (`on Tuesday 3 March, 19 days ago`: `[link.span_back_after]`); None when the language has none."""
    w = link_alternations(code)
    if w.span_back_after == NEVER or w.span_ahead_between == NEVER:
        return None
    _, number = span_counts(code)
    length = rf"(?P<length>(?P<d>{number})\s?(?:{w.length_days})|(?P<wk>{number})\s?(?:{w.length_weeks}))"
    return compile_re(rf"(?:{w.span_ahead_between})(?<![^\W\d_]){length}\s?(?:{w.span_back_after})(?![^\W\d_])", re.I)


def link_days_back(doc: ArticleView, published: dt.date | None, published_assumed: bool) -> list[ElapsedSpan]:
    """Every length of days or weeks apposed to a dated day gone by as the time since it (`opened on Tuesday 3
    March, 19 days ago`): counted from that day to the publication date. `ago` counts from now whatever other
    day its sentence writes, so no other day is asked for; the day must be before the publication date."""
    back = _back_pattern(doc.language)
    if back is None or published is None or published_assumed:
        return []
    counts, _ = span_counts(doc.language)
    today = Period.of_day(published.year, published.month, published.day)
    out: list[ElapsedSpan] = []
    for ref in dated_times(doc)[:_MOST_DATES]:
        day = _day(ref)
        if day is None or day.bounds()[0] >= published:
            continue
        _, end = doc.segments.sentence_bounds(doc.segments.sentence_of(ref.start), len(doc.text))
        match = back.match(doc.text, ref.end, end)
        if match is None:
            continue
        days = _days(match, counts)
        if days:
            out.append(
                span_of_length(
                    match,
                    (0, "week" if match.group("wk") else "day"),
                    day,
                    Span(start=ref.start, end=ref.end),
                    today,
                    None,
                    days=days,
                )
            )
    return out


@functools.cache
def _run_patterns(code: str) -> tuple[re.Pattern[str], ...] | None:
    """The run from today ended by a day to come (`오는 9월 20일(일)까지 46일간`: the word before the day, the words
    after it), a day ahead counted from the order or today (`주문 38일 뒤인 9월 12일`), and that order made the topic
    of an earlier sentence that dates it (`계약은 7월 2일(목) 체결됐다`)."""
    w = link_alternations(code)
    if w.span_ahead_until_openers == NEVER and w.span_ahead_later == NEVER:
        return None
    _, number = span_counts(code)
    length = rf"(?P<length>(?P<d>{number})\s?(?:{w.length_days})|(?P<wk>{number})\s?(?:{w.length_weeks}))"
    opener = compile_re(rf"(?<![^\W\d_])(?:{w.span_ahead_until_openers})$", re.I)
    until = compile_re(
        rf"{bracketed_weekday(code)}(?:{w.span_ahead_until_between}){length}(?:{w.span_ahead_until_after})"
        r"(?![^\W\d_])",
        re.I,
    )
    later = compile_re(
        rf"(?<![^\W\d_])(?P<origin>{w.span_ahead_later_origins})(?<![^\W\d_]){length}\s?(?:{w.span_ahead_later})\s?$",
        re.I,
    )
    dated = compile_re(
        rf"(?<![^\W\d_])(?P<origin>{w.span_ahead_later_origins})(?:{w.span_ahead_origin_dated or NEVER})", re.I
    )
    # (`주문은 지난달 들어왔다`, `지난달 일본 업체의 주문을 받았다`: the order made before, on a day unsaid)
    past, made = w.span_ahead_origin_past or NEVER, w.span_ahead_origin_made or NEVER
    gone = compile_re(
        rf"(?<![^\W\d_])(?P<origin>{w.span_ahead_later_origins})(?:{w.span_ahead_origin_dated or NEVER})\s?(?:{past})"
        rf"[^.,!?]{{0,12}}?(?:{made})"
        rf"|(?<![^\W\d_])(?:{past})\s(?:[^\W\d_]+\s){{0,3}}(?P<origin2>{w.span_ahead_later_origins})"
        rf"(?:{w.span_ahead_origin_dated or NEVER})\s?(?:{made})",
        re.I,
    )
    named = compile_re(rf"(?<![^\W\d_])(?P<origin>{w.span_ahead_later_origins})", re.I)
    today = compile_re(rf"(?:{w.span_ahead_origin_today or NEVER})", re.I)
    # (`축제는 지난 1일 시작됐다`: a run begun on a day gone by, not from today)
    begun = compile_re(rf"{bracketed_weekday(code)}\s?(?:{w.span_ahead_until_begun or NEVER})", re.I)
    return opener, until, later, dated, gone, named, today, begun


def link_days_ahead(doc: ArticleView, published: dt.date | None, published_assumed: bool) -> list[ElapsedSpan]:
    """Every length of days or weeks stated as the time left until a dated day after publication."""
    patterns = _patterns(doc.language)
    if patterns is None or published is None or published_assumed:
        return []
    after, before, length_alone = patterns
    counts, _ = span_counts(doc.language)
    counts = {**counts, **day_words(doc.language)}
    days_by_sentence: dict[int, int] = {}
    dated = [
        ref for ref in dated_times(doc)[:_MOST_DATES] if not (ref.bare_day and length_alone.match(doc.text, ref.end))
    ]
    for ref in dated:
        day = _day(ref)
        # (the publication day itself, `today`, is where the count is made from: no other origin)
        if day is not None and day != Period.of_day(published.year, published.month, published.day):
            sentence = doc.segments.sentence_of(ref.start)
            days_by_sentence[sentence] = days_by_sentence.get(sentence, 0) + 1
    run_patterns = _run_patterns(doc.language)
    begun = run_patterns is not None and any(
        (day := _day(ref)) is not None
        and day.bounds()[0] < published
        and run_patterns[7].match(doc.text, ref.end)
        and not _day_after(doc, ref, dated)
        for ref in dated
    )
    out: list[ElapsedSpan] = []
    for ref in dated:
        day = _day(ref)
        if day is None or day.bounds()[0] <= published:
            continue
        sentence = doc.segments.sentence_of(ref.start)
        if days_by_sentence.get(sentence, 0) != 1:
            continue  # (another day in the sentence: the count may be made from it)
        start, end = doc.segments.sentence_bounds(sentence, len(doc.text))
        match = after.match(doc.text, ref.end, end)
        if match is None:
            match = before.search(doc.text, max(start, ref.start - _REACH), ref.start)
        if match is None:
            match = _run_to(doc, ref, start, end, begun)
        if match is None and not _day_before(doc, sentence, dated, published):
            match = _later_from_today(doc, ref, start)
        if match is None:
            continue
        days = _days(match, counts)
        if not days:
            continue
        since, since_span = Period.of_day(published.year, published.month, published.day), None
        told, origin = _dated_origin(doc, match, sentence, dated, since)
        if told and origin is None:
            continue  # (the order's sentence dates two days: which one it was made on, unsaid)
        if origin is not None:
            since, since_span = Period.parse(origin.period), Span(start=origin.start, end=origin.end)
            if since is None or since.bounds()[0] >= day.bounds()[0]:
                continue
        out.append(
            span_of_length(
                match,
                (0, "week" if match.group("wk") else "day"),
                since,
                since_span,
                day,
                Span(start=ref.start, end=ref.end),
                days=days,
            )
        )
    return out


def _dated_origin(
    doc: ArticleView, match: re.Match[str], sentence: int, dated: list[TimeRef], published: Period
) -> tuple[bool, TimeRef | None]:
    """For a day counted from the order or deal (`계약 67일 뒤인 9월 7일`), whether another sentence that makes that
    order its topic, subject or object dates it (`계약은 7월 2일(목) 체결됐다`, the nearest before, else the nearest
    after), and the one day it dates; None for a sentence dating more than one, or one telling the order made at a
    time gone by with no day (`주문은 지난달 들어왔다`: `[link.span_ahead_origin_past]`). (False, None) when none
    does and a sentence naming the order dates the publication day (`주문받았다고 5일 밝혔다`: the article's own
    news, counted from that day); (True, None) when none dates the order at all (from which day, unsaid)."""
    if "origin" not in match.re.groupindex:
        return False, None
    word = match.group("origin").strip().lower()
    patterns = _run_patterns(doc.language)
    pattern, gone, named, today = patterns[3:7]
    if today.match(word):
        return False, None  # (`오늘부터 …`: counted from the publication day, said so)
    order = [*range(sentence - 1, -1, -1), *range(sentence + 1, len(doc.segments.sentence_starts))]
    today_named = False
    for other in order:
        start, end = doc.segments.sentence_bounds(other, len(doc.text))
        if any(m.group("origin").strip().lower() == word for m in named.finditer(doc.text, start, end)) and any(
            start <= ref.start < end and _day(ref) == published for ref in doc.times
        ):
            today_named = True
        if not any(m.group("origin").strip().lower() == word for m in pattern.finditer(doc.text, start, end)):
            continue
        days = [ref for ref in dated if start <= ref.start < end and _day(ref) is not None and _day(ref) != published]
        if days:
            return True, days[0] if len(days) == 1 else None
        if any(
            (m.group("origin") or m.group("origin2")).strip().lower() == word
            for m in gone.finditer(doc.text, start, end)
        ):
            return True, None  # (the order made at a time gone by, on a day unsaid)
    return (False, None) if today_named else (True, None)


@functools.cache
def _bare_later(code: str) -> re.Pattern[str] | None:
    """A length of days or weeks and the words of a day ahead of it (`[link.span_ahead_later]`) right before a day,
    after a subject or topic that ends its word (`[link.span_ahead_bare_before]`: `다음 장은 닷새 뒤인 21일`), no
    origin named (`개막 닷새 뒤인`: from the opening)."""
    w = link_alternations(code)
    if w.span_ahead_later == NEVER or w.span_ahead_bare_before == NEVER:
        return None
    _, number = span_counts(code)
    # (`닷새 뒤인`: a count of days in one word)
    words = "|".join(sorted(map(re.escape, day_words(code)), key=lambda word: (-len(word), word))) or NEVER
    length = (
        rf"(?P<length>(?P<d>{number})\s?(?:{w.length_days})|(?P<wk>{number})\s?(?:{w.length_weeks})|(?P<dw>{words}))"
    )
    return compile_re(rf"(?:{w.span_ahead_bare_before})(?<![^\W\d_]){length}\s?(?:{w.span_ahead_later})\s?$", re.I)


def _later_from_today(doc: ArticleView, ref: TimeRef, start: int) -> re.Match[str] | None:
    """A day ahead counted from today with no origin named (`다음 장은 닷새 뒤인 21일(금)에 선다`): the length's
    match."""
    pattern = _bare_later(doc.language)
    if pattern is None:
        return None
    return pattern.search(doc.text, max(start, ref.start - _REACH), ref.start)


def _day_before(doc: ArticleView, sentence: int, dated: list[TimeRef], published: dt.date) -> bool:
    """Whether the sentence before dates a day other than the publication day (an event told last, from which a day
    ahead with no origin named may be counted)."""
    if sentence == 0:
        return False
    today = Period.of_day(published.year, published.month, published.day)
    start, end = doc.segments.sentence_bounds(sentence - 1, len(doc.text))
    return any(start <= ref.start < end and (day := _day(ref)) is not None and day != today for ref in dated)


def _day_after(doc: ArticleView, ref: TimeRef, dated: list[TimeRef]) -> bool:
    """Whether another day follows the day in its sentence (`지난 2일부터 4일까지`: a run of its own that ended, no
    run begun and going on)."""
    sentence = doc.segments.sentence_of(ref.start)
    return any(
        other.start > ref.end and doc.segments.sentence_of(other.start) == sentence and _day(other) is not None
        for other in dated
    )


def _run_to(doc: ArticleView, ref: TimeRef, start: int, end: int, begun: bool) -> re.Match[str] | None:
    """A run from today to the day (`오는 9월 20일까지 46일간`), or the day counted ahead from the order or today
    (`주문 38일 뒤인 9월 12일`): the length's match, or None. The run is not read when the article tells a run begun
    on a day gone by and going on (`begun`: `축제는 지난 1일 시작됐다`, where such a run may start; not `지난 2일부터
    4일까지`, a run that ended)."""
    patterns = _run_patterns(doc.language)
    if patterns is None:
        return None
    opener, until, later = patterns[:3]
    if not begun and opener.search(doc.text, max(start, ref.start - _REACH), ref.start):
        match = until.match(doc.text, ref.end, end)
        if match is not None:
            return match
    return later.search(doc.text, max(start, ref.start - _REACH), ref.start)


def _day(ref: TimeRef) -> Period | None:
    period = Period.parse(ref.period) if ref.period else None
    return period if period is not None and period.grain == "day" else None


def _days(match: re.Match[str], counts: dict[str, int]) -> int:
    def number(written: str | None) -> int:
        if not written:
            return 0
        return int(written) if written.isdigit() else counts.get(written.lower(), 0)

    one_word = match.groupdict().get("dw")
    if one_word:
        return counts.get(one_word.lower(), 0)  # (`닷새`: the counts hold the day words)
    return number(match.group("d")) or 7 * number(match.group("wk"))
