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


# Review fixes. A number before the mark of each of a count is shared over it only when it opens an appendix to the
# sentence, straight after a comma or an opening bracket (past a word of approximation): after any other word it is a
# price, an age, a rank, a label, a capacity, a cap, a change, a part or another period's figure. With two totals of
# the noun before it, which one is shared is not said.
_NOT_SHARED_AFTER_A_WORD = [
    "Camp\n\nThe Selvin camp took 280 children this summer, aged 12 at each of its 20 cabins.",
    "Buns\n\nThe Brannock bakery sold 8,400 buns in May, priced at 1.40 at each of its 6 shops.",
    "Tickets\n\nThe Holmgate museum sold 16,000 tickets last year, at 14 in each of its 4 seasons of opening.",
    "Cafe\n\nThe Marrow cafe sold 7,000 coffees last year, at 3 at each of its 2 counters.",
    "Bread\n\nThe Pellin chain sold 11,000 loaves in March, with sales up 7 at each of its 25 shops.",
    "Rowing\n\nThe Udley crew rowed 1,300 kilometres in training and 110 races, placing 3 in each of its four "
    "regattas.",
    "Schools\n\nThe trust taught 2,200 pupils this year and was rated 2 on each of the 5 measures inspectors used.",
    "Exams\n\nThe Carle school entered 210 pupils for music exams, most at grade 6 at each of its 3 sittings.",
    "Airport\n\nTorden airport handled 8,000 flights last year, most from gate 5 at each of its 2 terminals.",
    "Kit\n\nThe club ordered 540 shirts for the season, number 9 on each of the 3 kits.",
    "Library\n\nThe Fenn library lent 48,000 books last year, open 8 on each of its 6 weekdays.",
    "Cellars\n\nThe Orbe winery bottled 56,000 bottles last year, kept at 11 in each of its 4 cellars.",
    "Flats\n\nThe Marne tower has 84 flats, and ceilings of 3 on each of its 12 floors.",
    "Pickers\n\nPickers at Dellow farm filled 1,100 crates in June, working 7 at each of the 30 rows.",
    "Weed\n\nRangers pulled 2,400 sacks of weed over the year, with 11 at each of the 48 work parties.",
    "Ward\n\nTarnby hospital treated 8,800 patients last year, with beds for 28 in each of its 12 wards.",
    "Hall\n\nThe fair drew 13,000 visitors over three days, with seats for 350 in each of its 5 halls.",
    "Shelters\n\nCouncils housed 1,100 rough sleepers over the winter, with room for 35 at each of the 8 shelters.",
    "Dinner\n\nThe Holbeck gala sold 420 places, with a table for 5 at each of its 60 bays.",
    "Pools\n\nThe Varby pools had 33,000 swims last summer, under a limit of 50 at each of the 3 sessions.",
    "Fish\n\nThe Tarn boats landed 8,000 crates last season, under a quota of 80 at each of the 60 landings.",
    "Seals\n\nWardens counted 1,300 seal pups on the Holm isles, a peak of 90 on each of the 8 islets.",
    "Weed\n\nRangers pulled 2,400 sacks of weed over the year, as many as 85 on each of the 48 outings.",
    "Weed\n\nRangers pulled 2,400 sacks of weed over the year, 35 to 65 at each of the 48 work parties.",
    "Polls\n\nThe Marby poll drew 11,000 voters, with a turnout of 62 at each of the 20 wards.",
    "Polls\n\nThe Marby poll drew 11,000 voters, with queues of 35 at each of the 20 stations at opening.",
    "Survey\n\nPollsters asked 1,800 voters in March, weighting them by 9 in each of the 12 regions.",
    "Ferry\n\nThe Orla ferry carried 1,320 riders in the spring, then 35 on each of its 60 crossings in summer.",
    "Ferry\n\nThe Orla ferry carried 1,320 riders in the spring, while 35 on each of its 60 crossings were cyclists.",
    "Ferry\n\nThe Orla ferry carried 1,320 riders in the spring, but only 5 on each of its 60 night crossings.",
]


@pytest.mark.parametrize("text", _NOT_SHARED_AFTER_A_WORD)
def test_no_number_shared_over_each_after_a_word(knowledge, text):
    assert_not_fired(knowledge, text, PER_UNIT)


@pytest.mark.parametrize(
    "text",
    [
        "Galleries\n\nThe Holmgate museum sold 22,000 tickets in 2026 after 16,000 in 2025, when it sold 4,000 at each "
        "of its 4 galleries.",
        "Galleries\n\nThe Holmgate museum sold 16,000 tickets in 2025 and 22,000 in 2026, about 5,500 at each of its 4 "
        "galleries.",
    ],
)
def test_no_share_of_two_totals_of_one_noun(knowledge, text):
    assert_not_fired(knowledge, text, PER_UNIT)


def test_a_shared_figure_alone_in_its_sentence_is_no_whole_and_none_before_is(knowledge):
    # (this winter's whole, 250 × 12 = 3,000, is unwritten: last winter's 1,600 is no figure the comparison restates)
    text = (
        "Meals\n\nVolunteers served 1,600 meals last winter. This winter they served 250 meals at each of the 12 "
        "shelters.\n\nThat was up by a fifth on the 2,500 meals served two winters ago."
    )
    assert_not_fired(knowledge, text, GROWTH)


# The two crew shapes are read only when what the pace comes to is the whole order's: not a part of it (`half the
# order`, `the first half`, `the rest`, `the remaining 800`, `the first 400`), another noun (`300 cushions`), another
# firm's or a past order.
@pytest.mark.parametrize(
    "pace",
    [
        "Its five cutters each finish 10 rugs a day, 50 between them, so half the order will take 15 working days.",
        "Its four cutters finish 60 rugs a day between them, 15 apiece, so the first half will take 12 working days.",
        "It has made 500 already. Its five cutters each finish 10 rugs a day, 50 between them, so the rest will take "
        "20 working days.",
        "Its four cutters finish 60 rugs a day between them, 15 apiece, so the remaining 900 will take 15 working "
        "days.",
        "Its five cutters each finish 10 rugs a day, 50 between them, so the first 500 will take 10 working days.",
        "Its five cutters each finish 10 rugs a day, 50 between them, so they will also make 300 cushions in 12 "
        "working days.",
        "Its four cutters finish 60 rugs a day between them, 15 apiece, so the 300 cushions will take 5 working days.",
        "Its rival in Bergen has six cutters who each finish 10 rugs a day, 60 between them, so its own order took 20 "
        "working days.",
        "Last year its five cutters each finished 8 rugs a day, 40 between them, so a smaller order took 30 working "
        "days.",
    ],
)
def test_no_crew_pace_over_a_part_or_another_order(knowledge, pace):
    assert_not_fired(knowledge, _RUGS.format(pace=pace), PACE)


def test_no_crew_pace_together_the_crew_times_one_does_not_make(knowledge):
    # (five cutters at 10 rugs a day make 50, not the 40 after the comma: whose pace the 40 is, not said)
    pace = "Its five cutters each finish 10 rugs a day, 40 between them, so the order will take 30 working days."
    assert_not_fired(knowledge, _RUGS.format(pace=pace), PACE)
