"""Spans between two stated dates, read for session 15 (checker/link/spans_between_dates.py).

Every sentence is written for this test: invented places, companies and figures.
"""

from __future__ import annotations

import pytest
from helpers import document, findings
from test_frames import assert_checked, assert_not_checked

# --- of three dates in a sentence, the two joined as a range (`…부터 …까지 54일간 진행한 올해 …`, `…, it said on …`) --

_RANGE_AMONG_KO = "가람농협은 지난 5월 11일부터 7월 3일까지 {days} 진행한 올해 매실 수매 물량이 315톤이라고 7일 밝혔다."
_RANGE_AMONG_EN = (
    "Brightwater Books said sales rose 4.1% to £88.2m in the {weeks} from 3 March to 4 August, it said on 12 August."
)


@pytest.mark.parametrize(
    "text,fires",
    [
        pytest.param(_RANGE_AMONG_KO.format(days="54일간"), False, id="ko-range-among-three-holds"),
        pytest.param(_RANGE_AMONG_KO.format(days="64일간"), True, id="ko-range-among-three-fires"),
        pytest.param(_RANGE_AMONG_EN.format(weeks="22 weeks"), False, id="en-length-before-range-holds"),
        pytest.param(_RANGE_AMONG_EN.format(weeks="26 weeks"), True, id="en-length-before-range-fires"),
    ],
)
def test_a_range_among_other_dates_is_the_run(knowledge, text, fires):
    assert_checked(knowledge, text, "F406", fires)


# --- a length right before the range's opening word (`over the nine days from 11 July to 19 July`) -------------------

_OVER_THE = "The Lorwick regatta drew 48,200 visitors over the {days} days from 11 July to 19 July."


@pytest.mark.parametrize("days,fires", [("nine", False), ("12", True)])
def test_a_length_in_words_before_a_range(knowledge, days, fires):
    assert_checked(knowledge, _OVER_THE.format(days=days), "F406", fires)


def test_a_length_before_a_date_that_is_no_range_is_not_read(knowledge):
    # (one date, no run: the nine days are no time between two dates)
    assert_not_checked(knowledge, "The regatta drew 48,200 visitors over nine days from 11 July.", "F406")


# --- a length set after the range, `in all` (`from 21 November to 2 January, 43 days in all`) -----------------------

_IN_ALL = "The Harnby winter market runs for 60 stalls from 21 November 2024 to 2 January 2025, {days} days in all."


@pytest.mark.parametrize("days,fires", [("43", False), ("50", True)])
def test_a_length_in_all_after_a_range(knowledge, days, fires):
    assert_checked(knowledge, _IN_ALL.format(days=days), "F406", fires)


# --- a length between the two ends (`opens on October 3 and runs 21 days to October 23`) ------------------------------

_RUNS_TO = "The Kelby archery season opens on October 3 and runs {days} days to October 23."


@pytest.mark.parametrize("days,fires", [("21", False), ("30", True)])
def test_a_length_that_runs_to_the_second_date(knowledge, days, fires):
    assert_checked(knowledge, _RUNS_TO.format(days=days), "F406", fires)


def test_a_length_to_a_date_after_a_dateline_is_not_the_run(knowledge):
    # (the length runs to its own date; the dateline's day is no start of it)
    text = "KELBY, July 23 - Tarnwell said on Thursday that sales in the six months to June rose 7.4% to $31.2 million."
    assert_not_checked(knowledge, text, "F406")


# --- months after the second of two days (`on 10 February … on 9 July, five months later`) -------------------------

_MONTHS_LATER = (
    "Packing began with the first pears shipped on 10 February 2024 and ended when the last crate left on "
    "9 July 2024, {months} months later."
)


@pytest.mark.parametrize("months,fires", [("five", False), ("eight", True)])
def test_months_later_after_two_days(knowledge, months, fires):
    assert_checked(knowledge, _MONTHS_LATER.format(months=months), "F406", fires)


# --- a noun naming the run's length (`공사 기간은 1년 9개월이다`, `the lease term is three years`) ---------------

_NAMED_KO = "공장 증설 공사는 2027년 2월 착공해 2028년 11월 마무리할 예정으로, 공사 기간은 {length}이다."
_NAMED_EN = "The lease runs from October 2026 to October 2029 and the lease term is {length}, the council said."


@pytest.mark.parametrize(
    "text,fires",
    [
        pytest.param(_NAMED_KO.format(length="1년 9개월"), False, id="ko-named-length-holds"),
        pytest.param(_NAMED_KO.format(length="2년 9개월"), True, id="ko-named-length-fires"),
        pytest.param(_NAMED_EN.format(length="three years"), False, id="en-named-length-holds"),
        pytest.param(_NAMED_EN.format(length="five years"), True, id="en-named-length-fires"),
    ],
)
def test_a_length_named_after_the_run(knowledge, text, fires):
    assert_checked(knowledge, text, "F406", fires)


