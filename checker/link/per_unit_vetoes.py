"""Structural vetoes on what the per-unit readings linked, run after all of them.

A figure per unit is a total divided by a count of units. A total that is itself a price per one thing (`bought 900
crates at $12 each and shipped them at $3 a crate`: `$12 each` is no total of the crates) divides nothing: whichever
reading took it, the link is dropped. Periods are no things (`$2m a year` is a total per year, and stays one).

A figure per unit and a total that each name a cost of their own, and not the same one (`난방비 6억원` and `한 곳당
냉방기 구입비는 200만원`: heating and air conditioners), are no total and its share per unit either: the words before
each figure name what it is an amount of (`[link.cost_noun_endings]`: nouns of money spent or paid).

A count of units that is itself a figure per unit (`its 14 nurses made 9,790 visits, about 699 each, or 16 visits per
patient`: `about 699` shares the visits out over the nurses) counts no units another figure divides over: a figure
per unit whose units (or a product whose units) are such a figure loses that link, whichever reading took it.
"""

from __future__ import annotations

import re

from checker.extract.lang import ByLanguage
from checker.models import Claim

# right after a figure, the mark that it is a price per one thing (`$40 each`, `£12 a ticket`; not `£3m a year`)
PRICED_PER_UNIT = ByLanguage(lambda w: rf"(?:\s+(?:{w.unit_price_each})|{w.unit_rate_after})", re.I)


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


def unlink_units_per_unit(claims: list[Claim]) -> None:
    by_id = {c.id: c for c in claims}
    for figure in claims:
        units = by_id.get(figure.units_of or "")
        if units is not None and units.per_unit_of is not None and units.units_of is not None:
            figure.per_unit_of = figure.units_of = figure.units_measure = None
        units = by_id.get(figure.product_units or "")
        if units is not None and units.per_unit_of is not None and units.units_of is not None:
            figure.product_of = figure.product_units = None
