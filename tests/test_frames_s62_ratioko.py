"""Korean ratios (sixty-second session, lane `ratioko`).

- A Korean average per one unit (checker/link/averages_per_one_ko.py): the mark of one unit before it (`한 번 나갈
  때마다`, `쉼터 1곳에`, `한 농가가 평균`, `회원 한 사람에`) or of each of a noun (`회관마다`), a word saying it is an
  average or given to each (`꼴`, `평균`, `셈이다`, `씩`), its total
  the one figure of its kind its sentence states before it or the sentence right before does, its count the one value
  the story states of the unit before it (in the lead or the figure's paragraph, or alone of its counter).

Every sentence is written for this file, with invented places, names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import assert_checked, assert_not_linked

PER_UNIT = "F317"

_AVERAGES = [
    # (text, holding, broken)
    # one occasion as the mark, the words of the act between (`한 번 나갈 때마다`), the count of occasions in the lead
    (
        "하늘군 풍물패가 지난해 모두 45차례 마을을 찾았다고 밝혔다.\n\n"
        "공연을 본 주민은 2천700명으로, 한 번 나갈 때마다 {a}꼴로 모인 셈이다.",
        "60명",
        "90명",
    ),
    # the noun before the mark (`쉼터 1곳에`), the total in the sentence right before, the count in the lead (a title
    # over it)
    (
        "솔내군 쉼터 16곳 문 열어\n\n솔내군 마을 쉼터 16곳이 올여름 문을 열었다.\n\n"
        "쉼터를 찾은 어르신은 모두 640명이다. 쉼터 1곳에 {a}꼴이다.",
        "40명",
        "55명",
    ),
    # one of the unit as the subject, `평균` before the figure, the clause closed by `셈이다`
    (
        "누리시에서 감을 기르는 농가는 35곳으로, 재배 면적은 모두 28㏊다. 한 농가가 평균 {a}를 가꾸는 셈이다.",
        "0.8㏊",
        "1.4㏊",
    ),
    # a count paragraphs before, the only count of its counter (its share's part is no rival), the total just before
    (
        "보람군 청년회가 올해로 열 돌을 맞았다.\n\n청년회 회원은 48명으로, 30대가 30명으로 전체의 62.5%다.\n\n"
        "회원들은 주말마다 마을 길을 치운다.\n\n청년회는 군에서 운영비 720만원을 받는다. 회원 한 사람에 {a}꼴이다.",
        "15만원",
        "25만원",
    ),
    # each of a noun (`회관마다`), the figure given to each (`씩`), the total right before, the count in the lead
    (
        "별빛군 마을 회관 42곳이 점심을 차린다.\n\n밥을 짓는 도우미는 84명이다. 회관마다 {a}씩이다.",
        "2명",
        "4명",
    ),
    # … the total in the figure's own sentence before it
    (
        "새솔군 마을 공부방 15곳이 겨울에도 붐빈다.\n\n"
        "가르치는 사람은 대학생 강사 45명으로, 공부방마다 {a}씩 배치됐다.",
        "3명",
        "5명",
    ),
    # (review) the count and the total dated to one year: the total shares out over the units of its own year
    (
        "소리군 합창단은 올해 24회 공연했다.\n\n올해 공연을 본 관객은 4천800명으로, 한 번에 평균 {a}꼴이었다.",
        "200명",
        "500명",
    ),
    # (review) each of the noun the count is named of (`회관마다` of `회관 30곳`)
    ("가을군 마을 회관 30곳이 김장을 했다.\n\n봉사자는 90명이다. 회관마다 {a}씩이다.", "3명", "8명"),
    # (review) the one figure of the total's kind in the story before it, in the sentence right before
    ("바람시는 체육관 9곳을 운영한다.\n\n이용객은 모두 2만7천명이다. 체육관마다 {a}씩이다.", "3천명", "7천명"),
]


@pytest.mark.parametrize("template,holding,broken", _AVERAGES)
def test_average_per_one_unit(knowledge, template, holding, broken):
    assert_checked(knowledge, template.format(a=holding), PER_UNIT, fires=False)
    assert_checked(knowledge, template.format(a=broken), PER_UNIT, fires=True)


_NOT_AVERAGES = [
    # per a period too (`날마다`): the total may be of a longer span
    "가온시는 물놀이장 12곳을 연다.\n\n올여름 이용객은 9만 명으로 잡았다. 날마다 한 곳에 250명 가량을 받는 셈이다.",
    # a subset the mark names (`유료 관객`) that the count is not named of
    "다솜시 연극제에 관객 3만명이 들었다.\n\n입장권 수입은 6억원이었다. 유료 관객 한 명이 평균 4만원을 낸 셈이다.",
    # the one count of people set beside its share: one part's, no count of the unit
    "참가자 가운데 여성이 420명으로 70%를 차지했다.\n\n"
    "시는 올해 교실에 2억1천만원을 들였다. 참가자 한 명에 35만원꼴이다.",
    # two counts of the unit before: which one, unsaid
    "한솔군에는 경로당 30곳과 쉼터 18곳이 있다.\n\n이용 어르신은 모두 960명이다. 한 곳에 20명꼴이다.",
    # the count one of a list: which group, unsaid
    "출전 선수는 초등부 300명, 중등부 120명이었다. 종목은 모두 10개로, 선수 한 명이 평균 3개 종목에 나갔다.",
    # no word saying it is an average: what one did
    "연꽃군 농가는 40곳이다.\n\n올해 수확량은 모두 120톤이었다. 한 농가가 5톤을 더 거뒀다.",
    # a part of the units set beside its share (`이 가운데 27곳(75%)`): all of them or the part, unsaid
    "산들군은 둥지 상자 36곳을 달았고, 이 가운데 27곳(75%)을 새가 썼다. "
    "태어난 새끼는 108마리로 상자 한 곳에 평균 3마리꼴이다.",
    # two levels of the total's kind set side by side before it (two halves): neither the whole
    "나래군은 수거함 40곳을 놓았다.\n\n수거량은 상반기 24톤, 하반기 36톤으로 하반기가 12톤 많았다. "
    "수거함 한 곳에 평균 1.5톤이 모인 셈이다.",
    # a count in a first paragraph with no title over it, the figure in another paragraph: no lead, which count, unsaid
    "솔내군 마을 쉼터 16곳이 올여름 문을 열었다.\n\n쉼터를 찾은 어르신은 모두 640명이다. 쉼터 1곳에 40명꼴이다.",
    # each of a noun with no count of it before: the units unsaid
    "가람군 도우미는 84명이다. 회관마다 2명씩이다.",
    # each of a noun, the total after the figure: the products' reading, not an average of a total before
    "다온군 마을 회관 42곳이 점심을 차린다.\n\n회관마다 2명씩 모두 84명이 일한다.",
    # (review) the count of one year, the total of another: no share of it
    "소리군 합창단은 지난해 24회 공연했다.\n\n올해 공연을 본 관객은 4천800명으로, 한 번에 평균 200명꼴이었다.",
    "별내군 소방대는 올해 50차례 출동했다.\n\n내년에는 150명을 더 뽑는다. 한 번 출동할 때 평균 3명을 구한 셈이다.",
    # (review) each of another noun (`가구마다`) whose counter is like the count's (`곳`): the count not named of it
    "가을군 마을 회관 30곳이 김장을 했다.\n\n봉사자는 90명이다. 가구마다 3명씩이다.",
    # (review) another figure of the total's kind paragraphs before (`4천800명`): which total, unsaid
    "합창단은 올해 24회 공연했다. 관객은 4천800명이다.\n\n단원은 40명이다. 한 번에 평균 200명꼴이었다.",
    # (review) more of it (`60명이 더`): no share of a total
    "풍물패는 올해 45차례 공연했다.\n\n관객은 2천700명이었다. 한 번 더 공연하면 60명이 더 올 셈이다.",
]


@pytest.mark.parametrize("text", _NOT_AVERAGES)
def test_no_average_per_one_unit(knowledge, text):
    assert_not_linked(knowledge, text, PER_UNIT)
