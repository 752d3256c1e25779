"""Per-unit figures and totals of two periods (twenty-fifth session, review lane), each a rule for a construction:
- a figure per unit and the total stated before it in its sentence must be of one period: a total whose own words
  name a period (`9,600 hours last year`) is not taken when the words from there through the figure's clause name
  another (`, or 110 hours each this year`; `and 75 this year, or $42,000 apiece`; `against 8,800 hours, or 110
  hours each, in 2024`) (checker/link/periods_named.py, used by partners.py and rates_then_each.py);
- a figure of each unit followed by two totals each marked as the amount of all the units (`$2,400 apiece, $50,000
  in all in 2023 and $60,000 in all this year`): which one the units share is not said, nothing is linked
  (partners.py); one such total is still taken.

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import document, findings
from test_frames import assert_checked

# ---------------------------------------------------------------- a total, then a rate `each` of another period

_GUIDES = "The Pellbrook museum's 80 guides worked 9,600 hours last year, or 110 hours each{period}."


def _fires(knowledge, text: str, rule: str) -> bool:
    result = findings(knowledge, document(text), select=[rule], show_passed=True)
    return rule in [f.rule for f in result.findings]


@pytest.mark.parametrize("period", [" this year", " in 2025"])
def test_a_rate_each_of_another_period_than_its_total_is_not_linked(knowledge, period):
    assert not _fires(knowledge, _GUIDES.format(period=period), "F317")


@pytest.mark.parametrize("period", ["", " last year"])
def test_a_rate_each_of_the_totals_period_still_fires(knowledge, period):
    assert_checked(knowledge, _GUIDES.format(period=period), "F317", True)


def test_a_rate_each_of_the_totals_period_passes(knowledge):
    text = "The Pellbrook museum's 80 guides worked 9,600 hours last year, or 120 hours each."
    assert_checked(knowledge, text, "F317", False)


def test_a_rate_beside_another_periods_baseline_is_not_of_the_total(knowledge):
    text = "The Pellbrook museum's 80 guides worked 9,600 hours in 2025, against 8,800 hours, or 110 hours each, "
    text += "in 2024."
    assert not _fires(knowledge, text, "F317")


# ---------------------------------------------------------------- a total, then another period's count, then `apiece`

_NURSES = "The county hired 60 school nurses for $2.4m last year{more}, or $42,000 apiece."


def test_a_rate_after_another_periods_count_is_not_of_the_total(knowledge):
    assert not _fires(knowledge, _NURSES.format(more=" and 75 this year"), "F317")


def test_a_rate_of_the_totals_period_still_fires(knowledge):
    assert_checked(knowledge, _NURSES.format(more=""), "F317", True)


# ---------------------------------------------------------------- `apiece, $X in all in 2023 and $Y in all this year`

_BAKERS = "The 25 bakers in the Harwick loan fund got an average of $2,400 apiece, {totals}."


def test_two_totals_in_all_after_a_rate_each_are_not_taken(knowledge):
    totals = "$50,000 in all in 2023 and $60,000 in all this year"
    assert not _fires(knowledge, _BAKERS.format(totals=totals), "F317")


@pytest.mark.parametrize("total,fires", [("$60,000", False), ("$70,000", True)])
def test_one_total_in_all_after_a_rate_each_is_still_taken(knowledge, total, fires):
    assert_checked(knowledge, _BAKERS.format(totals=f"{total} in all this year"), "F317", fires)
