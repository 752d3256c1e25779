"""English per-unit averages (twenty-fifth session), each a rule for a construction:
- a price per a unit of measure named in the singular (`an average of A$9.00 a kilogram`, `NZ$8 a kilo`) marks
  the unit it is per, as the plural does (`[measures]`: `kilogram`, `kilogramme`, `kilo`): the tonnage of its sentence
  divides the sales total stated before (checker/link/per_unit_apart.py); a price with no total of its currency
  before links nothing;
  The price's mark after it, naming no metric, the tonnage must be sold (`[link.units_sold_verbs]` before it, or
  `[link.takings_verbs_before_price]` between: `received`), and the lead's amount takings (no metric, revenue or
  exports: no profit) stated as no part;
- a total restated per a unit of measure (`Overseas sales came to A$14m, an average of A$175 a kilogram`) is over the
  lead's tonnage, not a nearer one its sentence states alone (which, not said); one of a list of parts before it
  (`buyers in Singapore took 80 tonnes and restaurants the remaining 40 tonnes`) stands for its whole
  (`lift_parts_to_their_level`).

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

import pytest
from test_frames import assert_checked, assert_not_checked

# ---------------------------------------------------------------- `A$9.00 a kilogram`


@pytest.mark.parametrize("price,fires", [("A$9.00", False), ("A$11.00", True)])
def test_a_price_a_kilogram_divides_the_total_before_by_its_tonnage(knowledge, price, fires):
    text = (
        "Tarrawong Scallops had a better season.\n\n"
        f"Revenue was A$13.5 million. It sold 1,500 tonnes of scallops, at an average of {price} a kilogram."
    )
    assert_checked(knowledge, text, "F317", fires)


@pytest.mark.parametrize("price,fires", [("NZ$8.00", False), ("NZ$9.40", True)])
def test_a_price_a_kilo_is_per_a_unit_of_measure(knowledge, price, fires):
    text = (
        "Manuka Walnuts had a strong season.\n\n"
        "Sales came to NZ$24 million. Growers delivered 3,000 tonnes, "
        f"and the co-operative received an average of {price} a kilo."
    )
    assert_checked(knowledge, text, "F317", fires)


def test_a_price_a_kilogram_with_no_total_of_its_currency_links_nothing(knowledge):
    text = (
        "Tarrawong Scallops had a better season.\n\n"
        "It sold 1,500 tonnes of scallops, at an average of A$9.00 a kilogram."
    )
    assert_not_checked(knowledge, text, "F317")


# ---------------------------------------------------------------- a part's price, the sentence after it


def test_a_total_restated_per_kilogram_takes_no_nearer_lone_tonnage(knowledge):
    # (a tonnage nearer than the lead's, stated alone: which the total is over, not said)
    text = (
        "Wasabi growers near Denholm cut 120 tonnes this winter, a record.\n\n"
        "They exported 80 tonnes, mostly to Singapore. "
        "Overseas sales came to A$14 million, an average of A$175 a kilogram."
    )
    assert_not_checked(knowledge, text, "F317")


def test_a_price_of_a_tonnage_grown_with_no_verb_of_takings_links_nothing(knowledge):
    # (grown, not sold: some of it may be unsold, the revenue no sum of it)
    text = (
        "Tarrawong Scallops had a better season.\n\n"
        "Revenue was A$13.5 million. Its beds yielded 1,500 tonnes of scallops, and the firm grew an average of "
        "A$11.00 a kilogram."
    )
    assert_not_checked(knowledge, text, "F317")


@pytest.mark.parametrize("price,fires", [("NZ$3.00", False), ("NZ$3.60", True)])
def test_a_price_a_kilogram_received_divides_the_revenue_by_the_harvest(knowledge, price, fires):
    text = (
        "Pelorus Onions lifted sales this year.\n\n"
        "Revenue totalled NZ$45.0 million. Its farms lifted 15,000 tonnes, "
        f"and the growers' co-op received an average of {price} a kilogram."
    )
    assert_checked(knowledge, text, "F317", fires)


@pytest.mark.parametrize("price,fires", [("A$150", False), ("A$200", True)])
def test_a_price_after_a_list_of_parts_is_the_wholes_average(knowledge, price, fires):
    text = (
        "Wasabi growers near Denholm cut 120 tonnes this winter, a record.\n\n"
        "Buyers in Singapore took 80 tonnes and Sydney restaurants the remaining 40 tonnes. "
        f"Sales came to A$18 million, an average of {price} a kilogram."
    )
    assert_checked(knowledge, text, "F317", fires)
