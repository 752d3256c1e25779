"""Differences: a change, then the level a market figure ended at (`rose 120 points to close at 36,548 points`),
and a currency's move in its own money reaching its quote in another (`the rupee firmed 12 paise to 74.10 per
dollar`), where the quote moves against the verb. Sentences written for this test.
"""

from __future__ import annotations

import pytest
from test_frames import assert_checked, assert_not_checked
from test_frames import test_roles_and_links as roles_and_links

ENDED_AT = [
    pytest.param(
        "The index rose 120 points to close at 36,548 points, against the previous close of 36,428 points.",
        {"120 points": ("change", "36,548 points", "36,428 points"), "36,428 points": ("baseline", None, None)},
        id="en-points-to-close-at-against-previous-close",
    ),
    pytest.param(
        "The Nifty fell 35.5 points to end at 11,020.4 points from 11,055.9 points.",
        {"35.5 points": ("change", "11,020.4 points", "11,055.9 points")},
        id="en-points-to-end-at-from",
    ),
    pytest.param(
        "Gold fell $12 to settle at $1,812 an ounce from $1,824.",
        {"$12": ("change", "$1,812", "$1,824")},
        id="en-dollars-to-settle-at-from",
    ),
    pytest.param(
        "Brent crude slipped 45 cents to finish at $65.20 a barrel, against the previous close of $65.65.",
        {"45 cents": ("change", "$65.20", "$65.65")},
        id="en-cents-to-finish-at",
    ),
    # the reached figure is in another counter (or none): no change is read
    pytest.param(
        "The peso gained 15 centavos to end at 56.10 per dollar.",
        {"15 centavos": ("value", None, None)},
        id="en-counter-not-reached",
    ),
    pytest.param(
        "The firm added 300 workers to close at 4,500 staff, against 4,200 a year earlier.",
        {"300 workers": ("value", None, None)},
        id="en-reached-count-in-another-noun",
    ),
]


@pytest.mark.parametrize("text,expected", ENDED_AT)
def test_change_then_level_ended_at(knowledge, text, expected):
    roles_and_links(knowledge, text, expected)


@pytest.mark.parametrize(
    "text,fires",
    [
        ("The index rose 120 points to close at 36,548 points, against the previous close of 36,428 points.", False),
        ("The index rose 210 points to close at 36,548 points, against the previous close of 36,428 points.", True),
        ("Gold fell $12 to settle at $1,812 an ounce from $1,824.", False),
        ("Gold fell $40 to settle at $1,812 an ounce from $1,824.", True),
        ("Brent crude slipped 45 cents to finish at $65.20 a barrel, against the previous close of $65.65.", False),
        ("Brent crude slipped 85 cents to finish at $65.20 a barrel, against the previous close of $65.65.", True),
    ],
)
def test_change_then_level_ended_at_is_checked(knowledge, text, fires):
    assert_checked(knowledge, text, "F305", fires)


QUOTE_MOVES = [
    pytest.param(
        "The rupee fell 15 paise to close at 71.42 per dollar, against the previous close of 71.27 per dollar.",
        {"15 paise": ("change", "71.42", "71.27")},
        id="en-currency-fell-quote-rose",
    ),
    pytest.param(
        "On the currency front, the rupee strengthened by 15 paise to end at 71.42 per dollar, "
        "against the previous close of 71.57 per greenback.",
        {"15 paise": ("change", "71.42", "71.57")},
        id="en-currency-strengthened-by-to-end-at",
    ),
    pytest.param(
        "The rupee firmed 12 paise to 74.10 per dollar from 74.22 per dollar.",
        {"12 paise": ("change", "74.10", "74.22")},
        id="en-currency-firmed-to-from",
    ),
]


@pytest.mark.parametrize("text,expected", QUOTE_MOVES)
def test_currency_move_reaching_its_quote(knowledge, text, expected):
    roles_and_links(knowledge, text, expected)


@pytest.mark.parametrize(
    "text,fires",
    [
        # a weaker rupee is more rupees per dollar, a stronger one fewer
        (
            "The rupee fell 15 paise to close at 71.42 per dollar, against the previous close of 71.27 per dollar.",
            False,
        ),
        ("The rupee fell 15 paise to close at 71.12 per dollar, against the previous close of 71.27 per dollar.", True),
        (
            "The rupee strengthened by 15 paise to end at 71.42 per dollar, "
            "against the previous close of 71.57 per dollar.",
            False,
        ),
        (
            "The rupee strengthened by 15 paise to end at 71.72 per dollar, "
            "against the previous close of 71.57 per dollar.",
            True,
        ),
        ("The rupee firmed 12 paise to 74.10 per dollar from 74.22 per dollar.", False),
        ("The rupee firmed 42 paise to 74.10 per dollar from 74.22 per dollar.", True),
    ],
)
def test_currency_move_reaching_its_quote_is_checked(knowledge, text, fires):
    assert_checked(knowledge, text, "F305", fires)


def test_move_reaching_a_bare_figure_not_a_quote_is_not_checked(knowledge):
    # `71.42` is no amount of money here: the move has nothing to be a change of
    assert_not_checked(knowledge, "The rupee fell 15 paise on Monday to 71.42, from 71.27.", "F305")
