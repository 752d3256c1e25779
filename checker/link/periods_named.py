"""Whether a total stated before a figure per unit, in its sentence, is of another period than the figure: the
total's own words name one period (`7,200 hours last year`), and the words from there through the figure's clause
name another (`, or 95 hours each this year`; `and 80 this year, or $4,900 apiece`; `against 6,600 hours, or 95
hours each, in 2022`). The figure per unit and its total must be of one period; which total of the figure's period
the units share is not said, and nothing is linked. The periods are the time grammar's (checker/extract/time.py),
compared by their words.
"""

from __future__ import annotations

from checker.extract.time import TIME_RE
from checker.models import Claim


def total_of_another_period(figure: Claim, total: Claim, sentence: list[Claim], text: str, s_end: int) -> bool:
    """`sentence`: the prose figures of the figure's sentence, in order; `s_end`: where that sentence ends."""
    if total.sentence != figure.sentence or total.start > figure.start:
        return False
    nearest = min((c.start for c in sentence if c.start > total.start), default=s_end)
    clause_end = min((c.start for c in sentence if c.start > figure.start), default=s_end)
    named = [
        (m.start(), " ".join(m.group(0).casefold().split())) for m in TIME_RE.finditer(text, total.end, clause_end)
    ]
    if not named or named[0][0] >= nearest:
        return False  # (the total's own words name no period)
    own = named[0][1]
    return any(period != own for _, period in named[1:])
