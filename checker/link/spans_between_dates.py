"""A span lasting across two dates written as the ends of one run: `첫 위성은 2027년 4월, 마지막 위성은 2028년
10월 발사될 예정으로, 1년 6개월에 걸쳐 쏘아 올린다`, `도로는 2024년 2월부터 2025년 8월까지 1년 6개월간 막힌다`,
`the first tram arrives in May 2027 and the last in November 2028, over 18 months`, `from May 2027 to November
2028, over 18 months`.

Two dates are the ends of one run when the first follows a word that makes it the first (`첫`, `first`) and the
second a word that makes it the last (`마지막`, `last`), or when they are joined as a range (`부터 … 까지`, `from …
to`). A span after them in their sentence, marked as lasting across them (`에 걸쳐`, `간`; `over`, `across`), is the
time between them: the later end's month less the earlier one's, not counted with both ends; a span in days
(`6월 3일부터 10월 4일까지 124일간`, `lasted 38 days, from 2 March to 9 April`: the range may follow the span) is
the days between two dated days, or counted with both ends; so is one in days written between its two dated
days as the time since the first (`3월 2일 시작돼 38일 만인 4월 9일`, `began on March 2 and ended 38 days later, on
April 9`), with no other word needed, and so is one in days or weeks right after the second date (`ended on 28 August,
just over eight weeks later`, `eight days later`: `[link.length_hedges]` may stand before it). A run goes forward: an
end written without
its year that the reader dated before the start is the same day a year on (`5월 1일부터 10월 31일까지` in an article
of June, `from 26 April to 27 September`); a year written before both dates, holding them, says when the run was and
is no third date (`올해 장마는 6월 21일부터 …`). Ranges are joined by `시작해` as well (`9월 8일 시작해 10월 20일
마친`), lengths read after `걸렸다` and `took`, and a count of days may be one native word (`닷새간`:
`native_numbers.days`). Of three or more dates in a sentence, the two joined as a range are the run
(`…부터 …까지 54일간 진행한 올해 …`); a length may stand right before the word that opens the range (`in the 22
weeks from 3 March to 4 August`, `over the nine days from …`: `[link.range_openers]`), written as one hyphened word
before its noun ahead of a range (`the ten-week course, taught from 3 June to 12 August`), between the ends before the
word that leads to the second (`opens on October 3 and runs 21 days to October 23`: `[link.run_length_until]`),
after a noun naming it (`공사 기간은 1년 9개월이다`: `[link.run_length_named]`), or in months right after the
second date (`…, five months later`). A run's start may be a short clause of starting work (`10월 2일 감을 깎아 말리기
시작해 11월 20일`: `[link.run_start_clauses]`); a run joined by a verb of starting work (`착공해`) states its
length right after its end when a range's end or a clause of finishing stands between (`2031년 2월 착공해
2032년 9월까지 19개월간`, `… 준공할 예정으로, 19개월이 걸린다`: `[link.run_end_leads]`), from a start that
writes its year; a day before the range dated after its end is the day it is reported on, no end of it (`조합은
25일 10월 1일부터 11월 20일까지 …`). Two dates written latest first are a run counted back
when days or weeks right after the second are `earlier` (`reopened on 15 September after works that began on 6
April, 162 days earlier`: `[link.span_earlier]`), or when a length right after the first is `after` a clause ending
on the second (`opened on 14 March, 20 months after work began in July 2024`), or follows the first and `after a`
before a clause of starting ending on the second (`opened on 14 March after a 20-month build that began in July 2024`:
`[link.run_back_after]`, `[link.run_back_started]`). A length in years or months after an
event on a sentence's one date (`뒤`, `후`) and before the day the sentence reports on runs to that day (`지난해 10월
1일 문을 연 뒤 1년 동안 … 1일 밝혔다`). Any other pair of
dates before a span (a figure's month and the month it is compared with) is not read: a span after them is the
length of something else (`3월 판매는 2월보다 늘어 6개월에 걸친 감소를 끝냈다`).
Days or weeks right after the second of two dated days, marked as the gap between them (`27 on 7 July and 22 on
16 July, nine days apart`: `[link.span_apart]`, no hedge before them), are the days between them. A weekday in
brackets after a date stands before the words that join or end the run (`1일(수) 시작됐으며 9월 30일(수)까지`); a
year written before both dates holds them when the end writes no year of its own (its year is the reader's guess,
dated forward from the start). A length followed by a noun marked as its verb's subject (`5월 20일까지 3일 동안 공연이
열린다`: `[link.run_length_subject_after]`) is that noun's days within the run, not the run's length.
Days or weeks right after the second date, `after the` an event named right before the first (`at the meeting on
21 April … paid on 2 June, six weeks after the meeting`: `[link.span_after_named]`), are the time between them.
Ends in whole years are the range spans' (checker/link/elapsed.py). Language words are data (`[link.run_first]`,
`[link.run_last]`, `[link.span_across_after]`, `[link.span_across_before]`, with the range and elapsed classes).
"""

from __future__ import annotations

import functools
import re
from collections import defaultdict

from checker.extract.lang import NEVER, link_alternations, load_file
from checker.link.elapsed import (
    bracketed_weekday,
    dated_times,
    day_words,
    end_a_year_on,
    in_year,
    joiner_pattern,
    range_joined,
    span_counts,
    span_of_length,
    stated_length,
    whole_months_as_days,
    year_month_length,
)
from checker.link.view import ArticleView
from checker.models import ElapsedSpan, Span, TimeRef
from checker.periods import Period
from checker.regex_cache import compile_exact, compile_re

