"""Dates, restatements and rates of change (sixty-second session, lane `other`). The frame day is Wednesday 5 August
2026.

- Korean ages from a start (checker/link/date_spans_general.py): a thing built or laid in the year written
  with `에` (`1911년에 지어져 올해로 115년이 됐다`); this year's ordinal opened by `올해가` (`… 1990년으로 올해가
  37년째다`); a start named before its year by a verb on its object (`공장을 세운 것은 1976년이다`:
  `[link.age_start_before_year]`); the years that have passed since a start (`50년이 지나면서`, `40년이 흘렀다`:
  `[link.age_near_counts_after]`); a custom revived (`되살아나`) is a start of its own, so a count told after two
  starts is not read from the later.
- A birth year, the person's name, then this year's age (`1935년생 김말자씨는 올해 91세로`: `[link.birth_age_between]`).
- A range of days after a date of an earlier clause of its sentence (`… 들어왔고, 설치는 12월 8일부터 29일까지 22일
  동안`, `arrived on …, and fitting ran from … to …, 23 days in all`: checker/link/spans_between_dates.py).
- A rate alone in its sentence after the sentence of the two dated figures it is between (`That is 25 per cent
  more.`, `전년보다 25% 많은 양이다`: checker/link/rates_after_dated_pairs.py); a planned level compared with last
  year's figure by a word of size (`… 120차례를 나갈 계획이다. 지난해 96차례보다 25% 많다`).

Every sentence is written for this file, with invented places, names and numbers.
"""

from __future__ import annotations

import datetime as dt

import pytest
from helpers import assert_checked, assert_not_linked

ELAPSED, GROWTH = "F406", "F301"

_AGES = [
    # (text, holding figure, broken figure)
    ("다리\n\n가장 오래된 돌다리는 1911년에 세워져 올해로 {n}년이 됐다. 주민들은 자주 건넌다.", "115", "112"),
    ("우물\n\n마을 우물은 1924년에 지어져 올해 {n}년이 됐다.", "102", "97"),
    ("모임\n\n모임이 봉사를 시작한 것은 1990년으로 올해가 {n}년째다. 회원은 40명이다.", "37", "34"),
    ("공장\n\n주민들이 공장을 세운 것은 1976년이다. 올해로 {n}년이 됐다.", "50", "55"),
    ("공방\n\n형제가 공방을 차린 것은 1987년으로 올해로 {n}년이 됐다.", "39", "33"),
    ("공장\n\n주민들이 공장을 세운 것은 1976년으로, {n}년이 지나면서 건물이 낡았다.", "50", "55"),
    ("공방\n\n마을 사람들은 1986년 공방을 처음 열었다. {n}년이 흘렀다.", "40", "45"),
    ("노인\n\n최고령 회원인 1935년생 김말자씨는 올해 {n}세로, 꽃밭을 가꾼다.", "91", "88"),
    ("노인\n\n이번 최고령 참가자는 1933년생 박순이씨로 올해 {n}세다.", "93", "96"),
]


@pytest.mark.parametrize(("text", "holds", "broken"), _AGES)
def test_ages(knowledge, text, holds, broken):
    assert_checked(knowledge, text.format(n=holds), ELAPSED, fires=False)
    assert_checked(knowledge, text.format(n=broken), ELAPSED, fires=True)


@pytest.mark.parametrize(
    "text",
    [
        # a time to come after the start: no years passed
        "공장\n\n공장은 1986년 문을 열었다. 2년이 지나면 새 건물로 옮긴다.",
        # a birth year and an age of another year: no age of now
        "노인\n\n1933년생 박순이씨는 1990년 57세에 가게를 열었다.",
        # two starts before the count (revived, then yearly from a later year): which one it counts from is not said
        "윷놀이\n\n큰 윷놀이는 1991년 마을 행사로 되살아나 2009년부터 해마다 군 축제로 열리고 있다. 보존회장 김씨는 "
        '"되살린 지 35년이 지났지만 솜씨는 그대로"라고 말했다.',
    ],
)
def test_ages_not_read(knowledge, text):
    assert_not_linked(knowledge, text, ELAPSED)


_NEW_YEAR = dt.date(2026, 1, 13)
_RANGES = [
    (
        "기계\n\n배로 실어 온 기계는 지난해 12월 2일(화) 들어왔고, 설치는 12월 8일(월)부터 29일까지 {n}일 동안 "
        "이어졌다.",
        "22",
        "26",
    ),
    (
        "Kiln\n\nThe kiln arrived on Tuesday 2 December, and fitting ran from Monday 8 December to 30 December, "
        "{n} days in all.",
        "23",
        "27",
    ),
]


