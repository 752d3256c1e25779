"""English ratios on copy never seen (forty-fourth session, lane `ratio_en`).

- Lots: a whole shipped, split or played in so many units of one size each (`in three batches of 300`, `in six
  monthly loads of 3,000`, `split into four divisions of 12`): the lot written bare, its noun carried from the whole
  (a count its sentence states before the units, the counted noun its words name, or, after a pronoun opening it, the
  noun the sentence before counts), a word describing the units between their number and their noun, and the whole
  stated before the units in the lot's own sentence (checker/extract/quantities.py `_read_lot_sizes`,
  checker/link/lots.py, `[link.lot_size_before]`, `[link.lot_size_after]`, `[link.lot_pronoun_openers]`).

Every sentence is written for this file, with invented places, names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import assert_checked, assert_not_fired, rule_result

PER_UNIT, SUM = "F317", "F302"


def _pairs(knowledge, text: str, rule: str = PER_UNIT) -> list[set[str]]:
    """The texts each item of the rule touches, reported or passed."""
    result = rule_result(knowledge, text, rule)
    return [
        {text[loc.start : loc.end] for loc in [item.location, *item.related]}
        for item in [*result.findings, *result.passed]
    ]


# ---------------------------------------------------------------- a bare lot, its noun carried from the whole

_BARE_LOTS = [
    # (the whole counted before the units in the lot's own sentence)
    (
        "Bramble Kiln order\n\nBramble Kiln will send 900 mugs to a cafe chain in Bergen, at £14 each, in three "
        "shipments of {lot} between May and July.",
        "300",
        "450",
    ),
    (
        "Osier Baskets deal\n\nOsier Baskets has agreed to make 2,400 log baskets for a garden chain, worth £96,000, "
        "delivered in four lots of {lot} from September.",
        "600",
        "900",
    ),
    # (the counted noun named again by the lot's sentence)
    (
        "Tarn Pencils export\n\nTarn Pencils has won an order for 12,000 pencils from a Munich stationer. The pencils "
        "will leave Cumbria in four consignments of {lot} between July and October.",
        "3,000",
        "4,000",
    ),
    (
        "Fenwold darts league\n\nThe Fenwold darts league will field 48 teams next season, up from 40. The teams will "
        "be split into four divisions of {lot}.",
        "12",
        "16",
    ),
    # (a pronoun opening the lot's sentence: the noun the sentence before counts)
    (
        "Harrowgate Preserves export\n\nHarrowgate Preserves will ship 18,000 jars of damson jam to a Zurich grocer "
        "over the winter. They will go in six monthly loads of {lot}, the first in November.",
        "3,000",
        "4,500",
    ),
]


@pytest.mark.parametrize(("text", "right", "wrong"), _BARE_LOTS)
@pytest.mark.parametrize("fires", [False, True])
def test_a_bare_lot_carries_the_noun_of_the_whole(knowledge, text, right, wrong, fires):
    assert_checked(knowledge, text.format(lot=wrong if fires else right), PER_UNIT, fires)


@pytest.mark.parametrize(
    "text",
    [
        # (each member of the lot goes on after it: the bare numbers after it are the members' own)
        "Marshfield korfball\n\nForty teams took part in the Marshfield korfball festival. The teams were split "
        "into eight groups of five, each playing the other four, so there were 80 group matches.",
        "Oxley skittles\n\nThe Oxley skittles league will field 84 teams. The league will run seven divisions of 12, "
        "and every team will meet the other 11 twice.",
        # (a span of time, no units the whole is put into)
        "Crane Hill quarry\n\nThe quarry cut 1,200 tonnes of slate this year. It worked in three weeks of 300 hours.",
    ],
)
def test_a_lot_followed_by_its_members_or_a_span_is_no_lot(knowledge, text):
    assert_not_fired(knowledge, text, PER_UNIT)
    assert_not_fired(knowledge, text, SUM)


def test_a_bare_lot_of_a_noun_counted_only_far_from_the_lead_is_not_read(knowledge):
    text = (
        "Skerry Tannery order\n\nSkerry Tannery has agreed to supply 4,000 tanned sheepskins to a Danish sofa maker. "
        "The tannery employs 30 people.\n\nIt processes hides from 90 farms.\n\nThe farms sent it 18,300 skins last "
        "year. The skins will be delivered in four lots of 1,000 between November and February."
    )
    assert not any({"1,000", "18,300 skins"} <= pair for pair in _pairs(knowledge, text)), _pairs(knowledge, text)


# ---------------------------------------------------------------- a word describing the units, the whole before them


@pytest.mark.parametrize(
    "text",
    [
        "Glen Avon oatcakes\n\nGlen Avon Bakery will send 36,000 packets of oatcakes to an Oslo grocer. It will ship "
        "them in six monthly loads of {lot} packets.",
        "Stoneyridge haskap\n\nA Stoneyridge farm will ship 48 tonnes of haskap berries, or C$6 a kilogram, in four "
        "refrigerated containers of {lot} tonnes each.",
        "Lundy cheese\n\nA Lundy dairy will supply 60 tonnes of cheese over a year, or £9 a kilo, to be shipped in "
        "twelve monthly loads of {lot} tonnes.",
        "Brackwater steins\n\nBrackwater Pottery will supply 7,000 steins, an average of €55 apiece, in two "
        "shipments of {lot} steins.",
        "Kelder cider\n\nKelder Cider will export 24,000 bottles this winter, sent in three weekly consignments of "
        "{lot} bottles.",
    ],
)
@pytest.mark.parametrize("fires", [False, True])
def test_units_described_before_their_noun_and_a_whole_stated_before_them(knowledge, text, fires):
    sizes = {"36,000": (6000, 9000), "48 tonnes": (12, 18), "60 tonnes": (5, 8), "7,000": (3500, 5000)}
    size = next((pair for key, pair in sizes.items() if key in text), (8000, 11000))
    lot = size[1] if fires else size[0]
    assert_checked(knowledge, text.format(lot=f"{lot:,}"), PER_UNIT, fires)


# ---------------------------------------------------------------- units and their lot are no list of parts


@pytest.mark.parametrize(
    "text",
    [
        "Fenwold darts league\n\nThe Fenwold darts league will field 48 teams next season. The teams will be split "
        "into four divisions of 12.",
        "Lowmoor netball\n\nLowmoor netball league has 30 teams this winter. They are divided into three divisions "
        "of 10.",
        "Pinhay Pottery\n\nPinhay Pottery will make 900 bowls for a hotel group. The bowls will be split into three "
        "batches of 300 between May and July.",
    ],
)
def test_units_and_their_lot_after_a_split_mark_are_no_list(knowledge, text):
    assert_not_fired(knowledge, text, SUM)


# ---------------------------------------------------------------- margins: the earlier level restated, a change's base

_EARLIER_MARGINS = [
    (
        "Brook Foods results\n\nRevenue rose to $5.50 billion from $5.00 billion. Operating profit was $550 million, "
        "a margin of 10 per cent, up from $400 million, or {rate} per cent, a year earlier.",
        "$400 million",
        "8",
        "9",
    ),
    (
        "Kettle Lane results\n\nFirst-half sales rose 12.5 per cent to ¥4.0bn from ¥3.5bn. Operating profit was ¥480m, "
        "a margin of 12 per cent, up from ¥350m, or {rate} per cent, in the same half a year ago.",
        "¥350m",
        "10",
        "14",
    ),
    (
        "Harbour Rope results\n\nTurnover climbed to £9.0m from £8.0m. Operating profit was £1.08m, a margin of 12 per "
        "cent, against £0.64m, or {rate} per cent, the year before.",
        "£0.64m",
        "8",
        "10",
    ),
    (
        "Pine Row results\n\nSales increased to €60 million from €50 million. Operating profit reached €9 million, a "
        "margin of 15 per cent, up from €4 million, or {rate}%, a year earlier.",
        "€4 million",
        "8",
        "11",
    ),
    (
        "Alder Mills results\n\nRevenue grew to C$250 million from C$200 million. Operating income was C$30 million, a "
        "margin of 12 per cent, compared with C$16 million, or {rate} per cent, a year ago.",
        "C$16 million",
        "8",
        "10",
    ),
]


@pytest.mark.parametrize(("text", "profit", "right", "wrong"), _EARLIER_MARGINS)
@pytest.mark.parametrize("fires", [False, True])
def test_an_earlier_profit_restated_as_its_margin(knowledge, text, profit, right, wrong, fires):
    text = text.format(rate=wrong if fires else right)
    result = rule_result(knowledge, text, "F307")
    earlier = [
        item
        for item in [*result.findings, *result.passed]
        if profit in {text[loc.start : loc.end] for loc in [item.location, *item.related]}
    ]
    assert len(earlier) == 1, [item.message for item in [*result.findings, *result.passed]]
    assert (earlier[0] in result.findings) == fires, earlier[0].message


@pytest.mark.parametrize(
    "text",
    [
        # (a share of a whole after the earlier level, no margin in the sentence)
        "Brook Foods results\n\nRevenue rose to $5.50 billion from $5.00 billion. Exports were $550 million, up from "
        "$400 million, or 9 per cent of the total.",
        # (the earlier level of another metric than the margin's profit)
        "Kettle Lane results\n\nSales rose to ¥4.0bn from ¥3.5bn, or 20 per cent. Operating profit was ¥480m, a "
        "margin of 12 per cent.",
    ],
)
def test_a_percentage_after_another_earlier_level_is_no_earlier_margin(knowledge, text):
    assert_not_fired(knowledge, text, "F307")


@pytest.mark.parametrize(
    "text",
    [
        "Fenland Herbs results\n\nFenland Herbs reported revenue of £50.0 million for the year on Tuesday, more than "
        "twice the £22.0 million of the year before. Net profit was £10.0 million, a margin of {rate} per cent.",
        "Moorcroft results\n\nMoorcroft Dairies posted sales of €80 million, three times the €26 million it made two "
        "years ago. Net profit was €8 million, a margin of {rate} per cent.",
        "Tamar Boats results\n\nTamar Boats said revenue reached $30 million in the year, double the $15 million of "
        "the year before. Net income was $3 million, a net margin of {rate} per cent.",
        "Glebe Joinery results\n\nGlebe Joinery's turnover came to £12 million, up from £9 million. Net profit was "
        "£1.2 million, a margin of {rate} per cent.",
        "Orchid Labs results\n\nOrchid Labs reported revenue of A$40 million, almost twice the A$21 million of a year "
        "earlier.\n\nLab services brought in A$24 million, or 60 per cent of revenue, and kits the other A$16 "
        "million. Net profit was A$6 million, a margin of {rate} per cent.",
    ],
)
@pytest.mark.parametrize("fires", [False, True])
def test_a_margin_is_over_the_revenue_not_the_level_a_multiple_is_measured_from(knowledge, text, fires):
    right = {"Fenland": "20", "Moorcroft": "10", "Tamar": "10", "Glebe": "10", "Orchid": "15"}
    wrong = {"Fenland": "45", "Moorcroft": "31", "Tamar": "20", "Glebe": "13", "Orchid": "29"}
    name = next(key for key in right if key in text)
    assert_checked(knowledge, text.format(rate=wrong[name] if fires else right[name]), "F318", fires)


# ---------------------------------------------------------------- a deal's price past the deal's own lines

_DEAL_LINES = [
    "Pottery order\n\nA pottery has won a £60,000 order from a Paris store for 2,000 pieces of tableware, the studio "
    "said on Monday.\n\nIt will supply 1,200 mugs at £25 each, worth £30,000, and 800 bowls at £37.50 each, also "
    "£30,000. Across the order the pieces average {price} each.",
    "Pottery order\n\nA pottery has won a £60,000 order from a Paris store for 2,000 pieces of tableware, the studio "
    "said on Monday.\n\nIt will supply 1,200 mugs, worth £30,000, and 800 bowls, also £30,000.\n\nThat works out at "
    "{price} a piece.",
    "Linen deal\n\nA linen mill has signed a €90,000 deal to supply 6,000 pieces to a hotel chain in Lyon.\n\nTea "
    "towels account for €54,000 and napkins for €36,000.\n\nThe pieces will sell to the chain at {price} each.",
    "Cider order\n\nA cider maker has won a £48,000 order for 12,000 bottles from a Danish importer, it said on "
    "Tuesday.\n\nDry cider makes up £30,000 of the order and perry the other £18,000.\n\nThat is {price} a bottle.",
    "Clock order\n\nA clockmaker has agreed a $96,000 contract to supply 800 clocks to a Boston chain.\n\nWall clocks "
    "bring in $60,000 and mantel clocks $36,000.\n\nThe chain will pay an average of {price} a clock.",
]


@pytest.mark.parametrize(
    ("text", "right", "wrong"),
    list(zip(_DEAL_LINES, ["£30", "£30", "€15", "£4", "$120"], ["£40", "£40", "€19", "£5", "$150"], strict=True)),
)
@pytest.mark.parametrize("fires", [False, True])
def test_a_deal_price_past_the_lines_that_add_up_to_the_deal(knowledge, text, right, wrong, fires):
    assert_checked(knowledge, text.format(price=wrong if fires else right), PER_UNIT, fires)


def test_amounts_that_do_not_add_up_to_the_deal_still_leave_its_price_unsaid(knowledge):
    text = (
        "Pottery order\n\nA pottery has won a £60,000 order from a Paris store for 2,000 pieces of tableware.\n\nIt "
        "will supply 1,200 mugs, worth £30,000, and 800 bowls, worth £20,000.\n\nThat works out at £30 a piece."
    )
    assert not any({"£30", "£60,000"} <= pair for pair in _pairs(knowledge, text)), _pairs(knowledge, text)
