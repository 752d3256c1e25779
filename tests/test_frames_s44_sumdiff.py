"""Sums and differences on copy never seen (forty-fourth session, lane `sumdiff`).

- A part whose share names its whole, and the one other figure of its unit its sentence states: the whole's other
  part (checker/link/siblings_of_shared_parts.py): `Adults made up 9,100 of the visitors, while 4,550 children, a
  third of the total, …`, `어린이는 2만1천 명으로 전체의 60%였고, 어른은 1만4천 명이었다`.
- A Korean list of parts in the sentences after its total (checker/link/listed_parts_after_total.py): broken down by
  places joined by `·` (`읍·면별로는 A읍이 a톤, …`, `[link.breakdown_marks]`), its parts joined by `과`/`와`, the
  list ending in `등`; a ranking going on (`이어 …`) and a total ranked first are left to their rules.

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


# ---------------------------------------------------------------- a Korean list after its total, broken down by place

_TOPIC_LISTS = [
    # (text with {b} for the last part, one that holds, one that breaks)
    # a breakdown mark of two categories joined by `·`
    (
        "누리군은 올해 들깨 생산량이 2천100톤으로 집계됐다고 9일 밝혔다. "
        "읍·면별로는 누리읍이 900톤, 동면이 700톤, 서면이 {b}톤이다.",
        "500",
        "800",
    ),
    (
        "도내 전통시장 방문객은 지난달 48만 명이었다. "
        "시·군별로는 가람시가 21만 명, 나래시가 15만 명, 다솜군이 {b}만 명이다.",
        "12",
        "22",
    ),
]


@pytest.mark.parametrize(("text", "right", "wrong"), _TOPIC_LISTS)
def test_a_korean_list_after_its_total_broken_down_by_places_joined(knowledge, text, right, wrong):
    assert_checked(knowledge, text.format(b=right), SUM, fires=False)
    assert_checked(knowledge, text.format(b=wrong), SUM, fires=True)


@pytest.mark.parametrize(
    "text",
    [
        # each figure the topic of its own clause: two measures, no list of parts
        "회사는 올해 매출 9천억원을 올렸다. 영업이익은 5천억원, 순이익은 6천억원이었다.",
        # a topic of another metric before labelled figures
        "회사는 올해 매출 9천억원을 올렸다. 영업이익은 국내 사업 5천억원, 해외 사업 6천억원이었다.",
        # a pot the whole's sentence does not name
        "가온해운은 올해 순이익이 300억원이었다. 선박은 12척이다. "
        "운임 수입 가운데 컨테이너가 200억원, 벌크가 160억원이었다.",
        # the topic names another group of the whole's things
        "나래제과의 수도권 매장은 90곳이다. 지방 매장은 부산 50곳, 대구 45곳으로 늘었다.",
        # the topic names a figure of the sentence's own before the labels
        "가람시 축제에 12만 명이 찾았다. 주말 관람객은 8만 명으로 토요일 5만 명, 일요일 4만 명이었다.",
    ],
)
def test_figures_after_a_total_that_are_no_list_of_its_parts_are_not_read(knowledge, text):
    assert_not_fired(knowledge, text, SUM)
