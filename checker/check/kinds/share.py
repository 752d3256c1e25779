"""Shares of one whole by disjoint parts cannot add up to more than 100%.

Only shares the text makes parts of the same whole count: the same market
(`중국의 AI 반도체 시장에서`, `in China's smartphone market`), the same period,
and different parts (different companies, or `수입산` and `중국산`).
"""

from __future__ import annotations

from collections.abc import Iterable

from checker.check import formatting as fmt
from checker.check.base import CheckKind, Context, Draft, claim_ref
from checker.check.facts import is_fact
from checker.check.intervals import Interval
from checker.models import Claim, ClaimSet
from checker.periods import period_string


def part_of(claim: Claim) -> str | None:
    """`수입산 비중`, `중국산 점유율`: the words before the metric name the part; else who."""
    if claim.label:
        return claim.label
    if claim.scope:
        return claim.scope
    if claim.entities and "entities" not in claim.guesses:
        return "/".join(claim.entities)
    return None


# Shares are percents, or fractions in words (`one-third to two-thirds`, `3분의 1과 3분의 2`).
_SHARE_KINDS = ("percent", "fraction")


def _percent(bound: float, claim: Claim) -> float:
    """A share's bound in percent: a fraction (two-thirds is 0.667) counts a hundred times."""
    return bound * 100 if claim.kind == "fraction" else bound


def _same_whole(whole: str) -> str:
    """`market:중국 AI 반도체` and `market:중국 ai반도체` name one market: spacing and case aside."""
    return "".join(whole.split()).casefold()


class Share(CheckKind):
    name = "share"

    def run_document(self, claimset: ClaimSet, params, ctx: Context) -> Iterable[Draft]:
        wholes: dict[tuple, dict[str, Claim]] = {}
        for claim in claimset.claims:
            if claim.role != "share" or claim.kind not in _SHARE_KINDS or not is_fact(claim) or not claim.whole:
                continue
            listed = claim.whole.startswith(("list:", "of:"))  # a listed run, or shares of one stated total
            if not listed and claim.metric != "share":
                continue
            whole, part = claim.whole, part_of(claim)
            if not (part and (claim.period or listed)):
                continue
            wholes.setdefault((_same_whole(whole), claim.period, claim.forecast), {}).setdefault(part, claim)
        for (_, period, _), parts in wholes.items():
            if len(parts) < 2:
                continue
            claims = list(parts.values())
            whole = claims[0].whole  # as the article first writes it
            total = Interval(sum(_percent(c.low, c) for c in claims), sum(_percent(c.high, c) for c in claims))
            passed = total.lo <= 100
            if passed and not ctx.show_passed:
                continue
            lang = ctx.lang
            market = whole.split(":", 1)[1] if whole.startswith("market:") else None
            if lang == "ko":
                shown = f"{market} 시장" if market else "이 목록"
                when = f"{fmt.period(period, lang)} " if period else ""
            else:
                shown = f"the {market} market" if market else "the list"
                when = f" in {fmt.period(period, lang)}" if period else ""
            nl = ctx.notation(claims[-1])
            fields = {
                "whole": shown,
                "period": when,
                # a fraction in words as written (`one-third`): its value alone (0.333333) reads as no share
                "terms": " + ".join(fmt.stated(c, nl, lang) if c.kind == "percent" else c.text.strip() for c in claims),
                "total": fmt.about(total, "percent", nl, lang),
            }
            evidence = {
                "whole": whole,
                "period": period_string(period),
                "parts": {p: [_percent(c.low, c), _percent(c.high, c)] for p, c in parts.items()},
                "sum": [total.lo, total.hi],
            }
            yield Draft(
                claim_ref(ctx, claims[-1], f"shares add up to {fields['total']}"),
                fields,
                evidence,
                related=[claim_ref(ctx, c, p) for p, c in list(parts.items())[:-1]],
                guessed=any(c.guesses for c in claims),
                passed=passed,
            )
