"""Ratios stated with their parts: a margin with its profit and revenue
(`영업이익률 7.3%`), a share of a stated total (`전체의 54%`), a part larger than its whole, a figure
per unit or per shorter period with the total it divides (`1인당 25만원`, `£500,000 a week`)."""

from __future__ import annotations

import math
from collections.abc import Iterable
from typing import Literal

from checker.check import formatting as fmt
from checker.check.base import CheckKind, Context, Draft, KindParams, claim_ref
from checker.check.facts import ClaimIndex, is_fact
from checker.check.intervals import Interval
from checker.check.suggest import fix, keep
from checker.extract.units import base_unit
from checker.models import Claim, ClaimSet


class RatioParams(KindParams):
    check: Literal["defined", "of_total", "part_exceeds_whole", "per_unit", "inverse", "fraction_restating"] = "defined"
    ratio: str | None = None  # metric id of the ratio (e.g. operating_margin)
    numerator: str | None = None
    denominator: str | None = None
    # more ratios checked the same way, each [ratio, numerator, denominator] (`net_margin`, `net_profit`, `revenue`)
    definitions: list[tuple[str, str, str]] = []
    scale: float = 100.0  # percent
    # per_unit: how many shorter periods a longer one holds, low and high (`year/week` = [52, 52.18])
    periods: dict[str, tuple[float, float]] = {}


def _as_stated(claim: Claim) -> Interval:
    """A figure of a share as the text states it. A cap (`최대 T의 계약`, `up to $T`) stands for
    the figure it names: the whole when every option is paid, the part at its most — the share is
    stated against that figure, not against any amount below it."""
    quantity = claim.quantity
    if quantity.qualifier == "atmost" and quantity.step and math.isfinite(quantity.value):
        return Interval.rounding(quantity.value, quantity.step)
    return Interval.of(claim)