def test_a_named_length_without_a_run_is_not_read(knowledge):
    # (two dates that are no run's ends: a figure's month and the month it is compared with)
    text = "3월 판매는 2월보다 12% 늘었고, 할부 기간은 2년 6개월이다."
    assert_not_checked(knowledge, text, "F406")


# --- an amount change after its baseline alone, of the value the sentence before states (checker/link/
# amount_changes_before.py) ------------------------------------------------------------------------------------------

_AFTER_VALUE_KO = (
    "해밀시는 지난달 열린 가을빛축제에 관람객 84만명이 다녀갔다고 밝혔다. "
    "지난해(71만명)보다 {change} 늘어난 것으로, 하루 평균 28만명꼴이다."
)
_AFTER_OTHER_COUNTER_KO = (
    "해밀항에는 지난달 선박 840척이 드나들었다고 밝혔다. "
    "지난해(71만명)보다 13만명 늘어난 것으로, 하루 평균 28만명꼴이다."
)


@pytest.mark.parametrize("change,fires", [("13만명", False), ("23만명", True)])
def test_an_amount_change_after_its_baseline_measures_the_value_before(knowledge, change, fires):
    assert_checked(knowledge, _AFTER_VALUE_KO.format(change=change), "F305", fires)


def test_an_amount_change_after_a_value_of_another_counter_is_not_linked(knowledge):
    # (ships are not the people the change counts)
    assert_not_checked(knowledge, _AFTER_OTHER_COUNTER_KO, "F305")


# --- an amount change and its rate joined by a comma before their one verb (`지난해보다 720명, 29.3% 늘어난`) --------

_COMMA_PAIR_KO = "두리도는 올해 계절근로자 3,180명을 배치했다. 지난해(2,460명)보다 {change}, 29.3% 늘어난 규모다."


@pytest.mark.parametrize("change,fires", [("720명", False), ("920명", True)])
def test_an_amount_and_its_rate_joined_by_a_comma_are_one_change(knowledge, change, fires):
    assert_checked(knowledge, _COMMA_PAIR_KO.format(change=change), "F305", fires)


def test_an_amount_and_a_rate_without_a_verb_after_are_no_change(knowledge):
    text = "두리도는 올해 농가에 계절근로자 3,180명을 배치했다. 지난해(2,460명)보다 720명, 29.3%는 여성이다."
    assert_not_checked(knowledge, text, "F305")


# --- a change from a level is not of a rate per day the sentence before states --------------------------------------

_AFTER_DAILY_KO = (
    "서림시 야외수영장에 올여름 18만4천명이 다녀갔다. 7월 5일부터 8월 24일까지 51일간 문을 열어 하루 평균 "
    "3,610명이 찾은 셈이다.\n\n이용객은 지난해(16만2천명)보다 2만2천명, 13.6% 늘었다."
)


def test_a_change_of_a_level_is_not_measured_from_a_daily_rate(knowledge):
    # (session 25: the change is measured from the level the sentence before the rate's states, never from the rate)
    result = findings(knowledge, document(_AFTER_DAILY_KO), select=["F305"], show_passed=True)
    assert not result.findings, [f.message for f in result.findings]
    assert [p.message.split(" − ")[0] for p in result.passed if p.rule == "F305"] == ["18만 4000명"]


# --- an amount after the two levels, with a comparative and no object (`from 5.1 million, 1.1 million more`) ------

_MORE_EN = "Orlen Vale pear volumes rose to 6.2 million cartons from 5.1 million, {change} million more."


@pytest.mark.parametrize("change,fires", [("1.1", False), ("1.6", True)])
def test_an_amount_more_after_two_levels_is_their_difference(knowledge, change, fires):
    assert_checked(knowledge, _MORE_EN.format(change=change), "F305", fires)


def test_an_amount_more_after_one_level_is_not_linked(knowledge):
    # (no earlier figure in the sentence: what the amount is more than is not said)
    text = "Orlen Vale packed 6.2 million cartons of pears in the season, 1.6 million more."
    assert_not_checked(knowledge, text, "F305")


# --- a figure's earlier value in parentheses right after it (`rose by £3.5m to £8.6m (£5.1m)`) ----------------------

_PARENS_EN = "Pre-tax profit at Dunmere Mills rose by {change} to £8.6m (£5.1m), giving a margin of 6.7%."


@pytest.mark.parametrize("change,fires", [("£3.5m", False), ("£4.5m", True)])
def test_an_earlier_value_in_parentheses_is_what_the_change_is_from(knowledge, change, fires):
    assert_checked(knowledge, _PARENS_EN.format(change=change), "F305", fires)


def test_an_equivalent_in_parentheses_is_no_earlier_value(knowledge):
    # (another currency: the same figure converted, not the year before)
    text = "Pre-tax profit at Dunmere Mills rose by £3.5m to £8.6m ($10.9m), giving a margin of 6.7%."
    assert_not_checked(knowledge, text, "F305")
