"""A change whose value stands before a figure of another unit set between them: `33.0 million meals at 1.2 pounds a
meal, up 10.0% from 30.0 million meals a year earlier`, `sold 8,000 cars at $30,000 each, up 10% from 7,270 cars`.

The clause linker ties the change to the figure nearest before it (the price, the rate per unit) and then finds no
earlier figure of that one's unit to measure it from. When the change's sentence compares with exactly one earlier
figure (a baseline or a prior), after the change, that nothing else is compared with, of another unit or counter than
the figure the change was tied to, the level is the nearest value before the change of the earlier figure's kind, unit
and counter, in the same sentence, of no other change: the change is of it, measured from that figure. Walked once
over the prose figures by sentence.
"""

from __future__ import annotations

from checker.link.sentence_groups import EARLIER_ROLES, prose_by_sentence
from checker.models import Claim


def _key(claim: Claim) -> tuple:
    return claim.kind, claim.unit, claim.counter


def link_values_past_a_rate(claims: list[Claim]) -> None:
    by_sentence = prose_by_sentence(claims)
    for figures in by_sentence.values():
        if len(figures) < 4:
            continue
        earlier = [c for c in figures if c.role in EARLIER_ROLES]
        if len(earlier) != 1:
            continue
        prior = earlier[0]
        if any(c.compared_to == prior.id for c in figures):
            continue
        by_id = {c.id: c for c in figures}
        changed = {c.change_of for c in figures if c.change_of}
        for i, change in enumerate(figures):
            if change.start >= prior.start:
                break
            if change.role != "change" or change.kind != "percent" or change.compared_to is not None:
                continue
            tied = by_id.get(change.change_of or "")
            if tied is None or tied.role != "value" or tied.end > change.start or _key(tied) == _key(prior):
                continue
            level = next((c for c in reversed(figures[:i]) if c.role == "value" and _key(c) == _key(prior)), None)
            if level is not None and level.value != prior.value and level.id not in changed:
                change.change_of, change.compared_to = level.id, prior.id
            break
