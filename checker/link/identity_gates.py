"""What each amount of an article is of, read once per article, as the gate every join of amounts passes, whichever
reading made it (run after the per-unit, the sum and the change readings).

A figure's identity here is what its own words and the links before say it is an amount of:

- a level, or a figure per one unit (a price, an amount each unit holds: `£60 each`, `at an average of £90 each`,
  `통당 4천 엔` beside `병당 3천 엔`), or the average per a short period of a span's total (`한 달 평균 500자루꼴`,
  the amount another figure's `per_period_of` names over several periods);
- the short period it is stated per (`하루 네 차례`, `한 달 평균`: `[link.per_day_before]`, `[link.per_month_before]`);
- of a count, its dimension: a span of time (`120 hours`, `90시간`: `[link.time_counters]`) or a number of things.

The gates:

- per unit (`gate_per_unit_joins`): the total a figure per unit divides is a level, never a figure per one unit
  itself; a count of units stated per a short period (`하루 네 차례`) divides no total of another sentence that is
  not per that period (the count is one day's, the total the whole run's); a price whose own clause states the
  amount it comes to, named so by the words between (`2,000 tiles at €3 each, worth €6,000`:
  `[link.appended_total_words]`), divides that amount, not a total of another sentence;
- sum (`gate_sum_joins`): two lists of parts around a total, before it in its sentence and after it, are two breakdowns
  of it (by item, then by who paid), checked apart; a figure per unit of the total and its units make a product, no sum
  (`20 dormitories, each sleeping eight guests, 160 guests in all`); an average per one unit, one time or a short period
  (`한 번에 20명꼴`, `£4 a head`, `40 tonnes a day`) is no part of a total that is not one, unless all the parts are;
  the parts of a total are of its dimension (a count of hours and a count of people add into nothing, and neither makes
  a total of the other); a total that a share rate right before it makes a subset (`… and women make up 75 per cent of
  them, 180 in all`), smaller than one of the parts, is that part's share, no sum of them; a price per one unit the
  units were sold at (`sold 90 lamps at an average of £20 each, worth £1,800`) leaves a list of amounts, which keeps the
  two or more amounts left (with fewer, the list is left as the readings made it);
- change (`gate_change_joins`): the level a change is measured to is of the span of its prior: an average per a
  short period (`한 달 평균 500자루꼴`) restating a span's total is no level of a prior over the span; the change
  is of that total instead (the one figure whose `per_period_of` names the average).
"""

from __future__ import annotations

import itertools
import re

from checker.extract.lang import ByLanguage
from checker.link.clause_marks import TOTAL_MARK_RIGHT_BEFORE
from checker.link.keys_differ import own_period
from checker.link.lexicon import Lexicon
from checker.link.lists_adding_up import BALANCES
from checker.link.per_one_marks import stated_per_one
from checker.link.per_unit_apart import a_level_beside, restates_a_rise
from checker.link.per_unit_vetoes import PRICED_PER_UNIT, rated_to_the_unit, short_period
from checker.link.totals_of_each import stated_together_after
from checker.link.unit_prices import MEASURE_WORDS
from checker.models import Claim
from checker.regex_cache import compile_exact

_TIME_COUNTER = ByLanguage(lambda w: rf"(?:{w.time_counters})", re.I)
# right before a figure: a noun or a measure's symbol and the mark of the one unit it is per (`통당 `, `㎏당 `); a
# party's name ends in the same letter (`…당 37석`): read only where the figure per unit it is set against carries
# the mark too
_MARK_BEFORE = ByLanguage(
    lambda w: (
        rf"(?:(?<![^\W\d_])[^\W\d_]{{1,3}}|(?<![^\W_])(?:{MEASURE_WORDS}))"
        rf"(?:{w.unit_price_before}|{w.per_unit_before})\s?$"
    ),
    first_tested=False,
)
_MARK_REACH = 8
# right before a price listed among amounts: the price the units counted before it were sold at (`at an average of`)
_SALE_PRICE_BEFORE = ByLanguage(
    lambda w: rf"(?<![^\W\d_])(?:{w.fallback_sale_price_before})\s+(?:(?:{w.hedges})\s+)?$", re.I
)
_SALE_REACH = 32
# between a price and the amount after it: words naming that amount the total the price comes to (`, worth`)
_APPENDED_TOTAL = ByLanguage(
    lambda w: rf"(?<![^\W\d_])(?:{w.appended_total_words}|{w.product_verbs_after_price})(?![^\W\d_])",
    re.I,
    first_tested=False,
)
_APPENDED_REACH = 32
_CLAUSE_STOP = compile_exact(r"[.;:!?()]")
# between a share rate and the amount in apposition after it, after a comma (`85 per cent of them, 357`)
_APPOSED_GAP = compile_exact(r"[^\d.;:!?()]*?,\s*(?:[^\W\d_]+\s+){0,2}")
_APPOSED_REACH = 24


def _marked_per_one_before(figure: Claim, text: str, lang: str) -> bool:
    return _MARK_BEFORE[lang].search(text, max(0, figure.start - _MARK_REACH), figure.start) is not None


