"""Ratios (fifty-ninth session, lane `ratio`).

- Each of a crew, of the lead's order: `will build 40 gates each between now and Christmas` (`[link.rate_each_after]`:
  the span the work takes), `can glaze roughly 30 bowls a day each, so the job will take …` (a modal and a hedge
  before the pace), `each turning out 20 scarves a day` (`[link.pace_verb_particles]`).

Every sentence is written for this file, with invented places, names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import assert_checked, assert_not_linked

PER_UNIT, PACE = "F317", "F312"

_EACH_OF_A_CREW_EN = [
    # (text, holding, broken, rule)
    (
        "Gates\n\nA Holt yard is building 120 gates for a farm estate in Norfolk.\n\n"
        "The yard's three joiners will build {a} gates each between now and Christmas.",
        "40",
        "25",
        PER_UNIT,
    ),
    (
        "Bowls\n\nA Truro pottery is sending 6,300 bowls to a restaurant group in Boston.\n\n"
        "Its seven potters can glaze roughly {a} bowls a day each, so the job will take 30 working days.",
        "30",
        "60",
        PACE,
    ),
    (
        "Scarves\n\nA Dornoch mill is sending 2,000 scarves to a shop in Oslo.\n\n"
        "Four weavers, each turning out {a} scarves a day, should need 25 working days for the order.",
        "20",
        "40",
        PACE,
    ),
]


@pytest.mark.parametrize("template,holding,broken,rule", _EACH_OF_A_CREW_EN)
def test_each_of_a_crew_of_the_leads_order(knowledge, template, holding, broken, rule):
    assert_checked(knowledge, template.format(a=holding), rule, fires=False)
    assert_checked(knowledge, template.format(a=broken), rule, fires=True)


def test_no_each_of_a_crew_without_a_span(knowledge):
    # `each between them`: no span of the work, no order each makes a share of
    text = (
        "Gates\n\nA Holt yard is building 120 gates for a farm estate in Norfolk.\n\n"
        "The yard's three joiners will build 25 gates each between them."
    )
    assert_not_linked(knowledge, text, PER_UNIT)
