"""A rate, then the level its change took a figure to and where from: `Charges rose 6% in May, taking the standard
mooring for a 10-metre boat to £1,272 from £1,200.`

The rate comes first and names no figure; the clause after it (`, taking … to X`, its noun a phrase of a few words)
names the level the change reached, and the figure after `from` right after the level is what it was measured from.
The rate is the change of the level measured from that figure, in the direction its own verb gives. A level of
another unit than the figure after `from`, or any figure between the rate and the level, and nothing is linked.
Language words are data (`[link.rate_taking_to]`, `[link.from_words]`).
"""

from __future__ import annotations

import re

from checker.extract.lang import ByLanguage
from checker.link.figure_kinds import AMOUNTS
from checker.link.sentence_groups import prose_by_sentence, prose_figures
from checker.models import Claim

# `% in May, taking the standard mooring for a 10-metre boat to `: the rate's clause (a time, no figure), the level's
_RATE_TAKING_TO = ByLanguage(lambda w: rf"[^.;\d]{{0,40}}?,\s+(?:{w.rate_taking_to})\s+$", re.I)
_FROM = ByLanguage(lambda w: rf",?\s+(?:{w.from_words})\s+$", re.I)
_RATES = ("percent", "fraction")
_STARTS = ("baseline", "prior", "value")


def link_rates_taking_to(claims: list[Claim], text: str, lang: str) -> None:
    figures = prose_figures(claims)
    by_sentence = None
    for rate in figures:
        if rate.kind not in _RATES or rate.role != "change" or rate.change_of or rate.compared_to:
            continue
        if rate.direction == 0:
            continue
        if by_sentence is None:
            by_sentence = prose_by_sentence(claims)
        after = [c for c in by_sentence.get(rate.sentence, []) if c.start >= rate.end]
        if len(after) < 2:
            continue
        level, start = after[0], after[1]
        if level.kind not in AMOUNTS or level.role != "value" or level.change_of:
            continue
        if start.role not in _STARTS or start.kind != level.kind or start.unit != level.unit:
            continue
        if level.counter and start.counter and level.counter != start.counter:
            continue
        if not _RATE_TAKING_TO[lang].fullmatch(text, rate.end, level.start):
            continue
        if not _FROM[lang].fullmatch(text, level.end, start.start):
            continue
        start.role = "baseline" if start.role == "value" else start.role
        rate.change_of, rate.compared_to = level.id, start.id
