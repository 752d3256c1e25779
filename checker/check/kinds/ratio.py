"""Ratios stated with their parts: a margin with its profit and revenue
(`영업이익률 7.3%`), a share of a stated total (`전체의 54%`), a part larger than its whole, a figure
per unit or per shorter period with the total it divides (`1인당 25만원`, `£500,000 a week`)."""

from __future__ import annotations

import math
from collections.abc import Iterable
from typing import Literal

from checker.check import formatting as fmt
from checker.check.base import CheckKind, Context, Draft, KindParams, claim_ref
from checker.check.facts import ClaimIndex, is_fact
from checker.check.intervals import Interval
from checker.check.suggest import fix, keep
from checker.extract.units import base_unit
from checker.models import Claim, ClaimSet


class RatioParams(KindParams):
    check: Literal["defined", "of_total", "part_exceeds_whole", "per_unit", "inverse"] = "defined"
    ratio: str | None = None  # metric id of the ratio (e.g. operating_margin)
    numerator: str | None = None
    denominator: str | None = None
    # more ratios checked the same way, each [ratio, numerator, denominator] (`net_margin`, `net_profit`, `revenue`)
    definitions: list[tuple[str, str, str]] = []
    scale: float = 100.0  # percent
    # per_unit: how many shorter periods a longer one holds, low and high (`year/week` = [52, 52.18])
    periods: dict[str, tuple[float, float]] = {}


def _as_stated(claim: Claim) -> Interval:
    """A figure of a share as the text states it. A cap (`최대 T의 계약`, `up to $T`) stands for
    the figure it names: the whole when every option is paid, the part at its most — the share is
    stated against that figure, not against any amount below it."""
    quantity = claim.quantity
    if quantity.qualifier == "atmost" and quantity.step and math.isfinite(quantity.value):
        return Interval.rounding(quantity.value, quantity.step)
    return Interval.of(claim)


