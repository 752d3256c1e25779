"""The whole of a partition of new items (issue 11).

`신규 확진자가 N명 늘어 누적 확진자가 C명 … 신규 확진자의 감염 경로는 국내 A명, 해외 B명`: a partition whose
sentence names new items before its first part (`신규`, `new`) breaks down the day's new items, not the count
so far that the text states beside them. Its whole is the nearest figure of the unit before it that is itself
marked new, stated as a value or as the rise it is (`N명 늘어`), when larger than each part (or a whole
misstated, checker/link/wholes.py). Without such a figure, the partition's whole is found as any other's.
"""

from __future__ import annotations

import re

from checker.extract.lang import ByLanguage
from checker.link.figure_kinds import AMOUNTS
from checker.link.wholes import misstated_whole
from checker.models import Claim
from checker.regex_cache import compile_exact

# The new-items mark right before a figure, in its clause (`신규 확진자가 N명`, `N new cases` is after it).
_NEW_BEFORE = ByLanguage(lambda w: rf"(?:{w.new_item_marks})[^\d.;,]{{0,16}}$", re.I)
_NEW_AFTER = ByLanguage(lambda w: rf"\s*(?:{w.new_item_marks})\b", re.I)
_NEW_IN = ByLanguage(lambda w: rf"(?:{w.new_item_marks})", re.I)
_SENTENCE_END = compile_exact(r"[.!?\n][^.!?\n]*$")
# How far before a partition's first part its sentence is read for the mark, and how many sentences back its
# whole may be.
_SENTENCE_REACH = 120
_WHOLE_REACH = 3


def whole_of_new_items(claims: list[Claim], parts: list[Claim], text: str, lang: str) -> Claim | None:
    """The figure of new items a partition of them breaks down, or None when the partition is of no new items."""
    first = min(parts, key=lambda c: c.start)
    start = max(0, first.start - _SENTENCE_REACH)
    end_before = _SENTENCE_END.search(text, start, first.start)
    opening = end_before.start() + 1 if end_before else start
    if not _NEW_IN[lang].search(text, opening, first.start):
        return None
    largest = max(p.high for p in parts)
    for claim in reversed([c for c in claims if c.end <= opening]):
        # `1,250 new cases`: the mark is read as the figure's counter, and the noun after it is the parts'.
        marked_counter = bool(claim.counter) and _NEW_IN[lang].fullmatch(claim.counter) is not None
        if first.sentence - claim.sentence > _WHOLE_REACH:
            break
        if (
            claim.kind not in AMOUNTS
            or claim.role not in ("value", "change")
            or claim.furniture
            or claim.unit != first.unit
            or (claim.counter != first.counter and not marked_counter)
            or claim.part_of is not None
            or (claim.role == "change" and claim.direction <= 0)
        ):
            continue
        if not (
            marked_counter
            or _NEW_BEFORE[lang].search(text, max(0, claim.start - 24), claim.start)
            or _NEW_AFTER[lang].match(text, claim.end)
        ):
            continue
        if claim.high > largest or misstated_whole(claim, parts):
            return claim
        return None  # the nearest figure of new items is smaller than a part: another fact
    return None