def _dimension(figure: Claim, lang: str) -> str | None:
    """A count's dimension: `time` (a count of hours, days), `things` (any other counter), None for no counter or
    no count."""
    if figure.kind != "count" or not figure.counter:
        return None
    return "time" if _TIME_COUNTER[lang].fullmatch(figure.counter) else "things"


# a count made the base of a rate by its mark (`Every 1,000 bottles`, `for every 1,000 bottles`, `1천 병마다`), and the
# gap from it to the figure its clause states per that many (a few words, no clause stop)
_PER_COUNT_BEFORE = ByLanguage(lambda w: rf"(?<![^\W\d_])(?:{w.per_count_before})\s+$", re.I)
_PER_COUNT_AFTER = ByLanguage(lambda w: rf"\s?(?:{w.per_count_after})(?![^\W\d_])", re.I)
_RATE_GAP = compile_exact(r"[^\d.;:!?()]{0,40}")
_PER_COUNT_REACH = 24
# a count stated as the size of an addition: words before it (`an extra 30,000 head`, `another 12`), or its counter or
# the word after it (`18 extra teams`, `12 more teams`)
_INCREMENT_BEFORE = ByLanguage(lambda w: rf"(?<![^\W\d_])(?:{w.increment_before})\s+(?:(?:{w.hedges})\s+)?$", re.I)
_INCREMENT_WORD = ByLanguage(lambda w: rf"(?:{w.more_or_fewer_after}|{w.addition_marks_after})", re.I)
_INCREMENT_AFTER = ByLanguage(lambda w: rf"\s+(?:{w.more_or_fewer_after}|{w.addition_marks_after})\b", re.I)
_INCREMENT_REACH = 24
# `Each hectare gives about 3 tonnes in a normal season`, `평년에는 1㏊당 3톤`: a figure per unit stated for a norm
# period (`[link.norm_period_words]`) is what a unit gives as a rule, no quotient of any stated total
_NORM_PERIOD = ByLanguage(lambda w: rf"(?<![^\W\d_])(?:{w.norm_period_words})(?![^\W\d_])", re.I)
_NORM_REACH = 40  # characters either side of a figure where its norm period stands in its clause
# `… 들어 모두 900차례`, `…, a total of 900 visits`: right before a total the figure's clause goes on to state, its mark
_TOTAL_MARK_REACH = 16  # characters before a count where its total mark stands
_LISTED_REACH = 12  # figures before a figure given each where the values it is listed with stand
# right after a total, the mark of all the units together (`$3,500 in all`, `[link.each_total_after]`)
_TOGETHER_AFTER = ByLanguage(lambda w: rf"\s*,?\s*(?:{w.each_total_after})(?![^\W\d_])", re.I)
# between listed values: a clause's end, a connective ending and a comma (`올리고,`), a new topic (`반짇고리는 `)
_LIST_BREAK = ByLanguage(
    lambda w: rf"(?:{w.clause_ends})(?!\d)|(?:{w.comma_clause_joints})|(?<=[^\W\d_])(?:{w.clause_topics})\s", re.I
)
# right after a value, the mark that it is given one by one (`2유로씩`: `[link.per_unit_distributive_after]`)
_DISTRIBUTED_AFTER = ByLanguage(lambda w: rf"(?:{w.per_unit_distributive_after})", first_tested=False)


def _an_increment(figure: Claim, text: str, lang: str) -> bool:
    """A count stated as the size of an addition (`the 18 extra teams`, `an additional 400 stores`, `12 more`): no
    level of the units."""
    return figure.kind == "count" and bool(
        (figure.counter and _INCREMENT_WORD[lang].fullmatch(figure.counter))
        or _INCREMENT_AFTER[lang].match(text, figure.end)
        or _INCREMENT_BEFORE[lang].search(text, max(0, figure.start - _INCREMENT_REACH), figure.start)
    )


def _total_of_another_counter_after(figure: Claim, claims: list[Claim], at: int, text: str, lang: str) -> bool:
    """Whether the figure's sentence goes on, past it, to a count marked a total (`평균 3개 강좌를 들어 모두 900차례
    수강했다`: `[link.total_marks]` right before it) that counts another thing than the figure (its counter another)
    and is larger: the figure per one unit makes that total with its units."""
    if figure.kind != "count":
        return False
    for c in claims[at + 1 :]:
        if c.sentence != figure.sentence:
            break
        if (
            c.kind == "count"
            and c.role in ("value", "change")  # (`모두 900차례 뛰었다`: a total whose verb may read as a rise's)
            and (c.counter or "") != (figure.counter or "")
            and c.value > figure.value
            and TOTAL_MARK_RIGHT_BEFORE[lang].search(text, max(figure.end, c.start - _TOTAL_MARK_REACH), c.start)
        ):
            return True
    return False


