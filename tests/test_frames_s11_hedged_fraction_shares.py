"""Fractions in words under a hedge (eleventh session): `절반 수준`, `about a third`, `almost half` name no precision
of their own, so the hedge reaches a tenth of the fraction's value (below it only, for `nearly`).

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

import pytest
from test_frames import assert_checked


@pytest.mark.parametrize(
    "text,fires",
    [
        ("올해 수확량은 52만t으로 10년 전(98만t)의 절반 수준이다.", False),
        ("올해 수확량은 42만t으로 10년 전(98만t)의 절반 수준이다.", True),
        ("올해 수확량은 52만t으로 10년 전(98만t)의 절반가량에 그쳤다.", False),
        ("올해 수확량은 62만t으로 10년 전(98만t)의 절반가량에 그쳤다.", True),
    ],
)
def test_share_stated_as_a_hedged_fraction(knowledge, text, fires):
    assert_checked(knowledge, text, "F503", fires)


@pytest.mark.parametrize(
    "text,fires",
    [
        ("The backlog fell by almost a third to 124,000 cases from 183,400.", False),
        ("The backlog fell by almost a third to 114,000 cases from 183,400.", True),
        ("The backlog fell by about a third to 118,900 cases from 183,400.", False),
        ("The backlog fell by about a third to 100,000 cases from 183,400.", True),
    ],
)
def test_change_stated_as_a_hedged_fraction(knowledge, text, fires):
    assert_checked(knowledge, text, "F301", fires)


@pytest.mark.parametrize(
    "text,fires",
    [
        # `절반` alone is what the writer rounded a ratio to: a hundredth of it, no hedge's tenth
        ("올해 수확량은 50만2천t으로 10년 전(99만8천t)의 절반에 그쳤다.", False),
        ("올해 수확량은 45만t으로 10년 전(98만t)의 절반에 그쳤다.", True),
    ],
)
def test_a_fraction_with_no_hedge_is_rounded_only(knowledge, text, fires):
    assert_checked(knowledge, text, "F503", fires)
