"""Ratios and per-period amounts on real copy, part 3: each construction on sentences written for this test."""

from __future__ import annotations

import pytest
from test_frames import assert_checked, assert_not_checked

# A monthly average that points back to a period (`during that period`) is of the one figure stated over a
# year's span in the nearest sentence before that states one: the total is the average times twelve.
MONTHLY_AVERAGES_APART = [
    pytest.param(
        "Retailers took on 180,000 more workers in the 12 months to September than first estimated. "
        "The agency revises its survey each year.\n\n"
        "Economists said stores hired an average of 15,000 workers each month during that period.",
        False,
        id="en-twelve-months-to-holds",
    ),
    pytest.param(
        "Retailers took on 180,000 more workers in the 12 months to September than first estimated. "
        "The agency revises its survey each year.\n\n"
        "Economists said stores hired an average of 25,000 workers each month during that period.",
        True,
        id="en-twelve-months-to-broken",
    ),
    pytest.param(
        "Exporters shipped 4,800 more containers in the year ending in June, the port said.\n\n"
        "That is an average of about 400 containers a month over that period.",
        False,
        id="en-year-ending-holds",
    ),
    pytest.param(
        "Exporters shipped 4,800 more containers in the year ending in June, the port said.\n\n"
        "That is an average of about 900 containers a month over that period.",
        True,
        id="en-year-ending-broken",
    ),
    pytest.param(
        "The charity raised $7.2 million over the past 12 months, its report showed. Its costs fell.\n\n"
        "Donors gave an average of $600,000 per month across the same period.",
        False,
        id="en-past-twelve-months-money-holds",
    ),
    pytest.param(
        "The charity raised $7.2 million over the past 12 months, its report showed. Its costs fell.\n\n"
        "Donors gave an average of $200,000 per month across the same period.",
        True,
        id="en-past-twelve-months-money-broken",
    ),
]


@pytest.mark.parametrize("text,fires", MONTHLY_AVERAGES_APART)
def test_a_monthly_average_of_that_period_is_of_the_years_total(knowledge, text, fires):
    assert_checked(knowledge, text, "F312", fires)


@pytest.mark.parametrize(
    "text",
    [
        # no words point back to a period: the average may be of any span
        pytest.param(
            "Retailers took on 180,000 more workers in the 12 months to September than first estimated.\n\n"
            "Stores hired an average of 25,000 workers each month in the spring.",
            id="en-no-reference-back",
        ),
        # two figures of the unit over the year: which one the average is of is not said
        pytest.param(
            "Retailers took on 180,000 workers and let 60,000 workers go in the 12 months to September.\n\n"
            "Stores hired an average of 25,000 workers each month during that period.",
            id="en-two-figures-in-the-year",
        ),
        # an average per year is no monthly average
        pytest.param(
            "Retailers took on 180,000 more workers in the 12 months to September than first estimated.\n\n"
            "Stores hired an average of 25,000 workers each year during that period.",
            id="en-yearly-average",
        ),
        # no sentence before states a year's span
        pytest.param(
            "Retailers took on 180,000 more workers in the spring than first estimated.\n\n"
            "Stores hired an average of 25,000 workers each month during that period.",
            id="en-no-year-span",
        ),
    ],
)
def test_a_monthly_average_without_one_total_of_a_year_is_not_checked(knowledge, text):
    assert_not_checked(knowledge, text, "F312")
