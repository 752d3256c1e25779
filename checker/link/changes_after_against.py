"""A change appended to a figure set against its earlier one: `Hanbit sold 41% of the lamps, against 46% in 2025, a
fall of 5 percentage points, while Orion's share rose to 12% from 8%`. The change is of the figure before the
comparing word (`against`, `compared with`: `[link.compared_words]`) measured from the one after it — the two
figures it follows — and never from a figure the sentence states after it, past the change, of another clause.

Only a change read as measured from a figure standing after it is relinked (the figure it follows and the one
before that, both of its unit, no figure between them and the comparing word, none between the earlier one and the
change): a reading of the two figures before it stands.
"""

from __future__ import annotations

import re

from checker.extract.lang import ByLanguage
from checker.link.sentence_groups import group_by_sentence
from checker.models import Claim
from checker.regex_cache import compile_exact

_COMPARED_BEFORE = ByLanguage(lambda w: rf",\s*(?:{w.compared_words})\s+$", re.I)
_CHANGE_AFTER = compile_exact(r"[^,;]{0,40},\s*[^\d,;]{0,24}")  # `in 2025, a fall of`
_DIGIT_RUN = compile_exact(r"\d+")
_REACH = 120  # characters from the figure changed to the comparing word


def link_changes_after_against(claims: list[Claim], text: str, lang: str) -> None:
    by_sentence = None
    for change in claims:
        if change.role != "change" or change.compared_to is None or change.furniture:
            continue
        if by_sentence is None:  # (once per article, and only for an article with a linked change)
            by_sentence = group_by_sentence([c for c in claims if c.role not in ("change", "conversion")])
            by_id = {c.id: c for c in claims}
        compared = by_id.get(change.compared_to)
        if compared is None or compared.start < change.end:
            continue
        before = [c for c in by_sentence.get(change.sentence, []) if c.end <= change.start]
        if len(before) < 2:
            continue
        value, earlier = before[-2], before[-1]
        if (value.kind, value.unit) != (earlier.kind, earlier.unit) or earlier.start - value.end > _REACH:
            continue
        if not _COMPARED_BEFORE[lang].search(text, value.end, earlier.start):
            continue
        between = (earlier.end, change.start)
        if not _CHANGE_AFTER.fullmatch(text, *between) or not _in_years(text, *between):
            continue
        change.change_of, change.compared_to = value.id, earlier.id


def _in_years(text: str, start: int, end: int) -> bool:
    """No number between the earlier figure and the change but a year's (`in 2025`, `in 2024-25`)."""
    return all(len(run) in (2, 4) for run in _DIGIT_RUN.findall(text, start, end))
