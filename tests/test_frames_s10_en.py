"""English constructions read for the held-out sets' leftovers (session 10).

Every sentence is written for this test: invented places, companies, players and figures.
"""

from __future__ import annotations

from helpers import claims
from test_frames import assert_checked

# --- a measure's unit written once: `to 401.5 million barrels from 404.7 million` --------------------------------

_STOCKS = "Crude inventories fell by {change} million barrels last week to 401.5 million barrels from 404.7 million."
_HARVEST = "Barley output fell {rate} this season, to 3.0 million tonnes from 4.0 million, after a dry spring."


def test_a_scaled_number_after_a_measure_takes_its_unit(knowledge):
    found = {c.text: c for c in claims(_STOCKS.format(change="3.2"), knowledge).claims}
    assert found["404.7 million"].kind == "measure"
    assert found["404.7 million"].unit == found["401.5 million barrels"].unit
    assert found["404.7 million"].value == found["401.5 million barrels"].value / 401.5 * 404.7


def test_a_measure_written_once_is_checked_as_a_difference(knowledge):
    assert_checked(knowledge, _STOCKS.format(change="3.2"), "F305", fires=False)
    assert_checked(knowledge, _STOCKS.format(change="5.2"), "F305", fires=True)


def test_a_measure_written_once_in_a_scaled_unit_is_checked_as_a_growth(knowledge):
    # (tonnes are read in kilograms: the elided figure is scaled as its measure was)
    assert_checked(knowledge, _HARVEST.format(rate="25%"), "F301", fires=False)
    assert_checked(knowledge, _HARVEST.format(rate="35%"), "F301", fires=True)


def test_a_scaled_number_after_a_measure_across_no_comparison_is_left_alone(knowledge):
    text = "The field yields 2.1 million barrels a day; 3.4 million people live nearby."
    found = {c.text.strip(): c for c in claims(text, knowledge).claims}
    assert all(c.kind != "measure" for t, c in found.items() if t.startswith("3.4"))
