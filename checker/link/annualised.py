"""A figure annualised where a marker says so: `3분기에 받은 숙박객 1만2천명을 연 환산하면 4만8천명 규모다`
(a quarter × 4), `대여는 1∼5월에 15만건이 이뤄졌다. 연간으로 환산하면 36만건꼴이다` (five months × 12/5),
`상반기 이익은 30억원, 연율로 60억원`.

The annualised figure stands right after a marker (`[link.annualised_before]`: `연 환산하면`, `연간으로 환산하면`,
`연율로`; a noun and a particle between at most: `연 환산치는`), a value stated as no bound. Its base is the nearest
figure before the marker of its kind, unit and counter, a value, in its sentence or the one before (a guess there).
The base's period gives the factor: a quarter 4, a half 2, nine months 12/9, a month 12 (the claim's period), or a
span of months written before the base in its clause (`1∼5월`: `[link.month_spans]`) 12 over its months; a base of
no such period links nothing. The annualised figure is the base times the factor (`per_period_of`, `periods`: the
per-period check multiplies). Language words are data.
"""

from __future__ import annotations

import re

from checker.extract.lang import ByLanguage
from checker.models import Claim, Span
from checker.periods import Period

# `연 환산하면 `, `연 환산치는 `, `연간으로 환산하면 약 `: the marker, then at most a particle and a hedge
_MARKER_BEFORE = ByLanguage(
    lambda w: rf"(?P<marker>{w.annualised_before})(?:\s*[^\W\d_]{{0,4}})?\s*(?:(?:{w.hedges})\s*)?$", re.I
)
# `1∼5월 적립액은`: a span of months, its first and last month
_MONTH_SPAN = ByLanguage(lambda w: rf"(?:{w.month_spans})")
_MARKER_REACH = 24  # characters before a figure where its marker stands
_SPAN_REACH = 16  # characters before a base where its span of months stands
_FACTORS = {"quarter": 4.0, "half": 2.0, "nine_months": 12 / 9, "month": 12.0}
_BOUNDS = ("over", "under", "atleast", "atmost")


def link_annualised(claims: list[Claim], text: str, lang: str, sentence_starts: list[int]) -> None:
    figures = [c for c in claims if not c.furniture and c.kind in ("count", "money")]
    for i, total in enumerate(figures):
        if total.role != "value" or total.qualifier in _BOUNDS or total.per_period_of is not None:
            continue
        start = sentence_starts[max(0, total.sentence - 1)]
        marker = _MARKER_BEFORE[lang].search(text, max(start, total.start - _MARKER_REACH), total.start)
        if marker is None:
            continue
        base = next((c for c in reversed(figures[:i]) if c.end <= marker.start() and _of(total, c)), None)
        if base is None or base.sentence < total.sentence - 1 or base.qualifier in _BOUNDS:
            continue
        factor, span = _factor(base, text, lang, sentence_starts)
        if factor is None:
            continue
        total.per_period_of, total.periods = base.id, factor
        total.periods_span = span or Span(start=marker.start("marker"), end=marker.end("marker"))
        if base.sentence != total.sentence:
            total.guesses = sorted(set(total.guesses) | {"relation"})


def _of(total: Claim, base: Claim) -> bool:
    return (
        base.kind == total.kind
        and base.unit == total.unit
        and base.counter == total.counter
        and base.role == "value"
        and base.per_period_of is None
    )


def _factor(base: Claim, text: str, lang: str, sentence_starts: list[int]) -> tuple[float | None, Span | None]:
    """The factor from the base's period to a year, and the span of months naming it when written as one."""
    start = max(sentence_starts[base.sentence], base.start - _SPAN_REACH)
    spans = list(_MONTH_SPAN[lang].finditer(text, start, base.start))
    if spans:
        first, last = int(spans[-1].group("first")), int(spans[-1].group("last"))
        if 1 <= first < last <= 12:
            return 12 / (last - first + 1), Span(start=spans[-1].start(), end=spans[-1].end())
        return None, None
    period = Period.parse(base.period)
    if period is None:
        return None, None
    return _FACTORS.get(period.grain), None
