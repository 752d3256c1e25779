"""The data that flows between stages: Document → Mention → Claim → Finding.

Every stage takes the previous stage's models and returns its own; offsets are
code point offsets into the original decoded text, end exclusive. The stages read
one normalized copy of it (`Document.normalized`) and map the spans they hand on
back through its offset map.
"""

from __future__ import annotations

import datetime as dt
import typing
from dataclasses import MISSING, dataclass, field, fields
from functools import cached_property
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, create_model

from checker.intervals import Interval
from checker.periods import Period
from checker.read.normalize import MARKUP_SUFFIXES, NormalizedText, OffsetMap, normalize

Severity = Literal["error", "warning", "info"]
SEVERITY_RANK = {"info": 0, "warning": 1, "error": 2}


# Each model builds its validator when first used (`defer_build`), not on import: a run pays only
# for the models it uses (a one-article check never builds Repair, Suggestion or Passed, say).


class Span(BaseModel):
    model_config = ConfigDict(frozen=True, defer_build=True)
    start: int
    end: int


class Document(BaseModel):
    """An article: the original text, never altered, plus its metadata, and the normalized copy
    that extraction and linking read."""

    model_config = ConfigDict(defer_build=True)

    path: str
    text: str
    published: dt.date | None = None
    language: str = "ko"
    outlet: str | None = None
    encoding: str = "utf-8"
    notes: list[str] = Field(default_factory=list)
    body_start: int = 0  # after front matter; offsets still count from the file's start
    published_assumed: bool = False  # no date in a manifest or front matter: today was assumed

    @cached_property
    def line_starts(self) -> list[int]:
        starts = [0]
        find = self.text.find
        position = find("\n")
        while position >= 0:
            starts.append(position + 1)
            position = find("\n", position + 1)
        return starts

    @cached_property
    def normalized(self) -> NormalizedText:
        """The text every stage reads, made once: look-alike characters translated, markup masked,
        invisible characters dropped (checker/read/normalize.py); its `offsets` map back to `text`."""
        return normalize(self.text, markup=self.path.lower().endswith(MARKUP_SUFFIXES), body_start=self.body_start)

    @property
    def offsets(self) -> OffsetMap:
        return self.normalized.offsets

    def model_copy(self, *, update: dict[str, Any] | None = None, deep: bool = False) -> Document:
        """A copy; one with another text, path or body start makes its line starts and normalized text anew."""
        copy = super().model_copy(update=update, deep=deep)
        if update and {"text", "path", "body_start"} & update.keys():
            for derived in ("line_starts", "normalized"):
                copy.__dict__.pop(derived, None)
        return copy


@dataclass(slots=True)
class Quantity:
    """What a written number states: a value and the interval it stands for.

    A slotted dataclass, not a pydantic model: every claim holds one, and an archive holds
    millions of claims (issue 12.4); it is validated where it crosses an edge (`ClaimRecord`)."""

    kind: str  # money, percent, pp, multiple, fraction, count, range
    value: float
    low: float
    high: float
    unit: str  # ISO 4217 for money, percent, pp, multiple, fraction, count, or a measure
    low_open: bool = False
    high_open: bool = False
    qualifier: str | None = None
    step: float = 0.0  # the rounding unit of the number as written (`up to ¥590bn` keeps ±0.5bn here)
    counter: str | None = None  # the counter word of a count (`개`, `명`, `servers`)
    ends: list[tuple[float, float]] | None = None  # a range: the interval of each end
    range_kind: str | None = None  # a range: the kind of its ends (money, percent …)
    # A measure, held in its base unit (`unit`: `kg`), as the article writes it: the unit word, with the space
    # before it where the article puts one (` tonnes`, `톤`, `㏊`, ` pounds`), and what one of it is in the base
    # unit (1000): messages and fixes are written in it.
    written_unit: str | None = None
    written_factor: float = 1.0

    @property
    def interval(self) -> Interval:
        return Interval(self.low, self.high, self.low_open, self.high_open)


