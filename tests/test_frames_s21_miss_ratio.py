"""Ratios (twenty-first session, second round), each a rule for a construction:
- a count or measure marked `each` after it (`about 300 tonnes at each`, `an average of 4,000 patients each`,
  `20,000 cartons apiece`: `[link.rate_each_after]`) is per the one count of other units its sentence states before
  it in its clause, of the one figure of its own counter or unit stated there in its clause (`stored 12,000 tonnes
  of grit across its 40 depots`), else of the lead's (the body's first sentence, past a headline); not `each year`,
  nor a count of another clause (checker/link/rates_then_each.py).

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

import pytest
from test_frames import assert_checked, assert_not_checked

# ---------------------------------------------------------------- `…, about 300 tonnes at each`

_DEPOTS = "Brackley council has stored 12,000 tonnes of grit across its 40 depots, about {rate} tonnes at each."


@pytest.mark.parametrize("rate,fires", [("300", False), ("450", True)])
def test_a_measure_each_divides_its_sentence_total_by_its_units(knowledge, rate, fires):
    assert_checked(knowledge, _DEPOTS.format(rate=rate), "F317", fires)


_GROWERS = "The 150 growers of the Velm valley picked 9,000 tonnes of pears, an average of {rate} tonnes apiece."


@pytest.mark.parametrize("rate,fires", [("60", False), ("75", True)])
def test_a_measure_apiece_divides_its_sentence_total(knowledge, rate, fires):
    assert_checked(knowledge, _GROWERS.format(rate=rate), "F317", fires)


_CLINICS = "Its 25 clinics treated 100,000 patients last year, an average of {rate} patients each."


@pytest.mark.parametrize("rate,fires", [("4,000", False), ("5,000", True)])
def test_a_count_each_divides_its_sentence_count(knowledge, rate, fires):
    assert_checked(knowledge, _CLINICS.format(rate=rate), "F317", fires)


# ---------------------------------------------------------------- the lead's total

_FERRIES = (
    "Orla Ferries carried 3.6 million passengers last year, up 5% on the year before.\n\n"
    "The fleet of 90 ferries carried about {rate} passengers each over the year."
)


@pytest.mark.parametrize("rate,fires", [("40,000", False), ("52,000", True)])
def test_a_count_each_with_no_total_in_its_sentence_is_of_the_lead(knowledge, rate, fires):
    assert_checked(knowledge, _FERRIES.format(rate=rate), "F317", fires)


# ---------------------------------------------------------------- near misses


def test_each_year_is_no_mark_of_units(knowledge):
    text = "Its 25 clinics treated 100,000 patients last year, and expect 5,000 patients each year from the new wing."
    assert_not_checked(knowledge, text, "F317")


def test_units_of_another_clause_are_none(knowledge):
    text = (
        "Ranley Orchards runs 12 packing sheds, and the crop came to 9,000 tonnes of fruit, about 750 tonnes each."
    )
    assert_not_checked(knowledge, text, "F317")


def test_a_lead_total_in_the_rate_s_own_sentence_is_no_guess(knowledge):
    text = "The two clubs scored 3 goals each in the final."
    assert_not_checked(knowledge, text, "F317")


def test_a_part_listed_before_is_no_lead_total(knowledge):
    text = (
        "Dunmore Citrus shipped a record crop this season.\n\n"
        "Oranges made up 4.2 million cartons, lemons 1.1 million and limes 0.6 million.\n\n"
        "Its 200 growers averaged 30,000 cartons each."
    )
    assert_not_checked(knowledge, text, "F317")
