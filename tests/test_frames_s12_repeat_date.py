"""Repeats and dates (twelfth session): a rate the article states twice as a level, a span from the year of an
open time (`2019년 이후 7년 만이다`), a span since an event told with the bound noun `지`, an anniversary.

Every sentence is written for this file, with invented names and numbers. Each construction is tested where it
must be checked (and fires when one number is wrong) and where a near construction must not be checked.
"""

from __future__ import annotations

import datetime as dt

import pytest
from helpers import document, findings


def _fires(knowledge, text: str, rule: str, published: dt.date) -> tuple[bool, bool]:
    result = findings(knowledge, document(text, published=published), select=[rule], show_passed=True)
    return rule in [f.rule for f in result.findings], rule in [p.rule for p in result.passed]


def assert_dated(knowledge, text: str, rule: str, fires: bool, published: dt.date) -> None:
    fired, passed = _fires(knowledge, text, rule, published)
    assert fired == fires
    if not fires:
        assert passed, "the relation was not checked at all"


# ---------------------------------------------------------------- a rate stated twice as a level (F405)


@pytest.mark.parametrize(
    "text,fires",
    [
        # the headline's rate is restated as a level in the lead: a change one leading digit off is another figure
        (
            "가람군 분리수거율 72.4%…목표 넘어\n\n"
            "가람군의 지난해 분리수거율이 72.4%로 집계됐다. 종이 수거량은 1만2천톤으로 전년(1만톤)보다 22.4% 늘었다.",
            False,
        ),
        # stated once, with no direction: a slip of the change it heads is still found
        (
            "가람군 종이 수거량 72.4%\n\n가람군의 지난해 종이 수거량은 1만2천톤으로 전년(1만톤)보다 22.4% 늘었다.",
            True,
        ),
    ],
)
def test_rate_stated_twice_is_a_level(knowledge, text, fires):
    result = findings(knowledge, document(text), select=["F405"], show_passed=True)
    assert ("F405" in [f.rule for f in result.findings]) == fires, [f.message for f in result.findings]


# ---------------------------------------------------------------- a record's span from an open year (F406)

_JUNE_2026 = dt.date(2026, 6, 24)


@pytest.mark.parametrize(
    "text,fires",
    [
        (
            "다온시의 지난해 재사용률은 64.2%로 집계됐다. 재사용률은 전년(59.1%)보다 5.1%포인트 높아졌다. "
            "재사용률이 60%를 넘은 것은 2020년 이후 5년 만이다.",
            False,
        ),
        (
            "다온시의 지난해 재사용률은 64.2%로 집계됐다. 재사용률은 전년(59.1%)보다 5.1%포인트 높아졌다. "
            "재사용률이 60%를 넘은 것은 2020년 이후 2년 만이다.",
            True,
        ),
        # in a quote, told with `이라며`
        (
            '다온시 지난해 관람객은 212만명이었다. "관람객이 200만명을 넘은 것은 2018년 이후 7년 만"이라며 반겼다.',
            False,
        ),
        (
            '다온시 지난해 관람객은 212만명이었다. "관람객이 200만명을 넘은 것은 2018년 이후 4년 만"이라며 반겼다.',
            True,
        ),
    ],
)
def test_record_span_from_an_open_year(knowledge, text, fires):
    assert_dated(knowledge, text, "F406", fires, _JUNE_2026)


@pytest.mark.parametrize(
    "text",
    [
        # `이후 3년 만에 다시 늘었다`: an event after the open year, no record: no date before it is its start
        "다온시의 지난해 관람객은 212만명으로 전년보다 늘었다. 관람객은 2019년 이후 3년 만에 다시 늘었다.",
    ],
)
def test_span_after_an_open_year_without_record_is_not_linked(knowledge, text):
    fired, passed = _fires(knowledge, text, "F406", _JUNE_2026)
    assert not fired and not passed


# ---------------------------------------------------------------- a span since an event, `연 지 N 만에` (F406)

