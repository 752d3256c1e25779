"""Reference facts (`--facts FILE`): a desk's known figures, from filings or statistics.

CSV with a header, or TOML with `[[fact]]` tables; columns: entity, metric,
period, value, unit, source, note. A value may be written as copy writes it
(`310억`, `1,250`) — its rounding interval applies — or as a plain number.
"""
from __future__ import annotations

import csv
from pathlib import Path

from pydantic import BaseModel, ConfigDict, ValidationError, field_validator

from checker.errors import InputError
from checker.extract.numerals import MalformedNumber, parse_numeral
from checker.tomlfile import read_toml


class ReferenceFact(BaseModel):
    model_config = ConfigDict(extra="forbid")
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

    def interval(self) -> tuple[float, float]:
        text = self.value.strip()
        try:
            numeral = parse_numeral(text)
        except MalformedNumber:
            number = float(text)
            return number, number
        return numeral.value - numeral.step / 2, numeral.value + numeral.step / 2


def load_facts(path: Path) -> list[ReferenceFact]:
    if not path.is_file():
        raise InputError(str(path), "facts file not found")
    if path.suffix.lower() == ".toml":
        data, _ = read_toml(path)
        rows = data.get("fact", [])
        first_line = 1
    else:
        try:
            with path.open(encoding="utf-8-sig", newline="") as handle:
                rows = list(csv.DictReader(handle))
        except (OSError, UnicodeDecodeError, csv.Error) as exc:
            raise InputError(str(path), f"cannot read facts: {exc}") from None
        first_line = 2
    facts = []
    for number, row in enumerate(rows):
        try:
            fact = ReferenceFact.model_validate({k: v for k, v in row.items() if v not in (None, "")})
            fact.interval()
        except ValidationError as exc:
            err = exc.errors()[0]
            raise InputError(str(path), f"fact {number + 1}: {'.'.join(map(str, err['loc']))}: {err['msg']}",
                             first_line + number if path.suffix.lower() != ".toml" else None) from None
        except ValueError:
            raise InputError(str(path), f"fact {number + 1}: cannot read value {row.get('value')!r}",
                             first_line + number if path.suffix.lower() != ".toml" else None) from None
        facts.append(fact)
    return facts
