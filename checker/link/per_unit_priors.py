"""The earlier level of a figure per unit, of the earlier levels of its total and its units: `The crop was worth
C$480m, against C$448m, from 200,000 tonnes, up from 160,000 … The average price fell to C$2.40 a kilogram from
C$2.80`, `sold 160,000 tonnes, up from 128,000 … revenue fell to €512m from €640m … dropped to €3.20 a kilogram,
compared with €5.00 a year earlier`.

A figure per unit already tied to its total and units (`per_unit_of`, `units_of`: the sentence and partner rules)
whose own sentence states its earlier level (a prior or baseline of its unit and metric after it, or the level its
move is measured from) is read as the same division a period earlier: that level is per unit of the total's
earlier level over the units' earlier level. An earlier level of a total or of the units is the one its sentence
states for it: the level a change of it is measured from, else the one prior or baseline of its unit (and metric)
set after it in its sentence; a level expected (`against C$520m expected`: `forecast`) is no earlier one, only an
earlier period's, and a bound (`against under A$8 a pound at the start of last season`) none either: a level of
some stretch of that period, not the quotient of its totals. Each of the three must be found, one of each, or
nothing is linked; the per-unit check (F317) then divides as for the current figures. The reading spans
sentences: a mismatch is a warning (`guesses`).
"""

from __future__ import annotations

import math

from checker.link.sentence_groups import EARLIER_ROLES, prose_by_sentence, prose_figures
from checker.models import Claim


def link_per_unit_priors(claims: list[Claim]) -> None:
    figures = prose_figures(claims)
    by_id = {c.id: c for c in figures}
    by_sentence = prose_by_sentence(claims)
    for figure in figures:
        if figure.per_unit_of is None or figure.units_of is None or figure.role != "value":
            continue
        total, units = by_id.get(figure.per_unit_of), by_id.get(figure.units_of)
        if total is None or units is None or total.sentence == figure.sentence:
            continue  # (a total in the figure's own sentence: its earlier levels there are the sentence rules')
        earlier = _earlier_level(figure, by_sentence)
        if earlier is None or earlier.per_unit_of is not None or earlier.product_of is not None:
            continue
        if not (math.isfinite(earlier.low) and math.isfinite(earlier.high)):
            continue  # (`against under A$8 a pound at the start of last season`: a bound, no level of the period)
        total_before, units_before = _earlier_level(total, by_sentence), _earlier_level(units, by_sentence)
        if total_before is None or units_before is None or units_before.low <= 0:
            continue
        earlier.per_unit_of, earlier.units_of = total_before.id, units_before.id
        earlier.units_measure = figure.units_measure
        earlier.guesses = sorted(set(earlier.guesses) | {"relation"})


def _earlier_level(claim: Claim, by_sentence: dict[int, list[Claim]]) -> Claim | None:
    """The one earlier level its sentence states of the figure: the level a change of it is measured from, else
    the one prior or baseline of its unit and metric set after it (none when two differ)."""
    members = by_sentence.get(claim.sentence, [])
    by_id = {c.id: c for c in members}
    measured = {
        c.compared_to for c in members if c.role == "change" and c.change_of == claim.id and c.compared_to in by_id
    }
    if len(measured) == 1:
        found = by_id[measured.pop()]
        return found if found.role in EARLIER_ROLES and found.unit == claim.unit and not found.forecast else None
    if measured:
        return None
    after = [
        c
        for c in members
        if c.role in EARLIER_ROLES
        and not c.forecast
        and c.start > claim.end
        and c.unit == claim.unit
        and c.kind == claim.kind
        and c.metric == claim.metric
        and c.compared_to in (None, claim.id)
    ]
    # (the nearest after it, when no other level of its unit stands between: `€3.20 …, compared with €5.00`)
    if not after:
        return None
    nearest = after[0]
    between = [
        c for c in members if claim.end <= c.start < nearest.start and c.unit == claim.unit and c.role == "value"
    ]
    return None if between or len({c.value for c in after}) > 1 else nearest
