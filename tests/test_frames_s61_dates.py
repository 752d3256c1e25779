"""Dates (sixty-first session, lane `dates`). The frame day is Wednesday 5 August 2026.

- An English day written after its weekday's name and without its year is of the year, near publication, whose
  date falls on that weekday (checker/extract/time.py), as a Korean day with its weekday after it is: a day more than a
  month ahead is a day to come (`on Wednesday 21 October, 11 weeks from today`), not last year's;
- a hedge before a length from now (`nearly six weeks from now`: `[link.span_ahead_between]`);
- a noun of a day apposed to a range's end (`부터 축제 첫날인 29일까지`, `to the eve of the fair, Thursday 30 July`:
  `[link.range_end_apposed]`);
- Korean weeks closed by a bare copula (`…까지 6주다`: `[link.span_across_after]`);
- nights and evenings as a run's days (`[link.length_days]`), `in a row` after its length
  (`[link.run_apposed_after]`);
- a run's length before a clause that ends the run on its second day (`should take five weeks, with the hall ready on
  Tuesday 27 October`: `[link.run_length_until_clause]`);
- days or weeks `earlier` after a day, counted back from the day an earlier sentence dates last, and, in Korean, a
  length and its mark of later right before the first day of its sentence, after its subject (`배는 약 3주 뒤인 다음 달
  1일`: `[link.span_later_lead]`), counted from that day too (checker/link/later_spans_after_sentences.py);
- an ordinal year of trading or business (`its 23rd year of trading`: `[link.age_year_ordinal_after]`), an ordinal
  written as a hyphened ten and unit (`twenty-third`, `twenty-fifth anniversary`);
- Korean: setting out on the work after a day (`13일 첫 수확에 나섰다`: `[link.run_started_after_day]`) starts a
  run a later sentence ends;
- Korean ages (checker/link/date_spans_general.py, `[link.age_start_after_year_near]`): a thing built that goes on
  (`1987년 세워져 39년 동안 … 지키고 있다`), a group formed by people gathering (`… 세 명이 모여 꾸렸다`), a custom
  revived (`다시 살렸다`, `되살린`); a count opened by `올해로` in the sentence after its start; the ordinal reached by
  a verb of becoming or quoted (`되살린 지 10년째가 되면서`, `10년째라고`: `[link.age_since_bound_after]`).

Every sentence is written for this file, with invented places, names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import assert_checked, assert_not_linked

ELAPSED = "F406"

_READ = [
    # (text, holding figure, broken figure)
    ("Ferry\n\nThe Skerry ferry will sail on Wednesday 21 October, {n} weeks from today.", "11", "14"),
    ("Ferry\n\nThe Skerry ferry will sail on Friday 13 November, {n} days from today.", "100", "90"),
    (
        "Fair\n\nThe Orrin fair is held on Sunday 13 September, nearly {n} weeks from now, and lasts a day.",
        "six",
        "nine",
    ),
    ("Fair\n\nThe Orrin fair starts on Saturday 12 September, almost {n} weeks from now.", "five", "eight"),
    ("부스\n\n모임은 지난달 8일(수)부터 축제 첫날인 29일까지 {n}일 동안 부스를 준비했다.", "22", "18"),
    ("부스\n\n모임은 지난달 1일(수)부터 대회 마지막 날인 12일까지 {n}일 동안 부스를 꾸렸다.", "12", "15"),
    (
        "Stall\n\nThe Brenn stall ran from Monday 6 July to the eve of the fair, Thursday 30 July, {n} days in all.",
        "25",
        "20",
    ),
    ("임대\n\n임대 기간은 2027년 3월 1일(월)부터 4월 9일(금)까지 {n}주다.", "6", "8"),
    ("임대\n\n대여 기간은 2027년 3월 1일(월)부터 4월 5일(월)까지 {n}주였다.", "5", "9"),
    (
        "Plays\n\nThe Tarrow plays run from Tuesday 8 December to Friday 11 December, {n} nights in a row.",
        "four",
        "six",
    ),
    ("Camp\n\nBetween 1 June and 30 June the Orrin campsite had 40 pitches over {n} nights.", "30", "24"),
    (
        "Plays\n\nThe Tarrow plays run from Tuesday 8 December to Friday 11 December, {n} days in a row.",
        "four",
        "seven",
    ),
    (
        "Hall\n\nSanding starts on Tuesday 22 September and should take {n} weeks, with the hall ready on "
        "Tuesday 27 October.",
        "five",
        "eight",
    ),
    (
        "Hall\n\nSanding starts on Tuesday 22 September and will take {n} days, ending on Tuesday 27 October.",
        "35",
        "28",
    ),
    (
        "Kiosk\n\nThe new kiosk opened on Monday 6 July. It replaces the old one, which was shut on Monday 15 June, "
        "{n} days earlier.",
        "21",
        "12",
    ),
    (
        "Kiosk\n\nThe new kiosk opened on Monday 6 July. The old kiosk had been taken away on Monday 16 June last "
        "year, {n} days earlier.",
        "385",
        "350",
    ),
    ("선적\n\n선적은 오는 10일(월) 부산항에서 한다. 배는 약 {n}주 뒤인 다음 달 1일 미국 항구에 닿는다.", "3", "5"),
    ("선적\n\n첫 짐은 오는 12일(수) 떠난다. 나머지는 그로부터 {n} 뒤인 8월 22일(토) 보낸다.", "열흘", "닷새"),
    (
        "Firm\n\nThe Orrin firm was founded in 2004 by a cousin; this is its {n} year of trading.",
        "twenty-third",
        "twenty-first",
    ),
    ("Firm\n\nThe Orrin firm was founded in 2004. This is its {n} year of business.", "23rd", "20th"),
    (
        "Choir\n\nThe Brenn choir was founded in 2001 and marks its {n} anniversary this year.",
        "twenty-fifth",
        "twenty-second",
    ),
    ("수확\n\n작목반은 지난달 13일(월) 첫 수확에 나섰다. 수확은 9월 4일(금)까지 {n}일 동안 이어진다.", "54", "45"),
    ("초소\n\n장터 앞 초소는 1987년 세워져 {n}년 동안 같은 자리를 지키고 있다.", "39", "33"),
    ("다리\n\n돌다리는 1958년 놓여 {n}년 동안 마을을 이어 왔다.", "68", "60"),
    ("봉사단\n\n봉사단은 2011년 마을 의사 세 명이 모여 꾸렸다. 올해로 {n}년째다.", "16", "12"),
    ("소방대\n\n소방대는 1981년 동네 젊은이 9명이 모여 만들었다. 올해로 {n}년째다.", "46", "40"),
    ("두레\n\n마을은 2017년 끊겼던 두레를 다시 살렸다. 올해로 두레를 되살린 지 {n}년째가 됐다.", "10", "7"),
    (
        '두레\n\n마을은 2017년 끊겼던 두레를 다시 살렸다. 대표는 "올해로 두레를 되살린 지 {n}년째가 되면서 '
        '청년들이 돕는다"고 말했다.',
        "10",
        "7",
    ),
    ("두레\n\n마을은 2017년 끊겼던 두레를 다시 살렸다. 대표는 올해로 두레를 되살린 지 {n}년째라고 말했다.", "10", "6"),
    # (review) the object of the count's own clause named in its start's sentence
    (
        '장터\n\n시는 2016년 장터를 다시 살렸다. 상인회장은 "장터를 되살린 지 {n}년째가 되면서 '
        '손님이 늘었다"고 말했다.',
        "11",
        "14",
    ),
    # (review) one thing ready on the run's last day
    (
        "Pitch\n\nRelaying starts on Monday 7 September and should take {n} weeks, with the pitch ready on Monday "
        "19 October.",
        "six",
        "nine",
    ),
    # (review) a topic before the length told before the day
    (
        "화물\n\n첫 컨테이너는 오는 14일(금) 인천항을 떠난다. 화물은 약 {n}주 뒤인 다음 달 11일 호주에 도착한다.",
        "4",
        "9",
    ),
    ("공모\n\n공모는 지난달 20일(월) 마감했다. 심사 결과는 그로부터 {n} 뒤인 이달 4일 나왔다.", "보름", "열흘"),
    # (review) weeks earlier, a weekday's year, a year of operation, days on end, a day before a deadline
    (
        "Pool\n\nThe Ashby pool reopened on Monday 27 July. The gym next door had reopened on Monday 6 July, {n} weeks "
        "earlier.",
        "three",
        "five",
    ),
    ("Pool\n\nThe Lantry pool reopens on Thursday 15 October, {n} weeks from today.", "10", "16"),
    ("Ferry\n\nThe Fennick ferry service began in 1999 and is now in its {n} year of operation.", "28th", "35th"),
    (
        "Market\n\nThe Halver market ran from Monday 7 September to Sunday 13 September, {n} days on end.",
        "seven",
        "ten",
    ),
    ("접수\n\n신청은 지난달 3일부터 마감 이틀 전인 22일까지 {n}일간 받았다.", "20", "27"),
]


@pytest.mark.parametrize(("text", "holds", "broken"), _READ)
def test_read_and_checked(knowledge, text, holds, broken):
    assert_checked(knowledge, text.format(n=holds), ELAPSED, fires=False)
    assert_checked(knowledge, text.format(n=broken), ELAPSED, fires=True)


_NOT_READ = [
    # a weekday's name no near year gives that day: which year, unsaid (the weekday check reports it)
    "Ferry\n\nThe Skerry ferry will sail on Thursday 21 October, 11 weeks from today.",
    # weeks after another event, not from now
    "Fair\n\nThe Orrin fair is held on Sunday 13 September, nearly six weeks after the vote.",
    # an apposed noun of a place, no day: no range
    "부스\n\n모임은 지난달 8일(수)부터 축제 장소인 광장에서 29일까지 22일 동안 부스를 준비했다.",
    # an apposed noun of no day before the end
    "Stall\n\nThe Brenn stall ran from Monday 6 July to the fair, Thursday 30 July, 25 days in all.",
    # nights after another event
    "Plays\n\nThe Tarrow plays open on Monday 14 December, four nights after the vote.",
    # a clause of another thing after the length: not the run's end
    "Hall\n\nSanding starts on Tuesday 22 September and should take five weeks, with the first coat on Tuesday "
    "27 October.",
    # `earlier` after a month: days and weeks are counted between two days only
    "Kiosk\n\nThe new kiosk opened on Monday 6 July. The old one was shut in June, three weeks earlier.",
    # a streak's ordinal year, not the firm's own years
    "Firm\n\nThe Orrin firm was founded in 2004. This is its twenty-third year of losses.",
    # a length counted from another event its noun names, not from the day told before
    "선적\n\n선적은 오는 10일(월) 부산항에서 한다. 배는 출항 22일 뒤인 다음 달 1일 미국 항구에 닿는다.",
    # no sentence before it dates a day: from when, unsaid
    "선적\n\n선적은 부산항에서 한다. 배는 약 3주 뒤인 다음 달 1일 미국 항구에 닿는다.",
    # a thing built, then pulled down: the length runs to its end, not to now
    "초소\n\n장터 앞 초소는 1987년 세워져 39년 동안 쓰이다 2019년 헐렸다.",
    # a plan to revive, told from a year on: no start of what goes on now
    "구들\n\n군은 2024년부터 4년 동안 옛집 구들을 되살린다는 목표를 세웠다.",
    # a year of hearing of the custom, no start of it
    "두레\n\n마을은 2017년 두레 이야기를 처음 들었다고 한다. 대표는 그 뒤로 9년째 두레를 배우고 있다.",
    # (review) things readied along the way, or a place open to some, not the run's end
    "Pitch\n\nRelaying starts on Monday 7 September and should take six weeks, with the quotes ready on Monday "
    "14 September.",
    "Road\n\nWork starts on Monday 7 September and takes six weeks, with the road open on Saturday 12 September to "
    "buses.",
    # (review) a noun of another event before the length, ending in a subject's mark: counted from that event
    "성적\n\n학교는 지난달 6일 방학에 들어갔다. 성적은 평가 3주 뒤인 이달 3일 나왔다.",
    # (review) a count of the years since another thing, its object not named by the start's sentence
    "봉사대\n\n봉사대는 2004년 주민 다섯 명이 모여 꾸렸다. 올해로 대장을 맡은 지 9년째다.",
    "장터\n\n그는 2016년 장터를 처음 찾았다. 장사를 한 지 20년째라고 말했다.",
    "합창단\n\n합창단원들은 2008년 처음 모여 노래했다. 올해로 단장을 맡은 지 7년째다.",
    # (review) days earlier than a plan, not counted back from the day told before
    "Pool\n\nThe Ashby pool reopened on Monday 27 July. The gym next door had reopened on Monday 6 July, three weeks "
    "earlier than planned.",
    # (review) a count of persons per team after a range's start, no day apposed
    "조\n\n참가자는 지난달 1일부터 2인 1조로 14일 동안 활동했다.",
]


@pytest.mark.parametrize("text", _NOT_READ)
def test_not_read(knowledge, text):
    assert_not_linked(knowledge, text, ELAPSED)
