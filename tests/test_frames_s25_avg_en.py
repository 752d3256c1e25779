"""English per-unit averages (twenty-fifth session), each a rule for a construction:
- a price per a unit of measure named in the singular (`an average of A$12.50 a kilogram`, `NZ$8 a kilo`) marks
  the unit it is per, as the plural does (`[measures]`: `kilogram`, `kilogramme`, `kilo`): the tonnage of its sentence
  divides the sales total stated before (checker/link/per_unit_apart.py); a price with no total of its currency
  before links nothing;
  The price's mark after it, naming no metric, the tonnage must be sold (`[link.units_sold_verbs]` before it, or
  `[link.takings_verbs_before_price]` between: `received`), and the lead's amount takings (no metric, revenue or
  exports: no profit) stated as no part;
- a total restated per a unit of measure (`Export sales reached A$50m, an average of A$1,700 a kilogram`) is over the
  lead's tonnage, not a nearer one its sentence states alone (which, not said); one of a list of parts before it
  (`exporters took 20 tonnes and restaurants the remaining 10 tonnes`) stands for its whole
  (`lift_parts_to_their_level`).

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

import pytest
from test_frames import assert_checked, assert_not_checked

# ---------------------------------------------------------------- `A$12.50 a kilogram`


@pytest.mark.parametrize("price,fires", [("A$12.50", False), ("A$14.50", True)])
def test_a_price_a_kilogram_divides_the_total_before_by_its_tonnage(knowledge, price, fires):
    text = (
        "Kauri Fish lifted revenue this year.\n\n"
        "Revenue was A$50.0 million. The harvest rose to 4,000 tonnes, "
        f"and the company received an average of {price} a kilogram."
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
        "Kauri Fish lifted its catch this year.\n\n"
        "The harvest rose to 4,000 tonnes, and the company received an average of A$12.50 a kilogram."
    )
    assert_not_checked(knowledge, text, "F317")


# ---------------------------------------------------------------- a part's price, the sentence after it


def test_a_total_restated_per_kilogram_takes_no_nearer_lone_tonnage(knowledge):
    # (a tonnage nearer than the lead's, stated alone: which the total is over, not said)
    text = (
        "Saffron growers harvested 30 tonnes this year, a record.\n\n"
        "Growers exported 20 tonnes, mostly to Europe. "
        "Export sales reached A$50 million, an average of A$1,700 a kilogram."
    )
    assert_not_checked(knowledge, text, "F317")


def test_a_price_of_a_tonnage_grown_with_no_verb_of_takings_links_nothing(knowledge):
    # (grown, not sold: some of it may be unsold, the revenue no sum of it)
    text = (
        "Kauri Fish lifted revenue this year.\n\n"
        "Revenue was A$50.0 million. The harvest rose to 4,000 tonnes, and the company grew an average of "
        "A$14.50 a kilogram."
    )
    assert_not_checked(knowledge, text, "F317")


@pytest.mark.parametrize("price,fires", [("A$2.50", False), ("A$3.40", True)])
def test_a_price_a_kilogram_received_divides_the_revenue_by_the_harvest(knowledge, price, fires):
    text = (
        "Kauri Fish lifted revenue this year.\n\n"
        "Revenue was A$50.0 million. The harvest rose to 20,000 tonnes, "
        f"and the company received an average of {price} a kilogram."
    )
    assert_checked(knowledge, text, "F317", fires)


@pytest.mark.parametrize("price,fires", [("A$2,000", False), ("A$3,000", True)])
def test_a_price_after_a_list_of_parts_is_the_wholes_average(knowledge, price, fires):
    text = (
        "Saffron growers harvested 30 tonnes this year, a record.\n\n"
        "By market, exporters took 20 tonnes and local restaurants the remaining 10 tonnes. "
        f"Sales reached A$60 million, an average of {price} a kilogram."
    )
    assert_checked(knowledge, text, "F317", fires)
