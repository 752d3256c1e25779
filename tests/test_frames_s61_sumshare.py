"""Shares and sums of parts drawn from a stated pool (sixty-first session, lane `sumshare`).

Korean: a share opening the clause after its pair's clause (`W 가운데 P이 … 참여해 4분의 3이 함께했다`, `…들어와 70%가
찼다`, `…지켜 절반이 …`): the verb ending linking the two clauses (`[link.pair_clause_connectives]`), the share the
next clause's subject, topic or place (`[link.clause_share_subject_particles]`), no figure between, restates the part
over the whole (checker/link/shares_of_part_rates.py); not with a noun right before the share (`가족 70%가`: a pool of
its own), nor with a verb of change after it.

Every sentence is written for this file, with invented places, names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import assert_checked, assert_not_linked

SUM = "F302"
SHARE = "F503"


_CLAUSE_SHARES = [
    # (text, holding share, broken share)
    ("품앗이\n\n솔골마을 32가구 가운데 24가구가 모내기에 참여해 {s}이 함께했다.", "4분의 3", "3분의 2"),
    ("빈집\n\n별내군이 지금까지 고친 빈집 30채 가운데 21채에 귀촌 가족이 들어와 {s}가 찼다.", "70%", "80%"),
    ("가게\n\n마을 주민 60명 가운데 30명이 돌아가며 가게를 지켜 {s}이 일손을 보탰다.", "절반", "3분의 1"),
    ("약국\n\n달골군 읍면 25곳 가운데 15곳은 약국이 없고, {s}는 병원도 없다.", "60%", "45%"),
]


@pytest.mark.parametrize(("text", "holds", "broken"), _CLAUSE_SHARES)
def test_korean_share_opening_the_clause_after_its_pair(knowledge, text, holds, broken):
    assert_checked(knowledge, text.format(s=holds), SHARE, fires=False)
    assert_checked(knowledge, text.format(s=broken), SHARE, fires=True)


@pytest.mark.parametrize(
    "text",
    [
        # (a noun right before the share: a pool of its own)
        "빈집\n\n별내군이 지금까지 고친 빈집 30채 가운데 21채에 귀촌 가족 80%가 들어왔다.",
        # (a verb of change after the share)
        "가게\n\n마을 주민 60명 가운데 30명이 가게를 지켜 3분의 1로 줄었다.",
        # (no pool marked before the part)
        "가게\n\n마을 주민 60명과 30명이 돌아가며 가게를 지켜 3분의 1이 일손을 보탰다.",
    ],
)
def test_korean_share_after_a_pair_clause_not_linked(knowledge, text):
    assert_not_linked(knowledge, text, SHARE)
