"""English ratios: an average appended to a clause that states a total and the units it is spread over (fifty-seventh
session, lane `ratio_en`).

A bare count restating its clause per one unit (checker/link/restated_per_unit.py, the per-unit check F317):

- after a comma alone, a hedge or an average's words (`, an average of 600 a recital`, `, about 75 at each`), a bare
  number marked per one of a noun or at each (`[link.each_place_after]`) is a count (checker/extract/quantities.py),
  also when a figure stands between the clause's counts (`during its 19th year`); a mark of a period (`, 18 a
  month`) is still read only after an `or`;
- of the clause's two counts, the units are the one the mark's noun names; a noun naming neither, or `at each`, takes
  the one a word spreading the total stands before (`over 40 nights`, `at 12 schools`:
  `[link.spread_over_units_before]`), else the first when it opens the sentence as its subject (`Nine choirs drew
  2,700 people, about 300 a choir` is named; `Five bands drew …, about 300 at each` opens on the units); two such
  counts, or none, leave which unsaid;
- a bare count per a unit of measure (`, or 2,000 a hectare`) is the one count over the one measure of that unit;
- a count whose noun is carried from the count before it, not written (`, about 75 each`), that no reading of that
  noun linked, is read as a bare count, its units only where a word spreads the total over them (`at 30 schools`);
  a noun carried from recipients (`to 320 homes, or 15 each`) is left to the carrying reading (no link), and an
  `each` or `apiece` never takes the sentence's subject as its units (`The 80 stalls were run by 40 families, two
  apiece`); a maximum (`, as much as 80 a county`) is no average.

A count per one unit naming its own noun (`about 6 shows per hall`) restates a total of that noun's kin when its
clause states none of its own (`270 performances`: `[link.show_nouns]`, `[link.livestock_nouns]`, …); a workforce
named with `of` (`a workforce of 48`) counts workers (`[link.workforce_nouns]`).

A figure `from each` of a noun (`, 24 from each school`) is per one of it, as `for each` is (`[link.unit_price_after]`).

A count of a noun of its own after `from`, the figure before it a measure or money (`came to 96 tonnes from 12,000
animals`), is what the level is drawn from, no level it moved from (checker/link/roles.py): the average after it
divides the one by the other; a count after a rate (`up by a third from 120`) or of the level's own unit stays a
baseline.

A pace whose sentence states a bare count (`900 loaves a week, or 46,800 over the 52 weeks`) has its total there, no
story's total (checker/link/paces.py, the per-period check F312).

A measure or count per a period may name the stuff it is of before the period's mark (`120 litres of gel a month,
1,440 litres a year`: `[link.measure_stuff_after]`), restated per year (checker/link/per_unit.py, F317).

Lots (checker/link/lots.py, F317):

- a count of groups and `of` with no word putting goods into them, then the size of each and a total marked as one
  right after it (`will bring 84 teams of four, 336 runners in all`: `[link.lot_groups_before]`,
  `[link.lot_groups_total_after]`), is a lot: the size is a count (a number word too) of what the total counts, or a
  measure (`12,000 jars of 250g, 3 tonnes in all`); with no total so marked, no lot is read;
- a number word after `of` closing its sentence (`in 12 teams of three.`) is read as a lot's size.

Every sentence is written for this file, with invented places, names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import assert_checked, assert_not_linked, claims

PER_UNIT = "F317"

_HEAD = "Tarnwick\n\nThe district council in Tarnwick published its yearly figures on Tuesday.\n\n"

_SPREAD_OVER = [
    # (sentence, holding figure, broken figure)
    ("The choir sold 7,200 tickets across 40 concerts during its 19th year, an average of {f} a show.", "180", "260"),
    ("The scheme reached 3,900 pupils at 30 schools, about {f} at each.", "130", "190"),
    ("The trust planted 8,400 saplings across 24 parishes, about {f} a parish.", "350", "550"),
    ("The market drew 96,000 shoppers to 32 fairs, an average of {f} an event.", "3,000", "5,000"),
]


@pytest.mark.parametrize(("sentence", "holds", "broken"), _SPREAD_OVER)
def test_an_average_over_the_units_a_total_is_spread_over(knowledge, sentence, holds, broken):
    assert_checked(knowledge, _HEAD + sentence.format(f=holds), PER_UNIT, fires=False)
    assert_checked(knowledge, _HEAD + sentence.format(f=broken), PER_UNIT, fires=True)


_SUBJECT_UNITS = [
    ("Nine choirs drew 2,700 people, about {f} a concert.", "300", "500"),
    ("The valley's 14 orchards gave 4,200 crates, an average of {f} a harvest.", "300", "700"),
]


@pytest.mark.parametrize(("sentence", "holds", "broken"), _SUBJECT_UNITS)
def test_an_average_over_the_units_opening_the_sentence(knowledge, sentence, holds, broken):
    assert_checked(knowledge, _HEAD + sentence.format(f=holds), PER_UNIT, fires=False)
    assert_checked(knowledge, _HEAD + sentence.format(f=broken), PER_UNIT, fires=True)


_PER_MEASURE = [
    ("The estate now has 52,000 vines on 26 hectares, or {f} a hectare.", "2,000", "3,000"),
    ("Growers keep 9,600 hives on 320 acres, or {f} an acre.", "30", "70"),
]


@pytest.mark.parametrize(("sentence", "holds", "broken"), _PER_MEASURE)
def test_a_bare_count_per_a_unit_of_measure(knowledge, sentence, holds, broken):
    assert_checked(knowledge, _HEAD + sentence.format(f=holds), PER_UNIT, fires=False)
    assert_checked(knowledge, _HEAD + sentence.format(f=broken), PER_UNIT, fires=True)


_CARRIED = [
    ("The scheme reached 3,900 pupils at 30 schools, about {f} each.", "130", "190"),
    ("The trust planted 8,400 saplings across 24 parishes, some {f} each, before the frost.", "350", "550"),
]


@pytest.mark.parametrize(("sentence", "holds", "broken"), _CARRIED)
def test_a_count_whose_noun_is_carried_read_bare(knowledge, sentence, holds, broken):
    assert_checked(knowledge, _HEAD + sentence.format(f=holds), PER_UNIT, fires=False)
    assert_checked(knowledge, _HEAD + sentence.format(f=broken), PER_UNIT, fires=True)


_NOT_LINKED = [
    # two counts after a word spreading a total: which are the units, not said
    "The choir sold 7,200 tickets across 40 concerts at 12 halls, an average of 180 a show.",
    # neither count after a spreading word, and the first is the object (`The band drew`): which, not said
    "The band drew 2,700 people to nine concerts by the quay, about 300 a night.",
    # a mark of a period after a comma alone: no bare count read
    "The rescue rehomed 312 dogs in the year to May, 26 a month, up from 240 the year before.",
    # a count per a unit of measure with two counts: which total, not said
    "The estate now has 52,000 vines and 900 olive trees on 26 hectares, or 2,000 a hectare.",
    # `at each` with a noun after it is the mark's own noun: no bare count of the clause
    "The scheme reached 3,900 pupils at 30 schools, about 130 at each gate.",
]


@pytest.mark.parametrize("text", _NOT_LINKED)
def test_near_misses_are_not_linked(knowledge, text):
    assert_not_linked(knowledge, _HEAD + text, PER_UNIT)


_GROUPS_THEN_TOTAL = [
    ("The relay will bring 72 teams of five, {f} runners in all, to the common on Sunday.", "360", "560"),
    ("The regatta expects 38 crews of four, {f} rowers in total.", "152", "252"),
    ("The dairy will ship 16,000 tubs of 500g, {f} tonnes in all.", "8", "12"),
]


@pytest.mark.parametrize(("sentence", "holds", "broken"), _GROUPS_THEN_TOTAL)
def test_groups_of_a_size_and_the_total_marked_after(knowledge, sentence, holds, broken):
    assert_checked(knowledge, _HEAD + sentence.format(f=holds), PER_UNIT, fires=False)
    assert_checked(knowledge, _HEAD + sentence.format(f=broken), PER_UNIT, fires=True)


_LOT_WORD_CLOSING = [
    ("The survey used {f} volunteers working in 14 teams of three.", "42", "62"),
    ("A record {f} hounds were entered. They ran in 11 heats of six.", "66", "96"),
]


@pytest.mark.parametrize(("sentence", "holds", "broken"), _LOT_WORD_CLOSING)
def test_a_number_word_closing_a_lot(knowledge, sentence, holds, broken):
    assert_checked(knowledge, _HEAD + sentence.format(f=holds), PER_UNIT, fires=False)
    assert_checked(knowledge, _HEAD + sentence.format(f=broken), PER_UNIT, fires=True)


_NO_LOT = [
    # no total marked after the size: no lot of groups named without `in`
    "The relay will bring 72 teams of five, and 360 runners are expected.",
    # a span of time after `of` is no group
    "The club has 45 members of three years' standing, 135 votes in all.",
    # `one of three` closing a sentence: no count of groups before it
    "Two of the wardens walked out on Monday, one of three.",
]


@pytest.mark.parametrize("text", _NO_LOT)
def test_no_lot_read(knowledge, text):
    assert_not_linked(knowledge, _HEAD + text, PER_UNIT)


_KIN_TOTALS = [
    ("The festival staged 350 performances across 50 venues, about {f} shows per venue.", "7", "11"),
    ("The valley's 38 crofts kept 5,700 sheep at the spring count, about {f} animals each.", "150", "250"),
    ("The works built 4,400 boilers last year with a workforce of 55, about {f} boilers per worker.", "80", "130"),
]


@pytest.mark.parametrize(("sentence", "holds", "broken"), _KIN_TOTALS)
def test_a_count_per_unit_of_a_noun_of_the_totals_kin(knowledge, sentence, holds, broken):
    assert_checked(knowledge, _HEAD + sentence.format(f=holds), PER_UNIT, fires=False)
    assert_checked(knowledge, _HEAD + sentence.format(f=broken), PER_UNIT, fires=True)


def test_a_count_of_no_kin_of_the_total_is_not_linked(knowledge):
    # (`visitors` are no kin of `performances`: what the 40 a venue count, not the total's)
    text = _HEAD + "The festival staged 350 performances across 50 venues, about 40 visitors per venue."
    assert_not_linked(knowledge, text, PER_UNIT)


_DRAWN_FROM = [
    ("This year's clip came to 84 tonnes from 14,000 animals, or about {f} kilograms an animal.", "6", "9"),
    ("The harvest came to 52 tonnes from 6,500 trees, or about {f} kilograms a tree.", "8", "12"),
]


@pytest.mark.parametrize(("sentence", "holds", "broken"), _DRAWN_FROM)
def test_a_level_drawn_from_a_count_of_units(knowledge, sentence, holds, broken):
    assert_checked(knowledge, _HEAD + sentence.format(f=holds), PER_UNIT, fires=False)
    assert_checked(knowledge, _HEAD + sentence.format(f=broken), PER_UNIT, fires=True)


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("Crate sales rose to 5,600 crates from 4,900 crates.", "4,900 crates"),
        ("Entries rose to 150 boats this year, up by a third from 112.", "112"),
    ],
)
def test_a_level_moved_from_stays_a_baseline(knowledge, text, written):
    found = claims(_HEAD + text, knowledge).claims
    assert next(c for c in found if c.text == written).role == "baseline"


_FROM_EACH = [
    ("The band played with 126 pupils from seven schools, {f} from each school.", "18", "28"),
    ("The museum borrowed 90 paintings from six galleries, {f} from each gallery.", "15", "25"),
]


@pytest.mark.parametrize(("sentence", "holds", "broken"), _FROM_EACH)
def test_a_count_from_each_of_the_units(knowledge, sentence, holds, broken):
    assert_checked(knowledge, _HEAD + sentence.format(f=holds), PER_UNIT, fires=False)
    assert_checked(knowledge, _HEAD + sentence.format(f=broken), PER_UNIT, fires=True)


def test_from_each_with_two_counts_of_units_is_not_linked(knowledge):
    text = _HEAD + "The band played with 126 pupils from seven schools and 40 teachers, 18 from each school."
    assert_not_linked(knowledge, text, PER_UNIT)


PER_PERIOD = "F312"


@pytest.mark.parametrize(
    ("sentence", "holds", "broken"),
    [
        ("The bakery baked about 700 loaves a week, or {f} over the 48 weeks.", "33,600", "53,600"),
        ("The yard turned out 120 benches a month, or {f} over the 11 months.", "1,320", "1,720"),
    ],
)
def test_a_pace_and_a_bare_total_over_its_span(knowledge, sentence, holds, broken):
    assert_checked(knowledge, _HEAD + sentence.format(f=holds), PER_PERIOD, fires=False)
    assert_checked(knowledge, _HEAD + sentence.format(f=broken), PER_PERIOD, fires=True)


def test_a_pace_beside_two_other_counts_is_not_linked(knowledge):
    text = _HEAD + "The 40 members baked about 700 loaves a week, or 33,600 over the 48 weeks."
    assert_not_linked(knowledge, text, PER_PERIOD)


@pytest.mark.parametrize(
    ("sentence", "holds", "broken"),
    [
        ("The depot uses 90 litres of de-icer a month, {f} litres a year.", "1,080", "1,480"),
        ("The mill grinds 35 tonnes of rye flour a week, or {f} tonnes a year.", "1,820", "2,820"),
    ],
)
def test_a_pace_naming_its_stuff_restated_per_year(knowledge, sentence, holds, broken):
    assert_checked(knowledge, _HEAD + sentence.format(f=holds), PER_UNIT, fires=False)
    assert_checked(knowledge, _HEAD + sentence.format(f=broken), PER_UNIT, fires=True)


def test_stuff_with_no_period_after_is_no_pace(knowledge):
    text = _HEAD + "The depot uses 90 litres of de-icer in a cold month, 1,080 litres a year."
    assert_not_linked(knowledge, text, PER_UNIT)


@pytest.mark.parametrize(
    "text",
    [
        "The firm runs 500 kiosks in 10 counties, as much as 80 a county.",
        "The 90 stalls were run by 45 families, two apiece.",
        "The charity delivered 4,800 parcels to 320 homes, or 19 each.",
    ],
)
def test_a_maximum_a_passive_or_recipients_take_no_bare_reading(knowledge, text):
    assert_not_linked(knowledge, _HEAD + text, PER_UNIT)


# Review (s57-ratio-en-rv): a bare count is the pace's total only when stated as one, an `or` or a total's mark right
# before it or a total's words after it (`, 10,000 altogether`); a part (`, or 2,000 of them blue`) or a bare count
# of another thing (`, 1,500 for export`) leaves the story's total the pace's, as it was


@pytest.mark.parametrize(
    ("sentence", "holds", "broken"),
    [("The mint struck 250 medals a day for 40 days, {f} altogether.", "10,000", "16,000")],
)
def test_a_pace_and_a_bare_total_marked_as_one(knowledge, sentence, holds, broken):
    assert_checked(knowledge, _HEAD + sentence.format(f=holds), PER_PERIOD, fires=False)
    assert_checked(knowledge, _HEAD + sentence.format(f=broken), PER_PERIOD, fires=True)


@pytest.mark.parametrize(
    "after",
    [", or 2,000 of them blue.", ", 1,500 for export.", ", 2,000 by hand."],
)
@pytest.mark.parametrize(("lead", "fires"), [("20,000", False), ("29,000", True)])
def test_a_bare_count_stated_as_no_total_leaves_the_storys(knowledge, after, lead, fires):
    text = (
        _HEAD
        + f"The Osney creamery made {lead} cheeses last year.\n\nIt made about 400 cheeses a week over the 50 weeks"
    )
    assert_checked(knowledge, text + after, PER_PERIOD, fires=fires)


def test_a_maximum_written_as_the_figures_own_takes_no_bare_reading(knowledge):
    # (`at most 80` read as one figure: the maximum's words are its opening)
    assert_not_linked(knowledge, _HEAD + "The firm runs 500 kiosks in 10 counties, at most 80 a county.", PER_UNIT)


@pytest.mark.parametrize(
    "text",
    [
        "The race will bring 45 teams of six, 500 spectators in all, to the moor.",
        "The cup drew 22 sides of seven, 1,900 fans in total.",
    ],
)
def test_a_total_of_onlookers_after_groups_of_a_size_is_no_lot(knowledge, text):
    # (`[link.audience_nouns]`: those who watch are no members of the groups)
    assert_not_linked(knowledge, _HEAD + text, PER_UNIT)
