"""Readings of the sixty-third session's sums-and-shares lane, each a construction.

- A share stated as short of a fraction, even (`평년의 절반에도 못 미쳤다`), is a bound below it, and one stated as
  above it in the plain present (`5분의 1을 웃돈다`) a bound above it: the part over the whole must fall on that side.
- A noun a listed figure has another added to (`도비 3천만원에 올해 성금을 보태`) is another addend, no word of the
  figure's label: a share whose subject names that noun is no share of the figure.
- Shares of one stated whole told apart, a sentence holding none of them between (`… 364명(65%)은 주말에만
  나온다. 회비는 … . 회원의 절반인 280명은 읍내에 산다`), split the whole by attributes of their own: no run that must
  add up to at most 100%; shares in sentences one right after another still are one.
- A part drawn from the whole before it by `of whom` (`65 applicants, 13 of whom were shortlisted, one in five`), its
  clause to a comma, then the share alone: the part over that whole (the bare count after it read as the whole's
  noun).
- (A fraction set right after the part of a pair by a comma as its clause's subject, `160건 가운데 96건, 5분의 3이
  8월에 몰렸다`, stays the part's own, as earlier sessions' tests hold: the reading of it as the part over the whole
  was dropped at the merge.)
- A whole, its clause, then a part of its unit in a clause of its own, then a share naming the whole again (`covers
  160 hectares, but only 40 hectares are cut, a quarter of the whole`): the part over that whole.
- A share restating the sentence before as a share of a whole named with it takes that sentence's level, not the one
  unit a figure after it is per (`1명이 평균 40만원어치를 샀다`).
- A share, `of` its whole, then after a comma the part it comes to (`account for 35 per cent of the village's 1,240
  residents, about 430 people`): the part over that whole.
- A clause after a colon opening on the pool (`… in the survey: of the 720 members who replied, 468, nearly
  two-thirds, …`): the bare number after it counts the pool's noun, and the share is of the pool.
- A sentence listing the parts of a total stated before it may end its list with `로,` and go on (`물결 무늬 860개로, 꽃
  무늬가 가장 많다`): the list is still the total's.

Every sentence is written for this file, with invented places, names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import assert_checked, assert_not_fired

SUM, SHARE, SHARES_EXCEED = "F302", "F503", "F501"


# --- a share short of a fraction, or above it ----------------------------------------------------------------------


@pytest.mark.parametrize(("rain", "fires"), [("118㎜", False), ("163㎜", True)])
def test_a_share_not_even_a_fraction_is_a_bound_below_it(knowledge, rain, fires):
    text = f"올여름 석 달 동안 내린 비는 {rain}로, 평년 같은 기간 274㎜의 절반에도 못 미쳤다."
    assert_checked(knowledge, text, SHARE, fires=fires)


@pytest.mark.parametrize(("part", "fires"), [("2천400만원", False), ("1천200만원", True)])
def test_a_share_above_a_fraction_in_the_present_is_a_bound_above_it(knowledge, part, fires):
    text = f"공사에는 모두 9천600만원이 든다. 도비 {part}은 전체 공사비의 5분의 1을 웃돈다."
    assert_checked(knowledge, text, SHARE, fires=fires)


def test_a_premium_after_an_amount_is_no_bound(knowledge):
    text = "분양권 1장에 3억2천만원이 매겨졌다. 여기에 웃돈 4천만원이 붙어 거래됐다."
    assert_not_fired(knowledge, text, SHARE)


# --- a noun added to a listed figure ---------------------------------------------------------------------------------


def test_a_noun_added_to_a_listed_figure_is_not_its_label(knowledge):
    text = (
        "다리 보수에는 모두 9천600만원이 든다. 국비 4천800만원과 도비 3천200만원에 올해 성금을 보태 비용을 맞췄다. "
        "성금이 전체 공사비의 6분의 1을 웃돈다."
    )
    assert_not_fired(knowledge, text, SHARE)


def test_a_noun_added_with_another_verb_is_not_its_label_either(knowledge):
    text = (
        "체육관 지붕 공사비는 모두 7천200만원이다. 시비 3천600만원과 구비 2천400만원에다 주민 모금액을 더해 공사를 "
        "마쳤다. 모금액은 전체 공사비의 6분의 1이다."
    )
    assert_not_fired(knowledge, text, SHARE)


@pytest.mark.parametrize(("fraction", "fires"), [("4분의 1", False), ("3분의 1", True)])
def test_the_member_named_before_its_figure_is_still_the_part(knowledge, fraction, fires):
    text = (
        "다리 보수에는 모두 9천600만원이 든다. 국비 4천800만원과 도비 2천400만원에 올해 성금을 보태 비용을 맞췄다. "
        f"도비가 전체 공사비의 {fraction}이다."
    )
    assert_checked(knowledge, text, SHARE, fires=fires)


# --- shares of one whole told apart ----------------------------------------------------------------------------------


def test_shares_of_one_whole_told_apart_are_no_run(knowledge):
    text = (
        "동호회 회원 560명 가운데 364명(65%)은 주말에만 나온다. 회비는 한 달 1만원이다. 회원의 절반인 280명은 읍내에 "
        "산다."
    )
    assert_not_fired(knowledge, text, SHARES_EXCEED)


@pytest.mark.parametrize(("share", "fires"), [("65%", False), ("75%", True)])
def test_each_share_told_apart_is_still_checked(knowledge, share, fires):
    text = (
        f"동호회 회원 560명 가운데 364명({share})은 주말에만 나온다. 회비는 한 달 1만원이다. 회원의 절반인 280명은 "
        "읍내에 산다."
    )
    assert_checked(knowledge, text, SHARE, fires=fires)


def test_shares_of_one_whole_in_sentences_one_after_another_are_one_run(knowledge):
    text = "동호회 회원 560명 가운데 남성이 364명(65%)이다. 여성은 회원의 절반인 280명이다."
    assert_checked(knowledge, text, SHARES_EXCEED, fires=True)


# --- a part drawn by `of whom`, then the share alone -----------------------------------------------------------------


@pytest.mark.parametrize(("part", "fires"), [("13", False), ("26", True)])
def test_a_part_drawn_by_of_whom_then_a_bare_share(knowledge, part, fires):
    text = f"The panel saw 65 applicants, {part} of whom were shortlisted, one in five."
    assert_checked(knowledge, text, SHARE, fires=fires)


@pytest.mark.parametrize(("part", "fires"), [("336", False), ("240", True)])
def test_a_part_drawn_by_of_whom_then_a_hedged_share(knowledge, part, fires):
    text = f"The trust wrote to 480 tenants, {part} of whom replied within a month, about seven in ten."
    assert_checked(knowledge, text, SHARE, fires=fires)


def test_a_share_of_the_part_itself_after_of_whom_is_none_of_the_whole(knowledge):
    text = "The panel saw 65 applicants, 13 of whom were shortlisted, a third of them women."
    assert_not_fired(knowledge, text, SHARE)


# --- a share set right after the part of a pair ----------------------------------------------------------------------


def test_a_fraction_after_the_part_of_a_pair_is_the_subject_of_its_clause(knowledge):
    # (a fraction the subject after the part, `96건, 5분의 3이 8월에 몰렸다`, is of the part: the sessions' earlier
    # readings keep it from the whole)
    assert_not_fired(knowledge, "지난해 도내 낚시 사고 160건 가운데 96건, 3분의 2가 8월에 몰렸다.", SHARE)


@pytest.mark.parametrize(("share", "fires"), [("75%에는", False), ("60%에는", True)])
def test_a_percent_apposed_to_the_part_as_its_place(knowledge, share, fires):
    text = f"군내 마을 48곳 가운데 36곳, {share} 약국이 없다."
    assert_checked(knowledge, text, SHARE, fires=fires)


def test_a_change_apposed_to_the_part_is_no_share_of_it(knowledge):
    text = "낚시 사고 160건 가운데 96건, 지난해보다 20%가 늘었다."
    assert_not_fired(knowledge, text, SHARE)


# --- a list of parts ending on `로,` ---------------------------------------------------------------------------------


@pytest.mark.parametrize(("part", "fires"), [("1천260개", False), ("1천560개", True)])
def test_a_list_of_parts_ending_on_a_comma_after_ro(knowledge, part, fires):
    text = (
        "가람시 도자기 공방이 베를린의 생활용품점으로부터 찻잔 3천840개 주문을 받았다고 이번 주 밝혔다. 꽃 무늬 "
        f"1천720개, 새 무늬 {part}, 물결 무늬 860개로, 꽃 무늬가 가장 많다."
    )
    assert_checked(knowledge, text, SUM, fires=fires)


# --- a share naming the whole stated before its part -----------------------------------------------------------------


@pytest.mark.parametrize(("part", "fires"), [("40 hectares", False), ("60 hectares", True)])
def test_a_share_of_the_whole_after_a_part_in_a_clause_of_its_own(knowledge, part, fires):
    text = f"The commonage covers 160 hectares, but only {part} are cut, a quarter of the whole, under an agreement."
    assert_checked(knowledge, text, SHARE, fires=fires)


@pytest.mark.parametrize(("part", "fires"), [("45 tonnes", False), ("30 tonnes", True)])
def test_a_share_of_the_total_after_a_part_in_a_clause_of_its_own(knowledge, part, fires):
    text = f"The co-operative stored 135 tonnes of grain, and {part} went to the mill, a third of the total."
    assert_checked(knowledge, text, SHARE, fires=fires)


def test_a_share_of_the_total_after_an_earlier_level_is_none_of_it(knowledge):
    text = "The farm covers 160 hectares, up from 120 hectares, a third of the total."
    assert_not_fired(knowledge, text, SHARE)


# --- a restated share past the one unit a figure is per --------------------------------------------------------------


@pytest.mark.parametrize(("buyers", "fires"), [("1만8천명", False), ("1만5천명", True)])
def test_a_restated_share_passes_over_the_one_unit_of_an_average(knowledge, buyers, fires):
    text = (
        f"1~9월 상품권을 산 사람은 {buyers}으로, 1명이 평균 40만원어치를 샀다. 군 인구 2만5천명의 72%가 적어도 "
        "한 차례 상품권을 산 셈이다."
    )
    assert_checked(knowledge, text, SHARE, fires=fires)


def test_a_restated_share_of_two_levels_before_is_still_none(knowledge):
    text = (
        "상품권을 산 사람은 1만8천명, 쓴 사람은 1만5천명이다. 1명이 평균 40만원어치를 샀다. 군 인구 2만5천명의 72%가 "
        "상품권을 산 셈이다."
    )
    assert_not_fired(knowledge, text, SHARE)


# --- the part after a share of its whole -----------------------------------------------------------------------------


@pytest.mark.parametrize(("part", "fires"), [("about 430 people", False), ("about 530 people", True)])
def test_the_part_after_a_share_of_its_whole(knowledge, part, fires):
    text = f"Pensioners account for 35 per cent of the village's 1,240 residents, {part}, and many do not drive."
    assert_checked(knowledge, text, SHARE, fires=fires)


def test_a_part_of_another_noun_after_a_share_of_a_whole_is_none_of_it(knowledge):
    text = "Pensioners account for 35 per cent of the village's 1,240 residents, about 860 cars, and many do not drive."
    assert_not_fired(knowledge, text, SHARE)


# --- a pool opening the clause after a colon -------------------------------------------------------------------------


@pytest.mark.parametrize(("part", "fires"), [("468", False), ("388", True)])
def test_a_pool_opening_the_clause_after_a_colon(knowledge, part, fires):
    text = (
        f"It topped the wish list in the autumn survey: of the 720 members who replied, {part}, nearly two-thirds, "
        "asked for it."
    )
    assert_checked(knowledge, text, SHARE, fires=fires)


@pytest.mark.parametrize(("part", "fires"), [("124", False), ("164", True)])
def test_a_pool_after_a_colon_then_a_part_with_its_clause(knowledge, part, fires):
    text = f"Demand is uneven: of the 412 homes, {part} are second homes, almost three in ten, and they sit empty."
    assert_checked(knowledge, text, SHARE, fires=fires)


def test_a_colon_clause_opening_on_no_pool_reads_no_share(knowledge):
    text = "Demand is uneven: in the 412 homes, 124 are second homes, almost three in ten, and they sit empty."
    assert_not_fired(knowledge, text, SHARE)


def test_two_listed_parts_then_a_share_of_the_total_are_no_whole_and_part(knowledge):
    text = "Wheat took up 1.34 million tonnes and barley 1.21 million tonnes, or 47% of the total."
    assert_not_fired(knowledge, text, SHARE)