@pytest.mark.parametrize(("text", "holds", "broken"), _RANGES)
def test_ranges_after_an_earlier_clause(knowledge, text, holds, broken):
    assert_checked(knowledge, text.format(n=holds), ELAPSED, fires=False, published=_NEW_YEAR)
    assert_checked(knowledge, text.format(n=broken), ELAPSED, fires=True, published=_NEW_YEAR)


def test_range_joined_to_an_earlier_date_without_a_clause_break_is_not_read(knowledge):
    # (no clause break: the earlier day may be where the run starts)
    text = "기계\n\n기계는 지난해 12월 2일 들어와 12월 8일부터 30일까지 29일 동안 설치됐다."
    assert_not_linked(knowledge, text, ELAPSED, published=_NEW_YEAR)


_MILL = "Mill\n\nThe mill ground {a} tonnes last year and {b} tonnes this year. That is {{n}} per cent {word}."
_MILL_KO = "방앗간\n\n방앗간은 지난해 보리 1천800t을 찧었고, 올해는 2천250t을 {verb}. 전년보다 {{n}}% 많은 양이다."
_RATES = [
    (_MILL.format(a="1,600", b="2,000", word="more"), "25", "35"),
    (_MILL.format(a="2,000", b="1,600", word="less"), "20", "30"),
    (_MILL_KO.format(verb="찧었다"), "25", "45"),
    (_MILL_KO.format(verb="목표로 잡았다"), "25", "40"),
    ("치료\n\n군은 올해 출동을 주 3회로 늘려 120차례를 나갈 계획이다. 지난해 96차례보다 {n}% 많다.", "25", "40"),
]


@pytest.mark.parametrize(("text", "holds", "broken"), _RATES)
def test_rates_of_a_pair_before(knowledge, text, holds, broken):
    assert_checked(knowledge, text.format(n=holds), GROWTH, fires=False)
    assert_checked(knowledge, text.format(n=broken), GROWTH, fires=True)


@pytest.mark.parametrize(
    "text",
    [
        # the two figures not dated apart: which is the earlier is not said
        "Mill\n\nThe mill ground 1,600 tonnes and 2,000 tonnes of oats this year. That is 25 per cent more.",
        # the rate of another thing, with its own subject and verb
        "Mill\n\nThe mill ground 1,600 tonnes last year and 2,000 tonnes this year. Prices rose 25 per cent.",
        # a rate before a noun: a count of more things, not the gap
        "Mill\n\nThe mill ground 1,600 tonnes last year and 2,000 tonnes this year. That is 25 per cent more visitors.",
        # a third figure of the unit before: which pair is not said
        "Mill\n\nThe mill ground 1,200 tonnes in 2024, 1,600 tonnes last year and 2,000 tonnes this year. That is "
        "25 per cent more.",
    ],
)
def test_rates_of_a_pair_before_not_read(knowledge, text):
    assert_not_linked(knowledge, text, GROWTH)


# (a change followed by its comparison with last year, the next sentence opening on last year: its one figure of the
# level's unit is the prior: checker/link/next_sentence_priors.py)
_PEAT = (
    "Peat\n\nForty-four families are cutting peat on the moss this summer, {n} more than last year, as fuel prices "
    "rise. {opening} 38 families cut on the moss."
)


def test_changes_than_last_year_before_a_sentence_opening_on_it(knowledge):
    assert_checked(knowledge, _PEAT.format(n="six", opening="Last year"), "F305", fires=False)
    assert_checked(knowledge, _PEAT.format(n="nine", opening="Last year"), "F305", fires=True)


def test_changes_than_last_year_before_a_sentence_of_another_time_are_not_read(knowledge):
    assert_not_linked(knowledge, _PEAT.format(n="six", opening="Last month"), "F305")


# (`in September 2022, nearly four years ago`: a length counted back with `nearly` before it is at most that long:
# checker/link/elapsed_since_dates.py, `[link.length_under]`)
_GREEN = "Green\n\nResidents lodged their claim in {month} 2022, nearly {n} years ago, after the field was fenced."


@pytest.mark.parametrize(("month", "n", "fires"), [("September", "four", False), ("September", "five", True)])
def test_lengths_back_after_nearly(knowledge, month, n, fires):
    assert_checked(knowledge, _GREEN.format(month=month, n=n), ELAPSED, fires=fires)


def test_lengths_back_after_nearly_past_it_fire(knowledge):
    # (four years and two months is more than `nearly four years`)
    assert_checked(knowledge, _GREEN.format(month="June", n="four"), ELAPSED, fires=True)


