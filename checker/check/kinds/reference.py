"""Claims against a desk's reference facts (`--facts FILE`): the finding names the source."""

from __future__ import annotations

from collections.abc import Iterable

from checker.check import formatting as fmt
from checker.check.base import CheckKind, Context, Draft, claim_ref
from checker.check.facts import is_fact
from checker.check.suggest import fix, keep
from checker.models import ClaimSet
from checker.periods import Period


class Reference(CheckKind):
    name = "reference"

    def run_document(self, claimset: ClaimSet, params, ctx: Context) -> Iterable[Draft]:
        if not ctx.facts:
            return
        # A fact's period is written in the desk's file; one the forms do not know matches no claim.
        facts = {(f.entity, f.metric, period, f.unit): f for f in ctx.facts if (period := Period.parse(f.period))}
        for claim in claimset.claims:
            if not is_fact(claim) or claim.role == "change" or claim.forecast or len(claim.entities) != 1:
                continue
            fact = facts.get((claim.entities[0], claim.metric, claim.period, claim.unit))
            if fact is None:
                continue
            known = fact.interval()
            passed = known.overlaps(claim.interval)
            if passed and not ctx.show_passed:
                continue
            lang, nl = ctx.lang, ctx.notation(claim)
            period = fmt.period(fact.period, lang)
            # Korean sets the period in parentheses against the word (`영업이익(2024년 상반기)`).
            fields = {
                "fact": f"{fmt.entity_word(fact.entity, lang)} {fmt.metric_word(fact.metric, lang)}"
                + (f"({period})" if lang == "ko" else f" {period}"),
                "known": fmt.interval(known, fact.unit, nl),
                "stated": fmt.stated(claim, nl, lang),
                "source": fact.source + (f" ({fact.note})" if fact.note else ""),
            }
            evidence = {"fact": fact.model_dump(), "known": [known.lo, known.hi], "stated": [claim.low, claim.high]}
            fixes = (
                []
                if passed
                else keep(
                    fix(
                        ctx,
                        claim,
                        known,
                        "value",
                        label=(
                            f"{fact.source}에 맞추려면 기사의 값"
                            if lang == "ko"
                            else f"to agree with {fact.source}, the figure"
                        ),
                    )
                )
            )
            yield Draft(
                claim_ref(ctx, claim, f"{fact.source}: {fields['known']}"),
                fields,
                evidence,
                guessed=bool(claim.guesses),
                passed=passed,
                dated=True,
                fixes=fixes,
            )
