"""Lookups over one article's claims that several kinds share."""

from __future__ import annotations

from collections import defaultdict
from typing import NamedTuple

from checker.models import Claim, ClaimSet
from checker.periods import Period


def is_fact(claim: Claim) -> bool:
    """A statement to cross-check: not page furniture, not a parenthetical equivalent."""
    return not claim.furniture and claim.role != "conversion"


# The keys of cross-article agreement (F401–F403). The agreement kind files its entries under them
# (`Agreement.entries`); the engine, the ledger and the Dask runner get them only through the kind.
# The ledger stores a key as a JSON list, its grouping's name and then the fields in the order
# declared here (`["value", ["acme"], "revenue", null, "2024-H1", "level", "KRW", false, 0]`, see
# checker/ledger/store.py): a field added, removed or moved changes every stored key, so it comes with
# a ledger migration.
class ValueKey(NamedTuple):
    """Two statements of a figure filed under one key must agree."""

    entities: tuple[str, ...]
    metric: str
    scope: str | None  # the segment (`모바일 부문`), with a listed share's label after it
    period: Period
    role: str  # `level`, or `change/<basis>` (`change/year`; `change/None` when the basis is unknown)
    unit: str  # the claim's unit; a count's is `count:<counter>`
    forecast: bool
    direction: int  # a change's sign (+1, -1), 0 for a level


class EventKey(NamedTuple):
    """A one-off event's amounts file under its metric: a pair of statements is judged once across the
    event's counterparties (`["event", "acquisition"]` in the ledger)."""

    metric: str


class EventBucket(NamedTuple):
    """A one-off event's amount as one counterparty's: two such amounts that agree must be dated alike."""

    metric: str
    counterparty: str


class ValuesKey(NamedTuple):
    """An article's stated values of one figure (`ClaimIndex`): who, what, when and in which unit."""

    entities: tuple[str, ...]
    metric: str | None
    scope: str | None
    period: Period | None
    unit: str
    forecast: bool


def value_key(claim: Claim, metric_types: dict[str, str]) -> ValueKey | None:
    """The key under which two statements of a figure must agree (None: not comparable)."""
    if not (claim.entities and claim.metric and claim.period) or claim.kind not in ("money", "percent", "count", "pp"):
        return None
    if metric_types.get(claim.metric) == "event" or not is_fact(claim) or claim.role == "baseline":
        return None  # a baseline (`…보다`, `from X`) is compared with, in a period the text rarely names
    role = f"change/{claim.basis}" if claim.role == "change" else "level"
    # A count is of something: `40여개 기관` and `환자 320명` are not one fact.
    unit = f"count:{claim.counter}" if claim.unit == "count" else claim.unit
    # Shares listed together (`각각 9%, 44%`) are different parts of one whole, never one fact twice.
    scope = f"{claim.scope or ''}{claim.label}" if claim.label else claim.scope
    return ValueKey(
        tuple(claim.entities), claim.metric, scope, claim.period, role, unit, claim.forecast, claim.direction
    )


def event_keys(claim: Claim, metric_types: dict[str, str]) -> list[EventBucket]:
    """The (metric, counterparty) buckets of a one-off event's amount; its date must agree."""
    if metric_types.get(claim.metric or "") != "event" or not claim.period or claim.kind not in ("money", "range"):
        return []
    if not is_fact(claim):
        return []
    return [EventBucket(claim.metric, entity) for entity in claim.entities]


