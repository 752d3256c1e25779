"""Shares and sums on copy the rules were not tuned to (issue 11): sentences of our own.

- A Korean share whose clause names its own subject (`국방 예산은 전체 총지출의 15%를 차지했다`) is of the figure
  stated earlier after that name (`국방 예산이 96조원으로`, a table line `80세 이상 | 600명`), never of the last
  figure of the sentence before when that sentence names another subject (checker/link/share_subjects.py).
- A whole found by size is not guessed when its sentence states a second total of its unit (`2만명을 뽑는 데
  40만명이 지원`, `7.1 million unemployed, in a labor force of 168.2 million`): the share may be of either
  (checker/link/rival_wholes.py).
"""

from __future__ import annotations

import pytest
from test_frames import assert_checked, assert_not_checked

_BUDGET = (
    "정부는 내년 총지출을 640조원으로 잡았다. 분야별로는 국방 예산이 96조원으로 가장 많았고 교육 80조원 순이었다. "
    "나머지 분야를 합친 기타 예산은 120조원이다.\n\n국방 예산은 전체 총지출의 {share}를 차지했다."
)
_WARD = (
    "입원환자 현황은 다음과 같다.\n전체 입원환자 | 2천400명\n80세 이상 | 600명\n직전 주 입원환자 | 1천900명\n\n"
    "입원환자는 직전 주보다 26.3% 늘었고, 80세 이상이 전체 입원환자의 {share}를 차지했다."
)
_SALES = (
    "한빛전자의 3분기 매출은 8조원이었다. 가전 부문 매출이 3조2천억원으로 가장 컸고 TV 부문은 2조원이었다. "
    "기타 부문은 1조원이다.\n\n가전 부문 매출은 전체 매출의 {share}를 차지했다."
)


@pytest.mark.parametrize(
    "text,fires",
    [
        pytest.param(_BUDGET.format(share="15%"), False, id="ko-budget-line-holds"),
        pytest.param(_BUDGET.format(share="25%"), True, id="ko-budget-line-misstated"),
        pytest.param(_WARD.format(share="25.0%"), False, id="ko-table-line-holds"),
        pytest.param(_WARD.format(share="35.0%"), True, id="ko-table-line-misstated"),
        pytest.param(_SALES.format(share="40%"), False, id="ko-segment-holds"),
        pytest.param(_SALES.format(share="60%"), True, id="ko-segment-misstated"),
    ],
)
def test_a_share_is_of_the_figure_its_subject_names(knowledge, text, fires):
    assert_checked(knowledge, text, "F503", fires)


@pytest.mark.parametrize(
    "text",
    [
        # the subject named by the share is stated with no figure: not the other subject's 120조원
        pytest.param(
            "정부는 내년 총지출을 640조원으로 잡았다. 기타 예산은 120조원이다. "
            "보건 예산은 전체 총지출의 37%를 차지했다.",
            id="ko-subject-without-figure",
        ),
        pytest.param(
            "올해 수출은 600억달러였다. 자동차 수출은 90억달러로 줄었다. 반도체는 전체 수출의 30%를 차지했다.",
            id="ko-another-subject-before",
        ),
        pytest.param(
            "지난달 관객은 1천만명이었다. 외화 관객은 300만명에 그쳤다.\n\n한국 영화가 전체 관객의 55%를 차지했다.",
            id="ko-another-subject-paragraph",
        ),
    ],
)
def test_a_share_naming_another_subject_takes_no_part_from_the_sentence_before(knowledge, text):
    assert_not_checked(knowledge, text, "F503")


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "10개 대학은 수시로 2만명을 뽑는 데 40만명이 지원했다. "
            "학생부종합전형 모집인원은 8천명으로 전체의 40%를 차지했다.",
            id="ko-recruits-and-applicants",
        ),
        pytest.param(
            "이 노선은 지난해 승객 240만명을 실어 날랐고 환승객은 150만명이었다. 주말 승객은 90만명으로 전체의 30%다.",
            id="ko-passengers-and-transfers",
        ),
        pytest.param(
            "The number of unemployed people rose to 7.1 million, in a labor force of 168.2 million.\n\n"
            "Health care added 50,000 jobs and retail 40,000. Those sectors accounted for 90,000 of the new jobs, "
            "or about 60% of the total.",
            id="en-unemployed-and-labor-force",
        ),
        pytest.param(
            "The port handled 9 million tonnes of cargo and 4 million tonnes of fuel last year.\n\n"
            "Grain came to 2 million tonnes, or 20% of the total.",
            id="en-two-totals-of-one-unit",
        ),
    ],
)
def test_no_whole_is_guessed_between_two_totals_of_one_sentence(knowledge, text):
    assert_not_checked(knowledge, text, "F503")


