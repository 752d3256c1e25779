"""Korean daily figures and figures per one unit (thirty-second session).

A number of days stated as a figure is a span a daily average divides (checker/link/span_averages.py,
`[link.span_days]`): one no month has (`개관일은 128일로`) or one summed (`모두 24일`), never a date (`19일로`).
`끼` counts meals (`[counters]`). One of the unit as its clause's subject (checker/link/per_unit_ko.py) is read
with no average word when its clause restates the total stated right before it (`수선비는 N원으로 책 한 권에
M원`), and with the total in a sentence before when the figure's clause names the total's metric (`한 명에 든
경비는`). A lead of copy whose body has no blank line is its first line (`_lead_end`).

Near misses: a date, a day no longer than a month with no sum word, another metric, one unit's own figure, another
counter, and clean paragraphs of unrelated figures. Every sentence is written for this file, with invented names and
numbers.
"""

from __future__ import annotations

import pytest
from helpers import document, findings
from test_frames import assert_checked, assert_not_checked

PER_UNIT = "F317"
PER_PERIOD = "F312"
MULTIPLE = "F304"

_MUSEUM = (
    "바람시 어린이 과학관 관람객 5만 명 넘어\n\n바람시는 어린이 과학관의 누적 관람객이 5만1천200명이었다고 3일 "
    "밝혔다.\n\n"
)
# the same lead in copy whose paragraphs are lines, with no blank line past the title
_MUSEUM_LINES = (
    "바람시 어린이 과학관 관람객 5만 명 넘어\n\n바람시는 어린이 과학관의 누적 관람객이 5만1천200명이었다고 3일 "
    "밝혔다.\n"
)


# ---------------------------------------------------------------- a number of days stated as a figure


@pytest.mark.parametrize("lead", [_MUSEUM, _MUSEUM_LINES])
@pytest.mark.parametrize("each,fires", [("400명꼴", False), ("520명꼴", True)])
def test_days_stated_as_a_figure_divide_the_lead_total(knowledge, lead, each, fires):
    text = lead + f"전시실 네 곳을 돌린다. 올해 문을 연 날은 128일로, 하루 평균 {each}이 들른 셈이다."
    assert_checked(knowledge, text, PER_PERIOD, fires)


@pytest.mark.parametrize("each,fires", [("2천 건꼴", False), ("3천 건꼴", True)])
def test_days_summed_divide_the_lead_total(knowledge, each, fires):
    text = (
        "누리군 농기계 배달 임대 4만 건\n\n누리군은 올봄 농기계 배달 임대가 4만8천 건이었다고 9일 밝혔다.\n\n"
        f"임대소 직원 여섯 명이 일한 날은 모두 24일이었다. 하루 평균 {each}을 내준 셈이다."
    )
    assert_checked(knowledge, text, PER_PERIOD, fires)


def test_a_date_is_no_span(knowledge):
    text = _MUSEUM + "특별전 개막일은 19일로, 하루 평균 2천700명꼴이 찾을 것으로 본다."
    assert_not_checked(knowledge, text, PER_PERIOD)


def test_a_day_of_the_month_without_a_sum_is_no_span(knowledge):
    text = _MUSEUM + "가장 붐빈 날은 28일로, 하루 평균 1천800명꼴이 몰렸다."
    assert_not_checked(knowledge, text, PER_PERIOD)


def test_days_of_another_counter_not_divided(knowledge):
    text = _MUSEUM + "체험 교실이 열린 날은 모두 160일로, 하루 평균 6회꼴로 수업을 한 셈이다."
    assert_not_checked(knowledge, text, PER_PERIOD)


# ---------------------------------------------------------------- a bare year's mark, the lead's span


_DEAL = (
    "누리시, 공공자전거 2천 대 들인다\n\n"
    "누리시는 4년간 공공자전거 2천 대를 새로 들이는 사업을 시작한다고 2일 밝혔다.\n\n"
    "사업비는 40억 원이다. "
)


