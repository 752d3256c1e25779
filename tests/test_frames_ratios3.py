"""Ratios and per-period amounts on real copy, part 3: each construction on sentences written for this test."""

from __future__ import annotations

import pytest
from helpers import claims
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
        # English words quoted in a Korean article: the per-period check writes a Korean term in years
        pytest.param(
            "재단의 보고서가 나왔다. The charity raised $7.2 million over the past 12 months.\n\n"
            "보고서는 이렇게 적었다. Donors gave an average of $200,000 per month across the same period.",
            id="ko-article-quoting-english",
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


# `N분기까지` is the year through that quarter (`3분기까지` → the first nine months), and `올해 누적` is the
# year so far as the article last stated a part of it: a margin of the year so far is of those figures.
YEAR_SO_FAR_MARGINS = [
    pytest.param(
        "한빛해운은 올해 3분기까지 매출 4조원, 영업이익 1조2000억원을 냈다. 올해 누적 영업이익률은 30%다.",
        False,
        id="ko-through-q3-holds",
    ),
    pytest.param(
        "한빛해운은 올해 3분기까지 매출 4조원, 영업이익 1조2000억원을 냈다. 올해 누적 영업이익률은 42%다.",
        True,
        id="ko-through-q3-broken",
    ),
    pytest.param(
        "새봄제약은 올해 2분기까지 매출 6000억원, 영업이익 900억원을 거뒀다. 올해 누적으로는 영업이익률이 15%다.",
        False,
        id="ko-through-q2-holds",
    ),
    pytest.param(
        "새봄제약은 올해 2분기까지 매출 6000억원, 영업이익 900억원을 거뒀다. 올해 누적으로는 영업이익률이 25%다.",
        True,
        id="ko-through-q2-broken",
    ),
]


@pytest.mark.parametrize("text,fires", YEAR_SO_FAR_MARGINS)
def test_a_margin_of_the_year_so_far_is_of_the_figures_through_the_last_quarter(knowledge, text, fires):
    assert_checked(knowledge, text, "F307", fires)


@pytest.mark.parametrize(
    "text,period",
    [
        pytest.param("한빛해운은 2021년 3분기까지 매출 4조원을 냈다.", "2021-9M", id="ko-through-q3"),
        pytest.param("한빛해운은 2021년 3분기까지 누적 매출 4조원을 냈다.", "2021-9M", id="ko-through-q3-cumulative"),
        pytest.param("새봄제약은 2021년 2분기까지 매출 6000억원을 거뒀다.", "2021-H1", id="ko-through-q2"),
        pytest.param("한빛해운은 3분기까지 매출 4조원을 냈다.", "2024-9M", id="ko-through-q3-of-this-year"),
        # `2분기부터 3분기까지`: the end of a span of quarters, no year from January
        pytest.param("한빛해운은 2분기부터 3분기까지 매출 4조원을 냈다.", "2024-Q3", id="ko-from-q2-through-q3"),
        # a quarter alone is that quarter
        pytest.param("한빛해운은 2021년 3분기 매출 4조원을 냈다.", "2021-Q3", id="ko-quarter-alone"),
        # the year so far after a stated quarter: through that quarter
        pytest.param(
            "한빛해운은 올해 3분기 매출 1조원을 냈다. 올해 누적으로는 매출 4조원이다.",
            "2024-9M",
            id="ko-cumulative-after-q3",
        ),
    ],
)
def test_the_period_of_a_figure_through_a_quarter(knowledge, text, period):
    found = [c for c in claims(text, knowledge).claims if c.kind == "money"]
    assert str(found[-1].period) == period, [(c.text, str(c.period)) for c in found]


def test_the_year_so_far_with_no_part_of_the_year_stated_is_the_year(knowledge):
    found = [c for c in claims("한빛해운의 올해 누적 매출은 4조원이다.", knowledge).claims if c.kind == "money"]
    assert [str(c.period) for c in found] == ["2024"]
