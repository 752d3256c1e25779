"""English per-unit figures (twenty-sixth session, lane en2), each a rule for a construction:
- a charge on a count with no per-unit word (`a royalty of 5 cents on 80,000 kettles, $4,000 in all`,
  `a levy of $2 on each of the 4,000 tickets, raising $8,000`): the charge's noun before the amount
  (`[link.levy_nouns_before]`) or `on each of` (`[link.levy_on_each]`) makes it per unit of the count right after
  it, and the total appended after the count (`[link.appended_total_words]`) is what it comes to
  (checker/link/restated_per_unit.py); an amount `on` a count with neither (`a profit of $8,000 on 4,000 tickets`)
  may be the whole's, and links nothing;
- `The average garden yielded 3,000 kilograms`, `An average member paid $300`, `The typical household used 4,000
  litres`: one average unit of a count stated before, as after `Each farm` (`[link.average_unit_openers]`,
  checker/link/each_averages.py); `The average price rose` names no count, and links nothing;
- a bare number restating its clause per a unit it counts (`The 14 vets treated 9,800 animals, or roughly 700 a
  vet`): a quantity (checker/extract/quantities.py), of the clause's other count: the count the noun names divides
  it (checker/link/restated_per_unit.py); a third count in the clause leaves which unsaid; opening the next sentence
  (`That works out at 500 a concert.`: `[link.per_unit_restating_openers]`) it restates the sentence before, read
  across sentences (a warning).

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

import pytest
from test_frames import assert_checked, assert_not_checked

# ---------------------------------------------------------------- a charge on a count


@pytest.mark.parametrize("cents,fires", [("5 cents", False), ("8 cents", True)])
def test_a_royalty_on_a_count_of_units_is_per_unit(knowledge, cents, fires):
    text = f"Her kettle design earned the Lomond inventor a royalty of {cents} on 80,000 kettles, $4,000 in all."
    assert_checked(knowledge, text, "F317", fires)


@pytest.mark.parametrize("levy,fires", [("$2", False), ("$3", True)])
def test_a_levy_on_each_of_a_count_is_per_unit(knowledge, levy, fires):
    text = (
        "The Ashgrove rowing club balanced its books.\n\n"
        f"It set a levy of {levy} on each of the 4,000 regatta tickets, raising $8,000."
    )
    assert_checked(knowledge, text, "F317", fires)


@pytest.mark.parametrize("fee,fires", [("£1.50", False), ("£2.50", True)])
def test_a_surcharge_on_the_count_with_its_total_after(knowledge, fee, fires):
    text = f"Spectators paid a surcharge of {fee} on the 60,000 stand seats, £90,000 altogether."
    assert_checked(knowledge, text, "F317", fires)


def test_an_amount_on_a_count_named_no_charge_links_nothing(knowledge):
    # (a profit `on` a count of tickets may be the whole's: no charge's noun, no `each of`)
    text = "The promoter made a profit of $8,000 on 4,000 tickets, $9,000 in total."
    assert_not_checked(knowledge, text, "F317")


def test_a_royalty_on_a_count_with_no_total_word_links_nothing(knowledge):
    # (`, $4,000 last year`: no word names the amount the total)
    text = "Her kettle design earned the Lomond inventor a royalty of 8 cents on 80,000 kettles, $4,000 last year."
    assert_not_checked(knowledge, text, "F317")


# ---------------------------------------------------------------- `The average garden yielded`


@pytest.mark.parametrize("amount,fires", [("3,000", False), ("4,000", True)])
def test_the_average_unit_holds_the_total_over_its_count(knowledge, amount, fires):
    text = (
        "Hop growers in the Tavy valley had a record year.\n\n"
        "The valley has about 640 hop gardens, which produced 1.92 million kilograms this year. "
        f"The average garden yielded {amount} kilograms."
    )
    assert_checked(knowledge, text, "F317", fires)


@pytest.mark.parametrize("amount,fires", [("$300", False), ("$400", True)])
def test_an_average_member_paid_an_amount_of_the_total_stated_with_the_members(knowledge, amount, fires):
    text = (
        "The Birchfield tennis club published its accounts.\n\n"
        "The club has 420 members, who paid $126,000 in fees. "
        f"An average member paid {amount}."
    )
    assert_checked(knowledge, text, "F317", fires)


@pytest.mark.parametrize("litres,fires", [("4,000", False), ("5,000", True)])
def test_the_typical_unit_holds_the_total_over_its_count(knowledge, litres, fires):
    text = (
        "Water use in Pellow rose in May.\n\n"
        "Some 900 households used 3.6 million litres of water in May. "
        f"The typical household used {litres} litres."
    )
    assert_checked(knowledge, text, "F317", fires)


def test_the_average_of_a_noun_naming_no_count_links_nothing(knowledge):
    text = (
        "Water use in Pellow rose in May.\n\n"
        "Some 900 households used 3.6 million litres of water in May. "
        "The average price rose to $4 a litre."
    )
    assert_not_checked(knowledge, text, "F317")


# ---------------------------------------------------------------- `, or roughly 700 a vet`


@pytest.mark.parametrize("figure,fires", [("700", False), ("800", True)])
def test_a_bare_number_per_a_unit_restates_the_clause_total(knowledge, figure, fires):
    text = f"The clinic's 14 vets treated 9,800 animals last winter, or roughly {figure} a vet."
    assert_checked(knowledge, text, "F317", fires)


@pytest.mark.parametrize("figure,fires", [("45", False), ("60", True)])
def test_a_bare_number_per_a_unit_named_after_the_total(knowledge, figure, fires):
    text = f"Pilots flew 2,700 sorties from 60 airstrips, or {figure} an airstrip."
    assert_checked(knowledge, text, "F317", fires)


def test_a_bare_number_per_a_unit_with_a_third_count_links_nothing(knowledge):
    # (sorties from airstrips and from carriers: which count the total is over, not said)
    text = "Pilots flew 2,700 sorties from 60 airstrips and 3 carriers, or 60 an airstrip."
    assert_not_checked(knowledge, text, "F317")


@pytest.mark.parametrize("figure,fires", [("250", False), ("310", True)])
def test_a_bare_number_per_a_unit_opening_the_next_sentence(knowledge, figure, fires):
    text = f"The bakery sold 9,000 loaves at 36 markets. That works out at about {figure} a market."
    assert_checked(knowledge, text, "F317", fires)


def test_a_bare_number_per_a_unit_after_a_sentence_with_one_count_links_nothing(knowledge):
    # (no count the noun names in the sentence before: the units, not said)
    text = "The bakery sold 9,000 loaves this summer. That works out at about 250 a market."
    assert_not_checked(knowledge, text, "F317")
