"""Score factlint's English extraction on the English specs of Microsoft Recognizers-Text.

The cases are in `benchmarks/data/recognizers_en.jsonl`, condensed from the public test specs of
microsoft/Recognizers-Text (MIT licence): `Specs/NumberWithUnit/English/CurrencyModel.json` (every
case), `Specs/Number/English/PercentModel.json` (every case with a result) and 70 cases of
`Specs/Number/English/NumberModel.json` (digits, scales, signs, fractions and number words; the
arithmetic-notation cases such as `1.1^23` are left out). Each line keeps the input, the expected
text and value, and the expected currency.

How each spec is scored:
- currency: an expected amount counts when factlint reads a money mention with the same value and,
  where the spec names the currency (ISO code, or dollar/pound/euro/cent/pence), the same ISO code
  (`50 cents` is USD 0.50). Results without a value (a bare `dollar`) are not counted.
- percent: a percent mention with the expected value.
- number: factlint reads numbers as quantities, not bare, so the expected text is read with a
  neutral noun after it (`sixteen units`); it counts when a mention has the expected value. A case
  with no expected number counts when nothing is read.

    python benchmarks/recognizers_score.py [--misses]
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from checker.extract import extract  # noqa: E402
from checker.models import Document  # noqa: E402

DATA = ROOT / "benchmarks" / "data" / "recognizers_en.jsonl"
NAMED = {
    "Dollar": ("USD", 1),
    "Pound": ("GBP", 1),
    "Euro": ("EUR", 1),
    "Cent": ("USD", 0.01),
    "Pence": ("GBP", 0.01),
    "Penny": ("GBP", 0.01),
}


def mentions(text: str):
    return extract(Document(path="r.txt", text=text, language="en")).mentions


def _close(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-12)


def score_currency(case) -> list[tuple[bool, str]]:
    found = [m.quantity for m in mentions(case["input"]) if m.quantity.kind in ("money", "range")]
    out = []
    for result in case["results"]:
        if result["value"] is None:
            continue
        value = float(result["value"])
        code, factor = (result["iso"], 1) if result["iso"] else NAMED.get(result["unit"], (None, 1))
        ok = any(_close(q.value, value * factor) and (code is None or q.unit == code) for q in found)
        out.append((ok, f"{result['text']!r} → {[(q.unit, q.value) for q in found]}"))
    return out


def score_percent(case) -> list[tuple[bool, str]]:
    found = [m.quantity for m in mentions(case["input"]) if m.quantity.kind == "percent"]
    value = float(case["results"][0]["value"])
    return [(any(_close(q.value, value) for q in found), f"{case['input']!r} → {[q.value for q in found]}")]


def score_number(case) -> list[tuple[bool, str]]:
    if not case["results"]:
        return [(not mentions(case["input"]), f"{case['input']!r} should read nothing")]
    result = case["results"][0]
    value = float(result["value"])
    found = [m.quantity for m in mentions(result["text"].strip() + " units")]
    return [(any(_close(q.value, value) for q in found), f"{result['text']!r} → {[q.value for q in found]}")]


SCORERS = {"CurrencyModel": score_currency, "PercentModel": score_percent, "NumberModel": score_number}


def run() -> dict[str, tuple[int, int, list[str]]]:
    tally: dict[str, list] = defaultdict(lambda: [0, 0, []])
    for line in DATA.read_text(encoding="utf-8").splitlines():
        case = json.loads(line)
        for ok, what in SCORERS[case["spec"]](case):
            entry = tally[case["spec"]]
            entry[0] += ok
            entry[1] += 1
            if not ok:
                entry[2].append(what)
    return {k: tuple(v) for k, v in tally.items()}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true")
    args = parser.parse_args(argv)
    print("| spec | read right | of | rate |")
    print("| --- | --- | --- | --- |")
    results = run()
    for spec, (ok, n, _) in sorted(results.items()):
        print(f"| {spec} | {ok} | {n} | {ok / n:.0%} |")
    if args.misses:
        for spec, (_, _, misses) in sorted(results.items()):
            for miss in misses:
                print(f"  {spec} miss: {miss}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
