"""Per-unit figures (twenty-seventh session, lane unit), each a rule for a construction:
- a price per a unit of measure values no total of another paragraph unless words apply it (`At that price`): the
  takings of a new paragraph's subject are no value of the tonnes the price is of (checker/link/unit_prices.py);
- a count at a price each, then `taking` a total in the price's sentence (`[link.units_value_after_price]`): the
  total is the count times the price (checker/link/unit_prices.py); in another sentence than the price, no value of
  its units.

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

import pytest
from test_frames import assert_checked, assert_not_checked

# ---------------------------------------------------------------- a price of another paragraph


def test_a_price_per_tonne_values_no_total_of_another_paragraph(knowledge):
    # (the appeal's takings are no value of the gravel's tonnes: a new paragraph, a new subject)
    text = (
        "The Orrin shire bought $2.56 million of gravel for its back roads this year. "
        "Contractors laid 40,000 tonnes, about $64 a tonne.\n\n"
        "The shire's library appeal raised $310,000 from 6,200 residents. The average pledge was $50."
    )
    assert_not_checked(knowledge, text, "F317")


# ---------------------------------------------------------------- a count at a price each, taking a total


@pytest.mark.parametrize("total,fires", [("$108,000", False), ("$118,000", True)])
def test_a_count_at_a_price_each_taking_a_total(knowledge, total, fires):
    text = f"The Loughrea ferry sold 2,700 crossings at $40 each, taking {total}."
    assert_checked(knowledge, text, "F317", fires)


def test_a_takings_verb_in_another_sentence_than_the_price_links_nothing(knowledge):
    # (the bar's takings are no value of the tickets: the price stands in the sentence before)
    text = "The rowing club sold 500 raffle tickets at $5 each. Its bar took $9,000."
    assert_not_checked(knowledge, text, "F317")