# How far before a date its first or last word may stand (`마지막 위성은 `, `and the last in `).
_MARK_REACH = 24
# How long the clause after `after` may be before its date (`20 months after it won planning consent in July 2024`):
# one clause, no comma, no figure.
_CLAUSE_REACH = 44
# An article states a few such runs; past this many spans the text is a pasted list (linking stays linear).
_MOST_SPANS = 64
# A dash that opens an aside and the one that closes it (`from 2 May to 9 July -- ten weeks -- …`).
_DASH = r"--|[—–]"
# The periods that, written before a run's two dates and holding them, say when it was (no third date).
_HOLDING_GRAINS = frozenset({"year", "half", "quarter"})
# How much of an event's word names it (`the vote` of `voted`, `the meeting` of `meeting`).
_STEM = 4
# How far into the sentence after the run its length may stand (`156일간의 일정이었다`, `The season lasted 124 days`).
_NEXT_REACH = 40


@functools.cache
def _patterns(code: str) -> tuple | None:
    w = link_alternations(code)
    if not (w.run_first and w.run_last and (w.span_across_after or w.span_across_before)):
        return None
    counts, number = span_counts(code)
    weekday = bracketed_weekday(code)
    # (a count of days in words stands apart from its unit: `nine days`)
    number_words = number.partition("|")[2] or NEVER
    days = day_words(code)
    native_days = rf"|(?P<dn>{'|'.join(sorted(map(re.escape, days), key=len, reverse=True))})" if days else ""
    length = (
        rf"(?P<length>{year_month_length(w, number)}|(?P<d>\d{{1,4}})\s?(?:{w.length_days})"
        rf"|(?P<dw>{number_words})\s(?:{w.length_days})|(?P<wk>{number})\s?(?:{w.length_weeks}){native_days})"
    )
    # (`a 15-week season`: a length written as one word before the noun it is the length of)
    hyphened = length.replace(r"\s?(?:", r"[\s-]?(?:")
    # (`the three-day fair`: the unit hyphened, no space)
    one_word = length.replace(r"\s?(?:", "-(?:").replace(r"\s(?:", "-(?:")
    return (
        (
            compile_re(rf"{length}\s?(?:{w.span_across_after})", re.I),
            compile_re(rf"\b(?:{w.span_across_before})\s+{length}\b", re.I),
        ),
        compile_re(rf"(?:{w.run_first})(?!\S*\d)[^.!?\n]{{0,{_MARK_REACH}}}$", re.I),
        compile_re(rf"(?:{w.run_last})(?!\S*\d)[^.!?\n]{{0,{_MARK_REACH}}}$", re.I),
        compile_re(joiner_pattern(code), re.I),
        # `3월 2일 시작돼 38일 만인 4월 9일`, `began on March 2 and ended 38 days later, on April 9`: days between;
        # weeks or a count of days in one word too, perhaps hedged (`약 6주 뒤인 5월 19일`, `열흘 뒤인 2월 2일`)
        compile_re(
            rf"(?<![^\W\d_])(?:(?:{w.hedges})\s?)?(?P<length>(?P<d>\d{{1,4}})\s?(?:{w.length_days})"
            rf"|(?P<wk>\d{{1,3}})\s?(?:{w.length_weeks}){native_days})\s?(?:{w.span_since}|{w.span_later})",
            re.I,
        ),
        # `began on 2 July and ended on 28 August, just over eight weeks later`: days or weeks right after the second
        # (not `three weeks later than planned`: a delay against a plan, no time between the two)
        compile_re(
            rf",?\s+(?:(?:{w.length_hedges})\s+)?(?P<length>(?P<d>\d{{1,4}})\s?(?:{w.length_days})"
            rf"|(?P<dw>{number})\s(?:{w.length_days})"
            rf"|(?P<wk>{number})\s?(?:{w.length_weeks})|(?P<m>{number})\s?(?:{w.elapsed_months}))\s?(?:{w.span_later})"
            rf"(?!\s+(?:{w.than_words})\b)",
            re.I,
        ),
        # `ran from 14 May to 2 October, 20 weeks in which …`, `…, a campaign of more than nine weeks`: a length set
        # right after the run's second end, after a noun it is the length `of`, or alone before what ends the phrase;
        # or set between two dashes (`from 14 May to 2 October -- 20 weeks -- …`), or one word with its unit after an
        # indefinite article, before the noun it is the length of (`between 2 May and 9 July, a ten-week campaign`)
        compile_re(
            rf"(?:,|\s*(?P<dash>{_DASH}))\s+(?:(?P<noun>{w.run_apposed_before})\s+|(?P<art>{w.indefinite_articles})\s+)?"
            rf"(?:(?P<over>{w.length_at_least})\s+|(?:{w.length_hedges})\s+)?"
            rf"{hyphened}(?(dash)\s*(?:{_DASH})|(?(noun)\b|(?(art)\s+[^\W\d_]{{3,}}\b|\s*(?:{w.run_apposed_after}))))",
            re.I,
        )
        if w.run_apposed_before and w.run_apposed_after and w.length_at_least
        else None,
        # `2023년 5월 18일부터 이어진 무사고 기록은 지난 9일 1,000일을 채웠다`: a run from the first date (a start word
        # right after it) that reached its length in days on the second, the length right after it
        (
            compile_re(rf"\s?(?:{w.streak_from})", re.I),
            compile_re(
                rf"\s?(?P<length>(?P<d>\d{{1,3}}(?:,\d{{3}})?)\s?(?:{w.length_days}))\s?(?:{w.length_reached})", re.I
            ),
        )
        if w.streak_from and w.length_reached
        else None,
        # `sales rose in the 22 weeks from 3 March to 4 August`, `over the nine days from 11 July to 19 July`: the
        # length right before the word that opens the range, a weekday's name perhaps between (`in the six weeks from
        # Monday, July 6, to …`: `[link.weekday_before_date]`)
        compile_re(rf"{length}\s+(?:{w.range_openers})\s+(?:{w.weekday_before_date or NEVER})?$", re.I),
        # `opens on October 3 and runs 21 days to October 23`: the length between the ends, right before the word
        # that leads to the second, or a clause set off by a comma that ends the run on it (`starts on Tuesday 22
        # September and should take five weeks, with the hall ready on Tuesday 27 October`), past the second's
        # weekday name
        compile_re(
            rf"{length}(?:\s+(?:{w.run_length_until})|,\s+(?:{w.run_length_until_clause or NEVER}))\s+"
            rf"(?:{w.weekday_before_date or NEVER})?$",
            re.I,
        ),
        # `2027년 2월 착공해 2028년 11월 마무리하며, 공사 기간은 1년 9개월이다`, `…, a term of three years`: the
        # length after a noun that names the run's length
        compile_re(rf"(?:{w.run_length_named})\s+{length}(?!\d)", re.I),
        # (past a weekday in brackets after a date: `1일(수) 시작됐으며`, `9월 30일(수)까지`)
        compile_re(rf"^{weekday}\s?(?:{w.run_start_verbs})\s?$", re.I),
        # `10월 2일 감을 깎아 말리기 시작해 11월 20일 첫 출하`: a clause starting work on the first date
        compile_re(rf"^{weekday}\s?(?:{w.run_start_clauses})\s?$", re.I) if w.run_start_clauses else None,
        # `reopened on 15 September after works that began on 6 April, 162 days earlier`: days or weeks right after
        # the second date, counted back to it from the first (the earlier end written second)
        compile_re(
            rf",\s+(?:(?:{w.length_hedges})\s+)?(?P<length>(?P<d>\d{{1,4}})\s?(?:{w.length_days})"
            rf"|(?P<wk>{number})\s?(?:{w.length_weeks}))\s?(?:{w.span_earlier})",
            re.I,
        )
        if w.span_earlier
        else None,
        # `opened on 14 March, 20 months after work began in July 2024`: a length right after the first date, then
        # `after` and a clause ending on the second, earlier date
        compile_re(
            rf"^,\s+(?:(?:{w.length_hedges})\s+)?{length}\s(?:{w.span_later})\s[^\d.!?;,]{{0,{_CLAUSE_REACH}}}$", re.I
        ),
        # `지난해 10월 1일 문을 연 뒤 1년 동안 … 1일 밝혔다`: a length after an event on the first date, through the
        # second (the day the sentence reports it on)
        compile_re(
            rf"\s?[^\d.!?,]{{0,{_MARK_REACH}}}?(?<=\S)\s?(?:{w.span_later})\s{length}\s?(?:{w.span_across_after})", re.I
        ),
        # `opened on 14 March after a 20-month build that began in July 2024`: a length (its unit perhaps hyphened)
        # after the first date and a word of after, of a run a clause then says started on the second, earlier date
        compile_re(
            rf"^\s+(?:{w.run_back_after})\s+{length.replace(chr(92) + 's?(?:', '[' + chr(92) + 's-]?(?:')}"
            rf"\s[^\d.!?;,]{{0,{_CLAUSE_REACH}}}(?<=\s)(?:{w.run_back_started})\s+$",
            re.I,
        )
        if w.run_back_after and w.run_back_started
        else None,
        # `2027년 2월 착공해 2028년 11월까지 21개월간`, `… 2028년 11월 준공할 예정으로, 21개월이 걸린다`: after a run
        # joined by a verb of starting work, its length right after the end (`까지`, a clause of finishing before it)
        compile_re(rf"{weekday}\s?(?:{w.run_end_leads})\s?{length}\s?(?:{w.span_across_after})", re.I)
        if w.run_end_leads
        else None,
        # `paid on October 9, six weeks after the meeting`: days or weeks right after the second date, after a named
        # event (the one its sentence dates by the first: `at the meeting on August 27`)
        compile_re(
            rf",\s+(?:(?:{w.length_hedges})\s+)?(?P<length>(?P<d>\d{{1,4}})\s?(?:{w.length_days})"
            rf"|(?P<wk>{number})\s?(?:{w.length_weeks}))\s(?:{w.span_after_named})\s+(?P<noun>[^\W\d_]{{3,}})",
            re.I,
        )
        if w.span_after_named
        else None,
        # `for a five-day kite festival from Tuesday 9 to Saturday 13 June`: a length written as one word (its unit
        # hyphened) after an article, before the noun it is the length of, ahead of a range in its sentence
        compile_re(
            rf"\b(?:{w.definite_articles}|{w.indefinite_articles})\s+{one_word}"
            rf"\s+[^\W\d_]{{3,}}(?P<tail>[^\d.!?;]{{0,{_MARK_REACH}}})$",
            re.I,
        ),
        # `27 on 7 July and 22 on 16 July, nine days apart`: days or weeks right after the second of two days, marked
        # as the gap between them (no hedge: a gap told near is no count to check)
        compile_re(
            rf",\s+(?P<length>(?P<d>\d{{1,4}})\s?(?:{w.length_days})|(?P<dw>{number})\s(?:{w.length_days})"
            rf"|(?P<wk>{number})\s?(?:{w.length_weeks}))\s(?:{w.span_apart})",
            re.I,
        )
        if w.defines("span_apart")
        else None,
    )


