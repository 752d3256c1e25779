"""Days between a dated day and an event named after it, dated in an earlier sentence: `Tarrow Mills confirmed the
order on Monday 6 July. … The first bales leave on Friday 4 September, 60 days after the order was confirmed`, `The
fair was held on Saturday 4 July. … The takings were paid out on Monday 3 August, 30 days after the fair`, `A
trial run takes place on Monday 7 September, 12 days before the launch` (the launch dated earlier).

A length of days or weeks right after a dated day (`[link.length_hedges]` may stand before it), then the words
that count it from a named event after it (`[link.span_after_named]`: `after the`) or before it
(`[link.span_before_named]`: `before the`) and the event's noun, set apart by a verb of its own (`was`, `were`,
`had`) or by the clause's end, is the time between that day and the one day the nearest earlier sentence naming the
noun dates (a sentence naming it with no day is passed over). Not read: a noun after a word that qualifies it
(`after the last capture`: which capture), a sentence of the length with another day (checker/link/
spans_between_dates.py reads a named event of its own sentence), a nearest naming sentence with two days, or an
event dated on the wrong side of the day (`after` an event dated later is another event of that noun).
"""

from __future__ import annotations

import functools
import re

from checker.extract.lang import NEVER, link_alternations
from checker.link.elapsed import dated_times, span_counts, span_of_length
from checker.link.view import ArticleView
from checker.models import ElapsedSpan, Span, TimeRef
from checker.periods import Period
from checker.regex_cache import compile_exact, compile_re

# An article states a few such counts; past this many dates the text is a pasted list (linking stays linear).
_MOST_DATES = 256
_WORD = compile_exact(r"[^\W\d_]+")


@functools.cache
def _pattern(code: str) -> re.Pattern[str] | None:
    w = link_alternations(code)
    if w.span_after_named == NEVER and w.span_before_named == NEVER:
        return None
    _, number = span_counts(code)
    length = rf"(?P<length>(?P<d>{number})\s?(?:{w.length_days})|(?P<wk>{number})\s?(?:{w.length_weeks}))"
    return compile_re(
        rf",\s+(?:(?:{w.length_hedges})\s+)?{length}\s+"
        rf"(?:(?P<after>{w.span_after_named})|(?P<before>{w.span_before_named or NEVER}))\s+"
        rf"(?P<noun>[^\W\d_]{{3,}})(?=\s+(?:{w.named_event_count_verbs or NEVER})\b|\s*[,.;]|\s*$)",
        re.I,
    )


@functools.cache
def _naming(code: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]] | None:
    """In the sentence naming the event, the noun as the head of what its one day dates, right before that day (`The
    Brenn fair was held on`, `The Orrin launch is set for`, `confirmed the order on`: `[link.named_event_determiners]`,
    `[link.named_event_dated_verbs]`, `[link.named_event_dated_on]`), and the word before it that makes it part of
    another noun's phrase (`Tickets for the launch went on sale on`: `[link.named_event_qualifiers]`); or the noun
    right before a clause of its own that dates it (`from the Brenn fair, which raised £900 on the last Saturday,
    4 July`: `[link.named_event_relatives]`), the clause set apart by no comma before the day (not `the fair,
    which sold out, went on sale on …`)."""
    w = link_alternations(code)
    if w.named_event_determiners == NEVER or w.named_event_dated_on == NEVER:
        return None
    head = compile_re(
        rf"(?:^\s*|(?P<pre>[^\W\d_]+)\s+)(?:{w.named_event_determiners})\s+"
        rf"(?:(?-i:{w.named_event_name_words or NEVER})\s+){{0,3}}"
        rf"(?P<noun>[^\W\d_]{{3,}})\s+(?:(?:{w.named_event_dated_verbs or NEVER})\s+(?:[^\W\d_]+\s+)?)?"
        rf"(?:{w.named_event_dated_on})\s+(?:{w.weekday_before_date or NEVER})?$",
        re.I,
    )
    on = rf"(?:{w.named_event_dated_on})\s+(?:(?:{w.named_event_determiners})\s+[^\W\d_]+(?:\s+[^\W\d_]+)?,\s+)?"
    relative = compile_re(
        rf"(?<![^\W\d_])(?P<noun>[^\W\d_]{{3,}}),\s+(?:{w.named_event_relatives or NEVER})\s+"
        rf"(?:[^.;!?,]|(?<=\d),(?=\d)){{0,80}}?\s"
        rf"{on}(?:{w.weekday_before_date or NEVER})?$",
        re.I,
    )
    return head, compile_re(rf"(?:{w.named_event_qualifiers or NEVER})", re.I), relative


