"""Korean ratios on copy never seen (forty-fifth session, lane `ratio_ko`).

- A price per a unit of measure that its own sentence applies by a verb of selling, buying or paying (`㎏당 5천 원에
  팔아`, `톤당 2천 원에 사들여`, `㎏당 1만 원을 치러`) or takes as the rate a quantity is counted at (`톤당 1천 원으로
  치면`) values the total after it in that sentence: the quantity is the nearest whole measure of its dimension stated
  before the price, in its sentence or the one before (`쌀 4톤이 필요하다. 이 쌀을 …`), never a measure one unit
  takes (`한 병에 쌀 200g이`), a measure each of a count takes (`3톤씩`) or a rate (`하루 2만㎥`)
  (checker/link/unit_prices.py, `[link.units_value_after_price]`).
- Words applying the price of the sentence before (`이 값이면`, `이 가격이 유지되면`) make the total after them the
  value of the article's quantity at that price (`[link.units_value_before]`).

Every sentence is written for this file, with invented places, names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import assert_checked, assert_not_linked

PER_UNIT = "F317"
_TITLE = "가람군 소식\n\n"


def _checked(knowledge, text: str, fires: bool) -> None:
    assert_checked(knowledge, text, PER_UNIT, fires)


# ---------------------------------------------------------------- a price applied by a verb in its sentence

_SOLD_AT = [
    # (the quantity in the price's own sentence)
    _TITLE + "조합은 올해 곶감 84톤을 ㎏당 5천 원에 팔아 {total}을 벌었다.",
    _TITLE + "어촌계는 이 가운데 40톤을 ㎏당 1만2천 원에 넘겨 {total}을 받았다.",
    # (the quantity in the sentence before, named again by an anaphor)
    _TITLE + "양조장은 막걸리 2만 병을 수출한다. 한 병에 쌀 200g이 들어가 이번 주문에 쌀 4톤이 필요하다.\n\n"
    "양조장은 이 쌀을 모두 지역 농협에서 ㎏당 2천500원에 사들여 쌀값으로만 {total}을 치른다.",
    _TITLE
    + "축제장에는 송어 18톤이 풀렸다. 양식장 6곳에서 3톤씩 사들였고, ㎏당 1만2천 원을 치러 송어값만 {total}이 들었다.",
    # (the price taken as the rate a quantity is counted at)
    _TITLE + "시는 빗물 저금통이 한 해 빗물 2만 톤을 모은다고 밝혔다.\n\n"
    "수도요금 톤당 1천 원으로 치면 해마다 {total}을 아끼는 셈이다.",
    _TITLE + "공장은 올해 바이오가스 300만㎥를 만들었다. 가스는 ㎥당 400원에 팔아 {total}의 수입을 올렸다.",
]


@pytest.mark.parametrize(
    "text,right,wrong",
    [
        (_SOLD_AT[0], "4억2천만 원", "6억 원"),
        (_SOLD_AT[1], "4억8천만 원", "7억 원"),
        (_SOLD_AT[2], "1천만 원", "3천만 원"),
        (_SOLD_AT[3], "2억1천600만 원", "3억 원"),
        (_SOLD_AT[4], "2천만 원", "5천만 원"),
        (_SOLD_AT[5], "12억 원", "20억 원"),
    ],
)
def test_a_price_applied_by_a_verb_values_the_nearest_quantity(knowledge, text, right, wrong):
    _checked(knowledge, text.format(total=right), False)
    _checked(knowledge, text.format(total=wrong), True)


@pytest.mark.parametrize(
    "text",
    [
        # (the only measure before is what one bottle takes: no quantity the price values)
        _TITLE
        + "막걸리 한 병에 쌀 200g이 들어간다. 양조장은 쌀을 ㎏당 2천500원에 사들여 쌀값으로만 3천만 원을 치른다.",
        # (a measure each farm sold: no quantity of them all)
        _TITLE + "양식장 6곳에서 3톤씩 사들였고, ㎏당 1만 원을 치러 송어값만 5억 원이 들었다.",
        # (no verb applying the price: a budget stated beside it is no value of the crop)
        _TITLE + "군은 올해 배 300톤을 거뒀다. 수매가는 ㎏당 2천 원이고, 올해 예산은 9억 원이다.",
        # (a price of a day's quantity, `하루 2만㎥`: a rate, no quantity sold)
        _TITLE + "시설은 하루 2만㎥의 가스를 만든다. 가스는 ㎥당 400원에 팔아 50억 원의 수입을 올렸다.",
    ],
)
def test_no_whole_quantity_leaves_the_price_alone(knowledge, text):
    assert_not_linked(knowledge, text, PER_UNIT)


# ---------------------------------------------------------------- a price the sentence after applies

_AT_THIS_PRICE = [
    _TITLE + "군은 올해 고구마 수확량이 1만2천 톤으로 집계됐다고 밝혔다.\n\n"
    "산지 가격은 ㎏당 2천 원 안팎이다. 이 값이 유지되면 올해 판매액은 {total}어치에 이를 것으로 보인다.",
    _TITLE + "군은 올해 우엉 생산량을 9천 톤으로 내다봤다.\n\n산지 값은 ㎏당 3천 원 안팎으로 지난해와 비슷하다. "
    "이 값이면 올해 우엉 농사로 {total}어치가 팔린다.",
    _TITLE
    + "조합은 올해 감귤 5천 톤을 거뒀다.\n\n도매가는 ㎏당 1천600원 선이다. 이 가격이면 감귤 판매액은 {total}에 이른다.",
    _TITLE
    + "어촌계는 올해 미역 2천 톤을 땄다.\n\n위판가는 ㎏당 4천 원이다. 이 가격이 이어지면 위판 수입은 {total}이 된다.",
    _TITLE + "농가들은 올해 사과 3천500톤을 수확했다.\n\n"
    "산지 가격은 ㎏당 4천 원으로 올랐다. 이 가격대로라면 매출은 {total}이다.",
]


@pytest.mark.parametrize(
    "text,right,wrong",
    [
        (_AT_THIS_PRICE[0], "240억 원", "400억 원"),
        (_AT_THIS_PRICE[1], "270억 원", "450억 원"),
        (_AT_THIS_PRICE[2], "80억 원", "120억 원"),
        (_AT_THIS_PRICE[3], "80억 원", "130억 원"),
        (_AT_THIS_PRICE[4], "140억 원", "200억 원"),
    ],
)
def test_a_price_applied_by_the_next_sentence_values_the_quantity(knowledge, text, right, wrong):
    _checked(knowledge, text.format(total=right), False)
    _checked(knowledge, text.format(total=wrong), True)


def test_a_total_with_no_words_applying_the_price_is_none_of_it(knowledge):
    text = (
        _TITLE
        + "군은 올해 고구마 1만2천 톤을 거뒀다.\n\n산지 가격은 ㎏당 2천 원 안팎이다. 올해 군 예산은 400억 원이다."
    )
    assert_not_linked(knowledge, text, PER_UNIT)


# ---------------------------------------------------------------- a count of a synonym, or of a counter of anything

_LEAD = "가람시 소식\n\n가람시는 지난 주말 대회가 열렸다고 3일 밝혔다.\n\n"

_OF_ONE_NAMED_APART = [
    # (`나라` of a count of `개국`: two nouns of one thing, `[link.counter_synonym_groups]`)
    _LEAD + "올해 대회에는 24개국에서 {total}이 출전해 한 나라에서 네 명꼴로 선수를 보냈다.",
    _LEAD + "외국 선수도 15개국에서 {total}이 온다. 한 나라에서 아홉 명꼴로 찾는 셈이다.",
    _LEAD + "박람회에는 12개국에서 {total}이 왔다. 한 나라에서 평균 다섯 명꼴이다.",
    # (`팀당` of `36개 팀`: a counter of anything, the noun it counts right after it)
    _LEAD + "대회에 36개 팀, 선수 {total}이 참가했다.\n팀당 14명꼴이다.",
    _LEAD + "리그에는 20개 팀이 나섰고 선수는 모두 {total}이다. 한 팀에 평균 15명꼴이다.",
]


@pytest.mark.parametrize(
    "text,right,wrong",
    [
        (_OF_ONE_NAMED_APART[0], "96명", "150명"),
        (_OF_ONE_NAMED_APART[1], "135명", "200명"),
        (_OF_ONE_NAMED_APART[2], "60명", "90명"),
        (_OF_ONE_NAMED_APART[3], "504명", "700명"),
        (_OF_ONE_NAMED_APART[4], "300명", "450명"),
    ],
)
def test_a_figure_per_one_of_a_count_named_apart(knowledge, text, right, wrong):
    _checked(knowledge, text.format(total=right), False)
    _checked(knowledge, text.format(total=wrong), True)


@pytest.mark.parametrize(
    "text",
    [
        # (`36개 팀장`: the noun after the counter is another word, not the unit the mark names)
        _LEAD + "대회에 36개 팀장 회의가 열려 선수 504명이 참가했다.\n팀당 14명꼴이다.",
        # (a count of another thing, `개 조`, is no count of the teams)
        _LEAD + "대회는 8개 조로 나뉘어 선수 504명이 뛰었다.\n팀당 14명꼴이다.",
    ],
)
def test_a_counter_of_anything_counts_only_the_noun_after_it(knowledge, text):
    assert_not_linked(knowledge, text, PER_UNIT)
