"""Readings of the sixty-first session's lead: the false alarms of an opened set, each a construction.

- An average per a short period or per one occasion (`한 달에 평균 30회`, `한 번에 평균 150명`) restates the level
  before it; a change compared with a past period's figure after it is of that level, not of the average.
- A figure written as added to a level (`12대에서 6대를 더 사들여`) is the size of the rise, no level a change is of
  and no level the prior moved to.
- A fee's total divides among the people counted as paying (`돈을 내고 들어온 사람은 6천명`), never among those let in
  free (`무료 입장객 2천명`).
- `which together meet the £57,500 bill` marks the sum of the list before it; a part of that list, one digit apart from
  the whole stated elsewhere, is no slip of it.
- A figure on each member (`Each of its two drivers makes about 1,800 trips`) is no whole of a share of the total.
- A noted equivalent right after a price of one (`at NOK 6,000 a cubic metre, about £465 at Wednesday's rate`)
  restates that price, not the order's total.
- A total stated for a span short of a year (`in just over five months`) is no year's figure a rate per month
  divides by twelve.
- An amount the sentence before gives as one source (`Half the cost, £25,000, came from a fund`) is the first part of
  the list the next sentence makes up into the total.
- A change whose own clause names its object (`and has cut the number of requests it turns down by a third`) is no
  change of the level stated before it.
- A figure per unit whose count's subject names one amount stated before (`a public appeal raised £10,000 … The
  appeal drew 200 givers, or £50 a head`) divides that amount, not the story's whole.

Every sentence is written for this file, with invented places, names and numbers.
"""

from __future__ import annotations

import datetime as dt

import pytest
from helpers import assert_checked, assert_not_fired

GROWTH, SUM, SHARE, PER_UNIT, REPEAT = "F301", "F302", "F503", "F317", "F405"
CONVERSION = "F202"
JANUARY = dt.date(2026, 1, 20)
MARCH = dt.date(2026, 3, 10)
MARCH_WEDNESDAY = dt.date(2026, 3, 4)
APRIL = dt.date(2026, 4, 15)
JUNE = dt.date(2026, 6, 10)
SEPTEMBER = dt.date(2026, 9, 16)
JULY = dt.date(2026, 7, 14)
NOVEMBER = dt.date(2026, 11, 10)


# --- an average restating the level before it ----------------------------------------------------------------------


@pytest.mark.parametrize(("prior", "fires"), [("250회", False), ("200회", True)])
def test_a_change_after_a_monthly_average_is_of_the_level(knowledge, prior, fires):
    text = (
        "노루목읍 방범대가 올해 1∼10월 300회 순찰을 돌았다고 밝혔다. 한 달에 평균 30회다. "
        f"지난해 같은 기간 {prior}에서 20% 늘었다."
    )
    assert_checked(knowledge, text, GROWTH, fires=fires, published=NOVEMBER)


@pytest.mark.parametrize(("prior", "fires"), [("1천명", False), ("600명", True)])
def test_a_change_after_an_average_per_occasion_is_of_the_level(knowledge, prior, fires):
    text = (
        "솔바람 봉사단이 올해 상반기 여덟 차례 진료에서 주민 1천200명을 돌봤다고 밝혔다. 한 번에 평균 150명이 진료를 "
        f"받은 셈이다. 지난해 같은 기간({prior})보다는 20% 많다."
    )
    assert_checked(knowledge, text, GROWTH, fires=fires, published=JULY)


def test_a_daily_average_with_its_own_prior_keeps_its_change(knowledge):
    text = "배꽃마을 체험장에 지난달 3천명이 다녀갔다. 하루에 평균 100명으로, 지난해 같은 달 하루 80명보다 25% 많다."
    assert_checked(knowledge, text, GROWTH, fires=False, published=NOVEMBER)


def test_a_bare_one_of_a_floor_is_no_rate(knowledge):
    text = "새 청사는 1층에 민원실 12곳을 두었다. 옛 청사 10곳보다 20% 많다."
    assert_checked(knowledge, text, GROWTH, fires=False, published=NOVEMBER)


# --- a figure added to a level ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(("rise", "fires"), [("50%", False), ("20%", True)])
def test_a_figure_added_more_is_no_level_of_the_change(knowledge, rise, fires):
    text = f"노루목군이 올해 트랙터 18대를 빌려준다고 밝혔다. 지난해 12대에서 6대를 더 사들여 {rise} 늘렸다."
    assert_checked(knowledge, text, GROWTH, fires=fires, published=MARCH)


def test_a_figure_added_to_a_total_is_no_level_moved_to(knowledge):
    text = "노루목군 트랙터는 지난해 12대에서 6대를 더 사들여 50% 늘었다."
    assert_not_fired(knowledge, text, GROWTH, published=MARCH)


# --- a fee's total and the people who paid it ---------------------------------------------------------------------