@pytest.mark.parametrize(
    "text,fires",
    [
        pytest.param(
            "10개 대학은 수시로 2만명을 뽑았다. 학생부종합전형 모집인원은 8천명으로 전체의 40%를 차지했다.",
            False,
            id="ko-one-total",
        ),
        pytest.param(
            "10개 대학은 수시로 2만명을 뽑았다. 학생부종합전형 모집인원은 8천명으로 전체의 60%를 차지했다.",
            True,
            id="ko-one-total-misstated",
        ),
        pytest.param(
            "The company sold 400,000 cars in the quarter. Exports reached 100,000 cars, or 25% of the total.",
            False,
            id="en-one-total",
        ),
        pytest.param(
            "The company sold 400,000 cars in the quarter, against 380,000 a year earlier. "
            "Exports reached 100,000 cars, or 35% of the total.",
            True,
            id="en-total-and-its-prior-misstated",
        ),
    ],
)
def test_a_single_total_is_still_the_whole(knowledge, text, fires):
    assert_checked(knowledge, text, "F503", fires)


_VISITORS = (
    "The city received 4.2 million visitors in May, up 9% from a year earlier. "
    "Travellers from the mainland made up 3.1 million, or {share}, of the total."
)
_FUEL = (
    "A total of 180,000 new cars were registered in March.\n\n"
    "Registrations by fuel type were: petrol, 81,000 ({share}); hybrid, 36,000 (20%); diesel, 18,000 (10%)."
)
_FLU = (
    "Officials have confirmed 2,000 cases of flu this winter.\n\n"
    "The capital has been hardest hit, with 640 cases, or {share} of the national total."
)


@pytest.mark.parametrize(
    "text,fires",
    [
        # a bare count (no counter of its own) is a part of the story's count of any counter
        pytest.param(_VISITORS.format(share="73.8%"), False, id="en-bare-count-comma-of-the-total-holds"),
        pytest.param(_VISITORS.format(share="63.8%"), True, id="en-bare-count-comma-of-the-total-misstated"),
        pytest.param(_FUEL.format(share="45%"), False, id="en-bare-counts-listed-with-shares-holds"),
        pytest.param(_FUEL.format(share="55%"), True, id="en-bare-counts-listed-with-shares-misstated"),
        # `the national total`: the story's total, named
        pytest.param(_FLU.format(share="32%"), False, id="en-national-total-holds"),
        pytest.param(_FLU.format(share="42%"), True, id="en-national-total-misstated"),
    ],
)
def test_a_share_of_the_stories_count(knowledge, text, fires):
    assert_checked(knowledge, text, "F503", fires)


@pytest.mark.parametrize(
    "text",
    [
        # a larger count under another word stands before the total of the part's word: either may be the whole
        pytest.param(
            "Officials have confirmed 2,000 infections this year. By the end of June, 1,700 cases had been "
            "confirmed.\n\nThe capital has been hardest hit, with 640 cases, or 32% of the national total.",
            id="en-infections-then-cases",
        ),
        pytest.param(
            "Health officials recorded 3,000 infections in the year. Laboratories confirmed 2,400 cases by June.\n\n"
            "Children accounted for 600 cases, or 20% of the total.",
            id="en-infections-then-cases-by-june",
        ),
        # `the domestic total` names a segment, not the story's total
        pytest.param(
            "The film took in $200 million worldwide, $120 million of it in North America.\n\n"
            "Large-format screens contributed $18 million, or 15% of the domestic total.",
            id="en-domestic-total-is-a-segment",
        ),
    ],
)
def test_no_share_of_an_ambiguous_total(knowledge, text):
    assert_not_checked(knowledge, text, "F503")


_LEAD = (
    "한빛전자는 3분기 매출이 20조3천억원으로 전년 동기보다 12% 늘었다고 밝혔다. 영업이익은 2조1천억원으로 1년 전보다 "
    "30% 증가했다. 순이익은 1조5천억원이었다. 영업이익률은 10.3%로 높아졌다. 주당 배당금은 1천원으로 정했다.\n\n"
)
_DIVISIONS = "사업부별로 보면 가전 부문 매출이 11조4천억원, 부품 부문이 6조1천억원, 기타 부문이 {other}이었다. "


