"""Korean ratios (thirty-fifth session, lane `ratio-ko`): a price per one unit of measure over the article's
quantity and the amount it fetched, each stated apart.

- A price per a unit of measure (`㎏당 평균 N원`, `㎥당 N원에 팔아`) is the lead's one quantity of that
  dimension divided into the amount named as the goods' sales (`판매액`, `위판 금액`): the amount its own clause
  restates, the one its sentence states after it, the nearest its paragraph states before it, or the lead's
  (checker/link/prices_per_measure_ko.py). Its earlier level divides the two earlier levels (per_unit_priors.py).
- Vetoes: a price its sentence tells of an earlier time (`지난 시즌 ㎏당 가격은`: `[link.price_of_an_earlier_time]`),
  a quantity of the dimension in its own sentence (`10㎏ 한 상자에 … ㎏당`), another quantity in its paragraph or,
  for a total its own clause restates, anywhere past the lead (`수출 물량은 N톤 … 수출액은 M원으로 ㎏당`), a part
  named with the genitive (`특상품의 ㎏당`), an amount not named as sales (a budget or a cost).
- A price named as another price between its mark and the figure (`㎏당 평균 소매 가격은`, `가공비는`) is none of the
  sales, unless its sentence says the amount is that price applied (`도매가격 N원을 적용한 금액이다`).
- One of a unit the headline counts (`관광객 한 명이`), the count stated in the title with or without its noun, shares
  out the amount the sentences just before state when its clause closes saying it is a division (`3만원씩 쓴 셈이다`:
  `[link.per_one_unit_bare_close]`, checker/link/per_one_unit_apart_ko.py).

Every sentence is written for this file, with invented places, names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import alarm_rules
from test_frames import assert_checked, assert_not_checked

PER_UNIT = "F317"

_HARVEST = (
    "가람군 사과 3천200톤 수확\n\n"
    "가람군은 올해 사과 생산량이 3천200톤으로 지난해(2천900톤)보다 10.3% 늘었다고 4일 밝혔다.\n\n"
    "작목반은 모두 14곳이 참여했다. 수확은 9월 초 시작해 10월 말 끝났다.\n\n"
)


@pytest.mark.parametrize("price,fires", [("4천", False), ("7천", True)])
def test_a_price_per_kilogram_divides_the_paragraphs_sales_by_the_leads_quantity(knowledge, price, fires):
    text = _HARVEST + f"농가 판매액은 약 128억원으로 집계됐다. ㎏당 평균 {price}원에 팔린 셈이다."
    assert_checked(knowledge, text, PER_UNIT, fires)


@pytest.mark.parametrize("price,fires", [("4천", False), ("7천", True)])
def test_a_price_per_kilogram_takes_the_leads_sales(knowledge, price, fires):
    text = (
        "나래군 대게 210톤 위판\n\n"
        "나래군은 올겨울 대게 210톤이 위판돼 위판 금액이 8억4천만원이라고 2일 밝혔다.\n\n"
        "어선은 모두 31척이 조업했다. 금어기를 지킨 효과라고 군은 설명했다.\n\n"
        f"위판 가격은 ㎏당 평균 {price}원으로 지난해(3천600원)보다 올랐다."
    )
    assert_checked(knowledge, text, PER_UNIT, fires)


def test_a_price_of_an_earlier_season_is_no_share_of_this_years_quantity(knowledge):
    text = _HARVEST + "농가 판매액은 약 128억원으로 집계됐다. 지난 시즌 ㎏당 가격은 6천원꼴이었다."
    assert_not_checked(knowledge, text, PER_UNIT)


def test_a_box_of_its_own_sentence_is_no_count_of_the_leads_quantity(knowledge):
    text = _HARVEST + "판매액은 모두 192억원이다. 10㎏ 한 상자가 5만원으로, ㎏당 5천원꼴이다."
    assert PER_UNIT not in alarm_rules(knowledge, text)


def test_an_exported_quantity_is_the_count_of_the_export_sales_not_the_leads(knowledge):
    text = _HARVEST + "수출 물량은 400톤이었다.\n\n수출액은 24억원으로, ㎏당 6천원에 팔린 셈이다."
    assert PER_UNIT not in alarm_rules(knowledge, text)


def test_a_budget_is_no_sales_of_the_harvest(knowledge):
    text = _HARVEST + "군은 올해 사업비로 96억원을 썼다. ㎏당 2천원꼴이다."
    assert_not_checked(knowledge, text, PER_UNIT)


def test_a_grades_price_is_no_price_of_the_whole(knowledge):
    text = _HARVEST + "농가 판매액은 약 128억원이다. 특상품의 ㎏당 가격은 9천원꼴이다."
    assert PER_UNIT not in alarm_rules(knowledge, text)


# ---------------------------------------------------------------- one of a unit the headline counts, `… 셈이다`

_FESTIVAL = (
    "바람군 연꽃축제 닷새간 5만 명\n\n"
    "바람군은 지난주 닷새 동안 열린 연꽃축제에 관광객 5만 명이 다녀갔다고 3일 밝혔다.\n\n"
    "주차장 두 곳을 새로 열었고 셔틀버스도 늘렸다.\n\n"
)


@pytest.mark.parametrize("each,fires", [("3만", False), ("5만", True)])
def test_one_of_the_headlines_count_spending_a_share_of_the_sales_just_stated(knowledge, each, fires):
    text = _FESTIVAL + f"축제장 상가의 매출은 15억 원으로 추산됐다. 관광객 한 명이 {each} 원씩 쓰고 간 셈이다."
    assert_checked(knowledge, text, PER_UNIT, fires)


def test_one_visitors_own_spending_is_no_share_of_the_sales(knowledge):
    text = _FESTIVAL + "축제장 상가의 매출은 15억 원으로 추산됐다. 관광객 한 명이 5만 원을 더 냈다."
    assert_not_checked(knowledge, text, PER_UNIT)


@pytest.mark.parametrize("price,fires", [("4천", False), ("7천", True)])
def test_another_price_the_sentence_says_was_applied_makes_the_sales(knowledge, price, fires):
    text = _HARVEST + f"농가 판매액은 약 128억원으로 추산됐다. ㎏당 평균 도매가격 {price}원을 적용한 금액이다."
    assert_checked(knowledge, text, PER_UNIT, fires)


@pytest.mark.parametrize("named", ["소매 가격은 9천원으로 올랐다", "가공비는 900원으로 추산된다"])
def test_a_price_of_something_else_is_no_share_of_the_sales(knowledge, named):
    text = _HARVEST + f"농가 판매액은 약 128억원으로 집계됐다. ㎏당 평균 {named}."
    assert_not_checked(knowledge, text, PER_UNIT)