def _in_a_norm_period(figure: Claim, text: str, lang: str) -> bool:
    """Whether the figure's clause states it for a norm period (`in a good year`, `in a typical week`, `평년에는`:
    `[link.norm_period_words]`) right before or after it: what a unit gives as a rule, not this period's quotient."""
    start = max(0, figure.start - _NORM_REACH)
    cut = [m.end() for m in _CLAUSE_STOP.finditer(text, start, figure.start)]
    start = cut[-1] if cut else start
    stop = _CLAUSE_STOP.search(text, figure.end, figure.end + _NORM_REACH)
    end = stop.start() if stop else min(len(text), figure.end + _NORM_REACH)
    return _NORM_PERIOD[lang].search(text, start, end) is not None


def _per_a_count(figure: Claim, claims: list[Claim], at: int, text: str, lang: str) -> bool:
    """Whether the figure's clause states it per a count marked the base of a rate, right before it (`Every 1,000
    bottles take about 60kg`, `1천 병마다 60kg`) or right after it (`60kg for every 1,000 bottles`, `3 beds per 1,000
    residents`): that many units' share, no total."""
    before = claims[at - 1] if at else None
    if (
        before is not None
        and before.kind == "count"
        and before.sentence == figure.sentence
        and _RATE_GAP.fullmatch(text, before.end, figure.start)
        and (
            _PER_COUNT_BEFORE[lang].search(text, max(0, before.start - _PER_COUNT_REACH), before.start)
            or _PER_COUNT_AFTER[lang].match(text, before.end)
        )
    ):
        return True
    after = claims[at + 1] if at + 1 < len(claims) else None
    if after is None or after.kind != "count" or after.sentence != figure.sentence:
        return False
    mark = _PER_COUNT_BEFORE[lang].search(text, max(figure.end, after.start - _PER_COUNT_REACH), after.start)
    return mark is not None and _RATE_GAP.fullmatch(text, figure.end, mark.start()) is not None


def _unlink_per_unit(figure: Claim) -> None:
    figure.per_unit_of = figure.units_of = figure.units_measure = None


def gate_per_unit_joins(claims: list[Claim], text: str, lang: str) -> None:
    by_id = {c.id: c for c in claims}
    position = {c.id: at for at, c in enumerate(claims)}
    totals = {c.per_unit_of for c in claims if c.per_unit_of}  # (the totals a figure per unit divides)
    for figure in claims:
        total, units = by_id.get(figure.per_unit_of or ""), by_id.get(figure.units_of or "")
        if total is None or units is None:
            continue
        # (`장원 300만 원, 차상 100만 원에 입선 20명에게 10만 원씩을 더해 모두 600만 원`: other values listed
        # before the figure in its clause add into the total with it; the total is their sum, not a product)
        if _added_to_listed_values(claims, position[figure.id], figure, total, totals, text, lang):
            _unlink_per_unit(figure)
            continue
        if stated_together_after(figure, total, text, lang):
            continue  # (`take 900 litres apiece, 1,800 a batch between them`: the units' together, as marked)
        # (the total is itself per one unit: `된장은 통당 A엔, 간장은 병당 B엔`, `$12 each`)
        if (
            PRICED_PER_UNIT[lang].match(text, total.end)
            or rated_to_the_unit(total, text, lang)
            or (_marked_per_one_before(figure, text, lang) and _marked_per_one_before(total, text, lang))
        ):
            _unlink_per_unit(figure)
            continue
        # (the figure's clause goes on to the total it makes, of another counter: `회원 한 명이 평균 3개 강좌를
        # 들어 모두 900차례 수강했다`, no share of a total of its own counter stated before)
        if total.start < figure.start and _total_of_another_counter_after(
            figure, claims, position[figure.id], text, lang
        ):
            _unlink_per_unit(figure)
            continue
        # (the figure is a norm: `Each hectare gives about 3 tonnes in a normal season`, no share of this year's total)
        if _in_a_norm_period(figure, text, lang):
            _unlink_per_unit(figure)
            continue
        # (the total is itself per a count its clause makes a rate's base: `Every 1,000 bottles take 60kg`)
        if _per_a_count(total, claims, position[total.id], text, lang):
            _unlink_per_unit(figure)
            continue
        # (the units are the size of an addition, the total no addition: `the 18 extra teams … some 264 players`)
        if (
            _an_increment(units, text, lang)
            and not _an_increment(total, text, lang)
            # (`2,400 extra tests` the article's one count of tests: the units, however added)
            and (
                not _INCREMENT_WORD[lang].fullmatch(units.counter or "")
                or a_level_beside(units, claims, text, lang)
                # (`drew 48,000 visitors, up from 40,000 … the 8,000 extra visitors`: the rise the article states)
                or restates_a_rise(units, claims)
            )
        ):
            _unlink_per_unit(figure)
            continue
        # (the count is one short period's, the total of another sentence the whole run's)
        if (
            units.kind == "count"
            and total.sentence != units.sentence
            and short_period(units, text, lang) is not None
            and short_period(units, text, lang) != short_period(total, text, lang)
        ):
            _unlink_per_unit(figure)
            continue
        # (the price's own clause states its product with the count: that product is the total it divides)
        # (in its sentence too, where the total comes after that product: `30,000 children paying £3 each added
        # £90,000, for total income of £414,000`)
        if units.kind in ("count", "measure") and (total.sentence != figure.sentence or total.start > figure.end):
            product = _stated_product(claims, position[figure.id], figure, units, total, text, lang)
            if product is not None and product is not total:
                if units.kind == "count":
                    figure.per_unit_of = product.id
                else:
                    # (`The rest went to shops at £5 a kilogram, worth £67,500`: the measure that amount is of is
                    # not stated; the one before is another lot's)
                    _unlink_per_unit(figure)


