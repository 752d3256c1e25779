"""Ratios, differences and points on real copy, part 2: each construction on sentences written for this test."""

from __future__ import annotations

import pytest
from helpers import document, findings
from test_frames import assert_checked, assert_not_checked

# `7월 말 기준`: `기준` dates the figure (as of the month's end) and is no segment of the metric; `외화보유액`
# is another name of foreign exchange reserves.
PRIORS_AS_OF = [
    pytest.param(
        "한국은행은 7월 말 기준 외화보유액이 3,310억달러로 전월대비 20억달러 증가했다고 밝혔다. "
        "6월 외화보유액은 3,290억달러였다.",
        False,
        id="ko-as-of-month-end-holds",
    ),
    pytest.param(
        "한국은행은 7월 말 기준 외화보유액이 3,310억달러로 전월대비 20억달러 증가했다고 밝혔다. "
        "6월 외화보유액은 3,250억달러였다.",
        True,
        id="ko-as-of-month-end-broken",
    ),
    pytest.param(
        "3월 말 기준 외환보유액은 4,120억달러로 전월 대비 15억달러 줄었다. 유가증권이 대부분이다. "
        "2월 말 외환보유액은 4,135억달러였다.",
        False,
        id="ko-as-of-decrease-holds",
    ),
    pytest.param(
        "3월 말 기준 외환보유액은 4,120억달러로 전월 대비 15억달러 줄었다. 유가증권이 대부분이다. "
        "2월 말 외환보유액은 4,185억달러였다.",
        True,
        id="ko-as-of-decrease-broken",
    ),
]


@pytest.mark.parametrize("text,fires", PRIORS_AS_OF)
def test_a_figure_as_of_a_date_takes_its_prior_stated_apart(knowledge, text, fires):
    assert_checked(knowledge, text, "F305", fires)


def test_a_segment_beside_the_as_of_word_still_parts_the_figures(knowledge):
    # `반도체 수출` is another figure than exports: `기준` is dropped, the segment stays
    assert_not_checked(
        knowledge,
        "5월 말 기준 반도체 수출은 120억달러로 전월 대비 10억달러 늘었다. 4월 수출은 500억달러였다.",
        "F305",
    )


# A load factor is traffic (passenger kilometres flown by paying passengers) over capacity (seat kilometres
# flown), whichever sentences state them.
LOAD_FACTORS = [
    pytest.param(
        "Measured in revenue passenger kilometres, traffic rose 12 percent to 24.6 billion RPK. Measured in "
        "available seat kilometres, capacity grew 8 percent to 30.0 billion ASK. "
        "The passenger load factor was 82.0 percent.",
        False,
        id="en-load-factor-holds",
    ),
    pytest.param(
        "Measured in revenue passenger kilometres, traffic rose 12 percent to 24.6 billion RPK. Measured in "
        "available seat kilometres, capacity grew 8 percent to 30.0 billion ASK. "
        "The passenger load factor was 86.0 percent.",
        True,
        id="en-load-factor-broken",
    ),
    pytest.param(
        "The carrier flew 9.0 billion RPK in the quarter, up from 7.2 billion RPK a year earlier, on capacity "
        "of 11.0 billion ASK, up from 10.0 billion ASK. Its load factor fell to 75.0 percent from 72.0 percent.",
        True,
        id="en-load-factor-and-its-prior-broken",
    ),
    pytest.param(
        "지난달 국제선 유상여객킬로미터는 96억㎞, 공급좌석킬로미터는 120억㎞였다. 국제선 탑승률은 80.0%를 기록했다.",
        False,
        id="ko-load-factor-holds",
    ),
    pytest.param(
        "지난달 국제선 유상여객킬로미터는 96억㎞, 공급좌석킬로미터는 120억㎞였다. 국제선 탑승률은 86.0%를 기록했다.",
        True,
        id="ko-load-factor-broken",
    ),
    pytest.param(
        "상반기 공급좌석킬로미터는 250억㎞로 늘었다. 유상여객킬로미터는 210억㎞였다. 상반기 탑승률은 84.0%다.",
        False,
        id="ko-load-factor-capacity-first-holds",
    ),
]


@pytest.mark.parametrize("text,fires", LOAD_FACTORS)
def test_a_load_factor_is_traffic_over_capacity(knowledge, text, fires):
    assert_checked(knowledge, text, "F503", fires)


