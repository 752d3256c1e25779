"""A gap stated after a sentence that closes on the figure its own change started from (eleventh session).

Every sentence is written for this file, with invented names and numbers. `… 5천430원으로 1년 전(4천850원)보다 12.0%
올랐다. 평년 가격인 4천870원과 비교하면 560원 비싸다`: the sentence before ends on its prior; the level the gap is of is
that sentence's one value.
"""

from __future__ import annotations

import pytest
from test_frames import assert_checked, assert_not_checked


@pytest.mark.parametrize(
    "text,fires",
    [
        (
            "배추 한 포기 평균 소매가격은 5천430원으로 1년 전(4천850원)보다 12.0% 올랐다. "
            "평년 가격인 4천870원과 비교하면 560원 비싸다.",
            False,
        ),
        (
            "배추 한 포기 평균 소매가격은 5천430원으로 1년 전(4천850원)보다 12.0% 올랐다. "
            "평년 가격인 4천870원과 비교하면 760원 비싸다.",
            True,
        ),
    ],
)
def test_gap_of_the_value_of_a_sentence_ending_on_its_prior(knowledge, text, fires):
    assert_checked(knowledge, text, "F305", fires)


def test_two_values_before_leave_the_gap_unlinked(knowledge):
    # two values of the unit in the sentence before: which one the gap is of is not said
    assert_not_checked(
        knowledge,
        "배추는 5천430원, 무는 2천110원으로 1년 전(1천980원)보다 6.6% 올랐다. "
        "평년 가격인 4천870원과 비교하면 560원 비싸다.",
        "F305",
    )
