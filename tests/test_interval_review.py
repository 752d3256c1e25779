"""The interval review of every kind (issue 12.3, README "Interval arithmetic, kind by kind"): each
computed function evaluates a monotone function at its ends or uses each quantity once. The one
that did not, the rate F306 suggests (value ÷ (value − increase) − 1 named the value twice), is
tested here against oracles that compute the true range from the numbers the test itself wrote."""

from __future__ import annotations

import itertools
import re

from articles import PUBLISHED, written_eok, written_plain
from helpers import document, findings
from hypothesis import given
from hypothesis import strategies as st

from checker.check.intervals import Interval, corners
from checker.check.kinds.difference import increase_rate


def _grid(iv: Interval, n: int = 7) -> list[float]:
    return [iv.lo + (iv.hi - iv.lo) * i / (n - 1) for i in range(n)]


def _within(got: Interval, points: list[float]) -> None:
    """Every point inside `got` and both ends attained: never wider, never narrower than the truth."""
    tolerance = 1e-9 * max(1.0, abs(got.lo), abs(got.hi))
    assert all(got.lo - tolerance <= p <= got.hi + tolerance for p in points)
    assert abs(min(points) - got.lo) <= tolerance and abs(max(points) - got.hi) <= tolerance


@given(v=st.floats(1, 1e6), dv=st.floats(0, 0.5), share=st.floats(-2, 0.95), dc=st.floats(0, 0.2))
def test_increase_rate_is_the_exact_range_of_c_over_v_minus_c(v, dv, share, dc):
    value = Interval(v * (1 - dv), v * (1 + dv))
    change = Interval(v * share, v * (share + dc))
    got = increase_rate(value, change)
    priors = [x - c for x, c in itertools.product(_grid(value), _grid(change))]
    if min(priors) <= 0:
        assert got is None  # no positive prior over the whole box: no rate to suggest
        return
    _within(got, [c / (x - c) * 100 for x, c in itertools.product(_grid(value), _grid(change))])


@given(a=st.floats(-50, 50), da=st.floats(0, 10), b=st.floats(-50, 50), db=st.floats(0, 10))
def test_corners_of_a_function_monotone_in_each_argument(a, da, b, db):
    # a·b is monotone in a for fixed b and in b for fixed a, in a direction that depends on the other.
    x, y = Interval(a, a + da), Interval(b, b + db)
    _within(corners(lambda p, q: p * q, x, y), [p * q for p, q in itertools.product(_grid(x), _grid(y))])


def test_corners_undefined_at_a_corner_is_unbounded():
    got = corners(lambda v, c: (v - c) / (v - c), Interval(1.0, 2.0), Interval(1.0, 2.0))
    assert got.lo == -float("inf") and got.hi == float("inf")


def _written_rate(replacement: str) -> Interval:
    """The interval of a suggested rate as the suggestion writes it (`12%`, `11.5%`): the test's own reading."""
    digits = re.fullmatch(r"(\d+(?:\.\d+)?)%", replacement).group(1)
    written = written_plain(digits)
    return Interval(written.low, written.high)


@given(jo=st.integers(2, 9), rate=st.sampled_from([3, 4, 5, 6, 7, 8, 9, 12, 15, 17, 23, 25]), push=st.floats(1.6, 3.0))
def test_the_suggested_rate_lies_in_the_range_the_written_numbers_give(knowledge, jo, rate, push):
    value = written_eok(jo * 10000)  # a round `N조`: ±5000억, wide enough that naive arithmetic strayed
    growth = written_plain(str(rate))
    true_increase = jo * 10000 * (1 - 1 / (1 + rate / 100))
    stated = int(true_increase * push) | 1  # pushed well outside, an odd last digit: ±0.5억
    increase = written_eok(stated)
    text = (
        f"한빛전자의 올해 2분기 매출은 {value.text}원으로 전년 동기 대비 {rate}% 증가했다. "
        f"1년 새 {increase.text}원이 늘어난 것이다."
    )
    found = findings(knowledge, document(text, PUBLISHED, "ko"), select=["F306"]).findings
    assert [f.rule for f in found] == ["F306"]
    suggested = [s for s in found[0].suggestions if s.original == f"{rate}%"]
    # The oracle: c ÷ (v − c) over the written intervals of the value and the increase, at its corners
    # (the prior v − c stays positive: the increase is at most 3 × 23% of the value).
    truth = [c / (v - c) * 100 for v, c in itertools.product(value.interval, increase.interval)]
    assert growth.low < 100 and len(suggested) == 1
    assert _written_rate(suggested[0].replacement).overlaps(Interval(min(truth), max(truth)))
