"""A record's elapsed time run from a date written before it: `월간 판매로는 2022년 1월 이후 34개월 만에 가장
많다`, `상승률은 2021년 1월(0.9%) 이후 3년 9개월 만에 최저`, `두 자릿수는 2022년 2분기 이후 9분기 만이다`, `the share
fell below 15% for the first time since August 2021, three years ago`, `ended its subsidy in December, eight
months ago`.

A span of time that ends a record (`N년 만에 최대`) is the time since the last such event; when the sentence itself
dates that event, right before a word that makes it the start (`이후`, `이래`, `since`), the span runs from that date.
An English span followed by `ago` runs from the date written right before it (`in December, eight months ago`; `just
over eight months ago`: at least that long, `[link.length_at_least]`), and so does one followed by `earlier` (`its
first deficit since June, three months earlier`) or preceded by `ending` (`since 2009, ending 16 years of coalition
governments`); a span that ends in `since` runs from the last date its sentence writes, with its year (`its peak set
in September 2021, having fallen for much of the two years and eight months since`); a span counted back to the date
written right after it (`지난해 소비량은 54.1㎏으로, 30년 전인 1995년(106.5㎏)의 절반`) runs from that date, and one
set after a comma beside `since` and a year (`the first title since 2014, a decade of waiting`), from that year; so
does the time a change took from a figure dated by the year right before it to the figure it reached
(`2012년 40곳에서 12년 만에 25곳으로`, `from 140 in 2012 to 90 twelve years later`: `[link.span_change_*]`). Where
it runs to is the period of the figures the record is about: the latest period written for a figure of its own
sentence before the span or, with none there, of the sentence before (the month of the data, `7월 거래량`, not the
publication date: a monthly report comes out the month after) — unless the record's sentence writes the day of the
event it is about before the start (`다음 달 5일부터 요금을 200원 올리기로 했는데, 요금 조정은 2018년 4월 개통 이후
8년 만에 처음이다`): then the span runs to that day. With no such figure, a span in whole years (or one counted back
from now, `ago`, `since`) runs to the publication date (a reading, as elapsed.py's), any other is not read; when that
period is not after the start, nothing is read, unless the start is dated after the publication (misdated). The
existing reading of record spans (checker/link/elapsed.py, the event dated in the sentence after) is left as it is:
this one reads only spans whose start is written beside them. Language words are data (`[link.record_span_from]`,
`[link.span_ago]`, `[link.span_earlier]`, `[link.span_ending]`, `[link.span_of_links]`, `[link.span_since_then]`,
`[link.span_back_to]`, `[link.span_apposed_since]`, `[link.elapsed_decades]`, `[link.one_of_a_unit]`,
`[link.elapsed_quarters]` with the elapsed and record classes; `[link.span_again]`: `8년 만에 다시`, a record
too). A decade rounds to half a decade either way; a length
after `nearly` (`since 1987, nearly four decades`: `[link.length_under]`) is at most that long, a unit under it at
least."""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass

from checker.extract.lang import NEVER, ByLanguage, link_alternations
from checker.link.elapsed import dated_times, span_counts, span_of_length, stated_length, year_month_length
from checker.link.view import ArticleView
from checker.models import Claim, ElapsedSpan, Span, TimeRef
from checker.periods import Period
from checker.regex_cache import compile_exact, compile_re
from checker.regex_needs import finditer_if_possible, may_match, search_if_possible

# Between a date and the word that makes it a span's start: a parenthetical figure (`2021년 1월(0.9%) 이후`)
# or up to two short words naming the event (`1992년 제14대 총선 이후`), nothing longer.
_DATE_TO_MARK = compile_exact(r"\s?(?:\([^()\n]{0,24}\))?(?:\s?[^\s.!?()]{1,8}){0,2}?\s?")
# How far after a span's mark a record word still belongs to it (`만에 가장 많다`, `만의 최고치`).
_RECORD_WINDOW = 8
# A dash that opens an aside and the one that closes it (`since 2009 -- 16 years -- …`).
_DASH = r"--|[—–]"
# The end of a clause right after an apposed span or its year (`since 2014, 12 years.`, `for 12 years, since 2014;`):
# nothing more said of the length (not `since 2014, 12 years after …`, a span of another start).
_CLAUSE_END = r"(?=\s*(?:[.;!?\"\u201d)]|$))"
# An article states a handful of record spans; past this many the text is a pasted list, and each span's
# reading walks the article's figures: the cap keeps a long document's linking linear.
_MOST_SPANS = 64


