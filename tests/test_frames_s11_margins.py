"""A margin a profit is said to give (`Operating profit of £497m gave a margin of 3.4 per cent`), eleventh session.

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

import pytest
from test_frames import assert_checked, assert_not_checked


@pytest.mark.parametrize(
    "text,fires",
    [
        (
            "Halden sales were £14.6bn. Operating profit of £497m gave a margin of 3.4 per cent.",
            False,
        ),
        (
            "Halden sales were £14.6bn. Operating profit of £497m gave a margin of 4.4 per cent.",
            True,
        ),
        ("Corvel's revenue was $8.2bn last year. Operating profit of $1.23bn gives a margin of 15%.", False),
        ("Corvel's revenue was $8.2bn last year. Operating profit of $1.23bn gives a margin of 12%.", True),
    ],
)
def test_margin_a_profit_gave(knowledge, text, fires):
    assert_checked(knowledge, text, "F307", fires)


def test_rate_a_profit_gave_that_is_no_margin_is_not_linked(knowledge):
    # `gave a lift of 3.4 per cent to the shares`: a rise, not a margin of the profit
    assert_not_checked(
        knowledge,
        "Halden sales were £14.6bn. Operating profit of £497m gave a lift of 3.4 per cent to the shares.",
        "F307",
    )