def _added_to_listed_values(
    claims: list[Claim], at: int, figure: Claim, total: Claim, totals: set[str], text: str, lang: str
) -> bool:
    """A figure given each of its units after plain values of its kind, unit and counter listed in its clause
    (`대상 500만 원과 우수상 200만 원, 장려상 15명에게 20만 원씩을 합쳐 총 1천만 원`, `a $1,500 top prize,
    $100 each to 20 runners-up, $3,500 in all`), before a total marked as one (`모두`, `in all`: the values, the
    figure's product one more item, come to it) or itself one of them (`장원 300만 원, 차상 100만 원에 입선 20명에게
    10만 원씩`): the total is no figure times its count. A value that is itself per unit, or the product another
    figure per unit makes (`한 상자에 2유로씩 4만 유로, 유과는 1.55유로씩 …`), or one marked a total itself (`£372 in
    all`), is a parallel item's, no list the figure is added to; a clause's end or a new topic between stops the
    list."""
    if total.sentence != figure.sentence:
        return False
    if total.start > figure.start and not (
        TOTAL_MARK_RIGHT_BEFORE[lang].search(text, max(0, total.start - _TOTAL_MARK_REACH), total.start)
        or _TOGETHER_AFTER[lang].match(text, total.end)
    ):
        return False
    key = (figure.kind, figure.unit, figure.counter or "")
    for back in range(at - 1, max(-1, at - 1 - _LISTED_REACH), -1):
        c = claims[back]
        if c is total and total.start < figure.start:
            return False
        if c.sentence != figure.sentence or _LIST_BREAK[lang].search(text, c.end, figure.start):
            return False
        if (
            c is not total
            and c.role == "value"
            and (c.kind, c.unit, c.counter or "") == key
            and c.value is not None
            and c.value < total.value
            and c.per_unit_of is None
            and c.product_of is None
            and c.id not in totals
            and not _DISTRIBUTED_AFTER[lang].match(text, c.end)
            and not PRICED_PER_UNIT[lang].match(text, c.end)
            and not rated_to_the_unit(c, text, lang)  # (`30 tonnes to the hectare`: a rate, no listed value)
            # (`£2 a vegetable, £372 in all, and …`: a total of another item, no item of the list)
            and not _TOGETHER_AFTER[lang].match(text, c.end)
            and not TOTAL_MARK_RIGHT_BEFORE[lang].search(text, max(0, c.start - _TOTAL_MARK_REACH), c.start)
        ):
            return True
    return False


def _stated_product(claims: list[Claim], at: int, figure: Claim, units: Claim, total: Claim, text: str, lang: str):
    """The figure right after a price in its clause, of its total's kind and unit, that the words between name the
    amount the price comes to (`at €3 each, worth €6,000`: `[link.appended_total_words]`)."""
    after = claims[at + 1] if at + 1 < len(claims) else None
    if (
        after is None
        or after.sentence != figure.sentence
        or units.end > figure.start
        or (after.kind, after.unit) != (total.kind, total.unit)
        or after.role != "value"
        or after.per_unit_of is not None
        or after.start - figure.end > _APPENDED_REACH
        or _CLAUSE_STOP.search(text, figure.end, after.start)
    ):
        return None
    return after if _APPENDED_TOTAL[lang].search(text, figure.end, after.start) else None


