"""Set R's ratios (twenty-fourth session), each a rule for a construction:
- a Korean average price per a unit of measure at an auction (`㎏당 평균 낙찰가는`, `경락가`) after the auction's sales
  (`공판액은`, `경매액`), the sales marked as a total (`공판액은 모두 48억 원으로`), is those sales per the story's lead
  measure, as `위판액` and `위판가격` are (checker/link/per_unit_apart.py: `[link.sales_value_nouns]` with a total's
  mark between the noun and the amount, `[link.sales_price_nouns]`, the `price` metric's aliases as a phrase,
  `평균 낙찰가`: a bare `낙찰가 합계` is a sum of lots); an amount named as no sales (`지원 예산은 모두`) is not
  divided.

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

import pytest
from test_frames import assert_checked, assert_not_checked

# ---------------------------------------------------------------- `공판액은 모두 … ㎏당 평균 낙찰가는 …꼴`

_AUCTION = (
    "한솔군산림조합의 올해 표고버섯 24톤이 공판을 거쳐 팔렸다. 조합원들은 반겼다.\n\n"
    "공판액은 모두 48억 원으로 지난해보다 10% 늘었다. ㎏당 평균 {word}는 {price} 원꼴로 지난해 22만 원에서 {verb}."
)


@pytest.mark.parametrize(
    "word,price,verb,fires",
    [
        ("낙찰가", "20만", "떨어졌다", False),
        ("낙찰가", "26만", "올랐다", True),
        ("경락가", "20만", "떨어졌다", False),
    ],
)
def test_auction_price_per_kg_of_the_sales(knowledge, word, price, verb, fires):
    assert_checked(knowledge, _AUCTION.format(word=word, price=price, verb=verb), "F317", fires)


def test_auction_price_not_of_a_budget(knowledge):
    # (a budget is no sales: the price is not that amount per the lead's tonnage)
    text = (
        "한솔군산림조합의 올해 표고버섯 24톤이 공판을 거쳐 팔렸다. 조합원들은 반겼다.\n\n"
        "지원 예산은 모두 48억 원으로 지난해보다 10% 늘었다. ㎏당 평균 낙찰가는 26만 원꼴로 지난해 22만 원에서 올랐다."
    )
    assert_not_checked(knowledge, text, "F317")
