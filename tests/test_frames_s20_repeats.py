"""Dates and repeats (twentieth session), each a rule for a construction:
- a run from a dated day to a month written whole (`3월 2일 … 6월 말까지`, `from 2 March to the end of June`), or
  from such a month to a dated day, ends (or starts) on some day of that month: a length between the shortest and
  the longest count holds (2 March to June is 2 months 30 days up to 3 months 28 days: three and four months both),
  one further off is reported (F406);
- a clause of starting work between a run's two dates may name its object in up to five words
  (`화물 야간 점검 강화 지침을 시행한 뒤`).
- the same distinctive figure after another counted noun (`47,360 visitors`, `the 47,360 trade visitors`) is one
  figure when its digits agree as written; a digit apart, two figures (F405);
- a rate or amount compared with `보다` and written before a comparison of size (`지난해보다 12% 많은 280만명`) is
  the change of the figure after it, as before `늘어난` (F301).
- a length of time the headline says a run lasted (`축제 19일간 52만명`) is restated by the body's length of that
  sort as long (`19일간 이어진 축제`, [link.span_lasting]) (F345, listed as checked).

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

import datetime as dt

import pytest
from helpers import document, findings

from checker.check.kinds.elapsed import _day_to_month_reach
from checker.periods import Period


def _f406(knowledge, text: str) -> tuple[list[str], list[str]]:
    result = findings(knowledge, document(text, published=dt.date(2026, 11, 12)), select=["F406"], show_passed=True)
    return [f.message for f in result.findings], [p.message for p in result.passed]


# ------------------------------------------------ a dated day to a month written whole

RUN_TO_MONTH_END = [
    "해안군은 지난 4월 6일 야간 순찰 제도를 시행한 뒤 8월 말까지 {n}개월간 순찰을 벌였다.",
    "한빛시는 지난 2월 9일 공영주차장 요금 감면을 시작해 7월 말까지 {n}개월간 이어갔다.",
]


@pytest.mark.parametrize("template", RUN_TO_MONTH_END)
@pytest.mark.parametrize("n,holds", [(4, True), (5, True), (7, False), (2, False)])
def test_a_run_from_a_day_to_a_month_end_holds_between_its_shortest_and_longest_count(knowledge, template, n, holds):
    if "2월" in template:
        n = n + 1  # February to July is a month longer than April to August
    found, passed = _f406(knowledge, template.format(n=n))
    assert (not found and passed) if holds else bool(found), (found, passed)


def test_a_run_of_one_month_between_two_days_is_still_counted_to_the_day(knowledge):
    # both ends dated days: no reach, the days past the last whole month count as a fraction
    found, _ = _f406(knowledge, "해안군은 4월 6일부터 8월 29일까지 6개월간 순찰을 벌였다.")
    assert found


@pytest.mark.parametrize(
    "since,until,shortest,longest",
    [
        (Period(2026, "day", 3, 2), Period(2026, "month", 6), 2.97, 3.93),
        (Period(2026, "month", 3), Period(2026, "day", 6, 30), 2.97, 3.97),
    ],
)
def test_the_reach_of_a_day_and_a_month(since, until, shortest, longest):
    low, high = _day_to_month_reach(since, until)
    assert low == pytest.approx(shortest, abs=0.06) and high == pytest.approx(longest, abs=0.06)


def test_two_days_or_two_months_have_no_reach():
    assert _day_to_month_reach(Period(2026, "day", 3, 2), Period(2026, "day", 6, 2)) is None
    assert _day_to_month_reach(Period(2026, "month", 3), Period(2026, "month", 6)) is None


# ------------------------------------------------ a longer clause of starting work between the run's dates


@pytest.mark.parametrize("n,fires", [(6, False), (9, True)])
def test_a_clause_of_five_words_before_its_start_verb_joins_the_run(knowledge, n, fires):
    text = f"항만청은 지난 3월 16일 화물 야간 점검 강화 지침을 시행한 뒤 9월 15일까지 {n}개월간 점검을 벌였다."
    found, passed = _f406(knowledge, text)
    assert bool(found) == fires and (fires or passed), (found, passed)


# ------------------------------------------------ a figure restated after another noun

NOUN_PHRASES = [
    (
        "The Lindqvist boat show drew 47,360 visitors over five days, its organisers said on Sunday.\n\n"
        "Exhibitors booked 1,120 stands, up from 980 last year.\n\n"
        "Of the {again} trade visitors, a third came from abroad."
    ),
    (
        "Dunmore's three summer festivals sold 128,900 tickets this year, the council said.\n\n"
        "The jazz weekend sold 41,200 and the food fair 52,300.\n\n"
        "The folk festival made up the rest of the {again} season total."
    ),
]


def _f405(knowledge, text: str) -> tuple[list[str], list[str]]:
    result = findings(knowledge, document(text), select=["F405"], show_passed=True)
    return [f.message for f in result.findings], [p.message for p in result.passed]


@pytest.mark.parametrize("template", NOUN_PHRASES)
def test_a_distinctive_figure_after_another_noun_is_restated(knowledge, template):
    again = "47,360" if "boat" in template else "128,900"
    found, passed = _f405(knowledge, template.format(again=again))
    assert not found and any(again in message for message in passed), (found, passed)


@pytest.mark.parametrize("template,again", [(NOUN_PHRASES[0], "47,630"), (NOUN_PHRASES[1], "128,600")])
def test_a_figure_after_another_noun_a_digit_apart_is_another_figure(knowledge, template, again):
    found, passed = _f405(knowledge, template.format(again=again))
    assert not found and not any(again in message for message in passed), (found, passed)


def test_two_short_figures_of_two_nouns_are_two_figures(knowledge):
    text = "올해 신청 가구는 26만 가구였다. 전체 인구는 310만명이다.\n\n지원받은 사람은 26만명이었다."
    found, passed = _f405(knowledge, text)
    assert not found and not any("26만" in message for message in passed), (found, passed)


# ------------------------------------------------ `보다 N% 많은 X`: a comparison of size before its figure

COMPARED_SIZE = [
    "올해 방문객은 지난해 250만명보다 {rate} {word} {value}이다.",
    "해안시는 올해 사업비가 640억원이라고 밝혔다.\n\n시는 내년 예산을 올해보다 {rate} {word} {value}으로 요청했다.",
]


@pytest.mark.parametrize(
    "template,word,rate,value,broken",
    [
        (COMPARED_SIZE[0], "많은", "12%", "280만명", False),
        (COMPARED_SIZE[0], "많은", "21%", "280만명", True),
        (COMPARED_SIZE[0], "적은", "12%", "220만명", False),
        (COMPARED_SIZE[1], "많은", "25%", "800억원", False),
        (COMPARED_SIZE[1], "많은", "35%", "800억원", True),
    ],
)
def test_a_rate_before_a_comparison_of_size_is_the_change_of_the_figure_after(
    knowledge, template, word, rate, value, broken
):
    text = template.format(rate=rate, word=word, value=value)
    result = findings(knowledge, document(text), select=["F301"], show_passed=True)
    assert ("F301" in [f.rule for f in result.findings]) == broken, [f.message for f in result.findings]
    assert broken or "F301" in [p.rule for p in result.passed]


def test_a_comparison_of_size_joining_two_clauses_ties_nothing(knowledge):
    # `많아`: a clause of its own, the figure after it is another statement
    text = "올해 방문객은 지난해 250만명보다 21% 많아 280만명의 주차 수요를 낳았다."
    result = findings(knowledge, document(text), select=["F301"], show_passed=True)
    assert not result.findings, [f.message for f in result.findings]


# ------------------------------------------------ a headline's length a run lasted, restated in the body

LASTED = (
    "달빛군 연꽃축제 {head}간 52만명 찾아\n\n"
    "달빛군 연꽃축제가 지난 9일 막을 내렸다. 7월 {start}일 개막해 {body}간 이어진 축제에 52만명이 다녀갔다."
)


def _restated_durations(knowledge, text: str) -> tuple[list[str], list[str]]:
    result = findings(knowledge, document(text, published=dt.date(2026, 8, 11)), select=["F345"], show_passed=True)
    return [f.message for f in result.findings], [p.message for p in result.passed]


@pytest.mark.parametrize("head,body", [("19일", "19일"), ("석 달", "3개월")])
def test_a_headline_length_lasted_is_restated_by_the_body(knowledge, head, body):
    found, passed = _restated_durations(knowledge, LASTED.format(head=head, body=body, start=21))
    assert not found and passed, (found, passed)


def test_a_headline_length_lasted_and_another_length_are_not_paired(knowledge):
    found, passed = _restated_durations(knowledge, LASTED.format(head="19일", body="12일", start=28))
    assert not found and not passed, (found, passed)
