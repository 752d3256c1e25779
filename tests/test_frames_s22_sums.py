"""Sums (twenty-second session), each a rule for a construction (checker/link/gapped_lists.py):
- a sentence that is only a list of parts, its verb said once (`Kent produced 26,000 tonnes, Sussex 14,500 tonnes
  and Essex 7,500 tonnes.`, `Tent sites accounted for 5,100 nights and cabins for 4,300.`), after a lead that states
  their whole (`picked 48,000 tonnes`): the parts are an open list of the lead's figure;
- a figure named as the rest (`나머지 300건은`, `the remaining €1.7m`, `[link.remaining_marks]`) and the one part
  before it (in its sentence, or the sentence before): parts of the lead's figure, an open list. (The English
  forms in invented copy are read by older rules already; the real copy that needed this rule did not reduce to
  an invented sentence that only it reads.)

Near misses that must not be linked: a later figure in a clause of its own (`and online sales reached`), a list of
the parts of a part stated between the lead and the list (a tie), counts of another thing (`600 calves` after `900
cows`), parts of another period than the whole's, the rest of a part (`Exports reached $40m; Asia took $30m and the
remaining $10m`), a category named `기타`.

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

import pytest
from test_frames import assert_checked, assert_not_checked

_APPLES = (
    "Harlow Orchards picked 48,000 tonnes of apples this season, up 6% from 45,300 tonnes, the growers' body said "
    "on Monday.\n\nPrices eased to $1.20 a kilogram as supermarkets cut orders.\n\n"
    "Kent produced 26,000 tonnes, Sussex 14,500 tonnes and Essex {essex} tonnes."
)


@pytest.mark.parametrize("essex,fires", [("7,500", False), ("17,500", True)])
def test_a_gapped_list_breaks_down_the_lead(knowledge, essex, fires):
    assert_checked(knowledge, _APPLES.format(essex=essex), "F302", fires)


_CAMPING = (
    "Campers booked 9,400 site nights at Fernhill Park this summer, up 8% from 8,700, the parks office said.\n\n"
    "Fees brought in $423,000, about $45 a night.\n\n"
    "Tent sites accounted for 5,100 nights and cabins for {cabins}."
)


@pytest.mark.parametrize("cabins,fires", [("4,300", False), ("6,300", True)])
def test_a_gapped_list_with_its_preposition_repeated(knowledge, cabins, fires):
    assert_checked(knowledge, _CAMPING.format(cabins=cabins), "F302", fires)


_MONEY = (
    "Brightwater Foods said on Tuesday revenue rose 7% to £60m in the year to March, from £56m.\n\n"
    "Operating profit was £4.2m, a margin of 7%.\n\n"
    "Soups brought in £31m, salads £18m and juices £{juices}m."
)


@pytest.mark.parametrize("juices,fires", [("11", False), ("21", True)])
def test_a_gapped_list_of_money(knowledge, juices, fires):
    assert_checked(knowledge, _MONEY.format(juices=juices), "F302", fires)


def test_a_later_figure_with_a_verb_of_its_own_is_no_part(knowledge):
    text = (
        "Corvale Trading said on Tuesday revenue rose 7% to £60m in the year to March, from £56m.\n\n"
        "Shops took £38m and online sales reached £29m."
    )
    assert_not_checked(knowledge, text, "F302")


def test_a_list_of_a_part_stated_after_the_lead_is_a_tie(knowledge):
    # (the €9m of sales outside Europe is what the three markets break down, not the lead's €20m)
    text = (
        "Nordvik Fish said on Tuesday revenue rose 4% to €20m in the quarter, from €19.2m.\n\n"
        "Sales outside Europe reached €9m, a record. Demand in Asia held up well.\n\n"
        "China took €5m, Japan €4m and Korea €3m."
    )
    assert_not_checked(knowledge, text, "F302")


def test_parts_counting_another_thing_are_not_the_leads(knowledge):
    text = (
        "Millbrook Farm keeps 900 cows on its hill pastures, up from 850, the owners said on Friday.\n\n"
        "The farm hired two more herders this spring.\n\n"
        "Its dairy unit reared 600 calves and its hill unit 400 calves."
    )
    assert_not_checked(knowledge, text, "F302")


def test_parts_of_another_period_are_not_the_leads(knowledge):
    text = (
        "Pedalworks sold 5,000 bikes in 2025, up from 4,600 in 2024, the company said on Monday.\n\n"
        "Prices rose by about a tenth.\n\n"
        "It sold 3,000 bikes in January 2026 and 2,600 bikes in February 2026."
    )
    assert_not_checked(knowledge, text, "F302")


def test_a_list_breaking_down_a_part_stated_with_its_share_is_a_tie(knowledge):
    # (Kent's 26,000 tonnes, a part of the crop, is what the two districts break down)
    text = (
        "Harlow Orchards picked 48,000 tonnes of apples this season, the growers' body said on Monday.\n\n"
        "Prices eased to $1.20 a kilogram as supermarkets cut orders.\n\n"
        "Kent produced 26,000 tonnes, or 54% of the crop. Its growers had a dry summer. "
        "Its eastern district grew 16,000 tonnes and its western district 10,000 tonnes."
    )
    assert_not_checked(knowledge, text, "F302")


# ---------------------------------------------------------------- a part, then the remaining figure: the lead's

_MARRIAGES = (
    "한빛시의 올해 상반기 혼인 건수가 1,200건으로 집계됐다. 지난해 같은 기간보다 8% 늘었다.\n\n"
    "시는 결혼 장려금을 올렸다고 설명했다.\n\n"
    "초혼 부부는 900건으로 전체 혼인의 75%였다. 나머지 {rest}건은 재혼이다."
)


@pytest.mark.parametrize("rest,fires", [("300", False), ("500", True)])
def test_the_remaining_figure_after_a_part_in_the_sentence_before(knowledge, rest, fires):
    assert_checked(knowledge, _MARRIAGES.format(rest=rest), "F302", fires)


def test_the_rest_of_a_part_is_no_rest_of_the_lead(knowledge):
    # (Asia's $30m and the remaining $10m are what the $40m of exports is made of)
    text = (
        "Corvale Trading said on Tuesday revenue rose 7% to $50m in the year to March, from $46.7m.\n\n"
        "Its margins held up well.\n\n"
        "Exports reached $40m; Asia took $30m and the remaining $10m went to Europe."
    )
    assert_checked(knowledge, text, "F302", False)  # (checked against the $40m: no excess over the lead's $50m)


def test_a_category_named_other_is_no_remaining_figure(knowledge):
    # (`기타` names a category of a list, checker/link/lists_with_rest.py; `나머지` the rest after one part)
    text = (
        "한빛시의 올해 상반기 혼인 건수가 1,200건으로 집계됐다. 지난해 같은 기간보다 8% 늘었다.\n\n"
        "시는 결혼 장려금을 올렸다고 설명했다.\n\n"
        "초혼 부부는 900건으로 전체 혼인의 75%였다. 기타 500건은 재혼이다."
    )
    assert_not_checked(knowledge, text, "F302")
