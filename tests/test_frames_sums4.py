"""Sums, part 4 (issue 11): edits that a found sum must report, and constructions of the fourth pass. Every
sentence, place, club and figure here is written for this test; none comes from an article."""

from __future__ import annotations

import pytest
from helpers import claims
from test_frames import assert_checked


def _parts(knowledge, text: str) -> dict[str, str]:
    """Each linked part's text → its total's text."""
    found = claims(text, knowledge).claims
    by_id = {c.id: c.text.strip() for c in found}
    return {c.text.strip(): by_id[c.part_of] for c in found if c.part_of}


# ---------------------------------------------------------------- a whole written below two of its parts
# A whole whose first digit slipped down can come out smaller than two parts, not only one: it is still the whole
# while it stays above half of the largest part (checker/link/wholes.py), so the slip is reported.
LOWERED_WHOLE = [
    pytest.param(
        "Westmarch has reported 41,300 cases so far, including 22,100 active cases. "
        "18,200 people have recovered, while 1,000 people have died.",
        False,
        id="en-run-on-holds",
    ),
    pytest.param(
        "Westmarch has reported 11,300 cases so far, including 22,100 active cases. "
        "18,200 people have recovered, while 1,000 people have died.",
        True,
        id="en-run-on-whole-below-two-parts",
    ),
    pytest.param(
        "Eastvale has recorded 52,000 cases to date, including 27,500 active cases. "
        "23,900 patients have been discharged, while 600 people have died.",
        False,
        id="en-run-on-discharged-holds",
    ),
    pytest.param(
        "Eastvale has recorded 22,000 cases to date, including 27,500 active cases. "
        "23,900 patients have been discharged, while 600 people have died.",
        True,
        id="en-run-on-discharged-whole-below-two-parts",
    ),
]


@pytest.mark.parametrize("text,fires", LOWERED_WHOLE)
def test_a_whole_below_two_parts_is_still_checked(knowledge, text, fires):
    assert_checked(knowledge, text, "F302", fires)


def test_a_figure_far_below_two_parts_is_no_whole(knowledge):
    """Below half of the largest part, a smaller figure is another fact: the breakdown links no whole."""
    text = (
        "Westmarch has reported 9,000 new cases this week, including 2,100 active cases. "
        "18,200 people have recovered, while 1,000 people have died."
    )
    assert "9,000 new cases" not in _parts(knowledge, text).values()


CASE_STATES = [
    pytest.param(
        "Northby's tally rose to 30,400 cases. Active cases stood at 12,100, while 17,900 people have "
        "recovered and 400 people have died.",
        False,
        id="en-states-holds",
    ),
    # The total slipped below the active count: the nearest count of cases is still the whole.
    pytest.param(
        "Northby's tally rose to 10,400 cases. Active cases stood at 12,100, while 7,900 people have "
        "recovered and 400 people have died.",
        True,
        id="en-states-whole-below-a-part",
    ),
]


@pytest.mark.parametrize("text,fires", CASE_STATES)
def test_case_states_check_a_smaller_whole(knowledge, text, fires):
    assert_checked(knowledge, text, "F302", fires)
