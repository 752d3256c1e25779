"""Elapsed times stated beside the dates they span: the link stage's reading for the date check.

A span of time is an elapsed time from a date only by the marks that say so, never by nearness
alone. After the span, `만에`, `만인`, `이 경과한`, `밖에 걸리` (`span_since`) run it from an earlier
date to a date written right after it (`3년 2개월 만인 2018년 6월`) or, with none, to the publication
date (`…을 넘긴 뒤 8개월 만에 돌파했다`); `뒤`, `후`, `later` (`span_later`) run it only to a date
written right after it (`3년 뒤 두 배가 될 전망` is a forecast). The start is the last date before the
span, in its sentence or the one before: with no date written after the span, only when a word
between them makes that date the start (`3월 2일 이후`, `넘긴 뒤`, `그로부터`, `since`). A return right
after the span (`4년 만에 복귀`) runs it from the date before it, the departure, to the publication. A span
followed by a record (`5년 만에 최대`, `the first loss in 12 years`) runs from an event whose date is not
written, and is left alone. Language words are data (`rules/lang/*.toml`, `[link.span_*]`).
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import re
from dataclasses import dataclass

from checker.extract.lang import link_alternations, load_file
from checker.link.view import ArticleView
from checker.models import ElapsedSpan, Span, TimeRef
from checker.periods import Period

# How far after a span's mark a date is still the date it runs to (`만인 2018년 6월`, `later, in 2022`),
# and how far after it a record word makes it a "first in N years" (`만에 분기 최대`, not the words of
# the next clause: `걸리지 않을 정도로 상승세가`).
_UNTIL_GAP = 8
_RECORD_WINDOW = 7
_GAP_WITHOUT_FIGURES = re.compile(r"[^\d.!?]*")


@dataclass(frozen=True, slots=True)
class _Words:
    span: re.Pattern[str]  # `3년 2개월`, `9개월여`, `three years` + a mark
    records: re.Pattern[str]
    starts: re.Pattern[str]  # `이후`, `그로부터`, `since` between the start and the span
    returns: re.Pattern[str]  # `복귀` right after the span: a return, since the departure dated before
    counts: dict[str, int]


@functools.cache
def _words(code: str) -> _Words:
    counts: dict[str, int] = {}
    own = load_file(code)
    for data in [own, *(load_file(other) for other in (own.also if own else []))]:
        if data is not None:
            counts.update({k.lower(): v for k, v in data.native_numbers.units.items()})
            counts.update(
                {
                    k.lower(): int(v)
                    for k, v in data.number_words.words.items()
                    if " " not in k and float(v).is_integer()
                }
            )
    number = "|".join(["\\d{1,3}", *sorted(map(re.escape, counts), key=len, reverse=True)])
    w = link_alternations(code)
    # (a class a language leaves empty is a pattern that matches nothing)
    span = re.compile(
        rf"(?:(?P<y>{number})\s?(?:{w.elapsed_years})(?:\s?(?P<ym>{number})\s?(?:{w.elapsed_months}))?"
        rf"|(?P<m>{number})\s?(?:{w.elapsed_months}))(?P<over>{w.span_over})?"
        rf"\s?(?:(?P<since>{w.span_since})|(?P<later>{w.span_later}))",
        re.I,
    )
    returns = re.compile(rf"\s?(?:{w.span_returns})", re.I)
    return _Words(span, re.compile(w.span_records, re.I), re.compile(w.span_from, re.I), returns, counts)


def link_elapsed(doc: ArticleView, published: dt.date | None, published_assumed: bool) -> list[ElapsedSpan]:
    """Every elapsed time whose start and end dates the article states (or dates by its publication)."""
    words = _words(doc.language)
    dated = [t for t in doc.times if t.role not in ("prior", "dateline") and Period.parse(t.period) is not None]
    dated_starts = [t.start for t in dated]
    out: list[ElapsedSpan] = []
    for ref in doc.times:
        if ref.period is not None or ref.role == "prior":
            continue
        match = words.span.match(doc.text, ref.start)
        if match is None:
            continue
        stated = _stated(match, words.counts)
        if stated is None:
            continue
        months, unit = stated
        if words.records.search(doc.text[match.end() : match.end() + _RECORD_WINDOW]):
            continue  # `5년 만에 최대`: since the last such event, whose date is not written
        until = _until(doc.text, dated, dated_starts, match.end())
        since = _since(doc, dated, dated_starts, ref.start)
        if since is None:
            continue
        if until is None:
            if match.group("later") or published is None or published_assumed:
                continue
            if not (words.starts.search(doc.text, since.end, ref.start) or words.returns.match(doc.text, match.end())):
                continue  # a date before the span is its start only when a word says so (or a return)
            until_period = Period.of_day(published.year, published.month, published.day)
        else:
            until_period = Period.parse(until.period)
        since_period = Period.parse(since.period)
        if since_period is None or until_period is None or since_period.bounds()[0] >= until_period.bounds()[1]:
            continue
        out.append(
            ElapsedSpan(
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
        )
    return out


def _stated(match: re.Match[str], counts: dict[str, int]) -> tuple[int, str] | None:
    def number(written: str | None) -> int:
        if not written:
            return 0
        return int(written) if written.isdigit() else counts.get(written.lower(), 0)

    years, months = number(match.group("y")), number(match.group("ym")) + number(match.group("m"))
    total = years * 12 + months
    if total <= 0:
        return None
    return total, "month" if match.group("ym") or match.group("m") else "year"


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
