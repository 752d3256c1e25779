"""Shares and sums whose whole is stated around them (forty-first session, lane `near`).

- A bare whole number set off by commas right after a share and `of` the pool its words name (`a quarter of all the
  boats, 30, …`, `one in five of the stalls it let, 16 in all, …`, `and two-thirds of them, 40, …`) is the part that
  share is of: a count of the pool's noun (`[elided_counts] share_pool_*`, checker/extract/quantities.py). Its whole
  is the latest count of that noun before the share (checker/link/shares_of_them.py `_shares_of_named_pools`,
  `[link.share_pool_then_part]`): a share of another whole, a count of the noun that is no larger than the part,
  or two counts of it coordinated, link nothing.
- Korean parts that come in (`A로 a원, B로 b원이 들어와 한 해 수입은 T원`) add up to the total named after the verb
  (`[link.total_noun_marks]`, checker/link/totals.py).

Every sentence is written for this file, with invented places, names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import assert_checked as _checked
from helpers import assert_not_linked as _not_linked

SUM, SHARE = "F302", "F503"


# ---------------------------------------------------------------- a share of a named pool, then its part

_POOLS = [
    "The Arnwick Sailing Club has 120 boats on its moorings this summer. {share} of all the boats, {part}, are "
    "dinghies.",
    "The Arnwick Sailing Club has 120 boats on its moorings, and {share} of the boats, {part}, are dinghies.",
    "Arnwick market let 120 stalls in May.\n\nTraders said {share} of the stalls it let, {part} in all, sold food.",
    "The Arnwick fleet counts 120 boats. Eight are new. {share} of the club's boats, about {part}, are dinghies.",
    "The Arnwick fleet counts 120 boats. The club said {share} of them, {part}, are dinghies.",
]


@pytest.mark.parametrize("frame", _POOLS)
@pytest.mark.parametrize(
    "share,part,fires",
    [
        ("A quarter", "30", False),
        ("One in four", "30", False),
        ("25 per cent", "30", False),
        ("A quarter", "45", True),
        ("One in three", "30", True),
    ],
)
def test_a_share_of_a_named_pool_then_its_part_en(knowledge, frame, share, part, fires):
    text = "Club news\n\n" + frame.format(share=share, part=part)
    if frame.startswith("Arnwick market"):
        text = text.replace("boats", "stalls")
    _checked(knowledge, text, SHARE, fires)


@pytest.mark.parametrize(
    "text",
    [
        # a share of another whole: no count of the pool's noun stated
        "Club news\n\nThe Arnwick Sailing Club has 120 boats. A quarter of all the moorings, 30, are empty.",
        # a share of the members, not of the boats stated before
        "Club news\n\nThe club has 120 boats. Half of the members, 60, own a boat.",
        # two counts of the noun coordinated: which one, not said
        "Club news\n\nThe club has 70 boats at Arnwick and 50 boats at Hallow. A third of the boats, 25, are new.",
        # the latest count of the noun is a level a later sentence moved on from
        "Tree planting\n\nLast winter Arnwick planted 900 trees. This year's total is 20 per cent higher. Some 40 per "
        "cent of the new trees, 432, will be oaks.",
        # a list of bare numbers after the pool, no part
        "Club news\n\nThe club has 120 boats. A quarter of the boats, 30, 40 and 50 feet long, are yachts.",
    ],
)
def test_a_share_of_a_pool_near_misses_en(knowledge, text):
    _not_linked(knowledge, text, SHARE)


# ---------------------------------------------------------------- Korean parts that come in, then their total


@pytest.mark.parametrize(
    "frame",
    [
        "관람료로 {a}억 원, 기념품 판매로 1억 원이 들어와 한 해 수입은 {t}억 원이었다.",
        "관람료로 {a}억 원, 기념품 판매로 1억 원이 모여 올해 수입은 {t}억 원이 됐다.",
        "성인 요금으로 {a}억 원이, 학생 요금으로 1억 원이 들어와 요금 수입은 {t}억 원으로 늘었다.",
        "후원금으로 {a}억 원, 회비로 1억 원이 걷혀 한 해 모금액은 {t}억 원이었다.",
        "입장료로 {a}억 원과 대관료로 1억 원이 들어와 전체 수입은 {t}억 원이다.",
    ],
)
@pytest.mark.parametrize("a,t,fires", [("3", "4", False), ("6", "7", False), ("3", "6", True), ("6", "9", True)])
def test_parts_that_come_in_add_up_to_the_total_ko(knowledge, frame, a, t, fires):
    text = "누리 박물관 수입\n\n누리시립박물관은 지난해 문을 열었다. " + frame.format(a=a, t=t)
    _checked(knowledge, text, SUM, fires)


@pytest.mark.parametrize(
    "text",
    [
        # one part that comes in: a part of the whole, no list
        "누리 박물관 예산\n\n국비 3억 원이 들어와 올해 예산은 9억 원이 됐다.",
        # a budget the income is compared with: no sum
        "누리 박물관 예산\n\n관람료로 3억 원이 들어왔다. 후원금으로 1억 원이 모였다. 한 해 예산은 12억 원이다.",
    ],
)
def test_parts_that_come_in_near_misses_ko(knowledge, text):
    _not_linked(knowledge, text, SUM)


# ---------------------------------------------------------------- a share of its whole's noun, then its part

_NAMED = [
    "The Tollan regatta drew 160 crews on Saturday. The club said the day ran late. Juniors made up {share} of the "
    "field, {part} crews, the most yet.",
    "The Tollan regatta drew 160 crews on Saturday. The club said the day ran late. Juniors made up {share} of the "
    "field, some {part} crews.",
    "The Tollan regatta drew 160 crews on Saturday. The club said the day ran late. Crews from abroad were {share} "
    "of the entry, {part} crews.",
]


# (not read yet, so not listed: a fraction of a whole the verb `were` names, `Crews from abroad were a quarter of the
# entry, 40 crews` — a fraction's whole is found only where a noun of share names it, `made up`)
_NAMED_CASES = [
    (frame, share, part, fires)
    for frame in _NAMED
    for share, part, fires in (("25 per cent", "40", False), ("a quarter", "40", False), ("25 per cent", "64", True))
    if not (share == "a quarter" and "entry" in frame)
]


@pytest.mark.parametrize("frame,share,part,fires", _NAMED_CASES)
def test_a_share_of_a_named_whole_then_its_part_en(knowledge, frame, share, part, fires):
    _checked(knowledge, "Regatta\n\n" + frame.format(share=share, part=part), SHARE, fires)


@pytest.mark.parametrize("pay,fires", [("£378,000", False), ("£420,000", True)])
@pytest.mark.parametrize(
    "verb",
    [
        "A water board will pay 70 per cent of the cost, {pay}.",
        "A water board will meet 70 per cent of the bill, {pay}.",
    ],
)
def test_a_share_of_the_cost_then_its_amount_en(knowledge, pay, fires, verb):
    text = "Hedges\n\nFarmers in Brinley will share £540,000 to lay hedges this winter. " + verb.format(pay=pay)
    _checked(knowledge, text, SHARE, fires)


@pytest.mark.parametrize(
    "text",
    [
        # the part counts another noun than the whole stated before
        "Regatta\n\nThe Tollan regatta drew 160 crews on Saturday. Juniors made up 25 per cent of the field, 90 "
        "rowers.",
        # a share of last year's whole, not of the one stated
        "Regatta\n\nThe Tollan regatta drew 160 crews on Saturday. Juniors made up 25 per cent of last year's "
        "field, 40 crews.",
    ],
)
def test_a_share_of_a_named_whole_near_misses_en(knowledge, text):
    _not_linked(knowledge, text, SHARE)


# ---------------------------------------------------------------- a split list of a whole stated before

_SPLITS = [
    "The Brinley pottery will ship 1,800 mugs to Oslo. The order is split between {a} glazed mugs and 600 plain mugs.",
    "The Brinley pottery will ship 1,800 mugs to Oslo. They will go in two batches: {a} in May and 600 in June.",
    "The Brinley pottery will ship 1,800 mugs to Oslo. The order is made up of {a} glazed mugs and 600 plain ones.",
    "The Brinley pottery will ship 1,800 mugs to Oslo. It will be divided into {a} mugs with handles and 600 beakers.",
    "The Brinley pottery will ship 1,800 mugs to Oslo, at £9 each. The load is split between {a} blue mugs, 400 green "
    "mugs and 200 white mugs.",
]


@pytest.mark.parametrize("frame", _SPLITS)
@pytest.mark.parametrize("a,fires", [("1,200", False), ("1,500", True)])
def test_a_split_list_of_a_whole_stated_before_en(knowledge, frame, a, fires):
    _checked(knowledge, "Pottery order\n\n" + frame.format(a=a), SUM, fires)


@pytest.mark.parametrize(
    "text",
    [
        # the mark counts three parts, the list holds two: not the whole list
        "Pottery order\n\nThe pottery will ship 1,800 mugs. They will go in three batches: 1,200 in May and 600 in "
        "June.",
        # a figure per unit after the mark is no part
        "Pottery order\n\nThe pottery will ship 1,800 mugs. The order is split between 1,200 mugs at £9 each and "
        "blue ones.",
        # no whole of the parts' unit stated before
        "Pottery order\n\nThe pottery will ship £18,000 of mugs. The order is split between 1,200 mugs and 500 cups.",
    ],
)
def test_a_split_list_near_misses_en(knowledge, text):
    _not_linked(knowledge, text, SUM)


# ---------------------------------------------------------------- Korean: a share of all who used it, then its part


@pytest.mark.parametrize(
    "noun,verb",
    [("이용자", "이용했다"), ("관람객", "관람했다"), ("방문객", "찾았다"), ("참가자", "참가했다")],
)
@pytest.mark.parametrize("share,fires", [("60", False), ("45", True)])
def test_a_share_of_all_who_came_then_its_part_ko(knowledge, noun, verb, share, fires):
    text = (
        f"누리 썰매장\n\n누리시는 올겨울 썰매장을 3만 명이 {verb}고 밝혔다. 시는 내년에 시설을 늘린다. "
        f"{noun}의 {share}%인 1만8천 명이 어린이였다."
    )
    _checked(knowledge, text, SHARE, fires)


@pytest.mark.parametrize(
    "text",
    [
        # a narrower group named before the noun: its share is of that group, not of all
        "누리 썰매장\n\n누리시는 올겨울 썰매장을 3만 명이 이용했다고 밝혔다. 여성 이용자의 60%인 9천 명이 어린이였다.",
        # the noun in the middle of a clause, another owner before it
        "누리 썰매장\n\n누리시는 올겨울 썰매장을 3만 명이 이용했다고 밝혔다. 이웃 시 이용자의 60%인 9천 명이 왔다.",
    ],
)
def test_a_share_of_all_who_came_near_misses_ko(knowledge, text):
    _not_linked(knowledge, text, SHARE)


# ---------------------------------------------------------------- an amount added to the figure named after it


@pytest.mark.parametrize(
    "frame",
    [
        "The Corran bakery will add six bakers to its {b} staff, taking the total to 30.",
        "The Corran bakery took on six seasonal staff on top of its {b} regular staff, bringing the team to 30.",
        "The Corran bakery will hire six bakers alongside its {b} staff, lifting its payroll to 30.",
        "The Corran ferry will add six cabins to its {b} cabins, bringing the total to 30.",
        "The Corran bakery is taking on six bakers in addition to its {b} staff, bringing the team to 30.",
    ],
)
@pytest.mark.parametrize("b,fires", [("24", False), ("20", True)])
def test_an_amount_added_to_the_base_named_after_it_en(knowledge, frame, b, fires):
    _checked(knowledge, "Bakery jobs\n\n" + frame.format(b=b), SUM, fires)


@pytest.mark.parametrize(
    "text",
    [
        # the amount is for the other figure's things, not added to them
        "Bakery jobs\n\nThe Corran bakery will hire six drivers for its 24 vans, bringing its fleet to 30.",
        # a figure of another unit between
        "Bakery jobs\n\nThe Corran bakery will add six bakers to its £24,000 payroll, taking the total to 30.",
    ],
)
def test_an_amount_added_to_the_base_near_misses_en(knowledge, text):
    _not_linked(knowledge, text, SUM)
