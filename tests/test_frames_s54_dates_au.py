"""Counts of days between two dates and years since one (fifty-fourth session, lane `dates_au`).

Counts of days between the two dated days of one sentence (checker/link/spans_between_dates.py; the elapsed check
takes the days between them or counted with both ends, so neither reading of a notice's `from … to …` is reported):

- a range joined by `and` before the second day's name (`between Monday 4 May and Friday 11 September, 131 days in
  all`, `between Wednesday, June 3, and Sunday, June 21`: `[link.range_joiners]`), as `to Friday` already joined;
- a run whose end is told with `runs to` (`opened on Saturday 23 May and runs to Sunday 20 September`:
  `[link.run_last]`), the length set after it;
- a year written before both days holds them when the end writes no year of its own (`This year's season opened on
  … and runs to …`): the reader's guess of the end's year is no third date, the run dates it forward;
- days or weeks right after the second of two dated days, marked as the gap between them (`27 on Tuesday 7 July and
  22 on Thursday 16 July, nine days apart`: `[link.span_apart]`); a hedged gap (`about nine days apart`), a gap of
  another unit (`nine miles apart`), or one between months is not read;
- `and` before the second day's name joins only after `between` (`[link.range_joiners_opened]`): two days named
  without it are two events (`walked out on Monday 4 May and Friday 8 May, two days in all`);
- a length followed by a noun marked as its verb's subject is that noun's days within the run (`5월 20일까지 3일 동안
  공연이 열린다`: `[link.run_length_subject_after]`);
- Korean: a weekday in brackets after a date stands before the words that join or end the run (`7월 1일(수) 시작한
  수확이 9월 30일(수)까지 92일 동안`), and a start told in the passive joins a range ended by `까지` (`7월 1일
  시작됐으며 9월 30일까지`: `[link.range_joiners_until]`); a start with no `까지` after its end is no range.

Years since a start (checker/link/elapsed_since_dates.py, checker/link/date_spans_general.py):

- a year before 1800 after `in` is a year (`built in 1786, 240 years ago`: checker/extract/time.py), not one before
  a plural noun (`in 1650 villages`);
- Korean: a year then `부터` and a count of years `동안` is the years up to now only when the sentence says the stretch
  goes on (`2001년부터 25년 동안 … 이어 왔다`: `[link.age_start_after_year_near]`); a stretch that ended (`2001년부터
  3년 동안 시장을 지냈다`) is not read, nor one whose going-on verb is another clause's or subject's (`…지냈고, 이후
  농사를 지어 왔다`, `… 가르친 제자가 찾아 왔다`).
- Korean: a person's age now in brackets and their age when they founded something, in a sentence with no year
  (`정아무개(46) 대표는 서른다섯 살에 회사를 세웠다`: `[link.age_then_founded]`), differ by the years since the one
  founding year of the sentence right before it in its paragraph (`2015년 창업한 회사는 …`,
  checker/link/age_pairs.py); not an age of joining (`입사했다`), nor with two years before (which one is unsaid),
  nor a year of another start before (`2015년 도입된 제도`, `2015년부터 수출을 시작했다`: only a word of founding,
  `[link.age_founded_after_year]`).

Every sentence is written for this file, with invented places, names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import assert_checked, assert_not_fired, assert_not_linked

ELAPSED = "F406"


_DAY_COUNTS = [
    # (text, holding count, broken count)
    (
        "Ferry\n\nThe Tarrow ferry ran between Monday 4 May and Friday 11 September, {n} days in all.",
        "131",
        "125",
    ),
    (
        "Ferry\n\nThe Tarrow ferry ran between Monday 4 May and Friday 11 September, {n} days, with two boats.",
        "130",
        "136",
    ),
    (
        "Choir\n\nThe Orm Valley choir sang between Wednesday, June 3, and Sunday, June 21, {n} days in all.",
        "19",
        "15",
    ),
    (
        "Lido\n\nThe Brackley lido opened on Saturday 23 May and runs to Sunday 20 September, {n} days in all.",
        "121",
        "115",
    ),
    (
        "Lido\n\nThis year's Brackley lido season opened on Saturday 23 May and runs to Sunday 20 September, {n} days "
        "in all.",
        "121",
        "117",
    ),
    (
        "Chicks\n\nRingers tagged the chicks in two batches, 30 on Tuesday 7 July and 25 on Thursday 16 July, {n} "
        "apart, on the upper marsh.",
        "nine days",
        "six days",
    ),
    (
        "Counts\n\nThe counts were made on Wednesday 1 July and Wednesday 15 July, {n} apart.",
        "two weeks",
        "four weeks",
    ),
    ("포도\n\n군은 7월 1일(수) 시작한 포도 수확이 9월 30일(수)까지 {n}일 동안 이어진다고 밝혔다.", "92", "97"),
    ("포도\n\n포도 수확은 7월 1일(수) 시작됐으며 9월 30일(수)까지 {n}일 동안 이어진다.", "91", "85"),
]


@pytest.mark.parametrize(("text", "holds", "broken"), _DAY_COUNTS)
def test_a_count_of_days_between_two_dated_days(knowledge, text, holds, broken):
    assert_checked(knowledge, text.format(n=holds), ELAPSED, fires=False)
    assert_checked(knowledge, text.format(n=broken), ELAPSED, fires=True)


_NO_DAY_COUNT = [
    # a count of another noun after the range: no length
    "Ferry\n\nThe Tarrow ferry ran between Monday 4 May and Friday 11 September, 131 crossings in all.",
    # `runs to` a place, not to the second date: no run
    "Shuttle\n\nThe shuttle that opened on 23 May runs to the harbour, and on 20 September it carried 121 people.",
    # a hedged gap: no count to check
    "Chicks\n\nRingers tagged 30 chicks on Tuesday 7 July and 25 on Thursday 16 July, about six days apart.",
    # a gap in another unit
    "Chicks\n\nRingers tagged 30 chicks on Tuesday 7 July and 25 on Thursday 16 July, six miles apart.",
    # a gap between two months: days are not counted between months
    "Counts\n\nThe counts were made in May and in July, six days apart.",
    # a start with no `까지` after the end: no range
    "포도\n\n포도 수확은 7월 1일(수) 시작됐으며 9월 30일(수) 농가 97곳이 모였다.",
    # no length of days after the range
    "포도\n\n군은 7월 1일(수) 시작한 포도 수확이 9월 30일(수)까지 이어지며 농가 97곳이 참여한다고 밝혔다.",
    # two named days joined by `and` with no `between`: two events, the count is of their days
    "Walkout\n\nPorters at Kelvey depot walked out on Monday 4 May and Friday 8 May, two days in all.",
    "Panel\n\nThe Ossery inquiry sat on Monday 2 March and Friday 13 March, five days in total, hearing 9 people.",
    "Talks\n\nThe Brede talks took place on 2 March and Friday 13 March, 2 days of talks.",
    "Storm\n\nGales hit Mallon Head on Monday 2 March and Friday 13 March, 11 days of repairs followed.",
    # a length whose verb has its own subject: that noun's days within the run
    "축제\n\n나루 축제는 5월 1일(금) 시작됐으며 5월 20일(수)까지 모두 3일 동안 공연이 열린다.",
    "축제\n\n나루 축제는 5월 1일 시작해 5월 20일까지 3일간 행사가 열린다.",
]


@pytest.mark.parametrize("text", _NO_DAY_COUNT)
def test_no_count_of_days_is_read(knowledge, text):
    assert_not_linked(knowledge, text, ELAPSED)


_YEARS_SINCE = [
    ("Chapel\n\nThe chapel at Orm Cross was built in 1786, {n} years ago.", "240", "250"),
    ("Mill\n\nThe Tarrow mill opened in 1652, {n} years ago, on the old ford.", "374", "364"),
    ("독수리\n\n모임은 2001년부터 {n}년 동안 독수리 먹이 주기를 이어 왔다.", "25", "21"),
    ("숲\n\n해설가 한씨는 2014년부터 {n}년 동안 이 숲을 안내해 왔다.", "12", "15"),
]


@pytest.mark.parametrize(("text", "holds", "broken"), _YEARS_SINCE)
def test_years_since_a_start(knowledge, text, holds, broken):
    assert_checked(knowledge, text.format(n=holds), ELAPSED, fires=False)
    assert_checked(knowledge, text.format(n=broken), ELAPSED, fires=True)


_NO_YEARS_SINCE = [
    # a count before a plural noun after `in`: no year
    "Villages\n\nThe charity now works in 1650 villages, 30 years ago it worked in 12.",
    # a stretch that ended: not up to now
    "시장\n\n그는 2001년부터 3년 동안 시장을 지냈다.",
    "가게\n\n그는 2010년부터 5년 동안 가게를 운영하다 접었다.",
    # the going-on verb in another clause or of another subject
    "시장\n\n그는 2003년부터 3년 동안 군수를 지냈고, 이후 농사를 지어 왔다.",
    "제자\n\n그는 2003년부터 5년 동안 가르친 제자가 올해 찾아 왔다고 말했다.",
    "농장\n\n그는 2003년부터 4년 동안 농장을 꾸렸고 지금은 쉬고 있다.",
    "가게\n\n그는 2003년부터 6년 동안 가게를 운영했는데 손님들이 아직 찾아 온다.",
    "복무\n\n그는 2003년부터 2년 동안 복무를 마쳤으며 지금은 농사를 짓고 있다.",
]


@pytest.mark.parametrize("text", _NO_YEARS_SINCE)
def test_no_years_since_are_read(knowledge, text):
    assert_not_fired(knowledge, text, ELAPSED)


_AGES_AT_A_FOUNDING = [
    # (text, holding age then, broken age then)
    ("덫\n\n2015년 창업한 회사는 덫 하나에 매달려 왔다. 정하람(46) 대표는 {n} 살에 회사를 세웠다.", "서른다섯", "서른"),
    ("공방\n\n공방은 1986년 문을 열어 가야금을 만들었다. 윤가람(67) 대표가 {n} 살에 차린 곳이다.", "스물일곱", "서른"),
]


@pytest.mark.parametrize(("text", "holds", "broken"), _AGES_AT_A_FOUNDING)
def test_an_age_at_a_founding_the_sentence_before_dates(knowledge, text, holds, broken):
    assert_checked(knowledge, text.format(n=holds), ELAPSED, fires=False)
    assert_checked(knowledge, text.format(n=broken), ELAPSED, fires=True)


_NO_AGE_AT_A_FOUNDING = [
    # an age of joining, not of founding
    "공방\n\n공방은 1986년 문을 열었다. 윤가람(67) 씨는 스무 살에 공방에 들어왔다.",
    # two years in the sentence before: which one the founding is, unsaid
    "공방\n\n공방은 1986년 문을 열어 2001년 자리를 옮겼다. 윤가람(67) 대표가 스무 살에 차린 곳이다.",
    # another paragraph
    "공방\n\n공방은 1986년 문을 열었다.\n\n윤가람(67) 대표가 스무 살에 차린 가게는 따로 있다.",
    # the year before is of another start, not of a founding
    "제도\n\n2016년 도입된 지원 제도는 창업을 도왔다. 문새롬(47) 대표는 스무 살에 회사를 세웠다.",
    "사업\n\n2016년 시작된 지원 사업에 회사가 뽑혔다. 문새롬(47) 대표는 스물두 살에 회사를 세웠다.",
    "수출\n\n회사는 2016년부터 수출을 시작했다. 문새롬(47) 대표는 스물다섯 살에 회사를 세웠다.",
]


@pytest.mark.parametrize("text", _NO_AGE_AT_A_FOUNDING)
def test_no_age_at_a_founding_is_read(knowledge, text):
    assert_not_fired(knowledge, text, ELAPSED)