def _ends_of_a_run(doc: ArticleView, first: TimeRef, last: TimeRef, marks: tuple) -> bool:
    _, first_word, last_word, joiner, *_ = marks
    if range_joined(doc.language, joiner, doc.text, first, last):
        return True  # `2024년 2월부터 2025년 8월까지`, `from May 2027 to November 2028`
    if marks[12] is not None and marks[12].match(doc.text[first.end : last.start]):
        return True  # `10월 2일 감을 깎아 말리기 시작해 11월 20일`
    before_first = doc.text[max(0, first.start - _MARK_REACH - 8) : first.start]
    return bool(first_word.search(before_first) and last_word.search(doc.text[first.end : last.start]))


def link_spans_between_dates(doc: ArticleView) -> list[ElapsedSpan]:
    """Every span marked as lasting across the two dates its sentence writes as the ends of one run."""
    marks = _patterns(doc.language)
    if marks is None:
        return []
    # (from the dates: a sentence of exactly two, the ends of one run, is searched for its span; a long text of
    # many numbers is not searched from each of them)
    by_sentence: dict[int, list[TimeRef]] = defaultdict(list)
    for ref in dated_times(doc):
        by_sentence[doc.segments.sentence_of(ref.start)].append(ref)
    # (the day a sentence reports on, `… 25일 밝혔다`: where a length after an event runs to)
    reported = {doc.segments.sentence_of(ref.start): ref for ref in doc.times if ref.role == "dateline"}
    counts, _ = span_counts(doc.language)
    out = []
    for sentence, own in by_sentence.items():
        if len(out) >= _MOST_SPANS:
            break
        own = _without_holding_year(own)
        cut = False
        if len(own) > 2:
            # (a range after an earlier clause's date: its length is told in its own sentence, not the next, which
            # may count from the earlier date)
            own, cut = _range_of(doc, own, marks[3])
        if len(own) > 2:
            own = _days_after_years(doc, own)
        if len(own) == 1 and sentence in reported and reported[sentence].start > own[0].end:
            own = [own[0], reported[sentence]]
            if not _through_the_report(doc, own, marks):
                continue
        if len(own) != 2:
            continue  # (one date, or three none of which two are joined as a range: which two a span is between)
        first, last = own
        since, until = Period.parse(first.period), Period.parse(last.period)
        if since is None or until is None or "year" in (since.grain, until.grain):
            continue
        back = marks[13].match(doc.text, last.end) if marks[13] is not None else None
        if back is not None and since.grain == until.grain == "day" and until.bounds()[1] < since.bounds()[1]:
            # `reopened on 15 September after works that began on 6 April, 162 days earlier`: the second date is
            # the run's start, the first its end
            weeks = _weeks(back.group("wk"), counts)
            days = int(back.group("d")) if back.group("d") else 7 * weeks
            stated = (0, "week") if weeks else (0, "day")
            out.append(span_of_length(back, stated, until, _span_of(last), since, _span_of(first), days=days))
            continue
        between = doc.text[first.end : last.start] if until.bounds()[1] < since.bounds()[1] else None
        after_event = marks[14].match(between) if between is not None else None
        if between is not None and after_event is None and marks[16] is not None:
            after_event = marks[16].match(between)  # `opened on 14 March after a 20-month build that began in …`
        if after_event is not None:
            # `opened on 14 March, 20 months after work began in July 2024`: from the second date to the first
            span = _span_read(
                after_event, (until, _span_of(last), since, _span_of(first)), counts, doc.language, doc.text
            )
            if span is not None:
                # (the match ran on the text between the dates: its length's place is counted from the first's end)
                span.start += first.end
                span.end += first.end
                out.append(span)
            continue
        if (
            since.grain in ("month", "day")
            and until.year > since.year
            and not _names_its_year(doc.language, first)
            and _closes_on_its_year(doc.language, last)
        ):
            # `from June to August 2027`, `from February to November next year`: the year written or named after a
            # range's end, closing the range, holds its start too, when the start written without one falls before
            # the end in that year (`from November to March next year` keeps the year before); a year written
            # before the end's month (`3월부터 2025년 8월까지`) is that end's own
            held = in_year(since, until.year)
            if held is not None and held.bounds()[1] < until.bounds()[1]:
                since = held
        if (
            not first.explicit_year
            and not last.explicit_year
            and since.grain in ("month", "day")
            and since.year < until.year - 1
        ):
            # `12월부터 내년 3월까지` in an article of September (read as last November): with neither year written, a
            # start lies in the end's calendar year or the one before
            since = _a_year_on(since) or since
        if not last.explicit_year and end_a_year_on(doc.language, doc.text, first.end, last.start):
            until = in_year(until, since.year + 1) or until  # (`12월부터 이듬해 2월까지`: the end in the next year)
        if not last.explicit_year and until.bounds()[1] <= since.bounds()[1]:
            # `5월 1일부터 10월 31일까지` in an article of June, `from 26 April to 27 September`: a run goes forward, so
            # an end written without its year is the first such day after the start, whatever publication says
            until = _a_year_on(until)
            if until is None:
                continue
        if last.bare_day and last.role != "dateline" and since.grain == until.grain == "day":
            until = _run_end_day(
                since, until.day
            )  # (`9월 8일부터 12일까지`: the start's month, not the reader's guess)
            if until is None:
                continue
        if since.bounds()[1] >= until.bounds()[1]:
            continue
        through = marks[15].match(doc.text, first.end, last.start) if since.grain == until.grain == "day" else None
        if through is not None and not through.group("d") and not through.group("wk"):
            # `지난해 10월 1일 문을 연 뒤 1년 동안 … 1일 밝혔다`: years or months from the event to the day reported
            span = _span_read(through, (since, _span_of(first), until, _span_of(last)), counts, doc.language, doc.text)
            if span is not None:
                out.append(span)
                continue
        days_apart = since.grain == until.grain == "day"
        between = marks[4].search(doc.text, first.end, last.start) if days_apart else None
        after = marks[5].match(doc.text, last.end) if days_apart and between is None else None
        if after is None and since.grain == until.grain == "month":
            # `due in October 2027, with the last in April 2029, 18 months later`: months between two months, right
            # after the second
            after = marks[5].match(doc.text, last.end)
            after = after if after is not None and after.group("m") else None
        if after is None and days_apart and between is None and marks[18] is not None:
            after = _after_the_first_event(doc, first, last, marks[18])
        if after is None and days_apart and between is None and marks[20] is not None:
            after = marks[20].match(doc.text, last.end)  # `…, nine days apart`
        if after is not None:
            weeks = _weeks(after.group("wk"), counts)
            days = int(after.group("d")) if after.group("d") else 7 * weeks
            if "dw" in after.re.groupindex and after.group("dw"):
                days = counts.get(after.group("dw").lower(), 0)  # `eight days later`: a length in words
                if not days:
                    continue
            stated = (0, "week") if weeks else (0, "day") if days else stated_length(after, counts)
            if stated is not None:
                # (`on 10 February … on 9 July, five months later`: months between two days, counted as months)
                out.append(span_of_length(after, stated, since, _span_of(first), until, _span_of(last), days=days))
            continue
        ends = (since, _span_of(first), until, _span_of(last))
        inside = marks[9].search(doc.text, first.end, last.start) if between is None else None
        if inside is not None and _run_on(doc.text[first.end : inside.start()]):
            # `opens on October 3 and runs 21 days to October 23`
            span = _span_read(inside, ends, counts, doc.language, doc.text)
            if span is not None:
                out.append(span)
                continue
        if between is not None:
            weeks = int(between.group("wk") or 0)
            days = int(between.group("d") or 0) or day_words(doc.language).get(between.groupdict().get("dn") or "", 0)
            stated = (0, "week") if weeks else (0, "day")
            out.append(
                span_of_length(between, stated, since, _span_of(first), until, _span_of(last), days=days or 7 * weeks)
            )
            continue
        reached = marks[7][1].match(doc.text, last.end) if days_apart and marks[7] is not None else None
        if reached is not None and marks[7][0].match(doc.text, first.end):
            days = int(reached.group("d").replace(",", ""))
            out.append(span_of_length(reached, (0, "day"), since, _span_of(first), until, _span_of(last), days=days))
            continue
        run = _ends_of_a_run(doc, first, last, marks)
        if run or marks[11].match(doc.text[first.end : last.start]):
            named = marks[10].search(doc.text, last.end, doc.segments.sentence_bounds(sentence, len(doc.text))[1])
            span = _span_read(named, ends, counts, doc.language, doc.text) if named is not None else None
            if span is not None:
                # `… 2028년 11월 마무리할 예정으로, 공사 기간은 1년 9개월이다`: a start's verb joins the ends where a
                # noun names the length (`2027년 4월 착공해 2028년 10월 완공하며 공사비는 6개월에 걸쳐 …`: no run)
                out.append(span)
                continue
        if (
            not run
            and marks[17] is not None
            and first.explicit_year  # (`오는 10월 착공해`: a month without its year is a guess of which year)
            and marks[11].match(doc.text[first.end : last.start])
        ):
            lead = marks[17].match(doc.text, last.end)
            span = _span_read(lead, ends, counts, doc.language, doc.text) if lead is not None else None
            if span is not None:
                out.append(span)  # `2027년 2월 착공해 2028년 11월까지 21개월간`
                continue
        if not run:
            continue
        opening = marks[8].search(doc.text, max(0, first.start - _MARK_REACH - 8), first.start)
        if opening is not None and range_joined(doc.language, marks[3], doc.text, first, last):
            # `in the 22 weeks from 3 March to 4 August`: the length right before the range
            span = _span_read(opening, ends, counts, doc.language, doc.text)
            if span is not None:
                out.append(span)
                continue
        apposed = marks[6].match(doc.text, last.end) if marks[6] is not None else None
        span = _span_read(apposed, ends, counts, doc.language, doc.text) if apposed is not None else None
        if span is not None:
            span.over = bool(apposed.group("over"))
            out.append(span)
            continue
        start, end = doc.segments.sentence_bounds(sentence, len(doc.text))
        span = _marked_span(doc, (start, end), first, last, ends, marks, counts)
        if span is None and not cut and _next_sentence_opens_alone(doc, sentence):
            # `시즌은 지난해 10월 18일 개막해 3월 22일 막을 내렸다. 156일간의 일정이었다.`, `… until 4 October. The
            # season lasted 124 days`: a sentence that opens with the run's length, no date of its own before it
            start, end = doc.segments.sentence_bounds(sentence + 1, len(doc.text))
            span = _marked_span(doc, (start, min(end, start + _NEXT_REACH)), first, last, ends, marks, counts)
            if span is not None and any(ref.start < span.end for ref in by_sentence.get(sentence + 1, ())):
                span = None
            if span is not None and _length_of_a_thing(doc.language).search(doc.text, start, span.start):
                span = None  # (`… to 9 June. Day passes were valid for 30 days`: what a thing lasts, not the run)
        if span is not None and (
            _dated_apart(by_sentence[sentence], first, last, span)
            or _length_of_another_clause(doc, first, last, span, marks)
            or _length_of_another_subject(doc.language).match(doc.text, span.end) is not None
        ):
            span = None
        if span is not None:
            out.append(span)
    return out


