"""Readings of the sixty-first session's lead: the false alarms of an opened set, each a construction.

- An average per a short period or per one occasion (`한 달에 평균 30회`, `한 번에 평균 150명`) restates the level
  before it; a change compared with a past period's figure after it is of that level, not of the average.
- A figure written as added to a level (`20대에서 10대를 더 들여와`) is the size of the rise, no level a change is of
  and no level the prior moved to.
- A fee's total divides among the people counted as paying (`돈을 내고 들어온 사람은 6천명`), never among those let in
  free (`무료 입장객 2천명`).

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
    text = f"노루목군이 올해 트랙터 30대를 빌려준다고 밝혔다. 지난해 20대에서 10대를 더 들여와 {rise} 늘렸다."
    assert_checked(knowledge, text, GROWTH, fires=fires, published=MARCH)


def test_a_figure_added_to_a_total_is_no_level_moved_to(knowledge):
    text = "노루목군 트랙터는 지난해 20대에서 10대를 더 들여와 50% 늘었다."
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
