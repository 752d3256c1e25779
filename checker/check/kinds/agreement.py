"""The same fact stated twice — in one article or in two — must agree.

Claims are grouped by a normalized key (never compared all pairs): for a
figure, (entities, metric, scope, period, role, unit); for a one-off event,
(metric, counterparty), whose date must agree wherever the amounts say it is
the same event. Each key keeps one entry per distinct variant, with a count,
so a fact repeated in thousands of copies costs one entry.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Literal, NamedTuple

from checker.check import formatting as fmt
from checker.check.base import CheckKind, Context, Draft, KindParams, Ref, isolated
from checker.check.entries import ClaimEntry, EventEntry
from checker.check.facts import EventKey, ValueKey, event_keys, value_key
from checker.check.intervals import Interval
from checker.check.suggest import fix, keep
from checker.models import ClaimSet
from checker.periods import Period, period_string


class AgreementParams(KindParams):
    check: Literal["value", "unit_slip", "event_date"] = "value"
    max_slip_power: int = 4
    max_related: int = 3
    # Who, what and when the two disagreeing statements may have guessed between them: one guess (the
    # period of a headline) still names one fact; two (a segment's rate filed under its company by
    # default, in a period by default) are two facts as likely as one, and are not reported.
    max_guessed: int = 1


@dataclass(slots=True)
class Variant:
    """Statements of one key that can all be true together."""

    interval: Interval
    claims: list[ClaimEntry] = field(default_factory=list)
    count: int = 0

    def admit(self, claim: ClaimEntry, max_kept: int, keep: bool = False) -> bool:
        """`keep`: a draft's statement (against a ledger) is always kept, however many stored copies
        came first: the finding is about the draft."""
        iv = Interval.of(claim)
        if not self.interval.overlaps(iv):
            return False
        self.interval = Interval(max(self.interval.lo, iv.lo), min(self.interval.hi, iv.hi))
        self.count += 1
        if len(self.claims) < max_kept or keep:
            self.claims.append(claim)
        return True


class DatedVariant(NamedTuple):
    """The statements of a one-off event's amount that agree, with the date and unit they give it."""

    period: Period
    unit: str
    variant: Variant


def _order(claim: ClaimEntry) -> tuple:
    return claim.order


def _add(variants: list[Variant], claim: ClaimEntry, max_kept: int, keep: bool = False) -> None:
    for variant in variants:
        if variant.admit(claim, max_kept, keep):
            return
    variants.append(Variant(Interval.of(claim), [claim], 1))


def _pair(ctx: Context, a: Variant, b: Variant) -> tuple[ClaimEntry, ClaimEntry]:
    """(primary, earlier) for two disagreeing variants. Against a ledger the primary is the draft's
    statement wherever it sorts among stored copies of the same figure (a stored article whose path
    sorts first must not stand in for the draft); else the later-published statement."""
    if ctx.drafts:
        for here, there in ((b, a), (a, b)):
            draft = next((c for c in here.claims if c.path in ctx.drafts), None)
            if draft is not None:
                other = next((c for c in there.claims if c.path not in ctx.drafts), there.claims[0])
                return draft, other
    return ctx.later(b.claims[0], a.claims[0])


_KEY_FIELDS = ("entities", "metric", "period")


def _guessed_keys(a: ClaimEntry, b: ClaimEntry) -> int:
    """How many of who, what and when the two statements guessed, counted over both."""
    return sum(field in claim.guesses for claim in (a, b) for field in _KEY_FIELDS)


def _slip_power(a: Interval, b: Interval, max_power: int) -> int:
    """k when b × 10^k overlaps a: a 만/억/조 or million/billion slip between two statements."""
    for power in range(1, max_power + 1):
        for k in (power, -power):
            if b.scale(10.0**k).overlaps(a):
                return k
    return 0


_BASIS = {
    "year": ("a year", "전년 대비"),
    "quarter": ("a quarter", "전 분기 대비"),
    "month": ("a month", "전월 대비"),
    "week": ("a week", "전주 대비"),
}


def _fact_words(key: ValueKey, lang: str) -> str:
    """`Samsung Electronics revenue, H1 2024` / `삼성전자 매출액(2024년 상반기)`: ids as words."""
    entities, metric, scope, period, role = key.entities, key.metric, key.scope, key.period, key.role
    who, what = fmt.entities_word(entities, lang), fmt.metric_word(metric, lang)
    basis = role.split("/")[1] if role.startswith("change/") else None
    if lang == "ko":
        change = (f" {_BASIS[basis][1]} 증감" if basis in _BASIS else " 증감") if role.startswith("change") else ""
        return f"{who} {(scope + ' ') if scope else ''}{what}{change}({fmt.period(period, lang)})"
    change = ""
    if role.startswith("change"):
        change = f" change against {_BASIS[basis][0]} before" if basis in _BASIS else " change"
    return f"{who} {(scope + ' ') if scope else ''}{what}{change}, {fmt.period(period, lang)}"


