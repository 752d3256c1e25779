"""Shares whose clause names their part, stated earlier by that name (twelfth session).

Every sentence is written for this file, with invented names and numbers. Each construction is tested where it
must be checked (and fires when one number is wrong) and where a near construction must not be checked.
"""

from __future__ import annotations

import pytest
from test_frames import assert_checked, assert_not_checked

# ---------------------------------------------------------------- `전체 W 가운데 P 비중은 N%` (F503)


@pytest.mark.parametrize(
    "text,fires",
    [
        (
            "가람섬을 찾은 방문객은 올해 240만명으로 집계됐다. 해외 방문객은 18만명으로 1년 전보다 30% 늘었다. "
            "전체 방문객 가운데 해외 비중은 7.5%였다.",
            False,
        ),
        (
            "가람섬을 찾은 방문객은 올해 240만명으로 집계됐다. 해외 방문객은 18만명으로 1년 전보다 30% 늘었다. "
            "전체 방문객 가운데 해외 비중은 9.5%였다.",
            True,
        ),
        # the part's name is the end of another's (`수수료이익` in `비수수료이익`): the named one is the part
        (
            "수수료이익은 1천200억원, 비수수료이익은 300억원으로 순영업수익은 1천500억원이었다. "
            "순영업수익 가운데 수수료이익 비중은 80.0%다.",
            False,
        ),
        (
            "수수료이익은 1천200억원, 비수수료이익은 300억원으로 순영업수익은 1천500억원이었다. "
            "순영업수익 가운데 수수료이익 비중은 20.0%다.",
            True,
        ),
    ],
)
def test_share_named_by_its_pool_and_its_part(knowledge, text, fires):
    assert_checked(knowledge, text, "F503", fires)


def test_pool_share_of_a_part_never_stated_is_not_linked(knowledge):
    # `해외` names no figure stated before: the share is of a part the text does not state
    text = "가람섬을 찾은 방문객은 올해 240만명으로 집계됐다. 전체 방문객 가운데 해외 비중은 7.5%였다."
    assert_not_checked(knowledge, text, "F503")


# ---------------------------------------------------------------- a subject after a modifier, before `전체의` (F503)


@pytest.mark.parametrize(
    "text,fires",
    [
        (
            "위원회는 총사업비 1천992억원 규모의 사업 계획을 확정했다. "
            "사업비는 △본체 902억원 △탑재체 620억원 △지상국 330억원 △발사 140억원으로 구성된다. "
            "광학 카메라를 포함한 탑재체가 전체의 31.1%를 차지한다.",
            False,
        ),
        (
            "위원회는 총사업비 1천992억원 규모의 사업 계획을 확정했다. "
            "사업비는 △본체 902억원 △탑재체 620억원 △지상국 330억원 △발사 140억원으로 구성된다. "
            "광학 카메라를 포함한 탑재체가 전체의 41.1%를 차지한다.",
            True,
        ),
    ],
)
def test_subject_after_a_modifier_names_the_listed_part(knowledge, text, fires):
    assert_checked(knowledge, text, "F503", fires)


def test_listed_part_with_no_stated_total_is_not_linked(knowledge):
    # the list's total is not stated: the largest item beside the part is a sibling, no whole of it
    text = (
        "사업비는 △본체 902억원 △탑재체 620억원 △지상국 330억원 △발사 140억원으로 구성된다. "
        "광학 카메라를 포함한 탑재체가 전체의 30.0%를 차지한다."
    )
    assert_not_checked(knowledge, text, "F503")
