"""An average per day, month or year of a total stated over a span: `축제에는 나흘간 관람객 36만명이 찾았다. 하루
평균 9만명꼴이다`, `남은 두 달 동안 600억원을 더 써야 한다. 한 달 평균 300억원이다`, `The fair drew 84,000
visitors over the six days, an average of 14,000 a day`, and over the total's own period when no span is written
(`지난해 방문객은 7만3천명으로 하루 평균 200명꼴이다`: a year's days).

The average is marked as one per day, month or year before it (`하루 평균`, `한 달 평균`, `연평균`, `on an average
day`), or by an average mark before it and a unit after it (`an average of 14,000 a day`). The total is
the nearest figure before it, in its sentence or the one before (news copy makes a paragraph of each),
the only one of its unit stated as a value in its sentence, of its kind and unit, stated as a value (a
change, a prior or a figure per unit passed over), larger than the average and not itself tied to
another average, with no mark of a part between (`이 가운데`, `of those`). An average in a sentence after
its total says that it restates it (`하루 평균 9만명꼴이다`, `That is an average of`, `during that period`): else
it may be of any span. The span is the one written in the total's sentence, or in the average's before
it, in the average's unit (`나흘간`, `두 달 동안`, `3년간`, `over the six days`), or one of whole years for an
average per day or month worked out from the total (`1년 동안 … 하루 평균 200명꼴`); when none is written and the
total's period, written in its sentence, is a whole year, half, nine months or quarter, that period's
calendar days or its months (12, 6, 9, 3); a run of months the total's sentence writes as one figure (`1∼10월`,
`[link.month_spans]`) is its months, or its calendar days when the average says it is worked out (`꼴`). Two
spans of the unit: which one is meant is not said,
nothing is linked. With no total near it, an average that restates one (`셈이다`) over the one span of its unit
written in its sentence before it or in the sentence just before (`축제는 20일간 열렸다. 하루 평균 2만명이 찾은
셈이다`) is of the story's total: the one value of its kind and unit the lead states (its first sentence's, when
the second states another). The total is then the average times the span, checked by the per-period kind
(`per_period_of`, `periods`). The reading spans sentences, so a mismatch is a warning (`guesses`). Words
are data (`[link.span_average_day_before]` and the month's and year's, `[link.span_average_of_before]`,
`[link.span_per_day_after]` and the month's and year's, `[link.span_days]`, `[link.span_months]`,
`[link.span_years]`, `[link.span_one_year]`: `over the year`, `in the year to September`; `[link.span_one_weekend]`:
`over its opening weekend`, two days, for an average said to be one; span numbers from
`[number_words]` and `[native_numbers]`).

A number of days stated as a figure is a span too (`문을 연 날은 모두 26일이었다`, `개장일은 214일로`: a sum, or more
days than a month has; never a date). A bare year's mark before a figure given out per year (`매년 500대씩`) or
worked out (`꼴`, a restating `셈`) makes it an average per year (`[link.span_average_bare_year_before]`). With no span
near an average restating the lead's total, the one span heading that total in its sentence (`45일간 관람객 2만7천
명을`, `4년간 40억 원 규모의`) is its span, for an average worked out from it; a span after the total may close
another clause.

Beside the spans these words name, a length the shared grammar of durations reads (checker/link/durations.py: `The
season ran 124 days`, `two and a half years`, `an 18-month appeal`, weeks for days) is a span of its unit, unless the
words around it make it a point or an offset; the one span the average's own sentence writes before it is its span,
before one in the total's sentence. A restating mark right before a figure whose unit follows it (`That is about
2,500 a day`, `which works out at 88 a day`) marks it as an average as `an average of` does.

An average for which no total near it is found (its own span written after it in its clause, `That is about 26 a day
over the 90 days`; a rate `at a rate of 50 blankets a month`, `[link.span_average_of_before]`; a bare month's mark
before a figure spread or worked out, `한 달에 5천 개꼴로`, `[link.span_average_bare_month_before]`) is read again
once the breakdowns and shares have marked their parts (`link_span_averages_of_identified_totals`): of the story's
one total of what it counts, found by what each level is of (checker/link/identities.py), however far back; two
totals of that noun, nothing. An average per one unit as well (`세탁소 한 곳에 한 달 평균 450건꼴`) is of no total
over the span alone.

A day of a kind (`장날 하루에 3천만원꼴`, `영업일 하루 평균 300명`: `[link.kind_of_day_nouns]` right before the day's
mark) is one of the days of that kind, not each calendar day of the total's period: the total is over the days of the
kind the story counts before the average (`장날 42번`, `장날은 모두 42번`: the noun, `[link.kind_of_day_count_between]`,
a count of occasions; one value, else which one is unsaid), and with no such count nothing is linked. A count of the
days of a kind said to be a span (`장날 42번 동안 6만명이`: `[link.kind_of_day_span_after]`) is a span of so many days.
"""

from __future__ import annotations

import bisect
import calendar
import collections
import functools
import itertools
import re
from typing import NamedTuple

from checker.extract.lang import ByLanguage, merged
from checker.link.clause_marks import CLAUSE_CLOSES
from checker.link.durations import Duration, durations
from checker.link.figure_kinds import AMOUNTS
from checker.link.gaps import gap_word_after
from checker.link.identities import identities, names_noun, stem
from checker.link.per_one_marks import stated_per_one
from checker.link.per_unit_apart import is_a_rate, opens_with_headline
from checker.link.per_unit_fallback import beside_their_share
from checker.link.segment import sentence_end
from checker.link.sentence_groups import prose_figures
from checker.models import Claim, Span
from checker.regex_cache import compile_exact
from checker.regex_needs import may_match

