"""Extraction time on inputs that used to be quadratic (issue 12's corners): `1` and N `억`,
`이천` × N, a line of N characters without spaces, N conversions in one sentence. Each input is
timed at two sizes; linear time keeps the ratio near the ratio of the sizes (2)."""
from __future__ import annotations

import datetime as dt
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from checker.extract import extract  # noqa: E402
from checker.models import Document  # noqa: E402

CASES = {
    "1 + N 억": lambda n: "1" + "억" * n,
    "이천 × N": lambda n: "이천" * n,
    "분의 run": lambda n: "삼" * n + "분의",
    "digits run": lambda n: "1" * n,
    "line without spaces (ko)": lambda n: ("매출은3천245억원으로12%늘었다" * (n // 18 + 1))[:n],
    "line without spaces (en)": lambda n: ("RevenueRMB87.8bnup12pc" * (n // 22 + 1))[:n],
    "N conversions, one sentence": lambda n: "".join("500억 위안(9조 2946억원)·" for _ in range(n // 20)),
}
SIZES = {"1 + N 억": 40_000, "이천 × N": 50_000, "분의 run": 50_000, "digits run": 200_000,
         "line without spaces (ko)": 1_000_000, "line without spaces (en)": 1_000_000,
         "N conversions, one sentence": 200_000}


def timed(text: str, language: str) -> float:
    doc = Document(path="t.txt", text=text, published=dt.date(2024, 8, 27), language=language)
    start = time.perf_counter()
    extract(doc)
    return time.perf_counter() - start


def main() -> int:
    extract(Document(path="t.txt", text="500억 위안", language="ko"))  # warm
    print("| input | size | time | time at half size | ratio |")
    print("| --- | --- | --- | --- | --- |")
    for name, make in CASES.items():
        n = SIZES[name]
        language = "en" if "(en)" in name else "ko"
        full, half = timed(make(n), language), timed(make(n // 2), language)
        print(f"| {name} | {n:,} | {full:.3f} s | {half:.3f} s | {full / max(half, 1e-9):.1f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
