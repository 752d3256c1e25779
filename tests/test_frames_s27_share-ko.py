"""Korean shares read by a lane of the twenty-seventh session, each a rule for a construction:
- a sentence that only restates, as a fraction, the share of a part the sentence before drew from a whole its words
  mark (`W 가운데 P였다. 4곳 중 1곳꼴이다.`, or `이 가운데 P` after the whole's sentence), or whose fraction is the
  subject of a clause closed as a restatement (`4대 중 1대꼴이 …인 셈이다`): the fraction is that part's share of
  that whole (checker/link/fractions_restating_the_sentence_before.py);
- a part as the object of a verb joined to the share's clause (`P를 심어 연간 목표(W)의 Z%를 채웠다`): what was done
  comes to that share of the whole named after it (checker/link/genitive_wholes.py, `[link.part_done_then_whole]`);
- of several levels in the sentence before a share of a named whole, the one that closes that sentence as its
  predicate, reached from the others by a verb (`1월 A, 2월 B를 더해 C다.`), is the part
  (checker/link/wholes_then_shares_apart.py);
- a whole named first, then the part's name as the subject of the verb of share (`전체 W에서 X가 차지하는 비중은
  Z%`): the share of the last figure stated after that name (checker/link/share_subjects.py);
- a sentence closed as a restatement (`…셈이다`) that names a pool and a share of it (`W명 가운데 3분의 1이 받은
  셈이다`): the share of the one level of the pool's unit the sentence before states
  (checker/link/pool_shares_restating_the_sentence_before.py).

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

import pytest
from test_frames import assert_checked, assert_not_checked

# ---------------------------------------------------------------- `W 가운데 P였다. N곳 중 M곳꼴이다.`


@pytest.mark.parametrize("fraction,fires", [("4곳 중 1곳꼴", False), ("4곳 중 3곳꼴", True)])
def test_a_fraction_restating_the_marked_part_before(knowledge, fraction, fires):
    text = f"견학을 신청한 학교 640곳 가운데 160곳이 초등학교였다. {fraction}이다."
    assert_checked(knowledge, text, "F503", fires)


@pytest.mark.parametrize("fraction,fires", [("3명 중 1명꼴", False), ("3명 중 2명꼴", True)])
def test_a_fraction_after_a_part_opened_by_of_which(knowledge, fraction, fires):
    text = f"시립 도서관 회원은 9,000명이다. 이 가운데 어린이가 3,000명이었다. {fraction}이다."
    assert_checked(knowledge, text, "F503", fires)


@pytest.mark.parametrize("fraction,fires", [("5대 중 1대꼴", False), ("5대 중 2대꼴", True)])
def test_a_fraction_as_the_subject_of_a_restating_clause(knowledge, fraction, fires):
    text = f"시내 택시 3,500대 가운데 700대가 수소차다. {fraction}이 수소차인 셈이다."
    assert_checked(knowledge, text, "F503", fires)


@pytest.mark.parametrize("fraction,fires", [("4분의 1", False), ("3분의 1", True)])
def test_a_fraction_in_words_of_an_amount_of_money(knowledge, fraction, fires):
    text = f"구청은 문화 예산 48억원 가운데 12억원을 봄 축제에 썼다. {fraction}인 셈이다."
    assert_checked(knowledge, text, "F503", fires)


def test_a_pool_word_naming_the_whole(knowledge):
    text = "조사한 어선 1,250척 중 500척이 20년 넘은 배였다. 조사 어선 10척 중 4척꼴이다."
    assert_checked(knowledge, text, "F503", False)


def test_a_fraction_in_another_counter_is_no_share_of_the_part(knowledge):
    # (the fraction counts people; the part counts boats)
    text = "조사한 어선 1,250척 중 500척이 20년 넘은 배였다. 10명 중 4명꼴이다."
    assert_not_checked(knowledge, text, "F503")


def test_a_pool_word_the_whole_does_not_name(knowledge):
    text = "조사한 어선 1,250척 중 500척이 20년 넘은 배였다. 화물선 10척 중 4척꼴이다."
    assert_not_checked(knowledge, text, "F503")


def test_a_fraction_with_a_subject_of_its_own(knowledge):
    text = "견학을 신청한 학교 640곳 가운데 160곳이 초등학교였다. 중학교는 4곳 중 1곳꼴이다."
    assert_not_checked(knowledge, text, "F503")


def test_a_fraction_of_change_is_no_restatement(knowledge):
    text = "견학을 신청한 학교 640곳 가운데 160곳이 초등학교였다. 4곳 중 1곳꼴로 늘었다."
    assert_not_checked(knowledge, text, "F503")


# ---------------------------------------------------------------- `P를 V-어 목표(W)의 Z%를 채웠다`


@pytest.mark.parametrize("rate,fires", [("75%", False), ("85%", True)])
def test_a_part_done_then_the_share_of_the_target(knowledge, rate, fires):
    text = f"구청은 상반기에 낡은 보도블록 2,400장을 교체해 연간 계획(3,200장)의 {rate}를 마쳤다."
    assert_checked(knowledge, text, "F503", fires)


@pytest.mark.parametrize("rate,fires", [("30%", False), ("40%", True)])
def test_a_part_bought_then_its_share_of_the_whole(knowledge, rate, fires):
    text = f"조합은 올가을 배추 1,650톤을 사들여 전체 수확량 5,500톤의 {rate}를 김치 공장에 넘겼다."
    assert_checked(knowledge, text, "F503", fires)


def test_a_part_in_a_clause_of_its_own_is_no_part(knowledge):
    # (`뽑았고`: a clause closed before the whole; the share is of a part it never states)
    text = "물류센터는 올해 직원 320명을 새로 뽑았고 전체 인원 2,000명의 16%를 다른 센터로 보냈다."
    assert_not_checked(knowledge, text, "F503")


# ---------------------------------------------------------------- `1월 A, 2월 B를 더해 C다. 목표 W의 Z%`


@pytest.mark.parametrize("rate,fires", [("25%", False), ("35%", True)])
def test_the_level_closing_the_sentence_before(knowledge, rate, fires):
    text = f"올해 성금은 1월 2억원, 2월 3억원을 더해 5억원이다. 모금 목표치 20억원의 {rate}에 이르렀다."
    assert_checked(knowledge, text, "F503", fires)


def test_the_last_of_a_list_is_no_level_of_the_sentence(knowledge):
    text = "올해 성금은 1월 2억원, 2월 3억원이다. 모금 목표치 20억원의 25%에 이르렀다."
    assert_not_checked(knowledge, text, "F503")


# ---------------------------------------------------------------- `전체 W에서 X가 차지하는 비중은 Z%`


@pytest.mark.parametrize("rate,fires", [("25%", False), ("35%", True)])
def test_the_whole_named_first_then_the_part_as_subject(knowledge, rate, fires):
    text = f"올해 쌀 수매량은 8만톤이었다. 친환경 쌀은 2만톤이었다. 수매량 가운데 친환경 쌀이 차지하는 비중은 {rate}다."
    assert_checked(knowledge, text, "F503", fires)


@pytest.mark.parametrize("rate,fires", [("8%", False), ("12%", True)])
def test_the_whole_named_with_its_particle_then_the_subject(knowledge, rate, fires):
    text = (
        "가을 음악회 좌석은 5만석이었다. 학생석은 4,000석으로 지난해보다 늘었다. "
        f"전체 좌석에서 학생석이 차지하는 비율은 {rate}였다."
    )
    assert_checked(knowledge, text, "F503", fires)


def test_a_subject_the_story_never_states_is_no_part(knowledge):
    text = "가을 음악회 좌석은 5만석이었다. 학생석은 4,000석이었다. 전체 좌석에서 초대석이 차지하는 비율은 8%였다."
    assert_not_checked(knowledge, text, "F503")


# ---------------------------------------------------------------- `…P명이다. W명 가운데 3분의 1이 받은 셈이다.`


@pytest.mark.parametrize("share,fires", [("3분의 1", False), ("3분의 2", True)])
def test_a_pool_and_its_share_restating_the_level_before(knowledge, share, fires):
    text = f"올해 창업 지원금을 받은 청년은 260명이다. 신청한 780명 가운데 {share}이 지원금을 받은 셈이다."
    assert_checked(knowledge, text, "F503", fires)


@pytest.mark.parametrize("rate,fires", [("30%", False), ("45%", True)])
def test_a_budget_and_the_percent_spent_restating_the_level_before(knowledge, rate, fires):
    text = (
        "상반기에 집행한 제설 장비 구입비는 3억 3천만원이다. "
        f"구는 연간 배정액 11억원 가운데 {rate}를 벌써 집행한 셈이다."
    )
    assert_checked(knowledge, text, "F503", fires)


def test_a_pool_share_not_closed_as_a_restatement(knowledge):
    # (a clause of its own, no `셈이다`: the share says something new of the pool)
    text = "올해 창업 지원금을 받은 청년은 260명이다. 신청한 780명 가운데 3분의 1이 서울에 산다."
    assert_not_checked(knowledge, text, "F503")


def test_two_levels_before_leave_the_pool_share_unlinked(knowledge):
    text = "지원금을 받은 청년은 260명, 대기 중인 청년은 150명이다. 신청한 780명 가운데 3분의 1이 받은 셈이다."
    assert_not_checked(knowledge, text, "F503")


@pytest.mark.parametrize("rate,fires", [("30%", False), ("45%", True)])
def test_an_amount_given_to_each_is_no_level_of_the_pool(knowledge, rate, fires):
    text = (
        "제설기 30대를 한 대에 1,100만원씩 사들여 상반기에만 3억 3천만원을 썼다. "
        f"구는 연간 배정액 11억원 가운데 {rate}를 벌써 집행한 셈이다."
    )
    assert_checked(knowledge, text, "F503", fires)