_SLEDGE = (
    "노루목 썰매장에 한 달 동안 8천명이 다녀갔다. 입장료는 한 사람 3천원이다. 어린이는 무료여서 "
    "돈을 내고 들어온 사람은 6천명이었다. 무료 입장객 2천명은 전체의 4분의 1이다. "
    "입장료 수입은 {takings}으로 운영비에 못 미쳤다."
)


@pytest.mark.parametrize(("takings", "fires"), [("1천800만원", False), ("3천600만원", True)])
def test_a_fee_total_divides_among_the_paying(knowledge, takings, fires):
    assert_checked(knowledge, _SLEDGE.format(takings=takings), PER_UNIT, fires=fires, published=JANUARY)


def test_a_fee_total_never_divides_among_those_let_in_free(knowledge):
    text = (
        "노루목 썰매장에 한 달 동안 8천명이 다녀갔다. 입장료는 한 사람 3천원이다. 무료 입장객 2천명은 전체의 4분의 "
        "1이다. 입장료 수입은 1천800만원으로 운영비에 못 미쳤다."
    )
    assert_not_fired(knowledge, text, PER_UNIT, published=JANUARY)


# --- a list that together meets a bill ------------------------------------------------------------------------------

_POTS = (
    "The Brenford tennis club is building two new courts from a Dutch maker. At Wednesday's rate the order comes to "
    "about £57,500. The money comes from three pots: a £30,000 grant from the sports body, £{parish} from the parish "
    "council and £17,500 of the club's own savings, which together meet the £57,500 bill."
)


@pytest.mark.parametrize(("parish", "fires"), [("10,000", False), ("20,000", True)])
def test_a_list_that_together_meets_a_bill_is_its_sum(knowledge, parish, fires):
    assert_checked(knowledge, _POTS.format(parish=parish), SUM, fires=fires, published=APRIL)


def test_a_part_of_an_exact_list_is_no_slip_of_its_whole(knowledge):
    assert_not_fired(knowledge, _POTS.format(parish="10,000"), REPEAT, published=APRIL)


# --- a figure on each member ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(("part", "fires"), [("1,200", False), ("1,600", True)])
def test_a_figure_on_each_member_is_no_whole_of_the_total(knowledge, part, fires):
    text = (
        "The Harwell community bus made 3,600 trips last year, and each of its two drivers makes about 1,800 trips a "
        f"year. Trips to the surgery make up a third of the total, {part} of them, and a market run has started."
    )
    assert_checked(knowledge, text, SHARE, fires=fires, published=JUNE)


def test_a_figure_on_each_member_alone_takes_no_share(knowledge):
    text = (
        "The Harwell community bus made 3,600 trips last year. Each of its two drivers makes about 1,800 trips a year. "
        "Trips to the surgery make up a third of the total, 1,200 of them, and a market run has started."
    )
    assert_not_fired(knowledge, text, SHARE, published=JUNE)


# --- an equivalent right after a price of one -----------------------------------------------------------------------

_TIMBER = (
    "Norwegian timber for Brenford's new scout hut. The troop placed an order worth NOK 300,000 with a yard in "
    "Alesund. It is buying 50 cubic metres of timber at NOK 6,000 a cubic metre, about £{pounds} at Wednesday's rate."
)


@pytest.mark.parametrize(("pounds", "fires"), [("465", False), ("700", True)])
def test_an_equivalent_after_a_price_of_one_restates_it(knowledge, pounds, fires):
    assert_checked(knowledge, _TIMBER.format(pounds=pounds), CONVERSION, fires=fires, published=MARCH_WEDNESDAY)


# --- a total of a span short of a year ------------------------------------------------------------------------------


def test_a_total_of_some_months_is_no_year_per_month(knowledge):
    text = (
        "Harwell's first optician in years carries out 1,500 eye tests\n\nThe first optician to open in Harwell in "
        "more than ten years has carried out 1,500 eye tests in just over five months, and has bought a scanner.\n\n"
        "Jane Roe, 38, who trained in 2011, 15 years back, opened the shop on Mill Street on Monday 5 January. "
        "Before that, people in the town had a drive of some 80km for an eye test.\n\nThe 1,500 tests work "
        "out at about 300 a month."
    )
    assert_not_fired(knowledge, text, PER_UNIT, published=JUNE)


@pytest.mark.parametrize(("rate", "fires"), [("300", False), ("500", True)])
def test_a_total_of_last_year_is_still_a_year_per_month(knowledge, rate, fires):
    text = (
        f"The Harwell optician carried out 3,600 eye tests last year. The 3,600 tests work out at about {rate} a month."
    )
    assert_checked(knowledge, text, PER_UNIT, fires=fires, published=JUNE)


# --- a source told in the sentence before ---------------------------------------------------------------------------

_BANDSTAND = (
    "The Ardmoor bandstand is back in place after a £50,000 restoration.\n\nHalf the cost, £25,000, came from a "
    "heritage fund. The council gave £{council} and a public appeal raised £10,000, a fifth of the total, making up "
    "the £50,000.\n\nThe appeal drew 200 givers, or £{each} a head."
)


