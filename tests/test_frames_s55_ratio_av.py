"""Ratios of a lot's count, a pace and the span it takes (fifty-fifth session, lane `ratio_av`).

Korean, an amount given each one of a noun (`한 개에 100만 원씩 모두 …`: checker/link/distributed_groups.py): a count
whose clause dates it to another year than the amount's total or the amount itself (`지난해 가로등 50개를 달았는데
올해는 …`: checker/link/per_unit_vetoes.py `of_another_year`) is last year's lot, no groups of this one's total.

A pace of the story's whole over the span it takes (checker/link/paces.py `link_paces_of_the_story`):

- English, a pace of a count naming nothing (`The workshop makes 75 a day, so the order will take 20 days`): the
  number is read as a count of no noun when a short period's mark and what the pace comes to, the whole order's,
  follow it (`[elided_counts] pace_whole_after`), and no noun of a count before it (`The two kilns fire 240 a day`: the
  crew's count, no kiln's); its whole is the lead's one count, the body's first sentence (no count of people, no
  headline count of another value); of two spans in its sentence, the one what it comes to names right after it (`…,
  so the batch will take 20 days to make, and the crates leave 80 days after the deal`).
- Korean, the span the job comes to at the pace (`하루 800개씩 만들면 30일 만에 물량을 채운다`, `30일이면`:
  `[link.pace_terms_day]`, `[link.pace_terms_week]`), never a date (`6월 30일이면`, `오는 30일이면`, `30일에`), nor a
  span past the end of the pace's clause (`하루 800개씩 만들었지만 올해는 30일 만에`: `[link.clause_ends]`).

Review fixes: a bare pace's number is a count only after a verb of making or sending (`[elided_counts]
pace_whole_before`: not `works 10 a day`, `charges 400 a day`, `fits 300 a day`); the lead's count is what the order is
for (`an order for 2,400 kettles`, `a 4,800-mug order`: `[link.pace_whole_lead_before]`/`_after`); a span told as
another stretch or a difference is no span of the whole (`will take another 8 days`, `10 days more than`:
`[link.pace_told_part_before]`/`_after`); a Korean span told as the time the job is done by (`30일 만에`, `30일이면`:
`[link.pace_reached_terms]`) only right after the pace's own verb (`[link.pace_reached_gap]`: not `다음 달 30일이면`,
`출시 30일 만에`), and, of the story's whole, with the order's whole named right after it
(`[link.pace_reached_whole_after]`: not `첫 배에`, `물량의 절반을`).

Every sentence is written for this file, with invented places, names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import assert_checked, assert_not_linked

PER_UNIT = "F317"
PACE = "F312"


_LOT_OF_THIS_YEAR = [
    # (text, holding total, broken total): the lot and the amount each in one year
    (
        "가람군 가로등\n\n가람군은 올해 가로등 50개를 달았는데 한 개에 100만 원씩 모두 {total}만 원이 들었다.",
        "5천",
        "8천",
    ),
    (
        "다온군 정자\n\n다온군은 지난해 마을 정자 12곳을 고쳤는데 한 곳에 300만 원씩 모두 {total}만 원이 들었다.",
        "3천600",
        "5천",
    ),
]


@pytest.mark.parametrize(("text", "holds", "broken"), _LOT_OF_THIS_YEAR)
def test_a_lot_of_the_amounts_own_year_is_its_groups(knowledge, text, holds, broken):
    assert_checked(knowledge, text.format(total=holds), PER_UNIT, fires=False)
    assert_checked(knowledge, text.format(total=broken), PER_UNIT, fires=True)


_LOT_OF_ANOTHER_YEAR = [
    "가람군 가로등\n\n가람군은 지난해 가로등 50개를 달았는데 올해는 한 개에 100만 원씩 모두 8천만 원을 들여 더 달았다.",
    "가람군 가로등\n\n가람군은 지난해 가로등 50개를 달았는데, 올해 새로 다는 가로등은 한 개에 100만 원씩 모두 "
    "8천만 원이 든다.",
    "다온군 정자\n\n다온군은 2024년 공원 정자 12곳을 고쳤는데 올해는 한 곳에 300만 원씩 모두 6천만 원을 쓴다.",
]


@pytest.mark.parametrize("text", _LOT_OF_ANOTHER_YEAR)
def test_no_groups_of_another_years_lot(knowledge, text):
    assert_not_linked(knowledge, text, PER_UNIT)


_BARE_PACE = [
    # (text, holding, broken): a pace of a count naming nothing, what it comes to the whole order's
    (
        "Tarrow lamp maker wins 1,500-lamp order from Lisbon\n\nA Tarrow workshop has won an order for 1,500 brass "
        "lamps from a Lisbon hotel group.\n\nThe group is paying €60 a lamp, €90,000 in all. The workshop makes {pace} "
        "a day, so the order will take 20 days to finish.",
        "75",
        "95",
    ),
    (
        "Orrin kettles head to Lyon\n\nAn Orrin foundry that casts kettles by hand has won an order for 2,400 of them "
        "from a Lyon chain of kitchen shops.\n\nThe order is split into 1,400 small kettles and 1,000 large ones. The "
        "foundry casts {pace} a day, so the batch will take 20 days to make, and the first crates leave on Friday 14 "
        "August, 80 days after the deal was signed.",
        "120",
        "150",
    ),
    (
        "Merrow mugs head to Ghent\n\nA Merrow workshop that makes tin mugs has won an order for 4,800 of them from "
        "a chain of cafés in Ghent.\n\nThe chain is paying €12 a mug, €57,600 in all. The two kilns fire {pace} a "
        "day, so the order will take 20 days, and it leaves for the port on Friday 20 November.",
        "240",
        "300",
    ),
    (
        "Dalby chairs for Ems\n\nA Dalby joinery has won an order for 3,200 chairs from a school board in Ems.\n\n"
        "The joinery finishes {pace} a week, so the job takes 16 weeks.",
        "200",
        "260",
    ),
]


@pytest.mark.parametrize(("text", "holds", "broken"), _BARE_PACE)
def test_a_bare_pace_is_of_the_leads_count(knowledge, text, holds, broken):
    assert_checked(knowledge, text.format(pace=holds), PACE, fires=False)
    assert_checked(knowledge, text.format(pace=broken), PACE, fires=True)


_NO_BARE_PACE = [
    # the lead counts people, no lot
    "Tarrow lamp maker wins order\n\nA Tarrow workshop with 12 staff has won an order from a Lisbon hotel group.\n\n"
    "The workshop makes 75 a day, so the order will take 20 days to finish.",
    # the lead counts two things: of which, unsaid
    "Tarrow lamp maker wins order\n\nA Tarrow workshop has won an order for 1,500 brass lamps and 300 shades from a "
    "Lisbon hotel group.\n\nThe workshop makes 75 a day, so the order will take 20 days to finish.",
    # what the pace comes to is a part of the order
    "Tarrow lamp maker wins order\n\nA Tarrow workshop has won an order for 1,500 brass lamps from a Lisbon hotel "
    "group.\n\nThe workshop makes 75 a day, so half the order will take 10 days to finish.",
    # the lead counts nothing; a later sentence's count is a part, the headline's count another value
    "Tarrow lamp maker wins 90-lamp order\n\nA Tarrow workshop has won an order for lamps from a Lisbon hotel "
    "group.\n\nThe group wants 50 lamps for bedrooms and 40 for halls. The workshop finishes four a week, so the "
    "order will take 22 weeks.",
    # no words of what the pace comes to: a pace of no noun, of what unsaid
    "Tarrow lamp maker wins order\n\nA Tarrow workshop has won an order for 1,500 brass lamps from a Lisbon hotel "
    "group.\n\nThe workshop makes 75 a day at its shed by the river, and the order is due in 20 days.",
]


@pytest.mark.parametrize("text", _NO_BARE_PACE)
def test_no_bare_pace_without_the_whole(knowledge, text):
    assert_not_linked(knowledge, text, PACE)


_KO_SPAN_AT_PACE = [
    (
        "가람시 의자 업체, 리옹에 2만4천 개 수출\n\n가람시 가구 업체 나무결이 리옹의 가구 체인에 접이식 의자 2만4천 "
        "개를 수출한다고 3일 밝혔다. 공장에서 하루 {pace}개씩 만들면 30일 만에 물량을 채운다.",
        "800",
        "900",
    ),
    (
        "가람시 의자 업체, 리옹에 2만4천 개 수출\n\n가람시 가구 업체 나무결이 리옹의 가구 체인에 접이식 의자 2만4천 "
        "개를 수출한다고 3일 밝혔다. 개당 30달러씩 모두 72만 달러어치다. 공장에서 하루 {pace}개를 만들어 30일이면 "
        "물량을 채운다.",
        "800",
        "900",
    ),
    (
        "보람군 상자 업체, 빈에 6천 상자 수출\n\n보람군 포장재 업체 한빛상자가 빈의 식품 회사에 과일 상자 6천 "
        "상자를 수출한다고 5일 밝혔다. 공장에서 하루 {pace}상자씩 만들면 20일이면 물량을 채운다.",
        "300",
        "400",
    ),
]


@pytest.mark.parametrize(("text", "holds", "broken"), _KO_SPAN_AT_PACE)
def test_the_span_a_korean_pace_comes_to(knowledge, text, holds, broken):
    assert_checked(knowledge, text.format(pace=holds), PACE, fires=False)
    assert_checked(knowledge, text.format(pace=broken), PACE, fires=True)


_KO_NO_SPAN = [
    # a date, no span
    "가람시 의자 업체, 리옹에 2만4천 개 수출\n\n가람시 가구 업체 나무결이 리옹의 가구 체인에 접이식 의자 2만4천 개를 "
    "수출한다고 3일 밝혔다. 공장에서 하루 500개씩 만들어 6월 30일이면 첫 물량을 싣는다.",
    "가람시 의자 업체, 리옹에 2만4천 개 수출\n\n가람시 가구 업체 나무결이 리옹의 가구 체인에 접이식 의자 2만4천 개를 "
    "수출한다고 3일 밝혔다. 공장에서 하루 500개씩 만들어 오는 30일이면 첫 물량을 싣는다.",
    "가람시 의자 업체, 리옹에 2만4천 개 수출\n\n가람시 가구 업체 나무결이 리옹의 가구 체인에 접이식 의자 2만4천 개를 "
    "수출한다고 3일 밝혔다. 공장에서 하루 500개씩 만들어 30일에 첫 물량을 싣는다.",
    # the span of another clause than the pace's (`…지만`): last year's pace, this year's span
    "가람 공장\n\n가람 공장은 지난해 하루 800개씩 만들었지만 올해는 설비를 늘려 30일 만에 3만 개를 만들었다.",
    # a time since a launch before a day's sales: no span of the pace
    "가람시 의자 업체, 리옹에 2만4천 개 수출\n\n가람시 가구 업체 나무결이 리옹의 가구 체인에 접이식 의자 2만4천 개를 "
    "수출한다고 3일 밝혔다. 이 의자는 국내 출시 30일 만에 하루 판매량이 500개를 넘었다.",
]


@pytest.mark.parametrize("text", _KO_NO_SPAN)
def test_no_korean_span_of_a_date_or_a_time_since(knowledge, text):
    assert_not_linked(knowledge, text, PACE)


_HEAD_EN = (
    "Halden crates for Bremen\n\nA Halden joinery has won an order for 2,700 oak crates from a Bremen brewer.\n\n"
)

_NO_BARE_PACE_REVIEW = [
    # a number of hours, of money, of another noun's things: no count of the order's
    _HEAD_EN + "The joiners work 9 a day, so the job will take 18 days.",
    _HEAD_EN + "The joinery bills 350 a day, so the job will take 18 days and cost €6,300.",
    _HEAD_EN + "Every crate takes 6 hinges. The joinery fixes 900 a day, so the job will take 18 days.",
    _HEAD_EN + "The crates travel on pallets of 30. The joinery loads 5 a day, so the order will take 18 days.",
    # another stretch, the rest of the job
    _HEAD_EN + "The first 1,260 are built. The joinery makes 160 a day, so the order will take another 9 days.",
    # the lead's one count is of something else than what the order is for
    "Halden crates for Bremen\n\nA Halden joinery has won an order to furnish 600 hotel rooms in Bremen.\n\n"
    "The joinery makes 150 a day, so the order will take 18 days.",
    "Halden crates for Bremen\n\nA joinery in a Halden village of 2,000 has won a crate order from Bremen.\n\n"
    "The joinery makes 150 a day, so the order will take 18 days.",
    # the span told is a difference
    "Halden crates for Bremen\n\nA Halden joinery has won an order for 2,700 oak crates.\n\nThe joinery builds 150 "
    "crates a day, so the order will take 9 days more than the 9 days first planned.",
]


@pytest.mark.parametrize("text", _NO_BARE_PACE_REVIEW)
def test_review_no_bare_pace_of_another_thing(knowledge, text):
    assert_not_linked(knowledge, text, PACE)


def test_review_a_bare_pace_of_a_compound_order(knowledge):
    text = (
        "Halden crates for Bremen\n\nA Halden joinery has won a 2,700-crate order.\n\nThe joinery builds {pace} a "
        "day, so the order will take 18 days."
    )
    assert_checked(knowledge, text.format(pace=150), PACE, fires=False)
    assert_checked(knowledge, text.format(pace=190), PACE, fires=True)


_HEAD_KO = (
    "보람시 화분 업체, 오사카에 1만8천 개 수출\n\n보람시 도예 업체 흙빛이 오사카의 꽃집 체인에 화분 1만8천 개를 "
    "수출한다고 4일 밝혔다. "
)

_KO_NO_REACHED_SPAN = [
    # a date after words the guards did not know (`다음 달`, `이번 달`, `매달`), or named by a clause before it
    _HEAD_KO + "가마에서 하루 400개씩 구워 다음 달 25일이면 첫 물량을 보낸다.",
    _HEAD_KO + "가마에서 하루 400개씩 구워 이번 달 25일이면 첫 물량을 보낸다.",
    _HEAD_KO + "매달 25일이면 하루 400개씩 구운 물량을 보낸다.",
    _HEAD_KO + "가마에서 하루 400개씩 구워 새 가마를 들이는 25일이면 첫 물량을 보낸다.",
    # a time since something, not the span of the pace
    _HEAD_KO + "가마는 설치 25일 만에 하루 400개씩 구울 수 있게 됐다.",
    _HEAD_KO + "하루 400개씩 팔리던 이 화분은 출시 25일 만에 동났다.",
    _HEAD_KO + "하루 720개씩 굽는 가마를 들인 지 25일 만에 수출 길을 텄다.",
    # a part of the order reached by then
    _HEAD_KO + "가마에서 하루 400개씩 구워 15일 만에 첫 배에 싣는다.",
    _HEAD_KO + "가마에서 하루 360개씩 구워 25일 만에 물량의 절반을 채운다.",
    # in one sentence: a date, no span (a mismatch here would be an error)
    "보람 가마\n\n보람 가마는 하루 400개씩 구우며 다음 달 25일이면 1만8천 개를 채운다.",
]


@pytest.mark.parametrize("text", _KO_NO_REACHED_SPAN)
def test_review_no_korean_span_reached_apart_from_the_pace(knowledge, text):
    assert_not_linked(knowledge, text, PACE)


def test_no_groups_that_are_the_rest_of_a_split(knowledge):
    # (from the merge: the rest of a whole less a part, `남은 3천 개`, is no count a price each is given to; a whole,
    # a part or the rest, which one, the wording does not say — as the per-unit readers already hold)
    text = (
        "가람시 수거\n\n가람시는 텀블러 4만 개를 거뒀다. 이 가운데 3만7천 개를 씻어 나눠줬다. 깨진 3천 개는 "
        "버렸다. 세척비는 개당 40원씩 모두 160만 원이 들었다."
    )
    assert_not_linked(knowledge, text, PER_UNIT)
