"""Review fixes (twenty-sixth session, third round), each a rule for a construction:
- a count of a list's members, each with a figure of its own (`14 boats: the Merganser with 420 seats, …`), is no part
  of the sum of their figures that a total after the list states (checker/link/totals.py, `_counts_the_members`);
- a noun's possessive opening the clause of an anniversary's verb (`Opened in 1958, the museum's curator turned 60`)
  makes its subject a member of what the year founded: that one's age, no anniversary
  (`[link.anniversary_other_subject]`);
- a prior written bare right after a later level of the sentence (`…, and its staff to 50 from 58`) is that level's,
  whatever unit it was read in, never the prior of an earlier change (`[link.prior_right_after_level]`);
- a rate's change beside a level restated per day (`30,000 spectators, or 6,000 a day on average, up from 25,000, a
  rise of 20%`) is of the level, unless a prior of its sentence is stated per day too;
- a listed member's label names a pool only as a whole word, without its particle (`남부` labels no `남부권`).

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

import pytest
from test_frames import assert_checked, assert_not_checked

from checker.link.shares import _stems

# ---------------------------------------------------------------- the count of the members is no part


@pytest.mark.parametrize("total,fires", [("800", False), ("850", True)])
def test_the_count_of_the_members_is_no_part_of_their_figures(knowledge, total, fires):
    text = (
        "The ferry line runs 60 boats: the Merganser with 420 seats, the Plover with 260 and the Curlew with 120, "
        f"for a total of {total} seats."
    )
    assert_checked(knowledge, text, "F302", fires)


@pytest.mark.parametrize("total,fires", [("11,500", False)])
def test_a_count_of_the_members_and_of_some_of_them_is_no_part(knowledge, total, fires):
    text = (
        "The network keeps 400 branches, four of them large: the Central branch with 5,000 members, the Quay with "
        f"3,800 and the Mill with 2,700, {total} members in all."
    )
    assert_checked(knowledge, text, "F302", fires)


@pytest.mark.parametrize("total,fires", [("43", False), ("47", True)])
def test_parts_counting_other_nouns_without_member_figures_still_add_up(knowledge, total, fires):
    # near-miss: no member with a figure of its own; the figures are the list's parts
    text = f"The depot keeps 3 buses and 40 vans, {total} vehicles in all."
    assert_checked(knowledge, text, "F302", fires)


# ---------------------------------------------------------------- a noun's possessive: a member's age


@pytest.mark.parametrize(
    "text",
    [
        "Opened in 1958, the museum's curator turned 60 this spring.",
        "Founded in 1958, the orchestra's first cellist turns 90 this year.",
        "Built in 1958, the lighthouse's keeper turned 70 this summer.",
    ],
)
def test_a_possessive_subject_after_the_founding_is_a_members_age(knowledge, text):
    assert_not_checked(knowledge, text, "F406")


@pytest.mark.parametrize("age,fires", [("66", False), ("60", True)])
def test_the_founded_thing_turning_its_age_still_counts(knowledge, age, fires):
    text = f"Opened in 1958, the museum turned {age} this spring."
    assert_checked(knowledge, text, "F406", fires)


# ---------------------------------------------------------------- a bare prior of a later level


@pytest.mark.parametrize(
    "text",
    [
        "The Tolsta mill cut its output by a fifth to 400 tonnes, and its staff to 50 from 58.",
        "The Dunvane dairy cut its herd by a quarter to 900 cows, and its milkers to 30 from 36.",
    ],
)
def test_a_bare_prior_after_a_later_level_is_not_the_first_changes(knowledge, text):
    assert_not_checked(knowledge, text, "F301")


@pytest.mark.parametrize("prior,fires", [("500 tonnes", False), ("600 tonnes", True)])
def test_the_first_changes_own_prior_still_counts(knowledge, prior, fires):
    text = f"The Tolsta mill cut its output by a fifth to 400 tonnes from {prior}, and its staff to 50 from 58."
    assert_checked(knowledge, text, "F301", fires)


# ---------------------------------------------------------------- a rate's change beside a level restated per day


@pytest.mark.parametrize(
    "tail,fires",
    [
        ("up from 25,000 in 2023, a rise of 20%", False),
        ("up from 25,000 in 2023, a rise of 30%", True),
        ("compared with 25,000 in 2023, an increase of 20%", False),
        ("up 20% from 25,000 in 2023", False),
        ("up 35% from 25,000 in 2023", True),
    ],
)
def test_a_rate_of_change_beside_a_rate_per_day_is_of_the_level(knowledge, tail, fires):
    text = f"The five-day regatta drew 30,000 spectators, or 6,000 a day on average, {tail}."
    assert_checked(knowledge, text, "F301", fires)


@pytest.mark.parametrize("rise,fires", [("20%", False), ("40%", True)])
def test_a_prior_per_day_keeps_the_change_on_the_rate_per_day(knowledge, rise, fires):
    # near-miss: the prior is per day, so the change is of the rate per day
    text = (
        "The five-day regatta drew 30,000 spectators, or 6,000 a day on average, up from 5,000 a day, a rise of "
        f"{rise}."
    )
    assert_checked(knowledge, text, "F301", fires)


# ---------------------------------------------------------------- member labels as whole words


def test_a_label_is_matched_as_a_whole_word_without_its_particle():
    assert "서부" in _stems("서부 가입자가", "ko")
    assert "가입자" in _stems("서부 가입자가", "ko")
    assert "서부" not in _stems("서부권 가입자 가운데", "ko")
