"""Korean ratios on copy never seen (forty-seventh session, lane `ratio_ko`).

- A figure per one unit and per a period both (`구장 한 면에서 하루 8경기꼴`, `한 곳이 하루 200만 원꼴`, `1인당 하루
  5만 원씩`, `장인 6명이 한 사람당 하루 5개씩`, `하루에 한 사람당 3개씩`) is the total over the count of the units and a
  span of the period's unit (`이틀 동안`, `30일 동안`, `석 달 동안`, a term worked out, `100일이 걸린다`): the total the
  figure's sentence states after it, or before it, or the two sentences before, or the lead (the order a crew's pace
  fills); the count of the unit before the mark; the span in the figure's sentence, the two before, the one after, or
  the lead (checker/link/per_unit_per_period_ko.py, checked by the per-period kind, F312, times the count).

Every sentence is written for this file, with invented places, names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import assert_checked, assert_not_linked

PER_PERIOD = "F312"
_TITLE = "가람군 소식\n\n"
_LEAD = "가람군 소식\n\n군은 올해 생활체육 지원 사업을 넓혔다고 3일 밝혔다.\n\n"


def _checked(knowledge, text: str, fires: bool) -> None:
    assert_checked(knowledge, text, PER_PERIOD, fires)


# ---------------------------------------------------------------- each unit's average per a period

_AVERAGES = [
    # (the span, the count and the total in the figure's sentence before it; `한 면에서 하루 N꼴`)
    _LEAD + "경기는 구장 4면에서 이틀 동안 모두 64경기가 치러져 구장 한 면에서 하루 {x}로 열렸다.",
    # (the sentence before states them all; `한 곳이 하루`)
    _LEAD + "장터에 차려진 판매장 20곳은 열흘 동안 4억 원어치를 팔았다. 한 곳이 하루 {x}꼴을 번 셈이다.",
    # (the count and the span one sentence, the total the next; `한 곳에서 하루 평균`)
    _LEAD + "마을 급식소 150곳이 30일 동안 문을 열었다. 차려진 식사는 모두 9만 끼로, 급식소 한 곳에서 하루 평균 "
    "{x}꼴을 낸 셈이다.",
    # (a month's: `한 달에 평균`, `석 달 동안`)
    _LEAD + "무인 대여소 12곳이 석 달 동안 자전거를 3만6천 번 빌려줬다. 대여소 한 곳이 한 달에 평균 {x}꼴을 빌려준 "
    "셈이다.",
    # (the span in the lead, the story's run; `한 대가 하루`)
    "가람군 탁구 대회 성황\n\n가람군은 지난 주말 나흘 동안 군민체육관에서 탁구 대회를 열었다고 밝혔다.\n\n"
    "경기는 탁구대 10대에서 모두 480경기가 열려 탁구대 한 대가 하루 {x}를 소화했다.",
]


@pytest.mark.parametrize(
    "text,right,wrong",
    [
        (_AVERAGES[0], "8경기꼴", "12경기꼴"),
        (_AVERAGES[1], "200만 원", "300만 원"),
        (_AVERAGES[2], "20끼", "30끼"),
        (_AVERAGES[3], "1천 번", "1천500번"),
        (_AVERAGES[4], "12경기", "18경기"),
    ],
)
def test_an_average_per_unit_and_per_period_is_the_total_over_both(knowledge, text, right, wrong):
    _checked(knowledge, text.format(x=right), False)
    _checked(knowledge, text.format(x=wrong), True)


# ---------------------------------------------------------------- each one's pace, the crew and the term

_ORDER = "가람공방 그릇 수출\n\n가람공방은 나무 그릇 {total}를 해외에 납품하는 계약을 맺었다고 밝혔다.\n\n"

_PACES = [
    # (the order in the lead, a term worked out: `…일이 걸린다`)
    (_ORDER + "공방에서는 장인 6명이 한 사람당 하루 5개씩 만들어, 주문량을 채우는 데 {days}일이 걸린다.", "3천 개"),
    # (the period's word before the mark, `하루에 한 사람당`, and `꼬박`)
    (
        _ORDER + "공방에서는 장인 4명이 하루에 한 사람당 3개씩 그릇을 깎는데, 이 속도라면 꼬박 {days}일이 걸린다.",
        "600개",
    ),
    # (the term in the sentence after: `…일이 걸리는 셈이다`)
    (
        _ORDER + "공방의 장인 5명은 한 사람이 하루에 8개를 깎는다. 주문 물량을 채우는 데 {days}일이 걸리는 셈이다.",
        "2천 개",
    ),
]


@pytest.mark.parametrize(
    "text,total,right,wrong", [(t, total, r, w) for (t, total), r, w in zip(_PACES, (100, 50, 50), (150, 75, 80))]
)
def test_a_crews_pace_each_and_the_term_fill_the_order(knowledge, text, total, right, wrong):
    _checked(knowledge, text.format(total=total, days=right), False)
    _checked(knowledge, text.format(total=total, days=wrong), True)


_SPENT = [
    # (each one's spending a day over the stay, the product after it: `1인당 하루 N원씩 사흘 동안 모두`)
    _LEAD + "선수와 임원 600명이 가람시를 찾았다. 시는 이들이 1인당 하루 5만 원씩 사흘 동안 모두 {total}을 쓴 것으로 "
    "추산했다.",
    # (a hire per unit a day: `대당 하루 N원씩`)
    _LEAD + "경기용 컴퓨터 200대는 사흘 동안 대당 하루 2만 원씩 {total}을 주고 빌렸다.",
]


@pytest.mark.parametrize(
    "text,right,wrong",
    [(_SPENT[0], "9천만 원", "1억2천만 원"), (_SPENT[1], "1천200만 원", "1천800만 원")],
)
def test_each_ones_amount_a_day_over_a_stay_makes_the_total_after_it(knowledge, text, right, wrong):
    _checked(knowledge, text.format(total=right), False)
    _checked(knowledge, text.format(total=wrong), True)


@pytest.mark.parametrize(
    "text",
    [
        # (two spans of days: over which one, unsaid)
        _LEAD + "경기는 구장 4면에서 치러졌다. 예선은 이틀 동안, 본선은 사흘 동안 모두 64경기가 열려 구장 한 면에서 "
        "하루 3경기꼴로 열렸다.",
        # (no count of the unit the mark names: the people are no courts)
        _LEAD + "선수 300명이 이틀 동안 64경기를 치러 구장 한 면에서 하루 8경기꼴로 열렸다.",
        # (the total far from the product, more than two and a half times: another thing's)
        _LEAD + "장터의 판매장 20곳은 열흘 동안 40억 원어치를 팔았다. 한 곳이 하루 200만 원꼴을 번 셈이다.",
        # (no period's word: per unit alone, no term multiplies it)
        _LEAD + "판매장 20곳은 열흘 동안 4억 원어치를 팔았다. 한 곳이 2천만 원꼴을 번 셈이다.",
        # (a span of another unit: months for a figure a day)
        _LEAD + "판매장 20곳은 석 달 동안 4억 원어치를 팔았다. 한 곳이 하루 20만 원꼴을 번 셈이다.",
    ],
)
def test_an_average_per_unit_and_period_without_its_members_is_left_alone(knowledge, text):
    assert_not_linked(knowledge, text, PER_PERIOD)


# ---------------------------------------------------------------- one unit's size over the story's count

PER_UNIT = "F317"
_SIZES = [
    # (a prior and a change of the count between the story's count and the size: no rival level)
    "가람 대장간 낫 수출\n\n가람 대장간이 올해 낫 5천 자루를 팔았다고 3일 밝혔다.\n\n지난해 4천 자루보다 1천 자루 "
    "늘었다. 낫 한 자루에 쇠 0.5kg이 들어가 올해에만 쇠 {total}을 썼다.",
    # (a pace of the count, `한 달 평균 N자루`, and a day's, `하루 모두 N자루`: no level of the units)
    "누리공방 바구니 수출\n\n누리공방은 바구니 2천400점을 수출한다고 밝혔다.\n\n공방은 한 달 평균 400점을 만든다. "
    "직원들이 하루 모두 20점을 엮는다. 한 점에 말린 대나무 0.3kg이 들어가 모두 {total}이 필요하다.",
    # (a figure per unit of the count, `한 사람이 N점꼴`, before the size; `한 자루에는`)
    "하늘공방 붓 납품\n\n하늘공방은 붓 3천 자루를 납품한다고 밝혔다.\n\n장인 스무 명이 나눠 맡아 한 사람이 150자루꼴을 "
    "맨다. 붓 한 자루에는 대나무 40g이 들어가 모두 {total}의 대나무가 든다.",
    # (the count's prior and the gap; a size in ㎥)
    "솔내공방 의자 수출\n\n솔내공방은 의자 800개를 수출한다고 밝혔다.\n\n지난해 600개보다 200개 많다. 의자 한 개에 "
    "목재 0.05㎥가 들어가 모두 {total}가 필요하다.",
    # (a change told alone before the size)
    "바람공방 항아리 수출\n\n바람공방은 항아리 1천200개를 수출한다고 밝혔다.\n\n1년 전보다 300개 늘었다. 항아리 "
    "한 개에 흙 8kg이 들어가 모두 {total}의 흙을 쓴다.",
]


@pytest.mark.parametrize(
    "text,right,wrong",
    [
        (_SIZES[0], "2.5톤", "4톤"),
        (_SIZES[1], "720kg", "1.2톤"),
        (_SIZES[2], "120kg", "200kg"),
        (_SIZES[3], "40㎥", "60㎥"),
        (_SIZES[4], "9.6톤", "15톤"),
    ],
)
def test_a_units_size_takes_the_storys_count_past_counts_of_no_level(knowledge, text, right, wrong):
    assert_checked(knowledge, text.format(total=right), PER_UNIT, False)
    assert_checked(knowledge, text.format(total=wrong), PER_UNIT, True)


@pytest.mark.parametrize(
    "text",
    [
        # (another level of the count before the size, told as a value: which count the size multiplies, unsaid)
        "가람 대장간 낫 수출\n\n가람 대장간이 올해 낫 5천 자루를 팔았다고 3일 밝혔다.\n\n창고에는 낫 2천 자루가 "
        "남았다. 낫 한 자루에 쇠 0.5kg이 들어가 모두 4톤을 썼다.",
        # (no count of the noun before the size)
        "가람 대장간 소식\n\n가람 대장간이 새 화덕을 들였다고 3일 밝혔다.\n\n낫 한 자루에 쇠 0.5kg이 들어가 모두 4톤을 "
        "썼다.",
    ],
)
def test_a_units_size_with_a_rival_count_or_none_is_left_alone(knowledge, text):
    assert_not_linked(knowledge, text, PER_UNIT)


# ---------------------------------------------------------------- a count given a figure each per a period

_GIVEN = [
    # (the count as the subject, `10대가 하루 N차례씩`, the span in the lead: the story's run)
    "가람군 억새 축제\n\n가람군은 지난 5일부터 보름 동안 억새 축제를 열었다고 밝혔다.\n\n축제 기간 셔틀버스 10대가 "
    "하루 20차례씩 모두 {total} 운행했다.",
    # (the count with the dative and the thing given between, `200곳에 냉방비를 월 N원씩`)
    "가람시 소식\n\n시는 올해 냉방비 지원을 시작했다고 밝혔다.\n\n시는 석 달 동안 경로당 200곳에 냉방비를 월 10만 "
    "원씩 모두 {total} 지원한다.",
    # (a week's: `주 3회씩`, `30주 동안`)
    "누리시 소식\n\n시는 공원 요가 교실을 열었다고 밝혔다.\n\n교실은 공원 8곳이 주 3회씩 30주 동안 열어 모두 {total} "
    "수업을 했다.",
]


@pytest.mark.parametrize(
    "text,right,wrong",
    [(_GIVEN[0], "3천 차례", "4천500차례"), (_GIVEN[1], "6천만 원", "9천만 원"), (_GIVEN[2], "720회", "1천80회")],
)
def test_a_count_given_a_figure_each_per_a_period_makes_the_total(knowledge, text, right, wrong):
    _checked(knowledge, text.format(total=right), False)
    _checked(knowledge, text.format(total=wrong), True)


@pytest.mark.parametrize(
    "text",
    [
        # (no `씩`: the figure is the count's own, not given to each)
        "가람군 억새 축제\n\n가람군은 지난 5일부터 보름 동안 억새 축제를 열었다고 밝혔다.\n\n축제 기간 셔틀버스 10대가 "
        "하루 20차례 다녔고 모두 3천 차례 운행했다.",
        # (two spans of the period's unit: which one, unsaid)
        "가람시 소식\n\n시는 석 달 동안 경로당 200곳에 냉방비를 월 10만 원씩 주고, 이어 두 달 동안 모두 6천만 원을 "
        "지원한다.",
    ],
)
def test_a_count_given_a_figure_without_its_span_or_each_is_left_alone(knowledge, text):
    assert_not_linked(knowledge, text, PER_PERIOD)


# ------------------------------------------------ a total apart, for another span (s47 fix)

_NOT_THE_SPANS = [
    # (a year's total in the lead: no total over the span the figure is per day of)
    "망원시장 축제\n\n망원시장에는 점포 30곳이 있다. 상인회는 올해 시장 매출이 모두 6억 원이라고 밝혔다.\n\n"
    "축제 기간 열흘 동안 한 곳이 하루 평균 100만 원어치를 팔았다.",
    "가람 장터\n\n가람 장터에는 가게 20곳이 있다. 장터의 연간 매출은 3억 원이다.\n\n"
    "행사 기간 일주일 동안 한 곳이 하루 평균 150만 원어치를 팔았다.",
    "나루 푸드트럭\n\n나루공원에는 푸드트럭 12대가 선다. 구청은 지난해 푸드트럭 매출이 모두 2억 원이었다고 밝혔다.\n\n"
    "불꽃축제 닷새 동안 트럭 한 대가 하루 평균 250만 원을 벌었다.",
    "다온 체험장\n\n다온 체험장에는 강사 8명이 있다. 체험장은 올해 체험객이 모두 9천 명이라고 밝혔다.\n\n"
    "방학 기간 20일 동안 강사 한 사람이 하루 평균 40명을 맡았다.",
]


@pytest.mark.parametrize("text", _NOT_THE_SPANS)
def test_a_total_of_another_span_is_not_the_figures(knowledge, text):
    assert_not_linked(knowledge, text, PER_PERIOD)


def test_a_total_stated_for_the_span_is_the_figures(knowledge):
    text = (
        "망원시장 축제\n\n망원시장에는 점포 30곳이 있다. 상인회는 열흘 동안 매출이 모두 {total}이라고 밝혔다.\n\n"
        "축제 기간 열흘 동안 한 곳이 하루 평균 100만 원어치를 팔았다."
    )
    _checked(knowledge, text.format(total="3억 원"), False)
    _checked(knowledge, text.format(total="6억 원"), True)
