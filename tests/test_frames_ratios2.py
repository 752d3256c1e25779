"""Ratios, differences and points on real copy, part 2: each construction on sentences written for this test."""

from __future__ import annotations

import pytest
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
