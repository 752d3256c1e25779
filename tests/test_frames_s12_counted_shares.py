"""Shares of counted pairs, and lists of parts drawn from parts (twelfth session).

Every sentence is written for this file, with invented names and numbers. Each construction is tested where it
must be checked (and fires when one number is wrong) and where a near construction must not be checked.
"""

from __future__ import annotations

import pytest
from test_frames import assert_checked, assert_not_checked

# ---------------------------------------------------------------- a pool, its part, then a rate noun (F503)


@pytest.mark.parametrize(
    "text,fires",
    [
        ("조사에는 회원 4천200명 가운데 3천150명이 응답해 응답률 75.0%를 기록했다.", False),
        ("조사에는 회원 4천200명 가운데 3천150명이 응답해 응답률 65.0%를 기록했다.", True),
        ("가람시는 올해 목표 80억달러 가운데 9월까지 62억달러를 채워 달성률 77.5%를 기록했다.", False),
        ("가람시는 올해 목표 80억달러 가운데 9월까지 52억달러를 채워 달성률 77.5%를 기록했다.", True),
        ("누진 요금을 내는 가구는 전체 1천800만 가구 가운데 450만 가구로, 비중이 25.0%였다.", False),
        ("누진 요금을 내는 가구는 전체 1천800만 가구 가운데 450만 가구로, 비중이 35.0%였다.", True),
    ],
)
def test_rate_noun_after_a_pool_and_its_part(knowledge, text, fires):
    assert_checked(knowledge, text, "F503", fires)


@pytest.mark.parametrize(
    "text,fires",
    [
        # the whole marked after a comma (`…으로, 이 가운데 …`), the rate in the sentence before
        ("나래시의 재활용률은 55.0%로 집계됐다. 쓰레기 발생량은 20만톤으로, 이 가운데 11만톤이 재활용됐다.", False),
        ("나래시의 재활용률은 45.0%로 집계됐다. 쓰레기 발생량은 20만톤으로, 이 가운데 11만톤이 재활용됐다.", True),
    ],
)
def test_rate_noun_before_a_part_drawn_after_a_comma(knowledge, text, fires):
    assert_checked(knowledge, text, "F503", fires)


@pytest.mark.parametrize(
    "text",
    [
        # a rate of change after the pair: no share of it
        "회원 4천200명 가운데 3천150명이 응답했고 1년 새 증가율은 12.0%였다.",
        # the part's clause goes on (`…석은 득표율 50%만 반영`): the rate is no share of the pool
        "비례대표 60석 가운데 36석은 정당 득표율 50%만 반영해 배분한다.",
        # another figure stands between the part and the rate noun
        "회원 4천200명 가운데 3천150명이 응답했고 400명은 기권해 응답률 75.0%를 기록했다.",
    ],
)
def test_rate_apart_from_its_pair_is_not_linked(knowledge, text):
    assert_not_checked(knowledge, text, "F503")


# ---------------------------------------------------------------- a pool drawn from a part (F302)


@pytest.mark.parametrize(
    "text",
    [
        "투표에는 조합원 3천100명 가운데 2천480명이 참여했고, 이 중 1천520명이 찬성했다.",
        "조합원 3천100명 가운데 2천480명이 참여했으며 이 가운데 1천520명이 찬성했다.",
    ],
)
def test_part_of_a_part_is_no_sibling(knowledge, text):
    assert_not_checked(knowledge, text, "F302")


@pytest.mark.parametrize(
    "text,fires",
    [
        # siblings of one pool, each its own clause: still a tally
        ("전체 820개 종목 가운데 500개가 올랐고 300개가 내렸으며 20개는 보합이었다.", False),
        ("전체 820개 종목 가운데 500개가 올랐고 350개가 내렸으며 20개는 보합이었다.", True),
    ],
)
def test_outcomes_of_one_pool_are_still_a_tally(knowledge, text, fires):
    assert_checked(knowledge, text, "F302", fires)


# ---------------------------------------------------------------- shares from two breakdowns of a whole (F501)


@pytest.mark.parametrize(
    "text",
    [
        "8월 주택 준공은 2만호였다. 지역별로는 수도권이 8천호, 지방이 1만2천호였다. 수도권 비중은 40.0%다. "
        "유형별로는 아파트가 1만6천호로 전체의 80.0%를 차지했다.",
    ],
)
def test_shares_of_two_breakdowns_do_not_add_up(knowledge, text):
    assert_not_checked(knowledge, text, "F501")


def test_shares_of_one_breakdown_still_add_up(knowledge):
    text = "8월 주택 준공은 2만호였다. 지역별로는 수도권이 8천호로 전체의 60%, 지방이 1만2천호로 전체의 60%를 차지했다."
    assert_checked(knowledge, text, "F501", True)


# ---------------------------------------------------------------- `W를 …하고, 이 가운데 3분의 1인 P` (F503)


@pytest.mark.parametrize(
    "text,fires",
    [
        ("도는 하반기 간호 인력 90명을 충원하기로 하고, 이 가운데 3분의 1인 30명을 가람의료원에 배정한다.", False),
        ("도는 하반기 간호 인력 90명을 충원하기로 하고, 이 가운데 3분의 1인 45명을 가람의료원에 배정한다.", True),
        ("시는 예산 80억원을 배정했고, 이 중 25%인 20억원을 도서관에 쓴다.", False),
        ("시는 예산 80억원을 배정했고, 이 중 25%인 30억원을 도서관에 쓴다.", True),
    ],
)
def test_rate_before_a_part_of_a_pool_referred_back_to(knowledge, text, fires):
    assert_checked(knowledge, text, "F503", fires)


def test_rate_of_another_clause_before_a_figure_is_not_linked(knowledge):
    # no pool refers back to the whole: the rate and the figure after it are another clause's
    text = "시는 예산 80억원을 배정했고, 지난해보다 25% 많은 20억원을 도서관에 쓴다."
    assert_not_checked(knowledge, text, "F503")


# ---------------------------------------------------------------- a whole split by route or by nationality (F302)


@pytest.mark.parametrize(
    "text,fires",
    [
        (
            "가람공항의 올해 항공화물은 3만2천400톤으로 집계됐다. 국제선 화물은 2만1천100톤으로 늘었다. "
            "국내선 화물은 1만1천300톤으로 줄었다.",
            False,
        ),
        (
            "가람공항의 올해 항공화물은 3만2천400톤으로 집계됐다. 국제선 화물은 2만1천100톤으로 늘었다. "
            "국내선 화물은 1만6천300톤으로 줄었다.",
            True,
        ),
    ],
)
def test_cargo_by_route_adds_up(knowledge, text, fires):
    assert_checked(knowledge, text, "F302", fires)
