"""Inputs that used to take quadratic time (issue 12): the result is right and nothing breaks.
Their timing is in `benchmarks/extract_linear.py`, not here."""

from __future__ import annotations

import datetime as dt

import pytest

from checker.extract import extract
from checker.models import Document


def _extract(text: str, language: str = "ko"):
    return extract(Document(path="t.txt", text=text, published=dt.date(2024, 8, 27), language=language))


def test_one_and_many_myriad_units():
    ex = _extract("1" + "억" * 40_000)
    assert ex.mentions == [] and ex.malformed == []


def test_a_long_run_of_sino_numerals():
    ex = _extract("이천" * 50_000)
    assert ex.mentions == []
    ex = _extract("삼" * 20_000 + "분의")
    assert ex.mentions == []


def test_a_long_line_without_spaces_reads_every_amount():
    unit = "매출은3천245억원으로12%늘었다"
    ex = _extract(unit * 20_000)
    texts = [m.text for m in ex.mentions]
    assert len(texts) == 40_000
    assert texts[:2] == texts[-2:] == ["3천245억원", "12%"]
    assert ex.mentions[-2].quantity.value == pytest.approx(3.245e11)


def test_many_conversions_in_one_sentence():
    ex = _extract("".join("500억 위안(9조 2946억원)·" for _ in range(2_000)))
    assert len(ex.mentions) == 4_000
    assert all(m.in_parens_of == i - 1 for i, m in enumerate(ex.mentions) if i % 2)


def test_an_english_line_without_spaces():
    assert _extract("RevenueRMB87.8bnup12pc" * 10_000, "en").mentions == []  # `RevenueRMB` is no prefix
    ex = _extract(";RMB87.8bn,+12pc" * 10_000, "en")
    assert len(ex.mentions) == 20_000 and [m.text for m in ex.mentions[:2]] == ["RMB87.8bn", "12pc"]