# `the mill had stood empty since 2014, 11 years`: the past perfect in the clause before `since`
# (`[link.span_past_perfect]`, no clause mark between): the span ran to an event of the past, the day its sentence
# dates; not `has had …` (`[link.span_present_finite]` right before: the present perfect of *have*), nor a relative
# clause's `had` before the finite verb of the span (`The club that had won the cup has played here since 2014`)
_PERFECT_VERB = ByLanguage(
    lambda w: rf"(?P<present>(?:{w.span_present_finite})\s+)?(?<![^\W\d_])(?:{w.span_past_perfect})(?![^\W\d_])",
    re.I,
)
_PRESENT_FINITE = ByLanguage(lambda w: rf"(?:{w.span_present_finite})(?![^\W\d_])", re.I)
# `…, reopened on Saturday`: a past event dated by a day of the week it names (`[link.past_event_this_week]`)
_THIS_WEEK = ByLanguage(lambda w: rf"(?<![^\W\d_])(?:{w.past_event_this_week})(?![^\W\d_])", re.I)
_CLAUSE_MARK = compile_exact(r"[,;:.!?]")
_PERFECT_REACH = 80  # characters before `since` where the verb of its clause stands
# Right after a length counted back (`, a century ago`), the end of its clause.
_CLAUSE_CLOSES = compile_exact(r"\s*(?:[,.;:!?)\"”]|$)")


@dataclass(frozen=True, slots=True)
class _Words:
    recorded: re.Pattern[str]  # `이후 3년 9개월 만에` (a record word must follow, or `만이다` end it)
    ago: re.Pattern[str]  # `, three years ago`
    earlier: re.Pattern[str]  # `, three months earlier` (back from the figures' period, never from now)
    since_then: re.Pattern[str]  # `the two years and eight months since.` (from the date its sentence gives)
    ending: re.Pattern[str]  # `since 2009, ending 16 years of coalition governments`
    records: re.Pattern[str]
    first_since: re.Pattern[str]  # `것은 2월 이후 3개월 만이다`: the mark itself says "the first since"
    counts: dict[str, int]
    back_to: re.Pattern[str]  # `30년 전인 1995년`: counted back to the date written right after it
    apposed: re.Pattern[str]  # `since 2014, a decade of waiting`, `since 2009 -- 16 years --`: set beside its date
    # `for the past nine years, since 2017.`: the length first, its start year set after it, ending the clause
    apposed_after: re.Pattern[str]
    # (its `since YEAR` alone: a text without one is not searched from every number it holds)
    apposed_after_lead: re.Pattern[str]
    # (its mark alone: a text without one is not searched from every number it holds)
    back_to_lead: re.Pattern[str]
    # right after a length counted back to a date (`33 years ago, in 1991`), the word that counts it back from now
    back_to_ago: re.Pattern[str]
    # `2013년 6천권에서 11년 만에 2만권으로`: a figure of the year before it, the time the change took, the figure
    changed: re.Pattern[str]
    # (its words before the length alone, which every match holds: a text without them, a line of amounts, is not
    # searched from every digit it holds)
    changed_lead: re.Pattern[str]
    # `2018년 이후 8년 만에 다시 대상을`: again, the first time since the start (`[link.span_again]`)
    again: re.Pattern[str]
    # the words of a year, a month, a decade and a century, each alone (`a century ago`: which unit `one` counts)
    units: tuple[re.Pattern[str], ...]


