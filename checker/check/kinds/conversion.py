"""Currency equivalents: `600억 엔(4억 달러·5조 3100억원)`.

Each equivalent implies an exchange rate (an interval, from the two written
intervals). Within an article the rates for one pair of currencies must
overlap (one writer used one rate); against the ECB reference rate they must
agree within a tolerance, and a rate off by a power of ten is a unit slip.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

from pydantic import Field

from checker.check import formatting as fmt
from checker.check.base import CheckKind, Context, Draft, KindParams, claim_ref
from checker.check.fx import reference_rates
from checker.check.intervals import Interval, intersection
from checker.check.suggest import fix, keep
from checker.extract.units import ISO_CODES
from checker.models import Claim, ClaimSet

_CURRENCIES = set(ISO_CODES)


class ConversionParams(KindParams):
    check: Literal["internal", "reference", "unit_slip"] = "internal"
    tolerance: float = 0.025  # beyond the intervals: bank and market rates differ from the ECB's
    # Two equivalents of one article may be converted at rates this far apart (relative) without a
    # finding: a writer who takes each figure's own day rate differs by a few tenths of a percent.
    spread: float = Field(default=0.005, ge=0)
    business_days: int = 3  # rates from the publication date back this many fixings
    # A rate off the reference by more than `tolerance` but within this may be a rate the writer chose (a
    # house rate fixed for the month, the rate of the day a figure was announced) — unless another
    # equivalent of the pair in the article is at the reference and disagrees: then it is the one slip.
    # Alone it is info; agreed on by another equivalent off the reference too, it is the article's own
    # rate and passes. A wrong first digit moves an equivalent by 10% or more, beyond this band.
    # Equal to `tolerance`: no band.
    house_tolerance: float = Field(default=0.08, ge=0)
    max_slip_power: int = 4
    # A rate off today's reference that is the reference of the same season one or two years before is a rate the
    # writer carried over from older copy (a stale conversion), not a slipped digit: info, like a house rate alone.
    stale_years: int = Field(default=2, ge=0)


@dataclass(slots=True)
class ImpliedRate:
    """`quote` per `base`, implied by stating `quote_claim` as the equivalent of `base_claim`."""

    base: str
    quote: str
    rate: Interval
    base_claim: Claim
    quote_claim: Claim


def _money(claim: Claim) -> bool:
    return claim.unit in _CURRENCIES and claim.kind in ("money", "range")


def _rate(base: Claim, quote: Claim) -> Interval | None:
    if base.ends and quote.ends:
        # A range converts end by end, at one rate: both ends must allow it.
        lows = Interval(*quote.ends[0]) / Interval(*base.ends[0])
        highs = Interval(*quote.ends[1]) / Interval(*base.ends[1])
        return intersection([lows, highs]) or Interval(min(lows.lo, highs.lo), max(lows.hi, highs.hi))
    # `up to ¥590bn ($4.3bn)`: the equivalent converts the bound itself, as written.
    rate = _written(quote) / _written(base)
    if math.isinf(rate.lo) or math.isinf(rate.hi) or rate.lo <= 0:
        return None
    return rate


def _written(claim: Claim) -> Interval:
    """The amount as written: a bound (`이상`, `up to`) converts as its number, not as a half-line."""
    if math.isinf(claim.low) or math.isinf(claim.high):
        return Interval.rounding(claim.value, claim.step)
    return Interval.of(claim)


def implied_rates(claimset: ClaimSet) -> list[ImpliedRate]:
    """Every rate the article's equivalents imply, oriented so that the rate is ≥ 1."""
    claims = {c.id: c for c in claimset.claims}
    groups: dict[str, list[Claim]] = {}
    for claim in claimset.claims:
        if claim.converts and _money(claim) and claim.converts in claims and _money(claims[claim.converts]):
            groups.setdefault(claim.converts, [claims[claim.converts]]).append(claim)
    rates = []
    for members in groups.values():
        for i, a in enumerate(members):
            for b in members[i + 1 :]:
                if a.unit == b.unit:
                    continue
                base, quote = (a, b) if b.value >= a.value else (b, a)
                rate = _rate(base, quote)
                if rate is not None:
                    rates.append(ImpliedRate(base.unit, quote.unit, rate, base, quote))
    return rates