def _paths_of(variants: list[Variant]) -> list[str]:
    """The articles of a key's statements, the latest-published first (where its diagnostic goes)."""
    import datetime as dt

    claims = sorted(
        (c for v in variants for c in v.claims), key=lambda c: (c.published or dt.date.min, c.path), reverse=True
    )
    return [c.path for c in claims]


def period_ref(ctx: Context, claim: EventEntry, label: str) -> Ref:
    start, end = claim.period_span or (claim.start, claim.end)
    return Ref(ctx.document(claim), start, end, label)


class Agreement(CheckKind):
    name = "agreement"
    Params = AgreementParams
    groupings = ("value", "event")

    def grouping(self, params: AgreementParams) -> str:
        """Figures group by their value key (`value` and `unit_slip` compare the same statements); a
        one-off event's amounts by its metric: the kind dedups a pair of statements across its
        (metric, counterparty) buckets, so all of a metric's must meet."""
        return "event" if params.check == "event_date" else "value"

    def entries(
        self, claimset: ClaimSet, grouping: str, ctx: Context
    ) -> Iterable[tuple[ValueKey | EventKey, ClaimEntry]]:
        document = claimset.document
        for seq, claim in enumerate(claimset.claims):
            if grouping == "value":
                key = value_key(claim, ctx.metric_types)
                if key is not None:
                    yield key, ClaimEntry.of(claim, document, seq)
            else:
                buckets = event_keys(claim, ctx.metric_types)
                if buckets:
                    yield (
                        EventKey(claim.metric),
                        EventEntry.of_event(claim, document, seq, tuple(bucket.counterparty for bucket in buckets)),
                    )

    def run_group(
        self, key: ValueKey | EventKey, entries: list[ClaimEntry], params: AgreementParams, ctx: Context
    ) -> Iterable[Draft]:
        if params.check in ("value", "unit_slip"):
            yield from self._values(key, entries, params, ctx)
        else:
            yield from self._event_dates(key.metric, entries, params, ctx)

    def _values(
        self, key: ValueKey, entries: list[ClaimEntry], params: AgreementParams, ctx: Context
    ) -> Iterable[Draft]:
        variants: list[Variant] = []
        for claim in sorted(entries, key=_order):
            _add(variants, claim, params.max_related + 1, claim.path in ctx.drafts)
        if len(variants) < 2:
            if params.check == "value" and ctx.show_passed and variants[0].count >= 2:
                yield self._agreed_draft(key, variants[0], ctx)
            return
        # One key's exception is that key's internal error, on the articles it involves.
        yield from isolated(lambda: self._key_drafts(key, variants, params, ctx), _paths_of(variants))

    def _key_drafts(self, key, variants: list[Variant], params: AgreementParams, ctx: Context) -> Iterable[Draft]:
        first = variants[0]
        for other in variants[1:]:
            power = _slip_power(first.interval, other.interval, params.max_slip_power)
            if _guessed_keys(*_pair(ctx, first, other)) > params.max_guessed:
                continue
            if (power != 0) == (params.check == "unit_slip"):
                draft = self._value_draft(key, first, other, params, ctx)
                if power:
                    draft.fields["factor"] = f"×{10 ** abs(power):,}"
                    draft.evidence["power_of_ten"] = power
                yield draft

    def _agreed_draft(self, key, variant: Variant, ctx: Context) -> Draft:
        """A fact stated more than once whose statements all overlap: listed as checked."""
        first, *others = variant.claims
        unit = first.unit
        nl = ctx.notation(first)
        fields = {
            "fact": _fact_words(key, ctx.lang),
            "value": fmt.interval(variant.interval, unit, nl),
            "count": str(variant.count),
        }
        related = [
            Ref(ctx.document(c), c.start, c.end, f"states {fmt.stated(c, ctx.notation(c), ctx.lang)}") for c in others
        ]
        return Draft(
            Ref(ctx.document(first), first.start, first.end),
            fields,
            {"key": list(map(str, key))},
            related=related,
            passed=True,
            count=variant.count,
        )

    def _value_draft(self, key, first: Variant, other: Variant, params, ctx: Context) -> Draft:
        primary, earlier = _pair(ctx, first, other)
        lang = ctx.lang
        fact = _fact_words(key, lang)
        here, there = Interval.of(primary), Interval.of(earlier)
        fields = {
            "fact": fact,
            "value": fmt.stated(primary, ctx.notation(primary), lang),
            "other": fmt.stated(earlier, ctx.notation(earlier), lang),
            "other_path": earlier.path
            if earlier.path != primary.path
            else ("이 기사의 다른 곳" if lang == "ko" else "this article"),
        }
        fixes = []
        if first.count != other.count:
            # The odd one out: the statement fewer copies make, against the one more copies agree on.
            many, few = (first, other) if first.count > other.count else (other, first)
            odd = primary if primary in few.claims else earlier if earlier in few.claims else None
            if odd is not None and odd.path in ctx.documents:
                fixes = keep(
                    fix(
                        ctx,
                        odd,
                        many.interval,
                        "other",
                        label="다른 기사들과 맞추려면 이 값"
                        if lang == "ko"
                        else "to agree with the other statements, this figure",
                    )
                )
        evidence = {
            "key": list(map(str, key)),
            "value": [here.lo, here.hi],
            "other": [there.lo, there.hi],
            "statements": first.count + other.count,
        }
        kept = [c for c in (first.claims + other.claims) if c is not primary and c is not earlier][
            : params.max_related - 1
        ]
        related = [Ref(ctx.document(earlier), earlier.start, earlier.end, f"states {fields['other']}")]
        related += [
            Ref(ctx.document(c), c.start, c.end, f"states {fmt.stated(c, ctx.notation(c), lang)}") for c in kept
        ]
        guessed = bool(primary.guesses or earlier.guesses)
        return Draft(
            Ref(ctx.document(primary), primary.start, primary.end, f"states {fields['value']}"),
            fields,
            evidence,
            related=related,
            guessed=guessed,
            count=min(first.count, other.count),
            notes=[
                f"note: {fields['value']}{fmt.josa(fields['value'], '와')} {fields['other']}"
                f"{fmt.josa(fields['other'], '은')} 겹치지 않습니다"
                if lang == "ko"
                else f"note: {fields['value']} and {fields['other']} do not overlap"
            ],
            fixes=fixes,
        )

    def _event_dates(
        self, metric: str, entries: list[EventEntry], params: AgreementParams, ctx: Context
    ) -> Iterable[Draft]:
        buckets: dict[str, dict[tuple[Period, str], list[Variant]]] = {}  # counterparty → (date, unit) → …
        for claim in sorted(entries, key=_order):
            for entity in claim.entities:
                by_date = buckets.setdefault(entity, {})
                _add(
                    by_date.setdefault((claim.period, claim.unit), []),
                    claim,
                    params.max_related + 1,
                    claim.path in ctx.drafts,
                )
        reported: set[tuple[str, str]] = set()
        for entity, by_date in buckets.items():
            dated = [DatedVariant(period, unit, v) for (period, unit), variants in by_date.items() for v in variants]
            yield from isolated(
                lambda entity=entity, dated=dated: self._bucket_drafts(metric, entity, dated, reported, ctx),
                _paths_of([d.variant for d in dated]),
            )

    def _bucket_drafts(
        self, metric: str, entity: str, dated: list[DatedVariant], reported: set, ctx: Context
    ) -> Iterable[Draft]:
        for i, first in enumerate(dated):
            for second in dated[i + 1 :]:
                a, b = first.variant, second.variant
                if (
                    first.unit != second.unit
                    or first.period.nested_with(second.period)
                    or not a.interval.overlaps(b.interval)
                ):
                    continue
                pair = tuple(sorted((a.claims[0].id, b.claims[0].id)))
                if pair in reported:
                    continue
                reported.add(pair)
                yield self._date_draft(metric, entity, a, b, ctx)

    def _date_draft(self, metric: str, entity: str, a: Variant, b: Variant, ctx: Context) -> Draft:
        primary, earlier = _pair(ctx, b, a)
        lang = ctx.lang
        amount = primary.text.strip()
        what, who = fmt.metric_word(metric, lang), fmt.entity_word(entity, lang)
        fields = {
            "event": f"{who} {what}" if lang == "ko" else f"{what} in {who}",
            "amount": primary.text.strip(),
            "date": fmt.period(primary.period, lang),
            "other_date": fmt.period(earlier.period, lang),
            "other_path": earlier.path,
        }
        evidence = {
            "event": {"metric": metric, "entity": entity},
            "amount": [primary.low, primary.high],
            "date": period_string(primary.period),
            "other_date": period_string(earlier.period),
            "statements": a.count + b.count,
        }
        same_article = primary.path == earlier.path
        if lang == "ko":
            where = "이 기사에 두 번" if same_article else "두 기사 모두에"
            notes = [
                f"fact: {fields['event']} {amount}, {where} 나옵니다",
                f"note: {fields['date']} ≠ {fields['other_date']}",
            ]
        else:
            notes = [
                f"fact: {what} in {who} of {amount}, "
                f"stated {'twice in this article' if same_article else 'in both articles'}",
                f"note: {fields['date']} ≠ {fields['other_date']}",
            ]
        return Draft(
            period_ref(ctx, primary, fields["date"]),
            fields,
            evidence,
            related=[period_ref(ctx, earlier, fields["other_date"])],
            notes=notes,
            guessed=bool({"period", "entities"} & set(primary.guesses + earlier.guesses)),
            count=min(a.count, b.count),
        )
