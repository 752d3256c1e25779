"""Of the figures a breakdown found by position or size may be of, the one its parts add up to.

A list of parts whose whole its words name by a noun only (`입양된 동물 가운데 개가 A, 고양이가 B`, `Of the
registered patients, women numbered A and men B`) is linked to a figure of its unit stated before it, found by
where it stands (the nearest) or by its size (the largest). When the story states two such figures, both larger
than every part (the animals taken in and the animals adopted), the nearest or the largest is a guess; the one
the parts add up to is the list's whole: that reading is chosen. Whether the list is a sum is decided by its
words; the arithmetic only chooses between the wholes the words allow, and a list that agrees with none keeps
the whole found by position, so its slip is still reported.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable
from operator import attrgetter

from checker.link.keys_differ import metrics_differ, periods_differ
from checker.models import Claim

_start = attrgetter("start")
_sentence = attrgetter("sentence")


def adds_up_to(whole: Claim, parts: list[Claim]) -> bool:
    """Whether the parts' sum, as their intervals allow, meets the whole's interval."""
    low = sum(part.low * part.part_times for part in parts)
    high = sum(part.high * part.part_times for part in parts)
    return whole.low <= high and low <= whole.high


def agreeing_whole(candidates: Iterable[Claim], parts: list[Claim]) -> Claim | None:
    """The first of the candidate wholes (in the order the caller prefers them) that the parts add up to."""
    return next((whole for whole in candidates if adds_up_to(whole, parts)), None)


def share_agrees(rate: Claim, part: Claim, whole: Claim) -> bool:
    """Whether part ÷ whole, as their intervals allow, meets the rate's interval (a percent or a fraction)."""
    if whole.low <= 0 or whole.high <= 0:
        return False
    scale = 100.0 if rate.kind == "percent" else 1.0
    low, high = part.low / whole.high * scale, part.high / whole.low * scale
    return rate.low <= high and low <= rate.high


def earlier_of(whole: Claim, sentence: list[Claim]) -> Claim | None:
    """The figure a whole moved from, stated right after it in its sentence (`cut the limit to 5,700 tonnes, down
    from 6,000 tonnes`, `한도를 6,000톤에서 5,700톤으로`): the next prior or baseline of its unit and kind there, before
    any other value of it, or the one right before it joined as where it moved from."""
    after = [c for c in sentence if c.start > whole.start and (c.unit, c.kind) == (whole.unit, whole.kind)]
    if after and after[0].role in ("prior", "baseline"):
        return after[0]
    before = [c for c in sentence if c.end <= whole.start and (c.unit, c.kind) == (whole.unit, whole.kind)]
    if before and before[-1].role in ("prior", "baseline"):
        return before[-1]
    return None


def whole_or_its_earlier(rate: Claim, part: Claim, whole: Claim, sentence: list[Claim]) -> Claim:
    """A share found apart from its whole, of a whole stated with the figure it moved from (`the limit` was 6,000
    tonnes and is 5,700): the words allow either, and the part may be of the period before (`last season`). The
    one the share agrees with is chosen; when it agrees with neither, the whole as found."""
    if share_agrees(rate, part, whole):
        return whole
    earlier = earlier_of(whole, sentence)
    if earlier is not None and earlier.low > part.high and share_agrees(rate, part, earlier):
        return earlier
    return whole


def whole_added_up_to(
    figures: list[Claim],
    parts: list[Claim],
    *,
    reach: int,
    lead_end: int,
    categories: frozenset[int] = frozenset(),
    found: Claim | None = None,
) -> Claim | None:
    """`바퀴 수출은 상반기 T달러였다. … 2분기 수출은 q달러 … 지역별로는 A a달러, B b달러, 기타 c달러`,
    `Orders reached T in the quarter; the backlog stood at B … Overseas orders were a, domestic orders d`: a list
    the words make a breakdown, found by position a whole it does not add up to (the nearest larger figure is
    another period's total or another measure's; the nearest smaller one, `the ten top lots made S`, a subset).
    The story states its whole earlier, in the `reach` sentences before the list or in its lead (the sentences
    before `lead_end`): the latest figure there of the parts' unit, kind and counter, a plain value larger than
    each part, not itself a part, not a forecast, of no other metric or period, that the parts add up to is the
    list's whole. Whether the list is a sum is decided by its words; the arithmetic only chooses between the wholes
    before it, and a list that adds up to none keeps the whole found by position, so its slip is still reported.
    The walk goes back from the list (the figures are in text order) and jumps from the reach to the lead.
    A figure whose interval holds the whole `found` by position restates it (a headline's `4만 명 넘어` of the lead's
    `4만1천200명`, `more than 40,000` of `41,200`): the same fact, whose looser bound the parts meet by its width
    alone, so it is passed over and the slip against the precise figure is reported."""
    first = min(parts, key=_start)
    largest = max(part.high for part in parts)
    position = bisect_left(figures, first.start, key=_start) - 1
    while position >= 0:
        claim = figures[position]
        if first.sentence - claim.sentence > reach and claim.sentence >= lead_end:
            # (past the reach: straight to the lead's last figure)
            position = bisect_left(figures, lead_end, hi=position + 1, key=_sentence) - 1
            continue
        position -= 1
        if claim.end > first.start or claim.sentence == first.sentence or claim.sentence in categories:
            continue
        if claim.role != "value" or claim.part_of is not None or claim.forecast or claim.furniture:
            continue
        if (claim.unit, claim.kind, claim.counter) != (first.unit, first.kind, first.counter):
            continue
        if claim.low <= largest or not adds_up_to(claim, parts):
            continue
        if found is not None and claim.low <= found.low and found.high <= claim.high:
            continue  # (a restatement of the whole found, as written or looser)
        if metrics_differ(claim, first) or any(periods_differ(claim, part) for part in parts):
            continue
        return claim
    return None
