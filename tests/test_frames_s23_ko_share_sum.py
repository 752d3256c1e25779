"""Korean shares and sums (twenty-third session), each a rule for a construction:

- a total mark joined to the total's own noun (`[link.total_noun_marks]`: `총수입은 40억원`, `합친 총수입은`, `합한
  누적 관객은`) closes the list of figures before it in its clause, as `총 40억원` does (checker/link/totals.py); only
  parts of the total's own counter (`1편과 2편을 합한 관객은 900만명`: films are no part of a count of people) and of
  one metric (`매출은 …, 영업이익은 …으로 총자산은 …`), and no word that merely starts with `총` (`총선`, `총리`); a
  marked total the list is compared with (`총 300석의 10%에 불과하다`, `총생산능력 5,000대에 못 미친다`,
  `[link.total_compared_after]`) is no sum of it, for either mark;
- `팀` is a counter (`국내 26팀과 해외 9팀 등 모두 35팀`), not before `장`, `원` (`3팀장`); more counters of a count
  out of a count (`10상자 중 6상자꼴`, `10켤레 중 6켤레`, `[fractions] among_counters`);
- a share of a whole joined to it by the genitive, of the level its sentence states first, whatever period that level
  names (checker/link/shares_of_a_whole_after_their_part.py: `6월 한 달 방문객은 P으로, 2분기 전체 방문객 W의 10명
  중 4명꼴이었다`, `7월 한 달 판매는 P로, 3분기 전체 판매 W의 R였다`; a target reached, `R를 채웠다`, is said of the
  level too); a share that is the object of another verb (`W의 R가 참여했다`) is none, nor a part compared with a
  figure (`P보다 많은 W의 R`);
- a share opening a sentence of the parts of the sentence before's figure, then the part it comes to
  (checker/link/shares_opening_of_which.py: `W를 들인다. 이 가운데 절반인 P는 …`); two levels in the sentence before
  leave it unlinked, and a share with no part after it (`이 가운데 절반이 …`) is not this;
- a total, then past a clause joint its parts to the sentence's end on a copula
  (checker/link/totals_then_copula_lists.py: `T로, A X와 B Y다`, `T이 …되는데, A가 X이고 B가 Y이다`); a list
  ending on a verb (`… 50억원과 … 30억원을 냈다`) or of figures compared (`지난해 800명과 … 700명보다 많다`) is not.

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

import pytest
from test_frames import assert_checked, assert_not_checked

# ---------------------------------------------------------------- a total mark joined to the total's noun


@pytest.mark.parametrize(
    "text",
    [
        "보람축제의 입장권 수입은 32억원, 체험 수입은 {x}억원으로 총수입은 40억원이었다.",
        "보람축제의 입장권 수입 32억원과 체험 수입 {x}억원을 합친 총수입은 40억원이었다.",
        "누리극장의 1관 관객 2만4천명과 2관 관객 {x}천명을 합한 누적 관객은 3만2천명이다.",
    ],
)
@pytest.mark.parametrize("x,fires", [("8", False), ("18", True)])
def test_a_total_mark_joined_to_the_totals_noun_closes_the_list(knowledge, text, x, fires):
    assert_checked(knowledge, text.format(x=x), "F302", fires)


def test_parts_of_another_counter_are_no_parts_of_a_total_marked_by_its_noun(knowledge):
    # (`1편`, `2편` name the films; the audience is counted in people)
    text = "누리시리즈의 1편(310만명)과 2편을 합한 누적 관객은 900만명이다."
    assert_not_checked(knowledge, text, "F302")


def test_a_word_that_starts_with_the_total_mark_is_no_total(knowledge):
    text = "가온당은 지역구 20석, 비례 10석을 얻었다. 총선은 40석을 두고 치러졌다."
    assert_not_checked(knowledge, text, "F302")


@pytest.mark.parametrize(
    "text",
    [
        # (a total the list is compared with, not its sum: `[link.total_compared_after]`)
        "가온당 20석, 나래당 10석으로 총의석 300석의 10%에 불과하다.",
        "가온당 20석, 나래당 10석으로 총 300석의 10%에 불과하다.",
        "새봄전자의 서울 공장 1,200대, 부산 공장 800대로 총생산능력 5,000대에 못 미친다.",
        # (figures of two metrics are no list of a total named by its noun)
        "한빛상사의 매출은 300억원, 영업이익은 30억원으로 총자산은 1,000억원이다.",
    ],
)
def test_a_total_compared_with_the_list_or_of_another_metric_is_no_sum(knowledge, text):
    assert_not_checked(knowledge, text, "F302")


def test_a_genitive_before_the_counted_noun_keeps_the_total(knowledge):
    # (`36개의 메달`: the genitive joins the count to its noun, not to a share)
    text = "나래시 선수단은 금메달 12개, 은메달 9개, 동메달 25개 등 36개의 메달을 땄다."
    assert_checked(knowledge, text, "F302", True)


# ---------------------------------------------------------------- `팀` and more counters of a count out of a count


@pytest.mark.parametrize("abroad,fires", [("9", False), ("19", True)])
def test_teams_are_counted(knowledge, abroad, fires):
    text = f"올해 나래음악제에는 국내 26팀과 해외 {abroad}팀 등 모두 35팀이 참가했다."
    assert_checked(knowledge, text, "F302", fires)


def test_a_team_leader_is_no_count_of_teams(knowledge):
    text = "나래음악제에는 국내 26팀과 해외 9팀이 올랐다. 모두 3팀장이 맡았다."
    assert_not_checked(knowledge, text, "F302")


@pytest.mark.parametrize(
    "text",
    [
        "한결농장의 항공 출하는 1만4,400상자로, 전체 출하량 2만4천상자의 10상자 중 {n}상자꼴이었다.",
        "가람제화의 1공장 생산은 1,260만켤레로, 전체 생산량 2,100만켤레의 10켤레 중 {n}켤레꼴이었다.",
    ],
)
@pytest.mark.parametrize("n,fires", [("6", False), ("8", True)])
def test_more_counters_of_a_count_out_of_a_count(knowledge, text, n, fires):
    assert_checked(knowledge, text.format(n=n), "F503", fires)


# ---------------------------------------------------------------- `P으로, … W의 R이었다`: the whole joined to the share


@pytest.mark.parametrize(
    "text,good,bad",
    [
        (
            "한솔랜드의 2분기 방문객은 150만명이었다. 6월 한 달 방문 어린이는 60만명으로, 2분기 전체 방문객 150만명의 "
            "10명 중 {r}꼴이었다.",
            "4명",
            "6명",
        ),
        (
            "새봄전자의 3분기 판매는 1만3,000대였다. 7월 한 달 판매는 3,240대로, 3분기 전체 판매 1만2,960대의 {r}였다.",
            "25.0%",
            "35.0%",
        ),
        (
            "새봄전자의 3분기 판매는 1만3,000대였다. 9월 한 달 판매는 3,900대로, 3분기 전체 판매 1만2,960대의 "
            "10대 중 {r}꼴이었다.",
            "3대",
            "5대",
        ),
    ],
)
def test_a_share_of_the_whole_joined_to_it_is_of_the_level_its_sentence_states_first(knowledge, text, good, bad):
    assert_checked(knowledge, text.format(r=good), "F503", False)
    assert_checked(knowledge, text.format(r=bad), "F503", True)


def test_a_share_that_is_the_object_of_another_verb_is_not_the_levels(knowledge):
    # (40% of the members took part in an event: not the share of the 300 in the 1,000)
    text = "한빛 경로당의 여성 회원은 330명으로, 전체 회원 1,100명의 40%가 행사에 참여했다."
    result_rule = "F503"
    from test_frames import document, findings

    result = findings(knowledge, document(text), select=[result_rule], show_passed=True)
    assert not any(p.rule == result_rule and "330명" in p.message for p in result.passed)


def test_a_level_compared_with_the_whole_is_no_part_of_it(knowledge):
    # (`3만2,400대보다 많은`: the first figure is compared, not the level the share is of)
    text = "새봄전자는 지난해 3만2,400대보다 많은 연간 목표 4만3,200대의 90%를 채웠다."
    assert_not_checked(knowledge, text, "F503")


# ---------------------------------------------------------------- `이 가운데 절반인 P`: the sentence before's figure


@pytest.mark.parametrize(
    "text",
    [
        "소담군은 저장고 확충에 64억원을 들인다. 이 가운데 {r}인 {p}억원은 국비로 충당한다.",
        "소담군은 올해 저장고 확충에 64억원을 쓴다. 이 중 {r}인 {p}억원은 도비다.",
    ],
)
@pytest.mark.parametrize("r,p,fires", [("절반", "32", False), ("절반", "22", True), ("4분의 1", "16", False)])
def test_a_share_opening_a_sentence_of_parts_is_of_the_sentence_befores_figure(knowledge, text, r, p, fires):
    assert_checked(knowledge, text.format(r=r, p=p), "F503", fires)


def test_two_figures_before_leave_the_opened_share_unlinked(knowledge):
    text = "소담군은 저장고 확충에 64억원을, 도로 보수에 30억원을 들인다. 이 가운데 절반인 22억원은 국비로 충당한다."
    assert_not_checked(knowledge, text, "F503")


def test_an_opened_share_with_no_part_after_it_is_not_this(knowledge):
    text = "소담군은 저장고 확충에 64억원을 들인다. 이 가운데 절반이 국비다. 남은 예산은 22억원이다."
    assert_not_checked(knowledge, text, "F503")


# ---------------------------------------------------------------- `T로, A X와 B Y다`: the parts to the sentence's end


@pytest.mark.parametrize(
    "text",
    [
        "가온베이커리의 10월 말 점포 수는 540개로, 가맹점 500개와 직영점 {x}개다.",
        "공장이 완공되면 약 900명이 일하게 되는데, 현지 인력이 860명이고 파견 인력이 {x}명이다.",
        "다솜푸드의 3분기 매출은 1,320억원으로, 가맹점 1,280억원과 직영점 {x}억원이었다.",
    ],
)
@pytest.mark.parametrize("x,fires", [("40", False), ("140", True)])
def test_a_total_then_its_parts_ending_on_a_copula(knowledge, text, x, fires):
    assert_checked(knowledge, text.format(x=x), "F302", fires)


@pytest.mark.parametrize(
    "text",
    [
        "다솜푸드의 올해 매출은 500억원으로, 영업이익 50억원과 순이익 30억원을 냈다.",
        "가온베이커리 직원은 900명으로, 지난해 800명과 2년 전 700명보다 많다.",
        "가온베이커리 직원은 900명으로, 서울 500명과 부산 300명이 가장 많다.",
    ],
)
def test_a_list_after_a_total_not_ending_on_a_copula_is_no_breakdown(knowledge, text):
    assert_not_checked(knowledge, text, "F302")
