"""Multiples read by where their figures stand (twenty-eighth session, the `other` lane):
checker/link/multiples_of_nearest_pair.py. A multiple no word-order rule linked compares the one pair of figures of
one kind, unit and counted noun in its sentence — standing between them (the value before it, the smaller figure it is
of right after it, no comma or clause ending between) or before both when the later is set against the earlier
(`compared with`, `against`) — or, appended to
a headline's figure, the lead's restatement of that figure and the one earlier figure beside it.

Must-not-fire: a multiple after both figures, three figures of one unit, figures of another unit or counted noun, a
figure after the multiple larger than the value, a later figure not set against the earlier, a plan beside an
outcome, a headline multiple not appended to its figure. Every sentence is written for this file, with invented names
and numbers.
"""

from __future__ import annotations

import pytest
from helpers import document, findings
from test_frames import assert_checked, assert_not_checked


def _ko(knowledge, text: str, rule: str) -> tuple[bool, bool]:
    """(fires, listed as passed) on a Korean text."""
    result = findings(knowledge, document(text, language="ko"), select=[rule], show_passed=True)
    return rule in [f.rule for f in result.findings], rule in [p.rule for p in result.passed]


# ---------------------------------------------------------------- between: `A, N times the B of …`

_BARGES = "The canal company moved 9,300 barges, almost double the {prior} it moved in 2019."


@pytest.mark.parametrize("prior,fires", [("4,800", False), ("4,000", True)])
def test_a_multiple_right_before_the_smaller_figure_it_is_of(knowledge, prior, fires):
    assert_checked(knowledge, _BARGES.format(prior=prior), "F304", fires)


@pytest.mark.parametrize(
    "text",
    [
        # past a comma or a clause ending, the figure after a multiple is another subject's, year's or part's
        "The Harrow reading room lent 52,000 books, twice as many as the Esk branch, whose loans were 19,000 in 2018.",
        "Gate receipts came to 7,200, double the opening year's, with 2,100 of them season tickets.",
        "The soup kitchen served 6,000 meals, three times as many as in its first winter, plus 1,500 meals by van.",
        "The Brae crews answered 610 call-outs, twice as many as Kinloss, which has 7 boats and logged 240 in 2020.",
        "저장고 면적은 3만㎡로 두 배로 넓어졌으며 냉장 구역은 9천㎡다.",
        "올해 수확량은 6천톤으로 지난해의 세 배였는데, 이 가운데 가공용은 1천500톤이다.",
    ],
)
def test_a_figure_past_a_clause_break_after_a_multiple_is_not_what_it_is_of(knowledge, text):
    assert_not_checked(knowledge, text, "F304")


# ---------------------------------------------------------------- before both: `N times as much, at A against B`

_HEAT_PUMPS = (
    "Heat pumps cost roughly twice as much to fit as gas boilers, about £9,800 compared with {prior} for a boiler."
)


@pytest.mark.parametrize("prior,fires", [("£4,900", False), ("£7,900", True)])
def test_a_multiple_before_a_compared_pair(knowledge, prior, fires):
    assert_checked(knowledge, _HEAT_PUMPS.format(prior=prior), "F304", fires)


# ---------------------------------------------------------------- a headline's multiple, the lead's pair

_ORCHARD = (
    "Orchard yields 64,000 tonnes, nearly double last year's\n\n"
    "Pear growers in the valley picked 64,000 tonnes this autumn, up from {prior} tonnes a year earlier, "
    "the board said."
)


@pytest.mark.parametrize("prior,fires", [("33,000", False), ("45,000", True)])
def test_a_headline_multiple_of_the_pair_its_lead_restates(knowledge, prior, fires):
    assert_checked(knowledge, _ORCHARD.format(prior=prior), "F304", fires)


# ---------------------------------------------------------------- near misses: figures a multiple does not compare

NOT_COMPARED = [
    # after both figures: the words after it name what it is of
    "The club sold 12,000 season tickets and 3,000 day passes, twice the regional average.",
    # three figures of one unit: which two is not said
    "Depots at Kelso stored 5,000 tonnes, 7,000 tonnes and 2,000 tonnes of grain, and the largest can hold twice "
    "as much as the old barn.",
    # another unit
    "The lab spent $2.1 million on 3,400 samples, twice as many as in 2022.",
    # another counted noun
    "The shelter housed 60 dogs, twice as many as last winter, and 25 cats.",
    # a headline multiple not appended to a figure
    "Harbour cargo doubles as fees rise\n\nThe harbour collected £3.2m in fees this year, against £2.9m a year before.",
    # the figure after the multiple is larger: another clause's, a plan
    "The county paved 120 km of road this year, twice the pace of 2021, and plans to pave 300 km next year.",
    # before both, the later figure not set against the earlier: another subject
    "Membership is three times what it was, the chair said, with 450 members and a waiting list of 80 members.",
    "Freight rates tripled in the spring; the line moved 14,000 containers in March and 9,000 containers in April.",
    # a part and its whole
    "Of the 8,000 tickets sold, 3,000 tickets went to members, twice as many as the club had expected.",
    # one figure of each unit
    "Wages at the plant are double the national median, at £41,000, and the firm employs 2,300 people.",
    "The museum counted 42,000 visitors, double the figure its board set, and took £310,000 at the door.",
    "The river authority's budget of $8 million is four times what the town spends, and its staff of 60 is twice "
    "the town's.",
    "Ticket prices have doubled since the stadium opened.\n\nA seat now costs £48. The stadium holds 31,000 fans.",
    "Bookings at the spa are up threefold, and it now charges €65 a session, with 14 therapists on staff.",
    "The orchestra played to twice as many people this season, the manager said. It gave 38 concerts and sold "
    "21,000 programmes.",
]


@pytest.mark.parametrize("text", NOT_COMPARED)
def test_figures_a_multiple_does_not_compare_are_left(knowledge, text):
    assert_not_checked(knowledge, text, "F304")


NOT_COMPARED_KO = [
    "올해 관람객은 4만 2천명으로 지난해의 두 배를 넘었고, 입장 수익은 3억원이었다.",
    "시는 버스 120대를 새로 들였고 정류장은 두 배로 늘려 60곳이 됐다.",
    "조합원은 두 배로 늘었다. 가입비는 1인당 5만원이며 조합은 모두 12억원을 모았다.",
    "센터 이용자는 1만 2천명으로 작년의 세 배였고, 직원은 40명, 자원봉사자는 15명이다.",
    "수출 물량은 세 배로 뛰었다. 공장은 직원 320명을 두고 있으며 하루 2교대로 돌아간다.",
]


@pytest.mark.parametrize("text", NOT_COMPARED_KO)
def test_korean_figures_a_multiple_does_not_compare_are_left(knowledge, text):
    assert _ko(knowledge, text, "F304") == (False, False)


def test_a_figure_after_the_multiple_in_a_clause_of_its_own_is_left(knowledge):
    text = "The bakery sold 9,200 loaves, twice what its owners had hoped for, and its rival sold 4,000 loaves."
    assert_not_checked(knowledge, text, "F304")


def test_a_value_before_the_multiple_in_a_clause_of_its_own_is_left(knowledge):
    text = "Ticket sales reached €7.5m, and bar takings rose to twice the €0.9m of the opening season."
    assert_not_checked(knowledge, text, "F304")
