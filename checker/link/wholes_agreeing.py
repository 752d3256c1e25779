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

from collections.abc import Iterable

from checker.models import Claim


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
