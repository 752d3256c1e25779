"""A rate stated with its value and no prior (a headline's `영업이익 3200억원…전년比 28% 증가`, a lead's
`profit rose 48% to $2.1bn`) whose value the article states again with its own rate and prior (`영업이익은
3200억원으로 전년 동기 2500억원보다 28.0% 늘었다`): the first rate is the second restated, rounded
or not, and is measured from the same prior.

The two values must be one figure as written (one unit, equal as written, no metric, period or forecast
apart); the restatement must be measured by exactly one rate of the same basis (year on year, quarter on
quarter), linked to a prior; and only one such restatement exists. A link across sentences is a guess.
"""

from __future__ import annotations

from checker.models import Claim


def borrow_restated_rate_priors(claims: list[Claim]) -> None:
    by_id = {c.id: c for c in claims}
    by_figure: dict[tuple, list[Claim]] = {}
    rates_of: dict[str, list[Claim]] = {}
    for claim in claims:
        if claim.furniture:
            continue
        by_figure.setdefault((claim.unit, claim.low, claim.high), []).append(claim)
        if claim.role == "change" and claim.kind == "percent" and claim.change_of:
            rates_of.setdefault(claim.change_of, []).append(claim)
    # A figure's statements with the one rate of a basis each carries, by figure as written and basis, found
    # once, not once per change (a figure repeated through a long article has hundreds of statements).
    single_rates: dict[tuple, list[tuple[Claim, Claim]]] = {}
    for change in claims:
        if change.role != "change" or change.kind != "percent" or change.compared_to or change.furniture:
            continue
        value = by_id.get(change.change_of or "")
        if value is None:
            continue
        priors = []
        basis = change.basis or "year"
        key = (value.unit, value.low, value.high, basis)
        rated = single_rates.get(key)
        if rated is None:
            rated = single_rates[key] = []
            for other in by_figure.get(key[:3], []):
                # `전년 동기보다 28.0%, 직전 분기보다 6.7%`: the restated rate is the one of the same basis.
                rates = [r for r in rates_of.get(other.id, []) if (r.basis or "year") == basis]
                if len(rates) == 1:
                    rated.append((other, rates[0]))
        for other, rate in rated:
            # (its prior read now: a change earlier in this loop may have been given one)
            if (
                rate.compared_to
                and other.id != value.id
                and other.sentence != value.sentence
                and _same_figure(other, value)
            ):
                priors.append(rate.compared_to)
                if len(priors) > 1:
                    break  # (not one restatement: the rest need not be read)
        if len(priors) == 1:
            change.compared_to = priors[0]
            if "relation" not in change.guesses:
                change.guesses.append("relation")


def _same_figure(other: Claim, value: Claim) -> bool:
    return (
        other.role == "value"
        and other.unit == value.unit
        and (other.metric == value.metric if other.metric and value.metric else True)
        and (other.period == value.period if other.period and value.period else True)
        and other.forecast == value.forecast
    )
