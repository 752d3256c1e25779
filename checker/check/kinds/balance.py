"""A balance and its two sides: exports − imports = the trade balance (`수출 530억달러, 수입 510억달러로
무역수지는 20억달러 흑자`, `exports of $42.5bn and imports of $45.1bn … a trade deficit of $2.6bn`).

The rule names the three metrics. For each stated balance, the sides are the nearest figures of
those metrics in its sentence, of the same unit and the same standing (a figure of the period, or an
earlier one it is compared with), and of the same entity where both name one. A side stated in
another sentence is taken only under stricter terms (`_side_apart`): the balance's period written,
not assumed, and one figure of the side's metric for that period in the article. A
balance the link stage read as a deficit (`적자`, `deficit`) is negative. Sides of another period
are a reading: a conflict is a warning.

With `check = "priors"`, the balance a period earlier against the figures its sides changed from: `exports fell
to $29.1bn from $29.3bn … imports rose to $42.8bn from $40.0bn … the deficit widened to $13.7bn from $10.7bn`
(`수출은 A에서 B로, 수입은 C에서 D로 … 무역수지 적자는 E에서 F로`): the earlier balance is the one compared with in
the balance's sentence, dated a year (or the sides' basis) before it, and each side's figure changed from is the
one its change names (`from`, `에서`). All three stand in other clauses: always a reading, so a warning.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Literal

from checker.check import formatting as fmt
from checker.check.base import CheckKind, Context, Draft, KindParams, claim_ref
from checker.check.intervals import Interval
from checker.check.suggest import fix, keep
from checker.models import Claim, ClaimSet

_EARLIER = ("prior", "baseline")
# how many sentences before a balance whose period is carried (not written) its sides may stand
_SENTENCES_BEFORE = 3


class BalanceParams(KindParams):
    balance: str | None = None  # metric id of the balance (trade_balance)
    plus: str | None = None  # what it adds (exports)
    minus: str | None = None  # what it takes away (imports)
    # stated: a balance against its sides; priors: the balance a period earlier against what the sides changed from
    check: Literal["stated", "priors"] = "stated"


def _standing(claim: Claim) -> str:
    return "earlier" if claim.role in _EARLIER else "current"


class Balance(CheckKind):
    name = "balance"
    Params = BalanceParams

    def run_document(self, claimset: ClaimSet, params: BalanceParams, ctx: Context) -> Iterable[Draft]:
        if not (params.balance and params.plus and params.minus):
            return
        deficits = set(claimset.deficits)
        if params.check == "priors":
            yield from _priors(claimset, params, ctx, deficits)
            return
        figures = [
            c for c in claimset.claims if c.kind == "money" and not c.furniture and c.role in ("value", *_EARLIER)
        ]
        for balance in figures:
            if balance.metric != params.balance:
                continue
            plus = _side(figures, balance, params.plus)
            minus = _side(figures, balance, params.minus)
            if plus is None or minus is None:
                continue
            computed, stated, deficit = _signed(balance, plus, minus, deficits)
            if computed.overlaps(stated) and not ctx.show_passed:
                continue
            other_period = len({c.period for c in (plus, minus, balance)}) > 1
            guessed = other_period or bool(balance.guesses or plus.guesses or minus.guesses)
            yield _draft(ctx, balance, plus, minus, computed, stated, deficit, guessed=guessed)


def _draft(
    ctx: Context,
    balance: Claim,
    plus: Claim,
    minus: Claim,
    computed: Interval,
    stated: Interval,
    deficit: bool,
    *,
    guessed: bool,
) -> Draft:
    passed = computed.overlaps(stated)
    lang, nl = ctx.lang, ctx.notation(balance)
    side = ("적자" if deficit else "흑자") if lang == "ko" else ("deficit" if deficit else "surplus")
    fields = {
        "plus": fmt.stated(plus, nl, lang),
        "minus": fmt.stated(minus, nl, lang),
        "computed": fmt.about(computed, balance.unit, nl, lang),
        "balance": f"{fmt.stated(balance, nl, lang)} {side}",
    }
    evidence = {
        "plus": [plus.low, plus.high],
        "minus": [minus.low, minus.high],
        "balance": [stated.lo, stated.hi],
        "computed": [computed.lo, computed.hi],
        "calculation": [f"{fields['plus']} − {fields['minus']} = {fields['computed']}"],
    }
    fixes = [] if passed or deficit else keep(fix(ctx, balance, computed, "balance"))
    return Draft(
        claim_ref(ctx, balance, f"{fields['plus']} − {fields['minus']} = {fields['computed']}"),
        fields,
        evidence,
        related=[
            claim_ref(ctx, plus, "더하는 값" if lang == "ko" else "plus"),
            claim_ref(ctx, minus, "빼는 값" if lang == "ko" else "minus"),
        ],
        guessed=guessed,
        passed=passed,
        fixes=fixes,
    )


def _priors(claimset: ClaimSet, params: BalanceParams, ctx: Context, deficits: set[str]) -> Iterable[Draft]:
    """The balance a period earlier, against the figures its sides changed from (module docstring)."""
    by_id = {c.id: c for c in claimset.claims}
    changes: dict[str, list[Claim]] = {}
    for claim in claimset.claims:
        if claim.role == "change" and claim.change_of and not claim.furniture:
            changes.setdefault(claim.change_of, []).append(claim)
    figures = [c for c in claimset.claims if c.kind == "money" and not c.furniture and c.role in ("value", *_EARLIER)]
    for balance in figures:
        if balance.metric != params.balance or balance.role != "value" or balance.period is None:
            continue
        plus = _side(figures, balance, params.plus)
        minus = _side(figures, balance, params.minus)
        if plus is None or minus is None:
            continue
        sides = [_changed_from(side, changes.get(side.id, []), by_id) for side in (plus, minus)]
        if sides[0] is None or sides[1] is None:
            continue
        (plus_from, plus_basis), (minus_from, minus_basis) = sides
        bases = {b for b in (plus_basis, minus_basis) if b is not None}
        if len(bases) > 1 or plus_from.unit != balance.unit or minus_from.unit != balance.unit:
            continue
        earlier = balance.period.previous(bases.pop() if bases else "year")
        prior = _earlier_balance(figures, balance, earlier)
        if prior is None:
            continue
        computed, stated, deficit = _signed(prior, plus_from, minus_from, deficits)
        if computed.overlaps(stated) and not ctx.show_passed:
            continue
        yield _draft(ctx, prior, plus_from, minus_from, computed, stated, deficit, guessed=True)


def _signed(balance: Claim, plus: Claim, minus: Claim, deficits: set[str]) -> tuple[Interval, Interval, bool]:
    """The balance its two sides give, the balance as stated with a deficit's sign, and whether it is a deficit."""
    deficit = balance.id in deficits
    stated = Interval.of(balance).scale(-1.0) if deficit else Interval.of(balance)
    return Interval.of(plus) - Interval.of(minus), stated, deficit


