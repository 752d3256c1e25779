"""The external Duckling test set for Korean numerals, money and time.

factlint reads news copy, so the set is scored by dimension: numerals through
the numeral parser, money and time through the extractor as it runs on
articles. Measured rates are in the README; a drop below them fails here.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from helpers import document

from checker.extract import extract
from checker.extract.numerals import MalformedNumber, parse_numeral

EVAL = Path(__file__).resolve().parents[2] / "shared" / "eval" / "duckling_ko.jsonl"
# Duckling's corpus resolves relative dates against this reference time.
REFERENCE = dt.date(2013, 2, 12)
FLOORS = {"numeral": 0.95, "amount_of_money": 0.85, "time": 0.60}
CURRENCY = {"$": "USD", "KRW": "KRW", "EUR": "EUR", "cent": "USD", "£": "GBP"}


def _cases():
    if not EVAL.is_file():
        pytest.skip(f"{EVAL} is not beside this checkout")
    return [json.loads(line) for line in EVAL.read_text(encoding="utf-8").splitlines() if line.strip()]


def _numeral_ok(case) -> bool:
    try:
        return parse_numeral(case["text"]).value == pytest.approx(case["value"])
    except MalformedNumber:
        return False


def _money_ok(case) -> bool:
    mentions = extract(document(case["text"], REFERENCE, "ko")).mentions
    if len(mentions) != 1:
        return False
    q = mentions[0].quantity
    expected = case["duckling_expected"]
    if case["unit"] == "cent":
        return False  # cents are not written in Korean news copy
    if q.unit != CURRENCY.get(case["unit"], case["unit"]):
        return False
    if expected.startswith("between"):
        low, high = (float(x) for x in expected.split("(")[1].rstrip(")").split(","))
        return q.kind == "range" and q.ends[0][0] <= low <= q.ends[0][1] and q.ends[1][0] <= high <= q.ends[1][1]
    if expected.startswith("above"):
        return q.high == float("inf") and q.low == pytest.approx(case["value"])
    if expected.startswith("under"):
        return q.low == float("-inf") and q.high == pytest.approx(case["value"])
    return q.value == pytest.approx(case["value"])


def _time_ok(case) -> bool:
    from checker.extract.time import find_times

    refs = find_times(case["text"], REFERENCE)
    value = str(case["value"])
    if "/" in value:
        return False  # intervals of days are not resolved (news periods are months, quarters, halves)
    periods = [str(r.period) for r in refs if r.period]
    return value in periods


SCORERS = {"numeral": _numeral_ok, "amount_of_money": _money_ok, "time": _time_ok}


@pytest.mark.parametrize("dimension", sorted(SCORERS))
def test_duckling_dimension(dimension):
    cases = [c for c in _cases() if c["dimension"] == dimension]
    results = [(c["text"], SCORERS[dimension](c)) for c in cases]
    rate = sum(ok for _, ok in results) / len(results)
    misses = [text for text, ok in results if not ok]
    print(f"\n{dimension}: {rate:.0%} of {len(results)}; misses: {misses}")
    assert rate >= FLOORS[dimension], misses
