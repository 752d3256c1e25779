"""Review fixes (twenty-sixth session, second round), each a rule for a construction:
- a rate or fraction of change that names its own level right after it (`cut its pickers by a third to 40`, `20% to
  16`) is the change of that level only: a figure of a second object coordinated after it (`, and its crop to 900
  tonnes from 1,100`) is no value of it (checker/link/relations.py, `_level_of_another_object`);
- a total named by a phrase (`for combined income of T`, `bringing the show's revenue to T`) followed by a span or
  period of its own (`over three seasons`, `so far this year`) or another source (`with a lottery grant`) is no sum
  of the list before it (`[link.total_span_after]`, `[link.total_source_after]`, checker/link/wider_totals.py); a
  run of two or more periods under a span is still its sum;
- a count per day with its days (`하루 25명씩 30일간`) and a verb between them and the total (`문을 열어 900명이 상담을
  받았다`) is a rate of the service, no count of the same people as the total: nothing is linked.

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

import pytest
from test_frames import assert_checked, assert_not_checked

# ---------------------------------------------------------------- a change naming its own level


@pytest.mark.parametrize("earlier,fires", [("900 tonnes", False), ("1,000 tonnes", True)])
def test_a_fraction_with_its_own_level_is_the_change_of_that_level(knowledge, earlier, fires):
    text = f"The Kelso orchard cut its crop by a third to 600 tonnes from {earlier}, and its pickers to 40."
    assert_checked(knowledge, text, "F301", fires)


@pytest.mark.parametrize(
    "text",
    [
        "The Kelso orchard cut its pickers by a third to 40, and its crop to 900 tonnes from 1,100.",
        "The Brora quarry cut its crews 20% to 16, and its haul to 7,500 tonnes from 9,000.",
        "The Elgin bakery lifted its prices by a fifth to $6 a loaf, and its output to 3,000 loaves from 2,800.",
    ],
)
def test_a_change_naming_its_own_level_is_no_change_of_a_second_object(knowledge, text):
    assert_not_checked(knowledge, text, "F301")


# ---------------------------------------------------------------- a named total of more than its list


@pytest.mark.parametrize("total,fires", [("$3.3m", False), ("$3.9m", True)])
def test_a_phrase_total_with_nothing_after_it_is_the_sum_of_its_list(knowledge, total, fires):
    text = f"At the Harlow marina, moorings brought in $2.4m and fuel $0.9m, for combined income of {total}."
    assert_checked(knowledge, text, "F302", fires)


@pytest.mark.parametrize(
    "text",
    [
        "At the Harlow marina, moorings brought in $2.4m and fuel $0.9m, for combined income of $5.1m over three "
        "seasons.",
        "The Harlow marina took $2.4m in moorings and $0.9m in fuel in June, for combined income of $7.2m so far "
        "this year.",
        "At the Harlow marina, moorings brought in $2.4m and fuel $0.9m, for combined income of $3.8m including a "
        "state grant.",
        "Gate receipts at the Morley show came to $210,000. Stall fees added $45,000 and raffles $12,000, bringing "
        "the show's revenue to $300,000 with a lottery grant.",
    ],
)
def test_a_phrase_total_of_another_span_or_source_is_no_sum(knowledge, text):
    assert_not_checked(knowledge, text, "F302")


@pytest.mark.parametrize("total,fires", [("$267,000", False), ("$290,000", True)])
def test_a_running_total_with_nothing_after_it_adds_the_amounts(knowledge, total, fires):
    text = (
        "Gate receipts at the Morley show came to $210,000. Stall fees added $45,000 and raffles $12,000, "
        f"bringing the show's revenue to {total}."
    )
    assert_checked(knowledge, text, "F302", fires)


# ---------------------------------------------------------------- `하루 N명씩 M일간`, a verb before the total


@pytest.mark.parametrize("total,fires", [("750명", False), ("900명", True)])
def test_a_count_per_day_right_before_its_total_counts_the_same_people(knowledge, total, fires):
    text = f"무료 법률 상담소는 하루 25명씩 30일간 {total}을 상담했다."
    assert_checked(knowledge, text, "F312", fires)


def test_a_count_per_day_with_a_verb_before_the_total_links_nothing(knowledge):
    text = "무료 법률 상담소는 하루 25명씩 30일간 문을 열어 900명이 상담을 받았다."
    assert_not_checked(knowledge, text, "F312")
