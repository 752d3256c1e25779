"""A change in percent restated as the count it adds, after the figure it is measured from: `That was up 8.1% from
196,700 in 2025, or 15,900 more fans.`, `down 4% from $52m, or $2.1m less`.

The figure after `, or` (`[link.restated_change_before]`) and before `more` / `fewer` / `less`
(`[link.more_or_fewer_after]`) is the difference of a level and the figure right before it, which that level is
measured from (a prior or a baseline, in the figure's sentence): the level is the nearest value before the baseline,
in its sentence or the one before, that counts what the noun after `more` names (`more fans`: a figure of the counter
`fans`) or, with no noun, that the baseline's change in percent is of. It becomes a change of that level from the
baseline, which the difference kind checks. Found by the words and position, so the link is a guess.
"""

from __future__ import annotations

import re

from checker.extract.lang import ByLanguage
from checker.link.figure_kinds import AMOUNTS
from checker.models import Claim
from checker.regex_needs import may_match

_BEFORE = ByLanguage(lambda w: rf"(?:{w.restated_change_before})\s*$", re.I)
# (`or 2,000 more than the league's average` compares with something else: no restated change)
_AFTER = ByLanguage(
    lambda w: rf"^\s+(?:{w.more_or_fewer_after})\b(?!\s+than\b)(?:\s+(?P<noun>[^\W\d_]+)\b(?!\s+than\b))?", re.I
)
_REACH = 12  # characters `, or` may take before the figure
_STARTS = ("prior", "baseline")


def link_changes_restated_as_more(claims: list[Claim], text: str, lang: str) -> None:
    if not (may_match(_BEFORE[lang], text) and may_match(_AFTER[lang], text)):
        return  # (a restated change is read only between its two marks)
    figures = [c for c in claims if c.kind in AMOUNTS and not c.furniture and c.role != "conversion"]
    by_id = {c.id: c for c in claims}
    changed_by_base = {c.compared_to: c for c in claims if c.role == "change" and c.unit == "percent" and c.change_of}
    for at, restated in enumerate(figures):
        if at == 0 or restated.role != "value" or restated.change_of is not None:
            continue
        if not _BEFORE[lang].search(text, max(0, restated.start - _REACH), restated.start):
            continue
        after = _AFTER[lang].match(text[restated.end : restated.end + 40])
        if after is None:
            continue
        base = figures[at - 1]
        if base.sentence != restated.sentence or base.role not in _STARTS or base.unit != restated.unit:
            continue
        level = _level_of(figures, at - 1, after.group("noun"), changed_by_base.get(base.id), by_id)
        if level is None:
            continue
        restated.role = "change"
        restated.direction = -1 if level.value < base.value else 1
        restated.change_of, restated.compared_to = level.id, base.id
        restated.metric, restated.entities, restated.period = level.metric, level.entities, level.period
        restated.guesses = sorted(set(restated.guesses) | {"relation"})


def _level_of(
    figures: list[Claim], base_at: int, noun: str | None, percent: Claim | None, by_id: dict[str, Claim]
) -> Claim | None:
    base = figures[base_at]
    if percent is not None:
        level = by_id.get(percent.change_of or "")
        return level if level is not None and level.unit == base.unit and level.role == "value" else None
    if not noun:
        return None
    for back in range(base_at - 1, -1, -1):
        figure = figures[back]
        if figure.sentence < base.sentence - 1:
            break
        if figure.unit == base.unit and figure.role == "value" and figure.counter == noun.lower():
            return figure
    return None
