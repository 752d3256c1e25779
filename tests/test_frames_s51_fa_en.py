"""English false alarms of products, equivalents and ages (fifty-first session, lane `fa_en`).

- A price per a unit bound by `at` to a count of another noun right before it (`300 pitches at £12 a night for two
  nights, worth £7,200`) is a price per the count's unit and per the marked one: its total is of three factors, no
  product of the price and the count of nights alone (checker/link/unit_prices.py). A price of the count's own noun
  (`300 passes at £12 a pass`) or bound to no count (`let the field at £120 a night for 10 nights`) still is.
- A second amount after an equivalent (`₹11,520, about £90, some £6 below the £96 …`) is another equivalent only when
  it closes its clause: `£6 below …` is a gap, no conversion of the foreign amount (checker/extract/quantities.py).
  A chain that does close (`about £90, or some $121.`) still converts.
- A count a clause opening on each of a noun states (`Each tray of mix makes 900 bars`) is what one of that noun
  makes, a rate per it, no count of all the bars a figure per bar multiplies out over (the lead's count is)
  (checker/link/per_one_products.py).
- A count of events two sides or more take part in (games, matches, bouts: `[link.shared_event_counters]`) stated
  per one side of a contest (`Each player played nine games`: `[link.contest_sides]`) is not multiplied out over the
  sides (each game has two); per a venue (`Each hall hosted nine games`) it still is.
- An age written as one word and used as a noun, a person of that age (`from a 12-year-old from Tarrow to an
  81-year-old who …`: `[link.age_as_noun_after]`), is no age of the thing whose start the article dates; before a
  noun (`The 120-year-old bridge`) it still is (checker/link/date_spans_general.py).
- What each of a count did (`Its 25 volunteers each did four nights`) is of the total its own clause appends, when
  that total's counter compounds the units' noun and the rate's (`100 volunteer-nights in all`), not of a run of
  nights stated before; a total of another unit appended there (`300 volunteer-hours in all`) leaves it with none
  (checker/link/each_averages.py).

Every sentence is written for this file, with invented places, names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import assert_checked, assert_not_fired, assert_not_linked

PER_UNIT = "F317"
CONVERSION = "F202"
UNIT_SLIP = "F203"
ELAPSED = "F406"

# ---------------------------------------------------------------- a price bound to a count of another noun

_THREE_FACTORS = [
    "Camp\n\nThe Orm folk festival let 300 pitches at £12 a night for two nights, worth £7,200 to the club, its "
    "secretary said.",
    "Marina\n\nThe Orm marina let 300 berths at $15 a night for four nights, worth $18,000 to its owners.",
]


@pytest.mark.parametrize("text", _THREE_FACTORS)
def test_a_price_per_unit_of_another_count_is_of_three_factors(knowledge, text):
    assert_not_linked(knowledge, text, PER_UNIT)


_TWO_FACTORS = [
    # (text, holding total, broken total)
    (
        "Camp\n\nThe Orm folk festival let the field at £120 a night for 10 nights, worth £{total} to the club, its "
        "secretary said.",
        "1,200",
        "1,500",
    ),
    ("Camp\n\nThe Orm folk festival sold 300 passes at £12 a pass, worth £{total} to the club.", "3,600", "4,200"),
]


@pytest.mark.parametrize(("text", "holds", "broken"), _TWO_FACTORS)
def test_a_price_of_its_own_count_or_of_none_still_multiplies(knowledge, text, holds, broken):
    assert_checked(knowledge, text.format(total=holds), PER_UNIT, fires=False)
    assert_checked(knowledge, text.format(total=broken), PER_UNIT, fires=True)


# ---------------------------------------------------------------- a gap after an equivalent

_GAP_AFTER_EQUIVALENT = (
    "Lamps\n\nEach lamp sells for ₹11,520, about £{home}, some £6 below the £96 it fetches in Leeds."
)


def test_a_gap_after_an_equivalent_is_no_conversion(knowledge):
    text = _GAP_AFTER_EQUIVALENT.format(home="90")
    assert_checked(knowledge, text, CONVERSION, fires=False)
    assert_not_fired(knowledge, text, UNIT_SLIP)


def test_the_equivalent_before_a_gap_still_converts(knowledge):
    assert_checked(knowledge, _GAP_AFTER_EQUIVALENT.format(home="9"), UNIT_SLIP, fires=True)


def test_a_second_equivalent_closing_its_clause_still_converts(knowledge):
    assert_checked(knowledge, "Lamps\n\nEach lamp sells for ₹11,520, about £90, or some $121.", CONVERSION, fires=False)
    assert_checked(knowledge, "Lamps\n\nEach lamp sells for ₹11,520, about £90, or some $12.", UNIT_SLIP, fires=True)


# ---------------------------------------------------------------- what each of a noun makes

_SOAP = (
    "Soap\n\nA Tarrow soap maker is to send 18,000 bars to Lille.\n\nEach tray of mix makes 900 bars, so the order "
    "needs 20 trays. Each bar weighs 50 grams, which adds up to {total} kilograms of soap."
)


def test_a_count_each_of_a_noun_makes_is_no_count_of_all(knowledge):
    assert_checked(knowledge, _SOAP.format(total="900"), PER_UNIT, fires=False)
    assert_checked(knowledge, _SOAP.format(total="990"), PER_UNIT, fires=True)


def test_a_count_each_of_a_noun_makes_and_no_other_count(knowledge):
    text = (
        "Soap\n\nA Tarrow soap maker is making soap for Lille.\n\nEach tray of mix makes 900 bars, so the order "
        "needs 20 trays. Each bar weighs 50 grams, which adds up to 990 kilograms of soap."
    )
    assert_not_linked(knowledge, text, PER_UNIT)


@pytest.mark.parametrize(("total", "fires"), [("45", False), ("54", True)])
def test_a_count_of_its_own_clause_still_multiplies(knowledge, total, fires):
    text = (
        "Soap\n\nA Tarrow soap maker made 900 bars for Lille.\n\nEach bar weighs 50 grams, which adds up to "
        f"{total} kilograms of soap."
    )
    assert_checked(knowledge, text, PER_UNIT, fires=fires)


# ---------------------------------------------------------------- events shared by the sides

_SHARED_EVENTS = [
    "Chess\n\nThe Orm chess congress drew 60 players this year, its organisers said.\n\nEach player played nine "
    "games, four a day, which makes 270 games over the weekend.",
    "Bowls\n\nThe Orm bowls open drew 60 teams this year, its organisers said.\n\nEach team played nine matches, "
    "which makes 270 matches over the weekend.",
    "Fencing\n\nThe Orm fencing open drew 40 fencers this year, its organisers said.\n\nEach fencer fought 12 "
    "bouts, which makes 240 bouts over the day.",
]


@pytest.mark.parametrize("text", _SHARED_EVENTS)
def test_shared_events_per_side_are_not_multiplied_by_the_sides(knowledge, text):
    assert_not_linked(knowledge, text, PER_UNIT)


_NOT_SHARED = [
    # (text, holding total, broken total): per a venue, or events of one crew each
    (
        "Chess\n\nThe Orm chess congress used six halls this year, its organisers said.\n\nEach hall hosted nine "
        "games, which makes {total} games over the weekend.",
        "54",
        "72",
    ),
    (
        "Rally\n\nThe Orm rally drew 60 crews this year, its organisers said.\n\nEach crew drove nine stages, which "
        "makes {total} stages over the weekend.",
        "540",
        "720",
    ),
]


@pytest.mark.parametrize(("text", "holds", "broken"), _NOT_SHARED)
def test_events_per_venue_or_of_one_side_still_multiply(knowledge, text, holds, broken):
    assert_checked(knowledge, text.format(total=holds), PER_UNIT, fires=False)
    assert_checked(knowledge, text.format(total=broken), PER_UNIT, fires=True)


# ---------------------------------------------------------------- an age used as a noun


def test_an_age_used_as_a_noun_is_a_persons(knowledge):
    text = (
        "Swim\n\nThe Orm lake swim was first held in 1990, and this year's was the 37th. Swimmers ranged from a "
        "12-year-old from Tarrow to an 81-year-old who has swum in every one."
    )
    assert_not_fired(knowledge, text, ELAPSED)


@pytest.mark.parametrize(("age", "fires"), [("136", False), ("120", True)])
def test_an_age_before_its_noun_is_the_things(knowledge, age, fires):
    text = f"Bridge\n\nThe Orm footbridge was built in 1890. The {age}-year-old bridge is to be repainted."
    assert_checked(knowledge, text, ELAPSED, fires=fires)


# ---------------------------------------------------------------- a compound total appended to what each did

_RESCUE = (
    "Newts\n\nThe Orm newt rescue ran for 40 nights this spring, its organisers said. Its 25 volunteers each did "
    "four nights on the lane, {total} in all."
)


@pytest.mark.parametrize(("total", "fires"), [("100 volunteer-nights", False), ("120 volunteer-nights", True)])
def test_what_each_did_is_of_its_compound_total(knowledge, total, fires):
    assert_checked(knowledge, _RESCUE.format(total=total), PER_UNIT, fires=fires)


def test_a_total_of_another_unit_appended_leaves_no_lead_total(knowledge):
    assert_not_linked(knowledge, _RESCUE.format(total="300 volunteer-hours"), PER_UNIT)
