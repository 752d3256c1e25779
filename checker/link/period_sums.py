"""A flow over a span and its figures for each part of the span (issue 11).

`1~3분기 누적 매출은 T원이다. 1분기 A원, 2분기 B원에 이어 …` with the third quarter's C원 stated elsewhere,
`First-half revenue was $T … $A in the first quarter … $B in the second`: a flow (revenue, sales, exports: the
lexicon's `flow` metrics) stated for a year, nine months or a half is the sum of its figures for the quarters (or
halves, or months) that tile it, when the article states one figure of that metric for each of them. Only a
complete tiling is linked (a closed list); a sub-period with two different figures (a segment's and the whole
company's) is not read, nor a figure of another entity or scope, nor a stock (a level at a date adds up to nothing).
The metric of a part carried from the sentence before (`1분기 A원, 2분기 B원`) counts only next to the total.
A bound (`1조원을 웃돌았다`) is no figure of a tile; a figure restated rounded (a headline's `1조2천억원` beside
`1조2천48억원`) counts once, as its most precise statement. A scope that only says the figure is cumulative
(`[link.cumulative_marks]`: `누적`) is none: the period says so already.
"""

from __future__ import annotations

import functools
import re

from checker.extract.lang import ByLanguage
from checker.link.keys_differ import metrics_differ
from checker.models import Claim
from checker.periods import Period

_SPANS = ("year", "nine_months", "half")
_TILES = (("quarter", 4), ("half", 2), ("month", 12))
_FLOW = "flow"
# Qualifiers that still state the figure (an approximation); any other makes it a bound (`over`, `at most`).
_STATED = (None, "about", "approx", "approximately", "around", "nearly", "total")
# a headline's mark passed (`매출 9천억원 돌파`) leads to the figure that passed it, stated precisely elsewhere
_MARKS = ("over", "atleast")
_CUMULATIVE_SCOPE = ByLanguage(lambda w: rf"(?:{w.cumulative_marks})?", re.I, first_tested=False)


def link_period_sums(claims: list[Claim], lexicon, lang: str) -> None:
    figures = [c for c in claims if c.kind == "money" and not c.furniture and c.role in ("value", "prior", "baseline")]
    wholes = {c.part_of for c in claims if c.part_of} | {t for c in claims for t in c.tally_of}
    # each tile looks up its figures by period and unit: one pass over the figures, not one per tile
    by_period: dict[tuple[Period, str], list[Claim]] = {}
    for c in figures:
        if c.period is not None:
            by_period.setdefault((c.period, c.unit), []).append(c)
    for total in figures:
        if total.role != "value" or total.part_of or total.id in wholes or total.period is None:
            continue
        if total.period.grain not in _SPANS or "metric" in total.guesses or not total.metric:
            continue
        metric = lexicon.metrics.get(total.metric)
        if metric is None or metric.type != _FLOW:
            continue
        parts = _tiling(by_period, total, lang)
        if parts is None or any(p.part_of for p in parts):  # (a part may be broken down itself)
            continue
        for part in parts:
            part.part_of = total.id
        wholes.add(total.id)
        total.open_list = False
        total.guesses = sorted(set(total.guesses) | {"relation"})


def _tiling(by_period: dict[tuple[Period, str], list[Claim]], total: Claim, lang: str) -> list[Claim] | None:
    for tiles in _tilings(total.period):
        parts = []
        for tile in tiles:
            # (a tile of no figure of the total's unit leaves the tiling unmade: the tiles after it are not read)
            figures = by_period.get((tile, total.unit))
            one = _one_figure(figures, total, lang) if figures else None
            if one is None:
                break
            parts.append(one)
        else:
            return parts
    return None


@functools.lru_cache(maxsize=256)
def _tilings(period: Period) -> tuple[tuple[Period, ...], ...]:
    """The ways `period` is tiled by quarters, halves or months (two tiles or more), in that order: the same for
    every total of one period, so worked out once."""
    out = []
    for grain, count in _TILES:
        tiles = [Period(period.year, grain, i) for i in range(1, count + 1)]
        tiles = [t for t in tiles if period.contains(t) and t != period]
        if len(tiles) >= 2:
            out.append(tuple(tiles))
    return tuple(out)


def _one_figure(figures: list[Claim], total: Claim, lang: str) -> Claim | None:
    """The article's one figure of the total's metric among `figures`, those of one tile and the total's unit (a
    figure restated counts once). A target (`연간 매출 목표 5,000억원`) is no figure of a tile the total states done;
    and where the figures left are two, a figure whose period its own words give is the tile's over one that took
    the period of the figures around it."""
    total_scope = _scope(total, lang)
    stated = [
        c
        for c in figures
        if (c.metric == total.metric and ("metric" not in c.guesses or abs(c.sentence - total.sentence) <= 1))
        and not metrics_differ(c, total)
        and (c.quantity.qualifier in _STATED or c.quantity.qualifier in _MARKS)
        and not (c.entities and total.entities and set(c.entities) != set(total.entities))
        and c.forecast == total.forecast
    ]
    found = [c for c in stated if not _scope(c, lang) or _scope(c, lang) == total_scope]
    if not found:
        return None
    one = _restated(found)
    if one is None:
        written = [c for c in found if "period" not in c.guesses]
        one = _restated(written) if written and len(written) < len(found) else None
    if one is None:
        return None  # two figures for the tile, not one restated
    # a rounded figure (a headline's) stated precisely elsewhere, on a basis (`연결 기준`), is that statement
    one = _restated([one, *(c for c in stated if c.high - c.low < one.high - one.low)]) or one
    return one if one.quantity.qualifier in _STATED else None  # a mark passed (`9천억원 돌파`) is no part


def _restated(found: list[Claim]) -> Claim | None:
    """The one figure `found` states, as its most precise statement (a value before a prior), or None when they are
    two figures: a value no rounding of the others covers."""
    precise = min(found, key=lambda c: (c.high - c.low, c.role != "value"))
    if not all(c.low <= precise.value <= c.high for c in found):
        return None
    return precise


def _scope(claim: Claim, lang: str) -> str | None:
    if claim.scope and _CUMULATIVE_SCOPE[lang].fullmatch(claim.scope + " "):
        return None
    return claim.scope