_UNITS = ("day", "week", "month", "year")
_GAP = r"[^\d.;:!?]{0,32}"  # words between a mark and its average (`하루 평균으로 치면`, `the gates admitted about`)
_MARK_BEFORE = {
    unit: ByLanguage(lambda w, unit=unit: rf"(?:{getattr(w, f'span_average_{unit}_before')}){_GAP}$", re.I)
    for unit in _UNITS
}
_OF_BEFORE = ByLanguage(lambda w: rf"(?:{w.span_average_of_before})\s+(?:(?:{w.hedges})\s+)?$", re.I)
# `That is about 2,500 passengers a day`, `which works out at 88 a day`: a restating mark right before a figure whose
# unit follows it makes it the total's average as much as an average mark does
_RESTATED_BEFORE = ByLanguage(lambda w: rf"(?:{w.span_average_restating})\s+(?:(?:{w.hedges})\s+)?$", re.I)
# `84,000 visitors over the six days, about 14,000 a day`, `£3.2bn in the quarter, or about £35m a day`: a figure set
# after its total's comma with an `or` or a hedge (the hedge read into the figure) restates that total per its unit
_APPENDED_BEFORE = ByLanguage(lambda w: rf",\s+(?:(?:{w.or_words})\s+)?(?:(?:{w.hedges})\s+)?$", re.I)
_OR_BEFORE = ByLanguage(lambda w: rf"(?:{w.or_words})\s+(?:(?:{w.hedges})\s+)?$", re.I)
_HEDGE_OPENING = ByLanguage(lambda w: rf"(?:{w.hedges})\s", re.I)
_UNIT_AFTER = {
    unit: ByLanguage(lambda w, unit=unit: rf"[^\d.,;:]{{0,24}}?(?:{getattr(w, f'span_per_{unit}_after')})", re.I)
    for unit in _UNITS
}
_SPAN = {
    "day": ByLanguage(lambda w: rf"(?:{w.span_days})", re.I),
    "week": ByLanguage(lambda w: rf"(?:{w.span_weeks})", re.I),
    "month": ByLanguage(lambda w: rf"(?:{w.span_months})", re.I),
    "year": ByLanguage(lambda w: rf"(?:{w.span_years})", re.I),
}
_SPACES = compile_exact(r"\s*")
# `, or 150 tonnes a day on average`: after the unit, words making the figure an average (the clause still closes)
_AVERAGE_AFTER_UNIT = ByLanguage(lambda w: rf"\s+(?:{w.average_after_noun})", re.I)
_RESTATING = ByLanguage(lambda w: rf"(?:{w.span_average_restating})", re.I)
# `하루 평균 1천200명 남짓이다.`, `한 해 평균 2만 명이다.`: a sentence of the average alone, its mark before it and a
# close of the copula's after it (`[link.span_average_bare_close]`), restates the total before it as `꼴` would
_BARE_OPENING = compile_exact(r"\s*[^\W\d_]+(?:\s[^\W\d_]+){0,2}\s*")
# `평일은 하루 평균`, `인근 시장은 하루 평균`: a topic of its own opening the sentence, an average of its own days or
# place, the average's mark after it (`이는`, one letter before the particle, is the restatement's pronoun; `하루 평균
# 관람객은 N명이다`, the figure's own noun right before it, is no topic of its own)
_BARE_TOPIC = ByLanguage(lambda w: rf"(?<![^\W\d_])[^\W\d_]{{2,}}?(?:{w.clause_topic_particles})\s+(?=[^\W\d_])")
_BARE_CLOSE = ByLanguage(lambda w: rf"\s?(?:(?:{w.hedges})\s?)?(?:{w.span_average_bare_close})\s*[.]?\s*", re.I)
# right before the year a total is dated to, words making the year the start of an open span (`since it began in `,
# `since `): the total runs from it to now, no count over that year
_OPEN_SINCE_BEFORE = ByLanguage(lambda w: rf"(?:{w.open_since_before})$", re.I, first_tested=False)
_OPEN_SINCE_REACH = 40
# (`이 기간`, `during that period`: a sentence pointing back to a period the sentence before states)
_THAT_PERIOD = ByLanguage(lambda w: rf"(?:{w.that_period})", re.I)
# from a span its sentence writes to the average appended to it (`The library opened on 150 days, lending an
# average of about`): the average restates the story's total over that span
_APPENDED_TO_SPAN = ByLanguage(
    lambda w: rf"[^\d.;:!?]*,\s*(?:[^\W\d_]+\s+){{0,2}}(?:{w.average_before})\s+(?:(?:{w.hedges})\s+)?", re.I
)
# `개통 1년 이용객이`: the first years of a thing before its total's noun, a span of years with no `간`
_FIRST_YEARS = ByLanguage(lambda w: rf"(?:{w.span_first_years})", re.I)
# `하루 2,690명꼴`: a bare day's mark before a figure worked out as an average (`꼴` right after it)
_BARE_DAY_BEFORE = ByLanguage(lambda w: rf"(?<![^\W\d_])(?:{w.span_average_bare_day_before})\s?(?:(?:{w.hedges})\s?)?$")
# `나흘 동안 288경기가 치러져 하루 72경기`: the bare day's mark right before a figure, no word between (no cap, `하루
# 최대`), read as an average only of a total its own sentence states after a span of days
_BARE_DAY_PARTICLE_BEFORE = ByLanguage(
    lambda w: rf"(?<![^\W\d_])(?:{w.span_average_day_particle_before})\s?(?:(?:{w.hedges})\s?)?$"
)
_BARE_DAY_RIGHT_BEFORE = ByLanguage(lambda w: rf"(?<![^\W\d_])(?:{w.span_average_bare_day_before})\s?$")
_AVERAGE_AFTER_FIGURE = ByLanguage(lambda w: rf"(?:{w.span_average_after_figure})")
# `한 해 6천 그루씩 심는 셈`, `해마다 7억원꼴`: a bare year's mark before a figure given out per year (`씩`) or worked
# out as an average (`꼴`, or a restating `셈` in its sentence)
_BARE_YEAR_BEFORE = ByLanguage(
    lambda w: rf"(?<![^\W\d_])(?:{w.span_average_bare_year_before})\s?(?:(?:{w.hedges})\s?)?$"
)
# `한 달에 2천 점꼴로`, `매달 4만 개씩`: a bare month's mark, as the year's
_BARE_MONTH_BEFORE = ByLanguage(
    lambda w: rf"(?<![^\W\d_])(?:{w.span_average_bare_month_before})\s?(?:(?:{w.hedges})\s?)?$"
)
_SPREAD_AFTER_FIGURE = ByLanguage(lambda w: rf"(?:{w.span_average_after_figure}|{w.per_unit_distributive_after})")
# `over the year`, `in the year to September`, `over the past 12 months`: a span of one whole year
_ONE_YEAR = ByLanguage(lambda w: rf"(?<![^\W\d_])(?:{w.span_one_year})(?![^\W\d_])", re.I)
_DAYS_A_YEAR = 365
# `over its opening weekend`, `Over the first weekend`: a span of one weekend, its two days
_ONE_WEEKEND = ByLanguage(lambda w: rf"(?<![^\W\d_])(?:{w.span_one_weekend})(?![^\W\d_])", re.I)
_DAYS_A_WEEKEND = 2
# `from Friday to Sunday`, `open Friday to Sunday`: a weekend the text gives more days than its two
_WEEKEND_OTHER_DAY = ByLanguage(lambda w: rf"(?<![^\W\d_])(?:{w.span_weekend_other_days})", re.I)
_DAYS_A_WEEK = 7
# `특히 주말에는 하루로 치면 8만명꼴`, `on weekends an average of 9,000 a day`: an average of a part of the span
_SUBSET_TOPIC = ByLanguage(lambda w: rf"(?<![^\W\d_])(?:{w.span_subset_topics})(?![^\W\d_])", re.I)
# `an average of 95 a week in the summer`: right after the average and its unit, a part of the span as its time
_PART_AFTER = ByLanguage(lambda w: rf"[^\W\d_\s]*(?:\s+[^\W\d_]+){{0,2}}?\s+(?:{w.span_part_after_average})", re.I)
# `and now takes an average of 95 a week`: a word of the present between the total and the average
_NOW_BETWEEN = ByLanguage(lambda w: rf"(?<![^\W\d_])(?:{w.span_average_now_between})(?![^\W\d_])", re.I)
_OF_WHICH = ByLanguage(lambda w: rf"(?:{w.of_which_openers})", re.I)
_MARK_REACH = 48  # characters before an average where its mark stands
# `하루 정원은 600명`, `하루에 700명까지`, `a daily capacity of 600`: a day's mark, a whole word, right before a
# figure or before a noun of capacity a few words before it: a day's figure, never the total of an average over many
# days (not `매일 늘어 3만명`, `매일 열리는 장터 방문객은 6만명`, `일일이`, `매일같이`: the day's mark is of a verb)
_DAY_FIGURE_BEFORE = ByLanguage(
    lambda w: (
        rf"(?<![^\W\d_])(?:{w.per_day_before})(?![^\W\d_])\s?"
        rf"(?:(?:{w.day_capacity_nouns})[^\W\d_]*(?:\s[^\W\d_]+){{0,2}}\s?)?$"
    ),
    re.I,
    first_tested=False,
)
_DAY_FIGURE_REACH = 24
# `장날 하루에 3천만원꼴`, `영업일 하루 평균 300명`: a day of a kind right before the day's mark
_KIND_OF_DAY_BEFORE = ByLanguage(
    lambda w: (
        rf"(?<![^\W\d_])(?P<kind>{w.kind_of_day_nouns})\s?"
        rf"(?:{w.span_average_day_before}|{w.span_average_bare_day_before}){_GAP}$"
    )
)
# `장날 42번`, `장날은 모두 42번`: a count of the days of a kind; `장날 42번 동안`: the span a total is stated over
_KIND_OF_DAY_COUNT = ByLanguage(
    lambda w: (
        rf"(?<![^\W\d_])(?P<kind>{w.kind_of_day_nouns})(?:{w.kind_of_day_count_between})"
        rf"(?P<count>\d{{1,3}})\s?(?:{w.occasion_counters})"
    )
)
_KIND_OF_DAY_SPAN = ByLanguage(
    lambda w: (
        rf"(?<![^\W\d_])(?:{w.kind_of_day_nouns})(?:{w.kind_of_day_count_between})"
        rf"\d{{1,3}}\s?(?:{w.occasion_counters})(?:{w.kind_of_day_span_after})"
    )
)
_BLANKS = compile_exact(r"\s+")
_SENTENCES_BACK = 1
_NOUN_REACH = 12  # characters before a total where the noun it counts stands (`관중 4만명`)
# the total's own period in months, by its grain (`2025`: twelve; `2025-H1`: six)
_MONTHS_OF = {"year": 12, "nine_months": 9, "half": 6, "quarter": 3}


