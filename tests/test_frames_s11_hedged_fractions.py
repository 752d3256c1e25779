"""A change stated as a fraction in words behind a hedge (eleventh session).

Every sentence is written for this file, with invented names and numbers. `almost a third`, like `almost 33%`,
states a size up to the fraction and a little below it; `more than a third` one above it. Read as the bare
fraction, a fall of 32.8% called `almost a third` would be reported.
"""

from __future__ import annotations

import pytest
from test_frames import assert_checked, assert_not_checked


@pytest.mark.parametrize(
    "text,fires",
    [
        ("The backlog fell to 4,230, from 6,290 in 2024, a drop of almost a third.", False),
        ("The backlog fell to 4,230, from 7,050 in 2024, a drop of almost a third.", True),
        ("Orders at Varrow Tools fell to 1,480 from 2,820, a drop of nearly half.", False),
        ("Orders at Varrow Tools fell to 1,310 from 2,820, a drop of nearly half.", True),
        ("Revenue at Tamsin Foods rose to £8.9m from £6.4m, a rise of more than one third.", False),
        ("Revenue at Tamsin Foods rose to £8.2m from £6.4m, a rise of over a third.", True),
    ],
)
def test_hedged_fraction_change(knowledge, text, fires):
    assert_checked(knowledge, text, "F301", fires)


def test_hedged_fraction_of_a_whole_is_no_change(knowledge):
    # `almost a third of its staff`: a share of a whole, not a change of the level before it
    assert_not_checked(knowledge, "Varrow Tools employs 4,230 people, almost a third of its staff in 2024.", "F301")
