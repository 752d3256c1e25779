"""Parts of a named group add up to the group's stated total, for the stated
period and for the prior period the parts' growth rates imply."""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Iterable
from typing import Literal

from checker.check import formatting as fmt
from checker.check.base import CheckKind, Context, Draft, KindParams, claim_ref
from checker.check.facts import ClaimIndex, is_fact
from checker.check.intervals import Interval
from checker.check.kinds.growth import growth_factor
from checker.check.suggest import fix, keep
from checker.models import Claim, ClaimSet
from checker.periods import Period, period_string


class SumParams(KindParams):
    check: Literal["stated", "derived_prior", "derived_growth"] = "stated"
    # A count of things written to the unit (`12 cars`, `19명`) is that whole number, not 11.5–12.5: a list of such
    # counts adds up exactly. False: every figure is its rounding interval.
    whole_counts: bool = True


def stated_parts(index: ClaimIndex, total: Claim) -> list[Claim] | None:
    parts = []
    for entity in total.entities:
        found = index.values(total, entities=(entity,))
        if not found:
            return None
        parts.append(found[0])
    return parts


def _next_period(period: Period | None) -> Period | None:
    """The same period a year later: the totals whose growth rates a stated total's parts imply."""
    return period.later(1) if period else None


def derived_priors(index: ClaimIndex, total: Claim) -> list[tuple[Claim, Claim, Interval]] | None:
    """(value, growth, derived prior) per member: value ÷ (1 + growth) for the next period."""
    out = []
    current = _next_period(total.period)
    for entity in total.entities:
        values = index.values(total, period=current, entities=(entity,))
        growth = index.growth_of(values[0]) if values else None
        if growth is None:
            return None
        out.append((values[0], growth, Interval.of(values[0]) / growth_factor(growth)))
    return out