def _length_of_another_clause(doc: ArticleView, first: TimeRef, last: TimeRef, span: ElapsedSpan, marks) -> bool:
    """A length after a word that starts a time at the run's second date (`5월 9일 문을 닫았다. 이후 30일간`, `closed
    on May 9. After that it stood empty for 30 days`) is another clause's; so, in a run no range joins (`3월 2일
    판매를 시작해 5월 9일 …`), is a length after a figure (`매출 10억원을 넘겼고 30일간 할인했다`: the second date's
    event's figure)."""
    between = doc.text[last.end : span.start]
    if _span_from(doc.language).search(between) is not None:
        return True
    if range_joined(doc.language, marks[3], doc.text, first, last):
        return False  # (a range, `부터 … 까지`, names its own ends: a figure may stand before its length)
    return any(ch.isdigit() for ch in between)


def _dated_apart(dated: list[TimeRef], first: TimeRef, last: TimeRef, span: ElapsedSpan) -> bool:
    """A length after a time of the sentence that does not hold the run (`올해 축제는 4월 3일∼14일 열렸고, 지난해
    축제는 10일간`, `ran from 3 to 14 May; in 2023 it lasted ten days`): the length of that time's event, not the
    run's (the same time holding both dates, `this year`, leaves it the run's)."""
    since, until = Period.parse(first.period), Period.parse(last.period)
    if since is None or until is None:
        return False
    for ref in dated:
        if not last.end <= ref.start < span.start:
            continue
        period = Period.parse(ref.period)
        if period is None:
            continue
        low, high = period.bounds()
        if not (low <= since.bounds()[0] and until.bounds()[1] <= high):
            return True
    return False