@pytest.mark.parametrize("each,fires", [("500대씩", False), ("800대씩", True)])
def test_bare_year_mark_given_out_over_the_lead_span(knowledge, each, fires):
    text = _DEAL + f"매년 {each} 거리에 풀리는 꼴이다."
    assert_checked(knowledge, text, PER_PERIOD, fires)


@pytest.mark.parametrize("each,fires", [("10억 원어치를", False), ("15억 원어치를", True)])
def test_bare_year_mark_restating_the_lead_total(knowledge, each, fires):
    text = (
        "누리시, 공공자전거 구매 사업\n\n"
        "누리시는 4년간 40억 원 규모의 공공자전거 구매 사업을 벌인다고 2일 "
        "밝혔다.\n\n"
        f"자전거는 지역 업체에서 산다. 시는 연간 {each} 사들이게 되는 셈이다."
    )
    assert_checked(knowledge, text, PER_PERIOD, fires)


def test_bare_year_mark_without_a_spread_not_divided(knowledge):
    text = _DEAL + "시 정비소는 매년 800대를 고칠 수 있다."
    assert_not_checked(knowledge, text, PER_PERIOD)


def test_bare_year_mark_with_two_spans_not_divided(knowledge):
    text = (
        "누리시, 공공자전거 2천 대 들인다\n\n"
        "누리시는 4년간 공공자전거 2천 대를 들이고 2년간 정비를 맡기는 사업을 시작한다고 2일 밝혔다.\n\n"
        "사업비는 40억 원이다. 매년 800대씩 거리에 풀리는 꼴이다."
    )
    assert_not_checked(knowledge, text, PER_PERIOD)


@pytest.mark.parametrize("each,fires", [("600명꼴", False), ("900명꼴", True)])
def test_span_heading_the_lead_total_a_sentence_away(knowledge, each, fires):
    text = (
        "솔향군 국화 전시회 폐막\n\n"
        "솔향군 국화 전시회가 10월 1일부터 11월 14일까지 45일간 관람객 2만7천 명을 모았다. 군이 16일 내놓은 집계다. "
        f"하루 평균 {each}로, 주말에는 주차장이 가득 찼다."
    )
    assert_checked(knowledge, text, PER_PERIOD, fires)


def test_average_not_worked_out_not_spread_over_the_lead_span(knowledge):
    text = (
        "솔향군 국화 전시회 폐막\n\n"
        "솔향군 국화 전시회가 45일간 관람객 2만7천 명을 모았다. 군이 16일 내놓은 집계다. "
        "내년에는 하루 평균 900명이 찾도록 홍보를 늘린다."
    )
    assert_not_checked(knowledge, text, PER_PERIOD)


# ---------------------------------------------------------------- meals counted


@pytest.mark.parametrize("each,fires", [("2천500원", False), ("4천 원", True)])
def test_meals_are_counted(knowledge, each, fires):
    text = (
        "솔내의료원 환자식\n\n솔내의료원은 올해 입원 환자에게 낸 환자식이 모두 2만4천 끼였다고 6일 밝혔다.\n\n"
        f"조리 인건비는 6천만 원으로, 환자식 한 끼에 {each}꼴이 든 셈이다."
    )
    assert_checked(knowledge, text, PER_UNIT, fires)


# ---------------------------------------------------------------- one unit as the subject, the total restated


@pytest.mark.parametrize("each,fires", [("1천500원 남짓이었다", False), ("2천500원 남짓이었다", True)])
def test_one_unit_restating_its_clause_total(knowledge, each, fires):
    text = (
        "별빛구 구립도서관 책 수선\n\n별빛구는 올해 구립도서관 책 1만6천 권을 손봤다고 2일 밝혔다.\n\n"
        f"구가 쓴 제본 수선비는 2천400만 원으로 책 한 권에 {each}."
    )
    assert_checked(knowledge, text, PER_UNIT, fires)


