"""Year-on-year growth: value = prior × (1 + change), all three as intervals (across articles:
growth_across.py)."""

from __future__ import annotations

from collections.abc import Iterable

from checker.check import formatting as fmt
from checker.check.base import CheckKind, Context, Draft, claim_ref
from checker.check.facts import ClaimIndex
from checker.check.intervals import Interval
from checker.check.suggest import fix, keep
from checker.models import Claim, ClaimSet

# A rate written as a fraction in words is said round, as a whole percent would be: `fell by a fifth` stands for a
# fall of 19.5–20.5%, not of exactly 20% (a hedge, `nearly a fifth`, has already widened it further).
_WORDED_RATE_STEP = 0.01


def growth_factor(change: Claim) -> Interval:
    """1 + p/100 for a rise, 1 − p/100 for a fall (a fraction in words, `by a third`, is p/100 already)."""
    if change.kind == "fraction":
        rate = Interval.of(change)
        if rate.lo == rate.hi:
            rate = Interval.rounding(rate.lo, _WORDED_RATE_STEP)
    else:
        rate = Interval.of(change).scale(0.01)
    return rate.negate().shift(1.0) if change.direction < 0 else rate.shift(1.0)


def _scale(change: Claim) -> float:
    """What a change's bounds are multiplied by into percent (a fraction in words counts a hundred times)."""
    return 100.0 if change.kind == "fraction" else 1.0


def _percent(change: Claim) -> float:
    return change.value * _scale(change)


# A rate printed to hundredths of a percent is often cut rather than rounded (a fall of 18.437% printed
# as 18.43%): at that precision the cut reading is a convention, not an error. Coarser rates are
# rounded by the writers, and an error of one unit in them is one an editor wants to hear about.
_CUT_STEP = 0.01


def cut_factor(change: Claim) -> Interval | None:
    """The growth factor of a rate written to hundredths read as cut: its size in [written, written + step]."""
    step = change.high - change.low
    if change.qualifier is not None or not 0 < step <= _CUT_STEP * 1.0001:
        return None
    rate = Interval(change.value, change.value + step).scale(0.01)
    return rate.negate().shift(1.0) if change.direction < 0 else rate.shift(1.0)


# `rose 6.05% to 48,317 from 45,600`: a value and its prior written in one sentence, one to the unit and the other
# with zeros down to the unit, are copied from one table at one precision, so the round figure's zeros are digits
# too. Read so, a change its rounding alone would let pass is reported, as a warning (the reading is inferred,
# not written). Only written zeros are read so, after three significant digits or more: `$2 billion` and
# `$35.5 million` beside `$2.345 billion` and `$37.846 million` are rounded.
_SIBLING_DIGITS = 100


def at_sibling_precision(figure: Claim, sibling: Claim) -> Interval | None:
    """The interval of `figure` at the finer step of `sibling`, stated in its sentence, when `figure` is written
    with three or more significant digits on that step's grid; None where the two are not read so."""
    fine, coarse = sibling.quantity.step, figure.quantity.step
    if figure.sentence != sibling.sentence or figure.unit != sibling.unit or not 0 < fine < coarse:
        return None
    for claim in (figure, sibling):
        quantity = claim.quantity
        if quantity.qualifier is not None or quantity.low_open or quantity.high_open or quantity.ends:
            return None  # a hedge or a bound states its own precision
    if abs(figure.value) < _SIBLING_DIGITS * coarse or fine * 10**figure.written_zeros < coarse * 0.999:
        return None
    units = figure.value / fine
    if abs(units - round(units)) > 1e-6 * max(1.0, abs(units)):
        return None
    return Interval.rounding(figure.value, fine)


def change_words(percent: float, lang: str) -> str:
    """`10.0% 증가` / `a rise of 10.0%` for a signed change in percent."""
    size = f"{abs(percent):.1f}%"
    if lang == "ko":
        return f"{size} {'감소' if percent < 0 else '증가'}"
    return f"a {'fall' if percent < 0 else 'rise'} of {size}"


