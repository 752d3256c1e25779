"""English false alarms of products, equivalents and ages (fifty-first session, lane `fa_en`).

- A price per a unit bound by `at` to a count of another noun right before it (`300 pitches at £12 a night for two
  nights, worth £7,200`) is a price per the count's unit and per the marked one: its total is of three factors, no
  product of the price and the count of nights alone (checker/link/unit_prices.py), nor, when the article counts the
  nights (`ran for three nights`), of the price and the pitches (checker/link/counted_takings.py). A price of the
  count's own noun (`300 passes at £12 a pass`) or bound to no count (`let the field at £120 a night for 10 nights`)
  still is.
- A second amount after an equivalent is no equivalent when a gap word follows it (`₹11,520, about £90, some £6 below
  the £96 …`, `or $14 a kilo more than …`) or a part's `of` (`about £3 of that`): `[equivalents] gap_after`
  (checker/extract/quantities.py). Any other words after it (`or $121 apiece`, `at today's rate`, `in US money`)
  leave it an equivalent.
- A count a clause opening on each of a noun states (`Each tray of mix makes 900 bars`) is what one of that noun
  makes, a rate per it, no count of all the bars a figure per bar multiplies out over (the lead's count is)
  (checker/link/per_one_products.py); another subject after the opening (`Every Sunday the pantry packs 120
  parcels`: `[link.each_output_other_subjects]`) makes it a time, the count that of all.
- A count of events two sides or more take part in (games, matches, bouts: `[link.shared_event_counters]`) stated
  per one side of a contest (`Each player played nine games`: `[link.contest_sides]`) is not multiplied out over the
  sides (each game has two); per a venue (`Each hall hosted nine games`), per a noun of no side (`computer`,
  `retailer`, `tournament`: the sides are named, no ending) or of one side each (`home games`:
  `[link.one_side_event_words]`) it still is.
- An age written as one word and used as a noun, a person of that age (`from a 12-year-old from Tarrow to an
  81-year-old who …`: `[link.age_as_noun_after]`, only `from|who|whose`; `founded by a 16-year-old`:
  `[link.age_as_noun_before]`), is no age of the thing whose start the article dates; before a noun (`The
  120-year-old bridge`), a comma, `and`, `is` or `with` it still is (checker/link/date_spans_general.py).
- What each of a count did (`Its 25 volunteers each did four nights`) is of the total its own clause appends, when
  that total's counter compounds the units' noun and the rate's (`100 volunteer-nights in all`), not of a run of
  nights stated before; a total appended there of the units' work in another unit (`300 volunteer-hours in all`), or
  any total after a rate in periods (`each did four nights, 100 shifts in all`), leaves it with none; a total of
  another thing (`40 crossings, 500 crew-shifts in all` of boats) leaves the lead's total of the rate's counter
  (checker/link/each_averages.py).

Every sentence is written for this file, with invented places, names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import assert_checked, assert_not_fired, assert_not_linked, document, findings

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
    # the total appended as the clause's own (`N in all`: checker/link/each_averages.py)
    "Chess\n\nThe Orm chess congress drew 60 players this year.\n\nEach player played nine games, 270 games in all.",
    "Bowls\n\nThe Orm bowls open drew 60 teams.\n\nEach team played nine matches, 270 matches in all.",
    # the sides counted before the mark (`The 60 teams each played …`)
    "Bowls\n\nThe Orm bowls open drew 60 teams.\n\nThe 60 teams each played nine matches, 270 matches in all.",
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
    (
        "Chess\n\nThe Orm chess congress used six halls.\n\nEach hall hosted nine games, {total} games in all.",
        "54",
        "72",
    ),
    (
        "Chess\n\nThe Orm congress used six halls.\n\nThe six halls each hosted nine games, {total} games in all.",
        "54",
        "72",
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


# ---------------------------------------------------------------- review fixes

# a price per a night the article counts, bound to a count of pitches: no two-factor product by another reading either
_NIGHTS_COUNTED = [
    "Camp\n\nThe Brack folk camp ran for three nights. It let 180 pitches at £12 a night, worth £6,480 to the trust.",
    "Camp\n\nThe Brack folk camp ran for three nights. It let 180 pitches at £12 a night, worth £2,160 to the trust.",
    "Rooms\n\nThe Venn summit ran for five nights. The inn let 40 rooms at $70 a night, bringing in $14,000.",
]


@pytest.mark.parametrize("text", _NIGHTS_COUNTED)
def test_a_price_per_a_counted_night_is_no_two_factor_price(knowledge, text):
    assert_not_linked(knowledge, text, PER_UNIT)


# a second equivalent followed by words of each unit, a rate note or a place still converts; a gap word does not
_SECOND_EQUIVALENT = [
    "Vases\n\nThe Agra vases sell for ₹19,200, about £150, or ${usd} apiece.",
    "Vases\n\nThe Agra vases sell for ₹19,200 (about £150, or ${usd} each) at the market.",
    "Vases\n\nThe Agra vase sells for ₹19,200, about £150, or ${usd} on Tuesday's rates.",
    "Vases\n\nThe Agra vase sells for ₹19,200, about £150, or ${usd} in US money.",
    "Vases\n\nThe Agra vase sells for ₹19,200, about £150, or ${usd} in Canada.",
    "Vases\n\nThe Agra vase sells for ₹19,200, about £150, or ${usd} at today's rate.",
]


@pytest.mark.parametrize("text", _SECOND_EQUIVALENT)
def test_a_second_equivalent_before_other_words_still_converts(knowledge, text):
    assert_checked(knowledge, text.format(usd="201"), CONVERSION, fires=False)
    assert_checked(knowledge, text.format(usd="277"), CONVERSION, fires=True)


# `Every Sunday the kitchen packs 150 parcels`: a time opening, another subject after it, the count of all
_TIME_OPENINGS = [
    (
        "Parcels\n\nEvery Sunday the Brack pantry packs 120 parcels. Each parcel weighs about 5 kilograms, so the "
        "pantry sends out some {total} kilograms of food every Sunday."
    ),
    (
        "Buns\n\nEach weekend the Venn bakery bakes 500 buns. Each bun uses 30 grams of sugar, so the bakery goes "
        "through {total} kilograms of sugar a weekend."
    ),
    (
        "Boxes\n\nEvery winter the Tarn charity delivers 400 boxes. Each box weighs 8 kilograms, so its vans carry "
        "{total} kilograms in all."
    ),
]


@pytest.mark.parametrize(
    ("text", "holds", "broken"), list(zip(_TIME_OPENINGS, ["600", "15", "3,200"], ["750", "19", "4,100"], strict=True))
)
def test_a_count_after_a_time_opening_is_the_count_of_all(knowledge, text, holds, broken):
    assert_checked(knowledge, text.format(total=holds), PER_UNIT, fires=False)
    assert_checked(knowledge, text.format(total=broken), PER_UNIT, fires=True)


# nouns with an agent's ending that are no side of a contest, and events of one side each (`home games`)
_NO_CONTEST = [
    (
        "Arcade\n\nThe Venn arcade has 14 consoles and 14 computers.\n\nEach computer holds 30 games, which makes "
        "{total} games on offer."
    ),
    (
        "Shops\n\nThe Tarn toy chain has 12 retailers.\n\nEach retailer carries 50 games, which makes {total} games "
        "on its shelves."
    ),
    (
        "Hockey\n\nThe Brack hockey league has 10 teams.\n\nEach team played nine home games, which makes {total} home "
        "games in the season."
    ),
]


@pytest.mark.parametrize(
    ("text", "holds", "broken"), list(zip(_NO_CONTEST, ["420", "600", "90"], ["520", "700", "120"], strict=True))
)
def test_games_of_no_contest_or_of_one_side_still_multiply(knowledge, text, holds, broken):
    assert_checked(knowledge, text.format(total=holds), PER_UNIT, fires=False)
    assert_checked(knowledge, text.format(total=broken), PER_UNIT, fires=True)


# an age before a comma, `and`, `is` or `with`: still the thing's
_THING_AGES = [
    "School\n\nThe Venn school was opened in 1896. The {age}-year-old, stone-built school is to close in July.",
    "Lido\n\nThe Tarn lido opened in 1946. The {age}-year-old and much-loved pool is to reopen in May.",
    "Pier\n\nThe Brack pier opened in 1906. Its owners say the {age}-year-old is safe.",
    "Hall\n\nThe Venn hall was built in 1936. It is a {age}-year-old with a leaking roof.",
]


@pytest.mark.parametrize(
    ("text", "holds", "broken"),
    list(zip(_THING_AGES, ["130", "80", "120", "90"], ["120", "70", "110", "80"], strict=True)),
)
def test_an_age_before_a_comma_or_verb_is_still_the_things(knowledge, text, holds, broken):
    assert_checked(knowledge, text.format(age=holds), ELAPSED, fires=False)
    assert_checked(knowledge, text.format(age=broken), ELAPSED, fires=True)


# a total of another thing appended to what each did leaves the lead's total of the rate's own counter
_LEAD_OWN_COUNTER = [
    (
        "Ferry\n\nThe Venn ferry firm made {total} crossings this year. Its 10 boats each made 40 crossings, 500 "
        "crew-shifts in all."
    ),
    (
        "Pantry\n\nThe Tarn pantry handed out {total} parcels last week. Its 15 volunteers each packed 40 parcels, 80 "
        "boxes in all."
    ),
    (
        "Toads\n\nThe Brack toad patrol saved {total} toads this spring. Its 20 volunteers each saved 70 toads, and 50 "
        "frogs in all."
    ),
]


@pytest.mark.parametrize(
    ("text", "holds", "broken"),
    list(zip(_LEAD_OWN_COUNTER, ["400", "600", "1,400"], ["480", "700", "1,700"], strict=True)),
)
def test_a_total_of_another_thing_appended_leaves_the_lead_total(knowledge, text, holds, broken):
    assert_checked(knowledge, text.format(total=holds), PER_UNIT, fires=False)
    assert_checked(knowledge, text.format(total=broken), PER_UNIT, fires=True)


def test_an_unrelated_list_sum_after_what_each_did_is_no_error(knowledge):
    text = (
        "Pantry\n\nThe Tarn pantry handed out 600 parcels last week. Its 15 volunteers each packed 40 parcels, 80 "
        "boxes in all."
    )
    assert not [f for f in findings(knowledge, document(text)).findings if f.rule == "F302" and f.severity == "error"]


# a part after an equivalent (`about £2 of that`) or a gap with a per-unit mark (`$13 a kilo more than`): no conversion
@pytest.mark.parametrize(
    "text",
    [
        "Coffee\n\nA kilo of Kivu coffee sells for ₹1,920, about £15; about £3 of that goes to the grower.",
        "Coffee\n\nA kilo of Kivu coffee sells for ₹1,920, about £15, or $14 a kilo more than Sidamo.",
    ],
)
def test_a_part_or_a_gap_after_an_equivalent_is_no_conversion(knowledge, text):
    assert_not_fired(knowledge, text, CONVERSION)


# `founded by a 16-year-old`, `from a nine-year-old … to an 88-year-old`: a person's age after `by a`, `from a`, `to a`
@pytest.mark.parametrize(
    "text",
    [
        "Club\n\nThe Venn bridge club was founded in 1981 by a 17-year-old. The 45-year-old club meets weekly.",
        "Club\n\nThe Venn bridge club was founded in 1981 by a 17-year-old, who still plays.",
        "Club\n\nThe Tarn sailing club was founded in 1931. The 95-year-old club has 200 members, from a "
        "ten-year-old in its cadet fleet to an 84-year-old who still races.",
    ],
)
def test_an_age_after_by_a_or_from_a_is_a_persons(knowledge, text):
    assert_not_fired(knowledge, text, ELAPSED)


def test_a_run_of_nights_is_no_total_of_nights_each_did_with_shifts_appended(knowledge):
    text = (
        "Toads\n\nThe Brack toad patrol ran for 30 nights. Its 20 volunteers each did three nights on the road, 60 "
        "shifts in all."
    )
    assert_not_fired(knowledge, text, PER_UNIT)


def test_matches_each_member_of_a_club_played_are_shared(knowledge):
    text = (
        "Tennis\n\nThe Venn tennis club has 24 members.\n\nEach member played ten matches this summer, which makes 120 "
        "matches on its courts."
    )
    assert_not_linked(knowledge, text, PER_UNIT)
