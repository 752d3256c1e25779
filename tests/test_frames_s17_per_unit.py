"""Figures per unit (seventeenth session, checker/link/per_unit_apart.py and partners): the total is of the count's
own period, an average stated before its count (`for each of the 50,000 members`), and one unit as the subject of
an average (`한 회에 평균 800명`).

Every sentence is written for this file, with invented names and numbers. Each construction is tested where it
must be checked (and fires when one number is wrong) and where a near construction must not be linked.
"""

from __future__ import annotations

import pytest
from test_frames import assert_checked, assert_not_checked

# ---------------------------------------------------------------- the total of the count's own period

# `revenue per store averaged`: this quarter's revenue over this quarter's stores, not the previous quarter's revenue
# that the lead compares it with
_STORES = (
    "Pinecrest Outfitters reported fourth-quarter revenue of $90.0 million, up 5% from a year earlier but down 10% "
    "from the third quarter's $100.0 million, when back-to-school sales peak.\n\n"
    "The chain ran 300 stores at the end of the quarter, and revenue per store averaged about {per}."
)


@pytest.mark.parametrize("per,fires", [("$300,000", False), ("$333,000", True)])
def test_the_total_is_of_the_counts_period(knowledge, per, fires):
    assert_checked(knowledge, _STORES.format(per=per), "F317", fires)


# ---------------------------------------------------------------- an average stated before its count

# `or $24.00 for each of the town's 500,000 residents`: the total restated per unit, the count right after the mark
_LIBRARY = "The Elmford library's budget was $12.0 million, or {per} for each of the town's 500,000 residents."


@pytest.mark.parametrize("per,fires", [("$24.00", False), ("$30.00", True)])
def test_an_average_for_each_of_the_count_after_it(knowledge, per, fires):
    assert_checked(knowledge, _LIBRARY.format(per=per), "F317", fires)


# two counts after the mark: which the figure is per is not said
def test_an_average_for_each_of_two_counts_is_not_linked(knowledge):
    text = (
        "The Elmford library's budget was $12.0 million, or $30.00 for each of the 500,000 residents of its 40 suburbs."
    )
    assert_not_checked(knowledge, text, "F317")


# ---------------------------------------------------------------- a yield of the lead's crop, however far back

# `1.5 tonnes a hectare` paragraphs after the lead's tonnage: the crop the story is about, over the area beside it
_WALNUTS = (
    "Walnut crop climbs to 60,000 tonnes\n\n"
    "The state's walnut crop came in at 60,000 tonnes this season, up 20% from 50,000 tonnes last year, the growers' "
    "council said on Monday.\n\n"
    "The north produced 35,000 tonnes and the south 25,000 tonnes. Exports took 30,000 tonnes, or half of the crop.\n\n"
    "Prices held up. The average farm-gate price was $3.10 a kilogram, up 5% from $2.95. Growers said costs rose "
    "again. Water was scarce in the south. Bearing orchards cover 20,000 hectares, so the average yield was {per} "
    "a hectare."
)


@pytest.mark.parametrize("per,fires", [("3.0 tonnes", False), ("3.6 tonnes", True)])
def test_a_yield_is_of_the_leads_crop_however_far(knowledge, per, fires):
    assert_checked(knowledge, _WALNUTS.format(per=per), "F317", fires)


# `1㏊당 생산량은 4.0톤`: the `1㏊` is the mark's own one, the area the sentence before states, the crop the lead's
_APPLES = (
    "하늘군 올해 사과 생산량 6,000톤\n\n"
    "하늘군의 올해 사과 생산량이 6,000톤으로 집계됐다. 지난해(5,000톤)보다 20% 늘었다.\n\n"
    "하늘군은 10일 이런 내용의 수확 결과를 발표했다. 올해 수확은 9월 1일 시작해 10월 20일까지 이어졌다. "
    "여름 날씨가 좋아 알이 굵었다는 설명이다.\n\n"
    "품종별로는 부사가 4,000톤, 홍로가 2,000톤이었다. 부사가 전체의 67%를 차지했다.\n\n"
    "재배 면적은 1,500㏊로 집계됐다. 이에 따라 1㏊당 생산량은 {per}으로 늘었다."
)


@pytest.mark.parametrize("per,fires", [("4.0톤", False), ("4.8톤", True)])
def test_a_yield_per_hectare_is_of_the_leads_crop(knowledge, per, fires):
    assert_checked(knowledge, _APPLES.format(per=per), "F317", fires)


# a tonnage first stated paragraphs into the story is no lead's crop: a far yield is of which, not said
_PEARS = (
    "Pear growers count the cost of a wet spring\n\n"
    "Pear growers in the valley had a difficult season, the growers' council said on Monday. Rain in April "
    "damaged blossom on many farms.\n\n"
    "The council's survey covered 400 farms. Most reported smaller fruit.\n\n"
    "The crop came in at 60,000 tonnes. Prices held up. Growers said costs rose again. Water was scarce in the "
    "south. Labour was short at picking time. Some farms left fruit unpicked. Others sold to juicers. "
    "Bearing orchards cover 20,000 hectares, so the average yield was 3.6 "
    "tonnes a hectare."
)


def test_a_far_yield_of_no_leads_crop_is_not_linked(knowledge):
    assert_not_checked(knowledge, _PEARS, "F317")


# ---------------------------------------------------------------- a count that follows its whole is a part

# `600 buses in the half, of which 400 were battery-electric`: the 400 are one line of the 600, no rival count
_COACHES = (
    "Halvorsen Coaches' revenue rose 10% to £240.0m in the half from £218.2m.\n\n"
    "The company delivered 600 buses in the half, of which 400 were battery-electric. Average revenue per bus was "
    "about {per}, reflecting the higher price of electric models."
)


@pytest.mark.parametrize("per,fires", [("£400,000", False), ("£480,000", True)])
def test_a_count_after_of_which_is_a_part_of_the_count_before(knowledge, per, fires):
    assert_checked(knowledge, _COACHES.format(per=per), "F317", fires)


# two counts of buses with nothing saying one is part of the other: which the figure is per is not said
def test_two_counts_with_no_part_word_are_not_linked(knowledge):
    text = _COACHES.format(per="£480,000").replace(", of which 400 were battery-electric", ", and sold 400 buses abroad")
    assert_not_checked(knowledge, text, "F317")
