"""Front matter (`---` YAML-like `key: value` lines) at the top of an article."""

from __future__ import annotations

import datetime as dt
import re

from checker.regex_cache import compile_exact

_FENCE = compile_exact(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.S)
_FIELD = compile_exact(r"^([A-Za-z_]+)\s*[:=]\s*(.*?)\s*$", re.M)
KNOWN = {"published", "date", "language", "lang", "outlet", "source"}


def parse_front_matter(text: str) -> tuple[dict[str, object], int]:
    """The metadata and the offset where the body starts (0 when there is none).

    The body is not cut out of the document: offsets stay those of the file.
    """
    match = _FENCE.match(text)
    if not match:
        return {}, 0
    meta: dict[str, object] = {}
    for key, value in _FIELD.findall(match.group(1)):
        key = key.lower()
        if key not in KNOWN:
            continue
        value = value.strip("'\"")
        if key in ("published", "date"):
            try:
                meta["published"] = dt.date.fromisoformat(value[:10])
            except ValueError:
                meta["published_error"] = value
        elif key in ("language", "lang"):
            meta["language"] = value
        else:
            meta["outlet"] = value
    return meta, match.end()