@functools.cache
def _numbers(lang: str) -> dict[str, float]:
    data, _ = merged(lang)
    out = {word.lower(): float(value) for word, value in data.number_words.words.items()}
    out.update((word, float(value)) for word, value in data.native_numbers.units.items())
    out.update((word, float(value)) for word, value in data.native_numbers.days.items())
    return out


# right before an average, the noun it is also per (`점포당 월평균`, `[link.per_noun_marks]`)
_PER_NOUN_BEFORE = ByLanguage(lambda w: rf"(?<=[^\W\d_])(?:{w.per_noun_marks})\s+(?:[^\W\d_]+\s+){{0,2}}$")
_PER_NOUN_REACH = 16
# `구장 한 면에서 하루 18경기꼴`: one unit and the mark of what it yields (`[link.per_one_source_marks]`) before an
# average marked as one (`꼴`, `씩`: `[link.item_average_after]`): per that unit and per the period both
_ONE_SOURCE_BEFORE = ByLanguage(
    lambda w: (
        rf"(?<![\w.,])(?:{w.fallback_one_unit})\s?[^\W\d_]{{1,4}}?(?:{w.per_one_source_marks})"
        rf"\s+(?:[^\W\d_,.]+\s+){{0,3}}?$"
    )
)
_AVERAGE_MARK_AFTER = ByLanguage(lambda w: rf"\s?(?:{w.item_average_after})", re.I)
# Every figure `link_span_averages` ties or leaves pending (for `link_span_averages_of_identified_totals`, which reads
# nothing else) is first an average by `_unit_of` or `_bare_month`, each of whose answers needs a match of one of these
# before the figure: a mark of its unit, a bare mark of a day, year or month, `an average of`, a restating mark, or
# the comma of an appended figure. An article that can match none of them anywhere has no average to read.
_MARKS_OF_AN_AVERAGE = (
    *_MARK_BEFORE.values(),
    _BARE_DAY_BEFORE,
    _BARE_YEAR_BEFORE,
    _BARE_MONTH_BEFORE,
    _OF_BEFORE,
    _RESTATED_BEFORE,
    _APPENDED_BEFORE,
)


def link_span_averages(
    claims: list[Claim], text: str, lang: str, sentence_starts: list[int]
) -> list[tuple[str, str] | _Late]:
    """Ties each average to its total; returns the averages (ids, with their units) no total near them was found for,
    which `link_span_averages_of_identified_totals` reads once the breakdowns and shares have marked their parts."""
    if not any(may_match(mark[lang], text) for mark in _MARKS_OF_AN_AVERAGE):
        return []  # (no figure is tied or left pending without a match of one of its marks: `_unit_of`, `_bare_month`)
    figures = prose_figures(claims)
    # (`2,870 loans, or 14%`: one part's count, set beside its share; the shares may be linked only later)
    share_parts = beside_their_share(claims, text) | {c.share_part for c in claims if c.share_part}
    pending: list[tuple[str, str] | _Late] = []
    runs: _StoryRuns | None = None  # (the spans the lead writes, read once per article when an average needs them)
    for i, average in enumerate(figures):
        if average.kind not in AMOUNTS or average.role != "value" or average.low <= 0:
            continue
        s_start = sentence_starts[average.sentence]
        unit, appended_only = _unit_of(average, text, lang, s_start)
        if unit is None and _bare_month(average, text, lang, s_start):
            if not _SUBSET_TOPIC[lang].search(text, s_start, average.start):
                pending.append((average.id, "month"))
            continue
        if unit is None or _SUBSET_TOPIC[lang].search(text, s_start, average.start):
            continue  # (an average of a part of the span, `주말에는`: no total over the whole span divides it)
        if _PER_NOUN_BEFORE[lang].search(text, max(s_start, average.start - _PER_NOUN_REACH), average.start):
            continue  # (`점포당 월평균 1억원`: an average per unit and per period, of a total divided by both)
        if stated_per_one(average, text, lang, each=False) or (
            _AVERAGE_MARK_AFTER[lang].match(text, average.end)
            and _ONE_SOURCE_BEFORE[lang].search(text, max(s_start, average.start - _PER_NOUN_REACH * 2), average.start)
        ):
            continue  # (`세탁소 한 곳에 한 달 평균 450건꼴`: per one unit too, of a total over the span and the units)
        total = _total_before(figures, i, text, lang, share_parts)
        if total is not None and _DAY_FIGURE_BEFORE[lang].search(
            text, max(0, total.start - _DAY_FIGURE_REACH), total.start
        ):
            continue  # (`하루 정원은 600명`: the figure nearest before is a day's, no total; none further back is read)
        if appended_only and (total is None or total.sentence != average.sentence):
            continue  # (a restatement set after its total's comma is of a total of its own sentence, never before)
        if appended_only and not _spanned_before(unit, text, lang, s_start, average):
            continue  # (`하루 72경기` of `나흘 동안 288경기가`: a bare day's figure beside its sentence's one span)
        if total is None and unit == "day" and _kind_of_day(average, text, lang, s_start) is not None:
            continue  # (one of the days of a kind with no total near it: the story's run is of calendar days)
        if total is None:
            lead = _lead_over_span(figures, i, unit, text, lang, sentence_starts, share_parts)
            if lead is not None and _BARE_DAY_PARTICLE_BEFORE[lang].search(
                text, max(s_start, average.start - _MARK_REACH), average.start
            ):
                pending.append(_Late(lead[0].id, lead[1], lead[2], average.id))  # (tied late, as below)
            elif lead is not None:
                _tie(*lead, average)
            else:
                pending.append((average.id, unit))  # (for the story's total, once the parts are marked)
            continue
        if _PART_AFTER[lang].match(text, average.end) or (
            total.sentence == average.sentence and _NOW_BETWEEN[lang].search(text, total.end, average.start)
        ):
            continue  # (`in its first year, and now takes an average of 95 a week in the summer`: another span's)
        if _OF_WHICH[lang].search(text, total.end, average.start):
            continue  # `병상은 2천개로, 이 가운데 하루 평균 1천7백개가 찼다`: a part of the total, no average over it
        s_end = sentence_end(sentence_starts, average.sentence, len(text))
        if (
            total.sentence != average.sentence
            and not _RESTATING[lang].search(text, s_start, s_end)
            and not _bare_average(average, s_start, s_end, text, lang)
            and not _spans(unit, text, lang, s_start, average.start)
            and not _names_total(total, average, text, s_start)
        ):
            if _spans_after(average, unit, text, lang, s_end):
                pending.append((average.id, unit))  # (`That is 26 a day over the 90 days`: its own span, after it)
            # `Stores hired an average of 2,000 a month in the spring`: an average of another span (`The fair ran
            # for 11 days, an average of 37,000 a day`: the span its sentence writes first is the total's run)
            continue
        kind = _kind_of_day(average, text, lang, s_start) if unit == "day" else None
        if kind is not None:
            periods, span = _days_of_the_kind(kind, average, text, lang)
            if periods is None or periods <= 1:
                continue  # (one of the days of a kind, their number unsaid: no calendar day of the period)
        else:
            periods, span = _span(total, average, unit, text, lang, sentence_starts)
        # (the readings tied once the breakdowns have read the total's parts, `_Late`: the bare day's figure of its
        # sentence's total, one marked `하루에`, one over the story's run)
        late = _BARE_DAY_PARTICLE_BEFORE[lang].search(
            text, max(s_start, average.start - _MARK_REACH), average.start
        ) is not None or (appended_only and _bare_day_alone(average, text, lang, s_start))
        if periods is None and not _spans_after(average, unit, text, lang, s_end):
            if runs is None:
                runs = _StoryRuns(text, lang, sentence_starts)
            periods, span = runs.of(average, total, unit, text, lang, sentence_starts)
            late = True
        if periods is None and _spans_after(average, unit, text, lang, s_end):
            pending.append((average.id, unit))  # (its own span after it: read for the story's total)
        if periods is None or periods <= 1:
            continue
        if late:
            # (`선수 1천280명이 참가해 … 하루에 640명꼴`, `나흘 동안 288경기가 치러져 하루 72경기`, or over the story's
            # run: the total may be the story's whole, tied once the breakdowns have read its parts)
            pending.append(_Late(total.id, periods, span, average.id))
            continue
        _tie(total, periods, span, average)
    return pending


