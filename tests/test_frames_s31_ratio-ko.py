"""Korean figures per unit and multiples (thirty-first session).

Figures per one unit (checker/link/per_unit_ko.py): a word of the clause before the mark (`…원으로 건당`, `…수로
나누면 1인당`) names no subset; the lead's opening sentence's one count of the unit, when the title states none and
the figure's own sentence restates the total it divides (`사업비는 N원으로 가구당 평균`) or gives it out (`곳당 N원씩
모두`), or the lead's opening total named with the metric the figure's clause names (`한 곳의 분기 평균 매출은`); one
of the unit with the genitive read only with `평균` before the figure; a count of occasions (`이용 N건`) is no count of
the thing named before it.

Multiples whose value and base the clause names with nouns (checker/link/multiples_of_stated_base_ko.py): `A는 B의
N배`, `A` and `B` each standing right before a figure of one kind in the sentence or the two before it.

Near misses: another year's total, a contrast before another cost, a count of
occasions, another unit, a name standing before two figures, a smaller value, and clean paragraphs of unrelated
figures. Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import document, findings
from test_frames import assert_checked, assert_not_checked

PER_UNIT = "F317"
MULTIPLE = "F304"

_CARE = (
    "해랑구 방문 수리 서비스 1년 맞아\n\n"
    "해랑구는 노인 가구 방문 수리 서비스가 지난 1년 동안 2천500건을 처리했다고 8일 밝혔다.\n\n"
)


# ---------------------------------------------------------------- per unit: the lead's count, the total restated


@pytest.mark.parametrize("each,fires", [("2만 원 안팎에", False), ("3만 원 안팎에", True)])
def test_lead_count_untitled_total_restated(knowledge, each, fires):
    text = _CARE + f"구가 부담한 자재비 5천만 원은 건당 {each} 해당한다."
    assert_checked(knowledge, text, PER_UNIT, fires)


@pytest.mark.parametrize("each,fires", [("6백만 원 정도", False), ("9백만 원 정도", True)])
def test_lead_count_untitled_hedged(knowledge, each, fires):
    text = (
        "바람시 작은도서관 새 단장\n\n바람시는 올해 작은도서관 40곳의 서가와 조명을 바꿨다고 2일 밝혔다.\n\n"
        f"새 단장에는 시비 2억4천만 원이 들어 도서관당 {each}가 쓰였다."
    )
    assert_checked(knowledge, text, PER_UNIT, fires)


@pytest.mark.parametrize("each,fires", [("2억 원씩", False), ("3억 원씩", True)])
def test_lead_count_untitled_given_out(knowledge, each, fires):
    text = (
        "누리군 마을 돌봄센터 문 연다\n\n누리군은 내년 3월까지 마을 돌봄센터 5곳을 새로 짓는다고 4일 밝혔다.\n\n"
        f"군은 센터 한 곳당 {each} 모두 10억 원을 지원한다."
    )
    assert_checked(knowledge, text, PER_UNIT, fires)


def test_total_of_another_year_not_divided(knowledge):
    text = _CARE + "지난해 자재비는 4천만 원이었다. 올해는 건당 평균 3만 원꼴이 들었다."
    assert_not_checked(knowledge, text, PER_UNIT)


def test_contrast_between_total_and_figure_of_another_cost(knowledge):
    text = _CARE + "올해 자재비는 5천만 원이었지만 건당 출장비는 평균 3만 원꼴이다."
    assert_not_checked(knowledge, text, PER_UNIT)


def test_count_stated_only_after_the_lead_opening(knowledge):
    text = (
        "해랑구 방문 수리 서비스 1년 맞아\n\n해랑구는 노인 가구 방문 수리 서비스를 1년 동안 운영했다고 8일 밝혔다. "
        "접수는 2천500건, 현장 상담은 900건이었다.\n\n부품 구입비는 7천만 원으로 건당 2만8천 원 남짓이 들었다."
    )
    assert_not_checked(knowledge, text, PER_UNIT)


def test_count_of_occasions_is_no_count_of_the_place(knowledge):
    text = (
        "가온시 무인 반납함 이용 9만 건\n\n가온시는 무인 도서 반납함 이용이 올해 9만 건으로 집계됐다고 6일 밝혔다.\n\n"
        "시는 관리비로 반납함당 300만 원씩 모두 1억8천만 원을 쓴다."
    )
    assert_not_checked(knowledge, text, PER_UNIT)


_CHAIN = (
    "별마루 캠핑 3분기 실적 발표\n\n캠핑장 운영사 별마루는 3분기 매출이 96억 원으로 2분기보다 8% 늘었다고 "
    "3일 밝혔다.\n\n이 회사가 운영하는 캠핑장은 120곳이다. "
)


@pytest.mark.parametrize("each,fires", [("8천만 원", False), ("1억1천만 원", True)])
def test_one_of_the_unit_genitive_average_lead_total(knowledge, each, fires):
    text = _CHAIN + f"캠핑장 한 곳의 평균 매출은 석 달 기준 {each} 수준이다."
    assert_checked(knowledge, text, PER_UNIT, fires)


@pytest.mark.parametrize("each,fires", [("8천만 원", False), ("1억1천만 원", True)])
def test_one_as_subject_metric_named_lead_total(knowledge, each, fires):
    text = _CHAIN + f"7∼9월 캠핑장 한 곳이 벌어들인 매출은 평균 {each}가량이다."
    assert_checked(knowledge, text, PER_UNIT, fires)


def test_one_of_the_unit_genitive_without_average(knowledge):
    text = _CHAIN + "이 가운데 가평 캠핑장 한 곳의 분기 매출이 8천만 원으로 1위였다."
    assert_not_checked(knowledge, text, PER_UNIT)


def test_metric_other_than_the_lead_total(knowledge):
    text = _CHAIN + "캠핑장 한 곳의 평균 부지 임차료는 석 달 기준 8천만 원 수준이다."
    assert_not_checked(knowledge, text, PER_UNIT)


# ---------------------------------------------------------------- multiples: value and base named with nouns


@pytest.mark.parametrize("times,fires", [("세 배다", False), ("다섯 배다", True)])
def test_named_pair_in_the_sentence_before(knowledge, times, fires):
    text = (
        "한결항 겨울 입항 선박\n\n한결항만공사는 겨울철 입항 선박을 집계해 5일 발표했다.\n\n"
        "올겨울 서부두에 들어온 선박은 140척에 그쳤다. 반면 북부두에는 420척이 몰렸다. "
        f"북부두 입항은 서부두의 {times}."
    )
    assert_checked(knowledge, text, MULTIPLE, fires)


@pytest.mark.parametrize("times,fires", [("세 배에 가까웠다", False), ("여섯 배에 가까웠다", True)])
def test_named_pair_in_its_own_sentence(knowledge, times, fires):
    text = (
        "솔내 수목원 가을 관람\n\n솔내 수목원은 가을 관람 결과를 3일 내놨다.\n\n"
        f"요일별로 보면 토요일 관람객이 870명, 화요일은 300명에 그쳐 토요일이 화요일의 {times}."
    )
    assert_checked(knowledge, text, MULTIPLE, fires)


def test_named_pair_other_units_not_compared(knowledge):
    text = (
        "한결항 겨울 입항 선박\n\n한결항만공사는 겨울철 입항 선박을 집계해 5일 발표했다.\n\n"
        "올겨울 서부두 물동량은 140톤에 그쳤다. 반면 북부두에는 420척이 몰렸다. 북부두 입항은 서부두의 세 배다."
    )
    assert_not_checked(knowledge, text, MULTIPLE)


def test_named_pair_name_before_two_figures(knowledge):
    text = (
        "한결항 겨울 입항 선박\n\n한결항만공사는 겨울철 입항 선박을 집계해 5일 발표했다.\n\n"
        "북부두가 420척, 북부두 외항 정박이 90척, 서부두가 140척이었다. 북부두 입항은 서부두의 세 배였다."
    )
    result = findings(knowledge, document(text), select=[MULTIPLE], show_passed=True)
    assert MULTIPLE not in [f.rule for f in result.findings], [f.message for f in result.findings]


def test_named_pair_value_smaller_than_base(knowledge):
    text = (
        "한결항 겨울 입항 선박\n\n한결항만공사는 겨울철 입항 선박을 집계해 5일 발표했다.\n\n"
        "올겨울 서부두에 들어온 선박은 140척에 그쳤다. 반면 북부두에는 420척이 몰렸다. 서부두 입항은 북부두의 세 배다."
    )
    result = findings(knowledge, document(text), select=[MULTIPLE], show_passed=True)
    assert not any("140" in p.message and "420" in p.message for p in result.passed)


@pytest.mark.parametrize("times,fires", [("네 배가 넘는 수준이며", False), ("일곱 배가 넘는 수준이며", True)])
def test_base_before_genitive_then_a_prior_of_the_next_clause(knowledge, times, fires):
    text = (
        "하늘섬 벚꽃길 상춘객 몰려\n\n하늘섬군은 벚꽃길 개방 열흘 동안 상춘객 9만 명이 찾았다고 2일 밝혔다. "
        f"섬 주민 2만 명의 {times}, 작년(7만5천 명)보다는 1만5천 명 많다."
    )
    assert_checked(knowledge, text, MULTIPLE, fires)


# ---------------------------------------------------------------- clean paragraphs: unrelated figures side by side

CLEAN = [
    # a per-unit price set by rule beside a total of another thing
    "다온군 공영주차장 요금 조정\n\n다온군은 공영주차장 12곳의 요금을 다음 달부터 바꾼다고 7일 밝혔다.\n\n"
    "주차 요금은 시간당 1천 원으로 정했고, 주차장 정비에는 3억 원을 쓴다.",
    # a per-unit fee and an unrelated budget in one sentence with a clause ending between
    "새벽시 자전거 등록제 시행\n\n새벽시는 자전거 등록제를 시행한다고 2일 밝혔다.\n\n"
    "등록 수수료는 대당 3천 원이고, 시는 홍보비로 2천만 원을 따로 잡았다.",
    # a count per unit of a different thing than the lead's count
    "가람구 공원 화장실 새로 단장\n\n가람구는 공원 화장실 34곳을 새로 단장한다고 9일 밝혔다.\n\n"
    "화장실마다 세면대는 한 곳당 평균 3개꼴이며 공사는 11월에 끝난다.",
    # another year's per-unit figure with no total of that year
    "한별시 시내버스 이용 늘어\n\n한별시는 올해 시내버스 승객이 4천200만 명이었다고 5일 밝혔다.\n\n"
    "지난해에는 승객 1인당 운송 원가가 1천800원이었다.",
    # a multiple of two things named by nouns that stand before no figure
    "누리시 고갯길 제설함 확대\n\n누리시는 고갯길 제설함 640개를 새로 놓는다고 3일 밝혔다.\n\n"
    "대형 제설함 수요는 소형의 두 배에 이른다고 시는 설명했다.",
    # a multiple in a quote about a plan, figures of other units nearby
    "솔빛군 쌀 가공 공장 증설\n\n솔빛군은 쌀 가공 공장을 늘린다고 10일 밝혔다.\n\n"
    '공장 면적은 4천㎡이고 직원은 38명이다. 군수는 "생산량을 지금의 두 배로 키우겠다"고 말했다.',
    # a per-person figure of a subgroup the lead does not count
    "하늘시 소상공인 경영 상담\n\n하늘시는 올해 소상공인 260명에게 경영 상담을 해줬다고 4일 밝혔다.\n\n"
    "상담사 1인당 맡은 상인은 평균 5명꼴이었다.",
    # two counts named by nouns, the multiple of a third thing
    "바다군 해수욕장 방문객\n\n바다군은 여름 해수욕장 방문객을 집계해 1일 발표했다.\n\n"
    "동해변이 12만 명, 서해변이 4만 명이었다. 주차 수요는 지난해의 두 배였다.",
    # a price per kilogram and the lead's tonnage of another crop
    "산들군 감자 수확 마무리\n\n산들군은 올해 감자 3천200톤을 거뒀다고 6일 밝혔다.\n\n"
    "함께 거둔 고구마는 ㎏당 2천 원에 팔렸다.",
    # a per-unit average of a period with a total of another span
    "별내시 공공자전거 이용\n\n별내시는 공공자전거 대여가 올해 9만6천 건이었다고 8일 밝혔다.\n\n"
    "휴일 대여량은 하루 평균 400건이었고, 유지비는 연간 2억 원이다.",
    # unrelated figures of one unit in a list
    "가온군 농산물 직판장 매출\n\n가온군은 직판장 매출을 12일 공개했다.\n\n"
    "과일 코너가 3억 원, 채소 코너가 2억 원, 가공식품이 1억 원을 팔았다.",
    # a mark after which the figure is a count of another kind
    "누리구 경로당 냉방비 지원\n\n누리구는 경로당 150곳에 냉방비를 준다고 11일 밝혔다.\n\n"
    "경로당 한 곳에 에어컨이 평균 2대꼴로 놓여 있다.",
    # a total restated per unit of a count the article never states
    "한빛군 마을버스 노선 개편\n\n한빛군은 마을버스 노선을 새로 짰다고 13일 밝혔다.\n\n"
    "운행 지원금은 모두 6억 원으로 노선당 평균 5천만 원꼴이다.",
    # a multiple of a share, not of counts
    "청송시 재활용 분리배출\n\n청송시는 분리배출 실적을 14일 공개했다.\n\n"
    "아파트 단지가 4천 톤, 단독주택이 1천 톤을 모았고 참여율은 지난해의 두 배로 뛰었다.",
    # a per-unit figure with a prior of its kind before it in its sentence
    "온새미군 화훼 경매\n\n온새미군은 화훼 공판장 경매에서 장미 1천200상자가 팔렸다고 15일 밝혔다.\n\n"
    "낙찰가는 지난해 7만 원에서 상자당 8만 원으로 올랐고 거래액은 9천600만 원이었다.",
    # a named pair whose nouns each stand before two figures
    "새봄시 도서 대출\n\n새봄시는 도서 대출 실적을 16일 내놨다.\n\n"
    "본관이 30만 권, 본관 분관이 10만 권, 별관이 12만 권을 빌려줬다. 본관 대출은 별관의 두 배를 넘었다.",
]


@pytest.mark.parametrize("text", CLEAN)
def test_clean_paragraphs_fire_nothing(knowledge, text):
    result = findings(knowledge, document(text))
    assert not result.findings, [f.message for f in result.findings]