def gate_sum_joins(claims: list[Claim], text: str, lang: str, lexicon: Lexicon | None = None) -> None:
    by_id = {c.id: c for c in claims}
    position = {c.id: at for at, c in enumerate(claims)}
    lists: dict[str, list[Claim]] = {}
    breakdowns: dict[tuple[str, str | None], list[Claim]] = {}  # (a whole broken down twice: each list apart)
    for claim in claims:
        if claim.part_of and claim.part_of in by_id:
            lists.setdefault(claim.part_of, []).append(claim)
    for whole_id, parts in lists.items():
        _split_lists_around(by_id[whole_id], parts)
    for claim in claims:
        if claim.part_of and claim.part_of in by_id:
            breakdowns.setdefault((claim.part_of, claim.part_list), []).append(claim)
    if lexicon is not None:
        for (whole_id, _), parts in breakdowns.items():
            whole = by_id[whole_id]
            # (an open list of subgroups within the whole, `관람객 가운데 어린이는 A명, 외국인은 B명`, no more than it,
            # holds each as a member its share is of: only a sum is no reading of them)
            opened = whole.open_list or any(p.part_list_open for p in parts)
            held = opened and sum(p.low for p in parts) <= whole.high
            if not held and (
                _attributes_of_two_kinds(whole, parts, claims, text, lexicon, lang)
                or (opened and _subgroups_unnamed(whole, parts, text, lexicon, lang))
            ):
                for part in parts:
                    part.part_of = None
                    part.part_list = None
                lists[whole_id] = [part for part in lists[whole_id] if part.part_of is not None]
    for whole_id, parts in lists.items():
        if not parts:
            continue
        whole = by_id[whole_id]
        # (an average per one unit, one time or one short period, `한 번에 20명꼴`, `£4 a head`, `50 tonnes a day`, is
        # no part of a total that is not one)
        # (a figure per unit of the total and its units, `20 dormitories, each sleeping eight guests, 160 guests in
        # all`, make a product of it, no sum)
        # (no other part of the whole's own kind and noun beside them: `$30,400 from 1,900 seats at $16 each; matinees
        # took the remaining $5,600` keeps its list)
        if any(part.per_unit_of == whole.id for part in parts) and not any(
            part.per_unit_of != whole.id
            and part.kind == whole.kind
            and (part.counter or None) == (whole.counter or None)
            for part in parts
        ):
            for part in parts:
                part.part_of = None
                part.part_list = None
            continue
        # (a figure a list hands to several members, `… and the Greens at one each`, stands for their parts)
        # (parts all per one period or unit, `월 260만 켤레, 월 180만 켤레 … 한 달 440만 켤레`, are a list of rates
        # adding to a rate: only an average among amounts of the whole span is none of its parts)
        averaged = [
            part
            for part in parts
            if part.part_times == 1 and part.per_unit_of != whole.id and _an_average(part, text, lang)
        ]
        if averaged and len(averaged) < len(parts) and not _an_average(whole, text, lang):
            rest = [part for part in parts if part not in averaged]
            # (a level's balance, its earlier level and two flows, `130 deer, about 30 a month, with 10 culled, up from
            # 110`: a rate is no flow, and without it the rest adds up to nothing: none of them is a part)
            balance = any((part.part_list or "").startswith(BALANCES) for part in parts)
            for part in averaged if len(rest) > 1 and not balance else parts:
                part.part_of = None
                part.part_list = None
            if len(rest) < 2:
                continue
            parts = rest
        dimension = _dimension(whole, lang)
        dimensions = {_dimension(part, lang) for part in parts} - {None}
        mixed = len(dimensions) > 1 or (dimension is not None and bool(dimensions) and dimensions != {dimension})
        # (a total that a share rate right before it makes a subset, smaller than a part: that part's share)
        subset = any(part.low > whole.high for part in parts) and _part_of_a_share(whole, claims, position, text)
        if mixed or subset:
            for part in parts:
                part.part_of = None
                part.part_list = None
            continue
        prices = [part for part in parts if part.kind == "money" and _sold_at(part, text, lang)]
        if not prices:
            continue
        rest = [part for part in parts if part not in prices]
        if len(rest) < 2:
            continue
        for part in prices:
            part.part_of = None
            part.part_list = None


# right before a price, a unit of measure and the mark of one (`kg당 `, `톤당 `): a price per that measure (a party's
# name ending in the mark's letter, `…당 37석`, is no measure)
_PER_MEASURE_BEFORE = ByLanguage(
    lambda w: rf"(?<![^\W_])(?:{MEASURE_WORDS})\s?(?:{w.unit_price_before})\s?$", first_tested=False
)
# right after a figure, the unit it is per (`£4 a head`, `600 pupils per school`), no bare `each`, the noun closing
# the figure's clause (`£4 a head,`; in a list, `7,600 a Cornish relish` and `£2m a new roof` take their `a` from a
# verb left out)
_RATE_AFTER = ByLanguage(lambda w: rf"(?:{w.unit_rate_after})(?=\s*(?:[,.;:)]|$))", re.I)
# right after a figure, a mark that it is an average naming no noun (`20명꼴`: `[link.per_unit_generic_after]`)
_AVERAGE_AFTER = ByLanguage(lambda w: rf"\s?(?:{w.per_unit_generic_after})", first_tested=False)


def _an_average(figure: Claim, text: str, lang: str) -> bool:
    """Whether a figure is stated per one unit (`£4 a head`, `한 상자에 3유로씩`), per a short period (`50 tonnes a
    day`, `하루 80톤`) or marked an average (`한 번에 20명꼴`): what one unit or one time holds, no part of a total."""
    # (by the marks after it: one of a unit before it, `한 벌에`, is read only with its mark after, `씩`, `꼴`; a noun
    # opening with the letter of one, `한복이 320벌`, is none; a bare `each` in a list hands one figure to several
    # members, `the Greens 2 and three others at one each`, and is no average)
    # (a bare count of a gapped list, `11,400 are chutney and 7,600 a relish`, takes its `a` from the verb left out)
    bare = figure.kind == "count" and not figure.counter
    return figure.kind in ("money", "measure", "count") and bool(
        # (an amount per one unit, `6.24 pence a share`, may be what the whole is per too: its parts are read as they
        # are, and only a count or a measure per unit is an average here)
        (not bare and figure.kind != "money" and _RATE_AFTER[lang].match(text, figure.end))
        or _AVERAGE_AFTER[lang].match(text, figure.end)
        or _DISTRIBUTIVE_AFTER[lang].match(text, figure.end)
        or short_period(figure, text, lang) is not None
        or (
            figure.kind == "money"
            and _PER_MEASURE_BEFORE[lang].search(text, max(0, figure.start - _MARK_REACH), figure.start) is not None
        )
    )