# (`within 11 weeks, by Wednesday 21 October`: a deadline from now, the day after `, by`: checker/link/days_ahead.py,
# `[link.span_ahead_before]`)
_DECISION = "Inquiry\n\nThe inspector said she would give her decision within {n} weeks, by Wednesday 21 October."


@pytest.mark.parametrize(("n", "fires"), [("11", False), ("9", True)])
def test_deadlines_from_now(knowledge, n, fires):
    assert_checked(knowledge, _DECISION.format(n=n), ELAPSED, fires=fires)


def test_a_length_in_another_clause_than_the_day_is_no_deadline(knowledge):
    assert_not_linked(knowledge, "Works\n\nThe work took 11 weeks, and it ends on Wednesday 21 October.", ELAPSED)


# Review of the branch (session 62): the cases below are the reviewed holding, broken and near-miss constructions.
_BAKERY = "Bakery\n\nThe Penlow bakery sold 2,000 loaves in June and 2,400 in July. That is {n} per cent more."
_ORCHARD_KO = "수확\n\n가람농원은 지난해 배 1천800t을 땄고, 올해는 2천160t을 땄다. 전년보다 {n}% 많은 양이다."


@pytest.mark.parametrize("text", [_BAKERY, _ORCHARD_KO])
def test_reviewed_rates_of_a_pair_of_months(knowledge, text):
    assert_checked(knowledge, text.format(n="20"), GROWTH, fires=False)
    assert_checked(knowledge, text.format(n="70"), GROWTH, fires=True)


@pytest.mark.parametrize(
    "text",
    [
        # a rate with a subject of its own before it (`[link.rate_alone_openers]`): another thing's rise
        "Bakery\n\nThe Penlow bakery sold 2,000 loaves in June and 2,400 in July. Rents are 40 per cent higher.",
        "Bakery\n\nThe Penlow bakery sold 2,000 loaves in June and 2,400 in July. Wages were 20 per cent higher.",
        "Bakery\n\nThe Penlow bakery sold 2,000 loaves in June and 2,400 in July. Prices are 5 per cent higher, the "
        "owner said.",
        "빵집\n\n펜로 빵집은 6월 빵 2천개를, 7월 2천400개를 팔았다. 밀가루값이 30% 높아졌다.",
        "빵집\n\n펜로 빵집은 6월 빵 2천개를, 7월 2천400개를 팔았다. 임대료는 40% 높다.",
    ],
)
def test_reviewed_rates_of_their_own_subject_are_not_read(knowledge, text):
    assert_not_linked(knowledge, text, GROWTH)


@pytest.mark.parametrize(
    "text",
    [
        # `올해가` before an ordinal of another thing (`3년째 적자`), not this year's count from the start
        "모임\n\n부녀회가 급식을 시작한 것은 1996년이다. 올해가 3년째 적자다.",
        # years passed since a start of its own clause (`지은 지`): another thing's age
        "시장\n\n주민들은 1981년 시장을 처음 열었다. 상가 건물은 지은 지 20년이 지났다.",
        # an age before a noun (`60세 아들`): another person's age
        "노인\n\n최고령 회원인 1938년생 이복녀씨는 올해 60세 아들과 산다.",
        "노인\n\n최고령 회원인 1938년생 이복녀씨는 올해 81세 언니를 모신다.",
    ],
)
def test_reviewed_ages_of_another_are_not_read(knowledge, text):
    assert_not_linked(knowledge, text, ELAPSED)


@pytest.mark.parametrize(("n", "fires"), [("105", False), ("98", True)])
def test_reviewed_ages_from_a_year_built(knowledge, n, fires):
    assert_checked(knowledge, f"다리\n\n솔내 돌다리는 1921년에 지어져 올해로 {n}년이 됐다.", ELAPSED, fires=fires)


def test_reviewed_range_after_an_earlier_clause_takes_no_length_of_the_next_sentence(knowledge):
    # (`모두 26일`: from the earlier clause's day, not the range's run)
    text = "기계\n\n새 건조기는 지난해 11월 3일 들어왔고, 설치는 11월 10일부터 28일까지였다. 모두 26일 걸렸다."
    assert_not_linked(knowledge, text, ELAPSED, published=_NEW_YEAR)
    held = "기계\n\n새 건조기는 지난해 11월 3일 들어왔고, 설치는 11월 10일부터 28일까지 {n}일 동안 이어졌다."
    assert_checked(knowledge, held.format(n="19"), ELAPSED, fires=False, published=_NEW_YEAR)
    assert_checked(knowledge, held.format(n="26"), ELAPSED, fires=True, published=_NEW_YEAR)
