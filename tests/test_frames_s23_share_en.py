"""English shares (twenty-third session), each a rule for a construction:
- a share stated as a percentage and restated at once as a fraction in words, after a comma (`or`, `that is` may
  stand before it) and the words of the percentage's whole (`£9m, or 56.3% of income, more than half`, `18.0%,
  almost one in five`, `39.9% of turnover, or two fifths`): the fraction, ending its clause, restates the percentage
  (checker/link/shares_restated_as_fractions.py), checked by the ratio kind (F508). A fraction followed by more words
  (`half its level of 2019`, `a fifth more than`, `a third of whom`) or after a change (`up 50%, half …`) is another
  figure, and is left alone.

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

import pytest
from test_frames import assert_checked, assert_not_checked

# ---------------------------------------------------------------- `56.3% of income, more than half`

_LEGACIES = "Gifts in wills brought Harlow Cats Trust £4.1m, or {rate} of its income, more than half."


@pytest.mark.parametrize("rate,fires", [("56.3%", False), ("45.2%", True)])
def test_a_percentage_of_a_whole_restated_as_more_than_a_fraction(knowledge, rate, fires):
    assert_checked(knowledge, _LEGACIES.format(rate=rate), "F508", fires)


_VISITORS = "Visitors from abroad accounted for 9,300 of the tickets, or {rate}, almost one in five."


@pytest.mark.parametrize("rate,fires", [("18.6%", False), ("24.0%", True)])
def test_a_bare_percentage_restated_as_almost_one_in_n(knowledge, rate, fires):
    assert_checked(knowledge, _VISITORS.format(rate=rate), "F508", fires)


_WAGES = "Player wages at Dunmore Rovers rose to £3.2m, {rate} of turnover, or two fifths."


@pytest.mark.parametrize("rate,fires", [("40.3%", False), ("31.0%", True)])
def test_a_percentage_restated_after_or_as_a_bare_fraction(knowledge, rate, fires):
    assert_checked(knowledge, _WAGES.format(rate=rate), "F508", fires)


_PLOTS = "Garden plots now cover {rate} of the estate, that is about two thirds; the rest is woodland."


@pytest.mark.parametrize("rate,fires", [("68.1%", False), ("52.0%", True)])
def test_a_percentage_restated_after_that_is_with_a_hedge(knowledge, rate, fires):
    assert_checked(knowledge, _PLOTS.format(rate=rate), "F508", fires)


@pytest.mark.parametrize(
    "text",
    [
        # a fraction with more words after it is another figure: a multiple of an earlier level
        "Support for the Greens fell to 12.0%, half its level of 2019.",
        # a share of another whole (`of whom`)
        "Turnout reached 61.0%, a third of whom voted by post.",
        # a fraction of a change: how much more
        "Its share of the market is 30.0%, a fifth more than a year earlier.",
        # a change, not a share
        "Ticket sales rose 48%, almost half again, to 9,200.",
        # the fraction opens the next clause's own figure
        "Rents take 38.0% of income, and a quarter of tenants are behind.",
    ],
)
def test_a_fraction_beside_a_percentage_that_restates_it_not(knowledge, text):
    assert_not_checked(knowledge, text, "F508")
