"""An amount per period against its total over a term: `연봉 1억8000만원씩 4년 총액 7억2000만원`.

The arithmetic is on the claims the link stage paired (checker/link/installments.py): the amount
per period times the term's count, each figure within its rounding, must meet the stated total.
A term read from the sentence or the one before, not written between the two, is a reading: a
conflict is a warning.
"""
from __future__ import annotations

from collections.abc import Iterable

from checker.check import formatting as fmt
from checker.check.base import CheckKind, Context, Draft, KindParams, Ref, claim_ref
from checker.check.intervals import Interval
from checker.check.suggest import fix, keep
from checker.models import ClaimSet


class InstallmentParams(KindParams):
    pass


class Installment(CheckKind):
    name = "installment"
    Params = InstallmentParams

    def run_document(self, claimset: ClaimSet, params: InstallmentParams, ctx: Context) -> Iterable[Draft]:
        by_id = {claim.id: claim for claim in claimset.claims}
        document = claimset.document
        for item in claimset.installments:
            per, total = by_id.get(item.per), by_id.get(item.total)
            if per is None or total is None:
                continue
            computed = Interval.of(per).scale(item.count)
            passed = computed.overlaps(Interval.of(total))
            if passed and not ctx.show_passed:
                continue
            lang, nl = ctx.lang, ctx.notation(per)
            fields = {"per": fmt.stated(per, nl, lang), "count": str(item.count),
                      "total": fmt.stated(total, nl, lang), "computed": fmt.about(computed, per.unit, nl, lang)}
            evidence = {"per": [per.low, per.high], "count": item.count, "total": [total.low, total.high],
                        "computed": [computed.lo, computed.hi],
                        "calculation": [f"{fields['per']} × {item.count} = {fields['computed']}"]}
            fixes = [] if passed else keep(fix(ctx, total, computed, "total"))
            term = Ref(document, item.count_span.start, item.count_span.end, "기간" if lang == "ko" else "term")
            yield Draft(claim_ref(ctx, total, f"× {item.count} = {fields['computed']}"), fields, evidence,
                        related=[claim_ref(ctx, per, "per period" if lang != "ko" else "기간당"), term],
                        guessed=not item.count_beside or bool(per.guesses and "currency" in per.guesses),
                        passed=passed, fixes=fixes)