class _Late(NamedTuple):
    """A tie made once the breakdowns and shares have read the total's parts: the total, its periods and their span,
    the average."""

    total: str
    periods: float
    span: Span
    average: str


class _StoryRuns:
    """The story's run: the one span of a unit the lead writes (`6일부터 9일까지 나흘 동안 열린 전시회에`), the
    body's first sentence past a headline. An average worked out (`꼴`, `셈`) of a total its own sentence or the one
    before states with no span of its own (`관람객은 4만5천 명으로 하루 1만1천250명꼴이었다`) is the total over
    that run, when no other span of the unit is written between the lead and it (which one, else, not said). The
    spans of each unit are read once per article, each average's looked up by bisection."""

    def __init__(self, text: str, lang: str, sentence_starts: list[int]) -> None:
        body = text.find("\n") + 1 if opens_with_headline(text) else 0
        first = bisect.bisect_left(sentence_starts, body)
        while (
            first + 1 < len(sentence_starts) and not text[sentence_starts[first] : sentence_starts[first + 1]].strip()
        ):
            first += 1  # (the blank line after a headline)
        self.lead = (
            (sentence_starts[first], sentence_end(sentence_starts, first, len(text)))
            if first < len(sentence_starts)
            else None
        )
        self.body = body
        self.found: dict[str, list[_Found]] = {}

    def of(
        self, average: Claim, total: Claim, unit: str, text: str, lang: str, sentence_starts: list[int]
    ) -> tuple[float | None, Span | None]:
        if self.lead is None or not _worked_out(average, text, lang, sentence_starts):
            return None, None
        start, end = self.lead
        if total.start < end or average.start < end:
            return None, None  # (a total or an average of the lead: its own sentence's span, read before)
        if unit not in self.found:
            self.found[unit] = _spans(unit, text, lang, self.body, len(text))
        spans = self.found[unit]
        before = spans[: bisect.bisect_left(spans, (average.start,))]
        if len(before) != 1 or not start <= before[0].start < end or before[0].count is None:
            return None, None
        return before[0].count, Span(start=before[0].start, end=before[0].end)


def _kind_of_day(average: Claim, text: str, lang: str, s_start: int) -> str | None:
    """The kind of day right before the figure's mark of one day (`장날 하루에 3천만원꼴`: `장날`), its blanks
    dropped; None for a bare day (each calendar day)."""
    found = _KIND_OF_DAY_BEFORE[lang].search(text, max(s_start, average.start - _MARK_REACH), average.start)
    return _BLANKS.sub("", found.group("kind")) if found else None


def _days_of_the_kind(kind: str, average: Claim, text: str, lang: str) -> tuple[float | None, Span | None]:
    """The number of the days of the kind the story counts before the average (`장날 42번 동안`): its one value
    (two: which one, unsaid), and where it is written."""
    found = [
        m for m in _KIND_OF_DAY_COUNT[lang].finditer(text, 0, average.start) if _BLANKS.sub("", m.group("kind")) == kind
    ]
    if len({m.group("count") for m in found}) != 1:
        return None, None
    return float(found[-1].group("count")), Span(start=found[-1].start("count"), end=found[-1].end())


def _bare_day_alone(average: Claim, text: str, lang: str, s_start: int) -> bool:
    """Whether the figure is marked an average by a bare day's word alone (`하루 72경기`: no `꼴`, no `평균`)."""
    window = max(s_start, average.start - _MARK_REACH)
    return _BARE_DAY_RIGHT_BEFORE[lang].search(text, window, average.start) is not None and not _AVERAGE_AFTER_FIGURE[
        lang
    ].match(text, average.end)


def _spanned_before(unit: str, text: str, lang: str, s_start: int, average: Claim) -> bool:
    """Whether the figure after the bare day's mark (`하루 72경기`, no `꼴`, no `평균`) follows the one span of its unit
    its sentence writes before it, beside its total (`나흘 동안 288경기가 치러져`, `9천600명이 나흘 동안 시를 찾아`):
    an average restating the total over it. An average marked otherwise (`하루 평균`, `, about 14,000 a day`) is
    read as before."""
    if not _bare_day_alone(average, text, lang, s_start):
        return True
    return len(_spans(unit, text, lang, s_start, average.start)) == 1


