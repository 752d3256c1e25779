"""Korean figures per one unit read by a lane of the twenty-eighth session (checker/link/per_unit_ko.py):
- a figure after `NOUN당` (`한 곳당`, `㎏당`, a few words between: the metric, a hedge) is its total over its count,
  each found in its paragraph (its sentence and the two before) or, when none stands there, among the headline's
  figures the title states and the lead restates;
- vetoes: a subset the mark names (`X의 ㎏당`), a figure per period as well (`하루 평균`), a lead figure the title does
  not state, counts of the unit earlier in its paragraph, a number's own unit
  (`3.3㎡당`).

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import document, findings
from test_frames import assert_checked, assert_not_checked

_LIBRARIES = (
    "청운군 마을 도서관 36곳 문 열어\n\n"
    "청운군은 올해 마을 도서관 36곳을 새로 열었다고 2일 밝혔다. 주민 반응이 좋다.\n\n"
    "도서관 운영에는 모두 5억4천만원이 들었다. 설치비와 인건비가 대부분이다. 도서관 한 곳당 {per}꼴이다.\n"
)


@pytest.mark.parametrize("per,fires", [("1,500만원", False), ("1,800만원", True)])
def test_a_count_of_the_headline_over_a_total_of_the_paragraph(knowledge, per, fires):
    assert_checked(knowledge, _LIBRARIES.format(per=per), "F317", fires)


_TANGERINES = (
    "해온군 감귤 판매액 96억원 넘어\n\n"
    "해온군은 올겨울 감귤 판매액이 96억원으로 집계됐다고 8일 밝혔다. 작황이 좋았다.\n\n"
    "출하량은 2,400톤이었다. 재배 농가도 늘었다. ㎏당 평균 판매가는 {per}이다.\n"
)


@pytest.mark.parametrize("per,fires", [("4천원", False), ("5천원", True)])
def test_a_total_of_the_headline_over_a_measure_of_the_paragraph(knowledge, per, fires):
    assert_checked(knowledge, _TANGERINES.format(per=per), "F317", fires)


_KIOSKS = (
    "셀프 사진관 체인 '찰칵' 지점 120곳…상반기 매출 48억원\n\n"
    "셀프 사진관 체인 찰칵은 상반기 매출이 48억원, 순이익이 6억원이라고 전했다. 지점은 120곳이다.\n\n"
    "올해부터 인화 용지를 직접 만든다. 상반기 지점 한 곳당 평균 매출은 {per}이다.\n"
)


@pytest.mark.parametrize("per,fires", [("4천만원", False), ("5천만원", True)])
def test_the_metric_named_picks_the_headline_total(knowledge, per, fires):
    assert_checked(knowledge, _KIOSKS.format(per=per), "F317", fires)


@pytest.mark.parametrize("per", ["1,500만원", "1,800만원"])
def test_a_lead_count_the_title_does_not_state_is_no_member(knowledge, per):
    text = _LIBRARIES.format(per=per).replace("도서관 36곳 문 열어", "도서관 문 열어")
    assert_not_checked(knowledge, text, "F317")


def test_a_subset_named_before_the_mark_is_not_the_headline(knowledge):
    text = (
        "해담군 사과 출하 2,400톤…판매액 96억원\n\n"
        "해담군은 올가을 사과 2,400톤을 출하해 96억원어치를 팔았다고 5일 밝혔다. 작황이 좋았다.\n\n"
        "품종별로는 홍로가 가장 많았다. 홍로의 ㎏당 가격은 5천원꼴이다.\n"
    )
    assert_not_checked(knowledge, text, "F317")


def test_a_figure_per_a_day_too_is_no_quotient_of_the_count(knowledge):
    text = (
        "무지개시 공공자전거 대여소 150곳 설치\n\n"
        "무지개시는 올해 공공자전거 대여소 150곳을 설치했다고 11일 밝혔다. 대여는 모두 21만건이었다.\n\n"
        "시민 호응이 크다. 대여소 한 곳당 하루 평균 대여는 9건이다.\n"
    )
    assert_not_checked(knowledge, text, "F317")


def test_two_counts_earlier_in_the_paragraph_leave_the_count_unsaid(knowledge):
    text = (
        "청운군 마을 도서관 36곳 문 열어\n\n"
        "청운군은 올해 마을 도서관 36곳을 새로 열었다고 2일 밝혔다. 주민 반응이 좋다.\n\n"
        "읍내에 14곳, 면 지역에 22곳이 있다. 열람실도 넓혔다. 주차장도 갖췄다. 운영비는 모두 5억4천만원이다. "
        "도서관 한 곳당 1,800만원꼴이다.\n"
    )
    assert_not_checked(knowledge, text, "F317")


def test_a_price_per_a_numbers_own_unit_takes_no_lead_measure(knowledge):
    text = (
        "새솔구 아파트 전용 84㎡ 12억원에 거래\n\n"
        "새솔구의 한 단지 전용면적 84㎡가 12억원에 팔렸다고 중개업계가 7일 밝혔다. 거래가 늘었다.\n\n"
        "바로 옆 오피스텔의 3.3㎡당 시세는 2,800만원 선이다.\n"
    )
    assert_not_checked(knowledge, text, "F317")


# ---------------------------------------------------------------- clean paragraphs: unrelated figures side by side

CLEAN = [
    "가온시 공원 42곳 새 단장\n\n가온시는 공원 42곳을 새로 단장했다고 밝혔다.\n\n"
    "공원마다 벤치를 12개씩 놓았다. 공원 한 곳당 하루 평균 방문객은 300명이다.\n",
    "단비군 전복 위판 85톤\n\n단비군 수협은 전복 85톤이 위판됐다고 밝혔다.\n\n"
    "전복 ㎏당 낙찰가는 4만6천원으로 지난해 4만2천원보다 올랐다.\n",
    "바람시 전기버스 80대 도입\n\n바람시는 전기버스 80대를 들였다고 밝혔다. 충전소도 12곳 지었다.\n\n"
    "노선은 24개다. 노선당 배차 간격은 15분이다.\n",
    "해솔구 경로당 150곳 냉방비 지원\n\n해솔구는 경로당 150곳에 냉방비를 준다고 밝혔다.\n\n"
    "올해 예산은 3억원이다. 회원 1인당 월 회비는 5천원이다.\n",
    "청림군 딸기 수확 1,100톤\n\n청림군은 올해 딸기 1,100톤을 거뒀다고 밝혔다.\n\n"
    "설향의 ㎏당 가격은 1만2천원꼴이다. 금실은 물량이 적었다.\n",
    "다온시 어린이집 96곳\n\n다온시는 어린이집 96곳을 운영한다고 밝혔다. 교사는 840명이다.\n\n"
    "보조금은 모두 48억원이다. 교사 1인당 담당 아동은 5명꼴이다.\n",
    "새봄군 축제 관광객 12만명\n\n새봄군 축제에 관광객 12만명이 다녀갔다.\n\n"
    "지역 상가 매출은 36억원이다. 상가 한 곳당 하루 평균 매출은 50만원이다.\n",
    "한결시 택시 2,300대\n\n한결시는 택시 2,300대의 요금을 올린다고 밝혔다.\n\n"
    "기본요금은 4,800원이다. ㎞당 요금은 900원이다.\n",
    "소담군 고추 생산 640톤\n\n소담군은 고추 640톤을 생산했다고 밝혔다.\n\n"
    "재배 면적은 320㏊였다. 지난해 ㎏당 가격은 1만5천원으로 올해보다 높았다.\n",
    "푸른구 공영주차장 18곳\n\n푸른구는 공영주차장 18곳을 운영한다고 밝혔다.\n\n"
    "주차면은 모두 2,700면이다. 시간당 요금은 1,200원이다.\n",
    "초록시 가로수 1만2천그루 심어\n\n초록시는 가로수 1만2천그루를 심었다고 밝혔다.\n\n"
    "사업비는 24억원이다. 은행나무의 그루당 값은 30만원이다.\n",
    "은하군 펜션 210곳\n\n은하군에는 펜션 210곳이 있다고 군이 밝혔다.\n\n"
    "객실 요금은 1박에 12만원 선이다. 주말 예약률은 80%다.\n",
    "가람시 수영장 이용객 38만명\n\n가람시 수영장 이용객이 38만명으로 늘었다.\n\n"
    "수영장은 7곳이다. 강사는 60명이다. 강사 1인당 월급은 280만원이다.\n",
    "하늘군 배추 9,000톤 출하\n\n하늘군은 배추 9,000톤을 출하했다고 밝혔다.\n\n"
    "포기당 무게는 3㎏ 안팎이다. 망당 가격은 8천원이다.\n",
    "별빛시 야시장 매대 60곳\n\n별빛시 야시장이 매대 60곳으로 문을 열었다.\n\n"
    "방문객은 하루 평균 4천명이다. 매대 한 곳당 월평균 매출은 900만원이다.\n",
    "도담구 전기차 충전기 450기\n\n도담구는 충전기 450기를 설치했다고 밝혔다.\n\n"
    "충전 요금은 ㎾h당 320원이다. 설치비는 기당 700만원으로 지난해 650만원보다 올랐다.\n",
]


@pytest.mark.parametrize("text", CLEAN)
def test_unrelated_figures_per_unit_stay_unlinked(knowledge, text):
    result = findings(knowledge, document(text), show_passed=True)
    assert not result.findings, [f.message for f in result.findings]
