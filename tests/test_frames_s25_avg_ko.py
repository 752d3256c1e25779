"""Korean per-unit averages (twenty-fifth session, lane avg_ko), each a rule for a construction:
- a sales amount stated as the price just given applied to the crop (`㎏당 평균 산지 가격은 500원 … 이 가격을 적용하면
  양배추 조수익은 30억원`: `[link.price_applied_before]`) is the sales of the lead's measure at that price: the words
  saying so are no qualifier naming a part of the crop (checker/link/per_unit_apart.py); `조수익`, like `조수입`,
  names the crop's sales (`[link.sales_value_nouns]`);
- one of a unit of measure as the genitive of a price (`블루베리 1㎏의 출하 평균 가격은 12,000원`:
  `[link.per_one_measure_of]`) marks the price per that unit, as `㎏당` does, and `산지 평균 가격` names the sales
  price as `평균 산지 가격` does (`[link.sales_price_nouns]`): the price is the sales beside it over the lead's measure
  (checker/link/per_unit_apart.py);
- an amount given out to each of the count right before it, the dative between and `씩` after it (`상가 80곳에
  (상가당) 300만원씩 모두 2억4,000만원`, `청년 400명에게 150만원씩`: `[link.recipient_dative_after]`,
  `[link.per_unit_distributive_after]`), is the sentence's total (marked as one) over that count
  (checker/link/per_unit.py); an amount per a period (`매달 15만원씩`) is not;
- a count per one of a place written with its noun (`대여소 한 곳당 300대꼴`) is over a count of another classifier
  whose noun after it that word heads (`관내 15개 자전거대여소에`: a Korean compound names a kind of its last noun;
  checker/link/counts_per_unit.py), and restates the count stated with those units past one sentence stating only
  comparisons of them (`1년 전(4,000대)보다 500대 늘었다`);
- one unit as a clause's subject that sold an amount's worth (`트럭 한 대가 한 해에 평균 3,000만원어치를 판 셈이다`:
  `[link.sold_worth_after]`) restates the sentence before's amount when that amount is named as sales (`트럭 매출은
  24억원`), as a name repeated in its sentence would say (checker/link/per_unit_apart.py);
- people another verb acts on before an amount that is given out (`신입생 600명을 골라 축하금 3억원을 나눠 준다`:
  `[link.amount_given_after]`) are those it is given to: a bare amount per person opening the next sentence (`1인당
  평균 50만원꼴이다`) is that amount over them (checker/link/partners.py); people put to work on an amount not given
  out (`공무원 600명을 투입해 과태료 3억원을 감면했다`) are not.

Near-misses, none linked: an amount at another price applied (`수출 가격을 적용하면 … 조수익`), a part's; a price of one
unit named as another price (`1㎏의 소비자 평균 가격`); an amount distributed per month (`400명에게 매달 15만원씩`) or
after a count joined by no dative (`400명과 150만원씩`); a count of places whose noun is headed by another word
(`15개 무인보관함`); a count per place past a sentence stating a figure of its own (`이 가운데 전기자전거는
1,800대이다`); the worth a unit sold after an amount named as a spend (`광고비는 36억원`); an amount per person after
people acted on before an amount not given out.

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

import pytest
from test_frames import assert_checked, assert_not_checked

# ---------------------------------------------------------------- `이 가격을 적용한 조수익은 N원`

_CABBAGES = (
    "다온군 양배추 6,000톤 출하\n\n"
    "다온군은 올해 양배추 6,000톤을 출하했다고 전했다. ㎏당 평균 산지 가격은 500원으로 예년 수준이다. "
    "{applied} 양배추 조수익은 {amount}에 이른다."
)


@pytest.mark.parametrize("amount,fires", [("30억원", False), ("36억원", True)])
def test_an_amount_at_the_price_applied_is_the_sales_of_the_lead_measure(knowledge, amount, fires):
    text = _CABBAGES.format(applied="이 가격을 적용하면", amount=amount)
    assert_checked(knowledge, text, "F317", fires)


def test_an_amount_at_another_price_applied_is_not_read_so(knowledge):
    assert_not_checked(knowledge, _CABBAGES.format(applied="수출 가격을 적용하면", amount="36억원"), "F317")


# ---------------------------------------------------------------- `1㎏의 출하 평균 가격은 N원`

_BERRIES = (
    "다온군 블루베리 500톤 수확\n\n"
    "다온군은 올해 블루베리 500톤을 땄다고 전했다. 블루베리 1㎏의 {price} 가격은 {each}이다. "
    "출하액은 60억원에 이른다."
)


@pytest.mark.parametrize("each,fires", [("12,000원", False), ("15,000원", True)])
def test_a_price_of_one_unit_of_measure_in_the_genitive_is_per_that_unit(knowledge, each, fires):
    assert_checked(knowledge, _BERRIES.format(price="출하 평균", each=each), "F317", fires)


def test_a_genitive_price_of_another_kind_is_not_read_so(knowledge):
    assert_not_checked(knowledge, _BERRIES.format(price="소비자 평균", each="15,000원"), "F317")


# ---------------------------------------------------------------- `N곳에 (…당) M원씩 모두 T원`

_RELIEF = "나루시는 강풍에 간판이 떨어진 {units}에 {each}씩 모두 2억4,000만원을 긴급 지원하기로 했다."


@pytest.mark.parametrize(
    "units,each,fires",
    [
        ("상가 80곳", "상가당 300만원", False),
        ("상가 80곳", "상가당 350만원", True),
        ("상인 80명", "300만원", False),
        ("상인 80명", "350만원", True),
    ],
)
def test_an_amount_given_to_each_of_a_count_is_the_total_over_it(knowledge, units, each, fires):
    assert_checked(knowledge, _RELIEF.format(units=units, each=each), "F317", fires)


@pytest.mark.parametrize(
    "text",
    [
        "나루시는 청년 400명에게 매달 15만원씩 모두 7억2,000만원을 지급한다.",
        "나루시는 청년 400명과 150만원씩 모두 6억원을 나눴다.",
    ],
)
def test_an_amount_per_a_period_or_with_no_dative_is_not_per_the_count(knowledge, text):
    assert_not_checked(knowledge, text, "F317")


# ---------------------------------------------------------------- `N개 X대여소에 … 대여소 한 곳당 M대꼴`

_RENTALS = "나루시 관내 15개 {place}에 배치된 공공자전거는 올해 4,500대이다. {between}대여소 한 곳당 {each}꼴이다."
_COMPARED = "1년 전(4,000대)보다 500대(12.5%) 늘었다. "


@pytest.mark.parametrize(
    "between,each,fires",
    [("", "300대", False), ("", "400대", True), (_COMPARED, "300대", False), (_COMPARED, "400대", True)],
)
def test_a_count_per_place_is_over_the_places_its_noun_heads(knowledge, between, each, fires):
    text = _RENTALS.format(place="자전거대여소", between=between, each=each)
    assert_checked(knowledge, text, "F317", fires)


@pytest.mark.parametrize(
    "place,between",
    [("무인보관함", ""), ("자전거대여소", "이 가운데 전기자전거는 1,800대이다. ")],
)
def test_a_count_per_place_of_another_head_or_past_a_figure_is_not_read(knowledge, place, between):
    assert_not_checked(knowledge, _RENTALS.format(place=place, between=between, each="400대"), "F317")


# ---------------------------------------------------------------- `트럭 한 대가 한 해에 평균 N원어치를 판 셈이다`

_VENDING = (
    "커피 트럭 브랜드 누리카는 올봄 운영 트럭이 80대라고 전했다. 작년 트럭 {name}은 24억원으로 집계됐다. "
    "트럭 한 대가 한 해에 평균 {each}어치를 판 셈이다."
)


@pytest.mark.parametrize("each,fires", [("3,000만원", False), ("4,000만원", True)])
def test_the_worth_a_unit_sold_restates_the_sales_before(knowledge, each, fires):
    assert_checked(knowledge, _VENDING.format(name="매출", each=each), "F317", fires)


def test_the_worth_a_unit_sold_is_no_share_of_a_spend(knowledge):
    assert_not_checked(knowledge, _VENDING.format(name="광고비", each="4,000만원"), "F317")


# ---------------------------------------------------------------- `N명을 골라 M원을 나눠 준다. 1인당 평균 …꼴이다`

_GIFTS = "소담장학재단은 올해 대학 신입생 600명을 골라 입학 축하금 3억원을 나눠 준다. 1인당 평균 {each}꼴이다."


@pytest.mark.parametrize("each,fires", [("50만원", False), ("70만원", True)])
def test_an_amount_given_out_is_over_the_people_acted_on_before_it(knowledge, each, fires):
    assert_checked(knowledge, _GIFTS.format(each=each), "F317", fires)


def test_an_amount_not_given_out_is_not_over_the_people_put_to_work(knowledge):
    text = "소담시는 공무원 600명을 투입해 과태료 3억원을 감면했다. 1인당 평균 70만원꼴이다."
    assert_not_checked(knowledge, text, "F317")
