"""A part whose own words date it to a later year than its whole's year is no part of that whole
(twenty-ninth session; checker/link/part_list_vetoes.py `unlink_parts_of_another_period`): the whole's list is left
unlinked. Parts dated within their whole's period still add up to it.

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

import pytest
from test_frames import assert_checked, assert_not_checked

SUM = "F302"


@pytest.mark.parametrize(
    "text",
    [
        "올해 봄 수목원 관람객은 4월 12만명, 5월 15만명이었다. 지난해 봄에는 모두 30만명이 찾았다.",
        "The Brora ferry carried 2,300 cars in 2024 and 2,650 in 2025. In all, it has carried 19,000 cars since 2018.",
        "The Penmoor food bank handed out 4,100 parcels in 2024 and 4,900 in 2025. It has given out 31,000 parcels "
        "in all since 2017.",
    ],
)
def test_a_whole_of_another_period_is_not_the_sum_of_the_parts(knowledge, text):
    assert_not_checked(knowledge, text, SUM)


@pytest.mark.parametrize(
    "text,fires",
    [
        # (the whole's period is not written of it: the parts' years are its own)
        (
            "The Brora ferry carried 2,300 cars in 2024 and 2,650 in 2025. "
            "In all, it carried 4,950 cars in the two years.",
            False,
        ),
        (
            "The Brora ferry carried 2,300 cars in 2024 and 2,650 in 2025. "
            "In all, it carried 6,000 cars in the two years.",
            True,
        ),
    ],
)
def test_parts_within_their_wholes_period_still_add_up(knowledge, text, fires):
    assert_checked(knowledge, text, SUM, fires)
