"""Figures per unit (twentieth session), each a rule for a construction (checker/link/per_unit_apart.py):
- a Korean count stated of a topic noun (`재배 농가는 450곳으로`) makes that noun with `당` a per-unit mark
  (`농가당 평균 7톤`), as a number-of mark does (`가맹점 수는 1,200곳 … 가맹점당`);
- a figure per unit naming a metric, its count beside it and no value of the metric within reach, is of the
  metric's value the lead states, however far back (as for a count stated apart);
- of values of one metric stated for a span and for a part of it (`상반기 매출 … 2분기 매출`, `revenue for the half …
  second-quarter revenue`), a figure per unit naming no period is of the whole span's;
- units counted for a span holding the total's, stated beside the figure (`올해 출어한 어선은 300척으로, 척당 평균
  30톤`), are the units the figure is per.

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

import pytest
from test_frames import assert_checked, assert_not_checked

# ---------------------------------------------------------------- `농가는 450곳으로, 농가당`: a noun counted as a topic

_FARMS = (
    "한빛군의 올해 사과 생산량이 3,150톤으로 지난해 2,900톤보다 8.6% 늘었다고 군이 3일 밝혔다.\n\n"
    "사과를 재배하는 {noun}는 450곳으로, {mark}당 평균 {each}톤을 수확했다."
)


@pytest.mark.parametrize("noun,each,fires", [("농가", "7.0", False), ("농가", "9.5", True), ("과수원", "7.0", False)])
def test_a_noun_counted_as_a_topic_marks_a_figure_per_unit(knowledge, noun, each, fires):
    assert_checked(knowledge, _FARMS.format(noun=noun, mark=noun, each=each), "F317", fires)


_BOATS = (
    "남해수협은 올해 위판된 갈치가 2,400톤으로 지난해보다 12% 줄었다고 5일 밝혔다.\n\n"
    "조업에 나선 어가는 160곳이었다. 어가당 평균 {each}을 잡은 셈이다."
)


@pytest.mark.parametrize("each,fires", [("15톤", False), ("25톤", True)])
def test_a_topic_counted_in_the_sentence_before_marks_the_next(knowledge, each, fires):
    assert_checked(knowledge, _BOATS.format(each=each), "F317", fires)


def test_a_noun_the_article_does_not_count_is_no_mark(knowledge):
    # (`조합` is counted nowhere: `조합당` names no count, and the farms' 450 are not its units)
    assert_not_checked(knowledge, _FARMS.format(noun="농가", mark="조합", each="7.0"), "F317")


# ---------------------------------------------------------------- the lead's value of the metric, its span's widest

_HALF_KO = (
    "한결식품, 상반기 실적 발표\n\n"
    "두부업체 한결식품의 상반기 매출이 1,200억원으로 작년 상반기 1,000억원보다 20.0% 늘었다. {quarters}\n\n"
    "영업이익은 90억원으로 영업이익률 7.5%를 기록했다.\n\n"
    "회사는 공장 두 곳을 새로 지을 계획이다. 신공장은 내년 가동된다. 생산 인력도 늘린다.\n\n"
    "수출은 미국과 일본이 이끌었다. 유럽 판로도 새로 뚫었다.\n\n"
    "{half}두부 판매량은 4만톤으로 톤당 평균 매출은 약 {each}원이다."
)
_QUARTERS_KO = "2분기 매출은 650억원으로 1분기 550억원보다 18.2% 증가했다."


@pytest.mark.parametrize("half", ["상반기 ", ""])
@pytest.mark.parametrize("each,fires", [("300만", False), ("450만", True)])
def test_a_figure_per_unit_beside_its_count_takes_the_leads_value_of_its_metric(knowledge, half, each, fires):
    assert_checked(knowledge, _HALF_KO.format(quarters=_QUARTERS_KO, half=half, each=each), "F317", fires)


def test_the_lead_stating_two_spans_that_do_not_nest_gives_no_total(knowledge):
    text = _HALF_KO.format(quarters="", half="", each="300만").replace(
        "상반기 매출이 1,200억원으로 작년 상반기 1,000억원보다 20.0% 늘었다.",
        "1분기 매출은 550억원이었고, 2분기 매출은 650억원이었다.",
    )
    assert_not_checked(knowledge, text, "F317")


_HALF_EN = (
    "Marlow Foods said revenue for the first half rose 20% to $120 million, with second-quarter revenue of "
    "$65 million.\n\n"
    "Operating profit was $9 million, a margin of 7.5%.\n\n"
    "It sold 40,000 tonnes of tofu, an average revenue of {each} per tonne."
)


@pytest.mark.parametrize("each,fires", [("$3,000", False), ("$1,625", True)])
def test_a_figure_per_unit_is_of_the_whole_spans_value_not_its_parts(knowledge, each, fires):
    assert_checked(knowledge, _HALF_EN.format(each=each), "F317", fires)


# ---------------------------------------------------------------- units counted for a span holding the total's

_SEASON = (
    "동해수협은 올해 1~9월 위판된 오징어가 9,000톤으로 지난해 같은 기간 1만2,000톤보다 25.0% 줄었다고 2일 밝혔다.\n\n"
    "{boats} 척당 평균 {each}톤을 잡은 셈이다."
)


@pytest.mark.parametrize(
    "boats,each,fires",
    [
        ("올해 출어한 어선은 300척으로,", "30", False),
        ("올해 출어한 어선은 300척으로,", "45", True),
        ("올해 조업한 배는 모두 300척이었고,", "30", False),
    ],
)
def test_units_counted_for_the_year_divide_a_total_of_part_of_it(knowledge, boats, each, fires):
    assert_checked(knowledge, _SEASON.format(boats=boats, each=each), "F317", fires)


# a figure named by a noun of its own the lead's measure is not named by is one use's, not the lead's
_GAS = (
    "한강가스의 지난해 가스 판매량은 30억㎥로 전년보다 2.0% 줄었다.\n\n"
    "주택용이 13억㎥, 산업용이 17억㎥였다.\n\n"
    "회사가 가스를 대는 가구는 150만가구다. 가구당 평균 사용량은 {each}㎥였다."
)


def test_a_measure_named_by_another_noun_is_not_the_leads_per_unit(knowledge):
    assert_not_checked(knowledge, _GAS.format(each="1,000"), "F317")


def test_a_measure_per_the_count_before_named_as_the_lead_is_of_the_lead(knowledge):
    text = _GAS.format(each="2,000").replace("평균 사용량은", "평균 판매량은")
    assert_checked(knowledge, text, "F317", False)


# a value of the metric stated for another span than the figure's is not its total (`2분기 매출` for `상반기 … 톤당`)
_QUARTERS_THEN_HALF = (
    "두부업체 한결식품의 1분기 매출은 550억원이었고, 2분기 매출은 650억원이었다.\n\n"
    "상반기 두부 판매량은 4만톤으로 톤당 평균 매출은 약 {each}원이다."
)


@pytest.mark.parametrize("each", ["300만", "160만"])
def test_a_value_of_another_span_is_no_total_of_a_figure_per_unit(knowledge, each):
    assert_not_checked(knowledge, _QUARTERS_THEN_HALF.format(each=each), "F317")


# ---------------------------------------------------------------- `an average of 30 tonnes a truck`, `30 tonnes each`

_TRUCKS = (
    "Westport Grain shipped 1.56 million tonnes in the year to June, up 4% from 1.5 million tonnes.\n\n"
    "Revenue rose to $40 million.\n\n"
    "{sentence}"
)


@pytest.mark.parametrize(
    "sentence,fires",
    [
        ("The grain arrived in 52,000 trucks, an average of 30.0 tonnes a truck.", False),
        ("The grain arrived in 52,000 trucks, an average of 45.0 tonnes a truck.", True),
        ("Its 52,000 trucks carried an average of 30.0 tonnes each.", False),
        ("It hired 52,000 trucks, which carried about 30,000 kg each.", False),
        ("It hired 52,000 trucks, which carried about 21,000 kg each.", True),
    ],
)
def test_a_measure_per_the_count_before_it_with_the_noun_or_each_after_it(knowledge, sentence, fires):
    assert_checked(knowledge, _TRUCKS.format(sentence=sentence), "F317", fires)


@pytest.mark.parametrize(
    "sentence",
    [
        "Its 52,000 trucks carried an average of 30.0 tonnes a week.",  # a period, no unit
        "Its 52,000 trucks carried an average of 30.0 tonnes a driver.",  # no noun of the count's
        "Its 52,000 trucks and 300 barges carried an average of 30.0 tonnes each.",  # two counts: which, not said
    ],
)
def test_a_measure_after_no_noun_of_the_count_is_not_per_its_units(knowledge, sentence):
    assert_not_checked(knowledge, _TRUCKS.format(sentence=sentence), "F317")


# ---------------------------------------------------------------- a daily average over a span, of the lead's total

_FESTIVAL = (
    "올해 한빛연꽃축제에 관람객 48만명이 다녀갔다고 한빛군이 10일 밝혔다. 지난해보다 20% 늘었다.\n\n"
    "축제장에는 먹거리 장터와 공연장이 마련됐다. 군은 주차장도 두 배로 늘렸다.\n\n"
    "{span} 하루 평균 {daily}명이 축제장을 찾은 {ending}"
)
_RAN = "축제는 7월 1일부터 7월 16일까지 16일간 열렸다."


@pytest.mark.parametrize(
    "span,daily,fires",
    [
        (_RAN, "3만", False),
        (_RAN, "5만", True),
        ("16일간 이어진 축제 기간 동안", "3만", False),
    ],
)
def test_a_daily_average_over_a_span_restates_the_leads_total(knowledge, span, daily, fires):
    assert_checked(knowledge, _FESTIVAL.format(span=span, daily=daily, ending="셈이다."), "F312", fires)


@pytest.mark.parametrize("daily,fires", [("3만", False), ("4만5천", True)])
def test_the_lead_sentences_total_before_a_threshold_in_the_next(knowledge, daily, fires):
    text = _FESTIVAL.format(span=_RAN, daily=daily, ending="셈이다.").replace(
        "지난해보다 20% 늘었다.", "관람객이 40만명을 넘은 것은 처음이다."
    )
    assert_checked(knowledge, text, "F312", fires)


@pytest.mark.parametrize(
    "span,ending",
    [
        (_RAN, "것으로 조사됐다."),  # no restating: the average may be of any span
        ("축제는 16일간, 야시장은 10일간 열렸다.", "셈이다."),  # two spans: which, not said
        ("축제장은 이번 주말에도 문을 연다.", "셈이다."),  # no span written
    ],
)
def test_a_daily_average_with_no_one_span_restated_is_not_of_the_lead(knowledge, span, ending):
    assert_not_checked(knowledge, _FESTIVAL.format(span=span, daily="3만", ending=ending), "F312")
