"""Ratios, differences and points on real copy, part 2: each construction on sentences written for this test."""

from __future__ import annotations

import pytest
from helpers import document, findings
from test_frames import assert_checked, assert_not_checked

# `7월 말 기준`: `기준` dates the figure (as of the month's end) and is no segment of the metric; `외화보유액`
# is another name of foreign exchange reserves.
PRIORS_AS_OF = [
    pytest.param(
        "한국은행은 7월 말 기준 외화보유액이 3,310억달러로 전월대비 20억달러 증가했다고 밝혔다. "
        "6월 외화보유액은 3,290억달러였다.",
        False,
        id="ko-as-of-month-end-holds",
    ),
    pytest.param(
        "한국은행은 7월 말 기준 외화보유액이 3,310억달러로 전월대비 20억달러 증가했다고 밝혔다. "
        "6월 외화보유액은 3,250억달러였다.",
        True,
        id="ko-as-of-month-end-broken",
    ),
    pytest.param(
        "3월 말 기준 외환보유액은 4,120억달러로 전월 대비 15억달러 줄었다. 유가증권이 대부분이다. "
        "2월 말 외환보유액은 4,135억달러였다.",
        False,
        id="ko-as-of-decrease-holds",
    ),
    pytest.param(
        "3월 말 기준 외환보유액은 4,120억달러로 전월 대비 15억달러 줄었다. 유가증권이 대부분이다. "
        "2월 말 외환보유액은 4,185억달러였다.",
        True,
        id="ko-as-of-decrease-broken",
    ),
]


@pytest.mark.parametrize("text,fires", PRIORS_AS_OF)
def test_a_figure_as_of_a_date_takes_its_prior_stated_apart(knowledge, text, fires):
    assert_checked(knowledge, text, "F305", fires)


def test_a_segment_beside_the_as_of_word_still_parts_the_figures(knowledge):
    # `반도체 수출` is another figure than exports: `기준` is dropped, the segment stays
    assert_not_checked(
        knowledge,
        "5월 말 기준 반도체 수출은 120억달러로 전월 대비 10억달러 늘었다. 4월 수출은 500억달러였다.",
        "F305",
    )


# A load factor is traffic (passenger kilometres flown by paying passengers) over capacity (seat kilometres
# flown), whichever sentences state them.
LOAD_FACTORS = [
    pytest.param(
        "Traffic, in revenue passenger kilometres, rose 12 percent to 24.6 billion RPK. Capacity in available "
        "seat kilometres grew 8 percent to 30.0 billion ASK. The passenger load factor was 82.0 percent.",
        False,
        id="en-load-factor-holds",
    ),
    pytest.param(
        "Traffic, in revenue passenger kilometres, rose 12 percent to 24.6 billion RPK. Capacity in available "
        "seat kilometres grew 8 percent to 30.0 billion ASK. The passenger load factor was 86.0 percent.",
        True,
        id="en-load-factor-broken",
    ),
    pytest.param(
        "The carrier flew 9.0 billion RPK in the quarter, up from 7.2 billion RPK a year earlier, on capacity "
        "of 11.0 billion ASK, up from 10.0 billion ASK. Its load factor fell to 75.0 percent from 72.0 percent.",
        True,
        id="en-load-factor-and-its-prior-broken",
    ),
    pytest.param(
        "지난달 국제선 유상여객킬로미터는 96억㎞, 공급좌석킬로미터는 120억㎞였다. 국제선 탑승률은 80.0%를 기록했다.",
        False,
        id="ko-load-factor-holds",
    ),
    pytest.param(
        "지난달 국제선 유상여객킬로미터는 96억㎞, 공급좌석킬로미터는 120억㎞였다. 국제선 탑승률은 86.0%를 기록했다.",
        True,
        id="ko-load-factor-broken",
    ),
    pytest.param(
        "상반기 공급좌석킬로미터는 250억㎞로 늘었다. 유상여객킬로미터는 210억㎞였다. 상반기 탑승률은 84.0%다.",
        False,
        id="ko-load-factor-capacity-first-holds",
    ),
]


@pytest.mark.parametrize("text,fires", LOAD_FACTORS)
def test_a_load_factor_is_traffic_over_capacity(knowledge, text, fires):
    assert_checked(knowledge, text, "F503", fires)


def test_a_prior_load_factor_takes_the_prior_traffic_and_capacity(knowledge):
    text = (
        "The carrier flew 9.0 billion RPK in the quarter, up from 7.2 billion RPK a year earlier, on capacity "
        "of 11.0 billion ASK, up from 10.0 billion ASK. Its load factor rose to 81.8 percent from 72.0 percent."
    )
    result = findings(knowledge, document(text), select=["F503"], show_passed=True)
    assert not result.findings, [f.message for f in result.findings]
    assert len([p for p in result.passed if p.rule == "F503"]) == 2, [p.message for p in result.passed]


@pytest.mark.parametrize(
    "text",
    [
        # two carriers' traffic: which one the load factor is of is not known
        pytest.param(
            "The main airline flew 24.6 billion RPK and its budget arm 3.1 billion RPK. Group capacity was "
            "30.0 billion ASK. The load factor was 86.0 percent.",
            id="en-two-traffic-figures",
        ),
        # a rate that is not named a load factor
        pytest.param(
            "Traffic rose to 24.6 billion RPK. Capacity grew to 30.0 billion ASK. On-time departures were "
            "86.0 percent.",
            id="en-rate-not-a-load-factor",
        ),
        pytest.param(
            "국제선 유상여객킬로미터는 96억㎞, 공급좌석킬로미터는 120억㎞였다. 정시 운항률은 86.0%였다.",
            id="ko-rate-not-a-load-factor",
        ),
    ],
)
def test_a_load_factor_without_one_traffic_and_capacity_is_not_checked(knowledge, text):
    assert_not_checked(knowledge, text, "F503")
