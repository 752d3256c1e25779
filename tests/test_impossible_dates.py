"""Dates the calendar does not have (F102): read only where the digits can be nothing but a date.

- a Korean month with its day (`11월 38일`, `2월 30일`), a year and a date written with their suffixes (`2026년 13월
  5일`, `2027년 2월 29일`), a year word with a month and day (`내년 2월 30일`);
- a month's name with a day after a preposition of dates (`on 31 April`, `from Jan. 54 to`) or before a year
  (`Feb. 29, 2026`); without a year, 29 February is a date (a leap year may be meant);
- never a month past twelve with no day (`13월의 월급`, `2025년 13월의 월급`), a count of days after a month (`1~2월
  30일간`), a dotted number (`2026.13.5`), or a month's name before a count (`In April 31 stores opened`, `By March 45
  people had signed`, `February 30,000 people`).

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

import datetime as dt

import pytest
from helpers import claims

from checker.pipeline import Analysis, check


def _impossible(knowledge, text: str, **kwargs) -> list[tuple[str, str]]:
    return [(bad.text, bad.reason) for bad in claims(text, knowledge, **kwargs).malformed if bad.what == "date"]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("새봄시 장터는 10월 23일부터 11월 38일까지 열렸다.", [("11월 38일", "November has only 30 days")]),
        ("공사는 50월 1일 시작한다.", [("50월 1일", "there is no month 50")]),
        ("마감은 2월 30일이다.", [("2월 30일", "February has only 29 days")]),
        ("마감은 2월 29일이다.", []),
        ("마감은 2027년 2월 29일이다.", [("2027년 2월 29일", "February 2027 has only 28 days")]),
        ("마감은 2028년 2월 29일이다.", []),
        ("새 요금은 2026년 13월 5일부터 받는다.", [("2026년 13월 5일", "there is no month 13")]),
        ("2025년 13월의 월급이 줄었다.", []),
        ("직장인들은 올해 13월의 월급으로 평균 60만원을 돌려받았다.", []),
        ("올해 1~2월 30일간 행사가 열렸다.", []),
        ("행사는 2월 30일 동안 이어졌다.", []),
        ("공연은 내년 4월 31일 열린다.", [("내년 4월 31일", "April has only 30 days")]),
        ("직장인들은 13월의 월급을 기다린다.", []),
        ("버전 2026.13.5가 배포됐다.", []),
        ("장터는 4월 3일부터 10월 18일까지 열렸다.", []),
        ("공사는 0월 3일 시작한다.", [("0월 3일", "there is no month 0")]),
    ],
)
def test_korean_dates_the_calendar_does_not_have(knowledge, text, expected):
    assert _impossible(knowledge, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("The rinks opened on 31 April and closed in June.", [("31 April", "April has only 30 days")]),
        ("Sales ran from Jan. 54 to Feb. 3.", [("Jan. 54", "January has only 31 days")]),
        ("The fair closed on Sept. 0.", [("Sept. 0", "there is no day 0")]),
        ("The deadline is Feb. 29, 2026.", [("Feb. 29, 2026", "February 2026 has only 28 days")]),
        ("The deadline is Feb. 29, 2028.", []),
        ("The deadline was moved to February 29.", []),
        ("In April 31 stores opened across the region.", []),
        ("By March 45 people had signed the petition.", []),
        ("From March to April 31,000 tickets were sold.", []),
        ("Between January and February 30,000 people visited the fair.", []),
        ("The fair ran from April 2 to April 31, the council said.", [("April 31", "April has only 30 days")]),
        ("The rinks opened on 30 April and closed in June.", []),
    ],
)
def test_english_dates_the_calendar_does_not_have(knowledge, text, expected):
    assert _impossible(knowledge, text) == expected


def test_an_impossible_date_is_reported_in_either_language(knowledge):
    text = "새봄시 장터는 10월 23일부터 11월 38일까지 17일간 열렸다."
    analysis = Analysis(claimsets=[claims(text, knowledge)])
    for lang, message in [
        ("en", "`11월 38일` is no date: November has only 30 days"),
        ("ko", "`11월 38일`은 없는 날짜입니다: 11월은 30일까지입니다"),
    ]:
        result = check(analysis, knowledge, lang=lang)
        assert [(f.rule, f.message) for f in result.findings if f.rule.startswith("F10")] == [("F102", message)]


def test_an_impossible_date_is_no_number(knowledge):
    """The date's digits are read by the time grammar, never as a malformed number (F101) or a figure."""
    found = claims("공사는 50월 1일 시작해 30일간 이어진다.", knowledge, published=dt.date(2026, 5, 2))
    assert [bad.what for bad in found.malformed] == ["date"]
    assert not any(c.text.startswith("50") for c in found.claims)
