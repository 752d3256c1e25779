"""What travels from one article to the cross-article phase: compact, slotted records.

Per-article rules run where an article is read; after them the article's claims
and text are dropped. What a cross-article kind compares across articles, and
what it needs to word and place a finding (spans, the written text of a number)
goes on as these entries, a few hundred bytes each instead of a pydantic claim's
four kilobytes; the article itself goes on as a stub (checker/articles.py).
"""

from __future__ import annotations

import datetime as dt
import operator
import sys
from dataclasses import dataclass

from checker.models import Claim, Document, NameMention
from checker.periods import Period

_DATE_MIN = dt.date.min


def _shared(word: str | None) -> str | None:
    """One object per distinct word (units, kinds, periods repeat across entries): one copy in a
    worker's pickled results instead of one per entry."""
    if type(word) is not str:
        return word  # None, or a measure's unit naming the unit it is written in (`models.WrittenUnit`: no intern)
    return sys.intern(word)


_PERIODS: dict[Period, Period] = {}


def _shared_period(period: Period | None) -> Period | None:
    """One object per distinct period, as `_shared` for words (a process reads a bounded number of them)."""
    return None if period is None else _PERIODS.setdefault(period, period)


def pickled_as_fields(cls: type) -> type:
    """Pickle a slotted record as its class and its field values in order. A slotted dataclass's own
    `__getstate__`/`__setstate__` call `dataclasses.fields` for every record written and read back:
    entries cross from the workers and through the spill files by the hundred thousand, and that
    call was most of the cost of moving them (about 12 µs of a record's 14 µs there and back)."""
    values = operator.attrgetter(*cls.__match_args__)

    def __reduce__(self):
        return cls, values(self)

    cls.__reduce__ = __reduce__
    return cls


@pickled_as_fields
@dataclass(slots=True, eq=False)
class ClaimEntry:
    """One statement of a figure, for comparing it with other articles' statements and reporting
    a disagreement: its interval, how it is written (for messages and suggested fixes), where it is
    and when it was published."""

    path: str
    claim_seq: int  # its place among the article's claims (the ledger loads just these claims)
    published: dt.date | None
    start: int
    end: int
    text: str
    kind: str
    value: float
    low: float
    high: float
    low_open: bool
    high_open: bool
    unit: str
    qualifier: str | None
    step: float
    counter: str | None
    direction: int
    period: Period | None
    guesses: tuple[str, ...]

    @classmethod
    def of(cls, claim: Claim, document: Document, claim_seq: int, *extra) -> ClaimEntry:
        """The path and date are the document's own objects: every entry of an article shares them
        (one copy each when a worker's results are pickled)."""
        return cls(
            document.path,
            claim_seq,
            document.published,
            claim.start,
            claim.end,
            claim.text,
            _shared(claim.kind),
            claim.value,
            claim.low,
            claim.high,
            claim.low_open,
            claim.high_open,
            _shared(claim.unit),
            _shared(claim.qualifier),
            claim.step,
            _shared(claim.counter),
            claim.direction,
            _shared_period(claim.period),
            tuple(claim.guesses) or (),
            *extra,
        )

    @property
    def id(self) -> tuple[str, int]:
        return (self.path, self.claim_seq)

    @property
    def order(self) -> tuple:
        """Earliest publication first, then path and position: the order statements are compared in."""
        return (self.published or _DATE_MIN, self.path, self.start)


@pickled_as_fields
@dataclass(slots=True, eq=False)
class EventEntry(ClaimEntry):
    """A one-off event's amount: also where its date is written, and its counterparties (buckets)."""

    period_span: tuple[int, int] | None = None
    entities: tuple[str, ...] = ()

    @classmethod
    def of_event(cls, claim: Claim, document: Document, claim_seq: int, entities: tuple[str, ...]) -> EventEntry:
        span = claim.period_span
        return cls.of(claim, document, claim_seq, (span.start, span.end) if span is not None else None, entities)


@pickled_as_fields
@dataclass(slots=True, eq=False)
class NameEntry:
    """One mention of a name, for comparing its spelling across articles."""

    path: str
    published: dt.date | None
    seq: int  # its place among the article's names
    start: int
    end: int
    text: str
    kind: str

    @classmethod
    def of(cls, name: NameMention, path: str, published: dt.date | None, seq: int) -> NameEntry:
        return cls(path, published, seq, name.start, name.end, name.text, name.kind)

    @property
    def order(self) -> tuple:
        return (self.published or _DATE_MIN, self.path, self.seq)
