"""A multiple above one stated in a sentence after a fall is no restatement of that fall: `Net debt fell to $180m
from $200m. That leaves it at 2.5 times annual earnings of $72m` — the multiple is of another pair (the debt over
the earnings its sentence names), never of the debt over the higher figure it fell from (×0.9). The change reading
of the sentence before is dropped, so that the rules of multiples find the pair, or none.

A multiple in the fall's own sentence (`revenue tripled to $30m from $40m`) is still read as that change: the
writer said the two figures' ratio there, and a wrong one is an error to report.
"""

from __future__ import annotations

from checker.models import Claim


def unlink_multiples_of_earlier_falls(claims: list[Claim]) -> None:
    by_id = None
    for multiple in claims:
        if multiple.kind != "multiple" or multiple.role != "change" or not multiple.value or multiple.value <= 1:
            continue
        if multiple.change_of is None or multiple.compared_to is None:
            continue
        if by_id is None:  # (built once per article, and only for an article with a linked multiple)
            by_id = {c.id: c for c in claims}
        value, prior = by_id.get(multiple.change_of), by_id.get(multiple.compared_to)
        if value is None or prior is None or value.unit != prior.unit:
            continue
        if value.sentence >= multiple.sentence or prior.sentence >= multiple.sentence:
            continue
        if value.high < prior.low:  # a fall: no ratio above one is of the two
            multiple.change_of = multiple.compared_to = None
