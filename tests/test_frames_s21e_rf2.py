"""False alarms of the twenty-first session's second-round rules, each closed by narrowing a rule to its construction:
- an `each` figure's in-sentence total stands in the units' own clause (`The 40 depots hold 12,000 tonnes, about 300
  tonnes at each`), not behind an opener (`Of the …,`, `, when …`, `, which …`) and not where the figure is what each
  can hold (`can carry 20 tonnes each`) (checker/link/rates_then_each.py);
- the lead's total is shared out by units named as a kind of a thing (`the 20 food stalls`) only when the lead names
  them (checker/link/rates_then_each.py).

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

import pytest
from test_frames import assert_checked, assert_not_checked

# ---------------------------------------------------------------- `each`: a total in the units' own clause


@pytest.mark.parametrize(
    "text",
    [
        "Of the 12,000 tonnes landed at the port, its 40 trawlers caught about 200 tonnes each.",
        "The port handled 12,000 tonnes of cargo in 2023, when its 40 cranes could lift 35 tonnes each.",
        "The 40 trucks, which hauled 12,000 tonnes of grain last year, can carry 20 tonnes each.",
        "The 40 trucks hauled 12,000 tonnes of grain last year and can carry 20 tonnes each.",
    ],
)
def test_a_total_out_of_the_units_clause_or_a_capacity_is_not_shared_out(knowledge, text):
    assert_not_checked(knowledge, text, "F317")


@pytest.mark.parametrize("each,fires", [("300", False), ("200", True)])
def test_a_total_in_the_units_clause_is_shared_out(knowledge, each, fires):
    assert_checked(knowledge, f"The 40 depots hold 12,000 tonnes of grit, about {each} tonnes at each.", "F317", fires)
    assert_checked(knowledge, f"The port stored 12,000 tonnes across its 40 depots, about {each} tonnes each.", "F317", fires)


# ---------------------------------------------------------------- the lead's total and units named as a kind


def test_units_of_a_kind_the_lead_does_not_name_do_not_share_its_total(knowledge):
    text = (
        "The festival drew 200,000 visitors over the weekend. "
        "Organisers said the 20 food stalls served about 3,000 visitors each."
    )
    assert_not_checked(knowledge, text, "F317")


@pytest.mark.parametrize("each,fires", [("10,000", False), ("3,000", True)])
def test_units_of_a_kind_the_lead_names_share_its_total(knowledge, each, fires):
    text = (
        "The festival drew 200,000 visitors to its food stalls over the weekend. "
        f"Organisers said the 20 food stalls served about {each} visitors each."
    )
    assert_checked(knowledge, text, "F317", fires)


@pytest.mark.parametrize("each,fires", [("4,000", False), ("1,000", True)])
def test_plain_units_share_the_leads_total(knowledge, each, fires):
    text = "The health board's clinics saw 100,000 patients last year. The 25 clinics saw an average of " + each + " patients each."
    assert_checked(knowledge, text, "F317", fires)
