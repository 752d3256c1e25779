"""Currency equivalents set after an amount as an apposition (fourteenth session).

Every sentence is written for this file, with invented names and numbers: `€80m, about $88m,` restates the
amount in another currency when the equivalent closes its clause; an amount of another currency that goes on
(`about $20m more than …`, `about $30m of it …`) is a figure of its own.
"""

from __future__ import annotations

import pytest
from test_frames import assert_checked, assert_not_checked


@pytest.mark.parametrize(
    "text,fires",
    [
        ("Orrel Gyms took in €80 million, about $88 million, in the nine months.", False),
        ("Orrel Gyms took in €80 million, about $148 million, in the nine months.", True),
        ("Turnover at Vesk reached €42.5 million, roughly $47 million.", False),
        ("Turnover at Vesk reached €42.5 million, roughly $74 million.", True),
        ("The Kallo fund closed at €120 million, or about $132 million; it opens again in May.", False),
    ],
)
def test_equivalent_in_apposition_is_checked(knowledge, text, fires):
    assert_checked(knowledge, text, "F202", fires)


@pytest.mark.parametrize(
    "text",
    [
        "Orrel Gyms took in €80 million, about $20 million more than its rival took in dollars.",
        "Orrel Gyms raised €80 million, about $30 million of it from American funds.",
        "Orrel Gyms took in €80 million, about €8 million more than planned.",
    ],
)
def test_amount_that_goes_on_is_no_equivalent(knowledge, text):
    assert_not_checked(knowledge, text, "F202")
