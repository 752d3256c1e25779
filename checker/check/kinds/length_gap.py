"""A gap between two lengths of time the copy states beside them: `fell to 12 weeks from 19 weeks, seven weeks
shorter` says 19 weeks − 12 weeks = 7 weeks; `3시간 10분으로 1년 전 2시간 45분보다 25분 늘었다` says 190 − 165 = 25
minutes.

The link stage read the three lengths in seconds, each with half its smallest written unit either way, and the
direction the words give the gap (checker/link/length_gaps.py). The new length less the earlier one must hold the gap
with that sign: it holds, listed as checked; it does not, an error (the copy's own figures, no guess).
"""

from __future__ import annotations

from collections.abc import Iterable

from checker.check.base import CheckKind, Context, Draft, KindParams, Ref
from checker.check.intervals import Interval
from checker.models import ClaimSet


def _amount(seconds: float, unit_seconds: float, unit: str) -> str:
    """A computed gap said in the gap's own smallest unit as written (`190 minutes`, `85초`)."""
    count = seconds / unit_seconds
    shown = f"{count:,.0f}" if abs(count - round(count)) < 0.05 else f"{count:,.1f}"
    joiner = "" if unit[:1].isalpha() and not unit[:1].isascii() else " "
    return f"{shown}{joiner}{unit}"


class LengthGap(CheckKind):
    name = "length_gap"
    Params = KindParams

    def run_document(self, claimset: ClaimSet, params: KindParams, ctx: Context) -> Iterable[Draft]:
        document = claimset.document
        for gap in claimset.length_gaps:
            value, prior = Interval(*gap.value_seconds), Interval(*gap.prior_seconds)
            computed = value - prior
            stated = Interval(*gap.gap)
            if gap.direction < 0:
                stated = stated.negate()
            passed = computed.overlaps(stated)
            if passed and not ctx.show_passed:
                continue
            middle = (computed.lo + computed.hi) / 2
            fields = {
                "stated": gap.text.strip(),
                "value": gap.value_text.strip(),
                "prior": gap.prior_text.strip(),
                "computed": _amount(abs(middle), gap.unit_seconds, gap.unit),
            }
            here, new, old = (
                ("차이", "새 기간", "이전 기간")
                if ctx.lang == "ko"
                else ("the gap", "the new length", "the earlier length")
            )
            yield Draft(
                Ref(document, gap.start, gap.end, here),
                fields,
                {"gap": gap.text, "value": gap.value_text, "prior": gap.prior_text, "direction": gap.direction},
                related=[
                    Ref(document, gap.value.start, gap.value.end, new),
                    Ref(document, gap.prior.start, gap.prior.end, old),
                ],
                passed=passed,
            )
