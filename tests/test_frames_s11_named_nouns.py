"""A share of a whole named by its noun alone, the part the level right before it (eleventh session): `유료 회원은
380만명으로 활성 고객의 31%를 차지했다`, the whole stated earlier in a clause that names the noun.

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

import pytest
from test_frames import assert_checked, assert_not_checked

_CUSTOMERS = "분기 중 한 번 이상 구매한 활성 고객 수는 1천230만명으로 전년 동기(1천100만명)보다 늘었다. "
_LOANS = "은행권 가계대출 잔액은 820조원으로 집계됐다. 주택담보대출 잔액은 610조원이었다. "


@pytest.mark.parametrize(
    "text,fires",
    [
        (_CUSTOMERS + "유료 회원은 380만명으로 활성 고객의 31%를 차지했다.", False),
        (_CUSTOMERS + "유료 회원은 380만명으로 활성 고객의 41%를 차지했다.", True),
        (_LOANS + "이 가운데 변동금리 대출은 450조원으로 주택담보대출의 73.8%를 차지했다.", False),
        (_LOANS + "이 가운데 변동금리 대출은 450조원으로 주택담보대출의 63.8%를 차지했다.", True),
    ],
)
def test_share_of_a_whole_named_by_its_noun(knowledge, text, fires):
    assert_checked(knowledge, text, "F503", fires)


@pytest.mark.parametrize(
    "text",
    [
        # a time before the genitive: the share of another period's figure, not of a whole
        "지난해 수출은 600억달러였다. 올해 수출은 570억달러로 지난해의 95%에 해당했다.",
        # a clause names only the noun's head (`고객`), not the whole the share names (`활성 고객`)
        "지방 고객 수는 1천230만명이었다. 유료 회원은 380만명으로 활성 고객의 31%를 차지했다.",
        # two figures whose clauses name the noun, and they differ
        "활성 고객 수는 1천230만명이었다. 지방의 활성 고객 수는 1천500만명이었다. "
        "유료 회원은 380만명으로 활성 고객의 31%를 차지했다.",
    ],
)
def test_share_of_a_noun_with_no_one_whole_is_not_linked(knowledge, text):
    assert_not_checked(knowledge, text, "F503")
