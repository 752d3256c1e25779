"""Shares in both languages (forty-fourth session, lane `share`).

- English: a share counting out of a round base with the plural noun of its pool right after it (`one in four
  passengers (4,000)`, `roughly six in ten movements, or 9,600`, `About one in three members, 2,000 people, …`,
  `[link.share_fallback_counted_share_ends]`, `[link.share_fallback_counted_pool_noun]`): the noun names the whole as
  `of the passengers` would, so a part restated beside it in a later paragraph is of the lead's total stated of that
  noun (checker/link/share_fallback.py `_counted_pool_noun`).
- Korean: a bare share (no noun naming its whole) set right after its part by a level's particle or a comma (`이 가운데
  강사료가 3억 원으로 75%를 차지한다`, `예산은 4억 원으로 군비가 3억 원, 75%를`) is of the pool its sentence marks
  (`이 가운데`: the level of the part's kind the sentence before states), else of the one level of that kind its
  sentence states before the part (checker/link/share_fallback_ko.py `_part_of_a_marked_pool`).

Every sentence is written for this file, with invented places, names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import assert_checked, assert_not_fired, assert_not_linked

SHARE_OF_TOTAL = "F503"


# ---------------------------------------------------------------- English: `one in four passengers (4,000)`

_COUNTED_POOL_NOUN = [
    # (text, holding share, broken share)
    (
        "Ferry numbers up\n\nThe Harl ferry carried 16,000 passengers this year, up from 14,000, the council said.\n\n"
        "{share} passengers (4,000) travelled with a bicycle.",
        "One in four",
        "One in two",
    ),
    (
        "Airfield busier\n\nAircraft movements at the Tarrow airfield rose to 16,000 in the year, the manager said.\n\n"
        "Flight training accounts for roughly {share} movements, or 9,600, because a flying school moved there.",
        "six in ten",
        "three in ten",
    ),
    (
        "Credit union grows\n\nThe Ostley credit union now has 6,000 members, up from 5,000 a year ago.\n\n"
        "About {share} members, 2,000 people, now has a loan, the manager said.",
        "one in three",
        "one in six",
    ),
    (
        "Clog sales\n\nThe Brill clog maker sold 1,500 pairs in the year, its owner said.\n\n"
        "Shops in the north took many of them, and {share} pairs, 300, went abroad.",
        "one in five",
        "one in ten",
    ),
    (
        "Jam sales\n\nThe Fenwick kitchen sold 4,800 jars of jam at its summer fairs.\n\n"
        "Strawberry remains the favourite, accounting for {share} jars, or 1,600.",
        "one in three",
        "two in three",
    ),
]


@pytest.mark.parametrize("text,holds,broken", _COUNTED_POOL_NOUN)
def test_a_counted_share_naming_its_pool_by_a_noun_is_of_the_lead_total_of_that_noun(knowledge, text, holds, broken):
    assert_checked(knowledge, text.format(share=holds), SHARE_OF_TOTAL, fires=False)
    assert_checked(knowledge, text.format(share=broken), SHARE_OF_TOTAL, fires=True)


_NO_COUNTED_POOL_NOUN = [
    # the noun counted is not the one the lead's total is stated of: another pool
    "Ferry numbers up\n\nThe Harl ferry carried 16,000 passengers this year, up from 14,000, the council said.\n\n"
    "One in two pupils (4,000) travelled with a bicycle.",
    # the noun goes on to `of` and names its whole after it: not the lead's noun alone
    "Jam sales\n\nThe Fenwick kitchen sold 4,800 jars of jam at its summer fairs.\n\n"
    "Strawberry took one in two jars of the winter range, or 1,600.",
    # two totals of the part's unit in the lead: which one, unsaid
    "Ferry numbers up\n\nThe Harl ferry carried 16,000 passengers and its sister boat 9,000 passengers this year.\n\n"
    "One in two passengers (4,000) travelled with a bicycle.",
]


@pytest.mark.parametrize("text", _NO_COUNTED_POOL_NOUN)
def test_a_counted_share_of_another_noun_or_of_two_totals_is_not_read(knowledge, text):
    assert_not_fired(knowledge, text, SHARE_OF_TOTAL)


def test_a_counted_share_without_a_noun_after_it_is_not_read_this_way(knowledge):
    # (`one in two, 4,000,` names no pool: the reading needs the noun; nothing else states the whole here)
    text = (
        "Ferry numbers up\n\nThe Harl ferry carried 16,000 passengers this year, up from 14,000.\n\n"
        "Cyclists were many: one in two, 4,000 of them, paid a bicycle fare on the winter boats."
    )
    assert_not_fired(knowledge, text, SHARE_OF_TOTAL)


# ---------------------------------------------------------------- Korean: `이 가운데 A가 P로 Z%를 차지한다`

_BARE_SHARE_AFTER_ITS_PART_KO = [
    # (text, holding share, broken share)
    (
        "한글학교 예산\n\n가온시는 올해 어르신 한글학교에 4억 원을 들였다. 이 가운데 강사료가 3억6천만 원으로 "
        "{share}를 차지한다.",
        "90%",
        "60%",
    ),
    (
        "억새축제 예산\n\n모래내군 축제 예산은 3억2천만 원으로 군비가 2억4천만 원, {share}를 차지했고 나머지는 "
        "도비로 충당했다.",
        "75%",
        "55%",
    ),
    (
        "레슬링팀 창단\n\n다올시청 레슬링팀은 자유형 선수와 그레코로만형 선수 등 열두 명으로 꾸려져 있다. "
        "이 가운데 여자 선수는 네 명으로 {share}이다.",
        "3분의 1",
        "절반",
    ),
    (
        "배추 수매\n\n누리농협은 올해 배추 2천400톤을 사들였다. 이 중 절임배추용이 600톤으로 {share}를 차지했다.",
        "4분의 1",
        "3분의 1",
    ),
    (
        "행사 수입\n\n하람시 불꽃축제의 올해 수입은 5억 원이었다. 이 가운데 입장료가 2억 원으로 {share}였다.",
        "40%",
        "70%",
    ),
]


@pytest.mark.parametrize("text,holds,broken", _BARE_SHARE_AFTER_ITS_PART_KO)
def test_a_bare_share_after_its_part_is_of_the_pool_its_sentence_marks(knowledge, text, holds, broken):
    assert_checked(knowledge, text.format(share=holds), SHARE_OF_TOTAL, fires=False)
    assert_checked(knowledge, text.format(share=broken), SHARE_OF_TOTAL, fires=True)


_NO_BARE_SHARE_AFTER_ITS_PART_KO = [
    # two levels of the part's kind before it in its sentence: which one is the pool, unsaid
    "행사 수입\n\n올해 수입은 5억 원, 지출은 6억 원으로 입장료가 2억 원, 70%를 차지했다.",
    # the pool the sentence before states is of another unit: no whole
    "배추 수매\n\n누리농협은 올해 농가 120곳과 계약했다. 이 중 절임배추용이 600톤으로 40%를 차지했다.",
    # the level before the part is of another period: no pool of it
    "행사 수입\n\n지난해 수입은 3억 원이었다. 이 가운데 입장료가 2억 원으로 90%였다.",
]


@pytest.mark.parametrize("text", _NO_BARE_SHARE_AFTER_ITS_PART_KO)
def test_a_bare_share_after_its_part_with_no_one_pool_is_not_read(knowledge, text):
    assert_not_fired(knowledge, text, SHARE_OF_TOTAL)


def test_a_change_after_a_level_is_no_share_of_the_level_before(knowledge):
    # (`늘었다`: the 30% is the change of the exports, not a share of the sales)
    text = "수출 실적\n\n올해 매출은 40억 원으로 수출이 12억 원으로 30% 늘었다."
    assert_not_linked(knowledge, text, SHARE_OF_TOTAL)


def test_a_bare_share_that_is_its_clause_subject_is_of_the_part_not_the_pool(knowledge):
    # (`절반이 …`: half of the 240 farms, a part of the part, not a share of the 600)
    text = "양봉 농가\n\n가람군 양봉 농가 600곳 가운데 240곳, 절반이 올봄 꿀벌 피해를 입었다."
    assert_not_fired(knowledge, text, SHARE_OF_TOTAL)


# ---------------------------------------------------------------- Korean: `P명으로 성공률이 Z%`, the whole the story's

_PART_BEFORE_A_PART_RATE_KO = [
    # (text, holding share, broken share)
    (
        "금연클리닉\n\n한빛구 보건소는 올해 상반기 금연클리닉 등록자가 2,400명으로 지난해보다 늘었다고 밝혔다.\n\n"
        "등록 후 6개월간 담배를 끊은 사람은 960명으로 성공률이 {share}였다.",
        "40%",
        "60%",
    ),
    (
        "마라톤 대회\n\n가람 마라톤 대회에 선수 2천400명이 참가했다고 조직위원회가 밝혔다.\n\n"
        "참가자 가운데 2천160명이 결승선을 통과해 완주율은 {share}였다.",
        "90%",
        "70%",
    ),
    (
        "수영 강습\n\n누리시 어린이 생존수영 교실에 올여름 초등학생 1천500명이 등록했다.\n\n"
        "끝까지 과정을 마친 학생은 1천200명으로 수료율이 {share}에 이르렀다.",
        "80%",
        "95%",
    ),
    (
        "폐가전 수거\n\n하람군은 올해 폐가전 수거 신청 800건을 받았다고 밝혔다.\n\n"
        "이달까지 600건을 처리해 처리율은 {share}다.",
        "75%",
        "45%",
    ),
    (
        "입양 행사\n\n도담시 유기견 보호소는 올해 개 320마리를 구조했다.\n\n"
        "새 가족을 찾은 개는 240마리로 입양률이 {share}였다.",
        "75%",
        "55%",
    ),
]


@pytest.mark.parametrize("text,holds,broken", _PART_BEFORE_A_PART_RATE_KO)
def test_a_rate_noun_of_a_part_over_its_whole_after_a_level_is_of_the_story_total(knowledge, text, holds, broken):
    assert_checked(knowledge, text.format(share=holds), SHARE_OF_TOTAL, fires=False)
    assert_checked(knowledge, text.format(share=broken), SHARE_OF_TOTAL, fires=True)


_NO_PART_BEFORE_A_PART_RATE_KO = [
    # the level before the rate is the pool itself (`신청해 선정률`): no larger level, no whole
    "월세 지원\n\n가람시는 청년 월세 지원 대상자를 발표했다. 지원에는 2천 명이 신청해 선정률은 70%였다.",
    # two levels of the part's kind before the rate in its sentence: which one is the part, unsaid
    "마라톤 대회\n\n가람 마라톤 대회에 선수 2천400명이 참가했다.\n\n"
    "풀코스에 1천 명, 하프코스에 1천400명이 나서 완주율은 60%였다.",
    # a rate noun of no part over a whole (`증가율`): not this reading
    "관광객\n\n가람군 관광객은 올해 2천 명이었다.\n\n외국인은 500명으로 증가율이 40%였다.",
]


@pytest.mark.parametrize("text", _NO_PART_BEFORE_A_PART_RATE_KO)
def test_a_rate_noun_after_the_pool_or_two_levels_or_of_no_part_is_not_read(knowledge, text):
    assert_not_fired(knowledge, text, SHARE_OF_TOTAL)


# ---------------------------------------------------------------- English: a deal named again by another of its nouns,
# a share of the output named by the verb that made it

_DEAL_NAMED_AGAIN = [
    # (text, holding share, broken share)
    (
        "Mill order\n\nTarrow Mills has won a £400,000 order from a Danish chain, the company said.\n\n"
        "Sales last year rose to £1.6 million from £1.4 million. The contract is worth {share} of the company's "
        "sales last year.",
        "a quarter",
        "a half",
    ),
    (
        "Clock deal\n\nA Black Forest workshop has signed a €210,000 contract with an American retailer.\n\n"
        "Its turnover reached €700,000 last year. The deal is equal to {share} of that year's turnover.",
        "30 per cent",
        "60 per cent",
    ),
    (
        "Rug tender\n\nA Welsh weaver has won a tender worth £90,000 to supply a hotel group.\n\n"
        "Revenue was £450,000 last year, and the order represents {share} of the weaver's revenue.",
        "a fifth",
        "a half",
    ),
    (
        "Plum order\n\nTarrow Farm has won an order for 40 tonnes of plums from a Dutch buyer.\n\n"
        "The farm picked 160 tonnes of plums this summer. The Dutch order takes {share} of this year's crop.",
        "a quarter",
        "a half",
    ),
    (
        "Blanket order\n\nTarrow Weavers has won an order for 4,000 blankets from a Danish chain.\n\n"
        "The mill made 16,000 blankets last year. The Danish order is equal to {share} of last year's output.",
        "25 per cent",
        "45 per cent",
    ),
]


@pytest.mark.parametrize("text,holds,broken", _DEAL_NAMED_AGAIN)
def test_a_deal_named_again_is_a_share_of_the_whole_its_of_names(knowledge, text, holds, broken):
    assert_checked(knowledge, text.format(share=holds), SHARE_OF_TOTAL, fires=False)
    assert_checked(knowledge, text.format(share=broken), SHARE_OF_TOTAL, fires=True)


_NO_DEAL_NAMED_AGAIN = [
    # a noun of no deal (`the loan`) names no order stated before
    "Mill order\n\nTarrow Mills has won a £400,000 order from a Danish chain.\n\n"
    "Sales last year rose to £1.6 million. The loan is worth a half of the company's sales last year.",
    # the sentence of the larger figure states no making nor output: bought, not made
    "Plum order\n\nTarrow Farm has won an order for 40 tonnes of plums from a Dutch buyer.\n\n"
    "The farm bought 160 tonnes of plums this summer. The Dutch order takes a half of this year's crop.",
    # an output share of money: no sum of money is an output
    "Mill order\n\nTarrow Mills has won a £400,000 order from a Danish chain.\n\n"
    "The mill made £1.6 million of blankets last year. The order takes a half of last year's output.",
]


@pytest.mark.parametrize("text", _NO_DEAL_NAMED_AGAIN)
def test_a_thing_of_another_noun_or_a_whole_not_made_is_not_read(knowledge, text):
    assert_not_fired(knowledge, text, SHARE_OF_TOTAL)
