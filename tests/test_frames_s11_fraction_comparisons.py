"""A fraction in words compared with the figure after a comparative (eleventh session).

Every sentence is written for this file, with invented names and numbers. `The fare fell to £412. It is still about a
quarter above the £330 average of 2022`: the fraction is a change of the level stated before, measured from the figure
after `above the`.
"""

from __future__ import annotations

import pytest
from test_frames import assert_checked, assert_not_checked


@pytest.mark.parametrize(
    "text,fires",
    [
        (
            "The average Kessel fare fell to £412 in the first quarter. "
            "It is still about a quarter above the £330 average of early 2022.",
            False,
        ),
        (
            "The average Kessel fare fell to £412 in the first quarter. "
            "It is still about a third above the £330 average of early 2022.",
            True,
        ),
        ("Tamsin Foods sold 2,650 tonnes in May, almost a third more than the 2,010 tonnes it sold in April.", False),
        ("Tamsin Foods sold 2,850 tonnes in May, almost a third more than the 2,010 tonnes it sold in April.", True),
    ],
)
def test_fraction_compared_with_the_figure_after(knowledge, text, fires):
    assert_checked(knowledge, text, "F301", fires)


def test_fraction_of_a_whole_before_a_comparison_is_no_change(knowledge):
    # `a third of its staff`: a share of a whole; the comparison after it is the staff's
    assert_not_checked(
        knowledge, "Tamsin Foods employs 310 people, a third of its staff, more than the 250 it had in 2020.", "F301"
    )
