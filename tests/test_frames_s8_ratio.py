"""Ratios on copy the rules were not tuned to: margins of any profit, per-unit figures, multiples.

Every sentence is written for this file. Each construction is tested where it must be checked (and
fires when one number is wrong) and where it must not be checked (the members are not one fact's).
"""

from __future__ import annotations

import pytest
from helpers import claims, document, findings
from test_frames import assert_checked, assert_not_checked

# ---------------------------------------------------------------- margins of a net profit or an EBITDA (F318)


@pytest.mark.parametrize(
    "text,fires",
    [
        # a bare `margin` right after an EBITDA is the EBITDA margin
        ("Veloce's quarterly revenue was Rs 5,500 crore. EBITDA was Rs 660 crore, for a margin of 12%.", False),
        ("Veloce's quarterly revenue was Rs 5,500 crore. EBITDA was Rs 660 crore, for a margin of 16%.", True),
        ("Revenue rose 9% to $4.36 billion. EBITDA came to $872 million, giving a margin of 20%.", False),
        ("Revenue rose 9% to $4.36 billion. EBITDA came to $872 million, giving a margin of 25%.", True),
        # a net margin named by its own words, its revenue in the sentence before
        (
            "Corvane's revenue rose 40% to $7.0 billion from $5.0 billion. "
            "Net income was $2.1 billion, a net margin of 30%.",
            False,
        ),
        (
            "Corvane's revenue rose 40% to $7.0 billion from $5.0 billion. "
            "Net income was $2.1 billion, a net margin of 42%.",
            True,
        ),
        ("한빛전자의 3분기 매출은 5조원, 순이익은 4000억원이었다. 3분기 순이익률은 8%였다.", False),
        ("한빛전자의 3분기 매출은 5조원, 순이익은 4000억원이었다. 3분기 순이익률은 12%였다.", True),
        ("다온제약의 상반기 매출은 8000억원, 순이익은 1200억원이었다. 상반기 순이익률은 15%다.", False),
        ("다온제약의 상반기 매출은 8000억원, 순이익은 1200억원이었다. 상반기 순이익률은 25%다.", True),
    ],
)
def test_margin_of_a_profit(knowledge, text, fires):
    assert_checked(knowledge, text, "F318", fires)


@pytest.mark.parametrize(
    "text,fires",
    [
        # the revenue stated once in the paragraph before, the margin of no named company
        (
            "Orbis Air said second-quarter revenue rose 7.1% to $3.20 billion from $2.99 billion.\n\n"
            "Operating income came to $400 million, giving an operating margin of 12.5%.",
            False,
        ),
        (
            "Orbis Air said second-quarter revenue rose 7.1% to $3.20 billion from $2.99 billion.\n\n"
            "Operating income came to $400 million, giving an operating margin of 15.5%.",
            True,
        ),
        (
            "The carrier's revenue for the first quarter was $1.60 billion.\n\n"
            "Operating income was $120 million, an operating margin of 7.5%.",
            False,
        ),
    ],
)
def test_operating_margin_with_revenue_a_paragraph_before(knowledge, text, fires):
    assert_checked(knowledge, text, "F307", fires)


def test_margin_not_checked_when_the_paragraph_before_states_two_revenues(knowledge):
    # two figures of revenue for the period elsewhere (a segment's and the group's): which one is meant is not said
    text = (
        "Orbis Air said second-quarter revenue was $3.20 billion. Cargo revenue was $0.60 billion.\n\n"
        "Operating income came to $400 million, giving an operating margin of 15.5%."
    )
    result = findings(knowledge, document(text), select=["F307"], show_passed=True)
    assert not [f for f in result.findings if f.severity == "error"], [f.message for f in result.findings]


def test_earlier_margin_is_not_checked_against_this_periods_figures(knowledge):
    # `widened to 12% from 11.1%`: 11.1% is last year's margin, and last year's figures are not stated
    text = (
        "Veloce's revenue rose 10% to Rs 5,500 crore in the September quarter. EBITDA came in at Rs 660 crore. "
        "The EBITDA margin widened to 12.0% from 11.1%."
    )
    result = findings(knowledge, document(text), select=["F318"], show_passed=True)
    assert not result.findings, [f.message for f in result.findings]
    assert [p.rule for p in result.passed] == ["F318"]