class Sum(CheckKind):
    name = "sum"
    Params = SumParams

    def run_document(self, claimset: ClaimSet, params: SumParams, ctx: Context) -> Iterable[Draft]:
        index = ClaimIndex.of(claimset)
        if params.check == "stated":
            yield from self._linked(index, ctx, frozenset(claimset.deficits), whole=params.whole_counts)
        for total in index.totals():
            if params.check == "stated":
                parts = stated_parts(index, total)
                if parts:
                    yield from self._compare(total, [(p, Interval.of(p)) for p in parts], ctx, derived=False)
            elif params.check == "derived_growth":
                yield from self._weighted_growth(index, total, ctx)
            elif stated_parts(index, total) is None and not self._current_total_fails(index, total):
                derived = derived_priors(index, total)
                if derived:
                    pairs = [(value, prior) for value, _, prior in derived]
                    yield from self._compare(total, pairs, ctx, derived=True, growths=[g for _, g, _ in derived])

    def _linked(
        self, index: ClaimIndex, ctx: Context, deficits: frozenset[str] = frozenset(), *, whole: bool = False
    ) -> Iterable[Draft]:
        """Totals whose parts the text lists (the link stage's `part_of`)."""
        for total_id, listed in index.parts_of.items():
            total = index.by_id.get(total_id)
            if total is None or not is_fact(total):
                continue
            for parts in _lists(listed):
                if parts[0].part_list and parts[0].part_list.startswith(_BALANCES):
                    yield from self._balances(total, parts, ctx, deficits)
                else:
                    yield from self._listed_sum(total, parts, ctx, whole=whole)
        for total_id, seats in index.tallies.items():
            # A party's total and its seats by race (checker/link/seat_tallies.py): each figure counts once, even
            # one written once for several parties (`A당과 B당이 각각 b석`).
            total = index.by_id.get(total_id)
            if total is not None and is_fact(total) and len(seats) > 1:
                yield from self._listed_sum(total, seats, ctx, once=True, whole=whole)

    def _balances(self, total: Claim, parts: list[Claim], ctx: Context, deficits: frozenset[str]) -> Iterable[Draft]:
        """A balance and the balances it is the sum of (checker/link/balance_parts.py): each figure is written
        without its sign, which the words give (`적자`, a deficit, is negative)."""

        def signed(claim: Claim) -> Interval:
            return Interval.of(claim).negate() if claim.id in deficits else Interval.of(claim)

        pairs = [(p, signed(p)) for p in parts]
        yield from self._compare(total, pairs, ctx, derived=False, stated=signed(total), minus=deficits)

    def _listed_sum(
        self, total: Claim, parts: list[Claim], ctx: Context, *, once: bool = False, whole: bool = False
    ) -> Iterable[Draft]:
        signed = _signed(total, parts) if not once else None
        if signed is not None:
            # Changes by part (`A 증가한 반면 B 감소`): they add up, with their signs, to the whole's change.
            stated, pairs = signed
            yield from self._compare(total, pairs, ctx, derived=False, stated=stated)
            return
        counted = [(p, _as_stated(p, whole) if once else _counted(p, whole)) for p in parts]
        stated = _as_stated(total, whole)
        for draft in self._compare(total, counted, ctx, derived=False, once=once, stated=stated, signed=False):
            added = Interval(*draft.evidence["sum"])
            # The list stated next to its total is open by the total's marks; another breakdown, by its own.
            listed_open = total.open_list if once or parts[0].part_list is None else parts[0].part_list_open
            if not draft.passed and listed_open and added.hi < stated.lo:
                # `A, B 등 T`, `T includes A and B`: the list may name only some of the parts, so
                # what holds is that they do not exceed the total (an excess is still an error).
                draft.passed, draft.fixes, draft.severity = True, [], None
                draft.notes.append(
                    "note: 목록은 부분의 일부만 나열합니다. 나머지가 합계를 채웁니다"
                    if ctx.lang == "ko"
                    else "note: the list names some of the parts; the rest make up the total"
                )
            yield draft

    def _current_total_fails(self, index: ClaimIndex, total: Claim) -> bool:
        """One wrong part breaks both sums; report it once, on the stated period."""
        current = index.values(total, period=_next_period(total.period))
        for group_total in current:
            parts = stated_parts(index, group_total)
            added = sum((Interval.of(p) for p in parts[1:]), Interval.of(parts[0])) if parts else None
            if added is not None and not added.overlaps(Interval.of(group_total)):
                return True
        return False

    def _compare(
        self,
        total: Claim,
        parts: list[tuple[Claim, Interval]],
        ctx: Context,
        *,
        derived: bool,
        growths: list[Claim] | None = None,
        stated: Interval | None = None,
        signed: bool | None = None,
        once: bool = False,
        minus: frozenset[str] = frozenset(),
    ) -> Iterable[Draft]:
        added = parts[0][1]
        for _, interval in parts[1:]:
            added = added + interval
        if signed is None:
            signed = stated is not None  # changes by part: each counted with the sign of its direction
        stated = stated if stated is not None else _as_stated(total)
        passed = added.overlaps(stated)
        if passed and not ctx.show_passed:
            return
        lang, nl = ctx.lang, ctx.notation(total)
        terms = " + ".join(
            _stated_times(p, nl, lang, once) if not derived else fmt.about(iv, total.unit, nl, lang) for p, iv in parts
        )
        if signed:
            terms = ""
            for n, (part, _) in enumerate(parts):
                sign = "−" if part.direction < 0 or part.id in minus else "+" if n else ""
                terms += f" {sign} {_stated_times(part, nl, lang)}" if n else f"{sign}{_stated_times(part, nl, lang)}"
        fields = {
            "parts": fmt.about(added, total.unit, nl, lang),
            "total": fmt.stated(total, nl, lang),
            "terms": terms,
            "period": fmt.period(total.period, lang) if total.period else ("이 목록" if lang == "ko" else "the list"),
            "members": fmt.entities_word(total.entities, lang),
        }
        evidence = {
            "parts": {_label(p): [iv.lo, iv.hi] for p, iv in parts},
            "sum": [added.lo, added.hi],
            "total": [stated.lo, stated.hi],
            "period": period_string(total.period),
            "derived_prior": derived,
            "calculation": [f"{terms} = {fields['parts']}"],
        }
        related = [claim_ref(ctx, p, _part_note(p, iv, total, derived, nl, lang)) for p, iv in parts]
        if growths:
            related += [claim_ref(ctx, g, _growth_label(g, lang)) for g in growths]
        fixes = []
        if not passed:
            fixes.append(fix(ctx, total, added, "total", magnitude=signed))
            if not derived and len(parts) > 1:
                # Each part: the total less the other parts.
                for n, (part, _interval) in enumerate(parts):
                    others = [iv for m, (_, iv) in enumerate(parts) if m != n]
                    rest = others[0]
                    for iv in others[1:]:
                        rest = rest + iv
                    label = _part_words(part, lang)
                    target = (stated - rest).scale(1 if once else 1 / part.part_times)  # `각 d석`: each member's figure
                    fixes.append(fix(ctx, part, target, "value", label=label, magnitude=signed))
        # Members found by position, not by name, are a guess.
        guessed = any(p.guesses for p, _ in parts) or bool(total.guesses)
        yield Draft(
            claim_ref(ctx, total, f"parts add up to {fields['parts']}"),
            fields,
            evidence,
            related=related,
            guessed=guessed,
            passed=passed,
            fixes=keep(*fixes),
        )

    def _weighted_growth(self, index: ClaimIndex, total: Claim, ctx: Context) -> Iterable[Draft]:
        """A total's growth rate against its parts' values and rates (a weighted average)."""
        growth = index.growth_of(total)
        if growth is None or total.role != "value":
            return
        # With the prior total stated, the growth check (F301) and the derived prior (F303) see this
        # relation already; a wrong part is the sum's (F302). One wrong number, one finding.
        if index.prior_of(total, growth.basis or "year") is not None or self._current_total_fails(
            index, _prior_stub(total)
        ):
            return
        priors = []
        for entity in total.entities:
            values = index.values(total, entities=(entity,))
            rate = index.growth_of(values[0]) if values else None
            if rate is None:
                return
            priors.append((values[0], rate, Interval.of(values[0]) / growth_factor(rate)))
        prior_sum = priors[0][2]
        for _, _, prior in priors[1:]:
            prior_sum = prior_sum + prior
        implied = (Interval.of(total) / prior_sum).shift(-1.0).scale(100.0)
        stated = Interval.of(growth).negate() if growth.direction < 0 else Interval.of(growth)
        passed = implied.overlaps(stated)
        if passed and not ctx.show_passed:
            return
        lang, nl = ctx.lang, ctx.notation(total)
        fields = {
            "stated": fmt.stated(growth, nl, lang),
            "implied": fmt.about(implied, "percent", nl, lang),
            "total": fmt.stated(total, nl, lang),
            "prior": fmt.about(prior_sum, total.unit, nl, lang),
        }
        fixes = (
            []
            if passed
            else keep(fix(ctx, growth, implied, "fall" if growth.direction < 0 else "rise", magnitude=True))
        )
        evidence = {
            "stated": [growth.low, growth.high],
            "implied": [implied.lo, implied.hi],
            "prior_sum": [prior_sum.lo, prior_sum.hi],
            "calculation": [
                " + ".join(
                    f"{fmt.stated(v, nl, lang)} ÷ (1 + {fmt.amount(r.value, 'percent', nl)})" for v, r, _ in priors
                )
                + f" = {fields['prior']}",
                f"{fields['total']} ÷ {fields['prior']} − 1 = {fields['implied']}",
            ],
        }
        related = [claim_ref(ctx, total, "total")] + [claim_ref(ctx, r, _growth_label(v, lang)) for v, r, _ in priors]
        yield Draft(
            claim_ref(ctx, growth, f"the parts imply {fields['implied']}"),
            fields,
            evidence,
            related=related,
            guessed=bool(growth.guesses or total.guesses or any(v.guesses for v, _, _ in priors)),
            passed=passed,
            fixes=fixes,
        )