def link_span_averages_of_identified_totals(
    claims: list[Claim], pending: list[tuple[str, str] | _Late], text: str, lang: str, sentence_starts: list[int]
) -> None:
    """The averages `link_span_averages` found no total near, each still tied to nothing: of the story's one total of
    what it counts (`_identified_total`), read after the breakdowns and shares mark their parts (a part is no rival
    total, and a total tied to its parts keeps them)."""
    if not pending:
        return
    figures = prose_figures(claims)
    position = {c.id: i for i, c in enumerate(figures)}
    tied = {c.per_period_of for c in claims if c.per_period_of}
    share_parts = beside_their_share(claims, text) | {c.share_part for c in claims if c.share_part}
    account = None
    by_id = {c.id: c for c in figures}
    for entry in pending:
        if isinstance(entry, _Late):
            total, average = by_id.get(entry.total), by_id.get(entry.average)
            if total is not None and average is not None and total.per_period_of is None and average.id not in tied:
                _tie(total, entry.periods, entry.span, average)
                tied.add(average.id)
            continue
        average_id, unit = entry
        i = position.get(average_id)
        if i is None or average_id in tied:
            continue
        average = figures[i]
        if average.per_unit_of or average.units_of or average.part_of or average.id in share_parts:
            continue  # (read since as a figure per unit, or a part: no average of a span)
        if account is None:
            account = identities(figures, text, lang, sentence_starts, forecasts=True)
        found = _identified_total(figures, i, unit, text, lang, sentence_starts, share_parts, account)
        if found is not None:
            _tie(*found, average)
            tied.add(average_id)


def _tie(total: Claim, periods: float, span: Span, average: Claim) -> None:
    total.per_period_of, total.periods = average.id, periods
    total.periods_span = span
    total.guesses = sorted(set(total.guesses) | {"relation"})


def _lead_over_span(
    figures: list[Claim],
    i: int,
    unit: str,
    text: str,
    lang: str,
    sentence_starts: list[int],
    share_parts: set[str] = frozenset(),
) -> tuple[Claim, float, Span] | None:
    """`올해 축제에 관람객 50만명이 다녀갔다. … 축제는 20일간 열렸다. 하루 평균 2만5천명이 찾은 셈이다`: an average
    restating a total (`셈이다`, or appended to the span its sentence writes: `The gallery opened on 250 days, an
    average of about 30 visitors a day`), with no total near it but a span of its unit written in its sentence
    before it or in the sentence just before, is of the story's total over that span: the one value of its kind
    and unit the lead states (the body's first two sentences, past a headline), and the span, when one is written
    there."""
    average = figures[i]
    s_start = sentence_starts[average.sentence]
    found = _spans(unit, text, lang, s_start, average.start)
    appended = len(found) == 1 and _APPENDED_TO_SPAN[lang].fullmatch(text, found[0].end, average.start)
    if not appended and not _RESTATING[lang].search(
        text, s_start, sentence_end(sentence_starts, average.sentence, len(text))
    ):
        return None
    previous = average.sentence - 1
    if previous >= 0 and text.count("\n", sentence_starts[previous], s_start) <= 1:  # (the same paragraph)
        found += _spans(unit, text, lang, sentence_starts[previous], s_start)
    if len(found) > 1:
        return None
    headline = opens_with_headline(text)
    body = next((c.sentence for c in itertools.islice(figures, i) if not (headline and c.paragraph == 0)), None)
    if body is None:
        return None
    lead: list[Claim] = []
    for c in itertools.islice(figures, i):  # (in the article's order: the walk ends past the lead, not at the average)
        if c.sentence > body + 1:
            break
        if (
            c.sentence >= body
            and c.id not in share_parts  # (`5,040 of them, or 40%`: one part's, no story's total)
            and (c.kind, c.unit) == (average.kind, average.unit)
            and c.role == "value"
            and not (c.counter and average.counter and c.counter != average.counter)
        ):
            lead.append(c)
    if len(lead) > 1:
        # (the lead sentence's one value, before the next sentence's threshold or change: `4만톤을 넘은 것은`)
        lead = [c for c in lead if c.sentence == body]
    if len(lead) != 1 or (lead[0].sentence >= average.sentence - _SENTENCES_BACK and not appended):
        # (none or two: which is the story's, not said; near the average, `_total_before`'s — which an average
        # appended to its span takes past a part's sentence: `…, or 40%. The boat sailed on 210 days, an average …`)
        return None
    total = lead[0]
    if total.per_unit_of or total.units_of or total.per_period_of or total.part_of or total.share_whole:
        return None
    if total.value <= average.value:
        return None
    if not found:
        # (`52일간 7만8천 명이 찾았다` … `하루 평균 1천500명꼴`, `3년간 묘목 1만8천 그루를 심는 사업` …
        # `한 해 6천 그루씩 심는 셈`: the span heading the lead's total in its sentence, for an average worked out from
        # it; a span after the total, `raised $7m over the past 12 months`, may close another clause)
        if not _worked_out(average, text, lang, sentence_starts) and not _SPREAD_AFTER_FIGURE[lang].match(
            text, average.end
        ):
            return None
        found = _spans(unit, text, lang, *_sentence_bounds(total.sentence, sentence_starts, len(text)))
        if len(found) != 1 or found[0].end > total.start:
            return None
    periods = found[0].count
    if periods is None or periods <= 1:
        return None
    return total, periods, Span(start=found[0].start, end=found[0].end)


_CLAUSE_STOP = compile_exact(r"[,;:.!?\n]")
# Korean: the noun right before an average (`한 달에 접시 5천 개씩`), past a particle and a hedge: what it counts
_NOUN_BEFORE = ByLanguage(
    lambda w: (
        rf"(?<![^\W\d_])(?P<noun>{w.script_letters}{{2,8}}?)(?:{w.particles_after_name})?\s?(?:(?:{w.hedges})\s?)?$"
    ),
    first_tested=False,
)
_STOP_WORD = ByLanguage(lambda w: rf"(?:{w.scope_stop_words})", re.I)
_MARK_WORDS = ByLanguage(
    lambda w: (
        rf"(?:{w.span_average_day_before}|{w.span_average_week_before}|{w.span_average_month_before}"
        rf"|{w.span_average_year_before}|{w.span_average_bare_day_before}|{w.span_average_bare_year_before}"
        rf"|{w.span_average_bare_month_before})$"
    ),
    first_tested=False,
)


def _names_another_noun(average: Claim, total: Claim, account: dict[str, set[str]], text: str, lang: str) -> bool:
    """Korean: whether the noun right before the average (`한 달에 접시 5천 개씩`) is none the total's account names
    (`컵 3만 개`): a generic counter counts both, the noun says which. A word of the average's own mark (`하루 평균`,
    `한 달에`) or a stop word names nothing."""
    if lang != "ko":
        return False
    window = max(0, average.start - _MARK_REACH)
    found = _NOUN_BEFORE[lang].search(text, window, average.start)
    if found is None or _STOP_WORD[lang].fullmatch(found.group("noun")):
        return False
    if _MARK_WORDS[lang].search(text, max(0, found.start("noun") - 8), found.end("noun")):
        return False  # (the word is the mark's own: `하루 평균`, `한 달에`, `매달`)
    return not names_noun(account.get(total.id, set()), found.group("noun"), lang)


def _spans_after(average: Claim, unit: str, text: str, lang: str, s_end: int) -> list[_Found]:
    """`almost 14 walkers a day over the 91 days, …`: the spans of the unit written after the average in its clause
    (up to its next comma or stop): the span it is an average over."""
    stop = _CLAUSE_STOP.search(text, average.end, s_end)
    return _spans(unit, text, lang, average.end, stop.start() if stop else s_end)


