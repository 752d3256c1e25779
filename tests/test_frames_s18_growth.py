"""Growth and sums checked against the right pair (eighteenth session, third round), each a rule for a construction:
- a rate appended after a level and its prior (`rose to A$212 from A$196, an increase of 8.2%`) is of that level; a
  level after the rate in a later clause with a subject of its own (`, while staff costs rose to A$93.4 million`) is
  that clause's, never the rate's value (F301);
- a record set at an earlier time that the figure beat (`beating the record of 790,000 set three years ago and rising
  12.4% from 749,600`) is a level passed, not the value the rate takes the prior to (F301);
- `, and the …` / `, but the …` before a noun opens a clause with a subject of its own (`up 16.4%, and the average fee
  rose to $94 from $86`): its levels are not the earlier rate's value (F301).

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import change_links
from test_frames import assert_checked

# ------------------------------------------------ a level in a later clause is not the rate's value (F301)

LATER_CLAUSE_EN = (
    "Fenwick Lodges said the average nightly rate rose to A$212 from A$196, an increase of {rate}%, while staff "
    "costs rose to A$93.4 million, or 41% of revenue."
)


def test_a_rate_after_a_level_and_its_prior_is_of_that_level(knowledge):
    links = change_links(LATER_CLAUSE_EN.format(rate="8.2"), knowledge)
    assert links["8.2%"][:2] == ("A$212", "A$196")


@pytest.mark.parametrize("rate,fires", [("8.2", False), ("9.5", True)])
def test_a_rate_after_a_level_and_its_prior_is_checked_against_them(knowledge, rate, fires):
    assert_checked(knowledge, LATER_CLAUSE_EN.format(rate=rate), "F301", fires)


# ------------------------------------------------ a record set earlier is no changed value (F301)

RECORD_BEATEN_EN = (
    "Fenwick Gardens welcomed 842,600 visitors in the year ended June 30, beating the record of 790,000 set three "
    "years ago and rising {rate}% from 749,600 last year."
)


def test_a_record_set_earlier_is_not_the_changed_value(knowledge):
    links = change_links(RECORD_BEATEN_EN.format(rate="12.4"), knowledge)
    assert links["12.4%"][:2] == ("842,600 visitors", "749,600")


@pytest.mark.parametrize("rate,fires", [("12.4", False), ("15.4", True)])
def test_a_rate_past_a_beaten_record_is_checked_on_the_figure(knowledge, rate, fires):
    assert_checked(knowledge, RECORD_BEATEN_EN.format(rate=rate), "F301", fires)


# ------------------------------------------------ `, and the …` opens a clause of its own subject (F301)

AND_THE_EN = (
    "Member households rose to 31,200 from 26,800, up {rate}%, and the average fee rose to $94 from $86, an increase "
    "of $8."
)


def test_a_level_after_and_the_is_not_the_rates_value(knowledge):
    links = change_links(AND_THE_EN.format(rate="16.4"), knowledge)
    assert links["16.4%"][:2] == ("31,200", "26,800")


@pytest.mark.parametrize("rate,fires", [("16.4", False), ("19.4", True)])
def test_a_rate_before_and_the_is_checked_on_its_own_levels(knowledge, rate, fires):
    assert_checked(knowledge, AND_THE_EN.format(rate=rate), "F301", fires)