def test_margin_after_a_growth_rate_is_not_a_margin(knowledge):
    text = "Veloce's quarterly revenue was Rs 5,500 crore. EBITDA was Rs 660 crore, a rise of 16%."
    assert_not_checked(knowledge, text, "F318")


# ---------------------------------------------------------------- competition ratios: applicants per place (F317)


@pytest.mark.parametrize(
    "text,fires",
    [
        ("한결대는 수시모집에서 1200명을 뽑는 데 2만4000명이 지원해 평균 20.0대 1의 경쟁률을 기록했다.", False),
        ("한결대는 수시모집에서 1200명을 뽑는 데 2만4000명이 지원해 평균 30.0대 1의 경쟁률을 기록했다.", True),
        ("의대는 500명 모집에 1만2000명이 몰려 24.0대 1로 나타났다.", False),
        ("의대는 500명 모집에 1만2000명이 몰려 42.0대 1로 나타났다.", True),
        ("논술전형은 모집인원이 800명에 불과하지만 지원자가 4만명에 달해 50.0대 1로 가장 높았다.", False),
        ("논술전형은 모집인원이 800명에 불과하지만 지원자가 4만명에 달해 80.0대 1로 가장 높았다.", True),
        ("새 아파트 1순위 청약에서 300가구 모집에 9000명이 신청해 평균 30대 1을 기록했다.", False),
        ("새 아파트 1순위 청약에서 300가구 모집에 9000명이 신청해 평균 3대 1을 기록했다.", True),
        # two ratios in one sentence: each divides the counts stated after the ratio before it
        (
            "올해는 2만3000명 모집에 41만4000명이 지원해 18.0대 1, "
            "지난해는 2만명 모집에 30만명이 지원해 15.0대 1이었다.",
            False,
        ),
        (
            "올해는 2만3000명 모집에 41만4000명이 지원해 18.0대 1, "
            "지난해는 2만명 모집에 30만명이 지원해 25.0대 1이었다.",
            True,
        ),
    ],
)
def test_competition_ratio(knowledge, text, fires):
    assert_checked(knowledge, text, "F317", fires)


@pytest.mark.parametrize(
    "text",
    [
        # a score names no places and no applicants
        "한국은 결승에서 일본을 3대 1로 꺾었다. 경기장에는 관중 2만명이 몰렸다.",
        # one count and a ratio: the places are not stated
        "올해 수시모집에는 42만명이 지원해 평균 18.0대 1의 경쟁률을 기록했다.",
        # vehicles counted with 대, not a ratio to one
        "한빛자동차는 지난달 1200명을 뽑는 데 2만명이 지원한 데 이어 차량 20대를 새로 들였다.",
    ],
)
def test_competition_ratio_not_linked(knowledge, text):
    assert_not_checked(knowledge, text, "F317")


# ---------------------------------------------------------------- a multiple of a figure in parentheses (F304)


@pytest.mark.parametrize(
    "text,fires",
    [
        ("이번 주 의사환자는 외래환자 1천명당 24.6명으로 직전 주(12.0명)의 두 배 수준으로 늘었다.", False),
        ("이번 주 의사환자는 외래환자 1천명당 24.6명으로 직전 주(8.0명)의 두 배 수준으로 늘었다.", True),
        ("한빛전자의 올해 매출은 4조원으로 5년 전(1조원)의 4배에 달했다.", False),
        ("한빛전자의 올해 매출은 4조원으로 5년 전(2조원)의 4배에 달했다.", True),
        ("올해 피해액은 3600억원으로 지난해(1200억원)의 3배다.", False),
        ("올해 피해액은 3600억원으로 지난해(2400억원)의 3배다.", True),
    ],
)
def test_multiple_of_a_figure_in_parentheses(knowledge, text, fires):
    assert_checked(knowledge, text, "F304", fires)


# ---------------------------------------------------------------- a total over a term and its yearly average (F312)


