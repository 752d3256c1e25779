"""English readings of the fifty-eighth session (growths, shares, differences and conversions of an opened set).

- The equivalent of a price of one, in a sentence after the total's equivalent, named by its topic however it is
  worded: an adverb or a modal between the unit and its verb (`Each lamp therefore earns the firm about`, `Each lamp
  will earn about`), `That puts each lamp at about`, `Per lamp, the Danish price works out at about`, and a sentence
  opening on the amount with its unit after it (`At about £77 a lamp, the Danish price is …`):
  `[link.one_unit_equivalent_before]`, `[link.one_unit_topic_counter]`.
- A share whose sentence states no figure before it but a total's equivalent (`That is about £61,700 at the bank's
  rate, and equal to 30.6 per cent of …`, `… that is around £61,700, equivalent to 30.6 per cent of the firm's
  £201,600 turnover`): the equivalent is the part, in the whole's money.

Every sentence is written for this file, with invented places, names and numbers; the rates are the frame day's.
"""

from __future__ import annotations

import pytest
from helpers import FRAME_DAY, assert_checked, claims, conversion_role

CONVERSION, SHARE = "F202", "F503"

# on the frame day: €72,000 is about £61,700 and €90 about £77; $72,000 about £53,400 and $45 about £33
_EURO_DEAL = (
    "Tintagel lamp maker wins €72,000 order from Utrecht\n\n"
    "A lamp workshop in Tintagel has won an order for 800 lamps from a hotel group in Utrecht.\n\n"
    "Carrow Lamps will be paid €90 a lamp, €72,000 in all. Converted at the European Central Bank's rate on "
    "Wednesday, that comes to roughly £61,700.\n\n"
)
_DOLLAR_DEAL = (
    "Bideford basket weavers send 1,600 baskets to Ohio\n\n"
    "A basket workshop in Bideford is sending 1,600 baskets to a store chain in Ohio.\n\n"
    "Pendle Baskets will be paid $45 a basket, or $72,000 for the order, which is about £53,400 at the European "
    "Central Bank's rate on Wednesday.\n\n"
)


def _role(knowledge, text: str, written: str) -> tuple[str, str | None]:
    return conversion_role(knowledge, text, written, published=FRAME_DAY)


# --- the equivalent of a price of one, worded as its own sentence's topic ----------------------------------------

_ONE_UNIT_FORMS = [
    (_EURO_DEAL, "Each lamp therefore earns the firm {eq}, some £9 more than the £68 it charges at home.", "€90"),
    (_EURO_DEAL, "Each lamp will earn {eq}, which is more than the firm charges at home.", "€90"),
    (_DOLLAR_DEAL, "That puts each basket at {eq}, roughly £5 more than the £28 it charges at home.", "$45"),
    (_DOLLAR_DEAL, "Per basket, the American price works out at {eq}, some £5 above the £28 it charges.", "$45"),
    (_EURO_DEAL, "At {eq} a lamp, the Dutch price is around £9 higher than the £68 shops at home pay.", "€90"),
]
_HOLDS = {"€90": "about £77", "$45": "about £33"}
_BROKEN = {"€90": "about £97", "$45": "about £53"}


@pytest.mark.parametrize("deal,line,price", _ONE_UNIT_FORMS)
def test_a_price_of_ones_equivalent_named_by_its_topic(knowledge, deal, line, price):
    text = deal + line.format(eq=_HOLDS[price])
    assert _role(knowledge, text, _HOLDS[price]) == ("conversion", price)
    assert_checked(knowledge, text, CONVERSION, fires=False)
    assert_checked(knowledge, deal + line.format(eq=_BROKEN[price]), CONVERSION, fires=True)


@pytest.mark.parametrize(
    "line",
    [
        # (another unit than the price's: a shade is no lamp)
        "That puts each shade at about £20, the cost of the glass alone.",
        "Per shade, the Dutch price works out at about £20.",
        # (another amount per the unit: a cost to ship it)
        "Each lamp will cost about £12 to ship, the firm said.",
        # (`at` inside a clause, no opening of its own)
        "The firm sells its own lamps, at about £68 a lamp, to shops at home.",
    ],
)
def test_a_topic_of_another_unit_or_amount_restates_no_price(knowledge, line):
    text = _EURO_DEAL + line
    for claim in claims(text, knowledge, published=FRAME_DAY).claims:
        if claim.sentence >= 4 and claim.unit == "GBP":
            assert claim.role != "conversion", claim.text


# --- a share of a whole whose part is the total's equivalent opening its clause ---------------------------------

_SHARE_OF_THE_EQUIVALENT = [
    (
        "Carrow Lamps will be paid €90 a lamp, €72,000 in all.\n\n"
        "That is about £61,700 at the European Central Bank's rate on Wednesday, and equal to {rate} per cent of the "
        "workshop's turnover last year of £201,600."
    ),
    (
        "Carrow Lamps will be paid €90 a lamp, making €72,000 in all.\n\n"
        "At the European Central Bank's rate on Wednesday that is around £61,700, equivalent to {rate} per cent of "
        "the firm's £201,600 turnover last year."
    ),
]


@pytest.mark.parametrize("body", _SHARE_OF_THE_EQUIVALENT)
def test_a_totals_equivalent_is_the_part_of_the_share_after_it(knowledge, body):
    head = "Tintagel lamp maker wins order from Utrecht\n\nA lamp workshop in Tintagel has won an order for 800 lamps."
    head += "\n\n"
    assert_checked(knowledge, head + body.format(rate="30.6"), SHARE, fires=False)
    assert_checked(knowledge, head + body.format(rate="40.6"), SHARE, fires=True)


def test_an_equivalent_in_another_money_than_the_whole_is_no_part(knowledge):
    # (the equivalent in pounds, the whole in dollars: no share read of the pair)
    text = (
        "Tintagel lamp maker wins order\n\nA lamp workshop in Tintagel has won an order for 800 lamps.\n\n"
        "Carrow Lamps will be paid €90 a lamp, €72,000 in all.\n\n"
        "That is about £61,700 at the European Central Bank's rate on Wednesday, and equal to 20 per cent of the "
        "American partner's turnover last year of $400,000."
    )
    found = claims(text, knowledge, published=FRAME_DAY).claims
    share = next(c for c in found if c.text == "20 per cent")
    assert share.share_part is None
