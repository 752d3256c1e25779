"""Sums and differences on copy never seen (forty-fourth session, lane `sumdiff`).

- A part whose share names its whole, and the one other figure of its unit its sentence states: the whole's other
  part (checker/link/siblings_of_shared_parts.py): `Adults made up 9,100 of the visitors, while 4,550 children, a
  third of the total, …`, `어린이는 2만1천 명으로 전체의 60%였고, 어른은 1만4천 명이었다`.

Every sentence is written for this file, with invented places, names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import assert_checked, assert_not_fired

SUM, DIFFERENCE = "F302", "F305"


# ---------------------------------------------------------------- a part with its share, and the other part beside it

_SIBLINGS = [
    # (text with {b} for the other part, one that holds, one that breaks)
    (
        "The bird park had 13,650 visitors between May and August, up 5% from 13,000. "
        "Adults made up 9,100 of the visitors and paid £9 each, while {b} children, a third of the total, paid £4.",
        "4,550",
        "6,550",
    ),
    (
        "Lakeside pool sold 8,400 swims over the summer. "
        "Members took 5,600 of the swims, two-thirds of the total, and day visitors bought {b} swims.",
        "2,800",
        "4,800",
    ),
    (
        "The ferry carried 52,000 passengers this season. Of those, 39,000 were foot passengers, or 75 per cent, "
        "and {b} came with cars.",
        "13,000",
        "23,000",
    ),
    (
        "나루시 썰매장에 올겨울 3만5천 명이 다녀갔다. 수영장은 44일 동안 문을 열었다. "
        "입장객 가운데 어린이는 2만1천 명으로 전체의 60%였고, 어른은 {b} 명이었다.",
        "1만4천",
        "2만4천",
    ),
    (
        "가람군 꽃축제에 모두 8만4천 명이 찾았다. 행사장에는 부스 40곳이 섰다. "
        "외지인은 6만3천 명으로 전체의 4분의 3을 차지했고, 군민은 {b} 명이었다.",
        "2만1천",
        "3만1천",
    ),
]


@pytest.mark.parametrize(("text", "right", "wrong"), _SIBLINGS)
def test_the_other_part_beside_a_part_whose_share_names_the_whole(knowledge, text, right, wrong):
    assert_checked(knowledge, text.format(b=right), SUM, fires=False)
    assert_checked(knowledge, text.format(b=wrong), SUM, fires=True)


@pytest.mark.parametrize(
    "text",
    [
        # two other figures beside the part: two breakdowns may be listed, nothing is read
        "The fair drew 40,000 people. Locals made up 24,000 of them, or 60 per cent, while 19,000 came on Saturday "
        "and 18,000 on Sunday.",
        # the other figure is a change, no part
        "The zoo had 50,000 visitors. Children made up 20,000 of them, 40 per cent, up 6,000 from last year.",
        # the part's share and the next sentence's breakdown of the part itself: the next sentence is not read
        "나래군 축제에 관광객 10만 명이 찾았다. 외지인은 7만 명으로 10명 중 7명꼴이었다. "
        "수도권이 4만 명, 영남권 2만 명, 호남권 1만 명 순이었다.",
        # the other figure is the whole of a share of its own
        "The hall appeal raised £300,000, or 80 per cent of its £375,000 target. "
        "The lottery gave £150,000, half of the money raised, and £290,000 is still needed for the roof.",
    ],
)
def test_figures_beside_a_shared_part_that_are_no_other_part_are_not_read(knowledge, text):
    assert_not_fired(knowledge, text, SUM)
