"""Structural vetoes on what the per-unit readings linked, run after all of them.

A figure per unit is a total divided by a count of units. A total that is itself a price per one thing (`bought 900
crates at $12 each and shipped them at $3 a crate`: `$12 each` is no total of the crates) divides nothing: whichever
reading took it, the link is dropped. Periods are no things (`$2m a year` is a total per year, and stays one).

A figure per unit and a total that each name a cost of their own, and not the same one (`난방비 6억원` and `한 곳당
냉방기 구입비는 200만원`: heating and air conditioners), are no total and its share per unit either: the words before
each figure name what it is an amount of (`[link.cost_noun_endings]`: nouns of money spent or paid).

A total or a count that each of some units holds (`Its 40 farms baled about 400 bales each, from 2,000 hectares, or 8
bales a hectare`, `Its 7 gangs each dug about 90 metres … 40 kilograms for every metre`: `400 bales each`, `each dug
about 90 metres`) is a figure per one of those units, no total of the article: it divides over no count of all
the units of another figure, nor is such a count, whatever the kind; only over a count, or as a count, marked per one
unit as well (`400 bales each from 50 hectares each`: per farm, both).

A count listed beside another count before it (`대형 저수지 3곳과 소형 4곳으로, 한 곳에 20만 마리꼴`, `800 chairs and
300 desks, at $40 each`) is one member of the units a figure per unit after the list is per: each of all of them. The
link to the member is dropped; where the list's members are parts of a count of the units stated before
(`저수지 7곳`), the figure divides over that whole instead.

A figure per unit and per year (`Across the 2,000 homes, that is about $90 a home each year`) divides
no total over a term of several years (`a $720,000 deal for the next four summers, or $180,000 a year`) but
the yearly amount the total restates (`per_period_of`): a reading that took the term's total takes that instead.

A count of units that is itself a figure per unit (`its 14 nurses made 9,790 visits, about 699 each, or 16 visits per
patient`: `about 699` shares the visits out over the nurses; `8 bales a hectare`, marked so) counts no units another
figure divides over: a figure per unit whose units (or a product whose units) are such a figure loses that link,
whichever reading took it.
"""

from __future__ import annotations

import re

from checker.extract.lang import ByLanguage
from checker.extract.units import base_unit, measure_unit
from checker.link.given_each_then_all import then_all
from checker.link.totals_of_each import stated_together_after
from checker.link.unit_labels import labels_the_units
from checker.models import Claim
from checker.regex_needs import search_between

# right after a figure, the mark that it is a price per one thing (`$40 each`, `£12 a ticket`; not `£3m a year`)
PRICED_PER_UNIT = ByLanguage(lambda w: rf"(?:\s+(?:{w.unit_price_each})|{w.unit_rate_after})", re.I)
# `45 cubic metres to the hectare`: right after a measure, the words putting it on each one of a unit of measure
# (`[link.rate_to_the_unit]`), the unit's name next
# (the unit's name in lower case, a word of its own: no name (`to the Pound Street mill`), possessive (`to the
# pound's buyers`) or compound (`to the tonne-weighbridge`); no capitalised word after it: `to the hectare Trust`)
_TO_THE_UNIT = ByLanguage(
    lambda w: (
        rf"\s+(?:{w.rate_to_the_unit})\s+(?P<noun>(?-i:{w.chars('small_letters')}{{2,}}))"
        rf"(?![^\W\d_]|[-'’]|\s+(?-i:{w.chars('capital_letters')}))"
    ),
    re.I,
)


def rated_to_the_unit(figure: Claim, text: str, lang: str) -> bool:
    """Whether a figure is put on each one of a unit of measure named right after it (`45 tonnes to the hectare`,
    `30 miles to the gallon`): a rate per that unit, no total (`sent 30 tonnes to the school` is none; nor a measure
    put to a unit of its own dimension, `640 kilograms to the pound`)."""
    found = _TO_THE_UNIT[lang].match(text, figure.end)
    if found is None:
        return False
    unit = measure_unit(found.group("noun"), lang)
    return unit is not None and base_unit(unit)[1] != figure.unit


# a noun naming an amount of money spent or paid (`구입비`, `보험료`, `지원금`): the word before a figure that names it
_COST_NOUN = ByLanguage(lambda w: rf"^[^\W\d_]+(?:{w.cost_noun_endings})$")


