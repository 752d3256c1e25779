"""Korean ratios on copy never seen (forty-sixth session, lane `ratio_ko`).

- A fee per head or per team and the takings its own sentence states (`참가비는 1인당 2만 원으로, 참가비 수입은 …`,
  `참가비는 팀당 10만 원으로 모두 …`) are over the headline's count when the body counts parts and other groups of
  the same counter too: the count the title states and the body restates before the fee (`… 840명 출전` over
  `선수 840명이 출전했다`). A count of a counter of anything counts the noun right after it (`36개 팀` of `팀당`).
  Parts listed in the sentence before the fee (`초등부 300명, 중등부 280명`) are no other count the fee applies to
  (checker/link/priced_totals.py).
- A fee per one unit whose sentence then counts its payers (`입장료는 1인 4천 원이며 유료 관람객은 2만5천 명이었다`)
  values the takings the next sentence opens on (`입장 수입은 …`): the one count after the fee, the first figure of
  the next sentence in its paragraph, named a total or takings (checker/link/priced_totals.py).
- A figure given out per a period to each of a count (`장인 5명이 한 사람당 하루 20개씩`) and, past a comma, the
  same period again before the product (`, 하루 100개를`, `, 한 달에 30개를`) is that period's product over the count
  (checker/link/per_unit_ko.py, `[link.per_one_unit_period_words]` now with the period's dative, `한 달에`).

Every sentence is written for this file, with invented places, names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import assert_checked, assert_not_linked

PER_UNIT = "F317"
_TITLE = "가람군 소식\n\n"


def _checked(knowledge, text: str, fires: bool) -> None:
    assert_checked(knowledge, text, PER_UNIT, fires)


# ---------------------------------------------------------------- a fee over the headline's count

_FEES = [
    # (per head, another group of people counted, and the entrants' parts listed right before the fee)
    "가람시 전국 배드민턴 대회 840명 출전\n\n가람시는 지난 5일 시립체육관에서 전국 배드민턴 대회를 열어 선수 840명이 "
    "출전했다고 8일 밝혔다.\n\n심판은 40명이 나섰다. 부문별로는 초등부 300명, 중등부 280명, 일반부 260명이다.\n\n"
    "참가비는 1인당 2만 원으로, 참가비 수입은 {total}이다.",
    # (per team, counted by a counter of anything and the noun after it)
    "누리군 족구 대회에 36개 팀 출전\n\n누리군은 지난 주말 군민체육관에서 족구 대회를 열어 36개 팀이 출전했다고 "
    "10일 밝혔다.\n\n본선에는 8개 팀이 올랐다. 경기는 코트 네 곳에서 이틀 동안 치렀다.\n\n"
    "참가비는 팀당 10만 원으로 모두 {total}이 걷혔다.",
    # (one person with the dative, the entrants' parts listed in the sentence before)
    "하늘시 마라톤 대회 1천200명 참가\n\n하늘시는 지난 12일 강변 마라톤 대회에 1천200명이 참가했다고 14일 밝혔다.\n\n"
    "자원봉사자는 150명이었다. 부문별로는 10㎞ 700명, 하프 500명이다. "
    "참가비는 한 사람에 3만 원으로, 참가비 수입은 {total}이다.",
    # (a team fee, the headline's teams counted with their own counter)
    "솔내시 게이트볼 대회 96팀 열전\n\n솔내시는 지난 20일부터 이틀 동안 전국 게이트볼 대회에 96팀이 출전했다고 "
    "23일 밝혔다.\n\n예선을 거쳐 24팀이 본선에 올랐다. 경기장은 인조잔디 12면이 마련됐다.\n\n"
    "참가비는 팀당 5만 원으로 모두 {total}이 걷혀 기념품을 마련하는 데 쓰였다.",
    # (per head, `1인당`, the fee's total named as takings, `수입은`)
    "바람군 씨름 대회 640명 출전\n\n바람군은 지난 주말 씨름 대회에 선수 640명이 출전했다고 2일 밝혔다.\n\n"
    "심판과 운영 요원은 60명이었다. 대회는 모래판 두 곳에서 이틀 동안 열렸다.\n\n"
    "참가비는 1인당 1만5천 원으로, 참가비 수입은 {total}이다.",
]


@pytest.mark.parametrize(
    "text,right,wrong",
    [
        (_FEES[0], "1천680만 원", "2천500만 원"),
        (_FEES[1], "360만 원", "520만 원"),
        (_FEES[2], "3천600만 원", "5천만 원"),
        (_FEES[3], "480만 원", "700만 원"),
        (_FEES[4], "960만 원", "1천400만 원"),
    ],
)
def test_a_fee_is_over_the_headlines_count(knowledge, text, right, wrong):
    _checked(knowledge, text.format(total=right), False)
    _checked(knowledge, text.format(total=wrong), True)


@pytest.mark.parametrize(
    "text",
    [
        # (the title's count is not restated in the body: which count the fee is over, unsaid)
        "가람시 배드민턴 대회 800명 몰려\n\n가람시는 지난 5일 배드민턴 대회에 선수 840명이 출전했다고 밝혔다.\n\n"
        "심판은 40명이 나섰다. 경기는 이틀 동안 열렸다.\n\n참가비는 1인당 2만 원으로, 참가비 수입은 2천만 원이다.",
        # (the title counts teams, the fee is per head: no count of people the headline states)
        "누리군 족구 대회 36개 팀 출전\n\n누리군은 족구 대회에 36개 팀, 선수 420명이 출전했다고 밝혔다.\n\n"
        "심판은 30명이었다. 경기는 이틀 동안 열렸다.\n\n참가비는 1인당 1만 원으로, 참가비 수입은 500만 원이다.",
        # (no title: a first line closed as a sentence)
        "가람시는 지난 5일 배드민턴 대회에 선수 840명이 출전했다고 밝혔다.\n\n심판은 40명이 나섰다. 선수 840명이 "
        "이틀 동안 겨뤘다. 경기는 코트 여섯 곳에서 열렸다.\n\n참가비는 1인당 2만 원으로, 참가비 수입은 2천만 원이다.",
        # (the price's words name one of the parts listed before it: the price is that part's, not the headline's)
        "가람공방 붓 1만 자루 수출\n\n가람공방은 붓 1만 자루를 수출한다고 밝혔다.\n\n"
        "종류별로는 족제비털 붓 2천 자루, 양털 붓 8천 자루다. 족제비털 붓은 한 자루에 50위안씩 모두 10만 위안이다.",
        # (`36개 학교`: a counter of anything counting another noun than the fee's unit)
        "누리군 족구 대회 36개 학교 출전\n\n누리군은 족구 대회에 36개 학교가 출전했다고 밝혔다.\n\n"
        "경기는 이틀 동안 열렸다. 관중은 모두 무료로 입장했다.\n\n참가비는 팀당 10만 원으로 모두 500만 원이 걷혔다.",
    ],
)
def test_a_fee_without_the_headlines_count_is_left_alone(knowledge, text):
    assert_not_linked(knowledge, text, PER_UNIT)


# ---------------------------------------------------------------- each one per a period, and all of them per it

_LEAD = "가람군 소식\n\n군은 올해 공방 지원 사업을 시작했다고 3일 밝혔다.\n\n"

_EACH_PER_PERIOD = [
    _LEAD + "공방에서는 장인 5명이 한 사람당 하루 20개씩, 하루 {total}를 만든다.",
    _LEAD + "포장 센터에서는 직원 12명이 한 사람당 하루 30상자씩, 하루 {total}를 포장한다.",
    _LEAD + "목공소에서는 목수 10명이 한 사람당 한 달에 3개씩, 한 달에 {total}를 짜낸다.",
    _LEAD + "상담 창구에서는 상담사 8명이 한 사람당 하루 25건씩, 하루 {total}을 받는다.",
    _LEAD + "공방의 장인 여섯 명이 한 사람당 하루 4개씩, 모두 하루 {total}를 빚는다.",
]


@pytest.mark.parametrize(
    "text,right,wrong",
    [
        (_EACH_PER_PERIOD[0], "100개", "150개"),
        (_EACH_PER_PERIOD[1], "360상자", "500상자"),
        (_EACH_PER_PERIOD[2], "30개", "45개"),
        (_EACH_PER_PERIOD[3], "200건", "300건"),
        (_EACH_PER_PERIOD[4], "24개", "36개"),
    ],
)
def test_each_per_a_period_and_the_product_per_it_after_a_comma(knowledge, text, right, wrong):
    _checked(knowledge, text.format(total=right), False)
    _checked(knowledge, text.format(total=wrong), True)


@pytest.mark.parametrize(
    "text",
    [
        # (another period after the comma: a month's output of a daily rate, no product of the two)
        _LEAD + "공방에서는 장인 5명이 한 사람당 하루 20개씩, 한 달에 2천 개를 만든다.",
        # (no period repeated and no word of a total: the later figure may be all the order)
        _LEAD + "공방에서는 장인 5명이 한 사람당 하루 20개씩, 2천 개를 만든다.",
        # (another clause's verb between: the later figure is another act's)
        _LEAD + "공방에서는 장인 5명이 한 사람당 하루 20개씩 만들고, 하루 300개를 판다.",
    ],
)
def test_a_later_figure_of_another_period_or_clause_is_no_product(knowledge, text):
    assert_not_linked(knowledge, text, PER_UNIT)


# ---------------------------------------------------------------- a fee, its payers, the takings after

_PAID = [
    _TITLE + "입장료는 1인 4천 원이며 유료 관람객은 2만5천 명이었다. 입장 수입은 {total}이다.",
    _TITLE + "관람료는 1인당 8천 원이고 표를 산 관객은 2만 명이었다. 관람료 수입은 {total}이다.",
    _TITLE + "참가비는 팀당 5만 원이며 참가한 팀은 40팀이었다. 참가비 수입은 모두 {total}이다.",
    _TITLE + "체험비는 한 사람에 1만 원으로, 체험객은 4천500명이었다. 체험비 수입은 {total}이다.",
    _TITLE + "수강료는 1인당 3만 원이고 수강생은 800명이었다. 수강료 수입은 {total}이다.",
]


@pytest.mark.parametrize(
    "text,right,wrong",
    [
        (_PAID[0], "1억 원", "1억5천만 원"),
        (_PAID[1], "1억6천만 원", "2억4천만 원"),
        (_PAID[2], "200만 원", "300만 원"),
        (_PAID[3], "4천500만 원", "9천만 원"),
        (_PAID[4], "2천400만 원", "3천600만 원"),
    ],
)
def test_a_fee_and_its_payers_value_the_takings_the_next_sentence_states(knowledge, text, right, wrong):
    _checked(knowledge, text.format(total=right), False)
    _checked(knowledge, text.format(total=wrong), True)


@pytest.mark.parametrize(
    "text",
    [
        # (two counts after the fee: which pays, unsaid)
        _TITLE + "입장료는 1인 5천 원이며 어른 4만 명, 어린이 2만 명이 찾았다. 입장 수입은 2억 원이다.",
        # (the next sentence's amount is no takings: a cost)
        _TITLE + "입장료는 1인 5천 원이며 유료 관람객은 6만 명이었다. 운영비는 5억 원이다.",
        # (the takings in another paragraph)
        _TITLE + "입장료는 1인 5천 원이며 유료 관람객은 6만 명이었다.\n\n입장 수입은 5억 원이다.",
    ],
)
def test_takings_not_stated_right_after_the_fee_and_its_payers_are_left_alone(knowledge, text):
    assert_not_linked(knowledge, text, PER_UNIT)