def test_a_prior_load_factor_takes_the_prior_traffic_and_capacity(knowledge):
    text = (
        "The carrier flew 9.0 billion RPK in the quarter, up from 7.2 billion RPK a year earlier, on capacity "
        "of 11.0 billion ASK, up from 10.0 billion ASK. Its load factor rose to 81.8 percent from 72.0 percent."
    )
    result = findings(knowledge, document(text), select=["F503"], show_passed=True)
    assert not result.findings, [f.message for f in result.findings]
    assert len([p for p in result.passed if p.rule == "F503"]) == 2, [p.message for p in result.passed]


@pytest.mark.parametrize(
    "text",
    [
        # two carriers' traffic: which one the load factor is of is not known
        pytest.param(
            "The main airline flew 24.6 billion RPK and its budget arm 3.1 billion RPK. Group capacity was "
            "30.0 billion ASK. The load factor was 86.0 percent.",
            id="en-two-traffic-figures",
        ),
        # a rate that is not named a load factor
        pytest.param(
            "Traffic rose to 24.6 billion RPK. Capacity grew to 30.0 billion ASK. On-time departures were "
            "86.0 percent.",
            id="en-rate-not-a-load-factor",
        ),
        pytest.param(
            "국제선 유상여객킬로미터는 96억㎞, 공급좌석킬로미터는 120억㎞였다. 정시 운항률은 86.0%였다.",
            id="ko-rate-not-a-load-factor",
        ),
    ],
)
def test_a_load_factor_without_one_traffic_and_capacity_is_not_checked(knowledge, text):
    assert_not_checked(knowledge, text, "F503")


# A lead in points is the larger of two rates minus the smaller (points between percentages are %p).
LEADS = [
    pytest.param(
        "The latest poll puts Labour on 41%, seven points ahead of the Conservatives on 34%.",
        False,
        id="en-ahead-holds",
    ),
    pytest.param(
        "The latest poll puts Labour on 41%, nine points ahead of the Conservatives on 34%.", True, id="en-ahead-broken"
    ),
    pytest.param(
        "A weekend survey gives the Greens a five point lead, at 28%. The Liberals' 23% is down one.",
        False,
        id="en-lead-trailer-next-sentence-holds",
    ),
    pytest.param(
        "A weekend survey gives the Greens a five point lead, at 28%. The Liberals' 20% is down one.",
        True,
        id="en-lead-trailer-next-sentence-broken",
    ),
    pytest.param("In the council race Smith leads by 12 points, 52% to 40%.", False, id="en-leads-by-holds"),
    pytest.param(
        "이번 조사에서 민주당 지지율은 41%, 국민의힘은 34%로 민주당이 7%포인트 앞섰다.", False, id="ko-ahead-holds"
    ),
    pytest.param(
        "이번 조사에서 민주당 지지율은 41%, 국민의힘은 34%로 민주당이 4%포인트 앞섰다.", True, id="ko-ahead-broken"
    ),
    pytest.param(
        "A 후보는 47.5%, B 후보는 42.1%를 얻어 두 후보의 격차는 5.4%포인트였다.", False, id="ko-gap-noun-holds"
    ),
    pytest.param(
        "A 후보는 47.5%, B 후보는 42.1%를 얻어 두 후보의 격차는 3.4%포인트였다.", True, id="ko-gap-noun-broken"
    ),
]


@pytest.mark.parametrize("text,fires", LEADS)
def test_a_lead_in_points_is_the_difference_of_two_rates(knowledge, text, fires):
    assert_checked(knowledge, text, "F308", fires)


@pytest.mark.parametrize(
    "text",
    [
        # a rate of the next sentence named by no party
        pytest.param("The latest poll gives Labour a six point lead with 40%. Turnout was 65%.", id="en-no-holder"),
        # three rates in the sentence: which two the lead is between is not said
        pytest.param(
            "Labour is on 41%, the Conservatives on 34% and the Liberals on 12%, a seven point lead.",
            id="en-three-rates",
        ),
        pytest.param(
            "민주당 41%, 국민의힘 34%, 정의당 6%로 민주당이 7%포인트 앞섰다.",
            id="ko-three-rates",
        ),
        # points that are no lead
        pytest.param(
            "Labour is on 41% and the Conservatives on 34%, seven points higher than in May.", id="en-no-lead"
        ),
    ],
)
def test_a_lead_between_rates_not_said_is_not_checked(knowledge, text):
    assert_not_checked(knowledge, text, "F308")


