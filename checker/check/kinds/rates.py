"""Rates and their changes: `0.3%p 하락한 17%` means the earlier rate was 17.3%.

A change of a rate written in `%` may mean points or a relative change; both
readings are computed. Only-points-fits is a warning (write %p), neither fits
is an error, as is a `%p` change the two stated rates contradict.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Literal

from checker.check import formatting as fmt
from checker.check.base import CheckKind, Context, Draft, KindParams, claim_ref
from checker.check.facts import ClaimIndex
from checker.check.intervals import Interval
from checker.check.kinds.difference import signed
from checker.check.suggest import fix, keep
from checker.models import Claim, ClaimSet


class RatesParams(KindParams):
    check: Literal["points", "percent_vs_points"] = "points"


def readings(value: Claim, prior: Claim) -> tuple[Interval, Interval]:
    """(points, relative percent) between two rates."""
    now, before = Interval.of(value), Interval.of(prior)
    return now - before, (now / before).shift(-1.0).scale(100.0)


class Rates(CheckKind):
    name = "rates"
    Params = RatesParams

    def run_document(self, claimset: ClaimSet, params: RatesParams, ctx: Context) -> Iterable[Draft]:
        index = ClaimIndex.of(claimset)
        for change, value, prior in index.changes(("pp", "percent")):
            if prior is None and change.kind == "pp" and value.kind == "percent":
                # `12.4%, 전년 동기 10.1%포인트보다 2.3%포인트 상승`: the earlier level of a rate, its unit
                # slipped to the change's points, is still the earlier rate.
                prior = index.prior_in_unit(value, "pp", change.basis or "year")
                if prior is not None and prior.role != "prior":
                    prior = None
            if value.kind != "percent" or prior is None or prior.kind not in ("percent", "pp"):
                continue
            points, relative = readings(value, prior)
            stated = signed(change)
            fits_points, fits_relative = points.overlaps(stated), relative.overlaps(stated)
            written_points = change.kind == "pp"
            fits_written = fits_points if written_points else fits_relative
            fits_other = fits_relative if written_points else fits_points
            if params.check == "points" and (fits_written or fits_other):
                if ctx.show_passed and fits_written:
                    yield self._draft(change, value, prior, points, relative, ctx, passed=True)
                continue
            if params.check == "percent_vs_points" and not (fits_other and not fits_written):
                continue
            yield self._draft(change, value, prior, points, relative, ctx, passed=False)

    def _draft(
        self,
        change: Claim,
        value: Claim,
        prior: Claim,
        points: Interval,
        relative: Interval,
        ctx: Context,
        passed: bool,
    ) -> Draft:
        lang, nl = ctx.lang, ctx.notation(value)
        fields = {
            "value": fmt.stated(value, nl, lang),
            "prior": fmt.stated(prior, nl, lang),
            "stated": change.text.strip(),
            "points": fmt.about(points, "pp", nl, lang),
            "relative": fmt.about(relative, "percent", nl, lang),
        }
        fixes = []
        if not passed and change.kind == "pp":
            fixes = keep(
                fix(ctx, change, points, "points", magnitude=True),
                fix(ctx, value, Interval.of(prior) + signed(change), "value"),
                fix(ctx, prior, Interval.of(value) - signed(change), "prior", unit="percent"),
            )
        elif not passed and change.kind == "percent":
            # Written in %, read as points: the same number with %p.
            if points.overlaps(signed(change)):
                fixes = keep(fix(ctx, change, Interval.of(change), "points", unit="pp"))
            else:
                fixes = keep(fix(ctx, change, points, "points", magnitude=True, unit="pp"))
        evidence = {
            "value": [value.low, value.high],
            "prior": [prior.low, prior.high],
            "points": [points.lo, points.hi],
            "relative_percent": [relative.lo, relative.hi],
            "stated": [change.low, change.high],
            "stated_unit": change.unit,
            "direction": change.direction,
            "calculation": [
                f"{fields['value']} − {fields['prior']} = {fields['points']}",
                f"{fields['value']} ÷ {fields['prior']} − 1 = {fields['relative']}",
            ],
        }
        notes = []
        if prior.kind == "pp":
            notes.append(
                f"note: {fields['prior']}{fmt.josa(fields['prior'], '은')} 변화가 아니라 이전 수준이므로 "
                f"{fmt.amount(prior.value, 'percent', nl)} 비율로 읽었습니다(수준은 %, 변화는 %포인트로 씁니다)"
                if lang == "ko"
                else f"note: {fields['prior']} is an earlier level, not a change, so it is read as the rate "
                f"{fmt.amount(prior.value, 'percent', nl)} (a level is written in %, a change in points)"
            )
        return Draft(
            claim_ref(ctx, change, f"points: {fields['points']}; relative: {fields['relative']}"),
            fields,
            evidence,
            notes=notes,
            related=[claim_ref(ctx, value, "rate"), claim_ref(ctx, prior, "earlier rate")],
            guessed=bool(change.guesses or value.guesses or prior.guesses),
            passed=passed,
            fixes=fixes,
        )