def _identified_total(
    figures: list[Claim],
    i: int,
    unit: str,
    text: str,
    lang: str,
    sentence_starts: list[int],
    share_parts: set[str],
    account: dict[str, set[str]],
) -> tuple[Claim, float, Span] | None:
    """`Heron Gardens drew 18,300 visitors … ¶ It has 14 gardeners … ¶ Over the 123 days it averaged about 149
    visitors a day`, `보람공방은 … 컵 3만 개를 공급하는 계약을 맺었다 … ¶ 여섯 달 동안 한 달에 5천 개꼴로
    나눠 보낸다`: an average with no total near it, whose own sentence writes one span of its unit (before it, or
    after it in its clause; else, for an average worked out, `꼴`, `셈`, the sentence just before in its paragraph
    writes one), is of the article's one total of what the average counts (the levels' account,
    checker/link/identities.py): the first level before it of its kind, unit and counter (a count naming none
    counts nothing said; money or a measure only for an average worked out), in another sentence, no part, share
    or rate, larger than the average. Every other such level (of its standing as a plan or a fact: a target is no
    rival) must restate it, or be smaller and a part listed beside another smaller one in its sentence (a
    breakdown: `용량별로는 … 3만2천 개, … 2만 개`, `14만4천 개로 60%, 나머지 9만6천 개`); a lone smaller one may be
    what the average is of, a larger one the whole: which, not said — nothing is linked. A figure per one unit of
    the average's unit stated between the total and it (`한 사람이 평균 85만 원꼴 … 한 달로 치면 17만 원`) may be
    what it spreads: nothing."""
    average = figures[i]
    if average.kind == "count" and not average.counter:
        return None
    if average.kind != "count" and not _worked_out(average, text, lang, sentence_starts):
        return None  # (`£40,000 a year on repairs`: money names no noun a total shares; only one worked out from it)
    s_start = sentence_starts[average.sentence]
    s_end = sentence_end(sentence_starts, average.sentence, len(text))
    found = _spans(unit, text, lang, s_start, average.start) + _spans_after(average, unit, text, lang, s_end)
    previous = average.sentence - 1
    if (
        not found
        and previous >= 0
        and text.count("\n", sentence_starts[previous], s_start) <= 1
        and _worked_out(average, text, lang, sentence_starts)
    ):
        # (`6개월에 걸쳐 이뤄진다. 한 달에 167개꼴로`: the span of the sentence before, for an average worked
        # out over it)
        found = _spans(unit, text, lang, sentence_starts[previous], s_start)
    if len(found) != 1 or found[0].count is None or found[0].count <= 1:
        return None
    counted = stem(average.counter, lang) if average.counter else None
    levels = [
        c
        for c in figures[:i]
        if c.id in account
        and c.sentence != average.sentence
        and (c.kind, c.unit) == (average.kind, average.unit)
        and (counted is None or (stem(c.counter, lang) == counted if c.counter else counted in account[c.id]))
        and c.value > average.value  # (a figure no larger than the average is no total of a span of it)
        and not c.units_of
        and not is_a_rate(c, text, lang)
        and not any(_UNIT_AFTER[u][lang].match(text, c.end) for u in _UNITS)
    ]
    if not levels:
        return None
    total = levels[0]
    # (the level a change of the total is measured from, `지난해(720톤)의 1.6배`, and the whole a share of it is of,
    # `연간 생산량 3천200톤 가운데 36%`: of another time, of a larger thing, said so — no rivals)
    apart = {c.compared_to for c in figures if c.change_of == total.id} | {
        c.share_whole for c in figures if c.share_part == total.id
    }
    others = [
        c
        for c in levels
        if (c.low, c.high) != (total.low, total.high) and c.forecast == total.forecast and c.id not in apart
    ]
    smaller = collections.Counter(c.sentence for c in others if c.value < total.value)
    if any(c.value >= total.value or smaller[c.sentence] < 2 for c in others):
        return None  # (a larger level, or a lone smaller one, `412건 가운데 주택 화재가 187건`: which, not said)
    total = next(c for c in reversed(levels) if (c.low, c.high) == (total.low, total.high))
    if _names_another_noun(average, levels[0], account, text, lang):
        return None  # (`컵 3만 개 … 한 달에 접시 5천 개씩`: of another thing the counter counts)
    if any(
        (c.kind, c.unit) == (average.kind, average.unit)
        and (c.per_unit_of or is_a_rate(c, text, lang) or stated_per_one(c, text, lang, each=False))
        for c in figures[:i]
        if c.start > total.end
    ):
        return (
            None  # (`15억원 … 한 사람이 평균 85만 원꼴 … 한 달로 치면 17만 원`: of the figure per one, not the total)
        )
    if total.per_period_of:
        return None
    return total, found[0].count, Span(start=found[0].start, end=found[0].end)


def _bare_month(average: Claim, text: str, lang: str, s_start: int) -> bool:
    """`한 달에 2천 점꼴로`, `매달 4만 개씩 나눠 보낸다`: a bare month's mark before a figure given out per month or
    worked out as an average (as the year's); read only for the story's total (`_identified_total`)."""
    window = max(s_start, average.start - _MARK_REACH)
    return bool(
        _BARE_MONTH_BEFORE[lang].search(text, window, average.start)
        and (
            _SPREAD_AFTER_FIGURE[lang].match(text, average.end)
            or _RESTATING[lang].search(text, average.end, _clause_end(text, average.end))
        )
    )


def _sentence_bounds(sentence: int, sentence_starts: list[int], length: int) -> tuple[int, int]:
    return sentence_starts[sentence], sentence_end(sentence_starts, sentence, length)


def _unit_of(average: Claim, text: str, lang: str, s_start: int) -> tuple[str | None, bool]:
    """The unit the figure is an average per (`하루 평균 …`: day), or None when it is marked as no average; and
    whether it is only appended after its total's comma (`, about 14,000 a day`, no `an average of`). An appended
    figure is an average only when its clause ends right after its unit (`, some 20,000 a day at the weekend`: a
    part of the span's, or a peak)."""
    window = max(s_start, average.start - _MARK_REACH)
    for unit in _UNITS:
        if _MARK_BEFORE[unit][lang].search(text, window, average.start):
            return unit, False
    if _BARE_DAY_BEFORE[lang].search(text, window, average.start) and _AVERAGE_AFTER_FIGURE[lang].match(
        text, average.end
    ):
        return "day", False  # (`하루 2,690명꼴로`)
    if _BARE_DAY_RIGHT_BEFORE[lang].search(text, window, average.start):
        # (`나흘 동안 288경기가 치러져 하루 72경기`: of a total its own sentence states, `_bare_day_of_its_sentence`)
        return "day", True
    if _BARE_YEAR_BEFORE[lang].search(text, window, average.start) and (
        _SPREAD_AFTER_FIGURE[lang].match(text, average.end)
        or _RESTATING[lang].search(text, average.end, _clause_end(text, average.end))
    ):
        return "year", False  # (`한 해 6천 그루씩`, `해마다 7억원어치를 사들이는 셈`)
    of = (
        _OF_BEFORE[lang].search(text, window, average.start) is not None
        or _RESTATED_BEFORE[lang].search(text, window, average.start) is not None
    )
    appended = not of and _appended(average, text, lang, s_start)
    if of or appended:
        for unit in _UNITS:
            after = _UNIT_AFTER[unit][lang].match(text, average.end)
            if after and (of or _clause_closes(text, after.end(), unit, lang)):
                return unit, appended
    return None, False


_SENTENCE_STOP = compile_exact(r"[.!?\n]")


def _clause_end(text: str, at: int) -> int:
    """Where the sentence holding `at` ends (its stop, or the line's end)."""
    stop = _SENTENCE_STOP.search(text, at)
    return stop.start() if stop else len(text)


