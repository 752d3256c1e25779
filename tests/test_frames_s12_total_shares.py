"""Shares of the story's total, stated after their part (twelfth session).

Every sentence is written for this file, with invented names and numbers. Each construction is tested where it
must be checked (and fires when one number is wrong) and where a near construction must not be checked.
"""

from __future__ import annotations

import pytest
from test_frames import assert_checked, assert_not_checked

# ---------------------------------------------------------------- `accounted for P, or N per cent.` (F503)

_NOTICES = "Westbury council issued 84,200 parking notices during the year, up 6.2 per cent from 79,300. "


@pytest.mark.parametrize(
    "text,fires",
    [
        (_NOTICES + "Bus-lane cameras accounted for 21,050 of them, or 25 per cent.", False),
        (_NOTICES + "Bus-lane cameras accounted for 21,050 of them, or 35 per cent.", True),
        (_NOTICES + "The town centre accounted for 33,680 notices, or 40 per cent.", False),
        (_NOTICES + "The town centre accounted for 33,680 notices, or 50 per cent.", True),
    ],
)
def test_bare_share_of_a_part_a_share_verb_takes(knowledge, text, fires):
    assert_checked(knowledge, text, "F503", fires)


def test_bare_share_after_another_verb_is_not_linked(knowledge):
    # `issued 21,050, or 25 per cent`: no verb of share takes the part, the rate may be of anything
    text = _NOTICES + "Wardens issued 21,050 of them on foot, or 25 per cent more than planned."
    assert_not_checked(knowledge, text, "F503")


# ---------------------------------------------------------------- a total beside an average of its noun (F503)


@pytest.mark.parametrize(
    "text,fires",
    [
        (
            "Glenmoor Resorts recorded 480,000 skier visits in the season. It averaged 3,900 visits per operating "
            "day. Season pass holders accounted for 192,000 visits, or 40 per cent of the total.",
            False,
        ),
        (
            "Glenmoor Resorts recorded 480,000 skier visits in the season. It averaged 3,900 visits per operating "
            "day. Season pass holders accounted for 192,000 visits, or 30 per cent of the total.",
            True,
        ),
    ],
)
def test_share_of_the_total_passes_over_an_average(knowledge, text, fires):
    assert_checked(knowledge, text, "F503", fires)


def test_share_of_the_total_beside_two_levels_of_its_noun_is_of_the_larger(knowledge):
    # two levels of the part's noun before it (`480,000 skier visits` counts visits, its compound's last noun): the
    # larger is the total, as for two levels written with the bare noun
    text = (
        "Glenmoor Resorts recorded 480,000 skier visits in the season. The north slopes drew 250,000 visits. "
        "Season pass holders accounted for 192,000 visits, or 40 per cent of the total."
    )
    assert_checked(knowledge, text, "F503", False)


# ---------------------------------------------------------------- a bare count of the part's metric (F503)


@pytest.mark.parametrize(
    "text,fires",
    [
        (
            "Admissions at Orion Cinemas rose 8.0 per cent to 9.6 million. "
            "Members accounted for 2.4 million admissions, or 25 per cent of the total.",
            False,
        ),
        (
            "Admissions at Orion Cinemas rose 8.0 per cent to 9.6 million. "
            "Members accounted for 2.4 million admissions, or 35 per cent of the total.",
            True,
        ),
    ],
)
def test_share_of_a_bare_count_of_the_parts_metric(knowledge, text, fires):
    assert_checked(knowledge, text, "F503", fires)


# ---------------------------------------------------------------- `projects` as a noun is no forecast (F503)


@pytest.mark.parametrize(
    "text,fires",
    [
        (
            "Ashford County issued 3,120 building permits in the first half, as builders started projects before "
            "new rules take effect. Permits for houses numbered 1,716, or 55 per cent of the total.",
            False,
        ),
        (
            "Ashford County issued 3,120 building permits in the first half, as builders started projects before "
            "new rules take effect. Permits for houses numbered 1,716, or 65 per cent of the total.",
            True,
        ),
    ],
)
def test_projects_as_a_noun_leaves_the_total_a_level(knowledge, text, fires):
    assert_checked(knowledge, text, "F503", fires)


# ---------------------------------------------------------------- `P people, one in ten visits` (F503)


@pytest.mark.parametrize(
    "text,fires",
    [
        (
            "Brackenfell Forest recorded 2.41 million visits in the year to June, up 5 per cent. "
            "About 480,000 people, roughly one in five visits, stopped at the main visitor centre.",
            False,
        ),
        (
            "Brackenfell Forest recorded 2.41 million visits in the year to June, up 5 per cent. "
            "About 480,000 people, roughly one in ten visits, stopped at the main visitor centre.",
            True,
        ),
    ],
)
def test_fraction_naming_the_counter_of_its_whole(knowledge, text, fires):
    assert_checked(knowledge, text, "F503", fires)


def test_fraction_naming_a_noun_no_figure_counts_is_not_linked(knowledge):
    text = (
        "Brackenfell Forest recorded 2.41 million visits in the year to June, up 5 per cent. "
        "About 480,000 people, roughly one in five residents, stopped at the main visitor centre."
    )
    assert_not_checked(knowledge, text, "F503")


# ---------------------------------------------------------------- `P out of a W, or N per cent` (F503)


@pytest.mark.parametrize(
    "text,fires",
    [
        ("Spending on leak repairs was £41.6m out of a £520m capital programme, or 8.0 per cent.", False),
        ("Spending on leak repairs was £41.6m out of a £520m capital programme, or 9.0 per cent.", True),
    ],
)
def test_share_of_a_part_out_of_a_named_whole(knowledge, text, fires):
    assert_checked(knowledge, text, "F503", fires)


def test_share_after_a_part_from_another_figure_is_not_linked(knowledge):
    text = "Spending on leak repairs rose to £41.6m from £38.0m, or 9.5 per cent."
    assert_not_checked(knowledge, text, "F503")


# ---------------------------------------------------------------- `P, covering N% of the <noun>` (F503)


@pytest.mark.parametrize(
    "text,fires",
    [
        (
            "Running the tram network cost $180m over the year. The city's subsidy rose to $117m, covering 65 per "
            "cent of the cost, with fares paying the rest.",
            False,
        ),
        (
            "Running the tram network cost $180m over the year. The city's subsidy rose to $117m, covering 75 per "
            "cent of the cost, with fares paying the rest.",
            True,
        ),
    ],
)
def test_share_verb_and_the_noun_of_a_whole_stated_before(knowledge, text, fires):
    assert_checked(knowledge, text, "F503", fires)


def test_share_verb_and_a_noun_no_figure_names_is_not_linked(knowledge):
    text = (
        "Running the tram network cost $180m over the year. The city's subsidy rose to $117m, covering 65 per "
        "cent of the deficit."
    )
    assert_not_checked(knowledge, text, "F503")
