"""A share's whole is of the story's period unless the part's own words date it to the whole's: `상반기 매출은 X억원
… 2분기 매출은 Y억원이었다.` then, a paragraph on, `수출은 P억원으로 매출의 Z%를 차지했다` (of the half-year's X, not
the quarter's Y); `delivered N blades in the third quarter … For the first nine months, deliveries were M blades.`
then, a paragraph on, `The new plant produced P blades in the quarter, Z% of the total` (of the quarter's N).

A story reports one period (its first figure that its own words date, a level, not a prior): a whole found by size
or by name in an earlier paragraph, dated by its own words to another period (a quarter inside a half-year's story,
the nine months around a quarter's), is a figure of the story's aside, and a part that its own words do not date to
that period is of the story's period: its whole is the figure of the story's period of the same name or kind.
A whole in the part's own paragraph stays (`4분기 매출은 W … 이 중 수출이 P로 Z%`: the paragraph dates both).
"""

from __future__ import annotations

import math
from collections.abc import Iterable

from checker.models import Claim


def story_period(claims: Iterable[Claim]):
    """The period of the story's first level that its own words date (None when none does)."""
    for claim in claims:
        if claim.role == "value" and claim.period and "period" not in claim.guesses and not claim.forecast:
            return claim.period
    return None


def dated_off_the_story(part: Claim, whole: Claim, story) -> bool:
    """Whether `whole`, in an earlier paragraph than `part`, is dated by its own words to a period other than the
    story's, while `part` is not dated by its own to the whole's period."""
    if story is None or whole.paragraph >= part.paragraph:
        return False
    if not whole.period or "period" in whole.guesses or whole.period == story:
        return False
    if story.grain == "year" and story.contains(whole.period):
        return False  # (`올해 1∼5월` in a story dated only to this year: a span within the story's year is of it)
    return not (part.period == whole.period and "period" not in part.guesses)


def fits_the_story(claim: Claim, part: Claim, story) -> bool:
    """A level larger than the part (of its unit, kind and counter) its own words date to the story's period or to
    none: a whole the part may be of."""
    if (claim.unit, claim.kind, claim.counter) != (part.unit, part.kind, part.counter):
        return False
    if claim.role != "value" or claim.forecast or claim.furniture:
        return False
    if not part.high < claim.low <= claim.high < math.inf:
        return False
    return not claim.period or claim.period == story or "period" in claim.guesses


def largest_of_the_story(before: list[Claim], part: Claim, story) -> Claim | None:
    """The largest figure before the part that may be its whole in the story's period (`fits_the_story`)."""
    best = None
    for claim in before:
        if claim.start >= part.start or not fits_the_story(claim, part, story):
            continue
        if best is None or claim.value > best.value:
            best = claim
    return best
