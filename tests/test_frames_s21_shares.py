"""Shares of a whole (twenty-first session), each a rule for a construction:
- a share of the total of a time span or of an event the story covers (`a fifth of the week's total`, `12% of the
  season's total`, `of the league's total attendance`) is a share of the story's total, as `of the total` is
  (`[link.whole_share_after]`); a wider span's total than the story's (`of the year's total` in a quarter's story)
  is not.

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

import pytest
from test_frames import assert_checked, assert_not_checked

# ---------------------------------------------------------------- `of the week's total`: the story's total

_FAIR = (
    "Millbrook show crowds slip to 240,000\n\n"
    "Attendance at the Millbrook county show fell 4% to 240,000 over its six days, from 250,000 last year.\n\n"
    "That is an average of 40,000 visitors a day. The Saturday drew 60,000, {share} of the {whose} total."
)


@pytest.mark.parametrize(
    "share,whose,fires",
    [
        ("25%", "week's", False),
        ("40%", "week's", True),
        ("a quarter", "week's", False),
        ("more than a third", "week's", True),
    ],
)
def test_a_share_of_the_spans_total_is_of_the_storys_total(knowledge, share, whose, fires):
    assert_checked(knowledge, _FAIR.format(share=share, whose=whose), "F503", fires)


_SEASON = (
    "Harbour league crowds reach 900,000\n\n"
    "Crowds in the Harbour league reached 900,000 this season, up 5% from 857,000.\n\n"
    "Port Albion drew 180,000 at home, or {share} of the {whose} total."
)


@pytest.mark.parametrize("share,whose,fires", [("20%", "season's", False), ("30%", "season's", True)])
def test_a_share_of_the_seasons_total(knowledge, share, whose, fires):
    assert_checked(knowledge, _SEASON.format(share=share, whose=whose), "F503", fires)


_QUARTER = (
    "Dealer sales rise in first quarter\n\n"
    "The Carrow dealer sold 400 cars in the first quarter, up 10% from 364.\n\n"
    "March sales were 100, or 8% of the year's total, the company expects."
)


def test_a_share_of_a_wider_spans_total_is_not_of_a_narrower_storys_total(knowledge):
    # (the year's total is not stated: the quarter's 400 is no whole of it)
    assert_not_checked(knowledge, _QUARTER, "F503")
