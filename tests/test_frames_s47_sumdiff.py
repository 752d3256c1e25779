"""Sums and differences (forty-seventh session, lane `sumdiff`).

- English: a part whose words name it a part of a whole stated before (`1,900 of them`, `£3.1m of that`, `1,460 of
  the heaters`, `[link.parts_of_a_named_whole]`), then the rest of that whole (`the other 1,220`, `the remaining
  1,800`), in its sentence or the next: the two are parts of the lead's figure (checker/link/gapped_lists.py); such a
  part opening a list that ends in the rest is the list's first part, never its whole (checker/link/totals.py).
- English: a bare number after `a total of` counts what the count before it counts (`[elided_counts] before`), so
  a list closed by it is read (`18 floats and 14 bands, a total of 32`); a verb between a list and `a total of`
  opens a clause of its own, whose total is no sum of the list (`18 floats and 14 bands, watched by a total of 9,000
  people`, `[link.predicates_before_total]`, checker/link/totals.py).

Every sentence is written for this file, with invented places, names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import assert_checked, assert_not_fired

SUM = "F302"
DIFFERENCE = "F305"


# ---------------------------------------------------------------- a part of a whole named by `of them`, and the rest

_PART_OF_THEM_AND_THE_REST = [
    # (text, holding rest, broken rest)
    (
        "Alarms\n\nThe county fitted 3,120 smoke alarms this year, paid for by a $400,000 grant.\n\n"
        "Firefighters fitted 1,900 of them in rented homes; the other {rest} went to owners.",
        "1,220",
        "1,620",
    ),
    (
        "Blankets\n\nA Dorset mill sold 2,400 wool blankets this year.\n\n"
        "Shops in Germany took 1,500 of them and the other {rest} went to Japan.",
        "900",
        "1,300",
    ),
    (
        "Tickets\n\nThe festival sold 6,000 tickets this summer, its organisers said.\n\n"
        "About 4,200 of those were day tickets; the remaining {rest} were weekend passes.",
        "1,800",
        "2,800",
    ),
    (
        "Mill\n\nA Yorkshire mill made £4.2m in sales last year.\n\n"
        "Exports brought in £3.1m of that and the home market the other £{rest}m.",
        "1.1",
        "1.9",
    ),
    (
        "Heaters\n\nThe city handed out 2,080 electric heaters to older residents over the winter.\n\n"
        "Libraries gave out 1,310 of the heaters; the other {rest} were delivered by volunteers.",
        "770",
        "1,170",
    ),
]


@pytest.mark.parametrize("text,holds,broken", _PART_OF_THEM_AND_THE_REST)
def test_a_part_of_them_and_the_rest_make_the_whole(knowledge, text, holds, broken):
    assert_checked(knowledge, text.format(rest=holds), SUM, fires=False)
    assert_checked(knowledge, text.format(rest=broken), SUM, fires=True)


_NO_PART_OF_THEM = [
    # a part of another whole than the lead's (`of the cats`, no figure of cats stated): no rest of the lead's
    "Kennel\n\nThe kennel took in 84 dogs this year.\n\nStaff rehomed 60 of the cats; the other 34 were found as "
    "strays.",
    # no rest after the part: nothing said of the part's siblings
    "Blankets\n\nA Dorset mill sold 2,400 wool blankets this year.\n\nShops in Germany took 1,500 of them in May, and "
    "900 new looms are on order.",
]


@pytest.mark.parametrize("text", _NO_PART_OF_THEM)
def test_no_part_of_them_without_its_whole_or_rest(knowledge, text):
    assert_not_fired(knowledge, text, SUM)


_LIST_OPENED_BY_A_PART_OF_THEM = [
    (
        "Cheese\n\nThe co-op sold 9,600 cheeses last year.\n\n"
        "Shops bought 5,100 of them, restaurants 2,500 and the other {rest} went abroad.",
        "2,000",
        "3,000",
    ),
    (
        "Trees\n\nVolunteers planted 12,000 trees over the winter.\n\n"
        "Schools planted 4,000 of the trees, farmers 5,500 and the remaining {rest} went into parks.",
        "2,500",
        "4,500",
    ),
]


@pytest.mark.parametrize("text,holds,broken", _LIST_OPENED_BY_A_PART_OF_THEM)
def test_a_part_of_them_opens_a_list_ending_in_the_rest(knowledge, text, holds, broken):
    assert_checked(knowledge, text.format(rest=holds), SUM, fires=False)
    assert_checked(knowledge, text.format(rest=broken), SUM, fires=True)


# ---------------------------------------------------------------- a bare total after `a total of`

_A_TOTAL_OF = [
    ("Parade\n\nThe parade had 18 floats and 14 bands, a total of {total}.", "32", "36"),
    ("Parade\n\nOrganisers counted 18 floats, 14 walking groups and nine choirs, a total of {total}.", "41", "51"),
    ("Show\n\nThe show drew 240 cattle, 310 sheep and 95 goats, a total of {total}.", "645", "745"),
    (
        "Boats\n\nThe club bought six dinghies and two keelboats, a total of {total}, with a lottery grant.",
        "eight",
        "nine",
    ),
]


@pytest.mark.parametrize("text,holds,broken", _A_TOTAL_OF)
def test_a_bare_total_after_a_total_of(knowledge, text, holds, broken):
    assert_checked(knowledge, text.format(total=holds), SUM, fires=False)
    assert_checked(knowledge, text.format(total=broken), SUM, fires=True)


_NO_TOTAL_OF = [
    # a total of another thing than the list's, its noun written: no total of the list
    "Parade\n\nThe parade had 18 floats and 14 bands, watched by a total of 9,000 people.",
    # `a total of` of a figure in another unit
    "Show\n\nThe show drew 240 cattle and 310 sheep, and paid out a total of £6,500 in prizes.",
]


@pytest.mark.parametrize("text", _NO_TOTAL_OF)
def test_no_bare_total_of_another_noun(knowledge, text):
    assert_not_fired(knowledge, text, SUM)
