"""A figure restated within one article must agree with its other statements at their written precision.

Articles restate their key figures: the headline, the lead, a summary bullet and the body give the
same total. Often the linker cannot tell who or what a headline's figure is about, so `agreement`
(F402), which needs entity, metric and period, never pairs them. This kind pairs statements by their
digits instead: two statements with at least three significant digits (`30만 2100명`, `36,512.47`,
`$311.26 billion`), in different sentences of one article, of the same unit and the same sort of
statement (a level, a change, a rate), whose links do not contradict each other (where both have
them: the same metric, a shared entity, periods one of which contains the other). The noun read as counted after a
figure may be a modifier of its noun phrase (`612,400 season total`, `trade visitors`): two statements of different
such nouns restate one figure only with the same digits as written, never one digit apart.

They are compared at the coarser statement's precision (`4,071억弗` is `4,071억3,000만달러` rounded):
- the same digits: a restatement that agrees, listed as passed;
- one digit different, in a figure of four or more significant digits (three for an amount or a
  count after the same words): a slip of the pen in one of them, a warning (on the statement fewer
  copies make, else on the later one);
- any other difference: two different figures, left alone.

A headline or lead often rounds the body's figure further than its digits alone can recognise
(`3조` for `2조 9,412억`, `58억弗` for `57억6,000만달러`, `nearly 300,000` for `291,000`). A short
figure restates a later, distinctive one (`min_digits` or more) when the later one lies inside the
interval the short one's written precision and hedge state, and the linker is sure both are the same
metric: listed as passed, never a slip (a rounding has no digit to miss). A change restated with the
figure it changes (`rose 6.3% to €41.8 million`; `€41.8 million (+6.3%)`) is recognised by the digits of
both together; a sentence whose figures come back whole and in order (a caption repeating the body) by
all of its figures together, whatever the links say in each place; and one amount stated as a level and
as a change (`추경 2조 4,615억원`, `예산이 2조 4,615억원 증가`) by five or more digits. All of these are
listed as passed, never reported. A short lead figure whose digits at its own precision are those of the first
later figure of its metric, role and magnitude but the leading one (`매출 7조` over `3조 1,240억원`)
is a slip in the rounding, though (`rounded_slips`).

A headline's rate of change (`Orbis profit falls 36%`) restated in the lead in other words (`a 36% drop in net
income`) is recognised by its digits and direction alone (`headline_change_pairs`): listed as passed, never a slip.

Two whole counts one apart in the last place (`4,213`, `4,214`) are a running tally given at two moments
or under two definitions, not a slip.

A headline figure one digit apart from a figure the body states twice or more, in agreement, is a slip in
the headline from three significant digits (`headline_slip_digits`), whatever words each follows (from two,
in the leading digit, after words the copies follow or the start of them, a shortened name): the
body's copies establish the figure (a headline is written apart from the body, often in other words:
`여당 143석` over `한빛당은 … 133석`), where two figures of the body one digit apart may be two facts.
A figure of the headline or lead whose digits are another's but the leading one (`1.62%` and `5.62%`) is a
slip from three significant digits, whatever words each follows: related figures share their magnitude,
so last digits apart are common (`12.3%`, `12.7%`), trailing digits alike under leading ones apart are not.
The lead runs through the first sentence that states a figure (a byline or dateline before it states none).
Two digits will do when both name one entity the linker is sure of and follow the same words. A change
stated twice, each time with the figure it changes, where those figures agree in three or more digits
(`rose 7.4% to €61.3 million`, `€61.3 million (+3.4%)`), two of one metric the linker is sure of, is one change:
a digit apart is a slip; so is a figure of one metric stated twice with one change (`EPS rose 7% to €0.54`,
`EPS: €0.84 (+7.0%)`). So is a
figure one digit apart in a sentence restated whole, all of its other figures alike (a repeated paragraph).

An article that opens with a headline (a line of its own, a blank line after it) restates it in the body in other words,
which the linker often reads as another metric, period or sort (`내년 예산 728조원`, `총지출을 728조원으로`;
`US employers add 254,000 jobs`, `payrolls increased by 254,000`). A headline figure of two or more significant
digits is restated by the first later statement sharing all of its digits at the coarser precision (`1.2%` over
`1.22%`; a bound or a rounding past its digits, `1% 넘게`, is passed over): from three digits whatever the links
say but sure entities, direction and counter; with two, where nothing sure sets them apart (`headline_pairs`).
A round headline figure of one digit (`순익 8000억원`) is restated by the first later statement with its value when the
linker is sure both are one metric (`headline_metric_pairs`).
A headline figure stated as a mark passed (`revenue tops NZ$80m`, `영업이익 70억원 돌파`) is restated by the first
later statement of its unit past the mark within its last significant digit (`NZ$84.1 million`, `76억원`), where
nothing the linker is sure of sets them apart (`headline_bound_pairs`); its digits alone restate nothing.
A three-digit headline figure restated nowhere, one leading digit off the first later figure of its magnitude, is
a slip (`headline_leading_slips`); so is a headline rate of change restated nowhere, one leading digit off the
lead's first change of its direction after a word in common or of one sure metric (`headline_change_slips`). Two
figures one leading digit apart are no slip where a percentage beside them states the share of one in the other
(a part and its whole) or where one is a prior or baseline (a figure of a period before). Two neighbouring digits
swapped as written are as distinctive as a leading digit apart in these headline rules (`54곳` over the lead's
`놀이터 45곳`; `$417,000` over `$471,000`); an English headline and lead counting one noun written after the figure
(`38 tennis courts`, `83 tennis courts`) follow a word in common. A figure stated before a list of parts as what they
break down (`선정된 8,460명을 연령별로 보면 …`), one digit apart or two digits swapped from an earlier figure the parts
add up to (`8,640명`), is a slip of one of the two (`breakdown_whole_slips`).

Statements are found by hashing their digits (exactly, and with each digit in turn left out), never
by comparing all pairs, so an article of thousands of figures costs time in proportion.
"""

from __future__ import annotations

import bisect
import itertools
import math
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from operator import attrgetter
from typing import NamedTuple, TypeVar

from pydantic import Field

from checker.check import formatting as fmt
from checker.check.base import CheckKind, Context, Draft, KindParams, Ref, claim_ref
from checker.check.entries import ClaimEntry, pickled_as_fields
from checker.check.facts import ClaimIndex, ValueKey, value_key
from checker.check.headline_fractions import headline_fraction_pairs, headline_same_fraction_pairs
from checker.check.intervals import Interval
from checker.check.suggest import fix, keep
from checker.link.counter_synonyms import (
    counter_group,
    counter_names_nothing,
    counters_alike,
    counters_may_restate,
    head_adds,
)
from checker.models import Claim, ClaimSet


class RestatementParams(KindParams):
    min_digits: int = Field(3, ge=2)  # significant digits a figure needs to be recognised by them alone
    # … and to call one digit apart a slip: two different three-digit figures one digit apart are
    # common (`12.3%` and `12.7%`), four-digit ones are not.
    slip_digits: int = Field(4, ge=2)
    # A shorter figure (`19석`, `13명`) is recognised by its digits only with the words it follows
    # (`미래한국당이 19석`, `미래한국당 총 19석`).
    head_digits: int = Field(2, ge=1)
    max_related: int = Field(3, ge=1)
    # A short figure is recognised as the rounding of a later, distinctive one of the same metric.
    rounded: bool = True
    # A change is recognised as restated with the figure it changes (`+4%` of `€1.27`, twice).
    changes: bool = True
    # One value written in two notations in two sentences (`£7.2bn`, `£7.2 billion`) is restated (`notation_pairs`).
    notations: bool = True
    # A sentence's figures restated together, in order (a caption repeating a sentence of the body).
    sentences: bool = True
    # A level and a change with this many significant digits in common are one figure (never a slip).
    any_sort_digits: int = Field(5, ge=3)
    lead_sentences: int = Field(3, ge=0)  # the headline and lead, where a figure is rounded for the reader
    # A rate of change in the headline is recognised as restated in the lead by its digits and direction alone
    # (`headline_change_pairs`): a headline's words seldom match the lead's.
    headline_changes: bool = True
    # Across articles (F407): statements of two articles about one named entity, grouped by it, their unit and
    # their leading digits (never all pairs), agree or differ in one digit as within an article.
    across: bool = False
    # A prose figure and the table cell it restates, paired by the cell's row and column labels (link/table_cells.py;
    # F409): compared by this rule alone, whatever their digits.
    table_cells: bool = False
    # A headline figure one digit apart from a figure the body states twice or more is a slip in the
    # headline at this many significant digits (fewer than `slip_digits`: the body's copies agree).
    headline_slip_digits: int = Field(3, ge=2)
    # A figure of the headline or lead (`lead_sentences`, or through the first sentence stating a figure) that
    # differs from another only in its leading digit is a slip from this many significant digits (fewer than
    # `slip_digits`: see `_leading_slip`).
    leading_slip_digits: int = Field(3, ge=2)
    # A headline figure of this many significant digits or more is recognised as restated by the first later
    # statement with its digits (`headline_pairs`) …
    headline_digits: int = Field(2, ge=1)
    # … whatever the links say from this many (a headline's few words link poorly); and a headline figure of this
    # many restated nowhere whose digits are the first later figure's of its magnitude but the leading one is a
    # slip (`headline_leading_slips`).
    headline_distinct_digits: int = Field(3, ge=2)
    # A headline figure stated as a mark passed (`tops $700m`, `60만명 돌파`) is restated by the first later figure
    # past the mark within its last significant digit (`headline_bound_pairs`).
    headline_bounds: bool = True
    # A round headline figure of at most `headline_digits` significant digits is restated by the first later figure
    # written finer that rounds to it (`headline_rounded_pairs`).
    headline_roundings: bool = True
    # A count stated twice after one noun or two of one thing (`16 games`, `16 matches`) is one figure
    # (`counted_pairs`).
    counted: bool = True
    # A figure stated before a whole's listed parts in their sentence, as what they break down (`선정된 8,460명을
    # 연령별로 보면 …`), one digit apart from the whole they add up to or two neighbouring digits swapped
    # (`breakdown_whole_slips`).
    breakdown_wholes: bool = True


@dataclass(frozen=True, slots=True)
class Digits:
    """A statement's value as an integer count of a rounding step: 36,512.47 at 0.01 is 3,651,247."""

    step: float
    count: int

    def text(self) -> str:
        return str(self.count)

    def significant(self) -> int:
        return len(self.text().rstrip("0"))


def _digits_at(claim: Claim, step: float) -> Digits | None:
    scaled = abs(claim.value) / step
    if not math.isfinite(scaled) or scaled >= 1e15:
        return None
    return Digits(step, round(scaled))


def _statement(claim: Claim) -> str:
    """The sort of statement a figure is: a change, a rate, or a level (values, priors, bases, and
    currency equivalents). A percentage the linker could place nowhere (a share of nothing named)
    is a change or a rate: its sort is decided by the statement it is paired with."""
    if claim.role == "change":
        return "change"
    if claim.role == "share":
        placed = claim.whole or claim.share_part or claim.share_whole or claim.label
        return "rate" if placed else "bare rate"
    return "level"


def _same_sort(a: Claim, b: Claim) -> bool:
    sort_a, sort_b = _statement(a), _statement(b)
    if "bare rate" in (sort_a, sort_b):
        return {sort_a, sort_b} <= {"bare rate", "rate", "change"}
    return sort_a == sort_b


def _group(claim: Claim) -> tuple:
    return claim.unit, claim.value < 0, claim.forecast


def _candidate(claim: Claim) -> bool:
    # A currency equivalent restated is a restatement too (`$3.88bn` in the headline, `(약 $3.88bn)` after).
    return (
        not claim.furniture
        and claim.kind in ("money", "percent", "count", "pp", "multiple", "measure")
        and claim.step > 0
        and claim.value != 0
        and math.isfinite(claim.value)
    )


def _known(claim: Claim, link: str) -> bool:
    return link not in claim.guesses


def compatible(a: Claim, b: Claim, any_sort: bool = False, any_counter: bool = False) -> bool:
    """Nothing the linker is sure of says the two statements are about different things (`any_sort`:
    a level and a change may be one figure, for the caller to decide by its digits; `any_counter`: the nouns
    counted may differ, for the caller to decide by its digits)."""
    if a.sentence == b.sentence or a.path != b.path or not (any_sort or _same_sort(a, b)):
        return False
    if a.direction and b.direction and a.direction != b.direction:
        return False
    same_metric = a.metric == b.metric and a.metric is not None and _known(a, "metric") and _known(b, "metric")
    if not any_counter and a.counter and b.counter and not counters_alike(a.counter, b.counter) and not same_metric:
        return False  # `26만명` and `26만 가구` are two figures; `194 deaths` and `194 fatalities` one
    if a.metric and b.metric and _known(a, "metric") and _known(b, "metric") and a.metric != b.metric:
        return False
    if (
        a.entities
        and b.entities
        and _known(a, "entities")
        and _known(b, "entities")
        and not set(a.entities) & set(b.entities)
    ):
        return False
    return not _periods_apart(a, b)


def _periods_apart(a: Claim, b: Claim) -> bool:
    """Whether the two statements are of periods apart: both sure of their periods, or one a prior (the figure a
    period before its value, `직전 분기(1,192억원)`, `the previous quarter's $1.19bn`) whose period is derived from
    its value's and the other sure of a period of its own (`1분기 1,122억원`) that the prior's does not nest with."""
    if not (a.period and b.period) or a.period.nested_with(b.period):
        return False
    if _known(a, "period") and _known(b, "period"):
        return True
    return any(one.role == "prior" and _known(other, "period") for one, other in ((a, b), (b, a)))


def _levels_by_copies(claims: list[Claim]) -> set[str]:
    """The rates placed nowhere that the article itself states as levels: one stated twice, with the same head
    words and no direction either time (`재활용률 61.3%` over `재활용률이 61.3%로`). A rate of change is written
    with its direction at least once; two directionless copies settle the figure as a level, which a change
    one digit apart (`11.3% 늘었다`) does not restate."""
    seen: dict[tuple, list[Claim]] = defaultdict(list)
    for claim in claims:
        if claim.direction == 0 and _candidate(claim) and _statement(claim) in ("bare rate", "rate"):
            seen[(claim.unit, claim.value)].append(claim)
    settled: set[str] = set()
    for copies in seen.values():
        for a, b in itertools.combinations(copies, 2):
            if a.sentence != b.sentence and set(a.head) & set(b.head):
                settled.update((a.id, b.id))
    return settled


def _guessed_change_of_same_words(a: Claim, b: Claim) -> bool:
    """A figure read as a change only by a guess, after the very words a level of its value follows (`made a
    surplus of £8.3m`, `leaving the surplus of £8.3m`): the reading of a change is the guess, not the figure."""
    change = a if a.role == "change" else b
    return bool(a.head) and a.head == b.head and "relation" in change.guesses


def _one_digit_apart(a: str, b: str) -> bool:
    return len(a) == len(b) and sum(x != y for x, y in zip(a, b, strict=True)) == 1


