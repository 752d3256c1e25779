"""A running total is no whole of one period's part: `10월 수출은 600억달러 … 누적 수출은 5천억달러였다. A 품목이
전체 수출에서 차지하는 비중은 20%`, `year-to-date sales of 900,000 … 30,000 units, or 12% of the total`.

A figure marked as the sum so far (`누적`, `year-to-date`, `[link.cumulative_marks]`, right before it in its clause)
is the largest of its unit in many stories, and a share found by size would take it for the month's total. It is a
whole only of a part marked so as well. The mark is read in a short window before each figure (no scan of the text).
"""

from __future__ import annotations

import re

from checker.extract.lang import ByLanguage
from checker.models import Claim
from checker.regex_needs import search_between

# The mark, then up to a few words of the figure's noun and its particle, with no figure or clause end between.
_MARK_BEFORE = ByLanguage(lambda w: rf"(?:{w.cumulative_marks})\s*[^\d.;,()]{{0,12}}$", re.I)
_WINDOW = 32


def cumulative_ids(claims: list[Claim], text: str, lang: str) -> set[str]:
    """The ids of the figures stated as a running total (`누적 수출은 5천억달러`, `year-to-date revenue of $14bn`)."""
    pattern = _MARK_BEFORE[lang]
    return {
        claim.id
        for claim in claims
        if claim.kind in ("money", "count", "measure")
        and search_between(pattern, text, max(0, claim.start - _WINDOW), claim.start)
    }
