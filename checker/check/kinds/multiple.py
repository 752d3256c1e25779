"""Multiples between two stated values: `두 배`, `2배 이상`, `doubled`, `tripled`.

`N배 증가` has two readings (×N, or +N×100%): it conflicts only when neither fits.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Literal

from checker.check import formatting as fmt
from checker.check.base import CheckKind, Context, Draft, KindParams, claim_ref
from checker.check.facts import ClaimIndex, is_fact
from checker.check.intervals import Interval
from checker.models import Claim, ClaimSet

_AMBIGUOUS_RISE = re.compile(r"\s?(?:나|이나|가량|정도)?\s?(?:증가|늘|성장|확대|급증)")


def readings(multiple: Claim, text_after: str) -> list[tuple[str, Interval]]:
    stated = Interval.of(multiple)
    if _AMBIGUOUS_RISE.match(text_after) and not multiple.text.endswith("로"):
        return [("×N", stated), ("+N×100%", stated.shift(1.0))]
    return [("×N", stated)]


class MultipleParams(KindParams):
    check: Literal["values", "vs_percent"] = "values"


class Multiple(CheckKind):
    name = "multiple"
    Params = MultipleParams

    def run_document(self, claimset: ClaimSet, params: MultipleParams, ctx: Context) -> Iterable[Draft]:
        if params.check == "vs_percent":
            yield from self._vs_percent(claimset, ctx)
            return
        index = ClaimIndex.of(claimset)
        text = claimset.document.text
        for multiple, value, prior in index.changes(("multiple",)):
            if prior is None or prior.unit != value.unit:
                continue
            ratio = Interval.of(value) / Interval.of(prior)
            options = readings(multiple, text[multiple.end: multiple.end + 8])
            passed = any(ratio.overlaps(r) for _, r in options)
            if passed and not ctx.show_passed:
                continue
            lang = ctx.lang
            fields = {
                "value": fmt.interval(Interval.of(value), value.unit, lang),
                "prior": fmt.interval(Interval.of(prior), prior.unit, lang),
                "ratio": f"{fmt.rate(ratio.lo)}–{fmt.rate(ratio.hi)}",
                "stated": multiple.text,
                "readings": " or ".join(f"{name}: {fmt.interval(r, 'multiple', lang)}" for name, r in options),
            }
            evidence = {"value": [value.low, value.high], "prior": [prior.low, prior.high],
                        "ratio": [ratio.lo, ratio.hi], "readings": {n: [r.lo, r.hi] for n, r in options}}
            yield Draft(claim_ref(ctx, multiple, f"ratio is {fields['ratio']}"), fields, evidence,
                        related=[claim_ref(ctx, value, "value"), claim_ref(ctx, prior, "compared with")],
                        guessed=bool(multiple.guesses or value.guesses or prior.guesses), passed=passed)

    def _vs_percent(self, claimset: ClaimSet, ctx: Context) -> Iterable[Draft]:
        """`3배 증가` and `200% 증가` for one change: ×3 means +200%, +3×100% means +300%."""
        changes: dict[str, list[Claim]] = {}
        for claim in claimset.claims:
            if claim.role == "change" and claim.change_of and is_fact(claim) and claim.kind in ("multiple", "percent"):
                changes.setdefault(claim.change_of, []).append(claim)
        text = claimset.document.text
        for group in changes.values():
            multiple = next((c for c in group if c.kind == "multiple"), None)
            percent = next((c for c in group if multiple is not None and c.kind == "percent" and c.direction > 0
                            and _same_basis(c, multiple)), None)
            if multiple is None or percent is None:
                continue
            options = [(name, r.shift(-1.0).scale(100.0)) for name, r in readings(multiple, text[multiple.end: multiple.end + 8])]
            options.append(("+N×100%", Interval.of(multiple).scale(100.0)))
            stated = Interval.of(percent)
            passed = any(stated.overlaps(r) for _, r in options)
            if passed and not ctx.show_passed:
                continue
            lang = ctx.lang
            fields = {"multiple": multiple.text.strip(), "percent": percent.text.strip(),
                      "readings": " or ".join(f"{name} → {fmt.interval(r, 'percent', lang)}" for name, r in options)}
            evidence = {"multiple": [multiple.low, multiple.high], "percent": [percent.low, percent.high],
                        "readings": {n: [r.lo, r.hi] for n, r in options}}
            yield Draft(claim_ref(ctx, percent, f"`{fields['multiple']}` implies {fields['readings']}"), fields, evidence,
                        related=[claim_ref(ctx, multiple, "the same change as a multiple")],
                        guessed=bool(multiple.guesses or percent.guesses), passed=passed)


def _same_basis(a: Claim, b: Claim) -> bool:
    """`전주 대비 0.26%` is not the change `세 배` states (a year apart); an unnamed basis may be either."""
    return a.basis is None or b.basis is None or a.basis == b.basis
