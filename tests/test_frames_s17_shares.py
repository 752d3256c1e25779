"""Shares (seventeenth session), each a rule for a construction, most of them against a share checked with the
wrong whole:
- a guessed whole that restates the part, rounded (`exports hit €58m` over `exports rose to €57.8m`), is no whole;
- a guessed whole its own words date to another period than the part's (or the story's) gives way to the largest
  figure of that period (`down from the second quarter's $130.9m`);
- a bare count is of the largest count whose noun its sentence names, not of another population;
- a market share's part is not looked for past a paragraph break;
- a figure the genitive joins to a multiple after it (`지난해(Q)의 1.3배이고`) is the multiple's base, not the part of
  a share that follows (`목표 W의 60%`);
- a listed subject names the figure whose noun phrase starts with it (`온라인 광고 매출이 P … 광고가 전체 매출의`);
- a demonstrative points a part back to the whole stated last before it (`6,000 tonnes of that rice, or 75%`).

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

from helpers import document, findings
from test_frames import assert_checked, assert_not_checked


def assert_not_fired(knowledge, text: str, rule: str) -> None:
    result = findings(knowledge, document(text), select=[rule], show_passed=True)
    assert rule not in [f.rule for f in result.findings], [f.message for f in result.findings]


# ------------------------------------------------ a whole that restates the part is none (F503)

RESTATED = (
    "Halvard Pottery exports hit €58m on Asian demand\n\n"
    "Halvard Pottery, the Devon potter, increased exports by 11% to €57.8m in the year to March, from €52.1m.\n\n"
    "Exports made up 46% of total sales."
)


def test_a_headline_restating_the_part_is_no_whole_of_it(knowledge):
    assert_not_checked(knowledge, RESTATED, "F503")


# ------------------------------------------------ a whole of another period gives way to this period's (F503)

QUARTERS = (
    "Brightmoor Cinemas reported third-quarter revenue of $120.4 million, up 5% from $114.7 million a year earlier, "
    "though down 8% from the second quarter's $130.9 million.\n\n"
    "The chain runs 40 sites. Concessions brought in $48.2 million, or {share} of revenue."
)


def test_a_share_is_of_this_periods_whole_not_the_quarter_before(knowledge):
    assert_checked(knowledge, QUARTERS.format(share="40%"), "F503", fires=False)


def test_a_wrong_share_of_this_periods_whole_fires(knowledge):
    assert_checked(knowledge, QUARTERS.format(share="46%"), "F503", fires=True)


# ------------------------------------------------ a bare count is of the count its sentence names (F503)

CALLS = (
    "The dispatch office handled 250,000 calls last year. The county has 480,000 residents. "
    "Calls about parking numbered 80,000, {share} of the total."
)


def test_a_bare_count_is_a_share_of_the_count_its_sentence_names(knowledge):
    assert_checked(knowledge, CALLS.format(share="almost a third"), "F503", fires=False)
    assert_checked(knowledge, CALLS.format(share="or 32%"), "F503", fires=False)


def test_a_wrong_share_of_the_named_count_fires(knowledge):
    assert_checked(knowledge, CALLS.format(share="or 40%"), "F503", fires=True)


# ------------------------------------------------ a market share's part is not looked for in a new paragraph (F503)

OCCUPANCY = (
    "창작 연극 '달빛'이 관객 6만2,000명을 모으며 막을 내렸다.\n\n"
    "제작사는 120회 공연에 한 회 평균 500명이 들었다고 밝혔다. 좌석이 625석인 만큼 평균 객석 점유율은 80%에 이른다.\n\n"
    "관객 가운데 유료 관객은 5만1,000명, 초대 관객은 1만1,000명이었다."
)


def test_an_occupancy_rate_takes_no_part_from_the_next_paragraph(knowledge):
    assert_not_fired(knowledge, OCCUPANCY, "F503")


# ------------------------------------------------ the base of a multiple is no part of the share after it (F503)

TARGET = (
    "이번 계약으로 한결중공업의 올해 수주액은 12억달러로 늘었다. "
    "지난해 연간 수주액(9억달러)의 1.3배이고, 올해 목표인 20억달러의 60%를 채웠다."
)


def test_the_base_of_a_multiple_is_no_part_of_the_share_after_it(knowledge):
    assert_not_fired(knowledge, TARGET, "F503")


def test_a_level_before_its_own_comparison_is_still_the_part(knowledge):
    """(the rule it narrows: the part's own prior and change between it and the whole)"""
    text = "유럽 매출은 {part}로 지난해(30억원)보다 20% 늘었고, 전체 매출(90억원)의 40%를 차지했다."
    assert_checked(knowledge, text.format(part="36억원"), "F503", fires=False)
    assert_checked(knowledge, text.format(part="45억원"), "F503", fires=True)


# ------------------------------------------------ a listed subject heads the figure its noun phrase starts with (F503)

LISTED = (
    "매출은 300억원이었다. 온라인 광고 매출이 240억원, 중개 수수료가 60억원으로 광고가 전체 매출의 {share}를 차지했다."
)


def test_a_listed_subjects_share_is_of_the_figure_its_phrase_heads(knowledge):
    assert_checked(knowledge, LISTED.format(share="80%"), "F503", fires=False)


def test_a_wrong_share_of_a_listed_subject_fires(knowledge):
    assert_checked(knowledge, LISTED.format(share="70%"), "F503", fires=True)


# ------------------------------------------------ a demonstrative points back to the whole stated last (F503)

RICE = (
    "The valley's rice crop came in at 20,000 tonnes of paddy this season, up 5% from last year.\n\n"
    "Mills recovered 40.0% of the paddy weight as rice, giving about 8,000 tonnes of rice. "
    "Exports took 6,000 tonnes of that rice, or {share}, with Japan buying a third of the exported volume."
)


def test_a_share_of_that_is_of_the_figure_pointed_back_to(knowledge):
    assert_checked(knowledge, RICE.format(share="75%"), "F503", fires=False)


def test_a_wrong_share_of_that_fires(knowledge):
    assert_checked(knowledge, RICE.format(share="60%"), "F503", fires=True)


LISTED_BESIDE_ANOTHER_METRIC = (
    "앱 안 거래액은 4,000억원 규모로 추산된다. 매출은 300억원이었다. "
    "온라인 광고 매출이 240억원, 중개 수수료가 60억원으로 광고가 전체 매출의 {share}를 차지했다."
)


def test_a_listed_subjects_whole_is_the_figure_of_its_metric(knowledge):
    """(a larger figure of no metric before it, the transactions' value, is no whole of revenue's part)"""
    assert_checked(knowledge, LISTED_BESIDE_ANOTHER_METRIC.format(share="80%"), "F503", fires=False)
    assert_checked(knowledge, LISTED_BESIDE_ANOTHER_METRIC.format(share="70%"), "F503", fires=True)


# ------------------------------------------------ a counted fraction after a part of a marked whole (F503)

ORDERS = "올해 전체 주문 3,000만건 가운데 배달 주문이 2,100만건으로 {share}꼴이었다."


def test_a_counted_fraction_after_a_part_of_a_marked_whole_holds(knowledge):
    assert_checked(knowledge, ORDERS.format(share="10건 중 7건"), "F503", fires=False)


def test_a_wrong_counted_fraction_after_a_part_of_a_marked_whole_fires(knowledge):
    assert_checked(knowledge, ORDERS.format(share="10건 중 5건"), "F503", fires=True)
