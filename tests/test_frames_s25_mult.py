"""Multiples and margins (twenty-fifth session), each a rule for a construction:
- an adjective of a multiple before what it compares (`almost double the 2,150`, `more than triple last year's`,
  `[multiples] adjectives` and `compared_openers`) is a multiple like `twice the`; after a word that makes it a verb
  (`plans to double the fleet`, `[multiples] verb_markers`) or before no such word (`a double room`) it is none
  (checker/extract/quantities.py);
- a time the sentence compares with (`and was 6% higher than in the second quarter`, `compared with the first
  half`) is passed over when a later sentence that names no period takes its period from that sentence
  (checker/link/context.py, `_period_before`): `The operating margin was 5.0%` is of the sentence's own period;
- megabits (`초당 530메가비트`, `[measures]` of ko.toml, checker/extract/units.py) are a measure a multiple compares
  with megabits, never with another measure;
- an insurer's loss ratio (`손해율`, `loss ratio`, `claims ratio`) is a rate the pack defines: its claims paid
  (`발생손해액`, `claims paid`) over its premiums (`경과보험료`, `earned premiums`), checked as a margin is
  (rules/lexicon/metrics.toml, checker/link/margin_bases.py); `paid out` names no metric;
- a value written in another currency with its equivalent in brackets (`2,000만달러(약 270억원)로`) is compared
  by that equivalent with a figure of its unit (`지난해 180억원의 1.5배`, checker/link/multiples.py); an equivalent
  in a third unit is not;
- a time right before a figure a level passed a multiple of (`지난해 3분기 70억원의 두 배를 넘었고`,
  `[link.multiple_to_after]`) labels that figure, not the sentence: a margin after it keeps its period;
- a date a level is counted at (`9월 말 기준`, `as of 30 September`: `[link.as_of_after]`, `[link.as_of_before]`)
  is no period a flow in a later sentence takes (checker/link/context.py); a month a level grew in still is;
- a multiple followed by a determiner and a noun phrase closing its clause (`2.5 times the number of tickets
  sold`, `2.2 times its operating fleet`: `[link.multiple_noun_openers]`) is of the one value an earlier sentence
  names by that noun (`41,200 tickets`) or phrase (`The operating fleet reached 2,310 megawatts`), an average
  (`[link.multiple_noun_average_marks]`) none (checker/link/multiples_of_noun_after.py); two values: nothing;
- a margin whose period was only carried from the sentence before (`The second quarter was stronger … The profit
  figure gives a pre-tax margin of 4.0%`), when the article states its profit for no figure of that period, is of
  the one period the article states its profit's values for (checker/link/margin_bases.py); profits stated for two
  periods leave which one unsaid.

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

import pytest
from test_frames import assert_checked, assert_not_checked

# ---------------------------------------------------------------- `almost double the 2,150`


@pytest.mark.parametrize("members,fires", [("4,200", False), ("6,900", True)])
def test_double_before_the_figure_it_compares_is_a_multiple(knowledge, members, fires):
    text = f"Membership of the Tarnwick rowing club reached {members}, almost double the 2,150 recorded in 2018."
    assert_checked(knowledge, text, "F304", fires)


@pytest.mark.parametrize("members,fires", [("6,600", False), ("4,100", True)])
def test_triple_before_last_years_is_a_multiple(knowledge, members, fires):
    text = f"Visitors to the Orlby caves reached {members} in July, triple the 2,200 of a year earlier."
    assert_checked(knowledge, text, "F304", fires)


@pytest.mark.parametrize(
    "text",
    [
        "The Tarnwick council plans to double the fleet of 40 buses by 2030, it said on Monday.",
        "A double room at the Orlby inn costs £140 a night, against £85 for a single.",
    ],
)
def test_double_as_a_verb_or_a_noun_is_no_multiple(knowledge, text):
    assert_not_checked(knowledge, text, "F304")


# ---------------------------------------------------------------- `than in the second quarter`


@pytest.mark.parametrize("margin,fires", [("5.0%", False), ("6.5%", True)])
def test_a_time_compared_with_is_not_the_period_a_margin_takes(knowledge, margin, fires):
    text = (
        "Brennholt, the Austrian maker of timber frames, made an operating profit of €23.0 million in the third "
        "quarter, up from €18.0 million a year earlier.\n\n"
        "Revenue rose to €460 million from €380 million, and was 6% higher than in the second quarter, when it was "
        f"€434 million. The operating margin was {margin}."
    )
    assert_checked(knowledge, text, "F307", fires)


def test_a_time_the_sentence_is_of_is_still_taken(knowledge):
    # (the second quarter is the period of the revenue sentence: the margin is of that quarter, whose profit the
    # article does not state)
    text = (
        "Brennholt, the Austrian maker of timber frames, made an operating profit of €23.0 million in the third "
        "quarter.\n\n"
        "In the second quarter, revenue rose to €434 million from €380 million. The operating margin was 6.5%."
    )
    assert_not_checked(knowledge, text, "F307")


# ---------------------------------------------------------------- a margin's period carried from the sentence before


@pytest.mark.parametrize("margin,fires", [("4.0%", False), ("5.2%", True)])
def test_a_margin_with_a_carried_period_takes_its_profits_period(knowledge, margin, fires):
    text = (
        "Kestrel Foods, the frozen pastry maker, said pre-tax profit fell to £12.4m from £14.1m a year earlier.\n\n"
        "Revenue climbed to £310.0m from £290.0m. The second quarter was stronger than the first, with sales of "
        f"£160.0m against £150.0m. The profit figure gives a pre-tax margin of {margin}."
    )
    assert_checked(knowledge, text, "F318", fires)


def test_a_margin_with_a_carried_period_and_profits_of_two_periods_is_left(knowledge):
    text = (
        "Kestrel Foods, the pastry maker, said pre-tax profit fell to £12.4m in 2026, and was £13.0m in 2024.\n\n"
        "Revenue climbed to £310.0m from £290.0m. The second quarter was stronger than the first, with sales of "
        "£160.0m against £150.0m. The profit figure gives a pre-tax margin of 5.2%."
    )
    assert_not_checked(knowledge, text, "F318")


# ---------------------------------------------------------------- `초당 530메가비트`


@pytest.mark.parametrize("times,fires", [("2.5배", False), ("3.5배", True)])
def test_megabits_are_a_measure_a_multiple_compares(knowledge, times, fires):
    text = f"해솔시 공공 와이파이의 평균 속도는 초당 530메가비트로 1년 전(초당 210메가비트)보다 {times} 빨라졌다."
    assert_checked(knowledge, text, "F304", fires)


def test_megabits_against_another_measure_are_not_compared(knowledge):
    text = "해솔시 공공 와이파이의 평균 속도는 초당 530메가비트로 1년 전(210메가와트)보다 3.5배 빨라졌다."
    assert_not_checked(knowledge, text, "F304")


# ---------------------------------------------------------------- `손해율`, `loss ratio`


@pytest.mark.parametrize("ratio,fires", [("82.0%", False), ("88.0%", True)])
def test_a_loss_ratio_is_claims_paid_over_premiums(knowledge, ratio, fires):
    text = f"한솔손해보험의 상반기 발생손해액은 9,840억원, 경과보험료는 1조2,000억원으로 손해율은 {ratio}였다."
    assert_checked(knowledge, text, "F318", fires)


@pytest.mark.parametrize("ratio,fires", [("82%", False), ("88%", True)])
def test_a_claims_ratio_in_english(knowledge, ratio, fires):
    text = (
        "Harbourline Mutual took in earned premiums of $500m in the year and claims paid came to $410m, "
        f"a loss ratio of {ratio}."
    )
    assert_checked(knowledge, text, "F318", fires)


def test_money_paid_out_is_no_claims_figure(knowledge):
    # (`paid out` names no metric: the amounts an insurer pays out are often split by state or line after it)
    text = "Harbourline Mutual took in earned premiums of $500m in the year and paid out $410m, a loss ratio of 88%."
    assert_not_checked(knowledge, text, "F318")


# ---------------------------------------------------------------- `2,000만달러(약 270억원)로 … 180억원의 1.5배`


@pytest.mark.parametrize("times,fires", [("1.5배", False), ("2.5배", True)])
def test_a_multiple_compares_the_values_equivalent_in_brackets(knowledge, times, fires):
    text = f"해솔면세점의 외국인 매출은 2,000만달러(약 270억원)로 지난해 3분기 180억원의 {times}가 됐다."
    assert_checked(knowledge, text, "F304", fires)


def test_an_equivalent_in_another_unit_is_not_compared(knowledge):
    text = "해솔면세점의 외국인 매출은 2,000만달러(약 1,850만유로)로 지난해 3분기 180억원의 2.5배가 됐다."
    assert_not_checked(knowledge, text, "F304")


# ---------------------------------------------------------------- `지난해 3분기 70억원의 두 배를 넘었고`

_PASSED = (
    "매트리스 업체 누리슬립은 올해 3분기 매출 2,000억원, 영업이익 150억원을 기록했다고 밝혔다. 영업이익은 지난해 "
    "3분기 70억원의 {times}, 영업이익률은 {margin}로 1년 전 5.0%에서 높아졌다."
)


@pytest.mark.parametrize("margin,fires", [("7.5%", False), ("9.5%", True)])
def test_the_time_of_a_figure_a_level_passed_a_multiple_of_is_that_figures(knowledge, margin, fires):
    text = _PASSED.format(times="두 배를 넘었고", margin=margin)
    assert_checked(knowledge, text, "F307", fires)


def test_the_time_of_a_figure_a_multiple_reaches_is_left_to_the_sentence(knowledge):
    # (`…의 두 배에 이르렀고`: not read as a figure passed; the margin keeps the sentence's time, a year before)
    text = _PASSED.format(times="두 배에 이르렀고", margin="9.5%")
    assert_not_checked(knowledge, text, "F307")


# ---------------------------------------------------------------- `매장 수는 9월 말 기준 500곳이다`

_COUNTED_AT = (
    "노래방 체인 하모니박스의 3분기 매출은 200억원으로 1년 전보다 10% 늘었다.\n\n"
    "매장 수는 {stores}.\n\n"
    "영업이익은 30억원으로 늘었고, 영업이익률은 {margin}로 올라섰다."
)


@pytest.mark.parametrize("margin,fires", [("15.0%", False), ("18.0%", True)])
def test_a_date_a_level_is_counted_at_is_no_period_of_a_later_flow(knowledge, margin, fires):
    text = _COUNTED_AT.format(stores="9월 말 기준 500곳이다", margin=margin)
    assert_checked(knowledge, text, "F307", fires)


def test_a_month_a_level_grew_in_is_still_the_later_flows_period(knowledge):
    # (`9월에 500곳으로 늘었다`: the month is that sentence's period, carried to the profit: no revenue of it)
    text = _COUNTED_AT.format(stores="9월에 500곳으로 늘었다", margin="18.0%")
    assert_not_checked(knowledge, text, "F307")


# ---------------------------------------------------------------- `2.5 times the number of tickets sold`


@pytest.mark.parametrize("visits,fires", [("103,000", False), ("150,000", True)])
def test_a_multiple_of_the_number_a_noun_counted_before(knowledge, visits, fires):
    text = (
        "The Ashcombe folk fair sold 41,200 tickets over nine days.\n\n"
        f"The free riverside park drew {visits} visits, 2.5 times the number of tickets sold."
    )
    assert_checked(knowledge, text, "F304", fires)


@pytest.mark.parametrize("backlog,fires", [("5.1 GW", False), ("7.4 GW", True)])
def test_a_multiple_of_a_figure_a_phrase_named_before(knowledge, backlog, fires):
    text = (
        "Corran Power's operating fleet reached 2,310 megawatts at the end of June.\n\n"
        f"Its contracted backlog stands at {backlog}, 2.2 times its operating fleet."
    )
    assert_checked(knowledge, text, "F304", fires)


@pytest.mark.parametrize(
    "before",
    [
        "The average stall at the Ashcombe folk fair sold 410 tickets.",  # an average: no total
        "The Ashcombe folk fair sold 41,200 tickets, and its spring fair 30,500 tickets.",  # two: which is unsaid
    ],
)
def test_a_multiple_of_a_noun_naming_no_one_total_links_nothing(knowledge, before):
    text = f"{before}\n\nThe free riverside park drew 150,000 visits, 2.5 times the number of tickets sold."
    assert_not_checked(knowledge, text, "F304")