QUANTITY_FIELDS = tuple(f.name for f in fields(Quantity))


class TimeRef(BaseModel):
    """A time expression, resolved against the publication date."""

    model_config = ConfigDict(defer_build=True)

    start: int
    end: int
    text: str
    period: Period | None  # written `2024-H1`, `2024-Q2`, `2024-02`, `2024-02-26`, `2024` at the edges
    role: Literal["point", "prior", "relative", "dateline"] = "point"  # dateline: when it was reported
    explicit_year: bool = False
    shift: Literal["year", "quarter", "month", "week"] = "year"  # a prior reference: how far back
    bare_day: bool = False  # a day of the month written alone (`30일`, not `지난 30일` or `4월 30일`)


@dataclass(slots=True)
class Mention:
    """A quantity found in the text, before it is placed in context.

    A slotted dataclass, not a pydantic model: extraction builds one per figure (a table pasted as
    one line holds a hundred thousand) and changes its span and text (issue 12.4)."""

    start: int
    end: int
    text: str
    quantity: Quantity
    in_parens_of: int | None = None  # index of the mention this one is a parenthetical of
    written_currency: bool = True  # False when a currency was assumed (bare number)


class Repair(BaseModel):
    """A well-formed number a malformed one may have meant, with its rounding interval."""

    model_config = ConfigDict(defer_build=True)

    text: str
    value: float
    low: float
    high: float


class Malformed(BaseModel):
    """A number written in a shape that cannot be read as one value."""

    model_config = ConfigDict(defer_build=True)

    start: int
    end: int
    text: str
    reason: str
    what: Literal["number", "date"] = "number"  # a date the calendar does not have (`2월 30일`) is one too
    # Read by the link stage (checker/link/readings.py): the currency written after it and its repairs.
    unit: str | None = None
    unit_text: str = ""
    repairs: list[Repair] = Field(default_factory=list)
    # The amount it restates in another currency (`6만 파운드(약 9억3270억 원)`): that claim's id.
    equivalent_of: str | None = None


class Extraction(BaseModel):
    """The extract stage's output for one document."""

    model_config = ConfigDict(defer_build=True)

    document: Document
    mentions: list[Mention]
    times: list[TimeRef]
    malformed: list[Malformed] = Field(default_factory=list)


class WrittenUnit(str):
    """A measure's base unit (`kg`: equal to it, hashed as it, so that checks compare and key units as before)
    that also names the unit its claim is written in (`word` `tonnes`, `factor` 1000): what `checker.wording`
    writes a value of that measure in. A claim's `unit` is one when its quantity has a written unit."""

    def __new__(cls, base: str, word: str, factor: float) -> WrittenUnit:
        unit = super().__new__(cls, base)
        unit.word, unit.factor = word, factor
        return unit

    def __reduce__(self):
        return WrittenUnit, (str(self), self.word, self.factor)


class _QuantityRead:
    """The fields of a claim's `Quantity` the link rules and checks read most, kept on the claim itself (set
    with the quantity: `Claim.quantity` below). Read through a property, each was a Python call: a seed article's
    rules and checks read a claim's kind about 2,800 times, its value, unit and step about 1,000."""

    __slots__ = ("kind", "value", "unit", "step")


