"""Rates defined by two stated figures: an EBIT margin and a payout ratio (twelfth session).

Every sentence is written for this file, with invented names and numbers. Each construction is tested where it
must be checked (and fires when one number is wrong) and where a near construction must not be checked.
"""

from __future__ import annotations

import pytest
from test_frames import assert_checked, assert_not_checked

_EBIT = "Harlow Brewing's revenue rose to A$640m. Earnings before interest and tax were A$80m, giving a margin of {}."
_PAYOUT_EN = (
    "The board declared a final dividend of 24 cents a share, up 9 per cent from 22 cents, a payout of {} of "
    "earnings per share of 40 cents."
)
_PAYOUT_KO = "한솔식품의 올해 주당 배당금은 1천200원, 주당순이익은 4천원으로 배당성향은 {}다."


@pytest.mark.parametrize(
    "text,fires",
    [
        # an EBIT margin is EBIT over revenue (a bare `margin` right after an EBIT is its margin)
        (_EBIT.format("12.5 per cent"), False),
        (_EBIT.format("15.5 per cent"), True),
        # a payout ratio is the dividend over the earnings per share
        (_PAYOUT_EN.format("60 per cent"), False),
        (_PAYOUT_EN.format("75 per cent"), True),
        (_PAYOUT_KO.format("30%"), False),
        (_PAYOUT_KO.format("45%"), True),
    ],
)
def test_rate_defined_by_two_stated_figures(knowledge, text, fires):
    assert_checked(knowledge, text, "F318", fires)


@pytest.mark.parametrize(
    "text",
    [
        # a payout ratio with no earnings per share stated: nothing to divide
        "The board declared a final dividend of 24 cents a share, a payout of 60 per cent of profit.",
        # a margin after revenue, not after an EBIT: no EBIT margin
        "Revenue rose to A$640m, giving a margin of 12.5 per cent over rivals.",
    ],
)
def test_rate_without_its_two_figures_is_not_checked(knowledge, text):
    assert_not_checked(knowledge, text, "F318")
