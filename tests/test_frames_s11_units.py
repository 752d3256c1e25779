"""Units and unit definitions in constructions that recur across articles (eleventh session).

Every sentence is written for this file, with invented names and numbers. Each construction is tested where it
must be checked (and fires when one number is wrong) and, where relevant, where it must not be checked.
"""

from __future__ import annotations

import pytest
from helpers import document, findings
from test_frames import assert_checked, assert_not_checked

# ------------------------------------------------ a count of containers in TEU, with the unit's definition (F301)


@pytest.mark.parametrize(
    "text,fires",
    [
        (
            "한빛항의 지난해 컨테이너 물동량은 1천240만TEU(1TEU는 20피트 컨테이너 1개)로 "
            "전년(1천150만TEU) 대비 7.8% 증가했다.",
            False,
        ),
        (
            "한빛항의 지난해 컨테이너 물동량은 1천240만TEU(1TEU는 20피트 컨테이너 1개)로 "
            "전년(1천150만TEU) 대비 9.8% 증가했다.",
            True,
        ),
    ],
)
def test_teu_counted_beside_the_units_definition(knowledge, text, fires):
    assert_checked(knowledge, text, "F301", fires)


@pytest.mark.parametrize(
    "text",
    [
        "한빛항의 지난해 컨테이너 물동량은 1천240만TEU(1TEU는 20피트 컨테이너 1개)로 역대 최대였다.",
        "Orrin handled 3 boxes (1 box = 12 pallets) in May, and 15 pallets in June.",
    ],
)
def test_figures_of_a_units_definition_are_no_parts(knowledge, text):
    # the definition's figures are no part, whole or prior of the article's figures
    assert_not_checked(knowledge, text, "F302")
    assert_not_checked(knowledge, text, "F301")


# ------------------------------------------------------- a shortfall from a mark, not from an average (F305)


@pytest.mark.parametrize(
    "text,fires",
    [
        ("한빛항은 지난해 컨테이너 1천242만TEU를 처리했다. 목표치(1천318만TEU)에는 76만TEU 못 미쳤다.", False),
        # (a level from the sentence before is a guess, listed when it holds and never reported: the wrong
        # figure is shown with the level in the shortfall's own sentence)
        (
            "한빛항은 하루 평균 3만4천TEU꼴로 처리했다. 지난해 1천242만TEU로 목표치(1천318만TEU)에 96만TEU 못 미쳤다.",
            True,
        ),
    ],
)
def test_shortfall_from_the_level_of_the_sentence_before(knowledge, text, fires):
    assert_checked(knowledge, text, "F305", fires)


def test_shortfall_is_not_measured_from_a_daily_average(knowledge):
    # `하루 평균` makes the figure a rate per day: no level of the year's total the target sets
    assert_not_checked(
        knowledge,
        "한빛항은 하루 평균 3만4천TEU꼴로 처리한 셈이다. 다만 목표치(1천318만TEU)에는 76만TEU 못 미쳤다.",
        "F305",
    )


# ------------------------------------------------ an area in hectares, read as a measure and worded as one (F301)


@pytest.mark.parametrize(
    "text,fires",
    [
        ("한빛군의 산불 피해 면적은 150㏊로 전년 100㏊보다 50% 늘었다.", False),
        ("한빛군의 산불 피해 면적은 120㏊로 전년 100㏊보다 50% 늘었다.", True),
    ],
)
def test_area_in_hectares(knowledge, text, fires):
    assert_checked(knowledge, text, "F301", fires)
    messages = [f.message for f in findings(knowledge, document(text), select=["F301"]).findings]
    # (worded in the unit the article writes, not the base unit it is held in: tests/test_frames_s19b_display.py)
    assert all("㏊" in m and "km" not in m and "**" not in m for m in messages), messages


# ------------------------------------------------ growth between figures in TEU or hectares (F301)


@pytest.mark.parametrize(
    "text,fires",
    [
        ("한빛항의 지난해 컨테이너 물동량은 1천250만TEU로 1년 전 1천180만TEU보다 5.9% 늘었다.", False),
        ("한빛항의 지난해 컨테이너 물동량은 1천250만TEU로 1년 전 1천180만TEU보다 7.9% 늘었다.", True),
        ("올해 보리 재배면적은 4만2천㏊로 1년 전 4만5천㏊에서 6.7% 줄었다.", False),
        ("올해 보리 재배면적은 4만2천㏊로 1년 전 4만5천㏊에서 3.7% 줄었다.", True),
        ("Throughput at Port Kessel rose 4.2% to 8.95 million TEUs from 8.59 million TEUs.", False),
        ("Throughput at Port Kessel rose 6.2% to 8.95 million TEUs from 8.59 million TEUs.", True),
        ("The barley area shrank 6.7% to 42,000 hectares from 45,000 hectares.", False),
        ("The barley area shrank 9.7% to 42,000 hectares from 45,000 hectares.", True),
    ],
)
def test_growth_of_a_measure_in_teu_or_hectares(knowledge, text, fires):
    assert_checked(knowledge, text, "F301", fires)


def test_growth_between_teu_and_tonnes_is_not_checked(knowledge):
    # containers and tonnes are no one measure: no change is read between them
    assert_not_checked(knowledge, "한빛항의 물동량은 1천250만TEU로 1년 전 1천180만t보다 5.9% 늘었다.", "F301")
