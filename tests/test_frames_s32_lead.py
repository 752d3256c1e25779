"""Currency equivalents (thirty-second session), rules for constructions: the amount's own noun between it and its
equivalent in another currency, in parentheses (`a €72,000 grant (about £61,000)`) or in apposition (`a C$3m loan,
roughly €2m, from …`); the Czech koruna named in words (`14 million koruna`).

Every sentence is written for this file, with invented names and numbers; the rates are those of late August 2024
(1 EUR ≈ £0.842, C$1.50, 25.05 CZK).
"""

from __future__ import annotations

import pytest
from helpers import rule_checked, rule_fires

CONVERSION = "F202"


@pytest.mark.parametrize(
    "text,fires",
    [
        ("The museum received a €72,000 bequest (about £61,000) from a collector's estate.", False),
        ("The museum received a €72,000 bequest (about £81,000) from a collector's estate.", True),
        ("A Manitoba brewery has signed a C$3 million agreement, roughly €2 million, with a Dutch importer.", False),
        ("A Manitoba brewery has signed a C$3 million agreement, roughly €3 million, with a Dutch importer.", True),
        ("The orchestra sold its old organ for 14 million koruna (around €560,000) to a parish in Bavaria.", False),
        ("The orchestra sold its old organ for 14 million koruna (around €760,000) to a parish in Bavaria.", True),
        ("Ticket sales reached 2.5 million korunas, or about €100,000, over the summer.", False),
        ("Ticket sales reached 2.5 million korunas, or about €150,000, over the summer.", True),
    ],
)
def test_an_equivalent_after_the_amounts_noun_is_checked(knowledge, text, fires):
    assert rule_checked(knowledge, text, CONVERSION)
    assert rule_fires(knowledge, text, CONVERSION) is fires


@pytest.mark.parametrize(
    "text",
    [
        # two amounts in one currency: a second figure, not an equivalent
        "The museum received a €72,000 bequest (€50,000 of it in shares) from a collector.",
        "A brewery signed a C$3 million agreement, about C$1 million more than last year's.",
        # an amount of another currency that goes on past its clause is another figure
        "The club spent a €40,000 grant, about £12,000 of it on coaching, before the season.",
        "Farmers earned €9 million last year (about £2 million less than the year before).",
        # a noun of two words or a figure between is no amount's noun
        "The fund paid €500,000 in two instalments (£150,000 went to Wales).",
    ],
)
def test_another_figure_after_an_amounts_noun_is_no_equivalent(knowledge, text):
    assert not rule_fires(knowledge, text, CONVERSION)


def test_an_amount_that_goes_on_inside_the_parenthesis_is_no_equivalent(knowledge):
    text = "The dairy made a €9 million profit (about £2 million more than its rival) in the year."
    assert not rule_checked(knowledge, text, CONVERSION)