class Ratio(CheckKind):
    name = "ratio"
    Params = RatioParams

    def run_document(self, claimset: ClaimSet, params: RatioParams, ctx: Context) -> Iterable[Draft]:
        if params.check == "defined":
            yield from self._defined(claimset, params, ctx)
        elif params.check == "per_unit":
            yield from self._per_unit(claimset, params, ctx)
        elif params.check == "inverse":
            yield from self._inverse(claimset, params, ctx)
        else:
            yield from self._of_total(claimset, ctx, params.check)

    def _defined(self, claimset: ClaimSet, params: RatioParams, ctx: Context) -> Iterable[Draft]:
        definitions = {ratio: (numerator, denominator) for ratio, numerator, denominator in params.definitions}
        if params.ratio and params.numerator and params.denominator:
            definitions[params.ratio] = (params.numerator, params.denominator)
        index = ClaimIndex.of(claimset)
        parts: set[str] | None = None  # the figures set beside their share of a whole (a segment of the metric)
        earlier_of: dict[tuple, set[str]] | None = None  # a figure → the earlier figures a change measures it from
        inferred: set[str] = set()  # rates of no period read as of the story's first figure's period
        for rate in claimset.claims:
            if rate.metric not in definitions or rate.kind != "percent" or rate.role == "change" or not is_fact(rate):
                continue
            numerator_metric, denominator_metric = definitions[rate.metric]
            numerator = _same_fact(index, rate, numerator_metric)
            # the revenue may stand a paragraph away, but only beside a profit of the margin's own paragraph
            if parts is None:  # (once per document, and only for a document with a rate to check)
                parts = {c.share_part for c in claimset.claims if c.share_part}
            denominator = _same_fact(index, rate, denominator_metric, beside=numerator, parts=parts, inferred=inferred)
            if numerator is None or denominator is None or numerator.unit != denominator.unit:
                continue
            earlier = ("prior", "baseline")
            if rate.role in earlier and numerator.role in earlier and denominator.role not in earlier:
                # `profit rose to 61 from 52, lifting the margin to 19% from 17.7%` with `revenue rose to 318 from
                # 297`: the earlier margin is of the earlier profit over the revenue this period's is measured from
                if earlier_of is None:
                    earlier_of = _earlier_figures(claimset)
                before = [index.by_id[i] for i in sorted(earlier_of.get(_fact_key(denominator), ()))]
                if len({c.value for c in before}) == 1 and numerator.unit == before[0].unit:
                    denominator = before[0]
            if rate.role in earlier and not (numerator.role in earlier and denominator.role in earlier):
                continue  # `widened to 12% from 11.1%`: the earlier margin is not of this period's figures
            computed = (Interval.of(numerator) / Interval.of(denominator)).scale(params.scale)
            yield from _compare(
                rate,
                computed,
                [numerator, denominator],
                ctx,
                f"{fmt.metric_word(numerator_metric, ctx.lang)} / {fmt.metric_word(denominator_metric, ctx.lang)}",
                guessed=rate.id in inferred,
            )

    def _per_unit(self, claimset: ClaimSet, params: RatioParams, ctx: Context) -> Iterable[Draft]:
        """A figure per unit (`1인당 25만원`) is the total over the count; one per shorter period
        (`£500,000 a week`) the yearly figure over the periods a year holds (the link stage ties them:
        `per_unit_of`, `units_of`, `period_ratio`)."""
        index = ClaimIndex.of(claimset)
        for figure in claimset.claims:
            total = index.by_id.get(figure.per_unit_of or "")
            if total is None or not is_fact(figure):
                continue
            count = index.by_id.get(figure.units_of or "")
            # a ratio of two like counts (`20대 1`: applicants per place) is a multiple of no unit
            like_counts = figure.unit == "multiple" and count is not None and count.unit == total.unit
            if total.unit != figure.unit and not like_counts:
                continue
            if count is not None and figure.units_measure:
                # (`9.8 tonnes a hectare` of `42,000 hectares`, held as 420 km²: the count in hectares)
                factor, base = base_unit(figure.units_measure)
                if count.unit != base:
                    continue
                divisor = Interval.of(count).scale(1.0 / factor)
            elif count is not None:
                divisor = Interval.of(count)
            elif figure.period_ratio in params.periods:
                divisor = Interval(*params.periods[figure.period_ratio])
            else:
                continue
            if divisor.lo <= 0:
                continue
            yield from _per_unit_draft(figure, total, count, divisor, ctx)
        for total in claimset.claims:
            # a total stated as a count at a price per unit stated elsewhere (`product_of`, `product_units`)
            price, count = index.by_id.get(total.product_of or ""), index.by_id.get(total.product_units or "")
            if price is None or count is None or not is_fact(total) or price.unit != total.unit:
                continue
            divisor = Interval.of(count)
            if price.units_measure:
                # (`$1,200 a tonne` valuing `80,000 tonnes`, held in kg: the count in tonnes)
                factor, base = base_unit(price.units_measure)
                if count.unit != base:
                    continue
                divisor = divisor.scale(1.0 / factor)
            if divisor.lo > 0:
                yield from _per_unit_draft(price, total, count, divisor, ctx)

    def _inverse(self, claimset: ClaimSet, params: RatioParams, ctx: Context) -> Iterable[Draft]:
        """A payout ratio is its dividend cover inverted: 100% ÷ the cover (`inverse_of`, linked by
        link/payout_cover.py; a cover of 2 times is a payout of 50%)."""
        index = ClaimIndex.of(claimset)
        for payout in claimset.claims:
            cover = index.by_id.get(payout.inverse_of or "")
            if cover is None or not is_fact(payout) or cover.low <= 0:
                continue
            computed = Interval(params.scale, params.scale) / Interval.of(cover)
            passed = computed.overlaps(Interval.of(payout))
            if passed and not ctx.show_passed:
                continue
            lang, nl = ctx.lang, ctx.notation(payout)
            fields = {
                "stated": fmt.stated(payout, nl, lang),
                "cover": cover.text.strip(),
                "computed": fmt.about(computed, "percent", nl, lang),
            }
            fixes = [] if passed else keep(fix(ctx, payout, computed, "ratio"))
            evidence = {
                "stated": [payout.low, payout.high],
                "cover": [cover.low, cover.high],
                "computed": [computed.lo, computed.hi],
                "calculation": [f"100% ÷ {fields['cover']} = {fields['computed']}"],
            }
            yield Draft(
                claim_ref(ctx, payout, f"implies {fields['computed']}"),
                fields,
                evidence,
                related=[claim_ref(ctx, cover, "dividend cover")],
                guessed=bool(payout.guesses or cover.guesses),
                passed=passed,
                fixes=fixes,
            )

    def _of_total(self, claimset: ClaimSet, ctx: Context, check: str) -> Iterable[Draft]:
        """A share the link stage tied to its part and whole (`share_part`, `share_whole`)."""
        index = ClaimIndex.of(claimset)
        seen: set[tuple[str, str]] = set()
        for share in claimset.claims:
            part = share if share.kind in ("money", "count", "measure") else index.by_id.get(share.share_part or "")
            whole = index.by_id.get(share.share_whole or "")
            if part is None or whole is None or not is_fact(share):
                continue
            if check == "of_total" and share is not part:
                computed = (_as_stated(part) / _as_stated(whole)).scale(100.0 if share.kind == "percent" else 1.0)
                definition = "부분 / 전체" if ctx.lang == "ko" else "part / whole"
                yield from _compare(share, computed, [part, whole], ctx, definition)
            elif share.kind == "percent" and share.low > 100.0:
                continue  # (`Y와 비교한 회복률은 103%`: a rate over 100% says its part is the larger one)
            elif check == "part_exceeds_whole" and part.low > whole.high and (part.id, whole.id) not in seen:
                seen.add((part.id, whole.id))
                lang, nl = ctx.lang, ctx.notation(part)
                fields = {"part": fmt.stated(part, nl, lang), "whole": fmt.stated(whole, nl, lang)}
                yield Draft(
                    claim_ref(ctx, part, "larger than its whole"),
                    fields,
                    {"part": [part.low, part.high], "whole": [whole.low, whole.high]},
                    related=[claim_ref(ctx, whole, "the whole")],
                    guessed=bool(part.guesses or whole.guesses),
                )


