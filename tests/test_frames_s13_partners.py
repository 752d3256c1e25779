"""Partners found article-wide by keys (thirteenth session, checker/link/partners.py): a figure per unit whose
count (or total) stands in another sentence, a share whose whole does.

Every sentence is written for this file, with invented names and numbers (companies of the lexicon where the
test is about a company). Each construction is tested where it must be checked (and fires when one number is
wrong) and where a near construction must not be linked: a count of another noun, a tie of two counts, a count
of another company, a whole of another period or metric.
"""

from __future__ import annotations

import pytest
from test_frames import assert_checked, assert_not_checked

_BAKERY = (
    "나래베이커리는 지난해 매장이 600곳으로 늘었다고 밝혔다. 수도권 매장이 절반을 넘는다. 회사는 올해 새 공장을 "
    "연다. 매장 매출 합계는 3,000억원으로, 매장 한 곳당 {per} 수준이다."
)
# a bound in the lead (`500곳을 넘었다`) is no level to divide by, and no rival of the count
_BAKERY_BOUND = (
    "나래베이커리의 매장은 지난해 처음 500곳을 넘었다. 회사는 매장이 540곳이라고 밝혔다. 회사는 올해 새 공장을 "
    "연다. 매장 매출 합계는 4,320억원으로, 매장 한 곳당 {per} 수준이다."
)
_BOOKINGS = (
    "Halden Travel took 12,500 bookings in the year. Storms in the spring cancelled some trips. The agency raised "
    "its fees in March. Bookings brought in $50m, an average of about {per}."
)
# the lead's count five sentences before the figure, its total named by the figure's metric
_CARRIER = (
    "The carrier flew 12 million passengers. Fuel cost more. Staff costs rose. Fees fell. Revenue was "
    "$2.4 billion. That is about {per} in revenue per passenger, before any tax."
)

# ---------------------------------------------------------------- the count in the lead, the total restated per unit


@pytest.mark.parametrize(
    "text,fires",
    [
        (_BOOKINGS.format(per="$4,000 a booking"), False),
        (_BOOKINGS.format(per="$5,000 a booking"), True),
        (_CARRIER.format(per="$200"), False),
        (_CARRIER.format(per="$250"), True),
        (_BAKERY.format(per="5억원"), False),
        (_BAKERY.format(per="6억원"), True),
        (_BAKERY_BOUND.format(per="8억원"), False),
        (_BAKERY_BOUND.format(per="9억원"), True),
    ],
)
def test_count_stated_in_the_lead(knowledge, text, fires):
    assert_checked(knowledge, text, "F317", fires)


# ---------------------------------------------------------------- an amount set beside its total, per a noun

_TAKINGS = (
    "Museum visits reached 2.0 million visits in the year. The new wing opened in May. School trips were free. "
    "Takings at the gate climbed 10% to $44m from $40m, or about {per}."
)


@pytest.mark.parametrize(
    "text,fires",
    [
        # `, or about $22 a visit` after the total and its own comparison (`from $40m`): the total is the level
        (_TAKINGS.format(per="$22 a visit"), False),
        (_TAKINGS.format(per="$30 a visit"), True),
    ],
)
def test_amount_beside_its_total_per_a_noun(knowledge, text, fires):
    assert_checked(knowledge, text, "F317", fires)


@pytest.mark.parametrize(
    "text",
    [
        # a time after the amount is a period, no unit counted
        "Museum visits reached 2.0 million visits in the year. The trust paid $9.0m for cleaning, or about "
        "$170,000 a week.",
        # a noun no count of the article names
        _TAKINGS.format(per="$22 a ticket"),
    ],
)
def test_amount_beside_its_total_not_linked(knowledge, text):
    assert_not_checked(knowledge, text, "F317")


# ---------------------------------------------------------------- a figure per person, of the population stated

_LIBRARY = (
    "나래시의 올해 도서관 예산은 36억원이다. 새 분관 두 곳이 문을 연다. 장서도 늘린다. 나래시 인구는 60만명이다. "
    "도서관 예산을 주민 1인당으로 나누면 {per}이다."
)
_EASTFORD = (
    "Eastford has a population of 400,000. The council set its budget for the year. Road repairs come first. It "
    "will spend $200m in all, or about {per} per capita."
)


