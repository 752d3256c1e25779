"""Korean ratios on copy never seen (forty-ninth session, lane `ratio_ko`).

- A price given out to each of one unit (`한 대에 150만 원씩 모두 4억5천만 원`) is the total over the count of the
  unit stated before it, whatever amount its sentence names after the total (`…원으로, 국비 N원이 들어갔다`) and
  whatever parts the count is broken into (`300대 가운데 A가 200대, B가 100대다`): a reading before that took the
  one unit (`한 대`) for the count is dropped later anyway, so the Korean per-unit reading is free to read the figure
  (checker/link/per_unit_ko.py, checked by F317). Without a count of the unit, or without a total after the
  figure, nothing is read.

The construction is Korean (`한 N에 …씩`); English copy states the unit as `a`/`each`, read by other modules.
Every sentence is written for this file, with invented places, names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import assert_checked, assert_not_fired, assert_not_linked

PER_UNIT = "F317"
_LEAD = "가람군 소식\n\n가람군은 올해 생활 안전 사업을 넓혔다고 3일 밝혔다.\n\n"


# ---------------------------------------------------------------- a price given out to each of one unit

_GIVEN_OUT = [
    # (an amount of another kind of the budget named after the total, in its sentence)
    _LEAD + "새로 단 비상벨은 300대다. 설치비는 한 대에 {x}씩 모두 4억5천만 원으로, 국비 2억2천500만 원이 들어갔다.",
    # (the count broken into parts in the sentence before)
    _LEAD + "새로 단 보안등 240대 가운데 골목길이 160대, 공원이 80대다. 설치비는 한 대에 {x}씩 모두 4억8천만 원이다.",
    # (a shelter's count, the budget's part after the total)
    _LEAD + "군은 마을 쉼터 45곳을 고쳤다. 공사비는 한 곳에 {x}씩 모두 9억 원으로, 도비 3억 원을 보탰다.",
]


@pytest.mark.parametrize(
    "text,right,wrong",
    [
        (_GIVEN_OUT[0], "150만 원", "180만 원"),
        (_GIVEN_OUT[1], "200만 원", "250만 원"),
        (_GIVEN_OUT[2], "2천만 원", "2천500만 원"),
    ],
)
def test_a_price_given_out_to_each_of_one_unit_is_the_total_over_the_count(knowledge, text, right, wrong):
    assert_checked(knowledge, text.format(x=right), PER_UNIT, False)
    assert_checked(knowledge, text.format(x=wrong), PER_UNIT, True)


_NOT_GIVEN_OUT = [
    # (no count of the unit stated: the one unit divides nothing)
    _LEAD + "설치비는 한 대에 150만 원씩 모두 4억5천만 원으로, 국비 2억2천500만 원이 들어갔다.",
    # (no total after the figure: the later amount is a part of the budget, no product)
    _LEAD + "새로 단 비상벨은 300대다. 설치비는 한 대에 150만 원씩이고, 국비 2억2천500만 원이 들어갔다.",
    # (one pilot unit's own cost, no average: the later amount is another's)
    _LEAD + "새로 단 비상벨은 300대다. 시범 비상벨 한 대에 150만 원이 들었고, 국비 2억2천500만 원이 들어갔다.",
    # (a count of another counter: the shelters are no bells)
    _LEAD + "군은 마을 쉼터 45곳을 고쳤다. 비상벨은 한 대에 150만 원씩 모두 4억5천만 원으로, 국비 2억 원이 들어갔다.",
]


@pytest.mark.parametrize("text", _NOT_GIVEN_OUT)
def test_one_unit_with_no_count_or_no_total_links_nothing(knowledge, text):
    assert_not_linked(knowledge, text, PER_UNIT)


# ---------------------------------------------------------------- the story's order as a multiple of a base

MULTIPLE = "F304"
_ORDER_TITLE = "솔길공방, 미국에 캠핑의자 수출\n\n"
_ORDER = (
    _ORDER_TITLE + "솔길공방은 미국 유통사와 캠핑의자 10만 개를 공급하는 400만 달러(약 56억 원) 규모의 계약을 맺었다고 "
    "3일 밝혔다. 의자 한 개에 40달러꼴이다. {sentence}\n"
)

_OF_THE_ORDER = [
    # (the order's amount restated in won, set against last year's sales)
    "이번 계약 금액은 회사의 지난해 연간 매출 40억 원의 {x}에 이른다.",
    # (`이번 계약액은`, a hedge after the multiple)
    "이번 계약액은 공방의 지난해 매출 28억 원의 {x} 수준이다.",
]


@pytest.mark.parametrize(
    "sentence,right,wrong",
    [(_OF_THE_ORDER[0], "1.4배", "1.8배"), (_OF_THE_ORDER[1], "두 배", "세 배")],
)
def test_the_order_is_a_multiple_of_the_base_its_sentence_names(knowledge, sentence, right, wrong):
    assert_checked(knowledge, _ORDER.format(sentence=sentence.format(x=right)), MULTIPLE, False)
    assert_checked(knowledge, _ORDER.format(sentence=sentence.format(x=wrong)), MULTIPLE, True)


_NOT_OF_THE_ORDER = [
    # (the sentence opens on another subject: the base is set against something else)
    "공방의 수출 물량은 지난해 매출 40억 원의 1.8배로 늘었다.",
    # (the lead states two amounts in won: which one is the order's, unsaid)
    "설비 투자에는 50억 원을 들였고, 이번 계약 금액은 회사의 지난해 연간 매출 40억 원의 1.8배에 이른다.",
]


@pytest.mark.parametrize("sentence", _NOT_OF_THE_ORDER)
def test_a_multiple_not_opening_on_the_order_or_with_two_levels_links_nothing(knowledge, sentence):
    assert_not_linked(knowledge, _ORDER.format(sentence=sentence), MULTIPLE)


def test_a_figure_of_the_order_in_its_own_sentence_is_the_value_not_the_lead(knowledge):
    # (`이번 계약 금액은 60억 원으로 …의 1.5배`: the sentence's own pair holds; the lead's 56억 원 would not)
    text = _ORDER.format(sentence="이번 계약 금액은 60억 원으로 회사의 지난해 연간 매출 40억 원의 1.5배에 이른다.")
    assert_not_fired(knowledge, text, MULTIPLE)