def _per_unit_draft(
    figure: Claim, total: Claim, count: Claim | None, divisor: Interval, ctx: Context
) -> Iterable[Draft]:
    computed = Interval.of(total) / divisor
    passed = computed.overlaps(Interval.of(figure))
    if passed and not ctx.show_passed:
        return
    lang, nl = ctx.lang, ctx.notation(figure)
    if count is not None:
        divided_by = fmt.stated(count, nl, lang)
    elif lang == "ko":
        divided_by = f"{fmt.interval(divisor, 'count', lang)} 기간"
    else:
        divided_by = f"{fmt.interval(divisor, 'count', lang)} periods"
    fields = {
        "stated": fmt.stated(figure, nl, lang),
        "total": fmt.stated(total, nl, lang),
        "divisor": divided_by,
        "computed": fmt.about(computed, figure.unit, nl, lang),
    }
    fixes = [] if passed else keep(fix(ctx, figure, computed, "value"))
    evidence = {
        "stated": [figure.low, figure.high],
        "total": [total.low, total.high],
        "divisor": [divisor.lo, divisor.hi],
        "computed": [computed.lo, computed.hi],
        "calculation": [f"{fields['total']} ÷ {fields['divisor']} = {fields['computed']}"],
    }
    related = [claim_ref(ctx, total, "전체" if lang == "ko" else "the total")]
    if count is not None:
        related.append(claim_ref(ctx, count, "나누는 수" if lang == "ko" else "the count"))
    yield Draft(
        claim_ref(
            ctx,
            figure,
            f"총액을 나누면 {fields['computed']}" if lang == "ko" else f"the total gives {fields['computed']}",
        ),
        fields,
        evidence,
        related=related,
        guessed=bool(figure.guesses or total.guesses or (count is not None and count.guesses)),
        passed=passed,
        fixes=fixes,
    )


def _of_period(index: ClaimIndex, rate: Claim, metric: str, unsaid: bool = False) -> list[Claim]:
    """The figures of the metric stated for the rate's period (`unsaid`: or stated with no period, or of any
    period for a rate of none)."""
    return [
        claim
        for claim in index.by_id.values()
        if claim.metric == metric
        and claim.role in ("value", "prior", "baseline")
        and claim.per_unit_of is None  # (`revenue per tonne of £10,600`: a rate of the metric, not its figure)
        and (
            claim.period == rate.period
            or (rate.period is None and "period" in claim.guesses)
            or (unsaid and (claim.period is None or rate.period is None))
        )
        and claim.forecast == rate.forecast
        and is_fact(claim)
    ]


