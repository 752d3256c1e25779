"""Currency equivalents (thirty-first session), rules for constructions: an English equivalent set off as an aside by
dashes (`$40m – about €36m – for …`) or opened by `, which is` after its amount, or followed by a note of the rate
(`at current exchange rates`); Swiss francs written `SFr`; a Korean
equivalent after `원화` with no `로` (`…달러로, 원화 약 N억 원에`); and a Korean equivalent mark that opens a sentence
restates no amount of the paragraph before (a new paragraph is another statement).

Every sentence is written for this file, with invented names and numbers; the rates are those of late August 2024
(1 USD ≈ 1,335 won, 1 EUR ≈ $1.11, 1 EUR ≈ 11.4 SEK, 1 CHF ≈ €1.06).
"""

from __future__ import annotations

import pytest
from helpers import rule_checked, rule_fires

CONVERSION = "F202"


@pytest.mark.parametrize(
    "text,fires",
    [
        ("The ferry line spent $40m – about €36m – on two new hulls.", False),
        ("The ferry line spent $40m – about €46m – on two new hulls.", True),
        ("The vineyard was bought for 9.1 million Swedish kronor — around €800,000 — last spring.", False),
        ("The vineyard was bought for 9.1 million Swedish kronor — around €1.2 million — last spring.", True),
        # a spaced hyphen stands for the dash in plain-text copy
        ("The ferry line spent $40m - roughly €36m - on two new hulls.", False),
        ("The ferry line spent $40m - roughly €46m - on two new hulls.", True),
        ("The orchard grant came to €5m, which is roughly $5.55m.", False),
        ("The orchard grant came to €5m, which is roughly $7m.", True),
        # a note of the rate between the equivalent and the end of its clause
        ("The guild sold the loom for €30,000, about $33,300 at current exchange rates, to a museum.", False),
        ("The guild sold the loom for €30,000, about $43,300 at current exchange rates, to a museum.", True),
        ("The lake steamer was refitted for SFr2 million, or about €2.1 million.", False),
        ("The lake steamer was refitted for SFr2 million, or about €2.9 million.", True),
    ],
)
def test_an_equivalent_set_off_by_dashes_or_which_is_is_checked(knowledge, text, fires):
    assert rule_checked(knowledge, text, CONVERSION)
    assert rule_fires(knowledge, text, CONVERSION) is fires


@pytest.mark.parametrize(
    "text",
    [
        # a dash opening another statement, not an aside restating the amount
        "The ferry line spent $40m - €36m of it on hulls - in one year.",
        "The ferry line spent $40m – its rival €12m – on new hulls.",
        # `which is` before a figure that is no amount
        "The orchard grant came to €5m, which is 12% of the budget.",
    ],
)
def test_a_dash_or_which_before_another_figure_is_no_equivalent(knowledge, text):
    assert not rule_fires(knowledge, text, CONVERSION)


@pytest.mark.parametrize(
    "text,fires",
    [
        ("수산조합은 노르웨이 업체와 2천만 달러로, 원화 약 267억 원에 이르는 어선 계약을 맺었다.", False),
        ("수산조합은 노르웨이 업체와 2천만 달러로, 원화 약 367억 원에 이르는 어선 계약을 맺었다.", True),
        ("수산조합은 노르웨이 업체와 2천만 달러, 원화 기준 약 267억 원 규모의 계약을 맺었다.", False),
        # `한화` (also a company's name) only in apposition after a comma
        ("항만공사는 부두 보강에 미화 1천200만 달러, 한화 약 160억 원을 쓴다.", False),
        ("항만공사는 부두 보강에 미화 1천200만 달러, 한화 약 260억 원을 쓴다.", True),
    ],
)
def test_a_korean_equivalent_after_won_named_bare_is_checked(knowledge, text, fires):
    assert rule_checked(knowledge, text, CONVERSION, language="ko")
    assert rule_fires(knowledge, text, CONVERSION, language="ko") is fires


def test_a_korean_equivalent_mark_opening_a_paragraph_restates_nothing_of_the_paragraph_before(knowledge):
    text = (
        "시는 자매도시 학교에 500만 엔을 기부했다.\n\n"
        "원화로 환산하면 약 19억 원에 해당하는 150만 달러 규모의 투자도 유치했다."
    )
    # 500만 엔 is about 4,600만 원: a mark of the next paragraph must not take it as the amount it restates
    assert not rule_fires(knowledge, text, CONVERSION, language="ko")
    # in one paragraph, the amount of the sentence before is still the one restated
    joined = "시는 자매도시 학교에 500만 엔을 기부했다. 원화로 환산하면 약 4천600만 원이다."
    assert rule_checked(knowledge, joined, CONVERSION, language="ko")
    assert not rule_fires(knowledge, joined, CONVERSION, language="ko")