@pytest.mark.parametrize(("council", "fires"), [("15,000", False), ("25,000", True)])
def test_a_source_in_the_sentence_before_is_a_part_of_the_list(knowledge, council, fires):
    assert_checked(knowledge, _BANDSTAND.format(council=council, each="50"), SUM, fires=fires, published=SEPTEMBER)


def test_a_figure_of_another_verb_in_the_sentence_before_is_no_part(knowledge):
    text = (
        "The Ardmoor bandstand cost £25,000 to build in 1990. The council gave £15,000 and a public appeal raised "
        "£10,000, making up the £25,000."
    )
    assert_checked(knowledge, text, SUM, fires=False, published=SEPTEMBER)


@pytest.mark.parametrize(("each", "fires"), [("50", False), ("25", True)])
def test_an_average_divides_the_amount_its_subject_names(knowledge, each, fires):
    assert_checked(
        knowledge, _BANDSTAND.format(council="15,000", each=each), PER_UNIT, fires=fires, published=SEPTEMBER
    )


def test_an_average_whose_subject_names_no_amount_keeps_the_total(knowledge):
    text = _BANDSTAND.format(council="15,000", each="50").replace(
        "The appeal drew 200 givers, or £50 a head.", "The scheme drew 200 givers, or £250 a head."
    )
    assert_checked(knowledge, text, PER_UNIT, fires=False, published=SEPTEMBER)


# --- a change whose own clause names its object ---------------------------------------------------------------------

_DIAL_A_RIDE = (
    "Harwell's dial-a-ride service made 4,800 journeys last year, up {rise} per cent from 3,000 the year before, and "
    "has cut the number of requests it turns down by more than a third."
)


@pytest.mark.parametrize(("rise", "fires"), [("60", False), ("30", True)])
def test_a_change_naming_its_own_object_is_no_change_of_the_level_before(knowledge, rise, fires):
    assert_checked(knowledge, _DIAL_A_RIDE.format(rise=rise), GROWTH, fires=fires, published=MARCH_WEDNESDAY)


# --- the review's guards ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("prior", "fires"), [("1만2천명", False), ("8천명", True)])
def test_an_average_per_year_restates_no_total_over_years(knowledge, prior, fires):
    # (`한 해에 평균`: a year's level; the change after it is of that average, never of the total over four years)
    text = f"갈매기섬 축제에 4년 동안 6만명이 찾았다. 한 해에 평균 1만5천명이다. 지난해 {prior}보다 25% 늘었다."
    assert_checked(knowledge, text, GROWTH, fires=fires, published=SEPTEMBER)


@pytest.mark.parametrize(("takings", "fires"), [("2천800만원", False), ("7천만원", True)])
def test_paying_words_before_a_count_of_people_pick_it(knowledge, takings, fires):
    text = (
        "갈매기섬 전시관에 석 달 동안 9천명이 다녀갔다. 관람료는 한 사람 4천원이다. 학생은 무료여서 돈을 내고 "
        f"들어온 사람은 7천명이었다. 관람료 수입은 {takings}이다."
    )
    assert_checked(knowledge, text, PER_UNIT, fires=fires, published=SEPTEMBER)


def test_paying_words_before_a_count_of_groups_pick_no_payers(knowledge):
    text = (
        "갈매기섬 전시관에 올해 4만명이 다녀갔다. 관람료는 한 사람 2천원이다. 돈을 내고 들어온 단체는 130곳이었다. "
        "관람료 수입은 8천만원이다."
    )
    assert_not_fired(knowledge, text, PER_UNIT, published=SEPTEMBER)


@pytest.mark.parametrize(("takings", "fires"), [("3천만원", False), ("9천만원", True)])
def test_a_paid_zone_counts_no_payers(knowledge, takings, fires):
    text = (
        "갈매기섬 주차장 유료 구역은 400면이다. 주차료는 한 대 1천원이다. 주차장을 쓴 차는 3만대, 주차료 수입은 "
        f"{takings}이다."
    )
    assert_checked(knowledge, text, PER_UNIT, fires=fires, published=SEPTEMBER)


@pytest.mark.parametrize(("part", "fires"), [("1,100", False), ("2,000", True)])
def test_each_member_in_another_clause_keeps_the_whole(knowledge, part, fires):
    text = (
        f"Each van runs daily, and the vans made 3,300 deliveries last year; a third of the total, {part}, were to "
        "farms."
    )
    assert_checked(knowledge, text, SHARE, fires=fires, published=JUNE)


@pytest.mark.parametrize(("firms", "fires"), [("14,000", False), ("24,000", True)])
def test_a_list_adding_up_alone_takes_no_source_before_it(knowledge, firms, fires):
    text = (
        f"£11,000 came from a rowing trust last month. The council gave £26,000 and local firms £{firms}, making up "
        "the £40,000 the boathouse cost."
    )
    assert_checked(knowledge, text, SUM, fires=fires, published=SEPTEMBER)
