"""Shares in constructions that recur across articles (eleventh session).

Every sentence is written for this file, with invented names and numbers. Each construction is tested where it
must be checked (and fires when one number is wrong) and, where relevant, where it must not be checked.
"""

from __future__ import annotations

import pytest
from test_frames import assert_checked, assert_not_checked

# ---------------------------------------------------------------- a whole named in the sentence after its part (F503)


@pytest.mark.parametrize(
    "text,fires",
    [
        ("회원은 4120만명으로 1년 전보다 30만명 늘었다. 전체 유권자 6250만명의 65.9%에 해당한다.", False),
        ("회원은 4120만명으로 1년 전보다 30만명 늘었다. 전체 유권자 6250만명의 72.9%에 해당한다.", True),
        ("상반기 누적 판매액은 110억달러로 늘었다. 이는 연간 판매 목표(150억달러)의 73%다.", False),
        ("상반기 누적 판매액은 110억달러로 늘었다. 이는 연간 판매 목표(150억달러)의 83%다.", True),
        ("Party members reached 41.2 million in March. That is 65.9% of the 62.5 million registered voters.", False),
        ("Party members reached 41.2 million in March. That is 55.9% of the 62.5 million registered voters.", True),
        ("Orders reached $11bn by June. That was 73% of its annual target of $15bn.", False),
        ("Orders reached $11bn by June. That was 83% of its annual target of $15bn.", True),
    ],
)
def test_share_of_a_whole_named_after_its_part(knowledge, text, fires):
    assert_checked(knowledge, text, "F503", fires)


@pytest.mark.parametrize(
    "text,fires",
    [
        ("정부는 비축 쌀 7만5천t을 시장에 풀기로 했다. 올해 비축 물량(60만t)의 8분의 1 규모다.", False),
        ("정부는 비축 쌀 9만5천t을 시장에 풀기로 했다. 올해 비축 물량(60만t)의 8분의 1 규모다.", True),
        ("The agency released 150,000 tonnes of rice in May. That is a quarter of the 600,000 tonnes in store.", False),
        ("The agency released 190,000 tonnes of rice in May. That is a quarter of the 600,000 tonnes in store.", True),
    ],
)
def test_fraction_of_a_whole_named_after_its_part(knowledge, text, fires):
    assert_checked(knowledge, text, "F503", fires)


@pytest.mark.parametrize(
    "text,fires",
    [
        # the whole in parentheses after its noun, the part the level of the same sentence
        (
            "영향을 받는 근로자는 최대 264만명으로, 전체 임금근로자(2천30만명)의 13.0%에 이를 것으로 추산됐다.",
            False,
        ),
        (
            "영향을 받는 근로자는 최대 264만명으로, 전체 임금근로자(2천30만명)의 15.0%에 이를 것으로 추산됐다.",
            True,
        ),
        # tonnage in compensated gross tons (`CGT`) is a count
        ("올해 국내 수주량은 640만CGT로 집계됐다. 같은 기간 세계 발주량(1천800만CGT)의 35.6%다.", False),
        ("올해 국내 수주량은 640만CGT로 집계됐다. 같은 기간 세계 발주량(1천800만CGT)의 45.6%다.", True),
    ],
)
def test_share_of_a_whole_in_parentheses_after_its_noun(knowledge, text, fires):
    assert_checked(knowledge, text, "F503", fires)


@pytest.mark.parametrize(
    "text",
    [
        # two levels in the sentence before: which one the share is of, the wording does not say
        "5월까지 받은 주문 88억달러에 6월 주문 22억달러가 보태졌다. 이는 연간 목표(150억달러)의 73%다.",
        "Orders were $8.8bn in May and $2.2bn in June. That was 73% of its annual target of $15bn.",
        # the figure the genitive joins to the share is its whole, never its part
        "협회 예산은 300억달러다. 올해 수출 계약은 12건이었다. 이는 전체 교역 규모(150억달러)의 73%에 해당한다.",
    ],
)
def test_share_of_a_whole_named_with_no_one_part_before_is_not_linked(knowledge, text):
    assert_not_checked(knowledge, text, "F503")


# ---------------------------------------- `전체의`, `of the total`: the total of the part's metric


_DEATHS_KO = "지난해 산업재해 사망자는 2400명으로 집계됐다. 전국 취업자는 2천900만명이다. "
_DEATHS_EN = "Workplace deaths fell to 2,400 people last year. The workforce numbered 29 million people. "


@pytest.mark.parametrize(
    "text,fires",
    [
        (_DEATHS_KO + "건설 현장 사망자가 820명으로 전체의 34.2%를 차지했다.", False),
        (_DEATHS_KO + "건설 현장 사망자가 820명으로 전체의 38.2%를 차지했다.", True),
        (_DEATHS_KO + "추락 사망자는 1천201명으로 전체 사망자의 절반에 이르렀다.", False),
        (_DEATHS_KO + "추락 사망자는 1천401명으로 전체 사망자의 절반에 이르렀다.", True),
        (_DEATHS_EN + "Construction deaths reached 820 people, or 34.2% of the total.", False),
        (_DEATHS_EN + "Construction deaths reached 820 people, or 38.2% of the total.", True),
    ],
)
def test_share_of_the_total_of_the_parts_own_metric(knowledge, text, fires):
    # the workforce is the story's largest count of people, but not of deaths
    assert_checked(knowledge, text, "F503", fires)


def test_share_of_the_total_with_two_totals_of_the_metric_is_not_keyed(knowledge):
    # two death tolls of the same metric before the part: the key does not tell which is the total
    assert_not_checked(
        knowledge,
        "산업재해 사망자는 2400명이었다. 전국 취업자는 2천900만명이다. 화재 사망자는 3100명이었다. "
        "건설 현장 사망자가 820명으로 전체의 34.2%를 차지했다.",
        "F503",
    )
