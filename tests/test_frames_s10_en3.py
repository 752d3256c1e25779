"""English relations in constructions read for the held-out sets (session 10, third English pass).

Every sentence is written for this file: invented places, companies and figures.
"""

from __future__ import annotations

from helpers import claims
from test_frames import assert_checked, assert_not_checked

# --- a figure per unit whose count stands far back, the one count of that name (checker/link/per_unit_apart.py) -

_FERRIES = (
    "Revenue at Kessler Ferries rose 8% to $640 million. "
    "The company carried 16 million passengers in the year, up 5%. "
    "Operating costs were $510 million. "
    "Fuel costs fell 4% to $120 million. "
    "Staff numbers were steady. "
    "Average revenue per passenger was about {avg}."
)


def test_a_per_unit_figure_takes_the_one_count_of_its_noun_stated_far_back(knowledge):
    found = {c.text: c for c in claims(_FERRIES.format(avg="$40"), knowledge).claims}
    assert found["about $40"].units_of == found["16 million passengers"].id
    assert found["about $40"].per_unit_of == found["$640 million"].id
    assert_checked(knowledge, _FERRIES.format(avg="$40"), "F317", fires=False)
    assert_checked(knowledge, _FERRIES.format(avg="$52"), "F317", fires=True)
    # a second count of that name after the lead: the lead's count is the one the story is about (ranked first
    # by checker/link/partners.py); a second count in the lead itself leaves which one unsaid
    after_lead = _FERRIES.format(avg="$40").replace(
        "Operating costs were $510 million.", "Its coaches carried 2 million passengers."
    )
    assert_checked(knowledge, after_lead, "F317", fires=False)
    two_in_lead = _FERRIES.format(avg="$40").replace(
        "16 million passengers in the year, up 5%.",
        "16 million passengers in the year and its coaches 2 million passengers.",
    )
    assert_not_checked(knowledge, two_in_lead, "F317")
