"""A run's end and length told in one sentence, its start day in a sentence before it: `농가들이 14일부터 수확에
들어갔다고 밝혔다. 수확은 다음 달 20일까지 38일 동안 이어진다`, `8일 첫 출하를 시작했다. … 출하는 9월 30일까지 12주
동안 이어지며`, `오는 18일 문을 여는 물놀이장 … 물놀이장은 다음 달 23일까지 37일 동안 문을 연다`.

A day right before the mark that it ends a run (`까지`: `[link.range_until_marks]`) and right after it a length of days
or weeks with its mark of lasting (`38일 동안`, `12주간`: `[link.run_length_mark]`), with no other day or month dated
before it in its sentence (a range of its own sentence is the run readings' of checker/link/spans_between_dates.py), is
a run from a start told before it: the last day an earlier sentence dates with a word of starting right after it
(`14일부터`, `8일 첫 출하를 시작했다`, `18일 문을 여는`: `[link.run_started_after_day]`), up to five sentences back, in
its paragraph or one of the two before, no other day or month dated between them but in the start's own sentence (the
day it was reported on, `15일 밝혔다`), and the only such start of its sentence. Days are counted between the two days
or with both ends (the elapsed check takes both); weeks are the days rounded to whole weeks. A run goes forward: an end
written without its year that the reader dated before the start is in the start's year or the next. A length told from
another time (`사흘 전`, `[link.run_length_told_from]`) is none of the run's. The end's sentence must open with the
run's noun and its topic particle (`[link.run_subject_marks]`), a noun the start's sentence names after its day
(`14일부터 수확에 들어갔다 … 수확은`); `포도 수확은`, `야간 개장은` tell a narrower or another run. Language words
are data.
"""

from __future__ import annotations

import bisect
import functools
import re

from checker.extract.lang import NEVER, link_alternations
from checker.link.durations import length_pattern
from checker.link.elapsed import bracketed_weekday, dated_times, day_words, in_year, span_counts, span_of_length
from checker.link.view import ArticleView
from checker.models import ElapsedSpan, Span, TimeRef
from checker.periods import Period
from checker.regex_cache import compile_re
from checker.regex_needs import may_match

# How many sentences before the run's end its start may be dated (a sentence of figures between).
_SENTENCES_BACK = 5
# An article tells a run or two; past this many ends the text is a list of dates (linking stays linear).
_MOST_ENDS = 16


@functools.cache
def _patterns(
    code: str,
) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]] | None:
    """(right after a day, the mark of a run's end then a length with its mark of lasting; right after a day, the
    words that make it a run's start; right after a length, the words that tell it from another time; at a sentence's
    opening, the noun of the run it tells with its topic particle)."""
    w = link_alternations(code)
    if NEVER in (w.run_started_after_day, w.range_until_marks, w.run_length_mark, w.run_subject_marks):
        return None
    # (a weekday in brackets may follow either day: `18일(토) 문을 여는`, `20일(금)까지`)
    weekday = bracketed_weekday(code)
    return (
        compile_re(rf"{weekday}\s?(?:{w.range_until_marks})\s?{length_pattern(code)}(?:{w.run_length_mark})", re.I),
        compile_re(rf"{weekday}\s?(?:{w.run_started_after_day})", re.I),
        compile_re(rf"\s?(?:{w.run_length_told_from})", re.I),
        compile_re(rf"[\s\"“‘']*(?P<noun>[^\s\d.,!?\"“”‘’']+?)(?:{w.run_subject_marks})\s", re.I),
    )


def _day(ref: TimeRef) -> Period | None:
    period = Period.parse(ref.period)
    return period if period is not None and period.grain == "day" else None


