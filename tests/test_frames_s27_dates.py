"""Dates read in the twenty-seventh session (the elapsed check, F406), each a rule for a construction:
- a day's name may stand before either day of a range of days (`from Friday 9 October to Sunday 11 October`,
  `from Friday 2 to Sunday 4 August`): the range's ends are read and joined (checker/extract/time.py
  `_DAY_NAME`, `[time] day_range_day_names`, `[link.range_joiners]`);
- a length written as one word, its unit hyphened, after an article and before its noun, ahead of a range in its
  sentence (`passed a ten-week course that ran from 3 June to 12 August`) is the range's length
  (checker/link/spans_between_dates.py);
- an anniversary or an age told ahead (`will mark its 120th anniversary`), and an age told in a clause of a noun a
  year is set before (`the village's 1902 reading room, which turns 123 next year`, `in three years`), counted to the
  publication's year or the years on it names (checker/link/season_ordinals.py, `[link.anniversary_next]`,
  `[link.anniversary_years_on]`, `[link.anniversary_built]`), or dated in a later clause of its sentence by its
  subject and founding verb (`celebrates the chapel's 98th anniversary next spring …; it was built in 1927`,
  `[link.anniversary_founded_after]`);
- a change from a figure dated by its year to a later figure, with the time it took (`2012년 8천권에서 12년 만에
  2만권으로`, `from 140 in 2012 to 90 twelve years later`), runs from that year (checker/link/elapsed_since_dates.py,
  `[link.span_change_from]`, `[link.span_change_to]`, `[link.span_change_reached]`);
- a time counted back to a year after a comma (`thirteen years ago, in 2011`) (`[link.span_back_to]`).

Every sentence is written for this file, with invented names and numbers (published 2024-08-27).
"""

from __future__ import annotations

import pytest
from test_frames import assert_checked, assert_not_checked

RULE = "F406"


# ---------------------------------------------------------------- a day's name inside a range of days


@pytest.mark.parametrize("length,fires", [("three days", False), ("five days", True)])
def test_day_names_inside_a_range_of_full_dates(knowledge, length, fires):
    text = f"Over {length}, from Friday 9 October to Sunday 11 October, the kite festival drew 12,000 visitors."
    assert_checked(knowledge, text, RULE, fires)


@pytest.mark.parametrize("length,fires", [("three-day", False), ("six-day", True)])
def test_day_names_inside_a_range_of_days_of_one_month(knowledge, length, fires):
    text = f"Some 600 sailors came to the loch for a {length} regatta from Friday 2 to Sunday 4 August."
    assert_checked(knowledge, text, RULE, fires)


def test_day_names_of_two_dates_not_joined_as_a_range(knowledge):
    text = "The kite festival drew 12,000 over five days; gales halted it on Friday 9 October and on Sunday 11 October."
    assert_not_checked(knowledge, text, RULE)


# ---------------------------------------------------------------- a hyphened length before a range


@pytest.mark.parametrize("length,fires", [("ten-week", False), ("four-week", True), ("70-day", False)])
def test_a_hyphened_length_before_a_range(knowledge, length, fires):
    text = f"Thirty glider pilots passed a {length} course that ran from 3 June to 12 August."
    assert_checked(knowledge, text, RULE, fires)


def test_a_hyphened_length_before_two_dates_not_joined(knowledge):
    text = "A four-week course opened on 3 June; the exams follow on 12 August for 30 glider pilots."
    assert_not_checked(knowledge, text, RULE)


# ---------------------------------------------------------------- anniversaries and ages told ahead


@pytest.mark.parametrize("count,fires", [("120th", False), ("130th", True)])
def test_an_anniversary_told_ahead(knowledge, count, fires):
    text = f"The rowing club, founded in 1904, will mark its {count} anniversary with a night regatta."
    assert_checked(knowledge, text, RULE, fires)


@pytest.mark.parametrize("count,fires", [("123", False), ("140", True)])
def test_an_age_next_year_of_a_noun_dated_by_its_year(knowledge, count, fires):
    text = f"Volunteers reopen the village's 1902 reading room, which turns {count} next year, in May."
    assert_checked(knowledge, text, RULE, fires)


@pytest.mark.parametrize("count,fires", [("96", False), ("80", True)])
def test_an_age_in_some_years_of_a_noun_dated_by_its_year(knowledge, count, fires):
    text = f"Members voted to repaint the 1931 bandstand, which turns {count} in three years."
    assert_checked(knowledge, text, RULE, fires)


def test_an_age_of_another_subject_is_not_the_nouns(knowledge):
    text = "Volunteers reopen the village's 1902 reading room, whose caretaker turns 70 next year, in May."
    assert_not_checked(knowledge, text, RULE)


# ---------------------------------------------------------------- a change from a figure dated by its year


@pytest.mark.parametrize("years,fires", [("12", False), ("20", True)])
def test_a_change_from_a_dated_figure_ko(knowledge, years, fires):
    text = f"주민이 꾸리는 작은 도서관의 장서는 2012년 8천권에서 {years}년 만에 2만권으로 늘었다."
    assert_checked(knowledge, text, RULE, fires)


