"""Intervals, the shared vocabulary of every stage below the report (issue 13.2), beside periods.

A written number stands for an interval (a quantity's and a claim's `interval`); a relation
between numbers conflicts only when no values inside their intervals satisfy it. All values
here are finite or ±inf; open ends are tracked so that `넘는` (more than) stays strict.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable
from dataclasses import dataclass

INF = math.inf


@dataclass(frozen=True, slots=True)
class Interval:
    lo: float
    hi: float
    lo_open: bool = False
    hi_open: bool = False

    @classmethod
    def point(cls, value: float) -> Interval:
        return cls(value, value)

    @classmethod
    def of(cls, claim) -> Interval:
        """The interval of anything with `low`, `high` and open ends (a quantity, a claim)."""
        return cls(claim.low, claim.high, claim.low_open, claim.high_open)

    @classmethod
    def rounding(cls, value: float, step: float) -> Interval:
        """What a number written to `step` stands for: value ± step/2."""
        return cls(value - step / 2, value + step / 2)

    def overlaps(self, other: Interval) -> bool:
        if self.hi < other.lo or other.hi < self.lo:
            return False
        if self.hi == other.lo:
            return not (self.hi_open or other.lo_open)
        if other.hi == self.lo:
            return not (other.hi_open or self.lo_open)
        return True

    def widen(self, fraction: float) -> Interval:
        return Interval(
            self.lo - abs(self.lo) * fraction, self.hi + abs(self.hi) * fraction, self.lo_open, self.hi_open
        )

    def __add__(self, other: Interval) -> Interval:
        return Interval(
            self.lo + other.lo, self.hi + other.hi, self.lo_open or other.lo_open, self.hi_open or other.hi_open
        )

    def __sub__(self, other: Interval) -> Interval:
        return Interval(
            self.lo - other.hi, self.hi - other.lo, self.lo_open or other.hi_open, self.hi_open or other.lo_open
        )

    def __mul__(self, other: Interval) -> Interval:
        products = [_mul(a, b) for a in (self.lo, self.hi) for b in (other.lo, other.hi)]
        return Interval(min(products), max(products))

    def __truediv__(self, other: Interval) -> Interval:
        if other.lo <= 0 <= other.hi:
            return Interval(-INF, INF)
        return self * Interval(1 / other.hi if other.hi else INF, 1 / other.lo if other.lo else INF)

    def scale(self, factor: float) -> Interval:
        a, b = _mul(self.lo, factor), _mul(self.hi, factor)
        return Interval(min(a, b), max(a, b), self.lo_open, self.hi_open)

    def shift(self, amount: float) -> Interval:
        return Interval(self.lo + amount, self.hi + amount, self.lo_open, self.hi_open)

    def negate(self) -> Interval:
        return Interval(-self.hi, -self.lo, self.hi_open, self.lo_open)

    def increasing(self, fn, domain: Interval | None = None) -> Interval:
        """fn over the interval, for fn non-decreasing on it: its values at the two ends. Correct where
        naive arithmetic is not: an expression that uses one quantity twice (x − x/f) treats the two
        uses as independent and widens the result; written as one monotone function it does not.
        Ends outside `domain` (where fn is undefined) are clamped to it."""
        lo, hi = self.lo, self.hi
        if domain is not None:
            lo, hi = max(lo, domain.lo), min(hi, domain.hi)
            if lo > hi:
                return Interval(-INF, INF)
        return Interval(fn(lo), fn(hi), self.lo_open, self.hi_open)

    @property
    def mid(self) -> float:
        if math.isinf(self.lo) or math.isinf(self.hi):
            return self.lo if math.isinf(self.hi) else self.hi
        return (self.lo + self.hi) / 2


def _mul(a: float, b: float) -> float:
    if a == 0 or b == 0:
        return 0.0
    return a * b


def corners(fn: Callable[..., float], *args: Interval) -> Interval:
    """fn over the box its arguments span, for fn monotone in each argument separately on the box (the
    direction in one argument may depend on the others): its least and greatest value at the box's
    corners. Moving one argument at a time to the end that does not lower (raise) fn reaches a corner,
    so the corners bound every point and the result is exact, where naive arithmetic on an expression
    that names one quantity twice (c / (v − c)) is not. Ends are closed; a corner where fn is undefined
    (NaN, a division by zero) leaves the result unbounded."""
    try:
        values = [fn(*point) for point in itertools.product(*((arg.lo, arg.hi) for arg in args))]
    except ArithmeticError:  # a division by zero at a corner: no bound
        return Interval(-INF, INF)
    if any(math.isnan(value) for value in values):
        return Interval(-INF, INF)
    return Interval(min(values), max(values))


def intersection(intervals: list[Interval]) -> Interval | None:
    lo = max(i.lo for i in intervals)
    hi = min(i.hi for i in intervals)
    return Interval(lo, hi) if lo <= hi else None


def is_tally(figure) -> bool:
    """A whole count of things written to the unit, with no hedge and no zero to round to (`19 singers`, `4
    fewer`): a tally, exact, so that a gap between tallies is exact too and no rounding explains a wrong one (`4
    fewer than last year's 22` for 19). A figure ending in zeros (`190`) may be rounded and keeps its interval."""
    return (
        figure.kind == "count"
        and figure.step == 1
        and figure.qualifier is None
        and not (figure.low_open or figure.high_open)
        and figure.value == int(figure.value)
        and figure.low == figure.value - 0.5
        and figure.high == figure.value + 0.5
    )