# `A에 B로 Z% 수준`: the second of two figures joined by `에` is stated as a ratio of the first.
PAIRED_RATIOS = [
    pytest.param(
        "외국인 타자의 계약은 연봉 60만 달러에 옵션 30만 달러로 50% 수준이다.", False, id="ko-option-of-pay-holds"
    ),
    pytest.param(
        "외국인 타자의 계약은 연봉 60만 달러에 옵션 30만 달러로 80% 수준이다.", True, id="ko-option-of-pay-broken"
    ),
    pytest.param("관광객은 2019년 200만명에 지난해 120만명으로 60% 수준에 그쳤다.", False, id="ko-visitors-holds"),
    pytest.param("관광객은 2019년 200만명에 지난해 120만명으로 90% 수준에 그쳤다.", True, id="ko-visitors-broken"),
    pytest.param(
        "신인 선수의 계약은 계약금 2억원에 연봉 5000만원으로 25% 수준이다.", False, id="ko-pay-of-signing-bonus-holds"
    ),
]


@pytest.mark.parametrize("text,fires", PAIRED_RATIOS)
def test_a_ratio_of_the_second_of_two_figures_joined_by_e(knowledge, text, fires):
    assert_checked(knowledge, text, "F503", fires)


@pytest.mark.parametrize(
    "text",
    [
        # a figure added to the other, no ratio
        pytest.param("연봉 60만 달러에 옵션 30만 달러를 더해 총액 90만 달러다.", id="ko-added-no-ratio"),
        # the ratio is no level of the clause (`…를 차지했다` of another whole)
        pytest.param("연봉 60만 달러에 옵션 30만 달러로 팀 연봉의 15%를 차지했다.", id="ko-share-of-another-whole"),
    ],
)
def test_two_figures_joined_by_e_without_a_ratio_level_are_not_a_ratio(knowledge, text):
    assert_not_checked(knowledge, text, "F503")


# A headline's multiple of a noun (`주급 여섯 배 증가`) is of the two figures that noun names elsewhere.
MULTIPLES_APART = [
    pytest.param(
        "이적하는 수비수 주급 8배로 증가\n\n이전 계약의 주급은 1만2000 파운드였다. 그는 팀에서 가장 적게 받았다.\n\n"
        "새 계약의 주급은 9만6000 파운드다.",
        False,
        id="ko-weekly-pay-holds",
    ),
    pytest.param(
        "이적하는 수비수 주급 8배로 증가\n\n이전 계약의 주급은 1만2000 파운드였다. 그는 팀에서 가장 적게 받았다.\n\n"
        "새 계약의 주급은 3만6000 파운드다.",
        True,
        id="ko-weekly-pay-broken",
    ),
    pytest.param(
        "재계약한 투수, 연봉 두 배로 올라\n\n지난해 연봉은 3억2000만원이었다. 구단은 성적을 반영했다. "
        "올해 연봉은 6억4000만원으로 정해졌다.",
        False,
        id="ko-yearly-pay-holds",
    ),
    pytest.param(
        "재계약한 투수, 연봉 두 배로 올라\n\n지난해 연봉은 3억2000만원이었다. 구단은 성적을 반영했다. "
        "올해 연봉은 4억1000만원으로 정해졌다.",
        True,
        id="ko-yearly-pay-broken",
    ),
    pytest.param(
        "신생 업체 매출 3배 증가\n\n지난해 매출은 120억원이었다. 올해 매출은 360억원으로 집계됐다.",
        False,
        id="ko-revenue-holds",
    ),
]


@pytest.mark.parametrize("text,fires", MULTIPLES_APART)
def test_a_multiple_of_a_noun_is_of_the_two_figures_it_names(knowledge, text, fires):
    assert_checked(knowledge, text, "F304", fires)


@pytest.mark.parametrize(
    "text",
    [
        # three figures named by the noun: which two the multiple is between is not said
        pytest.param(
            "이적하는 수비수 주급 8배로 증가\n\n이전 계약의 주급은 1만2000 파운드였다. 동료의 주급은 5만 파운드다. "
            "새 계약의 주급은 9만6000 파운드다.",
            id="ko-three-figures",
        ),
        # the noun names no figure: the figures are of another thing
        pytest.param(
            "수출 두 배로 늘어\n\n지난해 수입은 120억달러였다. 올해 수입은 240억달러다.",
            id="ko-other-noun",
        ),
        # no rise after the multiple: `8배 차이` is no change of one figure
        pytest.param(
            "두 선수 주급 8배 차이\n\n한 선수의 주급은 1만2000 파운드다. 다른 선수의 주급은 9만6000 파운드다.",
            id="ko-no-rise",
        ),
    ],
)
def test_a_multiple_apart_without_one_pair_is_not_checked(knowledge, text):
    assert_not_checked(knowledge, text, "F304")


