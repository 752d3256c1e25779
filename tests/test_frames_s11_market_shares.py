"""A market share and its part (eleventh session): the share is of the figure its clause states first when one stands
right before it (`has 21.5 million customers, a market share of 33.5 per cent`), never of a figure of the next
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
        "Broadband lines rose to 64.2 million in March. Vela now has 21.5 million broadband customers, a market "
        "share of 33.5 per cent. Fibre lines stood at 30.1 million.",
        "유료방송 가입자는 3천600만명이다. 한울방송 가입자는 1천100만명으로 점유율 30.6%다. "
        "지방 가입자는 1천400만명이다.",
    ],
)
def test_market_share_after_its_part_is_not_of_the_next_figure(knowledge, text):
    assert_not_checked(knowledge, text, "F503")