def _costs_named(figure: Claim, lang: str) -> set[str]:
    return {word for word in figure.head or () if _COST_NOUN[lang].match(word)}


def unlink_totals_of_another_cost(claims: list[Claim], lang: str) -> None:
    by_id = {c.id: c for c in claims}
    for figure in claims:
        total = by_id.get(figure.per_unit_of or "")
        if total is None or total.kind != "money" or figure.kind != "money":
            continue
        own, totals = _costs_named(figure, lang), _costs_named(total, lang)
        if own and totals and own.isdisjoint(totals):
            figure.per_unit_of = figure.units_of = figure.units_measure = None


def unlink_prices_as_totals(claims: list[Claim], text: str, lang: str) -> None:
    by_id = {c.id: c for c in claims}
    for figure in claims:
        total = by_id.get(figure.per_unit_of or "")
        if total is None or total.kind != "money" or not PRICED_PER_UNIT[lang].match(text, total.end):
            continue
        figure.per_unit_of = figure.units_of = figure.units_measure = None


# right after a figure, the mark that each of some units holds it (`400 bales each,`, `apiece`; not `each year`,
# nor the `each` of a verb after a count, `40 trawlers each brought in`: the count of the units)
_EACH_AFTER = ByLanguage(lambda w: rf"\s+(?:{w.rate_each_after})", re.I)
# right before a figure, `each` and its verb after a count (`7 gangs each dug `, `40 wardens, each responsible for `):
# the figure is what each unit holds (not `each year`)
_EACH_BEFORE = ByLanguage(
    lambda w: (
        rf"(?<![^\W\d_])(?>{w.each_marks})\s+(?!(?:{w.period_nouns_after_mark})(?![^\W\d_]))"
        rf"(?:[^\W\d_]+\s+){{1,2}}$"
    ),
    re.I,
)
_EACH_BEFORE_REACH = 40  # characters before a figure where its `each` and verb stand


def _held_by_each(figure: Claim, text: str, lang: str) -> bool:
    """Whether the words around the figure say each of some units holds it (`400 bales each`, `each dug 90
    metres`)."""
    if _EACH_AFTER[lang].match(text, figure.end):
        return True
    return _EACH_BEFORE[lang].search(text, max(0, figure.start - _EACH_BEFORE_REACH), figure.start) is not None


def unlink_totals_held_by_each(claims: list[Claim], text: str, lang: str) -> None:
    """A figure per unit whose total, or whose count of units, is marked as what each of some units holds while the
    other is not, divides no total of those units: the link is dropped, whichever reading took it."""
    by_id = {c.id: c for c in claims}
    for figure in claims:
        total, units = by_id.get(figure.per_unit_of or ""), by_id.get(figure.units_of or "")
        if total is None or units is None or total.kind == "money":
            continue  # (a money total so marked: unlink_prices_as_totals)
        if stated_together_after(figure, total, text, lang):
            continue  # (`each manage 2,500 pieces a day, 15,000 between them`: the total marked as all the units')
        if _held_by_each(total, text, lang) != _held_by_each(units, text, lang):
            figure.per_unit_of = figure.units_of = figure.units_measure = None


# between two counts listed side by side (`3곳과 소형 4곳`, `800 chairs and 300`): a joint, a label or two
_SIBLING_BETWEEN = ByLanguage(
    lambda w: rf"\s*(?:[^\W\d_]+\s+){{0,2}}?(?:{w.sibling_joints})\s+(?:[^\W\d_]+\s+){{0,2}}", re.I
)


def _listed_after_a_sibling(units: Claim, before: Claim | None, text: str, lang: str) -> bool:
    return (
        before is not None
        and before.kind == "count"
        and before.sentence == units.sentence
        and before.role == "value"
        and before.part_of != units.id  # (`70 shops and 30 stalls, 100 sites in all`: their total)
        and _SIBLING_BETWEEN[lang].fullmatch(text, before.end, units.start) is not None
    )


