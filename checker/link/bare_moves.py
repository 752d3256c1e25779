"""A change in points written with its level and its prior but no verb: `The load factor was 4.2 percentage
points to 81.8 percent from 77.6 percent`. The words say what the figure is a change of (the rate after
`to`) and what it is measured from (the rate after `from`); no word says which way it went. Its size is
what the sentence states, so the change takes the direction of the two rates it names and the rates kind
checks its size. Language words are data (`[link.to_words]`, `[link.from_words]`).
"""

from __future__ import annotations

import re

from checker.extract.lang import ByLanguage
from checker.link.sentence_groups import prose_figures
from checker.models import Claim

_TO = ByLanguage(lambda w: rf"\s+(?:{w.to_words})\s+", re.I)
_FROM = ByLanguage(lambda w: rf"\s+(?:{w.from_words})\s+", re.I)


def link_bare_moves(claims: list[Claim], text: str, lang: str) -> None:
    figures = prose_figures(claims)
    for change, level, prior in zip(figures, figures[1:], figures[2:]):
        if change.kind != "pp" or change.role != "value" or change.change_of is not None:
            continue
        if level.kind != "percent" or prior.kind != "percent" or level.value == prior.value:
            continue
        if not (change.sentence == level.sentence == prior.sentence):
            continue
        if not (
            _TO[lang].fullmatch(text, change.end, level.start) and _FROM[lang].fullmatch(text, level.end, prior.start)
        ):
            continue
        change.role, change.direction = "change", 1 if level.value > prior.value else -1
        change.change_of, change.compared_to = level.id, prior.id
