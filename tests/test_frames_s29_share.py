"""Shares left without members by every other reading (twenty-ninth session, lane share): the general readings of
checker/link/share_fallback_ko.py and checker/link/share_fallback.py.

- Korean, a whole stated right before its share (`W의 S`): the part is the one level of the whole's kind, unit and
  counter stated before the whole in its sentence (the sentence's subject), else the one level of the sentence before
  in its paragraph; a target may be the whole; `에 조금 못 미친다` after a share is a bound just below it;
- near misses link nothing: two levels of the unit before (a list), another period's or another metric's level,
  a level no smaller than the whole, a figure of the unit after the share (the clause states its own part), another
  counter.

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import document, findings
from test_frames import assert_checked, assert_not_checked

# ---------------------------------------------------------------- Korean: the whole stated right before its share


@pytest.mark.parametrize("share,fires", [("70%", False), ("80%", True)])
def test_a_stated_target_after_the_level_of_the_sentence_before(knowledge, share, fires):
    text = (
        f"한빛전자는 3분기까지 전기 자전거 1천960대를 팔았다. 올해 판매 계획 2천800대의 {share}를 석 달 남기고 채웠다."
    )
    assert_checked(knowledge, text, "F503", fires)


@pytest.mark.parametrize("share,fires", [("3분의 2 가까이", False), ("4분의 1 가까이", True)])
def test_a_quoted_whole_after_the_level_of_the_sentence_before(knowledge, share, fires):
    text = f'상반기 누적 관객은 39만 명이다. 박지현 관장은 "올해 관객 목표 60만 명의 {share}를 벌써 채웠다"고 설명했다.'
    assert_checked(knowledge, text, "F503", fires)


@pytest.mark.parametrize("share,fires", [("4분의 1꼴", False), ("절반꼴", True)])
def test_the_subject_of_the_whole_s_sentence_is_the_part(knowledge, share, fires):
    text = f"이번 학기 원격 수업을 택한 학급 45개는 시내 학급 180개의 {share}이다."
    assert_checked(knowledge, text, "F503", fires)


@pytest.mark.parametrize("share,fires", [("3분의 1을 넘는", False), ("절반을 넘는", True)])
def test_a_converted_sum_of_the_sentence_before_is_the_part(knowledge, share, fires):
    text = (
        "수산물 가공업체 서해씨푸드는 일본 유통사와 1천500만 유로(약 230억 원) 규모의 조미김 공급 계약을 체결했다. "
        f"작년 매출 600억 원의 {share} 규모다."
    )
    assert_checked(knowledge, text, "F503", fires)


@pytest.mark.parametrize("part,fires", [("46억 원", False), ("58억 원", True)])
def test_a_little_short_of_a_fraction_is_a_bound_below_it(knowledge, part, fires):
    # (`5분의 1에 조금 못 미친다`: below a fifth, near it)
    text = f"재단의 장학금 지출은 올해 {part}이다. 동문 기부금 총액 250억 원의 5분의 1에 조금 못 미친다."
    assert_checked(knowledge, text, "F503", fires)


# ---------------------------------------------------------------- near misses: no link


@pytest.mark.parametrize(
    "text",
    [
        # two levels of the unit in the sentence before: which one the share is of, unsaid
        "농협은 올해 사과 300톤과 배 200톤을 사들였다. 연간 수매 계획 1천 톤의 30%를 채웠다.",
        # another metric's level before a whole of revenue
        "영업이익은 40억 원이었다. 매출 200억 원의 20%를 해외에서 올렸다.",
        # a level no smaller than the whole
        "올해 관람객은 9만 명이다. 지난 목표 6만 명의 15%를 넘는 수치다.",
        # another year's level of the sentence before
        "2024년 수출은 70억 원이었다. 2026년 목표 280억 원의 25%다.",
        # a change is no part of the level it moves
        "공방 매출은 지난해보다 20억 원 늘었다. 연간 매출 200억 원의 10%다.",
        # another counter: households are no whole of people
        "마을 주민 120명이 모였다. 전체 가구 300가구의 40%다.",
    ],
)
def test_near_misses_are_not_linked(knowledge, text):
    assert_not_checked(knowledge, text, "F503")


# ---------------------------------------------------------------- clean paragraphs: nothing fires

CLEAN = [
    "청솔군은 올해 감자 4천 톤을 수확했다. 농협은 1천 톤을 사들였다. 연간 수매 목표 2천 톤의 절반이다.",
    "시립 수영장의 올여름 이용객은 6만 명이다. 어린이 이용객 1만5천 명은 전체 이용객 6만 명의 4분의 1이다.",
    "회사는 올해 로봇 팔 320대를 팔았다. 연간 목표 400대의 80%다.",
    "지난해 매출은 500억 원이었다. 올해 상반기 매출은 290억 원으로 연간 목표 600억 원의 절반에 조금 못 미친다.",
    "영업이익은 12억 원이었고 직원은 85명이다. 매출 90억 원의 13% 수준이다.",
    "도서관은 올해 책 2만 권을 샀다. 어린이 책 5천 권, 소설 4천 권이다. 전체 장서 40만 권의 5%에 해당한다.",
    "관광객은 지난해 15만 명이었다. 올해 축제 예산 8억 원의 30%를 공연에 쓴다.",
    "공단 입주 기업 60곳 가운데 수출 기업은 24곳이다. 전체의 40%다.",
    "올해 신규 채용은 45명이다. 전체 직원 300명의 15%다.",
    "선박 12척을 수주했다. 계약 금액은 4억 달러로 지난해 수주액 10억 달러의 40%에 해당한다.",
    "농가 80곳이 참여했다. 군내 농가 400곳의 5분의 1이다.",
    "조합원 1천200명 가운데 900명이 투표했다. 투표율은 75%다.",
    "행사장을 찾은 12만 명 가운데 외국인은 1만8천 명으로 15% 수준이었다.",
    "올해 택배 물량은 3억 상자다. 하루 평균 82만 상자꼴이다.",
    "2025년 생산량은 800톤이었다. 2026년 생산 계획 1천 톤의 90%를 넘길 전망이다.",
    "체육관 회원 2천 명이 등록했다.\n\n수영 강좌 정원 500명의 80%가 찼다.",
]


@pytest.mark.parametrize("text", CLEAN)
def test_clean_paragraphs_fire_nothing(knowledge, text):
    result = findings(knowledge, document(text), show_passed=True)
    assert not [f.message for f in result.findings if f.severity in ("error", "warning")]
