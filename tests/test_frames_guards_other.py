"""Guards against pairing figures of different things (a gap read as a level, parts of another list),
each tested on sentences written for this test: the wrong pairing must not be checked (or must hold),
and the right pairing beside it must still be checked.
"""

from __future__ import annotations

import pytest
from test_frames import assert_checked, assert_not_checked

# ---- A figure right after the figure it is compared with (`480조원보다 32조원(6.7%) 많은`) is their gap,
# not the level a rate leads to (link/relations.py, _changed_value).


@pytest.mark.parametrize(
    "text,fires",
    [
        ("정부는 내년 예산을 512조원으로 정했다. 올해 480조원보다 32조원(6.7%) 많은 규모다.", False),
        ("정부는 내년 예산을 530조원으로 정했다. 올해 480조원보다 50조원(6.7%) 많은 규모다.", True),
        ("시는 내년 예산을 21조원으로 잡았다. 올해 20조원보다 1조원(5%) 많은 수준이다.", False),
        ("시는 내년 예산을 23조원으로 잡았다. 올해 20조원보다 3조원(5%) 많은 수준이다.", True),
        ("수출은 640억달러로 작년 600억달러보다 40억달러(6.7%) 늘었다.", False),
        ("수출은 680억달러로 작년 600억달러보다 80억달러(6.7%) 늘었다.", True),
    ],
)
def test_a_gap_after_the_figure_compared_with_is_not_the_level_of_the_rate(knowledge, text, fires):
    assert_checked(knowledge, text, "F301", fires)


# ---- A total of the rest after listed parts (`나머지를 모두 합치면`, `the other funds raised a combined`) is one
# more part, not the total of the list (link/totals.py, _listed_before).


@pytest.mark.parametrize(
    "text",
    [
        "1위 영화는 50만명을 모았다. 2위 영화는 20만명, 3위 영화는 10만명이었고, "
        "나머지 영화의 관객을 모두 합치면 8만명이었다.",
        "A사는 20만대, B사는 10만대를 팔았고 그 밖의 회사를 모두 합치면 5만대였다.",
        "서울은 3200명, 부산은 1100명이었고 기타 지역은 모두 합쳐 900명이었다.",
        "The two largest funds raised $3.2 billion and $2.1 billion, "
        "while the other funds raised a combined $1.4 billion.",
        "Ford sold 120,000 cars and Toyota 90,000, and all others sold a combined 40,000.",
    ],
)
def test_a_total_of_the_rest_is_not_the_total_of_the_list(knowledge, text):
    assert_not_checked(knowledge, text, "F302")


@pytest.mark.parametrize(
    "text,fires",
    [
        ("2위 영화는 20만명, 3위 영화는 10만명으로 두 영화를 모두 합치면 30만명이었다.", False),
        ("2위 영화는 20만명, 3위 영화는 10만명으로 두 영화를 모두 합치면 38만명이었다.", True),
        ("The two largest funds raised $3.2 billion and $2.1 billion, a combined $5.3 billion.", False),
        ("The two largest funds raised $3.2 billion and $2.1 billion, a combined $6.5 billion.", True),
    ],
)
def test_a_total_of_the_listed_parts_is_still_checked(knowledge, text, fires):
    assert_checked(knowledge, text, "F302", fires)
