"""Currency equivalents in constructions that recur across articles (eleventh session).

Every sentence is written for this file, with invented names and numbers. Each construction is tested where it
must be checked (and fires when one number is wrong) and, where relevant, where it must not be checked.
"""

from __future__ import annotations

import pytest
from test_frames import assert_checked, assert_not_checked

# ---------------------------------------------------------------- an equivalent set after a comma by `worth` (F202)


@pytest.mark.parametrize(
    "text,fires",
    [
        ("Pell signed a four-year, $120m extension in May, worth about €108m, or $30m a year.", False),
        ("Pell signed a four-year, $120m extension in May, worth about €158m, or $30m a year.", True),
    ],
)
def test_equivalent_after_a_comma_and_worth(knowledge, text, fires):
    assert_checked(knowledge, text, "F202", fires)


def test_worth_after_a_sentence_end_is_no_equivalent_of_the_sentence_before(knowledge):
    # the amount before is another sentence's statement, not the one `worth` restates
    assert_not_checked(knowledge, "Orrin paid €40m for Pell in 2019. His new deal, worth $120m, runs to 2030.", "F202")
