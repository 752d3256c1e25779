"""English ratios (twenty-fifth session, set S), each a rule for a construction:
- an amount set beside its total and per a word of each unit that names no noun (`or about $2,300 a head`, `$75
  apiece`, `€40 per person`: `[link.each_unit_after]`) is an average of `each`: of the count right before it, or
  of the count before the total it is set beside (`Keeping 70 lifeguards cost $2.1m, or roughly $30,000 a head`,
  checker/link/partners.py); a mark per person after no count takes the lead's count only when that count is of
  people (`[link.people_noun_endings]`): `per head` of the lead's boats is not said;
- an average of `each` followed by the total of all the units after a comma (`$140 each, or $35,000 between
  them`, `$3,000 apiece, $96,000 in all`: `[link.each_total_after]`) restates that total per unit
  (checker/link/partners.py); an amount after it with no such word is no total;
- a count of hours is a count of its counter (`7,200 hours`, `45 hours each`: `hours` left `[counters]
  not_counters`), so a total of hours divides by the count of the people who gave them;
- an irregular participle (`paid`, `unpaid`) is a count's modifier as a regular one is (`[link.count_modifiers]`),
  and the plural noun after a modifier may be hyphened (`64 certified dog-walkers`, checker/extract/quantities.py).

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

import pytest
from test_frames import assert_checked, assert_not_checked

# ---------------------------------------------------------------- `or about $2,300 a head`


@pytest.mark.parametrize("each,fires", [("$2,300", False), ("$2,900", True)])
def test_an_amount_a_head_is_of_the_count_before_it(knowledge, each, fires):
    text = f"The Quenby orchestra shared $138,000 in bonuses among 60 players, or about {each} a head."
    assert_checked(knowledge, text, "F317", fires)


@pytest.mark.parametrize("each,fires", [("$75", False), ("$95", True)])
def test_an_amount_apiece_is_of_the_count_before_it(knowledge, each, fires):
    text = f"The Brackwater library raised $36,000 from 480 donors, or {each} apiece."
    assert_checked(knowledge, text, "F317", fires)


@pytest.mark.parametrize("each,fires", [("$30,000", False), ("$36,000", True)])
def test_an_amount_a_head_past_the_total_its_count_shares(knowledge, each, fires):
    text = f"Keeping 70 lifeguards on the Ottersby beaches cost the council $2.1m, or roughly {each} per head."
    assert_checked(knowledge, text, "F317", fires)


@pytest.mark.parametrize("each,fires", [("€14", False), ("€19", True)])
def test_an_amount_per_person_after_no_count_is_of_the_lead_count_of_people(knowledge, each, fires):
    text = (
        "The Dunrowan regatta drew 8,500 spectators over its two days.\n\n"
        f"Food stalls took €119,000, or {each} per person."
    )
    assert_checked(knowledge, text, "F317", fires)


def test_an_amount_per_head_is_not_of_the_lead_count_of_things(knowledge):
    text = "The Dunrowan marina berthed 1,400 boats over the summer.\n\nIts cafés took €119,000, or €19 per head."
    assert_not_checked(knowledge, text, "F317")


def test_an_amount_a_hectare_is_no_amount_a_head(knowledge):
    text = "On the Quenby vineyard, 60 pickers earned $138,000 over the autumn, roughly $2,900 a hectare."
    assert_not_checked(knowledge, text, "F317")


# ---------------------------------------------------------------- `$140 each, or $35,000 between them`


@pytest.mark.parametrize("each,fires", [("$140", False), ("$180", True)])
def test_an_average_each_then_the_total_between_them(knowledge, each, fires):
    text = f"Rent on 250 allotment plots in Corran came to an average of {each} each, or $35,000 between them."
    assert_checked(knowledge, text, "F317", fires)


@pytest.mark.parametrize("each,fires", [("$3,000", False), ("$3,600", True)])
def test_an_average_apiece_then_the_total_in_all(knowledge, each, fires):
    text = f"The 32 growers in the Tessaly scheme received an average of {each} apiece, $96,000 in all."
    assert_checked(knowledge, text, "F317", fires)


def test_an_amount_after_each_with_no_word_of_a_total_is_none(knowledge):
    text = "Rent on 250 allotment plots in Corran came to an average of $180 each, or $35,000 last year."
    assert_not_checked(knowledge, text, "F317")


# ---------------------------------------------------------------- `7,200 hours, … 45 hours each`


@pytest.mark.parametrize("each,fires", [("45", False), ("60", True)])
def test_a_total_of_hours_divides_by_the_count_that_gave_them(knowledge, each, fires):
    text = f"In 2025 the Mellor choir's 160 singers rehearsed for 7,200 hours in all, so {each} hours each."
    assert_checked(knowledge, text, "F317", fires)


def test_hours_each_with_no_count_of_units_links_nothing(knowledge):
    text = "In 2025 the Mellor choir's singers rehearsed for 7,200 hours in all, so 60 hours each."
    assert_not_checked(knowledge, text, "F317")


# ---------------------------------------------------------------- `36 paid stewards`, `64 certified dog-walkers`


@pytest.mark.parametrize("each,fires", [("$40,000", False), ("$46,000", True)])
def test_a_count_after_an_irregular_participle_is_of_its_noun(knowledge, each, fires):
    text = f"Wages for Wenlow stadium's 36 paid stewards reached $1.44m, roughly {each} each."
    assert_checked(knowledge, text, "F317", fires)


@pytest.mark.parametrize("each,fires", [("$450", False), ("$520", True)])
def test_a_count_of_a_hyphened_noun_after_a_participle(knowledge, each, fires):
    text = f"The shelter contracted 64 certified dog-walkers for $28,800, or {each} apiece."
    assert_checked(knowledge, text, "F317", fires)


def test_a_participle_with_no_plural_noun_after_is_no_modifier(knowledge):
    text = "Of the 52 tenants, 40 paid $2.08m in rent in 2025, or $47,000 apiece."
    assert_not_checked(knowledge, text, "F317")
