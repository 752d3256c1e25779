"""Multiples between two stated values: `두 배`, `2배 이상`, `doubled`, `tripled`.

`N배 증가` has two readings (×N, or +N×100%): it conflicts only when neither fits.
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from checker.check import formatting as fmt
from checker.check.base import CheckKind, Context, Draft, claim_ref
from checker.check.facts import ClaimIndex, is_fact
from checker.check.intervals import Interval
from checker.check.kinds.growth import baseline
from checker.models import Claim, ClaimSet

_AMBIGUOUS_RISE = re.compile(r"\s?(?:나|이나|가량|정도)?\s?(?:증가|늘|성장|확대|급증)")


def readings(multiple: Claim, text_after: str) -> list[tuple[str, Interval]]:
    stated = Interval.of(multiple)
    if _AMBIGUOUS_RISE.match(text_after) and not multiple.text.endswith("로"):
        return [("×N", stated), ("+N×100%", stated.shift(1.0))]
    return [("×N", stated)]


class Multiple(CheckKind):
    name = "multiple"

    def run_document(self, claimset: ClaimSet, params, ctx: Context) -> Iterable[Draft]:
        index = ClaimIndex(claimset)
        text = claimset.document.text
        for multiple in claimset.claims:
            if multiple.kind != "multiple" or not multiple.change_of or not is_fact(multiple):
                continue
            value = index.by_id.get(multiple.change_of)
            prior = baseline(index, multiple, value) if value else None
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