def relink_units_listed_beside_another(claims: list[Claim], text: str, lang: str) -> None:
    """A figure per unit after a list of counts, whose units a reading took to be the list's last member: over the
    list's whole, stated before as a count of the same counter, or over none."""
    by_id = {c.id: c for c in claims}
    position = {c.id: at for at, c in enumerate(claims)}
    for figure in claims:
        units = by_id.get(figure.units_of or "")
        if units is None or units.kind != "count" or figure.per_unit_of is None or figure.start < units.end:
            continue
        at = position[units.id]
        if not _listed_after_a_sibling(units, claims[at - 1] if at else None, text, lang):
            continue
        if labels_the_units(figure, units, text, lang):
            continue  # (`반지 200점이다. … 반지는 30파운드씩`: the member its label names)
        whole = by_id.get(units.part_of or "")
        if (
            whole is not None
            and whole.kind == "count"
            and whole.counter == units.counter
            and whole.start < units.start
            and whole.id != figure.per_unit_of
        ):
            figure.units_of = whole.id
        else:
            figure.per_unit_of = figure.units_of = figure.units_measure = None


# right after a figure (and the unit it is per), a year's worth: `$90 a home each year`, `$2,000 annually`
_PER_UNIT_PER_YEAR = ByLanguage(lambda w: rf"(?:{w.unit_rate_after})?(?:{w.per_year_after})", re.I)
_PER_YEAR = ByLanguage(lambda w: rf"(?:{w.per_year_after})", re.I)


def relink_yearly_rates_to_yearly_amounts(claims: list[Claim], text: str, lang: str) -> None:
    """A figure per unit and per year whose total is a term's total restated per year: the yearly amount."""
    by_id = {c.id: c for c in claims}
    for figure in claims:
        total = by_id.get(figure.per_unit_of or "")
        if total is None or total.per_period_of is None or not total.periods or total.periods <= 1:
            continue
        yearly = by_id.get(total.per_period_of)
        if yearly is None or yearly.unit != total.unit or not _PER_YEAR[lang].match(text, yearly.end):
            continue
        if _PER_UNIT_PER_YEAR[lang].match(text, figure.end):
            figure.per_unit_of = yearly.id


# right after a count or measure, the one thing it is per (`8 bales a hectare`, `300 tonnes each,`; not the `each` of a
# verb after a count, `40 trawlers each brought in`)
_RATE_AFTER = ByLanguage(lambda w: rf"(?:\s+(?:{w.rate_each_after})|{w.unit_rate_after})", re.I)


def _per_unit(units: Claim, text: str, lang: str) -> bool:
    """A figure per unit: linked as one, or marked so right after it (`8 bales a hectare`), whatever left it
    unlinked."""
    if units.per_unit_of is not None and units.units_of is not None:
        return True
    return units.kind != "money" and _RATE_AFTER[lang].match(text, units.end) is not None


def unlink_units_per_unit(claims: list[Claim], text: str, lang: str) -> None:
    by_id = {c.id: c for c in claims}
    for figure in claims:
        units = by_id.get(figure.units_of or "")
        if units is not None and _per_unit(units, text, lang):
            figure.per_unit_of = figure.units_of = figure.units_measure = None
        units = by_id.get(figure.product_units or "")
        if units is not None and _per_unit(units, text, lang):
            figure.product_of = figure.product_units = None


def unlink_units_of_one(claims: list[Claim]) -> None:
    """A count of one (`쉼터 한 곳에 150만 원씩`, `쉼터 한 곳당 2만 원꼴`, `one stall`) is the one unit a figure is
    per, never the units a total is shared out over, nor the units a product multiplies: whichever reading took it,
    the link is dropped."""
    by_id = {c.id: c for c in claims}
    for figure in claims:
        units = by_id.get(figure.units_of or "")
        if units is not None and units.kind == "count" and units.value == 1:
            figure.per_unit_of = figure.units_of = figure.units_measure = None
        units = by_id.get(figure.product_units or "")
        if units is not None and units.kind == "count" and units.value == 1:
            figure.product_of = figure.product_units = None