@functools.cache
def _words(code: str) -> _Words:
    counts, number = span_counts(code)
    w = link_alternations(code)
    length = rf"(?P<length>{year_month_length(w, number)}|(?P<q>{number})\s?(?:{w.elapsed_quarters}))"
    recorded = compile_re(rf"(?:{w.record_span_from})\s?{length}\s?(?P<mark>{w.span_since})", re.I)
    # (`in January, just over six months ago`: at least that long, under one unit more; `in June 2019, nearly seven
    # years ago`: at most that long, `[link.length_under]`)
    hedge = rf"(?:(?P<over>{w.length_at_least})\s+)?" if w.length_at_least else ""
    if hedge and w.length_under != NEVER:
        hedge = rf"(?:(?P<over>{w.length_at_least})\s+|(?P<under>{w.length_under})\s+)?"
    # (`, a century ago`, `, half a century ago`, `, a year ago`: one of a unit, or half of one, counted back; groups
    # `one` and `unit`, read by `_one_unit`)
    one = (
        rf"|(?P<one>{w.one_of_a_unit}|(?P<half>{w.half_a_unit}))\s(?P<unit>{w.elapsed_years}|{w.elapsed_months}|"
        rf"{w.elapsed_decades}|{w.elapsed_centuries})"
        if NEVER not in (w.one_of_a_unit, w.half_a_unit, w.elapsed_centuries)
        else ""
    )
    ago_length = rf"(?P<length>{year_month_length(w, number)}|(?P<q>{number})\s?(?:{w.elapsed_quarters}){one})"
    ago = compile_re(rf",\s{hedge}{ago_length}\s(?:{w.span_ago})\b", re.I)
    earlier = compile_re(rf",\s{length}\s(?:{w.span_earlier})\b", re.I)
    since_then = compile_re(rf"\b(?:{w.definite_articles})\s{length}\s(?:{w.span_since_then})", re.I)
    ending = compile_re(rf",\s(?:{w.span_ending})\s{length}\s(?:{w.span_of_links})\b", re.I)
    return _Words(
        recorded,
        ago,
        earlier,
        since_then,
        ending,
        compile_re(w.span_records, re.I),
        compile_re(w.span_first_since, re.I),
        counts,
        compile_re(rf"(?<![\d.,]){length}\s?(?:{w.span_back_to})\s?", re.I),
        compile_re(
            rf"\b(?:{w.span_apposed_since})\s+\d{{4}}(?:,|\s*(?P<dash>{_DASH}))\s(?:(?P<under>{w.length_under})\s)?"
            rf"(?P<length>(?P<y>{number})\s"
            rf"(?:{w.elapsed_years})|(?P<decade>{number}|{w.one_of_a_unit})\s(?:{w.elapsed_decades}))"
            rf"(?(dash)\s*(?:{_DASH})|(?:\s(?:{w.span_of_links})\b|{_CLAUSE_END}))",
            re.I,
        ),
        compile_re(
            rf"(?<![\w.,])(?P<length>(?P<y>{number})\s(?:{w.elapsed_years})|(?P<decade>{number}|{w.one_of_a_unit})\s"
            rf"(?:{w.elapsed_decades})),\s(?:{w.span_apposed_since})\s+\d{{4}}{_CLAUSE_END}",
            re.I,
        ),
        compile_re(rf"(?:{w.span_apposed_since})\s+\d{{4}}{_CLAUSE_END}", re.I),
        compile_re(rf"(?:{w.span_back_to})", re.I),
        compile_re(rf"\s?(?:{w.span_ago})\b", re.I),
        compile_re(
            rf"(?<=\d)[^\s\d.,!?()]{{0,4}}(?:{w.span_change_from})\s?{length}\s?(?:{w.span_since})\s?"
            rf"\d[\d,.]*\s?[^\s\d.,!?()]{{0,4}}?(?:{w.span_change_to})(?!\S)",
            re.I,
        )
        if w.span_change_from not in ("", NEVER) and w.span_change_to not in ("", NEVER)
        else compile_re(
            # `from 58 in 2014 to 33 twelve years later`: the figure reached right after the year, then the time
            # (not one dated by its own year after it: `…, in 2026`, read with its date elsewhere)
            rf"\s(?:{w.span_change_reached})\s+[^\s\d]{{0,2}}\d[\d,.]*(?:\s?[^\W\d_]+){{0,2}}?\s+{length}\s+"
            rf"(?:{w.span_later})(?!,?\s+(?:in\s+)?\d)",
            re.I,
        )
        if w.span_change_reached not in ("", NEVER)
        else re.compile(NEVER),
        compile_re(rf"(?:{w.span_change_from})", re.I)
        if w.span_change_from not in ("", NEVER) and w.span_change_to not in ("", NEVER)
        else compile_re(rf"(?:{w.span_change_reached})", re.I)
        if w.span_change_reached not in ("", NEVER)
        else re.compile(NEVER),
        compile_re(rf"\s?(?:{w.span_again})(?![^\W\d_])", re.I),
        tuple(
            compile_re(rf"(?:{unit})", re.I)
            for unit in (w.elapsed_years, w.elapsed_months, w.elapsed_decades, w.elapsed_centuries)
        ),
    )


