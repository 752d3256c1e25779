"""English ratios of the fifty-eighth session, lane `ratio_en`.

A price per unit and the total it comes to, the count of units stated before them (checker/link/per_unit_apart.py,
checker/link/restated_per_unit.py):

- the lot stated in the lead, the price and its total a paragraph on, the lot's parts (or a lesser lot) told after
  the price (`… 600 short ropes and 300 long ones`): a smaller count of the lot's counter after the price's sentence
  is no rival of the lot read before it; a larger one after it, or another count before the price, still is;
- a price per a ticket or a head of a count of people let in (`carried 2,400 passengers at £25 a ticket`,
  `[link.admission_nouns]`), per a copy of a count of printed things (`400 hymn books at £12.50 a copy`,
  `[link.copy_nouns]`): the noun names the count by its kin;
- a total named by the words between it and the price (`, £60,000 in takings`, `, which cost £162`:
  `[link.appended_total_words]`); `cost` followed by other words (`, cost rising to £180`) names none.

The per-unit check (F317) divides the total by the count. Every sentence is written for this file, with invented
places, names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import assert_checked, assert_not_linked

PER_UNIT = "F317"

_LOT_THEN_PARTS = [
    # (the lot's parts told after the price, each qualified)
    (
        "A Bude rope maker has won an order for 900 tow ropes from a chandler in Halifax.\n\n"
        "Marlow & Sons will be paid C$40 a rope, C${total} in all.\n\n"
        "The chandler wants 600 short ropes for dinghies and 300 long ropes for yachts.",
        "36,000",
        "45,000",
    ),
    # (a part and the rest told after the price)
    (
        "A Bude rope maker has won an order for 900 tow ropes from a chandler in Halifax.\n\n"
        "Marlow & Sons will be paid C$40 a rope, C${total} in all.\n\n"
        "The chandler wants 600 ropes of hemp and the rest of nylon.",
        "36,000",
        "45,000",
    ),
    # (a lesser lot of another year told after the price)
    (
        "A Keswick workshop is to make 450 pairs of oak clogs for a shop in Utrecht.\n\n"
        "Fell & Ghyll will be paid €70 a pair, €{total} in total.\n\n"
        "Last year the shop bought 150 pairs.",
        "31,500",
        "40,500",
    ),
]


@pytest.mark.parametrize(("text", "holds", "broken"), _LOT_THEN_PARTS)
def test_a_price_of_the_lot_before_it_whose_parts_follow(knowledge, text, holds, broken):
    assert_checked(knowledge, text.format(total=holds), PER_UNIT, fires=False)
    assert_checked(knowledge, text.format(total=broken), PER_UNIT, fires=True)


@pytest.mark.parametrize(
    "text",
    [
        # a larger count of the noun after the price: the firm's year, or the lot, not said
        "A Bude rope maker has won an order for 900 tow ropes from a chandler in Halifax.\n\n"
        "Marlow & Sons will be paid C$40 a rope, C$45,000 in all.\n\n"
        "The firm made 4,000 ropes last year.",
        # a part of the lot told before the price: the lot's price or the part's, not said
        "A Bude rope maker has won an order for 900 tow ropes, of which 600 ropes are of hemp.\n\n"
        "Marlow & Sons will be paid C$40 a rope, C$45,000 in all.",
        # two lots of the noun before the price: which one, not said
        "A Bude rope maker has won an order for 900 tow ropes from a chandler in Halifax.\n\n"
        "A rival in Looe sold 700 ropes to the same buyer.\n\n"
        "Marlow & Sons will be paid C$40 a rope, C$45,000 in all.",
    ],
)
def test_no_lot_when_another_count_of_the_noun_rivals_it(knowledge, text):
    assert_not_linked(knowledge, text, PER_UNIT)


_KIN_COUNTS = [
    # (a ticket of a count of passengers; a total named takings)
    (
        "Boat trips from Oban carried 2,400 passengers this summer at £25 a ticket, £{total} in takings.",
        "60,000",
        "72,000",
    ),
    # (a ticket of a count of spectators)
    ("The sheepdog trials drew 1,300 spectators at £3 a ticket, £{total} in all.", "3,900", "5,200"),
    # (a copy of a count of books)
    ("The chapel has ordered 400 hymn books at £12.50 a copy, a bill of £{total}.", "5,000", "6,000"),
]


@pytest.mark.parametrize(("text", "holds", "broken"), _KIN_COUNTS)
def test_a_price_per_a_noun_of_the_counts_kin(knowledge, text, holds, broken):
    assert_checked(knowledge, text.format(total=holds), PER_UNIT, fires=False)
    assert_checked(knowledge, text.format(total=broken), PER_UNIT, fires=True)


@pytest.mark.parametrize(
    "text",
    [
        # a ticket is of no count of stalls
        "The fair let 300 stalls and sold tickets at £25 a ticket, £60,000 in takings.",
        # a copy is of no count of pens
        "The chapel has ordered 400 pens at £12.50 a copy, a bill of £5,000.",
        # a head of livestock is of no count of people
        "The show drew 2,100 people.\n\nThe ewes sold for £110 a head, £99,000 in all.",
    ],
)
def test_a_noun_of_no_kin_names_no_count(knowledge, text):
    assert_not_linked(knowledge, text, PER_UNIT)


_COST_AFTER = [
    # (the lot set off by commas, its cost right after it)
    ("The thread, 72 reels at £2.25 each, cost £{total}, paid for from a raffle.", "162", "216"),
    # (`which cost`)
    ("The club bought 72 reels at £2.25 each, which cost £{total}.", "162", "216"),
]


@pytest.mark.parametrize(("text", "holds", "broken"), _COST_AFTER)
def test_a_total_the_lot_cost(knowledge, text, holds, broken):
    assert_checked(knowledge, text.format(total=holds), PER_UNIT, fires=False)
    assert_checked(knowledge, text.format(total=broken), PER_UNIT, fires=True)


@pytest.mark.parametrize(
    "text",
    [
        # `cost` then other words: the amount is a later level, no total of the price
        "The club bought 72 reels at £2.25 each, cost rising to £180.",
    ],
)
def test_cost_before_other_words_names_no_total(knowledge, text):
    assert_not_linked(knowledge, text, PER_UNIT)


# ---------------------------------------------------------------- a pace kept by each of a crew (checker/link/paces.py)

PER_PERIOD = "F312"

_CREW_PACES = [
    # (`, each VERBing` between the crew and the pace; the days the job needs told after it)
    (
        "A Bude rope maker has won an order for {total} tow ropes from a chandler in Halifax.\n\n"
        "Three riggers, each splicing six ropes a day, need 50 days for the job."
    ),
    # (`will each VERB`)
    (
        "A Keswick workshop is to make {total} oak stools for a hotel in Ghent.\n\n"
        "Four joiners will each make five stools a day for 40 working days to finish it."
    ),
    # (`a day each` after the pace)
    (
        "A Bude rope maker has won an order for {total} tow ropes from a chandler in Halifax.\n\n"
        "Three riggers splicing six ropes a day each need 50 days for the whole job."
    ),
]


@pytest.mark.parametrize(
    ("text", "holds", "broken"),
    [
        (_CREW_PACES[0], "900", "1,500"),
        (_CREW_PACES[1], "800", "1,400"),
        (_CREW_PACES[2], "900", "1,500"),
    ],
)
def test_a_pace_kept_by_each_of_a_crew(knowledge, text, holds, broken):
    assert_checked(knowledge, text.format(total=holds), PER_PERIOD, fires=False)
    assert_checked(knowledge, text.format(total=broken), PER_PERIOD, fires=True)


@pytest.mark.parametrize(
    "text",
    [
        # a lead counting the job in no figure: the first count of the pace's noun is a prior's, no total of the pace
        "A Bude rope maker has won an order for 900 of them from a chandler in Halifax.\n\n"
        "That is up 50 per cent on the 600 ropes the chandler bought last year.\n\n"
        "Three riggers, each splicing six ropes a day, need 50 days for the job.",
        # another span: a part of the job's days
        "A Bude rope maker has won an order for 1,500 tow ropes from a chandler in Halifax.\n\n"
        "Three riggers, each splicing six ropes a day, need another 50 days.",
    ],
)
def test_no_crew_pace_of_a_prior_or_a_part_of_the_span(knowledge, text):
    assert_not_linked(knowledge, text, PER_PERIOD)


# ------------------------------- a deal as a multiple of an earlier lot (checker/link/multiples_of_previous.py)

MULTIPLE = "F304"

_DEAL_MULTIPLES = [
    # (`as large` after the multiple: of the lot its clause states before it, the deal the lead's)
    (
        "A Bude rope maker has won an order for 900 tow ropes from a chandler in Halifax.\n\n"
        "The same chandler bought 300 ropes last year, so this year's order is {multiple} times as large."
    ),
    # (the lot in the sentence before)
    (
        "A Keswick workshop has won an order for 1,000 oak stools from a hotel in Ghent.\n\n"
        "Last year the hotel bought 400 stools. This year's order is {multiple} times as big."
    ),
]


@pytest.mark.parametrize(
    ("text", "holds", "broken"),
    [(_DEAL_MULTIPLES[0], "three", "four"), (_DEAL_MULTIPLES[1], "two and a half", "four")],
)
def test_a_deal_as_a_multiple_of_an_earlier_lot(knowledge, text, holds, broken):
    assert_checked(knowledge, text.format(multiple=holds), MULTIPLE, fires=False)
    assert_checked(knowledge, text.format(multiple=broken), MULTIPLE, fires=True)


@pytest.mark.parametrize(
    "text",
    [
        # no deal named in the multiple's clause: the stock's multiple, of a figure unsaid
        "A Bude rope maker has won an order for 900 tow ropes from a chandler in Halifax.\n\n"
        "The same chandler bought 300 ropes last year, and its stock is four times as large.",
        # `as large as` names its own base after it
        "A Bude rope maker has won an order for 900 tow ropes from a chandler in Halifax.\n\n"
        "The same chandler bought 300 ropes last year, so this year's order is four times as large as its first.",
    ],
)
def test_no_deal_multiple_without_a_deal_or_with_a_base_after(knowledge, text):
    assert_not_linked(knowledge, text, MULTIPLE)


# ------------------------------------- a rate held by one of a lot's noun (checker/link/rates_then_each.py)

_LOT_RATES = [
    # (the lot's noun is the units': the crates)
    ("The firm packed {total} mugs into 24 crates of 250 mugs each.", "6,000", "7,200"),
    # (`an average of`: no lot's noun, the units the plots)
    (
        "Wardens counted {total} burrows on the island this spring.\n\n"
        "The island was split into 40 plots, which held an average of 150 burrows each.",
        "6,000",
        "7,000",
    ),
    # (the units a lot's noun counts, stated before)
    ("The 30 blankets were made from {total} squares, sewn into blankets of 36 squares apiece.", "1,080", "1,440"),
]


@pytest.mark.parametrize(("text", "holds", "broken"), _LOT_RATES)
def test_a_rate_of_a_lot_whose_noun_counts_the_units(knowledge, text, holds, broken):
    assert_checked(knowledge, text.format(total=holds), PER_UNIT, fires=False)
    assert_checked(knowledge, text.format(total=broken), PER_UNIT, fires=True)


@pytest.mark.parametrize(
    "text",
    [
        # a blanket's squares, no member's: the members are not the lot's noun
        "The club's 18 members knitted 1,080 squares, which were sewn into blankets of 36 squares apiece.",
        "The 14 volunteers packed 2,100 eggs into boxes of 12 eggs each.",
    ],
)
def test_no_units_of_another_noun_for_a_lots_rate(knowledge, text):
    assert_not_linked(knowledge, text, PER_UNIT)


# ------------------------------------------------------- review guards (s58-ratio-en-rv), each with its own cases

_REVIEWED = [
    # (a lot of books, a price per copy: the kin reading holds)
    (
        "The Lindisfarne press printed 480 books of local verse, sold at £15 a copy, £{total} in all.",
        PER_UNIT,
        "7,200",
        "9,900",
    ),
    # (`which cost` an amount closing its clause: the lot's total)
    ("The council bought 40 benches at £300 each, which cost about £{total}.", PER_UNIT, "12,000", "15,000"),
    # (a crew's pace over the days the job needs)
    (
        "A Tenby boatyard must caulk {total} planks for a ferry refit.\n\n"
        "Four shipwrights, each caulking 18 planks a day, need 40 days for the job.",
        "F312",
        "2,880",
        "4,000",
    ),
    # (this year's order, the lead's, against the lot before the multiple)
    (
        "A Jarrow foundry has won an order for {total} cast-iron bollards from Hexham council.\n\n"
        "The council bought 400 bollards in 2024, so this year's order is four times as large.",
        MULTIPLE,
        "1,600",
        "2,600",
    ),
]


@pytest.mark.parametrize(("text", "rule", "holds", "broken"), _REVIEWED)
def test_reviewed_readings_hold_and_break(knowledge, text, rule, holds, broken):
    assert_checked(knowledge, text.format(total=holds), rule, fires=False)
    assert_checked(knowledge, text.format(total=broken), rule, fires=True)


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        # a stock a place holds (`[link.stock_verbs_before_count]`): no lot the later price is of
        (
            "The Lindisfarne library holds 12,000 books.\n\nIts new guide sells at £15 a copy, £9,900 in all.",
            PER_UNIT,
        ),
        ("Carnwath Park holds 14,000 seats.\n\nTickets for the final cost £6 a seat, £40,000 in takings.", PER_UNIT),
        # the cost of a task right after the amount (`[link.total_of_a_task_after]`): no total of the price
        ("The council bought 40 benches at £300 each, which cost about £15,000 to install.", PER_UNIT),
        # days away from the job (`[link.pace_span_of_no_job_after]`): no span the job takes
        (
            "A Tenby boatyard must caulk 4,000 planks.\n\n"
            "Four shipwrights, each caulking 18 planks a day, took 40 days off last summer.",
            "F312",
        ),
        # another party's deal (`[link.multiple_deal_owner_names]`): its size unsaid
        (
            "A Jarrow foundry has won an order for 1,600 bollards from Hexham council.\n\n"
            "The council bought 400 bollards in 2024, and Ripon's order this year is six times as large.",
            MULTIPLE,
        ),
    ],
)
def test_reviewed_near_misses_link_nothing(knowledge, text, rule):
    assert_not_linked(knowledge, text, rule)