@pytest.mark.parametrize(
    "text,fires",
    [
        ("김태오는 4년 총액 2800만달러에 계약했다. 연평균 700만달러 규모다.", False),
        ("김태오는 4년 총액 2800만달러에 계약했다. 연평균 900만달러 규모다.", True),
        ("구단은 박지훈과 5년 총액 60억원에 재계약했다고 밝혔다. 연평균 12억원을 받는 셈이다.", False),
        ("구단은 박지훈과 5년 총액 60억원에 재계약했다고 밝혔다. 연평균 15억원을 받는 셈이다.", True),
        (
            "The Padres have signed Kim to a four-year, $28 million contract, the team said on Tuesday.\n\n"
            "The deal pays him an average of $7 million a season.",
            False,
        ),
        (
            "The Padres have signed Kim to a four-year, $28 million contract, the team said on Tuesday.\n\n"
            "The deal pays him an average of $9 million a season.",
            True,
        ),
        # the total restated per year in its own sentence, the term and more words between them
        ("The plan frees £60bn of extra capital investment over five years, or £12bn a year, for new roads.", False),
        ("The plan frees £60bn of extra capital investment over five years, or £15bn a year, for new roads.", True),
    ],
)
def test_total_over_a_term_and_its_yearly_average(knowledge, text, fires):
    assert_checked(knowledge, text, "F312", fires)


@pytest.mark.parametrize(
    "text",
    [
        # no term before the total
        "김태오는 총액 2800만달러에 계약했다. 연평균 700만달러 규모다.",
        # two figures of the unit before: which one the average is of is not said
        "김태오는 4년 총액 2800만달러, 옵션 400만달러에 계약했다. 연평균 700만달러 규모다.",
        # an average with no mark of a year's share: a plain salary beside a contract's total
        "The Padres have signed Kim to a four-year, $28 million contract. His salary this season is $5 million.",
    ],
)
def test_yearly_average_not_linked(knowledge, text):
    assert_not_checked(knowledge, text, "F312")


# ---------------------------------------------------------------- an unemployment rate and its two counts (F318)


@pytest.mark.parametrize(
    "text,fires",
    [
        ("통계청에 따르면 9월 실업자는 80만명, 경제활동인구는 3000만명으로 집계됐다. 실업률은 2.7%였다.", False),
        ("통계청에 따르면 9월 실업자는 80만명, 경제활동인구는 3000만명으로 집계됐다. 실업률은 3.7%였다.", True),
        (
            "The unemployment rate rose to 4.5% in August. The number of unemployed people climbed to 7.65 million, "
            "in a labor force of 170.0 million.",
            False,
        ),
        (
            "The unemployment rate rose to 5.5% in August. The number of unemployed people climbed to 7.65 million, "
            "in a labor force of 170.0 million.",
            True,
        ),
        ("In March the jobless rate was 5.0%: 2.1 million unemployed people in a labour force of 42 million.", False),
        ("In March the jobless rate was 4.0%: 2.1 million unemployed people in a labour force of 42 million.", True),
    ],
)
def test_unemployment_rate_of_its_counts(knowledge, text, fires):
    assert_checked(knowledge, text, "F318", fires)


def test_unemployment_rate_without_the_labour_force_is_not_checked(knowledge):
    text = "통계청에 따르면 9월 실업자는 80만명으로 집계됐다. 실업률은 3.7%였다."
    assert_not_checked(knowledge, text, "F318")


# ---------------------------------------------------------------- a gap in points named after two rates (F308)


