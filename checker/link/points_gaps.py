"""A figure in points named the gap between two rates: `Support is 52% among women and 44% among men, a gender
gap of eight points`, `A is on 38% and B on 32%, a lead of six points`, `동부권이 58.3%로 가장 높았고, 서부권이
47.1%로 가장 낮았다. 두 지역의 차이는 11.2%포인트다`.

A figure in percentage points or a count of points (`[link.point_counters]`), tied to nothing, after a gap noun
(`[link.point_gap_before]`: `a gap of`, `a gender gap of`, `a lead of`, `차이는`, `격차는`), is the gap between
the two rates stated before it in its sentence, when there are exactly two, both levels (not changes) of one metric
as their words say; the larger minus the smaller, for a gap has no sign. The rates kind checks it.

The rates may stand in the two sentences before, when the gap's sentence states no other figure, only when those
sentences rank one the highest and one the lowest (`가장 높았고 … 가장 낮았다`, `the highest … the lowest`), each
superlative ranking the rate of its sentence nearest to it: which two rates a gap stated apart is between is
otherwise not said. A guess.
"""

from __future__ import annotations

import dataclasses
import re

from checker.extract.lang import ByLanguage
from checker.link.keys_differ import metrics_differ
from checker.link.segment import sentence_end
from checker.link.sentence_groups import prose_by_sentence
from checker.models import Claim

_GAP_BEFORE = ByLanguage(
    lambda w: rf"(?:{w.point_gap_before})\s*(?:(?:{w.hedges})\s*)?$",
    re.I,
)
_POINTS = ByLanguage(lambda w: rf"(?:{w.point_counters})", re.I)
_HIGHEST = ByLanguage(lambda w: rf"(?:{w.superlatives_max})", re.I)
_LOWEST = ByLanguage(lambda w: rf"(?:{w.superlatives_min})", re.I)
# between a rate and the superlative that ranks it, right after it (`64%로 가장 낮았다`)
_JOINED = ByLanguage(lambda w: rf"\s*(?:{w.level_particles})?\s*", first_tested=False)
_REACH = 40  # characters before the figure where its gap noun stands
_LEVELS = ("share", "value")


def link_points_gaps(claims: list[Claim], text: str, lang: str, sentence_starts: list[int]) -> None:
    by_sentence = prose_by_sentence(claims)
    for figures in by_sentence.values():
        for gap in figures:
            if not _loose_points(gap, lang):
                continue
            if _GAP_BEFORE[lang].search(text, max(0, gap.start - _REACH), gap.start) is None:
                continue
            rates = _rates_before(figures, gap)
            if not rates and len(figures) == 1:
                rates = _ranked_pair(by_sentence, gap, text, lang, sentence_starts)
            if len(rates) != 2 or rates[0].value == rates[1].value or metrics_differ(*rates):
                continue
            larger, smaller = sorted(rates, key=lambda c: c.value, reverse=True)
            if gap.kind != "pp":
                gap.quantity = dataclasses.replace(gap.quantity, kind="pp", unit="pp", counter=None)
            gap.role, gap.direction = "change", 1
            gap.change_of, gap.compared_to = larger.id, smaller.id
            gap.metric = larger.metric or gap.metric  # the points are of the rates they are between
            gap.guesses = sorted(set(gap.guesses) | {"relation"})


def _loose_points(figure: Claim, lang: str) -> bool:
    """A figure in points that no rule has tied to a figure yet."""
    if figure.change_of is not None or figure.compared_to is not None:
        return False
    if figure.kind == "pp":
        return True
    return figure.kind == "count" and bool(figure.counter) and bool(_POINTS[lang].fullmatch(figure.counter))


def _rates_before(figures: list[Claim], gap: Claim) -> list[Claim]:
    """The rates before the gap in its sentence, when each is a level (a change or an earlier rate is another
    relation's: `rose to 38% from 36%, a gap of …` names no two levels)."""
    rates = [c for c in figures if c.end <= gap.start and c.kind in ("percent", "pp")]
    if any(c.kind != "percent" or c.role not in _LEVELS for c in rates):
        return []
    return rates


def _ranked_pair(
    by_sentence: dict[int, list[Claim]], gap: Claim, text: str, lang: str, sentence_starts: list[int]
) -> list[Claim]:
    """The rate ranked the highest and the one ranked the lowest in the two sentences before, in the gap's
    paragraph: each superlative ranks the rate it is joined to (`A가 90%로 가장 높았다. B는 88%였고, C는 64%로 가장
    낮았다`, `A had the highest rate, 90%, and C the lowest, at 64%`)."""
    highest: list[Claim] = []
    lowest: list[Claim] = []
    for sentence in (gap.sentence - 2, gap.sentence - 1):
        figures = by_sentence.get(sentence, [])
        if not figures or figures[0].paragraph != gap.paragraph:
            continue
        rates = [c for c in figures if c.kind in ("percent", "pp")]
        if any(c.kind != "percent" or c.role not in _LEVELS for c in rates):
            return []
        if not rates:
            continue
        start = sentence_starts[sentence]
        end = sentence_end(sentence_starts, sentence, len(text))
        for pattern, ranked in ((_HIGHEST[lang], highest), (_LOWEST[lang], lowest)):
            for word in pattern.finditer(text, start, end):
                rate = _ranked_by(word, rates, text, lang)
                if rate is not None:
                    ranked.append(rate)
    if len(highest) != 1 or len(lowest) != 1 or highest[0] is lowest[0]:
        return []
    return [highest[0], lowest[0]]


def _ranked_by(word: re.Match[str], rates: list[Claim], text: str, lang: str) -> Claim | None:
    """The rate a superlative ranks: the one right before it, joined by at most a particle of level (`90%로 가장
    높았다`), else the first after it in its sentence (`the lowest, at 64%`, `the highest in the east at 58%`)."""
    before = [c for c in rates if c.end <= word.start()]
    if before and _JOINED[lang].fullmatch(text, before[-1].end, word.start()):
        return before[-1]
    return next((c for c in rates if c.start >= word.end()), None)
