"""`articles.toml` beside the texts: publication date, language, outlet per file."""
from __future__ import annotations

import datetime as dt
import re
import tomllib
from pathlib import Path

from pydantic import BaseModel, ConfigDict, ValidationError

from checker.errors import InputError

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
    """Metadata by file name; raises InputError naming the file and line."""
    try:
        raw = path.read_text(encoding="utf-8")
        data = tomllib.loads(raw)
    except tomllib.TOMLDecodeError as exc:
        match = re.search(r"line (\d+)", str(exc))
        raise InputError(str(path), f"invalid TOML: {exc}", int(match.group(1)) if match else None) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(str(path), f"cannot read manifest: {exc}") from None
    try:
        manifest = Manifest.model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        loc = err["loc"]
        field = ".".join(str(p) for p in loc)
        line = None
        if len(loc) >= 3 and loc[0] == "article" and isinstance(loc[1], int):
            entries = data.get("article", [])
            if loc[1] < len(entries):
                line = _line_of(raw, f'"{entries[loc[1]].get("file", "")}"')
        raise InputError(str(path), f"{field}: {err['msg']}", line) from None
    entries = {}
    for meta in manifest.article:
        if not (path.parent / meta.file).is_file():
            raise InputError(str(path), f"names a missing file {meta.file!r}", _line_of(raw, f'"{meta.file}"'))
        entries[meta.file] = meta
    return entries