@functools.cache
def _span_from(code: str) -> re.Pattern[str]:
    return compile_re(link_alternations(code).span_from or NEVER, re.I)


def _after_the_first_event(doc: ArticleView, first: TimeRef, last: TimeRef, pattern: re.Pattern[str]):
    """`at the annual meeting on August 27 … paid on October 9, six weeks after the meeting`, `voted on Tuesday to
    … from April 1, fifteen days after the vote`: a length after the second date, after an event its sentence names
    (its word's stem) right before the first date; None otherwise."""
    match = pattern.match(doc.text, last.end)
    if match is None:
        return None
    stem = match.group("noun")[:_STEM].lower()
    before = doc.text[max(0, first.start - _MARK_REACH) : first.start].lower()
    return match if stem in before else None


def _through_the_report(doc: ArticleView, own: list[TimeRef], marks: tuple) -> bool:
    """A length after an event on the date, before the day the sentence reports on (`지난해 10월 1일 문을 연 뒤 1년
    동안 … 1일 밝혔다`)."""
    return marks[15].match(doc.text, own[0].end, own[1].start) is not None


def _next_sentence_opens_alone(doc: ArticleView, sentence: int) -> bool:
    """There is a sentence after, of the body (in the paragraph or opening the next one: a news paragraph is often
    one sentence)."""
    if sentence + 1 >= len(doc.segments.sentence_starts):
        return False
    return not doc.segments.is_furniture(doc.segments.sentence_starts[sentence + 1])


