"""A share whose subject is one member of a list its sentence states before it (eleventh session): `침수 면적은
가람군 3050㏊, 나래군 2070㏊로, 가람군이 전체의 59.6%를 차지했다`. Areas in hectares (`㏊`) are measures.

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

import pytest
from test_frames import assert_checked, assert_not_checked

_FIRE = "지난달 폭우로 농경지 5천120㏊가 잠겼다. 침수 면적은 가람군 3천50㏊, 나래군 2천70㏊로, "
_SALES = "지난해 기기 판매는 812만대였다. 권역별로는 동부 503만대, 서부 309만대로 "


@pytest.mark.parametrize(
    "text,fires",
    [
        (_FIRE + "제방이 무너진 가람군이 전체의 59.6%를 차지했다.", False),
        (_FIRE + "제방이 무너진 가람군이 전체의 40.4%를 차지했다.", True),
        (_FIRE + "이웃한 나래군은 전체의 40.4%였다.", False),
        (_FIRE + "이웃한 나래군은 전체의 59.6%였다.", True),
        (_SALES + "동부가 전체의 61.9%를 차지했다.", False),
        (_SALES + "동부가 전체의 51.9%를 차지했다.", True),
    ],
)
def test_share_of_a_listed_member_named_as_its_subject(knowledge, text, fires):
    assert_checked(knowledge, text, "F503", fires)


@pytest.mark.parametrize(
    "text",
    [
        # the subject heads no figure of the list: the share is not of the figure stated last
        _FIRE + "제방이 무너진 다온군이 전체의 40.4%를 차지했다.",
        # two totals of the unit before the list: which one the share is of, the keys do not tell
        "농경지 5천120㏊와 주거지 6천㏊가 잠겼다. 침수 면적은 가람군 3천50㏊, 나래군 2천70㏊로, "
        "가람군이 전체의 59.6%를 차지했다.",
    ],
)
def test_share_of_a_member_not_listed_or_of_two_totals_is_not_linked(knowledge, text):
    assert_not_checked(knowledge, text, "F503")