@pytest.mark.parametrize(
    "text,rule,fires",
    [
        # the breakdown's whole is the latest figure of the parts' own metric, five sentences back
        pytest.param(_LEAD + _DIVISIONS.format(other="2조8천억원"), "F302", False, id="ko-far-whole-adds-up"),
        pytest.param(_LEAD + _DIVISIONS.format(other="3조8천억원"), "F302", True, id="ko-far-whole-misadded"),
        # `A 부문이 전체 매출에서 차지하는 비중은 Z%`: of A's figure, named before, in the whole
        pytest.param(
            _LEAD + _DIVISIONS.format(other="2조8천억원") + "가전 부문이 전체 매출에서 차지하는 비중은 56.2%다.",
            "F503",
            False,
            id="ko-share-noun-after-the-whole-holds",
        ),
        pytest.param(
            _LEAD + _DIVISIONS.format(other="2조8천억원") + "가전 부문이 전체 매출에서 차지하는 비중은 66.2%다.",
            "F503",
            True,
            id="ko-share-noun-after-the-whole-misstated",
        ),
        pytest.param(
            "올해 수출은 612억달러였다. 수입은 500억달러였다.\n\n품목별로는 반도체 수출이 153억달러로 1년 전보다 28% "
            "늘었다. 반도체가 전체 수출에서 차지하는 비중은 25%에 달했다.",
            "F503",
            False,
            id="ko-share-of-exports-holds",
        ),
    ],
)
def test_a_breakdown_of_a_total_stated_further_back(knowledge, text, rule, fires):
    assert_checked(knowledge, text, rule, fires)


@pytest.mark.parametrize(
    "text,rule",
    [
        # the only figure far back is of another metric: no whole
        pytest.param(
            "한빛전자는 3분기 수출이 30조원이라고 밝혔다. 영업이익은 2조1천억원으로 1년 전보다 30% 증가했다. "
            "순이익은 1조5천억원이었다. 영업이익률은 10.3%로 높아졌다. 주당 배당금은 1천원으로 정했다.\n\n"
            + _DIVISIONS.format(other="2조8천억원"),
            "F302",
            id="ko-far-figure-of-another-metric",
        ),
        # the share names a division the list before does not end with: not the share of the list's last figure
        pytest.param(
            _LEAD + _DIVISIONS.format(other="2조8천억원") + "반도체 부문이 전체 매출에서 차지하는 비중은 14%다.",
            "F503",
            id="ko-share-of-an-unlisted-division",
        ),
    ],
)
def test_no_far_whole_or_part_of_another_name(knowledge, text, rule):
    assert_not_checked(knowledge, text, rule)


@pytest.mark.parametrize(
    "text,fires",
    [
        # a rate noun, then (next sentence) a whole marked before its part and a verb of the noun's stem
        pytest.param(
            "이번 선거의 투표율은 61.5%로 집계됐다. 전체 선거인 120만명 가운데 73만8천명이 투표했다.",
            False,
            id="ko-turnout-holds",
        ),
        pytest.param(
            "이번 선거의 투표율은 71.5%로 집계됐다. 전체 선거인 120만명 가운데 73만8천명이 투표했다.",
            True,
            id="ko-turnout-misstated",
        ),
        pytest.param(
            "올해 졸업생 취업률은 67.5%로 1년 전(65.0%)보다 2.5%포인트 높았다. "
            "졸업생 4만명 가운데 2만7천명이 취업했다.",
            False,
            id="ko-rate-with-its-prior-and-change-between",
        ),
        pytest.param("설문 응답률은 12.4%였다. 대상자 5천명 가운데 620명이 응답했다.", False, id="ko-response-rate"),
        # `Z%, with P of W`
        pytest.param(
            "Turnout was 62.5%, with 15 million of 24 million registered voters casting a ballot.",
            False,
            id="en-turnout-holds",
        ),
        pytest.param(
            "Turnout was 72.5%, with 15 million of 24 million registered voters casting a ballot.",
            True,
            id="en-turnout-misstated",
        ),
        pytest.param(
            "The response rate was 12%, with 600 of 5,000 people surveyed replying.", False, id="en-response-rate"
        ),
    ],
)
def test_a_rate_then_the_count_it_is_of(knowledge, text, fires):
    assert_checked(knowledge, text, "F503", fires)