def _marked_span(
    doc: ArticleView, bounds: tuple[int, int], first: TimeRef, last: TimeRef, ends: tuple, marks: tuple, counts
) -> ElapsedSpan | None:
    """The first span in `bounds` marked as lasting across the run's two ends (not one between them)."""
    if bounds[0] <= first.start and range_joined(doc.language, marks[3], doc.text, first, last):
        # `for a five-day kite festival from Tuesday 9 to Saturday 13 June`: the length named before the range
        named = marks[19].search(doc.text, bounds[0], first.start)
        span = _span_read(named, ends, counts, doc.language, doc.text) if named is not None else None
        if span is not None:
            return span
    for match in (m for pattern in marks[0] for m in pattern.finditer(doc.text, *bounds)):
        if first.start < match.start() < last.end and not (
            match.re is marks[0][1] and _lasting_between(doc, first, last, match)
        ):
            continue
        if match.start() < first.start and not range_joined(doc.language, marks[3], doc.text, first, last):
            continue  # (a span before its dates only before a range: `lasted 38 days, from 2 March to 9 April`)
        span = _span_read(match, ends, counts, doc.language, doc.text)
        if span is not None:
            # (`넉 달 넘게 진행됐다`: at least that long, under one unit more)
            span.over = span.over or _at_least_after(doc.language).match(doc.text, match.end("length")) is not None
            return span
    return None


