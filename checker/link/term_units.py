"""The unit a term of periods is counted in, named once for every total stated over a term.

A total over a term (`연봉 4억원씩 3년 총액 12억원`, `$3m a year over 10 years, $30m in all`, `98일간 2만 명, 하루
평균 204명`) is linked with the number of periods and the span that writes them (`periods`, `periods_span`); the check
says what the computation is in the term's own unit (`$3m a year for 10 years`) when the span's words name one —
years, months, weeks or days, as the language writes lengths of time (`[link.elapsed_years]`,
`[link.elapsed_months]`, `[link.length_weeks]`, `[link.length_days]`) — and in periods when they do not.
"""

from __future__ import annotations

import functools
import re

from checker.extract.lang import link_alternations
from checker.models import Claim
from checker.regex_cache import compile_re

# The units a term is told in, each with its words' table; the first whose words the span holds names it.
# (years before months: a Korean `개월` holds no `년`, an English `months` no `year`; weeks before days: `주` and
# `일` never meet in one length)
_UNIT_TABLES = (
    ("year", "elapsed_years"),
    ("month", "elapsed_months"),
    ("week", "length_weeks"),
    ("day", "length_days"),
)


@functools.cache
def _unit_patterns(code: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    w = link_alternations(code)
    return tuple((unit, compile_re(rf"(?:{getattr(w, table)})", re.I)) for unit, table in _UNIT_TABLES)


@functools.cache
def _weekend_pattern(code: str) -> re.Pattern[str]:
    return compile_re(rf"(?:{link_alternations(code).span_one_weekend})", re.I)


def term_unit(term: str, code: str) -> str | None:
    """The unit the words of a term name (`5년간` → year, `ten weeks` → week; one weekend, `over its opening weekend`,
    `[link.span_one_weekend]` → its days), or None."""
    if _weekend_pattern(code).fullmatch(term):
        return "day"
    for unit, pattern in _unit_patterns(code):
        if pattern.search(term):
            return unit
    return None


def name_term_units(claims: list[Claim], text: str, code: str) -> None:
    """Each total over a term told the unit its term is counted in (offsets of `text`, before they move back)."""
    for claim in claims:
        span = claim.periods_span
        if span is not None and claim.periods:
            claim.periods_unit = term_unit(text[span.start : span.end], code)