class Conversion(CheckKind):
    name = "conversion"
    Params = ConversionParams

    def run_document(self, claimset: ClaimSet, params: ConversionParams, ctx: Context) -> Iterable[Draft]:
        rates = implied_rates(claimset)
        if params.check == "internal":
            # A rate off the reference is that conversion's finding (F202/F203); two rates that are
            # each plausible but disagree are this one's. One wrong number, one finding.
            plausible = [r for r in rates if self._within_reference(r, rates, claimset, params) is not False]
            yield from self._internal(plausible, params, ctx)
        elif claimset.document.published is not None and rates:  # no conversion: the rate table is not loaded
            yield from self._reference(rates, claimset, params, ctx)

    def _internal(self, rates: list[ImpliedRate], params: ConversionParams, ctx: Context) -> Iterable[Draft]:
        by_pair: dict[tuple[str, str], list[ImpliedRate]] = {}
        for rate in rates:
            by_pair.setdefault((rate.base, rate.quote), []).append(rate)
        for (base, quote), found in by_pair.items():
            for i, later in enumerate(found[1:], 1):
                clash = next((r for r in found[:i] if not r.rate.widen(params.spread).overlaps(later.rate)), None)
                nl = ctx.notation(later.quote_claim)
                fields = {"pair": f"{quote}/{base}", "rate": fmt.rate_interval(later.rate, quote, base, ctx.lang, nl)}
                evidence = {"pair": [base, quote], "rate": [later.rate.lo, later.rate.hi]}
                if clash is None:
                    if ctx.show_passed and i == len(found) - 1 and len(found) > 1:
                        # Every equivalent that agrees on the rate, with the amounts they convert.
                        related = [
                            claim_ref(ctx, c)
                            for r in found
                            for c in (r.base_claim, r.quote_claim)
                            if c is not later.quote_claim
                        ]
                        yield Draft(
                            claim_ref(ctx, later.quote_claim),
                            {**fields, "other": fields["rate"]},
                            evidence,
                            related=list({(r.start, r.end): r for r in related}.values()),
                            passed=True,
                        )
                    continue
                fields["other"] = fmt.rate_interval(clash.rate, quote, base, ctx.lang, nl)
                evidence["other_rate"] = [clash.rate.lo, clash.rate.hi]
                yield Draft(
                    claim_ref(ctx, later.quote_claim, f"implies {fields['rate']}"),
                    fields,
                    evidence,
                    related=[claim_ref(ctx, clash.quote_claim, f"implies {fields['other']}")],
                    guessed=_guessed(later) or _guessed(clash),
                )

    def _within_reference(
        self, implied: ImpliedRate, rates: list[ImpliedRate], claimset: ClaimSet, params: ConversionParams
    ) -> bool | None:
        """Whether the rate agrees with the reference window (None: no reference to ask)."""
        if claimset.document.published is None:
            return None

        table = reference_rates()
        if implied.base not in table.currencies or implied.quote not in table.currencies:
            return None
        window = table.window(implied.base, implied.quote, claimset.document.published, params.business_days)
        if not window:
            return None
        reference = Interval(min(r for _, r in window), max(r for _, r in window))
        # A rate the writer may have chosen is plausible too: whether the article's rates agree is F201's question.
        return (
            implied.rate.overlaps(reference.widen(params.tolerance))
            or _house(implied, rates, reference, params) is not None
            or _stale(implied, rates, reference, claimset.document.published, params)
        )

    def _reference(
        self, rates: list[ImpliedRate], claimset: ClaimSet, params: ConversionParams, ctx: Context
    ) -> Iterable[Draft]:
        table = reference_rates()
        published = claimset.document.published
        for implied in rates:
            if implied.base not in table.currencies or implied.quote not in table.currencies:
                continue
            window = table.window(implied.base, implied.quote, published, params.business_days)
            if not window:
                continue
            reference = Interval(min(r for _, r in window), max(r for _, r in window))
            allowed = reference.widen(params.tolerance)
            # Decided before any wording is built: most rates agree, and the fields are only a draft's.
            passed = implied.rate.overlaps(allowed)
            standing = None if passed else _house(implied, rates, reference, params)
            if standing is None and not passed and _stale(implied, rates, reference, published, params):
                standing = "alone"
            house, own_rate = standing is not None, standing == "own"
            if house and params.check == "unit_slip":
                continue
            if own_rate:
                passed = True
            if passed:
                if not (params.check == "reference" and ctx.show_passed):
                    continue
                power = 0
            else:
                power = _slip_power(implied.rate, allowed, params.max_slip_power)
                if (power != 0) != (params.check == "unit_slip"):
                    continue
            notes = _rate_notes(window[0][0], published, claimset.document.published_assumed, ctx.lang)
            if house:
                notes.append(_house_note(_distance(implied.rate, reference), own_rate, ctx.lang))
            dates = f"{window[-1][0]}..{window[0][0]}"  # ISO in the evidence, words in the messages
            lang, nl = ctx.lang, ctx.notation(implied.quote_claim)
            newest_date, newest_rate = window[0]
            base_claim, quote_claim = implied.base_claim, implied.quote_claim
            # What the base amount is at the newest reference rate of the window (the quote, in its currency).
            at_reference = Interval.point(base_claim.value * newest_rate)
            fields = {
                "pair": f"{implied.quote}/{implied.base}",
                "rate": fmt.rate_interval(implied.rate, implied.quote, implied.base, lang, nl),
                "reference": fmt.rate_interval(reference, implied.quote, implied.base, lang, nl),
                "reference_rate": fmt.rate_interval(Interval.point(newest_rate), implied.quote, implied.base, lang, nl),
                "rate_date": fmt.period(newest_date.isoformat(), lang),
                "amount": fmt.stated(base_claim, nl, lang),
                "stated": fmt.stated(quote_claim, nl, lang),
                "expected": fmt.about_word(lang) + fmt.amount(at_reference.lo, quote_claim.unit, nl),
                "dates": fmt.date_range(window[-1][0], window[0][0], lang),
                "tolerance": f"{params.tolerance:.1%}",
            }
            evidence = {
                "pair": [implied.base, implied.quote],
                "implied": [implied.rate.lo, implied.rate.hi],
                "reference": [reference.lo, reference.hi],
                "reference_dates": dates,
                "tolerance": params.tolerance,
                "business_days": params.business_days,
                "source": table.source,
                "rate_date": window[0][0].isoformat(),
            }
            primary = claim_ref(ctx, implied.quote_claim, f"implies {fields['rate']}")
            related = [claim_ref(ctx, implied.base_claim, "converted amount")]
            if house:
                evidence["house_tolerance"] = params.house_tolerance
            if passed:
                yield Draft(primary, fields, evidence, related=related, notes=notes, passed=True, dated=True)
                continue
            if power:
                fields["factor"] = ("×" if power > 0 else "÷") + f"{10 ** abs(power):,}"
                evidence["power_of_ten"] = power
            label = (
                f"{fields['rate_date']} 기준환율로 환산액"
                if lang == "ko"
                else f"at the reference rate of {fields['rate_date']}, the equivalent"
            )
            fixes = keep(fix(ctx, quote_claim, at_reference.widen(0.005), "equivalent", label=label))
            evidence["at_reference"] = [at_reference.lo, at_reference.hi]
            price = fmt.rate_price(implied.rate, implied.quote, nl)
            reference_price = fmt.rate_price(Interval.point(newest_rate), implied.quote, nl)
            evidence["calculation"] = [
                f"{fields['stated']} ÷ {fields['amount']} = {price}",
                f"{fields['amount']} × {reference_price} = {fields['expected']}",
            ]
            evidence["reference_rate"] = newest_rate
            yield Draft(
                primary,
                fields,
                evidence,
                related=related,
                guessed=_guessed(implied),
                notes=notes,
                dated=True,
                fixes=fixes,
                severity="info" if house else None,
            )


