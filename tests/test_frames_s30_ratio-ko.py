"""Korean multiples and figures per unit (thirtieth session).

Multiples of a base named by `의` (checker/link/multiples_of_stated_base_ko.py): the value right after the multiple
(`…의 네 배인 20억 원`), the value in an earlier sentence of the paragraph or the lead's one figure of the base's
kind; the pair in the multiple's clause (`…으로 …이었던 지난해의 두 배`). Near misses: a base that is a part, a
quoted clause of another figure, another unit, two values as near, the figure before the multiple as the value.

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import document, findings
from test_frames import assert_checked, assert_not_checked

MULTIPLE = "F304"


def _fired(knowledge, text: str, rule: str) -> list[str]:
    result = findings(knowledge, document(text), select=[rule], show_passed=True)
    return [f.message for f in result.findings]


# ---------------------------------------------------------------- multiples of a base named by `의`


@pytest.mark.parametrize("times,fires", [("네 배인", False), ("여섯 배인", True)])
def test_value_right_after_a_named_base(knowledge, times, fires):
    text = (
        "은하군 국화 전시회 폐막\n\n은하군은 국화 전시회가 12일 막을 내렸다고 13일 밝혔다.\n\n"
        f"군은 행사비 5억 원을 들여 관람객이 쓴 돈을 합친 지역 소비가 행사비의 {times} 20억 원으로 늘었다고 추산했다."
    )
    assert_checked(knowledge, text, MULTIPLE, fires)


@pytest.mark.parametrize("times,fires", [("1.5배를 넘는다", False), ("2.5배를 넘는다", True)])
def test_value_in_the_sentence_before(knowledge, times, fires):
    text = (
        "솔빛시 도서 축제 마무리\n\n솔빛시는 도서 축제가 사흘 일정을 마쳤다고 3일 밝혔다.\n\n"
        "도서전 입장권은 1만1천 장이 나갔고, 입장료 수입은 3억3천만 원이었다. "
        f"재작년 입장료 수입 2억 원의 {times}."
    )
    assert_checked(knowledge, text, MULTIPLE, fires)


@pytest.mark.parametrize("times,fires", [("두 배", False), ("세 배", True)])
def test_pair_in_the_clause(knowledge, times, fires):
    text = (
        "한울전자 3분기 실적\n\n한울전자의 3분기 매출은 410억 원으로 1년 전(380억 원)보다 30억 원 늘었고, "
        f"해외 수주는 24건으로 12건이었던 지난해의 {times}로 불었다."
    )
    assert_checked(knowledge, text, MULTIPLE, fires)


@pytest.mark.parametrize("times,fires", [("세 배가 넘는 규모다", False), ("다섯 배가 넘는 규모다", True)])
def test_value_of_the_lead(knowledge, times, fires):
    text = (
        "별무리극단, 캐나다 순회공연 계약\n\n"
        "극단 별무리가 캐나다 공연기획사와 62억 원 규모의 순회공연 계약을 맺었다고 9일 밝혔다.\n\n"
        "공연은 내년 봄부터 가을까지 이어진다. "
        f"지난해 해외 공연 수입 18억 원의 {times}."
    )
    assert_checked(knowledge, text, MULTIPLE, fires)


# ---------------------------------------------------------------- near misses: not compared


@pytest.mark.parametrize(
    "text",
    [
        # the figure before the multiple is the value, the base (another branch) unstated
        "별빛시 어린이집 2호점\n\n별빛시는 어린이집 2호점을 짓기로 했다.\n\n"
        "1호점 정원은 40명이다. 2호점 정원은 90명으로 1호점의 1.5배 규모다.",
        # a quoted clause of another figure before the multiple: another subject
        "누리시 시립합창단\n\n누리시는 시립합창단의 올해 공연 실적을 밝혔다.\n\n"
        '단장은 "관객은 평년 2만 명의 80%를 넘었다"며 "해외 공연도 6회로 지난해의 두 배"라고 말했다.',
        # the sentence before states two amounts: which one, unsaid
        "미르군 사과 축제\n\n미르군은 사과 축제를 마쳤다고 밝혔다.\n\n"
        "판매액은 6억 원, 운영비는 2억 원이었다. 지난해 1억 원의 세 배를 넘는다.",
        # another unit before: no figure of the base's kind
        "하늘시 야시장\n\n하늘시는 야시장 방문객을 집계했다.\n\n"
        "방문객은 12만 명이었다. 지난해 매출 4억 원의 두 배 가까운 수준이다.",
        # the base a listed part: a breakdown, no comparison
        "가온시 예산\n\n가온시 예산은 300억 원이다.\n\n"
        "이 가운데 복지 120억 원, 교육 80억 원, 도로 100억 원이다. 복지 120억 원의 두 배를 웃돈다는 지적이 나온다.",
        # a subject the figure stated apart is not named of: which figure is the subject's, unsaid
        "누리시 꽃시장\n\n누리시는 꽃시장 실적을 밝혔다.\n\n"
        "화훼 판매액은 9억 원이었다. 이번 행사의 기부 모금액이 지난해 모금액 2억 원의 세 배에 이른다.",
        # the figure stated in another paragraph: not the one compared
        "새솔군 곶감 판매\n\n새솔군은 곶감 판매를 마쳤다고 밝혔다.\n\n곶감 판매액은 15억 원이었다.\n\n"
        "군은 내년 홍보비로 올해 홍보비 2억 원의 두 배 가까이를 쓰기로 했다.",
    ],
)
def test_multiples_near_misses_not_compared(knowledge, text):
    assert_not_checked(knowledge, text, MULTIPLE)


# ---------------------------------------------------------------- a figure per one person over the headline's count

PER_UNIT = "F317"


@pytest.mark.parametrize("each,fires", [("1인당 2만원꼴이다", False), ("1인당 3만원꼴이다", True)])
def test_per_person_over_the_headline_count(knowledge, each, fires):
    text = (
        "바람시 공공 자전거 상반기 이용 6만명\n\n"
        "바람시는 상반기 공공 자전거를 시민 6만명이 탔다고 4일 밝혔다. 지난해 같은 기간보다 8% 늘었다.\n\n"
        "대여소는 120곳으로 늘었다.\n\n"
        f"시는 상반기 운영비로 12억원을 썼다. 이용자 {each}."
    )
    assert_checked(knowledge, text, PER_UNIT, fires)


@pytest.mark.parametrize("each,fires", [("평균 1만5천원을", False), ("평균 2만5천원을", True)])
def test_per_person_with_the_total_in_its_sentence(knowledge, each, fires):
    text = (
        "다솜군 농촌 체험 관광객 4만명 다녀가\n\n"
        "다솜군은 올해 농촌 체험 마을을 찾은 관광객이 4만명으로 집계됐다고 8일 밝혔다.\n\n"
        f"체험비 수입은 6억원으로 방문객 1인당 {each} 낸 셈이다."
    )
    assert_checked(knowledge, text, PER_UNIT, fires)


@pytest.mark.parametrize(
    "text",
    [
        # people counted in the figure's paragraph: which of them, unsaid
        "바람시 공공 자전거 상반기 이용 6만명\n\n바람시는 상반기 공공 자전거 이용자가 6만명이라고 4일 밝혔다.\n\n"
        "정기권 회원은 9천명이다. 대여소는 120곳으로 늘었다. 고장 신고는 절반으로 줄었다. "
        "시는 상반기 운영비로 12억원을 썼다. 1인당 3만원꼴이다.",
        # an amount after the figure in its sentence: it may be that amount's factor
        "가람군 축제 5만명 방문\n\n가람군은 축제에 5만명이 다녀갔다고 밝혔다.\n\n"
        "특산물 판매액은 3억원이었다. 군은 관람객이 한 사람에 4만원씩 썼다고 가정해 파급 효과를 20억원으로 계산했다.",
        # the title states no count of people: the lead's is no headline figure
        "누리시 청년 월세 지원 마감\n\n누리시는 청년 월세 지원 신청자 2천명의 심사를 마쳤다고 밝혔다.\n\n"
        "시는 올해 예산 24억원을 배정했다. 1인당 100만원꼴이다.",
        # a count of another counter in the title: not people
        "하늘군 버섯 농가 80곳 수확\n\n하늘군은 버섯 농가 80곳이 수확을 마쳤다고 밝혔다.\n\n"
        "판매액은 16억원이었다. 1인당 2천만원꼴이다.",
    ],
)
def test_per_person_near_misses_not_linked(knowledge, text):
    assert_not_checked(knowledge, text, PER_UNIT)


# ---------------------------------------------------------------- clean paragraphs: figures near each other, unrelated

CLEAN = [
    # a multiple of another unit than the figures before it
    "새벽군 딸기 수확\n\n새벽군은 올해 딸기 생산량이 2천400톤이라고 밝혔다.\n\n"
    "판매액은 180억 원이었다. 재배 농가는 지난해 40곳의 두 배 가까이로 늘었다.",
    # two multiples, each of its own pair, in one sentence
    "해든시 도서관 이용\n\n해든시 도서관 방문객은 30만 명, 대출은 45만 권이었다.\n\n"
    "방문객은 지난해의 1.5배, 대출은 세 배로 늘었다고 시는 설명했다.",
    # a per-person amount whose people are counted in its own paragraph as several groups
    "온누리시 평생학습 축제 3만명\n\n온누리시 평생학습 축제에 3만명이 다녀갔다.\n\n"
    "강사 120명과 자원봉사자 480명이 참여했다. 행사비는 6억 원이었고 1인당 기념품은 1만 원어치였다.",
    # a multiple whose base is a share's whole: a part, no comparison
    "가람시 세입\n\n가람시 세입은 900억 원이다.\n\n"
    "이 가운데 지방세가 300억 원으로 세입의 3분의 1이다. 세외수입 100억 원의 세 배다.",
    # figures of other years side by side with a multiple of an unnamed base
    "하람군 관광객\n\n하람군을 찾은 관광객은 2024년 80만 명, 2025년 95만 명이었다.\n\n"
    "군은 2030년까지 관광객을 지금의 두 배로 늘리겠다고 밝혔다.",
    # a per-unit figure of a period too, over a headline count
    "별내시 공영주차장 이용 12만대\n\n별내시 공영주차장을 상반기 12만대가 이용했다.\n\n"
    "주차 요금 수입은 3억6천만 원이었다. 하루 평균 1대당 3천 원꼴이다.",
    # a multiple in a quoted plan, an amount of another paragraph
    "누리군 김장 축제\n\n누리군 김장 축제 판매액은 4억 원이었다.\n\n"
    '군수는 "내년에는 체험 부스를 올해 12곳의 두 배로 늘리겠다"고 말했다.',
    # a cost per person where the amount after it may be the product
    "솔마을 캠핑장 1만2천명\n\n솔마을 캠핑장을 1만2천명이 찾았다.\n\n"
    "매점 매출은 9천만 원이었다. 군은 이용객이 1인당 2만 원씩 썼다고 가정해 파급 효과를 2억4천만 원으로 계산했다.",
]


@pytest.mark.parametrize("text", CLEAN)
def test_clean_paragraphs_raise_no_ratio_finding(knowledge, text):
    for rule in (MULTIPLE, PER_UNIT):
        assert _fired(knowledge, text, rule) == [], rule
