"""Dates read in the thirty-first session (the elapsed check, F406), general readings of an age beside its start:
- a count of years told back to the one event dated before it, in its sentence or the sentence before (`in the N
  years since`, `over those N years since then`), whatever that event's verb (checker/link/date_spans_general.py,
  `_start_told_back`); a date, a name or a noun after `since` is another start, and two years there leave it unread;
- a count of years set beside a `since` year as its restatement (`since 1995, for 29 years`), whoever's clause it is
  (`_apposed_start`); a word after it that tells it from another time (`later`) leaves it unread;
- Korean: this year's ordinal from a start (`올해로 N년째`), a count after a noun of starting (`개통 N년`, `창업 N년
  만에`: the start may be dated in the sentence after), a start told from the publication's year (`지난해 M월 문을
  연`), a month and day after a start's year (`2019년 7월 15일 개관한`), a year opening a run (`YYYY년부터 추진한`).
The year's ambiguity is allowed (the start's year counted or not). Every sentence is written for this file, with
invented names and numbers (published 2024-08-27).
"""

from __future__ import annotations

import pytest
from test_frames import assert_checked, assert_not_checked

RULE = "F406"


@pytest.mark.parametrize(
    "text,fires",
    [
        # a count told back to the event dated in the sentence before
        ("The ringers' guild took over the tower in 2006. Through the 18 years since, it was re-roofed twice.", False),
        ("The ringers' guild took over the tower in 2006. Through the 13 years since, it was re-roofed twice.", True),
        # the same in one sentence, `since then`, the event's verb no verb of founding
        ("Rail freight, moved to the new yard in 2016, has doubled in those eight years since then.", False),
        ("Rail freight, moved to the new yard in 2016, has doubled in those three years since then.", True),
        # a count apposed to a `since` year, in a clause whose subject is a part of another
        ("Its head brewer, whose uncle has kept hops on the hill since 1989, for 35 years, is retiring.", False),
        ("Its head brewer, whose uncle has kept hops on the hill since 1989, for 30 years, is retiring.", True),
        ("The co-op has run the mill since March 2001, some 23 years now.", False),
        ("The co-op has run the mill since March 2001, some 20 years now.", True),
        # Korean: this year's ordinal year from a start with its month
        ("푸른숲재단이 2015년 3월 시작한 나무 심기는 올해로 10년째다.", False),
        ("푸른숲재단이 2015년 3월 시작한 나무 심기는 올해로 7년째다.", True),
        # Korean: a count after a noun of starting, the start told from the publication's year
        ("보령시는 작년 4월 20일 개통한 출렁다리의 개통 1년 방문객이 12만 명이라고 밝혔다.", False),
        ("보령시는 작년 4월 20일 개통한 출렁다리의 개통 4년 방문객이 12만 명이라고 밝혔다.", True),
        # Korean: a count after a noun of starting, the start dated in the sentence after
        ("산골마을 공동 빨래방은 시행 2년 동안 이불 9천 채를 빨았다. 빨래방 운영은 2022년 11월 14일 시작됐다.", False),
        ("산골마을 공동 빨래방은 시행 5년 동안 이불 9천 채를 빨았다. 빨래방 운영은 2022년 11월 14일 시작됐다.", True),
        # Korean: a founding told a few words after its year, `창업 N년 만에`
        ("1986년 역 앞 노점으로 출발한 금빛분식은 창업 38년 만에 두 번째 가게를 냈다.", False),
        ("1986년 역 앞 노점으로 출발한 금빛분식은 창업 30년 만에 두 번째 가게를 냈다.", True),
        # Korean: a year opening a run, the count in the sentence after
        ("하천 정비는 해오름군이 2021년부터 추진한 숙원이었다. 3년 동안 제방 12㎞가 새로 쌓였다.", False),
        ("하천 정비는 해오름군이 2021년부터 추진한 숙원이었다. 6년 동안 제방 12㎞가 새로 쌓였다.", True),
    ],
)
def test_an_age_read_beside_its_own_start(knowledge, text, fires):
    assert_checked(knowledge, text, RULE, fires)


CLEAN = [
    # `since` followed by its own event: another start than the year before
    "The lido was rebuilt in 2009. In the 12 years since the flood it has lost money twice.",
    # `since` followed by a year
    "Freight was moved in 2016. In the three years since 2021 it has halved.",
    # two years in the sentence before: which one the count is told from is unsaid
    "The club bought its ground in 1998 and its stand in 2005. In the ten years since, crowds have grown.",
    # no year at all before the count
    "The bakery changed hands last spring. In the four years since, the street has changed too.",
    # a count told back, but the year before dates nothing (a plan's name)
    "Councillors backed the 2030 housing plan. In the 3 years since, few homes were built.",
    # an apposed count told from another time
    "The ferry has sailed since 1990, 20 years after the bridge opened.",
    # a count of years apposed to a date that is no `since` year
    "The ferry first sailed in 1990, for 12 years under one captain.",
    # a count of months, not years, after `the … since`
    "The shop opened in 2022. In the ten months since, it has hired four people.",
    # a person's age beside a year
    "Ana Ruiz, 71, joined the band in 1988 and still plays the drums every Friday.",
    # Korean: an ordinal year of losses, not this year's from a start
    "2018년 문을 연 하늘카페는 3년째 적자를 냈다.",
    # Korean: a count after a noun of starting told from another time
    "2020년 설립된 바람에너지는 설립 1년 뒤 공장을 지었다.",
    # Korean: a year opening a range, not a start
    "해오름군은 2019년부터 2021년까지 하천을 정비했다. 3년 동안 제방 12㎞를 쌓았다.",
    # Korean: this year's figure beside a start, no count of years
    "지난해 5월 문을 연 해솔도서관은 올해 방문객 4만 명을 맞았다.",
    # Korean: a plan's term ahead beside a start
    "2015년 설립된 푸른물산은 앞으로 5년 동안 공장을 늘릴 계획이다.",
    # Korean: a count of years in a paragraph far from the start
    "2004년 문을 연 한빛서점은 동네 명소다.\n\n시는 올해 예산 12억 원을 썼다.\n\n책 대여는 8년 동안 늘었다.",
    # figures of other things near a start year
    "The orchard was planted in 1994 and now has 340 trees on 12 acres.",
]


