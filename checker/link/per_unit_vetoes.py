"""Structural vetoes on what the per-unit readings linked, run after all of them.

A figure per unit is a total divided by a count of units. A total that is itself a price per one thing (`bought 900
crates at $12 each and shipped them at $3 a crate`: `$12 each` is no total of the crates) divides nothing: whichever
reading took it, the link is dropped. Periods are no things (`$2m a year` is a total per year, and stays one).
"""

from __future__ import annotations

import re

from checker.extract.lang import ByLanguage
from checker.models import Claim

# right after a figure, the mark that it is a price per one thing (`$40 each`, `£12 a ticket`; not `£3m a year`)
PRICED_PER_UNIT = ByLanguage(lambda w: rf"(?:\s+(?:{w.unit_price_each})|{w.unit_rate_after})", re.I)


def unlink_prices_as_totals(claims: list[Claim], text: str, lang: str) -> None:
    by_id = {c.id: c for c in claims}
    for figure in claims:
        total = by_id.get(figure.per_unit_of or "")
        if total is None or total.kind != "money" or not PRICED_PER_UNIT[lang].match(text, total.end):
            continue
        figure.per_unit_of = figure.units_of = figure.units_measure = None
