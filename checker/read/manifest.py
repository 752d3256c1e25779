"""`articles.toml` beside the texts: publication date, language, outlet per file."""

from __future__ import annotations

import datetime as dt
import functools
from pathlib import Path

from pydantic import BaseModel, ConfigDict, ValidationError

from checker.errors import InputError
from checker.tomlfile import read_toml, table_lines, validation_error

MANIFEST_NAME = "articles.toml"


class ArticleMeta(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)  # built only when a run reads a manifest
    file: str
    published: dt.date | None = None
    language: str | None = None
    outlet: str | None = None
    note: str | None = None


class Manifest(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)
    article: list[ArticleMeta] = []


def _line_of(text: str, needle: str) -> int | None:
    for number, line in enumerate(text.splitlines(), 1):
        if needle in line:
            return number
    return None


class Entries(dict):
    """Metadata by file name, and the errors of entries that could not be used, by file name: a
    bad or duplicate entry costs its own article only, never the dates of the articles beside it."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.problems: dict[str, InputError] = {}


def load_manifest(path: Path) -> Entries:
    """Metadata by file name; raises InputError naming the file and line. A manifest is read once
    per version of the file (a ledger adds an archive in chunks from one big manifest)."""
    stat = path.stat()
    return _load_manifest(path, stat.st_mtime_ns, stat.st_size)


@functools.lru_cache(maxsize=64)
def _load_manifest(path: Path, mtime_ns: int, size: int) -> Entries:
    data, raw = read_toml(path)
    rows = data.get("article", []) if isinstance(data, dict) else []
    if not isinstance(rows, list) or not all(isinstance(r, dict) for r in rows) or set(data) - {"article"}:
        try:
            Manifest.model_validate(data)  # the whole file's shape is wrong: one error naming the key
        except ValidationError as exc:
            raise validation_error(path, raw, data, exc) from None
    entries = Entries()
    first_line: dict[str, int | None] = {}
    header_lines = table_lines(raw, "article")
    for index, row in enumerate(rows):
        line = header_lines[index] if index < len(header_lines) else None
        name = row.get("file")
        try:
            meta = ArticleMeta.model_validate(row)
        except ValidationError as exc:
            err = exc.errors()[0]
            field = ".".join(str(p) for p in err["loc"])
            if not isinstance(name, str) or not name:
                # No file to blame: the entry's own error, for the whole manifest.
                raise InputError(str(path), f"article.{index}.{field}: {err['msg']}", line) from None
            message = f"article.{index}.{field}: {err['msg']} (entry for {name!r})"
            entries.problems[name] = InputError(str(path), message, line)
            entries.pop(name, None)
            first_line.setdefault(name, line)
            continue
        if meta.file in first_line:
            where = f" (first at line {first_line[meta.file]})" if first_line[meta.file] else ""
            entries.problems[meta.file] = InputError(str(path), f"duplicate entry for {meta.file!r}{where}", line)
            entries.pop(meta.file, None)
            continue
        first_line[meta.file] = line
        if not (path.parent / meta.file).is_file():
            raise InputError(str(path), f"names a missing file {meta.file!r}", _line_of(raw, f'"{meta.file}"'))
        if meta.file not in entries.problems:
            entries[meta.file] = meta
    return entries