def _split_lists_around(whole: Claim, parts: list[Claim]) -> None:
    """Two parts or more listed before a total in its sentence and two or more after it (`재료비는 배추 A, 양념 B 등
    모두 T가 들었다. 기업들이 C를 냈고 나머지 D는 시가 보탰다`: by item, then by who paid) are two breakdowns of it,
    each checked apart (the ones after are read as a list of their own)."""
    if any(part.part_list is not None for part in parts):
        return
    before = [part for part in parts if part.end <= whole.start and part.sentence == whole.sentence]
    after = [part for part in parts if part.start >= whole.end]
    if len(before) >= 2 and len(after) >= 2 and len(before) + len(after) == len(parts):
        for part in after:
            part.part_list = f"after:{whole.id}"


_PEOPLE = ByLanguage(
    lambda w: rf"(?:{w.person_counters}|{w.people_noun_endings}|{w.fallback_any_people_counters})", re.I
)
_ATTRIBUTE_AFTER = ByLanguage(lambda w: rf"\s+(?:{w.attribute_copulas_after})\s", re.I, first_tested=False)
_POOL_AFTER = ByLanguage(lambda w: rf"\s*(?:{w.pool_after})(?![^\W\d_])", re.I, first_tested=False)
_POOL_BEFORE = ByLanguage(lambda w: rf"(?<![^\W\d_])(?:{w.pool_before})\s+$", re.I)
_POOL_REACH = 12
_REST = ByLanguage(lambda w: rf"(?:{w.rest_labels})", re.I)
_WORDED = compile_exact(r"[^\W\d_]{2,}")


def _subgroups_unnamed(whole: Claim, parts: list[Claim], text: str, lexicon: Lexicon, lang: str) -> bool:
    """Whether an open list of groups drawn from a whole of people (`급식 대상자 600명 가운데 75세 이상이 420명, 홀로
    사는 어르신이 380명`, `Of the 600 diners, 420 are over 75 and 380 live alone`), adding up to more than it, names
    its groups by no partition's members and no rest: groups by attributes of their own, which may overlap."""
    if len(parts) != 2 or not _PEOPLE[lang].fullmatch(whole.counter or ""):
        return False
    ordered = sorted(parts, key=lambda c: c.start)
    if whole.sentence != ordered[0].sentence or whole.end > ordered[0].start:
        return False
    # (the groups drawn from the pool the whole is: `600명 가운데`, `Of the 600 diners`)
    if not (
        _POOL_AFTER[lang].match(text, whole.end)
        or _POOL_BEFORE[lang].search(text, max(0, whole.start - _POOL_REACH), whole.start)
    ):
        return False
    start = whole.end
    found = re.search(r"[.;!?\n]", text[ordered[-1].end :])
    end = ordered[-1].end + found.start() if found else len(text)
    return not (lexicon.partition_re.search(text, start, end) or _REST[lang].search(text, start, end))


def _attributes_of_two_kinds(
    whole: Claim, parts: list[Claim], claims: list[Claim], text: str, lexicon: Lexicon, lang: str
) -> bool:
    """Whether the parts name members of partitions of two kinds (`Of the 40 staff, 12 are part-time and 30 are
    women`: hours and sex; `비정규직 12명, 여성 30명`): attributes of one whole that overlap, no partition of it. Each
    part's name is the member word in the stretch of its own clause on the side the list names them (after the
    figures when the stretch after the last part names one and the one before the first does not, as English puts
    its predicates, or when neither does and a copula follows the first, `180 are …`; before them otherwise), no
    figure between. A whole of people whose parts name one member of a partition and, in another part, words of
    another kind and no rest (`180 are men and 150 are over 60`) overlaps too."""
    if len(parts) < 2:
        return False
    ordered = sorted(parts, key=lambda c: c.start)
    ends = [c.end for c in ordered]
    starts = [c.start for c in ordered]
    sentence_opens = max(text.rfind(".", 0, ordered[0].start), text.rfind("\n", 0, ordered[0].start)) + 1
    found = re.search(r"[.;!?\n]", text[ordered[-1].end :])
    sentence_closes = ordered[-1].end + found.start() if found else len(text)
    if whole.start > ordered[0].start:
        return False  # (`서울 93명, 경기 60명, 인천 22명 수도권이 175명`: a total after its parts names them, no pool)
    # (the stretch before the first part starts past the whole, when the whole stands before it in the sentence)
    opening = max(sentence_opens, whole.end if whole.end <= ordered[0].start else sentence_opens)

    def members(start: int, end: int) -> set[tuple[str, int]]:
        return {
            member
            for found in lexicon.partition_re.finditer(text, start, end)
            for member in lexicon.partitions_for(found.group(0), parts[0].kind)
        }

    before_first, after_last = members(opening, starts[0]), members(ends[-1], sentence_closes)
    copula = _ATTRIBUTE_AFTER[lang].match(text, ordered[0].end) is not None
    if (after_last and not before_first) or (not after_last and not before_first and copula):
        stretches = list(zip(ends, [*starts[1:], sentence_closes]))
    elif before_first and not after_last:
        stretches = list(zip([opening, *ends[:-1]], starts))
        copula = True  # (each part's name before it, `남성은 180명, 은퇴자는 150명`: as sure as a copula)
    else:
        return False
    named = [members(start, end) for start, end in stretches]
    kinds = [{pid for pid, _ in n} for n in named if n]
    if any(not (one & other) for one, other in itertools.combinations(kinds, 2)):
        return True
    # (`The club's 300 members: 180 are men and 150 are over 60`: a whole of people, one part naming a member of a
    # partition whose other members no part names, another part named by words of another kind, no rest)
    if not copula or len(kinds) != 1 or len(kinds[0]) != 1 or not _PEOPLE[lang].fullmatch(whole.counter or ""):
        return (
            False  # (a name found only past the last part, `17명을 제외한 312명은 국내에서`, says no part's attribute)
        )
    (pid,) = kinds[0]
    if len({index for n in named for p, index in n if p == pid}) == len(lexicon.partitions[pid].members):
        return False
    if any(_REST[lang].search(text, start, end) for start, end in stretches):
        return False  # (`정규직이 …, 임시직은 …, 나머지 취업자는 …`: a rest closes the list, a partition of the whole)
    return any(not n and _WORDED.search(text, start, end) for n, (start, end) in zip(named, stretches))


