"""Numbers written in a shape no style allows: `12억3456억`, `3억5조`, `1,23,456`; and, for a rule that sets
`what = "date"`, dates the calendar does not have: `2월 30일`, `13월 5일`, `on 31 April` (read by the extract
stage's time grammar).

Each has a few plausible repairs (read by the link stage, with their values and rounding
intervals); when exactly one of them agrees with another figure the article states (same unit),
the finding suggests it.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Literal

from checker.check.base import CheckKind, Context, Draft, Fix, KindParams, Ref
from checker.check.formatting import josa, korean_reason
from checker.check.intervals import Interval
from checker.models import Claim, ClaimSet, Repair


def _agreeing(claimset: ClaimSet, repair: Repair, unit: str | None) -> Claim | None:
    value = Interval(repair.low, repair.high)
    for claim in claimset.claims:
        if (unit is None or claim.unit == unit) and Interval.of(claim).overlaps(value) and claim.kind != "range":
            return claim
    return None


class MalformedParams(KindParams):
    what: Literal["number", "date"] = "number"  # what the rule reports: a number no style allows, or a date


class Malformed(CheckKind):
    name = "malformed"
    Params = MalformedParams

    def run_document(self, claimset: ClaimSet, params: MalformedParams, ctx: Context) -> Iterable[Draft]:
        for bad in claimset.malformed:
            if bad.what != params.what:
                continue
            agreeing = [(r, _agreeing(claimset, r, bad.unit)) for r in bad.repairs]
            agreeing = [(r, claim) for r, claim in agreeing if claim is not None]
            repair = ""
            related = []
            fixes = []
            if len(agreeing) == 1:
                found, claim = agreeing[0]
                candidate, suffix = found.text, bad.unit_text
                if ctx.lang == "ko":
                    repair = (
                        f". `{candidate}{suffix}`{josa(candidate + suffix, '을')} 뜻했다면 {claim.line}번째 줄의 "
                        f"`{claim.text.strip()}`{josa(claim.text.strip(), '과')} 맞습니다"
                    )
                else:
                    repair = (
                        f"; did you mean `{candidate}{suffix}`? "
                        f"It agrees with `{claim.text.strip()}` (line {claim.line})"
                    )
                related.append(Ref(claimset.document, claim.start, claim.end, "agrees with the repair"))
                fixes.append(
                    Fix(
                        Ref(claimset.document, bad.start, bad.end),
                        bad.text,
                        candidate,
                        found.value,
                        bad.unit or "",
                        f"{candidate}{josa(candidate, '을')} 뜻했다면 다른 수치와 맞습니다"
                        if ctx.lang == "ko"
                        else f"`{candidate}` agrees with another figure",
                    )
                )
            source = (
                next((c for c in claimset.claims if c.id == bad.equivalent_of), None) if bad.equivalent_of else None
            )
            if source is not None:  # `6만 파운드(약 9억3270억 원)`: the amount the unreadable equivalent restates
                related.append(Ref(claimset.document, source.start, source.end, "the amount it converts"))
            fields = {
                "text": bad.text,
                "reason": korean_reason(bad.reason) if ctx.lang == "ko" else bad.reason,
                "repair": repair,
            }
            yield Draft(
                Ref(claimset.document, bad.start, bad.end, bad.reason),
                fields,
                {"reason": bad.reason, "repairs": [r.text for r, _ in agreeing]},
                related=related,
                fixes=fixes,
            )
