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


@pytest.mark.parametrize(
    "text,fires",
    [
        (
            "Total sales came to $29.0 billion, down 4.0% from $30.2 billion a year earlier. "
            "Online sales rose to $2.9 billion, or 10.0% of the total.",
            False,
        ),
        (
            "Total sales came to $29.0 billion, down 4.0% from $30.2 billion a year earlier. "
            "Online sales rose to $2.9 billion, or 12.0% of the total.",
            True,
        ),
        (
            "Exports slipped to $50.0 billion, down from $62.5 billion a year earlier on weaker prices. "
            "Chips made up $20.0 billion, or 40.0% of the total.",
            False,
        ),
        (
            "총 매출은 290억달러로 전년 동기 302억달러보다 4.0% 줄었다. "
            "온라인 매출은 29억달러로 전체의 10.0%를 차지했다.",
            False,
        ),
        (
            "총 매출은 290억달러로 전년 동기 302억달러보다 4.0% 줄었다. "
            "온라인 매출은 29억달러로 전체의 12.0%를 차지했다.",
            True,
        ),
    ],
)
def test_a_larger_figure_of_a_year_earlier_is_no_whole_of_this_years_part(knowledge, text, fires):
    """The share is of the story's total for its own period, not of the larger prior stated beside it."""
    assert_checked(knowledge, text, "F503", fires)


@pytest.mark.parametrize(
    "text",
    [
        "전체 관객은 500만명이었다.\n\n지역별 해외 관객은 다음과 같다.\n- 미국: 60만명(40.0%)\n- 일본: 45만명(30.0%)",
        "전체 수출은 600억달러였다.\n\n품목별 신흥국 수출은 다음과 같다.\n"
        "- 반도체: 80억달러(40.0%)\n- 자동차: 50억달러(25.0%)",
        "Total visitors reached 5.0 million.\n\nForeign visitors by country:\n"
        "- US: 600,000 (40.0%)\n- Japan: 450,000 (30.0%)",
        "Exports totalled $60.0 billion.\n\nExports to emerging markets by product:\n"
        "- chips: $8.0 billion (40.0%)\n- cars: $5.0 billion (25.0%)",
    ],
)
def test_a_total_before_the_lead_of_a_bulleted_list_is_no_whole_of_its_items(knowledge, text):
    """The lead names what the list divides, a segment of the larger total stated before it."""
    assert_not_checked(knowledge, text, "F503")


@pytest.mark.parametrize(
    "text,fires",
    [
        ("품목별 수출(총 200억달러)은 다음과 같다.\n- 반도체: 80억달러(40.0%)\n- 자동차: 50억달러(25.0%)", False),
        ("품목별 수출(총 200억달러)은 다음과 같다.\n- 반도체: 80억달러(40.0%)\n- 자동차: 50억달러(35.0%)", True),
        (
            "Exports by product totalled $20.0 billion:\n- chips: $8.0 billion (40.0%)\n- cars: $5.0 billion (25.0%)",
            False,
        ),
        (
            "Exports by product totalled $20.0 billion:\n- chips: $8.0 billion (40.0%)\n- cars: $5.0 billion (35.0%)",
            True,
        ),
    ],
)
def test_a_total_in_the_lead_of_a_bulleted_list_is_its_items_whole(knowledge, text, fires):
    assert_checked(knowledge, text, "F503", fires)