def _clause_closes(text: str, at: int, unit: str, lang: str) -> bool:
    """Whether the clause closes at `at`, past a span of the unit naming the whole span (`, nearly 9 trips a day
    over the 40 days.`) and words making the figure an average (`on average`), not a part of it (`, some 20,000 a
    day at the weekend`)."""
    span = _SPAN[unit][lang].match(text, _SPACES.match(text, at).end())
    at = span.end() if span else at
    averaged = _AVERAGE_AFTER_UNIT[lang].match(text, at)  # (`, or 150 tonnes a day on average.`)
    return bool(CLAUSE_CLOSES.match(text, averaged.end() if averaged else at))


def _appended(average: Claim, text: str, lang: str, s_start: int) -> bool:
    """Whether the figure is set after a comma with an `or` or a hedge (`, or 14,000`, `, about 14,000`), restating
    the total before it in its sentence."""
    window = max(s_start, average.start - _MARK_REACH)
    if _APPENDED_BEFORE[lang].search(text, window, average.start) is None:
        return False
    return bool(_OR_BEFORE[lang].search(text, window, average.start) or _HEDGE_OPENING[lang].match(text, average.start))


def _total_before(
    figures: list[Claim], i: int, text: str, lang: str, share_parts: set[str] = frozenset()
) -> Claim | None:
    average = figures[i]
    # the sentence just before the average's may be crossed when it states only the total's change or prior
    # (`지난해(4만명)보다 5천명 늘었다`): a figure of the total's kind and unit not stated as a value, and no value
    value_between, change_between = False, False
    for c in reversed(figures[max(0, i - 12) : i]):
        if c.sentence < average.sentence - _SENTENCES_BACK - 1:
            return None
        if c.sentence < average.sentence - _SENTENCES_BACK and (value_between or not change_between):
            return None
        if c.sentence == average.sentence - _SENTENCES_BACK:
            value_between = value_between or c.role == "value"
            change_between = change_between or (c.kind, c.unit) == (average.kind, average.unit)
        if (c.kind, c.unit) != (average.kind, average.unit) or c.role != "value":
            continue  # a change or a prior of the total (`지난해(30만명)보다 6만명 늘었다`) is passed over
        if gap_word_after(text, c.end, lang):
            continue  # `… 지난해보다 80건 많다`: a gap to another figure, written as a level, no total of a span
        if c.per_unit_of or c.units_of or c.per_period_of or c.part_of or c.share_whole or c.id in share_parts:
            continue  # (a part a share is stated of is one part's figure, no total: passed over to the whole's)
        if stated_per_one(c, text, lang, each=False):
            continue  # (`팀 한 곳이 평균 600건을`: one unit's average, no total a day's average of all divides)
        if c.counter and average.counter and c.counter != average.counter:
            return None
        if any(
            o is not c
            and o.sentence == c.sentence
            and o.role == "value"
            and (o.kind, o.unit) == (c.kind, c.unit)
            and not (o.counter and c.counter and o.counter != c.counter)  # (`물놀이장 4곳의 이용객 6만명`)
            for o in figures[max(0, i - 12) : i]
        ):
            return None  # `took on 180,000 workers and let 60,000 go`: two figures of the unit, which one is not said
        return c if c.value > average.value else None
    return None


_WORDS = compile_exact(r"\w{2,}")


def _names_total(total: Claim, average: Claim, text: str, s_start: int) -> bool:
    """The average's sentence names the total's noun before the average (`관중 4만명을 모았다` … `하루 평균 관중은
    7천명이었다`): the word just before the total opens a word between the average's sentence start and it."""
    before = list(_WORDS.finditer(text, max(0, total.start - _NOUN_REACH), total.start))
    if not before or before[-1].end() < total.start - 1 or before[-1].group(0).isdigit():
        return False
    noun = before[-1].group(0)
    return any(w.group(0).startswith(noun) for w in _WORDS.finditer(text, s_start, average.start))


def _span(
    total: Claim, average: Claim, unit: str, text: str, lang: str, sentence_starts: list[int]
) -> tuple[float | None, Span | None]:
    """The number of the unit's periods the total is stated over, and where that span is written."""
    t_start = sentence_starts[total.sentence]
    t_end = sentence_end(sentence_starts, total.sentence, len(text))
    found = _spans(unit, text, lang, t_start, t_end)
    if average.sentence != total.sentence:
        # (`15주 동안 6만2천400끼를 냈다. 수업일은 72일로, 하루 평균 867끼꼴`: the one span the average's own sentence
        # writes before it is the average's, nearer than the total's)
        own = _spans(unit, text, lang, sentence_starts[average.sentence], average.start)
        found = own if len(own) == 1 else found + own
    if len(found) > 1:
        return None, None
    if not found and total.sentence > 0 and _THAT_PERIOD[lang].search(text, t_start, min(total.start, average.start)):
        # (`…까지 153일 동안 운영을 마쳤다. 이 기간 이용객은 2만7천540명으로 하루 180명꼴`: words pointing back to a
        # period take the one span of the unit the sentence right before writes)
        before = _spans(unit, text, lang, sentence_starts[total.sentence - 1], t_start)
        found = before if len(before) == 1 else []
    if not found and unit == "day":
        # (`개통 1년 이용객이 98만명 … 하루 2,690명꼴`: the first years since it opened, each of a year's days)
        years = list(_FIRST_YEARS[lang].finditer(text, t_start, t_end))
        if len(years) == 1:
            count = _count(years[0].group(0), lang)
            span = Span(start=years[0].start(), end=years[0].end())
            return (count * _DAYS_A_YEAR if count is not None else None), span
    if not found and unit in ("day", "month") and _worked_out(average, text, lang, sentence_starts):
        # (`1년 동안 4만명을 태웠다. 하루 평균 110명꼴`: a span of whole years, each of a year's days or months,
        # when the average says it is the total worked out over them)
        years = list(_SPAN["year"][lang].finditer(text, t_start, t_end))
        if len(years) == 1:
            count = _count(years[0].group(0), lang)
            per_year = _DAYS_A_YEAR if unit == "day" else 12
            return (count * per_year if count is not None else None), Span(start=years[0].start(), end=years[0].end())
    if found:
        return found[0].count, Span(start=found[0].start, end=found[0].end)
    if unit == "day" and _said_average(average, text, lang):
        # (`drew 2,400 skaters over its opening weekend, an average of 1,200 a day`: the one weekend the total's
        # sentence writes, its two days)
        weekend = list(_ONE_WEEKEND[lang].finditer(text, t_start, t_end))
        a_start = sentence_starts[average.sentence]
        a_end = sentence_end(sentence_starts, average.sentence, len(text))
        other_day = _WEEKEND_OTHER_DAY[lang].search(text, t_start, t_end) or _WEEKEND_OTHER_DAY[lang].search(
            text, a_start, a_end
        )
        if len(weekend) == 1 and other_day is None:  # (not `over its opening weekend, from Friday to Sunday`)
            return float(_DAYS_A_WEEKEND), Span(start=weekend[0].start(), end=weekend[0].end())
    if unit in ("day", "week", "month"):
        # (`reported 2,340 fly-tips over the year, about 45 a week`, `in the year to September, an average of 240 a
        # month`: the one span of a whole year the total's sentence writes, its weeks or months; its days only for an
        # average said to be one or worked out, as a period's days are)
        year = list(_ONE_YEAR[lang].finditer(text, t_start, t_end))
        if len(year) == 1 and (
            unit != "day" or _worked_out(average, text, lang, sentence_starts) or _said_average(average, text, lang)
        ):
            periods = {"day": float(_DAYS_A_YEAR), "week": _DAYS_A_YEAR / _DAYS_A_WEEK, "month": 12.0}[unit]
            return periods, Span(start=year[0].start(), end=year[0].end())
        run = _month_run(total, average, unit, text, lang, sentence_starts, t_start, t_end)
        if run is not None:
            return run
    if total.period is None or total.period_span is None or not t_start <= total.period_span.start < t_end:
        return None, None  # (a period carried from another sentence: the total may be a stock, `병상 2천개`)
    if _OPEN_SINCE_BEFORE[lang].search(
        text, max(t_start, total.period_span.start - _OPEN_SINCE_REACH), total.period_span.start
    ):
        return None, None  # (`96,000 finishes since it began in 2016`: a year the count runs from, no span of it)
    months = _MONTHS_OF.get(total.period.grain)
    if months is None:
        return None, None
    if unit == "day" and not _worked_out(average, text, lang, sentence_starts):
        # (`Last year it admitted 73,000 people, an average of 250 a day`: a venue open some of the period's days,
        # the days unsaid; its calendar days only when the average says it is the total worked out over them,
        # `하루 평균 200명꼴`, `that works out to 250 a day`)
        return None, None
    if (
        unit == "week"
        and not _worked_out(average, text, lang, sentence_starts)
        and not _said_average(average, text, lang)
    ):
        # (`The gallery drew 24,000 visitors last year, about 300 a week`: open some of the year's weeks, unsaid; an
        # average of the whole period's weeks only when said to be one, `an average of 273 a week`, `or 60 a week`)
        return None, None
    first, last = total.period.bounds()
    days = float((last - first).days + 1)
    # (`made 14,200 axes last year, an average of about 273 a week`: the period's days in weeks)
    periods = {"day": days, "week": days / _DAYS_A_WEEK, "month": float(months), "year": months / 12}[unit]
    return periods, Span(start=total.period_span.start, end=total.period_span.end)


