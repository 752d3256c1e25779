"""A rate of change written as a fraction in words (sixteenth session): `fell by a fifth` is said round, as a whole
percent would be, so a fall of 20.1% is a fifth and one of 23% is not (F301).

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

import pytest
from test_frames import assert_checked

FELL = "Revenue at Tallow Farms fell by {rate} to {value} from €481.2 million."
ROSE = "Visitors to the Harrow Gallery rose by {rate} to {value} from 186,400 a year earlier."


@pytest.mark.parametrize(
    ("text", "fires"),
    [
        (FELL.format(rate="a fifth", value="€384.6 million"), False),  # a fall of 20.1%
        (FELL.format(rate="a fifth", value="€370.0 million"), True),  # a fall of 23.1%
        (ROSE.format(rate="a third", value="249,100"), False),  # a rise of 33.6%
        (ROSE.format(rate="a third", value="262,000"), True),  # a rise of 40.6%
    ],
    ids=["fifth-holds", "fifth-fires", "third-holds", "third-fires"],
)
def test_a_rate_in_words_is_said_round(knowledge, text, fires):
    assert_checked(knowledge, text, "F301", fires)