@dataclass(slots=True)
class Claim(_QuantityRead):
    """A mention placed in context: who, what, when, and how it relates to others.

    It holds its mention's `Quantity` (read through `claim.value`, `claim.low` …); a slotted
    dataclass inside the pipeline, a `ClaimRecord` at the edges (`record`, `from_record`)."""

    id: str
    path: str
    start: int
    end: int
    line: int
    column: int
    text: str
    quantity: Quantity
    entities: list[str] = field(default_factory=list)
    metric: str | None = None
    scope: str | None = None
    period: Period | None = None  # a string at the edges (`ClaimRecord`): `2024-H1`
    period_span: Span | None = None
    # value: a figure; prior: the same figure a period earlier (`전년 동기 …`); baseline: a figure
    # compared with (`…보다`); change: a change of another claim; share: a rate or part; conversion.
    role: Literal["value", "prior", "baseline", "change", "share", "conversion"] = "value"
    direction: int = 0  # +1 increase, -1 decrease, 0 none (for changes)
    basis: str | None = None  # a change against: year (전년 동기), quarter (전 분기), month (전월); None unknown
    converts: str | None = None
    change_of: str | None = None
    compared_to: str | None = None
    part_of: str | None = None  # the stated total this figure is a listed part of
    # `연봉 4억원씩 3년 12억원`, `$2m a year over five years, $10m in all`: a total stated as an amount per
    # period over a term — the amount's id, how many periods the term holds, and where it is written.
    per_period_of: str | None = None
    periods: float | None = None
    periods_span: Span | None = None
    periods_unit: str | None = None  # the term's unit (year, month, week, day) when its words name one
    # `1,600 tins a day, so the order will take five days`: a term worked out from the total and the amount and
    # rounded to whole periods, compared within that rounding (checker/link/paces.py)
    periods_rounded: bool = False
    # `구장 4면에서 이틀 동안 64경기 … 한 면에서 하루 8경기씩`: the count of units the amount is each one's (a
    # claim's id): the total is the amount times the periods times that count (checker/link/per_unit_per_period_ko.py)
    per_period_units: str | None = None
    # `$1.5bn, or $600 per household, for 2.5 million households`, `£26m a year, around £500,000 a week`: a
    # figure per unit or per shorter period — the total it divides, and the count (a claim's id) or the
    # periods (`year/week`: the rule pack says how many) it divides it by.
    per_unit_of: str | None = None
    units_of: str | None = None
    period_ratio: str | None = None
    # `9.8 tonnes a hectare`, `£10,600 per tonne`: the unit of measure the figure is per (`ha`, `t`); its count,
    # a measure held in base units (`42,000 hectares` as 420 km²), divides in that unit.
    units_measure: str | None = None
    # `sold 260m shares at HK$30 each to raise HK$7.8bn`, `공모가 기준 보유 주식 평가액은 800억원` (the price stated
    # once, before): a total stated as a count of units at a price per unit — the price's id and the count's.
    product_of: str | None = None
    product_units: str | None = None
    open_list: bool = False  # a total after `등`: the listed parts may not be all of it
    # Which of a total's breakdowns a part is listed in (`권역별로 …`, `규모별로 …`): a figure the text breaks
    # down twice is checked once per breakdown. None: the list stated next to the total.
    part_list: str | None = None
    part_list_open: bool = False  # that list (not the one next to the total) may name only some of the parts
    # `D당과 E당 각 d석`, `Z시·W시(각 c명)`: a listed part that stands for several members, each with the figure.
    part_times: int = 1
    # A party's seats in one kind of race also add into the party's total (`지역구 a석 + 비례 b석 = T석`), a
    # region's seats won by party into the seats at stake there (`T석이 걸린 X에선 A당 a곳, …`): the totals
    # (ids) this figure adds into besides `part_of`, each checked as a list of its own (open by the total's
    # `open_list`), the figure once.
    tally_of: list[str] = field(default_factory=list)
    whole: str | None = None  # a share: the whole it is of (`market:…`, or one listed run of shares)
    label: str | None = None  # a share in a listed run: its place in the run
    share_part: str | None = None  # a share: the part it is the share of …
    share_whole: str | None = None  # … and the whole (on an amount: the whole it is a part of)
    forecast: bool = False
    furniture: bool = False
    # A cell of a dense run the link stage read as a table (link/tables.py): its digits are shared with
    # other cells by chance, so no check pairs it with them as a restatement.
    table_cell: bool = False
    superlative: str | None = None  # "max" or "min" when the sentence ranks this claim
    # The last words before the figure in its clause, particles and total marks left out (`미래한국당 총
    # 19석`, `미래한국당이 19석` → 미래한국당): what a restatement of a short figure must share.
    head: list[str] = field(default_factory=list)
    plus_reading: bool = False  # a multiple before a rise verb (`3배 증가`): also read as +N×100%
    inverse_of: str | None = None  # a payout ratio: the cover (a multiple) it restates inverted (100% ÷ cover)
    # A figure of the prose that states a table's cell again, found by the cell's row and column labels
    # (checker/link/table_cells.py): the ids of the cells it restates (two when it says `both`).
    restates: list[str] = field(default_factory=list)
    guesses: list[str] = field(default_factory=list)  # links resolved by a guess: entities, metric, period
    # A rate defined by two figures of the article (`영업이익률 7.3%`: operating profit over revenue, a payout ratio:
    # the dividend over the earnings per share): the figure over the base (the profit's id) and the base (the
    # revenue's id) the link stage chose (checker/link/margin_bases.py), and whether the base was guessed (the
    # story's first figure of the metric, taken for a rate and a part that name no period: a mismatch is then a
    # warning). Links like the others: in the record too, so that a claim read back is checked as it was.
    rate_of: str | None = None
    rate_base: str | None = None
    rate_base_guessed: bool = False
    sentence: int = 0
    paragraph: int = 0
    published: dt.date | None = None
    # How the number is written, read by the link stage so that checks never read text: its digits and
    # words without the hedge before it or the counter after it (`about 2.37 million visitors` is
    # `2.37million`; "" when not read, as in a ledger record older than this field) …
    notation: str = ""
    # … and the zeros its last run of digits ends in (`45,600` 2, `45.6 thousand` 0)
    written_zeros: int = 0

    @property
    def low(self) -> float:
        return self.quantity.low

    @property
    def high(self) -> float:
        return self.quantity.high

    @property
    def low_open(self) -> bool:
        return self.quantity.low_open

    @property
    def high_open(self) -> bool:
        return self.quantity.high_open

    @property
    def qualifier(self) -> str | None:
        return self.quantity.qualifier

    @property
    def counter(self) -> str | None:
        return self.quantity.counter

    @property
    def ends(self) -> list[tuple[float, float]] | None:
        return self.quantity.ends

    @property
    def range_kind(self) -> str | None:
        return self.quantity.range_kind

    @property
    def written_unit(self) -> str | None:
        return self.quantity.written_unit

    @property
    def written_factor(self) -> float:
        return self.quantity.written_factor

    @property
    def interval(self) -> Interval:
        return self.quantity.interval

    def record(self) -> ClaimRecord:
        """The claim flat, as JSON, the schema and the ledger have it."""
        data = {name: getattr(self, name) for name in CLAIM_RECORD_FIELDS}
        data["unit"] = str(data["unit"])  # (a `WrittenUnit`'s unit word and factor are fields of their own)
        return ClaimRecord.model_construct(**data)

    @classmethod
    def from_record(cls, record: ClaimRecord | dict[str, Any]) -> Claim:
        """A claim read back from an edge (a dict is validated as a `ClaimRecord` first)."""
        if not isinstance(record, ClaimRecord):
            record = ClaimRecord.model_validate(record)
        data = {name: getattr(record, name) for name in CLAIM_RECORD_FIELDS}
        quantity = Quantity(**{name: data.pop(name) for name in QUANTITY_FIELDS})
        return cls(quantity=quantity, **data)


