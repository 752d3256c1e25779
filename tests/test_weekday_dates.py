"""The weekday check (F410): a date written with its weekday, before it (`Saturday, June 13`, `Sunday 14 June`) or
after it (`6월 13일(토)`, `14일 일요일`, `June 20 (Saturday)`), holds when the weekday is the calendar's for one of
the date's readings near publication, and is reported, with the date's own weekday as the fix, when it fits none.
Invented sentences; published on Wednesday, 10 June 2026 unless said."""

from __future__ import annotations

import datetime as dt

import pytest
from helpers import assert_checked, assert_not_linked, rule_result

PUBLISHED = dt.date(2026, 6, 10)


@pytest.mark.parametrize(
    "text, fires",
    [
        ("The flower show opens on Saturday, June 13, with 60 growers.", False),
        ("The flower show opens on Thursday, June 13, with 60 growers.", True),
        ("Tickets go on sale Sunday 14 June at the town hall.", False),
        ("Tickets go on sale Tuesday 14 June at the town hall.", True),
        ("The ferry resumes on June 20 (Saturday) after six weeks of repairs.", False),
        ("The ferry resumes on June 20 (Wednesday) after six weeks of repairs.", True),
        ("The ballot closed on Friday, May 29, 2026, with 1,200 votes cast.", False),
        ("The ballot closed on Monday, May 29, 2026, with 1,200 votes cast.", True),
        ("군민 체육대회는 6월 13일(토) 읍내 운동장에서 열린다.", False),
        ("군민 체육대회는 6월 13일(화) 읍내 운동장에서 열린다.", True),
        ("참가 신청은 20일(토)까지 면사무소에서 받는다.", False),
        ("참가 신청은 20일(화)까지 면사무소에서 받는다.", True),
        ("박람회는 2026년 6월 14일 일요일에 막을 내린다.", False),
        ("박람회는 2026년 6월 14일 수요일에 막을 내린다.", True),
    ],
)
def test_a_weekday_beside_a_date_is_the_calendars(knowledge, text, fires):
    assert_checked(knowledge, text, "F410", fires, published=PUBLISHED)


@pytest.mark.parametrize(
    "text",
    [
        # (a day written alone may be next month's: 13 July 2026 is a Monday)
        "접수는 13일(월)까지 받는다.",
        # (a date without its year may be last year's: 13 June 2025 was a Friday)
        "The flower show opened on Friday, June 13, with 60 growers.",
    ],
)
def test_a_weekday_that_fits_a_reading_near_publication_holds(knowledge, text):
    assert_checked(knowledge, text, "F410", False, published=PUBLISHED)


@pytest.mark.parametrize(
    "text",
    [
        "Saturday trading and the June 13 figures are compared in the report.",  # (no weekday beside the date)
        "On Saturday, 13 stalls opened at the market.",  # (a count, no date)
        "매장은 13일 월 매출을 공개했다.",  # (a bare letter, no bracket nor suffix: no weekday)
    ],
)
def test_no_weekday_beside_a_date_is_no_statement(knowledge, text):
    assert_not_linked(knowledge, text, "F410", published=PUBLISHED)


@pytest.mark.parametrize(
    "text, written, replacement",
    [
        ("The flower show opens on Thursday, June 13, with 60 growers.", "Thursday", "Saturday"),
        ("군민 체육대회는 6월 13일(화) 읍내 운동장에서 열린다.", "화", "토"),
        ("박람회는 2026년 6월 14일 수요일에 막을 내린다.", "수", "일"),
    ],
)
def test_the_fix_writes_the_dates_own_weekday_over_the_written_one(knowledge, text, written, replacement):
    result = rule_result(knowledge, text, "F410", PUBLISHED)
    [finding] = [f for f in result.findings if f.rule == "F410"]
    [fix] = finding.suggestions
    assert (fix.original, fix.replacement) == (written, replacement)


@pytest.mark.parametrize(
    "text, fires",
    [
        # (a weekday's name beside it makes a month's name and a day a date, and a bare day with its weekday one)
        ("The county show opens on Monday, June 55, with 40 stalls.", True),
        ("Entries close Friday, 41 May, at noon.", True),
        ("참가 신청은 61일(토)까지 면사무소에서 받는다.", True),
        ("도서관은 45일 월요일부터 문을 닫는다.", True),
        ("참가 신청은 61일까지 면사무소에서 받는다.", False),  # (days counted, maybe: no weekday, no date)
        ("By June 55 people had signed the petition.", False),
    ],
)
def test_a_date_written_with_its_weekday_is_a_date_the_calendar_must_have(knowledge, text, fires):
    result = rule_result(knowledge, text, "F102", PUBLISHED)
    assert ("F102" in [f.rule for f in result.findings]) == fires, [f.message for f in result.findings]
