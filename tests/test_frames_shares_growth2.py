"""Shares, growth, dates and conversions: more constructions issue 11 found on real copy, each in sentences
written for these tests (the style of tests/test_frames.py)."""

from __future__ import annotations

import pytest
from test_frames import assert_checked, assert_not_checked
from test_frames import test_roles_and_links as check_roles_and_links

# A rate stated alone in a lead (`a 25 percent increase in quarterly profit`), whose value and prior the next
# sentence states, each restated per share: the per-share figures are no second value, and `quarterly profit`
# names the net profit `earned` states.
LEAD_RATE_FRAMES = [
    pytest.param(
        "Northwind Systems posted a 25 percent increase in quarterly profit on Thursday. The company earned "
        "$500 million, or 80 cents a share, in the quarter, up from $400 million, or 64 cents a share, a year earlier.",
        {"25 percent": ("change", "$500 million", "$400 million")},
        id="en-lead-rate-then-value-and-prior-per-share",
    ),
    pytest.param(
        "Corvan Mining said annual profit fell 30 percent on Monday. The miner earned $700 million, or $1.40 a "
        "share, down from $1 billion, or $2 a share, a year earlier.",
        {"30 percent": ("change", "$700 million", "$1 billion")},
        id="en-lead-fall-then-value-and-baseline-per-share",
    ),
    pytest.param(
        "Redfield Bancorp reported a 12 percent rise in quarterly profits. It earned $224 million, up from "
        "$200 million a year ago.",
        {"12 percent": ("change", "$224 million", "$200 million")},
        id="en-lead-rate-plural-profits",
    ),
]


@pytest.mark.parametrize("text,expected", LEAD_RATE_FRAMES)
def test_a_lead_rate_finds_its_value_and_prior_in_the_next_sentence(knowledge, text, expected):
    check_roles_and_links(knowledge, text, expected)


@pytest.mark.parametrize(
    "text,fires",
    [
        pytest.param(
            "Northwind Systems posted a 25 percent increase in quarterly profit on Thursday. The company earned "
            "$500 million, or 80 cents a share, in the quarter, up from $400 million, or 64 cents a share.",
            False,
            id="en-holds",
        ),
        pytest.param(
            "Northwind Systems posted a 25 percent increase in quarterly profit on Thursday. The company earned "
            "$560 million, or 90 cents a share, in the quarter, up from $400 million, or 64 cents a share.",
            True,
            id="en-value-off-fires",
        ),
        pytest.param(
            "Corvan Mining said annual profit fell 30 percent on Monday. The miner earned $700 million, or $1.40 "
            "a share, down from $1.6 billion, or $3.20 a share, a year earlier.",
            True,
            id="en-fall-prior-off-fires",
        ),
    ],
)
def test_a_lead_rate_is_checked_against_the_next_sentence(knowledge, text, fires):
    assert_checked(knowledge, text, "F301", fires)


def test_a_lead_rate_of_another_metric_is_not_linked_across_the_sentence(knowledge):
    # The lead's rate is of revenue; the next sentence's figures are the profit: nothing is related.
    assert_not_checked(
        knowledge,
        "Northwind Systems posted a 25 percent increase in quarterly revenue on Thursday. The company earned "
        "$560 million, or 90 cents a share, in the quarter, up from $400 million, or 64 cents a share.",
        "F301",
    )
