"""Points, dates and repeats (seventeenth session, second round), each a rule for a construction:
- points beside a rate stated as of an earlier time (`2020년 당시에는 41.5%였는데, 이번에 6.5%포인트 높아졌다`, `At the
  time the share was 41.5%, and it has since risen 6.5 percentage points`) run from that rate to the level the
  sentence before states, not from nothing to the earlier rate;
- points by which a plan raises or lowers a rate to a level (`현재 27%인 수출 비중을 2029년 40%로 13%포인트
  끌어올리는`, `9%에서 5%로 4%포인트 낮추기로`) are the gap from the rate before the level to it;
- points a rate stands above or below another (`81.2% of tests, above the national target of 80% by 1.2
  percentage points`, `81.2%로 목표치 80%를 1.2%포인트 웃돌았다`) or has moved from one named after them (`a rise
  of 2.6 percentage points on last year's 78.6%`) are the gap from that rate to the rate before them; so are
  `points` written as a count between two rates (`an improvement of 2.6 points on last year's 78.6%`), and points
  after points of the same rate (`above the target of 80% by 1.2 percentage points and an improvement of …`);

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import change_links
from test_frames import assert_checked


def _links(text, knowledge):
    return change_links(text, knowledge, direction=True)


# ------------------------------------------------ points beside a rate of an earlier time (F308)

RATE_THEN_KO = (
    "남산구의 자가 가구는 4만8,000가구로 전체 가구(10만가구)의 48.0%였다. 5년 전 조사 때의 4만1,000가구보다 17.1% "
    "늘었다. {then} 전체 가구는 9만8,800가구로 자가 비율이 41.5%였는데, 이번에 {points}%포인트 높아졌다."
)
RATE_THEN_EN = (
    "Owner-occupiers made up 48.0% of households in Brenton this year. {then} the share was 41.5%, and it has since "
    "risen {points} percentage points."
)


def test_points_beside_a_rate_of_then_reach_the_level_before_ko(knowledge):
    links = _links(RATE_THEN_KO.format(then="당시", points="6.5"), knowledge)
    assert links["6.5%포인트"] == ("48.0%", "41.5%", 1)


def test_points_beside_a_rate_of_then_reach_the_level_before_en(knowledge):
    links = _links(RATE_THEN_EN.format(then="At the time", points="6.5"), knowledge)
    assert links["6.5 percentage points"] == ("48.0%", "41.5%", 1)


@pytest.mark.parametrize("points,fires", [("6.5", False), ("8.5", True)])
def test_points_beside_a_rate_of_then_are_checked_ko(knowledge, points, fires):
    assert_checked(knowledge, RATE_THEN_KO.format(then="당시", points=points), "F308", fires)


@pytest.mark.parametrize("points,fires", [("6.5", False), ("8.5", True)])
def test_points_beside_a_rate_of_then_are_checked_en(knowledge, points, fires):
    assert_checked(knowledge, RATE_THEN_EN.format(then="At the time", points=points), "F308", fires)


def test_points_beside_a_rate_of_no_earlier_time_keep_their_own_reading(knowledge):
    # no word says the rate beside the points is of an earlier time: it is not relinked to the sentence before
    assert _links(RATE_THEN_KO.format(then="올해", points="6.5"), knowledge)["6.5%포인트"][:2] != ("48.0%", "41.5%")
    assert _links(RATE_THEN_EN.format(then="Today", points="6.5"), knowledge)["6.5 percentage points"][:2] != (
        "48.0%",
        "41.5%",
    )


# ------------------------------------------------ points of a rate raised or lowered to a level (F308)

RAISED_TO_KO = "현재 27%인 수출 비중을 2029년 40%로 {points}%포인트 {verb} 것이 목표다."
LOWERED_TO_KO = "한결전자는 적자 사업 비중을 9%에서 5%로 {points}%포인트 낮추기로 했다."


def test_points_a_plan_raises_a_rate_by_run_from_the_rate_before_ko(knowledge):
    assert _links(RAISED_TO_KO.format(points="13", verb="끌어올리는"), knowledge)["13%포인트"] == ("40%", "27%", 1)
    assert _links(LOWERED_TO_KO.format(points="4"), knowledge)["4%포인트"] == ("5%", "9%", -1)


@pytest.mark.parametrize(
    "points,verb,fires", [("13", "끌어올리는", False), ("13", "높이는", False), ("16", "높이는", True)]
)
def test_points_a_plan_raises_a_rate_by_are_checked_ko(knowledge, points, verb, fires):
    assert_checked(knowledge, RAISED_TO_KO.format(points=points, verb=verb), "F308", fires)


@pytest.mark.parametrize("points,fires", [("4", False), ("6", True)])
def test_points_a_plan_lowers_a_rate_by_are_checked_ko(knowledge, points, fires):
    assert_checked(knowledge, LOWERED_TO_KO.format(points=points), "F308", fires)


def test_points_after_a_level_with_no_verb_of_raising_are_not_a_plans_gap(knowledge):
    # a change verb of the rate itself (`늘었다`) is the role stage's reading: no earlier rate is taken for it
    text = "수출 비중 27%는 그대로였고 내수 비중은 40%로 13%포인트 늘었다."
    assert _links(text, knowledge)["13%포인트"][1] is None


# ------------------------------------------------ points above or below a rate, or moved from one after them (F308)

ABOVE_BY_EN = "Pupils passed 81.2% of tests, {word} the national target of {target}% by {points} percentage points."
ABOVE_BY_KO = "학생들의 합격률은 81.2%로 목표치 {target}%를 {points}%포인트 {verb}."
MOVED_FROM_EN = "Pupils passed 81.2% of tests, a {noun} of {points} percentage points on last year's 78.6%."


def test_points_above_a_rate_by_are_its_gap_from_the_rate_before(knowledge):
    assert _links(ABOVE_BY_EN.format(word="above", target="80", points="1.2"), knowledge)["1.2 percentage points"] == (
        "81.2%",
        "80%",
        1,
    )
    links = _links(ABOVE_BY_KO.format(target="83", points="1.8", verb="밑돌았다"), knowledge)
    assert [v for k, v in links.items() if k.startswith("1.8%포인트")] == [("81.2%", "83%", -1)]


@pytest.mark.parametrize(
    "word,target,points,fires",
    [("above", "80", "1.2", False), ("below", "83", "1.8", False), ("above", "80", "5.2", True)],
)
def test_points_above_or_below_a_rate_are_checked_en(knowledge, word, target, points, fires):
    assert_checked(knowledge, ABOVE_BY_EN.format(word=word, target=target, points=points), "F308", fires)


@pytest.mark.parametrize(
    "target,points,verb,fires",
    [("80", "1.2", "웃돌았다", False), ("83", "1.8", "밑돌았다", False), ("80", "5.2", "웃돌았다", True)],
)
def test_points_above_or_below_a_rate_are_checked_ko(knowledge, target, points, verb, fires):
    assert_checked(knowledge, ABOVE_BY_KO.format(target=target, points=points, verb=verb), "F308", fires)


@pytest.mark.parametrize("noun,points,fires", [("rise", "2.6", False), ("rise", "3.6", True), ("fall", "2.6", True)])
def test_points_a_change_noun_measures_from_a_rate_after_them_are_checked_en(knowledge, noun, points, fires):
    assert_checked(knowledge, MOVED_FROM_EN.format(noun=noun, points=points), "F308", fires)


def test_points_with_no_comparing_word_are_not_a_gap_between_the_rates(knowledge):
    # `to` names a target reached, not a rate compared with: the points are left to the other rules
    text = "Pupils passed 81.2% of tests, close to the national target of 80% by 1.2 percentage points."
    assert _links(text, knowledge).get("1.2 percentage points", (None, None))[:2] != ("81.2%", "80%")


CHAINED_EN = (
    "Pupils passed 81.2% of tests, above the national target of 80% by 1.2 percentage points and an improvement "
    "of {points} points on last year's 78.6%."
)


def test_points_as_a_count_between_rates_are_percentage_points_en(knowledge):
    links = _links(CHAINED_EN.format(points="2.6"), knowledge)
    assert links["1.2 percentage points"][:2] == ("81.2%", "80%")
    assert links["2.6 points"][:2] == ("81.2%", "78.6%")


@pytest.mark.parametrize("points,fires", [("2.6", False), ("4.6", True)])
def test_points_as_a_count_after_points_of_the_same_rate_are_checked_en(knowledge, points, fires):
    assert_checked(knowledge, CHAINED_EN.format(points=points), "F308", fires)


def test_points_of_a_score_after_no_rate_stay_a_count(knowledge):
    text = "The side scored 81 goals, an improvement of 12 points on last year's 69 points."
    assert "12 points" not in _links(text, knowledge)