@pytest.mark.parametrize(
    "text,fires",
    [
        ("The EBITDA margin widened to 14.0% from 13.1%, an improvement of 90 basis points.", False),
        ("The EBITDA margin widened to 14.0% from 13.1%, an improvement of 50 basis points.", True),
        (
            "Punctuality improved to 91.4% of trains, compared to 89.9% in the previous year, a gain of 1.5 points.",
            False,
        ),
        (
            "Punctuality improved to 91.4% of trains, compared to 89.9% in the previous year, a gain of 2.5 points.",
            True,
        ),
        (
            "Turnout was 68.4%, with 16.9 million voters. "
            "That compares with 63.9% at the last election in 2021, an increase of 4.5 percentage points.",
            False,
        ),
        (
            "Turnout was 68.4%, with 16.9 million voters. "
            "That compares with 63.9% at the last election in 2021, an increase of 2.5 percentage points.",
            True,
        ),
        # the noun without its article, as headline-style copy writes it
        ("The EBITDA margin widened to 14.0% from 13.1%, improvement of 90 basis points.", False),
        ("The EBITDA margin widened to 14.0% from 13.1%, improvement of 40 basis points.", True),
        # a fall noun: the level is below the earlier rate
        ("The jobless rate eased to 4.1% from 4.6%, a drop of 0.5 percentage points.", False),
        ("The jobless rate eased to 4.1% from 4.6%, a drop of 1.5 percentage points.", True),
    ],
)
def test_points_named_after_two_rates(knowledge, text, fires):
    assert_checked(knowledge, text, "F308", fires)


@pytest.mark.parametrize(
    "text",
    [
        # an index's move in points: no rates beside it
        "The index rose to 2,593 from 2,540, a gain of 53 points.",
        # three rates: which two the gap is between is not said
        "Support rose to 41% from 38% and 35%, an increase of 3 points.",
    ],
)
def test_points_named_after_not_linked(knowledge, text):
    assert_not_checked(knowledge, text, "F308")


# ---------------------------------------------------------------- per unit, the count or total beside it (F317)


@pytest.mark.parametrize(
    "text,fires",
    [
        # the total right before it, restated per unit; the count in the sentence before, named after it
        (
            "영화는 개봉 12일째인 전날까지 400만명의 관객을 모았다. "
            "누적 매출액은 400억원으로 관객 1인당 평균 1만원꼴이다.",
            False,
        ),
        (
            "영화는 개봉 12일째인 전날까지 400만명의 관객을 모았다. "
            "누적 매출액은 400억원으로 관객 1인당 평균 2만원꼴이다.",
            True,
        ),
        # the count beside it, the revenue it names stated before
        (
            "Revenue climbed 9.3% to $5.00 billion. The airline flew 12.5 million passengers in the three months to "
            "June, generating average revenue of about $400 per passenger.",
            False,
        ),
        (
            "Revenue climbed 9.3% to $5.00 billion. The airline flew 12.5 million passengers in the three months to "
            "June, generating average revenue of about $300 per passenger.",
            True,
        ),
        (
            "Revenue rose to $90 million. The chain sold 6 million tickets, earning revenue of $15 per ticket.",
            False,
        ),
        (
            "Revenue rose to $90 million. The chain sold 6 million tickets, earning revenue of $25 per ticket.",
            True,
        ),
    ],
)
def test_per_unit_with_count_or_total_beside_it(knowledge, text, fires):
    assert_checked(knowledge, text, "F317", fires)


def test_per_unit_with_a_count_beside_it_and_no_metric_is_not_linked(knowledge):
    # the figure names no metric: which total it divides is not said
    text = "The film took in $90 million. Playing in 4,000 theaters, it averaged $22,500 per theater."
    assert_not_checked(knowledge, text, "F317")


# ---------------------------------------------------------------- a multiple of a figure its noun names (F304)


@pytest.mark.parametrize(
    "text,fires",
    [
        (
            "올해 한빛에서 받은 연봉은 10억원이었다. "
            "새 계약의 연평균 금액은 약 90억원으로, 올해 연봉의 9배 가까이 된다.",
            False,
        ),
        (
            "올해 한빛에서 받은 연봉은 10억원이었다. "
            "새 계약의 연평균 금액은 약 50억원으로, 올해 연봉의 9배 가까이 된다.",
            True,
        ),
        ("지난해 복구비는 1200억원이었다. 올해 피해액은 3600억원으로 복구비의 3배에 이른다.", False),
        ("지난해 복구비는 1200억원이었다. 올해 피해액은 6000억원으로 복구비의 3배에 이른다.", True),
    ],
)
def test_multiple_of_a_named_figure(knowledge, text, fires):
    assert_checked(knowledge, text, "F304", fires)