def _back_to(words: _Words, text: str) -> list[re.Match[str]]:
    lead = words.back_to_lead
    return list(words.back_to.finditer(text)) if may_match(lead, text) and lead.search(text) else []


def _apposed_after(words: _Words, text: str) -> list[re.Match[str]]:
    lead = words.apposed_after_lead
    return list(words.apposed_after.finditer(text)) if may_match(lead, text) and lead.search(text) else []


def link_elapsed_since_dates(
    doc: ArticleView, claims: list[Claim], published: dt.date | None, published_assumed: bool
) -> list[ElapsedSpan]:
    """Every record span whose start date is written right before it, run to the period of its figures."""
    words = _words(doc.language)
    dated = dated_times(doc)
    out: list[ElapsedSpan] = []
    records = [
        m
        for m in finditer_if_possible(words.recorded, doc.text)
        if words.records.search(doc.text, m.end(), m.end() + _RECORD_WINDOW)
        or words.first_since.fullmatch(m.group("mark"))
        or words.again.match(doc.text, m.end())
    ]
    # (a span after `이후` with no record word is not read here: `이후 3년 만에 돌아왔다` is a return, read elsewhere)
    spans = sorted(
        [
            *records,
            *finditer_if_possible(words.ago, doc.text),
            *finditer_if_possible(words.earlier, doc.text),
            *finditer_if_possible(words.since_then, doc.text),
            *finditer_if_possible(words.ending, doc.text),
            *(
                finditer_if_possible(words.changed, doc.text)
                if search_if_possible(words.changed_lead, doc.text)
                else ()
            ),
        ],
        key=lambda m: m.start(),
    )
    apposed = [*finditer_if_possible(words.apposed, doc.text), *_apposed_after(words, doc.text)]
    spans = sorted([*spans, *_back_to(words, doc.text), *apposed], key=lambda m: m.start())
    for match in spans[:_MOST_SPANS]:
        if match.groupdict().get("one") and not _CLAUSE_CLOSES.match(doc.text, match.end()):
            continue  # (`, a decade ago on Sunday`: one of a unit counted back is read as a clause apposed, closed)
        stated = _decades(match, words.counts) or _one_unit(match, words.units) or stated_length(match, words.counts)
        if stated is None:
            continue
        mark = match.start()
        since_then = match.re is words.since_then
        if match.re is words.apposed:
            # `since 2014, a decade of …`: the year right after `since` is the start
            since = next((t for t in dated if mark <= t.start and t.end <= match.start("length")), None)
            if since is None or not since.explicit_year:
                continue
        elif match.re is words.apposed_after:
            # `for the past nine years, since 2017.`: the year after `since`, right after the length, is the start
            since = next((t for t in dated if match.end("length") < t.start and t.end <= match.end()), None)
            if since is None or not since.explicit_year:
                continue
        elif match.re is words.back_to:
            # (the date may take in the mark's last word: `ago in 1996` is read as the date `in 1996`)
            since = next((t for t in dated if match.end("length") < t.start <= match.end() < t.end), None)
            if since is None or not since.explicit_year:
                continue  # `30년 전인 1995년`: only a date written right after, with its year, is where it ends
        else:
            since = _last_date_of_sentence(doc, dated, mark) if since_then else date_before(doc, dated, mark)
        if since is None or (since_then and not since.explicit_year):
            continue
        since_period = Period.parse(since.period)
        months, unit = stated
        # (a record's span: its sentence may date the event it is about)
        until = _event_day(doc, dated, since, match.start()) if match.re is words.recorded else None
        if match.re is words.apposed and in_past_perfect(doc, mark):
            # (`opened on 13 May last year, after the mill had stood empty since 2014, 11 years`: to the day dated)
            until = _event_day(doc, dated, since, match.start())
            by_year = since_period is not None and since_period.grain == "year"
            if until is None and not (by_year and dated_this_year(doc, dated, mark, published)):
                continue  # (no day of the past event written: where the span ends, unsaid)
        # (`set up 33 years ago, in 1991`: a length counted back to its year from now, as `in 1991, 33 years ago`; not
        # `30년 전인 1995년`, counted back from the period of the sentence's figures)
        ago = match.re is words.ago or (
            match.re is words.back_to and words.back_to_ago.match(doc.text, match.end("length")) is not None
        )
        if (
            until is None
            and ago
            and since_period is not None
            and (since_period.grain == "day" or (since_period.grain == "year" and unit in ("year", "decade")))
            and published
            and not published_assumed
        ):
            # (`suspended on 24 March 2020, six and a half years ago`: from a day, counted back from the day of
            # writing; from a month, `in December, eight months ago`, the month of the article's figures may be now;
            # from a bare year in whole years, `a mill built in 1990, thirty years ago`, back from the year of writing,
            # not from the year of the figures the sentence reports)
            until = Period.of_day(published.year, published.month, published.day), None
        if until is None:
            # (`has run the café for 12 years, since 2014`: a span that runs on to now, its start after it, is counted
            # to the period of its own sentence's figures only; not to a period other sentences report, `last
            # year's winner`, which it says nothing of)
            own_only = match.re is words.apposed_after
            until = figures_period(doc, claims, since, match.start(), published, own_only=own_only)
        # (`30 months ago` counts back from now: with no figure dated before it, to the publication, in any unit)
        counted_from_now = (
            unit in ("year", "decade")
            or match.re in (words.ago, words.back_to, words.apposed, words.apposed_after)
            or since_then
        )
        if until is None and counted_from_now and since.explicit_year and published and not published_assumed:
            # no figure dates the record: a span in whole years holds to the publication date as well as to
            # a month of data before it (a reading: a warning at most, noted as counted to publication); only
            # from a date that writes its year (`in March, two years ago`: which March is a guess)
            until = Period.of_day(published.year, published.month, published.day), None
        if since_period is None or until is None:
            continue
        until_period, until_span = until
        if since_period.bounds()[1] >= until_period.bounds()[1] and not after_publication(since_period, published):
            continue  # (a start after the publication, which the mark names the start, is misdated: kept)
        span = Span(start=since.start, end=since.end)
        read = span_of_length(match, (months, unit), since_period, span, until_period, until_span)
        read.over = bool(match.groupdict().get("over"))
        read.under = bool(match.groupdict().get("under"))  # (`since 1987, nearly four decades`: at most that long)
        if (
            ago
            and not read.under
            and not match.groupdict().get("one")  # (`a year ago`: one of a unit, read by its own bounds)
            and _whole_years_passed(since_period, until_period, months, unit)
        ):
            # (`began on 10 December 2013, 12 years ago`, written in August 2026: the whole years passed since the
            # day, the anniversaries reached; rounded, twelve and two-thirds would be thirteen: both readings)
            read.over = True
        out.append(read)
    return out


