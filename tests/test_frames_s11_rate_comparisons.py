"""A rate written in words compared with the figure after a comparative (eleventh session).

Every sentence is written for this file, with invented names and numbers. `The fare was £412, 8 per cent lower than
the £448 paid a year earlier`, and coordinated after another change (`down 3 per cent from £425 and 8 per cent lower
than the £448 …`): the figure after the comparative is the one the rate measures the level from.
"""

from __future__ import annotations

import pytest
from test_frames import assert_checked, assert_not_checked


@pytest.mark.parametrize(
    "text,fires",
    [
        ("The average Kessel rail fare was £412, 8 per cent lower than the £448 paid a year earlier.", False),
        ("The average Kessel rail fare was £412, 12 per cent lower than the £448 paid a year earlier.", True),
        (
            "The average Kessel rail fare fell to £412, down 3 per cent from £425 in the previous quarter and "
            "8 per cent lower than the £448 paid a year earlier.",
            False,
        ),
        (
            "The average Kessel rail fare fell to £412, down 3 per cent from £425 in the previous quarter and "
            "12 per cent lower than the £448 paid a year earlier.",
            True,
        ),
        ("Tamsin Foods sold 5,620 tonnes, 14 percent more than the 4,930 tonnes it sold in 2024.", False),
        ("Tamsin Foods sold 5,620 tonnes, 24 percent more than the 4,930 tonnes it sold in 2024.", True),
    ],
)
def test_rate_in_words_compared_with_the_figure_after(knowledge, text, fires):
    assert_checked(knowledge, text, "F301", fires)


def test_share_before_a_comparison_of_its_own_is_not_linked(knowledge):
    # `8 per cent of riders paid more than …`: the comparison is the riders', not a rate of the fare
    assert_not_checked(
        knowledge,
        "The average Kessel rail fare was £412, and 8 per cent of riders paid more than the £448 peak.",
        "F301",
    )
