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
    "At the quarter's close the chain had 300 stores, and revenue per store averaged roughly {per}."
)


@pytest.mark.parametrize("per,fires", [("$300,000", False), ("$333,000", True)])
def test_the_total_is_of_the_counts_period(knowledge, per, fires):
    assert_checked(knowledge, _STORES.format(per=per), "F317", fires)


# ---------------------------------------------------------------- an average stated before its count

# `or $24.00 for each of the town's 500,000 residents`: the total restated per unit, the count right after the mark
_LIBRARY = (
    "This year Elmford will spend $12.0 million, or {per} for each of the town's 500,000 residents, on libraries."
)


@pytest.mark.parametrize("per,fires", [("$24.00", False), ("$30.00", True)])
def test_an_average_for_each_of_the_count_after_it(knowledge, per, fires):
    assert_checked(knowledge, _LIBRARY.format(per=per), "F317", fires)


# two counts after the mark: which the figure is per is not said
def test_an_average_for_each_of_two_counts_is_not_linked(knowledge):
    text = (
        "This year Elmford will spend $12.0 million, or $30.00 for each of the 500,000 residents of its 40 suburbs, "
        "on libraries."
    )
    assert_not_checked(knowledge, text, "F317")


# ---------------------------------------------------------------- a yield of the lead's crop, however far back

# `1.5 tonnes a hectare` paragraphs after the lead's tonnage: the crop the story is about, over the area beside it
_WALNUTS = (
    "Walnut growers pick a record 60,000 tonnes\n\n"
    "Walnut growers in the state picked 60,000 tonnes this autumn, 20% more than the 50,000 tonnes of 2025, their "
    "council reported on Monday.\n\n"
    "Northern districts grew 35,000 tonnes and southern ones 25,000 tonnes. Half the harvest, 30,000 tonnes, went "
    "abroad.\n\n"
    "Buyers paid growers $3.10 per kilogram, against $2.95 in 2025. Fuel and labour cost more. Rain came late in the "
    "south. Walnut trees now stand on 20,000 hectares, which gives {per} a hectare on average."
)


@pytest.mark.parametrize("per,fires", [("3.0 tonnes", False), ("3.6 tonnes", True)])
def test_a_yield_is_of_the_leads_crop_however_far(knowledge, per, fires):
    assert_checked(knowledge, _WALNUTS.format(per=per), "F317", fires)


# `1㏊당 생산량은 4.0톤`: the `1㏊` is the mark's own one, the area the sentence before states, the crop the lead's
_APPLES = (
    "하늘군 사과 6,000톤 거둬\n\n"
    "하늘군이 올가을 사과 6,000톤을 거둬들였다. 2025년 5,000톤보다 20% 많은 양이다.\n\n"
    "군청은 10일 사과 작황 조사 결과를 내놨다. 수확은 9월 1일부터 10월 20일까지 했다. "
    "일조량이 많아 당도가 높았다고 군은 밝혔다.\n\n"
    "부사 4,000톤, 홍로 2,000톤을 땄다. 부사 비중이 67%다.\n\n"
    "사과 과수원은 1,500㏊ 규모다. 따라서 1㏊당 수확량은 {per}이 된다."
)


@pytest.mark.parametrize("per,fires", [("4.0톤", False), ("4.8톤", True)])
def test_a_yield_per_hectare_is_of_the_leads_crop(knowledge, per, fires):
    assert_checked(knowledge, _APPLES.format(per=per), "F317", fires)


# a tonnage first stated paragraphs into the story is no lead's crop: a far yield is of which, not said
_PEARS = (
    "A wet spring hurts pear growers\n\n"
    "Valley pear growers had a hard year, their council said on Monday. April storms knocked blossom off the "
    "trees.\n\n"
    "The council asked 400 farms about the harvest. Most saw smaller pears.\n\n"
    "Growers picked 60,000 tonnes in all. Buyers paid a little more. Costs climbed again. The south ran short of "
    "water. Pickers were hard to find. Some fruit was left on the trees. Some went to juice plants. "
    "Pear trees stand on 20,000 hectares, which gives 3.6 tonnes a hectare on average."
)


def test_a_far_yield_of_no_leads_crop_is_not_linked(knowledge):
    assert_not_checked(knowledge, _PEARS, "F317")


# ---------------------------------------------------------------- a count that follows its whole is a part

# `600 buses in the half, of which 400 were battery-electric`: the 400 are one line of the 600, no rival count
_COACHES = (
    "Halvorsen Coaches' revenue rose 10% to £240.0m in the half from £218.2m.\n\n"
    "It handed 600 buses to customers over the six months, of which 400 ran on hydrogen. Its revenue per bus "
    "averaged roughly {per}, as hydrogen models cost more."
)


@pytest.mark.parametrize("per,fires", [("£400,000", False), ("£480,000", True)])
def test_a_count_after_of_which_is_a_part_of_the_count_before(knowledge, per, fires):
    assert_checked(knowledge, _COACHES.format(per=per), "F317", fires)


# two counts of buses with nothing saying one is part of the other: which the figure is per is not said
def test_two_counts_with_no_part_word_are_not_linked(knowledge):
    text = _COACHES.format(per="£480,000").replace(", of which 400 ran on hydrogen", ", and 400 buses went abroad")
    assert_not_checked(knowledge, text, "F317")


# ---------------------------------------------------------------- a measure per a count beside it, of the lead's crop

_WALNUT_FARMS = _WALNUTS.replace(
    "Walnut trees now stand on 20,000 hectares, which gives {per} a hectare on average.",
    "The nuts came from 1,200 farms, an average of {per} per farm.",
)


@pytest.mark.parametrize("per,fires", [("50 tonnes", False), ("60 tonnes", True)])
def test_a_measure_per_farm_is_of_the_leads_crop(knowledge, per, fires):
    assert_checked(knowledge, _WALNUT_FARMS.format(per=per), "F317", fires)


# `가구당 평균 생산량은 4.0톤`: a counter as the noun (`가구`), the households beside it, the crop the lead's
_APPLE_FARMS = _APPLES.replace(
    "사과 과수원은 1,500㏊ 규모다. 따라서 1㏊당 수확량은 {per}이 된다.",
    "사과를 딴 집은 1,500가구로, 가구당 평균 {per}을 수확했다.",
)


@pytest.mark.parametrize("per,fires", [("4.0톤", False), ("4.8톤", True)])
def test_a_measure_per_household_is_of_the_leads_crop(knowledge, per, fires):
    assert_checked(knowledge, _APPLE_FARMS.format(per=per), "F317", fires)