# The part list of a balance's balances (checker/link/balance_parts.py): added with their signs.
_BALANCES = "balances:"


def _lists(parts: list[Claim]) -> list[list[Claim]]:
    """A total's parts, one list per breakdown the text states (by region, by size …)."""
    lists: dict[str | None, list[Claim]] = {}
    for part in parts:
        lists.setdefault(part.part_list, []).append(part)
    return list(lists.values())


def _as_stated(claim: Claim, whole: bool = False) -> Interval:
    """A listed figure as the text states it. A cap (`옵션 최대 b억원`, `up to $T`) stands for the figure it names: a
    total counts each option at its most (`총액 T` with `옵션 최대 b`, `최대 T` with `옵션 b`), so a cap read as
    any amount below it would let every shortfall and a part raised past the total pass (as the share of a cap,
    checker/check/kinds/ratio.py)."""
    quantity = claim.quantity
    if quantity.qualifier == "atmost" and quantity.step and math.isfinite(quantity.value):
        return Interval.rounding(quantity.value, quantity.step)
    if whole and _whole_count(claim):
        return Interval(quantity.value, quantity.value)
    return Interval.of(claim)


def _whole_count(claim: Claim) -> bool:
    """A count of things written to the unit with no hedge (`12 cars`, `1,234 visitors`, `19명`): things counted
    one by one come in whole numbers, so the figure is exact. A per-unit figure is an average and keeps its rounding;
    so does a count written to tens or thousands (`120 cars`, `2만4천 명`), which may be rounded."""
    quantity = claim.quantity
    return (
        quantity.unit == "count"
        and quantity.step == 1.0
        and quantity.qualifier is None
        and quantity.value.is_integer()
        and claim.per_unit_of is None
        and quantity.low == quantity.value - 0.5
        and quantity.high == quantity.value + 0.5
    )


