"""English figures per unit whose total stands where the per-unit readings before did not look (twenty-ninth session,
lane `ratio-en`), general readings of checker/link/per_unit_fallback.py:
- a total named again: the figure's sentence names again (`The tender, for 310 shelters, …`) the noun an earlier total
  is the value of (`a tender worth $4.65m`, `a $3.6m (C$4.9m) contract`), and states the count the figure is per;
- the product after the price: a count, then its price per unit, then one larger figure of the price's unit closing
  the clause (`640 tonnes, paid for at $310 a tonne, an outlay of $198,400`): count × price = total;
- an average naming no noun appended to a count (`…, shared among 820 members, an average of $45.`): per that
  count, over the one total of its sentence or the ones before.
Never when the noun named again names no earlier total, two earlier totals of other values carry it, the lead's total
is of another unit, the larger figure after the price stands in a clause of its own, or the average is not appended
to a count.

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import document, findings
from test_frames import assert_checked, assert_not_checked

RULE = "F317"

SHELTERS_LEAD = (
    "Texas city picks Dundee fabricator\n\n"
    "El Mirador council has handed Corvin Metalworks a tender worth $4.65 million, the Dundee fabricator told staff "
    "at its yard, where yearly revenue climbed to $31 million."
)
BALLAST_LEAD = (
    "Kettle Stone has signed a $3.6 million (C$4.9 million) contract with a freight railroad, the quarry company said."
)


# ---------------------------------------------------------------- a total named again


@pytest.mark.parametrize("price,fires", [("$15,000", False), ("about $15,000", False), ("$18,600", True)])
def test_the_noun_named_again_carries_its_total(knowledge, price, fires):
    text = f"{SHELTERS_LEAD}\n\nThe tender, covering 310 shelters to be put up by 2028, comes to {price} a shelter."
    assert_checked(knowledge, text, RULE, fires)


@pytest.mark.parametrize("price,fires", [("$80", False), ("roughly $80", False), ("$95", True)])
def test_a_total_with_a_conversion_before_its_noun(knowledge, price, fires):
    text = f"{BALLAST_LEAD}\n\nThe contract, for 45,000 tons of ballast, comes to {price} a ton."
    assert_checked(knowledge, text, RULE, fires)


@pytest.mark.parametrize("price,fires", [("€52", False), ("€66", True)])
def test_an_adjective_between_the_determiner_and_the_noun(knowledge, price, fires):
    text = (
        "Ardent Bakeware struck a deal worth €1.3 million in March with a chain of Portuguese cafes.\n\n"
        f"The Portuguese deal covers 25,000 trays for its kitchens, or {price} a tray."
    )
    assert_checked(knowledge, text, RULE, fires)


@pytest.mark.parametrize("price,fires", [("$30", False), ("about $30", False), ("$36", True)])
def test_an_order_for_a_total(knowledge, price, fires):
    text = (
        "An Ohio school district placed an order for $2.1 million with Fenwick Tiles to redo its 19 gyms.\n\n"
        f"The order, covering 70,000 tiles, comes to {price} a tile."
    )
    assert_checked(knowledge, text, RULE, fires)


@pytest.mark.parametrize("price,fires", [("£20,000", False), ("£26,000", True)])
def test_the_head_of_a_compound_after_the_total(knowledge, price, fires):
    text = (
        "Orkney Salt has signed a £640,000 supply deal with a London grocer, its biggest yet.\n\n"
        f"Under the deal, 32 tonnes of flaked salt will ship by June at about {price} a tonne."
    )
    assert_checked(knowledge, text, RULE, fires)


# ---------------------------------------------------------------- the product after the price


@pytest.mark.parametrize("total,fires", [("$198,400", False), ("about $198,000", False), ("$248,400", True)])
def test_count_times_price_then_the_product(knowledge, total, fires):
    text = f"Its bakery used 640 tonnes of oats last year, paid for at $310 a tonne, an outlay of {total}."
    assert_checked(knowledge, text, RULE, fires)


@pytest.mark.parametrize("total,fires", [("€61,200", False), ("€81,200", True)])
def test_product_after_a_price_per_head(knowledge, total, fires):
    text = f"Ostwald Farms sold 340 lambs last week at €180 a lamb, takings of {total} for the estate."
    assert_checked(knowledge, text, RULE, fires)


# ---------------------------------------------------------------- an average appended to a count


@pytest.mark.parametrize("average,fires", [("£3", False), ("about £3", False), ("£4", True)])
def test_an_average_appended_to_the_count_of_its_clause(knowledge, average, fires):
    # (the total in the count's own sentence: one of the sentence before may be another pot, test_frames_s29_lead.py)
    text = f"A village fete that raised £8,100 drew 2,700 visitors, an average of {average}."
    assert_checked(knowledge, text, RULE, fires)


@pytest.mark.parametrize("average,fires", [("$125", False), ("$150", True)])
def test_an_average_appended_in_the_sentence_of_its_total(knowledge, average, fires):
    text = f"Donors gave the hospice $460,000 last winter, spread over 3,680 gifts, averaging {average}."
    assert_checked(knowledge, text, RULE, fires)


# ---------------------------------------------------------------- near misses: the figures are not related

NOT_RELATED = [
    # the noun named again is another's than the earlier total's
    f"{SHELTERS_LEAD}\n\nThe shipment, covering 310 shelters, comes to $18,600 a shelter.",
    # the lead's total is of another currency
    "A Dutch city handed Pell Fabrication a tender worth €4.65 million.\n\n"
    "The tender, covering 310 shelters to be put up by 2028, comes to $18,600 a shelter.",
    # two earlier totals carry the noun, of other values
    "Orm Foundry won a contract worth $2.4 million in March and a contract worth $3.1 million in May.\n\n"
    "The contract, for 12,000 castings, works out at $310 a casting.",
    # the noun is named again with no count of the units in its sentence
    f"{SHELTERS_LEAD}\n\nThe tender comes to $18,600 a shelter, the fabricator said.",
    # the larger figure after the price stands in a clause of its own
    "The mill bought 640 tonnes of oats at $310 a tonne, and the bakery's sales came to $248,400.",
    # the larger figure after the price is of another currency
    "Its bakery used 640 tonnes of oats, paid for at $310 a tonne, an outlay of €248,400.",
    # the larger figure after the price is another subject's, past a clause break
    "Its bakery used 640 tonnes of oats, paid for at $310 a tonne, while its cafe took in $248,400.",
    # an average naming no noun that is no average of the count before it (another clause)
    "A village fete raised £8,100. Its stalls drew 2,700 visitors; raffle tickets sold for an average of £4.",
    # an average with no count in its sentence
    "A village fete raised £8,100 in June. Takings rose on the year, an average of £4 higher.",
    # a list of unrelated figures near a price
    "The harbour has 46 moorings, a slipway built in 1988 and a fuel dock selling diesel at $2 a litre.",
    # a price per unit and a total of another year
    "The co-op sold 1,200 tonnes of barley in 2024 at $280 a tonne. In 2025 its sales came to $410,000.",
    # a price quoted for a market, a count of another noun
    "Our county's 310 growers watched world prices average $3,100 a tonne over the season.",
    # a tender named again, but the count is of another noun than the price's
    f"{SHELTERS_LEAD}\n\nThe tender, which will keep 84 welders busy, comes to $18,600 a shelter.",
    # a deal named again in a paragraph of another subject, with another unit
    "Cask & Co agreed a deal worth £700,000 with a Swedish importer.\n\n"
    "The deal covers 40,000 bottles, the same as the 2024 deal, at 9 kroner a bottle in duty.",
    # the average is per unit of its own, of a count of another time
    "A village fete raised £8,100 this year. Last year its stalls drew 2,700 visitors, an average of £4 each.",
    # an average of a rate, no money
    "The clinic saw 2,700 patients in the year, an average of 52 a week.",
]


@pytest.mark.parametrize("text", NOT_RELATED)
def test_near_misses_are_not_linked(knowledge, text):
    assert_not_checked(knowledge, text, RULE)


# ---------------------------------------------------------------- clean paragraphs: nothing fires on them

CLEAN = [
    f"{SHELTERS_LEAD}\n\nThe tender, covering 310 shelters to be put up by 2028, comes to $15,000 a shelter.",
    f"{BALLAST_LEAD}\n\nThe contract, for 45,000 tons of ballast, comes to about $80 a ton.",
    "Its bakery used 640 tonnes of oats last year, paid for at $310 a tonne, an outlay of $198,400.",
    "A village fete raised £8,100. Its stalls drew 2,700 visitors, an average of £3.",
    "Donors gave the hospice $460,000 last winter, spread over 3,680 gifts, averaging $125.",
    "The ferry carried 48,000 cars and 9,000 vans in July, and fares rose by $2 a car to $38.",
    "The council owns 412 allotments, rents them at £60 a plot, and spent £18,000 on new fencing in the spring.",
    "The brewery sold 2.4 million pints last year. A pint costs £4.20 at the taproom, up 30p on the year.",
    "The school has 1,140 pupils and 86 teachers; its budget is £7.9 million, and meals cost £2.60 each.",
    "The orchard planted 3,000 trees on 40 acres in 2019. Apples sold at $1.10 a pound this autumn.",
    "Rents at the market hall average £95 a week for 64 stalls; the hall itself cost £1.2 million to restore.",
    "The marina charges $18 a foot for a summer berth and has 210 berths, 40 of them for visiting boats.",
    "The contract, signed in 2023, covers maintenance at 12 depots, and the firm's revenue was $41 million.",
    "The zoo sold 310,000 tickets, up 8 per cent. An adult ticket costs €24 and a child's €12.",
    "Two ferries, each carrying 600 passengers, run hourly; a crossing costs $9 for adults and $4 for children.",
    "The farm sold 46 calves at auction, its best price in years, and bought a new tractor for £86,000.",
    "The library lent 412,000 books last year, an average of 1,130 a day, and added 9,400 new titles.",
]


@pytest.mark.parametrize("text", CLEAN)
def test_clean_paragraphs_raise_nothing(knowledge, text):
    result = findings(knowledge, document(text))
    assert not [f for f in result.findings if f.severity in ("error", "warning")], [f.message for f in result.findings]
