"""Absolute changes: `X로 전년 동기 Y보다 Z 증가` means X − Y = Z; with a growth rate
and no prior stated, `N% 증가 … Z 늘어난 X` means X − X/(1+N) = Z (an increment)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Literal

from checker.check import formatting as fmt
from checker.check.base import CheckKind, Context, Draft, KindParams, claim_ref
from checker.check.facts import ClaimIndex
from checker.check.intervals import INF, Interval, corners
from checker.check.kinds.growth import growth_factor
from checker.check.suggest import fix, keep
from checker.intervals import is_tally
from checker.models import Claim, ClaimSet


class DifferenceParams(KindParams):
    check: Literal["difference", "increment"] = "difference"


def increment(value: Interval, factor: Interval) -> Interval:
    """value − value / factor, the rise that a growth factor implies for a value after it.

    The value appears twice: naive interval arithmetic (value − value / factor) would pair its low end
    with its high end and widen the result. Written as value × (1 − 1/factor), each quantity appears
    once and 1 − 1/f increases with f, so its ends are f's ends (the product of two independent
    intervals is then exact)."""
    if factor.hi <= 0:
        return Interval(-INF, INF)  # a fall of 100% or more: no prior value gives it
    share = factor.increasing(lambda f: 1.0 - 1.0 / f if f > 0 else -INF, Interval(0.0, INF))
    return value * share


def increase_rate(value: Interval, change: Interval) -> Interval | None:
    """The growth rate in percent that a change up to a value implies: change ÷ (value − change) × 100.

    The value minus the change is the prior; naive arithmetic (value ÷ (value − change) − 1) would use
    the value twice as if independent and widen the rate. For fixed v, c / (v − c) moves one way with
    c (the sign of v); for fixed c, one way with v (the sign of −c): monotone in each argument on any
    box where the prior stays positive, so its corners give the exact range. None without such a prior."""
    if (value - change).lo <= 0:
        return None
    return corners(lambda v, c: c / (v - c) * 100.0, value, change)


def signed(change: Claim, tallied: bool = False) -> Interval:
    stated = Interval.point(change.value) if tallied else Interval.of(change)
    return stated.negate() if change.direction < 0 else stated


def _tallies(*claims: Claim) -> bool:
    return all(is_tally(c) for c in claims)


class Difference(CheckKind):
    name = "difference"
    Params = DifferenceParams

    def run_document(self, claimset: ClaimSet, params: DifferenceParams, ctx: Context) -> Iterable[Draft]:
        index = ClaimIndex.of(claimset)
        for change, value, prior in index.changes(("money", "count", "measure")):
            if value.unit != change.unit:
                continue
            if params.check == "difference" and prior is not None and prior.unit == value.unit:
                crossed = _crossed_zero(claimset, value, prior)
                yield from self._difference(change, value, prior, ctx, crossed)
            elif params.check == "increment" and prior is None:
                rate = index.growth_of(value)
                if rate is not None:
                    yield from self._increment(change, value, rate, ctx)

    def _difference(
        self, change: Claim, value: Claim, prior: Claim, ctx: Context, crossed: Claim | None = None
    ) -> Iterable[Draft]:
        """`crossed`: the one of value and prior that is a deficit where the other is a surplus (the
        balance crossed zero): that figure counts as negative."""
        tallied = _tallies(change, value, prior)
        value_signed, prior_signed = _balance(value, crossed, tallied), _balance(prior, crossed, tallied)
        computed = value_signed - prior_signed
        stated = signed(change, tallied)
        passed = computed.overlaps(stated)
        if passed and not ctx.show_passed:
            return
        lang, nl = ctx.lang, ctx.notation(value)
        fields = {
            "value": _balance_words(value, crossed, nl, lang),
            "prior": _balance_words(prior, crossed, nl, lang),
            "computed": fmt.about(computed, value.unit, nl, lang),
            "stated": _signed_words(change, nl, lang),
        }
        value_at, prior_at = _figure(value, crossed), _figure(prior, crossed)
        value_needed, prior_needed = prior_signed + stated, value_signed - stated
        fixes = (
            []
            if passed
            else keep(
                fix(ctx, change, computed, "amount_change", magnitude=True, center=value_at - prior_at),
                fix(
                    ctx,
                    value,
                    _as_written(value_needed, value, crossed),
                    "value",
                    center=abs(prior_at + _signed_value(change)),
                ),
                fix(
                    ctx,
                    prior,
                    _as_written(prior_needed, prior, crossed),
                    "prior",
                    center=abs(value_at - _signed_value(change)),
                ),
            )
        )
        evidence = {
            "value": [value.low, value.high],
            "prior": [prior.low, prior.high],
            "difference": [computed.lo, computed.hi],
            "stated": [change.low, change.high],
            "direction": change.direction,
            "calculation": [f"{fields['value']} − {fields['prior']} = {fields['computed']}"],
        }
        yield Draft(
            claim_ref(ctx, change, f"the difference is {fields['computed']}"),
            fields,
            evidence,
            related=[claim_ref(ctx, value, "value"), claim_ref(ctx, prior, "prior value")],
            guessed=bool(change.guesses or value.guesses or prior.guesses),
            passed=passed,
            fixes=fixes,
        )

    def _increment(self, change: Claim, value: Claim, rate: Claim, ctx: Context) -> Iterable[Draft]:
        current = Interval.of(value)
        factor = growth_factor(rate)
        implied_prior = current / factor
        computed = increment(current, factor)
        passed = computed.overlaps(signed(change))
        if passed and not ctx.show_passed:
            return
        lang, nl = ctx.lang, ctx.notation(value)
        fields = {
            "value": fmt.stated(value, nl, lang),
            "rate": fmt.stated(rate, nl, lang),
            "verb": (
                ("늘었다면" if rate.direction >= 0 else "줄었다면")
                if lang == "ko"
                else ("up" if rate.direction >= 0 else "down")
            ),
            "computed": fmt.about(computed, value.unit, nl, lang),
            "stated": _signed_words(change, nl, lang),
        }
        fixes = []
        if not passed:
            implied_rate = increase_rate(current, signed(change))
            fixes = keep(
                fix(ctx, change, computed, "increment", magnitude=True),
                fix(ctx, rate, implied_rate, "rate", magnitude=True) if implied_rate else None,
            )
        implied_words = fmt.about(implied_prior, value.unit, nl, lang)
        evidence = {
            "value": [value.low, value.high],
            "rate": [rate.low, rate.high],
            "implied_prior": [implied_prior.lo, implied_prior.hi],
            "increment": [computed.lo, computed.hi],
            "calculation": [
                f"{fields['value']} ÷ (1 {'−' if rate.direction < 0 else '+'} "
                f"{fmt.amount(rate.value, 'percent', nl)}) = {implied_words}",
                f"{fields['value']} − {implied_words} = {fields['computed']}",
            ],
        }
        yield Draft(
            claim_ref(ctx, change, f"the rate implies {fields['computed']}"),
            fields,
            evidence,
            related=[claim_ref(ctx, value, "value"), claim_ref(ctx, rate, "growth rate")],
            guessed=bool(change.guesses or value.guesses or rate.guesses),
            passed=passed,
            fixes=fixes,
        )


def _crossed_zero(claimset: ClaimSet, value: Claim, prior: Claim) -> Claim | None:
    """`1년 전 30억달러 흑자 … 12억달러 적자로 … 42억달러 감소`: when one of the two is stated as a deficit
    and the other as a surplus, the change is between signed balances; the deficit is returned. Two
    deficits (`적자 폭이 A에서 B로 확대`) are compared as written, as sizes of the deficit."""
    deficits, surpluses = set(claimset.deficits), set(claimset.surpluses)
    if value.id in deficits and prior.id in surpluses:
        return value
    if prior.id in deficits and value.id in surpluses:
        return prior
    return None


def _balance(claim: Claim, deficit: Claim | None, tallied: bool = False) -> Interval:
    stated = Interval.point(claim.value) if tallied else Interval.of(claim)
    return stated.negate() if deficit is not None and claim.id == deficit.id else stated


def _balance_words(claim: Claim, deficit: Claim | None, notation: str, lang: str) -> str:
    text = fmt.stated(claim, notation, lang)
    return f"−{text}" if deficit is not None and claim.id == deficit.id else text


def _as_written(needed: Interval, claim: Claim, deficit: Claim | None) -> Interval:
    """A signed figure the relation needs, as the article would write it (a deficit's size)."""
    return needed.negate() if deficit is not None and claim.id == deficit.id else needed


def _figure(claim: Claim, deficit: Claim | None) -> float:
    return -claim.value if deficit is not None and claim.id == deficit.id else claim.value


def _signed_value(change: Claim) -> float:
    return -change.value if change.direction < 0 else change.value


def _signed_words(change: Claim, notation: str, lang: str) -> str:
    """A stated change with its direction: `−8조원` for `8조원 줄었다`."""
    text = fmt.stated(change, notation, lang)
    return f"−{text}" if change.direction < 0 else text
