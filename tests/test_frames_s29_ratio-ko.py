"""Korean figures per one unit (twenty-ninth session, checker/link/per_unit_ko.py): one of the unit as its clause's
subject or the one given to (`농가 한 곳이 평균`, `한 자루에`, `1명에 …꼴`), in a sentence that says the figure is an
average; and the total a figure per unit times its count makes, stated after it (`곳당 25만원씩 모두 3천만원`, the
next sentence's one amount, `이에 따라 판매액은`), with the lead's measure as its count when the mark names the
good bare (`찻잎 ㎏당`). Near misses: one of a time (`한 해`, `한 번에`), a per-year span in the clause, a comparison
with the average (`평균보다`), no average word, a cap (`최대`), a next sentence of two amounts, a rate the title
alone states, a count of another counter, an amount of another sentence than the count's and the figure's.

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import document, findings
from test_frames import assert_checked, assert_not_checked

RULE = "F317"


def _fires(knowledge, text: str) -> bool:
    result = findings(knowledge, document(text), select=[RULE], show_passed=True)
    return RULE in [f.rule for f in result.findings]


# ---------------------------------------------------------------- one of the unit as the clause's subject


@pytest.mark.parametrize("each,fires", [("3천만 원", False), ("4천만 원", True)])
def test_one_outlet_as_the_subject_over_a_span_of_the_total(knowledge, each, fires):
    text = (
        "청담시 공영주차장 수입 18억 원\n\n"
        "청담시는 올해 상반기 공영주차장 요금 수입이 18억 원이라고 5일 밝혔다.\n\n"
        "시가 운영하는 공영주차장은 60곳으로 지난해보다 4곳 늘었다. "
        f"주차장 한 곳이 반년 동안 거둔 요금은 평균 {each} 안팎인 셈이다."
    )
    assert_checked(knowledge, text, RULE, fires)


@pytest.mark.parametrize("each,fires", [("평균 4천 마리", False), ("평균 5천500마리", True)])
def test_one_farm_as_the_subject_of_a_count(knowledge, each, fires):
    text = (
        "한결군 어린 전복 36만 마리 배부\n\n한결군은 올해 어린 전복 36만 마리를 어촌계에 나눠 줬다고 3일 밝혔다.\n\n"
        f"전복을 배정받은 어촌계는 모두 90곳이다. 어촌계 한 곳이 {each}를 받은 셈이다."
    )
    assert_checked(knowledge, text, RULE, fires)


@pytest.mark.parametrize("each,fires", [("5만 원꼴", False), ("7만 원꼴", True)])
def test_one_person_given_to_with_a_hedge_after(knowledge, each, fires):
    text = (
        "새봄구 건강검진 상반기 2,400명\n\n새봄구 보건소는 상반기 무료 건강검진 수검자가 2,400명이라고 밝혔다.\n\n"
        f"검진 예산은 1억2천만 원으로, 수검자 1명에 {each}이다."
    )
    assert_checked(knowledge, text, RULE, fires)


@pytest.mark.parametrize("each,fires", [("2억 원씩", False), ("3억 원씩", True)])
def test_one_of_a_word_count_given_to(knowledge, each, fires):
    text = (
        "서라구 작은 도서관\n\n서라구는 주민 독서 공간을 늘린다고 밝혔다.\n\n"
        f"구청은 내년에 작은 도서관 네 곳을 새로 짓는 데 8억 원을 쓴다. 한 곳에 {each}이다."
    )
    assert_checked(knowledge, text, RULE, fires)


@pytest.mark.parametrize("each,fires", [("평균 2톤", False), ("평균 3톤", True)])
def test_one_hectare_as_the_place(knowledge, each, fires):
    text = (
        "솔뫼군 감자 수확 1천200톤\n\n솔뫼군은 올해 감자 1천200톤을 거뒀다고 8일 밝혔다.\n\n"
        f"재배 면적은 600㏊로 지난해보다 20㏊ 늘었다. 1㏊에서 {each}을 거둔 셈이다."
    )
    assert_checked(knowledge, text, RULE, fires)


# ---------------------------------------------------------------- the total stated after the figure per unit


@pytest.mark.parametrize("total,fires", [("3천만 원", False), ("3천500만 원", True)])
def test_a_total_after_each_in_the_same_clause(knowledge, total, fires):
    text = (
        "하늘군 경로당 냉방비 지원\n\n하늘군은 올여름 경로당 냉방비 지원 대상을 120곳으로 늘렸다고 4일 밝혔다.\n\n"
        f"군은 경로당 한 곳당 25만 원씩 모두 {total}을 지원한다."
    )
    assert_checked(knowledge, text, RULE, fires)


@pytest.mark.parametrize("total,fires", [("48억 원", False), ("60억 원", True)])
def test_a_total_the_next_sentence_states_over_the_lead_measure(knowledge, total, fires):
    text = (
        "보성 녹차 수확 120톤\n\n전남 보성군은 올봄 녹차 수확량이 120톤으로 지난해보다 9% 늘었다고 3일 밝혔다.\n\n"
        f"찻잎 ㎏당 수매가는 평균 4만 원으로 지난해 3만8천 원보다 올랐다. 이에 따라 올해 판매액은 {total}에 이르렀다."
    )
    assert_checked(knowledge, text, RULE, fires)


# ---------------------------------------------------------------- near misses: no link


NEAR_MISSES = [
    # one of a time, not of the unit
    "누리시 캠핑장 이용 3만 팀\n\n누리시는 올해 캠핑장 이용이 3만 팀이라고 밝혔다.\n\n"
    "캠핑장은 40곳이다. 한 해 평균 이용료는 9만 원이다.",
    # a per-year span in the subject's clause (the total's years unsaid)
    "두레군 귀농 지원 누적 96억 원\n\n두레군은 귀농 지원금이 누적 96억 원이라고 밝혔다.\n\n"
    "지원받은 가구는 640가구다. 한 가구가 한 해 평균 500만 원을 받은 셈이다.",
    # a comparison with the average: one unit's own figure
    "해담시 공공자전거 이용 52만 건\n\n해담시는 올해 공공자전거 이용 건수가 52만 건이라고 밝혔다.\n\n"
    "대여소는 모두 310곳이다. 역 앞 대여소 한 곳이 평균보다 세 배 많은 4천200건을 기록했다.",
    # no word of an average: one unit's own figure
    "한솔마트 3분기 매출 900억 원\n\n한솔마트는 3분기 매출이 900억 원이라고 밝혔다.\n\n"
    "점포는 150곳이다. 본점 한 곳이 30억 원을 벌었다.",
    # a cap after a figure given to each
    "하늘군 난방비 지원\n\n하늘군은 올겨울 난방비 지원 대상을 120곳으로 늘렸다고 밝혔다.\n\n"
    "군은 경로당 한 곳당 25만 원씩 최대 3천500만 원까지 지원한다.",
    # the next sentence states two amounts: which one, unsaid
    "보람시 봉사 5만 시간\n\n보람시는 올해 자원봉사 시간이 5만 시간이라고 밝혔다.\n\n"
    "시는 봉사 1시간당 400원씩 적립해 준다. 적립액의 연 환산치는 3억 원으로 예산(2억9천만 원)을 웃돈다.",
    # a measure the title states as a rate per day
    "가람시 매립가스 하루 3만㎥\n\n가람시는 매립지에서 상반기 가스 540만㎥를 뽑았다고 밝혔다.\n\n"
    "가스는 발전소에 ㎥당 300원에 판다. 이에 따라 수입은 20억 원이다.",
    # one of a time as the subject's noun
    "다온시 민원 처리 12만 건\n\n다온시는 올해 민원 처리가 12만 건이라고 밝혔다.\n\n"
    "담당 직원은 60명이다. 한 번에 평균 3건을 처리했다.",
    # a count of another counter than the mark's noun
    "나래항 어획 2천 톤\n\n나래항 수협은 올봄 어획량이 2천 톤이라고 밝혔다.\n\n"
    "어민은 400명이다. 배 한 척이 평균 8톤을 잡았다.",
    # another metric's figure in the subject's clause, no total of its kind
    "청솔군 사과 농가 250곳\n\n청솔군은 사과 재배 농가가 250곳이라고 밝혔다.\n\n농가 한 곳이 평균 4.2㏊를 가꾼다.",
    # a list of unrelated figures around a subject of one
    "마루시 축제 관광객 8만 명\n\n마루시는 축제에 8만 명이 다녀갔다고 밝혔다.\n\n"
    "부스는 120곳, 공연은 36회였다. 한 회 평균 관객은 900명이었다.",
    # a prior of the figure's kind before it: which year's, unsaid
    "산들군 배 수확 3천 톤\n\n산들군은 올해 배 3천 톤을 거뒀다고 밝혔다.\n\n"
    "배 값은 지난해 2천 원에서 올해 ㎏당 평균 2천500원으로 올랐다. 판매액은 90억 원이다.",
    # a figure given to each, then a later clause's amount after a comma
    "온누리구 청년 면접 정장\n\n온누리구는 청년 300명에게 정장을 빌려줬다고 밝혔다.\n\n"
    "구는 1인당 5만 원씩 지원하고, 전체 사업비 4천만 원은 구비로 댄다.",
    # a subject of one in a clause ranking it (no average)
    "바다시 수산물 위판 1천억 원\n\n바다시 수협은 올해 위판액이 1천억 원이라고 밝혔다.\n\n"
    "위판장은 8곳이다. 이 가운데 한 곳이 가장 많은 300억 원을 올렸다.",
    # another subset named before a measure's mark with a particle
    "청림군 포도 900톤\n\n청림군은 올해 포도 900톤을 거뒀다고 밝혔다.\n\n"
    "샤인머스캣의 ㎏당 값은 평균 1만 원이다. 이에 따라 샤인머스캣 판매액은 40억 원이다.",
    # one of the unit in another sentence's period per month
    "한울시 택시 호출 36만 건\n\n한울시는 올해 택시 호출이 36만 건이라고 밝혔다.\n\n"
    "택시는 500대다. 택시 한 대가 매달 평균 60건을 받았다.",
]


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_near_misses_are_not_linked(knowledge, text):
    assert not _fires(knowledge, text)


@pytest.mark.parametrize("text", NEAR_MISSES[:6])
def test_near_misses_are_not_checked(knowledge, text):
    assert_not_checked(knowledge, text, RULE)


# ---------------------------------------------------------------- an average per day or month over a span of years
# (checker/link/span_averages.py)


@pytest.mark.parametrize(
    "span,average,fires",
    [
        ("1년 동안", "하루 평균 200명꼴", False),
        ("1년 동안", "하루 평균 300명꼴", True),
        ("지난 2년간", "한 달 평균 3천50명꼴", False),
        ("지난 2년간", "한 달 평균 4천명꼴", True),
    ],
)
def test_an_average_worked_out_over_a_span_of_years(knowledge, span, average, fires):
    text = f"바다시 수상버스 운항\n\n바다시는 수상버스가 {span} 승객 7만3천200명을 태웠다고 밝혔다. {average}이다."
    assert_checked(knowledge, text, "F312", fires)


SPAN_NEAR_MISSES = [
    # an average per day not said to be worked out from the total: the days it ran, unsaid
    "바다시 수상버스 운항\n\n바다시는 수상버스가 1년 동안 승객 7만3천 명을 태웠다고 밝혔다. "
    "주말에는 하루 500명이 탄다.",
    # two spans of years in the total's sentence: which one, unsaid
    "바다시 수상버스 운항\n\n바다시는 수상버스가 3년간 계획된 사업 가운데 1년 동안 승객 7만3천 명을 태웠다고 밝혔다. "
    "하루 평균 300명꼴이다.",
]


@pytest.mark.parametrize("text", SPAN_NEAR_MISSES)
def test_span_near_misses_are_not_linked(knowledge, text):
    result = findings(knowledge, document(text), select=["F312"], show_passed=True)
    assert "F312" not in [f.rule for f in result.findings]
