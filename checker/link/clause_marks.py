"""Marks many link rules read around a figure, compiled once for all of them: the end of a clause
(`…했고`, `…, while`), and a total mark right before a figure (`총 48조원`, `a total of about $5bn`)."""

from __future__ import annotations

import re

from checker.extract.lang import ByLanguage

CLAUSE_END = ByLanguage(lambda w: rf"(?:{w.clause_ends})")
TOTAL_MARK_BEFORE = ByLanguage(lambda w: rf"(?:{w.total_marks})\s*(?:(?:{w.hedges})\s*)?$", re.I)
