"""Korean rules of the twenty-third session narrowed to the constructions they were built for (a read-only review's
false alarms on invented clean copy), each with a must-fire, a must-pass and near-misses that must not be linked:

- a total mark joined to the total's noun (`[link.total_noun_marks]`): `총` only before a noun naming an amount,
  at a word's start (`총수입은`, `총관객은`, `총사업비는`, `총인원은`); a rank, an office, a team or a body that only
  starts with `총` (`총경`, `총무팀`, `총영사`, `총책`) or a whole of its own (`국내총생산`) closes no list;
- a price per a counted unit, then its total (checker/link/priced_totals.py): the total mark or the sales noun right
  before the total, only a particle or a hedge between (`마리당 …으로 모두 T`, `장당 …으로 입장권 매출은 T`); a mark
  before another noun (`전체 사업비는`, `모두 지원하는 사업 예산은`) names no total of the price, and a sentence opening
  on a part of a count stated before (`이 가운데`, `그중`, `이 중`) or a count below the sentence before's (`현장
  판매분 2만장은`) leaves the price unlinked;
- a total, then its parts ending the sentence on a copula (checker/link/totals_then_copula_lists.py): not figures
  naming their own period in the list (`지난해 …와 재작년 …`, `작년 …과 그 전해 …`), another body than the total's
  (`한결화학 직원은 …, 새봄제약 …과 누리건설 …`), nor under a total that is a target or a limit (`모집 목표는`,
  `정원은`: `[link.rival_whole_nouns]`);
- an amount restated per person over the lead's count (checker/link/per_person_restated.py): not when the mark's noun
  names a place's people (`시민 1인당`, `주민 1인당`, `군민 1인당`: `[link.population_nouns]`) and not the lead's count;
  a population noun that is the lead's own (`시민 3만명이 … 시민 1인당`) keeps it;
- a noun after a count names it (`8만명의 관람객`, checker/link/per_unit_apart.py), but not a noun that labels the
  figure after it (`2만7천명으로 관람객 10명 중 3명꼴`: the whole of a share): a figure per that noun is not over the
  count before it;
- `여` then a space before the myriad its last group counts in (`7억6천여 만원`, `2천여 만명`): one figure, no stray
  `만원` read after it.

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import claims, document, findings
from test_frames import assert_checked, assert_not_checked

# ---------------------------------------------------------------- `총` joined to a noun naming an amount


@pytest.mark.parametrize(
    "text,good,bad",
    [
        ("누리극장의 1관 관객 2만명, 2관 관객 {x}천명으로 총관객은 2만9천명이다.", "9", "19"),
        ("해오름시 체육관 사업은 국비 30억원, 시비 {x}억원으로 총사업비는 50억원이다.", "20", "25"),
        ("가람물산의 본사 120명, 지사 {x}명으로 총인원은 200명이다.", "80", "95"),
    ],
)
def test_a_total_noun_after_its_list_still_closes_it(knowledge, text, good, bad):
    assert_checked(knowledge, text.format(x=good), "F302", False)
    assert_checked(knowledge, text.format(x=bad), "F302", True)


@pytest.mark.parametrize(
    "text",
    [
        # (ranks: `총경` is a rank, not a total of the ranks before it)
        "경정 21명, 경감 17명과 총경 9명이 자리를 옮겼다.",
        # (a team whose name starts with `총`)
        "기획팀 14명, 홍보팀 11명, 총무팀 5명이 워크숍에 갔다.",
        # (an office, a ringleader: one more rank in the list)
        "참사관 4명, 영사 6명과 총영사 3명이 새로 임명됐다.",
        "조직원 11명, 중간책 4명과 총책 2명이 붙잡혔다.",
        # (a whole of its own inside a longer word: no sum of the figures before it)
        "나래국의 가계 소비 640조원, 기업 투자 520조원으로 국내총생산은 2,100조원이다.",
    ],
)
def test_a_word_that_only_starts_with_the_total_mark_closes_no_list(knowledge, text):
    assert_not_checked(knowledge, text, "F302")


# ---------------------------------------------------------------- a price per a counted unit, then its total


@pytest.mark.parametrize(
    "text,good,bad",
    [
        (
            "포획한 멧돼지는 1,800마리였다. 포상금은 마리당 20만원으로 모두 {t}이 나갔다.",
            "3억6천만원",
            "4억5천만원",
        ),
        ("입장권은 12만장이 팔렸다. 장당 1만2천원으로 입장권 매출은 {t}이다.", "14억4천만원", "24억원"),
        ("입장권은 12만장이 팔렸다. 장당 1만2천원으로 전체 매출은 {t}이다.", "14억4천만원", "24억원"),
    ],
)
def test_a_price_then_its_total_named_right_before_it(knowledge, text, good, bad):
    assert_checked(knowledge, text.format(t=good), "F317", False)
    assert_checked(knowledge, text.format(t=bad), "F317", True)


@pytest.mark.parametrize(
    "text",
    [
        # (a part of the count stated before, then the sales of all: whose the total is, not said)
        "관람권은 16만장이 나갔다. 이 가운데 2만장은 장당 1만5천원으로 매출은 9억원이다.",
        "전기차 1만대가 팔렸다. 그중 3천대는 대당 2천만원으로 판매액은 900억원이다.",
        "어민들이 잡은 꽃게는 5천마리였다. 이 중 1,500마리는 마리당 8만원으로 모두 2억원어치가 팔렸다.",
        # (a part named by a label, below the count of the sentence before)
        "관람권은 16만장이 나갔다. 현장 판매분 2만장은 장당 1만5천원으로 매출은 9억원이다.",
        "전기차 1만대가 팔렸다. 법인 판매분 3천대는 대당 2천만원으로 판매액은 900억원이다.",
        # (a mark before another noun: a budget, not the price times the count)
        "과수농가 240곳이 참여했다. 곳당 40만원으로 전체 사업비는 15억원이다.",
        "마을 120곳이 신청했다. 곳당 300만원씩 모두 지원하는 사업 예산은 8억원이다.",
    ],
)
def test_a_price_of_a_part_or_beside_another_amount_is_not_linked(knowledge, text):
    assert_not_checked(knowledge, text, "F317")


# ---------------------------------------------------------------- a total, then its parts on a copula


@pytest.mark.parametrize(
    "text,good,bad",
    [
        ("가온마트의 점포 수는 540개로, 가맹점 500개와 직영점 {x}개다.", "40", "60"),
        ("새 공장에는 약 700명이 일하게 되는데, 현지 인력이 640명이고 본사 인력이 {x}명이다.", "60", "90"),
    ],
)
def test_a_total_then_its_parts_on_a_copula_still_reads(knowledge, text, good, bad):
    assert_checked(knowledge, text.format(x=good), "F302", False)
    assert_checked(knowledge, text.format(x=bad), "F302", True)


@pytest.mark.parametrize(
    "text",
    [
        # (the same count for other periods, named in the list)
        "누리극장의 관객은 42만명으로, 지난해 36만명과 재작년 29만명이었다.",
        "올해 관람객은 50만명으로, 작년 44만명과 그 전해 38만명이었다.",
        # (the same count of other bodies)
        "한결화학 직원은 1,100명으로, 새봄제약 800명과 누리건설 600명이다.",
        # (a target or a limit, then what stands now)
        "모집 목표는 800명인데, 현재 신청자가 520명이고 대기자가 350명이다.",
        "가람고의 정원은 300명으로, 재학생 240명과 휴학생 75명이다.",
    ],
)
def test_figures_of_other_periods_bodies_or_a_target_are_no_parts(knowledge, text):
    assert_not_checked(knowledge, text, "F302")


# ---------------------------------------------------------------- an amount per person over the lead's count


@pytest.mark.parametrize(
    "text,good,bad",
    [
        (
            "바다시 수족관에 올해 6만명이 다녀갔다고 시가 밝혔다. 입장료 수입은 9억원으로 관람객 1인당 {e}꼴이다.",
            "1만5천원",
            "2만5천원",
        ),
        (
            "가온시 시민 3만명이 올해 평생교육 강좌를 들었다. 강좌 예산은 6억원으로 시민 1인당 {e}꼴이다.",
            "2만원",
            "5만원",
        ),
    ],
)
def test_an_amount_per_a_person_of_the_leads_count(knowledge, text, good, bad):
    assert_checked(knowledge, text.format(e=good), "F317", False)
    assert_checked(knowledge, text.format(e=bad), "F317", True)


@pytest.mark.parametrize(
    "text",
    [
        "누리시 도서관 이용객은 올해 15만명이었다. 도서 구입비는 9억원으로 시민 1인당 3천원꼴이다.",
        "해오름시 축제 관람객은 올해 20만명이었다. 축제 예산은 30억원으로 주민 1인당 1만원꼴이다.",
        "한빛군 체육관 이용객은 올해 4만명이었다. 운영비는 12억원으로 군민 1인당 2만원꼴이다.",
    ],
)
def test_an_amount_per_a_person_of_a_place_is_not_over_the_leads_count(knowledge, text):
    assert_not_checked(knowledge, text, "F317")


# ---------------------------------------------------------------- `여` then a space before the myriad


@pytest.mark.parametrize(
    "text,value",
    [
        ("사업비는 7억6천여 만원이다.", 7.6e8),
        ("누적 관객 2천여 만명이 찾았다.", 2e7),
        ("공사비로 1조3천여 억원을 들였다.", 1.3e12),
    ],
)
def test_over_then_a_spaced_myriad_is_one_figure(knowledge, text, value):
    found = claims(text, knowledge).claims
    assert len(found) == 1, [c.text for c in found]
    assert found[0].value == pytest.approx(value, rel=0.01)


def test_over_then_a_counter_is_not_a_myriad(knowledge):
    # (`3천여 명`: about three thousand people, the myriad not read into it)
    found = claims("행사에는 3천여 명이 다녀갔다.", knowledge).claims
    assert [round(c.value) for c in found] == [3000]


# ---------------------------------------------------------------- a noun after a count that labels the next figure


@pytest.mark.parametrize("each,fires", [("1만원", False), ("2만원", True)])
def test_a_noun_after_a_count_in_the_genitive_still_names_it(knowledge, each, fires):
    text = f"해솔관은 올해 8만명의 관람객을 맞았다. 입장료 수입은 8억원으로 관람객 1인당 평균 {each}꼴이다."
    assert_checked(knowledge, text, "F317", fires)


@pytest.mark.parametrize(
    "text",
    [
        # (`관람객 10명 중 3명꼴`: the noun after the count labels the share's whole, not the count of a group)
        "바람미술관 특별전에 9만명이 다녀갔다. 유료 관람객이 6만명, 무료 관람객이 3만명이었다. 40대가 2만7천명으로 "
        "관람객 10명 중 3명꼴이었다. 입장료 수입은 7억2천만원으로 유료 관람객 1인당 평균 1만2천원꼴이다.",
        "누리클럽의 회원은 4만명이다. 청년층이 1만2천명으로 회원 10명 중 3명꼴이다. 회비 수입은 8억원으로 회원 1인당 "
        "평균 2만원꼴이다.",
        "한결극장은 올해 8만명의 관람객을 맞았다. 주말 관객이 3만2천명으로 관람객 5명 중 2명꼴이었다. 매점 수입은 "
        "4억원으로 관람객 1인당 평균 5천원꼴이다.",
    ],
)
def test_a_noun_labelling_the_next_figure_names_no_count_before_it(knowledge, text):
    result = findings(knowledge, document(text), select=["F317"], show_passed=True)
    assert "F317" not in [f.rule for f in result.findings], [f.message for f in result.findings]
