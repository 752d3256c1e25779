"""An elapsed time or a streak stated in the headline and again in the body: `…3년 9개월 만에 최저` over
`2021년 1월 이후 3년 9개월 만에 가장 낮은 수준이다`, `무역수지 13개월째 흑자` over `13개월 연속 흑자 행진`,
`개봉 25일 만에 1천만 관객` over `개봉 25일 만이다` (issue 11).

A headline restates the body's lengths of time in words of its own, as it restates its figures; nothing
else in the article has to date them. Three sorts are told apart by the mark after the length: the time
since something (`만에`, `만인`, `만이다`, [link.span_since]), a streak (`째`, `연속`, [link.streak_marks]) and the
length a run lasted (`축제 23일간 …` over `23일간 이어진 축제`, [link.span_lasting]).
A headline length is restated by the first body length of its sort that states as long a time (`석 달` and
`3개월`, `3년 7개월` and `43개월`, `4년` and `4년 2개월` rounded; weeks and days by their count and unit).
With none as long, a body length is its restatement only by the words after both: exactly one body length
of the sort is followed by a word that starts as the headline's does (`13개월째 흑자`, `14개월 연속 흑자`), or
each is followed by a record word ([link.span_records]: `만에 최저`, `만에 가장 낮은`) and is the one length
of its sort so followed in its part, or exactly one body length of the sort counts from the event the headline's
counts from, named right before both ([link.span_origins]: `개봉 25일 만에 1천만`, `개봉 25일 만이다`). A length in
other units or within a year of one written in whole years is no slip, and a hedged length (`9개월여`) is
paired only with one as long. Lengths whose written digits differ in more than one place (`14개월`, `9개월`) or
are written in words (`넉 달`, `두 달`) are two facts, as two figures are in the restatement check: a slip changes
one digit. An article opens with a headline when its first line stands alone, a blank line after it. Language words
are data (the elapsed classes of rules/lang/*.toml): a language that marks no such spans pairs none.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from checker.extract.lang import link_alternations
from checker.link.elapsed import span_counts, year_month_length
from checker.link.view import ArticleView
from checker.models import RestatedDuration, Span
from checker.regex_cache import compile_exact, compile_re
from checker.regex_needs import may_match

# A headline is a line of its own; a first line longer than this is a paragraph, not a headline.
_HEADLINE_MOST = 160
_HEADLINE = compile_exact(r"\s*(?P<line>[^\n]+)\n[^\S\n]*\n")
# An article states a handful of lengths of time; past this many the text is a pasted list.
_MOST_LENGTHS = 64
_DIGITS = compile_exact(r"\D")


@dataclass(frozen=True)
class _Length:
    start: int
    end: int
    sort: str  # "since", "streak" or "lasting" (`23일간`: the length a run lasted)
    text: str
    length: tuple[int, str]  # (months, "month") or (count, the unit as written: `주`, `일`)
    hedged: bool
    after: str  # the word after the mark
    years_only: bool  # `4년`: whole years, which a headline rounds a body's `4년 2개월` to
    origin: str  # the noun of the event it is counted from, right before it (`개봉` in `개봉 25일 만에`), or ""


def _as_long(a: _Length, b: _Length) -> bool:
    """One length, written alike or rounded to whole years (`4년` for `4년 2개월` or `3년 9개월`)."""
    if a.length == b.length:
        return True
    if a.length[1] != "month" or b.length[1] != "month" or not (a.years_only or b.years_only):
        return False
    years, months = (a, b) if a.years_only else (b, a)
    return years.length[0] // 12 in (months.length[0] // 12, round(months.length[0] / 12))


def _near(a: _Length, b: _Length) -> bool:
    """Within the rounding of a length in whole years: neither agrees nor slips."""
    return (a.years_only or b.years_only) and abs(a.length[0] - b.length[0]) < 12


@functools.cache
def _pattern(code: str) -> re.Pattern[str] | None:
    w = link_alternations(code)
    if not (w.span_since or w.streak_marks):
        return None
    _, number = span_counts(code)
    length = rf"(?:{year_month_length(w, number, halves=False)}|(?P<o>{number})\s?(?P<unit>{w.elapsed_other_units}))"
    marks = "|".join(
        rf"(?P<{name}>{words})"
        for name, words in (("since", w.span_since), ("streak", w.streak_marks), ("lasting", w.span_lasting))
        if words
    )
    return compile_re(
        rf"(?<![\d.,])(?P<length>{length})(?P<over>{w.span_over})?\s?(?:{marks})\s?(?P<after>[^\s.!?,…·]*)",
        re.I,
    )


def _number(written: str | None, counts: dict[str, int]) -> int:
    if not written:
        return 0
    return int(written) if written.isdigit() else counts.get(written.lower(), 0)


def _lengths(doc: ArticleView, start: int, end: int) -> list[_Length]:
    pattern = _pattern(doc.language)
    if pattern is None:
        return []
    counts, _ = span_counts(doc.language)
    out = []
    for match in pattern.finditer(doc.text, start, end):
        months = 12 * _number(match.group("y"), counts) + _number(match.group("ym"), counts)
        months += _number(match.group("m"), counts)
        other = _number(match.group("o"), counts)
        if months:
            length = (months, "month")
        elif other and match.group("unit"):
            length = (other, match.group("unit").lower())
        else:
            continue  # `0년 만에`: no length

        out.append(
            _Length(
                match.start("length"),
                match.end("length"),
                "since" if match.group("since") else "lasting" if match.groupdict().get("lasting") else "streak",
                match.group("length"),
                length,
                bool(match.group("over")),
                match.group("after"),
                bool(match.group("y")) and not match.group("ym"),
                _origin(doc, match.start("length")),
            )
        )
        if len(out) > _MOST_LENGTHS:
            return []
    return out


def _one_digit_apart(a: str, b: str) -> bool:
    """Written lengths whose digits differ in one place (`13개월`, `53개월`; `3년 9개월`, `7년 9개월`), as a slip of the
    pen makes them; lengths apart in more (`14개월`, `9개월`) are two lengths, of two facts."""
    here, there = _DIGITS.sub("", a), _DIGITS.sub("", b)
    return len(here) == len(there) > 0 and sum(x != y for x, y in zip(here, there, strict=True)) == 1


def _same_start(a: str, b: str) -> bool:
    return bool(a) and bool(b) and a[0] == b[0]


# How far before a length its origin noun may start (`개봉 `, `창사 `): a word and a space.
_ORIGIN_REACH = 8


@functools.cache
def _origins(code: str) -> re.Pattern[str] | None:
    words = link_alternations(code).span_origins
    return compile_re(rf"(?<![^\W\d_])(?P<origin>{words})\s?$", re.I) if words else None


def _origin(doc: ArticleView, start: int) -> str:
    """The origin noun right before a length (`개봉 25일 만에`), lower-cased, or ""."""
    pattern = _origins(doc.language)
    if pattern is None:
        return ""
    found = pattern.search(doc.text, max(0, start - _ORIGIN_REACH), start)
    return found.group("origin").lower() if found else ""


@functools.cache
def _records(code: str) -> re.Pattern[str]:
    return compile_re(rf"(?:{link_alternations(code).span_records})", re.I)


def _restatement(
    stated: _Length, headline: list[_Length], body: list[_Length], records: re.Pattern[str]
) -> tuple[_Length, bool] | None:
    """The body's statement of a headline length, and whether both state one length."""
    of_sort = [b for b in body if b.sort == stated.sort]
    alike = next((b for b in of_sort if _as_long(stated, b)), None)
    if alike is not None:
        return alike, True
    if stated.hedged:
        return None
    # Two lengths of one sort are one fact only by the words after them: one start (`13개월째 흑자`, `14개월
    # 연속 흑자`), or a record each (`5년 만에 최대`, `5년 만에 가장 많은`) where each part states one such.
    worded = [b for b in of_sort if _same_start(b.after, stated.after)]
    if not worded and records.match(stated.after):
        recorded = [b for b in of_sort if records.match(b.after)]
        if sum(h.sort == stated.sort and bool(records.match(h.after)) for h in headline) == 1:
            worded = recorded
    if len(worded) != 1 and stated.origin:
        # or one origin: the one length of its sort counted from the event the headline counts from (`개봉 25일 만에
        # 1천만`, `개봉 25일 만이다`), whatever follows each
        worded = [b for b in of_sort if b.origin == stated.origin]
    if len(worded) != 1:
        return None
    other = worded[0]
    if other.hedged or other.length[1] != stated.length[1] or _near(stated, other):
        return None  # a length in other units may round this one (`석 달`, `90일`): no slip to tell
    if not _one_digit_apart(stated.text, other.text):
        return None
    return other, False


