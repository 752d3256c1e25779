"""Growth rates stated apart (fifteenth session, second round), each a rule for a construction:
- a rate beside a dated level (a forecast or a result) measured from the level of the period a year before, stated
  in the sentence before (`harvested X tonnes in 2025 … It expects Y tonnes in 2026, an increase of 8%`);
- a rate, then `, taking … to X from Y`;
- a rate opening its sentence as the size of a change named by its noun (`The 5% cut follows …`, `이번 10% 감축은`),
  the change the sentence before states.

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

from helpers import change_links
from test_frames import assert_checked


def _links(text, knowledge):
    return change_links(text, knowledge, direction=True)


# ------------------------------------------------ a dated level's rate from the year before's level (F301)

DATED_EN = (
    "For 2025 as a whole, Tarnholm Salmon harvested 150,000 tonnes, with the fourth quarter contributing 31% of the "
    "total. It expects to harvest 162,000 tonnes in 2026, an increase of {rate}."
)


def test_a_forecast_rate_is_measured_from_the_level_of_the_year_before(knowledge):
    assert _links(DATED_EN.format(rate="8%"), knowledge)["8%"] == ("162,000 tonnes", "150,000 tonnes", 1)


def test_a_forecast_rate_holds_and_a_wrong_one_fires(knowledge):
    assert_checked(knowledge, DATED_EN.format(rate="8%"), "F301", fires=False)
    assert_checked(knowledge, DATED_EN.format(rate="18%"), "F301", fires=True)


DATED_KO = "한울수산은 2025년 김 4만2천톤을 생산했다. 회사는 2026년 생산 목표를 4만5천톤으로 {rate} 늘려 잡았다."


def test_a_korean_target_rate_is_measured_from_the_year_before(knowledge):
    assert _links(DATED_KO.format(rate="7.1%"), knowledge)["7.1%"] == ("4만5천톤", "4만2천톤", 1)
    assert_checked(knowledge, DATED_KO.format(rate="7.1%"), "F301", fires=False)
    assert_checked(knowledge, DATED_KO.format(rate="17.1%"), "F301", fires=True)


def test_a_level_of_two_years_before_is_no_prior(knowledge):
    text = (
        "For 2024 as a whole, Tarnholm Salmon harvested 150,000 tonnes. It expects to harvest 162,000 tonnes in "
        "2026, an increase of 8%."
    )
    assert _links(text, knowledge)["8%"][1] != "150,000 tonnes"


def test_a_level_of_another_unit_is_no_prior(knowledge):
    text = (
        "In 2025 Tarnholm Salmon sold fish worth $150 million. It expects to harvest 162,000 tonnes in 2026, an "
        "increase of 8%."
    )
    assert _links(text, knowledge)["8%"][1] is None


def test_a_level_in_the_paragraph_before_is_no_prior(knowledge):
    text = (
        "For 2025 as a whole, Tarnholm Salmon harvested 150,000 tonnes.\n\n"
        "It expects to harvest 162,000 tonnes in 2026, an increase of 8%."
    )
    assert _links(text, knowledge)["8%"][1] is None


# ------------------------------------------------ a rate, then `, taking … to X from Y` (F301)

TAKING_TO = (
    "Mooring income was £31.2m, an average of £912 a berth. Charges rose {rate} in May, taking the standard mooring "
    "for a 10-metre boat to £1,272 from £1,200."
)


def test_a_rate_before_taking_to_is_the_change_of_the_level_it_took(knowledge):
    assert _links(TAKING_TO.format(rate="6%"), knowledge)["6%"] == ("£1,272", "£1,200", 1)


def test_a_rate_before_taking_to_holds_and_a_wrong_one_fires(knowledge):
    assert_checked(knowledge, TAKING_TO.format(rate="6%"), "F301", fires=False)
    assert_checked(knowledge, TAKING_TO.format(rate="16%"), "F301", fires=True)


def test_a_rate_before_a_level_of_another_clause_is_not_linked(knowledge):
    text = (
        "Charges rose 6% in May, with the standard mooring for a 10-metre boat at £1,272 and a berth in the basin "
        "from £1,200."
    )
    assert _links(text, knowledge)["6%"][0] != "£1,272"


# ------------------------------------------------ `The 5% cut …`: a rate naming the change before (F301)

NAMED_CUT_EN = (
    "The regional council has cut the herring quota by 400 tonnes, setting it at 7,600 tonnes for next season, down "
    "from 8,000 tonnes.\n\nThe {rate} cut follows surveys showing fewer young fish."
)


def test_a_rate_naming_a_cut_measures_the_change_before(knowledge):
    assert _links(NAMED_CUT_EN.format(rate="5%"), knowledge)["5%"] == ("7,600 tonnes", "8,000 tonnes", -1)
    assert_checked(knowledge, NAMED_CUT_EN.format(rate="5%"), "F301", fires=False)
    assert_checked(knowledge, NAMED_CUT_EN.format(rate="15%"), "F301", fires=True)


NAMED_CUT_KO = "올해 쌀 수매량은 36만톤으로 지난해 40만톤보다 4만톤 줄었다. 이번 {rate} 감축은 재고 부담 때문이다."


def test_a_korean_rate_naming_a_cut_measures_the_change_before(knowledge):
    assert _links(NAMED_CUT_KO.format(rate="10%"), knowledge)["10%"] == ("36만톤", "40만톤", -1)
    assert_checked(knowledge, NAMED_CUT_KO.format(rate="10%"), "F301", fires=False)
    assert_checked(knowledge, NAMED_CUT_KO.format(rate="20%"), "F301", fires=True)


def test_a_rate_naming_a_rise_after_a_fall_is_not_linked(knowledge):
    text = "올해 쌀 수매량은 36만톤으로 지난해 40만톤보다 4만톤 줄었다. 이번 10% 인상은 재고 부담 때문이다."
    assert _links(text, knowledge).get("10%", (None,))[0] is None


def test_a_rate_naming_a_share_is_not_linked(knowledge):
    text = (
        "The regional council set the herring quota at 7,600 tonnes for next season, down from 8,000 tonnes. "
        "The 5% share left to small boats is unchanged."
    )
    assert _links(text, knowledge).get("5%", (None,))[0] is None