def _claim_quantity_slot() -> property:
    """`Claim.quantity`, stored in its slot as before, and on every assignment (the dataclass's `__init__`,
    `dataclasses.replace`, a rule that sets `claim.quantity = replace(claim.quantity, kind=…)`, unpickling) also
    copied into the `_QuantityRead` slots, so that those are never stale: a `Quantity` is never changed in place."""
    slot = Claim.__dict__["quantity"]
    store = slot.__set__

    # (the setter is the claim's own method, `self` the claim: the one place its four `_QuantityRead` slots are set,
    # as attributes, not through their descriptors' `__set__`: the engine stores a slot in place, where a call of
    # the descriptor's method costs a Python call each, four per claim)
    def assign(self: Claim, quantity: Quantity) -> None:
        store(self, quantity)
        self.kind = kind = quantity.kind
        self.value = quantity.value
        if quantity.written_unit is None or kind not in ("measure", "range"):
            self.unit = quantity.unit
        else:
            self.unit = WrittenUnit(quantity.unit, quantity.written_unit, quantity.written_factor)
        self.step = quantity.step

    return property(slot.__get__, assign, doc="What the number states (a `Quantity`).")


Claim.quantity = _claim_quantity_slot()


# A claim as it crosses an edge, flat: the JSON output, the published schema (`factlint schema claim`),
# the ledger. Inside the pipeline a claim is a `Claim` holding its `Quantity`. The record is built
# from the two dataclasses' own fields (declared once), in the order the JSON has always had:
# where the claim is, then what the number states, then what the link stage placed around it.
_RECORD_QUANTITY_ORDER = (
    "kind",
    "value",
    "low",
    "high",
    "low_open",
    "high_open",
    "unit",
    "qualifier",
    "step",
    "counter",
    "ends",
    "range_kind",
    "written_unit",
    "written_factor",
)