_SEPT_2026 = dt.date(2026, 9, 17)


@pytest.mark.parametrize(
    "text,fires",
    [
        ("2022년 3월 물류센터가 문을 연 지 4년 6개월 만에 처리 능력의 80%를 쓰고 있다.", False),
        ("2022년 3월 물류센터가 문을 연 지 2년 6개월 만에 처리 능력의 80%를 쓰고 있다.", True),
    ],
)
def test_span_since_an_event_told_with_the_bound_noun(knowledge, text, fires):
    assert_dated(knowledge, text, "F406", fires, _SEPT_2026)


@pytest.mark.parametrize(
    "text",
    [
        # `지` bound to the word before it is no bound noun of time
        "2022년 3월 물류센터가 문을 열었는지 4년 6개월 만에 확인됐다.",
    ],
)
def test_attached_ji_is_not_linked(knowledge, text):
    fired, passed = _fires(knowledge, text, "F406", _SEPT_2026)
    assert not fired and not passed


# ---------------------------------------------------------------- an anniversary reached this year (F406)

_MAY_2026 = dt.date(2026, 5, 2)


@pytest.mark.parametrize(
    "text,fires",
    [
        ("1995년 처음 열린 이 축제는 올해로 창설 31년을 맞았다.", False),
        ("1995년 처음 열린 이 축제는 올해로 창설 29년을 맞았다.", True),
        ("1998년 개교한 한빛고는 올해로 개교 28주년을 맞았다.", False),
        ("1998년 개교한 한빛고는 올해로 개교 20주년을 맞았다.", True),
        ("Founded in 1994, the Kelvale rowing club marks its 32nd anniversary this year.", False),
        ("Founded in 1994, the Kelvale rowing club marks its 30th anniversary this year.", True),
    ],
)
def test_anniversary_reached_this_year(knowledge, text, fires):
    assert_dated(knowledge, text, "F406", fires, _MAY_2026)


@pytest.mark.parametrize(
    "text",
    [
        # an anniversary marked in another year, not this one
        "1995년 처음 열린 이 축제는 지난해 창설 30년을 맞았다.",
        "Founded in 1994, the Kelvale rowing club marked its 30th anniversary in 2024.",
        # a year of another event, with the founding year written nowhere before the anniversary
        "2020년 한 차례 취소됐던 이 축제는 올해로 창설 31년을 맞았다.",
    ],
)
def test_anniversary_of_another_year_is_not_linked(knowledge, text):
    fired, passed = _fires(knowledge, text, "F406", _MAY_2026)
    assert not fired and not passed


# ---------------------------------------------------------------- a span across the two ends of a run (F406)


@pytest.mark.parametrize(
    "text,fires",
    [
        ("첫 위성은 2027년 4월, 마지막 위성은 2028년 10월 발사될 예정으로, 1년 6개월에 걸쳐 쏘아 올린다.", False),
        ("첫 위성은 2027년 4월, 마지막 위성은 2028년 10월 발사될 예정으로, 2년 6개월에 걸쳐 쏘아 올린다.", True),
        ("한빛로는 2024년 2월부터 2025년 8월까지 1년 6개월간 막힌다.", False),
        ("한빛로는 2024년 2월부터 2025년 8월까지 3년간 막힌다.", True),
        ("The first tram arrives in May 2027 and the last in November 2028, over 18 months.", False),
        ("The first tram arrives in May 2027 and the last in November 2028, over 12 months.", True),
        ("The Dunmere line is shut from May 2027 to November 2028, over 18 months.", False),
        ("The Dunmere line is shut from May 2027 to November 2028, over 28 months.", True),
    ],
)
def test_span_across_the_ends_of_a_run(knowledge, text, fires):
    assert_dated(knowledge, text, "F406", fires, _MAY_2026)


