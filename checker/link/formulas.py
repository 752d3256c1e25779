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
_NAMES_REACH = 40  # characters the two names may take before that
_AMOUNTS = ("money", "count")


def link_formulas(claims: list[Claim], doc: ArticleView) -> None:
    for difference in claims:
        if (
            difference.kind not in _AMOUNTS
            or difference.role != "value"
            or difference.furniture
            or difference.change_of is not None
        ):
            continue
        if difference.period is None or "period" in difference.guesses:
            continue
        named = _named_pair(doc, difference)
        if named is None:
            continue
        first, second = (_only_figure(claims, difference, metric) for metric in named)
        if first is None or second is None:
            continue
        difference.role, difference.direction = "change", 1
        difference.change_of, difference.compared_to = first.id, second.id
        difference.guesses = sorted(set(difference.guesses) | {"relation"})


def _named_pair(doc: ArticleView, difference: Claim) -> tuple[str, str] | None:
    """The two metrics named as `A에서 B를 뺀` before the figure, in its sentence."""
    text, lang = doc.text, doc.language
    sentence_start = doc.segments.sentence_starts[difference.sentence]
    lo = bisect.bisect_left(doc.metric_starts, max(sentence_start, difference.start - _REACH - _NAMES_REACH))
    hi = bisect.bisect_left(doc.metric_starts, difference.start)
    hits = doc.metric_hits[lo:hi]
    for a, b in zip(hits, hits[1:]):
        if a.metric == b.metric or difference.start - b.end > _REACH:
            continue
        if _OPERATOR[lang].fullmatch(text, a.end, b.start) or (
            _FROM[lang].fullmatch(text, a.end, b.start) and _AFTER[lang].match(text, b.end)
        ):
            return a.metric, b.metric
    return None


def _only_figure(claims: list[Claim], difference: Claim, metric: str) -> Claim | None:
    found = [
        c
        for c in claims
        if c is not difference
        and c.metric == metric
        and "metric" not in c.guesses
        and c.role == "value"
        and c.kind == difference.kind
        and c.unit == difference.unit
        and c.counter == difference.counter
        and c.period == difference.period
        and c.forecast == difference.forecast
        and not c.furniture
    ]
    return found[0] if len({c.value for c in found}) == 1 else None
