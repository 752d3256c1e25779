"""When (seventeenth session), a rule for a construction: a year named as what a figure equals (`1,600㏊로 지난해와
같았다`, `1,600 hectares, the same as last year`, `unchanged from the previous year`) is the figure's baseline, not its
own period. Before, the figure took last year as its period, and so did the figures after it in the article, so a
yield of this year's crop over this year's area was never checked.

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

import datetime as dt

import pytest
from helpers import claims, codes, document, findings, passed_spans

PUBLISHED = dt.date(2026, 10, 20)

KO_SAME_AS_LAST_YEAR = (
    "가람농협의 올해 배 수확량은 3,900톤으로 집계됐다. 재배 면적은 1,300㏊로 지난해와 같았다. "
    "1㏊당 수확량은 {yield_}톤이다."
)
EN_SAME_AS_LAST_YEAR = (
    "Ferncliff Growers picked 3,900 tonnes of pears this year. The planted area was 1,300 hectares, "
    "{same} last year. That is a yield of {yield_} tonnes a hectare."
)


def _period(text, knowledge, figure):
    return next(str(c.period) for c in claims(text, knowledge, published=PUBLISHED).claims if c.text == figure)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (KO_SAME_AS_LAST_YEAR.format(yield_="3"), "1,300㏊"),
        (EN_SAME_AS_LAST_YEAR.format(same="the same as", yield_="3"), "1,300 hectares"),
        (EN_SAME_AS_LAST_YEAR.format(same="unchanged from", yield_="3"), "1,300 hectares"),
    ],
    ids=["ko", "en-same-as", "en-unchanged-from"],
)
def test_a_figure_equal_to_last_years_is_of_this_year(knowledge, text, figure):
    assert _period(text, knowledge, figure) == "2026"


@pytest.mark.parametrize(
    "text",
    [KO_SAME_AS_LAST_YEAR.format(yield_="3"), EN_SAME_AS_LAST_YEAR.format(same="the same as", yield_="3")],
    ids=["ko", "en"],
)
def test_the_yield_of_this_years_crop_and_area_is_checked(knowledge, text):
    result = findings(knowledge, document(text, published=PUBLISHED), show_passed=True)
    assert passed_spans(text, result, "F317"), "the yield is listed as checked"
    assert not codes(result)


@pytest.mark.parametrize(
    "text",
    [KO_SAME_AS_LAST_YEAR.format(yield_="4"), EN_SAME_AS_LAST_YEAR.format(same="the same as", yield_="4")],
    ids=["ko", "en"],
)
def test_a_wrong_yield_of_this_years_crop_and_area_is_reported(knowledge, text):
    assert "F317" in codes(findings(knowledge, document(text, published=PUBLISHED)))


@pytest.mark.parametrize(
    ("text", "figure", "period"),
    [
        # a figure of last year named by a possessive after `the same as` keeps its own year
        ("Ferncliff's costs were $4.2m this year, the same as last year's $4.2m.", "$4.2m", "2026"),
        ("Ferncliff's costs were $4.2m last year.", "$4.2m", "2025"),
        ("가람농협의 매출은 지난해 120억원이었다.", "120억원", "2025"),
    ],
    ids=["en-possessive", "en-last-year", "ko-last-year"],
)
def test_a_year_that_is_the_figures_own_still_dates_it(knowledge, text, figure, period):
    assert _period(text, knowledge, figure) == period
