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
from dataclasses import dataclass

from checker.extract.lang import link_alternations
from checker.link.elapsed import span_counts
from checker.link.view import ArticleView
from checker.models import RestatedDuration, Span
from checker.regex_cache import compile_re
from checker.regex_needs import finditer_if_possible

_DAYS = {"year": 365.25, "month": 365.25 / 12, "week": 7.0, "day": 1.0}


@dataclass(frozen=True, slots=True)
class _Patterns:
    mark: re.Pattern[str]  # the restating words (`, or`, `(약`)
    before: re.Pattern[str]  # a length ending right before them (searched back from the mark)
    after: re.Pattern[str]  # a length right after them


# How far before its restating words a length may start (`thirty-six months, or`): the first length is looked
# for from each mark, not from each number of the text (a paragraph holds many numbers and few marks).
_LENGTH_REACH = 40


@functools.cache
def _patterns(code: str) -> _Patterns | None:
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

    return _Patterns(
        compile_re(rf"(?:{w.length_restated})", re.I),
        compile_re(rf"(?<![\d.,]){length('a')}\s?\Z", re.I),
        compile_re(rf"\s?{length('b')}", re.I),
    )


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
    patterns = _patterns(doc.language)
    if patterns is None:
        return []
    counts, _ = span_counts(doc.language)
    text, out = doc.text, []
    for mark in finditer_if_possible(patterns.mark, text):
        # (the length after the mark first: anchored, it fails at once after most parentheses; `\Z` then closes
        # the search back at the mark, so the first length ends right before it)
        there_match = patterns.after.match(text, mark.end())
        here_match = (
            patterns.before.search(text, max(0, mark.start() - _LENGTH_REACH), mark.start()) if there_match else None
        )
        if here_match is None or there_match is None:
            continue
        units = [
            next((u for u in _DAYS if found.group(f"{tag}_{u}")), None)
            for found, tag in ((here_match, "a"), (there_match, "b"))
        ]
        here, there = _days(here_match, "a", counts), _days(there_match, "b", counts)
        if here is None or there is None or units[0] == units[1]:
            continue
        out.append(
            RestatedDuration(
                start=here_match.start("a"),
                end=here_match.end("a"),
                text=here_match.group("a"),
                other=Span(start=there_match.start("b"), end=there_match.end("b")),
                other_text=there_match.group("b"),
                agree=here[0] <= there[1] and there[0] <= here[1],
                apposed=True,
            )
        )
    return out
