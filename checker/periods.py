"""Periods, the shared vocabulary of every stage below the report (issue 13.2).

A claim's period is written as a string (the JSON contract): `2024`, `2024-H1`, `2024-H2`,
`2024-9M` (the first nine months), `2024-Q2`, `2024-02` and `2024-02-26`. `Period` is that
string read once, with its arithmetic: the period a year (a quarter, a month) earlier, its first
and last day, containment. A form it does not know reads as `None` and takes part in no
arithmetic (it never ends a run). The extractor writes periods; link and check do arithmetic on
them through this module only.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from typing import Literal

Grain = Literal["year", "half", "nine_months", "quarter", "month", "day"]
Shift = Literal["year", "quarter", "month"]

_FORM = re.compile(r"^(\d{4})(?:-(H[12]|9M|Q[1-4]|\d{2})(?:-(\d{2}))?)?$")


@dataclass(frozen=True, slots=True)
class Period:
    year: int
    grain: Grain = "year"
    index: int = 0  # the half (1, 2), the quarter (1–4), the month (1–12); 0 for a year and 9M
    day: int = 0  # for a day

    @classmethod
    def parse(cls, text: str | None) -> Period | None:
        """A period string as the extractor writes it, or None for anything else."""
        match = _FORM.match(text or "")
        if match is None:
            return None
        year, part, day = int(match.group(1)), match.group(2), match.group(3)
        if part is None:
            return cls(year)
        if part == "9M":
            return None if day else cls(year, "nine_months")
        if part[0] in "HQ":
            return None if day else cls(year, "half" if part[0] == "H" else "quarter", int(part[1]))
        month = int(part)
        if not 1 <= month <= 12:
            return None
        if day is None:
            return cls(year, "month", month)
        if not 1 <= int(day) <= calendar.monthrange(year, month)[1]:
            return None
        return cls(year, "day", month, int(day))

    def __str__(self) -> str:
        if self.grain == "year":
            return f"{self.year}"
        if self.grain == "half":
            return f"{self.year}-H{self.index}"
        if self.grain == "nine_months":
            return f"{self.year}-9M"
        if self.grain == "quarter":
            return f"{self.year}-Q{self.index}"
        if self.grain == "month":
            return f"{self.year}-{self.index:02d}"
        return f"{self.year}-{self.index:02d}-{self.day:02d}"

    def bounds(self) -> tuple[dt.date, dt.date]:
        """The first and the last day of the period."""
        if self.grain == "day":
            day = dt.date(self.year, self.index, self.day)
            return day, day
        first, last = {
            "year": (1, 12), "nine_months": (1, 9), "half": (6 * self.index - 5, 6 * self.index),
            "quarter": (3 * self.index - 2, 3 * self.index), "month": (self.index, self.index),
        }[self.grain]
        return dt.date(self.year, first, 1), dt.date(self.year, last, calendar.monthrange(self.year, last)[1])

    def previous(self, shift: Shift = "year") -> Period | None:
        """The same period a year earlier (`2024-H1` → `2023-H1`), or the quarter or month before
        (`2024-Q1` → `2023-Q4`); None where the shift does not apply (a quarter before a half)."""
        if shift == "year":
            if self.grain == "day" and self.index == 2 and self.day == 29:
                return Period(self.year - 1, "day", 2, 28)
            return Period(self.year - 1, self.grain, self.index, self.day)
        if shift == "quarter" and self.grain == "quarter":
            if self.index > 1:
                return Period(self.year, "quarter", self.index - 1)
            return Period(self.year - 1, "quarter", 4)
        if shift == "month" and self.grain == "month":
            return Period(self.year, "month", self.index - 1) if self.index > 1 else Period(self.year - 1, "month", 12)
        return None

    def contains(self, other: Period) -> bool:
        """`2024` ⊇ `2024-H1` ⊇ `2024-Q2` ⊇ `2024-05` ⊇ `2024-05-03`; every period contains itself."""
        lo, hi = self.bounds()
        other_lo, other_hi = other.bounds()
        return lo <= other_lo and other_hi <= hi


def previous_period(period: str | None, shift: str = "year") -> str | None:
    """The previous period of a period string (see `Period.previous`); None for an unknown form."""
    parsed = Period.parse(period)
    if parsed is None or shift not in ("year", "quarter", "month"):
        return None
    earlier = parsed.previous(shift)  # type: ignore[arg-type]
    return None if earlier is None else str(earlier)


def period_after(period: str | None, years: int = 0, months: int = 0) -> str | None:
    """The period `years` and `months` after a year or a month (`2020-09` + 10 months → `2021-07`);
    None where the shift does not fit the period's grain (months after a year, a quarter)."""
    parsed = Period.parse(period)
    if parsed is None:
        return None
    if parsed.grain == "year" and months == 0:
        return str(Period(parsed.year + years))
    if parsed.grain != "month":
        return None
    index = parsed.year * 12 + parsed.index - 1 + years * 12 + months
    return str(Period(index // 12, "month", index % 12 + 1))


def cumulative_period(period: str | None) -> str | None:
    """From the start of the year to the end of a quarter (`2024-Q3` → `2024-9M`); a half or a year
    is its own; None for a period whose year-to-date the forms cannot write (a month)."""
    parsed = Period.parse(period)
    if parsed is None:
        return None
    if parsed.grain == "quarter":
        year = parsed.year
        return {1: f"{year}-Q1", 2: f"{year}-H1", 3: f"{year}-9M", 4: f"{year}"}[parsed.index]
    if parsed.grain in ("year", "nine_months") or (parsed.grain == "half" and parsed.index == 1):
        return str(parsed)
    if parsed.grain == "half":
        return f"{parsed.year}"
    return None


def period_contains(outer: str, inner: str) -> bool:
    """Whether `inner` lies within `outer`; an unknown form is contained only in itself."""
    if outer == inner:
        return True
    a, b = Period.parse(outer), Period.parse(inner)
    return a is not None and b is not None and a.contains(b)


def periods_compatible(a: str, b: str) -> bool:
    """Two dates of one event agree when one contains the other (2024 and 2024-05)."""
    return period_contains(a, b) or period_contains(b, a)


__all__ = ["Period", "cumulative_period", "period_after", "period_contains", "periods_compatible", "previous_period"]
