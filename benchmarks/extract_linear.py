"""Time on inputs that used to be quadratic (issue 12.4), each at two sizes: linear time keeps the
ratio near the ratio of the sizes (2).

- Extraction alone: `1` and N `억`, `이천` × N, a line of N characters without spaces (one
  sentence repeated), a table of N characters whose cells differ, N conversions in one sentence.
- Extraction and linking (what one article costs before the checks): N claims in one article,
  the same lines, and an article of N MB (the seeds, repeated).

`--only WORD` runs the rows whose name holds WORD. `--cpu` times the process's CPU time instead of
the wall clock: on a machine shared with other runs the wall clock counts their time too.
`--repeat K` times each input K times and reports the median (CPU time too varies under load)."""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from checker.extract import extract  # noqa: E402
from checker.link import link  # noqa: E402
from checker.models import Document  # noqa: E402
from checker.pipeline import load_knowledge  # noqa: E402

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
# Three claims: a value, its prior (`전년 동기`) and the change between them.
ARTICLE_SENTENCE = "삼성전자의 2024년 상반기 매출은 120억원으로 전년 동기 100억원보다 20% 늘었다.\n"


def _line_ko(n: int) -> str:
    return ("매출은3천245억원으로12%늘었다" * (n // 18 + 1))[:n]


def _per_unit_prose_ko(n: int) -> str:
    """Prose of counts, measures, totals and per-unit figures on one line, the figures differing sentence by sentence
    (a dump of a co-op's sales by member group, no paragraph): every per-unit reading has partners to seek."""
    out, i = [], 0
    while sum(map(len, out)) < n:
        members, tonnes, total = 100 + i * 37 % 900, 100 + i * 53 % 9000, 10 + i * 29 % 900
        out.append(
            f"조합원 {members}명이 감자 {tonnes}톤을 {total}억원에 팔았다. "
            f"조합원 한 명당 {10 + i * 7 % 90}억원꼴이고 ㎏당 {1000 + i * 13 % 9000}원이다. "
        )
        i += 1
    return "".join(out)[:n]


def _table_ko(n: int) -> str:
    """A table pasted as one line whose cells differ (a row number, an amount, a rate): unlike the
    repeated line, every figure is read anew (the numeral parser's cache does not answer it)."""
    cells, size, i = [], 0, 0
    while size < n:
        cell = f"{i % 50 + 1}번 {(i * 7919) % 99991:,}억원 {(i * 31) % 1000 / 10:g}% "
        cells.append(cell)
        size += len(cell)
        i += 1
    return "".join(cells)[:n]


def _seeds_article(megabytes: int) -> str:
    seeds = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt")))
    size = len(seeds.encode("utf-8"))
    return "\n\n".join([seeds] * max(1, round(megabytes * 1_000_000 / size)))


# name: (make the text of size n, n, target in seconds or None, language)
EXTRACT: dict[str, tuple[Callable[[int], str], int, float | None, str]] = {
    "1 + N 억": (lambda n: "1" + "억" * n, 40_000, 0.5, "ko"),
    "이천 × N": (lambda n: "이천" * n, 50_000, 1.0, "ko"),
    "분의 run": (lambda n: "삼" * n + "분의", 50_000, None, "ko"),
    "digits run": (lambda n: "1" * n, 200_000, None, "ko"),
    "line without spaces (ko), N characters": (_line_ko, 1_000_000, 1.0, "ko"),
    "table of differing cells (ko), N characters": (_table_ko, 1_000_000, None, "ko"),
    "line without spaces (en), N characters": (
        lambda n: ("RevenueRMB87.8bnup12pc" * (n // 22 + 1))[:n],
        1_000_000,
        1.0,
        "en",
    ),
    "N conversions, one sentence (characters)": (
        lambda n: "".join("500억 위안(9조 2946억원)·" for _ in range(n // 20)),
        200_000,
        None,
        "ko",
    ),
}
LINK: dict[str, tuple[Callable[[int], str], int, float | None, str]] = {
    "N claims in one article": (lambda n: ARTICLE_SENTENCE * (n // 3), 8_000, 1.0, "ko"),
    "line without spaces (ko), N characters": (_line_ko, 1_000_000, 1.0, "ko"),
    "table of differing cells (ko), N characters": (_table_ko, 1_000_000, None, "ko"),
    "per-unit prose on one line (ko), N characters": (_per_unit_prose_ko, 340_000, None, "ko"),
    "N conversions, one sentence (characters)": EXTRACT["N conversions, one sentence (characters)"][:2] + (None, "ko"),
    "article of N MB (the seeds repeated)": (_seeds_article, 20, 20.0, "ko"),
}


CLOCK = time.perf_counter  # or time.process_time (--cpu)


def _document(text: str, language: str) -> Document:
    return Document(path="t.txt", text=text, published=dt.date(2024, 8, 27), language=language)


def _extract(text: str, language: str, _lexicon) -> tuple[float, int]:
    doc = _document(text, language)
    start = CLOCK()
    found = len(extract(doc).mentions)
    return CLOCK() - start, found


def _extract_and_link(text: str, language: str, lexicon) -> tuple[float, int]:
    doc = _document(text, language)
    start = CLOCK()
    found = len(link(extract(doc), lexicon).claims)
    return CLOCK() - start, found


def _median(run, text: str, language: str, lexicon, repeat: int) -> tuple[float, int]:
    times, found = [], 0
    for _ in range(repeat):
        took, found = run(text, language, lexicon)
        times.append(took)
    return statistics.median(times), found


def _table(title: str, cases: dict, run, lexicon, only: str | None, repeat: int = 1) -> None:
    print(f"\n{title}\n")
    print("| input | N | found | time | time at N/2 | ratio | target | met |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | :---: |")
    for name, (make, n, target, language) in cases.items():
        if only and only not in name:
            continue
        try:
            full, found = _median(run, make(n), language, lexicon, repeat)
            half, _ = _median(run, make(n // 2), language, lexicon, repeat)
        except Exception as exc:  # noqa: BLE001 — a failing input is a finding of the benchmark, shown in its row
            print(f"| {name} | {n:,} | error: {type(exc).__name__}: {exc} | | | | | |", flush=True)
            continue
        met = "–" if target is None else ("yes" if full <= target else "no")
        wanted = "–" if target is None else f"≤ {target:g} s"
        print(
            f"| {name} | {n:,} | {found:,} | {full:.2f} s | {half:.2f} s | {full / max(half, 1e-9):.1f} "
            f"| {wanted} | {met} |",
            flush=True,
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", help="run the rows whose name holds this")
    parser.add_argument("--cpu", action="store_true", help="time CPU time, not the wall clock")
    parser.add_argument("--repeat", type=int, default=1, help="time each input this many times: the median")
    args = parser.parse_args(argv)
    global CLOCK
    CLOCK = time.process_time if args.cpu else time.perf_counter
    print(f"clock: {'CPU time' if args.cpu else 'wall clock'}; median of {max(1, args.repeat)}")
    lexicon = load_knowledge().lexicon
    for language in ("ko", "en"):  # warm: each language's patterns compiled, lexicon loaded
        link(extract(_document("500억 위안, up 12% to $3bn", language)), lexicon)
    repeat = max(1, args.repeat)
    _table("Extraction (found: mentions)", EXTRACT, _extract, lexicon, args.only, repeat)
    _table("Extraction and linking (found: claims)", LINK, _extract_and_link, lexicon, args.only, repeat)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
