"""A second figure a level is compared with, joined by `and` after the first comparison and its change: `Sales were
$84m, compared with $80m in the first quarter, a gain of 5%, and $96m a year earlier, a decline of 12.5%`.

The first comparison is read where the change is read (link/relations.py: the change of the level, measured from the
baseline). The figure after `and` has the level's kind and unit and is followed at once by a change of its own: it
is a second baseline of the same level when it names a time of its own (`a year earlier`), not a level that change is
of; its change is the level's, measured from it.
Walked once over the prose figures, each against its neighbours. Language words are data (`[link.and_words]`).
"""

from __future__ import annotations

import re

from checker.extract.lang import ByLanguage
from checker.link.keys_differ import own_period
from checker.link.sentence_groups import EARLIER_ROLES, prose_figures
from checker.models import Claim

# a comma, `and`, and the second figure (a currency sign may stand before the figure's own text)
_COMMA_AND = ByLanguage(lambda w: rf",\s*(?:{w.and_words})\s+\S?", re.I)


def link_second_baselines(claims: list[Claim], text: str, lang: str) -> None:
    figures = prose_figures(claims)
    by_id = None
    joint = None
    for i in range(3, len(figures) - 1):
        second, change = figures[i], figures[i + 1]
        first_change = figures[i - 1]
        if (
            second.role != "value"
            or change.role != "change"
            or first_change.role != "change"
            or change.change_of != second.id
            or first_change.change_of is None
            or first_change.compared_to is None
            or not (first_change.sentence == second.sentence == change.sentence)
        ):
            continue
        if joint is None:
            joint = _COMMA_AND[lang]
        if not joint.fullmatch(text, first_change.end, second.start):
            continue
        if by_id is None:
            by_id = {c.id: c for c in figures}
        level, first = by_id.get(first_change.change_of), by_id.get(first_change.compared_to)
        if (
            level is None
            or first is None
            or first.role not in EARLIER_ROLES
            or level.sentence != second.sentence
            or (level.kind, level.unit) != (second.kind, second.unit)
            or (first.kind, first.unit) != (second.kind, second.unit)
            or not (level.end <= first.start and first.end <= first_change.start)
            # (a baseline names its own time, `$96m a year earlier`: `and $12m went to dividends, up 20%` is a
            # level of its own)
            or own_period(second) in (None, own_period(level))
        ):
            continue
        second.role = first.role
        second.metric = second.metric or level.metric
        change.change_of = level.id
        change.compared_to = second.id
