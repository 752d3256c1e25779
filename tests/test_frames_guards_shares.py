"""Guards that refuse a share's pairing with a whole that is not its own, each with must-not-fire sentences and
must-fire ones showing that the right pairing still holds."""

from __future__ import annotations

import pytest
from test_frames import assert_checked, assert_not_checked


@pytest.mark.parametrize(
    "text",
    [
        "Sales by region were: north, 9,400 (47.0%); south, 5,800; east, 3,000 (15.0%); west, 1,800 (9.0%).",
        "Revenue by region: north, $9.4 billion (47.0%); south, $5.8 billion; east, $3.0 billion (15.0%).",
        "Arrivals by carrier: Alpha, 64,000 (40.0%); Beta, 51,000; Gamma, 24,000 (15.0%).",
        "권역별 판매량은 수도권 9,400대(47.0%), 영남권 5,800대, 호남권 3,000대(15.0%), 충청권 1,800대(9.0%)였다.",
        "항공사별 여객은 알파항공 6만4000명(40.0%), 베타항공 5만1000명, 감마항공 2만4000명(15.0%)이었다.",
    ],
)
def test_a_larger_member_of_the_list_is_no_whole_of_its_siblings(knowledge, text):
    """Every member states its share of a total the text leaves out: the first, largest member is not it."""
    assert_not_checked(knowledge, text, "F503")


@pytest.mark.parametrize(
    "text,fires",
    [
        (
            "Revenue was $20.0 billion. By region: north, $9.4 billion (47.0%); south, $5.8 billion; "
            "east, $3.0 billion (15.0%).",
            False,
        ),
        (
            "Revenue was $20.0 billion. By region: north, $9.4 billion (47.0%); south, $5.8 billion; "
            "east, $3.0 billion (25.0%).",
            True,
        ),
        (
            "판매량은 모두 2만대였다. 권역별로는 수도권 9,400대(47.0%), 영남권 5,800대, 호남권 3,000대(15.0%)였다.",
            False,
        ),
        ("판매량은 모두 2만대였다. 권역별로는 수도권 9,400대(47.0%), 영남권 5,800대, 호남권 3,000대(25.0%)였다.", True),
    ],
)
def test_the_total_stated_before_the_list_is_still_the_whole(knowledge, text, fires):
    assert_checked(knowledge, text, "F503", fires)