@pytest.mark.parametrize(
    "text",
    [
        # the verb counts another group than the rate's noun names
        pytest.param(
            "실업률은 3.5%였다. 경제활동인구 2천900만명 가운데 2천800만명이 취업했다.", id="ko-verb-of-another-stem"
        ),
        pytest.param(
            "투표율은 58%였다. 무효표는 2만표였다. 선거인 120만명 가운데 73만명이 투표했다.",
            id="ko-count-not-right-after-the-rate",
        ),
        pytest.param(
            "Turnout was 62.5%, against 15 million of 24 million four years ago.", id="en-no-opener-after-the-rate"
        ),
    ],
)
def test_no_count_of_another_kind_for_a_rate(knowledge, text):
    assert_not_checked(knowledge, text, "F503")


_ROUTES = (
    "7월 국제선 여객은 650만명으로 1년 전보다 9% 늘었다. 국내선 여객은 280만명으로 2% 줄었다. "
    "국제선과 국내선을 합친 전체 여객은 {total}이었다."
)
_FLOWS = (
    "유가증권시장에서 외국인은 2천150억원, 기관은 870억원어치를 각각 순매수했다. "
    "외국인과 기관이 합쳐 {total}어치를 사들였다."
)
_RIDES = (
    "The metro network carried 540.2 million passengers in the year. Bus journeys fell 2% to 1.12 billion. "
    "Metro and bus together carried {total} passengers."
)
_CROPS = (
    "Exports of wheat rose to $4.1 billion. Maize shipments reached $2.6 billion. "
    "Wheat and maize combined brought in {total}."
)


@pytest.mark.parametrize(
    "text,fires",
    [
        pytest.param(_ROUTES.format(total="930만명"), False, id="ko-two-names-then-their-sum"),
        pytest.param(_ROUTES.format(total="990만명"), True, id="ko-two-names-then-their-sum-misadded"),
        # listed in one sentence already (an open list): the two names make it all of the sum
        pytest.param(_FLOWS.format(total="3천20억원"), False, id="ko-two-names-listed-then-their-sum"),
        pytest.param(_FLOWS.format(total="3천520억원"), True, id="ko-two-names-listed-then-their-sum-misadded"),
        pytest.param(_RIDES.format(total="1.66 billion"), False, id="en-together"),
        pytest.param(_RIDES.format(total="1.76 billion"), True, id="en-together-misadded"),
        pytest.param(_CROPS.format(total="$6.7 billion"), False, id="en-combined"),
        pytest.param(_CROPS.format(total="$7.2 billion"), True, id="en-combined-misadded"),
    ],
)
def test_two_parts_named_together_add_up_to_their_sum(knowledge, text, fires):
    assert_checked(knowledge, text, "F302", fires)


@pytest.mark.parametrize(
    "text",
    [
        # one of the names states no figure of the sum's unit
        pytest.param(
            "The metro network carried 540.2 million passengers in the year. Trams carried 80 million. "
            "Metro and bus together carried 1.66 billion passengers.",
            id="en-a-name-without-a-figure",
        ),
        pytest.param(
            "7월 국제선 여객은 650만명이었다. 화물은 28만t이었다. 국제선과 국내선을 합친 전체 여객은 930만명이었다.",
            id="ko-a-name-without-a-figure",
        ),
    ],
)
def test_no_sum_of_names_without_figures(knowledge, text):
    assert_not_checked(knowledge, text, "F302")


_LEVIES = (
    "Three levies raised most of the money:\n- payroll tax: £210.4bn\n- fuel duty: £24.6bn\n- stamp duty: £13.8bn\n\n"
    "Together they raised {total}, up from the year before."
)
_CHART = (
    "Weekend top three:\n1. Red Dune - $41.2 million\n2. Paper Moon - $18.5 million\n3. Low Tide - $9.1 million\n\n"
    "The top three films grossed a combined {total}."
)
_GRANTS = (
    "지역별 지원금은 다음과 같다.\n- 서울: 120억원\n- 부산: 85억원\n- 대구: 40억원\n\n"
    "세 지역을 모두 합치면 {total}이다."
)