# `올해 1∼10월 신규 등록은`: a run of months written as one figure, its first and last month (`[link.month_spans]`)
_MONTH_RUN = ByLanguage(lambda w: rf"(?:{w.month_spans})")


def _month_run(
    total: Claim, average: Claim, unit: str, text: str, lang: str, sentence_starts: list[int], start: int, end: int
) -> tuple[float, Span] | None:
    """`올해 1∼10월 신규 등록은 1만5,200마리로 하루 평균 50마리꼴`, `1∼8월 매출은 176억 원 … 월평균 22억 원어치를 판
    셈`: the one run of months the total's sentence writes (`[link.month_spans]`) is the span it is stated over — its
    months, or its calendar days (weeks) in the total's year when the average says it is the total worked out over
    them (`꼴`, `셈`), as for a period's days."""
    runs = list(_MONTH_RUN[lang].finditer(text, start, end))
    if len(runs) != 1:
        return None
    first, last = int(runs[0].group("first")), int(runs[0].group("last"))
    if not 1 <= first < last <= 12:
        return None
    span = Span(start=runs[0].start(), end=runs[0].end())
    if unit == "month":
        return float(last - first + 1), span
    if not _worked_out(average, text, lang, sentence_starts):
        return None
    year = total.period.year if total.period is not None else total.published.year if total.published else None
    if year is None:
        return None
    days = float(sum(calendar.monthrange(year, month)[1] for month in range(first, last + 1)))
    return (days if unit == "day" else days / _DAYS_A_WEEK), span


class _Found(NamedTuple):
    start: int
    end: int
    count: float | None


def _spans(unit: str, text: str, lang: str, start: int, end: int) -> list[_Found]:
    """The spans of the unit written between `start` and `end`: the ones the reading's words name (`over the six
    days`, `나흘간`), and the durations of the shared grammar (checker/link/durations.py: `The season ran 124 days`,
    `two and a half years`, `a 13-week`) of the unit, or weeks for days, not inside one of those."""
    found = [_Found(m.start(), m.end(), _count(m.group(0), lang)) for m in _SPAN[unit][lang].finditer(text, start, end)]
    if unit == "day":
        # (`장날 42번 동안`: a count of the days of a kind, a span of so many days)
        found += [
            _Found(m.start(), m.end(), _count(m.group(0), lang))
            for m in _KIND_OF_DAY_SPAN[lang].finditer(text, start, end)
            if not any(f.start < m.end() and m.start() < f.end for f in found)
        ]
    for d in durations(text, lang, start, end):
        if any(f.start < d.end and d.start < f.end for f in found):
            continue
        count = _duration_count(d, unit)
        if count is not None:
            found.append(_Found(d.start, d.end, count))
    found.sort()
    return found


def spans_of_the_unit(unit: str, text: str, lang: str, start: int, end: int) -> list[tuple[int, int, float | None]]:
    """The spans of the unit (`day`, `week`, `month`, `year`) written between `start` and `end`, each as its start,
    end and count of the unit: for readers of other modules (checker/link/given_over_a_term_ko.py)."""
    return [tuple(found) for found in _spans(unit, text, lang, start, end)]


def _duration_count(d: Duration, unit: str) -> float | None:
    """A duration's count of the unit: days (weeks seven days each); months; years, whole or half."""
    if unit == "day":
        return float(d.days) if d.days else None
    if unit == "month":
        return d.months if d.months and float(d.months).is_integer() else None
    return d.months / 12 if d.months and d.months % 6 == 0 else None


_DIGITS = compile_exact(r"\d+")


def _said_average(average: Claim, text: str, lang: str) -> bool:
    """Whether the words right before the figure say it is an average or a restatement of its total (`an average of`,
    `averaging`, `, or about`)."""
    window = max(0, average.start - _MARK_REACH)
    return bool(
        _OF_BEFORE[lang].search(text, window, average.start) or _OR_BEFORE[lang].search(text, window, average.start)
    )


def _worked_out(average: Claim, text: str, lang: str, sentence_starts: list[int]) -> bool:
    """Whether the average is marked as worked out from its total: a mark right after it (`꼴`), or a restating
    mark in its sentence (`셈이다`, `that works out to`), or a sentence of its own that says nothing but it (`하루
    평균 1천200명 남짓이다.`)."""
    if _AVERAGE_AFTER_FIGURE[lang].match(text, average.end):
        return True
    start = sentence_starts[average.sentence]
    end = sentence_end(sentence_starts, average.sentence, len(text))
    return _RESTATING[lang].search(text, start, end) is not None or _bare_average(average, start, end, text, lang)


def _count(span: str, lang: str) -> float | None:
    """The number a written span counts (`45일간` → 45, `over the six days` → 6, `사흘간` → 3): its last digits, else
    the one word of it that opens with a number word of the language."""
    digits = _DIGITS.findall(span)
    if digits:
        return float(digits[-1])  # (the last: `기간은 2027년부터 5년`, the dates before the span)
    numbers = _numbers(lang)
    counts = [
        numbers[word[:end]] for word in span.lower().split() for end in range(len(word), 0, -1) if word[:end] in numbers
    ][:1]
    return counts[0] if counts else None


def _bare_average(average: Claim, s_start: int, s_end: int, text: str, lang: str) -> bool:
    """Whether the average's sentence says nothing but it: its mark alone before it (`하루 평균 `, a few words) and a
    copula's close after it (`이다.`, `남짓이다.`, `에 조금 못 미친다.`): a restatement of the total before."""
    return bool(
        _BARE_OPENING.fullmatch(text, s_start, average.start)
        and not _BARE_TOPIC[lang].search(text, s_start, average.start)
        and _BARE_CLOSE[lang].fullmatch(text, average.end, s_end)
    )
