"""A table whose last column is headed as the total: each row's figures add up to its last (issue 11).

Every table here is written for this test: invented parties, regions and figures.
"""

from __future__ import annotations

from helpers import claims
from test_frames import assert_checked, assert_not_checked

_SEATS = (
    "의석 배분 결과는 다음과 같다.\n\n정당 | 지역구 | 비례 | 합계\n가람당 | 84 | 11 | {total}\n나래당 | 52 | 9 | 61\n"
)
_STAFF = (
    "Staff by region, at the end of March:\n\n"
    "Region | Men | Women | Total\nNorth | 410 | 395 | {total}\nSouth | 220 | 241 | 461\n"
)


def test_a_korean_row_adds_up_to_its_total_column(knowledge):
    found = {c.start: c for c in claims(_SEATS.format(total="95"), knowledge).claims}
    parts = [c for c in found.values() if c.part_of]
    assert len(parts) == 4
    assert_checked(knowledge, _SEATS.format(total="95"), "F302", fires=False)
    assert_checked(knowledge, _SEATS.format(total="98"), "F302", fires=True)


def test_an_english_row_adds_up_to_its_total_column(knowledge):
    assert_checked(knowledge, _STAFF.format(total="805"), "F302", fires=False)
    assert_checked(knowledge, _STAFF.format(total="850"), "F302", fires=True)


def test_a_last_column_of_another_name_is_no_total(knowledge):
    text = "Staff by region:\n\nRegion | Men | Women | Change\nNorth | 410 | 395 | 15\nSouth | 220 | 241 | 21\n"
    assert_not_checked(knowledge, text, "F302")


def test_a_row_with_an_empty_cell_is_left_alone(knowledge):
    text = "Staff by region:\n\nRegion | Men | Women | Total\nNorth | 410 |  | 805\n"
    assert all(c.part_of is None for c in claims(text, knowledge).claims)
