"""Growth and dates (twenty-first session), each a rule for a construction:
- a verb that moves a level named as its object, then the rate, then the level reached (`lifted revenue 12% to
  $56m, from $50m`, `cut its grants budget 20% to $8m`): the rate is the change of the level reached
  (checker/link/roles.py, `[link.object_rise_verbs]`, `[link.object_fall_verbs]`); without `to` and a figure the
  rate after an object is no change (`raised its stake 12%`).

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

import pytest
from test_frames import assert_checked, assert_not_checked

# ---------------------------------------------------------------- `lifted revenue 12% to $56m`: a verb with its object

_LIFTED = "Pellham Foods {verb} revenue {rate} to $56.0 million in the year to 30 September, from $50.0 million."


@pytest.mark.parametrize(
    "verb,rate,fires", [("lifted", "12.0%", False), ("lifted", "15.0%", True), ("increased", "12 per cent", False)]
)
def test_a_rate_after_a_verb_and_its_object_is_the_change(knowledge, verb, rate, fires):
    assert_checked(knowledge, _LIFTED.format(verb=verb, rate=rate), "F301", fires)


_CUT = "The council cut its grants budget {rate} to $8.0 million from $10.0 million, compared with a year earlier."


@pytest.mark.parametrize("rate,fires", [("20%", False), ("25%", True)])
def test_a_rate_after_a_falling_verb_and_its_object_is_a_fall(knowledge, rate, fires):
    assert_checked(knowledge, _CUT.format(rate=rate), "F301", fires)


def test_a_rate_after_an_object_with_no_level_reached_is_no_change(knowledge):
    text = "Corven Capital raised its stake 12% in March. The fund held $50.0 million of shares in 2025 and $56.0 million now."
    assert_not_checked(knowledge, text, "F301")
