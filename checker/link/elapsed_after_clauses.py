"""An elapsed time set after a date, counted from an earlier event its own clause dates: `The line opened on May 4,
14 months after the county awarded the build in January 2025.` The span, in apposition to the date before it (a comma
between), runs to that date; the clause it opens (`[link.span_after_clause]`: `after` followed by the event, not
by a date) names the event it runs from, and the date that clause gives, in the same clause (no comma, stop or
figure between), is the start. A start after the end is some other date, and nothing is read. Korean writes the
start before the span (`2025년 1월 계약 이후 14개월 만인 5월 4일`), which checker/link/elapsed.py reads.
"""

from __future__ import annotations

import bisect
import functools
import re

from checker.extract.lang import link_alternations
from checker.link.elapsed import _elapsed_span, _words, dated_times, stated_length
from checker.link.view import ArticleView
from checker.models import ElapsedSpan
from checker.periods import Period
from checker.regex_cache import compile_exact, compile_re

_APPOSED = compile_exact(r"\s*,\s*")  # the date, then the span in apposition to it
_CLAUSE_REACH = 80  # how far into the clause after the mark its date may be
_IN_CLAUSE = compile_exact(r"[^,;.!?\d\n]*")  # no clause break and no figure between the mark and the start


@functools.cache
def _after_span(code: str) -> re.Pattern[str]:
    bare = _words(code).bare.pattern
    return compile_re(rf"(?:{bare})\s?(?:{link_alternations(code).span_after_clause})", re.I)


def link_spans_after_clauses(doc: ArticleView) -> list[ElapsedSpan]:
    """Each span after a date that its `after` clause dates the start of."""
    pattern = _after_span(doc.language)
    counts = _words(doc.language).counts
    dated = dated_times(doc)
    starts = [t.start for t in dated]
    out: list[ElapsedSpan] = []
    for ref in doc.times:
        if ref.period is not None:
            continue
        match = pattern.match(doc.text, ref.start)
        if match is None:
            continue
        stated = stated_length(match, counts)
        at = bisect.bisect_left(starts, ref.start)
        if stated is None or at == 0 or at == len(dated):
            continue
        until, since = dated[at - 1], dated[at]
        apposed = _APPOSED.match(doc.text, until.end, ref.start)
        if apposed is None or apposed.end() != ref.start:
            continue
        if since.start - match.end() > _CLAUSE_REACH:
            continue
        gap = _IN_CLAUSE.match(doc.text, match.end(), since.start)
        if gap is None or gap.end() != since.start:
            continue
        since_period, until_period = Period.parse(since.period), Period.parse(until.period)
        if since_period is None or until_period is None or since_period.bounds()[0] >= until_period.bounds()[1]:
            continue
        out.append(_elapsed_span(match, stated, since, since_period, until, until_period))
    return out
