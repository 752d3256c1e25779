"""Korean figures per unit (twenty-sixth session, lane unit-ko), each a rule for a construction:
- an amount distributed one by one stated BEFORE the count it is given to (`3,500만 원씩 마을 쉼터 18곳에 …`,
  `곳당 최대 3,500만 원씩, 18곳에 …`, `학업장려금 80만 원씩 고교생 45명에게 …`): the count right after, at most two
  words between and the dative after the count (`[link.recipient_dative_after]`,
  `[link.per_unit_distributive_after]`), is the count the sentence's total (marked as one) is over, as it is when the
  count comes first (checker/link/per_unit.py);
- a price per a unit of measure written as one sign (`㎏당 3,350원`) is a price of that unit as `kg당` is, and values
  the measure bought at it in what the buyer pays (`수매 금액은`, `수매액은`, `수매 대금은`:
  `[link.units_value_before]`), the price, measure and total in one sentence or the total in a later one; a figure
  in brackets after the total (`2년 전(5억 원)보다 많다`) is an aside, no second total; the one measure stated
  from the price on, before a total in a later sentence (`… 이 가운데 148톤을 먼저 사들인다. 수매 대금은 …`), is the one
  valued, not the article's lead measure (the crop's whole harvest) (checker/link/unit_prices.py);
- an amount per a noun (`상점당 평균 400만 원꼴이다`, `… 번 셈이다`) whose sentence states the count that noun names
  (`참여 상점은 240곳으로`) and ends restating an amount per unit (`[link.per_unit_restating_endings]`) is the one
  amount of the sentence just before (`야시장 매출은 9억 6천만 원이었다`) over that count
  (checker/link/per_unit_apart.py);
- a mark per the last noun of a compound the article counts (`야영시설은 38곳` … `시설당 1,500만 원꼴`) is a per-unit
  mark of that count, as the whole compound's would be: a Korean compound names a kind of its last noun
  (checker/link/per_unit_apart.py);
- the worth each of a count beside it sold (`농가가 90곳이어서 농가당 1,500만 원어치를 판 셈이다`:
  `[link.sold_worth_after]`) is the article's lead amount over that count when the lead's clause names it as sales
  (`복숭아 판매액이 올해 13억 5,000만 원으로`: `[link.sales_value_nouns]`) (checker/link/per_unit_apart.py).

Near-misses, none linked: an amount distributed per month (`매달 25만 원씩 어르신 40명에게`), an amount followed by a
count joined by no dative (`80만 원씩 고교생 45명과`), an amount whose clause ends before the count (`…씩 줄었고,
나머지 31곳에`); a budget after a price per ㎏ (`수매 예산은`); a total beside another figure of its currency that is
no bracketed aside (`포장비 5억 원이 더 든다`); an amount per a counted noun in a sentence ending in no restatement
(`상점당 평균 500만 원을 냈다`), after a sentence of two amounts, or two sentences after the amount; a mark per a
noun that ends no counted compound (`설비당`); the worth each of a count bought (`…어치를 샀다`), or sold after a lead
amount named as a budget (`지원 예산이`).

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

import pytest
from test_frames import assert_checked, assert_not_checked

# ---------------------------------------------------------------- `N원씩 (명사) M곳에 모두 T원`


@pytest.mark.parametrize(
    "text",
    [
        "해울군이 3,500만 원씩 마을 쉼터 18곳에 지원한 돈은 모두 {total}이다.",
        "올해 해울군은 신축비 3,500만 원씩 마을 쉼터 18곳에 총 {total}을 들였다.",
    ],
)
@pytest.mark.parametrize("total,fires", [("6억 3,000만 원", False), ("7억 3,000만 원", True)])
def test_an_amount_each_before_the_count_given_to_is_the_total_over_it(knowledge, text, total, fires):
    assert_checked(knowledge, text.format(total=total), "F317", fires)


@pytest.mark.parametrize("total,fires", [("5억 3,000만 원", False), ("7억 3,000만 원", True)])
def test_an_amount_at_most_each_before_the_count_bounds_the_total_over_it(knowledge, total, fires):
    text = f"쉼터를 새로 짓는 마을에는 곳당 최대 3,500만 원씩, 18곳에 모두 {total}이 돌아간다."
    assert_checked(knowledge, text, "F317", fires)


@pytest.mark.parametrize("total,fires", [("3,600만 원", False), ("4,600만 원", True)])
def test_an_amount_each_before_people_given_to_is_the_total_over_them(knowledge, total, fires):
    text = f"한빛장학회가 학업장려금 80만 원씩 고교생 45명에게 나눠 준 돈은 총 {total}이다."
    assert_checked(knowledge, text, "F317", fires)


@pytest.mark.parametrize(
    "text",
    [
        "해울군은 매달 25만 원씩 어르신 40명에게 모두 1억 2,000만 원을 드린다.",
        "한빛장학회 임원들은 80만 원씩 고교생 45명과 함께 총 4,600만 원을 모았다.",
        "빵집 4곳은 이익이 900만 원씩 줄었고, 나머지 31곳에 모두 5억 원이 지원됐다.",
    ],
)
def test_an_amount_each_not_given_to_the_count_after_is_not_read_so(knowledge, text):
    assert_not_checked(knowledge, text, "F317")


# ---------------------------------------------------------------- `㎏당 N원 … M톤 … 수매 금액은 T원`


@pytest.mark.parametrize(
    "text",
    [
        # the price and the measure in one sentence, the total in the next
        "조합이 매긴 콩 값은 ㎏당 3,350원이고, 올해 사들일 물량은 148톤이다. 수매 금액은 {total}이다.",
        # the total with a bracketed aside after it
        "조합은 콩 148톤을 ㎏당 3,350원에 사들인다. 수매 금액은 {total}으로 2년 전(5억 원)보다 많다.",
        # the price alone, then the measure and the total, an aside after it
        "콩 값은 ㎏당 3,350원으로 매겨졌다. "
        "조합이 콩 148톤을 사들이면서 수매 대금은 {total}으로, 재작년 실적(5억 원)보다 크다.",
    ],
)
@pytest.mark.parametrize("total,fires", [("4억 9,580만 원", False), ("5억 9,580만 원", True)])
def test_a_price_per_a_unit_symbol_values_the_measure_bought_at_it(knowledge, text, total, fires):
    assert_checked(knowledge, text.format(total=total), "F317", fires)


@pytest.mark.parametrize("total,fires", [("4억 9,580만 원", False), ("5억 9,580만 원", True)])
def test_a_price_per_a_unit_symbol_in_the_sentence_of_its_total(knowledge, total, fires):
    text = f"콩 148톤을 사들일 때 ㎏당 3,350원을 쳐 주므로 수매액은 모두 {total}이다."
    assert_checked(knowledge, text, "F317", fires)


@pytest.mark.parametrize(
    "text",
    [
        # a budget is no value of the measure at the price
        "조합은 콩 148톤을 ㎏당 3,350원에 사들인다. 수매 예산은 5억 9,580만 원이다.",
        # another figure of the currency, no bracketed aside, in the total's sentence: which is valued, not said
        "콩 값은 ㎏당 3,350원으로 매겨졌다. 조합이 콩 148톤을 사들이면 수매액은 5억 9,580만 원이고 포장비 5억 원이 "
        "더 든다.",
    ],
)
def test_a_price_per_a_unit_symbol_values_no_other_amount(knowledge, text):
    assert_not_checked(knowledge, text, "F317")


# ---------------------------------------------------------------- the measure bought at the price, not the crop's


@pytest.mark.parametrize("total,fires", [("4억 9,580만 원", False), ("5억 9,580만 원", True)])
def test_the_measure_stated_after_the_price_is_the_one_bought_at_it(knowledge, total, fires):
    text = (
        "한울읍 콩 생산량이 올해 590톤에 이르렀다.\n\n"
        "조합은 ㎏당 3,350원을 주고 이 가운데 148톤을 먼저 사들인다. "
        f"수매 대금은 {total}으로, 지난해 실적(5억 원)보다 많다."
    )
    assert_checked(knowledge, text, "F317", fires)


# ---------------------------------------------------------------- `명사는 N곳으로 명사당 평균 X꼴이다` after its total

_STALLS = "올해 야시장 매출은 9억 6천만 원이었다. 참여 상점은 240곳으로 {per}."


@pytest.mark.parametrize("per", ["상점당 평균 {x}꼴이다", "상점당 {x}을 번 셈이다"])
@pytest.mark.parametrize("x,fires", [("400만 원", False), ("500만 원", True)])
def test_an_amount_per_a_noun_counted_beside_it_restates_the_sentence_before(knowledge, per, x, fires):
    assert_checked(knowledge, _STALLS.format(per=per.format(x=x)), "F317", fires)


@pytest.mark.parametrize(
    "text",
    [
        # no ending restating the amount per unit: an amount each paid, not the sales over them
        "올해 야시장 매출은 9억 6천만 원이었다. 참여 상점은 240곳으로 상점당 평균 500만 원을 냈다.",
        # two amounts in the sentence before: which is restated, not said
        "올해 야시장 매출은 9억 6천만 원, 홍보비는 2억 원이었다. 참여 상점은 240곳으로 상점당 평균 500만 원꼴이다.",
        # the amount two sentences back
        "올해 야시장 매출은 9억 6천만 원이었다. 방문객은 크게 늘었다. "
        "참여 상점은 240곳으로 상점당 평균 500만 원꼴이다.",
    ],
)
def test_an_amount_per_a_noun_counted_beside_it_restates_no_other_amount(knowledge, text):
    assert_not_checked(knowledge, text, "F317")


# ---------------------------------------------------------------- `야영시설은 N곳 … 시설당 X꼴`: a compound's last noun


@pytest.mark.parametrize(
    "text",
    [
        "야영시설은 38곳이다. 올해 운영비는 5억 7천만 원으로 시설당 {x}꼴이다.",
        "올해 이용료 수입은 5억 7천만 원이었다. 야영시설은 38곳으로 시설당 평균 {x}꼴이다.",
    ],
)
@pytest.mark.parametrize("x,fires", [("1,500만 원", False), ("1,800만 원", True)])
def test_an_amount_per_the_last_noun_of_a_counted_compound(knowledge, text, x, fires):
    assert_checked(knowledge, text.format(x=x), "F317", fires)


def test_an_amount_per_a_noun_no_counted_compound_ends_in_is_not_read_so(knowledge):
    text = "야영시설은 38곳이다. 올해 운영비는 5억 7천만 원으로 설비당 1,800만 원꼴이다."
    assert_not_checked(knowledge, text, "F317")


# ---------------------------------------------------------------- `명사가 N곳이어서 명사당 X원어치를 판 셈이다`

_PEACHES = "한들면 복숭아 판매액이 올해 13억 5,000만 원으로 늘었다.\n\n"


@pytest.mark.parametrize(
    "sold",
    [
        "직판장에 참여한 농가가 90곳이어서 농가당 {x}어치를 판 셈이다.",
        "직판장에 참여한 농가는 90곳, 농가당 평균 {x}어치를 팔았다.",
    ],
)
@pytest.mark.parametrize("x,fires", [("1,500만 원", False), ("1,900만 원", True)])
def test_the_worth_each_of_a_count_sold_is_the_lead_sales_over_it(knowledge, sold, x, fires):
    assert_checked(knowledge, _PEACHES + sold.format(x=x), "F317", fires)


@pytest.mark.parametrize(
    "text",
    [
        # bought, not sold: no share of the sales
        _PEACHES + "직판장에 참여한 농가가 90곳이어서 농가당 1,900만 원어치를 산 셈이다.",
        # a lead amount named as a budget, no sales
        "한들면 복숭아 농가 지원 예산이 올해 13억 5,000만 원으로 늘었다.\n\n"
        "직판장에 참여한 농가가 90곳이어서 농가당 1,900만 원어치를 판 셈이다.",
    ],
)
def test_the_worth_each_sold_is_of_no_lead_amount_but_sales(knowledge, text):
    assert_not_checked(knowledge, text, "F317")


@pytest.mark.parametrize("x,fires", [("1,500만 원", False), ("1,900만 원", True)])
def test_the_worth_each_sold_is_of_the_lead_sales_past_a_sentence_between(knowledge, x, fires):
    text = (
        "올해 한들면 복숭아 농가들이 올린 판매액은 13억 5,000만 원이다. 직판장 물량은 400톤이었다.\n\n"
        f"직판장에 참여한 농가가 90곳이어서 농가당 {x}어치를 판 셈이다."
    )
    assert_checked(knowledge, text, "F317", fires)
