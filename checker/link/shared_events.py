"""Counts of events two sides or more take part in (`Each club played 18 matches`, `The 60 teams each played nine
matches`): stated per one side of a contest, no figure per one that a count of the sides multiplies out, since each
event has several sides. Read by the per-one products (checker/link/per_one_products.py), the averages of each
(checker/link/each_averages.py) and the totals of each (checker/link/totals_of_each.py)."""

from __future__ import annotations

import re

from checker.extract.lang import ByLanguage
from checker.models import Claim

# `Each club played 18 matches`: a count of events two sides or more take part in, per one side of a contest
_SHARED_EVENT = ByLanguage(lambda w: rf"(?:{w.shared_event_counters})", re.I)
CONTEST_SIDE = ByLanguage(lambda w: rf"(?:{w.contest_sides})", re.I)
# `Each team played 11 home games`: events of one side each (one host to a home game), multiplied out by the sides
_ONE_SIDE_EVENT = ByLanguage(lambda w: rf"(?<![^\W\d_])(?:{w.one_side_event_words})(?![^\W\d_])", re.I)


def shared_events_of_sides(figure: Claim, sides: Claim, lang: str) -> bool:
    """`The 60 teams each played nine matches`: a count of shared events per one of sides whose noun names a side of
    a contest."""
    return shared_event(figure, lang) and CONTEST_SIDE[lang].fullmatch(sides.counter or "") is not None


def shared_event(figure: Claim, lang: str) -> bool:
    """A count of events two sides or more take part in, not of one side's own (`Each team played 11 home games`: one
    host to each, 12 teams × 11 is all of them)."""
    return (
        figure.kind == "count"
        and _SHARED_EVENT[lang].fullmatch(figure.counter or "") is not None
        and not _ONE_SIDE_EVENT[lang].search(figure.text)
    )
