"""A market share and its part (eleventh session): the share is of the figure its clause states first when one stands
right before it (`has 44.9 crore subscribers, a market share of 37.8 per cent`), never of a figure of the next
sentence; with none before it, of the figure stated after it.

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

import pytest
from test_frames import assert_checked, assert_not_checked


@pytest.mark.parametrize(
    "text,fires",
    [
        (
            "Airlines carried 19.2 million passengers in May. Skyway led with 12 per cent market share. "
            "It carried 2.3 million passengers.",
            False,
        ),
        (
            "Airlines carried 19.2 million passengers in May. Skyway led with 15 per cent market share. "
            "It carried 2.3 million passengers.",
            True,
        ),
        ("국내 항공 여객은 1천920만명이었다. 스카이항공은 점유율 12%로 1위였다. 여객은 230만명이었다.", False),
        ("국내 항공 여객은 1천920만명이었다. 스카이항공은 점유율 16%로 1위였다. 여객은 230만명이었다.", True),
    ],
)
def test_market_share_then_its_part(knowledge, text, fires):
    assert_checked(knowledge, text, "F503", fires)


@pytest.mark.parametrize(
    "text",
    [
        "Mobile connections rose to 118.6 crore in June. Orbit now has 44.9 crore mobile subscribers, a market share "
        "of 37.8 per cent. Rural connections stood at 52.3 crore.",
        "모바일 가입자는 5천만명이다. A사 가입자는 1천900만명으로 점유율 38%다. 지방 가입자는 2천200만명이다.",
    ],
)
def test_market_share_after_its_part_is_not_of_the_next_figure(knowledge, text):
    assert_not_checked(knowledge, text, "F503")
