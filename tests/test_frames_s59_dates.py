"""Counts of days to a day ahead and between two days (fifty-ninth session, lane `dates`).

Days ahead, counted from the article's day (checker/link/days_ahead.py; the frame day is Wednesday 5 August 2026):

- `40 days from today` after a day ahead (`[link.span_ahead_after]`); `today` in the sentence is the publication day,
  no other day the count may be made from;
- Korean: a run from today ended by a day to come, its length after the word that ends it (`오는 8월 30일(일)까지
  26일간`: `[link.span_ahead_until_openers]`, `[link.span_ahead_until_between]`, `[link.span_ahead_until_after]`);
  not a day gone by (`지난 …까지`);
- Korean: a day ahead counted from the order or deal the article reports (`주문 26일 뒤인 8월 31일(월)`:
  `[link.span_ahead_later_origins]`, `[link.span_ahead_later]`), from the day an earlier sentence making that order
  its topic, subject or object dates (`계약은 7월 2일(목) 체결됐다`: `[link.span_ahead_origin_dated]`); not where that
  sentence dates two days, nor counted from another day told before (`그로부터 …`).

Days between two days of one sentence (checker/link/spans_between_dates.py):

- Korean: a day written alone before `뒤인` is a length, no date (`그로부터 32일 뒤인 9월 4일`:
  checker/link/elapsed.py);
- two days after whole years written before them (`which dates from 1871, stood idle from … until it ran again on
  …, 18 days later`): the years are no end of the run; not the year of an open time (`2017년 이후`);
- a length that counts both ends (`19 days counting both ends`, `19 days inclusive`: `[link.run_apposed_after]`);
- an end told in the infinitive before its day (`will open on … and close on …`: `[link.run_last]`);
- `and the last 32 days later, on …`: a length told from the first end after a word of a part
  (checker/link/date_spans_general.py); not a part of the run (`the last 12 days are free`);
- a length right before the word that opens a range whose first day follows its weekday's name (`in the six weeks from
  Monday, August 3, to …`: `[link.weekday_before_date]`); not a length of another noun (`six boats from Monday …`).

Days between a day and an event named after it, dated in an earlier sentence (checker/link/days_from_named_events.py):
`on Friday 4 September, 60 days after the order was confirmed` (`[link.span_after_named]`), `12 days before the launch`
(`[link.span_before_named]`); a sentence naming the noun with no day is passed over; not a noun after a word that
qualifies it (`after the last capture`), nor a nearest naming sentence with two days, nor an event dated on the wrong
side of the day.

Ages counted from the year something began (checker/link/date_spans_general.py):

- Korean: a thing built, laid or planted in a year, its age reached now right after it (`1911년 세워져 올해 115년이
  됐다`, `1911년 놓여 올해로 115년째`: `[link.age_start_after_year_near]`); `올해` alone before years become now
  (`[link.age_this_year_ordinal_before]`); not years since a closing (`문을 닫은 지`), nor a streak this year
  (`올해 3년째 적자`);
- English: a thing made in a year (`was cast in 1871 and is 155 years old this year`: `[link.age_start_verbs]`).

Every sentence is written for this file, with invented places, names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import assert_checked, assert_not_linked

ELAPSED = "F406"


_DAYS_AHEAD = [
    # (text, holding count, broken count)
    (
        "Kilns\n\nThe Orrin kilns will be lit on Monday 14 September, {n} days from today, and fired for a week.",
        "40",
        "44",
    ),
    ("Kilns\n\nThe Orrin kilns will be lit on Monday 14 September, {n} from today.", "40 days", "30 days"),
    ("접종\n\n벼리군 보건소는 오는 8월 30일(일)까지 {n}일간 무료 독감 접종을 한다.", "26", "29"),
    ("물놀이\n\n벼리천 물놀이장은 오는 8월 30일까지 {n}일 동안 문을 연다.", "25", "31"),
    (
        "수출\n\n솔빛공방이 대만 찻집 체인에서 찻잔 600벌을 주문받았다고 5일 밝혔다. "
        "찻잔은 주문 {n}일 뒤인 8월 31일(월) 기차로 항구에 보내진다.",
        "26",
        "20",
    ),
    ("수출\n\n나머지 물량은 오늘부터 {n}일 뒤인 9월 4일(금) 보낸다.", "30", "33"),
    (
        "수출\n\n모래실공방이 호텔에 접시를 대는 계약을 7월 2일(목) 체결했다고 5일 밝혔다. "
        "이번 계약은 지난해 매출의 절반이다. "
        "배는 계약 {n}일 뒤인 9월 7일(월) 떠난다.",
        "67",
        "34",
    ),
    ("수출\n\n주문은 7월 2일(목) 들어왔다. 배는 주문 {n}일 뒤인 9월 7일(월) 떠난다.", "67", "62"),
]


@pytest.mark.parametrize(("text", "holds", "broken"), _DAYS_AHEAD)
def test_days_to_a_day_ahead(knowledge, text, holds, broken):
    assert_checked(knowledge, text.format(n=holds), ELAPSED, fires=False)
    assert_checked(knowledge, text.format(n=broken), ELAPSED, fires=True)


_NO_DAYS_AHEAD = [
    # a run that ended: `지난`, no day to come
    "접종\n\n벼리군 보건소는 지난 7월 30일까지 26일간 무료 접종을 했다.",
    # counted from a day told before, not from today
    "수출\n\n나머지 물량은 그로부터 21일 뒤인 8월 31일 실린다.",
    # the order's sentence dates two days: which one it was made on, unsaid
    "수출\n\n계약은 7월 1일과 2일 두 차례에 걸쳐 체결됐다. 배는 계약 64일 뒤인 9월 4일(금) 떠난다.",
    # a day ahead from another noun than the order or today
    "수출\n\n배는 출항 30일 뒤인 9월 4일(금) 닿는다.",
    # days of something else after the day ahead
    "Kilns\n\nThe Orrin kilns will be lit on Monday 14 September, 40 days from the first firing.",
]


@pytest.mark.parametrize("text", _NO_DAYS_AHEAD)
def test_no_days_ahead_are_read(knowledge, text):
    assert_not_linked(knowledge, text, ELAPSED)


_DAYS_BETWEEN = [
    ("배\n\n첫 배는 8월 3일(월) 떠나고, 나머지 물량은 그로부터 {n}일 뒤인 9월 4일 실린다.", "32", "25"),
    ("배\n\n첫 배는 8월 3일(월) 떠나고, 나머지 물량은 {n}일 뒤인 9월 4일(금) 실린다.", "32", "36"),
    (
        "Mill\n\nThe Tarrow mill, which dates from 1871, stood idle from Monday 3 August until it ran again on Friday "
        "21 August, {n} days later, with a new wheel.",
        "18",
        "15",
    ),
    (
        "Lane\n\nWork on the Tarrow lane runs from Monday 3 August to Friday 21 August, {n} days counting both ends, "
        "the council said.",
        "19",
        "22",
    ),
    (
        "Pool\n\nThe Brenn pool will open on Monday 3 August and close on Friday 21 August, {n} days inclusive.",
        "19",
        "25",
    ),
    (
        "Pool\n\nThe Brenn pool will open on Monday 3 August and close on Friday 21 August, {n} days counting both "
        "days.",
        "19",
        "24",
    ),
    (
        "Crates\n\nThe first crates leave Orrin on Monday 3 August and the last {n} days later, on Friday 4 September.",
        "32",
        "27",
    ),
]


_DAYS_BETWEEN += [
    (
        "Boats\n\nBoats were hired 900 times in the {n} from Monday, August 3, to Monday, September 14, the trust "
        "said.",
        "six weeks",
        "four weeks",
    ),
    ("Boats\n\nBoats were hired 900 times in the {n} days from Monday 3 August to Friday 21 August.", "18", "16"),
]


_DAYS_BETWEEN.append(
    ("곶감\n\n올해 곶감 말리기는 지난해 11월 3일(월) 시작해 2월 3일(화) 끝물 출하까지 {n}일 동안 이어졌다.", "93", "87")
)


@pytest.mark.parametrize(("text", "holds", "broken"), _DAYS_BETWEEN)
def test_days_between_two_days(knowledge, text, holds, broken):
    assert_checked(knowledge, text.format(n=holds), ELAPSED, fires=False)
    assert_checked(knowledge, text.format(n=broken), ELAPSED, fires=True)


_NO_DAYS_BETWEEN = [
    # a length of a part of the run, not of the run
    "Show\n\nThe Brenn show opens on Monday 3 August and runs to Friday 4 September; the last 12 days are free.",
    # a length counting something else after the run
    "Lane\n\nWork on the Tarrow lane runs from Monday 3 August to Friday 21 August, 25 days counting the rest days.",
    # `close` as a noun, no end of a run
    "Shares\n\nShares rose on Monday 3 August and fell at the close of trading on 21 August, 30 days of swings.",
    # a count of another noun before the range
    "Boats\n\nThe trust hired out six boats from Monday, August 3, to Monday, September 14.",
    # the year of an open time before the days: it may be where the span starts
    "밭\n\n2017년 이후 8월 4일부터 8월 9일까지 4일 동안 밭을 쉬게 했다.",
    # a year written between the days: which pair the length is between, unsaid
    "Mill\n\nThe mill shut on Monday 3 August, as it did in 1990, and reopened on Friday 21 August, 15 days later.",
]


@pytest.mark.parametrize("text", _NO_DAYS_BETWEEN)
def test_no_days_between_are_read(knowledge, text):
    assert_not_linked(knowledge, text, ELAPSED)


_AGES = [
    ("정자\n\n가장 오래된 정자는 1911년 세워져 올해 {n}년이 됐다.", "115", "111"),
    ("다리\n\n가장 오래된 다리는 1911년 놓여 올해로 {n}년째다.", "115", "105"),
    ("다리\n\n가장 오래된 나루는 1911년 문을 열어 올해 {n}년이 됐다.", "115", "119"),
    ("Bell\n\nThe Orrin bell was cast in 1871 and is {n} years old this year, the parish says.", "155", "150"),
]


@pytest.mark.parametrize(("text", "holds", "broken"), _AGES)
def test_an_age_from_the_year_something_was_made(knowledge, text, holds, broken):
    assert_checked(knowledge, text.format(n=holds), ELAPSED, fires=False)
    assert_checked(knowledge, text.format(n=broken), ELAPSED, fires=True)


_NO_AGES = [
    # years since a closing: no age of the thing
    "다리\n\n가장 오래된 나루는 1911년 문을 닫은 지 올해 115년이 됐다.",
    # a streak this year, no age from the year
    "가게\n\n1911년 세워진 가게는 올해 3년째 적자다.",
    # a thing built, then another year: no count of years
    "정자\n\n가장 오래된 정자는 1911년 세워져 2005년 헐렸다.",
]


@pytest.mark.parametrize("text", _NO_AGES)
def test_no_age_from_the_year_is_read(knowledge, text):
    assert_not_linked(knowledge, text, ELAPSED)


_NAMED_EVENTS = [
    (
        "Bales\n\nTarrow Mills confirmed the order on Monday 6 July. The mill has 12 looms and 40 staff. The first "
        "bales leave on Friday 4 September, {n} days after the order was confirmed.",
        "60",
        "50",
    ),
    (
        "Fair\n\nThe Brenn fair was held on Saturday 4 July and raised £900. The takings were paid out on Monday 3 "
        "August, {n} after the fair, to six groups.",
        "30 days",
        "five weeks",
    ),
    (
        "Launch\n\nThe Orrin launch is set for Saturday 19 September. A trial run takes place on Monday 7 September, "
        "{n} days before the launch.",
        "12",
        "14",
    ),
]


@pytest.mark.parametrize(("text", "holds", "broken"), _NAMED_EVENTS)
def test_days_from_an_event_an_earlier_sentence_dates(knowledge, text, holds, broken):
    assert_checked(knowledge, text.format(n=holds), ELAPSED, fires=False)
    assert_checked(knowledge, text.format(n=broken), ELAPSED, fires=True)


_NO_NAMED_EVENTS = [
    # a noun after a word that qualifies it: which capture, unsaid
    "Site\n\nCrews made a capture on Friday 3 July. Diggers move in on Monday 3 August, 26 days after the last "
    "capture.",
    # the nearest sentence naming the event dates two days
    "Fair\n\nThe fair ran on Saturday 4 July and Sunday 5 July. The takings were paid out on Monday 3 August, 30 "
    "days after the fair.",
    # the event dated after the day: another event of that noun
    "Fair\n\nThe next fair is on Saturday 5 September. The takings were paid out on Monday 3 August, 30 days "
    "after the fair.",
    # no sentence before names the event
    "Fair\n\nThe takings were paid out on Monday 3 August, 30 days after the fair.",
]


@pytest.mark.parametrize("text", _NO_NAMED_EVENTS)
def test_no_days_from_a_named_event_are_read(knowledge, text):
    assert_not_linked(knowledge, text, ELAPSED)


# ---- review (session 59): the order's day told elsewhere, a run begun before today, and the event's own day

_REVIEW_HOLDS = [
    # the order dated in a later sentence: counted from that day (7월 20일 → 9월 1일)
    (
        "수출\n\n다솜목공이 나무 쟁반 900개를 수출한다. 물량은 주문 {n}일 뒤인 9월 1일(화) 실린다. "
        "주문은 7월 20일(월) 들어왔다.",
        "43",
        "27",
    ),
    # the order the article's own news of the publication day (5 August → 1 September)
    (
        "수출\n\n다솜목공이 일본 업체로부터 나무 쟁반 900개를 주문받았다고 5일 밝혔다. "
        "물량은 주문 {n}일 뒤인 9월 1일(화) 부산항에서 실린다.",
        "27",
        "45",
    ),
    # the event's noun heads what its sentence dates
    (
        "Wool\n\nPellam Farms signed the contract on Tuesday 14 July. The first loads leave on Tuesday 1 September, "
        "{n} days after the contract was signed.",
        "49",
        "39",
    ),
    (
        "Gala\n\nThe Dunmore gala was held on Saturday 18 July. The money was paid on Saturday 15 August, {n} "
        "after the gala.",
        "four weeks",
        "six weeks",
    ),
]


_REVIEW_HOLDS += [
    # the event's noun before a clause of its own dating it
    (
        "Fete\n\nSix clubs got £500 each from Lenby's harvest fete, which raised £3,000 on the bank holiday, Monday 25 "
        "May. The cheques were handed over on Monday 27 July, {n} days after the fete, at the hall.",
        "63",
        "80",
    ),
    # a run of its own that ended earlier (from the 1st to the 3rd): the run to a day ahead still counted from today
    (
        "축제\n\n신고는 이달 1일부터 3일까지 사흘 동안 이어졌다. 늘봄군은 오는 8월 30일까지 {n}일간 포도 축제를 연다.",
        "26",
        "30",
    ),
]


@pytest.mark.parametrize(("text", "holds", "broken"), _REVIEW_HOLDS)
def test_review_counts_from_the_day_the_article_gives(knowledge, text, holds, broken):
    assert_checked(knowledge, text.format(n=holds), ELAPSED, fires=False)
    assert_checked(knowledge, text.format(n=broken), ELAPSED, fires=True)


_REVIEW_NOT_LINKED = [
    # the order made last month, on a day unsaid: not counted from the publication day
    "수출\n\n다솜목공이 나무 쟁반 900개를 수출한다. 물량은 주문 40일 뒤인 9월 1일(화) 실린다. 주문은 지난달 받았다.",
    "수출\n\n다솜목공은 지난달 일본 업체의 주문을 받았다. 물량은 주문 40일 뒤인 9월 1일(화) 실린다.",
    "수출\n\n주문은 7월 초 들어왔다. 물량은 주문 40일 뒤인 9월 1일(화) 실린다.",
    # no sentence dates the order at all
    "수출\n\n물량은 주문 40일 뒤인 9월 1일(화) 실린다.",
    # the order's later sentence dates two days
    "수출\n\n물량은 주문 27일 뒤인 9월 1일(화) 실린다. 주문은 7월 20일과 21일 두 번 들어왔다.",
    # a run begun on a day gone by: not counted from today
    "축제\n\n축제는 지난 1일 시작됐다. 늘봄군은 오는 8월 30일까지 30일간 포도 축제를 연다.",
    # the noun part of another noun's phrase, or another event's day
    "Wool\n\nTalks on the contract began on Tuesday 14 July. The first loads leave on Tuesday 1 September, 30 days "
    "after the contract was signed.",
    "Show\n\nPlans for the launch were approved on Monday 10 August. Crews arrive on Tuesday 1 September, 22 days "
    "after the launch.",
    "Gala\n\nThe gala committee met on Saturday 18 July. The money was paid on Saturday 15 August, 21 days after the "
    "gala.",
    "Gala\n\nThe gala, first planned for Saturday 11 July, was held a week late. The money was paid on Saturday 15 "
    "August, four weeks after the gala.",
    "Show\n\nThe launch will follow the gala on Friday 11 September. A preview runs on Tuesday 1 September, 10 days "
    "before the launch.",
    # the first day's year written, the second's not, after a year: which year the second is, unsaid
    "Pier\n\nThe pier, shut since 2019, closed again on 3 August 2025 and reopened on 27 August, 24 days later.",
]


_REVIEW_NOT_LINKED.append(
    # a clause set apart by a comma before the day: the day is another event's
    "Fete\n\nTickets for the harvest fete, which sold out, went on sale on Monday 25 May. The cheques were handed "
    "over on Monday 27 July, 80 days after the fete, at the hall."
)


@pytest.mark.parametrize("text", _REVIEW_NOT_LINKED)
def test_review_no_count_from_an_unsaid_day(knowledge, text):
    assert_not_linked(knowledge, text, ELAPSED)
