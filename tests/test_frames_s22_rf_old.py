"""False alarms of older rules on clean copy (twenty-second session), each rule narrowed to its construction:
- a list closed by the rest (checker/link/lists_with_rest.py) after a total and a smaller figure of the same
  period stated after it (`Revenue was €20m. … Sales outside Europe reached €9m. … China took €5m, Japan €4m and
  other markets €3m.`): the list may break down either; when it adds up to neither, no link (it kept the largest);
- a partition (`Domestic passengers … international passengers …`, checker/link/totals.py) after a total stated
  for one year, in copy that names a later year between them (`Traffic has kept growing this year.`): parts of one
  period are no parts of another period's total;
- a figure per customer stated as what they bought (`고객 1인당 3만원어치를 산 꼴이다`, `1인당 평균 구매액은`) after an
  amount the copy names as spent (`광고비는 8억원`, `광고비로 8억원을 썼다`): a spend is not what customers bought
  (`[link.spend_nouns]`, `[link.bought_worth_after]`, `[link.purchase_nouns]`; checker/link/per_unit_apart.py,
  checker/link/partners.py); a spend per customer (`고객 1인당 광고비는`) stays linked;
- a figure per unit (`입장객 1인당`) after a count of a group of the units (`어린이 입장객은 12만명`) stated after a
  larger count of them (`입장객이 50만명`): which the figure is per is not said, no link.

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

import pytest
from test_frames import assert_checked, assert_not_checked

# ---------------------------------------------------------------- a list closed by the rest, two wholes before it
_EXPORTS = (
    "Lindqvist Marine said on Thursday revenue was €20m last year, up 5% from €19m, the boatbuilder said.\n\n"
    "{middle}"
    "China took €5m, Japan €{japan}m and other markets €{rest}m."
)


def test_a_list_closed_by_the_rest_after_a_nearer_subtotal_is_not_of_the_largest(knowledge):
    text = _EXPORTS.format(middle="Sales outside Europe reached €9m as demand in Asia grew.\n\n", japan="4", rest="3")
    assert_not_checked(knowledge, text, "F302")


def test_a_list_closed_by_the_rest_adding_up_to_the_nearer_subtotal(knowledge):
    text = _EXPORTS.format(middle="Sales outside Europe reached €9m as demand in Asia grew.\n\n", japan="3", rest="1")
    assert_checked(knowledge, text, "F302", False)


@pytest.mark.parametrize("japan,rest,fires", [("8", "7", False), ("14", "4", True)])
def test_a_list_closed_by_the_rest_with_one_whole_before_it(knowledge, japan, rest, fires):
    text = _EXPORTS.format(middle="Orders grew in every region.\n\n", japan=japan, rest=rest)
    assert_checked(knowledge, text, "F302", fires)


# ------------------------------------------------- a partition after another year's total, a later year named between
_AIRPORT = (
    "Harbour City Airport served 9.2m passengers in 2023, a record.\n\n"
    "{between}Domestic passengers numbered {domestic}m and international passengers 2.9m."
)


def test_a_partition_of_a_later_year_named_between_is_no_part_of_the_total(knowledge):
    text = _AIRPORT.format(between="Traffic has kept growing this year. ", domestic="5.6")
    assert_not_checked(knowledge, text, "F302")


@pytest.mark.parametrize("between", ["", "Traffic was the highest since 2019. "])
@pytest.mark.parametrize("domestic,fires", [("6.3", False), ("5.6", True)])
def test_a_partition_right_after_its_total(knowledge, between, domestic, fires):
    # (an earlier year named between, `since 2019`, is a reference point: the parts stay the total's)
    assert_checked(knowledge, _AIRPORT.format(between=between, domestic=domestic), "F302", fires)


# ------------------------------------------------------------ a figure bought per customer, after an amount spent
@pytest.mark.parametrize(
    "text",
    [
        "한결몰의 지난달 매출은 60억원이었다. 구매 고객은 20만명, 광고비는 8억원이었다. "
        "고객 1인당 3만원어치를 산 꼴이다.",
        "한결몰은 지난달 60억원어치를 팔았다. 구매 고객은 20만명이었고 광고비로 8억원을 썼다. "
        "고객 1인당 3만원어치를 산 셈이다.",
        "한결몰의 지난달 매출은 60억원이었다. 구매 고객은 20만명, 광고비는 8억원이었다. "
        "고객 1인당 평균 구매액은 3만원꼴이다.",
    ],
)
def test_a_figure_bought_per_customer_is_not_of_the_spend(knowledge, text):
    assert_not_checked(knowledge, text, "F317")


@pytest.mark.parametrize("each,fires", [("3", False), ("4", True)])
def test_a_figure_bought_per_customer_of_the_sales(knowledge, each, fires):
    text = f"한결몰의 지난달 매출은 60억원이었다. 구매 고객은 20만명이었다. 고객 1인당 {each}만원어치를 산 꼴이다."
    assert_checked(knowledge, text, "F317", fires)


@pytest.mark.parametrize("each,fires", [("4000원", False), ("5000원", True)])
def test_a_spend_per_customer_is_still_of_the_spend(knowledge, each, fires):
    text = f"한결몰의 지난달 광고비는 8억원이었다. 구매 고객은 20만명이었다. 고객 1인당 광고비는 {each}꼴이다."
    assert_checked(knowledge, text, "F317", fires)


# ------------------------------------------------------------ a figure per unit after a count of a group of the units
_PARK = (
    "누리랜드의 지난해 입장객이 50만명으로 전체 방문객 80만명의 62.5%를 차지했다. 입장 수입은 400억원이었다. "
    "{group}입장객 1인당 입장 수입은 {each}만원꼴이다."
)


def test_a_count_of_a_group_of_the_units_is_not_what_the_figure_is_per(knowledge):
    assert_checked(knowledge, _PARK.format(group="어린이 입장객은 12만명이었다. ", each="8"), "F317", False)


@pytest.mark.parametrize("each,fires", [("8", False), ("9", True)])
def test_a_figure_per_unit_of_the_one_count_of_the_units(knowledge, each, fires):
    assert_checked(knowledge, _PARK.format(group="", each=each), "F317", fires)
