"""A headline's change as a fraction in words (`Bridge repairs rise by a fifth`, `Crowds up almost a third`)
restated in the lead as a rate in percent (`up 20.0% from …`, `31.0% more than …`).

A headline rounds a rate to the nearest simple fraction; the lead gives the rate. The first change of the lead in
percent with the headline's direction whose rate lies within the fraction as written (its hedge's interval: `almost
a third` is 30%–33.3%), or, written bare, within a tenth of its size for its own rounding (`a fifth` for 19.6%), is the
headline's fraction restated. Recognised by place, direction and size alone, as a headline's rate in digits is
(`headline_change_pairs`): listed as passed, never a slip (a headline's loose fraction may as well round another
rate of the body).

A headline's fraction in words told again later as the same fraction (`sprays three-quarters of its verges`, `about
three-quarters of the 1,200 kilometres`; `온라인이 3분의 1`, `전체의 3분의 1 수준`) is restated by the first later
fraction of its value and sort (`headline_same_fraction_pairs`): a rounding in words, `about` or not, where nothing
the linker is sure of sets the two apart (direction, entities). Listed as passed, never a slip."""

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


_PLAIN = (None, "approx", "nearly")  # a fraction's hedges that state a rounding, not a bound (`more than a third`)


def _fraction(claim: Claim) -> bool:
    return claim.kind == "fraction" and not claim.furniture and math.isfinite(claim.value) and claim.value > 0


def headline_same_fraction_pairs(claims: list[Claim]) -> list[tuple[Claim, Claim]]:
    """(headline, later) pairs of a headline's fraction in words and the first later fraction of its value, of one
    sort (a share, or a change of one direction), each a rounding rather than a bound, no entities the linker is sure
    of apart."""
    headline = [c for c in claims if c.sentence == 0 and _fraction(c) and c.qualifier in _PLAIN]
    if not headline:
        return []
    later = sorted((c for c in claims if c.sentence > 0 and _fraction(c)), key=lambda c: c.start)
    pairs = []
    for fraction in headline:
        for other in later:
            if not math.isclose(other.value, fraction.value, rel_tol=1e-9):
                continue
            if (
                other.qualifier in _PLAIN
                and other.role == fraction.role
                and other.direction == fraction.direction
                and not (
                    fraction.entities
                    and other.entities
                    and "entities" not in fraction.guesses
                    and "entities" not in other.guesses
                    and not set(fraction.entities) & set(other.entities)
                )
            ):
                pairs.append((fraction, other))
            break  # the first later fraction of its value, or none
    return pairs