_DAYS_A_YEAR = 365.25
_WHOLE_YEARS_OVER_RUN = 0.1  # the share of a length in whole years its months over may add (`12 years ago` of 12 y 8 m)


def _whole_years_passed(since: Period, until: Period, months: int, unit: str) -> bool:
    """Whether a length in whole years counted back from a day to a day is the whole years passed between them (the
    day's anniversaries reached): `N years ago` is said of N years and some months as well as of N and a half."""
    if unit != "year" or months % 12 or since.grain != "day" or until.grain != "day":
        return False
    start, end = since.bounds()[0], until.bounds()[0]
    passed = end.year - start.year - ((end.month, end.day) < (start.month, start.day))
    years = months // 12
    # (`shut on 20 June 2024, 1 year ago`, in June 2026: nearly two years; the months over the whole years must be
    # small beside the length told, as twelve years and eight months is to twelve)
    return passed == years and (end - start).days <= years * _DAYS_A_YEAR * (1 + _WHOLE_YEARS_OVER_RUN)


def in_past_perfect(doc: ArticleView, at: int) -> bool:
    """Whether the clause right before `at` (a span's `since` or start) is in the past perfect (`the mill had stood
    empty since …`): its last `had` with no clause mark after it, not `has had`, and no finite verb of the present
    between it and `at` (`The club that had won the cup has played …`: the relative clause's)."""
    found = list(_PERFECT_VERB[doc.language].finditer(doc.text, max(0, at - _PERFECT_REACH), at))
    last = found[-1] if found else None
    return (
        last is not None
        and not last.group("present")
        and _CLAUSE_MARK.search(doc.text, last.end(), at) is None
        and _PRESENT_FINITE[doc.language].search(doc.text, last.end(), at) is None
    )


