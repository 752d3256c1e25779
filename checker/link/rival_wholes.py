"""A whole found by size is a guess; it is no guess worth checking when its own sentence states a second figure
of its unit that could as well be the whole: `10개 대학은 2만3천명을 뽑는 데 42만7천명이 지원했다` (recruits and
applicants), `7.3 million unemployed, in a labor force of 170.7 million`. A later share `전체의 42%` or `70% of the
total` of a smaller part may be of either: which one the text does not say, so nothing is linked (when unsure,
link nothing). A figure listed as a part of the larger one (`part_of`, `share_whole`) is no rival, nor a prior
or a baseline (`매출 18조원으로 전년 15조원보다`, another period's figure).
"""

from __future__ import annotations

from checker.models import Claim


def has_rival_whole(whole: Claim, part: Claim, figures_by_sentence: dict[int, list[Claim]]) -> bool:
    """Whether the sentence of a whole found by size states another figure of its unit, kind and counter, of the
    same role and period, larger than the part and not a part of the whole."""
    if whole.sentence == part.sentence:
        return False
    key = (whole.unit, whole.kind, whole.counter)
    return any(
        c is not whole
        and c is not part
        and (c.unit, c.kind, c.counter) == key
        and c.role == whole.role
        and c.period == whole.period
        and not c.furniture
        and c.high > part.high
        and whole.id not in (c.part_of, c.share_whole)
        for c in figures_by_sentence.get(whole.sentence, ())
    )
