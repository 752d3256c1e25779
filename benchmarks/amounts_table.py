"""Score the table of amounts as newsrooms write them (`tests/amounts_table.py`): how many rows
the extractor reads with the right span, unit, value and interval. Prints the misses."""

from __future__ import annotations

import datetime as dt
import math
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT))

from amounts_table import TABLE  # noqa: E402

from checker.extract import extract  # noqa: E402
from checker.models import Document  # noqa: E402


def close(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-12)


def read(sentence: str):
    language = "ko" if any("\uac00" <= ch <= "\ud7a3" for ch in sentence) else "en"
    doc = Document(path="t.md", text=sentence, published=dt.date(2024, 8, 27), language=language)
    return extract(doc).mentions


def verdict(row) -> str | None:
    """None when the row reads right, else what was read."""
    sentence, span, unit, value, interval = row
    mentions = read(sentence)
    hits = [m for m in mentions if m.text == span]
    if not hits:
        return f"read {[(m.text, m.quantity.unit, m.quantity.value) for m in mentions]}"
    q = hits[0].quantity
    if q.unit != unit or not close(q.value, value):
        return f"read {q.unit} {q.value:g}"
    if interval and not (close(q.low, interval[0]) and close(q.high, interval[1])):
        return f"interval {q.low:g}–{q.high:g}"
    return None


def main() -> int:
    misses = [(row, v) for row in TABLE if (v := verdict(row)) is not None]
    print(f"{len(TABLE) - len(misses)} of {len(TABLE)} amounts read right")
    for row, v in misses:
        print(f"  miss: {row[1]!r} ({row[2]} {row[3]:g}): {v}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
