"""Dates and date ranges (thirteenth session): a day after a year word (`내년 3월 15일`), a run's end written
without its year after the start, a year before the run, native day counts (`닷새간`), a run joined by `시작해`,
a span that a run `took`, a bare day before `걸렸다` as a length.

Every sentence is written for this file, with invented names and numbers. Each construction is tested where it
must be checked, where a wrong length must fire, and where a near construction must not be read.
"""

from __future__ import annotations

import datetime as dt

import pytest
from helpers import document, findings

from checker.extract.time import find_times


def _f406(knowledge, text: str, published: dt.date) -> tuple[list[str], list[str]]:
    result = findings(knowledge, document(text, published=published), select=["F406"], show_passed=True)
    return [f.message for f in result.findings], [p.message for p in result.passed]


# ---------------------------------------------------------------- a day after a year word


@pytest.mark.parametrize(
    "text,published,period",
    [
        ("대책 기간은 내년 2월 28일까지다.", dt.date(2026, 10, 9), "2027-02-28"),
        ("공사는 지난해 9월 14일 시작됐다.", dt.date(2026, 2, 9), "2025-09-14"),
        ("올해 4월 7일 문을 열었다.", dt.date(2026, 8, 1), "2026-04-07"),
    ],
)
def test_a_day_after_a_year_word_is_that_years_day(text, published, period):
    refs = find_times(text, published)
    assert [str(r.period) for r in refs] == [period], [(r.text, r.period) for r in refs]


def test_a_year_word_before_a_month_alone_stays_a_month():
    refs = find_times("지난해 3월 매출은 늘었다.", dt.date(2026, 5, 1))
    assert [(r.text, str(r.period)) for r in refs] == [("지난해 3월", "2025-03")]


# ---------------------------------------------------------------- spans across the two ends of a run (F406)

_HOLDS = [
    # an end without its year after the start: the run goes forward past publication
    pytest.param("금어기는 5월 1일부터 10월 31일까지 여섯 달 동안 이어진다.", dt.date(2026, 6, 9), id="ko-end-forward"),
    pytest.param(
        "The trail season ran for 22 weeks, from 26 April to 27 September.", dt.date(2026, 6, 9), id="en-weeks-forward"
    ),
    pytest.param(
        "The bridge closure lasted 118 days, from 12 September to 8 January.",
        dt.date(2026, 2, 9),
        id="en-days-before-day-first-range",
    ),
    # a year word's day as the end (`내년 2월 28일`)
    pytest.param(
        "제설 기간은 11월 28일부터 내년 2월 28일까지 석 달 동안이다.", dt.date(2026, 10, 9), id="ko-next-year-day"
    ),
    # a year before the run
    pytest.param("올해 장마는 6월 21일부터 7월 28일까지 38일 동안 이어졌다.", dt.date(2026, 8, 9), id="ko-year-before"),
    # a native count of days
    pytest.param("공장은 9월 7일부터 11일까지 닷새간 멈췄다.", dt.date(2026, 9, 20), id="ko-native-days"),
    # a run joined by `시작해`, its length `걸렸다`
    pytest.param(
        "지난해 9월 8일 시작해 10월 20일 마친 보수 공사는 42일 걸렸다.", dt.date(2026, 2, 9), id="ko-began-and-took"
    ),
    pytest.param("The resurfacing took only six weeks, from 3 March to 14 April.", dt.date(2026, 7, 1), id="en-took"),
]


@pytest.mark.parametrize("text,published", _HOLDS)
def test_a_span_across_a_run_holds(knowledge, text, published):
    fired, passed = _f406(knowledge, text, published)
    assert not fired and passed, (fired, passed)


@pytest.mark.parametrize(
    "text,published",
    [
        pytest.param(
            "금어기는 5월 1일부터 10월 31일까지 넉 달 동안 이어진다.", dt.date(2026, 6, 9), id="ko-end-forward"
        ),
        pytest.param(
            "The trail season ran for 25 weeks, from 26 April to 27 September.",
            dt.date(2026, 6, 9),
            id="en-weeks-forward",
        ),
        pytest.param(
            "제설 기간은 11월 28일부터 내년 2월 28일까지 다섯 달 동안이다.", dt.date(2026, 10, 9), id="ko-next-year-day"
        ),
        pytest.param(
            "올해 장마는 6월 21일부터 7월 28일까지 45일 동안 이어졌다.", dt.date(2026, 8, 9), id="ko-year-before"
        ),
        pytest.param("공장은 9월 7일부터 11일까지 사흘간 멈췄다.", dt.date(2026, 9, 20), id="ko-native-days"),
        pytest.param(
            "지난해 9월 8일 시작해 10월 20일 마친 보수 공사는 31일 걸렸다.",
            dt.date(2026, 2, 9),
            id="ko-bare-day-length",
        ),
        pytest.param(
            "The resurfacing took only eight weeks, from 3 March to 14 April.", dt.date(2026, 7, 1), id="en-took"
        ),
    ],
)
def test_a_wrong_span_across_a_run_fires(knowledge, text, published):
    fired, _ = _f406(knowledge, text, published)
    assert fired


