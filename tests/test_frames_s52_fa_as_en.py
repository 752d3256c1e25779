"""English false alarms of a change's value and of an `each` amount's whole (fifty-second session, lane `fa_as_en`).

- A measure hyphened to its count before the noun it describes (`a 17-mile stretch`, `a 40-tonne trailer`) is no
  head figure of its clause: a change after it (`…, up from 40 last year, a rise of 30 per cent`) is of the clause's
  head figure before it (`counted 52 otters`); with no such figure, the measure stays the value
  (checker/link/relations.py, `_modifies_a_noun`). Only a count heading the measure's own phrase is taken: nothing
  between but its noun's words and a phrase opened by a preposition (`[link.measure_phrase_opens]`; no comma, verb,
  `and` or relative pronoun: `[link.head_phrase_breaks]`), no clause closing after the measure, no count in the
  measure's own unit, and no prior naming a noun other than the count's (`up from 35 miles`); else the measure stays
  the value (`_heads_the_measure`).
- A rate per a unit (`30 cubic metres to the hectare`: `[link.rate_to_the_unit]`, a unit of measure after it; `30
  tonnes a hectare`) is never the whole an `each` amount restating its clause divides: the clause's other total is,
  or nothing (checker/link/restated_per_unit.py, `_total`); whichever reading took it as a whole, or as a value
  listed into a total, drops it (checker/link/identity_gates.py, `rated_to_the_unit` of per_unit_vetoes.py). The
  unit is named in lower case, a word of its own (no name, possessive or compound: `to the Pound Lane yard`, `to the
  pound's traders`, `to the tonne-scale`), of another dimension than the figure's (`kilograms to the pound` is none).
- A price set on after a change's own prior by a comma and `at` (`sold 2,100 cubic metres, up 5 per cent on last
  year's 2,000, at £80 a cubic metre`) is the price the level sold at, not the level the change left, when that level
  is stated before the change in another unit; with no such level (`Milk rose 5 per cent on last year's £1.60, at
  £1.68 a litre`) the price stays the value (checker/link/relations.py, `_price_after_own_prior`); so too when the
  prior is of the price's own kind and unit (`on last year's £150, at £180 a tonne`), or when a noun of price
  (`[link.price_change_subjects]`) stands right before the change (`at prices up 20 per cent`).

Every sentence is written for this file, with invented places, names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import assert_checked, assert_not_fired, assert_not_linked

CHANGE = "F301"
PER_UNIT = "F317"


_HEAD_BEFORE_A_HYPHENED_MEASURE = [
    # (text, holding rise, broken rise)
    (
        "Otters\n\nVolunteers counted 52 otters along a 17-mile stretch of river near Brackley this summer, up from "
        "40 last year, a rise of {rise} per cent.",
        "30",
        "20",
    ),
    (
        "Nests\n\nRangers logged 84 nests on a 12-kilometre trail above Wendling this spring, up from 70 last year, "
        "a rise of {rise} per cent.",
        "20",
        "35",
    ),
    (
        "Bales\n\nThe Orrin farm moved 45 bales a day with a 12-tonne trailer this harvest, up from 36 last year, "
        "a rise of {rise} per cent.",
        "25",
        "40",
    ),
]


@pytest.mark.parametrize(("text", "holds", "broken"), _HEAD_BEFORE_A_HYPHENED_MEASURE)
def test_a_change_after_a_hyphened_measure_is_of_the_head_figure(knowledge, text, holds, broken):
    assert_checked(knowledge, text.format(rise=holds), CHANGE, fires=False)
    assert_checked(knowledge, text.format(rise=broken), CHANGE, fires=True)


# with no head figure before it, the hyphened measure is what changed
_ONLY_A_HYPHENED_MEASURE = (
    "Roads\n\nThe Tarrow council resurfaced a 24-mile stretch of road this year, up from 20 last year, a rise of "
    "{rise} per cent."
)


def test_a_hyphened_measure_alone_stays_the_value(knowledge):
    assert_checked(knowledge, _ONLY_A_HYPHENED_MEASURE.format(rise="20"), CHANGE, fires=False)
    assert_checked(knowledge, _ONLY_A_HYPHENED_MEASURE.format(rise="50"), CHANGE, fires=True)


_NO_CHANGE_OF_A_HYPHENED_MEASURE = [
    # the measure beside the head count, the rise right for the count: nothing reported
    "Otters\n\nVolunteers counted 52 otters along a 17-mile stretch of river near Brackley this summer, up from 40 "
    "last year, a rise of 30 per cent and three otters to the mile.",
    "Nests\n\nRangers logged 84 nests on a 12-kilometre trail above Wendling this spring, up from 70, a rise of 20 "
    "per cent.",
    "Lorries\n\nThe Fenby depot sent out 360 loads on 40-tonne lorries this winter, up from 300 last winter, a rise "
    "of 20 per cent.",
    # a length hyphened before `old` is an age, no measure before a noun: the head count still holds
    "Otters\n\nVolunteers counted 52 otters, one a 12-year-old male, near Brackley this summer, up from 40 last "
    "year, a rise of 30 per cent.",
]


@pytest.mark.parametrize("text", _NO_CHANGE_OF_A_HYPHENED_MEASURE)
def test_no_change_read_of_a_hyphened_measure(knowledge, text):
    assert_not_fired(knowledge, text, CHANGE)


_EACH_PAST_A_RATE = [
    # (text, holding each, broken each): the clause's total before the rate, over its count
    (
        "Hay\n\nThe Wexcombe co-op cut 1,200 cubic metres of timber from 40 hectares, 30 cubic metres to the "
        "hectare, and was split by the co-op's 24 members, about {each} cubic metres each.",
        "50",
        "65",
    ),
    (
        "Hay\n\nThe Wexcombe co-op cut 1,200 tonnes of timber from 40 hectares, 30 tonnes a hectare, and was split "
        "by the co-op's 24 members, about {each} tonnes each.",
        "50",
        "65",
    ),
]


@pytest.mark.parametrize(("text", "holds", "broken"), _EACH_PAST_A_RATE)
def test_an_each_amount_divides_the_total_not_the_rate(knowledge, text, holds, broken):
    assert_checked(knowledge, text.format(each=holds), PER_UNIT, fires=False)
    assert_checked(knowledge, text.format(each=broken), PER_UNIT, fires=True)


_NO_RATE_AS_A_WHOLE = [
    # the rate is the only figure of the unit before the `each` amount: no whole in the clause
    "Logs\n\nA log co-operative near Wexcombe sold 2,100 cubic metres of dry logs this year.\n\nThe logs come from "
    "70 hectares of woodland, 30 cubic metres to the hectare, and were cut and split by the co-op's 42 members, "
    "about 50 cubic metres each.",
    "Logs\n\nThe logs come from 70 hectares of woodland, 30 cubic metres to the hectare, and were cut and split by "
    "the co-op's 42 members, about 50 cubic metres each.",
    "Logs\n\nThe logs come from 70 hectares of woodland, 30 tonnes a hectare, and were cut and split by the co-op's "
    "42 members, about 50 tonnes each.",
]


@pytest.mark.parametrize("text", _NO_RATE_AS_A_WHOLE)
def test_no_rate_read_as_the_whole_of_an_each_amount(knowledge, text):
    assert_not_fired(knowledge, text, PER_UNIT)


_NOT_LINKED_TO_A_RATE = [
    "Logs\n\nThe logs come from 70 hectares of woodland, 30 cubic metres to the hectare, and were cut and split by "
    "the co-op's 42 members, about 50 cubic metres each.",
    # `to the` before a word that is no unit of measure: no rate, and no total either (one figure of the unit)
    "Logs\n\nThe co-op sent 30 cubic metres to the school, and its 6 members split about 5 cubic metres each.",
]


@pytest.mark.parametrize("text", _NOT_LINKED_TO_A_RATE)
def test_no_each_amount_linked_to_a_rate(knowledge, text):
    assert_not_linked(knowledge, text, PER_UNIT)


_LEVEL_BEFORE_A_PRICE = [
    # (text, holding rise, broken rise): the change is of the level before it, the price after its prior is not
    (
        "Logs\n\nA log co-operative near Wexcombe sold 2,100 cubic metres of dry logs this year, up {rise} per cent "
        "on last year's 2,000, at £80 a cubic metre.",
        "5",
        "15",
    ),
    (
        "Wool\n\nThe Fellside growers sold 9,000 kilograms of fleece this spring, up {rise} per cent on last year's "
        "7,500, at £3 a kilogram.",
        "20",
        "30",
    ),
]


@pytest.mark.parametrize(("text", "holds", "broken"), _LEVEL_BEFORE_A_PRICE)
def test_a_change_is_of_the_level_not_the_price_after_its_prior(knowledge, text, holds, broken):
    assert_checked(knowledge, text.format(rise=holds), CHANGE, fires=False)
    assert_checked(knowledge, text.format(rise=broken), CHANGE, fires=True)


# with no level before the change, the price after its prior is what changed
_PRICE_ALONE = "Milk\n\nMilk at the Dunmore dairy rose 5 per cent on last year's £1.60, at {price} a litre."


def test_a_price_alone_after_the_prior_stays_the_value(knowledge):
    assert_checked(knowledge, _PRICE_ALONE.format(price="£1.68"), CHANGE, fires=False)
    assert_checked(knowledge, _PRICE_ALONE.format(price="£1.95"), CHANGE, fires=True)


_NO_CHANGE_OF_A_PRICE = [
    "Logs\n\nA log co-operative near Wexcombe sold 2,100 cubic metres of dry logs this year, up 5 per cent on last "
    "year's 2,000, at £80 a cubic metre, £168,000 in all.",
    "Wool\n\nThe Fellside growers sold 9,000 kilograms of fleece this spring, up 20 per cent on last year's 7,500, "
    "at about £3 a kilogram.",
    # `down … at` with no prior between: the level the change left, which holds
    "Index\n\nThe Orvel index closed down 2 per cent at 4,900 on Friday, from 5,000 a week earlier.",
]


@pytest.mark.parametrize("text", _NO_CHANGE_OF_A_PRICE)
def test_no_change_read_of_a_price_after_the_prior(knowledge, text):
    assert_not_fired(knowledge, text, CHANGE)


# A count before a hyphened measure that does not head the measure's own phrase (a fronted phrase, a relative clause,
# the subject before a verb, a list member before `and`) or whose noun a prior does not share (`up from 35 miles`: the
# measure's unit): the measure stays what changed (`_heads_the_measure`).
_NO_HEAD_BEFORE_A_HYPHENED_MEASURE = [
    # (text, holding rise, broken rise)
    (
        "Track\n\nWith 8 gangs at work, the Brindle council relaid a 30-mile stretch of track this year, up from 25 "
        "last year, a rise of {rise} per cent.",
        "20",
        "50",
    ),
    (
        "Track\n\nThe 4 gangs laid a 42-mile line this year, up from 35 miles last year, a rise of {rise} per cent.",
        "20",
        "50",
    ),
    (
        "Hedges\n\nUsing 600 stakes, the estate put up a 1,800-metre hedge this year, up from 1,500 metres last year, "
        "a rise of {rise} per cent.",
        "20",
        "45",
    ),
    (
        "Reefs\n\nIts 30 divers finished a 600-metre reef survey in 2026, up from 500 metres in 2025, an increase of "
        "{rise} per cent.",
        "20",
        "45",
    ),
    (
        "Drains\n\nThe board cleared 25 sluices and a 36-mile drain this year, up from 30 miles last year, a rise of "
        "{rise} per cent.",
        "20",
        "50",
    ),
]


@pytest.mark.parametrize(("text", "holds", "broken"), _NO_HEAD_BEFORE_A_HYPHENED_MEASURE)
def test_a_count_heading_no_phrase_of_the_measure_is_not_what_changed(knowledge, text, holds, broken):
    assert_checked(knowledge, text.format(rise=holds), CHANGE, fires=False)
    assert_checked(knowledge, text.format(rise=broken), CHANGE, fires=True)


_NO_CHANGE_OF_A_COUNT_IN_A_CLAUSE_OF_ITS_OWN = [
    # the count in a relative clause: not the head of the measure's clause
    "Trails\n\nThe society, which has 7 wardens, waymarked an 18-kilometre trail this year, up from 15 last year, a "
    "rise of 20 per cent.",
    "Trails\n\nThe society, which has 7 wardens on a 18-kilometre trail, waymarked it this year, up from 15 last year, "
    "a rise of 20 per cent.",
]


@pytest.mark.parametrize("text", _NO_CHANGE_OF_A_COUNT_IN_A_CLAUSE_OF_ITS_OWN)
def test_no_change_read_of_a_count_in_a_clause_of_its_own(knowledge, text):
    assert_not_fired(knowledge, text, CHANGE)


# `to the` before a name (`to the Pound Lane yard`), a possessive (`to the pound's traders`), a compound (`to the
# tonne-scale`) or a unit of the figure's own dimension: no rate, and the total an `each` amount divides stays
_EACH_PAST_NO_RATE = [
    # (text, holding each, broken each)
    (
        "Stone\n\nThe Holm quarry sent 1,500 tonnes to the Pound Lane yard, shared among its 50 hauliers, {each} "
        "tonnes each.",
        "30",
        "45",
    ),
    (
        "Seed\n\nThe allotment society gave 60 kilograms to the Hectare Fund, split among 12 plots, {each} kilograms "
        "each.",
        "5",
        "8",
    ),
    (
        "Fish\n\nThe trawlers landed 720 kilograms to the pound's traders, split among 18 stalls, {each} kilograms "
        "each.",
        "40",
        "55",
    ),
    (
        "Grain\n\nThe co-op hauled 800 tonnes to the tonne-scale and split it among 40 farms, {each} tonnes each.",
        "20",
        "35",
    ),
]


@pytest.mark.parametrize(("text", "holds", "broken"), _EACH_PAST_NO_RATE)
def test_an_each_amount_divides_a_total_sent_to_no_unit(knowledge, text, holds, broken):
    assert_checked(knowledge, text.format(each=holds), PER_UNIT, fires=False)
    assert_checked(knowledge, text.format(each=broken), PER_UNIT, fires=True)


# the sentence says prices changed (`at prices up …`, `with prices up …`), or the prior is of the price's own kind:
# the price after the prior stays the value, though a level of another unit stands before the change
_PRICE_THAT_CHANGED = [
    # (text, holding rise, broken rise)
    (
        "Barley\n\nThe Corbel farm sold 800 tonnes of barley this year at prices up {rise} per cent on last year's "
        "£150, at £180 a tonne.",
        "20",
        "35",
    ),
    (
        "Wool\n\nThe shearers sold 6,000 kilograms of wool this spring, with prices up {rise} per cent on last "
        "year's £4.50, at £5.40 a kilogram.",
        "20",
        "40",
    ),
]


@pytest.mark.parametrize(("text", "holds", "broken"), _PRICE_THAT_CHANGED)
def test_a_change_of_prices_is_of_the_price_after_its_prior(knowledge, text, holds, broken):
    assert_checked(knowledge, text.format(rise=holds), CHANGE, fires=False)
    assert_checked(knowledge, text.format(rise=broken), CHANGE, fires=True)