@pytest.mark.parametrize("text", CLEAN)
def test_counts_near_a_start_that_are_not_its_age(knowledge, text):
    assert_not_checked(knowledge, text, RULE)


# ---------------------------------------------------------------- a count of months told apart from its range
# (checker/link/date_spans_general.py, `link_month_counts_apart_from_their_range`: in the headline, beside the
# range's sentence in its paragraph, or where the range's end month is named as an end; months counted through the
# last one)


@pytest.mark.parametrize(
    "text,fires",
    [
        # the count in the sentence after the range's
        ("해솔시 공공자전거 대여는 올해 2∼7월 4만 건이었다. 여섯 달 만에 지난해 기록을 넘었다.", False),
        ("해솔시 공공자전거 대여는 올해 2∼7월 4만 건이었다. 네 달 만에 지난해 기록을 넘었다.", True),
        # the count in the headline
        ("바다숲 체험관 5개월간 관람객 3만 명\n\n바다숲 체험관은 1∼5월 관람객 3만1천 명을 받았다.", False),
        ("바다숲 체험관 7개월간 관람객 3만 명\n\n바다숲 체험관은 1∼5월 관람객 3만1천 명을 받았다.", True),
        # far from the range, the range's end named as an end beside it
        (
            "군은 1∼6월 귀농 가구 210곳을 지원했다.\n\n"
            "시설 지원금은 6월까지 8억 원이 나갔다. 여섯 달 만에 예산 절반을 쓴 셈이다.",
            False,
        ),
        (
            "군은 1∼6월 귀농 가구 210곳을 지원했다.\n\n"
            "시설 지원금은 6월까지 8억 원이 나갔다. 세 달 만에 예산 절반을 쓴 셈이다.",
            True,
        ),
    ],
)
def test_a_count_of_months_apart_from_its_range(knowledge, text, fires):
    assert_checked(knowledge, text, RULE, fires)


CLEAN_MONTHS = [
    # the rest of the year after a range
    "1∼10월 누적 방문객은 52만 명이다. 시는 남은 두 달 동안 축제를 두 번 더 연다.",
    # a recent window inside the range
    "올해 1∼9월 수출은 4억 달러다. 최근 석 달 동안은 수출이 줄었다.",
    # a streak of months
    "1∼8월 거래량은 1만 건이다. 거래량은 5개월 연속 늘었다.",
    # a time ahead
    "1∼4월 관광객은 9만 명이다. 시는 앞으로 6개월 동안 홍보를 늘릴 계획이다.",
    # another month told in the count's sentence
    "1∼5월 매출은 80억 원이다. 새 다리는 10월 첫 삽을 떠 내년 4월까지 6개월간 놓는다.",
    # two ranges beside the count
    "해온제과 두 달 만에 재고 소진\n\n1∼3월 매출은 20억 원이다.\n\n4∼9월 매출은 50억 원이다.",
    # a count of months far from the range, no end named
    "1∼6월 방문객은 3만 명이다.\n\n시는 올해 예산 4억 원을 썼다.\n\n도서관 공사는 넉 달 동안 이어졌다.",
    # a count of months as a term of a contract
    "1∼7월 계약은 120건이다. 계약 기간은 6개월 이내다.",
]


@pytest.mark.parametrize("text", CLEAN_MONTHS)
def test_counts_of_months_that_are_not_the_range_length(knowledge, text):
    assert_not_checked(knowledge, text, RULE)


# ---------------------------------------------------------------- a length, then its range of years in brackets
# (checker/link/elapsed.py, `_ranges`: counted between the years or with both ends)


@pytest.mark.parametrize(
    "text,fires",
    [
        ("최근 4년간(2020∼2023년) 도내 양봉 농가는 12% 줄었다.", False),
        ("최근 7년간(2020∼2023년) 도내 양봉 농가는 12% 줄었다.", True),
        ("Over the last six years (2018-2023), the port handled 9 million tonnes.", False),
        ("Over the last two years (2018-2023), the port handled 9 million tonnes.", True),
    ],
)
def test_a_length_then_its_range_of_years_in_brackets(knowledge, text, fires):
    assert_checked(knowledge, text, RULE, fires)


CLEAN_BRACKETS = [
    # a bracket of another figure after a length
    "The port has grown for six years (up 40%) and handled 9 million tonnes in 2023.",
    # a bracketed range of prices after a count of years
    "최근 4년간(2천∼3천 원) 가격은 그대로였다.",
    # a single year in brackets after a length
    "최근 3년간(2023년 기준) 도내 양봉 농가는 12% 줄었다.",
]


@pytest.mark.parametrize("text", CLEAN_BRACKETS)
def test_brackets_after_a_length_that_are_not_its_range(knowledge, text):
    assert_not_checked(knowledge, text, RULE)
