"""Per-unit figures whose mark opens their clause, with the lead's count and total (thirtieth session, second round).

A clause opening with each (or every) of a noun and a figure a few words on (`Every tram will cost the city €3.1
million`, rules/lang/en.toml `[link.each_noun_opening]`) makes the figure per one of that noun. When its paragraph
states no count and no larger figure of its unit, the lead states both: the one figure of its unit there is the
total and the one count naming the noun (its counter, or the noun a few words after it: `nine low-floor electric
trams`) the count (checker/link/per_unit_fallback.py `_both_earlier`). The same holds for an average naming its noun
(`The average herd gave …`).

Never a time (`Each year …`), a lead stating two figures of the unit or two counts, a count or a larger figure of
the unit in the figure's own paragraph, a count or total of a paragraph past the lead.

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

import pytest
from test_frames import assert_checked, assert_not_checked

RULE = "F317"

_TRAMS = (
    "Corvale orders new trams\n\n"
    "The city of Corvale said on Friday it had signed a contract worth €27.9 million with a Czech maker for nine "
    "low-floor electric trams.\n\n"
)
_HERDS = "Upland dairies in the Brenn valley were paid $18.6 million for their milk last year, from 62 herds.\n\n"


@pytest.mark.parametrize(
    "tail,fires",
    [
        ("Every tram will cost the city about €3.1 million, and the first is due in 2028.", False),
        ("Every tram will cost the city about €3.6 million, and the first is due in 2028.", True),
        ("Each of them is due by 2029. Each tram comes to €3.1 million with spares.", False),
        ("Each tram therefore comes to roughly €4.4 million with spares.", True),
    ],
)
def test_an_each_opening_takes_the_leads_count_and_total(knowledge, tail, fires):
    assert_checked(knowledge, _TRAMS + tail, RULE, fires)


@pytest.mark.parametrize(
    "tail,fires",
    [
        ("The average herd earned about $300,000, the co-operative said.", False),
        ("The average herd earned about $410,000, the co-operative said.", True),
    ],
)
def test_an_average_of_a_noun_takes_the_leads_count_and_total(knowledge, tail, fires):
    assert_checked(knowledge, _HERDS + tail, RULE, fires)


@pytest.mark.parametrize(
    "text",
    [
        # a time, no unit
        _TRAMS + "Each year the city will spend €2.5 million on upkeep.",
        # two figures of the unit in the lead: which total, unsaid
        "Corvale orders trams\n\n"
        "Corvale signed a €27.9 million deal for nine trams, on top of a €12 million depot.\n\n"
        "Every tram will cost the city €3.6 million.",
        # two counts in the total's sentence: the total covers more than the noun's units
        "The port bought six tugs and four barges for $19 million.\n\nEach tug costs $2.1 million.",
        # a larger figure of its unit in the figure's own paragraph
        _TRAMS + "Every tram will cost €3.6 million, within a budget of €40 million.",
        # a count in the figure's own paragraph
        _TRAMS + "Each driver of the 40 hired will earn €41,000.",
        # the noun named by no count of the lead
        _TRAMS + "Each depot will cost €5.2 million.",
        # another unit
        "Tallis Farms sold 420 tonnes of apples for £310,000 from 12 orchards.\n\nEvery orchard now employs 9 people.",
        # the count and total stated past the lead
        "Ferrybridge council met on Tuesday with 31 members present.\n\n"
        "It later agreed to buy four gritters for £760,000.\n\n"
        "It also approved a new bin round.\n\n"
        "Each gritter will cost £240,000 to run over ten years.",
        # a total of another currency
        _TRAMS.replace("€27.9 million", "CZK 690 million") + "Every tram will cost the city €3.6 million.",
        # each of a noun the lead counts, but a figure of another kind
        _TRAMS + "Each tram will carry 220 passengers.",
        # each of a noun with no verb pricing one of it: what each did, loosely
        _TRAMS + "Each tram earned €3.6 million in fares.",
        # every other
        _TRAMS + "Every other tram will cost €5 million to refit.",
        # each one
        _TRAMS + "Each one will be tested for 3,000 kilometres.",
        # a plain figure after each of a noun, no cost
        _HERDS + "Each herd is tested every 90 days.",
        # an average of a noun no count of the lead names
        _HERDS + "The average tanker earned $24,000.",
        # a headline only
        "Nine trams for €27.9 million\n\nEvery tram will cost €3.6 million, the city said, in a later vote.",
        # a list of unrelated figures after an each opening
        _TRAMS + "Each tram has 4 doors, 62 seats and a €90,000 ticket machine.",
    ],
)
def test_near_misses_are_not_linked(knowledge, text):
    assert_not_checked(knowledge, text, RULE)