def _counted(part: Claim, whole: bool = False) -> Interval:
    """A part's interval, counted once for each member it stands for (`D당과 E당 각 d석`)."""
    interval = _as_stated(part, whole)
    return interval.scale(part.part_times) if part.part_times > 1 else interval


def _stated_times(part: Claim, notation, lang: str, once: bool = False) -> str:
    stated = fmt.stated(part, notation, lang)
    return f"{stated} × {part.part_times}" if part.part_times > 1 and not once else stated


def _signed(total: Claim, parts: list[Claim]) -> tuple[Interval, list[tuple[Claim, Interval]]] | None:
    """A change and its changes by part, each interval signed by its direction; None for other lists."""
    if total.role != "change" or any(p.role != "change" for p in parts):
        return None
    if not total.direction or any(not p.direction for p in parts):
        return None

    def signed(claim: Claim) -> Interval:
        interval = _counted(claim)
        return interval.negate() if claim.direction < 0 else interval

    return signed(total), [(p, signed(p)) for p in parts]


def _part_words(claim: Claim, lang: str) -> str | None:
    """`삼성전자의 값` / `Samsung Electronics's figure`: a part named by who it is of."""
    if not claim.entities:
        return None
    who = fmt.entities_word(claim.entities, lang)
    return f"{who}의 값" if lang == "ko" else f"{who}'s figure"


def _part_note(part: Claim, added: Interval, total: Claim, derived: bool, nl: str, lang: str) -> str:
    """What a part's span is labelled with: whose it is and the value added (`Harbin: 3억 4000만원`); a part named by
    nothing but its own figure is labelled with the value alone (not `200,000 tonnes: 200,000 tonnes`)."""
    shown = fmt.about(added, total.unit, nl, lang) if derived else fmt.stated(part, nl, lang)
    label = _label(part, lang)
    return shown if label == part.text.strip() and not derived else f"{label}: {shown}"


def _label(claim: Claim, lang: str | None = None) -> str:
    """Who a part is of: an entity id in the evidence (`lang` None), its name in a label."""
    if claim.entities:
        return fmt.entity_word(claim.entities[0], lang) if lang else claim.entities[0]
    return claim.scope or claim.text.strip()


def _growth_label(claim: Claim, lang: str) -> str:
    who = fmt.entity_word(claim.entities[0], lang) if claim.entities else ""
    return f"{who} 증가율" if lang == "ko" else f"{who} growth"


def _prior_stub(total: Claim) -> Claim:
    """The total a year earlier, as a key for `_current_total_fails` (which looks a year ahead)."""
    return dataclasses.replace(total, period=total.period.previous() if total.period else None)
