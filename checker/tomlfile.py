"""TOML files of every kind factlint reads (rule packs, lexicons, configuration, facts):
read once, and validation errors turned into one line naming the file, line and field."""

from __future__ import annotations

import hashlib
import re
import sys
import tomllib
from pathlib import Path

from pydantic import ValidationError

from checker.cache import cache_path, read_cached, write_cached
from checker.errors import InputError

# Bump when what `read_data_toml` keeps changes shape.
_CACHE_FORMAT = 1


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


def read_data_toml(path: Path) -> tuple[dict, str]:
    """`read_toml` for the large data files shipped with factlint (the rule packs: two thousand lines that
    `tomllib` parses in about 12 ms of every cold check, and the link stage reads them as the check stage
    does): the parsed tables are kept in the cache folder, stamped by the file's bytes, so a later run reads
    them back in a millisecond. An edited file has another stamp and is parsed anew; the result is the same
    dict either way (TOML parses to plain data), and a broken file raises as `read_toml` does."""
    try:
        content = path.read_bytes()
    except OSError as exc:
        raise InputError(str(path), f"cannot read: {exc}") from None
    stamp = hashlib.sha256(f"toml {_CACHE_FORMAT} {sys.version}\0".encode() + content).hexdigest()
    where = cache_path(f"toml-{path.stem}", stamp)
    try:
        raw = content.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(str(path), f"cannot read: {exc}") from None
    cached = read_cached(where, stamp)
    if isinstance(cached, dict):
        return cached, raw
    try:
        parsed = tomllib.loads(raw)
    except tomllib.TOMLDecodeError as exc:
        raise _toml_error(path, exc) from None
    write_cached(where, stamp, parsed, keep=4)  # (a few checkouts in turn, each without a rebuild)
    return parsed, raw


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
