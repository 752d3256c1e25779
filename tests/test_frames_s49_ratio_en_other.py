"""English ratios without money on copy never seen (forty-ninth session, lane `ratio_en_other`).

- A year's worth appended to a count over a span of years, its noun left out (`built 52 boats over the past four
  years, about 13 a year`, `has launched 36 barges since it opened in 2014, 12 years ago, an average of three a
  year`): the bare number counts the count's noun as a day's, week's or month's worth does
  (`[elided_counts] after`), so the span average reads it (checker/link/span_averages.py, F312). A year naming when
  (`from 380 a year earlier`, `2,000 a year before the refit`) is no year's worth, and a year's worth of a part of
  the span (`40 a year at its peak`) is no average over it, nor is an age a term (`the 45 years old ferry`).

Every sentence is written for this file, with invented places, names and numbers.
"""

from __future__ import annotations

import datetime as dt

import pytest
from helpers import assert_checked, assert_not_fired, assert_not_linked

PER_PERIOD = "F312"
PUBLISHED = dt.date(2026, 8, 5)

# (text, the rate as written, a wrong rate for the broken twin)
_YEARS_WORTH = [
    (
        "Fenmoor boats\n\nFenmoor Rowing Club has built 52 boats over the past four years, about {rate} a year.",
        "13",
        "19",
    ),
    (
        "Harrowdene oaks\n\nVolunteers at Harrowdene planted 480 oaks over the six years, or {rate} a year, the "
        "trust said.",
        "80",
        "120",
    ),
    (
        "Ostby ferry\n\nThe Ostby ferry made 1,500 crossings in the past five years, nearly {rate} a year.",
        "300",
        "500",
    ),
    (
        "Calder barges\n\nThe Calder yard has launched 36 barges since it opened in 2014, 12 years ago, an average "
        "of {rate} a year.",
        "three",
        "five",
    ),
]


@pytest.mark.parametrize(("text", "rate", "wrong"), _YEARS_WORTH)
def test_a_years_worth_after_a_count_over_years_is_checked(knowledge, text, rate, wrong):
    assert_checked(knowledge, text.format(rate=rate), PER_PERIOD, fires=False, published=PUBLISHED)


@pytest.mark.parametrize(("text", "rate", "wrong"), _YEARS_WORTH)
def test_a_wrong_years_worth_is_reported(knowledge, text, rate, wrong):
    assert_checked(knowledge, text.format(rate=wrong), PER_PERIOD, fires=True, published=PUBLISHED)


# (the same words, `a year` after a bare number, but no year's worth of the count over a span)
_NOT_A_YEARS_WORTH = [
    # (a year naming when: the level a year before, no rate)
    "Tarnby clinic\n\nThe Tarnby clinic saw 412 patients over the past three years, up from 380 a year earlier.",
    "Brackwell library\n\nBrackwell library lent 9,000 books over the three years, against 2,000 a year before the "
    "refit.",
    "Oskel lambs\n\nThe Oskel farm sold 600 lambs over the three years, 200 a year ago and 400 since.",
    # (a year's worth of a part of the span: its peak, no average over it)
    "Wenlow hall\n\nWenlow hall hosted 90 weddings over the three years, 40 a year at its peak.",
    # (an age, no term the year's worth is over: `[link.terms]`)
    "Brisk ferry\n\nThe 45 years old Brisk ferry carried 9,000 passengers, about 200 a year.",
]

# (a year's worth given to each of a count after it, or of one of two nouns before it: no rate of the count, and
# the count after it no total of the rate)
_NOT_A_RATE_OF_THE_COUNT = [
    # (for each of a count of other things: the next count is no total of it)
    "Lunby boats\n\nThe Lunby yard built 60 boats over five years, 12 a year for 70 clubs.",
    "Lunby boats\n\nThe Lunby yard built 60 boats over five years, 2 a year for 6 clubs.",
    "Lunby boats\n\nThe Lunby yard built 60 boats over five years, 2 a year in six towns.",
    "Lunby boats\n\nThe Lunby yard built 60 boats over five years, 2 a year for each of its 6 clubs.",
    "Lunby boats\n\nThe Lunby yard built 60 boats over five years, 2 a year for 6 of them.",
    "Lunby boats\n\nThe Lunby yard built 60 boats over five years, 2 a year, for 6 clubs.",
    "Lunby boats\n\nThe Lunby yard built 60 boats over five years, 2 a year for each of its clubs.",
    # (two nouns before it: which one, or their sum, the rate is of is not said)
    "Lunby boats\n\nThe Lunby yard built 60 boats and 20 canoes over five years, 12 a year.",
    "Kessel trees\n\nVolunteers at Kessel planted 300 oaks and 200 ashes over five years, 100 a year.",
]


@pytest.mark.parametrize("text", _NOT_A_RATE_OF_THE_COUNT)
@pytest.mark.parametrize("code", [PER_PERIOD, "F317"])
def test_a_years_worth_for_each_or_of_one_of_two_nouns_raises_no_alarm(knowledge, text, code):
    assert_not_fired(knowledge, text, code, published=PUBLISHED)


@pytest.mark.parametrize("text", _NOT_A_YEARS_WORTH)
def test_a_year_naming_when_or_a_part_is_not_linked(knowledge, text):
    assert_not_linked(knowledge, text, PER_PERIOD, published=PUBLISHED)


@pytest.mark.parametrize("text", _NOT_A_YEARS_WORTH)
def test_a_year_naming_when_or_a_part_raises_no_alarm(knowledge, text):
    assert_not_fired(knowledge, text, PER_PERIOD, published=PUBLISHED)
