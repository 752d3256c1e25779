"""An offer's premium or discount to a price named after it, the offer stated before (eleventh session).

Every sentence is written for this file, with invented names and numbers. `… to buy Kessel Foods for $31 a share. The
offer is a 24% premium to Kessel's closing price of $25.00 and a 40% premium to its 30-day average of $22.14`: each
premium measures the offer from the price after it; the second, joined to the first, measures the same offer.
"""

from __future__ import annotations

import pytest
from test_frames import assert_checked, assert_not_checked

_OFFER = "Tamsin Group agreed on Tuesday to buy Kessel Foods for $31 a share in cash. "


@pytest.mark.parametrize(
    "text,fires",
    [
        (_OFFER + "The offer is a 24% premium to Kessel's closing price of $25.00 on Monday.", False),
        (_OFFER + "The offer is a 34% premium to Kessel's closing price of $25.00 on Monday.", True),
        (
            _OFFER + "The offer is a 24% premium to Kessel's closing price of $25.00 on Monday and a 40% premium "
            "to its 30-day average of $22.14.",
            False,
        ),
        (
            _OFFER + "The offer is a 24% premium to Kessel's closing price of $25.00 on Monday and a 30% premium "
            "to its 30-day average of $22.14.",
            True,
        ),
        ("Kessel Foods sold new shares at $8.40. The price is a 12% discount to the $9.55 close on Friday.", False),
        ("Kessel Foods sold new shares at $8.40. The price is a 22% discount to the $9.55 close on Friday.", True),
    ],
)
def test_premium_or_discount_to_a_price_named_after_it(knowledge, text, fires):
    assert_checked(knowledge, text, "F301", fires)


def test_premium_paid_by_a_buyer_is_no_comparison(knowledge):
    # `paid a 24% premium for its bonds`: no price follows the premium to measure the offer from
    assert_not_checked(knowledge, _OFFER + "Tamsin paid a 24% premium for Kessel's bonds, worth $25.00 each.", "F301")