def _transposed(a: str, b: str) -> bool:
    """Two neighbouring digits swapped (`8,370` written `8,730`), the other slip of the pen in copying a figure."""
    if len(a) != len(b):
        return False
    apart = [at for at, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
    return len(apart) == 2 and apart[1] == apart[0] + 1 and a[apart[0]] == b[apart[1]] and a[apart[1]] == b[apart[0]]


def _swapped(a: Claim, b: Claim) -> bool:
    step = max(a.step, b.step)
    here, there = _digits_at(a, step), _digits_at(b, step)
    return here is not None and there is not None and _transposed(here.text(), there.text())


def _power_of_ten(ratio: float) -> bool:
    exponent = round(math.log10(ratio))
    return exponent >= 0 and math.isclose(ratio, 10.0**exponent, rel_tol=1e-9)


def _digit_slip(claim: Claim, other: Claim, here: Digits, there: Digits) -> bool:
    """Two statements' digits at one step differ in one place, as a slip of the pen makes them, and are not a
    running tally moved by one (`_tally_moved`)."""
    return (
        here.count != there.count
        and _one_digit_apart(here.text(), there.text())
        and not _tally_moved(claim, other, here, there)
    )


class FactKeys:
    """Each statement's agreement key (`value_key`), computed once per statement: a pair that the agreement
    kind keys alike (the same entity, metric and period) is its to judge, not this kind's."""

    def __init__(self, metric_types: dict[str, str]):
        self.metric_types = metric_types
        self._keys: dict[str, ValueKey | None] = {}

    def of(self, claim: Claim) -> ValueKey | None:
        if claim.id not in self._keys:
            self._keys[claim.id] = value_key(claim, self.metric_types)
        return self._keys[claim.id]

    def alike(self, a: Claim, b: Claim) -> bool:
        key = self.of(a)
        return key is not None and key == self.of(b)


class _Index:
    """The distinctive statements of one group at one step, by their digits and by each digit left out."""

    def __init__(self):
        self.exact: dict[int, list[Claim]] = defaultdict(list)
        self.blanked: dict[tuple[int, str], list[Claim]] = defaultdict(list)

    def add(self, claim: Claim, digits: Digits) -> None:
        self.exact[digits.count].append(claim)
        text = digits.text()
        for at in range(len(text)):
            self.blanked[(at, text[:at] + "_" + text[at + 1 :])].append(claim)

    def near(self, digits: Digits) -> Iterable[Claim]:
        """Statements whose digits equal these or differ from them in one place."""
        yield from self.exact.get(digits.count, ())
        text = digits.text()
        for at in range(len(text)):
            yield from self.blanked.get((at, text[:at] + "_" + text[at + 1 :]), ())
        for at in range(len(text) - 1):
            if text[at] != text[at + 1]:
                yield from self.exact.get(int(text[:at] + text[at + 1] + text[at] + text[at + 2 :]), ())


def _recognised(claim: Claim, other: Claim, digits: Digits, min_digits: int, head_digits: int) -> bool:
    """Enough digits to be one figure by them alone, or enough with the words both follow."""
    significant = digits.significant()
    return significant >= min_digits or (significant >= head_digits and bool(set(claim.head) & set(other.head)))


def _named_after(claim: Claim, other: Claim) -> bool:
    """One figure follows the name of the entity the other is about, as the linker is sure of it (`APP 150` in a
    tally, `the APP won 150 seats`): with the same digits, the same figure."""
    if claim.period and other.period and not claim.period.nested_with(other.period):
        return False  # a tally of another year, however the period was found (`In 2019 the tally was: APP 150`)
    return any(
        a.entities and _known(a, "entities") and set(a.entities) & set(b.head)
        for a, b in ((claim, other), (other, claim))
    )


def _keyed(claim: Claim) -> bool:
    """The linker is sure of who, what and when the figure states."""
    return bool(claim.entities and claim.metric and claim.period) and not (
        {"entities", "metric", "period"} & set(claim.guesses)
    )


def _same_fact(claim: Claim, other: Claim) -> bool:
    """Both statements name one entity, metric and period the linker is sure of (`SpiceJet had a market share of
    5.4% in May`, `its share fell to 5.4% in May`): a short figure is recognised by its digits with them, as
    with the words it follows, though agreement keys the two apart (a share listed with its part is labelled)."""
    return (
        _keyed(claim)
        and _keyed(other)
        and bool(set(claim.entities) & set(other.entities))
        and claim.metric == other.metric
        and claim.period == other.period
        and (claim.scope is None or other.scope is None or claim.scope == other.scope)
    )


Pairs = list[tuple[Claim, Claim]]
_Member = TypeVar("_Member")


def _tally_moved(claim: Claim, other: Claim, digits: Digits, coarse: Digits) -> bool:
    """Two whole counts one apart (`4,213 recovered` and `4,214 recovered or left hospital`) are a running tally
    given at two moments or over two definitions, not a slip of the pen: a slip changes a digit to
    any other, rarely to its neighbour in the last place."""
    whole = claim.kind == other.kind == "count" and min(claim.step, other.step) >= 1
    return whole and abs(digits.count - coarse.count) == 1


def _slip_digits_with_head(claim: Claim, slip_digits: int) -> int:
    """An amount or a count after the words of its restatement is a slip one digit shorter; a rate is
    not (different rates after the same words are common: `rose 12.3%`, `rose 12.7%`)."""
    return slip_digits if claim.kind in ("percent", "pp") else slip_digits - 1


def _leading_slip(claim: Claim, other: Claim, digits: Digits, coarse: Digits, at_least: int, lead: int) -> bool:
    """A figure of the headline or lead whose digits are another's but the leading one (`1.51%`, `5.51%`) restates
    it with a slip. Related figures share their magnitude, so two of them one apart in the last digit (`12.3%`,
    `12.7%`) are common; two whose trailing digits agree while their leading ones differ meet by chance about once
    in a hundred pairs at three digits, and the lead is written to restate the body's figures. One digit fewer
    will do when both name one entity the linker is sure of and follow the same words (`China's trade up 8.9%`,
    `China's trade rose 8.9%`). The trailing digits must agree as written: a finer figure rounded to meet a coarser
    one (`1,046` read as `1,05x` beside `2,050`) meets many more figures by chance, and a slip copies the digits it
    keeps, so a leading digit off and the rest rounded are two differences, two figures."""
    if not (min(claim.sentence, other.sentence) < lead and _apart_in_leading_digit(digits, coarse)):
        return False
    if not (_written_at(claim, digits) and _written_at(other, coarse)):
        return False
    significant = min(digits.significant(), coarse.significant())
    return significant >= at_least or (
        significant >= at_least - 1 and _same_entity(claim, other) and bool(set(claim.head) & set(other.head))
    )


def _gap_stated(claim: Claim, other: Claim, claims: list[Claim]) -> bool:
    """Whether a third figure of the pair's kind and unit, stated in the sentence of either, is their difference
    (`4만 유로, … 2만4천800 유로` beside the lead's `6만4천800 유로`; `$40,000 … and $24,800` of `$64,800`): the
    smaller is a part the other holds, or what is left of it, no slip of its digits."""
    gap = abs(claim.value - other.value)
    return any(
        c is not claim
        and c is not other
        and c.sentence in (claim.sentence, other.sentence)
        and (c.kind, c.unit) == (claim.kind, claim.unit)
        and c.low <= gap <= c.high
        for c in claims
    )


def _both_confirmed(claim: Claim, other: Claim, claims: list[Claim]) -> bool:
    """Whether the arithmetic of each figure's own sentence bears out its digits exactly, so neither is a slip of the
    other: two amounts that look alike (`each of six clubs got £1,596` of `£9,576`, and `the dog show £1,956`, the last
    of the parts that make up the £9,576)."""
    return _confirmed(claim, claims) and _confirmed(other, claims)


def _part_of_a_copy(part: Claim, other: Claim, claims: list[Claim]) -> bool:
    """Whether a listed part adds up with its list exactly to a whole of the other figure's value (`£30,000, £10,000
    and £17,500 …, which together meet the £57,500 bill`, with `about £57,500` stated before): the other is that whole
    restated, and the part one digit apart from it is another figure, no slip."""
    if part.part_of is None or not _confirmed(part, claims):
        return False
    whole = next((c for c in claims if c.id == part.part_of), None)
    return whole is not None and whole.unit == other.unit and math.isclose(whole.value, other.value, rel_tol=1e-9)


def _confirmed(figure: Claim, claims: list[Claim]) -> bool:
    """A listed part whose list adds up to its whole exactly, or a figure that a whole count of its sentence
    multiplies into another figure of its sentence exactly (`six clubs … £1,596 each … £9,576`): a slip in its
    digits would break the sum or the product."""
    if figure.part_of is not None:
        parts = [c.value for c in claims if c.part_of == figure.part_of]
        whole = next((c for c in claims if c.id == figure.part_of), None)
        if whole is not None and len(parts) > 1 and math.isclose(sum(parts), whole.value, rel_tol=1e-9):
            return True
    own = [c for c in claims if c.sentence == figure.sentence and c is not figure]
    counts = [c.value for c in own if c.kind == "count" and c.value > 1 and c.value == int(c.value)]
    return any(
        (c.kind, c.unit) == (figure.kind, figure.unit) and math.isclose(figure.value * n, c.value, rel_tol=1e-9)
        for n in counts
        for c in own
    )


def _written_at(claim: Claim, digits: Digits) -> bool:
    """The figure's digits at this step are its written ones: reading it at the step rounds nothing away."""
    return math.isclose(abs(claim.value) / digits.step, digits.count, rel_tol=1e-9)


def _apart_in_leading_digit(here: Digits, there: Digits) -> bool:
    a, b = here.text(), there.text()
    return len(a) == len(b) and a[0] != b[0] and a[1:] == b[1:]


def _same_entity(claim: Claim, other: Claim) -> bool:
    return bool(
        claim.entities
        and other.entities
        and _known(claim, "entities")
        and _known(other, "entities")
        and set(claim.entities) & set(other.entities)
    )


def _lead_end(claims: list[Claim], lead_sentences: int) -> int:
    """The sentence the lead ends before: the first `lead_sentences`, or through the first sentence that states a
    figure, whichever is later (a byline, a dateline and a photo credit before the lead state none)."""
    figured = min((claim.sentence for claim in claims if _candidate(claim)), default=-1)
    return max(lead_sentences, figured + 1)


# A table that repeats one figure thousands of times would pair every statement with every other
# (quadratic): a statement is compared with the first statements of its digits only, and clusters
# join the rest through them. Prose never states one figure this often.
_NEAR_REACH = 16


def restatement_pairs(
    claims: list[Claim],
    min_digits: int,
    slip_digits: int,
    keys: FactKeys,
    head_digits: int | None = None,
    any_sort_digits: int = 5,
    leading_slip_digits: int | None = None,
    lead_sentences: int = 0,
) -> tuple[Pairs, Pairs]:
    """(agreeing pairs, pairs one digit apart) among one article's claims. Pairs the agreement kind
    already keys together (the same entity, metric and period) are its to judge."""
    lowest = min(min_digits, head_digits or min_digits)
    levels = _levels_by_copies(claims)

    def same_sort(a: Claim, b: Claim) -> bool:
        if a.id in levels or b.id in levels:
            return "change" not in (_statement(a), _statement(b)) and _same_sort(a, b)
        return _same_sort(a, b)

    groups: dict[tuple, list[Claim]] = defaultdict(list)
    for claim in claims:
        if _candidate(claim):
            groups[_group(claim)[:2]].append(claim)
    agree: list[tuple[Claim, Claim]] = []
    apart: list[tuple[Claim, Claim]] = []
    seen: set[tuple[str, str]] = set()
    for members in groups.values():
        indexes: dict[float, _Index] = {}
        for claim in members:
            own = _digits_at(claim, claim.step)
            if own is not None and own.significant() >= (lowest if claim.head or _keyed(claim) else min_digits):
                indexes.setdefault(claim.step, _Index()).add(claim, own)
        for claim in members:
            for step, index in indexes.items():
                if step < claim.step or not _power_of_ten(step / claim.step):
                    continue  # compared at the coarser of the two precisions
                digits = _digits_at(claim, step)
                if digits is None:
                    continue
                for other in itertools.islice(index.near(digits), _NEAR_REACH):
                    pair = (claim.id, other.id) if claim.id < other.id else (other.id, claim.id)
                    if other is claim or pair in seen:
                        continue
                    counted_apart = not compatible(claim, other, any_sort=True)
                    if counted_apart and not compatible(claim, other, any_sort=True, any_counter=True):
                        continue
                    seen.add(pair)
                    if keys.alike(claim, other):
                        continue
                    coarse = _digits_at(other, step)
                    if coarse is None:
                        continue
                    if counted_apart:
                        # The same distinctive figure after another noun (`612,400 spectators`, `the 612,400
                        # season total`; `4,370 trade visitors`): the noun read as counted is often a modifier of
                        # the noun phrase, not what is counted. Its digits alike as written, one figure; a digit
                        # apart, two figures of two nouns.
                        if (
                            digits.count == coarse.count
                            and coarse.significant() >= min_digits
                            and claim.step == other.step
                            and claim.forecast == other.forecast
                            and same_sort(claim, other)
                        ):
                            agree.append((claim, other))
                        continue
                    if claim.forecast != other.forecast:
                        # The forecast mark is the sentence's, not the figure's (`“… 13.4% 늘어난 것은 …” …
                        # 올해 목표`): distinctive digits alike are one figure, digits apart are left alone.
                        if (
                            digits.count == coarse.count
                            and coarse.significant() >= min_digits
                            and same_sort(claim, other)
                        ):
                            agree.append((claim, other))
                        continue
                    if not _recognised(claim, other, coarse, min_digits, head_digits or min_digits):
                        # A short figure with the same sure links agrees when its digits are the same; one
                        # digit apart it is as likely a second figure (`5.4%` in May, `5.8%` in June).
                        short_keyed = coarse.significant() >= lowest and (
                            _same_fact(claim, other) or _named_after(claim, other)
                        )
                        if not (short_keyed and digits.count == coarse.count and same_sort(claim, other)):
                            continue
                        agree.append((claim, other))
                        continue
                    if not same_sort(claim, other):
                        # A level and a change of one amount (`추경 2조 4,615억원`, `예산이 2조 4,615억원
                        # 증가`): one figure when its digits are too many to meet twice by chance, or when both
                        # follow the same words and the change is only a guess (`a surplus of £8.3m` twice).
                        if digits.count == coarse.count and (
                            coarse.significant() >= any_sort_digits or _guessed_change_of_same_words(claim, other)
                        ):
                            agree.append((claim, other))
                    elif digits.count == coarse.count:
                        agree.append((claim, other))
                    elif (
                        _recognised(claim, other, coarse, slip_digits, _slip_digits_with_head(claim, slip_digits))
                        or (
                            leading_slip_digits is not None
                            and _leading_slip(claim, other, digits, coarse, leading_slip_digits, lead_sentences)
                        )
                    ) and _digit_slip(claim, other, digits, coarse):
                        if (
                            not _gap_stated(claim, other, claims)
                            and not _both_confirmed(claim, other, claims)
                            and not _part_of_a_copy(claim, other, claims)
                            and not _part_of_a_copy(other, claim, claims)
                        ):
                            apart.append((claim, other))
                    elif (
                        _transposed(digits.text(), coarse.text())
                        and _written_at(claim, digits)
                        and _written_at(other, coarse)
                        and _recognised(claim, other, coarse, slip_digits, _slip_digits_with_head(claim, slip_digits))
                        and not _both_confirmed(claim, other, claims)
                    ):
                        # Two neighbours swapped, as written (a rounding that makes them so is a second difference):
                        # as distinctive as one digit apart. Three digits meet so by chance, even in the lead
                        # (`418` stores in all, `148` in one region).
                        apart.append((claim, other))
    return agree, apart


def table_cell_pairs(claims: list[Claim], by_id: dict[str, Claim]) -> tuple[Pairs, Pairs]:
    """(agreeing pairs, differing pairs) of a prose figure and the table cells it restates, as the link stage
    paired them by the cell's row and column labels (`restates`): compared at the coarser precision, a hedged
    figure (`almost $8.2 billion`) within one step more; a sign against the prose's direction differs too."""
    agree: Pairs = []
    apart: Pairs = []
    for claim in claims:
        for cell_id in claim.restates:
            cell = by_id.get(cell_id)
            if cell is None or cell.kind != claim.kind or cell.unit != claim.unit or not _candidate(claim):
                continue
            step = max(claim.step, cell.step)
            reach = step * (1.0 if claim.qualifier or cell.qualifier else 0.5) * (1 + 1e-9)
            against = claim.direction and cell.direction and claim.direction != cell.direction and cell.value != 0
            if abs(abs(claim.value) - abs(cell.value)) <= reach and not against:
                agree.append((claim, cell))
            else:
                apart.append((claim, cell))
    return agree, apart


def _metric(claim: Claim) -> str | None:
    return claim.metric if claim.metric and _known(claim, "metric") else None


_HEDGES = (None, "approx", "nearly")  # a bound (`over`, `at most`) states no rounding of a figure
_BOUNDS = {"over": 1, "atleast": 1, "under": -1, "atmost": -1}  # a mark passed upward, or fallen below


def _rounds_to(coarse: Claim, fine: Claim) -> bool:
    """The fine figure written at the coarse one's precision is the coarse one: `2조 9,412억` is `3조`, and
    `nearly 300,000` holds `291,000` (a hedge states its own interval). `120억` is not `125억` rounded."""
    low, high = sorted((abs(coarse.low), abs(coarse.high)))
    if not low < abs(fine.value) < high:
        return False
    if coarse.qualifier is not None:
        return True
    return math.floor(abs(fine.value) / coarse.step + 0.5) == round(abs(coarse.value) / coarse.step)


def rounded_pairs(claims: list[Claim], min_digits: int, keys: FactKeys, lead_sentences: int) -> Pairs:
    """(short, distinctive) pairs: a figure of the headline or lead (the first `lead_sentences`) with fewer
    than `min_digits` significant digits that rounds a later figure of `min_digits` or more, of the same
    unit, sort and known metric; of several such figures, the nearest (none between two equally near).
    Distinctive figures are found by value in a sorted index per (group, metric), never all pairs."""
    by_value: dict[tuple, list[tuple[float, int, Claim]]] = defaultdict(list)
    short: list[Claim] = []
    for claim in claims:
        if not _candidate(claim) or _metric(claim) is None:
            continue
        own = _digits_at(claim, claim.step)
        if own is None:
            continue
        if own.significant() >= min_digits:
            by_value[(_group(claim), claim.metric)].append((abs(claim.value), claim.start, claim))
        elif _rounding_lead(claim, lead_sentences):
            short.append(claim)
    for values in by_value.values():
        values.sort(key=lambda entry: entry[:2])
    pairs: Pairs = []
    for coarse in short:
        values = by_value.get((_group(coarse), coarse.metric), [])
        low, high = sorted((abs(coarse.low), abs(coarse.high)))
        rounded = [
            fine
            for _, _, fine in values[bisect.bisect_left(values, (low,)) : bisect.bisect_right(values, (high, math.inf))]
            if fine.start > coarse.start
            and fine.step < coarse.step
            and _rounds_to(coarse, fine)
            and compatible(coarse, fine)
            and not keys.alike(coarse, fine)
        ]
        distances = sorted({abs(abs(fine.value) - abs(coarse.value)) for fine in rounded})
        nearest = (
            [fine for fine in rounded if abs(abs(fine.value) - abs(coarse.value)) == distances[0]] if rounded else []
        )
        if len({fine.value for fine in nearest}) == 1:
            pairs.extend((coarse, fine) for fine in nearest)
    return pairs


def counted_roundings(claims: list[Claim], min_digits: int, keys: FactKeys) -> Pairs:
    """(short, distinctive) pairs: a later count written short (fewer than `min_digits` significant digits, perhaps
    hedged) of the same counted noun as an earlier count of `min_digits` or more that it rounds (`1.47 million
    tickets` … `1.5m tickets`): a writer (or a speaker quoted) who counts the same noun again, rounded, restates it.
    The noun stands in for the known metric `rounded_pairs` asks of a lead, so the pair must be the only one: an
    earlier count it rounds of another noun, or of none (`and 1.52 million last year`), or of another value, leaves
    which it rounds unsaid. Found by value in a sorted index per group, never all pairs."""
    by_value: dict[tuple, list[tuple[float, int, Claim]]] = defaultdict(list)
    short: list[Claim] = []
    for claim in claims:
        if not _candidate(claim) or claim.kind != "count":
            continue
        own = _digits_at(claim, claim.step)
        if own is None:
            continue
        if own.significant() >= min_digits:
            by_value[_group(claim)].append((abs(claim.value), claim.start, claim))
        elif claim.counter and claim.qualifier in _HEDGES and math.isfinite(claim.low) and math.isfinite(claim.high):
            short.append(claim)
    if not short:
        return []
    for values in by_value.values():
        values.sort(key=lambda entry: entry[:2])
    pairs: Pairs = []
    for coarse in short:
        values = by_value.get(_group(coarse), [])
        low, high = sorted((abs(coarse.low), abs(coarse.high)))
        rounded = [
            fine
            for _, _, fine in values[bisect.bisect_left(values, (low,)) : bisect.bisect_right(values, (high, math.inf))]
            if fine.sentence < coarse.sentence and fine.step < coarse.step and _rounds_to(coarse, fine)
        ]
        if len({fine.value for fine in rounded}) != 1:
            continue
        if all(
            (fine.counter or "").lower() == coarse.counter.lower()
            and compatible(coarse, fine)
            and not keys.alike(coarse, fine)
            for fine in rounded
        ):
            pairs.extend((coarse, fine) for fine in rounded)
    return pairs


def headline_change_pairs(claims: list[Claim], keys: FactKeys, lead_end: int) -> Pairs:
    """(headline, lead) pairs: a rate of change in the headline (`Acme profit falls 36%`) restated in the lead
    (`Acme reported a 36% drop in quarterly profit`, or rounded by the headline: `a 36.2% drop`) with the same
    digits at the headline's precision and the same direction. A headline words a
    change in a present-tense verb and its own few words, which seldom match the lead's (`profit falls`, `a
    drop in net income`), so a short rate is recognised here by its place and its direction rather than by the
    words it follows: the first sentences of the body state it again. Listed as passed only: a short rate one
    digit apart in the lead is as likely a second change (`revenue fell 26%`) as a slip. Two changes each stated
    with the figure it changes are compared with their figures (`change_pairs`): the same rate of two figures is
    two changes."""
    headline = [
        c
        for c in claims
        if c.sentence == 0 and c.role == "change" and c.direction and c.kind in ("percent", "pp") and _candidate(c)
    ]
    if not headline:
        return []
    lead = [c for c in claims if 0 < c.sentence < lead_end and c.role == "change" and c.direction and _candidate(c)]
    pairs: Pairs = []
    for claim in headline:
        for other in lead:
            digits = _rounded_by_headline(claim, other)
            if (
                digits is not None
                and other.unit == claim.unit
                and other.direction == claim.direction
                and not (claim.change_of and other.change_of)
                # two digits written alike with a direction meet by chance seldom: the headline's few words may name
                # another metric or period (`예산 2.5% 늘려`, `총지출을 2.5% 늘어난`); one digit, or a rate the
                # headline rounds (`exports up 12%`, `imports rose 11.8%`), needs the links to agree
                and (
                    _loosely_compatible(claim, other)
                    if digits.significant() >= 2 and other.step == claim.step
                    else compatible(claim, other)
                )
                and not keys.alike(claim, other)
            ):
                pairs.append((claim, other))
                break  # the lead's first statement of it
    return pairs


def headline_change_body_pairs(claims: list[Claim], paired: set[str], lead_end: int) -> Pairs:
    """(headline, body) pairs: a rate of change in the headline of two or more significant digits (`blade deliveries
    jump 46%`) that the lead does not restate, restated further down by the body's one change of its unit,
    direction and digits as written (`shipped 1,310 blades, 46% more than a year before`). A headline often picks a
    figure from a later paragraph; two digits written alike, with a direction, met once in the body and nowhere
    in the lead, are that figure. Two such changes in the body, or a link the linker is sure of that sets them
    apart, and nothing is paired. Listed as passed only."""
    headline = [
        c
        for c in claims
        if c.sentence == 0
        and c.id not in paired
        and c.role == "change"
        and c.direction
        and c.kind in ("percent", "pp")
        and _candidate(c)
    ]
    if not headline:
        return []
    body: dict[tuple, list[Claim]] = defaultdict(list)
    for c in claims:
        if c.sentence > 0 and c.role == "change" and c.direction and _candidate(c):
            body[(c.unit, c.direction, c.step, c.value)].append(c)
    pairs: Pairs = []
    for claim in headline:
        own = _digits_at(claim, claim.step)
        if own is None or own.significant() < 2:
            continue
        found = body.get((claim.unit, claim.direction, claim.step, claim.value), [])
        if len(found) == 1 and found[0].sentence >= lead_end and _loosely_compatible(claim, found[0]):
            pairs.append((claim, found[0]))
    return pairs


def _rounded_by_headline(headline: Claim, other: Claim) -> Digits | None:
    """The headline rate's digits when the lead's rate rounds to them at the headline's precision (`18%` over
    `18.2%`, `0.5%` over `0.50%`); None for other digits or a lead coarser than the headline."""
    if other.step > headline.step or not _power_of_ten(headline.step / other.step):
        return None
    here, there = _digits_at(headline, headline.step), _digits_at(other, headline.step)
    return here if here is not None and here == there else None


def _rounding_lead(claim: Claim, lead_sentences: int) -> bool:
    """A figure of the headline or lead written short, perhaps hedged, of a metric the linker is sure of: a
    rounding of a figure the body states in full (`rounded_pairs`, `rounded_slips`)."""
    return (
        claim.sentence < lead_sentences
        and claim.qualifier in _HEDGES
        and math.isfinite(claim.low)
        and math.isfinite(claim.high)
    )


def _marked_lead(claim: Claim, lead_sentences: int) -> bool:
    """A figure of the headline or lead stated as a mark passed (`tops $3 billion`, `3조원 돌파`): short of it, the
    first later figure of its metric and magnitude is a slip in the mark (`rounded_slips`), as for a rounding."""
    return claim.sentence < lead_sentences and claim.qualifier in _BOUNDS


# A lead rounds a few figures for the reader; one of more short figures than this is a table's, left out of
# `rounded_slips` (each short figure is compared with every figure of its metric: quadratic in them).
_LEAD_ROUNDINGS = 24


def rounded_slips(
    claims: list[Claim], clustered: set[str], min_digits: int, keys: FactKeys, lead_sentences: int
) -> Pairs:
    """(short, distinctive) pairs: a short figure of the headline or lead (as in `rounded_pairs`), restated by no
    other statement, whose digits at its own precision are those of the first later figure of its metric, unit,
    role and magnitude but the leading one (`관객 6억명` over the body's `2억 3,480만명`, then its
    parts of `1억`; `57억달러` over `17억 3,000만달러`). The lead rounds the figure the body states first in
    full, its parts and breakdowns after it, so the digit is a slip. Nothing is said when a figure of that metric
    and magnitude comes before the lead's or beside it (the lead may round that one, or be its part), when one
    has the lead's digits (the lead rounds that one), when the first later one is short too (another rounding),
    or where the digits differ in the last place (`1.2조` over `1조 6,420억원`: a sum or another
    figure as likely as a slip, as for `_leading_slip`). A prior (`6조 5,000억원에서 9조 1,000억원으로`)
    is passed over for the figure of the lead's role. The figures are found by (group, metric, sort) in one pass,
    never all pairs."""
    others: dict[tuple, list[Claim]] = defaultdict(list)
    short: list[Claim] = []
    for claim in claims:
        if not _candidate(claim) or _metric(claim) is None:
            continue
        others[(_group(claim), claim.metric, _statement(claim))].append(claim)
        own = _digits_at(claim, claim.step)
        lead = _rounding_lead(claim, lead_sentences) or _marked_lead(claim, lead_sentences)
        short_lead = own is not None and own.significant() < min_digits and lead
        if short_lead and claim.id not in clustered:
            short.append(claim)
    if len(short) > _LEAD_ROUNDINGS:
        return []  # a table in the lead: each figure is compared with the metric's others (short × others)
    pairs: Pairs = []
    for coarse in short:
        # at the precision of its significant digits: `$300 million` rounds to hundreds of millions
        written = _digits_at(coarse, coarse.step)
        step = coarse.step * 10 ** (len(written.text()) - written.significant())
        digits = _digits_at(coarse, step)
        if digits is None:
            continue
        same_size: list[tuple[Claim, Digits]] = []  # in the article's order
        for other in others[(_group(coarse), coarse.metric, _statement(coarse))]:
            rounded = _digits_at(other, step)
            if other is not coarse and rounded is not None and len(rounded.text()) == len(digits.text()):
                same_size.append((other, rounded))
        # One before the lead's figure or beside it: the lead's may round that one, or be its part (`관객 2억명·한국
        # 영화 1억명`), whatever the linker says of the two; one with the lead's digits is what the lead rounds
        # (`2조 순매도` over the day's `1조 2,000억원`, then the week's `2조 1,000억원`).
        if any(
            other.start < coarse.start or other.sentence == coarse.sentence or rounded.count == digits.count
            for other, rounded in same_size
        ):
            continue
        same_size = [(other, rounded) for other, rounded in same_size if compatible(coarse, other)]
        fine, rounded = next(((o, r) for o, r in same_size if o.role == coarse.role), (None, None))
        own = _digits_at(fine, fine.step) if fine is not None else None
        if (
            own is not None
            and fine.step < coarse.step
            and _power_of_ten(coarse.step / fine.step)
            and own.significant() >= min_digits
            and not keys.alike(coarse, fine)
            and _apart_in_leading_digit(digits, rounded)
            and (coarse.qualifier not in _BOUNDS or (fine.value - coarse.value) * _BOUNDS[coarse.qualifier] < 0)
        ):
            pairs.append((coarse, fine))
    return pairs


def _same_digits(a: Claim, b: Claim) -> Digits | None:
    """The digits two statements share at the coarser of their precisions, or None."""
    step = max(a.step, b.step)
    if not _power_of_ten(step / min(a.step, b.step)):
        return None
    here, there = _digits_at(a, step), _digits_at(b, step)
    return here if here is not None and here == there else None


def _sure_in_common(a: Claim, b: Claim) -> bool:
    """An entity or a metric both figures name, at least one of them surely."""
    entity = bool(set(a.entities) & set(b.entities)) and (_known(a, "entities") or _known(b, "entities"))
    metric = a.metric is not None and a.metric == b.metric and (_known(a, "metric") or _known(b, "metric"))
    return entity or metric


def _nothing_stated_apart(a: Claim, b: Claim) -> bool:
    """No key the linker read from each figure's own words sets the two apart: a guessed metric, period or entity
    is left out of the comparison (it ranks, it does not veto), and so are the counter and the forecast mark, which
    a restatement in other words changes (`2.37 million visitors`, `2,370,000 people`)."""
    if a.direction and b.direction and a.direction != b.direction:
        return False
    if a.metric and b.metric and _known(a, "metric") and _known(b, "metric") and a.metric != b.metric:
        return False
    named = a.entities and b.entities and _known(a, "entities") and _known(b, "entities")
    if named and not set(a.entities) & set(b.entities):
        return False
    return not (
        a.period and b.period and _known(a, "period") and _known(b, "period") and not a.period.nested_with(b.period)
    )


def notation_pairs(claims: list[Claim], min_digits: int, head_digits: int, keys: FactKeys) -> Pairs:
    """(figure, figure) pairs of one value written in two notations in two sentences (`£7.2bn`, `£7.2 billion`;
    `3조 6,140억원`, `3.6조원`; `2.37 million`, `2,370,000`): a writer who spells a figure out again in other
    digits restates it. They agree at the coarser precision and are of one unit and sort, and nothing the linker
    read from their own words sets them apart (`_nothing_stated_apart`: keys it guessed do not). A pair of other
    counters needs `min_digits` significant digits; a shorter pair (`head_digits` or more) an entity or metric in
    common. Listed as passed, never a slip: the digits are equal. Found by hashing the digits at each rounding step
    of the article, never all pairs."""
    groups: dict[tuple, list[tuple[Claim, Digits]]] = defaultdict(list)
    for claim in claims:
        if not _candidate(claim):
            continue
        own = _digits_at(claim, claim.step)
        if own is not None and own.significant() >= head_digits:
            groups[(claim.unit, claim.value < 0)].append((claim, own))
    pairs: Pairs = []
    for members in groups.values():
        by_digits: dict[tuple[float, int], list[Claim]] = defaultdict(list)
        for claim, own in members:
            by_digits[(claim.step, own.count)].append(claim)
        steps = {claim.step for claim, _ in members}
        for claim, _ in members:
            for step in steps:
                if step < claim.step or not _power_of_ten(step / claim.step):
                    continue
                digits = _digits_at(claim, step)
                if digits is None:
                    continue
                for other in by_digits.get((step, digits.count), ())[:_NEAR_REACH]:
                    if other.start <= claim.start and other.step == claim.step:
                        continue  # (each pair once; one of two at one step is found from the other)
                    if other.sentence == claim.sentence or (other.notation and other.notation == claim.notation):
                        continue
                    if not (_same_sort(claim, other) and _nothing_stated_apart(claim, other)):
                        continue
                    if keys.alike(claim, other):
                        continue
                    significant = digits.significant()
                    other_counter = claim.counter and other.counter and claim.counter != other.counter
                    if significant < min_digits and (other_counter or not _sure_in_common(claim, other)):
                        continue
                    pairs.append((claim, other))
    return pairs


def _leading(value: float, digits: int) -> str:
    return f"{abs(value):.{digits - 1}e}"


def sentence_pairs(claims: list[Claim], min_digits: int, keys: FactKeys) -> Pairs:
    """Figures of a sentence restated whole (a photo caption or summary line that repeats a sentence of
    the body): two sentences whose figures are the same, in the same order, two or more of them with
    `2 × min_digits` significant digits between them, restate each of their figures, whatever the linker
    made of their words in each place. Sentences are found by hashing their figures, never all pairs."""
    by_sentence: dict[int, list[Claim]] = defaultdict(list)
    for claim in claims:
        if _candidate(claim):
            by_sentence[claim.sentence].append(claim)
    sentences: dict[tuple, list[list[Claim]]] = defaultdict(list)
    for members in by_sentence.values():
        members.sort(key=lambda c: c.start)
        digits = [_digits_at(c, c.step) for c in members]
        if len(members) < 2 or None in digits:
            continue
        if sum(d.significant() for d in digits) < 2 * min_digits:
            continue
        signature = tuple((c.unit, c.kind, c.step, d.count, c.value < 0) for c, d in zip(members, digits, strict=True))
        sentences[signature].append(members)
    pairs: Pairs = []
    for same in sentences.values():
        first, *others = same
        for other in others:
            pairs.extend((a, b) for a, b in zip(first, other, strict=True) if not keys.alike(a, b))
    return pairs


# A sentence is left out of `sentence_slips` beyond this many figures: each is hashed with every one of its
# figures left out in turn (quadratic in them), and a line of that many figures is a table's, whose rows repeat
# a pattern by design.
_SENTENCE_FIGURES = 12


def sentence_slips(claims: list[Claim], min_digits: int) -> Pairs:
    """(figure, figure) pairs one digit apart in two sentences whose other figures are the same, in the same
    order, two or more of them with `2 × min_digits` significant digits between them (a paragraph repeated
    with one figure changed): the sentence is restated whole, so the odd figure is a slip in one copy.
    Sentences are found by hashing their figures with each in turn left out, never all pairs."""
    by_sentence: dict[int, list[Claim]] = defaultdict(list)
    for claim in claims:
        if _candidate(claim):
            by_sentence[claim.sentence].append(claim)
    blanked: dict[tuple, list[tuple[list[Claim], int, Digits]]] = defaultdict(list)
    for members in by_sentence.values():
        members.sort(key=lambda c: c.start)
        digits = [_digits_at(c, c.step) for c in members]
        if not 3 <= len(members) <= _SENTENCE_FIGURES or None in digits:
            continue
        signature = [(c.unit, c.kind, c.step, d.count, c.value < 0) for c, d in zip(members, digits, strict=True)]
        total = sum(d.significant() for d in digits)
        for at, (claim, own) in enumerate(zip(members, digits, strict=True)):
            if total - own.significant() < 2 * min_digits:
                continue
            odd = (claim.unit, claim.kind, claim.step, len(own.text()), claim.value < 0)
            blanked[(at, odd, *signature[:at], *signature[at + 1 :])].append((members, at, own))
    pairs: Pairs = []
    for same in blanked.values():
        for (first, at, here), (other, _, there) in itertools.combinations(same[:_BUCKET_REACH], 2):
            if (
                here.count != there.count
                and _one_digit_apart(here.text(), there.text())
                and compatible(first[at], other[at])
            ):
                pairs.append((first[at], other[at]))
    return pairs


# The changes of one bucket each is compared with: restatements of one change are few, and a bucket of
# thousands (a generated table) must not cost their square.
_BUCKET_REACH = 16


def _bucket_pairs(buckets: dict[tuple, list[_Member]]) -> Iterator[tuple[_Member, _Member]]:
    """Each member of a bucket with the next `_BUCKET_REACH` members after it, never all pairs of a large bucket."""
    for members in buckets.values():
        for i, member in enumerate(members):
            for other in members[i + 1 : i + 1 + _BUCKET_REACH]:
                yield member, other


def _changes_with_figures(claims: list[Claim], by_id: dict[str, Claim]) -> Iterator[tuple[Claim, Claim]]:
    """(change, the figure it changes), both of them statements this kind compares."""
    for change in claims:
        value = by_id.get(change.change_of) if change.role == "change" and change.change_of else None
        if value is not None and _candidate(change) and _candidate(value):
            yield change, value


def change_pairs(claims: list[Claim], by_id: dict[str, Claim], min_digits: int, keys: FactKeys) -> Pairs:
    """(change, change) pairs: a change restated as a change of the same figure (`rose 6.3% to €41.8
    million`, `€41.8 million (+6.3%)`). The figure and its change are recognised together: their digits
    count as one figure's (`€1.27`, `+4%`: four). Changes are bucketed by the leading digits of both,
    never compared all pairs."""
    buckets: dict[tuple, list[tuple[Claim, Claim]]] = defaultdict(list)
    for change, value in _changes_with_figures(claims, by_id):
        key = (change.unit, value.unit, value.value < 0, _leading(value.value, 2), _leading(change.value, 1))
        buckets[key].append((change, value))
    pairs: Pairs = []
    for (change, value), (other_change, other_value) in _bucket_pairs(buckets):
        changed = _same_digits(change, other_change)
        figure = value if value is other_value else _same_digits(value, other_value)
        if changed is None or figure is None or not compatible(change, other_change):
            continue
        if value is not other_value and not compatible(value, other_value):
            continue
        if figure is not value and changed.significant() + figure.significant() < min_digits:
            continue
        if not keys.alike(change, other_change):
            pairs.append((change, other_change))
    return pairs


# Two pairs of figures are one pair in two currencies when both figures convert at one rate (within 5%).
_RATE_AGREEMENT = 0.05


def multiple_pairs(claims: list[Claim], by_id: dict[str, Claim]) -> Pairs:
    """(multiple, multiple) pairs: a multiple stated twice, once of a pair of amounts and once of that pair
    restated in another currency (`주급 4배` of the won, `네 배` of the pounds): the two pairs are one pair
    when both figures convert at one rate. Multiples are bucketed by their digits, never compared all pairs."""
    buckets: dict[tuple, list[tuple[Claim, Claim, Claim]]] = defaultdict(list)
    for multiple in claims:
        if multiple.kind != "multiple" or multiple.role != "change" or not _candidate(multiple):
            continue
        value, prior = by_id.get(multiple.change_of or ""), by_id.get(multiple.compared_to or "")
        if value is None or prior is None or value.kind != "money" or prior.unit != value.unit:
            continue
        digits = _digits_at(multiple, multiple.step)
        if digits is not None:
            buckets[(digits.step, digits.count)].append((multiple, value, prior))
    pairs: Pairs = []
    for (multiple, value, prior), (other, other_value, other_prior) in _bucket_pairs(buckets):
        if other_value.unit == value.unit or other_value.kind != "money" or not compatible(multiple, other):
            continue
        if min(value.value, prior.value, other_value.value, other_prior.value) <= 0:
            continue
        rate, other_rate = other_value.value / value.value, other_prior.value / prior.value
        if abs(rate - other_rate) <= _RATE_AGREEMENT * max(rate, other_rate):
            pairs.append((multiple, other))
    return pairs


def change_slips(claims: list[Claim], by_id: dict[str, Claim], min_digits: int, keys: FactKeys) -> Pairs:
    """(change, change) pairs one digit apart, each stated with the figure it changes, where those figures agree
    in `min_digits` significant digits or more (`rose 7.4% to €61.3 million`, `€61.3 million (+3.4%)`), one
    fewer where both are of one metric the linker is sure of (`EPS rose 3% to €0.84`, `EPS: €0.84 (+7.0%)`): the
    figure names the fact, so its change stated twice is one change, and a digit apart is a slip in one of
    them. A sentence of two changes (`up 24% from last year and up 14% from the average`) may change one figure
    against two bases, whichever of them the linker attached it to: its changes are left alone. Bucketed by the
    changed figure's unit, sign and leading digits, never compared all pairs."""
    buckets: dict[tuple, list[tuple[Claim, Claim]]] = defaultdict(list)
    for change, value in _single_changes_with_figures(claims, by_id):
        buckets[(change.unit, value.unit, value.value < 0, _leading(value.value, min_digits))].append((change, value))
    pairs: Pairs = []
    for (change, value), (other_change, other_value) in _bucket_pairs(buckets):
        if value is other_value or change.sentence == other_change.sentence:
            continue
        if change.qualifier in _BOUNDS or other_change.qualifier in _BOUNDS:
            continue  # `up more than 30%` over `up 31.5%`: a bound states a mark passed, no digits to slip in
        figure = _same_digits(value, other_value)
        if figure is None or figure.significant() < (
            min_digits - 1 if _same_metric(value, other_value) else min_digits
        ):
            continue
        step = max(change.step, other_change.step)
        here, there = _digits_at(change, step), _digits_at(other_change, step)
        if (
            here is None
            or there is None
            or here == there
            or not _one_digit_apart(here.text(), there.text())
            or not compatible(change, other_change)
            or not compatible(value, other_value)
        ):
            continue
        if not keys.alike(change, other_change):
            pairs.append((change, other_change))
    return pairs


def _single_changes_with_figures(claims: list[Claim], by_id: dict[str, Claim]) -> Iterator[tuple[Claim, Claim]]:
    """(change, its figure) where the change is its sentence's only change of its unit: a sentence of two changes
    (`up 24% from last year and up 14% from the average`) may change one figure against two bases, whichever of
    them the linker attached it to."""
    changes_in = Counter((claim.path, claim.sentence, claim.unit) for claim in claims if claim.role == "change")
    for change, value in _changes_with_figures(claims, by_id):
        if changes_in[(change.path, change.sentence, change.unit)] == 1:
            yield change, value


def _same_metric(a: Claim, b: Claim) -> bool:
    return _metric(a) is not None and _metric(a) == _metric(b)


def figure_slips(claims: list[Claim], by_id: dict[str, Claim], min_digits: int, keys: FactKeys) -> Pairs:
    """(figure, figure) pairs one digit apart, each stated with a change, where the changes agree, with `min_digits`
    significant digits between a figure and its change where both figures are of one metric the linker is sure of
    (`EPS rose 7% to €0.54`, `EPS: €0.84 (+7.0%)`), one more otherwise (`$81 million, up 23%`, `$41 million
    (+23%)`): the change stated twice names the fact, so its figure stated twice is one figure, and a digit apart
    is a slip in one of them (`change_slips` the other way round). A figure changed against two bases in one
    sentence is one figure still: the changes must agree, whichever base each is of. Bucketed by the units, sign
    and the change's leading digit, never compared all pairs."""
    buckets: dict[tuple, list[tuple[Claim, Claim]]] = defaultdict(list)
    for change, value in _changes_with_figures(claims, by_id):
        buckets[(change.unit, value.unit, value.value < 0, _leading(change.value, 1))].append((change, value))
    pairs: Pairs = []
    for (change, value), (other_change, other_value) in _bucket_pairs(buckets):
        if value is other_value or change.sentence == other_change.sentence:
            continue
        changed = _same_digits(change, other_change)
        step = max(value.step, other_value.step)
        here, there = _digits_at(value, step), _digits_at(other_value, step)
        if changed is None or here is None or there is None:
            continue
        least = min_digits if _same_metric(value, other_value) else min_digits + 1
        if changed.significant() + min(here.significant(), there.significant()) < least:
            continue
        if (
            _digit_slip(value, other_value, here, there)
            and compatible(change, other_change)
            and compatible(value, other_value)
            and not keys.alike(value, other_value)
        ):
            pairs.append((value, other_value))
    return pairs


def headline_slips(claims: list[Claim], clusters: list[list[Claim]], min_digits: int) -> Pairs:
    """(headline figure, body figure) pairs: a figure of the headline (the first sentence), in no
    cluster of its own, one digit apart from a figure that two or more later statements agree on,
    with `min_digits` significant digits or more (`여당 143석` over a body that states `133석` twice).
    The body's agreeing copies establish the figure, so a headline one digit off it is a slip even
    in three digits, where two figures of the body one digit apart may be two facts (`12억원`,
    `16억원`); in two, when its digits are theirs but the leading one and it follows words the copies
    follow, or the start of them, as a headline shortens a name (`한빛 52석` over two copies of `한빛당
    12석`; `_headline_words_agree`). Only the clustered statements are indexed, by their digits, never all
    pairs."""
    clustered = {claim.id for cluster in clusters for claim in cluster}
    headline = [c for c in claims if c.sentence == 0 and _candidate(c) and c.id not in clustered]
    if not headline:
        return []
    indexes: dict[tuple, dict[float, _Index]] = defaultdict(dict)
    heads: dict[str, set[str]] = {}  # a body statement's id → the words its copies follow
    for cluster in clusters:
        body = [c for c in cluster if c.sentence > 0]
        if len(body) < 2:
            continue
        words = {word for claim in body for word in claim.head}
        for claim in body:
            heads[claim.id] = words
            own = _digits_at(claim, claim.step)
            if own is not None:
                indexes[_group(claim)].setdefault(claim.step, _Index()).add(claim, own)
    pairs: Pairs = []
    for claim in headline:
        other = _slipped_from(claim, indexes.get(_group(claim), {}), min_digits, heads)
        if other is not None:
            pairs.append((claim, other))
    return pairs


def _slipped_from(
    claim: Claim, indexes: dict[float, _Index], min_digits: int, heads: dict[str, set[str]]
) -> Claim | None:
    """The first indexed statement `claim` is one digit apart from, compared at the coarser precision: in
    `min_digits` significant digits, or one fewer in the leading digit after the words the copies follow."""
    for step, index in indexes.items():
        if step < claim.step or not _power_of_ten(step / claim.step):
            continue
        digits = _digits_at(claim, step)
        if digits is None or digits.significant() < min_digits - 1:
            continue
        for other in itertools.islice(index.near(digits), _NEAR_REACH):
            coarse = _digits_at(other, step)
            if (
                coarse is None
                or not _digit_slip(claim, other, digits, coarse)
                or not _same_sort(claim, other)
                or not compatible(claim, other)
            ):
                continue
            if digits.significant() >= min_digits or (
                _apart_in_leading_digit(digits, coarse) and _headline_words_agree(claim.head, heads.get(other.id, ()))
            ):
                return other
    return None


# A headline word shortening a name (`한빛` for `한빛당`) has at least this many characters: one is an initial.
_SHORTENED_NAME = 2


def _headline_words_agree(headline: list[str], body: Iterable[str]) -> bool:
    """A word of the headline is one the body's copies follow, or begins one of them (a shortened name)."""
    body = set(body)
    return any(
        word in body or (len(word) >= _SHORTENED_NAME and any(other.startswith(word) for other in body))
        for word in headline
    )


def related_figures(claims: list[Claim]) -> dict[str, set[str]]:
    """Each statement's ties to the figures the link stage found as others of one relation with it: the part and
    whole of a share, a figure and the prior or baseline it changes from, a total and its amount per period or
    unit. Two such figures one digit apart are two facts, not a slip. A listed part and the total it is found to
    add up to are not among them: a figure mistyped far above its copies reads as such a total (`더민주 523석` over a
    list of seats), and is the slip to report."""
    related: dict[str, set[str]] = defaultdict(set)  # a statement's id → the ids of the figures tied to it
    for claim in claims:
        ties = [
            (claim.share_part, claim.share_whole),
            (claim.change_of, claim.compared_to),
            (claim.id, claim.per_period_of),
            (claim.id, claim.per_unit_of),
            (claim.id, claim.product_of),
            (claim.id, claim.compared_to),
        ]
        for a, b in ties:
            if a and b and a != b:
                related[a].add(b)
                related[b].add(a)
    return related


def _unrelated(pairs: Pairs, related: dict[str, set[str]], cluster_of: dict[str, list[Claim]]) -> Pairs:
    """The pairs but those the link stage tied as two figures, or whose restatements it did (`외환보유액 4천128억달러`
    restates `4천128억3천만 달러`, which changes from April's `4천124억4천만 달러`: the headline and April's figure
    are two). Each statement's ties are looked up by its id, never all pairs of two clusters."""
    kept = []
    for a, b in pairs:
        others = {claim.id for claim in cluster_of.get(b.id, [b])}
        if not any(related.get(claim.id, set()) & others for claim in cluster_of.get(a.id, [a])):
            kept.append((a, b))
    return kept


def _without_stated_shares(pairs: Pairs, claims: list[Claim]) -> Pairs:
    """The pairs but those whose smaller figure is a share of the larger that a percentage in the sentence of
    either states (`All films grossed $311 million, so "Steel Tide" accounted for 68%` of its `$211 million`):
    a part and its whole, two figures however alike their digits."""
    if not pairs:
        return pairs
    rates: dict[tuple[str, int], list[Claim]] = defaultdict(list)
    for claim in claims:
        if claim.kind == "percent" and claim.role == "share" and claim.step > 0:
            rates[(claim.path, claim.sentence)].append(claim)
    return [(a, b) for a, b in pairs if not _share_stated(a, b, rates)]


def _share_stated(a: Claim, b: Claim, rates: dict[tuple[str, int], list[Claim]]) -> bool:
    part, whole = sorted((abs(a.value), abs(b.value)))
    if whole == 0:
        return False
    share = 100 * part / whole
    stated = rates.get((a.path, a.sentence), []) + rates.get((b.path, b.sentence), [])
    return any(abs(share - rate.value) <= rate.step * (1.0 if rate.qualifier else 0.5) * (1 + 1e-9) for rate in stated)


def _a_gap_beside_another_fact(a: Claim, b: Claim, claims: list[Claim]) -> bool:
    """Two figures one digit apart, one of them exactly the gap between two other figures of their unit the article
    states (`£18,400 short of its £250,000 goal` with `£231,600` raised), following no word in common: the gap's
    digits follow from the figures it lies between, so it is no copy of the other figure (`members gave £38,400`),
    and the two are two facts. After words in common (`still £38,400 short`) a digit apart is the slip it reads as."""
    if set(a.head) & set(b.head):
        return False
    return _gap_of_two_others(a, b, claims) or _gap_of_two_others(b, a, claims)


# Sentences from a gap (or a restatement of it) where the two figures it lies between stand: a gap is worked out
# from figures stated beside it (`£18,400 short of the £250,000 it needs. Donors have given £231,600`); in a story
# dense with counts, two figures further off differ by it by chance (a day's new cases, 235, and last week's 248
# less 13 imported ones).
_GAP_REACH = 1


def _gap_of_two_others(gap: Claim, other: Claim, claims: list[Claim]) -> bool:
    if gap.step <= 0 or gap.value <= 0:
        return False
    # (the gap where it is stated, restated included: a headline's `within £18,400 of its goal` and its body)
    stated_at = {c.sentence for c in claims if c.kind == gap.kind and c.unit == gap.unit and c.value == gap.value}
    values = sorted(
        {
            c.value
            for c in claims
            if c is not gap
            and c is not other
            and c.kind == gap.kind
            and c.unit == gap.unit
            and c.role == "value"
            and any(abs(c.sentence - at) <= _GAP_REACH for at in stated_at)
            and math.isfinite(c.value)
            and c.value > 0
        }
    )
    reach = gap.step * 0.5 * (1 + 1e-9)
    for larger in values:
        if larger <= gap.value:
            continue
        i = bisect.bisect_left(values, larger - gap.value - reach)
        if i < len(values) and abs(larger - values[i] - gap.value) <= reach and values[i] != larger:
            return True
    return False


def _prior_apart_in_leading_digit(a: Claim, b: Claim) -> bool:
    """A figure against a prior or baseline one leading digit off it (`Harbor Corp profit $412 million`; `profit a
    year earlier had been $512 million`), their periods not both known and one: the figure of a period before is
    another figure, however alike its trailing digits (a lead restates the figure now, not the one it is compared
    with)."""
    if not any(one.role in ("value", "change") and other.role in _PRIORS for one, other in ((a, b), (b, a))):
        return False
    if a.period and b.period and _known(a, "period") and _known(b, "period") and a.period.nested_with(b.period):
        return False
    step = max(a.step, b.step)
    if not _power_of_ten(step / min(a.step, b.step)):
        return False
    here, there = _digits_at(a, step), _digits_at(b, step)
    return here is not None and there is not None and _apart_in_leading_digit(here, there)


_PRIORS = ("prior", "baseline")


def opens_with_headline(claims: list[Claim]) -> bool:
    """The article opens with a headline: the first sentence's figures stand on a line of their own, and a blank
    line or more lies between it and the next sentence's (`내년 예산 728조원…확장 재정`, a blank line, `정부가 내년
    총지출을 728조원으로 …`). A text whose second sentence follows on the next line opens with a sentence of the
    body. Read from the claims' lines, as the link stage placed them (the check stage reads no text)."""
    first = [claim for claim in claims if claim.sentence == 0]
    if not first or len({claim.line for claim in first}) != 1:
        return False
    line = first[0].line
    later = [claim for claim in claims if claim.sentence > 0]
    if not later or any(claim.line == line for claim in later):
        return False
    return min(later, key=lambda claim: claim.start).line >= line + 2


def _headline_figures(claims: list[Claim], least: int) -> list[tuple[Claim, Digits]]:
    """The headline's figures (the first sentence) with `least` or more significant digits and no bound, but for two
    of one unit with the same digits (which of them a later figure restates is unsaid)."""
    figures = []
    for claim in claims:
        own = _digits_at(claim, claim.step) if claim.sentence == 0 and _candidate(claim) else None
        # a mark passed (`30만명 넘어`) is restated past it, not by its digits (`headline_bound_pairs`)
        if own is not None and own.significant() >= least and claim.qualifier in _HEDGES:
            figures.append((claim, own))
    seen = Counter((_group(claim), own.significant(), own.text().rstrip("0")) for claim, own in figures)
    unique = [(c, own) for c, own in figures if seen[(_group(c), own.significant(), own.text().rstrip("0"))] == 1]
    return unique if len(unique) <= _LEAD_ROUNDINGS else []  # a table in the headline: no headline to restate


def _loosely_compatible(a: Claim, b: Claim) -> bool:
    """Two statements of one unit that neither their direction, the entities the linker is sure of, nor their
    counters set apart (`26만명`, `26만 가구`): what a headline figure and a distinctive later one must share,
    whatever metric, period or sort the linker made of the headline's few words."""
    if a.sentence == b.sentence or a.path != b.path:
        return False
    if a.direction and b.direction and a.direction != b.direction:
        return False
    if _known_entities(a) and _known_entities(b) and not set(a.entities) & set(b.entities):
        return False  # two entities' figures, as the linker is sure of both
    return not (a.counter and b.counter and a.counter != b.counter)


def _known_entities(claim: Claim) -> bool:
    return bool(claim.entities) and _known(claim, "entities")


def _restates_headline(headline: Claim, other: Claim, digits: Digits, distinctive: int) -> bool:
    """A later statement with the headline figure's digits restates it: with `distinctive` significant digits or
    more whatever the links say (a headline's words are few, and the linker often finds another metric, period
    or sort in them: `내년 예산 728조원`, `총지출을 728조원으로`; `US employers add 254,000 jobs`, `payrolls
    increased by 254,000`), with fewer where nothing the linker is sure of sets the two apart and both are the same
    sort of statement (`3.8배`, `유행 기준의 3.8배`)."""
    if other.role in _PRIORS and headline.role not in _PRIORS:
        return False  # the headline states the figure now, the body compares it with one of a period before
    if digits.significant() >= distinctive:
        return _loosely_compatible(headline, other)
    return _same_sort(headline, other) and compatible(headline, other)


def _cut_to(headline: Claim, other: Claim) -> bool:
    """Whether the headline figure is the later, finer one with its last digits cut off rather than rounded
    (`calls top 412,000` over the body's `412,600 calls`): a headline states the mark a figure passed."""
    if headline.step <= other.step or not _power_of_ten(headline.step / other.step):
        return False
    return 0 <= other.value - headline.value < headline.step and (headline.value >= 0) == (other.value >= 0)


def headline_pairs(
    claims: list[Claim], keys: FactKeys, related: dict[str, set[str]], least: int, distinctive: int
) -> Pairs:
    """(headline, body) pairs: a figure of the headline with `least` or more significant digits restated by the
    first later statement of its unit with its digits at the coarser of the two precisions (`1.2%` over the body's
    `1.22%`, `48대 1` over `48.0대 1`). A headline is written to restate the body's key figures in a few words of
    its own, which seldom match the body's, so the figure is recognised by its place and its digits rather than by
    the words it follows (`_restates_headline`). Of two headline figures with one unit and the same digits, neither
    is paired. Listed as passed only: a digit apart is as likely another figure (`headline_leading_slips` takes
    the one case that is not). Each of the headline's few figures is compared with the later statements of its
    group in order until the first with its digits."""
    figures = _headline_figures(claims, least)
    if not figures:
        return []
    later = _later_by_group(claims)
    pairs: Pairs = []
    for headline, own in figures:
        for other in later.get(_group(headline), ()):
            digits = _same_digits(headline, other)
            if digits is None and own.significant() >= distinctive and _cut_to(headline, other):
                digits = own
            if digits is None or digits.significant() < least or other.qualifier not in _HEDGES:
                continue  # other digits, or the headline's rounded past its own (`1% 넘게` under `1.2%`), or a bound
            if (
                _restates_headline(headline, other, digits, distinctive)
                and other.id not in related.get(headline.id, ())
                and not keys.alike(headline, other)
            ):
                pairs.append((headline, other))
            break  # the first later statement with its digits, or none
    return pairs


def headline_metric_pairs(claims: list[Claim], keys: FactKeys, related: dict[str, set[str]], least: int) -> Pairs:
    """(headline, body) pairs of a round headline figure, of fewer than `least` significant digits (`순익 8000억원`,
    `profit of $3 billion`), and the first later statement of its unit with its value at the coarser precision,
    where the linker is sure both are one metric and nothing it is sure of sets them apart (`순익이 41억 위안(약
    8000억원)`). One digit meets another by chance too often for a headline's place alone: the metric says which.
    Listed as passed only (one digit apart is another figure as likely as a slip)."""
    figures = [(claim, own) for claim, own in _headline_figures(claims, 1) if own.significant() < least]
    if not figures:
        return []
    later = _later_by_group(claims)
    pairs: Pairs = []
    for headline, _ in figures:
        for other in later.get(_group(headline), ()):
            digits = _same_digits(headline, other)
            if digits is None or other.qualifier not in _HEDGES:
                continue
            if (
                _metric(headline) is not None
                and _metric(headline) == _metric(other)
                and other.role not in _PRIORS
                and _same_sort(headline, other)
                and compatible(headline, other)
                and other.id not in related.get(headline.id, ())
                and not keys.alike(headline, other)
            ):
                pairs.append((headline, other))
            break  # the first later statement with its value, or none
    return pairs


def headline_counted_pairs(claims: list[Claim], keys: FactKeys, related: dict[str, set[str]], lead_end: int) -> Pairs:
    """(headline, body) pairs of a headline figure (`order for 6,000 lobster pots`, `profit climbs 14%`, a round one
    too) and the first later statement of its unit and sign, told ahead or not (a headline's few words seldom carry the
    body's `will`), with its value written to the same place and the same counted noun or none (`will build 6,000
    lobster pots`, `its profit grew 14%`) — or two nouns that may name one thing, no periods setting them apart
    (`counters_may_restate`: synonyms or a compound, `draws 420 throwers` over `420 competitors`; `_noun_cut_short`;
    a word naming no thing read as the noun, `adds 38 defibrillators` over `installed 38 new units`, `_noun_unsaid`):
    a headline restates the body's key figure, and the first later figure written the same way is that one, whatever
    metric or period the linker made of the headline's few words. Nothing the linker is sure of may set them apart
    (direction, entities, counters, sort), the body's figure is no prior, and it stands in the lead (before
    `lead_end`: past it, a figure written the same way is as likely another's). Listed as passed only."""
    figures = _headline_figures(claims, 1)
    if not figures:
        return []
    later = _later_by_group(claims)
    by_id = {claim.id: claim for claim in claims}
    pairs: Pairs = []
    for headline, _own in figures:
        unit_and_sign = _group(headline)[:2]
        ahead_or_not = sorted(
            (c for group, cs in later.items() if group[:2] == unit_and_sign for c in cs if c.sentence < lead_end),
            key=lambda c: c.start,
        )
        for other in ahead_or_not:
            digits = _same_digits(headline, other)
            if digits is None or other.qualifier not in _HEDGES:
                continue
            same_noun = (other.counter or "").casefold() == (headline.counter or "").casefold()
            # (a headline names the counted thing in its own few words: `draws 420 throwers` over `420 competitors`,
            # `42 tubs` over `Forty-two bathtubs`, `2,400 street` cut from `2,400 street trees`), when nothing dates
            # the two apart
            renamed = (
                not same_noun
                and (
                    counters_may_restate(headline.counter, other.counter)
                    or _noun_cut_short(headline, other)
                    or _noun_unsaid(headline, other)
                )
                and not _periods_apart(headline, other)
            )
            if (
                (same_noun or renamed)
                and other.step == headline.step
                and other.role not in _PRIORS
                and _same_sort(headline, other)
                and _headline_compatible(headline, other, any_counter=renamed)
                and other.id not in related.get(headline.id, ())
                and not keys.alike(headline, other)
                and not _changes_of_other_levels(headline, other, by_id)
            ):
                pairs.append((headline, other))
            break  # the first later statement with its value, or none
    return pairs


# A headline count restated by one read with a word naming no thing (`_noun_unsaid`) is twenty or more: a count of a
# dozen or so meets another of the lead by chance too often (`launched 11 times`, `11 new lifejackets`).
_UNSAID_LEAST = 20


def _noun_unsaid(headline: Claim, other: Claim) -> bool:
    """Either count is read with a word that describes the counted thing without naming it (`38 new units` read as
    `new`, `2,400 hand-finished wool sweaters` as `hand-finished`; `counter_names_nothing`), so its noun is unsaid and
    does not set the two apart: from twenty up (`_UNSAID_LEAST`)."""
    return abs(headline.value) >= _UNSAID_LEAST and (
        counter_names_nothing(headline.counter) or counter_names_nothing(other.counter)
    )


def _headline_compatible(headline: Claim, other: Claim, any_counter: bool = False) -> bool:
    """`_loosely_compatible`, but an entity the headline names by a word of the body's name for it (`County` for
    `Harlan County`, as the linker is sure of both) is that entity: a headline shortens names. With `any_counter`,
    the counted nouns may differ (`counters_may_restate`)."""
    if headline.sentence == other.sentence or headline.path != other.path:
        return False
    if headline.direction and other.direction and headline.direction != other.direction:
        return False
    if (
        _known_entities(headline)
        and _known_entities(other)
        and not set(headline.entities) & set(other.entities)
        and not any(set(a.split("_")) < set(b.split("_")) for a in headline.entities for b in other.entities)
    ):
        return False
    return any_counter or not (headline.counter and other.counter and headline.counter != other.counter)


def _noun_cut_short(headline: Claim, other: Claim) -> bool:
    """The headline's counted word is the modifier the body's figure writes before its noun (`2,400 street` over
    `2,400 street trees`): the headline cut the noun phrase short."""
    if not headline.counter or not other.counter:
        return False
    return other.text.casefold().endswith(f"{headline.counter} {other.counter}".casefold())


def _changes_of_other_levels(a: Claim, b: Claim, by_id: dict[str, Claim]) -> bool:
    """Two changes each of a level written with it, the levels' digits apart (`profit rises 6% to $41 million`, `sales
    rose 6% to $52 million`): one rate of two figures, no figure restated."""
    first, second = by_id.get(a.change_of or ""), by_id.get(b.change_of or "")
    return first is not None and second is not None and _same_digits(first, second) is None


def _leading_step(claim: Claim) -> float | None:
    """The place of a figure's last significant digit: `700m` is written to the hundred million, `6천톤` to the
    thousand tonnes, `70%` to the ten."""
    own = _digits_at(claim, claim.step)
    if own is None or own.count == 0:
        return None
    text = own.text()
    return claim.step * 10.0 ** (len(text) - len(text.rstrip("0")))


def _passes_mark(mark: Claim, other: Claim, side: int, step: float) -> bool:
    """Whether `other` lies past the mark within the mark's last significant digit: above it for a mark passed
    (`tops $700m` over `$741.3 million`, `60억원 돌파` over `64억원`), below it for one fallen under (`below 4%`
    over `3.9%`)."""
    gap = (other.value - mark.value) * side
    return 0 <= gap < step * (1 - 1e-9) and (other.value >= 0) == (mark.value >= 0)


def headline_bound_pairs(claims: list[Claim], related: dict[str, set[str]]) -> Pairs:
    """(headline, body) pairs of a headline figure stated as a mark passed (`revenue tops NZ$80m`, `crowds pass
    90,000`, `관람객 30만명 넘어`, `영업이익 70억원 돌파`) and the first later statement of its unit that lies past
    the mark within its last significant digit (`NZ$84.1 million`, `91,300`, `32만6천명`, `76억원`). A headline
    rounds its key figure down to a mark the reader knows; the body states it whole. Nothing the linker is sure
    of may set the two apart (direction, entities, counter, metric, period), and the body's figure is neither a
    bound of its own nor a prior. Listed as passed only: a body figure short of the mark may be another figure."""
    later = None
    pairs: Pairs = []
    for headline in claims:
        if headline.sentence != 0 or not _candidate(headline) or headline.qualifier not in _BOUNDS:
            continue
        step = _leading_step(headline)
        if step is None:
            continue
        if later is None:
            later = _later_by_group(claims)
        side = _BOUNDS[headline.qualifier]
        for other in later.get(_group(headline), ()):
            if other.qualifier not in _HEDGES or not _passes_mark(headline, other, side, step):
                continue
            if (
                other.role not in _PRIORS
                and _loosely_compatible(headline, other)
                and not (_metric(headline) and _metric(other) and _metric(headline) != _metric(other))
                and not _periods_apart(headline, other)
                and other.id not in related.get(headline.id, ())
            ):
                pairs.append((headline, other))
            break  # the first later statement past the mark, or none
    return pairs


def _guessed_change(a: Claim, b: Claim) -> bool:
    """One of the two is read as a change only by a guess (`adding 64 screens` after `64 screens`)."""
    return any(one.role == "change" and "relation" in one.guesses for one in (a, b))


def counted_pairs(
    claims: list[Claim], keys: FactKeys, related: dict[str, set[str]], lead_end: int, titled: bool
) -> Pairs:
    """(first, later) pairs of one count stated twice after the same noun or two nouns of one thing (`16 games`,
    `16 matches`; `counter_synonyms.py`), or of one measure in one unit, at the same value and precision, in two
    sentences, told ahead or not (`has won an order for 14,000 pairs`, `the 14,000 pairs will all carry its stamp`):
    one figure, listed as passed. A small figure meets another by chance, so the noun must be on both
    sides; nothing the linker is sure of may set the two apart (`compatible`: another subject, metric or direction),
    nor may two periods, even a guessed one; both are of one sort (a level and a change are two figures, unless the
    change is only a guess) and one hedge, neither is a prior or baseline of a period before, and the link stage
    tied them as no two figures of one relation. A one-digit count, and a measure (its unit names no thing), needs
    a headline and the lead, or a word in common before both; a short figure in an untitled article's first line
    (its lead, no headline) needs the word in common too."""
    keyed: list[tuple[tuple, Claim]] = []
    for claim in claims:
        # (a measure's unit is its noun: `2,500 tonnes` twice)
        noun = (claim.kind == "count" and claim.counter) or claim.kind == "measure"
        if noun and _candidate(claim) and claim.role not in _PRIORS:
            # (told ahead or not: `has won an order for 14,000 pairs`, `the 14,000 pairs will carry its stamp`)
            key = (*_group(claim)[:2], claim.value, claim.step, counter_group(claim.counter), claim.qualifier)
            keyed.append((key, claim))
    # (one sentence stating the figure of one noun twice, `28 seats here, 28 there`, states two facts: which one a
    # later copy restates, nothing tells)
    twice = {key for key, n in Counter((key, claim.sentence) for key, claim in keyed).items() if n > 1}
    firsts: dict[tuple, list[Claim]] = defaultdict(list)
    pairs: Pairs = []
    for key, claim in keyed:
        if (key, claim.sentence) in twice:
            continue
        earlier = firsts[key]
        for first in earlier[:_NEAR_REACH]:  # (a table repeating one count: compared with its first few only)
            if keys.alike(first, claim) or claim.id in related.get(first.id, ()):
                continue
            if not compatible(first, claim, any_sort=True):
                continue
            if first.period and claim.period and not first.period.nested_with(claim.period):
                continue  # (another period, even a guessed one: a small figure meets its like in each month)
            if head_adds(claim.head):
                continue  # (`sent 1,200 boxes`, `will send another 1,200 boxes`: one more lot of that size)
            if first.forecast != claim.forecast and _period_on_one_side(first, claim):
                continue  # (`sent 1,200 boxes`, `will send 1,200 boxes next month`: a lot told ahead, of its own time)
            if not (_same_sort(first, claim) or _guessed_change(first, claim)):
                continue
            digits = _digits_at(claim, claim.step)  # (None: too many digits to read, so not short)
            short = digits is not None and digits.significant() < 3
            if short and first.sentence == 0 and not titled and not set(first.head) & set(claim.head):
                continue  # (an untitled article's first line is its lead, no headline the next line restates)
            # (a measure's unit names no thing, `12 tonnes` of slate or of gravel: as weak as one digit)
            if (claim.kind == "measure" or abs(claim.value) < 10 * claim.step) and not (
                (titled and first.sentence == 0 and claim.sentence < lead_end) or set(first.head) & set(claim.head)
            ):
                continue
            pairs.append((first, claim))
            break
        else:
            earlier.append(claim)
    return pairs


def _period_on_one_side(a: Claim, b: Claim) -> bool:
    """One of the two states a period of its own (not guessed) and the other none."""
    return any(one.period and _known(one, "period") and not other.period for one, other in ((a, b), (b, a)))


def headline_rounded_pairs(claims: list[Claim], related: dict[str, set[str]], most: int) -> Pairs:
    """(headline, body) pairs of a round headline figure of at most `most` significant digits, stated plainly
    (`야시장 7만 명 다녀가`, `harbour lands 1,100 tonnes`), and the first later statement of its unit written finer that
    rounds to it at the headline's last significant digit (`7만2천300명`, `1,148 tonnes`): a headline rounds the
    body's figure to the digits a reader takes in at a glance. Nothing the linker is sure of may set the two apart
    (direction, entities, counter, metric, period), and the body's figure is neither a bound nor a prior. Listed as
    passed only: a rounded figure has no digit to miss, and a body figure that does not round to it may be another."""
    later = None
    pairs: Pairs = []
    for headline in claims:
        if headline.sentence != 0 or not _candidate(headline) or headline.qualifier not in _HEDGES:
            continue
        own = _digits_at(headline, headline.step)
        step = _leading_step(headline)
        if own is None or step is None or own.significant() > most:
            continue
        if later is None:
            later = _later_by_group(claims)
        for other in later.get(_group(headline), ()):
            finer = _leading_step(other)
            if finer is None or finer >= step or abs(other.value - headline.value) > step / 2 * (1 + 1e-9):
                continue  # (as coarse as the headline, or another figure: no rounding of it)
            if (
                other.qualifier in _HEDGES
                and other.role not in _PRIORS
                and _loosely_compatible(headline, other)
                and not (_metric(headline) and _metric(other) and _metric(headline) != _metric(other))
                and not _periods_apart(headline, other)
                and other.id not in related.get(headline.id, ())
            ):
                pairs.append((headline, other))
            break  # the first later statement that rounds to it, or none
    return pairs


def _later_by_group(claims: list[Claim]) -> dict[tuple, list[Claim]]:
    """The statements after the headline by group (unit, sign, forecast), in the article's order."""
    later: dict[tuple, list[Claim]] = defaultdict(list)
    for claim in claims:
        if claim.sentence > 0 and _candidate(claim):
            later[_group(claim)].append(claim)
    return later


def headline_leading_slips(claims: list[Claim], clustered: set[str], related: dict[str, set[str]], least: int) -> Pairs:
    """(headline, body) pairs: a figure of the headline with `least` or more significant digits, restated by no
    later statement, whose digits are those of the first later statement of its unit and magnitude but the leading
    one (`내년 예산 972.8조원` over the lead's `672조8천억원`), or with two neighbouring digits swapped as written
    (`3,860 runners` over `3,680`): the headline restates the body's key figure, and trailing digits alike under a
    leading one apart meet by chance about once in a hundred pairs at three digits (a swap, rarer still), where
    related figures apart in their last digits are common. As in `headline_pairs`, the two are recognised by
    their place and digits, whatever the linker made of the headline's words; a figure the link stage tied to the
    other as its part, whole or prior is another figure. Later statements are grouped by unit and magnitude in one
    pass, never compared all pairs."""
    figures = [(c, own) for c, own in _headline_figures(claims, least) if c.id not in clustered]
    if not figures:
        return []
    later = _later_by_group(claims)
    pairs: Pairs = []
    for headline, _ in figures:
        first = None
        for other in later.get(_group(headline), ()):
            step = max(headline.step, other.step)
            if not _power_of_ten(step / min(headline.step, other.step)):
                continue
            here, there = _digits_at(headline, step), _digits_at(other, step)
            if here is None or there is None or len(here.text()) != len(there.text()):
                continue
            if here.count == there.count:
                first = None  # the body restates the headline's figure: the headline has no slip
                break
            if first is None:
                first = (other, here, there)
        if first is None:
            continue
        other, here, there = first
        if (
            min(here.significant(), there.significant()) >= least
            and (_apart_in_leading_digit(here, there) or _transposed_as_written(headline, other, here, there))
            and _loosely_compatible(headline, other)
            and other.id not in related.get(headline.id, ())
        ):
            pairs.append((headline, other))
    return pairs


def headline_change_slips(claims: list[Claim], clustered: set[str], lead_end: int, least: int) -> Pairs:
    """(headline, lead) pairs: a rate of change in the headline (`Orion Air profit jumps 75%`), restated nowhere,
    whose digits are those of the lead's first change of its direction and unit but the leading one, where the two
    follow a word in common (`its second-quarter profit rose 35%`) or are of one metric and one entity the linker is
    sure of (`한빛전자 영업이익 86% 급증`, `한빛전자의 3분기 영업이익이 1년 전보다 46% 늘었다`): the headline words the
    lead's change in a present-tense verb, and the thing it names (`profit`, `registrations`) is the lead's. Two
    changes of one thing one leading digit apart with a second digit alike meet by chance seldom, where two last
    digits apart are common (`revenue fell 26%`, of another metric, after other words, is left alone as in
    `headline_change_pairs`)."""
    headline = [
        c
        for c in claims
        if c.sentence == 0 and c.role == "change" and c.direction and c.kind in ("percent", "pp") and _candidate(c)
    ]
    if not headline:
        return []
    later = [c for c in claims if c.sentence > 0 and c.role == "change" and c.direction and _candidate(c)]
    return _headline_lead_slips(
        headline,
        later,
        clustered,
        lambda claim, other: (
            other.sentence < lead_end and other.unit == claim.unit and other.direction == claim.direction
        ),
        least,
    )


def headline_first_change_slips(claims: list[Claim], clustered: set[str]) -> Pairs:
    """(headline, body) pairs: the headline's one rate of change of its direction (`Orbis profit slips 4.1%`),
    restated nowhere, against the first later change of its unit and direction anywhere in the body (`net income
    fell 8.1% in the quarter`), whose digits are the headline's but the leading one. A headline restates the
    article's main change, and the body states that change before any other of its direction: the headline's
    verb and its few words seldom match the body's (`profit slips`, `net income fell`; `소비자물가 1.3% 상승`,
    `1년 전보다 1.3% 올랐다`), so the two are recognised by their place, unit and direction, as in
    `headline_change_pairs`. What sets them apart (`_first_change_apart`): a name either has that the other lacks,
    periods the linker is sure of that do not nest, a segment or name the headline reads its figure of, a metric
    the headline names that the body does not, or a metric only the body names where the headline names no
    entity of its own; a hedge or a bound on either (`nearly 40%`) rounds freely. A headline with two changes of
    one direction (`profit up 12%, revenue up 8%`) says which is which only in its words: left to
    `headline_change_slips`."""
    headline = [
        c
        for c in claims
        if c.sentence == 0
        and c.role == "change"
        and c.direction
        and c.kind in ("percent", "pp")
        and c.qualifier is None
        and _candidate(c)
    ]
    if not headline or len(headline) > _LEAD_ROUNDINGS:
        return []
    per_direction = Counter((c.unit, c.direction) for c in headline)
    later = [c for c in claims if c.sentence > 0 and c.role == "change" and c.direction and _candidate(c)]
    pairs: Pairs = []
    for claim in headline:
        if per_direction[(claim.unit, claim.direction)] != 1 or claim.id in clustered:
            continue
        if any(_same_digits(claim, other) is not None for other in later):
            continue  # restated as written somewhere: the headline has found its figure
        first = next((o for o in later if o.unit == claim.unit and o.direction == claim.direction), None)
        if first is None or first.qualifier is not None or _first_change_apart(claim, first):
            continue
        step = max(claim.step, first.step)
        if not _power_of_ten(step / min(claim.step, first.step)):
            continue
        here, there = _digits_at(claim, step), _digits_at(first, step)
        if here is not None and there is not None and _apart_in_leading_digit(here, there):
            pairs.append((claim, first))
    return pairs


def _first_change_apart(headline: Claim, first: Claim) -> bool:
    """Something the linker read sets a headline change apart from the body's first change of its direction."""
    if not _loosely_compatible(headline, first):
        return True
    if (headline.entities or first.entities) and not set(headline.entities) & set(first.entities):
        return True  # `일본 수출 6.4% 증가` over `독일의 수출은 … 2.4% 증가했다`
    if headline.scope and headline.scope != first.scope:
        return True  # `한빛 영업이익 46% 급증` over `누리의 영업이익이 … 86% 늘었다`: the headline's own name
    periods = headline.period and first.period and _known(headline, "period") and _known(first, "period")
    if periods and not headline.period.nested_with(first.period):
        return True  # `exports up 6.4% in June` over `exports rose 2.4% in May`
    if _metric(headline) is not None:
        return _metric(first) != _metric(headline)  # `수출 5.4% 증가` over `수입은 … 1.4% 늘었다`
    # only the body names a metric (`a 26% drop in net income` under `Orbis profit falls 36%`): the headline must
    # name the entity whose figure it is, or the body's change may be another of the article's changes
    return _metric(first) is not None and not _named_in_headline(headline, first)


def _named_in_headline(headline: Claim, other: Claim) -> bool:
    """The headline names an entity the linker is sure of, and the later statement is that entity's."""
    return _known_entities(headline) and bool(set(headline.entities) & set(other.entities))


def headline_level_slips(claims: list[Claim], clustered: set[str], lead_end: int, least: int) -> Pairs:
    """(headline, lead) pairs: a level or rate of the headline (`Harbor Corp market share rises to 67%`), restated
    nowhere, whose digits are those of the lead's first statement of its group, sort and magnitude but the leading one
    (`Harbor Corp's market share reached 27%`), where the two follow a word in common or are of one metric and one
    entity the linker is sure of, as for `headline_change_slips`. A prior or baseline of the lead is a
    figure of a period before, passed over."""
    headline = [
        c for c in claims if c.sentence == 0 and c.role in ("value", "share") and not c.direction and _candidate(c)
    ]
    if not headline:
        return []
    later = [c for c in claims if c.sentence > 0 and c.role not in _PRIORS and _candidate(c)]
    return _headline_lead_slips(
        headline,
        later,
        clustered,
        lambda claim, other: (
            other.sentence < lead_end
            and _group(other) == _group(claim)
            and _same_sort(claim, other)
            and not other.direction
            and _same_size(claim, other)
        ),
        least,
    )


def _same_size(a: Claim, b: Claim) -> bool:
    step = max(a.step, b.step)
    if not _power_of_ten(step / min(a.step, b.step)):
        return False
    here, there = _digits_at(a, step), _digits_at(b, step)
    return here is not None and there is not None and len(here.text()) == len(there.text())


def _headline_lead_slips(
    headline: list[Claim],
    later: list[Claim],
    clustered: set[str],
    candidate: Callable[[Claim, Claim], bool],
    least: int,
) -> Pairs:
    """(headline, lead) pairs: each headline figure restated nowhere against the first later statement `candidate`
    admits, one leading digit apart, after a word in common (or the start of one: `한빛`, `한빛의`), or of one
    metric and one entity the linker is sure of; an entity either names must be the other's too. One metric of
    names the linker does not know may be two entities' figures (`한빛 점유율 27%`, `누리의 점유율은 67%`)."""
    if len(headline) > _LEAD_ROUNDINGS:
        return []  # a table in the headline: each figure would be compared with every later one
    pairs: Pairs = []
    for claim in headline:
        if claim.id in clustered or any(_same_digits(claim, other) is not None for other in later):
            continue  # restated as written somewhere: the headline has found its figure
        first = next((other for other in later if candidate(claim, other)), None)
        if first is None:
            continue
        if (claim.entities or first.entities) and not _same_entity(claim, first):
            continue  # `일본 수출 6.4% 증가` over `독일의 수출은 … 2.4% 증가했다`: a name the lead does not repeat
        worded = _headline_words_agree(claim.head, first.head)
        if not (
            worded or _same_counted_word(claim, first) or (_same_metric(claim, first) and _same_entity(claim, first))
        ):
            continue  # `한빛 점유율 27%` over `누리의 점유율은 67%`: one metric of two names the linker does not know
        step = max(claim.step, first.step)
        if not _power_of_ten(step / min(claim.step, first.step)):
            continue
        here, there = _digits_at(claim, step), _digits_at(first, step)
        if here is None or there is None or min(here.significant(), there.significant()) < least:
            continue
        # (one leading digit apart after a word in common, or of one metric and entity; two neighbours swapped, also
        # when both count one noun written after them, `resurfaces 38 tennis courts` over `resurfaced 83 tennis courts`)
        leading = _apart_in_leading_digit(here, there) and (
            worded or (_same_metric(claim, first) and _same_entity(claim, first))
        )
        if (leading or _transposed_as_written(claim, first, here, there)) and compatible(claim, first):
            pairs.append((claim, first))
    return pairs


def _same_counted_word(claim: Claim, other: Claim) -> bool:
    """Both figures count one noun written as a word of its own after them (`38 tennis courts`, `83 tennis
    courts`), not a counter joined to the digits (`54곳`): the words an English headline shares with its lead."""
    noun = (claim.counter or "").casefold()
    return (
        bool(noun)
        and noun == (other.counter or "").casefold()
        and all(c.text.casefold().endswith(f" {noun}") for c in (claim, other))
    )


# Figures before a list of parts, in its sentence, read as what the list breaks down (the nearest ones only).
_STATED_REACH = 3


def breakdown_whole_slips(claims: list[Claim], least: int) -> Pairs:
    """(figure, figure) pairs: a list of parts the link stage found, a figure of its sentence standing before the
    parts as what they break down (`선정된 8,460명을 연령별로 보면 19∼24세가 3,110명, …`), and an earlier figure the
    parts add up to (`8,640명을 … 선정했다`: the whole found for the parts, or, when the figure of their sentence is
    that whole, an earlier figure of its group within their sum), one digit apart from each other or with two
    neighbouring digits swapped, both as written, each with `least` significant digits or more. The sentence states
    the figure as what its parts break down, and the parts add up to the other: one of the two is a slip of the pen.
    Looked up by sentence and by value (each indexed once), never all pairs."""
    by_id = {claim.id: claim for claim in claims}
    by_sentence: dict[int, list[Claim]] = defaultdict(list)
    lists: dict[tuple[str, int], list[Claim]] = defaultdict(list)  # (whole, sentence of its parts) → those parts
    by_value: dict[tuple, list[tuple[float, int, Claim]]] = defaultdict(list)
    for claim in claims:
        by_sentence[claim.sentence].append(claim)
        if claim.part_of in by_id:
            lists[(claim.part_of, claim.sentence)].append(claim)
        if _candidate(claim):
            by_value[_group(claim)].append((abs(claim.value), claim.start, claim))
    if not lists:
        return []
    for values in by_value.values():
        values.sort(key=lambda entry: entry[:2])
    pairs: Pairs = []
    for (whole_id, sentence), parts in lists.items():
        whole = by_id[whole_id]
        if len(parts) < 2 or not _candidate(whole) or whole.sentence > sentence:
            continue
        start = min(part.start for part in parts)
        # (the few figures right before the parts in their sentence: a sentence of thousands of figures is read once)
        own = by_sentence[sentence]
        before = bisect.bisect_left(own, start, key=attrgetter("start"))
        stated = [
            figure
            for figure in own[max(0, before - _STATED_REACH) : before]
            if figure.part_of is None
            and _candidate(figure)
            and _group(figure) == _group(whole)
            and _same_sort(figure, whole)
        ]
        if not stated:
            continue
        low = sum(abs(part.low) * part.part_times for part in parts)
        high = sum(abs(part.high) * part.part_times for part in parts)
        values = by_value.get(_group(whole), [])
        first = bisect.bisect_left(values, (low,))
        last = min(bisect.bisect_right(values, (high, math.inf)), first + _NEAR_REACH)
        targets = [
            other
            for _, _, other in values[first:last]
            if other.sentence < sentence and other.part_of is None and _same_sort(other, whole)
        ]
        for figure in stated:
            for other in targets:
                if other is not figure and _slip_as_written(figure, other, least) and compatible(figure, other):
                    pairs.append((figure, other))
    return pairs


def _slip_as_written(claim: Claim, other: Claim, least: int) -> bool:
    """One digit apart or two neighbouring digits swapped, each figure as written, with `least` significant digits."""
    step = max(claim.step, other.step)
    if not _power_of_ten(step / min(claim.step, other.step)):
        return False
    here, there = _digits_at(claim, step), _digits_at(other, step)
    if here is None or there is None or min(here.significant(), there.significant()) < least:
        return False
    if not (_written_at(claim, here) and _written_at(other, there)):
        return False
    return _one_digit_apart(here.text(), there.text()) or _transposed(here.text(), there.text())


def _transposed_as_written(claim: Claim, other: Claim, here: Digits, there: Digits) -> bool:
    """Two neighbouring digits swapped (`54곳` over the lead's `45곳`), as each figure is written (a rounding that makes
    them so is a second difference): the other slip of the pen in copying a figure, as distinctive as a leading digit
    apart."""
    return _transposed(here.text(), there.text()) and _written_at(claim, here) and _written_at(other, there)


def _clusters(pairs: list[tuple[Claim, Claim]]) -> list[list[Claim]]:
    parent: dict[str, str] = {}
    by_id: dict[str, Claim] = {}

    def root(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in pairs:
        for claim in (a, b):
            by_id[claim.id] = claim
            parent.setdefault(claim.id, claim.id)
        parent[root(a.id)] = root(b.id)
    groups: dict[str, list[Claim]] = defaultdict(list)
    for claim_id in parent:
        groups[root(claim_id)].append(by_id[claim_id])
    return [sorted(group, key=lambda c: c.start) for group in groups.values()]


class RestatedKey(NamedTuple):
    """Where a statement is filed across articles: an entity it names, its unit (a count's counter), whether it
    is a forecast or negative, and its value's first `min_digits` significant digits and power of ten."""

    entity: str
    unit: str
    forecast: bool
    negative: bool
    digits: str
    exponent: int


@pickled_as_fields
@dataclass(slots=True, eq=False)
class RestatedEntry(ClaimEntry):
    """A statement compared across articles by its digits: also what it is a statement of, as far as the
    linker is sure (metric, sort), and its agreement key (a pair F402 keys alike is F402's to judge)."""

    metric: str | None = None
    sort: str = "level"
    fact: ValueKey | None = None
    entities: tuple[str, ...] = ()  # every entity it is filed under (the article's, by a guess, when none)
    role: str = "value"


def _leading_digits(claim: Claim, digits: int) -> tuple[str, int] | None:
    """`2.41bn` at three digits: ("241", 9); None for a figure written with fewer significant digits. The
    digits are cut, not rounded, so that two figures one digit apart after them (`23.17bn`, `23.12bn`) meet;
    a finer figure that rounds up to a coarser one's digits (`2,409.8m`, `2.41bn`) does not."""
    own = _digits_at(claim, claim.step)
    if own is None or own.significant() < digits:
        return None
    text = own.text()
    exponent = len(text) - 1 + round(math.log10(own.step))
    return text[:digits], exponent


def _article_entity(claims: list[Claim]) -> str | None:
    """The entity the article names most often by figures the linker is sure of (none on a tie): who a
    figure of its own with no entity linked is most likely about (`Orion Air …`, then `passenger traffic fell
    to 21.4 billion RPK`)."""
    counts = Counter(
        entity for claim in claims if claim.entities and _known(claim, "entities") for entity in set(claim.entities)
    )
    (top, most), *others = counts.most_common(2) or [(None, 0)]
    return top if not others or others[0][1] < most else None


def restated_entries(claims: list[Claim], document, min_digits: int, metric_types: dict[str, str]):
    """(key, entry) for each distinctive statement of an article that an entity anchors (named, or the
    article's by a guess). A figure no entity anchors is not filed: across an archive its digits alone meet
    other articles' by chance."""
    article_entity = _article_entity(claims)
    for seq, claim in enumerate(claims):
        entities = claim.entities or ([article_entity] if article_entity else [])
        if not _candidate(claim) or not entities:
            continue
        leading = _leading_digits(claim, min_digits)
        if leading is None:
            continue
        unit = f"count:{claim.counter}" if claim.unit == "count" else claim.unit
        filed = tuple(dict.fromkeys(entities))
        entry = RestatedEntry.of(
            claim, document, seq, _metric(claim), _statement(claim), value_key(claim, metric_types), filed, claim.role
        )
        if not claim.entities and "entities" not in entry.guesses:
            entry.guesses = (*entry.guesses, "entities")
        for entity in filed:
            yield RestatedKey(entity, unit, claim.forecast, claim.value < 0, *leading), entry


def _sorts_agree(a: str, b: str) -> bool:
    if "bare rate" in (a, b):
        return {a, b} <= {"bare rate", "rate", "change"}
    return a == b


# Significant digits that make a count of a named thing one figure across two articles about one entity.
_COUNTED_DIGITS = 4


def _counted(entry: RestatedEntry) -> bool:
    digits = _digits_at(entry, entry.step)
    return (
        entry.unit == "count" and bool(entry.counter) and digits is not None and digits.significant() >= _COUNTED_DIGITS
    )


def _one_fact(a: RestatedEntry, b: RestatedEntry) -> bool:
    """Two articles' statements that can only be one figure, so that a digit apart is a slip: of the same
    entities (a total of four companies is not one of three) and metric, both sure, of one period where both
    state one (one may leave it unsaid, never guess it), neither hedged (`about 4,024억원`) nor a currency
    equivalent (two articles convert at two days' rates)."""
    return (
        set(a.entities) == set(b.entities)
        and "entities" not in a.guesses + b.guesses
        and a.metric is not None
        and a.metric == b.metric
        and (a.period is None or b.period is None or a.period == b.period)
        and "period" not in a.guesses + b.guesses
        and a.qualifier is None
        and b.qualifier is None
        and "conversion" not in (a.role, b.role)
    )


def _entries_compatible(a: RestatedEntry, b: RestatedEntry) -> bool:
    """Two articles' statements of one entity that nothing the linker is sure of sets apart."""
    if a.path == b.path or not _sorts_agree(a.sort, b.sort):
        return False  # one article's statements are F405's
    if a.direction and b.direction and a.direction != b.direction:
        return False
    if a.metric and b.metric and a.metric != b.metric:
        return False
    if ("entities" in a.guesses or "entities" in b.guesses) and not (
        (a.metric and a.metric == b.metric) or (_counted(a) and _counted(b))
    ):
        # An entity guessed for the article at large: the metric must say it is one figure, or a count of a
        # named thing (`21.43 billion RPK`) distinctive enough to meet twice only as one figure.
        return False
    known_periods = a.period and b.period and "period" not in a.guesses and "period" not in b.guesses
    if known_periods and not a.period.nested_with(b.period):
        return False
    return a.fact is None or a.fact != b.fact


def without_table_figures(claimset: ClaimSet) -> ClaimSet:
    """The article's statements without the figures the link stage read as a table (a dense run:
    link/tables.py). A table's cells are distinct figures that share digits by chance, not restatements
    of each other: two cells one digit apart are two figures, not a slip, and pairing the cells by
    their digits is a relation guessed between them (when unsure, link nothing). On a table pasted as
    one line of a hundred thousand figures the pairing was also the check's largest cost."""
    if not any(c.table_cell for c in claimset.claims):
        return claimset
    return claimset.model_copy(update={"claims": [c for c in claimset.claims if not c.table_cell]})


class Restatement(CheckKind):
    name = "restatement"
    Params = RestatementParams
    groupings = ("restated",)

    def grouping(self, params: RestatementParams) -> str | None:
        return "restated" if params.across else None

    def entries(self, claimset: ClaimSet, grouping: str, ctx: Context) -> Iterable[tuple[RestatedKey, ClaimEntry]]:
        # One grouping serves every rule of the kind (CheckKind.entries takes no rule's parameters), so the
        # statements are filed at the kind's default digits; a rule's own `min_digits` is not seen here.
        return restated_entries(claimset.claims, claimset.document, RestatementParams().min_digits, ctx.metric_types)

    def run_group(
        self, key: RestatedKey, entries: list[RestatedEntry], params: RestatementParams, ctx: Context
    ) -> Iterable[Draft]:
        """Each statement is compared with the first statement of each variant met so far (at most
        `_NEAR_REACH` variants: a figure an archive repeats thousands of times is one variant)."""
        clusters: list[list[RestatedEntry]] = []
        apart: list[tuple[RestatedEntry, RestatedEntry]] = []
        for entry in sorted(entries, key=lambda e: e.order):
            joined = False
            for cluster in clusters[:_NEAR_REACH]:
                first = cluster[0]
                if min(set(entry.entities) & set(first.entities)) != key.entity:
                    continue  # the two meet under each entity they share: compared under the first only
                if not _entries_compatible(entry, first):
                    continue
                step = max(entry.step, first.step)
                if not _power_of_ten(step / min(entry.step, first.step)):
                    continue
                here, there = _digits_at(entry, step), _digits_at(first, step)
                if here is None or there is None:
                    continue
                if here.count == there.count:
                    cluster.append(entry)
                    joined = True
                    break
                if (
                    _one_fact(entry, first)
                    and there.significant() >= params.slip_digits
                    and _digit_slip(entry, first, here, there)
                ):
                    apart.append((entry, first))
            if not joined:
                clusters.append([entry])
        for odd, kept in apart:
            yield self._across_apart_draft(odd, kept, ctx)
        if ctx.show_passed:
            for cluster in clusters:
                if len({entry.path for entry in cluster}) >= 2:
                    yield self._across_agreed_draft(cluster, ctx)

    def _across_agreed_draft(self, cluster: list[RestatedEntry], ctx: Context) -> Draft:
        first, *others = cluster
        related = [
            Ref(ctx.document(c), c.start, c.end, f"states {fmt.stated(c, ctx.notation(c), ctx.lang)}") for c in others
        ]
        return Draft(
            Ref(ctx.document(first), first.start, first.end),
            {"value": fmt.stated(first, ctx.notation(first), ctx.lang), "count": str(len(cluster))},
            {"statements": [c.text for c in cluster]},
            related=related,
            passed=True,
            count=len(cluster),
        )

    def _across_apart_draft(self, a: RestatedEntry, b: RestatedEntry, ctx: Context) -> Draft:
        primary, earlier = ctx.later(a, b)
        lang = ctx.lang
        value, other = (
            fmt.stated(primary, ctx.notation(primary), lang),
            fmt.stated(earlier, ctx.notation(earlier), lang),
        )
        note = (
            f"note: {value}{fmt.josa(value, '와')} {other}{fmt.josa(other, '은')} 한 자리만 다릅니다"
            if lang == "ko"
            else f"note: {value} and {other} differ in one digit"
        )
        return Draft(
            Ref(ctx.document(primary), primary.start, primary.end, f"states {value}"),
            {"value": value, "other": other, "other_path": earlier.path},
            {"value": [primary.low, primary.high], "other": [earlier.low, earlier.high]},
            related=[Ref(ctx.document(earlier), earlier.start, earlier.end, f"states {other}")],
            notes=[note],
            guessed=bool(primary.guesses or earlier.guesses),
        )

    def run_document(self, claimset: ClaimSet, params: RestatementParams, ctx: Context) -> Iterable[Draft]:
        if params.across:
            return  # compared across articles only (run_group); one article's statements are F405's
        if params.table_cells:
            yield from self._table_cells(claimset, ctx)
            return
        keys = FactKeys(ctx.metric_types)
        by_id = ClaimIndex.of(claimset).by_id
        claimset = without_table_figures(claimset)
        agree, apart = restatement_pairs(
            claimset.claims,
            params.min_digits,
            params.slip_digits,
            keys,
            params.head_digits,
            params.any_sort_digits,
            params.leading_slip_digits,
            _lead_end(claimset.claims, params.lead_sentences),
        )
        if params.sentences:
            agree = agree + sentence_pairs(claimset.claims, params.min_digits, keys)
        if params.changes:
            agree = agree + change_pairs(claimset.claims, by_id, params.min_digits, keys)
            agree = agree + multiple_pairs(claimset.claims, by_id)
        if params.notations:
            agree = agree + notation_pairs(claimset.claims, params.min_digits, params.head_digits, keys)
        if params.rounded:
            agree = agree + rounded_pairs(claimset.claims, params.min_digits, keys, params.lead_sentences)
            agree = agree + counted_roundings(claimset.claims, params.min_digits, keys)
        if params.headline_changes:
            lead_end = _lead_end(claimset.claims, params.lead_sentences)
            in_lead = headline_change_pairs(claimset.claims, keys, lead_end)
            agree = agree + in_lead
            agree = agree + headline_change_body_pairs(claimset.claims, {a.id for a, _ in in_lead}, lead_end)
            agree = agree + headline_fraction_pairs(claimset.claims, lead_end)
        related = related_figures(claimset.claims)
        titled = opens_with_headline(claimset.claims)
        if titled:
            agree = agree + headline_pairs(
                claimset.claims, keys, related, params.headline_digits, params.headline_distinct_digits
            )
            agree = agree + headline_metric_pairs(claimset.claims, keys, related, params.headline_digits)
            agree = agree + headline_counted_pairs(
                claimset.claims, keys, related, _lead_end(claimset.claims, params.lead_sentences)
            )
            if params.headline_bounds:
                agree = agree + headline_bound_pairs(claimset.claims, related)
            if params.headline_roundings:
                agree = agree + headline_rounded_pairs(claimset.claims, related, params.headline_digits)
            agree = agree + headline_same_fraction_pairs(claimset.claims)
        if params.counted:
            agree = agree + counted_pairs(
                claimset.claims, keys, related, _lead_end(claimset.claims, params.lead_sentences), titled
            )
        clusters = _clusters(agree)
        cluster_of = {claim.id: cluster for cluster in clusters for claim in cluster}
        reported: set[tuple[int, int]] = set()
        if titled:
            apart = apart + headline_leading_slips(
                claimset.claims, set(cluster_of), related, params.headline_distinct_digits
            )
            lead_end = _lead_end(claimset.claims, params.lead_sentences)
            apart = apart + headline_change_slips(claimset.claims, set(cluster_of), lead_end, params.headline_digits)
            apart = apart + headline_level_slips(claimset.claims, set(cluster_of), lead_end, params.headline_digits)
            apart = apart + headline_first_change_slips(claimset.claims, set(cluster_of))
        apart = apart + headline_slips(claimset.claims, clusters, params.headline_slip_digits)
        if params.breakdown_wholes:
            apart = apart + breakdown_whole_slips(claimset.claims, params.min_digits)
        if params.sentences:
            apart = apart + sentence_slips(claimset.claims, params.min_digits)
        if params.rounded:
            clustered = set(cluster_of)
            apart = apart + rounded_slips(claimset.claims, clustered, params.min_digits, keys, params.lead_sentences)
        if params.changes:
            apart = apart + change_slips(claimset.claims, by_id, params.min_digits, keys)
            apart = apart + figure_slips(claimset.claims, by_id, params.min_digits, keys)
        apart = [
            (a, b)
            for a, b in _without_stated_shares(_unrelated(apart, related, cluster_of), claimset.claims)
            if not _prior_apart_in_leading_digit(a, b) and not _a_gap_beside_another_fact(a, b, claimset.claims)
        ]
        for a, b in apart:
            # One finding per two disagreeing sets of statements, on the set fewer statements make
            # (between equals, the later one), against all of the other set.
            here, there = cluster_of.get(a.id, [a]), cluster_of.get(b.id, [b])
            if (len(here), -here[0].start) > (len(there), -there[0].start):
                (a, here), (b, there) = (b, there), (a, here)
            pair = (id(here[0]), id(there[0]))
            if pair not in reported:
                reported.add(pair)
                yield self._apart_draft(a, there, len(here), params, ctx)
        if ctx.show_passed:
            for cluster in clusters:
                yield self._agreed_draft(cluster, ctx)

    def _table_cells(self, claimset: ClaimSet, ctx: Context) -> Iterable[Draft]:
        """Each prose figure against the table cells it restates: a warning on the figure where they differ beyond
        rounding, else (with --show-passed) listed as checked."""
        agree, apart = table_cell_pairs(claimset.claims, ClaimIndex.of(claimset).by_id)
        lang = ctx.lang
        for figure, cell in apart:
            value, other = fmt.stated(figure, ctx.notation(figure), lang), fmt.stated(cell, ctx.notation(cell), lang)
            yield Draft(
                claim_ref(ctx, figure, f"states {value}"),
                {"value": value, "other": other},
                {"value": [figure.low, figure.high], "other": [cell.low, cell.high]},
                related=[claim_ref(ctx, cell, f"states {other}")],
                guessed=bool(figure.guesses or cell.guesses),
            )
        if ctx.show_passed:
            for figure, cell in agree:
                shown = fmt.stated(figure, ctx.notation(figure), lang)
                yield Draft(
                    claim_ref(ctx, figure),
                    {"value": shown, "other": fmt.stated(cell, ctx.notation(cell), lang)},
                    {"statements": [figure.text, cell.text]},
                    related=[claim_ref(ctx, cell, f"states {fmt.stated(cell, ctx.notation(cell), lang)}")],
                    passed=True,
                )

    def _agreed_draft(self, cluster: list[Claim], ctx: Context) -> Draft:
        first, *others = cluster
        # (a fraction in words as written, `a fifth`: its value alone, 0.2, reads as no rate)
        shown = first.text.strip() if first.kind == "fraction" else fmt.stated(first, ctx.notation(first), ctx.lang)
        related = [claim_ref(ctx, c, f"states {fmt.stated(c, ctx.notation(c), ctx.lang)}") for c in others]
        return Draft(
            claim_ref(ctx, first),
            {"value": shown, "count": str(len(cluster))},
            {"statements": [c.text for c in cluster]},
            related=related,
            passed=True,
            count=len(cluster),
        )

    def _apart_draft(
        self, odd: Claim, others: list[Claim], copies: int, params: RestatementParams, ctx: Context
    ) -> Draft:
        lang = ctx.lang
        kept = others[0]
        value, other = fmt.stated(odd, ctx.notation(odd), lang), fmt.stated(kept, ctx.notation(kept), lang)
        fixes = []
        if len(others) > copies:  # the figure more statements agree on is the one to write
            fixes = keep(
                fix(
                    ctx,
                    odd,
                    Interval.of(kept),
                    "other",
                    label="같은 기사의 다른 진술과 맞추려면 이 값"
                    if lang == "ko"
                    else "to agree with its other statements, this figure",
                )
            )
        evidence = {
            "value": [odd.low, odd.high],
            "other": [kept.low, kept.high],
            "statements": [odd.text] + [c.text for c in others],
        }
        note = (
            f"note: {value}{fmt.josa(value, '와')} {other}{fmt.josa(other, '은')} 한 자리만 다릅니다"
            if lang == "ko"
            else f"note: {value} and {other} differ in one digit"
        )
        differs = "한 자리 다릅니다" if lang == "ko" else "in one digit"
        if _swapped(odd, kept):
            differs = "이웃한 두 자리가 뒤바뀌었습니다" if lang == "ko" else "by two neighbouring digits swapped"
            note = (
                f"note: {value}{fmt.josa(value, '와')} {other}{fmt.josa(other, '은')} 이웃한 두 자리가 뒤바뀌었습니다"
                if lang == "ko"
                else f"note: {value} and {other} have two neighbouring digits swapped"
            )
        related = [
            claim_ref(ctx, c, f"states {fmt.stated(c, ctx.notation(c), lang)}") for c in others[: params.max_related]
        ]
        return Draft(
            claim_ref(ctx, odd, f"states {value}"),
            {"value": value, "other": other, "differs": differs},
            evidence,
            related=related,
            notes=[note],
            fixes=fixes,
            count=copies,
        )
