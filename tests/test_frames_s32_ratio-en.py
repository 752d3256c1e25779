"""English prices whose count and product are stated together later (thirty-second session, lane `ratio-en`).

- A price per a named unit (`$36 a camper`, `€9 per visitor`) stated before the sentence that states the count of
  that unit and their total in one clause (`Bookings from 520 campers brought in $18,720`): count × price = total,
  checked as a figure per unit (checker/link/priced_counts_later.py), rule F317.

Never for a count of other units (`the remaining 40 campers`), a total stated before its count or a clause apart, a
sentence of another time (a prior, a baseline), a sentence with two counts or two totals of the price's unit,
another price per the noun between, a count of another noun, a total smaller than the price.

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

import pytest
from test_frames import assert_checked, assert_not_checked

PER_UNIT = "F317"

_CAMP = (
    "Harrow Lake Scouts will charge $36 a camper for the summer jamboree, the district said on Friday.\n\n"
    "The event runs over four weekends at the lakeside site near Tillbury.\n\n"
)


@pytest.mark.parametrize(
    "total,fires",
    [("$18,720", False), ("about $18,700", False), ("$21,720", True), ("nearly $25,000", True)],
)
def test_price_then_count_and_total_later(knowledge, total, fires):
    text = _CAMP + f"So far, bookings from 520 campers have brought in {total}, the treasurer said."
    assert_checked(knowledge, text, PER_UNIT, fires)


@pytest.mark.parametrize(
    "text,fires",
    [
        (
            "Admission to the Corbel glass museum rose to €9 per visitor in March.\n\n"
            "The museum expects a busy autumn.\n\n"
            "Tickets sold to 14,200 visitors raised €127,800 by the end of June.",
            False,
        ),
        (
            "Admission to the Corbel glass museum rose to €9 per visitor in March.\n\n"
            "The museum expects a busy autumn.\n\n"
            "Tickets sold to 14,200 visitors raised €147,800 by the end of June.",
            True,
        ),
        (
            "Moorings at Pelham marina now cost £1,450 a boat for the season.\n\n"
            "Berths for 96 boats, which will bring in £139,200, are already let.",
            False,
        ),
        (
            "Moorings at Pelham marina now cost £1,450 a boat for the season.\n\n"
            "Berths for 96 boats, which will bring in £159,200, are already let.",
            True,
        ),
    ],
)
def test_price_then_product_other_wordings(knowledge, text, fires):
    assert_checked(knowledge, text, PER_UNIT, fires)


# ---------------------------------------------------------------- near misses: nothing linked


_NEAR_MISSES = [
    # a count of other units than the price's
    _CAMP + "Places for the remaining 40 campers would bring in $2,000 more.",
    _CAMP + "A further 60 campers on the waiting list paid deposits of $1,100 in all.",
    # the total before the count, or a clause apart
    _CAMP + "The district spent $9,400 on tents; 520 campers have booked.",
    _CAMP + "Insurance cost $4,800 this year, and 520 campers have booked so far.",
    # a sentence of another time
    _CAMP + "Last summer 480 campers paid $15,100 in all, against $12,900 the year before.",
    # two counts or two totals of the unit in the sentence
    _CAMP + "Bookings from 520 campers and 30 leaders brought in $18,720.",
    _CAMP + "Bookings from 520 campers brought in $18,720 and grants $6,000.",
    # another price per the noun between
    "Harrow Lake Scouts will charge $36 a camper for the summer jamboree.\n\n"
    "Campers from outside the district pay $44 a camper.\n\n"
    "Bookings from 520 campers have brought in $20,100.",
    # a count of another noun
    _CAMP + "Sponsors for 12 tents have given $3,300 between them.",
    # a total no larger than the price
    _CAMP + "Each of 520 campers gets a badge worth $3.",
    # another currency
    _CAMP + "Bookings from 520 campers abroad came to €17,900 by June.",
    # a price per a unit of measure, the count of the noun in another pot
    "The Fennick cooperative paid growers £310 a tonne for barley this autumn.\n\n"
    "Its 40 growers spent £96,000 on fuel and seed, the chairman said.",
    # a count in quoted speech
    _CAMP + '"When 520 campers paid $16,000 we were thrilled," the leader said.',
    # a clause of another subject between the count and the figure of the unit
    _CAMP + "Bookings reached 520 campers, and the tuck shop took $1,900.",
    _CAMP + "By June 520 campers had booked while sponsors gave $18,000.",
    # unrelated figures standing near each other
    "The ferry to Orsay costs £14 a passenger each way.\n\n"
    "The operator's 6 boats burned £410,000 of fuel last year, and the harbour trust lent it £90,000.",
    "Hire of the Castlemead hall costs $85 an evening.\n\n"
    "The hall, built for $640,000 in 1998, seats 220 people and hosts 12 clubs.",
    "Entry to the Ridley show is €12 a car.\n\n"
    "Stewards counted 3,100 cars in the morning. The show's prize fund is €45,000.",
]


@pytest.mark.parametrize("text", _NEAR_MISSES)
def test_unrelated_figures_are_not_linked(knowledge, text):
    assert_not_checked(knowledge, text, PER_UNIT)


@pytest.mark.parametrize("total,fires", [("£1.16 million", False), ("£1.5 million", True)])
def test_price_per_unit_of_measure_then_measure_and_total(knowledge, total, fires):
    text = (
        "Growers in the Dunmore levy scheme will pay £29 a hectare for drainage this year, the board said.\n\n"
        f"Charged across 40,000 hectares of farmland, the levy will raise about {total}."
    )
    assert_checked(knowledge, text, PER_UNIT, fires)


# ---------------------------------------------------------------- a sentence opening on the lead's quotient

_YARD = (
    "A Gothenburg tram works has agreed to rebuild 14 trams for a city operator for 63 million Swedish crowns, the "
    "works said on Monday.\n\n"
)


@pytest.mark.parametrize(
    "sentence,fires",
    [
        ("That is about 4.5 million Swedish crowns a tram.", False),
        ("This works out at 4.5 million Swedish crowns per tram, the works said.", False),
        ("That is 6.5 million Swedish crowns a tram.", True),
    ],
)
def test_sentence_opening_on_the_quotient_takes_the_leads_figures(knowledge, sentence, fires):
    text = _YARD + sentence + " Eight are low-floor cars and six are older bogie cars."
    assert_checked(knowledge, text, PER_UNIT, fires)


_QUOTIENT_NEAR_MISSES = [
    # a sentence opening on another time, no quotient
    _YARD + "This year the works charged 5 million Swedish crowns a tram for shorter cars.",
    # the lead states two totals of the unit: which one, unsaid
    "A Gothenburg tram works will rebuild 14 trams for 63 million Swedish crowns and has spent 20 million Swedish "
    "crowns on a new paint shop.\n\nThat is about 4.5 million Swedish crowns a tram.",
    # the lead's count of another noun
    "A Gothenburg tram works has agreed to rebuild trams for 14 city operators for 63 million Swedish crowns.\n\n"
    "That is about 4.5 million Swedish crowns a car.",
]


@pytest.mark.parametrize("text", _QUOTIENT_NEAR_MISSES)
def test_quotient_opening_near_misses(knowledge, text):
    assert_not_checked(knowledge, text, PER_UNIT)


# ---------------------------------------------------------------- an average per day restating the lead's total

PER_PERIOD_TOTAL = "F312"
_TOWS = "The Glenrock ski club logged 12,300 tow rides between December and March, the club said.\n\n"


@pytest.mark.parametrize(
    "average,fires",
    [("about 205", False), ("roughly 200", False), ("about 260", True)],
)
def test_average_opening_on_that_meant_restates_the_leads_total(knowledge, average, fires):
    text = _TOWS + f"Its two tows ran on 60 days this winter. This meant an average of {average} rides on each day."
    assert_checked(knowledge, text, PER_PERIOD_TOTAL, fires)


def test_average_of_another_subject_is_not_the_leads(knowledge):
    text = _TOWS + "Its two tows ran on 60 days this winter. The café meanwhile sold 900 pies, about 15 a day."
    assert_not_checked(knowledge, text, PER_PERIOD_TOTAL)
