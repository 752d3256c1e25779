"""English ratios (fifty-third session, lane `ratio_en`).

- A total, then a number shared over each of a count right after it, in one sentence (`Rangers pulled 2,600 sacks of
  weed over the year, about 50 at each of the 52 work parties`, `…, some six at each of the 90 stretches`, `…, or 21.5
  on each of its 60 crossings`): the number, written with no noun, counts the one noun its sentence counted before it,
  however far back in it (`[elided_counts] shared_after`, checker/extract/quantities.py), and is the total shared out
  over the count (checker/link/per_one_products.py). Two nouns counted before it (`2,600 sacks and 40 skips`) say
  neither; an amount of money before it is no count it takes its noun from. A figure so shared over each of a count is
  no whole a later comparison restates (`The total was up by a third on …`: checker/link/en_comparisons_apart.py).
- A crew's pace over the working days an order takes (checker/link/paces.py), two shapes more:
  the crew's pace together, then what one of them keeps up, appended before what the pace comes to (`Its three cutters
  finish 75 rugs a day between them, 25 apiece, so the order will take 20 working days`:
  `[link.pace_each_share_after]`); and the pace of one of the crew, then, past a comma, the crew's pace together
  closed by a mark of all of them (`Its six cutters each finish 5 rugs a day, 30 between them, so the order will take
  50 working days`): the crew's pace together is the story's pace. Not when no consequence follows, when the figure
  after the comma is a part of the span (`, 15 on Sundays`), or when no mark of all of them closes it.

The readings span sentences (the story's total), so a mismatch is a warning.

Every sentence is written for this file, with invented places, names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import assert_checked, assert_not_fired, assert_not_linked

PER_UNIT = "F317"
PACE = "F312"
GROWTH = "F301"


_SHARED_OVER_EACH = [
    # (text with {n}, holding share, broken share)
    (
        "Weed\n\nRangers on the Orm estuary pulled 2,600 sacks of weed over the year, about {n} at each of the 52 "
        "work parties they ran.",
        "50",
        "70",
    ),
    (
        "Nests\n\nSurveyors on the Tarrow cliffs logged 540 nests along the ledges, some {n} at each of the 90 "
        "stretches they walked.",
        "six",
        "nine",
    ),
    (
        "Ferry\n\nThe Velby ferry carried 1,290 riders in the spring, or {n} on each of its 60 crossings.",
        "21.5",
        "30",
    ),
    (
        "Kettles\n\nOrvik's kettle line turned out 84,000 kettles over the winter, close to {n} on each of its 120 "
        "shifts.",
        "700",
        "900",
    ),
]


@pytest.mark.parametrize(("text", "holds", "broken"), _SHARED_OVER_EACH)
def test_a_number_shared_over_each_of_a_count(knowledge, text, holds, broken):
    assert_checked(knowledge, text.format(n=holds), PER_UNIT, fires=False)
    assert_checked(knowledge, text.format(n=broken), PER_UNIT, fires=True)


_NOT_SHARED_OVER_EACH = [
    # two nouns counted before the number: which one it counts, not said
    "Weed\n\nRangers pulled 2,600 sacks and 40 skips over the year, 70 at each of their 52 outings.",
    # an amount of money before the number: no count it takes its noun from
    "Weed\n\nRangers pulled 2,600 sacks for £9,000 over the year, 70 at each of their 52 outings.",
    # the mark of each of a count, but no count after it: nothing to share over
    "Weed\n\nRangers pulled 2,600 sacks of weed over the year, 70 at each of their outings.",
    # a number with a noun of its own: no noun carried to it
    "Weed\n\nRangers pulled 2,600 sacks of weed over the year, and 70 volunteers at each of their 52 outings.",
]


@pytest.mark.parametrize("text", _NOT_SHARED_OVER_EACH)
def test_no_number_shared_over_each_of_a_count(knowledge, text):
    assert_not_fired(knowledge, text, PER_UNIT)


def test_a_number_shared_over_each_is_no_whole_a_later_comparison_restates(knowledge):
    # (the total of the lead stays the one the later sentence compares: 2,600 is up by a third on 1,950)
    text = (
        "Weed\n\nRangers on the Orm estuary pulled 2,600 sacks of weed over the year, about 50 at each of the 52 "
        "work parties they ran.\n\nThe total was up by {share} on the 1,950 sacks pulled a year earlier."
    )
    assert_checked(knowledge, text.format(share="a third"), GROWTH, fires=False)
    assert_checked(knowledge, text.format(share="a half"), GROWTH, fires=True)


_RUGS = (
    "Rugs for Oslo\n\nA Tarvik weaver has won an order for 1,500 rugs from a furniture shop in Oslo, worth £90,000, "
    "its owner said on Monday.\n\n{pace}"
)


@pytest.mark.parametrize(
    ("pace", "holds", "broken"),
    [
        (
            "Its three cutters finish 75 rugs a day between them, 25 apiece, so the order will take {n} working days.",
            "20",
            "30",
        ),
        (
            "The five cutters finish 50 rugs a day, about 10 rugs each, so the order will take {n} working days.",
            "30",
            "40",
        ),
        (
            "Its six cutters each finish 5 rugs a day, 30 between them, so the order will take {n} working days.",
            "50",
            "60",
        ),
        (
            "The three cutters each finish 10 rugs a day, 30 rugs among them, which means {n} working days of work.",
            "50",
            "60",
        ),
    ],
)
def test_a_crew_pace_told_with_what_one_of_them_keeps_up(knowledge, pace, holds, broken):
    assert_checked(knowledge, _RUGS.format(pace=pace.format(n=holds)), PACE, fires=False)
    assert_checked(knowledge, _RUGS.format(pace=pace.format(n=broken)), PACE, fires=True)


@pytest.mark.parametrize(
    "pace",
    [
        # a figure of a part of the span after the comma, no share of one of the crew
        "Its four cutters finish 60 rugs a day, 15 on Sundays, so the order will take 35 working days.",
        # no consequence told after the crew's pace together
        "Its five cutters each finish 10 rugs a day, 50 between them, and the order will take 40 working days.",
        # no mark of all of them: the figure after the comma is another's
        "Its five cutters each finish 10 rugs a day, 50 for the shop in Oslo, so the order will take 40 working days.",
        # one of the crew's pace alone
        "Each of its five cutters finishes 10 rugs a day, so the order will take 40 working days.",
    ],
)
def test_no_crew_pace_read_from_one_of_them(knowledge, pace):
    assert_not_linked(knowledge, _RUGS.format(pace=pace), PACE)


def test_a_crew_pace_together_takes_no_figure_per_a_unit_as_its_total(knowledge):
    # (the lead's `120 metres a farm` is per a farm, no whole the crew's pace comes to over the working days)
    text = (
        "Hedges\n\nHedge-laying grants from a Wenmoor trust covered 3.6km on 30 farms this year, some 120 metres a "
        "farm.\n\nTwelve hedgers each laid about 5 metres a day, 60 metres between them, so the season's laying ran "
        "to 40 working days."
    )
    assert_not_fired(knowledge, text, PACE)
