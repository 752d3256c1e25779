"""Review fixes (twenty-sixth session, lane fix2a), each a rule for a construction:
- an amount charged on each unit of a count, then the total it comes to (`a fee of $4 on each of the 1,500
  mooring permits, raising $6,000`): a total whose clause adds another source (`with grants`, `plus gifts`) or
  names payers the count's noun does not (`from shops` after `berths`) is not the charge's alone, nothing is linked;
  the count's noun is its head (`1,500 permits`, not the first word after the number)
  (checker/link/restated_per_unit.py, `[link.levy_added_sources]`, `[link.levy_payers_before]`);
- one average unit's figure (`The typical vineyard picked 2 tonnes`, `An average member paid $150`) is no share of a
  total of another period (`in 2022` against `in 2023`) nor of another thing (`for the banquet` when the total's
  sentence names no banquet) (checker/link/each_averages.py, `[link.average_purpose_before]`);
- an age reached this year (`turns 74 this year`) whose clause opens on a possessive (`its longest-serving porter
  turns 70`) is a member's age, no anniversary of the dated start (checker/link/season_ordinals.py,
  `[link.anniversary_other_subject]`).

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import document, findings
from test_frames import assert_checked, assert_not_checked

# ---------------------------------------------------------------- a charge on a count, then its total

_MARINA = "The Holt marina set a fee of ${fee} on each of the 1,500 mooring permits, raising $6,000{tail}."


def test_a_charge_on_each_unit_with_its_total_passes_and_names_the_head_noun(knowledge):
    text = _MARINA.format(fee=4, tail="")
    assert_checked(knowledge, text, "F317", False)
    result = findings(knowledge, document(text), select=["F317"], show_passed=True)
    assert any("1,500 permits" in p.message for p in result.passed), [p.message for p in result.passed]


@pytest.mark.parametrize("tail", ["", " from the permits"])
def test_a_charge_on_each_unit_with_another_total_fires(knowledge, tail):
    assert_checked(knowledge, _MARINA.format(fee=5, tail=tail), "F317", True)


@pytest.mark.parametrize("tail", [" with grants", " for the harbour trust with gifts", " along with donations"])
def test_a_total_with_another_source_is_not_the_charges(knowledge, tail):
    assert_not_checked(knowledge, _MARINA.format(fee=5, tail=tail), "F317")


def test_a_total_from_other_payers_is_not_the_charges(knowledge):
    text = "The port charged a toll of $6 on 800 berths, $9,000 in total from shops."
    assert_not_checked(knowledge, text, "F317")
    assert_checked(knowledge, "The port charged a toll of $6 on 800 berths, $9,000 in total.", "F317", True)


# ---------------------------------------------------------------- `The average / typical X`: another period or thing

_VINES = "Some 250 vineyards picked 500 tonnes of grapes in 2023. The typical vineyard picked {n} tonnes{when}."


@pytest.mark.parametrize("when", [" in 2023", ""])
def test_an_average_unit_of_the_totals_period_passes(knowledge, when):
    assert_checked(knowledge, _VINES.format(n=2, when=when), "F317", False)


def test_an_average_unit_of_the_totals_period_fires(knowledge):
    assert_checked(knowledge, _VINES.format(n=3, when=" in 2023"), "F317", True)


@pytest.mark.parametrize("when", [" in 2022", " this year"])
def test_an_average_unit_of_another_period_is_not_linked(knowledge, when):
    assert_not_checked(knowledge, _VINES.format(n=3, when=when), "F317")


_GUILD = "The guild has 300 members, who paid $60,000 in dues. An average member paid ${n}{tail}."


@pytest.mark.parametrize("tail", [" for the banquet", " for a boat trip"])
def test_an_average_units_amount_for_another_thing_is_not_linked(knowledge, tail):
    assert_not_checked(knowledge, _GUILD.format(n=150, tail=tail), "F317")


@pytest.mark.parametrize("tail", ["", " in dues", " for the year", " for their dues"])
def test_an_average_units_amount_of_the_totals_thing_still_fires(knowledge, tail):
    assert_checked(knowledge, _GUILD.format(n=150, tail=tail), "F317", True)
    assert_checked(knowledge, _GUILD.format(n=200, tail=tail), "F317", False)


# ---------------------------------------------------------------- `turns N this year`: whose age

_PIER = "The ferry pier at Carrow opened in 1950{joint} turns {age} this year."


@pytest.mark.parametrize("joint", ["; the pier", ", and"])
def test_an_age_reached_by_what_the_year_founded_passes(knowledge, joint):
    assert_checked(knowledge, _PIER.format(joint=joint, age=74), "F406", False)
    assert_checked(knowledge, _PIER.format(joint=joint, age=70), "F406", True)


@pytest.mark.parametrize("joint", ["; its longest-serving porter", " and their founder", ", but its ferryman"])
def test_an_age_of_another_subject_is_no_anniversary(knowledge, joint):
    assert_not_checked(knowledge, _PIER.format(joint=joint, age=70), "F406")