@pytest.mark.parametrize(
    "text",
    [
        # a figure's month and the month it is compared with: the span is the length of something else
        "3월 판매는 2월보다 늘어 6개월에 걸친 감소를 끝냈다.",
        "Sales in March 2026 rose from February 2026, the first rise over 12 months.",
        # two dates with no word making them a run's ends
        "2027년 4월 착공해 2028년 10월 완공하며 공사비는 6개월에 걸쳐 나눠 낸다.",
    ],
)
def test_span_after_two_unrelated_dates_is_not_linked(knowledge, text):
    fired, passed = _fires(knowledge, text, "F406", _MAY_2026)
    assert not fired and not passed


# ---------------------------------------------------------------- a span in days between two dated days (F406)

_OCT_2026 = dt.date(2026, 10, 6)


@pytest.mark.parametrize(
    "text,fires",
    [
        # between the days, or counted with both ends (a season open on its first and last day)
        ("The Tarn Valley strike lasted 38 days, from March 2 to April 9.", False),
        ("The Tarn Valley strike lasted 30 days, from March 2 to April 9.", True),
        ("한빛스키장은 2025년 11월 29일부터 2026년 4월 1일까지 124일간 문을 열었다.", False),
        ("한빛스키장은 2025년 11월 29일부터 2026년 4월 1일까지 123일간 문을 열었다.", False),
        ("한빛스키장은 2025년 11월 29일부터 2026년 4월 1일까지 104일간 문을 열었다.", True),
        ("The Kelby resort stayed open from June 3 to Oct 4, over 124 days.", False),
        ("The Kelby resort stayed open from June 3 to Oct 4, over 120 days.", True),
    ],
)
def test_span_in_days_between_two_days(knowledge, text, fires):
    assert_dated(knowledge, text, "F406", fires, _OCT_2026)


@pytest.mark.parametrize(
    "text",
    [
        # days against two months: not counted
        "한빛스키장은 2025년 11월부터 2026년 4월까지 124일간 문을 열었다.",
        # a stay of days after two days that are not a run's ends
        "The Kelby resort opened on June 3, and on Oct 4 it said guests stayed for 4 days on average.",
    ],
)
def test_days_not_between_a_run_of_days_are_not_linked(knowledge, text):
    fired, passed = _fires(knowledge, text, "F406", _OCT_2026)
    assert not fired and not passed


# ---------------------------------------------------------------- a level restated after the same words (F405)

_SURPLUS = (
    "Brackley council made a surplus of £8.3m from parking in 2025. Parking income totalled £19.5m: permits raised "
    "£8.2m and penalty notices £11.3m. Running costs came to £11.2m, {end}"
)


@pytest.mark.parametrize(
    "text,checked",
    [
        # the second is read as a change only by a guess; after the same words, with the same digits, one figure
        (
            _SURPLUS.format(end="leaving the surplus of £8.3m. That is £1.1m more than the £7.2m of the year before."),
            True,
        ),
        # one of them wrong: two figures, not a restatement
        (
            _SURPLUS.format(end="leaving the surplus of £8.8m. That is £1.6m more than the £7.2m of the year before."),
            False,
        ),
        # a change after other words (`rose by`) is no restatement of the level
        (_SURPLUS.format(end="and they rose by £8.3m. That is more than the £7.2m of the year before."), False),
    ],
)
def test_level_restated_after_the_same_words(knowledge, text, checked):
    result = findings(knowledge, document(text, published=dt.date(2026, 6, 10)), select=["F405"], show_passed=True)
    assert "F405" not in [f.rule for f in result.findings]
    assert ("F405" in [p.rule for p in result.passed]) == checked


# ---------------------------------------------------------------- a streak from an open year (F406)


@pytest.mark.parametrize(
    "text,fires",
    [
        # counted with both ends: 2019 to 2025 is a seven-year streak
        ("한솔전자의 지난해 영업이익은 3200억원이었다. 회사는 2019년부터 7년 연속 흑자를 냈다.", False),
        ("한솔전자의 지난해 영업이익은 3200억원이었다. 회사는 2019년부터 5년 연속 흑자를 냈다.", True),
    ],
)
def test_streak_from_an_open_year(knowledge, text, fires):
    assert_dated(knowledge, text, "F406", fires, dt.date(2026, 3, 10))