def _rate_notes(newest: dt.date, published: dt.date, assumed: bool, lang: str = "en") -> list[str]:
    """Say which day's rate judged a conversion when it is not the publication date's own."""
    if lang == "ko":
        if assumed:
            return [f"note: 발행일이 없어 가장 최근 기준환율({fmt.period(newest.isoformat(), lang)})로 판단했습니다"]
        if (published - newest).days > 4:
            return [
                f"note: 기준환율 자료가 발행일 {fmt.period(published.isoformat(), lang)}보다 앞선 "
                f"{fmt.period(newest.isoformat(), lang)}에 끝나 가장 최근 환율로 판단했습니다"
                "(`factlint rates update`로 갱신)"
            ]
        return []
    if assumed:
        return [
            f"note: no publication date: judged against the newest reference rate available, of "
            f"{fmt.period(newest.isoformat(), lang)}"
        ]
    if (published - newest).days > 4:  # more than a weekend and a holiday: the table ends before the article
        return [
            f"note: the reference rates end on {fmt.period(newest.isoformat(), lang)}, before the publication "
            f"date {fmt.period(published.isoformat(), lang)}: "
            f"judged against the newest available (`factlint rates update` refreshes them)"
        ]
    return []


def _house(implied: ImpliedRate, rates: list[ImpliedRate], reference: Interval, params: ConversionParams) -> str | None:
    """How a rate off the reference by more than the tolerance may still be the writer's choice: "own" when
    another equivalent off the reference agrees with it (the article's own rate), "alone" when nothing
    contradicts it, None when it is beyond the house band or another equivalent of the pair is at the
    reference and disagrees (the article converts at the reference: this one is the slip)."""
    if params.house_tolerance <= params.tolerance or not implied.rate.overlaps(reference.widen(params.house_tolerance)):
        return None
    # A restated equivalent (the same amount again) corroborates nothing.
    others = [
        other
        for other in rates
        if (other.base, other.quote) == (implied.base, implied.quote)
        and other.base_claim.value != implied.base_claim.value
    ]
    allowed = reference.widen(params.tolerance)
    agreeing = [other for other in others if other.rate.widen(params.spread).overlaps(implied.rate)]
    if any(other.rate.overlaps(allowed) and other not in agreeing for other in others):
        return None
    if any(not other.rate.overlaps(allowed) for other in agreeing):
        return "own"
    return "alone"


