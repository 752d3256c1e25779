"""Shares in constructions that recur across articles (eleventh session).

Every sentence is written for this file, with invented names and numbers. Each construction is tested where it
must be checked (and fires when one number is wrong) and, where relevant, where it must not be checked.
"""

from __future__ import annotations

import pytest
from test_frames import assert_checked, assert_not_checked

# ---------------------------------------------------------------- a whole named in the sentence after its part (F503)


@pytest.mark.parametrize(
    "text,fires",
    [
        ("회원은 4120만명으로 1년 전보다 30만명 늘었다. 전체 유권자 6250만명의 65.9%에 해당한다.", False),
        ("회원은 4120만명으로 1년 전보다 30만명 늘었다. 전체 유권자 6250만명의 72.9%에 해당한다.", True),
        ("누적 수주액은 110억달러로 늘었다. 이는 연간 목표(150억달러)의 73%다.", False),
        ("누적 수주액은 110억달러로 늘었다. 이는 연간 목표(150억달러)의 83%다.", True),
        ("Party members reached 41.2 million in March. That is 65.9% of the 62.5 million registered voters.", False),
        ("Party members reached 41.2 million in March. That is 55.9% of the 62.5 million registered voters.", True),
        ("Orders reached $11bn by June. That was 73% of its annual target of $15bn.", False),
        ("Orders reached $11bn by June. That was 83% of its annual target of $15bn.", True),
    ],
)
def test_share_of_a_whole_named_after_its_part(knowledge, text, fires):
    assert_checked(knowledge, text, "F503", fires)


@pytest.mark.parametrize(
    "text",
    [
        # two levels in the sentence before: which one the share is of, the wording does not say
        "지난달까지 쌓은 96억달러에 이번 14억달러가 더해졌다. 이는 연간 목표(150억달러)의 73%다.",
        "Orders were $9.6bn in May and $1.4bn in June. That was 73% of its annual target of $15bn.",
        # the figure the genitive joins to the share is its whole, never its part
        "협회 예산은 300억달러다. 올해 수출 계약은 12건이었다. 이는 전체 교역 규모(150억달러)의 73%에 해당한다.",
    ],
)
def test_share_of_a_whole_named_with_no_one_part_before_is_not_linked(knowledge, text):
    assert_not_checked(knowledge, text, "F503")
