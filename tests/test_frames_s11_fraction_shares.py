"""A fraction in words set after its part, of a whole it names by its noun (eleventh session): `Imports were 3.1 million
tonnes, about a third of consumption`, `— nearly two-thirds of revenue —`, `roughly one in six pay-TV homes`.

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

import pytest
from test_frames import assert_checked, assert_not_checked

_CONSUMPTION = "Annual consumption rose to 9.4 million tonnes. "
_REVENUE = "Revenue grew 9% to €4.1bn. "
_HOMES = "Pay-TV homes rose to 48.6 million. Cable homes stood at 20.1 million. "


@pytest.mark.parametrize(
    "text,fires",
    [
        (_CONSUMPTION + "Imports were 3.1 million tonnes, about a third of consumption.", False),
        (_CONSUMPTION + "Imports were 4.1 million tonnes, about a third of consumption.", True),
        (_REVENUE + "It paid €2.6bn to suppliers and partners — nearly two-thirds of revenue — in the year.", False),
        (_REVENUE + "It paid €2.2bn to suppliers and partners — nearly two-thirds of revenue — in the year.", True),
        (_HOMES + "Fibre reached 8.2 million homes, roughly one in six pay-TV homes.", False),
        (_HOMES + "Fibre reached 12.2 million homes, roughly one in six pay-TV homes.", True),
    ],
)
def test_fraction_of_a_whole_named_by_its_noun(knowledge, text, fires):
    assert_checked(knowledge, text, "F503", fires)


@pytest.mark.parametrize(
    "text",
    [
        # no figure before names the whole's noun: by size, the fraction would find any larger figure
        "The group is valued at $9.4bn. Its bond sales were $3.1bn, about a third of the total.",
        # two figures of the key that differ: which is the whole, the key does not tell
        "Pay-TV homes rose to 48.6 million in the city. Pay-TV homes in the suburbs reached 30.2 million. "
        "Fibre reached 8.2 million homes, roughly one in six pay-TV homes.",
    ],
)
def test_fraction_with_no_one_named_whole_is_not_linked(knowledge, text):
    assert_not_checked(knowledge, text, "F503")
