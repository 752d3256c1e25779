"""Growth across articles: a change whose article states no prior, of a figure another article states for the
period before (`cargo revenue fell 40% to $600m` in this year's report, `$600m` for last year's period in last
year's), is checked against that statement: value = prior × (1 + change), as intervals.

Figures are filed by who, what, segment and unit, never compared all pairs. A statement is the prior only when
its period is the one before the change's, both articles name the same entity most (a figure's own entity may be
a word such as `Group` any company's report uses) and, where either period is guessed, its article came out that
one period earlier (the same report a year on).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Iterable
from dataclasses import dataclass
from typing import NamedTuple

from checker.check import formatting as fmt
from checker.check.base import CheckKind, Context, Draft, Ref
from checker.check.entries import ClaimEntry, pickled_as_fields
from checker.check.facts import ClaimIndex, is_fact
from checker.check.intervals import Interval
from checker.check.kinds.growth import change_words, cut_factor, growth_factor
from checker.check.suggest import fix, keep
from checker.models import Claim, ClaimSet


class GrowthKey(NamedTuple):
    """Where a figure is filed across articles: who, what, which segment, in which unit."""

    entities: tuple[str, ...]
    metric: str
    scope: str | None
    unit: str
    forecast: bool


@pickled_as_fields
@dataclass(slots=True, eq=False)
class GrowthEntry(ClaimEntry):
    """A figure's statement; for one its article changes by a rate and states no prior of, also the rate."""

    rate: ClaimEntry | None = None
    basis: str | None = None
    # The entity the article names most by figures the linker is sure of: two reports are of one company only
    # where it is the same (a figure's own entity may be a word such as `Group` any company's report uses).
    article_entity: str | None = None


_AMOUNTS = ("money", "count", "measure")
# How long after the earlier report the later one comes out, by the shift between their periods (days): a
# guessed period is trusted only for the same report one period on.
_REPORT_GAP = {"year": (300, 430), "quarter": (60, 130), "month": (20, 45)}


def article_entity(claims: list[Claim]) -> str | None:
    """The entity the article names most often by levels whose entity is not guessed (none on a tie; a change
    and its figure are one mention)."""
    counts = Counter(
        entity
        for claim in claims
        if claim.role == "value" and claim.entities and "entities" not in claim.guesses
        for entity in set(claim.entities)
    )
    (top, most), *others = counts.most_common(2) or [(None, 0)]
    return top if not others or others[0][1] < most else None


def growth_entries(claimset: ClaimSet, metric_types: dict[str, str]) -> Iterable[tuple[GrowthKey, GrowthEntry]]:
    document = claimset.document
    index = ClaimIndex.of(claimset)
    main = None
    seq_of = {c.id: seq for seq, c in enumerate(claimset.claims)}
    rates: dict[str, tuple[Claim, str | None]] = {}
    for change, value, prior in index.changes(("percent",)):
        if prior is None and change.qualifier is None and is_fact(change) and value.id not in rates:
            rates[value.id] = (change, change.basis)
    for seq, claim in enumerate(claimset.claims):
        if (
            claim.role != "value"
            or claim.kind not in _AMOUNTS
            or not (claim.entities and claim.metric and claim.period)
            or metric_types.get(claim.metric) == "event"  # a one-off deal has no prior period
            or claim.qualifier is not None
            or claim.low_open
            or claim.high_open
            or not is_fact(claim)
        ):
            continue
        if main is None:
            main = (article_entity(claimset.claims),)
        key = GrowthKey(tuple(claim.entities), claim.metric, claim.scope, claim.unit, claim.forecast)
        found = rates.get(claim.id)
        rate = ClaimEntry.of(found[0], document, seq_of[found[0].id]) if found else None
        yield key, GrowthEntry.of(claim, document, seq, rate, found[1] if found else None, main[0])


def _reports_apart(later: ClaimEntry, earlier: ClaimEntry, shift: str) -> bool:
    if later.published is None or earlier.published is None:
        return False
    low, high = _REPORT_GAP.get(shift, (0, -1))
    return low <= (later.published - earlier.published).days <= high


class GrowthAcross(CheckKind):
    name = "growth_across"
    groupings = ("growth",)

    def grouping(self, params) -> str:
        return "growth"

    def entries(self, claimset: ClaimSet, grouping: str, ctx: Context) -> Iterable[tuple[GrowthKey, GrowthEntry]]:
        return growth_entries(claimset, ctx.metric_types)

    def run_group(self, key: Hashable, entries: list[GrowthEntry], params, ctx: Context) -> Iterable[Draft]:
        levels: dict[object, list[GrowthEntry]] = {}
        for entry in sorted(entries, key=lambda e: e.order):
            levels.setdefault(entry.period, []).append(entry)
        for entry in entries:
            if entry.rate is None:
                continue
            shift = entry.basis or "year"
            earlier = entry.period.previous(shift)
            if earlier is None:
                continue
            priors = [
                level
                for level in levels.get(earlier, [])
                if level.path != entry.path
                and level.article_entity is not None
                and level.article_entity == entry.article_entity
                and (
                    not ({"period"} & (set(level.guesses) | set(entry.guesses))) or _reports_apart(entry, level, shift)
                )
            ]
            if priors:
                draft = self._across_draft(entry, priors[-1], ctx)  # the latest report of the earlier period
                if not draft.passed or ctx.show_passed:
                    yield draft

    def _across_draft(self, entry: GrowthEntry, prior: GrowthEntry, ctx: Context) -> Draft:
        change = entry.rate
        expected = Interval.of(prior) * growth_factor(change)
        passed = Interval.of(entry).overlaps(expected)
        cut = cut_factor(change)
        if not passed and cut is not None and Interval.of(entry).overlaps(Interval.of(prior) * cut):
            passed = True
        lang, nl = ctx.lang, ctx.notation(entry)
        falls = change.direction < 0
        implied = (entry.value / prior.value - 1) * 100 if prior.value else None
        fields = {
            "value": fmt.stated(entry, nl, lang),
            "prior": fmt.stated(prior, ctx.notation(prior), lang),
            "change": fmt.stated(change, nl, lang),
            "verb": ("줄면" if falls else "늘면") if lang == "ko" else ("down" if falls else "up"),
            "expected": fmt.about(expected, entry.unit, nl, lang),
            "implied": change_words(implied, lang) if implied is not None else "?",
            "other_path": prior.path,
        }
        evidence = {
            "value": [entry.low, entry.high],
            "prior": [prior.low, prior.high],
            "prior_path": prior.path,
            "change_percent": [change.low, change.high],
            "direction": change.direction,
            "expected": [expected.lo, expected.hi],
        }
        fixes = [] if passed else keep(fix(ctx, entry, expected, "value"))
        return Draft(
            Ref(ctx.document(change), change.start, change.end, f"implies {fields['expected']}"),
            fields,
            evidence,
            related=[
                Ref(ctx.document(entry), entry.start, entry.end, "value"),
                Ref(ctx.document(prior), prior.start, prior.end, "prior value"),
            ],
            guessed=bool(entry.guesses or prior.guesses or change.guesses),
            passed=passed,
            fixes=fixes,
        )
