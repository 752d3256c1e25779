"""Korean elapsed times reached this year (forty-ninth session, lane `fa_ko2`; checker/link/elapsed.py).

- `2003년 문을 열어 올해로 문을 연 지 23년이 됐다`: this year's word with the particle of a year reached
  (`[link.span_reached_now]`) is where the span ends (now), never where it starts: the start is the date with its
  year before it in the same sentence, and with none there, no span is read.

- `… 지난해 수출량 20톤보다 10톤 늘었다. 2018년 첫 수출 이후 8년 만에 가장 큰 계약`: a record's span runs to the
  period of the figures before it (checker/link/elapsed_since_dates.py), never to the year a change is only
  measured from: a change dated by its baseline's year dates nothing; with no other figure dated, a span in whole
  years runs to the publication.
- `하루 정원은 600명 … 하루 평균 200명`: a figure with a day's mark before it (`[link.per_day_before]`, a few words
  between) is a day's figure, never the total a day's average over many days is of (checker/link/span_averages.py).

- `시 900편, 산문 600편으로 … 시가 전체의 60%`: a one-letter subject before a whole written out that heads another
  listed member than the last figure is that member's share, never the last figure's: no share of the last figure is
  read (checker/link/listed_subject_shares.py, checker/link/shares.py).

- `2만 세트와 1만 세트로, 색연필은 모두 84만 자루`: sets and sticks are counters of two kinds of thing
  (`[link.kind_counters]`): a list of sets is no sum of a total of sticks; a total of sets is still summed.

Every sentence is written for this file, with invented places, names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import assert_checked, assert_not_fired, assert_not_linked

ELAPSED = "F406"


_REACHED_THIS_YEAR = [
    # (text, holding span, broken span)
    ("하람군 목공방 '솔결'은 2003년 문을 열어 올해로 문을 연 지 {n}이 됐다.", "23년", "21년"),
    ("누리시 소년합창단은 2011년 창단해 올해로 창단한 지 {n}이 됐다고 밝혔다.", "15년", "12년"),
    ("다온군 향토사료관은 1996년 개관해 금년으로 개관한 지 {n}이 됐다.", "30년", "27년"),
]


@pytest.mark.parametrize("text,holds,broken", _REACHED_THIS_YEAR)
def test_a_span_reached_this_year_runs_from_the_date_before(knowledge, text, holds, broken):
    assert_checked(knowledge, text.format(n=holds), ELAPSED, fires=False)
    assert_checked(knowledge, text.format(n=broken), ELAPSED, fires=True)


_NO_SPAN_FROM_THIS_YEAR = [
    # no date before this year's word: this year is the end, and nothing is where the span starts
    "하람군 목공방 '솔결'은 올해로 문을 연 지 21년이 됐다.",
    "누리시 소년합창단은 올해로 창단한 지 12년이 됐고, 단원은 40명이다.",
    # a date after the span, of another figure: not its start
    "다온군 향토사료관은 올해로 개관한 지 27년이 됐고, 2025년 관람객은 3만명이었다.",
]


@pytest.mark.parametrize("text", _NO_SPAN_FROM_THIS_YEAR)
def test_this_year_reached_is_never_the_start_of_a_span(knowledge, text):
    assert_not_linked(knowledge, text, ELAPSED)


_NO_FALSE_ALARM = [
    # the start in the sentence before: not read by this reading, and no false alarm
    "하람군 목공방 '솔결'은 2003년 문을 열었다. 올해로 문을 연 지 23년이 됐다.",
    # this year without the particle of a year reached, a date of its own: no span counted from it
    "누리시 소년합창단은 2011년 창단했고 올해 단원이 40명으로 늘었다.",
    # the English counterpart: a span reached this year, from the year before it
    "The Harlow bakery opened in 2003, and this year it marks 23 years since it opened.",
    # two dates before this year's word: which event the span restates is unknown, no start is read
    "모래시 어시장은 1991년 개장해 2012년 자리를 옮겼고, 올해로 개장한 지 35년이 됐다.",
    "가온군 도서관은 2004년 개관해 2018년 증축했고, 올해로 개관한 지 22년이 됐다.",
    # a second span after this year's word names another event (`부임한 지`): not read from the first one's date
    "가온군 도서관은 2004년 개관해 올해로 개관한 지 22년, 최 관장이 부임한 지 6년이 됐다.",
    # a birth year is no event's start
    "1958년생 박씨는 올해로 배를 탄 지 45년이 됐다.",
]


@pytest.mark.parametrize("text", _NO_FALSE_ALARM)
def test_no_false_alarm_around_this_year_reached(knowledge, text):
    assert_not_fired(knowledge, text, ELAPSED)


_REACHED_THIS_YEAR_THEN_A_LATER_DATE = [
    # (text, holding span, broken span): a date of another clause after the span is not its end (this year is)
    ("한결중학교는 2005년 개교해 올해로 개교한 지 {n}이 됐고, 2008년 첫 졸업생을 냈다.", "21년", "19년"),
]


@pytest.mark.parametrize("text,holds,broken", _REACHED_THIS_YEAR_THEN_A_LATER_DATE)
def test_a_span_reached_this_year_ends_now_past_a_later_date(knowledge, text, holds, broken):
    assert_checked(knowledge, text.format(n=holds), ELAPSED, fires=False)
    assert_checked(knowledge, text.format(n=broken), ELAPSED, fires=True)


# ---------------------------------------------------------------- a day's figure is no total of a day's average

PER_PERIOD = "F312"

_DAY_AVERAGE_OF_A_TOTAL = [
    # (text, holding average, broken average)
    ("보라군 카트장의 올해 이용객은 3만명이다. 올해 운행일은 150일로, 하루 평균 {n}이 탔다.", "200명", "250명"),
    ("보라군 카트장은 올해 150일 동안 3만명이 탔다. 하루 평균 {n}꼴이다.", "200명", "300명"),
    ("The Ashby rail ride carried 30,000 riders over 150 days this year, an average of {n} a day.", "200", "250"),
    # a day's mark of a verb or an adverb before the total, not of a day's capacity: the total is still read
    ("보라군 전시관 관람객은 매일 늘어 3만명이다. 150일 동안 하루 평균 {n}이 찾았다.", "200명", "250명"),
    ("매일 열리는 보라 장터 방문객은 6만명이다. 120일 동안 하루 평균 {n}이 다녀갔다.", "500명", "600명"),
    ("날마다 열린 보라 야시장 방문객은 6만명이다. 120일 동안 하루 평균 {n}이 다녀갔다.", "500명", "600명"),
    ("보라 셔틀버스는 매일 운행했고 이용객은 3만명이다. 150일 동안 하루 평균 {n}이 탔다.", "200명", "250명"),
    ("일일이 센 보라 전시관 관람객은 3만명이다. 150일 동안 하루 평균 {n}이 찾았다.", "200명", "250명"),
    ("매일같이 찾은 보라 전시관 관람객은 3만명이다. 150일 동안 하루 평균 {n}이 찾았다.", "200명", "250명"),
    ("The Ashby fair, open daily, drew 30,000 visitors over 150 days, an average of {n} a day.", "200", "250"),
]


@pytest.mark.parametrize("text,holds,broken", _DAY_AVERAGE_OF_A_TOTAL)
def test_a_days_average_of_a_total_is_still_checked(knowledge, text, holds, broken):
    assert_checked(knowledge, text.format(n=holds), PER_PERIOD, fires=False)
    assert_checked(knowledge, text.format(n=broken), PER_PERIOD, fires=True)


_DAY_FIGURE_BEFORE_AN_AVERAGE = [
    # a day's capacity, the figure nearest before the day's average: a day's figure, no total of the days
    "보라군 카트장은 카트 50대로 하루 6회 운행하니 하루 정원은 600명이다. "
    "올해 운행일은 150일로, 하루 평균 200명이 탔다.",
    "보라군 카트장의 하루 최대 수용 인원은 900명이다. 올해 운행일은 150일로, 하루 평균 200명이 탔다.",
    "보라군 카트장은 하루에 700명까지 태운다. 올해 150일 문을 열어 하루 평균 200명꼴로 탔다.",
    "The Ashby rail ride has a daily capacity of 600 riders. It ran on 150 days this year, with an average of 200 "
    "riders a day.",
]


@pytest.mark.parametrize("text", _DAY_FIGURE_BEFORE_AN_AVERAGE)
def test_a_days_figure_is_never_the_total_of_a_days_average(knowledge, text):
    assert_not_linked(knowledge, text, PER_PERIOD)


# ---------------------------------------------------------------- a record's span, past a change dated by its baseline

_RECORD_AFTER_A_CHANGE = [
    # (text, holding span, broken span)
    (
        "솔매수산은 광어 30톤을 수출한다고 3일 밝혔다. 조합의 지난해 수출량 20톤보다 10톤, 50% 늘었다. "
        "조합은 2018년 첫 수출 이후 {n} 만에 가장 큰 계약이라고 설명했다.",
        "8년",
        "6년",
    ),
    # a figure dated by its own month: the span still runs to that month, not to the publication
    (
        "솔매수산의 지난 6월 수출량은 30톤으로, 지난해 6월 20톤보다 10톤 늘었다. "
        "월간 수출량으로는 2025년 3월 이후 {n} 만에 가장 많다.",
        "15개월",
        "17개월",
    ),
]


@pytest.mark.parametrize("text,holds,broken", _RECORD_AFTER_A_CHANGE)
def test_a_record_span_is_not_counted_to_the_year_a_change_is_measured_from(knowledge, text, holds, broken):
    assert_checked(knowledge, text.format(n=holds), ELAPSED, fires=False)
    assert_checked(knowledge, text.format(n=broken), ELAPSED, fires=True)


_NO_RECORD_SPAN_MISREAD = [
    # no start dated beside the record: nothing to count from
    "솔매수산의 지난해 수출량 20톤보다 10톤, 50% 늘었다. 조합은 첫 수출 이후 가장 큰 계약이라고 설명했다.",
    # the change and its baseline's year, no record span at all
    "솔매수산은 2018년 첫 수출을 했다. 조합의 지난해 수출량 20톤보다 10톤, 50% 늘었다.",
]


@pytest.mark.parametrize("text", _NO_RECORD_SPAN_MISREAD)
def test_no_record_span_read_from_a_change_alone(knowledge, text):
    assert_not_linked(knowledge, text, ELAPSED)


# ---------------------------------------------------------------- a one-letter member named as a share's subject

SHARE = "F503"

_ONE_LETTER_MEMBER_LAST = [
    # (text, holding share, broken share): the one-letter member is the figure last stated, still read
    (
        "가온시 청소년 백일장에 작품 1,500편이 들어왔다고 3일 밝혔다. 부문별로는 산문 600편, 시 900편으로 "
        "시가 300편 많았다. 시가 전체의 {p} 가량이다.",
        "60%",
        "70%",
    ),
    (
        "가온시 청소년 백일장에 작품 1,500편이 들어왔다. 부문별로는 산문 600편, 시 900편으로 시가 전체의 {p}다.",
        "60%",
        "45%",
    ),
]


@pytest.mark.parametrize("text,holds,broken", _ONE_LETTER_MEMBER_LAST)
def test_a_one_letter_member_stated_last_is_the_share_part(knowledge, text, holds, broken):
    assert_checked(knowledge, text.format(p=holds), SHARE, fires=False)
    assert_checked(knowledge, text.format(p=broken), SHARE, fires=True)


_ONE_LETTER_MEMBER_BEFORE = [
    # the one-letter subject heads a member listed before the last figure: not the last figure's share
    "가온시 청소년 백일장에 작품 1,500편이 들어왔다고 3일 밝혔다. 부문별로는 시 900편, 산문 600편으로 "
    "시가 300편 많았다. 시가 전체의 60% 가량이다.",
    "가온시 청소년 백일장에 작품 1,500편이 들어왔다. 부문별로는 시 900편, 산문 600편으로 시가 전체의 60%다.",
    "누리군 사진공모전 응모작은 800점이다. 부문별로는 풍경 500점, 인물 300점이다. 꽃 200점도 따로 받았다. "
    "꽃이 전체의 25%다.",
]


@pytest.mark.parametrize("text", _ONE_LETTER_MEMBER_BEFORE)
def test_a_one_letter_subject_naming_an_earlier_member_is_no_share_of_the_last(knowledge, text):
    assert_not_fired(knowledge, text, SHARE)


# ---------------------------------------------------------------- a list of sets is no sum of a total of sticks

SUM = "F302"

_SETS_SUMMED = [
    # (text, holding total, broken total)
    ("주문은 36색 세트 2만 세트와 12색 세트 1만 세트로, 모두 {t} 세트에 이른다.", "3만", "5만"),
    ("보람문구는 24색 세트 1,200세트와 12색 세트 800세트를 만들어 모두 {t}세트를 보냈다.", "2,000", "2,600"),
]


@pytest.mark.parametrize("text,holds,broken", _SETS_SUMMED)
def test_a_list_of_sets_sums_to_a_total_of_sets(knowledge, text, holds, broken):
    assert_checked(knowledge, text.format(t=holds), SUM, fires=False)
    assert_checked(knowledge, text.format(t=broken), SUM, fires=True)


_SETS_AND_STICKS = [
    "주문은 36색 세트 2만 세트와 12색 세트 1만 세트로, 색연필은 모두 84만 자루에 이른다.",
    "보람문구는 24색 세트 1,200세트와 12색 세트 800세트를 만들어 크레용 모두 38,400자루를 보냈다.",
]


@pytest.mark.parametrize("text", _SETS_AND_STICKS)
def test_a_list_of_sets_is_no_sum_of_a_total_of_sticks(knowledge, text):
    assert_not_linked(knowledge, text, SUM)