class ClaimIndex:
    """Values of one article by (entities, metric, period, unit); built once per article."""

    @classmethod
    def of(cls, claimset: ClaimSet) -> ClaimIndex:
        """The index of an article, shared by every kind that runs on it."""
        # (read from the model's private values: `claimset._index` goes through pydantic's __getattr__,
        # a Python call, and every kind asks for the index of every article)
        private = claimset.__pydantic_private__
        index = private.get("_index")
        if index is None:
            index = private["_index"] = cls(claimset)
        return index

    def __init__(self, claimset: ClaimSet):
        self.by_id = {c.id: c for c in claimset.claims}
        self._values: dict[ValuesKey, list[Claim]] = defaultdict(list)
        self.changes_of: dict[str, list[Claim]] = defaultdict(list)
        self.parts_of: dict[str, list[Claim]] = defaultdict(list)  # total id → its listed parts
        self.tallies: dict[str, list[Claim]] = defaultdict(list)  # a party's total id → its seats by race
        self._changes: list[Claim] = []
        self._first_values: dict[tuple[str, bool], Claim] | None = None
        for claim in claimset.claims:
            if claim.furniture and claim.role == "change" and claim.change_of:
                # A stock quote's change and rate, of its price (checker/link/quotes.py): checked with
                # each other only.
                self.changes_of[claim.change_of].append(claim)
                self._changes.append(claim)
            if not is_fact(claim):
                continue
            if claim.role in ("value", "prior") and claim.metric and claim.period and claim.entities:
                self._values[self.key(claim)].append(claim)
            if claim.part_of:
                self.parts_of[claim.part_of].append(claim)
            for total_id in claim.tally_of:
                self.tallies[total_id].append(claim)
            if claim.role == "change" and claim.change_of:
                self.changes_of[claim.change_of].append(claim)
                self._changes.append(claim)

    def first_value(self, metric: str, forecast: bool) -> Claim | None:
        """The value of a metric the article states first (among facts, forecast or not), found by one pass over the
        article on first use."""
        if self._first_values is None:
            firsts: dict[tuple[str, bool], Claim] = {}
            for claim in self.by_id.values():
                if claim.metric and claim.role == "value" and is_fact(claim):
                    key = (claim.metric, claim.forecast)
                    if key not in firsts or claim.start < firsts[key].start:
                        firsts[key] = claim
            self._first_values = firsts
        return self._first_values.get((metric, forecast))

    @staticmethod
    def key(claim: Claim, period: Period | None = None, entities: tuple[str, ...] | None = None) -> ValuesKey:
        return ValuesKey(
            entities or tuple(claim.entities),
            claim.metric,
            claim.scope,
            period or claim.period,
            claim.unit,
            claim.forecast,
        )

    def values(
        self, claim: Claim, period: Period | None = None, entities: tuple[str, ...] | None = None
    ) -> list[Claim]:
        return self._values.get(self.key(claim, period, entities), [])

    def prior_of(self, claim: Claim, shift: str = "year") -> Claim | None:
        """The same entity's value a year (or quarter, or month) earlier, if the article states it."""
        earlier = claim.period.previous(shift) if claim.period else None
        found = self.values(claim, earlier)
        return found[0] if found else None

    def prior_in_unit(self, claim: Claim, unit: str, shift: str = "year") -> Claim | None:
        """The same figure a year (or quarter, or month) earlier stated in another unit (a rate's level
        written in points: `전년 동기 10.1%포인트보다`)."""
        if claim.period is None:
            return None
        found = self._values.get(self.key(claim, claim.period.previous(shift))._replace(unit=unit), [])
        return found[0] if found else None

    def baseline(self, change: Claim, value: Claim) -> Claim | None:
        """What a change is measured from: the baseline it names, else the prior the article states."""
        if change.compared_to and change.compared_to in self.by_id:
            return self.by_id[change.compared_to]
        return self.prior_of(value, change.basis or "year")

    def changes(self, kinds: tuple[str, ...]):
        """(change, the value it changes, its baseline or None) for every stated change of these kinds."""
        for change in self._changes:
            value = self.by_id.get(change.change_of)
            if change.kind in kinds and value is not None:
                yield change, value, self.baseline(change, value)

    def growth_of(self, claim: Claim) -> Claim | None:
        """The year-on-year percent change stated for a value."""
        for change in self.changes_of.get(claim.id, []):
            if change.kind == "percent":
                return change
        return None

    def totals(self) -> list[Claim]:
        return [c for group in self._values.values() for c in group if len(c.entities) > 1]
