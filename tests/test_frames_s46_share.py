"""Shares (forty-sixth session, lane `share`).

- An order's (a deal's, a contract's) share of the maker's level, the order named as the share's subject and no
  figure beside it: `so the Japanese order alone is worth a quarter of that`, `The contract is worth 30 per cent of last
  year's turnover of €160,000`, `이번 계약 하나가 지난해 매출의 25%에 해당한다`. The part is the order's amount the lead
  states; the whole the level the sentence sets it against (checker/link/order_shares.py).

- Korean: a member named alone after a breakdown (`가람면 한 곳이 군 전체 생산량의 30%를 차지한다`, `M2번 한 노선이
  전체 이용객의 30%를`, `가람면 한 곳의 몫이 40%에 이른다`): the figure stated right after its name before is the part,
  the breakdown's total the whole (checker/link/member_alone_shares.py).

Every sentence is written for this file, with invented places, names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import assert_checked, assert_not_fired, assert_not_linked

SHARE_OF_TOTAL = "F503"


# ---------------------------------------------------------------- an order's share of the maker's level

_ORDER_SHARES = [
    # (text, holding share, broken share)
    (
        "A Devon cider maker has won a £90,000 order from a Tokyo bar chain.\n\n"
        "The firm's sales were £360,000 last year, so the Japanese order alone is worth {share} of that.",
        "a quarter",
        "a half",
    ),
    (
        "A Fife knitwear mill will ship 8,000 scarves to a Boston store group.\n\n"
        "The mill made 32,000 scarves last year. The American order will take {share} of that.",
        "a quarter",
        "60 per cent",
    ),
    (
        "A Cork cheesemaker has signed a €48,000 contract with a Paris delicatessen chain.\n\n"
        "The contract is worth {share} of last year's turnover of €160,000.",
        "30 per cent",
        "half",
    ),
    (
        "A Welsh slate quarry will supply 1,800 tonnes of roofing slate to a Dutch builder.\n\n"
        "The quarry cut 6,000 tonnes last year, and the Dutch order represents {share} of that output.",
        "30 per cent",
        "three-quarters",
    ),
    (
        "An Otago honey producer has agreed a NZ$150,000 deal with a Singapore grocer.\n\n"
        "The producer's revenue reached NZ$600,000 last year. The deal is equal to {share} of that.",
        "a quarter",
        "40 per cent",
    ),
    # a count of the whole's noun under another word: a compound ending on it, a noun phrase naming it after
    (
        "A Kerry tannery will supply 3,000 tanned sheepskins to a Danish sofa maker.\n\n"
        "Local farms sent the tannery 12,000 skins last year. The Danish order is equal to {share} of that intake.",
        "a quarter",
        "half",
    ),
    (
        "A Jura workshop has won an order for 300 cuckoo clocks from a Tokyo store.\n\n"
        "The workshop builds about 1,200 clocks a year, so the Tokyo order alone is {share} of a normal year's "
        "production.",
        "a quarter",
        "half",
    ),
    (
        "우리공방은 일본 업체와 2억 원 규모의 납품 계약을 맺었다고 밝혔다.\n\n"
        "공방의 지난해 매출은 8억 원으로, 이번 계약 하나가 지난해 매출의 {share}에 해당한다.",
        "25%",
        "40%",
    ),
    (
        "한빛농원은 대만에 배 12톤을 수출한다고 밝혔다.\n\n"
        "농원의 올해 수확량은 48톤이다. 이번 수출 물량은 올해 수확량의 {share}다.",
        "4분의 1",
        "절반",
    ),
    (
        "다온수산은 일본 유통사에 김 4억 원어치를 보내는 계약을 맺었다.\n\n"
        "회사의 지난해 매출은 16억 원이었다. 이번 주문은 지난해 매출의 {share}에 이른다.",
        "4분의 1",
        "절반",
    ),
    (
        "나래목공은 호주 가구점에 식탁 60개를 납품한다.\n\n"
        "공방은 지난해 식탁 240개를 만들었다. 이번 납품 물량은 지난해 생산량의 {share}다.",
        "4분의 1",
        "절반",
    ),
]


@pytest.mark.parametrize("text,holds,broken", _ORDER_SHARES)
def test_an_orders_share_is_of_the_makers_level_set_against_it(knowledge, text, holds, broken):
    assert_checked(knowledge, text.format(share=holds), SHARE_OF_TOTAL, fires=False)
    assert_checked(knowledge, text.format(share=broken), SHARE_OF_TOTAL, fires=True)


_NO_ORDER_SHARES = [
    # the subject names no order: the café's own figure is not stated
    "A Devon cider maker has won a £90,000 order from a Tokyo bar chain.\n\n"
    "The firm's sales were £360,000 last year, so the café alone is worth a third of that.",
    # the order's amount is stated in no unit of the level: bottles are no share of pounds
    "A Devon cider maker has won an order for 9,000 bottles from a Tokyo bar chain.\n\n"
    "The firm's sales were £360,000 last year, so the Japanese order alone is worth a third of that.",
    # the lead states no amount of the order
    "A Devon cider maker has signed a deal with a Tokyo bar chain.\n\n"
    "The firm's sales were £360,000 last year, so the Japanese order alone is worth a third of that.",
    # a count of one is the unit of a price, no order's amount
    "가람공방은 미국 업체에 의자를 공급하는 계약을 맺었다. 의자 한 개에 5만 원꼴이다.\n\n"
    "공방의 한 달 생산량은 2만 개다. 이번 계약 물량은 한 달 생산량의 절반이다.",
]


@pytest.mark.parametrize("text", _NO_ORDER_SHARES)
def test_an_orders_share_without_an_amount_of_the_levels_unit_is_not_read(knowledge, text):
    assert_not_linked(knowledge, text, SHARE_OF_TOTAL)


def test_an_orders_share_of_a_whole_stated_after_it_unread_is_not_set_against_the_level_before(knowledge):
    # `40 per cent of the 100 it plans`: the whole is the plan, stated after the share; the year before is no whole
    text = (
        "A Totnes boatyard has won an order for 40 dinghies from a Dutch sailing school.\n\n"
        "The yard built 90 dinghies last year, and the Dutch order makes up 40 per cent of the 100 it plans this year."
    )
    assert_not_fired(knowledge, text, SHARE_OF_TOTAL)


_TWO_POTS_BEFORE = [
    # two levels of the unit before the order's subject: which one `that` names is unsaid
    "A Devon cider maker has won a £90,000 order from a Tokyo bar chain.\n\n"
    "Shop sales were £150,000 and wholesale £360,000 last year, so the Japanese order alone is worth a quarter "
    "of that.",
    "A Totnes boatyard has won an order for 40 dinghies from a Dutch sailing school.\n\n"
    "The yard built 90 dinghies in 2024 and 160 dinghies in 2025, so the Dutch order is a quarter of that.",
]


@pytest.mark.parametrize("text", _TWO_POTS_BEFORE)
def test_an_orders_share_after_two_levels_of_its_unit_is_not_read(knowledge, text):
    assert_not_linked(knowledge, text, SHARE_OF_TOTAL)


# ---------------------------------------------------------------- Korean: a member named alone after a breakdown

_MEMBER_ALONE = [
    # (text, holding share, broken share)
    (
        "가람군은 올해 마늘 생산량이 2천 톤으로 지난해보다 늘었다고 밝혔다.\n\n"
        "읍면별로는 누리면이 600톤으로 가장 많고 다솜면 500톤, 한결면 400톤, 나머지 읍면이 500톤이다. "
        "누리면 한 곳의 몫이 {share}에 이른다.",
        "30%",
        "45%",
    ),
    (
        "나래시는 새벽버스 5개 노선의 올해 이용객이 40만 명이라고 밝혔다.\n\n"
        "노선별로는 S3번이 12만 명으로 가장 많았다. "
        "이어 S1번 10만 명, S2번 8만 명이었고 나머지 두 노선이 10만 명이었다. "
        "S3번 한 노선이 전체 이용객의 {share}를 실어 날랐다.",
        "30%",
        "절반",
    ),
    (
        "다온군의 올해 감자 수확량은 9천600톤이다.\n\n"
        "지역별로는 서면이 2천400톤으로 가장 많았고 동면 1천800톤, 남면 1천500톤 순이었다. "
        "서면 한 곳이 군 전체 수확량의 {share}을 거둔 셈이다.",
        "4분의 1",
        "3분의 1",
    ),
    (
        "한솔군 양봉농가가 올봄 잃은 벌통은 모두 1만2천 통으로 집계됐다.\n\n"
        "지역별로는 북면이 4천800통으로 가장 많았고 서면 3천600통, 남면 2천400통, 나머지 읍이 1천200통이었다. "
        "북면 한 곳의 몫이 {share}에 이른다.",
        "40%",
        "60%",
    ),
    (
        "누리시의 올해 공공 자전거 대여는 20만 건이다.\n\n"
        "대여소별로는 역앞이 5만 건으로 가장 많았고 시청 3만 건, 공원 2만 건 순이었다. "
        "역앞 한 곳이 전체 대여의 {share}을 차지했다.",
        "4분의 1",
        "절반",
    ),
]


@pytest.mark.parametrize("text,holds,broken", _MEMBER_ALONE)
def test_a_member_named_alone_is_a_share_of_its_breakdowns_total(knowledge, text, holds, broken):
    assert_checked(knowledge, text.format(share=holds), SHARE_OF_TOTAL, fires=False)
    assert_checked(knowledge, text.format(share=broken), SHARE_OF_TOTAL, fires=True)


_NO_MEMBER_ALONE = [
    # the name states no figure right after it before: its part is not stated
    "가람군은 올해 마늘 생산량이 2천 톤이라고 밝혔다.\n\n누리면이 가장 많이 거뒀다. 누리면 한 곳의 몫이 45%에 이른다.",
    # two figures after the name before: which one the part is, unsaid
    "가람군은 올해 마늘 생산량이 2천 톤이라고 밝혔다.\n\n"
    "누리면이 600톤, 누리면이 900톤이라는 집계가 엇갈린다. 누리면 한 곳의 몫이 45%에 이른다.",
    # the figure after the name counts the members themselves: one of them is no part of that count
    "가람군의 사과 농가는 모두 400곳이다.\n\n이 가운데 농가 120곳이 조합에 들었다. 농가 한 곳이 조합 전체 "
    "출하량의 45%를 맡는다.",
    "하늘시 시내버스 노선은 모두 50개다.\n\n이 가운데 노선 20개가 도심을 지난다. 노선 한 개가 전체 이용객의 "
    "15%를 실어 나른다.",
]


@pytest.mark.parametrize("text", _NO_MEMBER_ALONE)
def test_a_member_named_alone_without_one_figure_is_not_read(knowledge, text):
    assert_not_linked(knowledge, text, SHARE_OF_TOTAL)
