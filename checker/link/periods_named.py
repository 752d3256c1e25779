"""Whether a total stated before a figure per unit, in its sentence, is of another period than the figure: the
total's own words name one period (`7,200 hours last year`), and the words from there through the figure's clause
name another (`, or 95 hours each this year`; `and 80 this year, or $4,900 apiece`; `against 6,600 hours, or 95
hours each, in 2022`). The figure per unit and its total must be of one period; which total of the figure's period
the units share is not said, and nothing is linked. The periods are the time grammar's (checker/extract/time.py),
compared by their words.
"""

from __future__ import annotations

import re

from checker.extract.lang import ByLanguage
from checker.extract.time import TIME_RE
from checker.models import Claim

# `between January and July`, `from March to June`: a range's opener right before its first period and a joiner
# between the two (`[link.range_openers]`, `[link.range_joiners]`): the two name one span, no second period
_RANGE_OPENER_BEFORE = ByLanguage(
    lambda w: rf"(?<![^\W\d_])(?:{w.range_openers})\s+(?:(?:{w.definite_articles})\s+)?$", re.I
)
_RANGE_JOINER = ByLanguage(lambda w: rf"\s*(?:{w.range_joiners})\s*", re.I)
_OPENER_REACH = 16  # characters before a period where its range's opener stands


def total_of_another_period(
    figure: Claim, total: Claim, sentence: list[Claim], text: str, s_end: int, lang: str
) -> bool:
    """`sentence`: the prose figures of the figure's sentence, in order; `s_end`: where that sentence ends."""
    if total.sentence != figure.sentence or total.start > figure.start:
        return False
    nearest = min((c.start for c in sentence if c.start > total.start), default=s_end)
    clause_end = min((c.start for c in sentence if c.start > figure.start), default=s_end)
    found = list(TIME_RE.finditer(text, total.end, clause_end))
    if (
        len(found) >= 2
        and _RANGE_OPENER_BEFORE[lang].search(text, max(total.end, found[0].start() - _OPENER_REACH), found[0].start())
        and _RANGE_JOINER[lang].fullmatch(text, found[0].end(), found[1].start())
    ):
        found = [found[0], *found[2:]]  # (`gave 2,000 hours between March and June`: one span the total is of)
    named = [(m.start(), " ".join(m.group(0).casefold().split())) for m in found]
    if not named or named[0][0] >= nearest:
        return False  # (the total's own words name no period)
    own = named[0][1]
    return any(period != own for _, period in named[1:])