def _lasting_between(doc: ArticleView, first: TimeRef, last: TimeRef, match: re.Match[str]) -> bool:
    """Whether a length after a word of lasting, between a run's two ends, is the run's own (`opens on 4 August,
    lasts for 12 weeks and closes on 27 October`): after the first end's clause, with no figure between it and either
    end, and not told from another time right after it (`for 12 weeks after the strike`:
    `[link.run_length_told_from]`)."""
    if _A_FIGURE.search(doc.text, first.end, match.start()) or _A_FIGURE.search(doc.text, match.end(), last.start):
        return False
    return _told_from(doc.language).match(doc.text, match.end()) is None


# a figure written between a run's end and a length (another count the length may be of)
_A_FIGURE = compile_exact(r"\d")


@functools.cache
def _told_from(code: str) -> re.Pattern[str]:
    """Right after a length, the words that count it from another time (`after`, `before`, `later`:
    `[link.run_length_told_from]`)."""
    return compile_re(rf"\s?(?:{link_alternations(code).run_length_told_from})", re.I)


@functools.cache
def _length_of_another_subject(code: str) -> re.Pattern[str]:
    """Right after a run's length and its mark, a noun marked as the subject of the verb the length goes with (`5월
    20일까지 3일 동안 공연이 열린다`, `[link.run_length_subject_after]`): that noun's days within the run, not the run's
    length (`5월 20일까지 20일 동안 열린다` is)."""
    w = link_alternations(code)
    if not w.defines("run_length_subject_after"):
        return compile_re(NEVER)
    return compile_re(rf"(?:{w.run_length_subject_after})", re.I)


@functools.cache
def _length_of_a_thing(code: str) -> re.Pattern[str]:
    """Right before a length in the sentence after a run, `for` after no word of lasting (`valid for 30 days`,
    `[link.length_for_before]`): what something else lasts, not the run's length (`ran for 124 days` is)."""
    w = link_alternations(code)
    if not w.length_for_before:
        return compile_re(NEVER)
    return compile_re(rf"(?:{w.length_for_before})$", re.I)


@functools.cache
def _at_least_after(code: str) -> re.Pattern[str]:
    """Right after a length, the words that make it at least that long (`[link.length_at_least_after]`)."""
    return compile_re(rf"\s?(?:{link_alternations(code).length_at_least_after or NEVER})", re.I)


def _span_read(
    match: re.Match[str], ends: tuple, counts: dict[str, int], code: str, doc_text: str = ""
) -> ElapsedSpan | None:
    """The span a match of a length states between the run's ends; None for days or weeks between months."""
    since, since_span, until, until_span = ends
    days = int(match.group("d")) if match.group("d") else 0
    if "dw" in match.re.groupindex and match.group("dw"):
        days = counts.get(match.group("dw").lower(), 0)
    if "dn" in match.re.groupindex and match.group("dn"):
        days = day_words(code)[match.group("dn")]
    weeks = _weeks(match.group("wk"), counts)
    stated = (0, "day") if days else (0, "week") if weeks else stated_length(match, counts)
    days = days or 7 * weeks
    if stated is None:
        return None
    if days and "day" not in (since.grain, until.grain):
        whole = whole_months_as_days(doc_text, since, since_span, until, until_span, code, match.start("length"))
        if whole is None:
            return None  # (days and weeks between quarters or years, or from late in a month, are not counted)
        since, until = whole
    # (`2027년 3월 시작해 2029년 2월까지 24개월간`, `from May 2027 to April 2029, over 24 months`: a run from one
    # month to another is counted by editors either between the months or through the last one, both ends included)
    inclusive = since.grain == until.grain == "month" and not days
    return span_of_length(match, stated, since, since_span, until, until_span, inclusive=inclusive, days=days)


def _run_on(text: str) -> bool:
    """Between a run's first date and its length, a few words that carry the run on (`and runs`), no figure nor a
    sentence's dateline dash (`July 23 - … sales in the six months to June`: a length of its own, to a date)."""
    return len(text) <= _MARK_REACH and not any(ch.isdigit() or ch in "-–—" for ch in text)


# A clause break between a date and a range after it (`… 들어왔고, 설치는 …부터`)
_CLAUSE_BREAK = compile_exact(r"[,;]")


def _range_of(doc: ArticleView, own: list[TimeRef], joiner: re.Pattern[str]) -> tuple[list[TimeRef], bool]:
    """Of a sentence's three or more dates, the first two when they are joined as a range and no other pair is
    (`지난 8월 11일부터 10월 3일까지 54일간 진행한 올해 수매 …`, `in the 22 weeks from 3 March to 4 August, it said on
    12 October`), and whether it follows an earlier clause's date: the dates after the range date something else
    (the report, the year the run is in)."""
    pairs = [(a, b) for a, b in zip(own, own[1:], strict=False) if range_joined(doc.language, joiner, doc.text, a, b)]
    if len(pairs) != 1:
        return own, False
    # (the range opens the sentence's dates: a date before it may be where the span starts, `2024년 이후 6월 …`;
    # unless it is a day after the range's end, the day the run is reported on: `조합은 25일 10월 1일부터 11월
    # 20일까지 …`)
    first, last = pairs[0]
    end = Period.parse(last.period)
    before = own[: own.index(first)]
    if end is None:
        return own, False
    if before and _CLAUSE_BREAK.search(doc.text, before[-1].end, first.start) is not None:
        # (`기계는 지난해 12월 2일 들어왔고, 설치는 12월 8일부터 30일까지 23일 동안`, `arrived on 2 March, and
        # fitting ran from 9 to 20 March`: a date of an earlier clause dates that clause's event, the range its own run;
        # told so, the range's length is read in its sentence only)
        return list(pairs[0]), True
    if not all(_after(ref, end) for ref in before):
        return own, False
    return list(pairs[0]), False


