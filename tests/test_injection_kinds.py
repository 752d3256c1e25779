"""Error injection for the arithmetic kinds beyond the seeds: a generated consistent
sentence raises nothing of its rule; a pushed number raises a finding over it
exactly when the generator's own interval arithmetic says it is infeasible."""

from __future__ import annotations

import random
from pathlib import Path

import injection_cases as cases
import pytest
from articles import PUBLISHED, written_eok, written_plain
from helpers import document, findings
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

SETTINGS = settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def judge(knowledge, case: cases.Case):
    result = findings(knowledge, document(case.text, PUBLISHED, "ko"), select=[case.rule])
    return [f for f in result.findings if f.rule == case.rule]


def covers(found, text: str, written: str) -> bool:
    start = text.rindex(written)
    return any(
        loc.start <= start < loc.end or start <= loc.start < start + len(written)
        for f in found
        for loc in (f.location, *f.related)
    )


def assert_verdict(found, case: cases.Case):
    if case.feasible:
        assert not found, (case.text, [f.message for f in found])
    else:
        assert found and covers(found, case.text, case.pushed), case.text


@pytest.mark.parametrize("name", sorted(cases.BUILDERS))
@SETTINGS
@given(seed=st.integers(0, 2**32), fraction=st.floats(-1, 1))
def test_pushed_number(knowledge, name, seed, fraction):
    builder, (low, high), _ = cases.BUILDERS[name]
    push = round(fraction * (high if fraction > 0 else -low))
    assert_verdict(judge(knowledge, builder(random.Random(seed), push)), builder(random.Random(seed), push))


@SETTINGS
@given(seed=st.integers(0, 2**32), power=st.sampled_from([0, 1, 2, 3, -1]))
def test_unit_slip_between_statements(knowledge, seed, power):
    case = cases.unit_slip(random.Random(seed), power)
    found = judge(knowledge, case)
    assert_verdict(found, case)
    if power:
        assert f"×{10 ** abs(power):,}" in found[0].message


# ---------------------------------------------------------------- the oracle itself


@pytest.mark.parametrize(
    ("digits", "low", "high"),
    [
        ("230", 225, 235),
        ("500", 495, 505),
        ("42", 41.5, 42.5),
        ("1060", 1055, 1065),
        ("8", 7.5, 8.5),
        ("4", 3.5, 4.5),
        ("3.5", 3.45, 3.55),
        ("0.3", 0.25, 0.35),
        ("12.0", 11.95, 12.05),
        ("200", 195, 205),
    ],
)
def test_the_oracle_follows_designs_rounding_rule(digits, low, high):
    """DESIGN's table of written numbers, worked by the writer's own rule (not factlint's reader)."""
    assert written_plain(digits).interval == pytest.approx((low, high))


@pytest.mark.parametrize(
    ("eok", "style", "text", "low", "high"),
    [
        (92946, 0, "9조 2946억", 92945.5, 92946.5),
        (92946, 1, "9조2946억", 92945.5, 92946.5),
        (92946, 2, "92,946억", 92945.5, 92946.5),
        (90000, 0, "9조", 85000, 95000),
        (92000, 0, "9조 2000억", 91500, 92500),
        (230, 0, "230억", 225, 235),
    ],
)
def test_written_amounts_carry_the_interval_of_their_written_form(eok, style, text, low, high):
    number = written_eok(eok, style)
    assert (number.text, *number.interval) == (text, pytest.approx(low), pytest.approx(high))


def test_the_injection_oracle_does_not_read_numbers_with_factlint():
    here = Path(__file__).parent
    for name in ("injection_cases.py", "articles.py"):
        source = (here / name).read_text(encoding="utf-8")
        assert "checker.extract" not in source and "parse_numeral" not in source, name