@pytest.mark.parametrize(
    "text,fires",
    [
        (_LIBRARY.format(per="6,000원"), False),
        (_LIBRARY.format(per="8,000원"), True),
        (_EASTFORD.format(per="$500"), False),
        (_EASTFORD.format(per="$600"), True),
    ],
)
def test_figure_per_person_of_the_population(knowledge, text, fires):
    assert_checked(knowledge, text, "F317", fires)


def test_figure_per_person_of_two_populations_is_not_linked(knowledge):
    # two populations in the lead: which one the figure is per, the words do not say
    text = (
        "Eastford has a population of 400,000 and Westford a population of 300,000. The council set its budget "
        "for the year. It will spend $200m in all, or about $500 per capita."
    )
    assert_not_checked(knowledge, text, "F317")


# ---------------------------------------------------------------- the mark is the nearer figure's

_WHEAT = (
    "Norland Grain shipped 2.0 million tonnes of wheat in the half, up from 1.8 million tonnes. Revenue fell to "
    "€1.5bn. Wheat earned it €1.0bn, two-thirds of the total, which comes to about {per} a tonne."
)


@pytest.mark.parametrize(
    "text,fires",
    [
        # the per-unit mark after the second amount: the first is its total, not another figure per unit
        (_WHEAT.format(per="€500"), False),
        (_WHEAT.format(per="€600"), True),
    ],
)
def test_total_beside_the_figure_and_count_in_the_lead(knowledge, text, fires):
    assert_checked(knowledge, text, "F317", fires)


# ---------------------------------------------------------------- near misses: nothing linked


@pytest.mark.parametrize(
    "text",
    [
        # a count of another noun: no count of cabins is stated
        _BOOKINGS.format(per="$4,000 a cabin"),
        # a tie: two counts of bookings in the lead, of different values
        "Halden Travel took 12,500 bookings in the year. Its rival took 9,000 bookings. The agency raised its fees "
        "in March. Bookings brought in $50m, an average of about $4,000 a booking.",
        # the count of another company
        "LG sold 3,000 units in the first half. Demand rose in Europe. Prices fell. Samsung earned $10m from the "
        "line, an average of about $5,000 a unit.",
        # a price per unit is set, no total divided (the price metric): the contract's price is not its total
        "The plant will sell 2,000 megawatt hours a year. Analysts welcomed the deal. The price of the contract is "
        "£4.5m. The set price is £80 per megawatt hour.",
    ],
)
def test_partner_not_linked(knowledge, text):
    assert_not_checked(knowledge, text, "F317")


# ---------------------------------------------------------------- a share beside its part, of a whole stated apart

_DEPOTS = (
    "Norvik Foods sold $400m of goods in the year. Storms hit the south hardest. Officials praised the response. "
    "The northern depots handled $100m, or {share} of the orders."
)


@pytest.mark.parametrize(
    "text,fires",
    [
        # the share set beside its part (`, or 25% of the orders`), the whole the lead's amount
        (_DEPOTS.format(share="25%"), False),
        (_DEPOTS.format(share="35%"), True),
    ],
)
def test_share_of_a_whole_stated_in_the_lead(knowledge, text, fires):
    assert_checked(knowledge, text, "F503", fires)


@pytest.mark.parametrize(
    "text",
    [
        # the whole named by a metric no figure of the article is of
        "가람제강은 올해 상반기 영업이익이 4조8,000억원으로 집계됐다고 밝혔다. 철강 수요는 부진했다. 원가는 "
        "올랐다. 해외 판매는 1조2,000억원으로 매출의 35.0% 수준이었다.",
        # a count of another noun: the members are no whole of revenue
        "The club counted 1.2 million members in the year. Officials praised the response. Overseas members "
        "totalled 300,000, or 35% of revenue.",
        # a tie: two counts of the noun in the lead
        "The park drew 1.2 million visitors. Its rival drew 900,000 visitors. Foreign visitors numbered 300,000, "
        "or 35%.",
        # the whole of another year
        "The park drew 1.2 million visitors in 2024. Officials praised the response. Prices rose. In 2025 foreign "
        "visitors numbered 300,000, or 35%.",
    ],
)
def test_share_of_a_whole_apart_not_linked(knowledge, text):
    assert_not_checked(knowledge, text, "F503")
