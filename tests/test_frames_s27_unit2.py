"""Session 27, lane unit2: the per-unit fallback (checker/link/per_unit_fallback.py) brought back with the structure
that keeps apart what the older near-misses keep apart, and a Korean figure per unit naming its metric.

A figure marked per unit that every rule before left without partners takes the total and count of its paragraph
only when the total stands before it, alone, and is no part set beside its share, no average and nothing per unit
itself; when neither stands in a clause of another subject; when a count its own clause states is the count it is
appended to; when the count is no item of a listed pair and no people put to work; when the noun before a Korean
one-unit mark is the count's own; and never for a market's quote or a noun narrowed to some of the units.

`농가 한 곳당 판매액은 …꼴`: a unit's mark and the metric named with its topic's particle take the one total stated
of that metric before, anywhere in the article, over the nearest count of the unit. Every sentence is invented.
"""

from __future__ import annotations

import pytest
from test_frames import assert_checked, assert_not_checked

# ---------------------------------------------------------------- `어촌계 한 곳당 판매액은 …꼴`: the metric named


@pytest.mark.parametrize("each,fires", [("1억5천만원꼴", False), ("2억5천만원꼴", True)])
def test_a_unit_mark_naming_its_metric_takes_the_total_of_that_metric(knowledge, each, fires):
    text = (
        "한빛군 어촌계 38곳이 올해 전복 210톤을 거뒀다. 판매액은 모두 57억원이다.\n\n"
        f"어촌계 한 곳당 판매액은 {each}이다."
    )
    assert_checked(knowledge, text, "F317", fires)


@pytest.mark.parametrize("each,fires", [("평균 4천만원", False), ("평균 5천만원", True)])
def test_a_unit_mark_naming_its_metric_reaches_a_paragraph_before(knowledge, each, fires):
    text = (
        "누리군 과수원 385곳이 올해 감귤을 땄다. 군은 수확량이 지난해보다 늘었다고 밝혔다.\n\n"
        f"감귤 수매액은 모두 154억원으로 집계됐다. 과수원 1곳당 수매액은 {each}이다."
    )
    assert_checked(knowledge, text, "F317", fires)


@pytest.mark.parametrize(
    "last",
    [
        "어촌계 한 곳당 인건비는 1억3천만원꼴이다.",  # another metric
        "양식장 한 곳당 위판액은 1억3천만원꼴이다.",  # another noun before the mark
    ],
)
def test_a_unit_mark_naming_another_metric_or_noun_links_nothing(knowledge, last):
    text = f"한빛군 어촌계 40곳이 올해 전복 190톤을 거뒀다. 위판액은 모두 52억원이다.\n\n{last}"
    assert_not_checked(knowledge, text, "F317")


# ---------------------------------------------------------------- the fallback's structure: near-misses


@pytest.mark.parametrize(
    "text",
    [
        # a total after the figure, in a clause of its own
        "장터에 부스 90곳이 참가했다. 곳당 50만원으로 행사 예산은 7억원이다.",
        "The orchard sold 12,000 crates of pears at $4 a crate, while its farm shop took $90,000.",
        # a total in another clause of its sentence than the count's
        "Its 30 trawlers landed 1,500 tonnes of hake and the crews sorted 40 tonnes a trawler.",
        # a count the figure's own clause states, the total a sentence before: the figure a price of its own
        "The depot's fuel bill was $4.8 million. It ran 300 buses, at a fixed rate of $9,000 a bus.",
        # a market's quote
        "Millers bought 8,000 tonnes of rye for $2.4 million. Futures averaged $260 a tonne over the month.",
        # a noun narrowed to some of the units
        "The zoo drew 90,000 visitors on a budget of $2.7m. The city pays it $4 for each visitor who lives there.",
        # a count of people put to work, a listed count
        "보건소는 간호사 40명을 투입해 검사비 6억원을 아꼈다. 1인당 평균 1,200만원꼴이다.",
        (
            "독거노인 220명과 장애인 가구 80가구가 지원을 받았으며, 지원액은 모두 3억3천만원이었다. "
            "1인당 평균 150만원을 받은 셈이다."
        ),
        # the noun before a one-unit mark names another count
        "가람시 수영장 이용객은 올해 6만명이었다. 운영비는 18억원으로 시민 1인당 3만원꼴이다.",
        # a total that is an average itself
        "전시회 관람객은 올해 5만명이었다. 관람권 한 장의 평균 가격은 9만원이다. 관람객 1인당 평균 7만원꼴을 냈다.",
    ],
)
def test_the_fallback_keeps_apart_what_the_structure_keeps_apart(knowledge, text):
    assert_not_checked(knowledge, text, "F317")


@pytest.mark.parametrize("price,fires", [("about $52", False), ("about $61", True)])
def test_a_figure_appended_to_its_count_takes_the_total_before(knowledge, price, fires):
    text = (
        "The Harrow council spent $1.3 million on salt for its roads this winter. "
        f"Crews spread 25,000 tonnes, {price} a tonne."
    )
    assert_checked(knowledge, text, "F317", fires)


@pytest.mark.parametrize("each,fires", [("5천원", False), ("7천원", True)])
def test_a_unit_mark_naming_its_metric_takes_the_count_stated_alone(knowledge, each, fires):
    # (the counts listed by plant and `10개 중 6개` are parts: the count stated alone is the total's)
    text = (
        "누리공장의 3분기 생산량은 400만개였다. 1공장이 250만개, 2공장이 150만개를 만들어 10개 중 6개가 "
        f"1공장에서 나왔다. 매출은 모두 200억원이다. 개당 평균 매출은 {each} 수준이다."
    )
    assert_checked(knowledge, text, "F317", fires)


def test_a_unit_mark_naming_its_metric_takes_no_count_of_another_paragraph(knowledge):
    # (the count of a quarter in a paragraph of its own, the cost of a year: another span's)
    text = (
        "수요응답형 버스 2년째\n\n"
        "가온군의 수요응답형 버스가 운행 2년째를 맞았다. 군은 노선을 늘릴 계획이다.\n\n"
        "올해 2분기 이용객은 6만명이었다.\n\n"
        "운영비는 1년간 30억원이 들었다. 이용객 1명당 운영비는 1만원꼴이다."
    )
    assert_not_checked(knowledge, text, "F317")
