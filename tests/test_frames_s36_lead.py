"""A length of time written as a ten joined to a unit (`twenty-two years later`, `thirty one days`) is one number:
its unit word alone (`two years later`) was read as the length and raised a false F406 (checker/extract/time.py,
checker/link/elapsed.py `span_counts`).

Every sentence is written for this file, with invented places, names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import alarm_rules, rule_checked, rule_fires

ELAPSED = "F406"


@pytest.mark.parametrize(
    "text",
    [
        "The Orrin mill opened in 1998. Twenty-two years later, in 2020, it closed.",
        "The Orrin mill opened in 1998. It closed twenty-two years later, in 2020.",
        "The Orrin mill opened in 1981. Forty three years later, in 2024, it was listed.",
    ],
)
def test_a_compound_length_is_read_whole_and_holds(knowledge, text):
    assert rule_checked(knowledge, text, ELAPSED)
    assert ELAPSED not in alarm_rules(knowledge, text)


@pytest.mark.parametrize(
    "text",
    [
        "The Orrin mill opened in 1998. Twenty-five years later, in 2020, it closed.",
        "The Orrin mill opened in 1981. Forty-one years later, in 2024, it was listed.",
    ],
)
def test_a_wrong_compound_length_is_reported(knowledge, text):
    assert rule_fires(knowledge, text, ELAPSED)


def test_a_unit_word_after_a_hyphen_is_no_length_of_its_own(knowledge):
    # (a model name, no number of years: nothing to check, nothing to report)
    text = "The Orrin mill opened in 1998. The Mark-two years later replaced it, in 2020."
    assert ELAPSED not in alarm_rules(knowledge, text)
