"""False alarms of the first round's readings on clean copy (twenty-seventh session, lane r1fix), each a rule for a
construction:
- a count at a price each, then a verb of takings (`taking`, `costing`, `and took`): the total is the count times the
  price only right after the price (nothing but its mark between: no `the operator said`, no semicolon, no clause of
  another subject, `its bar took`) and only where the total closes its clause (`taking $9,000 in bar sales`, `from
  the gala`, `a year to run` name another source); `costs` and `took` alone are no takings of the count
  (`[link.units_takings_after_price]`, `[link.units_takings_closers]`, checker/link/unit_prices.py);
- a prior set right after a level (`, against`, `, compared with`, `, up from`) is that level's, not a change's of a
  later clause (`Fees were $3.8m, against $3.5m, and wages rose 25% to $1.1m`; `[link.prior_right_after_level]`,
  checker/link/relations.py);
- a length after a time of its sentence that does not hold the run (`지난해 행사는 8일간`, `in 2023 the show lasted
  eight days`) is that other time's event's, not the run's (checker/link/spans_between_dates.py).

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

import pytest
from test_frames import assert_checked, assert_not_checked

PRICE = "F317"
SPAN = "F406"

# ---------------------------------------------------------------- a total of another source after a takings verb


@pytest.mark.parametrize(
    "after",
    [
        "taking $7,000 in cafe sales as well",
        "taking $2,000 from the spring auction",
        "the warden said, and costs $60,000 a year to staff",
        "the warden said, taking $14,400",
    ],
)
def test_a_takings_verb_whose_total_names_another_source(knowledge, after):
    text = f"The Kessock gardens sold 1,800 guided walks at $8 apiece, {after}."
    assert_not_checked(knowledge, text, PRICE)


@pytest.mark.parametrize(
    "text",
    [
        "The choir sold 640 concert seats at $25 each; its bake stall took $3,100 that evening.",
        "The choir sold 640 concert seats at $25 each; takings came to $19,000.",
        "The choir sold 640 concert seats at $25 each and its bake stall took $3,100.",
    ],
)
def test_a_takings_verb_of_another_subject_or_clause(knowledge, text):
    assert_not_checked(knowledge, text, PRICE)


@pytest.mark.parametrize(
    "text,fires",
    [
        ("The Kessock gardens sold 1,800 guided walks at $8 apiece, taking $14,400.", False),
        ("The Kessock gardens sold 1,800 guided walks at $8 apiece, taking $16,400.", True),
        ("The choir sold 640 concert seats at $25 each and took $16,000.", False),
        ("The choir sold 640 concert seats at $25 each and took $18,000.", True),
        ("The depot bought 300 pallets at $90 a pallet, costing $27,000 in all.", False),
        ("The depot bought 300 pallets at $90 a pallet, costing $29,000 in all.", True),
    ],
)
def test_a_takings_verb_of_the_counts_own_subject(knowledge, text, fires):
    assert_checked(knowledge, text, PRICE, fires)


# ---------------------------------------------------------------- a length of another year's event


@pytest.mark.parametrize(
    "text",
    [
        "올해 국화 전시회는 5월 20일∼31일 열려 관람객 5만명이 찾았고, 지난해 전시회는 8일간 열렸다.",
        "올해 국화 전시회는 5월 20일∼31일 열려 관람객 5만명이 찾았고, 2023년 전시회는 8일간 열렸다.",
        "This year's orchid show ran from 20 to 31 May and drew 50,000 visitors, while in 2023 the show "
        "lasted eight days.",
    ],
)
def test_a_length_of_another_years_event_is_not_the_runs(knowledge, text):
    assert_not_checked(knowledge, text, SPAN)


@pytest.mark.parametrize(
    "text",
    [
        "올해 국화 전시회는 5월 20일∼31일 열려 관람객 5만명이 찾았고, 전시회는 8일간 이어졌다.",
        "This year's orchid show ran from 20 to 31 May and drew 50,000 visitors; the show lasted eight days.",
    ],
)
def test_a_length_of_the_runs_own_event_still_fires(knowledge, text):
    assert_checked(knowledge, text, SPAN, True)


# ---------------------------------------------------------------- a prior set right after an earlier level

CHANGE = "F301"


@pytest.mark.parametrize("joint", ["against", "compared with"])
def test_a_prior_right_after_an_earlier_level_is_no_later_changes(knowledge, joint):
    # (the fees' prior: the wages' rise has no prior of its own in the sentence)
    text = f"Harbour fees were $3.8m, {joint} $3.5m a year earlier, and wages rose 25% to $1.1m."
    assert_not_checked(knowledge, text, CHANGE)


@pytest.mark.parametrize("rise,fires", [("9%", False), ("25%", True)])
def test_a_prior_right_after_the_changes_own_level_is_its(knowledge, rise, fires):
    text = f"Harbour fees rose {rise} to $3.8m, against $3.5m a year earlier."
    assert_checked(knowledge, text, CHANGE, fires)