def _days_after_years(doc: ArticleView, own: list[TimeRef]) -> list[TimeRef]:
    """Of a sentence's three or more dates, its two days when every other is a whole year written before them (`The
    mill, which dates from 1871, stood idle from 3 August until it ran again on 21 August, 18 days later`, `올해 곶감
    말리기는 지난해 11월 3일 시작해 …`): such a year dates something else, no end of the run of days; not the first
    day's year written and the second's not, in another year (`closed on 3 August 2025 and reopened on 27 August`);
    not the year of an open time (`2024년 이후 6월 21일부터 …`: where the span may start)."""
    periods = [Period.parse(ref.period) for ref in own]
    days = [ref for ref, period in zip(own, periods, strict=True) if period is not None and period.grain == "day"]
    if len(days) != 2:
        return own
    first, second = (Period.parse(ref.period) for ref in days)
    if days[0].explicit_year != days[1].explicit_year and first.bounds()[0].year != second.bounds()[0].year:
        return own  # (`closed on 3 August 2025 and reopened on 27 August`: the second day's year is unsaid)
    others = [(ref, period) for ref, period in zip(own, periods, strict=True) if ref not in days]
    open_years = {t.start for t in doc.times if t.period is None}
    if all(
        period is not None and period.grain == "year" and ref.end <= days[0].start and ref.start not in open_years
        for ref, period in others
    ):
        return days
    return own


def _after(ref: TimeRef, end: Period) -> bool:
    """A day dated after `end`."""
    period = Period.parse(ref.period)
    return period is not None and period.grain == "day" and period.bounds()[0] > end.bounds()[1]


def _without_holding_year(own: list[TimeRef]) -> list[TimeRef]:
    """A sentence's dates without a year (or a half or quarter of one) written before two dates it holds (`올해
    장마는 6월 21일부터 7월 28일까지`, `하반기 모집은 8월 3일부터 …`): it says when the run was, not where it starts.
    Dates after the two stay (a range among them is chosen after)."""
    if len(own) < 3:
        return own
    # (dates after the two may date something else: `올해 설 대목 30일간(1월 5일∼2월 3일) … 지난해 설보다`)
    year, first, last = (Period.parse(ref.period) for ref in own[:3])
    if year is None or first is None or last is None or year.grain not in _HOLDING_GRAINS:
        return own
    # (a bare day, `21일까지`, takes the start's month later on: the reader's month for it is a guess; so is the year
    # of an end written without one, `this year's season opened on 23 May and runs to 27 September`, which the run
    # dates forward from its start later on)
    ends = (first,) if own[2].bare_day or not own[2].explicit_year else (first, last)
    holds = all(year.bounds()[0] <= end.bounds()[0] and end.bounds()[1] <= year.bounds()[1] for end in ends)
    return own[1:] if holds else own


@functools.cache
def _year_words(code: str) -> re.Pattern[str]:
    """The words that name a year from publication (`next year`, `내년`: `[time]` in rules/lang/*.toml)."""
    data = load_file(code)
    words = [w for field in ("last_year", "this_year", "next_year") for w in getattr(data.time, field)] if data else []
    return compile_re("|".join(words) or NEVER, re.I)


def _names_its_year(code: str, ref: TimeRef) -> bool:
    """A date that writes its year (`August 2027`) or names it from publication (`October next year`)."""
    return ref.explicit_year or bool(_year_words(code).search(ref.text))


def _closes_on_its_year(code: str, ref: TimeRef) -> bool:
    """A date written with its year last (`August 2027`, `October next year`), the year closing the phrase."""
    written = ref.text.rstrip()
    return bool(_YEAR_LAST.search(written)) or any(m.end() == len(written) for m in _year_words(code).finditer(written))


_YEAR_LAST = compile_exact(r"\d{4}\s*$")


def _a_year_on(period: Period) -> Period | None:
    """The same day or month a year later."""
    if period.grain == "day":
        return Period.of_day(period.year + 1, period.index, period.day)
    if period.grain == "month":
        return Period.of_month(period.year + 1, period.index)
    return None


def _span_of(time: TimeRef) -> Span:
    return Span(start=time.start, end=time.end)


def _run_end_day(since: Period, day: int) -> Period | None:
    """The day a run that starts on `since` ends on when its end writes the day alone: in the start's month, or in
    the next month for a day not after the start's (`28일부터 3일까지`)."""
    if day > since.day:
        return Period.of_day(since.year, since.index, day)
    year, month = (since.year + 1, 1) if since.index == 12 else (since.year, since.index + 1)
    return Period.of_day(year, month, day)


def _weeks(written: str | None, counts: dict[str, int]) -> int:
    """The weeks a length states (`7주간`, `seven weeks`); 0 for none."""
    if not written:
        return 0
    return int(written) if written.isdigit() else counts.get(written.lower(), 0)
