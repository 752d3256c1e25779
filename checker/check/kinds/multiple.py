"""Multiples between two stated values: `두 배`, `2배 이상`, `doubled`, `tripled`.

A multiple word is read as an editor reads it (DESIGN's table; defaults, configurable per rule):
`두 배`/`doubled`/`3배` holds for a ratio within ±12.5% of the multiple (×1.75–×2.25 for a
doubling), a ratio within ±25% is a warning stating both readings, beyond that an error;
`2배 이상`/`more than doubled` is [2, ∞) with a warning for a ratio just under 2 (within 2.5%);
`두 배 가까이`/`nearly double` is [1.75, 2] (a warning down to ×1.5 and just over 2). A multiple
written with decimals (`1.5배`) keeps its rounding interval. `N배 증가` has two readings (×N,
or +N×100%): it conflicts only when neither fits.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Literal

from pydantic import Field

from checker.check import formatting as fmt
from checker.check.base import CheckKind, Context, Draft, KindParams, claim_ref
from checker.check.facts import ClaimIndex, is_fact
from checker.check.intervals import INF, Interval
from checker.check.suggest import fix, keep
from checker.models import Claim, ClaimSet


def readings(multiple: Claim) -> list[tuple[str, Interval]]:
    stated = Interval.of(multiple)
    if multiple.plus_reading:  # `3배 증가` (the link stage reads the words after the multiple)
        return [("×N", stated), ("+N×100%", stated.shift(1.0))]
    return [("×N", stated)]


class MultipleParams(KindParams):
    check: Literal["values", "vs_percent"] = "values"
    strict: float = Field(0.125, ge=0, lt=1)  # `두 배` holds within ±12.5% of the multiple
    loose: float = Field(0.25, ge=0, lt=1)  # within ±25%: a warning that states both readings
    at_least_slack: float = Field(0.025, ge=0, lt=1)  # `2배 이상` just under 2: a warning
    nearly_from: float = Field(0.875, gt=0, le=1)  # `두 배 가까이`: from ×1.75 (0.875 × 2) to ×2


def word_readings(multiple: Claim, params: MultipleParams) -> list[tuple[str, Interval, Interval]]:
    """(name, strict, loose) readings of a written multiple (see the module's doc)."""
    n = multiple.value
    if not (n > 0 and float(n).is_integer() and multiple.step >= 1):
        stated = Interval.of(multiple)  # `1.5배`: the number as written
        strict = loose = stated
    elif multiple.qualifier in ("atleast", "over"):
        strict = Interval(n, INF)
        loose = Interval(n * (1 - params.at_least_slack), INF)
    elif multiple.qualifier == "nearly":
        strict = Interval(n * params.nearly_from, n)
        loose = Interval(n * (1 - params.loose), n * (1 + params.at_least_slack))
    elif multiple.qualifier is None:
        strict = Interval(n * (1 - params.strict), n * (1 + params.strict))
        loose = Interval(n * (1 - params.loose), n * (1 + params.loose))
    else:  # `약 두 배` and other bounds: the extractor's interval
        strict = loose = Interval.of(multiple)
    out = [("×N", strict, loose)]
    if multiple.plus_reading:
        out.append(("+N×100%", strict.shift(1.0), loose.shift(1.0)))
    return out


class Multiple(CheckKind):
    name = "multiple"
    Params = MultipleParams

    def run_document(self, claimset: ClaimSet, params: MultipleParams, ctx: Context) -> Iterable[Draft]:
        if params.check == "vs_percent":
            yield from self._vs_percent(claimset, ctx)
            return
        index = ClaimIndex.of(claimset)
        for multiple, value, prior in index.changes(("multiple",)):
            if prior is None or prior.unit != value.unit:
                continue
            ratio = Interval.of(value) / Interval.of(prior)
            options = word_readings(multiple, params)
            passed = any(ratio.overlaps(strict) for _, strict, _ in options)
            loosely = not passed and any(ratio.overlaps(loose) for _, _, loose in options)
            if passed and not ctx.show_passed:
                continue
            lang, nl = ctx.lang, ctx.notation(value)
            shown = [(name, strict, loose) for name, strict, loose in options]
            fields = {
                "value": fmt.stated(value, nl, lang),
                "prior": fmt.stated(prior, nl, lang),
                "ratio": fmt.about(ratio, "multiple", lang),
                "stated": multiple.text.strip(),
                "readings": (" 또는 " if lang == "ko" else " or ").join(
                    _reading(name, strict, loose, lang) for name, strict, loose in shown
                ),
            }
            fixes = []
            if not passed:
                # The value and the earlier value that the multiple's first reading takes exactly.
                factor = _exact(options[0][1])
                if factor is not None:
                    fixes = keep(
                        fix(ctx, value, Interval.of(prior) * factor, "value"),
                        fix(ctx, prior, Interval.of(value) / factor, "prior"),
                    )
            evidence = {
                "value": [value.low, value.high],
                "prior": [prior.low, prior.high],
                "ratio": [ratio.lo, ratio.hi],
                "calculation": [f"{fields['value']} ÷ {fields['prior']} = {fields['ratio']}"],
                "readings": {n: {"strict": [a.lo, a.hi], "loose": [b.lo, b.hi]} for n, a, b in options},
            }
            notes = []
            if loosely and lang == "ko":
                notes.append(
                    f"note: `{multiple.text.strip()}`{fmt.josa(multiple.text.strip(), '을')} 엄밀히 읽으면 "
                    + " 또는 ".join(fmt.interval(a, "multiple", lang) for _, a, _ in options)
                    + f"입니다. 비 {fields['ratio']}{fmt.josa(fields['ratio'], '은')} 느슨한 읽기 "
                    + " 또는 ".join(fmt.interval(b, "multiple", lang) for _, _, b in options)
                    + "에만 맞습니다(경고: 수치를 쓰거나 더 느슨한 표현을 쓰세요)"
                )
            elif loosely:
                notes.append(
                    f"note: `{multiple.text.strip()}` read strictly is "
                    + " or ".join(fmt.interval(a, "multiple", lang) for _, a, _ in options)
                    + f"; the ratio {fields['ratio']} fits only the loose reading "
                    + " or ".join(fmt.interval(b, "multiple", lang) for _, _, b in options)
                    + " (a warning: give the figure, or a looser word)"
                )
            yield Draft(
                claim_ref(ctx, multiple, f"ratio is {fields['ratio']}"),
                fields,
                evidence,
                related=[claim_ref(ctx, value, "value"), claim_ref(ctx, prior, "compared with")],
                notes=notes,
                guessed=bool(multiple.guesses or value.guesses or prior.guesses),
                passed=passed,
                severity="warning" if loosely else None,
                fixes=fixes,
            )

    def _vs_percent(self, claimset: ClaimSet, ctx: Context) -> Iterable[Draft]:
        """`3배 증가` and `200% 증가` for one change: ×3 means +200%, +3×100% means +300%."""
        changes: dict[str, list[Claim]] = {}
        by_id = {claim.id: claim for claim in claimset.claims}
        for claim in claimset.claims:
            if claim.role == "change" and claim.change_of and is_fact(claim) and claim.kind in ("multiple", "percent"):
                changes.setdefault(claim.change_of, []).append(claim)
        for group in changes.values():
            multiple = next((c for c in group if c.kind == "multiple"), None)
            percent = next(
                (
                    c
                    for c in group
                    if multiple is not None
                    and c.kind == "percent"
                    and c.direction > 0
                    and _same_basis(c, multiple)
                    and _same_base(c, multiple, by_id)
                ),
                None,
            )
            if multiple is None or percent is None:
                continue
            options = [(name, r.shift(-1.0).scale(100.0)) for name, r in readings(multiple)]
            if not multiple.plus_reading:  # `3배 증가` already reads +N×100%: the message names it once
                options.append(("+N×100%", Interval.of(multiple).scale(100.0)))
            stated = Interval.of(percent)
            passed = any(stated.overlaps(r) for _, r in options)
            if passed and not ctx.show_passed:
                continue
            lang, nl = ctx.lang, ctx.notation(percent)
            fields = {
                "multiple": multiple.text.strip(),
                "percent": fmt.stated(percent, nl, lang),
                "readings": (" 또는 " if lang == "ko" else " or ").join(
                    f"{_name(name, lang)} → {fmt.about(r, 'percent', nl, lang)}" for name, r in dict(options).items()
                ),
            }
            fixes = [] if passed else keep(fix(ctx, percent, options[0][1], "rise", magnitude=True))
            evidence = {
                "multiple": [multiple.low, multiple.high],
                "percent": [percent.low, percent.high],
                "readings": {n: [r.lo, r.hi] for n, r in options},
            }
            label = (
                f"`{fields['multiple']}`: {fields['readings']}"
                if lang == "ko"
                else f"`{fields['multiple']}` implies {fields['readings']}"
            )
            yield Draft(
                claim_ref(ctx, percent, label),
                fields,
                evidence,
                related=[claim_ref(ctx, multiple, "the same change as a multiple")],
                guessed=bool(multiple.guesses or percent.guesses),
                passed=passed,
                fixes=fixes,
            )


def _name(name: str, lang: str) -> str:
    """A reading's name: `×N` (the multiple itself) or `+N×100%` (an increase of N times)."""
    if lang == "ko":
        return "배수로 읽으면" if name == "×N" else "증가분으로 읽으면"
    return name


def _reading(name: str, strict: Interval, loose: Interval, lang: str) -> str:
    text = f"{_name(name, lang)}: {fmt.interval(strict, 'multiple', lang)}"
    if loose != strict:
        text += f", {'느슨하게' if lang == 'ko' else 'loosely'} {fmt.interval(loose, 'multiple', lang)}"
    return text


def _exact(reading: Interval) -> Interval | None:
    """The middle of a reading, a little wide (`두 배`: ×1.98–×2.02; `2배 이상`: ×2–×2.1)."""
    low = reading.lo
    high = reading.hi if reading.hi != INF else reading.lo * 1.05
    if not (0 < low <= high) or high == INF:
        return None
    middle = (low + high) / 2
    return Interval(middle * 0.99, middle * 1.01)


def _same_base(a: Claim, b: Claim, by_id: dict[str, Claim]) -> bool:
    """`매출 412억원, 지난해보다 17.4% 증가 … 예산의 9배`: two changes of one figure from two other figures (last
    year's, the budget) are not one change stated twice; an unnamed base may be either."""
    base_a, base_b = by_id.get(a.compared_to or ""), by_id.get(b.compared_to or "")
    return base_a is None or base_b is None or (base_a.value, base_a.unit) == (base_b.value, base_b.unit)


def _same_basis(a: Claim, b: Claim) -> bool:
    """`전주 대비 0.26%` is not the change `세 배` states (a year apart); an unnamed basis may be either."""
    return a.basis is None or b.basis is None or a.basis == b.basis
