"""Shares of one member of a list (twenty-first session), each a rule for a construction
(checker/link/shares_of_listed_members.py):
- a story states a total, lists its parts in a later sentence, and the next sentence gives one member's share,
  naming the member by the words its clause opens on (`대출은 성인 회원 4만9,200권과 학생 회원 3만2,800권이다. 성인
  회원 비중은 60.0%에 이른다`, `Adults bought 7,000 passes and children 3,000 passes. Adults took 70% of the passes
  sold`): the part is the member named, the whole the one earlier level of the members' unit and kind larger than
  each;
- the same share in the list's own sentence, after a mark that opens its clause (`…, so walk-ins were 60% of the
  caseload`, `…126건으로 교통 민원이 70.0%였다`: `[link.listed_share_clause_marks]`);
- near misses: two earlier levels larger than each member, differing, leave the whole unsaid (a tie); a share's
  clause naming two members names no part; a second share of a sentence is another subject's.

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

import pytest
from test_frames import assert_checked, assert_not_checked, document, findings

# ---------------------------------------------------------------- the share in the sentence after the list

_LOANS_KO = (
    "한결도서관 대출 8만2천권\n\n"
    "한결도서관은 올해 대출 권수가 8만2,000권으로 지난해 7만7,000권보다 6.5% 늘었다고 4일 밝혔다.\n\n"
    "이용자는 주말에 몰렸다. 대출은 성인 회원 4만9,200권과 학생 회원 3만2,800권이다. 성인 회원 비중은 {share}에 이른다."
)


@pytest.mark.parametrize("share,fires", [("60.0%", False), ("75.0%", True)])
def test_a_share_of_the_member_its_subject_names_in_the_next_sentence_ko(knowledge, share, fires):
    assert_checked(knowledge, _LOANS_KO.format(share=share), "F503", fires)


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

_COMPLAINTS_KO = (
    "누리구 민원 420건 접수\n\n"
    "누리구는 지난달 접수된 생활 민원이 420건이라고 6일 밝혔다.\n\n"
    "처리 기간은 평균 닷새였다. 교통 민원이 294건, 환경 민원이 126건으로 교통 민원이 {share}였다."
)


@pytest.mark.parametrize("share,fires", [("70.0%", False), ("55.0%", True)])
def test_a_share_after_its_list_in_the_same_sentence_ko(knowledge, share, fires):
    assert_checked(knowledge, _COMPLAINTS_KO.format(share=share), "F503", fires)


_CLINIC_EN = (
    "Harbour clinic sees 9,000 patients\n\n"
    "The Harbour Street clinic treated 9,000 patients in its first year, its board said on Thursday.\n\n"
    "Walk-ins numbered 5,400 and referrals 3,600, so walk-ins were {share} of the caseload."
)


@pytest.mark.parametrize("share,fires", [("60%", False), ("45%", True)])
def test_a_share_after_its_list_in_the_same_sentence_en(knowledge, share, fires):
    assert_checked(knowledge, _CLINIC_EN.format(share=share), "F503", fires)


# ---------------------------------------------------------------- near misses

_TWO_TOTALS_KO = (
    "한빛카드 모바일 결제 30만건\n\n"
    "한빛카드의 지난달 모바일 결제는 30만건이었다. 업계 전체 모바일 결제 120만건 가운데 일부다.\n\n"
    "결제처별로는 편의점이 18만건, 카페가 12만건이었다. 카페 결제는 전체의 40%로 늘고 있다."
)


def test_two_earlier_levels_larger_than_each_member_leave_the_whole_unsaid(knowledge):
    assert_not_checked(knowledge, _TWO_TOTALS_KO, "F503")


_DAY_NIGHT_KO = (
    "두리공원 이용객 40만명\n\n"
    "두리공원의 올해 이용객이 40만명으로 집계됐다.\n\n"
    "시간대별로는 주간 이용객이 25만명, 야간 이용객이 15만명이었다. "
    "야간 이용객은 주간의 60% 수준으로, 격차가 줄고 있다."
)


def test_a_clause_naming_two_members_names_no_part(knowledge):
    assert_not_checked(knowledge, _DAY_NIGHT_KO, "F503")


_CATCH_KO = (
    "바다항 위판량 1만톤\n\n"
    "바다항의 올해 위판량은 1만톤이었다.\n\n"
    "어종별로는 고등어 6천톤, 갈치 3천톤, 오징어 1천톤이었다. 고등어가 전체의 60%로 가장 많았고 갈치는 10분의 3을 "
    "차지했다."
)


def test_a_second_share_of_a_sentence_is_another_subjects(knowledge):
    # (the fraction is the second subject's, 갈치: the first subject's part may not be taken for it)
    result = findings(knowledge, document(_CATCH_KO), select=["F503"], show_passed=True)
    assert not [f for f in result.findings if f.rule == "F503"], [f.message for f in result.findings]
