"""A Korean figure given out per a period over a term its sentence states, and the total after it.

`12일 동안 하루 40명씩, 연인원 480명이 일했다`, `관람석은 하루 1천200석씩 닷새 동안 모두 6천 석을
마련했다`, `8주 동안 주 3회씩 모두 24차례 열린다`: the figure is stated per a period (`하루`, `주`, `매달`,
`한 해`: `[link.per_day_before]` and the week's, month's and year's, right before it) and given out one period at a
time (`씩`: `[link.per_unit_distributive_after]`); its total is the next figure of its kind and unit (one counter for
counts, or two of an occasion) in its sentence, larger, marked as a total right before it (`모두`, `연인원`:
`[link.total_marks]`, `[link.headcount_total_marks]`); the term is the one span of the period's unit its sentence
writes before the total (`12일 동안`, `닷새 동안`, `8주 동안`: span_averages.py's spans, weeks as days). The total
is the figure times the term's periods
(`per_period_of`, `periods`: the per-period check, F312).

Vetoes: another figure in the sentence (a count of units each given the figure, `직원 7명이 하루 9개씩`: a third
factor, or which total, unsaid); the mark of each of a noun before the figure (`공원마다 주 3회씩`, `곳당`:
`[link.distributed_each_marks]`, `[link.unit_price_before]`; not a period's, `날마다`), a count of units unsaid;
two spans of the unit; anything between the figure and its total but the term, its word and the total's mark
(`씩 열고, 다른 교실은 모두`, `씩 일했는데 그중 모두`: another clause's or a part's total); a figure, total or term
another reading took already.
"""

from __future__ import annotations

from checker.extract.lang import ByLanguage
from checker.link.counter_synonyms import counters_alike
from checker.link.sentence_groups import group_by_sentence
from checker.link.span_averages import spans_of_the_unit
from checker.models import Claim, Span

_LANGS = ("ko",)
_KINDS = ("money", "measure", "count")
_PERIOD_REACH = 10  # characters before a figure where the period it is per stands (`하루 평균 `)
_EACH_REACH = 2  # characters after a figure where the mark of one period at a time stands
_DAYS_A_WEEK = 7
_TOTAL_REACH = 8  # characters before a total where its mark stands

_PER = {
    unit: ByLanguage(lambda w, cls=cls: rf"(?<![^\W\d_])(?:{getattr(w, cls)})(?:\s?(?:{w.hedges}))?\s?$")
    for unit, cls in (
        ("day", "per_day_before"),
        ("week", "per_week_before"),
        ("month", "per_month_before"),
        ("year", "per_year_before"),
    )
}
_OCCASIONS = ByLanguage(lambda w: rf"(?:{w.occasion_counters})")
# `공원마다`, `곳당`: the mark of each one of a noun (`날마다`, `달마다`: a period's, no unit's)
_EACH_UNIT = ByLanguage(
    lambda w: rf"(?<![^\W\d_])[^\W\d_]{{1,6}}?(?:{w.distributed_each_marks}|{w.unit_price_before})(?![^\W\d_])"
)
_PERIOD_WORD = ByLanguage(
    lambda w: rf"(?:{w.per_day_before}|{w.per_week_before}|{w.per_month_before}|{w.per_year_before})"
)
_EACH = ByLanguage(lambda w: rf"\s?(?:{w.per_unit_distributive_after})")
_TOTAL_MARK = ByLanguage(lambda w: rf"(?<![^\W\d_])(?:{w.total_marks}|{w.headcount_total_marks})\s?")
# `씩, 연인원 `, `씩 [닷새] 동안 모두 `: between the figure and its total only the mark of one period at a time, the
# term (cut out), its word and the total's mark (no verb, no subject: `씩 열고, 다른 교실은 모두 `, `씩 일했는데 그중
# 모두 `: another clause's total)
_BETWEEN = ByLanguage(
    lambda w: (
        rf"\s?(?:{w.per_unit_distributive_after})\s?,?\s*(?:(?:{w.distributed_term_words})\s?,?\s*)?"
        rf"(?:{w.total_marks}|{w.headcount_total_marks})\s?"
    )
)


def link_given_over_a_term_ko(claims: list[Claim], text: str, lang: str, sentence_starts: list[int]) -> None:
    if lang not in _LANGS:
        return
    figures = [c for c in claims if not c.furniture]
    for sentence in group_by_sentence(figures).values():
        if len(sentence) != 2:
            continue  # (a third figure: a count of units each given the figure, or which total, unsaid)
        figure, total = sentence
        if not _plain(figure) or not _plain(total) or not _alike(total, figure, lang) or total.value <= figure.value:
            continue
        if total.per_period_of is not None or total.part_of is not None:
            continue
        unit = next(
            (u for u, p in _PER.items() if p[lang].search(text, max(0, figure.start - _PERIOD_REACH), figure.start)),
            None,
        )
        if unit is None or not _EACH[lang].match(text, figure.end, figure.end + _EACH_REACH):
            continue
        if not _TOTAL_MARK[lang].search(text, max(figure.end, total.start - _TOTAL_REACH), total.start):
            continue
        opens = sentence_starts[figure.sentence] if figure.sentence < len(sentence_starts) else 0
        if any(
            not _PERIOD_WORD[lang].fullmatch(m.group(0)) for m in _EACH_UNIT[lang].finditer(text, opens, figure.start)
        ):
            continue  # (`공원마다 주 3회씩`: each of a count of units gets the figure, a third factor)
        # (weeks are read as days, seven each: `8주 동안` of `주 3회씩`)
        spans = spans_of_the_unit("day" if unit == "week" else unit, text, lang, opens, total.start)
        if len(spans) != 1:
            continue
        start, end, periods = spans[0]
        if unit == "week" and periods:
            periods = periods / _DAYS_A_WEEK if periods % _DAYS_A_WEEK == 0 else None
        if not periods or periods <= 1:
            continue
        between = text[figure.end : total.start]
        if figure.end <= start and end <= total.start:
            between = text[figure.end : start] + text[end : total.start]
        if not _BETWEEN[lang].fullmatch(between):
            continue
        total.per_period_of, total.periods = figure.id, periods
        total.periods_span = Span(start=start, end=end)


def _plain(c: Claim) -> bool:
    return (
        c.kind in _KINDS
        and c.role == "value"
        and c.per_unit_of is None
        and c.units_of is None
        and c.product_of is None
        and c.per_period_of is None
    )


def _alike(c: Claim, figure: Claim, lang: str) -> bool:
    if c.kind != figure.kind or c.unit != figure.unit:
        return False
    if c.kind != "count" or counters_alike(c.counter, figure.counter):
        return True
    # (`주 3회씩 모두 24차례`: the counters of an occasion are one)
    occasion = _OCCASIONS[lang]
    return bool(c.counter and figure.counter and occasion.fullmatch(c.counter) and occasion.fullmatch(figure.counter))
