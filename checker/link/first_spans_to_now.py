"""A length told as a thing's first days, weeks or months up to now: `opened on Monday 8 June and has had 3,100
visitors in its first eight weeks`, `set up in the hall in February has held 400 sessions in its first six months`.

The length follows the words that make it the first of a thing's time (`[link.first_span_lead]`: `in its first`). It
runs from the one day or month its sentence dates, written before it, where a verb of starting stands before that
date in its clause (`[link.age_start_verbs]`: `opened`, `set up`; no figure between), to the publication day, where a
perfect verb between the date and the length runs the sentence up to now (`[link.age_perfect_now]`: `has had`; not
`had 900 visitors in its first six weeks`, told of a time gone by). A sentence dating another time, or a start after
the publication, is not read. The check counts days or weeks between the two days, months between the two months.
"""

from __future__ import annotations

import datetime as dt
import functools
import re

from checker.extract.lang import NEVER, link_alternations
from checker.link.elapsed import dated_times, span_counts, span_of_length, stated_length, year_month_length
from checker.link.view import ArticleView
from checker.models import ElapsedSpan, Span
from checker.periods import Period
from checker.regex_cache import compile_re

# How far before the date its verb of starting may stand (`opened a practice on Green Street on Monday 5 January`).
_VERB_REACH = 60
# An article states a few such lengths; past this many the text is a pasted list (linking stays linear).
_MOST = 32


@functools.cache
def _patterns(code: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]] | None:
    """(the words of the first and the length after them; a verb of starting before a date, at the text's end; a
    perfect verb); None where the language has no words of the first."""
    w = link_alternations(code)
    if w.first_span_lead == NEVER or w.age_start_verbs == NEVER or w.age_perfect_now == NEVER:
        return None
    _, number = span_counts(code)
    length = (
        rf"(?P<length>{year_month_length(w, number)}|(?P<d>\d{{1,4}})\s?(?:{w.length_days})"
        rf"|(?P<wk>{number})\s?(?:{w.length_weeks})|(?P<dw>{number})\s(?:{w.length_days}))"
    )
    return (
        compile_re(rf"(?<![^\W\d_])(?:{w.first_span_lead})\s+{length}(?![^\W\d_])", re.I),
        compile_re(rf"(?<![^\W\d_])(?:{w.age_start_verbs})(?![^\W\d_])[^.;:!?\d]{{0,{_VERB_REACH}}}$", re.I),
        compile_re(rf"(?:{w.age_perfect_now})", re.I),
    )


def link_first_spans_to_now(doc: ArticleView, published: dt.date | None, published_assumed: bool) -> list[ElapsedSpan]:
    """Every length of a thing's first days, weeks or months, from the start its sentence dates to publication."""
    patterns = _patterns(doc.language)
    if patterns is None or published is None or published_assumed:
        return []
    first, started, perfect = patterns
    dated = dated_times(doc)
    counts, _ = span_counts(doc.language)
    today = Period.of_day(published.year, published.month, published.day)
    out: list[ElapsedSpan] = []
    for match in first.finditer(doc.text):
        if len(out) >= _MOST:
            break
        sentence = doc.segments.sentence_of(match.start())
        start, end = doc.segments.sentence_bounds(sentence, len(doc.text))
        # (the length may be read as a time itself, `first six months`: a half of the year, no date of the start)
        own = [ref for ref in dated if start <= ref.start < end and not match.start() <= ref.start < match.end()]
        if len(own) != 1 or own[0].end > match.start():
            continue  # (no date, or another time the sentence dates: which one the length runs from, unsaid)
        ref = own[0]
        since = Period.parse(ref.period) if ref.period else None
        if since is None or since.grain not in ("day", "month") or since.bounds()[1] >= published:
            continue
        if not started.search(doc.text[start : ref.start]):
            continue  # (no verb of starting dates it: the date of something else)
        if not perfect.search(doc.text, ref.end, match.start()):
            continue  # (told of a time gone by, not up to now)
        weeks = _count(match.group("wk"), counts)
        days = int(match.group("d")) if match.group("d") else counts.get((match.group("dw") or "").lower(), 0)
        if weeks or days:
            if since.grain != "day":
                continue  # (days and weeks are counted between two days only)
            stated = (0, "week") if weeks else (0, "day")
        else:
            stated = stated_length(match, counts)
            if stated is None:
                continue
        out.append(
            span_of_length(
                match, stated, since, Span(start=ref.start, end=ref.end), today, None, days=days or 7 * weeks
            )
        )
    return out


def _count(written: str | None, counts: dict[str, int]) -> int:
    if not written:
        return 0
    return int(written) if written.isdigit() else counts.get(written.lower(), 0)
