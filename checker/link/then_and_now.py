"""A level of an earlier time and the level now, joined in one clause, then a change of the level now: `The choir had
14 singers four years ago and now has 35, an increase of 150 per cent`, `The club began with 21 members and now has
57, 36 more than at the start`.

The relation stage links the change (a rate, or an amount of the level's unit) to the level now beside it but finds
no figure it is measured from. Right before the level, the words joining it to the figure before
(`[link.then_and_now_joints]`: `and now has`, `but now numbers`; no figure but a year, `in 2019`, and no sentence's
end between) make that figure the level of the earlier time: the change is measured from it. Both are plain values of
one unit (and counter: one noun), the earlier one no change, share or part of its own; the words say what is
compared, so the link is read, not guessed.
"""

from __future__ import annotations

import re

from checker.extract.lang import ByLanguage
from checker.link.sentence_groups import prose_figures
from checker.models import Claim

# between the earlier level and the level now: `… four years ago and now has `
_JOINT = ByLanguage(lambda w: rf"(?:[^\d.;:!?]|(?<!\d)(?:19|20)\d\d(?!\d)){{0,60}}?(?:{w.then_and_now_joints})", re.I)
_RATES = ("percent", "fraction")


def link_then_and_now(claims: list[Claim], text: str, lang: str) -> None:
    figures = prose_figures(claims)
    by_id = {c.id: c for c in figures}
    index = {c.id: i for i, c in enumerate(figures)}
    for change in figures:
        if change.role != "change" or not change.change_of or change.compared_to:
            continue
        level = by_id.get(change.change_of)
        if level is None or level.sentence != change.sentence or level.end > change.start:
            continue
        at = index[level.id]
        if at == 0:
            continue
        earlier = figures[at - 1]
        if earlier.sentence != level.sentence or not _plain(earlier) or not _plain(level):
            continue
        if (earlier.kind, earlier.unit) != (level.kind, level.unit):
            continue
        if earlier.kind == "count" and (earlier.counter or "").lower() != (level.counter or "").lower():
            continue
        if change.kind not in _RATES and (change.kind, change.unit) != (level.kind, level.unit):
            continue
        if not _JOINT[lang].fullmatch(text, earlier.end, level.start):
            continue
        change.compared_to = earlier.id
        if earlier.role == "value":
            earlier.role = "prior"


def _plain(claim: Claim) -> bool:
    return (
        claim.role == "value"
        and claim.change_of is None
        and claim.compared_to is None
        and claim.part_of is None
        and claim.per_unit_of is None
        and claim.share_part is None
        and not claim.forecast
        and not claim.furniture
    )
