"""Periods, the shared vocabulary of every stage below the report (issue 13.2).

Inside the pipeline a period is a `Period` value: the extractor builds them (`Period.of_quarter(2024, 2)`),
link and check do arithmetic on them through their methods (`previous`, `after`, `year_to_date`,
`contains`), and the wording of messages writes them in words (`words`). At the edges (claims JSON,
the ledger, SARIF evidence, a desk's facts file) a period is written as a string: `2024`, `2024-H1`,
`2024-H2`, `2024-9M` (the first nine months), `2024-Q2`, `2024-02` and `2024-02-26`. `Period.parse`
reads that string back; a form it does not know reads as `None` (it never ends a run), so an unknown
form cannot exist inside the pipeline.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass
from typing import Any, Literal

from pydantic_core import core_schema

from checker.regex_cache import compile_exact

Grain = Literal["year", "half", "nine_months", "quarter", "month", "day"]
Shift = Literal["year", "quarter", "month"]

_FORM = compile_exact(r"^(\d{4})(?:-(H[12]|9M|Q[1-4]|\d{2})(?:-(\d{2}))?)?$")
# The periods from January that the forms can write, by their number of months (`1~3분기 누적` is 9).
_YEAR_TO = {3: ("quarter", 1), 6: ("half", 1), 9: ("nine_months", 0), 12: ("year", 0)}
_MONTHS_EN = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


@dataclass(frozen=True, slots=True)
class Period:
    year: int
    grain: Grain = "year"
    index: int = 0  # the half (1, 2), the quarter (1–4), the month (1–12); 0 for a year and 9M
    day: int = 0  # for a day

    # ------------------------------------------------------------ building one

    @classmethod
    def of_year(cls, year: int) -> Period:
        return cls(year)

    @classmethod
    def of_half(cls, year: int, half: int) -> Period | None:
        return cls(year, "half", half) if half in (1, 2) else None

    @classmethod
    def of_quarter(cls, year: int, quarter: int) -> Period | None:
        return cls(year, "quarter", quarter) if 1 <= quarter <= 4 else None

    @classmethod
    def of_month(cls, year: int, month: int) -> Period | None:
        return cls(year, "month", month) if 1 <= month <= 12 else None

    @classmethod
    def of_day(cls, year: int, month: int, day: int) -> Period | None:
        """A day of the calendar; None for one it does not have (`2023-02-29`)."""
        if not (
            dt.MINYEAR <= year <= dt.MAXYEAR and 1 <= month <= 12 and 1 <= day <= calendar.monthrange(year, month)[1]
        ):
            return None
        return cls(year, "day", month, day)

    @classmethod
    def of_date(cls, date: dt.date) -> Period:
        return cls(date.year, "day", date.month, date.day)

    @classmethod
    def year_to(cls, year: int, months: int) -> Period | None:
        """From January through the end of month `months`, as one of the forms: 3 → Q1, 6 → H1, 9 → 9M,
        12 → the year; None for a span the forms cannot write (the first five months)."""
        if months not in _YEAR_TO:
            return None
        grain, index = _YEAR_TO[months]
        return cls(year, grain, index)  # type: ignore[arg-type]

    @classmethod
    def parse(cls, text: str | None) -> Period | None:
        """A period string as the edges write it, or None for anything else."""
        if isinstance(text, Period):
            return text  # already read (inside the pipeline periods are values)
        match = _FORM.match(text or "")
        if match is None:
            return None
        year, part, day = int(match.group(1)), match.group(2), match.group(3)
        if year < dt.MINYEAR:
            return None  # `0000`: no calendar has it (its bounds could not be written)
        if part is None:
            return cls(year)
        if part == "9M":
            return None if day else cls(year, "nine_months")
        if part[0] in "HQ":
            return None if day else cls(year, "half" if part[0] == "H" else "quarter", int(part[1]))
        if day is None:
            return cls.of_month(year, int(part))
        return cls.of_day(year, int(part), int(day))

    def __str__(self) -> str:
        year = f"{self.year:04d}"
        if self.grain == "year":
            return year
        if self.grain == "half":
            return f"{year}-H{self.index}"
        if self.grain == "nine_months":
            return f"{year}-9M"
        if self.grain == "quarter":
            return f"{year}-Q{self.index}"
        if self.grain == "month":
            return f"{year}-{self.index:02d}"
        return f"{year}-{self.index:02d}-{self.day:02d}"

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: Any) -> core_schema.CoreSchema:
        """In a pydantic model a period is validated from its string (an unknown form is an error there)
        and written back as the string: the edges' JSON and schema keep the string form."""

        def from_text(text: str) -> Period:
            period = cls.parse(text)
            if period is None:
                raise ValueError(f"not a period: {text!r} (2024, 2024-H1, 2024-9M, 2024-Q2, 2024-02, 2024-02-26)")
            return period

        from_string = core_schema.no_info_after_validator_function(from_text, core_schema.str_schema())
        return core_schema.json_or_python_schema(
            json_schema=from_string,
            python_schema=core_schema.union_schema([core_schema.is_instance_schema(cls), from_string]),
            serialization=core_schema.plain_serializer_function_ser_schema(
                str, return_schema=core_schema.str_schema(), when_used="always"
            ),
        )

    # ------------------------------------------------------------ what it is

    @property
    def is_day(self) -> bool:
        """A single day: a dateline or an event's date, never the period a flow is counted over."""
        return self.grain == "day"

    def bounds(self) -> tuple[dt.date, dt.date]:
        """The first and the last day of the period. A period the calendar cannot write (the year before year 1,
        after 9999: a prior period of an absurd publication date) is bounded by the calendar's first or last day,
        so that comparing it stays an answer, not an exception."""
        if not dt.MINYEAR <= self.year <= dt.MAXYEAR:
            edge = dt.date.min if self.year < dt.MINYEAR else dt.date.max
            return edge, edge
        if self.grain == "day":
            day = dt.date(self.year, self.index, self.day)
            return day, day
        first, last = {
            "year": (1, 12),
            "nine_months": (1, 9),
            "half": (6 * self.index - 5, 6 * self.index),
            "quarter": (3 * self.index - 2, 3 * self.index),
            "month": (self.index, self.index),
        }[self.grain]
        return dt.date(self.year, first, 1), dt.date(self.year, last, calendar.monthrange(self.year, last)[1])

    def contains(self, other: Period) -> bool:
        """`2024` ⊇ `2024-H1` ⊇ `2024-Q2` ⊇ `2024-05` ⊇ `2024-05-03`; every period contains itself."""
        lo, hi = self.bounds()
        other_lo, other_hi = other.bounds()
        return lo <= other_lo and other_hi <= hi

    def nested_with(self, other: Period) -> bool:
        """Two dates of one event agree when one contains the other (2024 and 2024-05)."""
        return self.contains(other) or other.contains(self)

    # ------------------------------------------------------------ arithmetic

    def later(self, years: int) -> Period:
        """The same period `years` years later (or earlier, for a negative count); 29 February
        becomes the 28th in a year without it."""
        year = self.year + years
        if self.grain == "day" and self.index == 2 and self.day == 29 and not calendar.isleap(year):
            return Period(year, "day", 2, 28)
        return Period(year, self.grain, self.index, self.day)

    def previous(self, shift: str = "year") -> Period | None:
        """The same period a year earlier (`2024-H1` → `2023-H1`), or the quarter or month before
        (`2024-Q1` → `2023-Q4`); None where the shift does not apply (a quarter before a half, a week)."""
        if shift == "year":
            return self.later(-1)
        if shift == "quarter" and self.grain == "quarter":
            if self.index > 1:
                return Period(self.year, "quarter", self.index - 1)
            return Period(self.year - 1, "quarter", 4)
        if shift == "month" and self.grain == "month":
            return Period(self.year, "month", self.index - 1) if self.index > 1 else Period(self.year - 1, "month", 12)
        return None

    def after(self, years: int = 0, months: int = 0) -> Period | None:
        """The period `years` and `months` after a year or a month (`2020-09` + 10 months → `2021-07`);
        None where the shift does not fit the period's grain (months after a year, a quarter)."""
        if self.grain == "year" and months == 0:
            return Period(self.year + years)
        if self.grain != "month":
            return None
        index = self.year * 12 + self.index - 1 + years * 12 + months
        return Period(index // 12, "month", index % 12 + 1)

    def year_to_date(self) -> Period | None:
        """From the start of the year to the end of this period (`2024-Q3` → `2024-9M`); a half or a
        year is its own; None for a period whose year-to-date the forms cannot write (a month)."""
        if self.grain == "quarter":
            return Period.year_to(self.year, 3 * self.index)
        if self.grain in ("year", "nine_months") or (self.grain == "half" and self.index == 1):
            return self
        if self.grain == "half":
            return Period(self.year)
        return None

    # ------------------------------------------------------------ in words

    def words(self, lang: str = "en") -> str:
        """`2024-H1` → `H1 2024` / `2024년 상반기`; `2024-9M` → `the first nine months of 2024` /
        `2024년 1~9월`; `2024-05-03` → `3 May 2024` / `2024년 5월 3일`."""
        ko = lang == "ko"
        if self.grain == "year":
            return f"{self.year}년" if ko else f"{self.year}"
        if self.grain == "half":
            return f"{self.year}년 {'상' if self.index == 1 else '하'}반기" if ko else f"H{self.index} {self.year}"
        if self.grain == "quarter":
            return f"{self.year}년 {self.index}분기" if ko else f"Q{self.index} {self.year}"
        if self.grain == "nine_months":
            return f"{self.year}년 1~9월" if ko else f"the first nine months of {self.year}"
        month = _MONTHS_EN[self.index - 1]
        if self.grain == "month":
            return f"{self.year}년 {self.index}월" if ko else f"{month} {self.year}"
        return f"{self.year}년 {self.index}월 {self.day}일" if ko else f"{self.day} {month} {self.year}"


def period_string(period: Period | None) -> str | None:
    """An optional period in its edge form (evidence, keys stored in the ledger): `2024-H1` or None."""
    return None if period is None else str(period)


__all__ = ["Grain", "Period", "Shift", "period_string"]