def _same_fact(
    index: ClaimIndex,
    rate: Claim,
    metric: str,
    beside: Claim | None = None,
    parts: set[str] | None = None,
    inferred: set[str] | None = None,
) -> Claim | None:
    """The figure of the metric the rate is of; `beside`: the other part of the ratio, found in the rate's
    paragraph (the figure may then stand a paragraph away); `inferred` collects the rates whose figure's period
    was inferred, not written (a mismatch is then a warning)."""
    of_period = _of_period(index, rate, metric)
    found = [claim for claim in of_period if claim.entities == rate.entities]
    if not rate.entities:
        # A ratio of no named company is of the figures stated in its paragraph: the nearest before it,
        # else the first after it (`… 영업이익률은 50%로 가장 높았다. 매출 9조원, 영업이익 4조5000억원을 냈다`).
        # (a part set beside its share of the metric, `sales to builders of $0.9bn, or 40% of the total`, or added
        # up to its total, is a segment's figure, never the base of the whole's margin)
        here = [c for c in found if c.paragraph == rate.paragraph and not _segment(c, parts)]
        named = [c for c in of_period if c.paragraph == rate.paragraph and not _segment(c, parts)]
        if not here and len({tuple(c.entities) for c in named}) == 1:
            # `Its operating margin was 15%`: the company is named by a pronoun, and the paragraph's figures
            # of the metric are all of one company
            here = named
        if not here and beside is not None:
            # `Revenue rose 7% to $3.2bn.` ¶ `Operating income was $400m, a margin of 12.5%`: the figure stated a
            # paragraph away is meant when the article states the metric for the period once, of no company
            # (a part set beside its share of the metric, `sales of $1.2bn, or 60 per cent of revenue`, is a segment)
            whole = [c for c in of_period if c.role == "value" and not _segment(c, parts)]
            earlier = ("prior", "baseline")
            if not whole and rate.period is not None and (rate.role in earlier or beside.role in earlier):
                # (a rate of a period before, `지난해 3분기(10.8%)`, its part stated as a prior, is of that period's
                # figures, stated as priors when none is stated as a value)
                whole = [c for c in of_period if c.role in earlier and not _segment(c, parts)]
            undated = whole if rate.period is None else []
            if not whole:
                # `Sales rose to £140m.` ¶ `First-half pretax profit was £9m, a margin of 6.4%`: no figure of the
                # metric is stated for the rate's period, one is stated with no period read (or, for a rate of no
                # period, `Nine-month sales were $270m.` ¶ `EBITDA was $84m, a margin of 31%`: one of a period);
                # a figure whose metric was guessed is no stated figure of it
                of_period = _of_period(index, rate, metric, unsaid=True)
                found = [claim for claim in of_period if claim.entities == rate.entities]
                whole = [
                    c for c in of_period if c.role == "value" and not _segment(c, parts) and "metric" not in c.guesses
                ]
                if len({c.period for c in whole}) > 1:
                    whole = []
            found_ids = {c.id for c in found}
            if len({c.value for c in whole}) == 1 and any(c.id in found_ids for c in whole):
                # (the headline's figure restated in the body, once naming the company: one figure, stated twice)
                whole = [next(c for c in whole if c.id in found_ids)]
            elif len(whole) > 1:
                whole = _total_stated_first(whole, index, metric, rate)
            # (a segment's scope, `렌털 매출`, names a part, not the basis of the whole's figures)
            scopes = {
                c.scope
                for c in of_period + _of_period(index, rate, beside.metric or metric)
                if c.scope and not _segment(c, parts)
            }
            # `Acme's revenue rose to $186m.` ¶ `Net income was $43m, a margin of 23%`: the one figure of the metric
            # names the story's company, the margin and its profit name none: of that company too
            of_the_story = len(whole) == 1 and not beside.entities
            here = [c for c in whole if (c.id in found_ids or of_the_story) and _scope_of_both(c, beside, scopes)]
            if len(here) != 1 or len(whole) != 1:
                here = []
            if undated and beside.period is None and rate.role not in ("prior", "baseline"):
                # (a later, smaller figure is a part of the first, never the base of the whole's rate)
                headline = _headline_whole(index, metric, rate, beside, undated)
                if headline:
                    here = headline
                    if inferred is not None:
                        inferred.add(rate.id)
        if rate.role not in ("prior", "baseline"):
            # `revenue rose 40% to $7bn from $5bn. Net income was $2.1bn, a net margin of 30%`: this period's figure
            here = [c for c in here if c.role == "value"] or here
        before = [c for c in here if c.end <= rate.start]
        after = [c for c in here if c.start >= rate.end]
        return before[-1] if before else (after[0] if after else None)
    return found[0] if found else None