# a figure per a short period (`하루에 30자루`, `한 달에 300만 건꼴`, `$30 a van a day`): the period's mark before it
# (in the reach), or right after it and the unit it is per
_PERIOD_MARKS_BEFORE = {
    period: ByLanguage(lambda w, key=key: rf"(?<![^\W\d_])(?:{getattr(w, key)})\s*(?:(?:{w.hedges})\s*)?$", re.I)
    for period, key in (("day", "per_day_before"), ("week", "per_week_before"), ("month", "per_month_before"))
}
_PERIOD_MARKS_AFTER = {
    period: ByLanguage(lambda w, key=key: rf"(?:{w.unit_rate_after})?(?:{getattr(w, key)})", re.I)
    for period, key in (("day", "per_day_after"), ("week", "per_week_after"), ("month", "per_month_after"))
}
_PERIOD_MARK_REACH = 16
# `하루 이용객이 `: the period's mark, then the noun the figure counts with its particle, right before the figure
_PERIOD_NOUN_BEFORE = {
    period: ByLanguage(
        lambda w, key=key: rf"(?<![^\W\d_])(?:{getattr(w, key)})\s+[^\W\d_]{{1,8}}\s+(?:(?:{w.hedges})\s*)?$", re.I
    )
    for period, key in (("day", "per_day_before"), ("week", "per_week_before"), ("month", "per_month_before"))
}
_PERIOD_NOUN_REACH = 28
# `…800명꼴`: right after the figure, the mark of an average per unit (`[link.per_unit_generic_after]`)
# `…에 이르러 한 대가 하루 `, `, 코트 한 면에서 하루 `: between the period's total and the figure per one of the
# unit, its clause's verb or the count's noun, one of the unit and the period; a word more names a subset of its own
_JOINED_WORDS = 5
# `평일에는`, `신입은`: a word with a topic's particle (`[link.clause_topic_particles]`, `[link.time_topic_particles]`)
_TOPIC_WORD = ByLanguage(lambda w: rf"[^\W\d_]{{2,}}?(?:{w.time_topic_particles}|{w.clause_topic_particles})$")
_AVERAGE_MARK_AFTER = ByLanguage(lambda w: rf"\s?(?:{w.per_unit_generic_after})")


def short_period(figure: Claim, text: str, lang: str) -> str | None:
    """The short period a figure is stated per (`day`, `week`, `month`), by its words; None for none."""
    start = max(0, figure.start - _PERIOD_MARK_REACH)
    for period, before in _PERIOD_MARKS_BEFORE.items():
        if search_between(before[lang], text, start, figure.start) or _PERIOD_MARKS_AFTER[period][lang].match(
            text, figure.end
        ):
            return period
    return None


# a connective ending and a comma (`300만 건꼴이고, 장치 한 곳당`): the clause after it says its own period
# `지난해 수매에 참여한 농가는 `: a year word opening the count's clause, the words up to the count (no clause mark)
_YEAR_OF_COUNT = ByLanguage(lambda w: rf"(?<![^\W\d_])(?:{w.years_dating_a_count})\s+(?P<words>[^,.!?()\n]*?)$")
_UNDATING = ByLanguage(lambda w: rf"(?:{w.words_undating_a_year})", first_tested=False)
_PRESENT_RELATIVE = ByLanguage(lambda w: rf"(?:{w.present_relative_endings})$", first_tested=False)
_YEAR_REACH = 60  # characters before a count where the year word opening its clause stands
_CLAUSE_JOINT = ByLanguage(lambda w: rf"(?:{w.comma_clause_joints})", re.I)


def _period_carried(total: Claim, figure: Claim, text: str, lang: str) -> bool:
    """Whether a figure per unit after its total in one clause takes the total's period with it (`3,000 miles a day
    between them, an average of 100 miles a van`): no sentence end and no joint of another clause between them."""
    return (
        total.sentence == figure.sentence
        and total.end <= figure.start
        and search_between(_CLAUSE_JOINT[lang], text, total.end, figure.start) is None
    )


def of_another_year(total: Claim, units: Claim, text: str, lang: str) -> bool:
    """Whether the count's clause dates it to a year (`지난해`, `2024년`: read, not assumed) and the total is of
    another year: a total shares out over the units of its own year only."""
    if units.period is None or "period" in units.guesses or total.period is None:
        return False
    return total.period.year != units.period.year and dated_by_its_clause(units, text, lang)


def dated_by_its_clause(units: Claim, text: str, lang: str) -> bool:
    """Whether a year word opening the count's clause dates the count itself (`지난해 수매에 참여한 농가는 N곳`,
    `지난해 참여 농가는`), not another act its words name (`지난해 문을 연 점포`, `지난해 등록을 마친 참여 농가`,
    `지난해 7월 시행된 조례에 따라 영업하는`, `… 농가를 포함해`, `지난해 말 기준`), nor a time it is like or runs from
    (`지난해처럼`, `지난해부터`): where unsure, no. A year after the count (`N곳으로, 지난해처럼`) dates no count."""
    return dating_words(units, text, lang) is not None


