"""A multiple reached against a figure compared with, the level stated in the sentence before (eleventh session).

Every sentence is written for this file, with invented names and numbers. `기업가치는 9천120억원이다. 2023년 시리즈A
당시 평가받은 2천30억원과 비교하면 3년 만에 4.5배로 뛰었다.`: the multiple is of the one value of the compared figure's
unit in the sentence before; the word right before the compared figure (`평가받은`) modifies it and names no subject.
"""

from __future__ import annotations

import pytest
from test_frames import assert_checked, assert_not_checked


@pytest.mark.parametrize(
    "text,fires",
    [
        (
            "이번 투자에서 인정받은 한빛로봇의 기업가치는 9천120억원이다. "
            "2023년 시리즈A 당시 평가받은 2천30억원과 비교하면 3년 만에 4.5배로 뛰었다.",
            False,
        ),
        (
            "이번 투자에서 인정받은 한빛로봇의 기업가치는 9천120억원이다. "
            "2023년 시리즈A 당시 평가받은 2천30억원과 비교하면 3년 만에 5.5배로 뛰었다.",
            True,
        ),
        (
            "올해 한빛시 관광객은 81만2천명(외국인 포함)으로 집계됐다. 2020년 18만1천명과 비교하면 4.5배로 늘었다.",
            False,
        ),
        (
            "올해 한빛시 관광객은 81만2천명(외국인 포함)으로 집계됐다. 2020년 18만1천명과 비교하면 2.5배로 늘었다.",
            True,
        ),
    ],
)
def test_multiple_against_a_figure_compared_with(knowledge, text, fires):
    assert_checked(knowledge, text, "F304", fires)


def test_two_values_before_leave_the_multiple_unlinked(knowledge):
    # two values of the unit in the sentence before (a valuation and sales): which one grew is not said
    assert_not_checked(
        knowledge,
        "한빛로봇의 기업가치는 9천120억원, 매출은 1천200억원이다. "
        "2023년 시리즈A 당시 평가받은 2천30억원과 비교하면 3년 만에 4.5배로 뛰었다.",
        "F304",
    )
