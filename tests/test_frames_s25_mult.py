"""Multiples and margins (twenty-fifth session), each a rule for a construction:
- an adjective of a multiple before what it compares (`almost double the 5,000`, `more than triple last year's`,
  `[multiples] adjectives` and `compared_openers`) is a multiple like `twice the`; after a word that makes it a verb
  (`plans to double the fleet`, `[multiples] verb_markers`) or before no such word (`a double room`) it is none
  (checker/extract/quantities.py);
- a time the sentence compares with (`and was 4% lower than in the second quarter`, `compared with the first
  half`) is passed over when a later sentence that names no period takes its period from that sentence
  (checker/link/context.py, `_period_before`): `Its operating margin came to 6.0%` is of the sentence's own period;
- megabits (`초당 900메가비트`, `[measures]` of ko.toml, checker/extract/units.py) are a measure a multiple compares
  with megabits, never with another measure;
- an insurer's loss ratio (`손해율`, `loss ratio`, `claims ratio`) is a rate the pack defines: its claims paid
  (`발생손해액`, `claims paid`) over its premiums (`경과보험료`, `earned premiums`), checked as a margin is
  (rules/lexicon/metrics.toml, checker/link/margin_bases.py); `paid out` names no metric;
- a value written in another currency with its equivalent in brackets (`2,000만달러(약 270억원)로`) is compared
  by that equivalent with a figure of its unit (`지난해 180억원의 1.5배`, checker/link/multiples.py); an equivalent
  in a third unit is not;
- a time right before a figure a level passed a multiple of (`지난해 2분기 40억원의 두 배를 넘었고`,
  `[link.multiple_to_after]`) labels that figure, not the sentence: a margin after it keeps its period;
- a date a level is counted at (`6월 말 기준`, `as of 31 March`: `[link.as_of_after]`, `[link.as_of_before]`)
  is no period a flow in a later sentence takes (checker/link/context.py); a month a level grew in still is;
- a multiple followed by a determiner and a noun phrase closing its clause (`1.5 times the number of vouchers
  sold`, `1.5 times its storage capacity`: `[link.multiple_noun_openers]`) is of the one value an earlier sentence
  names by that noun (`12,000 vouchers`) or phrase (`storage capacity reached 80,000 tonnes`), an average
  (`[link.multiple_noun_average_marks]`) none (checker/link/multiples_of_noun_after.py); two values: nothing;
- a margin whose period was only carried from the sentence before (`Sales in the second quarter were higher … Its
  pre-tax margin was 5.0%`), when the article states its profit for no figure of that period, is of
  the one period the article states its profit's values for (checker/link/margin_bases.py); profits stated for two
  periods leave which one unsaid.

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

import pytest
from test_frames import assert_checked, assert_not_checked

# ---------------------------------------------------------------- `almost double the 5,000`


@pytest.mark.parametrize("members,fires", [("9,800", False), ("13,000", True)])
def test_double_before_the_figure_it_compares_is_a_multiple(knowledge, members, fires):
    text = f"The Quarry Lane repair café mended {members} toasters over the winter, almost double the 5,000 of 2021."
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


@pytest.mark.parametrize("margin,fires", [("6.0%", False), ("7.5%", True)])
def test_a_time_compared_with_is_not_the_period_a_margin_takes(knowledge, margin, fires):
    text = (
        "Orsmund, the Dutch maker of garden furniture, earned an operating profit of €90 million in the third "
        "quarter, against €70 million a year before.\n\n"
        "Revenue came to €1,500 million, up from €1,250 million, and was 4% lower than in the second quarter. "
        f"Its operating margin came to {margin}."
    )
    assert_checked(knowledge, text, "F307", fires)


def test_a_time_the_sentence_is_of_is_still_taken(knowledge):
    # (the second quarter is the period of the revenue sentence: the margin is of that quarter, whose profit the
    # article does not state)
    text = (
        "Orsmund, the Dutch maker of garden furniture, earned an operating profit of €90 million in the third "
        "quarter.\n\n"
        "In the second quarter, revenue came to €1,560 million, up from €1,250 million. "
        "Its operating margin came to 7.5%."
    )
    assert_not_checked(knowledge, text, "F307")


# ---------------------------------------------------------------- a margin's period carried from the sentence before


@pytest.mark.parametrize("margin,fires", [("5.0%", False), ("6.5%", True)])
def test_a_margin_with_a_carried_period_takes_its_profits_period(knowledge, margin, fires):
    text = (
        "Halloway Textiles, which weaves upholstery fabric, reported pre-tax profit of £9.0m, down from £10.5m a year "
        "earlier.\n\n"
        "Revenue was £180.0m, against £171.0m. Sales in the second quarter were higher than in the first, at £95.0m "
        f"against £85.0m. Its pre-tax margin was {margin}."
    )
    assert_checked(knowledge, text, "F318", fires)


def test_a_margin_with_a_carried_period_and_profits_of_two_periods_is_left(knowledge):
    text = (
        "Halloway Textiles, which weaves upholstery fabric, reported pre-tax profit of £9.0m for 2026 and £10.5m for "
        "2024.\n\n"
        "Revenue was £180.0m, against £171.0m. Sales in the second quarter were higher than in the first, at £95.0m "
        "against £85.0m. Its pre-tax margin was 6.5%."
    )
    assert_not_checked(knowledge, text, "F318")


# ---------------------------------------------------------------- `초당 900메가비트`


@pytest.mark.parametrize("times,fires", [("3배", False), ("4배", True)])
def test_megabits_are_a_measure_a_multiple_compares(knowledge, times, fires):
    text = f"새 광케이블의 최대 전송 속도는 초당 900메가비트로 구리선의 초당 300메가비트보다 {times} 빠르다."
    assert_checked(knowledge, text, "F304", fires)


def test_megabits_against_another_measure_are_not_compared(knowledge):
    text = "새 광케이블의 최대 전송 속도는 초당 900메가비트로 구리선의 300메가와트보다 4배 빠르다."
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


# ---------------------------------------------------------------- `지난해 2분기 40억원의 두 배를 넘었고`

_PASSED = (
    "게임사 별빛소프트는 올해 2분기 매출 800억원, 영업이익 96억원을 올렸다고 공시했다. 영업이익은 지난해 "
    "2분기 40억원의 {times}, 영업이익률은 {margin}로 역대 가장 높았다."
)


@pytest.mark.parametrize("margin,fires", [("12.0%", False), ("14.0%", True)])
def test_the_time_of_a_figure_a_level_passed_a_multiple_of_is_that_figures(knowledge, margin, fires):
    text = _PASSED.format(times="두 배를 넘었고", margin=margin)
    assert_checked(knowledge, text, "F307", fires)


def test_the_time_of_a_figure_a_multiple_reaches_is_left_to_the_sentence(knowledge):
    # (`…의 두 배에 이르렀고`: not read as a figure passed; the margin keeps the sentence's time, a year before)
    text = _PASSED.format(times="두 배에 이르렀고", margin="14.0%")
    assert_not_checked(knowledge, text, "F307")


# ---------------------------------------------------------------- `가맹점은 6월 말 기준 320곳이다`

_COUNTED_AT = (
    "실내 클라이밍장 체인 해맑음의 상반기 매출은 160억원으로 1년 새 8% 늘었다.\n\n"
    "가맹점은 {stores}.\n\n"
    "영업이익은 20억원, 영업이익률은 {margin}였다."
)


@pytest.mark.parametrize("margin,fires", [("12.5%", False), ("15.0%", True)])
def test_a_date_a_level_is_counted_at_is_no_period_of_a_later_flow(knowledge, margin, fires):
    text = _COUNTED_AT.format(stores="6월 말 기준 320곳이다", margin=margin)
    assert_checked(knowledge, text, "F307", fires)


def test_a_month_a_level_grew_in_is_still_the_later_flows_period(knowledge):
    # (`6월에 320곳으로 늘었다`: the month is that sentence's period, carried to the profit: no revenue of it)
    text = _COUNTED_AT.format(stores="6월에 320곳으로 늘었다", margin="15.0%")
    assert_not_checked(knowledge, text, "F307")


# ---------------------------------------------------------------- `1.5 times the number of vouchers sold`


@pytest.mark.parametrize("meals,fires", [("18,000", False), ("24,000", True)])
def test_a_multiple_of_the_number_a_noun_counted_before(knowledge, meals, fires):
    text = (
        "The Selby planetarium sold 12,000 vouchers this winter.\n\n"
        f"Its cafe served {meals} meals, 1.5 times the number of vouchers sold."
    )
    assert_checked(knowledge, text, "F304", fires)


@pytest.mark.parametrize("intake,fires", [("120,000 tonnes", False), ("160,000 tonnes", True)])
def test_a_multiple_of_a_figure_a_phrase_named_before(knowledge, intake, fires):
    text = (
        "Varrow Grain's storage capacity reached 80,000 tonnes at the end of June.\n\n"
        f"Its harvest intake came to {intake}, 1.5 times its storage capacity."
    )
    assert_checked(knowledge, text, "F304", fires)


@pytest.mark.parametrize(
    "before",
    [
        "The average evening at the Selby planetarium sold 40 vouchers.",  # an average: no total
        "The Selby planetarium sold 12,000 vouchers, and its touring dome 9,000 vouchers.",  # two: which is unsaid
    ],
)
def test_a_multiple_of_a_noun_naming_no_one_total_links_nothing(knowledge, before):
    text = f"{before}\n\nIts cafe served 24,000 meals, 1.5 times the number of vouchers sold."
    assert_not_checked(knowledge, text, "F304")
