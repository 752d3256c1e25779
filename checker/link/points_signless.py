"""A move in points told by a verb that does not say which way the rate went: `손해율은 78.9%로, 6.6%포인트
개선됐다` (a loss ratio improves by falling), `the arrears rate improved by 1.2 points to 4.1% from 5.3%` (a margin
improves by rising).

An improvement or a deterioration (`[link.signless_change_verbs]`: `개선`, `악화`, `improved`, `worsened`) is good
or bad news, not a direction: which way it went depends on whether the rate is better high or low, which the text
does not say. The role stage reads such a verb as a rise or a fall; a move in percentage points that the link stage
tied to two rates (a level and the rate it is measured from) with the verb right after it, or right before it, takes
the way the rates went instead, and the rates kind checks its size. A move tied to no two rates keeps the role
stage's reading.
"""

from __future__ import annotations

import re

from checker.extract.lang import ByLanguage
from checker.models import Claim

_VERB_AFTER = ByLanguage(
    lambda w: rf"\s?(?:{w.particles_before_verb})?\s?(?:{w.signless_change_verbs})",
    re.I,
)
_VERB_BEFORE = ByLanguage(lambda w: rf"\b(?:{w.signless_change_verbs})\s+(?:by\s+)?$", re.I)
_REACH = 16  # characters before the move where its verb may stand (`improved by `)


def sign_signless_points(claims: list[Claim], text: str, lang: str) -> None:
    by_id = {c.id: c for c in claims}
    for move in claims:
        if move.kind != "pp" or move.role != "change" or not move.change_of or not move.compared_to:
            continue
        level, start = by_id.get(move.change_of), by_id.get(move.compared_to)
        if level is None or start is None or level.value is None or start.value is None or level.value == start.value:
            continue
        told = _VERB_AFTER[lang].match(text, move.end) or _VERB_BEFORE[lang].search(
            text, max(0, move.start - _REACH), move.start
        )
        if told is not None:
            move.direction = 1 if level.value > start.value else -1
