"""English ratios of money (forty-ninth session, lane `ratio_en_money`).

A sentence opening on each of a noun, the price one of it paid or cost, and the total that price came to (`Each
grower paid £4 to enter, £108 between them`), its count stated before (checker/link/restated_per_unit.py, the count
read as checker/link/per_unit_apart.py reads one apart):

- the count's own rise stated beside it (`72 teams this year, 18 more than last season's 54`) is no part of the
  count, which stays the one count of the noun;
- a total marked as the units' together right after the comma (`£108 between them`: `[link.pace_collective_after]`),
  no words between (`, the judges £90 between them` is another group's amount);
- up to four words of what the price paid for before the comma (`£25 to fill and water, £9,000 for the lot`);
- a noun right after a per-unit mark (`three crew to a launch, 450 crew`) is a rate's unit, naming no count after it.

A price per unit in a later paragraph, in a sentence opening on `the` and a party the lead names paying or receiving
it (`The chain is paying C$40 a rug`, `[link.unit_price_paid_verbs]`), is the lead's total over the lead's count of the
noun (checker/link/per_unit_fallback.py), past the price's equivalent in another currency compared with a home price
(`roughly £400, which is £30 more than the £370`). Not when the unit's mark does not close the clause (`a nurse a
year`, `a lamb after costs`, `for the largest size`), a word of another time or of varying prices stands in the
sentence (`[link.unit_price_paid_other_times]`, `[link.unit_price_paid_varies]`), or a paragraph between states a
part of the units.

Every sentence is written for this file, with invented places, names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import assert_checked, assert_not_fired, assert_not_linked

PER_UNIT = "F317"


_EACH_PRICE_AND_TOTAL = [
    # (text, holding total, broken total)
    (
        "Darts\n\nThe Ormsby darts league had 72 teams this year, 18 more than last season's 54, its secretary "
        "said.\n\nEvery team pays £40 for the season, £{total} in all.",
        "2,880",
        "3,280",
    ),
    (
        "Onions\n\nThe Brackley onion fair drew 27 growers on Saturday, its organisers said.\n\n"
        "Each grower paid £4 to enter, £{total} between them.",
        "108",
        "148",
    ),
    (
        "Boxes\n\nVolunteers in Tarrow put up 360 window boxes this spring, the town council said.\n\n"
        "Each box cost £25 to fill and water, £{total} for the lot.",
        "9,000",
        "9,600",
    ),
    (
        "Regatta\n\nThe Lake Orm regatta drew 150 launches on Sunday, its club said.\n\n"
        "With three crew to a launch, 450 crew raced. Each launch paid a $30 entry fee, bringing in ${total}.",
        "4,500",
        "5,100",
    ),
]


@pytest.mark.parametrize(("text", "holds", "broken"), _EACH_PRICE_AND_TOTAL)
def test_each_price_and_its_total_over_the_count_before(knowledge, text, holds, broken):
    assert_checked(knowledge, text.format(total=holds), PER_UNIT, fires=False)
    assert_checked(knowledge, text.format(total=broken), PER_UNIT, fires=True)


_NO_EACH_PRICE_TOTAL = [
    # the amount after the price is another clause's spending, not what the price came to
    "Darts\n\nThe Ormsby darts league had 72 teams this year, 18 more than last season's 54, its secretary said.\n\n"
    "Every team pays £40 for the season, and the league spent £2,500 on trophies.",
    # `between them` of another group (the judges), after a joiner: no total of the entry fees
    "Onions\n\nThe Brackley onion fair drew 27 growers on Saturday, its organisers said.\n\n"
    "Each grower paid £4 to enter, and the three judges shared £90 between them.",
    # `between them` of another group whose verb is left out (`, the judges £90 between them`): no total of the fees
    "Onions\n\nThe Brackley onion fair drew 27 growers on Saturday, its organisers said.\n\n"
    "Each grower paid £4 to enter, the judges £90 between them.",
    "Onions\n\nThe Brackley onion fair drew 27 growers on Saturday, its organisers said.\n\n"
    "Each grower paid £4 to enter, the sponsors £500 between them.",
    # a count of another noun only (crew), the launches never counted: no count for the price
    "Regatta\n\nThe Lake Orm regatta had three crew to a launch, 450 crew in all, its club said.\n\n"
    "Each launch paid a $30 entry fee, bringing in $4,800.",
    # the new teams are a part stated as a count of their own, beside the whole: which count is not said
    "Darts\n\nThe Ormsby darts league had 72 teams this year; 18 teams are new, its secretary said.\n\n"
    "Every team pays £40 for the season, £760 in all.",
]


@pytest.mark.parametrize("text", _NO_EACH_PRICE_TOTAL)
def test_no_each_price_total_without_its_own_count_and_total(knowledge, text):
    assert_not_fired(knowledge, text, PER_UNIT)


_NOT_LINKED = [
    # the boxes' cost after a joiner is the council's spending on something else: nothing read
    "Boxes\n\nVolunteers in Tarrow put up 360 window boxes this spring, the town council said.\n\n"
    "Each box cost £25 to fill and water, and the council spent £4,000 on compost.",
    "Regatta\n\nThe Lake Orm regatta had three crew to a launch, 450 crew in all, its club said.\n\n"
    "Each launch paid a $30 entry fee, bringing in $4,800.",
]


@pytest.mark.parametrize("text", _NOT_LINKED)
def test_no_link_of_another_clause_or_another_noun(knowledge, text):
    assert_not_linked(knowledge, text, PER_UNIT)


_PAID_PRICE_OF_THE_LEAD_ORDER = [
    # (text, holding price, broken price)
    (
        "Rugs\n\nA Kendal weaver has won an order for 2,400 rugs from a Toronto chain, worth C$96,000 (about "
        "£52,000).\n\nThe chain is paying C${price} a rug, just under £22 at Monday's rate.",
        "40",
        "46",
    ),
    (
        "Drums\n\nA Ludlow workshop is to supply 150 drums to schools in Auckland for NZ$135,000, about "
        "£60,000.\n\nThe workshop will receive NZ${price} a drum, roughly £400, which is £30 more than the "
        "£370 it charges at home.",
        "900",
        "960",
    ),
]


@pytest.mark.parametrize(("text", "holds", "broken"), _PAID_PRICE_OF_THE_LEAD_ORDER)
def test_a_price_paid_per_unit_is_the_lead_order_over_its_count(knowledge, text, holds, broken):
    assert_checked(knowledge, text.format(price=holds), PER_UNIT, fires=False)
    assert_checked(knowledge, text.format(price=broken), PER_UNIT, fires=True)


_NO_PAID_PRICE_OF_THE_LEAD_ORDER = [
    # a paragraph between states a larger count of the noun: which count the price is of, unsaid
    "Rugs\n\nA Kendal weaver has won an order for 2,400 rugs from a Toronto chain, worth C$96,000 (about "
    "£52,000).\n\nHollin Looms made 9,000 rugs last year.\n\nThe chain is paying C$46 a rug, just under £25 "
    "at Monday's rate.",
    # the same currency's price of another time after the figure: which year's total, unsaid
    "Drums\n\nA Ludlow workshop is to supply 150 drums to schools in Auckland for NZ$135,000, about "
    "£60,000.\n\nBrockley Drums will receive NZ$960 a drum, against NZ$880 last year.",
    # two totals of the currency in the lead (rugs and lamps): which one the price divides, unsaid
    "Rugs\n\nA Kendal weaver has won an order for 2,400 rugs from a Toronto chain, worth C$96,000, and a second "
    "order for lamps worth C$30,000.\n\nThe chain is paying C$46 a rug, just under £25 at Monday's rate.",
    # the words of paying stand after the opening, in another clause: no price paid opening the sentence
    "Drums\n\nA Ludlow workshop is to supply 150 drums to schools in Auckland for NZ$135,000, about "
    "£60,000.\n\nTeachers say a school usually spends NZ$960 a drum, and parents will pay the rest.",
    # a party the lead does not name (rivals, hauliers, weavers, shoppers, agencies, a funder): another price
    "Trams\n\nA Larne yard has won an order for 40 trams worth €16m.\n\nRival cities are paying €470,000 a tram.",
    "Geese\n\nA Fenwick farm will sell 3,000 geese for £180,000.\n\nDrivers will be paid £4 a goose.",
    "Quilts\n\nA Selby mill has won an order for 1,600 quilts worth C$64,000.\n\nStitchers will be paid C$9 a quilt.",
    "Quilts\n\nA Selby mill has won an order for 1,600 quilts from a Halifax chain, worth C$64,000.\n\n"
    "Shoppers will pay C$95 a quilt in the chain's shops.",
    "Carers\n\nThe Ogmore trust will hire 200 carers over three years at a cost of £9m.\n\n"
    "Agencies are receiving £3,000 a carer in fees.",
    "Wells\n\nA scheme will dig 1,500 wells at a cost of £6m.\n\nThe state is paying £2,500 a well.",
    "Milk\n\nThe creamery bottled 5m litres last year, with sales of £2.2m.\n\nFarmers are receiving 31p a litre.",
    # the lead's own party, but words after the unit make it another price (a levy onward, a yearly wage, a
    # payment of another service, part of the units, the vehicles without the servicing the total includes)
    "Seats\n\nThe gala sold 8,000 seats, raising £320,000.\n\nThe gala will pay £3 a seat to the hospice.",
    "Carers\n\nThe trust will hire 200 carers over three years at a cost of £9m.\n\n"
    "The trust will pay £26,000 a carer a year.",
    "Trams\n\nA Larne yard has won an order for 40 trams worth €16m.\n\n"
    "The yard will receive €6,000 a tram for each year of upkeep.",
    "Quilts\n\nA Selby mill has won an order for 1,600 quilts from a Halifax chain, worth C$64,000.\n\n"
    "The chain is paying C$52 a quilt for the king size and less for the rest.",
    "Trams\n\nA Larne yard has won an order for 40 trams from a Cork operator, worth €16m including eight years "
    "of upkeep.\n\nThe operator is paying €330,000 a tram for the vehicles alone.",
    # another amount than the price (a difference, a payout after costs, a resale price)
    "Geese\n\nA Fenwick co-operative will sell 3,000 geese for £180,000.\n\n"
    "The co-operative will pay £7 a goose more than at the market.",
    "Geese\n\nA Fenwick co-operative will sell 3,000 geese for £180,000.\n\n"
    "The co-operative will receive £52 a goose after costs.",
    "Seats\n\nThe gala sold 8,000 seats, raising £320,000.\n\nThe gala is receiving £70 a seat on resale sites.",
    # prices said to vary: the price of some of the units
    "Quilts\n\nA Selby mill has won an order for 1,600 quilts from a Halifax chain, worth C$64,000.\n\n"
    "The chain is paying C$47 a quilt, a buyer in Halifax said, though prices vary by colour.",
    # a word of another time in the sentence: another year's price or another order
    "Seats\n\nThe gala sold 8,000 seats, raising £320,000.\n\nNext year the gala will receive £46 a seat.",
    "Homes\n\nThe company heated 60,000 homes last year and billed £24m.\n\n"
    "The company will receive £430 a home from next April.",
    "Trams\n\nA Larne yard delivered 40 trams to a Cork operator in 2024, worth €16m.\n\n"
    "The operator is paying €430,000 a tram for its next order.",
    # a smaller count of the noun stated just before: the price may be that part's
    "Seats\n\nThe gala sold 8,000 seats, raising £320,000.\n\nSome 2,000 seats were for pupils.\n\n"
    "The gala is receiving £15 a seat.",
    "Seats\n\nThe gala sold 8,000 seats, raising £320,000.\n\nSome 2,000 seats were for pupils.\n\n"
    "The gala is receiving £15 a seat for them.",
    # a part of the order (its wool rugs) stated in the paragraph before the price: which units it prices, unsaid
    "Rugs\n\nA Kendal weaver has won an order for 2,400 rugs from a Toronto chain, worth C$96,000 (about "
    "£52,000).\n\nHollin Looms will weave 900 rugs in wool and the rest in cotton.\n\n"
    "The chain is paying C$46 a rug, just under £25 at Monday's rate.",
]


@pytest.mark.parametrize("text", _NO_PAID_PRICE_OF_THE_LEAD_ORDER)
def test_no_price_paid_of_the_lead_order_when_another_count_or_time(knowledge, text):
    assert_not_fired(knowledge, text, PER_UNIT)
