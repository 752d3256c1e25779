"""Margins, fifteenth session: an earlier margin of the earlier profit over the earlier revenue, a profit named
`Adjusted EBITDA`, a pretax margin after its profit's prior in brackets.

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import document, findings


def _margin_results(knowledge, text: str, stated: str, rule: str = "F307") -> tuple[list[str], list[str]]:
    """The findings and passed checks of the margin stated as `stated` (F307 operating, F318 other margins)."""
    result = findings(knowledge, document(text), select=[rule], show_passed=True)
    fired = [f.message for f in result.findings if f.rule == rule and stated in f.message]
    passed = [p.message for p in result.passed if p.rule == rule and stated in p.message]
    return fired, passed


@pytest.mark.parametrize(
    "text,stated,fires",
    [
        (
            "Tarnwick Tools said sales rose 8% to £410.0m from £380.0m. Operating profit climbed to £53.3m from "
            "£41.8m, lifting the operating margin to 13.0% from 11.0%.",
            "11%",
            False,
        ),
        (
            "Tarnwick Tools said sales rose 8% to £410.0m from £380.0m. Operating profit climbed to £53.3m from "
            "£41.8m, lifting the operating margin to 13.0% from 12.5%.",
            "12.5%",
            True,
        ),
        (
            "Brisa Foods said revenue rose to $250.0m from $200.0m.\n\nOperating profit fell to $30.0m from "
            "$32.0m, cutting the operating margin to 12.0% from 16.0%.",
            "16%",
            False,
        ),
        (
            "Brisa Foods said revenue rose to $250.0m from $200.0m.\n\nOperating profit fell to $30.0m from "
            "$32.0m, cutting the operating margin to 12.0% from 14.0%.",
            "14%",
            True,
        ),
    ],
)
def test_earlier_margin_of_the_earlier_revenue(knowledge, text, stated, fires):
    fired, passed = _margin_results(knowledge, text, stated)
    assert bool(fired) == fires, fired
    if not fires:
        assert passed, "the earlier margin was not checked"


def test_earlier_margin_of_a_revenue_with_no_earlier_figure_is_not_linked(knowledge):
    # the revenue is stated for this period only: the earlier margin has no base to check
    text = (
        "Tarnwick Tools said sales were £410.0m.\n\nOperating profit climbed to £53.3m from £41.8m, lifting the "
        "operating margin to 13.0% from 12.5%."
    )
    fired, passed = _margin_results(knowledge, text, "12.5%")
    assert not fired and not passed, fired + passed


def test_earlier_margin_of_a_revenue_measured_from_two_periods_is_not_linked(knowledge):
    # the revenue is measured from last quarter and from a year earlier: which earlier revenue is meant is unsaid
    text = (
        "Tarnwick Tools said sales rose to £410.0m, up from £390.0m in the previous quarter and from £380.0m a "
        "year earlier.\n\nOperating profit climbed to £53.3m from £41.8m, lifting the operating margin to 13.0% from "
        "12.5%."
    )
    fired, passed = _margin_results(knowledge, text, "12.5%")
    assert not fired and not passed, fired + passed


@pytest.mark.parametrize(
    "text,fires",
    [
        ("Kelvar Data said revenue rose to $400.0m.\n\nAdjusted EBITDA reached $120.0m, a margin of 30%.", False),
        ("Kelvar Data said revenue rose to $400.0m.\n\nAdjusted EBITDA reached $120.0m, a margin of 35%.", True),
        ("Kelvar Data said revenue rose to $400.0m.\n\nUnderlying EBITDA was $120.0m, a margin of 35%.", True),
    ],
)
def test_margin_of_a_profit_named_with_its_basis(knowledge, text, fires):
    # `Adjusted EBITDA`: a basis word and a metric, no company's name
    fired, passed = _margin_results(knowledge, text, "%", rule="F318")
    assert bool(fired) == fires, fired
    if not fires:
        assert passed, "the margin was not checked"


def test_margin_of_another_company_named_before_its_profit_is_not_linked(knowledge):
    text = "Kelvar Data said revenue rose to $400.0m.\n\nRival Trenco Labs said EBITDA was $120.0m, a margin of 35%."
    fired, passed = _margin_results(knowledge, text, "%", rule="F318")
    assert not fired and not passed, fired + passed


@pytest.mark.parametrize(
    "text,fires",
    [
        ("Penrow Books said sales were £200.0m and pre-tax profit was £12.0m (£9.0m), giving a margin of 6%.", False),
        ("Penrow Books said sales were £200.0m and pre-tax profit was £12.0m (£9.0m), giving a margin of 7.5%.", True),
        ("Penrow Books said sales were £200.0m.\n\nPre-tax profit was £12.0m, a margin of 6%.", False),
        ("Penrow Books said sales were £200.0m.\n\nPre-tax profit was £12.0m, a margin of 7.5%.", True),
    ],
)
def test_pretax_margin_after_its_profit_and_bracketed_prior(knowledge, text, fires):
    fired, passed = _margin_results(knowledge, text, "%", rule="F318")
    assert bool(fired) == fires, fired
    if not fires:
        assert passed, "the margin was not checked"


@pytest.mark.parametrize(
    "text",
    [
        # the bracket holds another metric's figure: the rate follows no profit
        "Penrow Books said pre-tax profit rose to £12.0m (sales £150.0m), giving a margin of 7.5%.",
        # a rise after the bracketed prior: no margin
        "Penrow Books said sales were £200.0m and pre-tax profit rose to £12.0m (£9.0m), a rise of 33%.",
    ],
)
def test_rate_after_a_bracket_that_is_no_profits_margin_is_not_linked(knowledge, text):
    fired, passed = _margin_results(knowledge, text, "%", rule="F318")
    assert not fired and not passed, fired + passed


def test_margin_of_a_period_checked_against_the_revenue_stated_with_none(knowledge):
    # the half is read from the profit's sentence; the revenue's sentence states no period
    text = "Penrow Books said sales rose to £200.0m.\n\nFirst-half pre-tax profit was £12.0m, a margin of 7.5%."
    fired, _ = _margin_results(knowledge, text, "%", rule="F318")
    assert fired


@pytest.mark.parametrize(
    "text,fires",
    [
        (
            "Orlent sales were €120.0m. Operating profit rose to €9.0m, a rise of €1.5m. That is a margin of 7.5%.",
            False,
        ),
        (
            "Orlent sales were €120.0m. Operating profit rose to €9.0m, a rise of €1.5m. That is a margin of 9.5%.",
            True,
        ),
        ("Orlent sales were €120.0m. Operating profit was €9.0m. This gives a margin of 9.5%.", True),
    ],
)
def test_margin_named_by_a_pronoun_in_the_next_sentence(knowledge, text, fires):
    fired, passed = _margin_results(knowledge, text, "%")
    assert bool(fired) == fires, fired
    if not fires:
        assert passed, "the margin was not checked"


@pytest.mark.parametrize(
    "text",
    [
        "Orlent sales were €120.0m. Operating profit was €9.0m. That is a rise of 9.5%.",
        # two profits in the sentence before: which one's margin is unsaid
        "Orlent sales were €120.0m. Operating profit was €9.0m and net profit €6.0m. That is a margin of 9.5%.",
    ],
)
def test_rate_of_the_next_sentence_that_is_no_single_profits_margin_is_not_linked(knowledge, text):
    result = findings(knowledge, document(text), select=["F307", "F318"], show_passed=True)
    assert not result.findings and not result.passed, [f.message for f in result.findings + result.passed]


_NINE_MONTHS = (
    "Brenna Gyms said revenue for the first nine months of the year reached €300.0m.\n\nThe chain opened 10 clubs "
    "over the twelve months, taking its estate to 200.\n\nEBITDA was €90.0m, a margin of {}."
)


@pytest.mark.parametrize("rate,fires", [("30%", False), ("35%", True)])
def test_margin_of_no_period_checked_against_the_one_revenue_of_a_period(knowledge, rate, fires):
    # no period read for the margin's paragraph: the article's one revenue, of its one period, is its base
    fired, passed = _margin_results(knowledge, _NINE_MONTHS.format(rate), "%", rule="F318")
    assert bool(fired) == fires, fired
    if not fires:
        assert passed, "the margin was not checked"


def test_margin_of_no_period_with_revenues_of_two_periods_is_not_linked(knowledge):
    text = _NINE_MONTHS.format("35%").replace("reached €300.0m.", "reached €300.0m, and €110.0m in the third quarter.")
    fired, passed = _margin_results(knowledge, text, "%", rule="F318")
    assert not fired and not passed, fired + passed
