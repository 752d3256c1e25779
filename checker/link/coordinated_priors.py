"""Two earlier figures joined by `and` after two figures of this period, in the same order: `Operating profit was
$21.0m, a margin of 14.0%, up from $18.0m and 13.1% a year earlier`.

The first earlier figure is read as the baseline of the first level (`up from $18.0m`); the second, right after it
past `and` alone, is the earlier figure of the level of its kind and unit stated between the first level and that
baseline (`a margin of 14.0%`): a prior of that level's metric, company and period. The margin's checks then divide
the earlier profit by the earlier revenue for it (link/margin_bases.py). Walked once over the prose figures, each
against its neighbours. Language words are data (`[link.and_words]`).
"""

from __future__ import annotations

import re

from checker.extract.lang import ByLanguage
from checker.link.sentence_groups import prose_figures
from checker.models import Claim

_AND = ByLanguage(lambda w: rf"\s+(?:{w.and_words})\s+", re.I)
_EARLIER = ("baseline", "prior")
_LEVELS = ("value", "share")


def link_coordinated_priors(claims: list[Claim], text: str, lang: str) -> None:
    figures = prose_figures(claims)
    joint = None
    for i in range(2, len(figures) - 1):
        before, second = figures[i], figures[i + 1]
        if (
            before.role not in _EARLIER
            or second.role not in _LEVELS
            or second.sentence != before.sentence
            or second.change_of is not None
            or second.compared_to is not None
            or (second.metric is not None and "metric" not in second.guesses)
        ):
            continue
        if joint is None:
            joint = _AND[lang]
        if not joint.fullmatch(text, before.end, second.start):
            continue
        level, first = figures[i - 1], figures[i - 2]
        if (
            level.sentence != before.sentence
            or first.sentence != before.sentence
            or level.role not in _LEVELS
            or not level.metric
            or (level.kind, level.unit) != (second.kind, second.unit)
            or first.role != "value"
            or (first.kind, first.unit, first.metric) != (before.kind, before.unit, before.metric)
            or (first.kind, first.unit) == (second.kind, second.unit)
        ):
            continue
        second.role = "prior"
        second.metric = level.metric
        second.guesses = sorted(set(second.guesses) - {"metric"})
        if not second.entities:
            second.entities = list(level.entities)
