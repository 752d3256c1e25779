"""A total over a term is told in the term's own unit (checker/link/term_units.py, F312's message): `$4m a year for
6 years`, `월 250만원에 8개월을 곱하면`, and in periods only when the term's words name no unit.

Every sentence is written for this file, with invented places, names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import claims, document

from checker.check.base import Context
from checker.check.engine import run_checks
from checker.link.term_units import term_unit
from checker.pipeline import analyze_document


@pytest.mark.parametrize(
    ("term", "code", "unit"),
    [
        ("over six years", "en", "year"),
        ("for 18 months", "en", "month"),
        ("ten weeks", "en", "week"),
        ("98 days", "en", "day"),
        ("5년간", "ko", "year"),
        ("8개월", "ko", "month"),
        ("석 달", "ko", "month"),
        ("12주", "ko", "week"),
        ("98일간", "ko", "day"),
        ("four seasons", "en", None),
        ("3회", "ko", None),
    ],
)
def test_the_unit_a_term_is_counted_in(term, code, unit):
    assert term_unit(term, code) == unit


def _f312(knowledge, text: str, lang: str) -> list:
    claimset = analyze_document(document(text), knowledge.lexicon)
    ctx = Context(lang=lang, show_passed=True)
    result = run_checks([claimset], knowledge.rules.select({"F312"}), ctx)
    return [*result.findings, *result.passed]


def test_the_linked_total_carries_its_terms_unit(knowledge):
    found = {
        c.text: c.periods_unit
        for c in claims("The port will pay $4m a year over six years, $24m in all.", knowledge).claims
    }
    assert found["$24m"] == "year"
    assert found["$4m"] is None  # (the amount per period counts no term)


def test_an_english_message_names_years(knowledge):
    (item,) = _f312(knowledge, "The port will pay $4m a year over six years, $30m in all.", "en")
    assert item.message.startswith("$4m a year for 6 years is ")
    assert sorted(loc.message for loc in item.related if loc.message) == ["6 years", "per year"]


def test_a_korean_message_names_the_years_and_holds(knowledge):
    (item,) = _f312(knowledge, "군은 매년 3000억원씩 4년간 1조2000억원을 투입한다.", "ko")
    assert item.message.startswith("연간 3000억원 × 4년 = ")
    (broken,) = _f312(knowledge, "군은 매년 3000억원씩 4년간 1조5000억원을 투입한다.", "ko")
    assert broken.message.startswith("연간 3000억원에 4년을 곱하면 ")


def test_a_daily_average_over_days_is_told_in_days(knowledge):
    (item,) = _f312(knowledge, "축제에는 98일간 3만 명이 찾아 하루 평균 500명꼴이었다.", "en")
    assert "a day for 98 days" in item.message
