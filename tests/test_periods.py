"""The Period value type (checker/periods.py): every form the extractor writes, read once, with its
arithmetic; an unknown form takes part in no arithmetic instead of ending the run."""
from __future__ import annotations

import datetime as dt

import pytest

from checker.periods import Period, period_contains, periods_compatible, previous_period

FORMS = ["2024", "2024-H1", "2024-H2", "2024-9M", "2024-Q1", "2024-Q4", "2024-02", "2024-12", "2024-02-29"]


@pytest.mark.parametrize("text", FORMS)
def test_every_form_reads_and_writes_back(text):
    period = Period.parse(text)
    assert period is not None and str(period) == text


@pytest.mark.parametrize("text", ["", None, "24", "2024-H3", "2024-Q5", "2024-13", "2023-02-29", "2024-9M-01",
                                  "2024-Q1-02", "FY2024", "2024-W05", "2024-H1 "])
def test_unknown_forms_read_as_none(text):
    assert Period.parse(text) is None
    assert previous_period(text) is None


def test_bounds():
    assert Period.parse("2024-9M").bounds() == (dt.date(2024, 1, 1), dt.date(2024, 9, 30))
    assert Period.parse("2024-H2").bounds() == (dt.date(2024, 7, 1), dt.date(2024, 12, 31))
    assert Period.parse("2024-Q1").bounds() == (dt.date(2024, 1, 1), dt.date(2024, 3, 31))
    assert Period.parse("2023-02").bounds() == (dt.date(2023, 2, 1), dt.date(2023, 2, 28))
    assert Period.parse("2024-05-03").bounds() == (dt.date(2024, 5, 3), dt.date(2024, 5, 3))


@pytest.mark.parametrize("text,shift,expected", [
    ("2024-H1", "year", "2023-H1"), ("2024-9M", "year", "2023-9M"), ("2024", "year", "2023"),
    ("2024-02-29", "year", "2023-02-28"), ("2024-Q1", "quarter", "2023-Q4"), ("2024-Q3", "quarter", "2024-Q2"),
    ("2024-01", "month", "2023-12"), ("2024-07", "month", "2024-06"),
    ("2024-H1", "quarter", None), ("2024-Q2", "month", None), ("2024-Q2", "week", None),
])
def test_previous(text, shift, expected):
    assert previous_period(text, shift) == expected


def test_containment():
    assert period_contains("2024", "2024-H1") and period_contains("2024-H1", "2024-Q2")
    assert period_contains("2024-Q2", "2024-05") and period_contains("2024-05", "2024-05-03")
    assert period_contains("2024-9M", "2024-Q3") and not period_contains("2024-9M", "2024-Q4")
    assert not period_contains("2024-H1", "2024")
    assert periods_compatible("2024", "2024-05") and periods_compatible("2024-05", "2024")
    assert not periods_compatible("2024-02", "2024-05")
    # An unknown form is contained only in itself (it never raises).
    assert period_contains("2024-W05", "2024-W05") and not periods_compatible("2024-W05", "2024")
