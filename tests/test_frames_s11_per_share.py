"""A figure of a per-share metric with the count of shares and the total it divides (eleventh session).

Every sentence is written for this file, with invented names and numbers. Each construction is tested where it
must be checked (and fires when one number is wrong) and where a near construction must not be checked.
"""

from __future__ import annotations

import pytest
from test_frames import assert_checked, assert_not_checked

_EN = "Halden Shipping said net profit rose 8% to $840m in 2025. "
_KO = "한솔해운의 지난해 순이익은 8천400억원으로 8% 늘었다. "


@pytest.mark.parametrize(
    "text,fires",
    [
        (_EN + "Earnings per share were $2.10, based on 400 million shares outstanding.", False),
        (_EN + "Earnings per share were $2.60, based on 400 million shares outstanding.", True),
        (_KO + "주당순이익(EPS)은 2만1천원으로, 발행주식 4천만주 기준이다.", False),
        (_KO + "주당순이익(EPS)은 2만6천원으로, 발행주식 4천만주 기준이다.", True),
    ],
)
def test_earnings_per_share_over_the_net_profit_and_the_shares(knowledge, text, fires):
    assert_checked(knowledge, text, "F317", fires)


@pytest.mark.parametrize(
    "text",
    [
        # no net profit stated: what the figure divides is not said
        "Halden Shipping said revenue rose 8% to $4.2bn in 2025. Earnings per share were $2.10, based on 400 "
        "million shares outstanding.",
        # no count of shares stated
        _EN + "Earnings per share were $2.10, up from $1.95.",
        _KO + "주당순이익(EPS)은 2만1천원으로, 직원 4천명이 일한다.",
    ],
)
def test_earnings_per_share_not_linked(knowledge, text):
    assert_not_checked(knowledge, text, "F317")