def _headline_whole(index: ClaimIndex, metric: str, rate: Claim, beside: Claim, undated: list[Claim]) -> list[Claim]:
    """`Third-quarter revenue was $150m.` ¶ `Food sales were $60m, bowling $50m.` ¶ `EBITDA was $30m, a margin of 20%`:
    a rate and its other part that name no period, when every figure of the metric that names none is smaller than
    the article's first figure of the metric and stated after it (its breakdown), are of that first figure, the
    story's whole for the period it names (of no company or segment, as the rate and its part)."""
    first = index.first_value(metric, rate.forecast)
    if (
        first is None
        or first.period is None
        or first.scope
        or beside.scope
        or (beside.entities and beside.entities != first.entities)
        or first.unit != beside.unit
        or first.start > beside.start
        or first.part_of is not None
    ):
        return []
    if any(c.start < first.start or c.value >= first.value or c.unit != first.unit for c in undated):
        return []
    return [first]


def _total_stated_first(figures: list[Claim], index: ClaimIndex, metric: str, rate: Claim) -> list[Claim]:
    """`Revenue rose 7% to $480m.` ¶ `Parts sales were $120m.` ¶ `Operating profit was $38m, a margin of 7.9%`: of
    the period's figures of the metric, the one the article states first (restated, perhaps, in the body), larger
    than every other and of no segment, is the whole the later figures break down — the base of the whole's ratio;
    any other order (the first figure of the metric of another period, or smaller), or a figure set beside the
    first in its own sentence, leaves no base."""
    first = min(figures, key=lambda c: c.start)
    stated_first = index.first_value(metric, rate.forecast)
    if first.scope is not None or stated_first is None or stated_first.value != first.value:
        return []
    rest = [c for c in figures if c.value != first.value and c.unit == first.unit]  # (a count is no money's part)
    if any(c.value >= first.value or c.sentence == first.sentence for c in rest):
        # (a figure set beside the first in its sentence, `and its rival $120m`, is another whole, not its part)
        return []
    return [next(c for c in figures if c.value == first.value)]


def _fact_key(claim: Claim) -> tuple:
    """A figure as a fact: the headline's figure restated in the body is one fact."""
    return (claim.metric, claim.unit, claim.value, tuple(claim.entities))


def _earlier_figures(claimset: ClaimSet) -> dict[tuple, set[str]]:
    """Each figure's earlier figures: the baselines its changes are measured from (`rose 7% to 318 from 297`), else
    the earlier figures of its metric stated in its sentence (`rose to 318 from 297`, no rate)."""
    by_id = {c.id: c for c in claimset.claims}
    earlier: dict[tuple, set[str]] = {}
    stated_with: dict[tuple, list[Claim]] = {}  # (sentence, metric, unit, entities) → that sentence's earlier figures
    for claim in claimset.claims:
        changed, base = by_id.get(claim.change_of or ""), by_id.get(claim.compared_to or "")
        if changed is not None and base is not None and is_fact(base):
            earlier.setdefault(_fact_key(changed), set()).add(base.id)
        if claim.role in ("prior", "baseline") and claim.metric and is_fact(claim):
            stated_with.setdefault((claim.sentence, *_fact_key(claim)[:2], tuple(claim.entities)), []).append(claim)
    for claim in claimset.claims:
        if claim.role == "value" and claim.metric and _fact_key(claim) not in earlier:
            beside = stated_with.get((claim.sentence, *_fact_key(claim)[:2], tuple(claim.entities)), [])
            if beside:
                earlier[_fact_key(claim)] = {c.id for c in beside}
    return earlier