# ---------------------------------------------------------------- days written between their two days (F406)


@pytest.mark.parametrize(
    "text,fires",
    [
        ("가온노조 파업은 3월 2일 시작돼 38일 만인 4월 9일 끝났다.", False),
        # (a length that reads as a day of the month, `30일`, before the mark of a span)
        ("가온노조 파업은 3월 2일 시작돼 30일 만인 4월 9일 끝났다.", True),
        ("The Tarn Valley strike began on March 2 and ended 38 days later, on April 9.", False),
        ("The Tarn Valley strike began on March 2 and ended 28 days later, on April 9.", True),
    ],
)
def test_days_between_their_two_days(knowledge, text, fires):
    assert_dated(knowledge, text, "F406", fires, _MAY_2026)


@pytest.mark.parametrize(
    "text",
    [
        # a length of days with no mark of a span between the two days
        "가온노조 파업은 3월 2일 시작돼 38일 동안 이어졌고 4월 9일 노사가 다시 만났다.",
    ],
)
def test_days_without_a_span_mark_between_days_are_not_linked(knowledge, text):
    fired, passed = _fires(knowledge, text, "F406", _MAY_2026)
    assert not fired and not passed


# ------------------------------------------- a run's end written as a day alone takes the start's month (F406)


@pytest.mark.parametrize(
    "text,fires",
    [
        ("한빛축제는 9월 8일부터 12일까지 5일간 열렸다.", False),
        ("한빛축제는 9월 8일부터 12일까지 9일간 열렸다.", True),
        # (a day not after the start's: the next month's)
        ("한빛축제는 9월 28일부터 3일까지 6일간 열렸다.", False),
        ("한빛축제는 9월 28일부터 3일까지 4일간 열렸다.", True),
    ],
)
@pytest.mark.parametrize("published", [dt.date(2026, 12, 1), dt.date(2026, 10, 20)])
def test_run_end_written_as_a_day_alone(knowledge, text, fires, published):
    assert_dated(knowledge, text, "F406", fires, published)


# ----------------------------------------- a time in weeks across a run's two days: days rounded to weeks (F406)


@pytest.mark.parametrize(
    "text,fires",
    [
        ("한빛축제는 5월 2일부터 6월 20일까지 7주간 열렸다.", False),
        ("한빛축제는 5월 2일부터 6월 20일까지 9주간 열렸다.", True),
        ("The Hollin fair ran from May 2 to June 20, over seven weeks.", False),
        # (51 days, counted with both ends 52: about seven weeks)
        ("The Hollin fair ran from May 2 to June 22, over seven weeks.", False),
        ("The Hollin fair ran from May 2 to June 20, over nine weeks.", True),
        ("The Hollin fair ran from May 2 to June 20, over 5 weeks.", True),
    ],
)
def test_weeks_across_a_run_of_days(knowledge, text, fires):
    assert_dated(knowledge, text, "F406", fires, _MAY_2026.replace(month=7))


@pytest.mark.parametrize(
    "text",
    [
        # weeks between two months: the days are not known
        "The Hollin fair ran from May to June, over seven weeks.",
        "한빛축제는 5월부터 6월까지 7주간 열렸다.",
    ],
)
def test_weeks_between_months_are_not_linked(knowledge, text):
    fired, passed = _fires(knowledge, text, "F406", _MAY_2026.replace(month=7))
    assert not fired and not passed


@pytest.mark.parametrize(
    "text,fires",
    [
        ("The Hollin season lasted 141 days, from 31 May to 18 October.", False),
        ("The Hollin season lasted 114 days, from 31 May to 18 October.", True),
        ("The Hollin season ran from 31 May to 18 October, over 20 weeks.", False),
    ],
)
def test_days_between_dates_written_day_first(knowledge, text, fires):
    assert_dated(knowledge, text, "F406", fires, dt.date(2026, 11, 1))
