"""A whole stated right before the share of it: `1~11월 판매는 382만대로 연간 목표 424만대의 90.1%를 달성했다`,
`주말 관객 98만명을 모았다. 같은 기간 전체 관객 157만명의 62.4%다`.

In Korean the whole comes first, joined to its share by the genitive (`[link.whole_then_its_share]`). The part is
the figure stated right before the whole, in its sentence or at the end of the sentence before: of the whole's
unit, smaller than it, a stated level. The share is checked as part / whole by the ratio kind. Nothing is linked
when the clause goes on to a figure of the whole's unit (`매출 500억원의 8%인 40억원`: that figure is the part),
when the share is 100% or more (a multiple of an earlier figure, not a share), or when the figure before is no
level of the whole's unit (`A사 점유율 30%. 시장 규모 300억원의 40%는 수도권`: no part is stated). The part is
found by position, so the link is a guess (a disagreement is a warning).
"""

from __future__ import annotations

import math

from checker.extract.lang import ByLanguage
from checker.models import Claim

_BETWEEN = ByLanguage(lambda w: rf"(?:{w.whole_then_its_share})")
_CLAUSE_END = ByLanguage(lambda w: rf"(?:{w.clause_ends})|,")
_AMOUNTS = ("money", "count", "measure")
_LEVELS = ("value", "prior")


def link_wholes_then_shares(claims: list[Claim], text: str, lang: str) -> None:
    between, clause_end = _BETWEEN[lang], _CLAUSE_END[lang]
    figures = [c for c in claims if c.role != "conversion" and not c.furniture]
    for position in range(2, len(figures)):
        rate, whole, part = figures[position], figures[position - 1], figures[position - 2]
        if rate.kind != "percent" or rate.role != "share" or rate.share_part is not None:
            continue
        if not (0 < rate.value < 100) or not between.fullmatch(text, whole.end, rate.start):
            continue
        if whole.kind not in _AMOUNTS or whole.role not in _LEVELS or whole.sentence != rate.sentence:
            continue
        if part.kind != whole.kind or part.unit != whole.unit or part.role not in _LEVELS:
            continue
        if rate.sentence - part.sentence > 1 or not (math.isfinite(part.high) and 0 < part.high < whole.low):
            continue
        if part.sentence != rate.sentence and any(c.sentence == rate.sentence for c in figures[: position - 1]):
            continue  # the share's sentence states a figure before its whole: the sentence before's is not next
        following = figures[position + 1] if position + 1 < len(figures) else None
        if (
            following is not None
            and following.sentence == rate.sentence
            and following.unit == whole.unit
            and not clause_end.search(text, rate.end, following.start)
        ):
            continue  # `매출 500억원의 8%인 40억원`: the part follows its share
        rate.share_part, rate.share_whole = part.id, whole.id
        rate.whole = rate.whole or f"of:{whole.id}"  # shares of one whole add up to at most 100%
        rate.label = rate.label or part.id
        rate.guesses = sorted(set(rate.guesses) | {"relation"})
