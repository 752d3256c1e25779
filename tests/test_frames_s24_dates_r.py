"""Date relations (twenty-fourth session, set R's lane), each a rule for a construction:
- a length counted back with `ago` to a year written right after it (`founded 18 years ago in 2006`) runs from
  that year to the period of the sentence's figures or, with none, to the publication date, as `in 2006, 18 years
  ago` does (checker/link/elapsed_since_dates.py, `[link.span_back_to]`); the date's own `in` may take in the
  mark's last word; a month without its year (`ago in March`) is not read;
- a Korean half or quarter of a year written before a run's two days it holds (`하반기 접수는 8월 3일부터 21일까지
  19일간`) says when the run was, as a year does, and is no third date; a bare closing day (`21일까지`) takes the
  start's month; a half that does not hold the start (`상반기 … 8월 3일부터`) leaves the sentence unread
  (checker/link/spans_between_dates.py);
- a run's length set between two dashes right after its second date (`from 2 May to 9 July -- 69 days -- …`) is the
  time between its ends, as one after a comma is; a dash then a length `after` something else is not;
- a length in years set between two dashes right after `since` and a year (`has run the club since 2009 -- 15 years
  --`) runs from that year, as `since 2009, 15 years of …` does (checker/link/elapsed_since_dates.py); one that goes
  on past the length (`-- 15 years after …`) is not read;
- a run's length written as one hyphened word after a comma, an indefinite article and before the noun it is the
  length of (`between 2 March and 12 June, a 15-week season`) is the time between its ends
  (checker/link/spans_between_dates.py); a length after other words past the comma is not.

Every sentence is written for this file, with invented names and numbers (published 27 August 2024).
"""

from __future__ import annotations

import pytest
from test_frames import assert_checked, assert_not_checked

# ---------------------------------------------------------------- `N years ago in YEAR`

_COOPERATIVE = "The Tarnby cooperative, set up {length} ago in 2006 by six families, sells honey in 40 shops."


@pytest.mark.parametrize("length,fires", [("18 years", False), ("15 years", True)])
def test_years_ago_in_a_year_run_from_that_year_to_the_publication(knowledge, length, fires):
    assert_checked(knowledge, _COOPERATIVE.format(length=length), "F406", fires)


def test_years_ago_in_a_month_without_its_year_is_not_read(knowledge):
    text = "The Tarnby beekeepers' cooperative, set up 15 years ago in March by six families, sells honey in 40 shops."
    assert_not_checked(knowledge, text, "F406")


# ---------------------------------------------------------------- `하반기 … 8월 3일부터 21일까지 19일간`

_INTAKE = "하반기 접수는 9월 2일부터 20일까지 {length} 진행한다. 시는 예산 4억원을 배정했다."


@pytest.mark.parametrize("length,fires", [("19일간", False), ("15일간", True)])
def test_a_half_year_before_a_run_it_holds_is_no_third_date(knowledge, length, fires):
    assert_checked(knowledge, _INTAKE.format(length=length), "F406", fires)


def test_a_half_year_not_holding_the_run_leaves_it_unread(knowledge):
    assert_not_checked(knowledge, "상반기 접수는 9월 2일부터 20일까지 15일간 진행한다.", "F406")


# ---------------------------------------------------------------- `from X to Y -- N days --`

_HARVEST = "Growers picked 8,400 tonnes of apples between 2 September and 30 October -- {length} -- up from 7,100."


@pytest.mark.parametrize("length,fires", [("59 days", False), ("52 days", True)])
def test_a_length_between_dashes_after_a_run_is_its_length(knowledge, length, fires):
    assert_checked(knowledge, _HARVEST.format(length=length), "F406", fires)


def test_a_length_after_a_dash_and_after_something_else_is_not_the_run(knowledge):
    text = "Growers picked 8,400 tonnes of apples between 2 September and 30 October -- 52 days after the frost."
    assert_not_checked(knowledge, text, "F406")


# ---------------------------------------------------------------- `since YEAR -- N years --`

_CHAIR = "Ferris Okafor, who has chaired the allotment society since 2005 -- {length} -- said plots would cost £40."


@pytest.mark.parametrize("length,fires", [("19 years", False), ("16 years", True)])
def test_years_between_dashes_after_since_a_year_run_from_it(knowledge, length, fires):
    assert_checked(knowledge, _CHAIR.format(length=length), "F406", fires)


def test_years_after_a_dash_that_go_on_are_not_read(knowledge):
    text = "Ferris Okafor, who has chaired the allotment society since 2005 -- 16 years after moving here -- said so."
    assert_not_checked(knowledge, text, "F406")


# ---------------------------------------------------------------- `between X and Y, a N-week NOUN`

_SURVEY = "Volunteers counted 3,870 nesting terns between 4 May and 2 August, {length} survey, the trust said."


@pytest.mark.parametrize("length,fires", [("a 13-week", False), ("a 10-week", True)])
def test_a_hyphened_length_apposed_to_a_run_is_its_length(knowledge, length, fires):
    assert_checked(knowledge, _SURVEY.format(length=length), "F406", fires)


def test_a_hyphened_length_after_other_words_is_not_the_run(knowledge):
    text = "Volunteers counted 3,870 nesting terns between 4 May and 2 August, then began a 10-week survey of gulls."
    assert_not_checked(knowledge, text, "F406")
