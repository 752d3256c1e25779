"""Korean ratios on copy never seen (forty-ninth session, lane `ratio_ko`).

- A price given out to each of one unit (`한 대에 150만 원씩 모두 4억5천만 원`) is the total over the count of the
  unit stated before it, whatever amount its sentence names after the total (`…원으로, 국비 N원이 들어갔다`) and
  whatever parts the count is broken into (`300대 가운데 A가 200대, B가 100대다`): a reading before that took the
  one unit (`한 대`) for the count is dropped later anyway, so the Korean per-unit reading is free to read the figure
  (checker/link/per_unit_ko.py, checked by F317). Without a count of the unit, or without a total after the
  figure, nothing is read.
- A multiple whose sentence opens on the story's order as its topic (`이번 계약 금액은 …매출 N원의 1.4배`) and
  states only its base is of the order's level the lead states (checker/link/multiples_of_stated_base_ko.py, F304).
  An opening subject that starts a clause of its own (`이번 계약이 끝나면 매출은`), another subject between
  (`이번 수출은 물류비가`), or a base the order is no near multiple of (a share price) ties nothing.

The per-unit construction is Korean (`한 N에 …씩`); English copy states the unit as `a`/`each`, read by other modules.
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


_DEAL = "한솔찬은 대만 유통사와 36억 원 규모의 두부 공급 계약을 맺었다. {sentence}"

_ANOTHER_SUBJECTS_MULTIPLE = [
    # (the order as the subject of a clause of its own: the multiple is the later sales', 54억 원)
    "이번 계약이 끝나면 매출은 지난해 18억 원의 세 배가 된다.",
    # (the same, the multiple right by chance for the order: still the sales')
    "이번 계약이 끝나면 매출은 지난해 18억 원의 두 배가 된다.",
    # (the share price's multiple, after a clause the order opens)
    "이번 계약이 알려지자 주가는 공모가 9천 원의 세 배로 뛰었다.",
    # (the wage's multiple)
    "이번 수출이 늘면서 직원 월급은 최저임금 210만 원의 1.5배로 올랐다.",
    # (a vegetable's price)
    "이번 거래가 성사되자 콩값은 작년 4천 원의 두 배가 됐다.",
    # (money the company raises, another object)
    "이번 계약이 나오자 회사는 투자금 12억 원의 세 배를 새로 모으기로 했다.",
    # (the order as the topic, another subject inside: the freight cost's multiple)
    "이번 수출은 물류비가 지난해 3억 원의 두 배로 늘었다.",
    # (the order as the topic, the base a price: ×40,000 is no `세 배` of it)
    "이번 계약은 공모가 9천 원의 세 배 수준이다.",
]


@pytest.mark.parametrize("sentence", _ANOTHER_SUBJECTS_MULTIPLE)
def test_a_multiple_of_another_subject_after_the_order_links_nothing(knowledge, sentence):
    assert_not_linked(knowledge, _DEAL.format(sentence=sentence), MULTIPLE)


@pytest.mark.parametrize("right,wrong", [("두 배", "세 배")])
def test_the_order_as_topic_is_a_multiple_of_a_target(knowledge, right, wrong):
    # (`이번 계약은 올해 목표 매출 N원의 …배`: the order itself, the topic of its sentence)
    text = _DEAL.format(sentence="이번 계약은 올해 목표 매출 18억 원의 {x}에 해당한다.")
    assert_checked(knowledge, text.format(x=right), MULTIPLE, False)
    assert_checked(knowledge, text.format(x=wrong), MULTIPLE, True)


def test_a_figure_of_the_order_in_its_own_sentence_is_the_value_not_the_lead(knowledge):
    # (`이번 계약 금액은 60억 원으로 …의 1.5배`: the sentence's own pair holds; the lead's 56억 원 would not)
    text = _ORDER.format(sentence="이번 계약 금액은 60억 원으로 회사의 지난해 연간 매출 40억 원의 1.5배에 이른다.")
    assert_not_fired(knowledge, text, MULTIPLE)
