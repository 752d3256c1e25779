"""`articles.toml` beside the texts: publication date, language, outlet per file."""
from __future__ import annotations

import datetime as dt
import functools
from pathlib import Path

from pydantic import BaseModel, ConfigDict, ValidationError

from checker.errors import InputError
from checker.tomlfile import read_toml, validation_error

MANIFEST_NAME = "articles.toml"


class ArticleMeta(BaseModel):
    model_config = ConfigDict(extra="forbid")
    file: str
    published: dt.date | None = None
    language: str | None = None
    outlet: str | None = None
    note: str | None = None


class Manifest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    article: list[ArticleMeta] = []


def _line_of(text: str, needle: str) -> int | None:
    for number, line in enumerate(text.splitlines(), 1):
        if needle in line:
            return number
    return None


def load_manifest(path: Path) -> dict[str, ArticleMeta]:
    """Metadata by file name; raises InputError naming the file and line. A manifest is read once
    per version of the file (a ledger adds an archive in chunks from one big manifest)."""
    stat = path.stat()
    return _load_manifest(path, stat.st_mtime_ns, stat.st_size)


@functools.lru_cache(maxsize=64)
def _load_manifest(path: Path, mtime_ns: int, size: int) -> dict[str, ArticleMeta]:
    data, raw = read_toml(path)
    try:
        manifest = Manifest.model_validate(data)
    except ValidationError as exc:
        raise validation_error(path, raw, data, exc) from None
    entries = {}
    for meta in manifest.article:
        if not (path.parent / meta.file).is_file():
            raise InputError(str(path), f"names a missing file {meta.file!r}", _line_of(raw, f'"{meta.file}"'))
        entries[meta.file] = meta
    return entries
