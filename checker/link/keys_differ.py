"""Whether two figures are of different metrics or periods, as their own words say.

A metric or period carried over from an earlier clause or sentence is a guess (`수도권은 32만호로` after a
sentence about 2005) and separates nothing: the rules that look for a whole, its parts or a row of a tally
all ask this, one way.
"""

from __future__ import annotations

from checker.models import Claim


def metrics_differ(one: Claim, other: Claim) -> bool:
    """Figures of two metrics, as their own words say."""
    if "metric" in one.guesses or "metric" in other.guesses:
        return False
    return bool(one.metric and other.metric and one.metric != other.metric)


def own_period(claim: Claim) -> object:
    """The period a figure's own words name (None for one carried over from other figures by a guess)."""
    return None if "period" in claim.guesses else claim.period


def periods_differ(one: Claim, other: Claim) -> bool:
    """Figures stated for two periods, as their own words say."""
    if "period" in one.guesses or "period" in other.guesses:
        return False
    return bool(one.period and other.period and one.period != other.period)


def named_differently(one: Claim, other: Claim, key: str) -> bool:
    """Both name the key (`metric`, `entities` …), neither guessed it, and the names differ."""
    named = getattr(one, key), getattr(other, key)
    if not all(named) or key in one.guesses or key in other.guesses:
        return False
    return named[0] != named[1]
