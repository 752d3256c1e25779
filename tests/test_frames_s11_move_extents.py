"""A move's extent named `as much as` before its rate (eleventh session).

Every sentence is written for this file, with invented names and numbers. `Copper rose as much as 2.1% to $9,820
before closing up 1.5% at $9,760, against Tuesday's close of $9,618`: the intraday move is a change like the close's,
measured from the one figure the sentence compares with.
"""

from __future__ import annotations

import pytest
from test_frames import assert_checked, assert_not_checked


@pytest.mark.parametrize(
    "text,fires",
    [
        ("Kessel zinc rose as much as 2.1% to $2,820 a tonne in early trade, from $2,762 on Monday.", False),
        ("Kessel zinc rose as much as 3.1% to $2,820 a tonne in early trade, from $2,762 on Monday.", True),
        (
            "Copper rose as much as 2.1% to $9,820 a tonne before closing up 1.5% at $9,760, "
            "against Tuesday's close of $9,618.",
            False,
        ),
        (
            "Copper rose as much as 4.1% to $9,820 a tonne before closing up 1.5% at $9,760, "
            "against Tuesday's close of $9,618.",
            True,
        ),
    ],
)
def test_move_of_as_much_as_a_rate(knowledge, text, fires):
    assert_checked(knowledge, text, "F301", fires)


def test_as_much_as_before_a_level_is_no_move(knowledge):
    # `paid as much as $2,820`: a level reached, no move and no rate of change
    assert_not_checked(
        knowledge, "Buyers paid as much as $2,820 a tonne for Kessel zinc, against $2,762 on Monday.", "F301"
    )
