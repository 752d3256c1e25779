"""Korean constructions linked across sentences: a level stated as a percentage of the figure it is compared
with, and more (session 10).

Every sentence is written for this test: invented places, companies and figures.
"""

from __future__ import annotations

from helpers import claims
from test_frames import assert_checked, assert_not_checked

# --- a level as a percentage of the figure it is compared with (`Y와 비교하면 R% 수준`) -------------------------

_VISITORS = (
    "올해 2분기 누리섬을 찾은 관광객은 330만명으로 집계됐다. 1년 전(290만명)보다 13.8% 늘었다. "
    "2019년 2분기(400만명)와 비교하면 {rate} 수준까지 회복했다."
)
_FLIGHTS = "6월 국내선 여객은 265만명으로 집계됐다. 2019년 6월(250만명)과 비교한 회복률은 {rate}였다."


def test_a_level_as_a_percentage_of_the_figure_compared(knowledge):
    found = {c.text: c for c in claims(_VISITORS.format(rate="82.5%"), knowledge).claims}
    rate = found["82.5% 수준"]
    assert (rate.share_part, rate.share_whole) == (found["330만명"].id, found["400만명"].id)
    assert_checked(knowledge, _VISITORS.format(rate="82.5%"), "F503", fires=False)
    assert_checked(knowledge, _VISITORS.format(rate="72.5%"), "F503", fires=True)


def test_a_recovery_rate_over_a_hundred(knowledge):
    assert_checked(knowledge, _FLIGHTS.format(rate="106.0%"), "F503", fires=False)
    assert_checked(knowledge, _FLIGHTS.format(rate="96.0%"), "F503", fires=True)
    assert_not_checked(knowledge, _FLIGHTS.format(rate="106.0%"), "F504")  # the rate says the part is larger


def test_a_change_after_the_figure_compared_is_no_ratio(knowledge):
    text = "6월 국내선 여객은 265만명으로 집계됐다. 2019년 6월(250만명)과 비교하면 6.0% 늘었다."
    assert_not_checked(knowledge, text, "F503")
