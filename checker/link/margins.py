"""A margin stated right after its profit: `Operating profit was $1.2bn, a margin of 15%`, `영업이익 9조1000억원,
이익률 11.5%`, `영업이익 9조1000억원(이익률 11.5%)`. The rate names no metric of its own (`a margin`, `이익률`);
the figure right before it is a profit, so the rate is that profit's margin — an operating profit's operating
margin, a net profit's net margin, an EBITDA's EBITDA margin (`EBITDA was Rs 660 crore, for a margin of 12%`),
an EBIT's EBIT margin — of its company and period when the rate names none, and the margin checks (profit ÷
revenue) take it. Language words are data (`[link.margin_after_profit]`).
"""

from __future__ import annotations

import re

from checker.extract.lang import ByLanguage
from checker.models import Claim

_MARGIN_BETWEEN = ByLanguage(lambda w: rf",?\s*\(?\s*(?:{w.margin_after_profit})\s*", re.I)
# the margin each profit metric defines over revenue (the rule pack's `defined` ratios)
_MARGIN_OF = {
    "operating_profit": "operating_margin",
    "net_profit": "net_margin",
    "ebitda": "ebitda_margin",
    "ebit": "ebit_margin",
}


def link_margins(claims: list[Claim], text: str, lang: str) -> None:
    figures = [c for c in claims if c.role != "conversion" and not c.furniture]
    for profit, rate in zip(figures, figures[1:]):
        if rate.kind != "percent" or rate.role not in ("share", "value") or rate.metric:
            continue
        if profit.metric not in _MARGIN_OF or "metric" in profit.guesses or profit.sentence != rate.sentence:
            continue
        if not _MARGIN_BETWEEN[lang].fullmatch(text, profit.end, rate.start):
            continue
        rate.metric = _MARGIN_OF[profit.metric]
        if not rate.entities and profit.entities:
            rate.entities = list(profit.entities)
        if rate.period is None and profit.period is not None:
            rate.period = profit.period
