"""Figures per unit and margins (nineteenth session, second round), each a rule for a construction:
- a count stated as the size of a rise (`an extra 25,000 head`, `an additional 300 stores`, `300 more stores`) is no
  count of the units a figure per unit divides by; the level beside it is (checker/link/per_unit_apart.py, F317);
- an amount its own clause states per unit or per period (`about $9,000 of revenue each per week`) is itself an
  average, never the total a later figure per unit divides (checker/link/per_unit_apart.py, F317);
- a cost per unit (`Rent per store averaged £70,000`) is not of the one amount stated with the count when that
  amount's clause names no cost (a revenue): `[link.cost_nouns]` (checker/link/per_unit_apart.py, F317);
- the figures of the metric a margin's paragraph states after it, each named by a segment (`Export sales`,
  `home sales`), are parts of the whole stated before: the unscoped profit's margin is of that whole
  (checker/link/margin_bases.py, F318).

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

import pytest
from test_frames import assert_checked, assert_not_checked

# ---------------------------------------------------------------- a rise's size is no count of the units

_EXTRA = (
    "Carrow Foods, a pork processor, lifted revenue 9% to $450.0 million in the half.\n\n"
    "It processed 1.50 million pigs, up from 1.40 million, {extra}. Revenue per head came to about {each}."
)


@pytest.mark.parametrize(
    "extra", ["an extra 100,000 head", "an additional 100,000 head", "another 100,000 head", "or 100,000 more head"]
)
@pytest.mark.parametrize("each,fires", [("$300", False), ("$340", True)])
def test_a_rise_in_head_is_not_the_count_per_head(knowledge, extra, each, fires):
    assert_checked(knowledge, _EXTRA.format(extra=extra, each=each), "F317", fires)


# (the level named by the mark's noun itself stays the count)
@pytest.mark.parametrize("each,fires", [("$300", False), ("$4,500", True)])
def test_a_count_of_head_named_so_stays_the_count(knowledge, each, fires):
    text = (
        "Carrow Foods, a pork processor, lifted revenue 9% to $450.0 million in the half.\n\n"
        f"It processed 1.50 million head. Revenue per head came to about {each}."
    )
    assert_checked(knowledge, text, "F317", fires)


# ---------------------------------------------------------------- an average is no total

_WEEKLY = (
    "Redmesa Haulage said quarterly revenue rose 2% to $600 million.\n\n"
    "Its 5,000 trucks each earned about {weekly} of revenue {mark} over the quarter. The trucks covered 150 million "
    "miles, or {each} of revenue per mile."
)


@pytest.mark.parametrize("weekly,mark", [("$9,200", "per week"), ("$9,200", "a week"), ("$120,000", "each")])
@pytest.mark.parametrize("each,fires", [("$4.00", False), ("$6.50", True)])
def test_an_amount_stated_per_week_is_not_the_total_per_mile(knowledge, weekly, mark, each, fires):
    assert_checked(knowledge, _WEEKLY.format(weekly=weekly, mark=mark, each=each), "F317", fires)


# ---------------------------------------------------------------- a cost per unit is not of the revenue

_RENT = (
    "Fenwick Stationers, which runs 150 shops, said {what} rose 3% to £{total}m in the year to March.\n\n"
    "Online orders grew 12%.\n\n"
    "{cost} per shop averaged £{each}, the company said."
)


@pytest.mark.parametrize(
    "cost,each", [("Rent", "70,000"), ("Wages", "300,000"), ("Running costs", "95,000"), ("Rent", "80,000")]
)
def test_a_cost_per_unit_is_not_of_the_revenue_stated_with_the_count(knowledge, cost, each):
    assert_not_checked(knowledge, _RENT.format(what="revenue", total="90", cost=cost, each=each), "F317")


# (a cost stated with the count is the total of the same cost per unit)
@pytest.mark.parametrize("each,fires", [("70,000", False), ("90,000", True)])
def test_a_cost_per_unit_of_the_cost_stated_with_the_count(knowledge, each, fires):
    text = _RENT.format(what="rent costs", total="10.5", cost="Rent", each=each)
    assert_checked(knowledge, text, "F317", fires)


# ---------------------------------------------------------------- a margin is of the whole, not a segment after it

_SEGMENTS = (
    "Tolland Dairy lifted revenue 8% to $800.0 million in the year to June.\n\n"
    "Earnings before interest, tax, depreciation and amortisation were $80.0 million, a margin of {margin}. "
    "Export sales were $500.0 million, or 62.5% of revenue, while {home} brought in $300.0 million."
)


@pytest.mark.parametrize("home", ["domestic sales", "home-market sales"])
@pytest.mark.parametrize("margin,fires", [("10%", False), ("26.7%", True)])
def test_a_margin_is_not_over_a_segment_named_after_it(knowledge, home, margin, fires):
    assert_checked(knowledge, _SEGMENTS.format(home=home, margin=margin), "F318", fires)