def dated_this_year(doc: ArticleView, dated: list[TimeRef], at: int, published: dt.date | None) -> bool:
    """Whether the sentence of `at` dates its past event within the publication's year, to the year: a time with no
    year written that falls in it (`until it reopened in May`), or a day of the week (`reopened on Saturday`)."""
    if published is None:
        return False
    sentence = doc.segments.sentence_of(at)
    start, end = doc.segments.sentence_bounds(sentence, len(doc.text))
    if _THIS_WEEK[doc.language].search(doc.text, start, end):
        return True
    for ref in dated:
        if ref.explicit_year or not start <= ref.start < end:
            continue
        period = Period.parse(ref.period)
        if period is not None and period.year == published.year and period.bounds()[0] <= published:
            return True
    return False


def _event_day(doc: ArticleView, dated: list[TimeRef], since: TimeRef, mark: int) -> tuple[Period, Span] | None:
    """The day of the event the record is about, when its sentence writes it before the start (`다음 달 5일부터
    요금을 200원 올리기로 했는데, 요금 조정은 2018년 4월 개통 이후 8년 만에 처음이다`): the span runs to that day,
    not to the period of the article's figures. The last such day after the start, or None."""
    sentence = doc.segments.sentence_of(mark)
    start = Period.parse(since.period)
    if start is None:
        return None
    for ref in reversed(dated):
        if ref.end > since.start or doc.segments.sentence_of(ref.start) != sentence:
            continue
        day = Period.parse(ref.period)
        if day is not None and day.grain == "day" and day.bounds()[0] > start.bounds()[1]:
            return day, Span(start=ref.start, end=ref.end)
    return None


def _one_unit(match: re.Match[str], units: tuple[re.Pattern[str], ...]) -> tuple[int, str] | None:
    """`a year`, `a century`, `half a century` (groups `one`, `half`, `unit`): the length in months and the unit it
    rounds to (a century and its half to half a decade, as `a decade`); None for a length written otherwise."""
    if not match.groupdict().get("one"):
        return None
    written = match.group("unit")
    years, months, decades, centuries = units
    if years.fullmatch(written):
        length, unit = 12, "year"
    elif months.fullmatch(written):
        length, unit = 1, "month"
    elif decades.fullmatch(written):
        length, unit = 120, "decade"
    elif centuries.fullmatch(written):
        length, unit = 1200, "decade"
    else:
        return None
    if match.group("half"):
        if unit == "month":
            return None  # (half a month is a fortnight: no whole month to count)
        length, unit = length // 2, ("half" if unit == "year" else unit)
    return length, unit


def _decades(match: re.Match[str], counts: dict[str, int]) -> tuple[int, str] | None:
    """`a decade`, `two decades`: the length in months, rounded to half a decade either way (the written unit's);
    None for a length of another unit."""
    written = match.groupdict().get("decade")
    if not written:
        return None
    count = int(written) if written.isdigit() else counts.get(written.lower(), 1)
    return (count * 120, "decade") if count > 0 else None


