"""A total named by a phrase (`for combined takings of T`, `bringing the club's income to T`) that says right after
it that it holds more than the list before it: a span or period of its own (`over three seasons`, `so far this
year`, `to date`) where the list is of one period or none, or another source (`with a state grant`, `including
donations`). The listed parts are then some of it, no sum of it, and nothing is linked. Words are data
(`[link.total_span_after]`, `[link.total_source_after]`)."""

from __future__ import annotations

import re

from checker.extract.lang import ByLanguage
from checker.models import Claim

_SPAN_AFTER = ByLanguage(lambda w: rf"(?:{w.total_span_after})", re.I, first_tested=False)
_SOURCE_AFTER = ByLanguage(lambda w: rf"(?:{w.total_source_after})", re.I, first_tested=False)


def holds_more_than_the_list(total: Claim, parts: list[Claim], text: str, lang: str) -> bool:
    """Whether the words right after the total say it covers another span or another source than its parts: a span
    of its own is wider than the list unless the parts are a run of two or more periods (`$2m in 2024 and $3m in
    2025, for combined spending of $5m over two years` is their sum)."""
    if _SOURCE_AFTER[lang].match(text, total.end):
        return True
    if not _SPAN_AFTER[lang].match(text, total.end):
        return False
    return len({part.period for part in parts if part.period is not None}) < 2
