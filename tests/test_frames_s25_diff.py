"""Date relations (twenty-fifth session, the differences-and-dates lane), each a rule for a construction:
- a range of days in one month whose month's name is written once (`from 3 to 9 May`, `from May 3 to 9`,
  `between 3 and 9 May`) dates its bare day with the written one's month and year (checker/extract/time.py,
  `[time] day_range_openers`, `day_range_joiners`), so a run's length after it is the time between them, as
  `from 3 May to 9 May` is; a bare number after `to` that goes on to a noun (`from May 3 to 9 stores`) is no day;
- a length in days written as a word right after a run's second date (`priced on May 4 and began trading on May 12,
  eight days later`) is the days between them, as one in digits is (checker/link/spans_between_dates.py);
- a Korean term opened with `개강해` or `개학해` before its closing date (`3월 2일 개강해 6월 14일까지 15주 동안`) is a
  run from the first to the second, as `개막해` is (`[link.run_start_clauses]`).

Every sentence is written for this file, with invented names and numbers (published 27 August 2024).
"""

from __future__ import annotations

import pytest
from helpers import document, findings
from test_frames import assert_checked, assert_not_checked

# ---------------------------------------------------------------- `from 3 to 9 May, seven days`

_FAIR_DAY_FIRST = "The Ostrava glass fair ran from 4 to 12 June, {length}, and drew 21,300 visitors."
_FAIR_MONTH_FIRST = "The Ostrava glass fair ran from June 4 to 12, {length}, and drew 21,300 visitors."
_FAIR_BETWEEN = "The Ostrava glass fair, held for {length} between 4 and 12 June, drew 21,300 visitors."


@pytest.mark.parametrize("template", [_FAIR_DAY_FIRST, _FAIR_MONTH_FIRST, _FAIR_BETWEEN])
@pytest.mark.parametrize("length,fires", [("nine days", False), ("six days", True)])
def test_a_range_of_days_with_its_month_written_once_is_a_run(knowledge, template, length, fires):
    assert_checked(knowledge, template.format(length=length), "F406", fires)


def test_a_bare_number_after_to_that_counts_a_noun_is_no_day(knowledge):
    text = "From June 4 to 12 stores a week opened, six days apart on average."
    assert_not_checked(knowledge, text, "F406")


def test_a_first_day_after_the_second_is_no_range(knowledge):
    text = "The Ostrava glass fair ran from 14 to 12 June, six days, and drew 21,300 visitors."
    assert_not_checked(knowledge, text, "F406")


# ---------------------------------------------------------------- `3월 2일 개강해 6월 14일까지 15주 동안`

_TERM = "가을 학기는 9월 7일 개강해 12월 18일까지 {length} 동안 이어진다. 수강생은 2,140명이다."


@pytest.mark.parametrize("length,fires", [("15주", False), ("11주", True)])
def test_a_term_opened_with_gaegang_is_a_run_to_its_closing_date(knowledge, length, fires):
    assert_checked(knowledge, _TERM.format(length=length), "F406", fires)


def test_a_closing_date_with_no_opening_verb_is_not_a_run(knowledge):
    text = "가을 학기는 9월 7일 등록을 마감하고 12월 18일까지 11주 동안 이어진다."
    assert_not_checked(knowledge, text, "F406")


# ------------------------------------------------------ `… 12만명. 하루 평균 3천명꼴인 셈이다. Y보다 N 늘었다`

_RINK = (
    "한별시 야외 썰매장에 올겨울 12만4천명이 다녀갔다. 40일간 문을 열어 하루 평균 3,100명이 찾은 셈이다.\n\n"
    "이용객은 지난해(10만9천명)보다 {gap}, 13.8% 늘었다."
)


@pytest.mark.parametrize("gap,fires", [("1만5천명", False), ("1만9천명", True)])
def test_a_change_after_a_sentence_restating_the_level_as_a_rate_is_of_that_level(knowledge, gap, fires):
    assert_checked(knowledge, _RINK.format(gap=gap), "F305", fires)


def test_a_sentence_before_with_a_level_of_its_own_is_not_skipped(knowledge):
    text = (
        "한별시 야외 썰매장에 올겨울 12만4천명이 다녀갔다. 하루 평균 3,100명이 찾았고 주말에는 5만명이 몰렸다.\n\n"
        "이용객은 지난해(10만9천명)보다 1만9천명, 13.8% 늘었다."
    )
    result = findings(knowledge, document(text), select=["F305"], show_passed=True)
    messages = [f.message for f in result.findings] + [p.message for p in result.passed]
    assert not any("12만 4000명 −" in m for m in messages), messages


# ---------------------------------------------------------------- `on May 4 … on May 12, eight days later`

_LISTING = "Corvel Foods priced its bonds on October 6 and settled them on October 15, {length} later."


@pytest.mark.parametrize("length,fires", [("nine days", False), ("six days", True)])
def test_a_length_in_day_words_after_the_second_date_is_the_days_between(knowledge, length, fires):
    assert_checked(knowledge, _LISTING.format(length=length), "F406", fires)


def test_a_length_in_day_words_later_than_a_plan_is_no_run(knowledge):
    text = "Corvel Foods priced its bonds on October 6 and settled them on October 15, six days later than planned."
    assert_not_checked(knowledge, text, "F406")
