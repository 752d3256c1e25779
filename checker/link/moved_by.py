"""A level set by a change written with `by`, then the level and the figure it moved from: `The regulator cut the
catch limit by 240 tonnes, setting it at 4,860 tonnes, down from 5,100 tonnes.`

An amount right after a verb of cutting or raising and `by`, its object between them (`[link.cut_by_before]`,
`[link.raised_by_before]`), with no change linked yet, is the change of the first value after it in its sentence
and unit, measured from the earlier figure (a baseline or prior) that follows that value. The difference kind then
checks that the two differ by the amount. With no such pair after it, nothing is linked.
"""

from __future__ import annotations

import re

from checker.extract.lang import ByLanguage
from checker.link.figure_kinds import AMOUNTS
from checker.link.sentence_groups import group_by_sentence
from checker.models import Claim
from checker.regex_needs import may_match

_CUT_BY = ByLanguage(lambda w: rf"(?<![^\W\d_])(?:{w.cut_by_before})\s+$", re.I)
_RAISED_BY = ByLanguage(lambda w: rf"(?<![^\W\d_])(?:{w.raised_by_before})\s+$", re.I)
_VERB_REACH = 90  # characters before the amount where its verb, object and `by` stand


def link_moved_by(claims: list[Claim], text: str, lang: str) -> None:
    if not (may_match(_CUT_BY[lang], text) or may_match(_RAISED_BY[lang], text)):
        return  # (a move is read only after a verb that cuts or raises by it)
    figures = [c for c in claims if c.role != "conversion" and not c.furniture and c.kind in AMOUNTS]
    for members in group_by_sentence(figures).values():
        for position, moved in enumerate(members):
            if moved.role != "value" or moved.change_of or moved.part_of:
                continue
            window = max(0, moved.start - _VERB_REACH)
            if _CUT_BY[lang].search(text, window, moved.start):
                direction = -1
            elif _RAISED_BY[lang].search(text, window, moved.start):
                direction = 1
            else:
                continue
            key = (moved.kind, moved.unit, moved.counter)
            same = [c for c in members[position + 1 :] if (c.kind, c.unit, c.counter) == key]
            if len(same) < 2 or same[0].role != "value" or same[1].role not in ("baseline", "prior"):
                continue
            moved.role, moved.direction = "change", direction
            moved.change_of, moved.compared_to = same[0].id, same[1].id