def dating_words(units: Claim, text: str, lang: str) -> list[str] | None:
    """The words between the year word that dates the count (`dated_by_its_clause`) and the count (`수매에 참여한
    농가는`), or None where no year word dates it."""
    found = _YEAR_OF_COUNT[lang].search(text, max(0, units.start - _YEAR_REACH), units.start)
    if found is None:
        return None
    words = found.group("words").split()
    if any(_UNDATING[lang].fullmatch(w) for w in words):
        return None
    # (`지난해 … 영업하는 푸드트럭은`: units of now, a past year dating something else; `올해 운영하는`, its own)
    past = units.period is not None and units.published is not None and units.period.year < units.published.year
    if past and any(_PRESENT_RELATIVE[lang].search(w) for w in words[:-1]):
        return None
    return words


def unlink_totals_of_another_period(claims: list[Claim], text: str, lang: str) -> None:
    """A total stated per a short period (`한 달에 300만 건꼴`) shares out, per unit, into a figure per that period
    too; a figure per unit and per a short period (`한 사람이 하루에 30자루`) is of a total per that period, not of a
    whole order or term. A figure per unit whose total names another short period than its own (or one, the other
    none) loses the link, whichever reading took it; unless the figure, marked per no period, restates the total
    per unit in its clause (`3,000 miles a day between them, an average of 100 miles a van`: per day too)."""
    by_id = {c.id: c for c in claims}
    for figure in claims:
        total, units = by_id.get(figure.per_unit_of or ""), by_id.get(figure.units_of or "")
        if total is None or units is None:
            continue
        own, totals = short_period(figure, text, lang), short_period(total, text, lang)
        if own == totals or (own is None and _period_carried(total, figure, text, lang)):
            continue
        if totals is None and own is not None and _named_per(total, own, figure, text, lang):
            continue  # (`하루 이용객이 4천 명에 이르러 한 대가 하루 800명꼴`: the total named per that period too)
        if stated_together_after(figure, total, text, lang) or then_all(figure, total, text, lang):
            continue  # (`12 nests a day, 48 between them`, `하루 8켤레씩, 모두 하루 56켤레`: of the figure's period)
        figure.per_unit_of = figure.units_of = figure.units_measure = None


def _named_per(total: Claim, period: str, figure: Claim, text: str, lang: str) -> bool:
    """Whether a total before the figure in its sentence is named per the figure's own short period, its noun between
    (`하루 이용객이 4천 명`): a figure per unit and per that period restating it over its units, marked an average
    (`꼴` right after it)."""
    if total.sentence != figure.sentence or total.end > figure.start:
        return False
    if not _AVERAGE_MARK_AFTER[lang].match(text, figure.end):
        return False  # (`동문 쪽 한 대가 하루 800명을`, `한 대가 하루 최대 3천 명`: one unit's own figure, no average)
    between = text[total.end : figure.start].split()
    if len(between) > _JOINED_WORDS or any(_TOPIC_WORD[lang].search(word) for word in between):
        return False  # (`…에 이르러 신입 한 사람이`, `…인데 평일에는 한 사람이`: a subset of its own, words between)
    start = max(0, total.start - _PERIOD_NOUN_REACH)
    return search_between(_PERIOD_NOUN_BEFORE[period][lang], text, start, total.start) is not None


def relink_units_parted_after(claims: list[Claim]) -> None:
    """A figure per unit (`That works out at $30 a lantern.`) is per all the units its total is of; a count the text
    gives only in a later sentence as a part of a whole count (`Two-thirds of the order, 8,000 lanterns, are …`:
    the share's part, or a listed part) is one part of those units, which the figure, stated before it, cannot be
    about. The figure divides over that whole, stated before the figure, instead; or over none."""
    by_id = {c.id: c for c in claims}
    wholes = {c.share_part: c.share_whole for c in claims if c.role == "share" and c.share_part and c.share_whole}
    for figure in claims:
        units = by_id.get(figure.units_of or "")
        if units is None or units.kind != "count" or figure.per_unit_of is None or units.sentence <= figure.sentence:
            continue
        whole = by_id.get(units.part_of or "") or by_id.get(wholes.get(units.id) or "")
        if whole is None:
            continue
        if whole.kind == "count" and whole.start < figure.start and whole.id != figure.per_unit_of:
            figure.units_of = whole.id
        else:
            figure.per_unit_of = figure.units_of = figure.units_measure = None