# How many fixings around the same day a year (or two) before make that season's reference.
_STALE_FIXINGS = 20


def _stale(
    implied: ImpliedRate, rates: list[ImpliedRate], reference: Interval, published: dt.date, params: ConversionParams
) -> bool:
    """Whether a rate off the reference is the reference of about the same day one or `stale_years` years before
    (the rate of older copy the writer carried over), and no other equivalent of the pair in the article is at
    today's reference and disagrees (then this one is the slip)."""
    if params.stale_years <= 0:
        return False
    allowed = reference.widen(params.tolerance)
    if any(
        (other.base, other.quote) == (implied.base, implied.quote)
        and other.rate.overlaps(allowed)
        and not other.rate.widen(params.spread).overlaps(implied.rate)
        for other in rates
    ):
        return False
    table = reference_rates()
    for years in range(1, params.stale_years + 1):
        then = published - dt.timedelta(days=365 * years)
        window = table.window(implied.base, implied.quote, then, _STALE_FIXINGS)
        if window and implied.rate.overlaps(
            Interval(min(r for _, r in window), max(r for _, r in window)).widen(params.tolerance)
        ):
            return True
    return False


def _distance(rate: Interval, reference: Interval) -> float:
    """How far (relative) the implied rate lies outside the reference interval."""
    if rate.hi < reference.lo:
        return (reference.lo - rate.hi) / reference.lo
    return max(0.0, (rate.lo - reference.hi) / reference.hi)


def _house_note(distance: float, own_rate: bool, lang: str) -> str:
    """Why a rate a few percent off the reference is not an error."""
    if lang == "ko":
        if own_rate:
            return (
                f"note: 기준환율과 {distance:.1%} 차이지만 기사의 다른 환산도 같은 환율을 써 기사가 정한 환율로 봅니다"
            )
        return f"note: 기준환율과 {distance:.1%} 차이: 언론사 고정 환율이나 발표일 환율일 수 있어 오류로 보지 않습니다"
    if own_rate:
        return (
            f"note: {distance:.1%} off the reference, but the article's other equivalents use the same rate: "
            "the article's own rate"
        )
    return (
        f"note: {distance:.1%} off the reference: a house rate or the rate of the day the figure was announced "
        "may be this far off, so not an error"
    )


def _slip_power(rate: Interval, allowed: Interval, max_power: int) -> int:
    """k ≠ 0 when the rate fits the reference after dividing by 10^k (a 만/억 or million/billion slip)."""
    for power in range(1, max_power + 1):
        for k in (power, -power):
            if rate.scale(10.0**-k).overlaps(allowed):
                return k
    return 0


def _guessed(implied: ImpliedRate) -> bool:
    base, quote = implied.base_claim, implied.quote_claim
    # (a currency guessed, or an equivalent read by a guess in another sentence than the amount it restates:
    # link/one_unit_equivalents.py)
    return (
        "currency" in base.guesses
        or "currency" in quote.guesses
        or (base.sentence != quote.sentence and ("relation" in quote.guesses or "relation" in base.guesses))
    )
