"""Prices per a unit of measure named in two words (fifty-second session, the lead's).

- A price's per-unit mark may name a unit of measure of two words (`at £85 a cubic metre`, `£40 per square metre`:
  `[measures] words` with a space): the mark's noun is the whole unit, and the price is the measure's total over the
  measure (checker/link/restated_per_unit.py), as `£85 a tonne` already was.
- A part of the measure stated between it and the price is what the price is of: a bare number right before the price,
  one short word between (`cut 1,480 tonnes … and sold 500 at £85 a tonne`, `all but 500 at …`; not a year, nor the
  number of a date or a name: `by June 30 at`, `on Field 3 at`), or a share (`sold half of it at …`); neither the
  price's reading nor the per-unit fallback then divides the total by the whole measure
  (checker/link/per_unit_fallback.py).

Every sentence is written for this file, with invented places, names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import assert_checked, assert_not_fired

PER_UNIT = "F317"

_PRICE_PER_TWO_WORD_UNIT = [
    # (text, holding total, broken total)
    (
        "Logs\n\nA co-op near Ludford sold 1,480 cubic metres of logs this year at £85 a cubic metre, £{total} in all.",
        "125,800",
        "155,800",
    ),
    (
        "Logs\n\nA co-op near Ludford sold 1,480 cubic metres of logs this year, up 25 per cent on last year's 1,184, "
        "at £85 a cubic metre, £{total} in all.",
        "125,800",
        "105,800",
    ),
    (
        "Turf\n\nThe Brayford nursery laid 2,300 square metres of turf at £12 per square metre, £{total} in all.",
        "27,600",
        "21,600",
    ),
    # (a rate per a period between the measure and the price is no part of the measure)
    (
        "Garlic\n\nPickers gathered 3.6 tonnes of leaves over six weeks, 600kg a week, from woods whose owners receive "
        "10p for every kilogram picked, £{total} in all.",
        "360",
        "480",
    ),
    # (the singular of a unit whose plural the measures list: `a megawatt hour`, `per square kilometre`; review)
    (
        "Power\n\nThe Carrow wind farm sold 12,400 megawatt hours this winter at £70 a megawatt hour, £{total} in all.",
        "868,000",
        "968,000",
    ),
    (
        "Moor\n\nThe trust bought 12 square kilometres of moorland at £250,000 per square kilometre, £{total} in all.",
        "3m",
        "4m",
    ),
    # (a year's or a date's number, a name's number before the price: no units of it; review)
    (
        "Logs\n\nThe yard cut 1,480 tonnes and sold them all by June 30 at £85 a tonne, £{total} in all.",
        "125,800",
        "155,800",
    ),
    (
        "Logs\n\nThe yard cut 1,480 cubic metres of logs in 2025 at £85 a cubic metre, £{total} in all.",
        "125,800",
        "155,800",
    ),
    (
        "Wheat\n\nThe farm harvested 900 tonnes of wheat on Field 3 at £190 a tonne, £{total} in all.",
        "171,000",
        "191,000",
    ),
]


@pytest.mark.parametrize("template,holding,broken", _PRICE_PER_TWO_WORD_UNIT)
def test_a_price_per_a_unit_of_two_words_is_the_total_over_the_measure(knowledge, template, holding, broken):
    assert_checked(knowledge, template.format(total=holding), PER_UNIT, fires=False)
    assert_checked(knowledge, template.format(total=broken), PER_UNIT, fires=True)


_A_PART_SOLD = [
    "Logs\n\nThe yard cut 1,480 cubic metres of logs this year and sold 500 at £85 a cubic metre, £42,500 in all.",
    "Logs\n\nThe yard cut 1,480 tonnes of logs this year and sold 500 at £85 a tonne, £42,500 in all.",
    "Logs\n\nThe yard cut 1,480 tonnes and sold all but 500 at £85 a tonne, £83,300 in all.",
    "Timber\n\nThe Brenna yard felled 3,000 cubic metres of spruce and sold half of it at £60 a cubic metre, "
    "£90,000 in all.",
    "Bills\n\nThe Eastwick school used 40,000 kilowatt hours last winter, 30,000 of them at night at 20p a kilowatt "
    "hour, £6,000.",
    # (a price per another unit than the measure's: no total over it)
    "Logs\n\nThe yard cut 1,480 cubic metres of logs this year and sold them at £85 a load, £42,500 in all.",
]


@pytest.mark.parametrize("text", _A_PART_SOLD)
def test_a_price_of_a_part_is_not_divided_over_the_whole_measure(knowledge, text):
    assert_not_fired(knowledge, text, PER_UNIT)