def link_days_from_named_events(doc: ArticleView) -> list[ElapsedSpan]:
    """Every length of days or weeks between a dated day and an event it names, dated in an earlier sentence."""
    pattern = _pattern(doc.language)
    if pattern is None:
        return []
    counts, _ = span_counts(doc.language)
    dated = [ref for ref in dated_times(doc)[:_MOST_DATES] if _day(ref) is not None]
    by_sentence: dict[int, list[TimeRef]] = {}
    for ref in dated:
        by_sentence.setdefault(doc.segments.sentence_of(ref.start), []).append(ref)
    out: list[ElapsedSpan] = []
    for sentence, own in by_sentence.items():
        if len(own) != 1:
            continue  # (another day in the sentence: the event may be dated there)
        ref = own[0]
        _, end = doc.segments.sentence_bounds(sentence, len(doc.text))
        match = pattern.match(doc.text, ref.end, end)
        if match is None:
            continue
        origin = _dated_naming(doc, match.group("noun").lower(), sentence, by_sentence)
        if origin is None:
            continue
        day, event = _day(ref), _day(origin)
        since, until = (event, day) if match.group("after") else (day, event)
        if since.bounds()[0] >= until.bounds()[0]:
            continue  # (an event of that noun dated on the wrong side: another one)
        weeks = _number(match.group("wk"), counts)
        days = _number(match.group("d"), counts) or 7 * weeks
        if not days:
            continue
        spans = (Span(start=origin.start, end=origin.end), Span(start=ref.start, end=ref.end))
        since_span, until_span = spans if match.group("after") else spans[::-1]
        out.append(
            span_of_length(match, (0, "week" if weeks else "day"), since, since_span, until, until_span, days=days)
        )
    return out


def _dated_naming(doc: ArticleView, noun: str, sentence: int, by_sentence: dict[int, list[TimeRef]]) -> TimeRef | None:
    """The one day the nearest earlier sentence naming the noun dates (one naming it with no day passed over), where
    the noun heads what that day dates (`The Brenn fair was held on …`), not a part of another noun's phrase
    (`Tickets for the fair went on sale on …`, `The fair committee met on …`: that day is another event's)."""
    naming = _naming(doc.language)
    if naming is None:
        return None
    head, qualifiers, relative = naming
    for earlier in range(sentence - 1, -1, -1):
        start, end = doc.segments.sentence_bounds(earlier, len(doc.text))
        if noun not in (w.lower() for w in _WORD.findall(doc.text, start, end)):
            continue
        days = by_sentence.get(earlier, [])
        if not days:
            continue
        if len(days) != 1:
            return None
        before = doc.text[start : days[0].start]
        match = relative.search(before)
        if match is not None and match.group("noun").lower() == noun:
            return days[0]
        match = head.search(before)
        if match is None or match.group("noun").lower() != noun:
            return None
        if match.group("pre") and qualifiers.fullmatch(match.group("pre")):
            return None
        return days[0]
    return None


def _day(ref: TimeRef) -> Period | None:
    period = Period.parse(ref.period) if ref.period else None
    return period if period is not None and period.grain == "day" else None


def _number(written: str | None, counts: dict[str, int]) -> int:
    if not written:
        return 0
    return int(written) if written.isdigit() else counts.get(written.lower(), 0)
