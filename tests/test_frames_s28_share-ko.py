"""Korean shares left without members by every other reading (twenty-eighth session, checker/link/share_fallback_ko.py):
a share naming its whole by a noun and the genitive (`전체 이용객의 절반`, `복지 예산의 25%`) takes as its part the
level its clause states (apposed after it, joined to it by `로`, the one level before it in its sentence, or the one
level of the sentence before), and as its whole the story's total of that level's kind stated in an earlier sentence
(the largest after `전체`; the nearest its own noun names otherwise). Near misses: another subject opening the share's
sentence, a past period before the genitive, a band of prices, a list of levels, a noun that names no earlier figure.

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import document, findings
from test_frames import assert_checked, assert_not_checked

# ---------------------------------------------------------------- the one level before the share in its sentence


@pytest.mark.parametrize("part,fires", [("26억원", False), ("13억원", True)])
def test_the_level_before_a_share_of_the_story_total(knowledge, part, fires):
    text = f"동네 수영장 매출은 올해 52억원이었다. 여름방학 한 달 동안 {part}을 벌어 전체 매출의 절반을 채웠다."
    assert_checked(knowledge, text, "F503", fires)


# ---------------------------------------------------------------- the one level of the sentence before


@pytest.mark.parametrize("share,fires", [("25%", False), ("40%", True)])
def test_the_level_of_the_sentence_before(knowledge, share, fires):
    text = f"구립 도서관은 올해 책 구입에 8억원을 썼다. 어린이 열람실 책에는 2억원이 들었다. 전체 구입비의 {share}다."
    assert_checked(knowledge, text, "F503", fires)


@pytest.mark.parametrize("share,fires", [("25%", False), ("45%", True)])
def test_a_noun_of_its_own_names_the_whole(knowledge, share, fires):
    text = f"군의 올해 복지 예산은 120억원이다. 군은 노인 일자리에 30억원을 쓴다. 복지 예산의 {share}다."
    assert_checked(knowledge, text, "F503", fires)


@pytest.mark.parametrize("share,fires", [("30%", False), ("60%", True)])
def test_a_subject_the_sentence_before_names(knowledge, share, fires):
    text = f"농장의 올봄 딸기 출하량은 900톤이다.\n\n설향은 270톤이 팔렸다. 설향 물량은 전체 출하량의 {share}에 이른다."
    assert_checked(knowledge, text, "F503", fires)


# ---------------------------------------------------------------- apposed after the share, the whole paragraphs before


@pytest.mark.parametrize("share,fires", [("40%인", False), ("70%인", True)])
def test_a_part_apposed_after_the_share(knowledge, share, fires):
    text = (
        "항구 어시장의 올해 위판량은 1만5천톤이다.\n\n상인회는 냉동 창고를 새로 만들었다.\n\n"
        f"겨울에만 전체 위판량의 {share} 6천톤이 팔렸다."
    )
    assert_checked(knowledge, text, "F503", fires)


# ---------------------------------------------------------------- near misses: no link


@pytest.mark.parametrize(
    "text",
    [
        # another subject opens the share's sentence
        "과수원 계약 규모는 모두 9억원이다. 나머지 7억2천만원은 수확 뒤에 받는다. 선금은 전체 계약의 20%다.",
        # a past period before the genitive: a comparison, not a share
        "올해 공연 관객은 4만명이다. 여름 공연에 1만2천명이 왔다. 지난해의 30% 수준이다.",
        # a band of prices is no part
        "선물 세트 판매량은 20만 세트, 매출은 300억원이다. 5만 원대 실속 세트가 전체 물량의 45%를 차지했다.",
        # a noun that names no earlier figure
        "올해 매출은 200억원이다. 회사는 홍보에 12억원을 썼다. 인건비의 40%다.",
        # a level beside the part in its sentence is no whole
        "광산의 구리 생산은 64만톤이었고 아연은 52만톤으로 전체의 47%를 차지했다.",
        # the share of another unit's whole
        "시청 직원은 1,200명이다. 이 가운데 600명이 재택근무를 신청했다. 직원들은 연봉의 5%를 성과급으로 받는다.",
        # another year's figure is no part of this year's total
        "시의 올해 관광객은 50만명이다.\n\n지난해 시는 관광객 12만명을 유치했다. 전체의 24% 수준이었다.",
    ],
)
def test_near_misses_are_not_linked(knowledge, text):
    assert_not_checked(knowledge, text, "F503")


# ---------------------------------------------------------------- clean paragraphs: nothing fires

CLEAN = [
    "섬마을 관광객은 올해 12만명이다. 여객선 이용객은 7만명이었다. 전체 관광객의 절반을 넘는다.",
    "시립 미술관 관람객은 9만명이다. 어린이 관람객이 2만7천명으로 전체 관람객의 30%를 차지했다.",
    "구의 올해 도로 예산은 80억원이다. 구는 보도 정비에 20억원을 쓴다. 도로 예산의 25%에 해당한다.",
    "마라톤 대회에 1만2천명이 참가했다.\n\n풀코스 참가자는 3천명이었다. 전체 참가자의 25% 수준이다.",
    "올해 쌀 수매량은 4만톤이다.\n\n농협은 1만톤을 사들였다. 전체 수매량의 4분의 1이다.",
    "축제 예산은 6억원이다. 공연비로 1억5천만원을 썼다. 예산의 25%다.",
    "지역 택시는 2,000대다. 전기 택시가 500대로 전체의 25%다.",
    "공단 입주 기업은 240곳이다. 수출 기업은 60곳이었다. 전체 기업의 25%다.",
    "정비소는 올해 차량 4,800대를 고쳤다. 화물차가 1,200대였다. 전체의 25%다.",
    "체육관 회원은 3,000명이다. 아침 반에 900명이 등록했다. 전체 회원의 30%다.",
    "올해 꿀 생산량은 600톤이다. 아카시아꿀은 360톤으로 전체 생산량의 60%였다.",
    "해수욕장 방문객은 올여름 40만명이다. 8월 한 달 동안 20만명이 찾아 전체 방문객의 절반을 채웠다.",
    "도서관 장서는 10만권이다. 어린이 도서는 2만5천권으로 전체의 25%다.",
    "올해 사과 수출은 2,400톤이다. 대만으로 1,200톤이 나갔다. 전체 수출량의 절반이다.",
    "마라톤 참가자는 1만6천명이다.\n\n해외 참가자가 4천명이었다. 전체 참가자의 4분의 1이다.",
    "회사의 연구 인력은 400명이다. 박사급이 100명으로 전체의 25%다.",
    "농장 직원 50명이 사과 30톤을 땄다. 하루 평균 2톤씩이다.",
]


@pytest.mark.parametrize("text", CLEAN)
def test_clean_paragraphs_fire_nothing(knowledge, text):
    result = findings(knowledge, document(text), show_passed=True)
    assert not [f.message for f in result.findings if f.severity in ("error", "warning")]
