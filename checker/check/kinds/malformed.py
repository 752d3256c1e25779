"""Numbers written in a shape no style allows: `12억3456억`, `3억5조`, `1,23,456`.

Each has a few plausible repairs (read by the link stage, with their rounding intervals); when
exactly one of them agrees with another figure the article states (same unit), the finding
suggests it.
"""
from __future__ import annotations

from collections.abc import Iterable

from checker.check.base import CheckKind, Context, Draft, Ref
from checker.check.intervals import Interval
from checker.models import Claim, ClaimSet, Repair


def _agreeing(claimset: ClaimSet, repair: Repair, unit: str | None) -> Claim | None:
    value = Interval(repair.low, repair.high)
    for claim in claimset.claims:
        if (unit is None or claim.unit == unit) and Interval.of(claim).overlaps(value) and claim.kind != "range":
            return claim
    return None


class Malformed(CheckKind):
    name = "malformed"

    def run_document(self, claimset: ClaimSet, params, ctx: Context) -> Iterable[Draft]:
        for bad in claimset.malformed:
            agreeing = [(r, _agreeing(claimset, r, bad.unit)) for r in bad.repairs]
            agreeing = [(r, claim) for r, claim in agreeing if claim is not None]
            repair = ""
            related = []
            if len(agreeing) == 1:
                candidate, claim = agreeing[0]
                repair = (f"; did you mean `{candidate.text}{bad.unit_text}`? "
                          f"It agrees with `{claim.text.strip()}` (line {claim.line})")
                related.append(Ref(claimset.document, claim.start, claim.end, "agrees with the repair"))
            fields = {"text": bad.text, "reason": bad.reason, "repair": repair}
            yield Draft(Ref(claimset.document, bad.start, bad.end, bad.reason), fields,
                        {"reason": bad.reason, "repairs": [r.text for r, _ in agreeing]}, related=related)
