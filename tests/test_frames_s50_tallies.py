"""Gaps between tallies (fiftieth session).

A whole count of things written to the unit, with no hedge and no zero it could be rounded to (`19 singers`, `4
fewer`, `22`), is a tally: exact. A gap between two tallies is then exact too (checker/check/kinds/difference.py),
and the reading of what is still to go to a target picks a level only where the gap is exact
(checker/link/gaps_adding_up.py): rounding never explains `4 fewer than last year's 22` for 19. A hedged figure
(`about 19`), a figure ending in zeros (`190`, `40`) and a measure (`19mm`) keep the interval they are written to.

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import claims
from test_frames import assert_checked

DIFFERENCE = "F305"

_TALLIES = [
    # (text, holding gap, broken gap)
    ("Choir\n\nThe Ashby choir has 19 singers this year, {gap} fewer than last year's 22.", "3", "4"),
    ("Choir\n\nThe Ashby choir has 19 singers this year, down {gap} from 22 last year.", "3", "4"),
    ("Choir\n\nThe Ashby choir has 23 singers this year, {gap} more than last year's 19.", "4", "5"),
    ("합창단\n\n아쉬비 합창단 단원은 올해 19명으로 지난해 22명보다 {gap}명 줄었다.", "3", "4"),
]


@pytest.mark.parametrize(("text", "holding", "broken"), _TALLIES)
def test_a_gap_between_tallies_is_exact(knowledge, text, holding, broken):
    assert_checked(knowledge, text.format(gap=holding), DIFFERENCE, fires=False)
    assert_checked(knowledge, text.format(gap=broken), DIFFERENCE, fires=True)


@pytest.mark.parametrize(
    "text",
    [
        # a hedge: the figure stands for a range
        "Choir\n\nThe Ashby choir has about 19 singers this year, 4 fewer than last year's 22.",
        # figures ending in zeros may be rounded
        "Choir\n\nThe Ashby choir has 190 singers this year, 40 fewer than last year's 220.",
        # measures are written to a precision, not counted
        "Rain\n\nThe town saw 19mm of rain on Sunday, 4mm less than the 22mm of Saturday.",
    ],
)
def test_figures_that_may_be_rounded_keep_their_interval(knowledge, text):
    assert_checked(knowledge, text, DIFFERENCE, fires=False)


_STILL_TO_GO = (
    "가온시의 전기버스는 9월 말 현재 43대다. 시는 2030년까지 61대를 전기버스로 바꿀 계획이다. "
    "목표를 채우려면 앞으로 {rest}를 더 들여와야 한다."
)


def test_what_is_still_to_go_between_tallies_is_the_exact_gap(knowledge):
    found = {c.text: c for c in claims(_STILL_TO_GO.format(rest="18대"), knowledge).claims}
    by_id = {c.id: c.text for c in found.values()}
    assert (by_id.get(found["18대"].change_of), by_id.get(found["18대"].compared_to)) == ("61대", "43대")


def test_a_figure_still_to_go_one_off_the_gap_of_tallies_is_no_gap(knowledge):
    found = {c.text: c for c in claims(_STILL_TO_GO.format(rest="17대"), knowledge).claims}
    assert found["17대"].change_of is None