def _last_date_of_sentence(doc: ArticleView, dated: list[TimeRef], mark: int) -> TimeRef | None:
    """`its peak set in September 2021, having fallen for much of the two years and eight months since`: the last
    date its sentence writes before a span that ends in `since` (the span runs from it)."""
    sentence = doc.segments.sentence_of(mark)
    before = [t for t in dated if t.end <= mark and doc.segments.sentence_of(t.start) == sentence]
    return before[-1] if before else None


def after_publication(period: Period, published: dt.date | None) -> bool:
    """Whether a period begins after the article was published: a start so dated is misdated."""
    return published is not None and period.bounds()[0] > published


def date_before(doc: ArticleView, dated: list[TimeRef], mark: int) -> TimeRef | None:
    """The date written right before a span's start mark, in its sentence, with nothing between but a
    parenthetical or two short words (`2021년 1월(0.9%) 이후`, `1992년 제14대 총선 이후`, `August 2021, `)."""
    sentence = doc.segments.sentence_of(mark)
    before = [t for t in dated if t.end <= mark and doc.segments.sentence_of(t.start) == sentence]
    if not before:
        return None
    last = before[-1]
    gap = _DATE_TO_MARK.fullmatch(doc.text, last.end, mark)
    return last if gap is not None else None


def figures_period(
    doc: ArticleView,
    claims: list[Claim],
    since: TimeRef,
    position: int,
    published: dt.date | None,
    own_only: bool = False,
) -> tuple[Period, Span | None] | None:
    """The period the record is counted to: the newest written for a figure of the span's own sentence before
    it or, with none there, the period written for most figures before it (the period the article reports:
    `10월 상승률 1.3% … 9월 1.6%와 비교하면 … 2021년 1월 이후 3년 9개월 만에 최저` runs to October, not to the
    September just compared, nor to a weekly index of the publication month). Never the start's own date nor
    a period after publication; None when no figure before the span has a written period (`own_only`: none in the
    span's own sentence)."""
    sentence = doc.segments.sentence_of(position)
    own: list[tuple[Period, Span]] = []
    counts: dict[str, int] = {}
    first: dict[str, tuple[Period, Span]] = {}
    baselines = {c.id: c for c in claims if c.role in ("prior", "baseline")}
    for claim in claims:
        if claim.start >= position or claim.role in ("prior", "baseline", "conversion"):
            continue  # (a figure compared with is of an earlier period; a headline's is the reported one)
        if claim.role == "change" and _dated_by_its_baseline(claim, baselines):
            continue  # (`지난해 수출량 20톤보다 10톤 늘었다`: the year compared with, not the change's own period)
        if claim.period is None or "period" in claim.guesses or claim.period_span is None:
            continue
        if since.start <= claim.period_span.start < since.end:
            continue  # the start's own date (`2021년 1월(0.9%)`)
        period = Period.parse(claim.period)
        if period is None or (published is not None and period.bounds()[0] > published):
            continue
        if claim.sentence == sentence:
            own.append((period, claim.period_span))
        counts[claim.period] = counts.get(claim.period, 0) + 1
        first.setdefault(claim.period, (period, claim.period_span))
    if own:
        return max(own, key=lambda p: p[0].bounds()[1])
    if not counts or own_only:
        return None
    most = max(counts, key=lambda key: (counts[key], first[key][0].bounds()[1]))
    return first[most]


def _dated_by_its_baseline(change: Claim, baselines: dict[str, Claim]) -> bool:
    """The change's period is the one written for the figure it is measured from (`지난해 20톤보다 10톤 늘었다`)."""
    baseline = baselines.get(change.compared_to) if change.compared_to else None
    return baseline is not None and change.period_span is not None and baseline.period_span == change.period_span


def prefer_written_ends(read: list[ElapsedSpan], since_dates: list[ElapsedSpan]) -> list[ElapsedSpan]:
    """The spans of both readings, where both read one span, this module's: a span counted to the period of
    its figures, in place of the same span counted to the publication date (`2월 이후 3개월 만이다` in a May
    report published in June)."""
    mine = {(span.start, span.since) for span in since_dates}
    kept = [span for span in read if not (span.until_span is None and (span.start, span.since) in mine)]
    return [*kept, *since_dates]
