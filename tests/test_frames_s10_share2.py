"""Shares of the tenth session (second pass): constructions that recur across articles. Every sentence, market,
firm and figure here is written for this test; none comes from an article."""

from __future__ import annotations

import pytest
from test_frames import assert_checked, assert_not_checked

# ------------------------------------------------- a running total stated before is no whole of one month's part
# The broken shares are of the running total (60 of 3,200; 100 of 3,200): read against it, they would pass.
CUMULATIVE_WHOLES = [
    pytest.param(
        "지난달 수출은 400억달러로 1년 전보다 5% 늘었다. 1~8월 누적 수출은 3천200억달러, 누적 수입은 "
        "3천억달러였다. 품목별로는 선박 수출이 60억달러로 가장 많았다. 선박이 전체 수출에서 차지하는 비중은 15%였다.",
        False,
        id="ko-named-subject-share-past-a-running-total-holds",
    ),
    pytest.param(
        "지난달 수출은 400억달러로 1년 전보다 5% 늘었다. 1~8월 누적 수출은 3천200억달러, 누적 수입은 "
        "3천억달러였다. 품목별로는 선박 수출이 60억달러로 가장 많았다. 선박이 전체 수출에서 차지하는 비중은 1.9%였다.",
        True,
        id="ko-named-subject-share-past-a-running-total-broken",
    ),
    pytest.param(
        "지난달 수출은 400억달러였다. 1~8월 누적 수출은 3천200억달러였다. 유럽 수출이 52억달러, 남미 수출이 "
        "48억달러로 두 지역 합계 100억달러를 기록했다. 이는 전체 수출의 25%에 해당한다.",
        False,
        id="ko-back-reference-share-past-a-running-total-holds",
    ),
    pytest.param(
        "지난달 수출은 400억달러였다. 1~8월 누적 수출은 3천200억달러였다. 유럽 수출이 52억달러, 남미 수출이 "
        "48억달러로 두 지역 합계 100억달러를 기록했다. 이는 전체 수출의 3.1%에 해당한다.",
        True,
        id="ko-back-reference-share-past-a-running-total-broken",
    ),
]


@pytest.mark.parametrize("text,fires", CUMULATIVE_WHOLES)
def test_cumulative_wholes(knowledge, text, fires):
    assert_checked(knowledge, text, "F503", fires)


# ----------------------------------------------------- a share of `the market` after its part, the market stated before
MARKET_SHARES_AFTER_PARTS = [
    pytest.param(
        "Van registrations in Norland fell 10% to 50,000 last month from 55,000 a year earlier. "
        "Sales of electric vans rose 25% to 10,000 from 8,000. Their share of the market rose to 20% from 14.5%.",
        False,
        id="en-their-share-of-the-market-holds",
    ),
    pytest.param(
        "Van registrations in Norland fell 10% to 50,000 last month from 55,000 a year earlier. "
        "Sales of electric vans rose 25% to 10,000 from 8,000. Their share of the market rose to 24% from 14.5%.",
        True,
        id="en-their-share-of-the-market-broken",
    ),
    pytest.param(
        "Van registrations in Norland fell 10% to 50,000 last month from 55,000 a year earlier. "
        "Sales of electric vans rose 25% to 10,000 from 8,000. Their share of the market rose to 20% from 18.5%.",
        True,
        id="en-their-earlier-share-of-the-market-broken",
    ),
    pytest.param(
        "A total of 80,000 new vans were registered in Norland. "
        "Electric vans accounted for 12,000 registrations, giving them a 15% share of the market.",
        False,
        id="en-giving-them-a-share-of-the-market-holds",
    ),
    pytest.param(
        "A total of 80,000 new vans were registered in Norland. "
        "Electric vans accounted for 12,000 registrations, giving them a 19% share of the market.",
        True,
        id="en-giving-them-a-share-of-the-market-broken",
    ),
]


@pytest.mark.parametrize("text,fires", MARKET_SHARES_AFTER_PARTS)
def test_market_shares_after_parts(knowledge, text, fires):
    assert_checked(knowledge, text, "F503", fires)


@pytest.mark.parametrize(
    "text",
    [
        # The share's sentence names a subject of its own: the figure before is another segment's.
        pytest.param(
            "A total of 80,000 new vans were registered in Norland. Fleet buyers took 6,000 vans. "
            "Uptake of hydrogen vans rose 30% to take a 2% share of the market.",
            id="en-share-sentence-with-its-own-subject",
        ),
        # `the city market` is a segment the story does not state.
        pytest.param(
            "A total of 80,000 new vans were registered in Norland. "
            "Electric vans accounted for 12,000 registrations, giving them a 40% share of the city market.",
            id="en-share-of-a-named-segment",
        ),
    ],
)
def test_market_shares_that_are_not_of_the_part_before(knowledge, text):
    assert_not_checked(knowledge, text, "F503")