class Ratio(CheckKind):
    name = "ratio"
    Params = RatioParams

    def run_document(self, claimset: ClaimSet, params: RatioParams, ctx: Context) -> Iterable[Draft]:
        if params.check == "defined":
            yield from self._defined(claimset, params, ctx)
        elif params.check == "per_unit":
            yield from self._per_unit(claimset, params, ctx)
        elif params.check == "inverse":
            yield from self._inverse(claimset, params, ctx)
        elif params.check == "fraction_restating":
            yield from self._fraction_restating(claimset, ctx)
        else:
            yield from self._of_total(claimset, ctx, params.check)

    def _defined(self, claimset: ClaimSet, params: RatioParams, ctx: Context) -> Iterable[Draft]:
        """A rate over the two figures the link stage set it beside (`rate_of`, `rate_base`:
        checker/link/margin_bases.py chooses them)."""
        definitions = {ratio: (numerator, denominator) for ratio, numerator, denominator in params.definitions}
        if params.ratio and params.numerator and params.denominator:
            definitions[params.ratio] = (params.numerator, params.denominator)
        index = ClaimIndex.of(claimset)
        for rate in claimset.claims:
            if rate.metric not in definitions or rate.kind != "percent" or rate.role == "change" or not is_fact(rate):
                continue
            numerator = index.by_id.get(rate.rate_of or "")
            denominator = index.by_id.get(rate.rate_base or "")
            if numerator is None or denominator is None:
                continue
            numerator_metric, denominator_metric = definitions[rate.metric]
            computed = (Interval.of(numerator) / Interval.of(denominator)).scale(params.scale)
            yield from _compare(
                rate,
                computed,
                [numerator, denominator],
                ctx,
                f"{fmt.metric_word(numerator_metric, ctx.lang)} / {fmt.metric_word(denominator_metric, ctx.lang)}",
                guessed=rate.rate_base_guessed,
            )

    def _per_unit(self, claimset: ClaimSet, params: RatioParams, ctx: Context) -> Iterable[Draft]:
        """A figure per unit (`1인당 25만원`) is the total over the count; one per shorter period
        (`£500,000 a week`) the yearly figure over the periods a year holds (the link stage ties them:
        `per_unit_of`, `units_of`, `period_ratio`)."""
        index = ClaimIndex.of(claimset)
        for figure in claimset.claims:
            total = index.by_id.get(figure.per_unit_of or "")
            if total is None or not is_fact(figure):
                continue
            count = index.by_id.get(figure.units_of or "")
            # a ratio of two like counts (`20대 1`: applicants per place) is a multiple of no unit
            like_counts = figure.unit == "multiple" and count is not None and count.unit == total.unit
            if total.unit != figure.unit and not like_counts:
                continue
            if count is not None and figure.units_measure:
                # (`9.8 tonnes a hectare` of `42,000 hectares`, held as 420 km²: the count in hectares)
                factor, base = base_unit(figure.units_measure)
                if count.unit != base:
                    continue
                divisor = Interval.of(count).scale(1.0 / factor)
            elif count is not None:
                divisor = Interval.of(count)
            elif figure.period_ratio in params.periods:
                divisor = Interval(*params.periods[figure.period_ratio])
            else:
                continue
            if divisor.lo <= 0:
                continue
            yield from _per_unit_draft(figure, total, count, divisor, ctx)
        for total in claimset.claims:
            # a total stated as a count at a price per unit stated elsewhere (`product_of`, `product_units`)
            price, count = index.by_id.get(total.product_of or ""), index.by_id.get(total.product_units or "")
            if price is None or count is None or not is_fact(total) or price.unit != total.unit:
                continue
            divisor = Interval.of(count)
            if price.units_measure:
                # (`$1,200 a tonne` valuing `80,000 tonnes`, held in kg: the count in tonnes)
                factor, base = base_unit(price.units_measure)
                if count.unit != base:
                    continue
                divisor = divisor.scale(1.0 / factor)
            if divisor.lo > 0:
                yield from _per_unit_draft(price, total, count, divisor, ctx)

    def _inverse(self, claimset: ClaimSet, params: RatioParams, ctx: Context) -> Iterable[Draft]:
        """A payout ratio is its dividend cover inverted: 100% ÷ the cover (`inverse_of`, linked by
        link/payout_cover.py; a cover of 2 times is a payout of 50%)."""
        index = ClaimIndex.of(claimset)
        for payout in claimset.claims:
            cover = index.by_id.get(payout.inverse_of or "")
            if cover is None or not is_fact(payout) or cover.low <= 0:
                continue
            computed = Interval(params.scale, params.scale) / Interval.of(cover)
            passed = computed.overlaps(Interval.of(payout))
            if passed and not ctx.show_passed:
                continue
            lang, nl = ctx.lang, ctx.notation(payout)
            fields = {
                "stated": fmt.stated(payout, nl, lang),
                "cover": cover.text.strip(),
                "computed": fmt.about(computed, "percent", nl, lang),
            }
            fixes = [] if passed else keep(fix(ctx, payout, computed, "ratio"))
            evidence = {
                "stated": [payout.low, payout.high],
                "cover": [cover.low, cover.high],
                "computed": [computed.lo, computed.hi],
                "calculation": [f"100% ÷ {fields['cover']} = {fields['computed']}"],
            }
            yield Draft(
                claim_ref(ctx, payout, f"implies {fields['computed']}"),
                fields,
                evidence,
                related=[claim_ref(ctx, cover, "dividend cover")],
                guessed=bool(payout.guesses or cover.guesses),
                passed=passed,
                fixes=fixes,
            )

    def _fraction_restating(self, claimset: ClaimSet, ctx: Context) -> Iterable[Draft]:
        """A share in percent restated at once as a fraction in words (`56.3% of income, more than half`; `restates`,
        linked by link/shares_restated_as_fractions.py): the percentage over 100 lies within the fraction as its
        hedge states it (a bare fraction, `two fifths`, as rounded: within 0.05)."""
        index = ClaimIndex.of(claimset)
        for fraction in claimset.claims:
            if fraction.kind != "fraction" or not fraction.restates or not is_fact(fraction):
                continue
            for percent_id in fraction.restates:
                percent = index.by_id.get(percent_id)
                if percent is None or percent.kind != "percent":
                    continue
                computed = Interval.of(percent).scale(0.01)
                as_written = Interval.of(fraction)
                if fraction.low == fraction.high:
                    as_written = as_written.widen(_FRACTION_ROUNDING)
                passed = computed.overlaps(as_written)
                if passed and not ctx.show_passed:
                    continue
                nl = ctx.notation(percent)
                fields = {
                    "stated": fraction.text.strip(),
                    "percent": fmt.stated(percent, nl, ctx.lang),
                    "computed": fmt.about(computed, "fraction", nl, ctx.lang),
                }
                evidence = {
                    "stated": [fraction.low, fraction.high],
                    "percent": [percent.low, percent.high],
                    "computed": [computed.lo, computed.hi],
                    "calculation": [f"{fields['percent']} ÷ 100 = {fields['computed']}"],
                }
                yield Draft(
                    claim_ref(ctx, fraction, f"restates {fields['percent']}"),
                    fields,
                    evidence,
                    related=[claim_ref(ctx, percent, "share")],
                    guessed=bool(fraction.guesses or percent.guesses),
                    passed=passed,
                )

    def _of_total(self, claimset: ClaimSet, ctx: Context, check: str) -> Iterable[Draft]:
        """A share the link stage tied to its part and whole (`share_part`, `share_whole`)."""
        index = ClaimIndex.of(claimset)
        seen: set[tuple[str, str]] = set()
        for share in claimset.claims:
            part = share if share.kind in ("money", "count", "measure") else index.by_id.get(share.share_part or "")
            whole = index.by_id.get(share.share_whole or "")
            if part is None or whole is None or not is_fact(share):
                continue
            if check == "of_total" and share is not part:
                computed = (_as_stated(part) / _as_stated(whole)).scale(100.0 if share.kind == "percent" else 1.0)
                definition = "부분 / 전체" if ctx.lang == "ko" else "part / whole"
                yield from _compare(share, computed, [part, whole], ctx, definition)
            elif share.kind == "percent" and share.low > 100.0:
                continue  # (`Y와 비교한 회복률은 103%`: a rate over 100% says its part is the larger one)
            elif (
                check == "part_exceeds_whole"
                and part.low > whole.high
                and (part.id, whole.id) not in seen
                and not _counts_of_other_things(part, whole)
            ):
                seen.add((part.id, whole.id))
                lang, nl = ctx.lang, ctx.notation(part)
                fields = {"part": fmt.stated(part, nl, lang), "whole": fmt.stated(whole, nl, lang)}
                yield Draft(
                    claim_ref(ctx, part, "larger than its whole"),
                    fields,
                    {"part": [part.low, part.high], "whole": [whole.low, whole.high]},
                    related=[claim_ref(ctx, whole, "the whole")],
                    guessed=bool(part.guesses or whole.guesses),
                )