def test_multiple_of_a_noun_naming_two_figures_is_not_linked(knowledge):
    text = "지난해 연봉은 8억원, 재작년 연봉은 6억원이었다. 새 연평균 금액은 약 50억원으로, 연봉의 6배가 넘는다."
    result = findings(knowledge, document(text), select=["F304"], show_passed=True)
    assert not result.findings, [f.message for f in result.findings]


# ---------------------------------------------------------------- a ratio naming its two figures (F503)


@pytest.mark.parametrize(
    "text,fires",
    [
        (
            "서울 아파트 평균 매매가격은 12억원, 평균 전세가격은 6억원이다. "
            "매매가 대비 전세가 비율(전세가율)은 50.0%다.",
            False,
        ),
        (
            "서울 아파트 평균 매매가격은 12억원, 평균 전세가격은 6억원이다. "
            "매매가 대비 전세가 비율(전세가율)은 60.0%다.",
            True,
        ),
        ("가구 평균 소득은 6000만원, 부채는 4500만원이었다. 소득 대비 부채 비율은 75%로 집계됐다.", False),
        ("가구 평균 소득은 6000만원, 부채는 4500만원이었다. 소득 대비 부채 비율은 55%로 집계됐다.", True),
        ("올해 매출은 8000억원이었고 수출은 2000억원이었다. 매출 대비 수출 비중은 25%다.", False),
        ("올해 매출은 8000억원이었고 수출은 2000억원이었다. 매출 대비 수출 비중은 45%다.", True),
    ],
)
def test_ratio_naming_its_two_figures(knowledge, text, fires):
    assert_checked(knowledge, text, "F503", fires)


def test_ratio_naming_a_noun_of_two_figures_is_not_linked(knowledge):
    # two figures named by the whole's noun: which one the ratio is of is not said
    text = "지난해 소득은 5000만원, 올해 소득은 6000만원, 부채는 4500만원이었다. 소득 대비 부채 비율은 55%다."
    result = findings(knowledge, document(text), select=["F503"], show_passed=True)
    assert not result.findings, [f.message for f in result.findings]


# ---------------------------------------------------------------- a daily average over the working days (F312)


@pytest.mark.parametrize(
    "text,fires",
    [
        (
            "산업통상자원부에 따르면 지난달 수출액은 550억 달러로 전년 동월 대비 5.0% 증가했다. "
            "조업일수(22일)를 고려한 일평균 수출액은 25억 달러였다.",
            False,
        ),
        (
            "산업통상자원부에 따르면 지난달 수출액은 550억 달러로 전년 동월 대비 5.0% 증가했다. "
            "조업일수(22일)를 고려한 일평균 수출액은 30억 달러였다.",
            True,
        ),
        ("9월 수출은 600억달러였다. 수입은 540억달러였다. 조업일수 20일을 반영한 일평균 수출액은 30억달러다.", False),
        ("9월 수출은 600억달러였다. 수입은 540억달러였다. 조업일수 20일을 반영한 일평균 수출액은 40억달러다.", True),
    ],
)
def test_daily_average_over_working_days(knowledge, text, fires):
    assert_checked(knowledge, text, "F312", fires)


def test_daily_average_without_its_days_is_not_linked(knowledge):
    text = "지난달 수출액은 550억 달러로 전년 동월 대비 5.0% 증가했다. 일평균 수출액은 30억 달러였다."
    assert_not_checked(knowledge, text, "F312")


@pytest.mark.parametrize(
    "text,ratio",
    [
        ("공대는 300명 모집에 4500명이 지원해 15.0대 1의 경쟁률을 보였다.", "15.0대 1"),
        ("올해 경쟁률은 8대 1로 지난해보다 높았다.", "8대 1"),
    ],
)
def test_a_ratio_to_one_is_a_level_not_a_change(knowledge, text, ratio):
    """`N대 1` divides two counts: it is a level like any rate, never a multiple something grew by."""
    (claim,) = [c for c in claims(text, knowledge).claims if c.text == ratio]
    assert (claim.kind, claim.role, claim.change_of) == ("multiple", "value", None)


def test_a_multiple_of_growth_stays_a_change(knowledge):
    (claim,) = [c for c in claims("수출이 1년 새 3배 늘었다.", knowledge).claims if c.kind == "multiple"]
    assert claim.role == "change"
