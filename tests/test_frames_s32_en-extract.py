"""A measure joined to its number by a hyphen, as an adjective (thirty-second session, lane `en-extract`).

`a 6.5-hectare orchard`, `the 18-kilometre ride`, `a 12-mile loop`, `a 40-acre farm`: the singular of a unit of
measure right after a number and a hyphen is what the number measures, read as the plural it stands for would be
(`[measures] hyphened` and `[counters] hyphened` in rules/lang/en.toml; checker/extract/quantities.py,
`_read_after`). A price or yield per that unit in the paragraph then divides the total by it.

Must not be read: a hyphened age (`a 40-year-old`), a score (`a 3-2 win`), a period (`a 12-month lease`), a unit
word that goes on with another hyphen (`a 5-hectare-wide strip`). Near misses that must not be linked: a
price per another unit, a total of another pot, another year's figure, unrelated lists.

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

import datetime as dt

import pytest
from test_frames import assert_checked, assert_not_checked

from checker.extract import extract
from checker.models import Document


def _mentions(text: str):
    doc = Document(path="t.txt", text=text, published=dt.date(2026, 5, 4), language="en")
    return {m.text: m.quantity for m in extract(doc).mentions}


@pytest.mark.parametrize(
    "text,written,kind,value",
    [
        ("Volunteers replanted a 6.5-hectare orchard behind the school.", "6.5-hectare", "measure", 6.5),
        ("Riders finished the 18-kilometre ride before noon.", "18-kilometre", "measure", 18),
        ("The council bought a 40-acre farm near the river.", "40-acre", "count", 40),
        ("Walkers will open a new 12-mile loop in June.", "12-mile", "count", 12),
        ("The utility is building a 250-megawatt solar farm inland.", "250-megawatt", "measure", 250),
        ("Crews laid a 300-metre drain along the lane.", "300-metre", "count", 300),
    ],
)
def test_a_hyphened_measure_is_read(text, written, kind, value):
    quantities = _mentions(text)
    assert written in quantities, list(quantities)
    quantity = quantities[written]
    assert quantity.kind == kind
    # (a measure is held in its base unit: the number as written times the unit's factor)
    assert quantity.value / (getattr(quantity, "written_factor", None) or 1.0) == pytest.approx(value)


@pytest.mark.parametrize(
    "text,not_read",
    [
        ("A 40-year-old cyclist won the stage.", "40-year"),
        ("The visitors earned a 3-2 win on Sunday.", "3-2 win"),
        ("The tenant signed a 12-month lease in March.", "12-month"),
        ("The farm left a 5-hectare-wide strip of meadow uncut.", "5-hectare"),
    ],
)
def test_no_measure_where_the_hyphen_makes_another_word(text, not_read):
    for written, quantity in _mentions(text).items():
        assert not (written.startswith(not_read) and quantity.kind == "measure"), (written, quantity)


_ORCHARD = (
    "The 6.5-hectare orchard outside Tarrow cost its trustees $1.3 million, which works out at roughly {} per hectare."
)
_LOOP = "The trail group raised £84,000 for a 12-mile loop over the moor, roughly {} a mile."
_FARM = "A co-op paid $920,000 for a 40-acre farm last spring, or {} an acre."


@pytest.mark.parametrize(
    "text,fires",
    [
        (_ORCHARD.format("$200,000"), False),
        (_ORCHARD.format("$300,000"), True),
        (_LOOP.format("£7,000"), False),
        (_LOOP.format("£9,000"), True),
        (_FARM.format("$23,000"), False),
        (_FARM.format("$31,000"), True),
    ],
)
def test_a_price_per_the_hyphened_unit_divides_the_total(knowledge, text, fires):
    assert_checked(knowledge, text, "F317", fires)


@pytest.mark.parametrize(
    "text",
    [
        # a price per another unit than the hyphened measure's
        "Trustees spent $1.3 million on a 6.5-hectare orchard outside Tarrow, and apples sell at $4 a kilogram.",
        # another pot: a grant for one thing, a price per unit of another
        "The 12-mile loop opened in May. Separately, parking at the visitor centre costs £3 a day.",
        # a list of sizes of different sites, nothing divided
        "The estate has a 40-acre farm, a 6-acre wood and a 2-acre paddock, its agent said.",
        # a figure of another year
        "In 2019 the club leased a 9-hectare ground. This year it will pay $18,000 for its new pavilion.",
        # an age and a score near a measure
        "A 61-year-old runner won the 10-mile race, and the home side took a 2-1 win.",
        # a period near a measure
        "The firm signed a 24-month contract to mow a 30-acre park for $48,000.",
        # a speed limit and a length: not a price
        "Lorries on the 8-mile bypass are held to 40 mph, officials said.",
        # a distance and a count of stops
        "The 14-kilometre tram line will have 19 stops and open in 2028.",
        # hyphened measures of different things in one sentence
        "A 3-hectare car park sits beside the 55-hectare nature reserve.",
        # a headcount and an area
        "About 120 volunteers cleared the 20-acre meadow over two weekends.",
        # a cost and a length of another project
        "The council approved $2.4 million for roads and a 600-metre footpath elsewhere in town.",
        # a rate of growth and an area
        "Visits to the 70-hectare park rose 12% last year, the trust said.",
        # a load limit and a tonnage
        "The 5-mile causeway was closed after a 30-tonne crane crossed it.",
        # a yield per hectare of another farm
        "Neighbours on a 15-hectare plot reported 7 tonnes a hectare, against a regional 9.",
        # a fee per visit and a size
        "Entry to the 25-acre garden costs £12 a visit for adults.",
        # a gigawatt plant and households
        "The 2-gigawatt plant will serve about 900,000 homes, the operator said.",
    ],
)
def test_unrelated_hyphened_measures_are_not_linked(knowledge, text):
    for rule in ("F317", "F503", "F301", "F302", "F305"):
        assert_not_checked(knowledge, text, rule)
