"""A total stated as an amount per period over a term is the amount times the term.

`연봉 4억원씩 3년 총액 12억원`, `매년 5000억원씩 5년간 2조5000억원`: the link stage ties the total to the
per-period amount and counts the term's periods (`per_period_of`, `periods`, checker/link/per_period.py);
this kind multiplies: the amount's interval times the count must meet the total's interval.
"""

from __future__ import annotations

from collections.abc import Iterable

from checker.check import formatting as fmt
from checker.check.base import CheckKind, Context, Draft, KindParams, Ref, claim_ref
from checker.check.facts import ClaimIndex
from checker.check.intervals import Interval
from checker.check.suggest import fix, keep, role_words
from checker.models import ClaimSet


class PerPeriod(CheckKind):
    name = "per_period"
    Params = KindParams

    def run_document(self, claimset: ClaimSet, params: KindParams, ctx: Context) -> Iterable[Draft]:
        index = ClaimIndex.of(claimset)
        for total in claimset.claims:
            amount = index.by_id.get(total.per_period_of or "")
            if amount is None or not total.periods or total.periods_span is None:
                continue
            if total.periods_rounded:
                # (a term worked out and rounded to whole periods: `…, so the order will take five days`)
                computed = Interval.of(amount) * Interval.rounding(total.periods, 1.0)
            else:
                computed = Interval.of(amount).scale(total.periods)
            # (`구장 4면에서 … 한 면에서 하루 8경기씩`: the amount is each unit's, times their count too)
            units = index.by_id.get(total.per_period_units or "")
            if units is not None:
                computed = computed * Interval.of(units)
            passed = computed.overlaps(Interval.of(total))
            if passed and not ctx.show_passed:
                continue
            lang, nl = ctx.lang, ctx.notation(total)
            times = fmt.number(total.periods, nl)
            each, per, term = _term_words(times, total.periods, total.periods_unit, lang)
            if units is not None:
                term = f"{fmt.stated(units, nl, lang)} × {term}"
            fields = {
                "total": fmt.stated(total, nl, lang),
                "amount": fmt.stated(amount, nl, lang),
                "times": times,
                "each": each,
                "term": term,
                "computed": fmt.about(computed, total.unit, nl, lang),
            }
            evidence = {
                "total": [total.low, total.high],
                "amount": [amount.low, amount.high],
                "periods": total.periods,
                **({"units": [units.low, units.high]} if units is not None else {}),
                "computed": [computed.lo, computed.hi],
                "calculation": [f"{fields['amount']} × {times} = {fields['computed']}"],
            }
            fixes = (
                []
                if passed
                else keep(
                    fix(
                        ctx,
                        total,
                        computed,
                        "total",
                        center=amount.value * total.periods * (units.value if units is not None else 1),
                    )
                )
            )
            document = ctx.document(total)
            term_ref = Ref(
                document,
                total.periods_span.start,
                total.periods_span.end,
                term,
            )
            gives = (
                f"{per} 기준으로는 {fields['computed']}"
                if lang == "ko"
                else f"the amount {per} gives {fields['computed']}"
            )
            yield Draft(
                claim_ref(ctx, total, gives),
                fields,
                evidence,
                related=[
                    claim_ref(ctx, amount, per),
                    term_ref,
                    *([claim_ref(ctx, units, role_words("units", lang))] if units is not None else []),
                ],
                passed=passed,
                guessed=bool(total.guesses or amount.guesses),
                fixes=fixes,
            )


# How a message names one period and the term, by the term's unit (checker/link/term_units.py): `a year`, `per
# year` and `10 years`; `연간` and `10년`; a term whose words name no unit is told in periods.
_UNIT_EN = {"year": ("year", "years"), "month": ("month", "months"), "week": ("week", "weeks"), "day": ("day", "days")}
_UNIT_KO = {"year": ("연간", "{}년"), "month": ("월", "{}개월"), "week": ("주당", "{}주"), "day": ("하루", "{}일")}


def _term_words(times: str, periods: float, unit: str | None, lang: str) -> tuple[str, str, str]:
    """(one period, per one period, the term): `a year`, `per year`, `10 years`; `연간`, `연간`, `10년`."""
    if lang == "ko":
        each, term = _UNIT_KO.get(unit or "", ("기간당", "{}개 기간"))
        return each, each, term.format(times)
    one, many = _UNIT_EN.get(unit or "", ("period", "periods"))
    return f"a {one}", f"per {one}", f"{times} {one if periods == 1 else many}"