@pytest.mark.parametrize(
    "text,fires",
    [
        pytest.param(_LEVIES.format(total="£248.8bn"), False, id="en-bullets-then-together"),
        pytest.param(_LEVIES.format(total="£258.8bn"), True, id="en-bullets-then-together-misadded"),
        pytest.param(_CHART.format(total="$68.8 million"), False, id="en-numbered-then-a-combined"),
        pytest.param(_CHART.format(total="$78.8 million"), True, id="en-numbered-then-a-combined-misadded"),
        pytest.param(_GRANTS.format(total="245억원"), False, id="ko-bullets-then-all-together"),
        pytest.param(_GRANTS.format(total="265억원"), True, id="ko-bullets-then-all-together-misadded"),
    ],
)
def test_a_list_of_lines_then_its_total(knowledge, text, fires):
    assert_checked(knowledge, text, "F302", fires)


@pytest.mark.parametrize(
    "text",
    [
        # the sentence after the list states a figure with no total mark: another fact
        pytest.param(_LEVIES.replace("Together they raised {total}", "Receipts rose to £848.8bn"), id="en-no-mark"),
        # a line's figure larger than the figure after the list: that figure is no total of the lines
        pytest.param(
            "Weekend top three:\n1. Red Dune - $41.2 million\n2. Paper Moon - $18.5 million\n"
            "3. Low Tide - $9.1 million\n\nTogether the rest took $12.4 million.",
            id="en-smaller-than-a-line",
        ),
    ],
)
def test_no_total_after_a_list_without_its_mark(knowledge, text):
    assert_not_checked(knowledge, text, "F302")


_REGIONS = (
    "7월 국제선 여객은 600만명으로 1년 전보다 8% 늘었다. 국내선 여객은 250만명이었다. "
    "국제선과 국내선을 합친 전체 여객은 850만명이었다.\n\n"
    "지역별 {lead}은 다음과 같다.\n- 일본: 180만명({share})\n- 동남아: 150만명(25.0%)\n- 중국: 90만명(15.0%)"
)


@pytest.mark.parametrize(
    "text,fires",
    [
        # the lead names what the list divides: the figure stated earlier after that name, not the larger total
        pytest.param(_REGIONS.format(lead="국제선 여객", share="30.0%"), False, id="ko-lead-names-the-whole"),
        pytest.param(_REGIONS.format(lead="국제선 여객", share="40.0%"), True, id="ko-lead-names-the-whole-misstated"),
    ],
)
def test_a_list_lead_names_the_whole_it_divides(knowledge, text, fires):
    assert_checked(knowledge, text, "F503", fires)


def test_a_list_lead_naming_no_stated_figure_links_nothing(knowledge):
    assert_not_checked(knowledge, _REGIONS.format(lead="환승 여객", share="30.0%"), "F503")


_OPENING = (
    "The thriller took in $64.5 million in North American theaters over the weekend, averaging $17,210 per "
    "location. It added $81.3 million from overseas markets, for a global opening of {total}."
)
_STAFF = (
    "The company employed 13,800 people at the end of March. "
    "It added 1,200 jobs in the quarter, bringing its total to {total}."
)


@pytest.mark.parametrize(
    "text,fires",
    [
        # the story's figure (not the per-location detail) plus the amount added makes the sum
        pytest.param(_OPENING.format(total="$145.8 million"), False, id="en-added-for-a-global-opening"),
        pytest.param(_OPENING.format(total="$155.8 million"), True, id="en-added-for-a-global-opening-misadded"),
        pytest.param(_STAFF.format(total="15,000"), False, id="en-added-bringing-its-total-to"),
        pytest.param(_STAFF.format(total="16,000"), True, id="en-added-bringing-its-total-to-misadded"),
    ],
)
def test_an_amount_added_then_the_sum(knowledge, text, fires):
    assert_checked(knowledge, text, "F302", fires)


@pytest.mark.parametrize(
    "text",
    [
        # no figure stated before the added amount
        pytest.param(
            "The movie added $81.3 million from overseas markets, for a global opening of $145.8 million.",
            id="en-nothing-to-add-to",
        ),
        # no sum after the added amount
        pytest.param(
            "The thriller took in $64.5 million at home. "
            "It added $81.3 million from overseas markets over the weekend.",
            id="en-no-sum-stated",
        ),
    ],
)
def test_no_sum_of_an_added_amount_without_both_parts(knowledge, text):
    assert_not_checked(knowledge, text, "F302")
