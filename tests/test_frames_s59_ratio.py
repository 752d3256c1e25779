"""Ratios (fifty-ninth session, lane `ratio`).

- A Korean price per one unit multiplied out after it (checker/link/priced_counts_after_ko.py): the price's mark
  (`곳당`, `한 곳당`, `㎏당`, `한 번에`), the total the price's sentence or the next names (`모두`, `총` before it,
  `어치` after it, or the count right before it in its clause), over the count of the unit stated up to the total,
  or the lead's.

Every sentence is written for this file, with invented places, names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import assert_checked, assert_not_linked

PER_UNIT = "F317"

_PRICED_AFTER_KO = [
    # (text, holding total, broken total)
    (
        "미역 판매\n\n가평군은 올해 미역 250톤을 거뒀다.\n\n산지 가격은 ㎏당 3천원으로, 250톤을 모두 팔면 {t}원어치다.",
        "7억5천만",
        "9억5천만",
    ),
    (
        "신호등 교체\n\n군은 교차로 신호등을 바꾼다.\n\n새 교차로에는 한 곳당 150만원을 들여 제어기를 바꾼다. "
        "14곳에 모두 {t}원이 든다.",
        "2천100만",
        "3천100만",
    ),
    (
        "합창단\n\n합창단은 올해 30회 무대에 선다.\n\n"
        "출연료는 한 번에 20만원으로, 지난해 18회 공연으로 {t}원을 받았다.",
        "360만",
        "560만",
    ),
    (
        "도토리\n\n군은 주민들에게서 도토리 15톤을 사들였다.\n\n군은 도토리 ㎏당 400원을 쳐서 모두 {t}원을 "
        "상품권으로 나눠 줬다.",
        "600만",
        "900만",
    ),
    (
        "곶감 경매\n\n곶감 첫 경매가 열렸다. 농협은 곶감 2.4톤이 나와 ㎏당 평균 1만5천원에 팔렸다고 밝혔다.\n\n"
        "첫날 낙찰 금액은 모두 {t}원이다.",
        "3천600만",
        "4천600만",
    ),
]


@pytest.mark.parametrize("template,holding,broken", _PRICED_AFTER_KO)
def test_a_korean_price_multiplied_out_after_it(knowledge, template, holding, broken):
    assert_checked(knowledge, template.format(t=holding), PER_UNIT, fires=False)
    assert_checked(knowledge, template.format(t=broken), PER_UNIT, fires=True)


_NOT_PRICED_AFTER_KO = [
    # the count is of another unit than the price's (`대당` over households): what the words do not say
    "난로 지원\n\n군은 올해 350가구에 난로를 나눠 줬다.\n\n난로는 대당 8만원으로 모두 2천900만원어치다.",
    # no word names the amount after the price a total (another sum of the currency)
    "신호등 교체\n\n군은 교차로 신호등을 바꾼다.\n\n새 교차로에는 한 곳당 150만원을 들여 제어기를 바꾼다. "
    "14곳 가운데 읍내는 예산 3천100만원이 든다.",
    # two counts of the unit of two values before the total: which one, unsaid
    "신호등 교체\n\n군은 교차로 신호등을 바꾼다.\n\n"
    "한 곳당 150만원을 들인다. 읍내 14곳과 면 9곳에 모두 3천100만원이 든다.",
]


@pytest.mark.parametrize("text", _NOT_PRICED_AFTER_KO)
def test_no_korean_price_multiplied_out_where_the_words_do_not_say(knowledge, text):
    assert_not_linked(knowledge, text, PER_UNIT)
