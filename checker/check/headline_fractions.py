"""A headline's change as a fraction in words (`Bridge repairs rise by a fifth`, `Crowds up almost a third`)
restated in the lead as a rate in percent (`up 20.0% from …`, `31.0% more than …`).

A headline rounds a rate to the nearest simple fraction; the lead gives the rate. The first change of the lead in
percent with the headline's direction whose rate lies within the fraction as written (its hedge's interval: `almost
a third` is 30%–33.3%), or, written bare, within a tenth of its size for its own rounding (`a fifth` for 19.6%), is the
headline's fraction restated. Recognised by place, direction and size alone, as a headline's rate in digits is
(`headline_change_pairs`): listed as passed, never a slip (a headline's loose fraction may as well round another
rate of the body)."""

from __future__ import annotations

import math

from checker.models import Claim

_SLACK = 0.1  # of the fraction's size: the rounding a fraction in words stands for


def headline_fraction_pairs(claims: list[Claim], lead_end: int) -> list[tuple[Claim, Claim]]:
    headline = [
        c
        for c in claims
        if c.sentence == 0
        and c.role == "change"
        and c.direction
        and c.kind == "fraction"
        and not c.furniture
        and math.isfinite(c.low)
        and math.isfinite(c.high)
        and c.high > 0
    ]
    if not headline:
        return []
    lead = [
        c
        for c in claims
        if 0 < c.sentence < lead_end and c.role == "change" and c.direction and c.kind == "percent" and not c.furniture
    ]
    pairs = []
    for fraction in headline:
        # (a hedge states its own rounding: `almost a third` is 30%–33.3%, never above)
        slack = _SLACK if fraction.high == fraction.low else 0.0
        low, high = fraction.low * 100 * (1 - slack), fraction.high * 100 * (1 + slack)
        for rate in lead:
            if rate.direction == fraction.direction and low <= rate.low and rate.high <= high:
                pairs.append((fraction, rate))
                break  # the lead's first statement of it
    return pairs
