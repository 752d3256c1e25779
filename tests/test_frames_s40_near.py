"""Shares and sums: parts of a whole stated around it (fortieth session, lane `near`).

- A gapped list whose first part is drawn from a named pool (`Northern wards accounted for 1,200 of the inspections,
  eastern wards for 750 …`, `[link.gapped_part_pools]`) or is a measure with its unit written once (`51,000 tonnes
  of the crop and the lower valley for 45,000`): the later parts, written bare, count what the first counts
  (checker/extract/quantities.py).
- Parts after a verb of accounting for take their whole from the lead past a headline, however far on they stand;
  a figure the sentence before states after such a verb (`makes up 70,000 tonnes of the crop`) is a sibling of the
  list, not its whole (checker/link/breakdowns.py).
- The lines of an order, each a count at a price and what it comes to after the price (`4,000 cans of lager at £2.50
  a can, or £10,000, and 2,000 cans of stout at £4, also £8,000`, `[link.line_price_before]`,
  `[link.line_worth_after_price]`): the worths are parts of the order's value the lead states, and the lines' counts
  parts of the one count the sentence of that value states (checker/link/line_values.py).

Every sentence is written for this file, with invented places, names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import document, findings
from test_frames import assert_checked, assert_not_checked

SHARE, SUM = "F503", "F302"


def _passed(knowledge, text: str, rule: str) -> list[str]:
    return [p.message for p in findings(knowledge, document(text), select=[rule], show_passed=True).passed]


def _fired(knowledge, text: str, rule: str) -> list[str]:
    return [f.message for f in findings(knowledge, document(text), select=[rule], show_passed=True).findings]


# ---------------------------------------------------------------- bare later parts of a gapped list

_WARDS = (
    "Oakridge bridges\n\nOakridge District inspected 2,450 bridges last year, up from 2,100, its roads department "
    "said on Friday.\n\nThe work was paid for by a county grant.\n\nNorthern wards accounted for 1,200 of the "
    "inspections, eastern wards for 750 and the river district for {last}.\n"
)


@pytest.mark.parametrize("last,fires", [("500", False), ("900", True)])
def test_bare_parts_after_a_part_drawn_from_a_pool_en(knowledge, last, fires):
    assert_checked(knowledge, _WARDS.format(last=last), SUM, fires)


_VALLEY = (
    "Kestrel barley\n\nFarms in the Kestrel valley harvested 96,000 tonnes of barley this summer, the growers' board "
    "said on Monday.\n\nA dry June helped.\n\nThe upper valley accounts for 51,000 tonnes of the crop and the lower "
    "valley for {last}.\n"
)


@pytest.mark.parametrize("last,fires", [("45,000", False), ("58,000", True)])
def test_a_bare_part_after_a_measure_takes_its_unit_en(knowledge, last, fires):
    assert_checked(knowledge, _VALLEY.format(last=last), SUM, fires)


def test_a_bare_number_after_a_measure_keeps_the_measures_scale_en(knowledge):
    messages = _passed(knowledge, _VALLEY.format(last="45,000"), SUM)
    assert any("96,000 tonnes" in m and "45,000" in m for m in messages), messages


_POTATOES = (
    "Harlow potatoes\n\nHarlow Farms lifted 130,000 tonnes of potatoes this autumn, the co-operative said on "
    "Thursday.\n\nPrices held up.\n\nMaris Piper makes up 70,000 tonnes of the crop, more than half. King Edward "
    "accounts for 38,000 tonnes and Desiree for {last}.\n"
)


@pytest.mark.parametrize("last,fires", [("22,000", False), ("42,000", True)])
def test_a_part_in_the_sentence_before_is_a_sibling_not_the_whole_en(knowledge, last, fires):
    assert_checked(knowledge, _POTATOES.format(last=last), SUM, fires)


def test_a_part_of_another_whole_before_stays_its_whole_en(knowledge):
    # a figure the sentence before states as a level of its own (no verb of accounting for) is the list's whole
    text = (
        "Harlow potatoes\n\nHarlow Farms lifted 130,000 tonnes of potatoes this autumn, the co-operative said on "
        "Thursday.\n\nPrices held up.\n\nExports reached 70,000 tonnes. King Edward accounts for 38,000 tonnes and "
        "Desiree for 22,000.\n"
    )
    messages = _passed(knowledge, text, SUM)
    assert any("70,000 tonnes" in m for m in messages), messages
    assert not any("130,000" in m for m in messages), messages


def test_a_pool_after_a_clause_of_its_own_is_no_gapped_part_en(knowledge):
    # a verb in the next label makes a clause of its own: its number counts nothing of the list
    text = (
        "Oakridge bridges\n\nOakridge District inspected 2,450 bridges last year, its roads department said on "
        "Friday.\n\nNorthern wards accounted for 1,200 of the inspections, and crews were sent 30 times.\n"
    )
    assert not _fired(knowledge, text, SUM)


# ---------------------------------------------------------------- the lines of an order, priced


_CANS = (
    "Kelty cans\n\nA Fife brewery has agreed to sell 6,000 cans of beer to a Dublin bar group for £18,000, it said on "
    "Tuesday.\n\nKelty Ales will supply 4,000 cans of lager at £2.50 a can, {mark} £10,000, and {stout} cans of stout "
    "at £4, {mark} {worth}.\n"
)


@pytest.mark.parametrize("mark", ["or", "also", "for", "totalling"])
@pytest.mark.parametrize("worth,fires", [("£8,000", False), ("£12,000", True)])
def test_priced_lines_worths_add_into_the_orders_value_en(knowledge, mark, worth, fires):
    assert_checked(knowledge, _CANS.format(mark=mark, stout="2,000", worth=worth), SUM, fires)


@pytest.mark.parametrize("stout,fires", [("2,000", False), ("3,000", True)])
def test_priced_lines_counts_add_into_the_orders_count_en(knowledge, stout, fires):
    text = _CANS.format(mark="or", stout=stout, worth="£12,000" if stout == "3,000" else "£8,000")
    messages = _fired(knowledge, text, SUM) if fires else _passed(knowledge, text, SUM)
    assert any("6,000" in m for m in messages), messages


def test_three_priced_lines_each_apiece_en(knowledge):
    text = (
        "Corran chairs\n\nA joinery in Corran has won a €39,000 order for 300 oak chairs from a Lyon hotel, it said on "
        "Monday.\n\nIt will make 150 dining chairs at €120 apiece, or €18,000, 100 armchairs at €150 apiece, also "
        "€15,000, and 50 bar stools at €120 each, or €6,000.\n"
    )
    messages = _passed(knowledge, text, SUM)
    assert any("€39,000" in m for m in messages), messages
    assert any("300" in m and "150" in m for m in messages), messages


def test_priced_lines_after_a_lead_of_two_counts_leave_the_counts_unread_en(knowledge):
    # two counts in the order's sentence: which the lines are of is not said
    text = (
        "Kelty cans\n\nA Fife brewery has agreed to sell 6,000 cans and 200 kegs of beer to a Dublin bar group for "
        "£18,000, it said on Tuesday.\n\nKelty Ales will supply 4,000 cans of lager at £2.50 a can, or £10,000, and "
        "3,000 cans of stout at £4, or £8,000.\n"
    )
    assert not any("6,000" in m for m in _fired(knowledge, text, SUM) + _passed(knowledge, text, SUM))


def test_an_amount_after_a_price_in_another_currency_is_no_worth_en(knowledge):
    text = (
        "Kelty cans\n\nA Fife brewery has agreed to sell 6,000 cans of beer to a Dublin bar group for £18,000, it said "
        "on Tuesday.\n\nKelty Ales will supply its lager at £2.50 a can, or €2.90, and its stout at £4, or €4.70.\n"
    )
    assert_not_checked(knowledge, text, SUM)


def test_a_price_against_a_larger_amount_is_no_worth_en(knowledge):
    text = (
        "Kelty cans\n\nA Fife brewery has agreed to sell 6,000 cans of beer to a Dublin bar group for £18,000, it said "
        "on Tuesday.\n\nLager sells at £2.50 a can, against £9,000 a year ago, and stout at £4, against £10,000.\n"
    )
    assert not _fired(knowledge, text, SUM)


_CUPS_KO = (
    "누리군 찻잔 600점 일본 간다\n\n[누리군=가람일보] 누리군의 도예 공방 흙빛이 일본 교토의 찻집 체인과 찻잔 600점을 "
    "납품하는 계약을 맺었다고 2일 밝혔다. 찻잔은 모두 손으로 빚는다. 계약 금액은 48만 엔으로 한 점에 800엔꼴이다.\n\n"
    "주문 품목은 큰 찻잔 200점과 작은 찻잔 400점이다. 큰 찻잔은 한 점에 1천200엔씩 24만 엔, 작은 찻잔은 600엔씩 "
    "{worth} 엔어치다.\n"
)


@pytest.mark.parametrize("worth,fires", [("24만", False), ("34만", True)])
def test_priced_lines_worths_add_into_the_orders_value_ko(knowledge, worth, fires):
    assert_checked(knowledge, _CUPS_KO.format(worth=worth), SUM, fires)


def test_a_price_then_an_amount_not_per_line_is_no_worth_ko(knowledge):
    # the amount after the price is no larger than it: no line comes to it
    text = (
        "누리군 찻잔\n\n[누리군=가람일보] 누리군의 도예 공방 흙빛이 찻잔 600점을 48만 엔에 수출한다고 2일 밝혔다.\n\n"
        "큰 찻잔은 한 점에 1천200엔씩 900엔, 작은 찻잔은 600엔씩 500엔을 받는다.\n"
    )
    assert not any("48만" in m for m in _passed(knowledge, text, SUM) + _fired(knowledge, text, SUM))


# ---------------------------------------------------------------- the order as the part of a share of a whole after it

_OATCAKES = (
    "Fife oatcakes\n\nA family bakery in Fife has won a £54,000 order to supply oatcakes to a Bergen grocer, it said "
    "on Tuesday.\n\nThe bakery employs 14 people and bakes six days a week.\n\n{share}\n"
)


@pytest.mark.parametrize(
    "share",
    [
        "The contract is worth {p} of last year's turnover of £300,000.",
        "The Norwegian order alone is equal to {p} of the bakery's £300,000 annual turnover.",
        "The deal represents {p} of last year's sales of £300,000.",
        "This order equals about {p} of the firm's turnover of £300,000 last year.",
    ],
)
@pytest.mark.parametrize("p,fires", [("18%", False), ("30%", True)])
def test_the_order_is_the_part_of_a_share_of_a_stated_whole_en(knowledge, share, p, fires):
    assert_checked(knowledge, _OATCAKES.format(share=share.format(p=p)), SHARE, fires)


@pytest.mark.parametrize("p,fires", [("40 per cent", False), ("two-thirds", True)])
def test_the_order_of_counted_things_is_the_part_en(knowledge, p, fires):
    text = (
        "Tarn jars\n\nA Cumbrian jam maker will send 6,000 jars of damson jam to a Lyon delicatessen, it said on "
        f"Monday.\n\nThe fruit comes from 30 farms.\n\nThe French order takes {p} of the 15,000 jars the kitchen "
        "filled last year.\n"
    )
    assert_checked(knowledge, text, SHARE, fires)


def test_a_lead_of_two_amounts_leaves_the_orders_share_unread_en(knowledge):
    text = (
        "Fife oatcakes\n\nA family bakery in Fife has won a £54,000 order to supply oatcakes to a Bergen grocer, "
        "on top of £20,000 of sales in Denmark, it said on Tuesday.\n\nThe contract is worth 30% of last year's "
        "turnover of £300,000.\n"
    )
    assert_not_checked(knowledge, text, SHARE)


def test_a_count_of_another_noun_is_no_part_of_the_orders_share_en(knowledge):
    text = (
        "Tarn jars\n\nA Cumbrian jam maker will send 6,000 jars of damson jam to a Lyon delicatessen, it said on "
        "Monday.\n\nThe French order takes two-thirds of the 15,000 plums the kitchen bought last year.\n"
    )
    assert_not_checked(knowledge, text, SHARE)


@pytest.mark.parametrize("p,fires", [("30 per cent", False), ("45 per cent", True)])
def test_a_second_share_of_the_order_in_a_resumed_clause_en(knowledge, p, fires):
    text = (
        "Tarn jars\n\nA Cumbrian jam maker will send 6,000 jars of damson jam to a Lyon delicatessen in a £24,000 "
        "deal, it said on Monday.\n\nThe fruit comes from 30 farms.\n\nThe French order takes 40 per cent of the "
        f"15,000 jars the kitchen filled last year and is worth {p} of last year's turnover of £80,000.\n"
    )
    messages = _fired(knowledge, text, SHARE) if fires else _passed(knowledge, text, SHARE)
    assert any("£24,000" in m and "£80,000" in m for m in messages), messages


# ---------------------------------------------------------------- Korean: the order as the part of a named whole

_BRUSH_KO = (
    "[누리=가람일보] 누리군의 죽세공 공방 대숲이 싱가포르의 생활용품 체인에 대바구니 2천 개를 9만6천 싱가포르달러(약 "
    "9천600만 원)에 공급하는 계약을 맺었다고 3일 밝혔다.\n\n공방 장인은 다섯 명이다.\n\n공방의 지난해 매출은 "
    "2억4천만 원이었다. {share}\n"
)


@pytest.mark.parametrize(
    "share",
    [
        "이번 계약액은 지난해 매출의 {p}에 해당한다.",
        "이번 싱가포르 계약 금액은 지난해 매출의 {p}에 이른다.",
        "이번 계약 하나가 지난해 매출의 {p} 수준이다.",
    ],
)
@pytest.mark.parametrize("p,fires", [("40%", False), ("55%", True)])
def test_the_order_is_the_part_of_a_named_whole_ko(knowledge, share, p, fires):
    assert_checked(knowledge, _BRUSH_KO.format(share=share.format(p=p)), SHARE, fires)


@pytest.mark.parametrize("p,fires", [("40%", False), ("55%", True)])
def test_the_order_against_a_whole_stated_before_the_share_ko(knowledge, p, fires):
    text = (
        "[누리=가람일보] 누리군의 죽세공 공방 대숲이 싱가포르의 생활용품 체인에 대바구니 2천 개를 "
        "9만6천 싱가포르달러(약 9천600만 원)에 공급하는 계약을 맺었다고 3일 밝혔다.\n\n공방 장인은 다섯 명이다.\n\n"
        f"이번 계약액만 해도 공방의 지난해 매출 2억4천만 원의 {p}에 이른다.\n"
    )
    assert_checked(knowledge, text, SHARE, fires)


def test_a_share_of_another_subject_names_no_order_ko(knowledge):
    # the clause opens on another subject than the order: its share is not read so
    text = _BRUSH_KO.format(share="이번 축제는 지난해 매출의 60%에 해당한다.")
    result = findings(knowledge, document(text), select=[SHARE], show_passed=True)
    assert not any("9600만" in m for m in [f.message for f in result.findings]), result.findings


def test_a_lead_of_two_won_levels_leaves_the_order_unread_ko(knowledge):
    text = (
        "[누리=가람일보] 누리군의 죽세공 공방 대숲이 싱가포르의 생활용품 체인에 대바구니 2천 개를 9천만 원에, 일본에 "
        "바구니 500개를 3천만 원에 공급하는 계약을 맺었다고 3일 밝혔다.\n\n공방의 지난해 매출은 2억 원이었다. 이번 "
        "계약액은 지난해 매출의 60%에 해당한다.\n"
    )
    result = findings(knowledge, document(text), select=[SHARE], show_passed=True)
    assert not result.findings, [f.message for f in result.findings]


@pytest.mark.parametrize("last,fires", [("600", False), ("900", True)])
def test_bare_parts_after_a_part_drawn_from_them_en(knowledge, last, fires):
    text = (
        "Harrow bats\n\nA Sussex workshop will make 2,000 cricket bats for a Dublin club chain, it said on Monday.\n\n"
        f"Junior bats account for 1,400 of them and full-size bats for {last}.\n"
    )
    assert_checked(knowledge, text, SUM, fires)
