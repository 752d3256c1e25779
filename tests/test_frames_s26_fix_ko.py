"""Korean clean copy the twenty-sixth session's first round linked wrongly (lane fix-ko), each a rule for a
construction:
- an amount given out to each of a count, then a total past a connective ending and a comma (`…곳에 지원하고, 청사
  보수에 모두 …`: `[link.comma_clause_joints]`), is another act's: no total of the amount (checker/link/per_unit.py);
- a share's whole named by a head noun with a qualifier the whole's figure is not stated with (`자두 출하량이 … 복숭아
  출하량의 4분의 1`), or by a year the whole's period lies outside (`올해 판매량은 … 지난해 판매량의 20%`), is another
  whole (checker/link/named_wholes_of_shares.py);
- a pool named before a share set before its part by a noun with a qualifier its level's sentence does not state (`회원
  1,500명 … 청년 회원 10명 중 3명인`), or when a level of another period follows the named one (`지난해 매실 … 올해는
  …`), is not that level (checker/link/apposed_pool_shares.py); a relative clause on the noun (`수확한 매실
  가운데`) is no other noun;
- a total at a price per a unit of measure in a later sentence, named by one word the price's sentence does not state
  (`보리 수매 금액은`, `지난해 수매 금액은`), is another good's or another year's (checker/link/unit_prices.py);
- an amount per unit with a count beside it restates the sentence before's amount only when no other noun stands between
  the mark and the figure (`점포당 평균 관리비는`) and no count of the units' counter between the count and the figure
  (`이 가운데 식당 50곳은`); a total already divided by a larger count of that counter is not divided again by a group
  (`대농 15곳은 농가당 …`) (checker/link/per_unit_apart.py);
- a share whose pool is named by the part's noun (`어린이 중 여자아이 비율은`) is of the part, and one whose pool is
  named by a listed member's word (`북부 회원 가운데 20대가`) is of the member: neither is of the whole
  (checker/link/shares.py).

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import document, findings
from test_frames import assert_checked, assert_not_checked


def _fires(knowledge, text: str, rule: str) -> bool:
    return rule in [f.rule for f in findings(knowledge, document(text), select=[rule]).findings]


# ---------------------------------------------------------------- `N원씩 M곳에 …하고, … 모두 T원`

_LIBRARIES = "바른군 작은도서관 지원\n\n바른군은 1,200만 원씩 마을 도서관 25곳에 {rest}"


@pytest.mark.parametrize("total,fires", [("3억 원", False), ("4억 원", True)])
def test_an_amount_given_each_then_its_total(knowledge, total, fires):
    assert_checked(knowledge, _LIBRARIES.format(rest=f"모두 {total}을 지원했다."), "F317", fires)


@pytest.mark.parametrize(
    "rest",
    ["지원하고, 청사 보수에 모두 9억 원을 들였다.", "책을 보내며, 올해 문화 예산으로 모두 7억 원을 썼다."],
)
def test_a_total_past_a_connective_comma_is_another_acts(knowledge, rest):
    assert_not_checked(knowledge, _LIBRARIES.format(rest=rest), "F317")


# ---------------------------------------------------------------- `X 출하량의 4분의 1`

_PLUMS = "올해 자두 출하량이 5,000톤으로 늘었다. 9월 한 달 출하량은 1,250톤으로 올해 {name} 출하량의 {share}이었다."


@pytest.mark.parametrize("share,fires", [("4분의 1", False), ("절반", True)])
def test_a_share_of_the_whole_its_name_qualifies_so(knowledge, share, fires):
    assert_checked(knowledge, "자두 작황\n\n" + _PLUMS.format(name="자두", share=share), "F503", fires)


def test_a_share_of_a_whole_named_by_another_qualifier_is_not_linked(knowledge):
    assert_not_checked(knowledge, "자두 작황\n\n" + _PLUMS.format(name="복숭아", share="절반"), "F503")


def test_a_share_of_a_whole_named_by_another_year_is_not_linked(knowledge):
    text = (
        "마루가구 판매\n\n마루가구의 올해 판매량은 6만개로 늘었다. "
        "지난해 3월과 4월에 9천개가 팔려 지난해 판매량의 20%를 차지했다."
    )
    assert not _fires(knowledge, text, "F503")


# ---------------------------------------------------------------- `회원 10명 중 3명인 N명`, `수확한 매실 가운데`

_READERS = "다솜도서관 회원\n\n다솜도서관은 회원 1,500명을 두고 있다. {pool} 10명 중 {k}명인 {part}이 학생이다."


@pytest.mark.parametrize("k,fires", [("3", False), ("4", True)])
def test_a_pool_named_by_the_levels_noun(knowledge, k, fires):
    assert_checked(knowledge, _READERS.format(pool="회원", k=k, part="450명"), "F503", fires)


def test_a_pool_qualified_by_a_word_the_level_does_not_state_is_not_linked(knowledge):
    assert_not_checked(knowledge, _READERS.format(pool="올해 청년 회원", k="3", part="60명"), "F503")


@pytest.mark.parametrize("part,fires", [("720상자", False), ("900상자", True)])
def test_a_pool_named_by_a_relative_clause_on_the_levels_noun(knowledge, part, fires):
    text = (
        "누리농원 매실\n\n누리농원은 올해 매실 3,600상자를 거뒀다. "
        f"잼으로 만든 것은 거둔 매실 가운데 5분의 1가량인 {part}다."
    )
    assert_checked(knowledge, text, "F503", fires)


def test_a_pool_of_a_level_another_years_follows_is_not_linked(knowledge):
    text = (
        "누리농원 매실\n\n누리농원은 지난해 매실 3,000상자를 거뒀다. 올해는 3,600상자를 거뒀다. "
        "잼으로 만든 것은 거둔 매실 가운데 5분의 1가량인 900상자다."
    )
    assert_not_checked(knowledge, text, "F503")


# ---------------------------------------------------------------- `㎏당 N원 … M톤 … 수매 금액은 T원`

_SWEET_POTATO = (
    "고구마 수매\n\n조합원 고구마 300톤을 사들이는 값은 ㎏당 3,600원으로 매겨졌다. {name}수매 금액은 {total}이다."
)


@pytest.mark.parametrize("total,fires", [("10억 8,000만 원", False), ("14억 원", True)])
def test_a_later_total_at_the_price(knowledge, total, fires):
    assert_checked(knowledge, _SWEET_POTATO.format(name="", total=total), "F317", fires)


@pytest.mark.parametrize("name", ["보리 ", "지난해 "])
def test_a_later_total_named_by_another_good_or_year_is_not_linked(knowledge, name):
    assert_not_checked(knowledge, _SWEET_POTATO.format(name=name, total="14억 원"), "F317")


# ---------------------------------------------------------------- `점포는 N곳으로 점포당 평균 X원꼴이다`

_FLEA = "벼룩시장 결산\n\n올해 벼룩시장 매출은 6억 원이었다. 참여 점포는 150곳으로 {rest}"


@pytest.mark.parametrize("amount,fires", [("400만 원", False), ("500만 원", True)])
def test_an_amount_per_unit_restating_the_sentence_before(knowledge, amount, fires):
    assert_checked(knowledge, _FLEA.format(rest=f"점포당 평균 {amount}꼴이다."), "F317", fires)


@pytest.mark.parametrize(
    "rest", ["점포당 평균 관리비는 30만 원꼴이다.", "이 가운데 식당 50곳은 점포당 평균 700만 원꼴이다."]
)
def test_another_amount_or_a_group_per_unit_is_not_linked(knowledge, rest):
    assert_not_checked(knowledge, _FLEA.format(rest=rest), "F317")


def test_a_group_after_the_units_divided_is_not_linked(knowledge):
    text = (
        "자두 판매 결산\n\n올해 누리군 자두 판매액은 18억 원으로 집계됐다. "
        "참여 농가는 120곳으로 농가당 평균 1,500만 원어치를 판매했다. "
        "대농 15곳은 농가당 평균 4,000만 원어치를 판매했다."
    )
    assert_checked(knowledge, text, "F317", False)


# ---------------------------------------------------------------- `어린이 중 여자아이 비율은`, `북부 회원 가운데`


def test_a_pool_named_by_the_parts_noun_is_the_part(knowledge):
    text = (
        "과학관 관람객\n\n관람객은 8만명으로 이 가운데 어린이가 2만명이었다. 어린이 중 여자아이 비율은 45%로 집계됐다."
    )
    assert not _fires(knowledge, text, "F503")


_CLUB = (
    "한빛클럽 회원\n\n한빛클럽 회원은 6만명이다. 권역별로는 북부 회원이 1만8천명, 남부 회원이 4만2천명이다. "
    "{opening} 20대가 7,200명으로 40%를 차지했다."
)


@pytest.mark.parametrize("opening,fires", [("북부 회원 가운데", False), ("연령별로는", True)])
def test_a_pool_named_by_a_listed_members_word(knowledge, opening, fires):
    assert _fires(knowledge, _CLUB.format(opening=opening), "F503") == fires
