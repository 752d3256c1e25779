"""English ratios on copy never seen (forty-sixth session, lane `ratio_en`).

- A price per pound where the article weighs its goods (`$3.00 a pound` after `20 million pounds` of a catch, or
  after tonnes): the currency word that is also a weight is the unit of measure of the per-unit mark
  (checker/extract/units.py `measure_unit`, `[currency_words] weighed`; checker/link/per_unit_apart.py `_PER_NOUN`).
- An average price per a unit of measure whose takings stand a paragraph apart from the lead's measure, past it
  (`… landed 12 million pounds … The dockside value rose to $180 million. The average price was $15.00 a pound`):
  the takings of the price's paragraph or the one before when the lead states none (checker/link/partners.py
  `_takings_just_before`).
- Measures listed side by side below a whole stated before (`Wild berries made up 30 million pounds and cultivated
  berries 60 million pounds`) are a breakdown's members, no measure of the units a later price per a unit of measure
  divides, unless its clause names the member (checker/link/per_unit_apart.py `listed_below_a_whole`).
- A bound set as a per-unit figure's earlier level (`against less than C$8 a pound early last season`) is no
  quotient of the earlier totals (checker/link/per_unit_priors.py).

Every sentence is written for this file, with invented places, names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import assert_checked, assert_not_fired, assert_not_linked, rule_result

PER_UNIT = "F317"


def _pairs(knowledge, text: str, rule: str = PER_UNIT) -> list[set[str]]:
    """The texts each item of the rule touches, reported or passed."""
    result = rule_result(knowledge, text, rule)
    return [
        {text[loc.start : loc.end] for loc in [item.location, *item.related]}
        for item in [*result.findings, *result.passed]
    ]


# ---------------------------------------------------------------- a price per pound of goods weighed in pounds

_PER_POUND = [
    (
        "Pecan crop\n\nGrowers harvested 150 million pounds of pecans this autumn, worth $240 million, an average of "
        "{price} a pound.",
        "$1.60",
        "$2.40",
    ),
    (
        "Crawfish season\n\nCrawfish farmers sold 40 million pounds this spring for $100 million. That works out at "
        "{price} per pound.",
        "$2.50",
        "$3.50",
    ),
    (
        "Walnut co-op\n\nThe co-op took in 8,000 tonnes of walnuts this season. Growers were paid $44.1 million, or an "
        "average of {price} a pound.",
        "$2.50",
        "$1.50",
    ),
    (
        "Prawn trawlers\n\nTrawlers landed 20.0 million pounds of prawns this season. The catch was worth $60.0 "
        "million. Buyers paid an average of {price} a pound.",
        "$3.00",
        "$4.20",
    ),
    (
        "Peanut harvest\n\nFarmers dug 900 million pounds of peanuts, worth about $225 million at {price} a pound.",
        "25 cents",
        "35 cents",
    ),
]


@pytest.mark.parametrize(("text", "right", "wrong"), _PER_POUND)
@pytest.mark.parametrize("fires", [False, True])
def test_a_price_per_pound_of_goods_weighed_in_pounds(knowledge, text, right, wrong, fires):
    assert_checked(knowledge, text.format(price=wrong if fires else right), PER_UNIT, fires)


@pytest.mark.parametrize(
    "text",
    [
        # (money in pounds and dollars, no weight: `a pound` is sterling, no unit of measure)
        "Currency desk\n\nExports to Britain rose to $40 million. Sterling bought $1.27 at the close, against the "
        "$1.25 a pound the firm had budgeted.",
        "Tour operator\n\nThe firm took £3.2 million from 40,000 bookings. A dollar bought 0.79 of a pound in May.",
        # (goods weighed in another unit: `a pound` beside them is sterling)
        "Tea importer\n\nThe firm shipped 40 tonnes of tea, worth $400,000. Sterling bought $1.27 at the close, "
        "against the $1.25 a pound the firm had budgeted.",
    ],
)
def test_a_pound_of_money_is_no_weight(knowledge, text):
    assert_not_linked(knowledge, text, PER_UNIT)


# ---------------------------------------------------------------- an average price with takings a paragraph apart

_TAKINGS_APART = [
    (
        "Scallop landings\n\nScallop landings reached 12.0 million pounds, up from 10.5 million pounds.\n\nBoats "
        "worked longer trips this year. The dockside value rose to $180 million.\n\nThe average price was {price} a "
        "pound.",
        "$15.00",
        "$19.00",
    ),
    (
        "Crab fishery\n\nCrab landings slipped to 30,000 tonnes from 31,000 tonnes.\n\nDemand stayed strong. The "
        "catch was worth A$600.0 million, against A$560.0 million.\n\nThe average price was {price} a pound.",
        "A$9.07",
        "A$11.50",
    ),
    (
        "Cheese market\n\nThe market's stallholders sold 1,200 tonnes of cheese between April and August.\n\nThe "
        "market drew large crowds on warm days. The cheese was worth €8.4 million, as the average price per kilo "
        "climbed to {price}.",
        "€7.00",
        "€9.00",
    ),
    (
        "Oyster harvest\n\nGrowers sold 2,500 tonnes of oysters in the season.\n\nThe season started late after a cold "
        "spring. Sales came to NZ$50.0 million.\n\nThe average price was {price} a kilogram.",
        "NZ$20.00",
        "NZ$26.00",
    ),
    (
        "Crab catch\n\nFishers landed 8.0 million pounds of crab this winter, up 5% from 7.6 million pounds.\n\nStorms "
        "kept boats in harbour for a week. The catch was worth $52.0 million.\n\nThe average price paid to "
        "fishers was {price} per pound.",
        "$6.50",
        "$8.50",
    ),
]


@pytest.mark.parametrize(("text", "right", "wrong"), _TAKINGS_APART)
@pytest.mark.parametrize("fires", [False, True])
def test_an_average_price_with_takings_a_paragraph_apart(knowledge, text, right, wrong, fires):
    assert_checked(knowledge, text.format(price=wrong if fires else right), PER_UNIT, fires)


@pytest.mark.parametrize(
    "text",
    [
        # (two takings of the currency in the paragraph before: which the price divides is not said)
        "Scallop landings\n\nScallop landings reached 12.0 million pounds, up from 10.5 million pounds.\n\nBoats "
        "worked longer trips. The dockside value rose to $180 million, and processors' sales came to $260 "
        "million.\n\nThe average price was $19.00 a pound.",
        # (a price set per unit, no average of takings)
        "Crab catch\n\nFishers landed 8.0 million pounds of crab this winter.\n\nStorms kept boats in harbour. The "
        "catch was valued at $52.0 million.\n\nThe council set a minimum price of $9.00 a pound for next season.",
    ],
)
def test_no_one_takings_a_paragraph_apart(knowledge, text):
    assert_not_fired(knowledge, text, PER_UNIT)


# ---------------------------------------------------------------- a breakdown's members are no units of the price


_BREAKDOWN_BEFORE = [
    (
        "Blueberry crop\n\nGrowers picked 90 million pounds of blueberries, up 8% from 83.3 million pounds.\n\nWild "
        "berries made up 30 million pounds and cultivated berries 60 million pounds.\n\nThe crop was worth $135 "
        "million. The average price paid to growers was {price} a pound.",
        "$1.50",
        "$2.20",
    ),
    (
        "Prawn landings\n\nTrawlers landed 18.0 million pounds of prawns in the season.\n\nBrown prawns accounted for "
        "11.0 million pounds and white prawns for 7.0 million pounds.\n\nThe value of the catch rose to $54.0 million. "
        "The average price at the dock fell to {price} a pound.",
        "$3.00",
        "$4.90",
    ),
    (
        "Apple harvest\n\nOrchards picked 400,000 tonnes of apples this year.\n\nGala made up 150,000 tonnes, "
        "Braeburn 130,000 tonnes and other kinds 120,000 tonnes.\n\nThe crop was worth NZ$600 million. The average "
        "price was {price} a kilogram.",
        "NZ$1.50",
        "NZ$2.50",
    ),
]


@pytest.mark.parametrize(("text", "right", "wrong"), _BREAKDOWN_BEFORE)
@pytest.mark.parametrize("fires", [False, True])
def test_a_price_per_unit_of_measure_after_a_breakdown(knowledge, text, right, wrong, fires):
    assert_checked(knowledge, text.format(price=wrong if fires else right), PER_UNIT, fires)
    pairs = _pairs(knowledge, text.format(price=right))
    assert not any(member in pair for pair in pairs for member in ("11.0 million pounds", "150,000 tonnes"))


# ---------------------------------------------------------------- a bound is no earlier level of a price per unit


@pytest.mark.parametrize(
    "text",
    [
        "Crab fishery\n\nCrab landings slipped to 30,000 tonnes from 31,000 tonnes.\n\nDemand stayed strong. The "
        "catch was worth A$600.0 million, against A$560.0 million.\n\nThe average price was A$9.07 a pound, against "
        "under A$8 a pound at the start of last season.",
        "Shrimp season\n\nShrimpers landed 20.0 million pounds, up from 18.0 million pounds.\n\nThe catch was worth "
        "$60.0 million, against $57.6 million.\n\nThe average price was $3.00 a pound, compared with more than $3.40 "
        "at the start of last season.",
    ],
)
def test_a_bound_is_no_earlier_level_of_a_price(knowledge, text):
    assert_not_fired(knowledge, text, PER_UNIT)


# ---------------------------------------------------------------- a count, the price each paid, what they took

_COUNTED_TAKINGS = [
    (
        "Harbour fair\n\nRoughly 700 visitors were charged {price} a head, £3,500 at the gate, while stallholders "
        "paid £20 a pitch.",
        "£5",
        "£7",
    ),
    (
        "Dam walk\n\nThe 300 walkers on the dam tour, who paid {price} each for a guide, added £600 to the fund.",
        "£2",
        "£3",
    ),
    (
        "Choir gala\n\nThe gala sold 2,000 seats at {price}, taking £20,000 for the choir's tour.",
        "£10",
        "£14",
    ),
    (
        "Cable car\n\nThe cable car carried 10,000 adults on the standard fare of {price}, bringing in NOK 3.0 "
        "million over the summer.",
        "NOK 300",
        "NOK 420",
    ),
    (
        "Brewery trainees\n\nThe brewery is hiring 10 trainees on wages of {price} each, a bill of £200,000 a year.",
        "£20,000",
        "£26,000",
    ),
    (
        "Village show\n\nThe remaining 1,500 visitors bought day passes at {price} each, adding £4,500 to the "
        "takings, so the show cleared £7,000 overall.",
        "£3",
        "£5",
    ),
    (
        # (a total named by what the units paid in, no other source: `in gate money`)
        "Coast walk\n\nThe remaining 640 walkers paid {price} each, adding £3,200 in gate money, so the day raised "
        "£5,000 in all.",
        "£5",
        "£7",
    ),
    (
        "Raft race\n\nCrews paid £12 a raft to enter, and 900 onlookers bought programmes at {price} each, another "
        "£2,700 for the lifeboat fund.",
        "£3",
        "£4",
    ),
]


@pytest.mark.parametrize(("text", "right", "wrong"), _COUNTED_TAKINGS)
@pytest.mark.parametrize("fires", [False, True])
def test_a_count_the_price_each_paid_and_what_they_took(knowledge, text, right, wrong, fires):
    assert_checked(knowledge, text.format(price=wrong if fires else right), PER_UNIT, fires)


@pytest.mark.parametrize(
    "text",
    [
        # (the total another clause's, past a semicolon)
        "Choir gala\n\nAll 2,000 tickets at £10 went on sale; sponsors added £50,000.",
        # (the price another clause's, past a joiner)
        "Harbour fair\n\nAbout 700 spectators came, and owners paid £2 a dog, another £90.",
        # (an amount after the price named no takings)
        "Choir gala\n\nAll 2,000 tickets at £10 went on sale, up from £8 last year, when £30,000 was raised.",
        # (the price's noun names another count)
        "Dog show\n\nSome 700 spectators watched as owners paid £2 a dog, £90 in all.",
        # (the total another clause's, what the whole evening raised)
        "Charity gala\n\nEach entrant paid £5, and 300 spectators paid £4 each to watch, so the evening raised £1,500 "
        "for the hall.",
        # (past a comma, a subject of its own and another amount)
        "Cycle sportive\n\nSome 80 cyclists paid £15 each, the café took £2,000 that day.",
        # (a span, no count of units)
        "State grants\n\nThe state will spend over 2 fiscal years at $150,000 each, bringing in $6.0 million.",
        # (the total what others gave, a source named after it)
        "Choir gala\n\nAll 2,000 seats went at £10 each, another £5,000 from sponsors.",
        "Sea swim\n\nSome 400 swimmers paid £12 each, adding £3,000 from the town's grant.",
        # (a count per year, and a price per another unit)
        "Street sweeping\n\nDropping three sweeps a year at £90 a mile a sweep is worth £40,000 a year to the council.",
    ],
)
def test_no_count_or_no_takings_of_it(knowledge, text):
    assert_not_fired(knowledge, text, PER_UNIT)


# ---------------------------------------------------------------- the units' plural noun, an average each

_PLURAL_EACH = [
    (
        "Bakery chain\n\nOnline orders brought in £6.0m; the bakery's 30 branches took £9.0m and catering the rest, "
        "£3.0m. The branches averaged {price} in sales each.",
        "£300,000",
        "£420,000",
    ),
    (
        "Savings bank\n\nThe group's 25 branches lent £50m in the year. The branches lent {price} each on average.",
        "£2m",
        "£3m",
    ),
    (
        "Outlet chain\n\nThe chain's 150 stores took £300m in the half, while online sales reached £80m. The stores "
        "averaged {price} each.",
        "£2m",
        "£2.8m",
    ),
    (
        "Festival food\n\nIts eight food trucks took £640,000 over the festival season. The trucks brought in an "
        "average of {price} each.",
        "£80,000",
        "£110,000",
    ),
    (
        "Farm shops\n\nThe co-operative's 12 farm shops sold £3.6m of produce last year. The shops averaged {price} "
        "in takings each.",
        "£300,000",
        "£450,000",
    ),
]


@pytest.mark.parametrize(("text", "right", "wrong"), _PLURAL_EACH)
@pytest.mark.parametrize("fires", [False, True])
def test_the_units_plural_noun_then_an_average_each(knowledge, text, right, wrong, fires):
    assert_checked(knowledge, text.format(price=wrong if fires else right), PER_UNIT, fires)


@pytest.mark.parametrize(
    "text",
    [
        # (an outlay stated with the units, no takings)
        "Pie shops\n\nThe company opened 30 shops at a cost of £9.0m. The shops averaged £500,000 in sales each.",
        # (no average: what each holds)
        "Pie shops\n\nThe company's 30 shops took £9.0m last year. The shops employ 12 staff each.",
    ],
)
def test_no_takings_of_the_plural_units(knowledge, text):
    assert_not_fired(knowledge, text, PER_UNIT)


# ---------------------------------------------------------------- a noun before a count is a figure's past its words


_NOUN_OF_ANOTHER_COUNT = [
    (
        "Speed humps\n\nThe council will install 40 speed humps on nine streets. The humps cost {price} each to build, "
        "£100,000 in all.",
        "£2,500",
        "£3,500",
    ),
    (
        "Street trees\n\nVolunteers will plant 300 young oak trees along 12 roads. The trees cost {price} each to "
        "buy and stake, £24,000 in all.",
        "£80",
        "£110",
    ),
    (
        "Bus shelters\n\nThe town is replacing 60 old bus shelters in 15 villages. The shelters cost {price} each to "
        "fit, £420,000 in all.",
        "£7,000",
        "£9,500",
    ),
]


@pytest.mark.parametrize(("text", "right", "wrong"), _NOUN_OF_ANOTHER_COUNT)
@pytest.mark.parametrize("fires", [False, True])
def test_a_noun_before_a_count_past_a_modifier_is_another_figures(knowledge, text, right, wrong, fires):
    assert_checked(knowledge, text.format(price=wrong if fires else right), PER_UNIT, fires)
    pairs = _pairs(knowledge, text.format(price=right))
    assert not any(member in pair for pair in pairs for member in ("nine streets", "12 roads", "15 villages"))