@pytest.mark.parametrize("lead", [_MUSEUM, _MUSEUM_LINES])
@pytest.mark.parametrize("each,fires", [("4천 원꼴이다", False), ("6천 원꼴이다", True)])
def test_one_unit_of_a_named_metric_in_the_sentence_before(knowledge, lead, each, fires):
    text = lead + f"과학관 운영비는 모두 2억500만 원이었다. 관람객 1명에게 쓰인 운영비는 평균 {each}."
    assert_checked(knowledge, text, PER_UNIT, fires)


def test_one_unit_of_another_metric_not_divided(knowledge):
    text = _MUSEUM + "홍보비는 모두 2억500만 원이었다. 관람객 1명에게 쓰인 운영비는 평균 9천 원꼴이다."
    assert_not_checked(knowledge, text, PER_UNIT)


def test_one_units_own_figure_not_divided(knowledge):
    text = (
        "가람군 마을 정자 보수\n\n가람군은 올해 마을 정자 30곳을 고쳤다고 4일 밝혔다.\n\n"
        "보수비는 모두 6억 원이 들었다. 가장 낡은 정자 한 곳이 1억 원을 받았다."
    )
    assert_not_checked(knowledge, text, PER_UNIT)


def test_one_unit_after_a_clause_break_not_divided(knowledge):
    text = (
        "가람군 마을 정자 보수\n\n가람군은 올해 마을 정자 30곳을 고쳤다고 4일 밝혔다.\n\n"
        "보수비는 6억 원이 들었고 정자 한 곳에 1억 원이 따로 배정됐다."
    )
    assert_not_checked(knowledge, text, PER_UNIT)


# ---------------------------------------------------------------- a total with a spaced currency before `1인당`


@pytest.mark.parametrize("each,fires", [("2만5천 원꼴", False), ("3만5천 원꼴", True)])
def test_spaced_currency_before_the_per_person_mark(knowledge, each, fires):
    text = (
        "온빛시 겨울 썰매장 6주 운영\n\n온빛시는 강변 썰매장 이용객이 6주 동안 4만2천 명이었다고 9일 밝혔다.\n\n"
        f"시즌권 구매자는 8천 명이다. 이들이 낸 2억 원은 1인당 {each}에 해당한다."
    )
    assert_checked(knowledge, text, PER_UNIT, fires)


# ---------------------------------------------------------------- a multiple of a named time, its base stated after


@pytest.mark.parametrize("times,fires", [("네 배", False), ("여섯 배", True)])
def test_multiple_of_a_time_based_on_the_next_sentence(knowledge, times, fires):
    text = (
        "새솔시 전기차 충전기 늘어\n\n새솔시는 공영 충전기를 확충했다고 5일 밝혔다.\n\n"
        f"올해 급속 충전기는 240기로 작년의 {times} 수준이다. 작년 말 깔린 급속 충전기는 60기였다."
    )
    assert_checked(knowledge, text, MULTIPLE, fires)


def test_multiple_of_a_time_next_sentence_of_another_time_not_linked(knowledge):
    text = (
        "새솔시 전기차 충전기 늘어\n\n새솔시는 공영 충전기를 확충했다고 5일 밝혔다.\n\n"
        "급속 충전기가 올해 240기로 작년의 여섯 배다. 내년 목표는 60기를 더 놓는 것이다."
    )
    assert_not_checked(knowledge, text, MULTIPLE)


def test_multiple_of_a_time_next_sentence_with_two_figures_not_linked(knowledge):
    text = (
        "새솔시 전기차 충전기 늘어\n\n새솔시는 공영 충전기를 확충했다고 5일 밝혔다.\n\n"
        "급속 충전기가 올해 240기로 작년의 여섯 배다. 작년에는 급속 60기, 완속 90기가 있었다."
    )
    assert_not_checked(knowledge, text, MULTIPLE)


# ---------------------------------------------------------------- clean paragraphs: unrelated figures side by side

