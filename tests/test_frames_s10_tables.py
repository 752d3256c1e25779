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


# --- a combined figure of the changes stated in the sentence beside it ---------------------------------------

_REVISIONS = (
    "Employers added 140,000 jobs in October. September was revised down by 30,000 to 110,000, and August was cut "
    "by 12,000 to 96,000. Combined, the revisions lowered employment by {total}."
)


def test_a_combined_figure_sums_the_changes_before_it(knowledge):
    assert_checked(knowledge, _REVISIONS.format(total="42,000"), "F302", fires=False)
    assert_checked(knowledge, _REVISIONS.format(total="52,000"), "F302", fires=True)


def test_a_combined_figure_before_the_changes(knowledge):
    text = (
        "Figures for the two earlier months were revised up by a combined {total}. July's gain was raised to "
        "120,000 from 95,000, an upward revision of 25,000, and August's to 130,000 from 119,000, a revision of 11,000."
    )
    assert_checked(knowledge, text.format(total="36,000"), "F302", fires=False)
    assert_checked(knowledge, text.format(total="63,000"), "F302", fires=True)


def test_changes_of_two_directions_are_no_sum(knowledge):
    text = (
        "September was revised down by 30,000 to 110,000, and August was raised by 12,000 to 96,000. "
        "Combined, the revisions lowered employment by 18,000."
    )
    assert_not_checked(knowledge, text, "F302")
