"""A share stated before its part, the whole named by a noun: `Watches above CHF 10,000 accounted for 58% of sales, or
CHF 184.8 million`.

The share, its `of` and the whole's noun (`[link.genitive]`), a comma and the mark of an equivalent
(`[link.appositive_share_marks]`: `or`), then the part: the amount the share restates. The whole is the figure of the
metric the noun names (`sales`: revenue), of the part's unit, larger than it, looked up as for a share set after its
part (checker/link/partners.py); a noun that names no metric leaves the whole unsaid and nothing is linked. The whole
is found apart from the share, so the link is a guess.
"""

from __future__ import annotations

import math
import re

from checker.extract.lang import ByLanguage
from checker.link.figure_kinds import AMOUNTS
from checker.link.partners import Partners, _named_metric, whole_of_part
from checker.link.sentence_groups import prose_figures
from checker.link.view import MetricHit
from checker.models import Claim

# `58% of sales, or CHF 184.8 million`: between the share and its part
_NOUN_THEN_PART = ByLanguage(
    lambda w: rf"\s+(?:{w.genitive})\s+[^\d.;:,()]{{1,40}}?,\s*(?:{w.appositive_share_marks})\s+", re.I
)
_NOUN_REACH = 48  # characters after a share where the noun of its whole is named


def link_shares_then_parts(claims: list[Claim], text: str, lang: str, metric_hits: list[MetricHit]) -> None:
    partners: Partners | None = None
    hit_starts: list[int] = []
    figures = prose_figures(claims)
    between = _NOUN_THEN_PART[lang]
    for rate, part in zip(figures, figures[1:]):
        if rate.kind != "percent" or rate.role != "share" or rate.share_part or rate.share_whole or rate.whole:
            continue
        if not 0 < rate.value < 100 or part.sentence != rate.sentence:
            continue
        if part.kind not in AMOUNTS or part.role != "value" or not math.isfinite(part.high):
            continue
        if not between.fullmatch(text, rate.end, part.start):
            continue
        if partners is None:
            partners = Partners(claims, text, lang)
            hit_starts = [hit.start for hit in metric_hits]
        named = _named_metric(metric_hits, hit_starts, rate.end, rate.end + _NOUN_REACH, rate, text, lang)
        if named is None:
            continue  # (`58% of the boxes, or 1,200`: which figure the noun names, not said)
        whole = whole_of_part(partners, rate, part, named, text, lang)
        if whole is None:
            continue
        rate.share_part, rate.share_whole = part.id, whole.id
        rate.guesses = sorted(set(rate.guesses) | {"relation"})
