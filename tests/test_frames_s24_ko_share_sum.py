"""Korean shares and sums (twenty-fourth session), each a rule for a construction:

- a rate named by a noun of a part over its whole (`[link.part_rate_nouns]`) may open the sentence after the marked
  pair it is of (`예산 W 가운데 P를 썼다. 집행률은 R다`; checker/link/shares_of_part_rates.py): the pair ends the
  sentence before, the rate is the first figure after it; a compound noun (`사전투표율`) is a rate of another count,
  and a figure between the pair and the rate leaves it unlinked; more such nouns (`집행률`, `징수율`, `소진율`);
- a fraction right after its part may be the object of `차지하다` or reach a share with `에 이르는`
  (`[link.fraction_share_ends]`: `P명으로 정확히 절반을 차지했다`, `P명으로 10명 중 3명꼴에 이르는 것이`); a verb of
  change after it (`절반으로 줄었다`) is still none;
- a breakdown naming two figures per item (`대학생 a명에게 x억원, 고등학생 b명에게 y억원`) is one breakdown per unit:
  each list adds up to its own whole (checker/link/breakdowns.py), not only the first unit's;
- a breakdown of one part (`품목별로는 A가 a로 전체의 R를 차지했다`) goes on in the next sentence when that sentence
  lists only values of the part's unit, each after a comma and a name (`B b, C c가 뒤를 이었다`, `B는 b, C는 c였다`);
  a breakdown of two parts in its own sentence does not, nor a next sentence of another figure;
- a share after such a list whose subject names one member (`경증 환자 비율은 R`) is that member's, the shared noun
  (`환자`) read with its particle (`환자는`) as a word labelling every member (checker/link/shares_of_named_members.py).

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

import pytest
from test_frames import assert_checked, assert_not_checked

# ---------------------------------------------------------------- a part rate opening the next sentence


@pytest.mark.parametrize(
    "text,good,bad",
    [
        (
            "한결군은 올해 예산 52억원 가운데 지금까지 34억3천만원을 썼다. 집행률은 {r}이며, 1인당 90만원꼴이다.",
            "66.0%",
            "76.0%",
        ),
        (
            "누리시는 청년 창업 지원 신청자 2만4,600명 가운데 1만5,990명을 지원 대상으로 골랐다. 선정률은 {r}다.",
            "65.0%",
            "55.0%",
        ),
        ("가온시 체납 과태료 18억원 가운데 12억6천만원이 걷혔다. 징수율은 {r}로 집계됐다.", "70.0%", "80.0%"),
    ],
)
def test_a_part_rate_may_open_the_next_sentence(knowledge, text, good, bad):
    assert_checked(knowledge, text.format(r=good), "F503", False)
    assert_checked(knowledge, text.format(r=bad), "F503", True)


@pytest.mark.parametrize(
    "text",
    [
        # (a compound rate noun: early voting is no share of all who voted)
        "나래도 선거인 312만4천명 가운데 183만명이 투표했다. 사전투표율은 21.7%였다.",
        # (a figure between the pair and the rate: the rate is no longer the pair's)
        "한결군은 올해 예산 52억원 가운데 34억3천만원을 썼다. 남은 돈은 17억7천만원이고 집행률은 41.0%다.",
    ],
)
def test_a_rate_of_another_count_or_past_another_figure_is_not_the_pairs(knowledge, text):
    assert_not_checked(knowledge, text, "F503")


# ---------------------------------------------------------- a fraction taken by `차지하다`, reached by `에 이르는`


@pytest.mark.parametrize(
    "text,good,bad",
    [
        (
            "가람시 꽃축제 관람객은 8,240명이었다. 유료 입장객이 {p}으로 정확히 절반을 차지했다.",
            "4,120명",
            "2,120명",
        ),
        (
            "가람시 경전철 이용객이 상반기 1,450만명으로 집계됐다. 무임 이용객이 {p}으로 10명 중 3명꼴에 이르는 것이 "
            "적자의 한 원인이다.",
            "435만명",
            "735만명",
        ),
    ],
)
def test_a_fraction_taken_or_reached_after_its_part(knowledge, text, good, bad):
    assert_checked(knowledge, text.format(p=good), "F503", False)
    assert_checked(knowledge, text.format(p=bad), "F503", True)


def test_a_fraction_before_a_verb_of_change_is_no_share(knowledge):
    text = "가람시 꽃축제 관람객은 8,240명이었다. 유료 입장객이 2,120명으로 절반으로 줄었다."
    assert_not_checked(knowledge, text, "F503")


# ---------------------------------------------------------------- two figures per item: one breakdown per unit


@pytest.mark.parametrize("x,fires", [("4억2천만원", False), ("6억2천만원", True)])
def test_each_units_list_of_a_breakdown_adds_up(knowledge, x, fires):
    text = (
        f"가온재단은 장학생 930명을 뽑아 장학금 12억4천만원을 지급한다. 대상별로는 대학생 520명에게 8억2천만원, "
        f"고등학생 410명에게 {x}이 돌아간다."
    )
    assert_checked(knowledge, text, "F302", fires)


def test_the_count_list_of_a_breakdown_still_adds_up(knowledge):
    text = (
        "가온재단은 장학생 930명을 뽑아 장학금 12억4천만원을 지급한다. 대상별로는 대학생 520명에게 8억2천만원, "
        "고등학생 610명에게 4억2천만원이 돌아간다."
    )
    assert_checked(knowledge, text, "F302", True)


# ---------------------------------------------------------------- a breakdown of one part going on in the next sentence


@pytest.mark.parametrize(
    "text",
    [
        "전통주 수출액이 5,230만달러로 집계됐다. 품목별로는 막걸리가 2,410만달러로 전체의 46%를 차지했다. 약주·청주 "
        "1,470만달러, 증류식 소주 {x}가 뒤를 이었다.",
        "단속 건수는 41만5천건이었다. 단속 방식별로는 고정식 카메라가 26만2천건으로 전체의 63%를 차지했다. 현장 단속은 "
        "10만2천건, 주민 신고는 {y}이었다.",
    ],
)
@pytest.mark.parametrize("ok,fires", [(True, False), (False, True)])
def test_a_breakdown_of_one_part_goes_on_in_the_next_sentence(knowledge, text, ok, fires):
    filled = text.format(x="1,350만달러" if ok else "2,350만달러", y="5만1천건" if ok else "9만1천건")
    assert_checked(knowledge, filled, "F302", fires)


@pytest.mark.parametrize(
    "text",
    [
        # (the next sentence names a figure of another subject, no list)
        "전통주 수출액이 5,230만달러로 집계됐다. 품목별로는 막걸리가 2,410만달러로 전체의 46%를 차지했다. 수입액은 "
        "3,900만달러였다.",
        # (a breakdown of two parts in its own sentence: the next sentence's list is its own)
        "사업체 종사자는 15만명 줄었다. 업종별로는 제조업(6만6천명), 건설업(4만1천명) 순으로 늘었다. 또한 "
        "도소매업(5만6천명), 금융업(2만명) 순으로 줄었다.",
    ],
)
def test_no_other_sentence_goes_on_with_a_breakdown(knowledge, text):
    assert_not_checked(knowledge, text, "F302")


@pytest.mark.parametrize("rate,fires", [("63.8%", False), ("21.3%", True)])
def test_a_share_names_one_member_past_the_noun_they_share(knowledge, rate, fires):
    text = (
        "나래시 구급대가 이송한 환자는 지난해 3만2,000명이었다. 중증도별로는 중증 환자가 4,800명으로 "
        "전체의 15.0%였다. 경증 환자는 2만400명, 중등증 환자는 6,800명이었다. "
        f"경증 환자 비율은 {rate}로 전년(66.1%)보다 낮아졌다."
    )
    assert_checked(knowledge, text, "F503", fires)
