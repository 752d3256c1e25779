"""A figure's earlier value set in parentheses right after it, in a sentence that states its change: `Pre-tax
profit rose by £3.5m to £8.6m (£5.1m)`, `rose 68.6% to £8.6m (£5.1m)`.

Results copy writes the year-before figure bare in parentheses after the new one. When a stated change measures
the figure and names nothing it is measured from, an amount of the figure's kind and unit alone in parentheses
right after it is that earlier value (an equivalent in another currency is a conversion, of another unit). The
difference and growth kinds check the change against it. Linear: one pass, an index of the claims by id.
"""

from __future__ import annotations

from checker.link.figure_kinds import AMOUNTS
from checker.models import Claim
from checker.regex_cache import compile_exact

_OPEN = compile_exact(r"\s*\(\s*$")
_CLOSE = compile_exact(r"\s*\)")


def link_parenthesized_priors(claims: list[Claim], text: str) -> None:
    following = {a.id: b for a, b in zip(claims, claims[1:], strict=False)}
    by_id = {c.id: c for c in claims}
    for change in claims:
        if change.role != "change" or change.change_of is None or change.compared_to is not None:
            continue
        value = by_id.get(change.change_of)
        if value is None or value.kind not in AMOUNTS or value.end <= change.start:
            continue  # (the value after its change: `rose by £3.5m to £8.6m (£5.1m)`)
        earlier = following.get(value.id)
        if (
            earlier is None
            or earlier.role != "value"
            or earlier.kind != value.kind
            or earlier.unit != value.unit
            or earlier.change_of is not None
            or earlier.furniture
            or not _OPEN.match(text[value.end : earlier.start])
            or not _CLOSE.match(text, earlier.end)
        ):
            continue
        earlier.role = "prior"
        change.compared_to = earlier.id