def _changed_from(side: Claim, changes: list[Claim], by_id: dict[str, Claim]) -> tuple[Claim, str | None] | None:
    """The one figure a side's changes name as what it changed from, with their basis."""
    named = {c.compared_to for c in changes if c.compared_to in by_id}
    if len(named) != 1:
        return None
    earlier = by_id[named.pop()]
    if earlier.role not in _EARLIER or earlier.metric not in (None, side.metric):
        return None
    bases = {c.basis for c in changes if c.basis is not None}
    return earlier, (bases.pop() if len(bases) == 1 else None)


def _earlier_balance(figures: list[Claim], balance: Claim, period) -> Claim | None:
    """The one figure of the balance's metric compared with in its sentence, dated `period`."""
    found = [
        c
        for c in figures
        if c.metric == balance.metric
        and c.role in _EARLIER
        and c.sentence == balance.sentence
        and c.unit == balance.unit
        and c.forecast == balance.forecast
        and c.period == period
        and (not c.entities or not balance.entities or c.entities == balance.entities)
    ]
    return found[0] if len(found) == 1 else None


def _side(figures: list[Claim], balance: Claim, metric: str) -> Claim | None:
    """The nearest figure of a side's metric in the balance's sentence, of its unit, standing and entity."""
    found = [
        c
        for c in figures
        if c.metric == metric
        and c.unit == balance.unit
        and c.sentence == balance.sentence
        and _standing(c) == _standing(balance)
        and c.forecast == balance.forecast
        and (not c.entities or not balance.entities or c.entities == balance.entities)
    ]
    if found:
        return min(found, key=lambda c: abs(c.start - balance.start))
    return _side_apart(figures, balance, metric)


def _side_apart(figures: list[Claim], balance: Claim, metric: str) -> Claim | None:
    """`Japan posted a ¥40bn trade deficit in May. … Exports fell 11% to ¥5.1tn in May. Imports …`: a
    side stated in another sentence, taken only for a balance of the period it names (or, carried from the
    sentences before it, from those three sentences) and when the article states one figure of the side's
    metric, of that period, unit and entity: a balance's sides stated apart were measured to pair with figures of other
    periods and wholes, which exact periods and a single candidate rule out. A figure compared with
    (a prior) is left alone: its period is the one it is compared from as often as its own."""
    if balance.period is None or _standing(balance) != "current":
        return None
    # `수출은 A … 수입은 B … 이에 따라 무역수지는 C 흑자`: a balance whose period is carried from the sentences
    # before it takes its sides only from those sentences, where the period it carries is written
    near = "period" in balance.guesses
    found = [
        c
        for c in figures
        if c.metric == metric
        and (not near or 0 < balance.sentence - c.sentence <= _SENTENCES_BEFORE)
        and "metric" not in c.guesses
        and c.unit == balance.unit
        and c.period == balance.period
        and _standing(c) == "current"
        and c.forecast == balance.forecast
        and (not c.entities or not balance.entities or c.entities == balance.entities)
    ]
    # (A part of the side, `car exports`, is another figure of its metric: the side is then not known;
    # alone, it is no side. The words a segment is read from vary, so one figure of either counts, unless
    # the figure of the balance's own segment is larger than each of the others: a part is less than its
    # whole, so `oil imports` of $11bn beside imports of $43bn leave the $43bn the side.)
    own = [c for c in found if c.scope == balance.scope]
    if len({c.value for c in own}) != 1:
        return None
    if any(c.scope != balance.scope and c.high >= own[0].low for c in found):
        return None
    return own[0]