class Growth(CheckKind):
    name = "growth"

    def run_document(self, claimset: ClaimSet, params, ctx: Context) -> Iterable[Draft]:
        for change, value, prior in ClaimIndex.of(claimset).changes(("percent", "fraction")):
            if prior is None or prior.unit != value.unit:
                continue
            expected = Interval.of(prior) * growth_factor(change)
            cut = cut_factor(change)
            read_as_cut = False
            if cut is not None and not Interval.of(value).overlaps(expected):
                cut_expected = Interval.of(prior) * cut
                if Interval.of(value).overlaps(cut_expected):
                    expected, read_as_cut = cut_expected, True
            lang, nl = ctx.lang, ctx.notation(value)
            falls = change.direction < 0
            implied = (value.value / prior.value - 1) * 100 if prior.value else None
            fields = {
                "value": fmt.stated(value, nl, lang),
                "prior": fmt.stated(prior, nl, lang),
                # (a fraction as written, `a third`: its value, 0.333333, is no wording a reader would know)
                "change": change.text.strip() if change.kind == "fraction" else fmt.stated(change, nl, lang),
                "verb": ("줄면" if falls else "늘면") if lang == "ko" else ("down" if falls else "up"),
                "expected": fmt.about(expected, value.unit, nl, lang),
                "implied": change_words(implied, lang) if implied is not None else "?",
            }
            evidence = {
                "value": [value.low, value.high],
                "prior": [prior.low, prior.high],
                "change_percent": [change.low * _scale(change), change.high * _scale(change)],
                "direction": change.direction,
                "expected": [expected.lo, expected.hi],
                **({"rate_read_as_cut": True} if read_as_cut else {}),
                "calculation": [
                    f"{fields['prior']} × (1 {'−' if falls else '+'} "
                    f"{fmt.amount(_percent(change), 'percent', nl)})"
                    f" = {fields['expected']}",
                    f"{fields['value']} ÷ {fields['prior']} − 1 = "
                    f"{fmt.signed_percent(implied) if implied is not None else '?'}",
                ],
            }
            related = [claim_ref(ctx, value, "value"), claim_ref(ctx, prior, "prior value")]
            value_span, prior_span = Interval.of(value), Interval.of(prior)
            passed = value_span.overlaps(expected)
            sibling_value, sibling_prior = at_sibling_precision(value, prior), at_sibling_precision(prior, value)
            notes = []
            if passed and (sibling_value or sibling_prior):
                value_span, prior_span = sibling_value or value_span, sibling_prior or prior_span
                read = prior_span * growth_factor(change)
                if not value_span.overlaps(read) and not (cut is not None and value_span.overlaps(prior_span * cut)):
                    passed, expected = False, read
                    fields["expected"] = fmt.about(expected, value.unit, nl, lang)
                    evidence["expected"] = [expected.lo, expected.hi]
                    evidence["read_at_sibling_precision"] = True
                    evidence["calculation"][0] = (
                        f"{fields['prior']} × (1 {'−' if falls else '+'} {fmt.amount(_percent(change), 'percent', nl)})"
                        f" = {fields['expected']}"
                    )
                    rounded = fields["prior" if sibling_prior else "value"]
                    notes.append(
                        f"note: {rounded}{fmt.josa(rounded, '은')} 같은 문장의 다른 수치와 같은 자릿수까지 쓴 값으로 "
                        "읽었습니다(끝자리 0도 숫자). 반올림으로 읽으면 맞습니다(경고로 보고)"
                        if lang == "ko"
                        else f"note: {rounded} is read to the precision of the other figure of its sentence (its "
                        "zeros as digits); read as rounded, it fits (reported as a warning)"
                    )
                else:
                    value_span, prior_span = Interval.of(value), Interval.of(prior)
            if passed and not ctx.show_passed:
                continue
            fixes = []
            if not passed:
                rate = (value_span / prior_span).shift(-1.0).scale(100.0)
                factor = 1 + (-change.value if falls else change.value) / 100
                fixes = keep(
                    fix(ctx, value, expected, "value", center=prior.value * factor),
                    fix(ctx, change, rate, "fall" if falls else "rise", magnitude=True, center=implied),
                    fix(
                        ctx,
                        prior,
                        value_span / growth_factor(change),
                        "prior",
                        center=value.value / factor if factor else None,
                    ),
                )
                # A figure read at its sibling's precision can come back as its own written value: no fix.
                fixes = [
                    f for f in fixes if not any(f.ref.start == c.start and f.value == c.value for c in (value, prior))
                ]
            yield Draft(
                claim_ref(ctx, change, f"implies {fields['expected']}"),
                fields,
                evidence,
                related=related,
                notes=notes,
                guessed=bool(change.guesses or value.guesses or prior.guesses),
                passed=passed,
                severity="warning" if notes else None,
                fixes=fixes,
            )