def _part_of_a_share(whole: Claim, claims: list[Claim], position: dict[str, int], text: str) -> bool:
    """Whether the total stands in apposition right after a share rate of its clause (`…, and girls make up 85 per
    cent of them, 357 in all`): the part of that share."""
    at = position[whole.id]
    rate = claims[at - 1] if at else None
    return (
        rate is not None
        and rate.sentence == whole.sentence
        and rate.role == "share"
        and rate.kind in ("percent", "fraction")
        and whole.start - rate.end <= _APPOSED_REACH
        and _APPOSED_GAP.fullmatch(text, rate.end, whole.start) is not None
    )


def _sold_at(part: Claim, text: str, lang: str) -> bool:
    """A price per one unit the units before it were sold at (`at an average of £220 each`)."""
    return (
        stated_per_one(part, text, lang)
        and _SALE_PRICE_BEFORE[lang].search(text, max(0, part.start - _SALE_REACH), part.start) is not None
    )


def gate_change_joins(claims: list[Claim], text: str, lang: str) -> None:
    _gate_changes_per_one(claims, text, lang)
    _gate_apposed_changes(claims, text)
    by_id = {c.id: c for c in claims}
    span_totals: dict[str, list[Claim]] = {}  # an average per period's id: the totals over several periods
    for c in claims:
        if c.per_period_of and c.periods and c.periods > 1:
            span_totals.setdefault(c.per_period_of, []).append(c)
    if not span_totals:
        return
    for change in claims:
        level, prior = by_id.get(change.change_of or ""), by_id.get(change.compared_to or "")
        if level is None or prior is None or level.id not in span_totals or prior.id in span_totals:
            continue
        if short_period(level, text, lang) is None:
            continue  # (`$1.2m a year` against last year's: a year's flow against a year's, not a short period's)
        if short_period(prior, text, lang) is not None:
            continue  # (a prior per a short period too: `지난해 한 달 평균 400자루보다`)
        totals = [
            t for t in span_totals[level.id] if (t.kind, t.unit, t.counter) == (prior.kind, prior.unit, prior.counter)
        ]
        if len({(t.low, t.high) for t in totals}) == 1:
            change.change_of = totals[-1].id
        else:
            change.change_of = change.compared_to = None


def gate_share_joins(claims: list[Claim], text: str, lang: str) -> None:
    """A share's whole is of its part's period: a whole that a change is measured to from a prior of the part's own
    period is a later level (`목표는 5만 명으로 지난해 4만 명보다 25% 많다 … 지난해에는 이용객의 60%인 2만4천 명`:
    this year's target, no whole of last year's part); the whole is that prior, where it is of the part's kind, unit
    and counter and larger than the part, and else none.

    A share's part is an amount of the whole: a figure its own words state per one unit (`한 상자에 2유로씩`, `three
    each on average`, `£4 a head`) is what one unit holds, no part of a total that is not per one unit too and more
    than ten times it (a price's share of a price of one order, `$45 a bale, half of the $90 delivered cost`, stays);
    the share is left unjoined."""
    by_id = {c.id: c for c in claims}
    _gate_shares_of_one_unit(claims, by_id, text, lang)
    later: dict[str, list[Claim]] = {}  # a level's id: the priors a change measures it from
    for change in claims:
        if change.change_of and change.compared_to in by_id and own_period(by_id[change.compared_to]) is not None:
            later.setdefault(change.change_of, []).append(by_id[change.compared_to])
    if not later:
        return
    for share in claims:
        whole, part = by_id.get(share.share_whole or ""), by_id.get(share.share_part or "")
        if whole is None or part is None or whole.id not in later:
            continue
        period = own_period(part)
        if period is None or own_period(whole) == period:
            continue
        priors = [prior for prior in later[whole.id] if own_period(prior) == period]
        if not priors:
            continue
        prior = priors[0]
        if (
            (prior.kind, prior.unit, prior.counter) == (part.kind, part.unit, part.counter)
            and prior.low > part.high
            and len(priors) == 1
        ):
            share.share_whole = prior.id
        else:
            share.share_part = share.share_whole = None


