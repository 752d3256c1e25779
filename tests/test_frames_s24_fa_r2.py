"""False links narrowed (twenty-fourth session, lane fa_r2), each a rule for a construction:
- an age group written as a round ten with `대` (`20대가 120명`, `40대 여성`: `[age_groups]`) is no count of
  vehicles, so it is no part of a list of counts of people (F302); a count of vehicles before other words
  (`버스 20대가 운행한다`) is still a count;
- a count per unit (F317) takes no total named by its word that has another count of the units' counter right
  before it in its clause (`열람실을 갖춘 4곳의 이용자가 …`: a part's total, `_of_other_units`);
- an added sum (`35곳에 … 126곳을 더하면 모두 161곳`, checker/link/added_sums.py) takes its parts among counts of
  the sum's own counter, never a larger count of another thing stated before (`부상자는 71명`);
- a figure between a mark and a verb of excess or shortfall (`목표 2,200톤을 150톤 웃돈`) is a difference, no level a
  change (F301) is of (`_difference_over_mark`).

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import claims, findings
from helpers import document as make
from test_frames import assert_checked

_PARTS = "F302"


@pytest.mark.parametrize(
    "text,fires",
    [
        # must-pass: the age groups' counts of people add up to the total (the near-miss: read as counts of 20
        # and 30 vehicles, the parts made 350 and the rule fired)
        ("동호회 회원 300명 중 20대가 123명, 30대가 177명이다.", False),
    ],
)
def test_age_groups_in_a_list_of_people(knowledge, text, fires):
    assert_checked(knowledge, text, _PARTS, fires)


def test_age_group_is_no_count(knowledge):
    texts = {c.text.strip() for c in claims("응답자 가운데 40대 여성이 가장 많았다.", knowledge).claims}
    assert "40대" not in texts
    vehicles = {c.text.strip() for c in claims("시내에는 전기 버스 20대가 운행한다.", knowledge).claims}
    assert "20대" in vehicles


_PER_UNIT = "F317"


@pytest.mark.parametrize(
    "text,fires",
    [
        # must-pass: the count named by the rate's word is the whole over the lead's units
        (
            "해솔시 도서관 6곳은 올해 문을 열었다. 작년 이용자가 4만 2,120명으로 집계됐다. "
            "도서관 한 곳당 평균 이용자는 7,020명꼴이다.",
            False,
        ),
        # must-fire: the average is off
        (
            "해솔시 도서관 6곳은 올해 문을 열었다. 작년 이용자가 4만 2,120명으로 집계됐다. "
            "도서관 한 곳당 평균 이용자는 9,020명꼴이다.",
            True,
        ),
    ],
)
def test_per_unit_named_total(knowledge, text, fires):
    assert_checked(knowledge, text, _PER_UNIT, fires)


def test_per_unit_total_of_other_units_not_linked(knowledge):
    # near-miss: the count named by the rate's word is that of 4 of the 6 sites (`4곳의 이용자가`), a part
    text = (
        "해솔시 도서관 6곳의 이용자가 4만 2,120명으로 집계됐다. 열람실을 갖춘 4곳의 이용자가 3만 1,450명으로 "
        "전체의 74.7%를 차지했다. 나머지 2곳은 1만 670명이 이용했다. 도서관 한 곳당 평균 이용자는 7,020명꼴이다."
    )
    result = findings(knowledge, make(text), select=[_PER_UNIT], show_passed=True)
    assert _PER_UNIT not in [f.rule for f in result.findings], [f.message for f in result.findings]


_PARTS_TEXT = (
    "화재는 64건으로 전년보다 줄었다. 부상자는 71명이었다. 화재 1건당 부상자는 1.11명꼴이다.\n\n"
    "군은 다음 달부터 마을회관 주변 35곳에 소화기 보관함을 추가로 만든다. 기존 126곳을 더하면 모두 {}곳이 된다."
)


@pytest.mark.parametrize("total,fires", [("161", False), ("181", True)])
def test_added_sum_parts_of_its_counter(knowledge, total, fires):
    # must-pass / must-fire: the added count and the one before it of the sum's counter (`35곳`, `126곳`); the
    # near-miss: the larger count of people before (`71명`) is no part of a sum of places (it made a false F302,
    # and through it a false F317 of the rate per fire)
    assert_checked(knowledge, _PARTS_TEXT.format(total), _PARTS, fires)
    if not fires:
        assert_checked(knowledge, _PARTS_TEXT.format(total), _PER_UNIT, False)


_CHANGE = "F301"


def test_change_not_of_a_difference_over_a_mark(knowledge):
    # near-miss: the figure between a target and `웃돈` is the excess over it, no level the rate compares
    text = (
        "해담군이 올해 사들인 녹차 잎이 모두 2,350톤으로 집계됐다. 수매 목표 2,200톤을 150톤 웃돈 양으로, "
        "지난해 수매량(1,880톤)과 비교하면 25.0% 많다."
    )
    result = findings(knowledge, make(text), select=[_CHANGE], show_passed=True)
    assert _CHANGE not in [f.rule for f in result.findings], [f.message for f in result.findings]


@pytest.mark.parametrize(
    "text,fires",
    [
        # must-pass / must-fire: a rate with its level in its sentence is still checked
        ("녹차 잎 수매량은 2,350톤으로 지난해 1,880톤과 비교하면 25.0% 많다.", False),
        ("녹차 잎 수매량은 2,350톤으로 지난해 1,880톤과 비교하면 35.0% 많다.", True),
    ],
)
def test_change_with_its_level(knowledge, text, fires):
    assert_checked(knowledge, text, _CHANGE, fires)