@pytest.mark.parametrize(
    "text,rule",
    [
        pytest.param(
            "Traffic was 5 billion RPK. Capacity was 0 ASK. The load factor was 80 percent.",
            "F503",
            id="en-zero-capacity",
        ),
        pytest.param(
            "매출 두 배로 증가\n\n지난해 매출은 0원이었다. 올해 매출은 360억원이다.", "F304", id="ko-multiple-of-zero"
        ),
        pytest.param("연봉 0 달러에 옵션 0 달러로 50% 수준이다.", "F503", id="ko-ratio-of-zero"),
    ],
)
def test_no_ratio_or_multiple_of_a_zero_figure(knowledge, text, rule):
    assert_not_checked(knowledge, text, rule)


# `4.2 percentage points to 81.8 percent from 77.6 percent` with no verb: the size is checked, the way
# the two rates went gives the direction.
BARE_MOVES = [
    pytest.param(
        "The load factor was 4.2 percentage points to 81.8 percent from 77.6 percent.", False, id="en-up-holds"
    ),
    pytest.param(
        "The load factor was 4.2 percentage points to 73.4 percent from 77.6 percent.", False, id="en-down-holds"
    ),
    pytest.param("The load factor was 6.2 percentage points to 81.8 percent from 77.6 percent.", True, id="en-broken"),
    pytest.param(
        "The jobless rate was 0.3 percentage points to 4.1 percent from 3.6 percent.", True, id="en-rate-broken"
    ),
]


@pytest.mark.parametrize("text,fires", BARE_MOVES)
def test_a_change_in_points_to_a_rate_from_another_without_a_verb(knowledge, text, fires):
    assert_checked(knowledge, text, "F308", fires)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The margin was 4.2 percentage points above the 77.6 percent of rivals.", id="en-no-to-from"),
        pytest.param("Its share was 4.2 percentage points, 81.8 percent and 77.6 percent in turn.", id="en-a-list"),
    ],
)
def test_points_beside_rates_without_to_and_from_are_no_change(knowledge, text):
    assert_not_checked(knowledge, text, "F308")


# An amount per period (`매년 옵션 A씩`) and, in the next sentence, the figure its noun names
# (`옵션은 T`): the amount over the sentence's one term.
PER_PERIOD_APART = [
    pytest.param(
        "계약 기간 3년, 계약금 5억원, 연봉 3억원씩, 매년 옵션 1억2000만원씩 등 총액 17억6000만원이다. "
        "옵션은 3억6000만원이다.",
        False,
        id="ko-option-holds",
    ),
    pytest.param(
        "계약 기간 3년, 계약금 5억원, 연봉 3억원씩, 매년 옵션 1억2000만원씩 등 총액 17억원이다. "
        "옵션은 4억8000만원이다.",
        True,
        id="ko-option-broken",
    ),
    pytest.param("계약 기간 4년에 연봉 5억2000만원씩을 받는다. 연봉은 20억8000만원이다.", False, id="ko-pay-holds"),
    pytest.param("계약 기간 4년에 연봉 5억2000만원씩을 받는다. 연봉은 24억원이다.", True, id="ko-pay-broken"),
    pytest.param(
        "계약 기간 2년, 연봉 1억8000만원씩, 매년 인센티브 6000만원씩이다. 인센티브도 1억2000만원에 이른다.",
        False,
        id="ko-incentive-holds",
    ),
]


@pytest.mark.parametrize("text,fires", PER_PERIOD_APART)
def test_a_total_of_an_amount_per_period_in_the_next_sentence(knowledge, text, fires):
    assert_checked(knowledge, text, "F312", fires)


@pytest.mark.parametrize(
    "text",
    [
        # two terms in the amount's sentence: which one it runs over is not said
        pytest.param("3년 계약에 1년 연장 옵션이 붙었고 연봉은 5억원씩이다. 연봉은 20억원이다.", id="ko-two-terms"),
        # the next figure is named by another noun
        pytest.param("계약 기간 4년에 연봉 5억원씩을 받는다. 계약금은 30억원이다.", id="ko-another-noun"),
        # the next sentence's figure is itself per period
        pytest.param(
            "계약 기간 4년에 연봉 5억원씩을 받는다. 내년부터 연봉은 매년 7억원씩이다.", id="ko-next-per-period"
        ),
    ],
)
def test_a_figure_apart_that_may_not_be_the_total_is_not_linked(knowledge, text):
    assert_not_checked(knowledge, text, "F312")


