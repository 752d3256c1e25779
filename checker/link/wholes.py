"""A whole that comes out smaller than one of its parts (issue 11).

Rules that find a whole by position (the nearest figure of the parts' unit before a partition, a
complement or a run-on breakdown) also ask it to be larger than each part: a smaller figure is
usually another fact of the story. But when the wording has already marked the list and no larger
figure is there, the nearest figure of the unit is the whole with one of the figures misstated (a
part `51만` of a total `22만`), and the sum must be checked so the slip is reported, not skipped.
Two smaller figures are still no whole: one that restates a part (its interval meets a part's),
and one below a third of the largest part, which counts something else (a category, `임대주택 6만
가구` before a regional split of all housing); a misstated whole stays of its parts' order.
"""

from __future__ import annotations

from checker.models import Claim

# A figure this many times smaller than a part is another fact, not a misstated whole.
_SMALLER = 3.0


def misstated_whole(whole: Claim, parts: list[Claim]) -> bool:
    """Whether `whole`, not larger than each of `parts`, is still their whole with a figure misstated."""
    if any(whole.low <= part.high and part.low <= whole.high for part in parts):
        return False  # as large as a part: it restates that part
    largest = max(abs(part.high) for part in parts)
    return abs(whole.high) * _SMALLER >= largest
