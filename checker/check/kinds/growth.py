"""Year-on-year growth: value = prior × (1 + change), all three as intervals."""
from __future__ import annotations

from collections.abc import Iterable

from checker.check import formatting as fmt
from checker.check.base import CheckKind, Context, Draft, claim_ref
from checker.check.facts import ClaimIndex
from checker.check.intervals import Interval
from checker.models import Claim, ClaimSet


def growth_factor(change: Claim) -> Interval:
    """1 + p/100 for a rise, 1 − p/100 for a fall."""
    rate = Interval.of(change).scale(0.01)
    return rate.negate().shift(1.0) if change.direction < 0 else rate.shift(1.0)


class Growth(CheckKind):
    name = "growth"

    def run_document(self, claimset: ClaimSet, params, ctx: Context) -> Iterable[Draft]:
        for change, value, prior in ClaimIndex.of(claimset).changes(("percent",)):
            if prior is None or prior.unit != value.unit:
                continue
            expected = Interval.of(prior) * growth_factor(change)
            lang = ctx.lang
            sign = "−" if change.direction < 0 else "+"
            fields = {
                "value": fmt.interval(Interval.of(value), value.unit, lang),
                "prior": fmt.interval(Interval.of(prior), prior.unit, lang),
                "change": f"{sign}{fmt.interval(Interval.of(change), 'percent', lang)}",
                "expected": fmt.interval(expected, value.unit, lang),
                "implied": f"{(value.value / prior.value - 1) * 100:+.1f}%" if prior.value else "?",
            }
            evidence = {"value": [value.low, value.high], "prior": [prior.low, prior.high],
                        "change_percent": [change.low, change.high], "direction": change.direction,
                        "expected": [expected.lo, expected.hi]}
            related = [claim_ref(ctx, value, "value"), claim_ref(ctx, prior, "prior value")]
            passed = Interval.of(value).overlaps(expected)
            if passed and not ctx.show_passed:
                continue
            yield Draft(claim_ref(ctx, change, f"implies {fields['expected']}"), fields, evidence, related=related,
                        guessed=bool(change.guesses or value.guesses or prior.guesses), passed=passed)