def _counts_of_other_things(part: Claim, whole: Claim) -> bool:
    """Two counts of differently counted things (`7곳` of places, `1,896건` of cases): the larger is no part that
    outgrew its whole, the two were never part and whole."""
    if part.kind != "count" or whole.kind != "count" or not (part.counter and whole.counter):
        return False
    # (`one store` of `12 stores`: a plural is the same counted thing)
    return part.counter.lower().rstrip("s") != whole.counter.lower().rstrip("s")


def _per_unit_draft(
    figure: Claim, total: Claim, count: Claim | None, divisor: Interval, ctx: Context
) -> Iterable[Draft]:
    computed = Interval.of(total) / divisor
    passed = computed.overlaps(Interval.of(figure))
    if passed and not ctx.show_passed:
        return
    lang, nl = ctx.lang, ctx.notation(figure)
    if count is not None:
        divided_by = fmt.stated(count, nl, lang)
    elif lang == "ko":
        divided_by = f"{fmt.interval(divisor, 'count', lang)} 기간"
    else:
        divided_by = f"{fmt.interval(divisor, 'count', lang)} periods"
    fields = {
        "stated": fmt.stated(figure, nl, lang),
        "total": fmt.stated(total, nl, lang),
        "divisor": divided_by,
        "computed": fmt.about(computed, figure.unit, nl, lang),
    }
    fixes = [] if passed else keep(fix(ctx, figure, computed, "value"))
    evidence = {
        "stated": [figure.low, figure.high],
        "total": [total.low, total.high],
        "divisor": [divisor.lo, divisor.hi],
        "computed": [computed.lo, computed.hi],
        "calculation": [f"{fields['total']} ÷ {fields['divisor']} = {fields['computed']}"],
    }
    related = [claim_ref(ctx, total, "전체" if lang == "ko" else "the total")]
    if count is not None:
        related.append(claim_ref(ctx, count, "나누는 수" if lang == "ko" else "the count"))
    yield Draft(
        claim_ref(
            ctx,
            figure,
            f"총액을 나누면 {fields['computed']}" if lang == "ko" else f"the total gives {fields['computed']}",
        ),
        fields,
        evidence,
        related=related,
        guessed=bool(figure.guesses or total.guesses or (count is not None and count.guesses)),
        passed=passed,
        fixes=fixes,
    )


