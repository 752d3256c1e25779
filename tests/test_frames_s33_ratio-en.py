"""English per-unit figures and the units they are read in (thirty-third session, lane `ratio-en`).

A total stated with the count it came from and the price each paid, in one clause (`raised $18,400 from 92 rowers
at $200 each`): count × price = total (checker/link/totals_from_priced_counts.py).

Litres and grams are measures (one figure with cubic metres, kilograms and tonnes), so a price or an amount per
litre or per gram divides a measure in that unit (rules/lang/en.toml `[measures]`, checker/extract/units.py).

Crowns named without their country (`kroner`, `kronor`) are money: the country's the article names in full, so
`35 kroner a lamp` after `2.1 million Danish kroner` is Danish money (`[bare_currency_words]`); and an amount whose
currency is a word after its number writes that word once for the figures after it in its sentence that repeat its
scale word (`rose to 8.3 million euros from 7.1 million`: checker/extract/quantities.py).

Near misses: a price per another unit than the count's, a price per month against a year's total, a total of another
clause, figures of another currency, counts with a scale word of their own noun, lists of unrelated figures.

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import claims, document, findings
from test_frames import assert_checked, assert_not_checked


def link_text(knowledge, text: str):
    return claims(text, knowledge).claims


def assert_nothing_reported(knowledge, text: str, rules: tuple[str, ...]) -> None:
    result = findings(knowledge, document(text), select=list(rules))
    assert not result.findings, [f.message for f in result.findings]


_ROWING = "The Pellow rowing club published its accounts on Friday.\n\n"
_SCHOOL = "Ardvane primary school closed its summer fair books.\n\n"
_BAKERY = "Morrow Bakeries reported on its first winter of deliveries.\n\n"


# ---------------------------------------------------------------- a total, its count, the price each paid


@pytest.mark.parametrize(
    "sentence,fires",
    [
        ("Fees raised $18,400 from 92 rowers at $200 each, the regatta took $7,100 and the boathouse $2,300.", False),
        ("Fees raised $18,400 from 92 rowers at $240 each, the regatta took $7,100 and the boathouse $2,300.", True),
        ("Donations came to £9,000, from 60 households paying £150 a household; grants added £4,000.", False),
        ("Donations came to £9,000, from 60 households paying £190 a household; grants added £4,000.", True),
        ("The raffle made about €2,520 from its 840 entrants at €3 each.", False),
        ("The raffle made about €2,520 from its 840 entrants at €5 each.", True),
    ],
)
def test_a_total_from_a_count_at_a_price_each(knowledge, sentence, fires):
    assert_checked(knowledge, _ROWING + sentence, "F317", fires)


@pytest.mark.parametrize(
    "sentence",
    [
        # a price of another unit than the count's
        "Fees raised $18,400 from 92 rowers at $240 a boat, the regatta took $7,100.",
        # a price per month against a season's total
        "Fees raised $18,400 from 92 rowers at $40 a month each, the regatta took $7,100.",
        # the total of another clause: a break between it and the count
        "Fees raised $18,400; 92 rowers paid $240 each for the regatta.",
        # a total of another currency
        "Fees raised €18,400 from 92 rowers at $240 each, the regatta took $7,100.",
        # a figure between the count and the price
        "Fees raised $18,400 from 92 rowers and 14 coaches at $240 each.",
        # unrelated figures side by side
        "The club spent $18,400 on 92 new oars and $240 on paint.",
    ],
)
def test_no_total_from_a_count_of_another_kind(knowledge, sentence):
    assert_not_checked(knowledge, _ROWING + sentence, "F317")


# ---------------------------------------------------------------- grams; a price on a measure after it


@pytest.mark.parametrize("bill,fires", [("£3,600", False), ("£4,600", True)])
def test_a_price_a_tonne_on_the_tonnes_then_the_bill(knowledge, bill, fires):
    text = _BAKERY + f"The mill charges a levy of 3p a tonne on the 120,000 tonnes, a bill of {bill}."
    assert_checked(knowledge, text, "F317", fires)


def test_grams_and_kilograms_are_one_measure(knowledge):
    claims = link_text(knowledge, _BAKERY + "Each loaf uses 450 grams of flour, and the ovens took 2.7 tonnes a week.")
    units = {c.text: c.unit for c in claims if c.kind == "measure"}
    assert units.get("450 grams") == units.get("2.7 tonnes") == "kg"


# ---------------------------------------------------------------- crowns named once


def test_bare_kroner_are_the_named_countrys_money(knowledge):
    text = (
        "Fjellheim Ski, a Norwegian ski resort, will put up four chairlifts for 96 million Norwegian kroner.\n\n"
        "That is 24 million kroner a lift, and the resort's sales were 310 million kroner last year."
    )
    claims = link_text(knowledge, text)
    units = {c.text: (c.kind, c.unit) for c in claims}
    assert units["24 million kroner"] == ("money", "NOK")
    assert units["310 million kroner"] == ("money", "NOK")


@pytest.mark.parametrize("price,fires", [("8 million kroner", False), ("11 million kroner", True)])
def test_a_price_in_bare_kroner_divides_the_named_total(knowledge, price, fires):
    text = (
        "The resort's winter was busy.\n\n"
        f"Fjellheim Ski will build 12 guest cabins for 96 million Norwegian kroner, or {price} each."
    )
    assert_checked(knowledge, text, "F317", fires)


def test_bare_kronor_beside_another_currency_keep_their_own(knowledge):
    text = "An Uppsala tram museum took 1.8 million kronor in fares, about €160,000, at 120 kronor a visitor."
    claims = link_text(knowledge, text)
    units = {c.text: c.unit for c in claims if c.kind == "money"}
    assert units["1.8 million kronor"] == units["120 kronor"] == "SEK"
    assert units["about €160,000"] == "EUR"


@pytest.mark.parametrize(
    "sentence,fires",
    [
        (
            "Ticket revenue rose to 8.3 million euros from 7.1 million, an increase of 1.2 million, helped by longer "
            "summer timetables.",
            False,
        ),
        (
            "Ticket revenue rose to 8.3 million euros from 7.1 million, an increase of 1.7 million, helped by longer "
            "summer timetables.",
            True,
        ),
    ],
)
def test_an_amount_in_a_currency_word_lends_it_to_its_prior_and_change(knowledge, sentence, fires):
    assert_checked(knowledge, "The Saaristo ferry line had a busy season.\n\n" + sentence, "F305", fires)


def test_a_count_with_a_scale_word_of_its_own_noun_stays_a_count(knowledge):
    text = "The airport took 3.2 million euros in parking fees and handled 1.1 million passengers, up from 0.9 million."
    claims = link_text(knowledge, text)
    kinds = {c.text: c.kind for c in claims}
    assert kinds["1.1 million passengers"] == "count"


# ---------------------------------------------------------------- clean paragraphs: figures side by side, unrelated

_CLEAN = [
    _SCHOOL + "The cake stall took £420 and the tombola £310. Some 260 parents came, and 45 children ran races.",
    _SCHOOL + "Tickets were £2 for adults; 180 were sold by noon, and the raffle raised £640 for the library.",
    _ROWING + "The club has 92 rowers and 14 coaches. Its new boat cost $38,000, and a trailer $6,500.",
    _ROWING + "Membership rose to 92 from 81. The annual fee stays at $200, and the boathouse lease is $9,000.",
    _BAKERY + "The vans covered 41,000 kilometres and burned 36,000 gallons of diesel; the firm employs 58 drivers.",
    _BAKERY + "Each loaf weighs 800 grams. The bakery sold 12,000 loaves in March at prices from £1.20 to £3.",
    _BAKERY + "Flour cost £410 a tonne in January, against £380 a year earlier; the bakery bought 90 tonnes.",
    "Fjellheim Ski sold two snowcats for 40 million Norwegian kroner in 2024 and expects sales of 300 million kroner.",
    "The Danish council spent 12 million Danish kroner on roads and 3 million on cycle paths, and has 42 staff.",
    "Sales rose to 48 million kronor from 44 million, and the Swedish firm hired 12 people, taking staff to 90.",
    _ROWING + "Fees raised $18,400 last year; this year 95 rowers will pay $210 each under the new scale.",
    _ROWING + "The regatta drew 2,300 visitors, who spent about $14 each at the stalls, and 40 crews raced.",
    _SCHOOL + "Grants brought in £3,000 from the council and £1,200 from 12 local firms; the roof repair cost £5,800.",
    _SCHOOL + "The fair raised £5,400 from 400 families at last year's prices; this year's tickets are £3 each.",
    _BAKERY + "Salt use fell to 4.2 tonnes from 4.6 tonnes, and the ovens use 18 grams of salt a loaf.",
    _BAKERY + "The firm took £2.1 million from 340 shops, and 60 cafes bought £30 of bread a week each.",
]


@pytest.mark.parametrize("text", _CLEAN)
def test_clean_paragraphs_raise_nothing(knowledge, text):
    assert_nothing_reported(knowledge, text, ("F317", "F305", "F301", "F302", "F503"))
