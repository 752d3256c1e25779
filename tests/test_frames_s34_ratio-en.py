"""English quantities per one item, multiplied out over a count or shared out over one (thirty-fourth session, lane
`ratio-en`: checker/link/per_one_products.py).

- A clause opening on each of a noun and a verb of using or taking (`each hull needs`, `every kiln burns`) makes the
  quantity after it per one of the noun; the nearest larger figure of its unit after it (its sentence, or the next
  of its paragraph) is the product, and the count of the noun before it (its paragraph, or the lead) the units.
- A figure marked `for each of` a determiner or a possessive and a count (`about 90 hours for each of the mill's 12
  weavers`) is that count's share of the nearest larger figure of its unit before it.
- A sentence opening on the rate one item is taken at (`At an average weight of …`, `At the usual … a crate`) and
  closing on a figure of its unit: the product, over the count its mark names, or the one count of things of the
  sentence before (or of the lead).
- A quantity per a noun its own sentence counts before it, its paragraph and those between stating no other figure of
  its unit, takes the lead's one figure of its unit as its total (`The bank handed out 48,000 parcels.` … `They went
  to 1,200 families, or about 40 parcels a family`).

Near misses: a count of another noun, a product of another unit, a figure of the unit between, a count between the
rate and its product, a paragraph between counting the noun again, lists of unrelated figures. Every sentence is
written for this file, with invented names and numbers.
"""

from __future__ import annotations

import pytest
from test_frames import assert_checked, assert_not_checked

_YARD = "Brackwater boatyard sets out its winter plans.\n\n"


# ---------------------------------------------------------------- each item takes a quantity, multiplied out


@pytest.mark.parametrize(
    "text,fires",
    [
        (
            "The yard will refit 36 boats this winter. Each boat needs roughly 250 hours of sanding and painting, so "
            "the contract comes to some 9,000 hours.",
            False,
        ),
        (
            "The yard will refit 36 boats this winter. Each boat needs roughly 250 hours of sanding and painting, so "
            "the contract comes to some 12,000 hours.",
            True,
        ),
    ],
)
def test_hours_each_item_needs_multiplied_out(knowledge, text, fires):
    assert_checked(knowledge, _YARD + text, "F317", fires)


@pytest.mark.parametrize(
    "text,fires",
    [
        (
            "A Shetland bakery has agreed to supply 8,000 oatcake tins to a ferry company.\n\nIts owner said that "
            "every tin will use about 450 grams of oats. The order will need some 3.6 tonnes in all.",
            False,
        ),
        (
            "A Shetland bakery has agreed to supply 8,000 oatcake tins to a ferry company.\n\nIts owner said that "
            "every tin will use about 450 grams of oats. The order will need some 4.4 tonnes in all.",
            True,
        ),
        (
            "The pottery will fire 1,500 glazed planters for a garden centre chain. Each planter takes about four "
            "kilograms of clay, which puts the job at roughly 6 tonnes.",
            False,
        ),
        (
            "The pottery will fire 1,500 glazed planters for a garden centre chain. Each planter takes about four "
            "kilograms of clay, which puts the job at roughly 9 tonnes.",
            True,
        ),
    ],
)
def test_material_each_item_uses_multiplied_out(knowledge, text, fires):
    assert_checked(knowledge, "Orders\n\n" + text, "F317", fires)


# ---------------------------------------------------------------- a total shared out over a count after the mark


@pytest.mark.parametrize(
    "text,fires",
    [
        (
            "Volunteers logged nearly 4,320 hours at the reserve in 2025, or about 90 hours for each of its 48 "
            "wardens.",
            False,
        ),
        (
            "Volunteers logged nearly 4,320 hours at the reserve in 2025, or about 120 hours for each of its 48 "
            "wardens.",
            True,
        ),
        (
            "The mill's looms turned out 5,400 metres of tweed. That is about 450 metres for every one of the "
            "mill's 12 weavers.",
            False,
        ),
        (
            "The mill's looms turned out 5,400 metres of tweed. That is about 650 metres for every one of the "
            "mill's 12 weavers.",
            True,
        ),
    ],
)
def test_a_total_shared_out_for_each_of_a_count(knowledge, text, fires):
    assert_checked(knowledge, "Reserve report\n\n" + text, "F317", fires)


# ---------------------------------------------------------------- at a rate per one item, the product after it


@pytest.mark.parametrize(
    "text,fires",
    [
        (
            "The co-operative's boats landed 52,000 crates of mackerel this season. At the usual 18 kilograms a "
            "crate, the catch weighed about 936 tonnes.",
            False,
        ),
        (
            "The co-operative's boats landed 52,000 crates of mackerel this season. At the usual 18 kilograms a "
            "crate, the catch weighed about 1,200 tonnes.",
            True,
        ),
        (
            "Wardens expect to ring some 2,400 geese on the estuary. At an average weight of 3.5 kilograms, the "
            "flock would come to roughly 8.4 tonnes.",
            False,
        ),
        (
            "Wardens expect to ring some 2,400 geese on the estuary. At an average weight of 3.5 kilograms, the "
            "flock would come to roughly 11 tonnes.",
            True,
        ),
    ],
)
def test_a_rate_per_one_opening_its_product(knowledge, text, fires):
    assert_checked(knowledge, "Harbour notes\n\n" + text, "F317", fires)


