"""The blind set's misses (twenty-sixth session): elapsed years from a dated start and shares in words set beside
their part, each a rule for a construction:
- a year before 1900 after its preposition (`first lit in 1871`) is a date like any later one
  (checker/extract/time.py, `en_year`), so a span counted back from now beside it (`in 1871, 153 years ago`) runs
  from that year; an 18xx number followed by a plural noun (`in 1850 shops`) stays a count;
- an anniversary told in the past tense with the time it was reached (`Founded in 1949, the choir turned 75 this
  spring`) is reached this year, as `turns` is (`[link.anniversary_now]`: `turned`); with no `this ...` it links
  nothing;
- a share in words opening its sentence, drawn from the pool of the sentence before by `of them` / `of those`, then
  a comma and the part: the part may be written bare (`Three in four of them, about 615`; `[elided_counts]
  pool_opener`), counting what the pool counts; a share drawn by `of these` and a noun (`tagged one in four of these
  fish, about 900 trout`, `[link.share_pool_marks]`) is the part's share of the pool right before it
  (checker/link/apposed_pool_shares.py); a share of no such mark (`Most of them`) links nothing.

Every sentence is written for this file, with invented names and numbers (published 2024-08-27).
"""

from __future__ import annotations

import pytest
from test_frames import assert_checked, assert_not_checked

# ---------------------------------------------------------------- `in 1871, 153 years ago`


@pytest.mark.parametrize("years,fires", [("153", False), ("143", True)])
def test_a_year_before_1900_dates_a_span_ago(knowledge, years, fires):
    text = (
        "Carrick Head light keeps its keepers.\n\n"
        f"Trawlers still steer home by the Carrick Head lamp, which keepers first lit in 1871, {years} years ago."
    )
    assert_checked(knowledge, text, "F406", fires)


@pytest.mark.parametrize("years,fires", [("128", False), ("118", True)])
def test_a_year_of_the_1890s_by_its_preposition_dates_a_span_ago(knowledge, years, fires):
    text = (
        "Dunmore Bridge is to be repainted.\n\n"
        f"The iron bridge at Dunmore, built by 1896, {years} years ago, needs new rivets."
    )
    assert_checked(knowledge, text, "F406", fires)


@pytest.mark.parametrize("years,fires", [("207", False), ("217", True)])
def test_a_year_of_the_early_1800s_dates_a_span_ago(knowledge, years, fires):
    text = (
        "A chapel reopens.\n\n"
        f"The granite chapel at Tregarth, consecrated in 1817, {years} years ago, reopened on Sunday."
    )
    assert_checked(knowledge, text, "F406", fires)


def test_an_18xx_number_before_a_plural_noun_stays_a_count(knowledge):
    # near-miss: `in 1850 shops` is where the loaves are sold, not a year
    text = (
        "Hallam Bakeries grew again.\n\nIts loaves are now sold in 1850 shops, up 10% from 1682 shops a year earlier."
    )
    assert_checked(knowledge, text, "F301", False)


# ---------------------------------------------------------------- `Formed in 1949, the band turned 75 this spring`


@pytest.mark.parametrize("age,fires", [("75", False), ("85", True)])
def test_an_anniversary_turned_this_spring_counts_from_its_founding(knowledge, age, fires):
    text = f"The Ravensworth band plays on.\n\nFormed in 1949, the Ravensworth brass band turned {age} this spring."
    assert_checked(knowledge, text, "F406", fires)


@pytest.mark.parametrize("age,fires", [("40", False), ("45", True)])
def test_an_anniversary_turned_this_month_after_the_name(knowledge, age, fires):
    text = f"A ferry marks a milestone.\n\nThe Lismara ferry service, launched in 1984, turned {age} this month."
    assert_checked(knowledge, text, "F406", fires)


@pytest.mark.parametrize("tail", ["last year", "in 2019"])
def test_an_anniversary_turned_in_another_year_links_nothing(knowledge, tail):
    # near-miss: reached in another year than this one, not counted to now
    text = f"The Ravensworth choir sings on.\n\nEstablished in 1949, the choir turned 70 {tail} and toured Norway."
    assert_not_checked(knowledge, text, "F406")


# ---------------------------------------------------------------- `Three in four of them, about 615, …`


@pytest.mark.parametrize("part,fires", [("about 615", False), ("about 540", True)])
def test_a_share_opening_its_sentence_takes_a_bare_part_from_the_pool_before(knowledge, part, fires):
    text = (
        f"Harrowby growers meet.\n\nThe grain cooperative has 820 members. Three in four of them, {part}, grow barley."
    )
    assert_checked(knowledge, text, "F503", fires)


@pytest.mark.parametrize("part,fires", [("1,150", False), ("1,600", True)])
def test_a_fraction_of_them_with_a_hedge_takes_a_bare_part(knowledge, part, fires):
    text = (
        "The mobile library had a busy month.\n\n"
        f"It lent 4,800 books in June. Nearly a quarter of them, some {part}, were audiobooks."
    )
    assert_checked(knowledge, text, "F503", fires)


@pytest.mark.parametrize("part,fires", [("4,500", False), ("3,500", True)])
def test_half_of_them_takes_a_bare_part(knowledge, part, fires):
    text = f"The Skerray ferry had a quiet winter.\n\nIt carried 9,000 cars. Half of them, {part}, were hired."
    assert_checked(knowledge, text, "F503", fires)


@pytest.mark.parametrize("part,fires", [("about 900 trout", False), ("about 1,200 trout", True)])
def test_a_share_of_these_and_a_noun_draws_from_the_pool_before(knowledge, part, fires):
    text = (
        "Loch Fannich hatchery restocks.\n\n"
        f"The hatchery released 3,600 trout this spring and tagged one in four of these fish, {part}."
    )
    assert_checked(knowledge, text, "F503", fires)


def test_a_share_of_no_pool_mark_links_no_bare_part(knowledge):
    # near-miss: `Most of them` is no share in words, the bare number after it stays bare
    text = "The Skerray ferry had a quiet winter.\n\nIt carried 9,000 cars. Most of them, 4,500, were hired."
    assert_not_checked(knowledge, text, "F503")
