"""An amount's change named by a noun after the two levels (eleventh session).

Every sentence is written for this file, with invented names and numbers. `fell to £1.62bn from £1.93bn, a reduction
of £310m`, `rose to 54.2 crore from 53.6 crore, a net addition of 60 lakh`: the amount is the change between the two
levels. A bare change (`an increase of 6 million`) is of the figure of its unit that names what it counts
(`542 million subscribers`); a change that counts something else is not.
"""

from __future__ import annotations

import pytest
from test_frames import assert_checked, assert_not_checked


@pytest.mark.parametrize(
    "text,fires",
    [
        ("Net debt at Varrow fell to £1.62bn from £1.93bn, a reduction of £310m, helped by asset sales.", False),
        ("Net debt at Varrow fell to £1.62bn from £1.93bn, a reduction of £270m, helped by asset sales.", True),
        ("Kessel Mobile's users rose to 54.2 crore in June from 53.6 crore in May, a net addition of 60 lakh.", False),
        ("Kessel Mobile's users rose to 54.2 crore in June from 53.6 crore in May, a net addition of 90 lakh.", True),
        ("Tamsin Radio's audience rose to 542 million listeners from 536 million, an increase of 6 million.", False),
        ("Tamsin Radio's audience rose to 542 million listeners from 536 million, an increase of 9 million.", True),
    ],
)
def test_amount_change_named_by_a_noun(knowledge, text, fires):
    assert_checked(knowledge, text, "F305", fires)


def test_change_counting_something_else_is_not_linked(knowledge):
    # the change counts stores, the levels listeners: no difference is read between them
    assert_not_checked(
        knowledge,
        "Tamsin Radio's audience rose to 542 million listeners from 536 million, an increase of 6 stores.",
        "F305",
    )
