"""A measure that sizes each item counted (`2.4 million 15kg cartons`, `2,400 40ft containers`) is no figure of its
own (fourteenth session). Sentences written for this file, with invented names and numbers."""

from __future__ import annotations

import pytest
from helpers import claims
from test_frames import assert_checked


@pytest.mark.parametrize(
    "text,fires",
    [
        ("Dunmore Farms shipped 12.4 million 15kg cartons of apples this season, up 8.4% from 11.44 million.", False),
        ("Dunmore Farms shipped 12.4 million 15kg cartons of apples this season, up 18.4% from 11.44 million.", True),
    ],
)
def test_a_count_of_sized_items_is_the_level_its_change_is_of(knowledge, text, fires):
    assert_checked(knowledge, text, "F301", fires)


def test_the_size_of_each_item_is_no_claim_and_lends_no_unit(knowledge):
    text = "The port handled 2,400 40ft containers, up from 2,100."
    found = {c.text.strip(): c for c in claims(text, knowledge).claims}
    assert "40ft" not in found
    assert found["2,100"].unit == "count"


@pytest.mark.parametrize(
    "text,measure",
    [
        ("It sold 2,400 boxes, 15kg each.", "15kg"),  # after a comma: a figure of its own
        ("The catch rose to 1,200 tonnes in May and 15kg a boat in June.", "15kg"),  # not right after a count
        ("Of the 40 samples 15kg Arbroath smokies were best.", "15kg"),  # before a name
    ],
)
def test_a_measure_not_sizing_a_counted_noun_is_kept(knowledge, text, measure):
    assert measure in [c.text.strip() for c in claims(text, knowledge).claims]
