"""A whole that comes out smaller than one of its parts (issue 11).

Rules that find a whole by position (the nearest figure of the parts' unit before a partition, a
complement or a run-on breakdown) also ask it to be larger than each part: a smaller figure is
usually another fact of the story. But when the wording has already marked the list and no larger
figure is there, the nearest figure of the unit is the whole with one of the figures misstated (a
part `51만` of a total `22만`), and the sum must be checked so the slip is reported, not skipped.
Three smaller figures are still no whole: one that restates a part (its interval meets a part's);
one below a third of the largest part, which counts something else (a category, `임대주택 6만 가구`
before a regional split of all housing), since a misstated whole stays of its parts' order; and one
smaller than two parts or more of a list and below half of the largest (a first digit moved down by a slip
leaves a whole above half of its largest part, below as many parts as it falls under; a figure at a third
of each part, stated just before a partition, is far more often another fact of the story). Only the nearest
smaller figure is tried: a rule that looks further back past figures that are no whole links another fact.
"""

from __future__ import annotations

from checker.models import Claim

# A figure this many times smaller than a part is another fact, not a misstated whole.
_SMALLER = 3.0
# A figure below two parts or more of a list, and this many times smaller than the largest, is no misstated whole.
_BELOW_EVERY_PART = 2.0


def misstated_whole(whole: Claim, parts: list[Claim]) -> bool:
    """Whether `whole`, not larger than each of `parts`, is still their whole with a figure misstated."""
    if any(whole.low <= part.high and part.low <= whole.high for part in parts):
        return False  # as large as a part: it restates that part
    largest = max(abs(part.high) for part in parts)
    above = sum(whole.high < part.low for part in parts)  # the parts larger than the whole
    if above > 1:
        # Smaller than two parts or more: the whole is misstated (a first digit moved down), and it stays above half
        # of the largest; further below, it is another fact of the story.
        return abs(whole.high) * _BELOW_EVERY_PART >= largest
    # One part larger than the whole: that part (or the whole) is misstated, and the whole stays of its order.
    return abs(whole.high) * _SMALLER >= largest


def join_parts(whole: Claim, parts: list[Claim], wholes: set[str], *, closed: bool) -> None:
    """Make `parts` the parts of `whole`, found by position (a guess). `closed` when the words say the parts are all
    of it (`로 구성된다`), open when they are only listed (parts that fall short pass)."""
    for part in parts:
        part.part_of = whole.id
    wholes.add(whole.id)
    whole.open_list = not closed
    whole.guesses = sorted(set(whole.guesses) | {"relation"})
