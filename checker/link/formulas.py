"""A figure stated as the difference of two named metrics: `출생아 수에서 사망자 수를 뺀 자연증가는
8000명`, `births minus deaths came to 8,000`. The two metrics are named, not their figures; the figures are
the article's ones of those metrics for the stated figure's period (one value each, else no link). The
figure becomes a change of the first measured from the second (first − second = the figure), which the
difference kind checks. Language words are data (`[link.minus_operators]`, `[link.minus_from]`,
`[link.minus_after]`).
"""

from __future__ import annotations

import bisect
import re

from checker.extract.lang import ByLanguage
from checker.link.view import ArticleView
from checker.models import Claim

# `births minus deaths`: an operator between the two names says it all
_OPERATOR = ByLanguage(lambda w: rf"\s+(?:{w.minus_operators})\s+", re.I)
# `출생아 수에서 (총)사망자 수를 뺀`: a particle between the names, the operation after the second
_FROM = ByLanguage(lambda w: rf"\s?(?:{w.minus_from})\s?(?:(?:{w.total_marks})\s?)?", re.I)
_AFTER = ByLanguage(lambda w: rf"\s?(?:{w.minus_after})", re.I)
_REACH = 60  # characters from the second name to the figure
_AMOUNTS = ("money", "count")


def link_formulas(claims: list[Claim], doc: ArticleView) -> None:
    for gap in claims:
        if gap.kind not in _AMOUNTS or gap.role != "value" or gap.furniture or gap.change_of is not None:
            continue
        if gap.period is None or "period" in gap.guesses:
            continue
        named = _named_pair(doc, gap)
        if named is None:
            continue
        first, second = (_only_figure(claims, gap, metric) for metric in named)
        if first is None or second is None:
            continue
        gap.role, gap.direction = "change", 1
        gap.change_of, gap.compared_to = first.id, second.id
        gap.guesses = sorted(set(gap.guesses) | {"relation"})


def _named_pair(doc: ArticleView, gap: Claim) -> tuple[str, str] | None:
    """The two metrics named as `A에서 B를 뺀` before the figure, in its sentence."""
    text, lang = doc.text, doc.language
    sentence_start = doc.segments.sentence_starts[gap.sentence]
    lo = bisect.bisect_left(doc.metric_starts, max(sentence_start, gap.start - _REACH - 40))
    hi = bisect.bisect_left(doc.metric_starts, gap.start)
    hits = doc.metric_hits[lo:hi]
    for a, b in zip(hits, hits[1:]):
        if a.metric == b.metric or gap.start - b.end > _REACH:
            continue
        if _OPERATOR[lang].fullmatch(text, a.end, b.start) or (
            _FROM[lang].fullmatch(text, a.end, b.start) and _AFTER[lang].match(text, b.end)
        ):
            return a.metric, b.metric
    return None


def _only_figure(claims: list[Claim], gap: Claim, metric: str) -> Claim | None:
    found = [
        c
        for c in claims
        if c is not gap
        and c.metric == metric
        and "metric" not in c.guesses
        and c.role == "value"
        and c.kind == gap.kind
        and c.unit == gap.unit
        and c.counter == gap.counter
        and c.period == gap.period
        and c.forecast == gap.forecast
        and not c.furniture
    ]
    return found[0] if len({c.value for c in found}) == 1 else None
