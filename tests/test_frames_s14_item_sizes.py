"""A measure that sizes each item counted (`2.4 million 15kg cartons`, `2,400 40ft containers`) is no figure of its
own, and the averages of a partition's members are no parts of the whole (fourteenth session: set H's false
alarms read as constructions). Sentences written for this file, with invented names and numbers."""

from __future__ import annotations

import pytest
from helpers import claims
from test_frames import assert_checked


@pytest.mark.parametrize(
    "text,fires",
    [
        ("Dunmore Farms shipped 12.4 million 15kg cartons of apples this season, up 8.4% from 11.44 million.", False),
        ("Dunmore Farms shipped 12.4 million 15kg cartons of apples this season, up 18.4% from 11.44 million.", True),
    ],
)
def test_a_count_of_sized_items_is_the_level_its_change_is_of(knowledge, text, fires):
    assert_checked(knowledge, text, "F301", fires)


def test_the_size_of_each_item_is_no_claim_and_lends_no_unit(knowledge):
    text = "The port handled 2,400 40ft containers, up from 2,100."
    found = {c.text.strip(): c for c in claims(text, knowledge).claims}
    assert "40ft" not in found
    assert found["2,100"].unit == "count"


@pytest.mark.parametrize(
    "text,measure",
    [
        ("It sold 2,400 boxes, 15kg each.", "15kg"),  # after a comma: a figure of its own
        ("The catch rose to 1,200 tonnes in May and 15kg a boat in June.", "15kg"),  # not right after a count
        ("Of the 40 samples 15kg Arbroath smokies were best.", "15kg"),  # before a name
    ],
)
def test_a_measure_not_sizing_a_counted_noun_is_kept(knowledge, text, measure):
    assert measure in [c.text.strip() for c in claims(text, knowledge).claims]


# ---------------------------------------------------------------- members' averages are no parts of a whole


@pytest.mark.parametrize(
    "text",
    [
        "하나면세점의 1~10월 구매객은 300만명으로 1인당 평균 40만원어치를 샀다. "
        "외국인 매출은 9,000억원으로 전체의 60%를 차지했다. "
        "외국인 1인당 구매액은 60만원으로 내국인(30만원)의 두 배 수준이다.",
        "Pelling Air carried 3 million travellers, who spent $400 each on average. Overseas spending per traveller "
        "was $600, and domestic spending per traveller $300.",
    ],
)
def test_averages_of_partition_members_are_not_summed(knowledge, text):
    from test_frames import assert_not_checked

    assert_not_checked(knowledge, text, "F302")


@pytest.mark.parametrize(
    "text,fires",
    [
        ("하나면세점의 매출은 1조5,000억원이었다. 외국인 매출은 9,000억원, 내국인 매출은 6,000억원이었다.", False),
        ("하나면세점의 매출은 1조5,000억원이었다. 외국인 매출은 9,000억원, 내국인 매출은 8,000억원이었다.", True),
    ],
)
def test_members_own_figures_still_add_up_to_the_whole(knowledge, text, fires):
    assert_checked(knowledge, text, "F302", fires)
