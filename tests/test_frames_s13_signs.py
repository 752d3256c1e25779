"""A rate in parentheses after the gap it restates takes the sign of the comparison after the parenthesis
(thirteenth session): `…보다 8천원(13.3%) 낮았다` is a fall of 13.3%, not a rise.

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

from helpers import claims
from test_frames import assert_checked

LOWER = "지난달 한빛시장의 배추 한 망 평균 도매가는 5만2천원으로, 지난해 같은 달 6만원보다 8천원({rate}) 낮았다."
HIGHER = "지난달 한빛시장의 무 한 상자 평균 도매가는 6만원으로, 지난해 같은 달 5만2천원보다 8천원({rate}) 높았다."


def test_a_rate_restating_a_gap_below_is_a_fall(knowledge):
    assert_checked(knowledge, LOWER.format(rate="13.3%"), "F301", fires=False)


def test_a_wrong_rate_restating_a_gap_below_fires(knowledge):
    assert_checked(knowledge, LOWER.format(rate="23.3%"), "F301", fires=True)


def test_a_rate_restating_a_gap_above_is_a_rise(knowledge):
    assert_checked(knowledge, HIGHER.format(rate="15.4%"), "F301", fires=False)


def test_the_rate_and_its_gap_share_the_sign(knowledge):
    found = {c.text: c for c in claims(LOWER.format(rate="13.3%"), knowledge).claims}
    assert found["8천원"].direction == found["13.3%"].direction == -1
