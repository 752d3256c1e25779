"""Shares (forty-seventh session, lane `share`).

- A share drawn after `so` or `meaning` from the whole its sentence states first: `The stadium holds 9,000, so the
  crowd filled about 80% of the seats`, `Total supply was 2,400 tonnes, meaning the co-op's own mill took a third`.
  The whole is the one level stated before the joint; the part the one earlier amount of its kind and unit
  (checker/link/shares_drawn_from_their_sentence.py).

Every sentence is written for this file, with invented places, names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import assert_checked, assert_not_linked

SHARE_OF_TOTAL = "F503"


# ---------------------------------------------------------------- a share drawn from the whole its sentence states

_DRAWN_SHARES = [
    # (text, holding share, broken share)
    (
        "A Norfolk orchard picked 720 tonnes of apples this autumn, its owners said on Monday.\n\n"
        "The county's growers picked 2,400 tonnes in all, so the orchard supplied {share} of the county's crop.",
        "30 per cent",
        "half",
    ),
    (
        "The Riverside Otters drew 6,300 fans to their home opener on Saturday.\n\n"
        "The stadium holds 9,000, so the crowd filled {share} of the seats.",
        "70%",
        "90%",
    ),
    (
        "A Cumbrian woollen mill will spin 48 tonnes of yarn for a Swedish rug maker this year.\n\n"
        "The mill spins about 160 tonnes a year, meaning the Swedish work will take {share} of its output.",
        "30 per cent",
        "two-thirds",
    ),
    (
        "The Glenbrook food bank handed out £54,000 of vouchers in the year to March.\n\n"
        "Donations reached £216,000 over the year, which means the vouchers used {share} of the money raised.",
        "a quarter",
        "half",
    ),
    (
        "A Yorkshire brewery sold 1.2 million pints of its bitter last year, up from 1.1 million.\n\n"
        "Its beers sold 4.8 million pints altogether, so the bitter accounted for {share} of sales.",
        "a quarter",
        "40%",
    ),
    (
        "Harbour ferries carried 84,000 passengers on late sailings over the summer, the operator said.\n\n"
        "In all 350,000 passengers used the service, meaning the late sailings carried {share} of them.",
        "24%",
        "a third",
    ),
]


@pytest.mark.parametrize("text,holds,broken", _DRAWN_SHARES)
def test_a_share_drawn_after_so_is_of_the_whole_its_sentence_states(knowledge, text, holds, broken):
    assert_checked(knowledge, text.format(share=holds), SHARE_OF_TOTAL, fires=False)
    assert_checked(knowledge, text.format(share=broken), SHARE_OF_TOTAL, fires=True)


_NOT_DRAWN = [
    # two earlier amounts of the whole's unit: which one the subject names is unsaid
    "A Norfolk orchard picked 720 tonnes of apples and a Suffolk one 540 tonnes this autumn.\n\n"
    "The region's growers picked 2,400 tonnes in all, so the orchard supplied half of the crop.",
    # the sentence lists parts before the joint: no whole stated
    "The fair drew 12,000 visitors on Friday, 18,000 on Saturday and 10,000 on Sunday, meaning Saturday took "
    "45% of the weekend.",
    # the earlier amount is of another unit: pounds are no share of tonnes
    "A Norfolk orchard earned £720,000 from apples this autumn.\n\n"
    "The county's growers picked 2,400 tonnes in all, so the orchard supplied half of the crop.",
    # the earlier amount is larger than the whole: no part of it
    "The Riverside Otters drew 96,000 fans over the season.\n\n"
    "The stadium holds 9,000, so the crowd filled about 80% of the seats on average.",
    # a figure per unit before the joint is no whole
    "A Jura workshop sold 300 clocks to a Tokyo store.\n\n"
    "Its eight carvers finish about 150 clocks each, so the Tokyo order alone is a quarter of a year's work.",
]


@pytest.mark.parametrize("text", _NOT_DRAWN)
def test_a_share_drawn_after_so_without_one_part_or_whole_is_not_read(knowledge, text):
    assert_not_linked(knowledge, text, SHARE_OF_TOTAL)
