"""Sums of listed parts whose whole is named by the list's lead and stated far back (twelfth session).

Every sentence is written for this file, with invented names and numbers. Each construction is tested where it
must be checked (and fires when one number is wrong) and where a near construction must not be checked.
"""

from __future__ import annotations

import pytest
from test_frames import assert_checked, assert_not_checked

# ---------------------------------------------------------------- a run-in list named after a whole far back (F302)

_FAR = (
    "한결화장품의 3분기 매출은 2천100억원이었다. 해외 매출은 1천480억원으로 전체 매출의 70.5%를 차지했다. "
    "영업이익은 310억원으로 1년 전보다 25% 늘었다. 영업이익률은 14.8%다. "
    "가장 큰 시장은 미국이었다. 회사는 현지 유통망을 넓히고 있다. 신제품도 잇달아 내놓았다. "
)


@pytest.mark.parametrize(
    "text,fires",
    [
        (_FAR + "지역별 해외 매출은 △미국 610억원 △일본 420억원 △동남아 270억원 △유럽 180억원이다.", False),
        (_FAR + "지역별 해외 매출은 △미국 610억원 △일본 420억원 △동남아 270억원 △유럽 380억원이다.", True),
    ],
)
def test_run_in_list_of_a_whole_named_far_back(knowledge, text, fires):
    assert_checked(knowledge, text, "F302", fires)


def test_run_in_list_whose_name_states_no_figure_is_not_linked(knowledge):
    # `중국 매출` was never stated, and the figures before are too far back to be read by position
    text = _FAR + "지역별 중국 매출은 △베이징 61억원 △상하이 42억원 △광저우 27억원이다."
    assert_not_checked(knowledge, text, "F302")


# ---------------------------------------------------------------- money raised, then what each source brought in (F302)


@pytest.mark.parametrize(
    "text,fires",
    [
        (
            "Harbourside Animal Trust raised £8.4m in the year to March. "
            "Its 20 shops brought in £3.6m, legacies £2.7m, events £1.3m and donations £0.8m.",
            False,
        ),
        (
            "Harbourside Animal Trust raised £8.4m in the year to March. "
            "Its 20 shops brought in £3.6m, legacies £2.7m, events £1.3m and donations £2.8m.",
            True,
        ),
    ],
)
def test_sources_of_money_raised(knowledge, text, fires):
    assert_checked(knowledge, text, "F302", fires)


def test_sources_after_a_stock_are_not_parts(knowledge):
    # cash held is no amount earned from sources: the figures after it are something else
    text = (
        "Harbourside Animal Trust held cash of £8.4m at the end of March. "
        "Its 20 shops brought in £3.6m, legacies £2.7m and events £1.3m."
    )
    assert_not_checked(knowledge, text, "F302")


# ------------------------------------------------------------- a list after a colon, the last item after `and` (F302)


@pytest.mark.parametrize(
    "text,fires",
    [
        (
            "The Alder pension fund's assets rose to €31.6bn at the end of June. "
            "Its funding ratio improved to 118 per cent. "
            "The fund's assets were split as follows: equities €12.4bn, bonds €11.8bn, property €4.1bn and "
            "alternatives, mostly infrastructure, €3.3bn.",
            False,
        ),
        (
            "The Alder pension fund's assets rose to €31.6bn at the end of June. "
            "Its funding ratio improved to 118 per cent. "
            "The fund's assets were split as follows: equities €12.4bn, bonds €11.8bn, property €4.1bn and "
            "alternatives, mostly infrastructure, €5.3bn.",
            True,
        ),
    ],
)
def test_list_after_a_colon_with_its_last_item_after_and(knowledge, text, fires):
    assert_checked(knowledge, text, "F302", fires)


def test_items_of_another_unit_after_and_are_no_list(knowledge):
    text = (
        "The Alder pension fund's assets rose to €31.6bn at the end of June. "
        "The fund's holdings were as follows: equities €12.4bn, bonds €11.8bn and 41,000 members."
    )
    assert_not_checked(knowledge, text, "F302")


# ---------------------------------------------------------------- figures added, taking a named total to T (F302)


@pytest.mark.parametrize(
    "text,fires",
    [
        (
            "Landings of cod at Brennock harbour fell 12 per cent to 41,200 tonnes. The quota for the port's fleet "
            "was cut to 52,000 tonnes. Haddock landings added 9,300 tonnes, taking total whitefish landings at the "
            "port to 50,500 tonnes.",
            False,
        ),
        (
            "Landings of cod at Brennock harbour fell 12 per cent to 41,200 tonnes. The quota for the port's fleet "
            "was cut to 52,000 tonnes. Haddock landings added 9,300 tonnes, taking total whitefish landings at the "
            "port to 58,500 tonnes.",
            True,
        ),
        (
            "Ticket sales brought in box-office revenue of £84.2m. Food and drink added £40.1m, or £3.90 per head, "
            "and screen advertising another £11.6m, giving total revenue of £135.9m.",
            False,
        ),
        (
            "Ticket sales brought in box-office revenue of £84.2m. Food and drink added £40.1m, or £3.90 per head, "
            "and screen advertising another £11.6m, giving total revenue of £145.9m.",
            True,
        ),
    ],
)
def test_figures_added_to_a_level_named_by_the_totals_noun(knowledge, text, fires):
    assert_checked(knowledge, text, "F302", fires)


def test_total_whose_noun_names_no_level_before_is_not_linked(knowledge):
    # `whitefish catches` is named by no clause before: which level the figure was added to, the text does not say
    text = (
        "The quota for the port's fleet was cut to 52,000 tonnes. Haddock landings added 9,300 tonnes, taking "
        "total whitefish catches to 50,500 tonnes."
    )
    assert_not_checked(knowledge, text, "F302")