def link_runs_from_an_earlier_start(doc: ArticleView) -> list[ElapsedSpan]:
    """Every length of a run whose end its sentence dates and whose start day a sentence before it tells."""
    patterns = _patterns(doc.language)
    if patterns is None:
        return []
    until_length, started, told_from, subject = patterns
    if not may_match(until_length, doc.text):
        return []
    dated = [ref for ref in dated_times(doc) if Period.parse(ref.period) is not None]
    dated = [ref for ref in dated if Period.parse(ref.period).grain in ("day", "month")]
    if len(dated) < 2:
        return []
    positions = [ref.start for ref in dated]
    counts, _ = span_counts(doc.language)
    native = day_words(doc.language)
    sentence_of = doc.segments.sentence_of
    out: list[ElapsedSpan] = []
    ends = 0
    for index, end in enumerate(dated):
        until = _day(end)
        match = until_length.match(doc.text, end.end) if until is not None else None
        if match is None or told_from.match(doc.text, match.end()):
            continue
        ends += 1
        if ends > _MOST_ENDS:
            break
        sentence = sentence_of(end.start)
        sentence_start, _ = doc.segments.sentence_bounds(sentence, len(doc.text))
        if index > 0 and dated[index - 1].start >= sentence_start:
            continue  # (another date before the end in its sentence: a range of its own, or which one starts it)
        start = _the_start(doc, dated, positions, index, sentence, started)
        if start is None or not _same_run(doc, start, sentence_start, end.start, subject):
            continue
        since = _day(start)
        if since is None:
            continue
        if not end.explicit_year and until.bounds()[0] <= since.bounds()[0]:
            # (a run goes forward: an end written without its year that the reader dated before the start is in the
            # start's year, or the one after: `8일 … 9월 30일까지`)
            until = next(
                (
                    day
                    for year in (since.year, since.year + 1)
                    if (day := in_year(until, year)) is not None and day.bounds()[0] > since.bounds()[0]
                ),
                until,
            )
        if until.bounds()[0] <= since.bounds()[0]:
            continue
        days = _days(match, counts, native)
        if days <= 0:
            continue
        out.append(
            span_of_length(
                match,
                (0, "week" if match.group("wk") else "day"),
                since,
                Span(start=start.start, end=start.end),
                until,
                Span(start=end.start, end=end.end),
                days=days,
            )
        )
    return out


def _the_start(
    doc: ArticleView, dated: list[TimeRef], positions: list[int], index: int, sentence: int, started: re.Pattern[str]
) -> TimeRef | None:
    """The day a sentence before the end's (`index`) dates as a run's start: the last dated day or month before the
    end's sentence, one of the sentences up to `_SENTENCES_BACK` back in its paragraph or the two before, which a word
    of starting follows; none when another day or month is dated after that start's sentence and before the end, or
    two starts are told in its sentence."""
    sentence_start, _ = doc.segments.sentence_bounds(sentence, len(doc.text))
    before = bisect.bisect_left(positions, sentence_start) - 1
    if before < 0:
        return None
    last = dated[before]
    own = doc.segments.sentence_of(last.start)
    if sentence - own > _SENTENCES_BACK or doc.segments.paragraph_of(sentence_start) - doc.segments.paragraph_of(
        last.start
    ) not in (0, 1, 2):
        return None
    own_start, _ = doc.segments.sentence_bounds(own, len(doc.text))
    # (the dates of the start's sentence, in order: the start, then perhaps the day it was reported on)
    first = bisect.bisect_left(positions, own_start)
    here = [ref for ref in dated[first : before + 1] if started.match(doc.text, ref.end) is not None]
    if len(here) != 1:
        return None  # (no start told there, or two: which one the run is from is unsaid)
    return here[0]


def _same_run(doc: ArticleView, start: TimeRef, sentence_start: int, end_at: int, subject: re.Pattern[str]) -> bool:
    """Whether the end's sentence tells the run its start's clause began: it opens with a noun and its topic particle
    (`수확은 다음 달 20일까지`), no other word before it, and the start's sentence names that noun after the start's
    day (`14일부터 수확에 들어갔다`); `포도 수확은`, `야간 개장은` tell a narrower or another run."""
    opening = subject.match(doc.text, sentence_start, end_at)
    if opening is None:
        return False
    own = doc.segments.sentence_of(start.start)
    _, own_end = doc.segments.sentence_bounds(own, len(doc.text))
    return opening.group("noun") in doc.text[start.end : own_end]


def _days(match: re.Match[str], counts: dict[str, int], native: dict[str, int]) -> int:
    """The days a length of days or weeks states (weeks seven days each); 0 for a length in months or years."""
    groups = match.groupdict()
    if groups.get("d"):
        return int(groups["d"])
    if groups.get("dw"):
        return counts.get(groups["dw"].lower(), 0)
    if groups.get("dn"):
        return native.get(groups["dn"], 0)
    if groups.get("wk"):
        written = groups["wk"]
        return 7 * (int(written) if written.isdigit() else counts.get(written.lower(), 0))
    return 0
