"""Numerals as Korean and English copy writes them, with the interval each states."""

from __future__ import annotations

import pytest

from checker.extract.numerals import MalformedNumber, parse_arabic, parse_hangul, parse_numeral


@pytest.mark.parametrize(
    "text,value,low,high",
    [
        ("1,062", 1062, 1061.5, 1062.5),
        ("9.5", 9.5, 9.45, 9.55),
        ("500억", 5e10, 4.95e10, 5.05e10),  # trailing zeros count until two significant digits
        ("230억", 2.3e10, 2.25e10, 2.35e10),
        ("42억", 4.2e9, 4.15e9, 4.25e9),
        ("1060억", 1.06e11, 1.055e11, 1.065e11),
        ("8억", 8e8, 7.5e8, 8.5e8),  # a single written digit stays ±0.5
        ("9조 2946억", 9.2946e12, 9.29455e12, 9.29465e12),
        ("1조 621억", 1.0621e12, 1.06205e12, 1.06215e12),
        ("1만2000", 12000, 11500, 12500),
        ("100만", 1e6, 9.5e5, 1.05e6),
        ("12,000", 12000, 11500, 12500),
        ("9조3000억", 9.3e12, 9.25e12, 9.35e12),
        ("7.0", 7.0, 6.95, 7.05),  # a written decimal zero is significant
        ("3천억", 3e11, 2.5e11, 3.5e11),
    ],
)
def test_written_number_is_an_interval(text, value, low, high):
    numeral = parse_numeral(text)
    assert numeral.value == pytest.approx(value)
    assert numeral.value - numeral.step / 2 == pytest.approx(low)
    assert numeral.value + numeral.step / 2 == pytest.approx(high)


@pytest.mark.parametrize(
    "text,value",
    [
        ("삼십오", 35),
        ("서른다섯", 35),
        ("일억이", 100000002),
        ("삼점사", 3.4),
        ("십하나", 11),
        ("일흔한", 71),
        ("사분의삼", 0.75),
        ("마이너스 3", -3),
        ("만", 10000),
        ("두", 2),
        ("스물", 20),
    ],
)
def test_hangul_numerals(text, value):
    assert parse_numeral(text).value == pytest.approx(value)


@pytest.mark.parametrize("text", ["12억3456억", "3억5조", "1,23,456", "1,2345"])
def test_malformed_numbers_are_reported_not_read(text):
    with pytest.raises(MalformedNumber):
        parse_arabic(text)


def test_hangul_rejects_non_numerals():
    with pytest.raises(MalformedNumber):
        parse_hangul("알리바바")
