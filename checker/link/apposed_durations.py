"""A length of time restated beside itself in another unit: `Treatment lasts 52 weeks, or 12 months`, `치료 기간은
104주(약 24개월)다`.

A length followed, after a comma and `or` (or an opening parenthesis), by a length in another unit restates it
(`52 weeks, or 12 months`): the two must state one time within their written rounding (half a unit each: 52 weeks
is 361–367 days, 12 months 350–380), compared in days (a week of 7, a month of 365.25 / 12, a year of 365.25). The
pair is made for the restated-duration check (F346): alike, listed as checked; apart, a warning. Lengths of one
unit (`3 years, or 4 years`: an alternative, not a restatement) are not paired. Language words are data
(`[link.length_restated]`, `[link.length_weeks]`, `[link.length_days]` with the elapsed classes).
"""

from __future__ import annotations

import functools
import re

from checker.extract.lang import link_alternations
from checker.link.elapsed import span_counts
from checker.link.view import ArticleView
from checker.models import RestatedDuration, Span
from checker.regex_cache import compile_re

_DAYS = {"year": 365.25, "month": 365.25 / 12, "week": 7.0, "day": 1.0}


@functools.cache
def _pattern(code: str) -> re.Pattern[str] | None:
    w = link_alternations(code)
    if not w.length_restated:
        return None
    _, number = span_counts(code)

    def length(tag: str) -> str:
        units = "|".join(
            rf"(?P<{tag}_{unit}>{words})"
            for unit, words in (
                ("year", w.elapsed_years),
                ("month", w.elapsed_months),
                ("week", w.length_weeks),
                ("day", w.length_days),
            )
            if words
        )
        return rf"(?P<{tag}>(?P<{tag}_n>{number})\s?(?:{units}))(?![^\W\d_])"

    return compile_re(rf"(?<![\d.,]){length('a')}\s?(?:{w.length_restated})\s?{length('b')}", re.I)


@functools.cache
def _lead(code: str) -> re.Pattern[str]:
    """The restating words alone: a text without them is not searched from every number (a pasted line of
    figures holds a number every few characters)."""
    return compile_re(rf"(?:{link_alternations(code).length_restated})", re.I)


def _days(match: re.Match[str], tag: str, counts: dict[str, int]) -> tuple[float, float] | None:
    """The days a written length stands for, with half its unit either way."""
    written = match.group(f"{tag}_n")
    count = int(written) if written.isdigit() else counts.get(written.lower(), 0)
    unit = next((u for u in _DAYS if match.group(f"{tag}_{u}")), None)
    if not count or unit is None:
        return None
    return (count - 0.5) * _DAYS[unit], (count + 0.5) * _DAYS[unit]


def link_apposed_durations(doc: ArticleView) -> list[RestatedDuration]:
    """Each length restated beside itself in another unit, and whether both state one time."""
    pattern = _pattern(doc.language)
    if pattern is None or not _lead(doc.language).search(doc.text):
        return []
    counts, _ = span_counts(doc.language)
    out = []
    for match in pattern.finditer(doc.text):
        units = [next((u for u in _DAYS if match.group(f"{tag}_{u}")), None) for tag in ("a", "b")]
        here, there = _days(match, "a", counts), _days(match, "b", counts)
        if here is None or there is None or units[0] == units[1]:
            continue
        out.append(
            RestatedDuration(
                start=match.start("a"),
                end=match.end("a"),
                text=match.group("a"),
                other=Span(start=match.start("b"), end=match.end("b")),
                other_text=match.group("b"),
                agree=here[0] <= there[1] and there[0] <= here[1],
                apposed=True,
            )
        )
    return out
