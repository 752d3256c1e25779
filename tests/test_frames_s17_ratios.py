"""Margins, multiples and rates of use (seventeenth session), each a rule for a construction:
- a profit's period named by a noun between it and its margin (`$12.4m in the quarter, a margin of 8%`);
- a margin and its profit that name no period, when every figure of revenue that names none is a smaller one
  stated after the article's first revenue figure (its breakdown), are of that first figure.

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

from helpers import document, findings
from test_frames import assert_checked, assert_not_checked

# ------------------------------------------------ a period noun between a profit and its margin

IN_THE_QUARTER = (
    "Wrenfield Tools said third-quarter revenue rose 4% to $155 million. "
    "Operating profit was $12.4 million in the quarter, a margin of {m}."
)


def test_a_period_noun_between_a_profit_and_its_margin_holds_and_a_wrong_margin_fires(knowledge):
    assert_checked(knowledge, IN_THE_QUARTER.format(m="8%"), "F307", fires=False)
    assert_checked(knowledge, IN_THE_QUARTER.format(m="11%"), "F307", fires=True)


# ------------------------------------------------ a margin of no period over the story's first revenue figure

BREAKDOWN = (
    "Kestrel Lanes reported third-quarter revenue of $150 million, up 6% from a year earlier.\n\n"
    "Food sales were $60 million, or 40% of revenue, ahead of bowling at $50 million.\n\n"
    "Adjusted EBITDA was $30 million, a margin of {m}."
)


def test_a_margin_of_no_period_is_of_the_first_revenue_figure_its_breakdown_follows(knowledge):
    # (never of the segment's figure a paragraph before it, `bowling at $50 million`)
    assert_checked(knowledge, BREAKDOWN.format(m="20%"), "F318", fires=False)
    assert_checked(knowledge, BREAKDOWN.format(m="25%"), "F318", fires=True)
    # (the period is the story's, not written beside the margin: a mismatch is a warning)
    result = findings(knowledge, document(BREAKDOWN.format(m="25%")), select=["F318"])
    assert [f.severity for f in result.findings] == ["warning"]


def test_a_larger_revenue_figure_of_no_period_after_the_first_links_nothing(knowledge):
    # (revenue since the chain opened is no part of the quarter's: which figure the margin is of is not known)
    text = (
        "Kestrel Lanes reported third-quarter revenue of $150 million, up 6% from a year earlier.\n\n"
        "Food sales were $60 million, and revenue since the chain opened has reached $900 million.\n\n"
        "Adjusted EBITDA was $30 million, a margin of 25%."
    )
    assert_not_checked(knowledge, text, "F318")


# ------------------------------------------------ a multiple of a figure named by its metric, stated further back

DEBT = (
    "Harrow Marinas reported revenue of A$150 million for the year.\n\n"
    "EBITDA was A$40 million. The group also bought two marinas during the year. "
    "Net debt stands at A$172 million, about {m} times EBITDA."
)


def test_a_multiple_of_a_metric_stated_earlier_in_the_paragraph_holds_and_a_wrong_one_fires(knowledge):
    assert_checked(knowledge, DEBT.format(m="4.3"), "F304", fires=False)
    assert_checked(knowledge, DEBT.format(m="6.3"), "F304", fires=True)


TURNOVER = (
    "Corby Rovers increased turnover by 10% to £9.2m in the year to June.\n\n"
    "Matchday income was £3.1m and player sales £0.7m.\n\n"
    "The pre-tax loss narrowed to £1.2m. The club owes its owner £13.5m, almost {m} times annual turnover."
)


def test_a_multiple_of_the_article_s_first_figure_of_a_metric_its_parts_follow_holds_and_a_wrong_one_fires(knowledge):
    assert_checked(knowledge, TURNOVER.format(m="one and a half"), "F304", fires=False)
    assert_checked(knowledge, TURNOVER.format(m="three"), "F304", fires=True)


def test_a_later_larger_figure_of_the_metric_leaves_the_multiple_unlinked(knowledge):
    text = (
        "Corby Rovers increased turnover by 10% to £9.2m in the year to June.\n\n"
        "Turnover over the decade came to £61m.\n\n"
        "The club owes its owner £13.5m, almost three times annual turnover."
    )
    assert_not_checked(knowledge, text, "F304")


def test_a_multiple_of_an_annualised_figure_is_of_no_stated_figure(knowledge):
    text = (
        "Harrow Marinas reported third-quarter EBITDA of A$40 million.\n\n"
        "Net debt stands at A$640 million, or 4 times annualised EBITDA."
    )
    assert_not_checked(knowledge, text, "F304")


# ------------------------------------------------ a rate of use: the count used over the capacity

THEATRE = (
    "뮤지컬 '바람새'는 모두 96회 공연됐다. 한 회에 평균 920명이 객석을 채웠다. "
    "극장 좌석이 1,150석인 만큼 평균 객석 점유율은 {m}에 이른다."
)


def test_an_occupancy_of_seats_holds_and_a_wrong_one_fires(knowledge):
    assert_checked(knowledge, THEATRE.format(m="80%"), "F503", fires=False)
    assert_checked(knowledge, THEATRE.format(m="88%"), "F503", fires=True)


HOTEL = "On an average night 410 guests stayed at the Larkspur, which has 500 rooms, for an occupancy rate of {m}."


def test_an_occupancy_of_rooms_holds_and_a_wrong_one_fires_in_english(knowledge):
    assert_checked(knowledge, HOTEL.format(m="82%"), "F503", fires=False)
    assert_checked(knowledge, HOTEL.format(m="74%"), "F503", fires=True)


def test_a_market_share_after_seats_is_no_rate_of_use(knowledge):
    text = "한 회에 평균 920명이 객석을 채웠다. 극장 좌석은 1,150석이다. 회사의 시장 점유율은 35%다."
    assert_not_checked(knowledge, text, "F503")


# ------------------------------------------------ a margin of the year before over the figures stated as priors

PRIOR_MARGIN = (
    "푸른렌털은 3분기 연결 매출이 2,500억원으로 지난해 같은 기간(2,000억원)보다 25% 늘었다고 밝혔다.\n\n"
    "영업이익은 300억원으로 1년 전(200억원)보다 50% 증가했다. 영업이익률은 12%로 지난해 3분기({m})보다 높아졌다.\n\n"
    "사업별로는 렌털 매출이 1,800억원으로 가장 많았고 판매 매출이 700억원이었다."
)


def test_a_margin_of_the_year_before_is_of_its_prior_figures_and_a_wrong_one_fires(knowledge):
    # (the segment's figure after it, `렌털 매출`, names a part, not another basis of the whole's figures)
    assert_checked(knowledge, PRIOR_MARGIN.format(m="10%"), "F307", fires=False)
    assert_checked(knowledge, PRIOR_MARGIN.format(m="8%"), "F307", fires=True)


# ------------------------------------------------ a worded multiple in a clause of its own subject


def test_a_multiple_in_a_clause_of_its_own_subject_is_not_of_the_change_before(knowledge):
    text = "Glenrua Dairies increased exports by 12% to €80m from €71.4m, as sales to Japan more than doubled."
    assert_not_checked(knowledge, text, "F304")


def test_a_multiple_of_a_pronoun_for_the_figure_before_is_still_its_change(knowledge):
    text = "Glenrua Dairies said exports rose to €80m from €31.4m, and they more than {m} in three years."
    assert_checked(knowledge, text.format(m="doubled"), "F304", fires=False)
    assert_checked(knowledge, text.format(m="tripled"), "F304", fires=True)


def test_a_multiple_of_its_own_sentence_is_still_checked(knowledge):
    text = "Exports to Japan more than {m} to €9m from €4.1m."
    assert_checked(knowledge, text.format(m="doubled"), "F304", fires=False)
    assert_checked(knowledge, text.format(m="tripled"), "F304", fires=True)
