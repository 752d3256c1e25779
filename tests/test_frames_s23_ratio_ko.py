"""Korean ratios (twenty-third session), each a rule for a construction:
- a margin named by the bare word `이익률` right after a profit stated as its clause's topic and restated as its
  margin (`영업이익은 30억원으로 이익률은 6%였다`, `순이익은 12억원이며 이익률은 3%다`, `영업이익은 9억달러로 이익률이
  15%에 이르렀다`) is that profit's margin (`[link.margin_after_profit]`, checker/link/margins.py), as one after a comma
  is (`영업이익 9조원, 이익률 11%`). A rate of another name after the profit (`증가율은`, `부채비율은`), or a revenue
  before `이익률` (`매출은 500억원으로 이익률은`), is no margin of it.

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

import pytest
from test_frames import assert_checked, assert_not_checked

# ---------------------------------------------------------------- `영업이익은 30억원으로 이익률은 6%였다`

_OPERATING = (
    "누리제과, 3분기 매출 500억원\n\n"
    "과자 업체 누리제과가 올해 3분기 매출 500억원을 올렸다고 2일 밝혔다.\n\n"
    "영업이익은 30억원으로 이익률은 {rate}였다."
)


@pytest.mark.parametrize("rate,fires", [("6%", False), ("9%", True)])
def test_a_bare_margin_after_an_operating_profit_topic(knowledge, rate, fires):
    assert_checked(knowledge, _OPERATING.format(rate=rate), "F307", fires)


_NET = (
    "다온물산, 상반기 매출 400억원\n\n"
    "무역 업체 다온물산은 올해 상반기 매출이 400억원으로 집계됐다고 5일 밝혔다.\n\n"
    "순이익은 12억원이며 이익률은 {rate}다."
)


@pytest.mark.parametrize("rate,fires", [("3%", False), ("5%", True)])
def test_a_bare_margin_after_a_net_profit_joined_by_imyeo(knowledge, rate, fires):
    assert_checked(knowledge, _NET.format(rate=rate), "F318", fires)


_DOLLARS = (
    "한결전자, 연간 매출 60억달러\n\n"
    "부품 업체 한결전자의 지난해 매출은 60억달러였다.\n\n"
    "영업이익은 9억달러로 이익률이 {rate}에 이르렀다."
)


@pytest.mark.parametrize("rate,fires", [("15%", False), ("25%", True)])
def test_a_bare_margin_after_a_profit_joined_by_ro(knowledge, rate, fires):
    assert_checked(knowledge, _DOLLARS.format(rate=rate), "F307", fires)


@pytest.mark.parametrize(
    "sentence",
    [
        "영업이익은 30억원으로 증가율은 9%였다.",  # a growth rate, no margin
        "영업이익은 30억원으로 부채비율은 9%였다.",  # another rate after the profit
        "매출은 500억원으로 이익률은 9%였다.",  # a revenue before the bare margin: no profit it is of
    ],
)
def test_no_margin_of_a_rate_of_another_name_or_of_a_revenue(knowledge, sentence):
    text = "누리제과, 3분기 실적\n\n과자 업체 누리제과가 3분기 실적을 2일 발표했다.\n\n" + sentence
    assert_not_checked(knowledge, text, "F307")
