"""Shares of one member of a list (twenty-first session), each a rule for a construction
(checker/link/shares_of_listed_members.py):
- a story states a total, lists its parts in a later sentence, and the next sentence gives one member's share,
  naming the member by the words its clause opens on (`관객은 유료 관객 3만4,100명과 초청 관객 1만8,300명이다. 유료 관객 비중은
  60%다`, `Adults bought 7,000 passes and children 3,000. Adults took 70% of them`): the part is the member named,
  the whole the one earlier level of the members' unit, kind and counter larger than each;
- the same share in the list's own sentence, after a mark that opens its clause (`…, so girls account for 52%`,
  `…100개 팀으로 초등부가 60%를 차지했다`, `[link.listed_share_clause_marks]`);
- near misses: two earlier levels of the unit larger than each member leave the whole unsaid (a tie), a share's
  clause naming two members (`여자부 관중은 남자부의 87%`) names no part, and a second share of a sentence (`A가
  37%로 가장 많았고 B는 5분의 1`) is another subject's.

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

import pytest
from test_frames import assert_checked, assert_not_checked

# ---------------------------------------------------------------- the share in the sentence after the list

_AUDIENCE_KO = (
    "솔빛시 여름축제 관객 5만2천명\n\n"
    "솔빛시는 올해 여름축제의 관객이 5만2,400명으로 지난해(4만6,000명)보다 13.9% 늘었다고 3일 밝혔다.\n\n"
    "올해는 공연 20편을 무대에 올렸다. 관객은 유료 관객 3만4,100명과 초청 관객 1만8,300명이다. 유료 관객 비중은 {share}로 "
    "처음으로 절반을 넘었다."
)


@pytest.mark.parametrize("share,fires", [("65.1%", False), ("80.0%", True)])
def test_a_share_of_the_member_its_subject_names_in_the_next_sentence_ko(knowledge, share, fires):
    assert_checked(knowledge, _AUDIENCE_KO.format(share=share), "F503", fires)


_PASSES_EN = (
    "Lakeview ski hill sells 10,000 passes\n\n"
    "Lakeview ski hill sold 10,000 passes this winter, up 25% from 8,000 a year earlier, its owners said on "
    "Monday.\n\n"
    "The hill opened on 40 days. Adults bought 7,000 passes and children 3,000 passes. Adults took {share} of the "
    "passes sold."
)


@pytest.mark.parametrize("share,fires", [("70%", False), ("55%", True)])
def test_a_share_of_the_member_its_subject_names_in_the_next_sentence_en(knowledge, share, fires):
    assert_checked(knowledge, _PASSES_EN.format(share=share), "F503", fires)


# ---------------------------------------------------------------- the share in the list's own sentence

_TEAMS_KO = (
    "새봄시 유소년 야구대회 250개 팀 참가\n\n"
    "새봄시는 올해 유소년 야구대회에 전국 250개 팀이 참가했다고 5일 밝혔다.\n\n"
    "경기는 12일 동안 열렸다. 초등부가 150개 팀, 중등부가 100개 팀으로 초등부가 {share}를 차지했다."
)


@pytest.mark.parametrize("share,fires", [("60.0%", False), ("45.0%", True)])
def test_a_share_after_its_list_in_the_same_sentence_ko(knowledge, share, fires):
    assert_checked(knowledge, _TEAMS_KO.format(share=share), "F503", fires)


_PUPILS_EN = (
    "Ridgefield schools enrol 5.00 lakh pupils\n\n"
    "Government schools in Ridgefield district have enrolled 5.00 lakh pupils for the new academic year, up 4% from "
    "4.81 lakh last year, the district office said on Tuesday.\n\n"
    "Girls make up 2.60 lakh of the pupils and boys 2.40 lakh, so girls account for {share} of enrolment."
)


@pytest.mark.parametrize("share,fires", [("52.0%", False), ("61.0%", True)])
def test_a_share_after_its_list_in_the_same_sentence_en(knowledge, share, fires):
    assert_checked(knowledge, _PUPILS_EN.format(share=share), "F503", fires)


# ---------------------------------------------------------------- near misses

_TWO_TOTALS_KO = (
    "다온손보 반려동물보험 12만건\n\n"
    "다온손보의 반려동물보험 계약이 12만건으로 집계됐다. 업계 전체 계약 50만건 가운데 일부다.\n\n"
    "동물별로는 개가 9만건, 고양이가 3만건이었다. 고양이 계약은 전체의 25%로 늘고 있다."
)


def test_two_earlier_levels_larger_than_each_member_leave_the_whole_unsaid(knowledge):
    assert_not_checked(knowledge, _TWO_TOTALS_KO, "F503")


_LEAGUES_KO = (
    "프로농구 관중 60만명\n\n"
    "올 시즌 프로농구 관중이 60만명으로 집계됐다.\n\n"
    "남녀부로 나누면 남자부가 32만명, 여자부가 28만명을 모았다. 여자부 관중은 남자부의 87% 수준이다."
)


def test_a_clause_naming_two_members_names_no_part(knowledge):
    assert_not_checked(knowledge, _LEAGUES_KO, "F503")


_TREES_KO = (
    "가온군 나무 1,000만그루 심어\n\n"
    "가온군은 올해 나무 1,000만그루를 심었다고 밝혔다.\n\n"
    "소나무 400만그루, 낙엽송 300만그루, 자작나무 200만그루, 기타 100만그루였다. 소나무가 전체의 40%로 가장 "
    "많았고 자작나무는 5분의 1을 차지했다."
)


def test_a_second_share_of_a_sentence_is_another_subjects(knowledge):
    result_text = _TREES_KO
    # (the fraction is of 자작나무, whose share is 200 / 1,000: no part this rule may take from the subject)
    from test_frames import document, findings

    result = findings(knowledge, document(result_text), select=["F503"], show_passed=True)
    assert not [f for f in result.findings if f.rule == "F503"], [f.message for f in result.findings]
