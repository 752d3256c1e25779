"""Repeats and dates that carry over to copy no one here has read (issue 11): figures and elapsed times an
article states twice, in its headline and body or in two sentences of the body, and the links that decide
whether two statements may be one fact.

Sentences of our own, in both languages where the construction exists.
"""

from __future__ import annotations

import pytest
from helpers import claims, document, findings


def _claim(claimset, figure: str, nth: int = 0):
    return [c for c in claimset.claims if c.text == figure][nth]


# ---------------------------------------------------------------- who: a weekday is no one's name

WEEKDAY_AFTER_THE_NAME = [
    pytest.param(
        "Corvane Foods on Thursday reported a 9% rise in net profit to $412 million.",
        "9%",
        id="en-on-thursday-reported",
    ),
    pytest.param(
        "Harlow Shipping on Saturday posted revenue of $2.3 billion, up 14% from a year earlier.",
        "$2.3 billion",
        id="en-on-saturday-posted",
    ),
    pytest.param(
        "Brightwell Energy on Friday reported that its profit rose 4% to $88 million.",
        "$88 million",
        id="en-on-friday-reported-that",
    ),
]


@pytest.mark.parametrize("text,figure", WEEKDAY_AFTER_THE_NAME)
def test_a_weekday_before_the_verb_is_not_the_subject(knowledge, text, figure):
    claim = _claim(claims(text, knowledge), figure)
    assert not any(day in claim.entities for day in ("monday", "thursday", "friday", "saturday")), claim.entities


def test_a_headline_figure_restated_by_a_company_that_reported_on_a_weekday(knowledge):
    text = (
        "Corvane Foods profit rises 18% to $1,245 million\n\n"
        "Corvane Foods on Friday reported an 18% rise in quarterly net profit, to $1,245 million, as sales grew."
    )
    claimset = claims(text, knowledge)
    assert _claim(claimset, "$1,245 million", 1).entities == _claim(claimset, "$1,245 million", 0).entities


# ---------------------------------------------------------------- what: a metric narrowed in brackets after it

QUALIFIED_AFTER = [
    pytest.param(
        "Orland Group reported net profit of $620 million for the quarter, against $700 million a year earlier.\n"
        "Net profit (attributable to the owners of the company) fell 5 per cent to $540 million from $568 million.",
        "$540 million",
        id="en-attributable-to-owners",
    ),
    pytest.param(
        "Orland Group reported operating profit of $620 million for the quarter, against $700 million a year "
        "earlier.\nOperating profit (excluding one-off items) rose 3 per cent to $721 million from $700 million.",
        "$721 million",
        id="en-excluding-one-off-items",
    ),
]


@pytest.mark.parametrize("text,narrowed", QUALIFIED_AFTER)
def test_a_metric_narrowed_in_brackets_is_another_basis(knowledge, text, narrowed):
    """Two bases of one metric and period are two facts: the bracketed words are the second's scope, and their
    figures differ without a disagreement."""
    claimset = claims(text, knowledge)
    assert _claim(claimset, "$620 million").scope is None
    assert (_claim(claimset, narrowed).scope or "").startswith(("attributable", "excluding"))
    result = findings(knowledge, document(text), select=["F402"])
    assert not result.findings, [f.message for f in result.findings]


def test_a_metric_in_brackets_of_a_figure_is_not_narrowed(knowledge):
    text = "Orland Group's net profit (a record) rose 5 per cent to $540 million."
    assert _claim(claims(text, knowledge), "$540 million").scope is None