@pytest.mark.parametrize(
    "text,published",
    [
        # a year before two dates it does not hold is a third date: which two the span is between is not said
        pytest.param(
            "2024년 이후 6월 21일부터 7월 28일까지 38일 동안 멈췄다.", dt.date(2026, 8, 9), id="ko-year-not-holding"
        ),
        # `took` with no range between the dates: two dates of two events
        pytest.param(
            "The council met on 4 May, and the vote on 22 June took only seven weeks of debate.",
            dt.date(2026, 7, 1),
            id="en-took-without-a-range",
        ),
    ],
)
def test_near_runs_are_not_read(knowledge, text, published):
    fired, passed = _f406(knowledge, text, published)
    assert not fired and not passed, (fired, passed)


# ---------------------------------------------------------------- a day of a month named from publication


@pytest.mark.parametrize(
    "text,published,period",
    [
        ("한빛도로는 다음 달 5일부터 요금을 올린다.", dt.date(2026, 2, 26), "2026-03-05"),
        ("새 매장은 지난달 28일 문을 열었다.", dt.date(2026, 2, 26), "2026-01-28"),
        ("연말 공연은 다음 달 12일 시작한다.", dt.date(2026, 12, 20), "2027-01-12"),
    ],
)
def test_a_day_after_a_month_word_is_that_months_day(text, published, period):
    refs = find_times(text, published)
    assert [str(r.period) for r in refs] == [period], [(r.text, r.period) for r in refs]
    assert not refs[0].bare_day


# ---------------------------------------------------------------- a record's span to the event its sentence dates


_FARE = (
    "한빛도로는 다음 달 5일부터 요금을 200원 올리기로 했는데, 요금 조정은 2018년 4월 개통 이후 {span} 만에 처음이다."
)


def test_a_records_span_runs_to_the_event_its_sentence_dates(knowledge):
    """The figures of the article are of last year; the record (the first fare change) is dated next month."""
    text = "한빛도로의 지난해 통행량은 3,210만대였다.\n" + _FARE
    fired, passed = _f406(knowledge, text.format(span="8년"), dt.date(2026, 2, 26))
    assert not fired and passed, (fired, passed)
    fired, _ = _f406(knowledge, text.format(span="10년"), dt.date(2026, 2, 26))
    assert fired


def test_a_day_after_the_start_is_no_end(knowledge):
    """A day written after the start date (`2018년 4월 … 5일`) dates something else: the span is read as before."""
    text = (
        "한빛도로의 지난해 통행량은 3,210만대였다.\n요금 조정은 2018년 4월 개통 이후 8년 만에 처음으로, 5일 발표됐다."
    )
    fired, passed = _f406(knowledge, text, dt.date(2026, 2, 26))
    assert not any("February 2026" in message for message in fired + passed), (fired, passed)


# ---------------------------------------------------------------- half a year; weeks after the second end


@pytest.mark.parametrize(
    "span,fires",
    [("1년 반", False), ("2년 반", True)],
)
def test_half_a_year_after_the_years(knowledge, span, fires):
    text = f"누리렌터카는 2024년 9월 첫 전기차 전용 지점을 연 지 {span} 만에 지점을 10곳으로 늘렸다."
    fired, passed = _f406(knowledge, text, dt.date(2026, 3, 10))
    assert bool(fired) == fires and (fires or passed), (fired, passed)


def test_a_half_year_term_is_no_half(knowledge):
    """`반기` (a half-year period) after the years is no length of half a year."""
    text = "누리렌터카는 2024년 9월 첫 지점을 연 지 1년 반기 만에 지점을 10곳으로 늘렸다."
    fired, passed = _f406(knowledge, text, dt.date(2026, 3, 10))
    assert not any("1 year 6 months" in message for message in fired + passed), (fired, passed)


@pytest.mark.parametrize(
    "span,fires",
    [("just over eight weeks", False), ("57 days", False), ("just over eleven weeks", True)],
)
def test_a_length_after_the_second_end(knowledge, span, fires):
    text = f"The tour began in Leeds on 2 July and ended in London on 28 August, {span} later."
    fired, passed = _f406(knowledge, text, dt.date(2026, 8, 10))
    assert bool(fired) == fires and (fires or passed), (fired, passed)


def test_a_length_later_after_one_date_only_is_not_between_two(knowledge):
    text = "The tour began in Leeds on 2 July and ended in London eight weeks later."
    fired, passed = _f406(knowledge, text, dt.date(2026, 8, 10))
    assert not any("28 August" in message for message in fired + passed)
