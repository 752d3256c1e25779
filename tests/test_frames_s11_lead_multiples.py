"""A multiple of change in a lead, its value and prior stated in the next sentence (eleventh session).

Every sentence is written for this file, with invented names and numbers. `Kessel Steel said first-quarter net profit
more than tripled. Net profit rose to RMB1.96bn, against RMB0.61bn a year earlier.`: as a rate in a lead is the change
of the pair stated next, so is a multiple, when the lead states no rate of its own.
"""

from __future__ import annotations

import pytest
from test_frames import assert_checked, assert_not_checked


@pytest.mark.parametrize(
    "text,fires",
    [
        (
            "Kessel Steel said on Wednesday that first-quarter net profit more than tripled as margins widened.\n\n"
            "Net profit for January-March rose to RMB1.96bn, against RMB0.61bn a year earlier.",
            False,
        ),
        (
            "Kessel Steel said on Wednesday that first-quarter net profit more than tripled as margins widened.\n\n"
            "Net profit for January-March rose to RMB1.56bn, against RMB0.61bn a year earlier.",
            True,
        ),
        (
            "Tamsin Air said its third-quarter profit doubled.\n\n"
            "Net income was $1.21bn, compared with $598m a year earlier.",
            False,
        ),
        (
            "Tamsin Air said its third-quarter profit doubled.\n\n"
            "Net income was $1.71bn, compared with $598m a year earlier.",
            True,
        ),
    ],
)
def test_multiple_in_a_lead_of_the_pair_stated_next(knowledge, text, fires):
    assert_checked(knowledge, text, "F304", fires)


def test_multiple_beside_a_rate_in_the_lead_is_not_linked(knowledge):
    # the lead states a rate: the multiple (`twice-yearly`) is a word of another kind, not the change of the pair
    assert_not_checked(
        knowledge,
        "Kessel car registrations rose 8.2% in September, the month of the twice-yearly plate change.\n\n"
        "A total of 172,610 new cars were registered, up from 159,550 in September last year.",
        "F304",
    )