@pytest.mark.parametrize("years,fires", [("twelve", False), ("five", True)])
def test_a_change_from_a_dated_figure_en(knowledge, years, fires):
    text = f"Registered houseboats fell from 140 in 2012 to 90 {years} years later."
    assert_checked(knowledge, text, RULE, fires)


def test_a_change_whose_later_figure_is_set_apart_en(knowledge):
    text = "Registered houseboats fell from 140 in 2012 to 90 five years ahead of the council's plan."
    assert_not_checked(knowledge, text, RULE)


def test_a_change_whose_figures_are_not_from_and_to_ko(knowledge):
    text = "주민이 꾸리는 작은 도서관의 장서는 2012년 8천권이었고 5년 만에 2만권을 새로 들였다."
    assert_not_checked(knowledge, text, RULE)


# ---------------------------------------------------------------- a time counted back to a year after a comma


@pytest.mark.parametrize("years,fires", [("thirteen", False), ("three", True)])
def test_a_time_ago_then_its_year_after_a_comma(knowledge, years, fires):
    text = f"Tolls on the causeway were last raised {years} years ago, in 2011, to £2 a car."
    assert_checked(knowledge, text, RULE, fires)


def test_a_time_ago_and_a_year_of_another_clause(knowledge):
    text = "Tolls on the causeway were last raised three years ago; in 2011 its surface was relaid."
    assert_not_checked(knowledge, text, RULE)


@pytest.mark.parametrize("count,fires", [("98th", False), ("88th", True)])
def test_an_anniversary_dated_in_a_later_clause(knowledge, count, fires):
    text = f"The choir celebrates the chapel's {count} anniversary next spring with a concert; it was built in 1927."
    assert_checked(knowledge, text, RULE, fires)


def test_an_anniversary_and_a_later_clause_of_another_subject(knowledge):
    text = "The choir celebrates its 40th anniversary this autumn; its new organ was built in 2011."
    assert_not_checked(knowledge, text, RULE)


# ---------------------------------------------------------------- a holding year before a range, a year after it


@pytest.mark.parametrize("days,fires", [("12", False), ("20", True)])
def test_a_range_between_a_holding_year_and_a_later_year_ko(knowledge, days, fires):
    text = f"올해 벚꽃 축제는 {days}일간(4월 3일∼14일) 열려 관람객 9만명이 찾았고, 지난해 축제보다 1만명 늘었다."
    assert_checked(knowledge, text, RULE, fires)


@pytest.mark.parametrize("days,fires", [("30", False), ("20", True)])
def test_a_range_between_a_holding_year_and_a_later_year_en(knowledge, days, fires):
    text = f"In 2024 the lantern market ran over {days} days, from 1 April to 30 April, and drew more than in 2023."
    assert_checked(knowledge, text, RULE, fires)


def test_two_dates_not_joined_after_a_holding_year_ko(knowledge):
    text = "올해 벚꽃 축제는 4월 3일 열렸고 20일간 관람객 9만명이 찾았으며, 14일에는 비가 왔다고 지난해와 달리 밝혔다."
    assert_not_checked(knowledge, text, RULE)


# ---------------------------------------------------------------- a length at least so long before a verb of going on


@pytest.mark.parametrize("length,fires", [("넉 달", False), ("여섯 달", True), ("4개월", False)])
def test_a_length_at_least_so_long_over_a_run_ko(knowledge, length, fires):
    text = f"2월 4일부터 6월 20일까지 다리 보수 공사가 {length} 넘게 진행됐다."
    assert_checked(knowledge, text, RULE, fires)


def test_a_length_at_least_so_long_of_another_clause_ko(knowledge):
    text = "다리 보수 공사는 넉 달 넘게 진행됐고, 2월 4일과 6월 20일에는 통행을 막았다."
    assert_not_checked(knowledge, text, RULE)


# ---------------------------------------------------------------- a time since a clause of a verb's -ing form


@pytest.mark.parametrize("years,fires", [("23", False), ("13", True)])
def test_a_time_since_a_clause_dated_by_its_year(knowledge, years, fires):
    text = f"The ferryman, a river pilot for {years} years since qualifying as a cadet in 2001, said traffic fell."
    assert_checked(knowledge, text, RULE, fires)


def test_a_time_and_a_later_year_of_another_clause(knowledge):
    text = "The ferryman, a river pilot for 13 years, said traffic fell in 2001 and rose after."
    assert_not_checked(knowledge, text, RULE)


# ---------------------------------------------------------------- a range of years whose last is told from now


@pytest.mark.parametrize("years,fires", [("8", False), ("4", True)])
def test_a_range_of_years_to_last_year_ko(knowledge, years, fires):
    text = f"마을 숲 조합은 2016년부터 지난해까지 {years}년간 참나무 묘목 6만 그루를 심었다."
    assert_checked(knowledge, text, RULE, fires)


@pytest.mark.parametrize("years,fires", [("eight", False), ("four", True)])
def test_a_range_of_years_to_last_year_en(knowledge, years, fires):
    text = f"The woodland co-op planted 60,000 oak saplings from 2016 to last year, over {years} years."
    assert_checked(knowledge, text, RULE, fires)


def test_two_years_not_a_range_ko(knowledge):
    text = "마을 숲 조합은 2016년 참나무를 심었고, 지난해 4년간의 조사를 마쳤다."
    assert_not_checked(knowledge, text, RULE)
