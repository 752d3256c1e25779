"""English ratios: what each of a count does and what they come to together (fifty-sixth session, lane `ratio_en`).

A clause counting units, a figure of what each of them does or holds and, right after a comma, what they come to
together (checker/link/totals_of_each.py: count × figure of each = total, the per-unit check F317):

- a total marked `in all` (`Seven wardens each walk 12 miles a day, 84 miles in all`) is no sum of the count and the
  figure of each: the list reading (checker/link/totals.py) leaves them to the reading of each, which it asks first
  (`totals_each_of_a_count`); a list of two figures of one noun before `in all` is still a sum;
- events two sides share (`Eight clubs each played 14 matches`: checker/link/shared_events.py) are no product of
  the sides;
- the units may be a plural noun its ending does not mark (`five craftsmen`, `Six staff`:
  `[link.plurals_without_ending]`), never a singular noun's count nor one whose clause marks no figure of each;
- a bare number right before `apiece` is a count of no noun (`apiece` is no counter: `[counters] not_counters`), so
  a total stated first and shared out (`60 pens a day between them, 15 apiece`) divides over the units; a price
  `apiece` stays a price; a bare number `apiece` or `each` right after a count takes that count's noun only where
  the count outnumbers the units it would be per (`The 12 stalls were staffed by 36 volunteers, three each`); after
  fewer (`1,260 hens from 410 breeders, three apiece`, `entered by`, `run by`, `bought by`) it counts the units'
  things per one of the count and takes no noun of theirs (checker/link/rates_then_each.py,
  checker/link/restated_per_unit.py: `carried_over`);
- a total marked of another period than the figure of each (`each earn £300 a week, £171,600 a year in all`) is of
  more than the units: no product of them (checker/link/totals_of_each.py), nor a yearly total of the figure's weeks
  alone (checker/link/per_unit.py).

A price per one in zloty written with its Polish letter (`18.50 złoty a jar`) is money (`[currency_words]`), so the
lead's count times it comes to the total after it.

Every sentence is written for this file, with invented places, names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import assert_checked, assert_not_fired, assert_not_linked

PER_UNIT = "F317"
SUM = "F302"

_HEAD = "Lanterns\n\nA workshop in Callowby has taken an order for lanterns from a shop in Bergen.\n\n"

_EACH_THEN_TOTAL_IN_ALL = [
    # (sentence, holding total, broken total)
    ("Seven wardens each walk 12 miles a day, {total} miles in all.", "84", "124"),
    ("Nine glaziers each fit 14 panes a week, {total} in all, so the order will take a month.", "126", "186"),
    ("The three kilns each fire 1,150 tiles a day, {total} tiles in total.", "3,450", "5,450"),
]


@pytest.mark.parametrize(("sentence", "holds", "broken"), _EACH_THEN_TOTAL_IN_ALL)
def test_what_each_does_and_the_total_in_all(knowledge, sentence, holds, broken):
    assert_checked(knowledge, _HEAD + sentence.format(total=holds), PER_UNIT, fires=False)
    assert_checked(knowledge, _HEAD + sentence.format(total=broken), PER_UNIT, fires=True)


_UNMARKED_PLURALS = [
    ("Five staff each fill 25 lanterns a day, {total} in all, so the order will take 12 working days.", "125", "165"),
    ("The firm's four craftsmen each finish 11 lanterns a week, {total} between them.", "44", "84"),
    ("Six women each sew 30 shades a day, {total} shades between them.", "180", "260"),
]


@pytest.mark.parametrize(("sentence", "holds", "broken"), _UNMARKED_PLURALS)
def test_units_a_plural_its_ending_does_not_mark(knowledge, sentence, holds, broken):
    assert_checked(knowledge, _HEAD + sentence.format(total=holds), PER_UNIT, fires=False)
    assert_checked(knowledge, _HEAD + sentence.format(total=broken), PER_UNIT, fires=True)


_SHARED_OUT_APIECE = [
    ("The firm's four turners make 60 handles a day between them, {each} apiece.", "15", "25"),
    ("Six smiths forge 72 hooks a week between them, {each} apiece, so the order will take a month.", "12", "19"),
]


@pytest.mark.parametrize(("sentence", "holds", "broken"), _SHARED_OUT_APIECE)
def test_a_total_between_them_shared_out_apiece(knowledge, sentence, holds, broken):
    assert_checked(knowledge, _HEAD + sentence.format(each=holds), PER_UNIT, fires=False)
    assert_checked(knowledge, _HEAD + sentence.format(each=broken), PER_UNIT, fires=True)


_NO_EACH_TOTAL = [
    # a list of two counts of one noun before `in all`: a sum, no count of units and a figure of each
    "Seven oak lanterns and 12 brass lanterns went out this week, 19 lanterns in all.",
    # no mark of each: the wardens and the miles are not units and what each walks
    "Seven wardens walked with the group, which covered 12 miles on Monday, 84 miles in all.",
    # the total is another clause's figure, no mark of all the units right after it
    "Five staff each fill 25 lanterns a day, and 125 visitors came in all.",
    # a clause break between the figure of each and the later figure
    "Six craftsmen each finish 11 lanterns a week; the shop sold 200 in all last year.",
    # the count is of one unit: no units to multiply out
    "One craftsman finishes 11 lanterns a week, 44 in all.",
    # `between` another group than the units
    "Five staff each fill 25 lanterns a day, 165 between the two shops.",
    # events two sides share (a match has two clubs): no product of the clubs and the matches each played
    "Eight clubs each played 14 matches, 56 matches in all.",
]


@pytest.mark.parametrize("text", _NO_EACH_TOTAL)
def test_no_total_of_each_without_its_marks(knowledge, text):
    assert_not_linked(knowledge, _HEAD + text, PER_UNIT)


def test_a_list_before_in_all_stays_a_sum(knowledge):
    text = _HEAD + "Seven oak lanterns and 12 brass lanterns went out this week, {total} lanterns in all."
    assert_checked(knowledge, text.format(total="19"), SUM, fires=False)
    assert_checked(knowledge, text.format(total="23"), SUM, fires=True)


_PRICES_APIECE = [
    # a price apiece is a price, not a share of the handles made
    "The firm's four turners make 60 handles a day, which the shop sells at £15 apiece.",
    # a price apiece after a count: no share of the count's day's work
    "Six smiths forge 72 hooks a week, and the hooks sell at £4 apiece.",
]


@pytest.mark.parametrize("text", _PRICES_APIECE)
def test_a_price_apiece_is_no_share_of_a_count(knowledge, text):
    assert_not_fired(knowledge, _HEAD + text, PER_UNIT)


_NO_NOUN_OF_THE_DOERS = [
    "The Callowby show drew 1,260 hens on Saturday, entered by 410 breeders, just over three apiece.",
    "The Callowby show drew 1,260 hens on Saturday, entered by 410 breeders, about three each.",
    "The fair showed 960 quilts, made by 320 members, three apiece.",
]


@pytest.mark.parametrize("text", _NO_NOUN_OF_THE_DOERS)
def test_a_bare_number_apiece_after_the_doers_takes_no_noun_of_theirs(knowledge, text):
    assert_not_fired(knowledge, _HEAD + text, PER_UNIT)


def test_a_count_made_by_the_doers_between_them_still_shares_out(knowledge):
    text = _HEAD + "The fair showed quilts made by 32 members, who sewed 96 quilts between them, {each} apiece."
    assert_checked(knowledge, text.format(each="three"), PER_UNIT, fires=False)
    assert_checked(knowledge, text.format(each="five"), PER_UNIT, fires=True)


_ZLOTY = "Relish\n\nA farm near Callowby has agreed to send 4,200 jars of relish to a chain in Gdańsk.\n\n"


def test_a_price_in_zloty_with_its_polish_letter(knowledge):
    text = _ZLOTY + "The chain is paying 18.50 złoty a jar, or {total} złoty in total."
    assert_checked(knowledge, text.format(total="77,700"), PER_UNIT, fires=False)
    assert_checked(knowledge, text.format(total="97,700"), PER_UNIT, fires=True)


def test_zloty_with_no_count_of_its_noun_is_no_price_of_the_jars(knowledge):
    text = _ZLOTY + "The chain also paid 2,500 złoty for a stand at a food fair and 9,000 złoty for shelf space."
    assert_not_linked(knowledge, text, PER_UNIT)


# --- review fixes (session 56): a bare number `apiece` or `each` right after a count takes that count's noun only
# where the count outnumbers the units it would be per; otherwise it counts the units' things per one of the count

_FAIR = "Craft fair\n\nThe Dunmere craft fair opened on Friday with stalls from across the valley.\n\n"

_MORE_THINGS_THAN_DOERS = [
    # (things outnumber the doers or sources: the bare number is things per doer, none of the doers' noun)
    "The 1,350 rabbits came from 450 keepers, three apiece.",
    "The show drew 1,350 rabbits from 450 keepers, three apiece.",
    "The fair sold 720 pots of honey from 240 hives, with three apiece.",
    "The 80 stalls were run by 40 families, two apiece.",
    "Some 720 candles were bought by 240 visitors, three apiece.",
    "Of the 720 candles, 240 visitors bought three apiece.",
]


@pytest.mark.parametrize("text", _MORE_THINGS_THAN_DOERS)
def test_a_bare_number_apiece_after_fewer_doers_takes_no_noun_of_theirs(knowledge, text):
    assert_not_fired(knowledge, _FAIR + text, PER_UNIT)


_MORE_DOERS_THAN_THINGS = [
    # (the doers outnumber the things: the bare number counts the doers per thing, their noun carried over)
    ("The 14 stalls were staffed by 42 volunteers, {each} each.", "three", "five"),
    ("The 25 boats were crewed by 100 rowers, {each} each.", "four", "six"),
    ("The 30 tents were manned by 90 stewards, {each} apiece.", "three", "five"),
]


@pytest.mark.parametrize(("sentence", "holds", "broken"), _MORE_DOERS_THAN_THINGS)
def test_a_bare_number_each_after_more_doers_counts_them_per_thing(knowledge, sentence, holds, broken):
    assert_checked(knowledge, _FAIR + sentence.format(each=holds), PER_UNIT, fires=False)
    assert_checked(knowledge, _FAIR + sentence.format(each=broken), PER_UNIT, fires=True)


_TOTAL_OF_ANOTHER_PERIOD = [
    # (the total `in all` is of another period than the figure of each: no product of the units alone)
    "The 14 staff each earn £350 a week, £254,800 a year in all.",
    "Six staff each pack 30 boxes a day, 900 boxes a week in all.",
    "Three crew each work 9 hours a day, 189 hours a week between them.",
    "The 14 potters each earn £350 a week, £254,800 a year in all.",
]


@pytest.mark.parametrize("text", _TOTAL_OF_ANOTHER_PERIOD)
def test_a_total_of_another_period_is_no_product_of_the_units(knowledge, text):
    assert_not_fired(knowledge, _FAIR + text, PER_UNIT)


def test_a_total_of_the_same_period_still_multiplies_out(knowledge):
    text = _FAIR + "The 14 staff each earn £350 a week, {total} a week between them."
    assert_checked(knowledge, text.format(total="£4,900"), PER_UNIT, fires=False)
    assert_checked(knowledge, text.format(total="£5,900"), PER_UNIT, fires=True)


def test_a_total_of_a_period_the_figure_of_each_does_not_mark(knowledge):
    # (no period of the figure of each: the total's period is of both)
    text = _FAIR + "The workshop's two lathes turn 300 bowls apiece, {total} a week between them."
    assert_checked(knowledge, text.format(total="600"), PER_UNIT, fires=False)
    assert_checked(knowledge, text.format(total="800"), PER_UNIT, fires=True)