# `절반`, `4분의 1`, `a third` with no hedge: a round figure the writer chose for a ratio, within a twentieth of it
# (0.52 of a whole is `half`, 0.46 is not); a hedged one (`절반 수준`, `about a third`) states its own wider interval.
_FRACTION_ROUNDING = 0.05


def _compare(
    stated: Claim, computed: Interval, parts: list[Claim], ctx: Context, definition: str, guessed: bool = False
) -> Iterable[Draft]:
    as_written = Interval.of(stated)
    if stated.kind == "fraction" and stated.low == stated.high:
        as_written = as_written.widen(_FRACTION_ROUNDING)
    passed = computed.overlaps(as_written)
    if passed and not ctx.show_passed:
        return
    lang, nl = ctx.lang, ctx.notation(stated)
    unit = "percent" if stated.kind == "percent" else "fraction"
    fields = {
        # A fraction as written (`a third`, `절반`): its value (0.333333) is no wording a reader would know.
        "stated": stated.text.strip() if stated.kind == "fraction" else fmt.stated(stated, nl, lang),
        "computed": fmt.about(computed, unit, nl, lang),
        "definition": definition,
        "parts": " / ".join(fmt.stated(p, nl, lang) for p in parts),
    }
    fixes = []
    if not passed:
        scale = 100.0 if unit == "percent" else 1.0
        numerator, denominator = parts
        written = Interval.of(stated).scale(1 / scale)
        is_ratio = stated.metric not in ("share",) and definition.count("/") and stated.share_whole is None
        role = "ratio" if is_ratio else "share"
        point = numerator.value / denominator.value * scale if denominator.value else None
        fixes = keep(
            fix(ctx, stated, computed, role, center=point),
            fix(ctx, numerator, Interval.of(denominator) * written, "numerator", label=_named(numerator, ctx))
            if numerator is not stated
            else None,
            fix(ctx, denominator, Interval.of(numerator) / written, "denominator", label=_named(denominator, ctx))
            if written.lo > 0
            else None,
        )
    evidence = {
        "stated": [stated.low, stated.high],
        "computed": [computed.lo, computed.hi],
        "parts": {p.text.strip(): [p.low, p.high] for p in parts},
        "calculation": [
            " ÷ ".join(fmt.stated(p, nl, lang) for p in parts)
            + (" × 100" if unit == "percent" else "")
            + f" = {fields['computed']}"
        ],
    }
    yield Draft(
        claim_ref(ctx, stated, f"the parts give {fields['computed']}"),
        fields,
        evidence,
        related=[claim_ref(ctx, p, fmt.metric_word(p.metric, ctx.lang) if p.metric else "") for p in parts],
        guessed=guessed or any(p.guesses for p in parts) or bool(stated.guesses),
        passed=passed,
        fixes=fixes,
    )


def _named(claim: Claim, ctx: Context) -> str | None:
    """A number named by its metric in the message's words (`영업이익`), when it has one."""
    return fmt.metric_word(claim.metric, ctx.lang) if claim.metric else None
