"""Figures a headline gives without a noun of its own (fifty-first session).

An English headline often ends on a bare number whose noun the body names, after a verb or noun of counting (`Seal
count on Farne coast reaches 57`, `Potter ships 36 to Oslo`), or joins the number to the singular of what it counts
before a noun of the lot (`wins 24-pan order`, `ends 38-match season`). Extraction reads them as counts
(`[elided_counts] headline_before`/`headline_after`, `[counters] lot_heads` in rules/lang/en.toml), so the
restatement check finds them in the body: the same digits pass. Only two digits are read bare: a noun-less count of
three digits would be compared digit by digit with the body's first figure of its size, and a part of it, last
year's figure or another noun's count would read as a slip. A name's or a title's number (`Route 66`, `Top 40`), an
age, a rank, a change, a mark passed (`hits 46`), a title-case headline, a line with no blank line after it, a year,
and a lot sized in units of time, measure or money (`a 30-week season`, `a 24-hour delivery`) are not read.

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import claims
from test_frames import assert_checked, assert_not_checked

RESTATED = "F405"

_RESTATED = [
    # (text, the body's figure holding)
    ("Seal count on Farne coast reaches 57\n\nDivers counted {n} seals on the Farne coast last weekend.", "57"),
    ("Potter ships 36 to Oslo\n\nA Wexham potter has sent {n} handmade jugs to a shop in Oslo.", "36"),
    ("Record entry of 41 for Ashcombe chess congress\n\nThe congress drew {n} players over two days.", "41"),
    ("Bexford kiln wins 24-pan order from Lund\n\nA Bexford kiln will fire {n} pans for a school in Lund.", "24"),
]


@pytest.mark.parametrize(("text", "holding"), _RESTATED)
def test_a_headline_figure_is_restated_in_the_body(knowledge, text, holding):
    assert_checked(knowledge, text.format(n=holding), RESTATED, fires=False)


@pytest.mark.parametrize(
    "text",
    [
        # a title-case headline: every word is capitalised, a name's number cannot be told apart
        "Seal Count Reaches 57\n\nVolunteer divers counted 75 seals on the Farne coast last weekend.",
        # a route's number is part of its name
        "Bus Route 66 returns to Hale\n\nThe council restored 66 stops on Monday.",
        # no blank line after the first line: no headline set apart
        "Divers counted the seals, which reached 57\nVolunteers counted 75 seals last weekend.",
        # a year is no count
        "Seal count on Farne coast back to 1998\n\nVolunteer divers counted 1,989 seals last weekend.",
        # an age, a rank, a model and a change: no verb of counting before them
        "Weaver dies at 94\n\nThe guild's 94 weavers met on Monday.",
        "Ashby mill worker turns 107\n\nThe mill's 107 staff threw a party.",
        "Airline grounds 737 at Hexley\n\nThe airline cancelled 377 flights.",
        "Nurse numbers at Ashby General rise by 134\n\nThe hospital now has 434 nurses, up from 300 two years ago.",
        # three digits or more: with no noun to tell them apart, a part or last year's figure is no slip of it
        "Harbour seal count reaches 240\n\nDivers counted 140 seals on the north shore and 100 on the south.",
        "Seal count on Orkney coast reaches 317\n\nRangers counted 217 pups last year; this year's is a record.",
    ],
)
def test_no_count_is_read_where_the_headline_names_none(knowledge, text):
    assert_not_checked(knowledge, text, RESTATED)


@pytest.mark.parametrize(
    ("text", "figure", "counter"),
    [
        ("Lund\n\nA Bexford kiln has won a 24-pan order from a school in Lund.", "24-pan", "pans"),
        ("Fleet\n\nThe firm sold its 12-pony herd to a stud near Ely.", "12-pony", "ponies"),
        ("Boxes\n\nA Stockport maker has won a 1,800-box order.", "1,800-box", "boxes"),
        ("League\n\nThe Dray club ended its 38-match season on Saturday.", "38-match", "matches"),
    ],
)
def test_a_lot_sized_by_a_hyphened_figure_counts_the_plural(knowledge, text, figure, counter):
    found = {c.text: c for c in claims(text, knowledge).claims}
    assert figure in found, list(found)
    assert (found[figure].quantity.kind, found[figure].quantity.counter) == ("count", counter)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # a span of time sizes the season: a length, not a count
        ("League\n\nThe pay deal covers the 30-week season.", "30-week"),
        # no noun of a lot after it: the compound describes the thing (`a 12-bed ward`)
        ("Ward\n\nThe hospital opened a 12-bed ward on Monday.", "12-bed"),
        # a number in words is not read this way
        ("Lund\n\nThe kiln won a twelve-pan order.", "twelve-pan"),
        # a year, a unit of time or money, a word that describes
        ("Wine\n\nThe shop took a 2021-vintage shipment.", "2021-vintage"),
        ("Bread\n\nThe bakery offers a 24-hour delivery.", "24-hour"),
        ("Fleet\n\nThe firm keeps a 120-strong fleet of vans.", "120-strong"),
    ],
)
def test_no_lot_count_is_read_from_other_compounds(knowledge, text, figure):
    assert figure not in {c.text for c in claims(text, knowledge).claims}
