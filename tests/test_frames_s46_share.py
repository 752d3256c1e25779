"""Shares (forty-sixth session, lane `share`).

- An order's (a deal's, a contract's) share of the maker's level, the order named as the share's subject and no
  figure beside it: `so the Japanese order alone is worth a quarter of that`, `The contract is worth 30 per cent of last
  year's turnover of €160,000`, `이번 계약 하나가 지난해 매출의 25%에 해당한다`. The part is the order's amount the lead
  states; the whole the level the sentence sets it against (checker/link/order_shares.py).

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