def _record_fields() -> dict[str, tuple[Any, Any]]:
    claim_types, quantity_types = typing.get_type_hints(Claim), typing.get_type_hints(Quantity)
    by_name = {f.name: f for f in (*fields(Claim), *fields(Quantity))}

    def spec(name: str, hint: Any) -> tuple[Any, Any]:
        item = by_name[name]
        if item.default_factory is not MISSING:
            return hint, Field(default_factory=item.default_factory)
        return hint, (item.default if item.default is not MISSING else ...)

    claim_names = [f.name for f in fields(Claim) if f.name != "quantity"]
    where, placed = claim_names[: claim_names.index("text") + 1], claim_names[claim_names.index("text") + 1 :]
    out = {name: spec(name, claim_types[name]) for name in where}
    out.update({name: spec(name, quantity_types[name]) for name in _RECORD_QUANTITY_ORDER})
    out.update({name: spec(name, claim_types[name]) for name in placed})
    return out


ClaimRecord = create_model(
    "ClaimRecord",
    __config__=ConfigDict(ser_json_inf_nan="strings", title="Claim", defer_build=True),
    __doc__="A mention placed in context: who, what, when, and how it relates to others.",
    **_record_fields(),
)

CLAIM_RECORD_FIELDS = tuple(ClaimRecord.model_fields)


class ElapsedSpan(BaseModel):
    """An elapsed time stated beside the dates it spans (`2015년 4월 … 3년 2개월 만인 2018년 6월`,
    `in 2019 … three years later, in 2022`): what the link stage read, for the date check.

    `since` and `until` are period strings (checker/periods.py); `until_span` is None when the span
    runs to the publication date (`…을 넘긴 뒤 8개월 만에 돌파했다`), a reading the check marks a guess."""

    model_config = ConfigDict(defer_build=True)

    start: int
    end: int
    text: str
    months: int  # the stated time in months (`3년 2개월` → 38)
    # the smallest unit written: its rounding; `weekday`, a count of days of some names (`22 Fridays`) in `days`
    # `minute`, a length in hours or minutes over a range of two clock times (`from 7am to 4pm, nine hours`): the
    # minutes stated in `days`, the times' minutes of the day in `clock_from` and `clock_to`
    unit: Literal["year", "half", "month", "half_month", "week", "day", "weekday", "decade", "minute"]
    # a time stated in days (`124일간`, `124 days`, unit `day`) or weeks (`7주간`, unit `week`: seven days each):
    # the days, between two dated days
    days: int = 0
    over: bool = False  # `9개월여`, `2년 남짓`: at least that long, less than one unit more
    under: bool = False  # `nearly four decades`, `almost three years`: at most that long, less than one unit less
    since: str
    since_span: Span | None  # None: counted from the publication date (`the December 8 vote, 19 days from now`)
    until: str
    until_span: Span | None = None
    # a duration over a range of years (`2015~2023년 9년간`): counted between the years or with both ends
    inclusive: bool = False
    # a count of days of the week (unit `weekday`): the days counted (Monday 0), each its own or, `by_week`, the weeks
    # one of them falls in (`six weekends`: Saturdays and Sundays by the week)
    weekdays: list[int] = Field(default_factory=list)
    by_week: bool = False
    # a length in weeks (unit `week`) whose two ends are written with the names of their days of the week (`from
    # Monday 4 May to Friday 27 November, 29 weeks`): a run from a Monday to a working day may be counted in the
    # weeks it completes, its last working week left out
    named_ends: bool = False
    clock_from: int = 0
    clock_to: int = 0
    # a yearly run's editions counted from its first (`제11회`): the years the text says it was not held (`2020년과
    # 2021년 두 해를 건너뛰어`, `except 2001 and 2020`), each a year more between the first and now, with their spans
    skipped: int = 0
    skipped_spans: list[Span] = Field(default_factory=list)
    # an age in whole years from a birth year (`1941년생인 85세`, `born in 1958, the 68-year-old`): the years between
    # the birth year and now, or one fewer (a birthday not yet come this year)
    age: bool = False
    # with `age`, a second age, the person's then (`이선옥(63)씨는 1982년 열아홉 살에`): the stated time is the age now
    # less it, and either birthday may not have come (a year either way)
    age_then: Span | None = None
    age_then_text: str = ""


