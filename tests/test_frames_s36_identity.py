"""What a figure is of, read from its own clause, joining a share to its whole paragraphs away (thirty-sixth
session, lane `identity`, checker/link/identities.py).

- A share whose whole is named by a noun (`전체 수확량의 30%`, `20% of all pupils`) and whose part stands beside it
  in its clause (`…의 30%인 480톤`, `480톤으로 전체 수확량의 30%`, `2,500 pupils …, 20% of all pupils`) is of the
  one level of the story whose clause, or whose listed parts, name that noun, in any paragraph before it: two such
  levels of different values, or none, link nothing. A share with no part beside it takes the one figure of the
  whole's unit before it in its sentence, or the one in the sentence before when that sentence ends on it; a figure
  another share is of is a part, no level the noun names.

Every sentence is written for this file, with invented places, names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import alarm_rules, claims
from test_frames import assert_checked

from checker.link.identities import link_shares_of_identified_wholes
from checker.link.segment import segment

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


@pytest.mark.parametrize("share,fires", [("40%", True), ("30%", False)])
def test_ko_share_takes_its_part_from_the_sentence_before(knowledge, share, fires):
    text = (
        _BUCKWHEAT + f"지역 농협은 이 가운데 480톤을 ㎏당 3천800원에 사들이기로 했다. 전체 수확량의 {share} 수준이다."
    )
    assert_checked(knowledge, text, SHARE, fires)


def _joined_by_the_account(knowledge, text: str, rate: str) -> bool:
    """Whether the reading by identity (alone, the share's links cleared) joins the share to anything."""
    found = claims(text, knowledge)
    share = next(c for c in found.claims if c.text.strip() == rate)
    share.share_part = share.share_whole = None
    body = found.document.normalized
    starts = segment(body.text, body.body_start, "ko").sentence_starts
    link_shares_of_identified_wholes(found.claims, body.text, "ko", starts)
    return share.share_whole is not None


def test_ko_a_share_whose_subject_names_another_part_takes_none_from_the_sentence_before(knowledge):
    text = _BUCKWHEAT + "농협은 이 가운데 480톤을 사들이기로 했다. 종자용 물량은 전체 수확량의 30% 수준이다."
    assert not _joined_by_the_account(knowledge, text, "30% 수준")


def test_ko_a_list_before_gives_no_part(knowledge):
    text = _BUCKWHEAT + "품종별로는 단메밀 480톤, 쓴메밀 350톤, 찰메밀 270톤이다. 전체 수확량의 40%다."
    assert not _joined_by_the_account(knowledge, text, "40%")


def test_ko_the_sentence_before_ending_on_another_level_gives_no_part(knowledge):
    text = _BUCKWHEAT + "농협은 480톤을 사들이고 나머지 1천120톤은 농가가 직접 판다. 전체 수확량의 30%다."
    assert not _joined_by_the_account(knowledge, text, "30%")


def test_ko_a_figure_beside_the_whole_in_the_sentence_before_is_no_part(knowledge):
    text = (
        "다온 베이커리 가맹점 매출\n\n다온에프앤비는 3분기 본사 매출이 90억 원이라고 밝혔다.\n\n"
        "가맹점 전체의 3분기 매출은 520억 원으로 점포당 2억 원꼴이다. 본사 매출은 가맹점 매출의 6분의 1 수준이다."
    )
    assert not _joined_by_the_account(knowledge, text, "6분의 1 수준")


def test_ko_a_level_another_share_is_of_is_no_whole_the_noun_names(knowledge):
    text = (
        "누리 단풍축제 24만명\n\n"
        "누리군 단풍축제에 올해 24만명이 다녀갔다고 군이 5일 밝혔다.\n\n"
        "외지 관람객이 15만명으로 전체의 62.5%를 차지했다.\n\n"
        "입장료는 5천원이었다. 유료 입장객 12만명이 표를 사 전체 관람객의 절반이 유료로 입장했다."
    )
    # (12만명 is 80% of the visitors from outside, 15만명: a part itself, no whole of the share)
    assert not _joined_by_the_account(knowledge, text, "절반")


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
