"""The Period value type (checker/periods.py): every form the edges write, read once, with its
arithmetic and its words; an unknown form reads as None (it never exists inside the pipeline)."""

from __future__ import annotations

import datetime as dt

import pytest
from pydantic import BaseModel, ValidationError

from checker.periods import Period, period_string

FORMS = ["2024", "2024-H1", "2024-H2", "2024-9M", "2024-Q1", "2024-Q4", "2024-02", "2024-12", "2024-02-29"]


def p(text: str) -> Period:
    period = Period.parse(text)
    assert period is not None, text
    return period


@pytest.mark.parametrize("text", FORMS)
def test_every_form_reads_and_writes_back(text):
    assert str(p(text)) == text


@pytest.mark.parametrize(
    "text",
    [
        "",
        None,
        "24",
        "2024-H3",
        "2024-Q5",
        "2024-13",
        "2023-02-29",
        "2024-9M-01",
        "2024-Q1-02",
        "FY2024",
        "2024-W05",
        "2024-H1 ",
        "0000",
        "0000-01-05",
    ],
)
def test_unknown_forms_read_as_none(text):
    assert Period.parse(text) is None


def test_the_constructors_build_only_periods_the_calendar_has():
    assert Period.of_half(2024, 2) == p("2024-H2") and Period.of_half(2024, 3) is None
    assert Period.of_quarter(2024, 4) == p("2024-Q4") and Period.of_quarter(2024, 0) is None
    assert Period.of_month(2024, 12) == p("2024-12") and Period.of_month(2024, 13) is None
    assert Period.of_day(2024, 2, 29) == p("2024-02-29") and Period.of_day(2023, 2, 29) is None
    assert Period.of_day(2024, 4, 31) is None and Period.of_day(0, 1, 5) is None
    assert Period.of_date(dt.date(2023, 11, 12)) == p("2023-11-12") and Period.of_year(1999) == p("1999")


@pytest.mark.parametrize(
    "months,expected", [(3, "2024-Q1"), (6, "2024-H1"), (9, "2024-9M"), (12, "2024"), (5, None), (0, None)]
)
def test_year_to(months, expected):
    assert period_string(Period.year_to(2024, months)) == expected


def test_bounds():
    assert p("2024-9M").bounds() == (dt.date(2024, 1, 1), dt.date(2024, 9, 30))
    assert p("2024-H2").bounds() == (dt.date(2024, 7, 1), dt.date(2024, 12, 31))
    assert p("2024-Q1").bounds() == (dt.date(2024, 1, 1), dt.date(2024, 3, 31))
    assert p("2023-02").bounds() == (dt.date(2023, 2, 1), dt.date(2023, 2, 28))
    assert p("2024-05-03").bounds() == (dt.date(2024, 5, 3), dt.date(2024, 5, 3))


def test_only_a_day_is_a_day():
    assert p("2024-05-03").is_day
    assert not any(p(text).is_day for text in FORMS if text.count("-") < 2)


@pytest.mark.parametrize(
    "text,shift,expected",
    [
        ("2024-H1", "year", "2023-H1"),
        ("2024-9M", "year", "2023-9M"),
        ("2024", "year", "2023"),
        ("2024-02-29", "year", "2023-02-28"),
        ("2024-Q1", "quarter", "2023-Q4"),
        ("2024-Q3", "quarter", "2024-Q2"),
        ("2024-01", "month", "2023-12"),
        ("2024-07", "month", "2024-06"),
        ("2024-H1", "quarter", None),
        ("2024-Q2", "month", None),
        ("2024-Q2", "week", None),
    ],
)
def test_previous(text, shift, expected):
    assert period_string(p(text).previous(shift)) == expected


@pytest.mark.parametrize(
    "text,years,expected",
    [
        ("2024-H1", 1, "2025-H1"),
        ("2023-9M", 1, "2024-9M"),
        ("2024-02-29", 1, "2025-02-28"),
        ("2023-02-28", 1, "2024-02-28"),
        ("2024-Q4", -2, "2022-Q4"),
        ("2024", 0, "2024"),
    ],
)
def test_later(text, years, expected):
    assert str(p(text).later(years)) == expected


@pytest.mark.parametrize(
    "text,years,months,expected",
    [
        ("2020-09", 0, 10, "2021-07"),
        ("2020-09", 1, 0, "2021-09"),
        ("2021-01", 0, -1, "2020-12"),
        ("2020", 3, 0, "2023"),
        ("2020", 0, 8, None),
        ("2020-Q3", 0, 3, None),
        ("2020-05-01", 0, 1, None),
    ],
)
def test_after(text, years, months, expected):
    assert period_string(p(text).after(years, months)) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("2024-Q1", "2024-Q1"),
        ("2024-Q2", "2024-H1"),
        ("2024-Q3", "2024-9M"),
        ("2024-Q4", "2024"),
        ("2024-H1", "2024-H1"),
        ("2024-H2", "2024"),
        ("2024", "2024"),
        ("2024-9M", "2024-9M"),
        ("2024-05", None),
        ("2024-05-03", None),
    ],
)
def test_year_to_date(text, expected):
    assert period_string(p(text).year_to_date()) == expected


def test_containment():
    assert p("2024").contains(p("2024-H1")) and p("2024-H1").contains(p("2024-Q2"))
    assert p("2024-Q2").contains(p("2024-05")) and p("2024-05").contains(p("2024-05-03"))
    assert p("2024-9M").contains(p("2024-Q3")) and not p("2024-9M").contains(p("2024-Q4"))
    assert not p("2024-H1").contains(p("2024")) and p("2024-H1").contains(p("2024-H1"))
    assert p("2024").nested_with(p("2024-05")) and p("2024-05").nested_with(p("2024"))
    assert not p("2024-02").nested_with(p("2024-05")) and not p("2023").nested_with(p("2024-05"))


@pytest.mark.parametrize(
    "text,en,ko",
    [
        ("2024", "2024", "2024년"),
        ("2024-H1", "H1 2024", "2024년 상반기"),
        ("2024-H2", "H2 2024", "2024년 하반기"),
        ("2024-9M", "the first nine months of 2024", "2024년 1~9월"),
        ("2024-Q3", "Q3 2024", "2024년 3분기"),
        ("2024-02", "February 2024", "2024년 2월"),
        ("2024-05-03", "3 May 2024", "2024년 5월 3일"),
    ],
)
def test_words(text, en, ko):
    assert (p(text).words("en"), p(text).words("ko")) == (en, ko)


class _Record(BaseModel):
    period: Period | None = None


def test_a_model_reads_and_writes_the_string_form():
    record = _Record.model_validate({"period": "2024-Q2"})
    assert record.period == Period.of_quarter(2024, 2)
    assert record.model_dump() == {"period": "2024-Q2"} and record.model_dump_json() == '{"period":"2024-Q2"}'
    assert _Record(period=Period.of_year(2024)).period == p("2024")
    assert _Record.model_json_schema()["properties"]["period"]["anyOf"][0] == {"type": "string"}
    with pytest.raises(ValidationError):
        _Record.model_validate({"period": "FY2024"})


def test_a_period_before_the_calendar_compares_without_an_exception():
    # the year before a publication date of 0001-01-01 (found by the long fuzzing run: F405 and the period sums
    # ended in `year 0 is out of range`)
    before = Period.of_date(dt.date(1, 1, 1)).previous()
    half = Period(1, "half", 1).previous()
    assert not half.contains(Period(1, "half", 1))
    assert before.nested_with(before)
    assert Period(1).contains(Period(1, "half", 1))