class ReportedDay(BaseModel):
    """The day a statement was reported, written as a bare day of the month (`30일 보도했다`, `25일 밝혔다`),
    beside the article's own date: a report cannot come after the article that carries it. Read by the
    link stage (checker/link/reported_days.py) for the reported-day check."""

    model_config = ConfigDict(defer_build=True)

    start: int
    end: int
    text: str
    day: int
    published: dt.date
    # the article's date where the text writes it (`기사등록 2023/04/28`, a caption's `2023.04.28`)
    written_date: Span | None = None


class DatedWeekday(BaseModel):
    """A date written with the name of its day of the week (`Saturday, June 6`, `13일(토)`), as the link stage read
    the pair (checker/link/dated_weekdays.py) for the weekday check: the calendar says which day the date is."""

    model_config = ConfigDict(defer_build=True)

    start: int
    end: int
    text: str  # the day's name
    weekday: int  # the day the name says, Monday 0
    date: str  # the date's period string (`2026-06-06`)
    date_span: Span
    date_text: str
    year_written: bool = False  # the year written with the date, not taken from the publication


class RestatedDuration(BaseModel):
    """An elapsed time or a streak the headline states (`3년 9개월 만에 최저`, `13개월째 흑자`) and the body's
    statement of it (`3년 9개월 만에 가장 낮은`, `13개월 연속 흑자`), as the link stage paired them
    (checker/link/restated_durations.py) for the restated-duration check: `agree` when both state one length."""

    model_config = ConfigDict(defer_build=True)

    start: int
    end: int
    text: str
    other: Span
    other_text: str
    agree: bool
    # a length restated right beside itself in another unit (`52 weeks, or 12 months`: F346), not the headline's
    apposed: bool = False


class LengthGap(BaseModel):
    """A gap between two lengths of time the copy states beside them (`fell to 12 weeks from 19 weeks, seven weeks
    shorter`, `3시간 10분으로 1년 전 2시간 45분보다 25분 늘었다`), as the link stage read them
    (checker/link/length_gaps.py) for the length-gap check: each length in seconds with half its smallest written
    unit either way, and the direction the words give the gap (+1 longer, -1 shorter)."""

    model_config = ConfigDict(defer_build=True)

    start: int
    end: int
    text: str  # the gap
    gap: tuple[float, float]
    unit: str  # the gap's smallest unit as written (`minutes`, `초`), what a computed gap is said in
    unit_seconds: float
    value: Span
    value_text: str
    value_seconds: tuple[float, float]
    prior: Span
    prior_text: str
    prior_seconds: tuple[float, float]
    direction: int


