"""Korean figures per one unit whose count stands with them (thirtieth session, second round).

A figure per one unit whose count is glued to the mark (`단원 40명의 1인당`): the count before the mark is a member
(the noun glued to the number is no subset's name), and when the amount it divides is a part set beside its share in
the sentence right before (`인건비가 60억원으로 예산의 40%`), that part is its total (checker/link/per_unit_ko.py).
Near misses: another unit, another kind of amount, two parts as near, the count in another sentence, unrelated
figures near each other.

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

import pytest
from test_frames import assert_checked, assert_not_checked

PER_UNIT = "F317"

_LEAD = "누리시립합창단 올해 살림 52억 원\n\n누리시립합창단이 올해 예산을 52억 원으로 정했다고 4일 밝혔다.\n\n"


@pytest.mark.parametrize("each,fires", [("9천만 원꼴이다", False), ("1억5천만 원꼴이다", True)])
def test_count_glued_to_the_mark_and_part_before(knowledge, each, fires):
    text = _LEAD + f"지출은 단원 인건비가 36억 원으로 예산의 69%를 차지한다. 단원 40명의 1인당 평균 연봉은 {each}."
    assert_checked(knowledge, text, PER_UNIT, fires)


@pytest.mark.parametrize("each,fires", [("3천만 원가량이다", False), ("6천만 원가량이다", True)])
def test_count_glued_with_a_hedge_other_beat(knowledge, each, fires):
    text = (
        "바람섬 어촌계 올해 소득 정리\n\n바람섬 어촌계가 올해 공동 작업 소득을 정리했다고 2일 밝혔다.\n\n"
        f"전복 판매액이 18억 원으로 전체 소득의 75%였다. 어가 60곳의 한 곳당 평균 판매액은 {each}."
    )
    assert_checked(knowledge, text, PER_UNIT, fires)


CLEAN = [
    # another unit: the count is of people, the mark of households
    _LEAD + "지출은 단원 인건비가 36억 원으로 예산의 69%를 차지한다. 단원 40명의 가구당 평균 소득은 5천만 원이다.",
    # the count in another sentence, two sentences of amounts
    _LEAD + "단원은 40명이다. 인건비 36억 원, 공연비 9억 원이 들었다. 관객 1인당 티켓값은 3만 원이다.",
    # two parts beside their shares right before: which one, unsaid
    _LEAD + "인건비가 36억 원으로 69%, 공연비가 9억 원으로 17%다. 단원 40명의 1인당 평균 연봉은 9천만 원꼴이다.",
    # a list of unrelated figures
    _LEAD + "올해 공연은 48회, 관객은 3만2천 명, 입장 수입은 6억 원이었다. 정기 공연 티켓은 2만 원이다.",
    # a price, no count of its unit
    _LEAD + "지출은 공연비가 9억 원으로 예산의 17%다. 객석 1석당 관리비는 1만 원이다.",
    # another year's figure before the mark
    _LEAD + "지출은 인건비가 36억 원으로 69%다. 지난해 1인당 연봉 8천만 원에서 올해 1인당 9천만 원으로 올랐다.",
    "한결군 사과 수확 마무리\n\n한결군은 올해 사과 수확을 마쳤다고 8일 밝혔다.\n\n"
    "생산량은 4천200톤, 재배 농가는 310곳이다. 사과 한 상자 값은 5만 원 안팎이다.",
    "새봄시 공영주차장 확충\n\n새봄시는 공영주차장 다섯 곳을 새로 열었다고 1일 밝혔다.\n\n"
    "주차면은 모두 820면이며 사업비는 64억 원이다. 하루 주차 요금은 최대 1만2천 원이다.",
    "가온도서관 여름 독서 교실\n\n가온도서관은 여름 독서 교실에 어린이 240명이 참여했다고 밝혔다.\n\n"
    "교실은 12개 반으로 운영했고 강사 18명이 참여했다. 책 꾸러미는 한 명에 세 권씩 나눠 줬다.",
    "다솜시 청년 월세 지원\n\n다솜시는 청년 월세 지원 대상이 1천200명으로 늘었다고 밝혔다.\n\n"
    "지원금은 1인당 월 20만 원이며 최대 12개월까지 받는다. 지난해 대상은 900명이었다.",
    "푸른강 정수장 증설\n\n푸른강 정수장 증설 공사가 끝났다.\n\n"
    "하루 처리 용량이 12만 톤에서 18만 톤으로 늘었다. 공사비는 420억 원으로 국비가 40%인 168억 원이다.",
    "한빛구 경로당 냉방비\n\n한빛구는 경로당 냉방비를 지원한다고 밝혔다.\n\n"
    "경로당 210곳에 한 곳당 월 10만 원씩 석 달 동안 준다. 구비는 6천300만 원이 든다.",
    "솔내시 전기버스 도입\n\n솔내시는 전기버스 30대를 들여온다고 밝혔다.\n\n"
    "차량 값은 4억 원이며 충전기는 15기를 새로 단다. 운전기사는 45명을 뽑는다.",
    "마루군 축제 결산\n\n마루군은 축제 관광객이 8만 명이었다고 밝혔다.\n\n"
    "관광객 씀씀이는 1인당 3만 원꼴로 조사됐다. 축제 예산은 9억 원으로 군비가 70%다.",
    "별빛천문대 방문객\n\n별빛천문대는 상반기 방문객이 2만1천 명이라고 밝혔다.\n\n"
    "관측 프로그램은 140회 열렸고 해설사는 6명이다. 입장료는 어른 3천 원, 어린이 1천 원이다.",
    "다래시 학교 급식\n\n다래시는 학교 급식 단가를 올린다고 밝혔다.\n\n"
    "급식비 예산이 210억 원으로 교육 예산의 30%다. 학생 3만 명의 한 끼 단가는 4천500원이다.",
]


@pytest.mark.parametrize("text", CLEAN)
def test_unrelated_figures_are_not_linked(knowledge, text):
    assert_not_checked(knowledge, text, PER_UNIT)
