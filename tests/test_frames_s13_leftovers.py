"""Figures the readers read but nothing linked (thirteenth session, leftovers): a dollar spelled in an article
whose conversions name another country, a count rounded when its noun is counted again.

Every sentence is written for this file, with invented names and numbers. Each construction is tested where it
must be checked and where a near construction must not be checked.
"""

from __future__ import annotations

import pytest
from test_frames import assert_checked, assert_not_checked

# ---------------------------------------------------------------- a conversion's sign is not the article's (F405)


def test_a_spelled_dollar_is_the_articles_despite_a_converted_amount(knowledge):
    """`C$…m (US$…m)`: the amount in parentheses converts for the reader; the article's dollar is still the
    Canadian one, so `41.5 million dollar` restates `C$41.5m`."""
    text = (
        "Eastmere College approved a budget with a C$41.5m deficit on Tuesday.\n"
        "Tuition will bring in C$236m (US$169m) next year, the college said.\n"
        '"A 41.5 million dollar gap does not close itself," the provost said.'
    )
    assert_checked(knowledge, text, "F405", fires=False)


def test_two_countries_dollars_stated_apart_leave_a_spelled_dollar_unplaced(knowledge):
    """`C$` in one sentence and `US$` in another, neither a conversion: which dollar the word is stays unsaid."""
    text = (
        "Eastmere College approved a budget with a C$41.5m deficit on Tuesday.\n"
        "Its American campus owes US$236m to its lenders.\n"
        '"A 41.5 million dollar gap does not close itself," the provost said.'
    )
    assert_not_checked(knowledge, text, "F405")


# ---------------------------------------------------------------- a count rounded, its noun counted again (F405)


def test_a_count_rounded_later_restates_the_count_of_its_noun(knowledge):
    text = (
        "The museum's winter season sold 2.47 million tickets across 40 weeks, its owner said.\n"
        '"Selling 2.5m tickets in one winter is new for us," said the director.'
    )
    assert_checked(knowledge, text, "F405", fires=False)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "The museum sold 2.47 million tickets in 2024.\nIt sold 2.5m tickets in 2023.",
            id="periods-stated-apart",
        ),
        pytest.param(
            "The museum sold 2.47 million tickets this winter.\nIt also gave away 2.5m leaflets.",
            id="other-noun",
        ),
        pytest.param(
            "The museum sold 2.47 million tickets this winter and 2.52 million last winter.\n"
            '"Selling 2.5m tickets is new for us," said the director.',
            id="two-earlier-counts-it-rounds",
        ),
    ],
)
def test_a_rounded_count_is_not_paired_with_another_fact(knowledge, text):
    assert_not_checked(knowledge, text, "F405")
