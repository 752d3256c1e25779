"""Points between two rates, appended after a dash or as a shortfall from a named target (eleventh session).

Every sentence is written for this file, with invented names and numbers. `96.4%, versus 99.8% a year ago — an
improvement of 3.4 points`: the noun of change may follow a dash as it follows a comma. `64.2%, against a target of
70%, or 5.8 points short`: the rate named through a noun after the comparison is the one the level falls short of.
"""

from __future__ import annotations

import pytest
from test_frames import assert_checked, assert_not_checked


@pytest.mark.parametrize(
    "text,fires",
    [
        (
            "Varrow Insurance reported a combined ratio of 96.4 per cent for the quarter, versus 99.8 per cent a year "
            "ago — an improvement of 3.4 points.",
            False,
        ),
        (
            "Varrow Insurance reported a combined ratio of 96.4 per cent for the quarter, versus 99.8 per cent a year "
            "ago — an improvement of 4.4 points.",
            True,
        ),
        ("Turnout in Kessel was 58.1%, against 61.5% in 2022 - a fall of 3.4 percentage points.", False),
        ("Turnout in Kessel was 58.1%, against 61.5% in 2022 - a fall of 2.4 percentage points.", True),
        (
            "In Tamsin clinics, 64.2 per cent of patients were seen within a week, against a target of 70 per cent, "
            "or 5.8 points short.",
            False,
        ),
        (
            "In Tamsin clinics, 64.2 per cent of patients were seen within a week, against a target of 70 per cent, "
            "or 6.8 points short.",
            True,
        ),
    ],
)
def test_points_appended_after_a_dash_or_short_of_a_named_target(knowledge, text, fires):
    assert_checked(knowledge, text, "F308", fires)


def test_two_rates_with_no_comparison_are_not_linked(knowledge):
    # two levels joined by `and`: neither is named the rate the other falls short of
    assert_not_checked(
        knowledge,
        "In Tamsin clinics, 64.2 per cent of patients were seen within a week and 70 per cent within a month, "
        "or 5.8 points short.",
        "F308",
    )