def _segment(claim: Claim, parts: set[str] | None) -> bool:
    """Whether the figure is a segment's, when the caller looks for a whole's (`parts`: the figures set beside
    their share of a whole): one of those, or a part added up to its total."""
    return parts is not None and (claim.id in parts or claim.part_of is not None)


def _scope_of_both(base: Claim, beside: Claim, scopes: set[str]) -> bool:
    """Whether the base a paragraph away is of the other part's scope: both unscoped, or one scope written once
    (`연결 기준 매출` in the lead, `영업이익은` later; `operating profit on a reported basis`, revenue bare) when the
    two metrics' figures of the period state no other scope (`별도 기준 영업이익` beside `연결 기준 매출` is of another
    basis: two scopes, no base)."""
    if base.scope is None and beside.scope is None:
        return True
    if base.scope is not None and beside.scope is not None and base.scope != beside.scope:
        return False
    return len(scopes) == 1


# `절반`, `4분의 1`, `a third` with no hedge: a round figure the writer chose for a ratio, within a twentieth of it
# (0.52 of a whole is `half`, 0.46 is not); a hedged one (`절반 수준`, `about a third`) states its own wider interval.
_FRACTION_ROUNDING = 0.05


def _compare(
    stated: Claim, computed: Interval, parts: list[Claim], ctx: Context, definition: str, guessed: bool = False
) -> Iterable[Draft]:
    as_written = Interval.of(stated)
    if stated.kind == "fraction" and stated.low == stated.high:
        as_written = as_written.widen(_FRACTION_ROUNDING)
    passed = computed.overlaps(as_written)
    if passed and not ctx.show_passed:
        return
    lang, nl = ctx.lang, ctx.notation(stated)
    unit = "percent" if stated.kind == "percent" else "fraction"
    fields = {
        # A fraction as written (`a third`, `절반`): its value (0.333333) is no wording a reader would know.
        "stated": stated.text.strip() if stated.kind == "fraction" else fmt.stated(stated, nl, lang),
        "computed": fmt.about(computed, unit, nl, lang),
        "definition": definition,
        "parts": " / ".join(fmt.stated(p, nl, lang) for p in parts),
    }
    fixes = []
    if not passed:
        scale = 100.0 if unit == "percent" else 1.0
        numerator, denominator = parts
        written = Interval.of(stated).scale(1 / scale)
        is_ratio = stated.metric not in ("share",) and definition.count("/") and stated.share_whole is None
        role = "ratio" if is_ratio else "share"
        point = numerator.value / denominator.value * scale if denominator.value else None
        fixes = keep(
            fix(ctx, stated, computed, role, center=point),
            fix(ctx, numerator, Interval.of(denominator) * written, "numerator", label=_named(numerator, ctx))
            if numerator is not stated
            else None,
            fix(ctx, denominator, Interval.of(numerator) / written, "denominator", label=_named(denominator, ctx))
            if written.lo > 0
            else None,
        )
    evidence = {
        "stated": [stated.low, stated.high],
        "computed": [computed.lo, computed.hi],
        "parts": {p.text.strip(): [p.low, p.high] for p in parts},
        "calculation": [
            " ÷ ".join(fmt.stated(p, nl, lang) for p in parts)
            + (" × 100" if unit == "percent" else "")
            + f" = {fields['computed']}"
        ],
    }
    yield Draft(
        claim_ref(ctx, stated, f"the parts give {fields['computed']}"),
        fields,
        evidence,
        related=[claim_ref(ctx, p, fmt.metric_word(p.metric, ctx.lang) if p.metric else "") for p in parts],
        guessed=guessed or any(p.guesses for p in parts) or bool(stated.guesses),
        passed=passed,
        fixes=fixes,
    )


def _named(claim: Claim, ctx: Context) -> str | None:
    """A number named by its metric in the message's words (`영업이익`), when it has one."""
    return fmt.metric_word(claim.metric, ctx.lang) if claim.metric else None
