"""Reference facts (`--facts FILE`): a desk's known figures, from filings or statistics.

CSV with a header, or TOML with `[[fact]]` tables; columns: entity, metric,
period, value, unit, source, note. A value may be written as copy writes it
(`310억`, `1,250`) — its rounding interval applies — or as a plain number.
"""

from __future__ import annotations

import csv
import math
from pathlib import Path

from pydantic import BaseModel, ConfigDict, ValidationError, field_validator

from checker.errors import InputError
from checker.extract.numerals import MalformedNumber, parse_numeral
from checker.extract.units import base_unit, registry
from checker.intervals import Interval
from checker.periods import Period
from checker.tomlfile import line_of_table, read_toml


class ReferenceFact(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)  # built only when a run reads --facts
    entity: str
    metric: str
    period: str
    value: str
    unit: str
    source: str
    note: str | None = None

    @field_validator("value", mode="before")
    @classmethod
    def _as_text(cls, value):
        return str(value)

    # A period or unit the checker does not know would match no claim: the fact would be read and never
    # used, in silence. Both are refused where the file is read.
    @field_validator("period")
    @classmethod
    def _known_period(cls, value: str) -> str:
        if Period.parse(value.strip()) is None:
            raise ValueError(
                f"{value!r} is not a period (write 2024, 2024-H1, 2024-Q3, 2024-9M, 2024-05 or 2024-05-03)"
            )
        return value.strip()

    @field_validator("unit")
    @classmethod
    def _known_unit(cls, value: str) -> str:
        from pint.errors import PintError  # pint is loaded only when a run reads --facts

        unit = value.strip()
        try:
            known = bool(unit) and registry().get_name(unit) == unit
        except (PintError, ArithmeticError, AttributeError, TypeError, ValueError):  # an expression, not a name
            known = False
        if not known:
            raise ValueError(
                f"{value!r} is not a unit (a currency code such as KRW or USD, percent, pp, count, kg, km …)"
            )
        factor, base = base_unit(unit)
        if base != unit:  # claims are stated in base units (`1,000t` is 1,000,000 kg): a fact in t would match none
            raise ValueError(f"write the value in {base}, not {unit} (1 {unit} = {factor:g} {base})")
        return unit

    def interval(self) -> Interval:
        """The value's rounding interval; a ValueError for anything but a finite number."""
        text = self.value.strip()
        try:
            numeral = parse_numeral(text)
        except MalformedNumber:
            # ValueError for words; `nan`, `inf` and `1e400` read, and are refused below
            interval = Interval.point(float(text))
        else:
            interval = Interval.rounding(numeral.value, numeral.step)
        if not (math.isfinite(interval.lo) and math.isfinite(interval.hi)):
            raise ValueError("not a finite number")
        return interval


def load_facts(path: Path) -> list[ReferenceFact]:
    if not path.is_file():
        raise InputError(str(path), "facts file not found")
    if path.suffix.lower() == ".toml":
        data, raw = read_toml(path)
        rows = data.get("fact", [])
        if not isinstance(rows, list) or not all(isinstance(r, dict) for r in rows):
            raise InputError(str(path), "fact: expected [[fact]] tables (entity, metric, period, value, unit, source)")
        unknown = sorted(set(data) - {"fact"})
        if unknown:
            raise InputError(str(path), f"unknown key {unknown[0]!r}; facts are [[fact]] tables")
        first_line = 1
    else:
        try:
            with path.open(encoding="utf-8-sig", newline="") as handle:
                rows = list(csv.DictReader(handle))
        except (OSError, UnicodeDecodeError, csv.Error) as exc:
            raise InputError(str(path), f"cannot read facts: {exc}") from None
        first_line = 2

    def line(number: int) -> int | None:
        return first_line + number if path.suffix.lower() != ".toml" else line_of_table(raw, "fact", number)

    facts = []
    for number, row in enumerate(rows):
        try:
            fact = ReferenceFact.model_validate({k: v for k, v in row.items() if v not in (None, "")})
            fact.interval()
        except ValidationError as exc:
            err = exc.errors()[0]
            message = str(err["ctx"]["error"]) if err["type"] == "value_error" else err["msg"]
            raise InputError(
                str(path), f"fact {number + 1}: {'.'.join(map(str, err['loc']))}: {message}", line(number)
            ) from None
        except (ValueError, OverflowError) as exc:
            raise InputError(
                str(path),
                f"fact {number + 1}: value: cannot read {row.get('value')!r} as a finite number"
                + (f" ({exc})" if "finite" not in str(exc) else ""),
                line(number),
            ) from None
        facts.append(fact)
    return facts
