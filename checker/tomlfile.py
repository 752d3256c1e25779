"""TOML files of every kind factlint reads (rule packs, lexicons, configuration, facts):
read once, and validation errors turned into one line naming the file, line and field."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from pydantic import ValidationError

from checker.errors import InputError


def _toml_error(path: Path, exc: Exception) -> InputError:
    match = re.search(r"line (\d+)", str(exc))
    return InputError(str(path), f"invalid TOML: {exc}", int(match.group(1)) if match else None)


def read_toml(path: Path) -> tuple[dict, str]:
    try:
        raw = path.read_text(encoding="utf-8")
        return tomllib.loads(raw), raw
    except tomllib.TOMLDecodeError as exc:
        raise _toml_error(path, exc) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(str(path), f"cannot read: {exc}") from None


def validation_error(path: Path, raw: str, data: dict, exc: ValidationError) -> InputError:
    """One line naming the file, the line of the offending table and the field."""
    err = exc.errors()[0]
    loc = err["loc"]
    field = ".".join(str(p) for p in loc)
    line = None
    if len(loc) >= 2 and isinstance(loc[1], int):
        line = line_of_table(raw, str(loc[0]), loc[1])
    return InputError(str(path), f"{field}: {err['msg']}", line)


def line_of_table(raw: str, table: str, index: int) -> int | None:
    lines = table_lines(raw, table)
    return lines[index] if 0 <= index < len(lines) else None


def table_lines(raw: str, table: str) -> list[int]:
    """The line of each `[[table]]` header, in order (one pass: a manifest of 100,000 entries
    must not be scanned once per entry)."""
    header = f"[[{table}]]"
    return [number for number, line in enumerate(raw.splitlines(), 1) if line.strip() == header]
