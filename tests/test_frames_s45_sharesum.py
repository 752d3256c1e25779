"""Shares, sums and differences (forty-fifth session, lane `sharesum`).

- Korean: a share set before the part it comes to (`20%인 1억 원`, `절반인 20억 원`, `30%에 해당하는 360명`) after a
  mark that draws parts from a whole of that sentence (`매출 5억 원 가운데 수출은 20%인 1억 원이었다`): the part's
  share of that whole, whatever the part's own noun (checker/link/shares.py `_share_before_its_part`).
- Korean: a share of all that was taken, named by the verb that took it (`수확한 보리의 3분의 2인 2천400톤`,
  `농협들은 사들인 물량의 절반인 210톤`, `[link.taken_whole_share_before]`), and of more nouns of all who came or
  applied (`입장객의`, `신청자의`: `[link.all_whole_share_before]`): the story's total of that noun
  (checker/link/shares_before_their_parts.py).

Every sentence is written for this file, with invented places, names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import assert_checked, assert_not_fired, assert_not_linked

SHARE_OF_TOTAL = "F503"


# ---------------------------------------------------------------- Korean: `X 가운데 Y는 N%인 P`

_SHARE_BEFORE_ITS_PART_KO = [
    # (text, holding share, broken share)
    ("공방 매출\n\n한솔공방의 지난해 매출 5억 원 가운데 수출은 {share}인 1억 원이었다.", "20%", "40%"),
    ("사업비\n\n올해 사업비 40억 원 가운데 국비가 {share}인 20억 원이다.", "절반", "3분의 1"),
    ("대회 참가자\n\n참가자 1천200명 중 여성이 {share}에 해당하는 360명이었다.", "30%", "50%"),
    ("사과 수확\n\n올해 거둔 사과 2천400상자 가운데 수출용은 {share}인 600상자다.", "4분의 1", "3분의 1"),
    ("도서관 장서\n\n시립도서관 장서 8만 권 중 어린이 도서가 {share}에 이르는 2만 권이다.", "25%", "45%"),
]


@pytest.mark.parametrize("text,holds,broken", _SHARE_BEFORE_ITS_PART_KO)
def test_a_share_before_the_part_it_comes_to_is_of_the_whole_its_sentence_marks(knowledge, text, holds, broken):
    assert_checked(knowledge, text.format(share=holds), SHARE_OF_TOTAL, fires=False)
    assert_checked(knowledge, text.format(share=broken), SHARE_OF_TOTAL, fires=True)


_NO_SHARE_BEFORE_ITS_PART_KO = [
    # the share is joined to the part by no word that makes the part its amount: a share of something else
    "공방 매출\n\n한솔공방의 지난해 매출 5억 원 가운데 수출은 40% 늘어 1억 원이었다.",
    # the part is no smaller than the whole: no part of it
    "사업비\n\n올해 사업비 40억 원 가운데 국비가 절반인 50억 원이다.",
]


@pytest.mark.parametrize("text", _NO_SHARE_BEFORE_ITS_PART_KO)
def test_a_share_not_joined_to_a_smaller_part_is_not_read_this_way(knowledge, text):
    assert_not_fired(knowledge, text, SHARE_OF_TOTAL)


# ---------------------------------------------------------------- Korean: `수확한 보리의 3분의 2인 P`

_TAKEN_WHOLE_KO = [
    # (text, holding share, broken share)
    (
        "보리 수확\n\n가람 영농조합은 이달 보리를 거둬 모두 3천600톤을 수확했다고 밝혔다.\n\n"
        "수확한 보리의 {share}인 2천400톤은 지역 양조장이 가져간다.",
        "3분의 2",
        "4분의 1",
    ),
    (
        "매실 수매\n\n나래군 농협 세 곳이 농가에서 사들인 매실이 420톤으로 늘었다.\n\n"
        "농협들은 사들인 물량의 {share}인 210톤을 가공업체에 넘긴다.",
        "절반",
        "3분의 1",
    ),
    (
        "호두 판매\n\n다온 작목반은 올해 호두 80톤을 팔았다.\n\n팔린 깐 호두의 {share}인 20톤은 일본으로 수출됐다.",
        "4분의 1",
        "절반",
    ),
    (
        "송어축제\n\n산정군 축제에 9만 명이 다녀갔다고 군이 밝혔다.\n\n입장객의 {share}인 3만 명은 수도권에서 왔다.",
        "3분의 1",
        "절반",
    ),
    (
        "청년 월세\n\n보람시 청년 월세 지원에 4천 명이 신청했다.\n\n신청자의 {share}인 1천 명이 대학생이었다.",
        "25%",
        "60%",
    ),
]


@pytest.mark.parametrize("text,holds,broken", _TAKEN_WHOLE_KO)
def test_a_share_of_all_that_was_taken_is_of_the_story_total(knowledge, text, holds, broken):
    assert_checked(knowledge, text.format(share=holds), SHARE_OF_TOTAL, fires=False)
    assert_checked(knowledge, text.format(share=broken), SHARE_OF_TOTAL, fires=True)


_NO_TAKEN_WHOLE_KO = [
    # words before the participle narrow the pool (those who came from one place): no story total
    "송어축제\n\n산정군 축제에 9만 명이 다녀갔다.\n\n수도권에서 온 관람객의 절반인 1만 명은 당일 돌아갔다.",
    # an adjective, no verb of taking, before the noun: a narrower pool
    "송어축제\n\n산정군 축제에 9만 명이 다녀갔다.\n\n젊은 관람객의 절반인 1만 명은 당일 돌아갔다.",
]


@pytest.mark.parametrize("text", _NO_TAKEN_WHOLE_KO)
def test_a_narrowed_pool_before_a_share_is_not_the_story_total(knowledge, text):
    assert_not_linked(knowledge, text, SHARE_OF_TOTAL)


# ---------------------------------------------------------------- English: `Of the county's 6,400 pupils, P …, Z%`

_OF_AN_OWNERS_POOL = [
    # (text, holding share, broken share)
    (
        "School meals\n\nOf the county's 6,400 pupils, 2,880 qualify for free meals, {share}.",
        "45 percent",
        "60 percent",
    ),
    (
        "Kilns\n\nAmong the region's 90 kilns, 27 still burn coal, {share}.",
        "30%",
        "50%",
    ),
    (
        "Allotments\n\nOf the borough's 2,000 plots, 500 fell vacant last year, {share}.",
        "25%",
        "45%",
    ),
    (
        "Library cards\n\nOf the town's 12,000 card holders, 3,000 borrowed an e-book, {share}.",
        "25 per cent",
        "40 per cent",
    ),
    (
        "Boats\n\nOut of the club's 80 boats, 20 have wooden hulls, {share}.",
        "25 percent",
        "50 percent",
    ),
]


@pytest.mark.parametrize("text,holds,broken", _OF_AN_OWNERS_POOL)
def test_a_pool_opening_the_sentence_may_name_its_owner_in_the_possessive(knowledge, text, holds, broken):
    assert_checked(knowledge, text.format(share=holds), SHARE_OF_TOTAL, fires=False)
    assert_checked(knowledge, text.format(share=broken), SHARE_OF_TOTAL, fires=True)


_NO_OF_AN_OWNERS_POOL = [
    # three words between the opener and the pool: not the pool's own words
    "School meals\n\nOf the county's primary school 6,400 pupils, 2,880 qualify for free meals, 60 percent.",
    # the sentence does not open on the opener: no pool it marks
    "School meals\n\nThe county said that of its 6,400 pupils, 2,880 qualify for free meals, 60 percent.",
]


@pytest.mark.parametrize("text", _NO_OF_AN_OWNERS_POOL)
def test_a_pool_not_opening_the_sentence_is_not_read_this_way(knowledge, text):
    assert_not_fired(knowledge, text, SHARE_OF_TOTAL)
