"""Superlatives against the figures stated for the compared entities:
`가장 억제했다` (the least), `the largest` — the ranked figure must be the extreme."""

from __future__ import annotations

from collections.abc import Iterable

from checker.check import formatting as fmt
from checker.check.base import CheckKind, Context, Draft, claim_ref
from checker.check.facts import is_fact
from checker.check.intervals import Interval
from checker.models import Claim, ClaimSet


def _signed(claim: Claim) -> Interval:
    """A fall ranks below a rise: `24% 감소` is −24%."""
    stated = Interval.of(claim)
    return stated.negate() if claim.role == "change" and claim.direction < 0 else stated


def _peers(claimset: ClaimSet, ranked: Claim) -> list[Claim]:
    return [
        c
        for c in claimset.claims
        if c is not ranked
        and is_fact(c)
        and c.metric == ranked.metric
        and c.period == ranked.period
        and c.kind == ranked.kind
        and c.unit == ranked.unit
        and c.role == ranked.role
        and len(c.entities) == 1
        and c.entities != ranked.entities
        and c.forecast == ranked.forecast
    ]


class Superlative(CheckKind):
    name = "superlative"

    def run_document(self, claimset: ClaimSet, params, ctx: Context) -> Iterable[Draft]:
        # One superlative may rank a level or its change (`가장 억제했다`): it is wrong only when
        # every figure it could rank is beaten.
        readings: dict[tuple, list[tuple[Claim, list[Claim], list[Claim]]]] = {}
        for ranked in claimset.claims:
            if not ranked.superlative or not is_fact(ranked) or len(ranked.entities) != 1 or not ranked.metric:
                continue
            peers = _peers(claimset, ranked)
            if not peers:
                continue
            here = _signed(ranked)
            if ranked.superlative == "max":
                beaten = [p for p in peers if _signed(p).lo > here.hi]
            else:
                beaten = [p for p in peers if _signed(p).hi < here.lo]
            readings.setdefault((ranked.sentence, tuple(ranked.entities)), []).append((ranked, peers, beaten))
        for group in readings.values():
            passed = any(not beaten for _, _, beaten in group)
            ranked, peers, beaten = next(((r, p, b) for r, p, b in group if not b), group[0]) if passed else group[0]
            here = _signed(ranked)
            if passed and not ctx.show_passed:
                continue
            lang, nl = ctx.lang, ctx.notation(ranked)
            shown = beaten or peers
            largest = ranked.superlative == "max"
            fields = {
                "entity": fmt.entity_word(ranked.entities[0], lang),
                "value": _signed_words(ranked, nl, lang),
                "rank": ("가장 큰 값" if largest else "가장 작은 값")
                if lang == "ko"
                else ("the largest" if largest else "the smallest"),
                "peers": ", ".join(
                    f"{fmt.entity_word(p.entities[0], lang)} {_signed_words(p, nl, lang)}" for p in shown
                ),
            }
            evidence = {
                "ranked": [ranked.low, ranked.high],
                "direction": ranked.superlative,
                "peers": {p.entities[0]: [p.low, p.high] for p in shown},
            }
            yield Draft(
                claim_ref(ctx, ranked, f"{fields['rank']}?"),
                fields,
                evidence,
                related=[
                    claim_ref(ctx, p, f"{fmt.entity_word(p.entities[0], lang)}: {p.text.strip()}") for p in shown[:3]
                ],
                guessed=bool(ranked.guesses),
                passed=passed,
            )


def _signed_words(claim: Claim, notation: str, lang: str) -> str:
    text = fmt.stated(claim, notation, lang)
    return f"−{text}" if claim.role == "change" and claim.direction < 0 else text
