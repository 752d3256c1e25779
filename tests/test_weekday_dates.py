"""A date written with its weekday: in English the weekday's name before it (`Friday, June 13`) chooses the year
among the readings near publication, as a Korean one after it does (`6월 13일(금)`); and a month's name and day after
a weekday's name, or a bare day with its weekday, is a date the calendar must have (F102). Invented sentences;
published on Wednesday, 10 June 2026 unless said."""

from __future__ import annotations

import datetime as dt

import pytest
from helpers import rule_result

from checker.extract.time import find_times

PUBLISHED = dt.date(2026, 6, 10)


@pytest.mark.parametrize(
    "text, day",
    [
        ("The flower show opened on Friday, June 13, with 60 growers.", "2025-06-13"),  # (a Friday in 2025)
        ("The flower show opens on Saturday, June 13, with 60 growers.", "2026-06-13"),
        ("The flower show opens on June 13, with 60 growers.", "2026-06-13"),
        ("Tickets went on sale Friday 13 June at the town hall.", "2025-06-13"),
        ("체육대회는 6월 13일(금) 열렸다.", "2025-06-13"),
    ],
)
def test_a_weekday_beside_a_date_chooses_its_year_near_publication(text, day):
    [time] = [t for t in find_times(text, PUBLISHED) if t.period is not None and t.period.grain == "day"]
    assert str(time.period) == day


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
