"""Money per unit whose total stands in another sentence (twenty-first session, fourth round), each a rule for a
construction:
- a price per unit stated beside a count of units the sentence says were sold (`The group sold 40,000 watches in
  the half, at an average of CHF 5,000 a watch`, `shipped 2,000 tonnes of honey, an average of NZ$50 a
  kilogram`: `[link.units_sold_verbs]`), naming no metric of its own, is of the takings the lead states, however
  far back (checker/link/partners.py), the body's first sentence's when the lead's two sentences state two
  values (`Sales rose to CHF 900m. Sales in the Americas rose to CHF 300m`: a line of the whole); a count of units
  bought, made or serviced is no such count;
- a total restated per a unit of measure beside it (`The crop was worth $300m, or about $7.50 a kilogram`) is over
  the measure of that unit the body's first sentence states (`picked 40 million kilograms`), however far back
  (past a forecast of the unit stated between),
  unless a measure of the unit (no listed part of the lead's, no average per a unit) stands in the figure's
  sentence or the two before (checker/link/partners.py).

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

import pytest
from test_frames import assert_checked, assert_not_checked

# ---------------------------------------------------------------- `sold 40,000 watches, at an average of … a watch`

_WATCHES = (
    "Orla watch sales rise\n\n"
    "Orla Horlogerie said sales in the six months to June rose 5% to CHF 200 million from CHF 190.5 million.\n\n"
    "Operating profit rose to CHF 40 million, helped by lower gold costs. The company opened two boutiques in Asia.\n\n"
    "Chief executive Marta Keel said demand in China was steady. The group {verb} 40,000 watches in the half, at "
    "an average of CHF {price} a watch."
)


@pytest.mark.parametrize("price,fires", [("5,000", False), ("6,500", True)])
def test_a_price_per_unit_sold_is_of_the_leads_takings(knowledge, price, fires):
    assert_checked(knowledge, _WATCHES.format(verb="sold", price=price), "F317", fires)


def test_a_price_per_unit_bought_takes_no_takings(knowledge):
    # (units bought: the lead's sales are no sum of what they cost)
    assert_not_checked(knowledge, _WATCHES.format(verb="bought", price="6,500"), "F317")


# ---------------------------------------------------------------- `shipped 2,000 tonnes, an average of … a kilogram`

_HONEY = (
    "Kestrel Honey revenue climbs\n\n"
    "Kestrel Honey said revenue for the year to June rose to NZ$100 million, up 10% from NZ$90.9 million.\n\n"
    "Net profit rose to NZ$12 million. The company hired 40 beekeepers.\n\n"
    "Prices held up in Japan. The company {verb} 2,000 tonnes of honey, an average of NZ${price} a kilogram."
)


@pytest.mark.parametrize("price,fires", [("50", False), ("65", True)])
def test_a_price_per_measure_shipped_is_of_the_leads_takings(knowledge, price, fires):
    assert_checked(knowledge, _HONEY.format(verb="shipped", price=price), "F317", fires)


def test_a_price_per_measure_produced_takes_no_takings(knowledge):
    # (honey produced: some of it unsold, the lead's revenue is no sum of it)
    assert_not_checked(knowledge, _HONEY.format(verb="produced", price="65"), "F317")


# ---------------------------------------------------------------- the lead's two sentences: its first states the whole

_AIDS = (
    "Tonal hearing-aid sales rise\n\n"
    "Tonal Audio said sales for the nine months rose 6% to CHF 900 million. Sales in the Americas rose to "
    "CHF 300 million, up 9%.\n\n"
    "Operating profit was CHF 150 million. The group {verb} 1.2 million hearing aids in the period, at an average "
    "of CHF {price} each."
)


@pytest.mark.parametrize("price,fires", [("750", False), ("950", True)])
def test_a_price_per_unit_sold_is_of_the_takings_the_first_sentence_states(knowledge, price, fires):
    assert_checked(knowledge, _AIDS.format(verb="sold", price=price), "F317", fires)


def test_a_price_per_unit_held_takes_no_first_sentences_takings(knowledge):
    assert_not_checked(knowledge, _AIDS.format(verb="serviced", price="950"), "F317")


# ------------------------------------------------------ `worth $300m, or about $7.50 a kilogram`: the lead's measure

_CROP = (
    "Plum crop recovers\n\n"
    "Growers in Tarrow Valley picked 40 million kilograms of plums this season, up 8% from 37 million kilograms.\n\n"
    "The co-operative had forecast 45 million kilograms in March. The harvest began two weeks early after a warm "
    "spring. About 1,200 pickers came from abroad.\n\n"
    "Packers added a night shift in August. {part}The crop was worth $300 million at the farm gate, or about "
    "${price} a kilogram."
)


@pytest.mark.parametrize("price,fires", [("7.50", False), ("9.50", True)])
def test_a_total_restated_per_a_unit_of_measure_is_over_the_leads_measure(knowledge, price, fires):
    assert_checked(knowledge, _CROP.format(part="", price=price), "F317", fires)


def test_a_total_restated_per_a_unit_of_measure_takes_no_lead_past_a_nearer_measure(knowledge):
    # (a nearer amount of the unit, a part's: which the total is over, not said)
    part = "Exporters shipped 25 million kilograms to Asia. "
    assert_not_checked(knowledge, _CROP.format(part=part, price="9.50"), "F317")