def link_restated_durations(doc: ArticleView) -> list[RestatedDuration]:
    """Each length of time the headline states, with the body's statement of it."""
    if _pattern(doc.language) is None:
        return []
    opening = _HEADLINE.match(doc.text) if may_match(_HEADLINE, doc.text) else None
    if opening is None or len(opening.group("line")) > _HEADLINE_MOST:
        return []
    headline = _lengths(doc, opening.start("line"), opening.end("line"))
    if not headline:
        return []
    body = _lengths(doc, opening.end(), len(doc.text))
    out = []
    for stated in headline:
        found = _restatement(stated, headline, body, _records(doc.language))
        if found is None:
            continue
        other, agree = found
        # a body that states the length again, after the words the headline's follows (`11개월 연속 증가` over
        # `11개월 연속 늘며` and `11개월 연속 증가세다`), restates it there too: each such statement agrees
        again = [
            b
            for b in body
            if b is not other and b.sort == stated.sort and _as_long(stated, b) and _same_start(b.after, stated.after)
        ]
        for each in [other, *again] if agree else [other]:
            out.append(
                RestatedDuration(
                    start=stated.start,
                    end=stated.end,
                    text=doc.text[stated.start : stated.end],
                    other=Span(start=each.start, end=each.end),
                    other_text=doc.text[each.start : each.end],
                    agree=agree,
                )
            )
    return out
