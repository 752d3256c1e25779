"""A date written with its weekday is a date the calendar must have (F102): a month's name and day after a weekday's
name (`on Monday, June 55`), a bare day with its weekday (`61일(토)`). Invented sentences; published on Wednesday,
10 June 2026."""

from __future__ import annotations

import datetime as dt

import pytest
from helpers import rule_result

PUBLISHED = dt.date(2026, 6, 10)


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