# ---------------------------------------------------------------- a figure per a counted noun, the lead's total


@pytest.mark.parametrize(
    "text,fires",
    [
        (
            "The county library lent 96,000 audiobooks over the year.\n\nThe loans went to 3,200 members, an "
            "average of 30 audiobooks a member.",
            False,
        ),
        (
            "The county library lent 96,000 audiobooks over the year.\n\nThe loans went to 3,200 members, an "
            "average of 45 audiobooks a member.",
            True,
        ),
    ],
)
def test_a_figure_per_a_counted_noun_takes_the_lead_total(knowledge, text, fires):
    assert_checked(knowledge, "Trade\n\n" + text, "F317", fires)


@pytest.mark.parametrize(
    "text",
    [
        # the mark's noun counts nothing in its sentence
        "A Cornish foundry will cast bells for a cathedral in a deal worth £90,000.\n\nThe contract is for 1,500 "
        "small handbells, packed at £75 a crate, delivered by Easter.",
        # a figure of another time in the sentence
        "A Cornish foundry will cast bells for a cathedral in a deal worth £90,000.\n\nThe contract is for 1,500 "
        "small handbells at £75 a handbell, against £50 a handbell last year.",
    ],
)
def test_no_lead_total_for_another_lot(knowledge, text):
    assert_not_checked(knowledge, "Trade\n\n" + text, "F317")


# ---------------------------------------------------------------- figures near one another, unrelated


@pytest.mark.parametrize(
    "text",
    [
        # the count of another noun than the one each item names
        "The yard employs 40 fitters. Each hull needs about 300 hours of work, so the season comes to 6,000 hours.",
        # the product of another unit
        "The yard will refit 40 boats. Each boat needs about 300 hours of work, and the yard spent £90,000 on paint.",
        # a quantity each one did, no use of one: no verb of taking or using
        "The club has 40 rowers. Each rower trained 300 hours, and the club logged 12,000 hours on the water.",
        # no product after the figure: a list of unrelated amounts
        "The yard will refit 40 boats. Each boat needs about 300 hours of work; 14 apprentices start in May.",
        # a larger figure of the unit in the next paragraph: another story
        "The yard will refit 40 boats. Each boat needs about 300 hours of work.\n\nLast spring the yard logged "
        "15,000 hours.",
        # for each of a count, no total of its unit before it
        "The council gave 150 hours of training for each of its 40 lifeguards, it said.",
        # for each of a count, the figure before of another unit
        "The reserve spent £6,000 on fencing, about 150 hours for each of its 40 wardens.",
        # for each of a count, an amount joined to the one before as another item of a list
        "The trust gave the county 9,000 hours and 15 hours for each of its 600 members.",
        # for each of a count, a second count right after it: which one, unsaid
        "Crews put in some 6,000 hours, about 15 hours for each of the 400 members of its 12 crews.",
        # for each of a count, the figure before smaller than the share
        "Volunteers gave 90 hours in May, about 150 hours for each of the 40 wardens over the year.",
        # at a rate, the product of another unit
        "The boats landed 52,000 crates. At the usual 18 kilograms a crate, the catch was worth £2.1 million.",
        # at a rate, a count between it and the figure of its unit
        "The boats landed 52,000 crates. At an average of 18 kilograms, its 30 boats carried 936 tonnes.",
        # at a rate per another noun than any count
        "The boats landed 52,000 crates. At the usual 18 kilograms a sack, the quay moved 936 tonnes.",
        # at a date, no rate
        "At the end of 2025, the boats had landed 52,000 crates and 936 tonnes of whitefish.",
        # a paragraph between counting the noun again: which lot, unsaid
        "The yard will refit 40 boats this winter.\n\nIt refitted 32 boats last winter.\n\nSo each boat needs "
        "about 300 hours, the whole job some 15,000 hours.",
        # a list of unrelated figures of one unit
        "Each volunteer worked 12 hours in June, the café served 3,000 meals and the shop sold 400 books.",
        # a per-one quantity whose total is a change
        "The yard will refit 40 boats. Each boat needs about 300 hours, up 2,000 hours on last year's plan.",
        # hours per week, no per-one figure
        "The mill runs 60 hours a week and its 12 weavers worked 5,400 hours last year.",
    ],
)
def test_unrelated_quantities_stay_apart(knowledge, text):
    assert_not_checked(knowledge, _YARD + text, "F317")