# A total over a term, then its yearly average or its restatement per year, in one sentence.
TOTALS_THEN_YEARLY = [
    pytest.param("The contract is worth $420m over 12 years, or $35m a year.", False, id="en-or-a-year-holds"),
    pytest.param("The contract is worth $420m over 12 years, or $45m a year.", True, id="en-or-a-year-broken"),
    pytest.param("He signed a 12-year, $420m contract, an average of $35m a year.", False, id="en-average-holds"),
    pytest.param("12년 4억2000만달러 계약으로 연평균 3500만달러를 받는다.", False, id="ko-average-holds"),
    pytest.param("12년 4억2000만달러 계약으로 연평균 4000만달러를 받는다.", True, id="ko-average-broken"),
    pytest.param("구단은 5년 총액 150억원, 연평균 30억원을 투자한다.", False, id="ko-total-average-holds"),
]


@pytest.mark.parametrize("text,fires", TOTALS_THEN_YEARLY)
def test_a_total_over_a_term_then_its_yearly_average(knowledge, text, fires):
    assert_checked(knowledge, text, "F312", fires)


@pytest.mark.parametrize(
    "text",
    [
        # a contract's total holds a signing fee and options besides the yearly pay
        pytest.param("4년 총액 20억원, 연봉 4억원에 계약했다.", id="ko-total-and-yearly-pay"),
        pytest.param("He signed a 12-year, $420m contract, worth $30m a year in salary.", id="en-total-and-yearly-pay"),
        # two terms: which one the total runs over is not said
        pytest.param("5년 계약에 2년 연장 조건으로 총액 150억원, 연평균 30억원이다.", id="ko-two-terms"),
    ],
)
def test_a_yearly_pay_beside_a_total_is_no_average_of_it(knowledge, text):
    assert_not_checked(knowledge, text, "F312")


# A margin right after its operating profit (`$1.2bn, a margin of 15%`, `9조1000억원, 이익률 11.5%`), and one
# whose company is named by a pronoun (`Its operating margin`): checked against profit ÷ revenue.
MARGINS = [
    pytest.param(
        "Northwind's revenue rose to $8.0bn in the third quarter. Operating profit was $1.2bn, a margin of 15%.",
        False,
        id="en-a-margin-of-holds",
    ),
    pytest.param(
        "Northwind's revenue rose to $8.0bn in the third quarter. Operating profit was $1.2bn, a margin of 19%.",
        True,
        id="en-a-margin-of-broken",
    ),
    pytest.param(
        "Northwind posted third-quarter operating profit of $1.2bn on revenue of $8.0bn. Its operating margin was 15%.",
        False,
        id="en-its-margin-holds",
    ),
    pytest.param(
        "Northwind posted third-quarter operating profit of $1.2bn on revenue of $8.0bn. Its operating margin was 19%.",
        True,
        id="en-its-margin-broken",
    ),
    pytest.param(
        "한빛전자의 3분기 매출은 79조원이었다. 영업이익은 9조1000억원, 이익률 11.5%다.", False, id="ko-margin-holds"
    ),
    pytest.param(
        "한빛전자의 3분기 매출은 79조원이었다. 영업이익은 9조1000억원(이익률 14.5%)이다.", True, id="ko-margin-broken"
    ),
]


@pytest.mark.parametrize("text,fires", MARGINS)
def test_a_margin_beside_its_profit_or_of_a_company_named_by_a_pronoun(knowledge, text, fires):
    assert_checked(knowledge, text, "F307", fires)


@pytest.mark.parametrize(
    "text",
    [
        # two companies' figures in the paragraph: whose margin `Its` is, is not known
        pytest.param(
            "Northwind posted third-quarter operating profit of $1.2bn on revenue of $8.0bn. Southwind posted "
            "third-quarter operating profit of $0.9bn on revenue of $7.0bn. Its operating margin was 15%.",
            id="en-two-companies",
        ),
        # a rate after the profit that is no margin
        pytest.param("Operating profit was $1.2bn, a rise of 15%. Revenue was $8.0bn.", id="en-a-rise"),
        pytest.param(
            "한빛전자의 3분기 매출은 79조원, 영업이익은 9조1000억원이다. 영업이익 증가율은 11.5%다.", id="ko-growth"
        ),
    ],
)
def test_a_rate_that_may_not_be_the_margin_is_not_checked(knowledge, text):
    assert_not_checked(knowledge, text, "F307")
