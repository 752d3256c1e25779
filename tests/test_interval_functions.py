"""Interval arithmetic evaluates the function it means: a quantity used twice is one quantity
(issue 12.3). The increment a growth rate implies, value − value/(1+g), once paired the value's
low end with its high end and let pushed numbers through (F306)."""

from __future__ import annotations

import itertools

from articles import PUBLISHED
from helpers import document, findings
from hypothesis import given
from hypothesis import strategies as st

from checker.check.intervals import Interval
from checker.check.kinds.difference import increment

# Reproduces tests/test_injection_kinds.py::test_pushed_number[increment] under --hypothesis-seed=32:
# 1조 6000억원 is 1조 5500억–1조 6500억, 6% is 5.5%–6.5%, so the rise is 808억–1007억: 1656억 cannot be.
PUSHED = "SK하이닉스의 올해 2분기 매출은 1조 6000억원으로 전년 동기 대비 6% 증가했다. 1년 새 1656억원이 늘어난 것이다."
FITS = "SK하이닉스의 올해 2분기 매출은 1조 6000억원으로 전년 동기 대비 6% 증가했다. 1년 새 906억원이 늘어난 것이다."


def test_increment_pushed_outside_the_true_range_fires(knowledge):
    found = [f for f in findings(knowledge, document(PUSHED, PUBLISHED, "ko"), select=["F306"]).findings]
    assert [f.rule for f in found] == ["F306"]
    assert "808억–1010억원" in found[0].message  # the article's notation, ends as few digits as tell them apart


def test_increment_inside_the_range_holds(knowledge):
    assert not findings(knowledge, document(FITS, PUBLISHED, "ko"), select=["F306"]).findings


def _grid(iv: Interval, n: int = 7) -> list[float]:
    return [iv.lo + (iv.hi - iv.lo) * i / (n - 1) for i in range(n)]


@given(v=st.floats(1, 1e6), dv=st.floats(0, 0.5), g=st.floats(-0.9, 3), dg=st.floats(0, 0.09))
def test_increment_is_the_exact_range_of_v_minus_v_over_f(v, dv, g, dg):
    value = Interval(v * (1 - dv), v * (1 + dv))
    factor = Interval(1 + g, 1 + g + dg)
    got = increment(value, factor)
    points = [x - x / f for x, f in itertools.product(_grid(value), _grid(factor))]
    tolerance = 1e-9 * max(1.0, abs(got.lo), abs(got.hi))
    # Every point inside, and the ends attained: never wider than the truth.
    assert all(got.lo - tolerance <= p <= got.hi + tolerance for p in points)
    assert abs(min(points) - got.lo) <= tolerance and abs(max(points) - got.hi) <= tolerance


def test_increment_of_a_fall_of_everything_is_unbounded():
    got = increment(Interval(90.0, 110.0), Interval(-0.1, 0.0))
    assert got.lo == -float("inf") and got.hi == float("inf")


def test_hypothesis_runs_under_the_fixed_profile():
    import os

    from hypothesis import settings

    if os.environ.get("FACTLINT_HYPOTHESIS", "ci") == "ci":
        assert settings.default.derandomize and settings.default.database is None
