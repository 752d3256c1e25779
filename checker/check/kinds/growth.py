"""Year-on-year growth: value = prior × (1 + change), all three as intervals."""

from __future__ import annotations

from collections.abc import Iterable

from checker.check import formatting as fmt
from checker.check.base import CheckKind, Context, Draft, claim_ref
from checker.check.facts import ClaimIndex
from checker.check.intervals import Interval
from checker.check.suggest import fix, keep
from checker.models import Claim, ClaimSet


def growth_factor(change: Claim) -> Interval:
    """1 + p/100 for a rise, 1 − p/100 for a fall."""
    rate = Interval.of(change).scale(0.01)
    return rate.negate().shift(1.0) if change.direction < 0 else rate.shift(1.0)


# A rate printed to hundredths of a percent is often cut rather than rounded (a fall of 18.437% printed
# as 18.43%): at that precision the cut reading is a convention, not an error. Coarser rates are
# rounded by the writers, and an error of one unit in them is one an editor wants to hear about.
_CUT_STEP = 0.01


def cut_factor(change: Claim) -> Interval | None:
    """The growth factor of a rate written to hundredths read as cut: its size in [written, written + step]."""
    step = change.high - change.low
    if change.qualifier is not None or not 0 < step <= _CUT_STEP * 1.0001:
        return None
    rate = Interval(change.value, change.value + step).scale(0.01)
    return rate.negate().shift(1.0) if change.direction < 0 else rate.shift(1.0)


def change_words(percent: float, lang: str) -> str:
    """`10.0% 증가` / `a rise of 10.0%` for a signed change in percent."""
    size = f"{abs(percent):.1f}%"
    if lang == "ko":
        return f"{size} {'감소' if percent < 0 else '증가'}"
    return f"a {'fall' if percent < 0 else 'rise'} of {size}"


class Growth(CheckKind):
    name = "growth"

    def run_document(self, claimset: ClaimSet, params, ctx: Context) -> Iterable[Draft]:
        for change, value, prior in ClaimIndex.of(claimset).changes(("percent",)):
            if prior is None or prior.unit != value.unit:
                continue
            expected = Interval.of(prior) * growth_factor(change)
            cut = cut_factor(change)
            read_as_cut = False
            if cut is not None and not Interval.of(value).overlaps(expected):
                cut_expected = Interval.of(prior) * cut
                if Interval.of(value).overlaps(cut_expected):
                    expected, read_as_cut = cut_expected, True
            lang, nl = ctx.lang, ctx.notation(value)
            falls = change.direction < 0
            implied = (value.value / prior.value - 1) * 100 if prior.value else None
            fields = {
                "value": fmt.stated(value, nl, lang),
                "prior": fmt.stated(prior, nl, lang),
                "change": fmt.stated(change, nl, lang),
                "verb": ("줄면" if falls else "늘면") if lang == "ko" else ("down" if falls else "up"),
                "expected": fmt.about(expected, value.unit, nl, lang),
                "implied": change_words(implied, lang) if implied is not None else "?",
            }
            evidence = {
                "value": [value.low, value.high],
                "prior": [prior.low, prior.high],
                "change_percent": [change.low, change.high],
                "direction": change.direction,
                "expected": [expected.lo, expected.hi],
                **({"rate_read_as_cut": True} if read_as_cut else {}),
                "calculation": [
                    f"{fields['prior']} × (1 {'−' if falls else '+'} "
                    f"{fmt.amount(change.value, 'percent', nl)})"
                    f" = {fields['expected']}",
                    f"{fields['value']} ÷ {fields['prior']} − 1 = "
                    f"{fmt.signed_percent(implied) if implied is not None else '?'}",
                ],
            }
            related = [claim_ref(ctx, value, "value"), claim_ref(ctx, prior, "prior value")]
            passed = Interval.of(value).overlaps(expected)
            if passed and not ctx.show_passed:
                continue
            fixes = []
            if not passed:
                rate = (Interval.of(value) / Interval.of(prior)).shift(-1.0).scale(100.0)
                factor = 1 + (-change.value if falls else change.value) / 100
                fixes = keep(
                    fix(ctx, value, expected, "value", center=prior.value * factor),
                    fix(ctx, change, rate, "fall" if falls else "rise", magnitude=True, center=implied),
                    fix(
                        ctx,
                        prior,
                        Interval.of(value) / growth_factor(change),
                        "prior",
                        center=value.value / factor if factor else None,
                    ),
                )
            yield Draft(
                claim_ref(ctx, change, f"implies {fields['expected']}"),
                fields,
                evidence,
                related=related,
                guessed=bool(change.guesses or value.guesses or prior.guesses),
                passed=passed,
                fixes=fixes,
            )
