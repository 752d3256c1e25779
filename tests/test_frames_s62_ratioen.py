"""English ratios (sixty-second session, lane `ratioen`).

- A count per one of a noun marked `to a` (`30 pupils to a class`, `to an`, `to each`, `to every`): the same mark as
  `per` and `a` (`[link.per_unit_after_average]`), so the count per unit reading (checker/link/counts_per_unit.py)
  divides the count its sentence states by the count of that noun; such a count is no part of a sum the sentence
  closes later (`…, 60 visits in all`: checker/link/totals.py).
- A multiple appended to a figure and of a figure a phrase names in brackets right after it (`twice the width of the
  old one (1.6 metres)`: `[link.multiple_of_named_after]`, checker/link/multiples_appended.py).

- A total of a range of two periods (`between March and June`, `from May to August`) is of one span: a figure per unit
  after it in its sentence divides it (checker/link/periods_named.py read the two ends as two periods).
- A figure restating its sentence's total per one (`…, 15 square metres each`) of the plural noun the total's clause
  opens on (`the sheds offer 75 square metres`), counted in a sentence before (checker/link/restated_per_unit.py: a
  measure as well as money, the count read apart, a guess).
- A price after a verb of costing, then a clause joined on after a comma that opens on `the` and a count, and ends on
  what they came to (`Adult tickets cost £7, and the 300 sold brought in £2,100`: checker/link/
  prices_then_counted_totals.py); the extract stage reads that count as one, no amount in the price's currency.

Every sentence is written for this file, with invented places, names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import assert_checked, assert_not_fired, assert_not_linked

PER_UNIT = "F317"
SUM = "F302"
MULTIPLE = "F304"

_TO_A_UNIT = [
    # (text, holding, broken)
    ("Brockwell school has 210 pupils in its seven classes, {a} to a class.", "30", "45"),
    ("The trust keeps 96 goats in eight pens, about {a} goats to a pen, on the hill above Marlow Cross.", "12", "19"),
    (
        "Fenbury's allotment society has split its 180 plots among nine wardens, {a} to each warden.",
        "20",
        "35",
    ),
    # the sum the sentence closes later takes neither the pupils nor the count per class
    (
        "Aldmoor school has 174 pupils in its six classes, {a} to a class, and each class will visit the farm once a "
        "month through the ten months of the year, 60 visits in all.",
        "29",
        "40",
    ),
]


@pytest.mark.parametrize("template,holding,broken", _TO_A_UNIT)
def test_count_to_a_unit(knowledge, template, holding, broken):
    assert_checked(knowledge, template.format(a=holding), PER_UNIT, fires=False)
    assert_checked(knowledge, template.format(a=broken), PER_UNIT, fires=True)


_NOT_TO_A_UNIT = [
    # money given to one recipient: no figure per unit
    "The Kelby fund gave £500 to a charity in the town and £300 to the scouts.",
    # `to a` before a time: a period, no unit
    "The Halden ferry made 40 crossings, 12 to a day at the busiest.",
    # no count of the noun the mark names
    "Brockwell school has 210 pupils, 30 to a class.",
]


@pytest.mark.parametrize("text", _NOT_TO_A_UNIT)
def test_no_count_to_a_unit(knowledge, text):
    assert_not_linked(knowledge, text, PER_UNIT)


@pytest.mark.parametrize("mark", ["to a", "per"])
def test_count_per_unit_is_no_part_of_a_later_sum(knowledge, mark):
    text = (
        f"Aldmoor school has 174 pupils in its six classes, 29 {mark} class, and each class will visit the farm once a "
        "month through the ten months of the year, 60 visits in all."
    )
    assert_not_fired(knowledge, text, SUM)


_MULTIPLE_OF_BRACKETED = [
    # (text, holding, broken)
    ("The new footbridge at Carrow is {a} metres wide, twice the width of the old one (1.6 metres).", "3.2", "4.4"),
    ("The new pavilion cost £96,000, three times the cost of the old one (£32,000).", "96,000", "160,000"),
    ("Its new tank holds {a} litres, four times the capacity of its first (450 litres).", "1,800", "2,700"),
]


@pytest.mark.parametrize("template,holding,broken", _MULTIPLE_OF_BRACKETED)
def test_multiple_of_a_bracketed_figure(knowledge, template, holding, broken):
    assert_checked(knowledge, template.replace("£96,000", "£{a}").format(a=holding), MULTIPLE, fires=False)
    assert_checked(knowledge, template.replace("£96,000", "£{a}").format(a=broken), MULTIPLE, fires=True)


_NOT_MULTIPLE_OF_BRACKETED = [
    # the bracket holds another measure (a conversion), not what the phrase names
    "The new footbridge is 3.2 metres wide, twice the width of the old one, which was built in 1890 (for £400).",
    # no phrase before the bracket: the bracket is an aside
    "The new footbridge is 3.2 metres wide, twice as wide (1.6 metres was the old width).",
]


@pytest.mark.parametrize("text", _NOT_MULTIPLE_OF_BRACKETED)
def test_no_multiple_of_a_bracketed_figure(knowledge, text):
    assert_not_linked(knowledge, text, MULTIPLE)


_PRICE_THEN_COUNTED_TOTAL = [
    # (text, holding, broken): a price after a verb of costing, then `, and the N … brought in T`
    ("Adult tickets to the Harwell fair cost £{a}, and the 300 sold brought in £2,100.", "7", "11"),
    # a price of one thing to make, the count of those added and what they cost
    ("A new nest box costs £{a} to build, and the 30 added this year cost £2,100.", "70", "95"),
    # `who did so`: the count of those who paid, then the total they raised
    ("Adults paid £{a} at the gate, and the 1,500 who did so raised £6,000.", "4", "6"),
    # an equivalent in brackets after the price, and `the N of them`
    (
        "The Tarnvik stools cost NOK {a} million each (about £190,000), so the 30 of them came to NOK 75 million.",
        "2.5",
        "3.5",
    ),
    # `so this year's N cost`, a hedge before the price
    ("Each bench costs about £{a} to buy and fit, so this year's 36 cost £45,000.", "1,250", "1,750"),
    # `so the first N cost`
    ("Each hamper, packed with a cake and a card, costs £{a} in food, so the first 4,000 cost £9,000.", "2.25", "3.25"),
    # the count's own noun is the priced noun (`Lanterns … the 60 lanterns`)
    ("Paper lanterns sold for £{a} at the Ossery parade, and the 60 lanterns sold made £480.", "8", "13"),
    # the total closes on what it was for: still the priced things' total
    ("Guests at the Penmoor supper paid £{a}, so the 80 who came raised £960 for the lifeboat.", "12", "19"),
]


@pytest.mark.parametrize("template,holding,broken", _PRICE_THEN_COUNTED_TOTAL)
def test_price_then_counted_total(knowledge, template, holding, broken):
    assert_checked(knowledge, template.format(a=holding), PER_UNIT, fires=False)
    assert_checked(knowledge, template.format(a=broken), PER_UNIT, fires=True)


_NOT_PRICE_THEN_COUNTED_TOTAL = [
    # a price per a period: the total is over how many periods, unsaid
    "Members of the Harwell club pay £10 a month, and the 40 who joined this year cost the club £4,800.",
    # no count opening the joined clause (a money figure of the joined clause)
    "Adult tickets cost £7, and the £300 raised at the door went to the church.",
    # no verb of costing before the price
    "Adult tickets, £7 at the door, and the 300 sold brought in £2,100.",
    # the count is of another clause (no joiner and `the` before it)
    "Adult tickets cost £7, while 300 children came free and the stalls brought in £2,100.",
    # the count has a noun of its own, not the priced one (review s62)
    "Loaves at the Dunholt market cost £3, and the 14 bakers made £6,200 between them over the summer.",
    "Guests at the Penmoor supper paid £12, and the 80 chairs cost £1,960 to hire.",
    "The Carrow plot cost £600, and the 45 trees planted on it cost £2,300.",
    # the total is of something else or more than the priced things (review s62)
    "Tarts at the Wenlow fete cost £3, and the 80 made by Friday cost £500 in flour and butter.",
    "A Yelford pool pass cost £6, and the 450 sold in May brought in £9,300 with the June sales.",
    "The Carrow bench cost £600, and the 45 fitted this year cost £2,300 more.",
]


@pytest.mark.parametrize("text", _NOT_PRICE_THEN_COUNTED_TOTAL)
def test_no_price_then_counted_total(knowledge, text):
    assert_not_linked(knowledge, text, PER_UNIT)


def test_the_count_after_a_price_is_no_amount(knowledge):
    from helpers import claims

    found = claims("Adult tickets cost £7, and the 300 sold brought in £2,100.", knowledge).claims
    sold = next(c for c in found if c.text == "300")
    assert sold.kind == "count"


_TOTAL_OVER_A_RANGE = [
    # (text, holding, broken)
    (
        "The Corley society's 50 members gave 2,000 hours between March and June, an average of {a} hours each.",
        "40",
        "55",
    ),
    ("Its 24 boats landed 1,800 tonnes from May to August, an average of {a} tonnes each.", "75", "95"),
]


@pytest.mark.parametrize("template,holding,broken", _TOTAL_OVER_A_RANGE)
def test_total_over_a_range_of_periods(knowledge, template, holding, broken):
    assert_checked(knowledge, template.format(a=holding), PER_UNIT, fires=False)
    assert_checked(knowledge, template.format(a=broken), PER_UNIT, fires=True)


_NOT_TOTAL_OVER_A_RANGE = [
    # two periods, no range: the total is another period's than the figure per unit
    "The Corley society's 50 members gave 2,000 hours of work in March, and in June an average of 35 hours each.",
]


@pytest.mark.parametrize("text", _NOT_TOTAL_OVER_A_RANGE)
def test_no_total_over_two_periods(knowledge, text):
    assert_not_linked(knowledge, text, PER_UNIT)


_EACH_OF_THE_SUBJECT_COUNTED_BEFORE = [
    # (text, holding, broken)
    (
        "The Dunmere club bought five sheds last spring.\n\n"
        "Side by side, the sheds offer 75 square metres of storage, {a} square metres each.",
        "15",
        "21",
    ),
    (
        "Ravensby council ordered six gritters in June.\n\nThe gritters carry 54 tonnes of salt, {a} tonnes each.",
        "9",
        "14",
    ),
]


@pytest.mark.parametrize("template,holding,broken", _EACH_OF_THE_SUBJECT_COUNTED_BEFORE)
def test_each_of_the_subject_counted_before(knowledge, template, holding, broken):
    assert_checked(knowledge, template.format(a=holding), PER_UNIT, fires=False)
    assert_checked(knowledge, template.format(a=broken), PER_UNIT, fires=True)


_NOT_EACH_OF_THE_SUBJECT = [
    # the noun the clause opens on is counted twice before, of two values: which count, not said
    "The club bought five sheds in May and six sheds in June.\n\n"
    "Side by side, the sheds offer 75 square metres of storage, 15 square metres each.",
    # a pronoun opens the total's clause: which noun each one is of, not said
    "The club bought five sheds last spring.\n\nSide by side, they offer 75 square metres, 15 square metres each.",
]


@pytest.mark.parametrize("text", _NOT_EACH_OF_THE_SUBJECT)
def test_no_each_of_the_subject(knowledge, text):
    assert_not_linked(knowledge, text, PER_UNIT)
