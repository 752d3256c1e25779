"""A rate of use stated with the count it divides and the capacity it divides by: `한 회에 평균 1,080명이 객석을
채웠다. 공연장 좌석이 1,260석인 만큼 평균 객석 점유율은 85.7%`, `Each night 410 guests stayed in the hotel's 500
rooms, an occupancy of 82%`.

A rate named an occupancy (of seats, rooms, beds) is the count that used them over the capacity. The capacity is
a count whose counter names a place to use (`석`, `seats`, `rooms`, `병상`), stated in the rate's sentence or the
one before; the count used is the nearest count before the capacity in those sentences, of another counter (people,
guests: `명`) or of the same one (`1,090석이 팔렸다`), not larger than the capacity. Any other figure between them
and the rate (another count, an amount) leaves the rate unlinked: which figures it divides is then not plain.
A count whose units hold the capacity set after it (`Aird owns four guesthouses holding 72 rooms, which had an
occupancy rate of 90%`: `[link.capacity_held_before]`) is no count used. A rate named by no noun but drawn from the
capacity right before it and said to be filled after it (`전체 좌석
9만6,000석 가운데 84.7%가 찼다`) is a rate of use too.
The rate is checked as part ÷ whole (`share_part`, `share_whole`, the ratio kind's `of_total`). Language words
are data (`[link.use_rate_nouns]`, `[link.capacity_counters]`, `[link.parts_follow_spaced]`,
`[link.use_rate_filled_after]`). A rate dated to an earlier period by the words before its noun
(`[link.earlier_rate_marks]`: `last year's occupancy rate of 81%`) is left.
"""

from __future__ import annotations

import re

from checker.extract.lang import ByLanguage
from checker.link.sentence_groups import prose_figures
from checker.models import Claim

_USE_RATE = ByLanguage(lambda w: rf"(?:{w.use_rate_nouns})", re.I)
_CAPACITY = ByLanguage(lambda w: rf"(?:{w.capacity_counters})", re.I)
_DRAWN_FROM = ByLanguage(lambda w: rf"\s*(?:{w.parts_follow_spaced})\s*", re.I)  # (`9만석 가운데 84%`)
_FILLED_AFTER = ByLanguage(lambda w: rf"(?:{w.use_rate_filled_after})", re.I)
# `against last year's occupancy rate of 81%`, `지난해 객석 점유율 80%`: the rate dated to an earlier period
# (`[link.earlier_rate_marks]`), not the rate of the figures the sentence states now
_EARLIER_USE_RATE = ByLanguage(
    lambda w: rf"(?:{w.earlier_rate_marks})\s*(?:[^\W\d_]+\s+){{0,2}}?(?:{w.use_rate_nouns})", re.I
)
# `owns four guesthouses holding 72 rooms`: the capacity set after a count its units hold
# (`[link.capacity_held_before]`)
_HELD_BEFORE = ByLanguage(lambda w: rf"\s*,?\s*(?:{w.capacity_held_before})\s+$", re.I)
_RATE_NAMED_WITHIN = 40  # characters before a rate that may name it an occupancy
_BACK = 4  # figures walked back from the rate


def link_rates_of_use(claims: list[Claim], text: str, lang: str, sentence_starts: list[int]) -> None:
    figures = prose_figures(claims)
    for i, rate in enumerate(figures):
        if rate.kind != "percent" or rate.role not in ("share", "value") or not 0 < rate.value <= 100:
            continue
        start = max(sentence_starts[rate.sentence], rate.start - _RATE_NAMED_WITHIN)
        if _USE_RATE[lang].search(text, start, rate.start) is None and not _filled_of(figures, i, text, lang):
            continue
        if _EARLIER_USE_RATE[lang].search(text, start, rate.start):
            continue  # (last year's occupancy, not of the figures stated now)
        before = [figures[j] for j in range(i - 1, max(-1, i - 1 - _BACK), -1)]
        before = [c for c in before if c.sentence >= rate.sentence - 1]
        if len(before) < 2:
            continue
        whole, part = before[0], before[1]  # (the capacity nearest the rate, the count used before it)
        if not capacity_count(whole, lang) or part.kind != "count" or whole.kind != "count":
            continue
        if not 0 < part.value <= whole.value or part.role not in ("value", "share") or whole.role != "value":
            continue
        if part.end <= whole.start and _HELD_BEFORE[lang].fullmatch(text, part.end, whole.start):
            continue  # (`four guesthouses holding 72 rooms`: the places holding the capacity, not what used it)
        rate.share_part, rate.share_whole = part.id, whole.id
        rate.whole = rate.label = None  # (no share of a listed run: a rate of its own two figures)


def capacity_count(figure: Claim, lang: str) -> bool:
    """Whether the figure counts places to use (`1,260석`, `500 rooms`: `[link.capacity_counters]`)."""
    return bool(figure.counter) and _CAPACITY[lang].fullmatch(figure.counter) is not None


def _filled_of(figures: list[Claim], i: int, text: str, lang: str) -> bool:
    """`좌석 9만6,000석 가운데 84.7%가 찼다`: the rate is drawn from the capacity right before it, and filled."""
    rate = figures[i]
    capacity = figures[i - 1] if i else None
    return (
        capacity is not None
        and capacity.sentence == rate.sentence
        and capacity_count(capacity, lang)
        and _DRAWN_FROM[lang].fullmatch(text, capacity.end, rate.start) is not None
        and _FILLED_AFTER[lang].match(text, rate.end) is not None
    )