# right after an amount, the mark that it is given one by one (`상자당 3유로씩`: `[link.per_unit_distributive_after]`)
_DISTRIBUTIVE_AFTER = ByLanguage(lambda w: rf"\s?(?:{w.per_unit_distributive_after})", first_tested=False)


def _gate_shares_of_one_unit(claims: list[Claim], by_id: dict[str, Claim], text: str, lang: str) -> None:
    for share in claims:
        whole, part = by_id.get(share.share_whole or ""), by_id.get(share.share_part or "")
        if whole is None or part is None or part.kind not in ("money", "measure", "count"):
            continue
        if (
            (stated_per_one(part, text, lang) or _DISTRIBUTIVE_AFTER[lang].match(text, part.end))
            and not stated_per_one(whole, text, lang)
            # (of one order, `$45 a bale, half of the $90 delivered cost`: a price's share of another price)
            and whole.low > _ORDER * part.high
        ):
            if share.whole == f"of:{whole.id}":
                share.whole = None
            if share.label == part.id:
                share.label = None
            share.share_part = share.share_whole = None


def _gate_changes_per_one(claims: list[Claim], text: str, lang: str) -> None:
    """A change's level and prior are of one order and thing: a level stated per one unit (`한 가구에 250장씩`,
    `£45 a boat`) and a prior that is not (`지난해 24만 장보다`), more than ten times apart, are no level and prior of
    one change (a price each, its mark left off on its earlier level, `£50, up from £45 a boat`, is one order). The
    level is then the last figure before it of the prior's kind, unit and counter, stated per no unit and larger than
    the change (`연탄 30만 장을 … 한 가구에 250장씩 … 지난해 24만 장보다 6만 장 늘렸다`: the winter's total), and none
    where there is none. A level the per-unit readings tied to a total and a count (`1㎞에 50그루꼴`: no mark of one
    before it) is per one unit as well."""
    by_id = {c.id: c for c in claims}
    for change in claims:
        level, prior = by_id.get(change.change_of or ""), by_id.get(change.compared_to or "")
        if level is None or prior is None:
            continue
        # (`1㎞에 50그루꼴`: a figure the per-unit readings tied to its total and count is per one unit too)
        level_per_one = stated_per_one(level, text, lang) or level.per_unit_of is not None
        if level_per_one == (stated_per_one(prior, text, lang) or prior.per_unit_of is not None):
            continue
        if _ORDER * min(level.high, prior.high) > max(level.low, prior.low):
            continue  # (of one order: `£50, up from £45 a boat`, the price's own earlier level, its mark left off)
        if not level_per_one:
            change.change_of = change.compared_to = None  # (a total against a price each: no one thing's change)
            continue
        before = [
            c
            for c in claims
            if c.end <= level.start
            and (c.kind, c.unit, c.counter) == (prior.kind, prior.unit, prior.counter)
            and c.role == "value"
            and c.part_of is None
            and c.per_unit_of is None
            and c is not prior
            and not stated_per_one(c, text, lang)
        ]
        if before and before[-1].low > change.high and before[-1].high < _ORDER * prior.low:
            change.change_of = before[-1].id
        else:
            change.change_of = change.compared_to = None


_ORDER = 10  # times the prior a level of the same thing may be at most


# between an amount of change and the rate set right after it (`7천만 원, 28% 늘었다`, `$2m, or 8%,`)
_APPOSED_RATE = compile_exact(r",\s*(?:or\s+)?")


def _gate_apposed_changes(claims: list[Claim], text: str) -> None:
    """An amount of change and the rate set beside it (`지난해 A보다 C, R% 늘었다`) are one change: measured from one
    prior, to one level. Where the readings gave them one prior and two levels, the level is the one on the side of the
    prior the change moves to (a rise's above it), when only one of the two is."""
    by_id = {c.id: c for c in claims}
    for amount, rate in zip(claims, claims[1:]):
        if (
            amount.role != "change"
            or rate.role != "change"
            or rate.kind != "percent"
            or amount.kind == "percent"
            or not amount.compared_to
            or amount.compared_to != rate.compared_to
            or amount.change_of == rate.change_of
            or amount.direction != rate.direction
            or not amount.direction
            or _APPOSED_RATE.fullmatch(text, amount.end, rate.start) is None
        ):
            continue
        prior = by_id.get(amount.compared_to)
        levels = [by_id.get(amount.change_of or ""), by_id.get(rate.change_of or "")]
        if prior is None or any(level is None for level in levels):
            continue
        moved = [level for level in levels if (level.value - prior.value) * amount.direction > 0]
        if len(moved) == 1:
            amount.change_of = rate.change_of = moved[0].id
