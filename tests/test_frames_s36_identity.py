"""What a figure is of, read from its own clause, joining a share to its whole paragraphs away (thirty-sixth
session, lane `identity`, checker/link/identities.py).

- A share whose whole is named by a noun (`전체 수확량의 30%`, `20% of all pupils`) and whose part stands beside it
  in its clause (`…의 30%인 480톤`, `480톤으로 전체 수확량의 30%`, `2,500 pupils …, 20% of all pupils`) is of the
  one level of the story whose clause, or whose listed parts, name that noun, in any paragraph before it: two such
  levels of different values, or none, link nothing.

Every sentence is written for this file, with invented places, names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import alarm_rules
from test_frames import assert_checked

SHARE = "F503"

# ---------------------------------------------------------------- Korean: `전체 N의 P%인 X`, the whole in the lead

_BUCKWHEAT = (
    "가람군 메밀 수확 늘어\n\n"
    "강원 가람군의 올해 메밀 수확량이 1천600톤으로 지난해보다 15% 늘었다고 군이 2일 밝혔다.\n\n"
    "군은 농가 수매가를 ㎏당 3천800원으로 정했고, 가공 공장 두 곳이 새로 문을 열었다.\n\n"
)


@pytest.mark.parametrize("share,fires", [("40%", True), ("30%", False)])
def test_ko_share_then_its_part_takes_the_whole_its_noun_names_paragraphs_back(knowledge, share, fires):
    text = _BUCKWHEAT + f"지역 농협은 전체 수확량의 {share}인 480톤을 사들이기로 했다."
    assert_checked(knowledge, text, SHARE, fires)


@pytest.mark.parametrize("share,fires", [("3분의 1", True), ("절반", False)])
def test_ko_fraction_then_its_part_by_a_verb(knowledge, share, fires):
    text = _BUCKWHEAT + f"지역 농협은 수확량의 {share}에 육박하는 790톤을 사들이기로 했다."
    assert_checked(knowledge, text, SHARE, fires)


# ---------------------------------------------------------------- English: `X …, P% of all N`, N counted by the parts

_PUPILS = (
    "Ashby schools grow\n\n"
    "Enrolment in the Ashby district stands at 12,500 this autumn: 5,200 pupils in primary schools, 4,300 pupils in "
    "middle schools and 3,000 pupils in high schools.\n\n"
    "The district hired 40 new teachers and spent $2.1 million on repairs over the summer.\n\n"
)


@pytest.mark.parametrize("share,fires", [("25%", True), ("20%", False)])
def test_en_share_of_all_takes_the_total_its_parts_count(knowledge, share, fires):
    text = _PUPILS + f"The district counts 2,500 pupils who need help with English, {share} of all pupils."
    assert_checked(knowledge, text, SHARE, fires)


@pytest.mark.parametrize("share,fires", [("8%", True), ("20%", False)])
def test_en_the_total_its_noun_names_not_the_larger_count_between(knowledge, share, fires):
    text = (
        _PUPILS + "Its libraries lent 31,000 during the year.\n\n"
        f"The district counts 2,500 pupils who need help with English, {share} of all pupils."
    )
    assert_checked(knowledge, text, SHARE, fires)


def test_en_share_of_another_noun_takes_no_total_of_pupils(knowledge):
    text = _PUPILS + "The district counts 2,500 pupils who need help with English, 25% of all learners in the county."
    assert SHARE not in alarm_rules(knowledge, text)