CLEAN = [
    # a date of the month after a topic, an average of another span
    "한내시 불꽃축제 준비\n\n한내시는 불꽃축제를 준비한다고 1일 밝혔다.\n\n개막일은 18일로, 지난해에는 하루 평균 "
    "3만 명이 찾았다.",
    # days of a season and a count of a different thing
    "새들군 철새 탐조대\n\n새들군은 철새 탐조대를 운영한다고 2일 밝혔다.\n\n탐조대가 문을 여는 날은 모두 90일이며 "
    "망원경은 40대를 갖췄다.",
    # a long run of days beside a total of another unit
    "푸른시 해변 안전요원\n\n푸른시는 해변 안전요원 64명을 뽑았다고 3일 밝혔다.\n\n개장 기간은 45일로 지난해보다 "
    "닷새 늘었다.",
    # meals counted beside a cost of another year
    "온누리군 경로식당\n\n온누리군은 경로식당 12곳을 운영한다.\n\n올해 1만 끼를 냈고, 지난해 운영비는 2억 원이었다.",
    # one unit as subject with its own figure, no average
    "바다시 어촌계 지원\n\n바다시는 어촌계 14곳에 7억 원을 지원했다.\n\n어촌계 한 곳이 가장 많은 9천만 원을 받았다.",
    # one unit of a time, not of a counted thing
    "산마루군 관광버스\n\n산마루군은 관광버스 3대를 새로 들였다.\n\n한 번에 45명이 탈 수 있고 버스값은 6억 원이다.",
    # a per-person fee set by rule beside a total of another thing
    "가온시 수영장 새 단장\n\n가온시는 시립 수영장을 고쳤다고 5일 밝혔다.\n\n입장료는 한 명에 3천 원이고 공사비는 "
    "12억 원이 들었다.",
    # a daily figure of a part of the span (weekends)
    "누리시 꽃박람회\n\n누리시 꽃박람회에 관람객 24만 명이 다녀갔다.\n\n주말에는 하루 평균 2만 명꼴이 몰렸다.",
    # two runs of days, which one the average is over unsaid
    "별내군 야시장\n\n별내군 야시장 방문객이 6만 명이었다.\n\n평일 장은 모두 40일, 주말 장은 모두 16일로 하루 "
    "평균 1천 명꼴이었다.",
    # a count of days and a count per staff member of another thing
    "하늘군 방문 간호\n\n하늘군 방문 간호사 12명이 올해 어르신 3천 명을 돌봤다.\n\n간호사 한 명이 맡은 마을은 "
    "평균 9곳이었다.",
    # the restated total's clause broken before one unit's figure
    "새봄구 경로당 냉방\n\n새봄구는 경로당 80곳에 냉방비를 줬다.\n\n냉방비는 2억 원이었고, 경로당 한 곳에 에어컨 "
    "2대가 있다.",
    # a price per unit of another good than the lead's count
    "들녘군 사과 수확\n\n들녘군은 올해 사과 상자 5만 개를 출하했다.\n\n배는 한 상자에 4만 원에 팔렸다.",
    # days stated in a date range, no daily figure
    "해맞이시 해돋이 행사\n\n해맞이시는 12월 29일부터 1월 1일까지 해돋이 행사를 연다.\n\n행사 예산은 8천만 원이다.",
    # a per-head figure of another year than the total's
    "청솔군 출산 축하금\n\n청솔군은 올해 출산 가정 210곳에 축하금 4억2천만 원을 줬다.\n\n2020년에는 한 가정에 "
    "100만 원을 줬다.",
    # meals per day of another place than the lead's
    "바람군 학교 급식\n\n바람군 학교 급식이 올해 90만 끼였다.\n\n이웃 군의 학교는 하루 평균 2천 끼를 낸다.",
    # a sum of days of a festival and visitors of another year
    "강변시 빛축제\n\n강변시 빛축제가 올해 모두 12일 열렸다.\n\n지난해 축제에는 8만 명이 찾았다.",
]


@pytest.mark.parametrize("text", CLEAN)
def test_clean_paragraphs_fire_nothing(knowledge, text):
    result = findings(knowledge, document(text))
    assert not result.findings, [f.message for f in result.findings]
