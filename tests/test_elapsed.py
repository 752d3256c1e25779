"""The date arithmetic of the elapsed kind (F406): months between two periods at the coarser grain,
and the months a written elapsed time stands for."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from checker.check.kinds.elapsed import months_between, stated_range
from checker.models import ElapsedSpan, Span
from checker.periods import Period


@pytest.mark.parametrize(
    "since,until,months",
    [
        ("2021-03", "2022-01", 10),  # March to January
        ("2005-06", "2013-02", 92),  # 7 years 8 months
        ("2004", "2017", 156),  # years count as years
        ("2015-08", "2019-07-14", 47),  # a month and a day: counted in months
        ("2019-Q3", "2020-05", 9),  # a quarter and a month: counted in quarters (Q3 to Q2)
        ("2020-H2", "2022", 24),  # a half and a year: counted in years
    ],
)
def test_months_between_at_the_coarser_grain(since, until, months):
    assert months_between(Period.parse(since), Period.parse(until)) == months


def test_days_past_the_last_whole_month_are_a_fraction():
    between = months_between(Period.parse("2019-02-11"), Period.parse("2019-09-03"))
    assert 6 < between < 7 and between == pytest.approx(6 + 23 / 31)
    assert months_between(Period.parse("2024-01-31"), Period.parse("2024-02-29")) == pytest.approx(29 / 31, abs=0.05)


def test_the_first_nine_months_count_no_steps():
    assert months_between(Period.parse("2023-9M"), Period.parse("2024")) is None


def _span(months: int, unit: str, over: bool = False) -> ElapsedSpan:
    return ElapsedSpan(
        start=0,
        end=1,
        text="x",
        months=months,
        unit=unit,
        over=over,
        since="2020",
        since_span=Span(start=0, end=1),
        until="2024",
    )


def test_a_stated_time_stands_for_its_written_unit():
    assert stated_range(_span(48, "year")) == (42, 54)
    low, high = stated_range(_span(10, "month"))
    assert low <= 10 <= high and not low <= 11 <= high and not low <= 9 <= high
    low, high = stated_range(_span(7, "month", over=True))
    assert low == 7 and 7.9 < high < 8


@given(st.dates(), st.dates())
def test_months_between_days_never_fails_and_grows_with_the_later_date(a, b):
    first, last = min(a, b), max(a, b)
    between = months_between(
        Period(first.year, "day", first.month, first.day), Period(last.year, "day", last.month, last.day)
    )
    assert between is not None and between >= 0
    assert abs(between - (last - first).days / 30.44) < 1.5 + (last - first).days / 30.44 * 0.01
