"""Korean per-unit averages (twenty-fifth session, lane avg_ko), each a rule for a construction:
- a sales amount stated as the price just given applied to the crop (`산지 평균 가격은 ㎏당 800원 … 이 가격을 적용한
  올해 조수익은 32억원`: `[link.price_applied_before]`) is the sales of the lead's measure at that price: the words
  saying so are no qualifier naming a part of the crop (checker/link/per_unit_apart.py); `조수익`, like `조수입`,
  names the crop's sales (`[link.sales_value_nouns]`);
- one of a unit of measure as the genitive of a price (`배 1㎏의 산지 평균 가격은 4,000원`: `[link.per_one_measure_of]`)
  marks the price per that unit, as `㎏당` does, and `산지 평균 가격` names the sales price as `평균 산지 가격` does
  (`[link.sales_price_nouns]`): the price is the sales beside it over the lead's measure
  (checker/link/per_unit_apart.py);
- an amount given out to each of the count right before it, the dative between and `씩` after it (`농가 250곳에
  (농가당) 200만원씩 모두 5억원`, `청년 250명에게 200만원씩`: `[link.recipient_dative_after]`,
  `[link.per_unit_distributive_after]`), is the sentence's total (marked as one) over that count
  (checker/link/per_unit.py); an amount per a period (`매달 20만원씩`) is not;
- a count per one of a place written with its noun (`센터 한 곳당 300명꼴`) is over a count of another classifier
  whose noun after it that word heads (`관내 12개 노인복지센터에`: a Korean compound names a kind of its last noun;
  checker/link/counts_per_unit.py), and restates the count stated with those units past one sentence stating only
  comparisons of them (`1년 전(3,200명)보다 400명 늘었다`);
- one unit as a clause's subject that sold an amount's worth (`매장 한 곳이 평균 2억원어치를 판 셈이다`:
  `[link.sold_worth_after]`) restates the sentence before's amount when that amount is named as sales (`매장 매출은
  500억원`), as a name repeated in its sentence would say (checker/link/per_unit_apart.py);
- people another verb acts on before an amount that is given out (`장학생 800명을 뽑아 장학금 12억원을 지급한다`:
  `[link.amount_given_after]`) are those it is given to: a bare amount per person opening the next sentence (`1인당
  평균 150만원꼴이다`) is that amount over them (checker/link/partners.py); people put to work on an amount not given
  out (`직원 800명을 투입해 세금 12억원을 감면했다`) are not.

Near-misses, none linked: an amount at another price applied (`수출 가격을 적용한 조수익`), a part's; a price of one
unit named as another price (`1㎏의 소비자 평균 가격`); an amount distributed per month (`250명에게 매달 20만원씩`) or
after a count joined by no dative (`250명과 200만원씩`); a count of places whose noun is headed by another word
(`12개 노인복지관`); a count per place past a sentence stating a figure of its own (`이 가운데 여성은 2,000명이다`);
the worth a unit sold after an amount named as a spend (`광고비는 500억원`); an amount per person after people
acted on before an amount not given out.

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

import pytest
from test_frames import assert_checked, assert_not_checked

# ---------------------------------------------------------------- `이 가격을 적용한 조수익은 N원`

_CABBAGE = (
    "가람군 배추 4,000톤 출하\n\n"
    "가람군은 올해 배추 출하량이 4,000톤이라고 밝혔다. 산지 평균 가격은 ㎏당 800원으로 지난해보다 낮다. "
    "{applied} 올해 조수익은 {amount}으로 추산된다."
)


@pytest.mark.parametrize("amount,fires", [("32억원", False), ("40억원", True)])
def test_an_amount_at_the_price_applied_is_the_sales_of_the_lead_measure(knowledge, amount, fires):
    text = _CABBAGE.format(applied="이 가격을 적용한", amount=amount)
    assert_checked(knowledge, text, "F317", fires)


def test_an_amount_at_another_price_applied_is_not_read_so(knowledge):
    assert_not_checked(knowledge, _CABBAGE.format(applied="수출 가격을 적용한", amount="40억원"), "F317")


# ---------------------------------------------------------------- `1㎏의 산지 평균 가격은 N원`

_PEARS = (
    "나래군 배 2,500톤 수확\n\n"
    "나래군은 올해 배 수확량이 2,500톤이라고 밝혔다. 배 1㎏의 {price} 가격은 {each}으로 지난해보다 올랐다. "
    "판매액은 100억원으로 추산된다."
)


@pytest.mark.parametrize("each,fires", [("4,000원", False), ("5,000원", True)])
def test_a_price_of_one_unit_of_measure_in_the_genitive_is_per_that_unit(knowledge, each, fires):
    assert_checked(knowledge, _PEARS.format(price="산지 평균", each=each), "F317", fires)


def test_a_genitive_price_of_another_kind_is_not_read_so(knowledge):
    assert_not_checked(knowledge, _PEARS.format(price="소비자 평균", each="5,000원"), "F317")


# ---------------------------------------------------------------- `N곳에 (…당) M원씩 모두 T원`

_RELIEF = "가온시는 피해 {units}에 {each}씩 모두 5억원의 복구비를 주기로 했다."


@pytest.mark.parametrize(
    "units,each,fires",
    [
        ("농가 250곳", "농가당 200만원", False),
        ("농가 250곳", "농가당 300만원", True),
        ("주민 250명", "200만원", False),
        ("주민 250명", "250만원", True),
    ],
)
def test_an_amount_given_to_each_of_a_count_is_the_total_over_it(knowledge, units, each, fires):
    assert_checked(knowledge, _RELIEF.format(units=units, each=each), "F317", fires)


@pytest.mark.parametrize(
    "text",
    [
        "가온시는 청년 250명에게 매달 20만원씩 모두 6억원을 지급한다.",
        "가온시는 청년 250명과 200만원씩 모두 6억원을 나눴다.",
    ],
)
def test_an_amount_per_a_period_or_with_no_dative_is_not_per_the_count(knowledge, text):
    assert_not_checked(knowledge, text, "F317")


# ---------------------------------------------------------------- `N개 X센터에 … 센터 한 곳당 M명꼴`

_CENTRES = (
    "가온시는 관내 12개 {place}에 등록된 노인이 3,600명으로 집계됐다고 밝혔다. {between}센터 한 곳당 {each}꼴이다."
)
_COMPARED = "1년 전(3,200명)보다 400명(12.5%) 늘었다. "


@pytest.mark.parametrize(
    "between,each,fires",
    [("", "300명", False), ("", "400명", True), (_COMPARED, "300명", False), (_COMPARED, "400명", True)],
)
def test_a_count_per_place_is_over_the_places_its_noun_heads(knowledge, between, each, fires):
    text = _CENTRES.format(place="노인복지센터", between=between, each=each)
    assert_checked(knowledge, text, "F317", fires)


@pytest.mark.parametrize(
    "place,between",
    [("노인복지관", ""), ("노인복지센터", "이 가운데 여성은 2,000명이다. ")],
)
def test_a_count_per_place_of_another_head_or_past_a_figure_is_not_read(knowledge, place, between):
    assert_not_checked(knowledge, _CENTRES.format(place=place, between=between, each="400명"), "F317")


# ---------------------------------------------------------------- `매장 한 곳이 평균 N원어치를 판 셈이다`

_BAKERY = (
    "한솔베이커리의 해외 매장이 지난해 말 250곳으로 늘었다. 지난해 해외 매장 {name}은 500억원이었다. "
    "매장 한 곳이 평균 {each}어치를 판 셈이다."
)


@pytest.mark.parametrize("each,fires", [("2억원", False), ("3억원", True)])
def test_the_worth_a_unit_sold_restates_the_sales_before(knowledge, each, fires):
    assert_checked(knowledge, _BAKERY.format(name="매출", each=each), "F317", fires)


def test_the_worth_a_unit_sold_is_no_share_of_a_spend(knowledge):
    assert_not_checked(knowledge, _BAKERY.format(name="광고비", each="3억원"), "F317")


# ---------------------------------------------------------------- `N명을 뽑아 M원을 지급한다. 1인당 평균 …꼴이다`

_GRANTS = "나래재단은 장학생 800명을 뽑아 장학금 12억원을 지급한다. 1인당 평균 {each}꼴이다."


@pytest.mark.parametrize("each,fires", [("150만원", False), ("200만원", True)])
def test_an_amount_given_out_is_over_the_people_acted_on_before_it(knowledge, each, fires):
    assert_checked(knowledge, _GRANTS.format(each=each), "F317", fires)


def test_an_amount_not_given_out_is_not_over_the_people_put_to_work(knowledge):
    text = "나래시는 직원 800명을 투입해 세금 12억원을 감면했다. 1인당 평균 200만원꼴이다."
    assert_not_checked(knowledge, text, "F317")
