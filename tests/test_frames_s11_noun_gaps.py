"""A gap between a level and a noun compared with, the noun's figure stated before (eleventh session).

Every sentence is written for this file, with invented names and numbers. `사망자 수는 1만5천420명으로 출생아보다
3천110명 많았다`: the level stands right before the noun compared with; the noun's figure is the one written right after
it as a topic earlier (`출생아 수는 1만2천310명`), of the level's places and scope.
"""

from __future__ import annotations

import pytest
from test_frames import assert_checked, assert_not_checked


@pytest.mark.parametrize(
    "text,fires",
    [
        (
            "한빛시의 5월 출생아 수는 1만2천310명으로 1년 전보다 4.1% 늘었다. 혼인 건수는 8천20건이었다. "
            "반면 사망자 수는 1만5천420명으로 출생아보다 3천110명 많았다.",
            False,
        ),
        (
            "한빛시의 5월 출생아 수는 1만2천310명으로 1년 전보다 4.1% 늘었다. 혼인 건수는 8천20건이었다. "
            "반면 사망자 수는 1만5천420명으로 출생아보다 2천110명 많았다.",
            True,
        ),
        (
            "올해 한빛대 신입생은 2천410명이었다. 편입생은 380명으로 신입생보다 2천30명 적었다.",
            False,
        ),
        (
            "올해 한빛대 신입생은 2천410명이었다. 편입생은 380명으로 신입생보다 2천130명 적었다.",
            True,
        ),
    ],
)
def test_gap_to_a_noun_whose_figure_is_stated_before(knowledge, text, fires):
    assert_checked(knowledge, text, "F305", fires)


def test_figure_of_other_places_is_not_the_noun_compared(knowledge):
    # the only earlier figure of `출생아` is of three named regions: not the births the deaths are compared with
    assert_not_checked(
        knowledge,
        "5월 서울·인천·경기 출생아는 1만1천230명이었다. 반면 사망자 수는 1만5천420명으로 출생아보다 3천110명 많았다.",
        "F305",
    )