class NetTally(BaseModel):
    """Units added and units taken away, and the net change the copy states of them (`opened 26 gyms and closed
    four, a net gain of 22`; `… 40곳 늘었다. 하반기에 55곳이 새로 문을 열고 15곳이 문을 닫았다`), as the link stage read
    them (checker/link/net_tallies.py) for the net-tally check: each figure's interval as written, and the sign the
    words give the net (+1 a gain, -1 a loss)."""

    model_config = ConfigDict(defer_build=True)

    start: int
    end: int
    text: str  # the net change
    net: tuple[float, float]
    added: Span
    added_text: str
    added_value: tuple[float, float]
    removed: Span
    removed_text: str
    removed_value: tuple[float, float]
    direction: int


class ClaimSet(BaseModel):
    """The claims of one document (the link stage's output)."""

    model_config = ConfigDict(ser_json_inf_nan="strings", defer_build=True)  # its claims' `이상` bounds

    document: Document
    claims: list[Claim]
    names: list[NameMention] = Field(default_factory=list)
    malformed: list[Malformed] = Field(default_factory=list)
    elapsed: list[ElapsedSpan] = Field(default_factory=list)
    deficits: list[str] = Field(default_factory=list)  # ids of balances stated as deficits (`적자 22억달러`)
    surpluses: list[str] = Field(default_factory=list)  # ids of balances stated as surpluses (`22억달러 흑자`)
    reported_days: list[ReportedDay] = Field(default_factory=list)
    weekdays: list[DatedWeekday] = Field(default_factory=list)
    durations: list[RestatedDuration] = Field(default_factory=list)
    length_gaps: list[LengthGap] = Field(default_factory=list)
    net_tallies: list[NetTally] = Field(default_factory=list)
    _index: Any = PrivateAttr(default=None)  # the checks' lookup index, built once (check/facts.py)


class NameMention(BaseModel):
    """A person or outlet name as written, for the spelling check."""

    model_config = ConfigDict(defer_build=True)

    start: int
    end: int
    text: str
    key: str  # canonical id (lexicon) or a Latin gloss, lowercased
    kind: Literal["person", "outlet", "org"] = "person"


class Location(BaseModel):
    model_config = ConfigDict(defer_build=True)
    path: str
    start: int
    end: int
    line: int
    column: int
    end_line: int
    end_column: int
    message: str | None = None
    snippet: str | None = None  # the source line, for stored (ledger) articles


class Suggestion(BaseModel):
    """What one number would have to be for the finding's relation to hold: a suggested fix.
    Applying `replacement` over `location` ([start, end) of its path) makes the relation hold
    (the other numbers unchanged)."""

    model_config = ConfigDict(defer_build=True)

    location: Location  # the number's span; its `message` is unset (the suggestion's own is below)
    original: str  # the text replaced
    replacement: str  # in the article's notation (`80조 9000억원`, `$1.35bn`)
    value: float  # the value the replacement gives, in base units (as `Claim.value`)
    unit: str
    message: str  # in the chosen language: `the value would have to be 80조 9000억원`


class Finding(BaseModel):
    model_config = ConfigDict(defer_build=True)
    rule: str
    severity: Severity
    message: str
    location: Location
    related: list[Location] = Field(default_factory=list)
    evidence: dict[str, Any] = Field(default_factory=dict)
    notes: list[str] = Field(default_factory=list)
    count: int = 1  # copies of the same finding folded into this one
    suggestions: list[Suggestion] = Field(default_factory=list)  # each number's value that makes it hold


class Passed(BaseModel):
    """A relation that holds, for --show-passed."""

    model_config = ConfigDict(defer_build=True)

    rule: str
    message: str
    location: Location
    related: list[Location] = Field(default_factory=list)
    evidence: dict[str, Any] = Field(default_factory=dict)  # what was compared (the HTML draws its rate table from it)


# (ClaimSet names NameMention, defined after it: pydantic resolves the name when a claim set is first
# validated; a rebuild here built its validator, and those of its parts, on every start)
