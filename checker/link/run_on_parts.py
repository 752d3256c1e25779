"""A breakdown that runs on into the next sentence (issue 11).

`T cases, including A active cases. B people have recovered, while C have died.`: a total whose
parts-marker (`including`, `of which`, `가운데`) names a single part in its clause, and a next sentence
that opens with a figure of the total's unit and states two or more, continues the list there: the
figures of that unit in the next sentence are parts too. The breakdown may leave parts out (open),
and the link is found by position, so it is a guess.
"""

from __future__ import annotations

import re

from checker.extract.lang import ByLanguage
from checker.link.figure_kinds import AMOUNTS
from checker.link.wholes import misstated_whole
from checker.models import Claim
from checker.regex_cache import compile_exact
from checker.regex_needs import may_match

# After the total, before its one part: `including`, `of which`, `가운데`.
_PARTS_FOLLOW = ByLanguage(
    lambda w: rf"[^.;\d]{{0,40}}?(?:\b(?:{w.parts_follow})\b|(?:{w.parts_follow_spaced})\s)[^.;\d]{{0,40}}", re.I
)
# After the one part: the sentence ends, and the next one opens with a figure.
_SENTENCE_THEN_FIGURE = compile_exact(r"[^\d.;\n]{0,40}\.\s+")


def link_run_on_parts(claims: list[Claim], text: str, lang: str) -> None:
    if not (may_match(_PARTS_FOLLOW[lang], text)):
        return  # (a list runs on only after the words that say parts follow)
    figures = [c for c in claims if c.kind in AMOUNTS and c.role != "conversion" and not c.furniture]
    totals = {c.part_of for c in claims if c.part_of}
    marker = _PARTS_FOLLOW[lang]
    for position, total in enumerate(figures):
        if total.role != "value" or total.part_of is not None or total.id in totals:
            continue
        # (by index, not over `figures[position + 1 :]`: a copy of the rest of the list per figure is quadratic)
        part = next((figures[k] for k in range(position + 1, len(figures)) if figures[k].unit == total.unit), None)
        if (
            part is None
            or part.sentence != total.sentence
            or part.role != "value"
            or part.part_of is not None
            or (part.high >= total.low and not misstated_whole(total, [part]))
            or not marker.fullmatch(text, total.end, part.start)
        ):
            continue
        rest = [c for c in figures if c.start > part.end and c.sentence == total.sentence + 1]
        if not rest or rest[0].unit != total.unit or not _SENTENCE_THEN_FIGURE.fullmatch(text, part.end, rest[0].start):
            continue  # the clause names more parts, or the next sentence does not open with a figure of the unit
        more = [c for c in rest if c.unit == total.unit and c.role == "value"]
        if len(more) < 2 or any(c.part_of is not None or c.id in totals for c in more):
            continue
        if any(c.high >= total.low for c in (part, *more)) and not misstated_whole(total, [part, *more]):
            continue  # a list runs on with two parts or more (`B recovered, while C died`), not one new figure
        for member in (part, *more):
            member.part_of = total.id
        totals.add(total.id)
        total.open_list = True
        total.guesses = sorted(set(total.guesses) | {"relation"})
