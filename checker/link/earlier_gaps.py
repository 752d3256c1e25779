"""The gap between two rates at an earlier time, stated in the sentence after the rates it was between: `Labour is on
41%, up from 39% last month, while the Greens rose to 24% from 21%. A month ago the gap between them was 18
points.`

A sentence that opens with an earlier time (`A month ago`, `Last year`: `[link.earlier_gap_openers]`) and names a
gap right before a figure in points (`the gap between the two parties was`, `the lead stood at`:
`[link.earlier_gap_before]`), the only rate of its sentence, measures the two rates the sentence before compared
its levels with (its two baselines or priors, and no other): the larger minus the smaller, which the rates kind
checks. A gap has no sign in such copy. Found by position, so the link is a guess.
"""

from __future__ import annotations

import dataclasses
import re

from checker.extract.lang import ByLanguage
from checker.link.sentence_groups import prose_by_sentence
from checker.models import Claim

_OPENER = ByLanguage(lambda w: rf"\s*(?:{w.earlier_gap_openers})\b", re.I)
_GAP_BEFORE = ByLanguage(lambda w: rf"(?:{w.earlier_gap_before})\s+$", re.I)
_POINTS = ByLanguage(lambda w: rf"(?:{w.point_counters})", re.I)
_REACH = 80
_EARLIER = ("baseline", "prior")


def link_earlier_gaps(claims: list[Claim], text: str, lang: str, sentence_starts: list[int]) -> None:
    by_sentence = prose_by_sentence(claims)
    for sentence, figures in by_sentence.items():
        if sentence == 0 or sentence >= len(sentence_starts):
            continue
        rates = [c for c in figures if c.kind in ("percent", "pp") or in_points(c, lang)]
        if len(rates) != 1 or not in_points(rates[0], lang) or rates[0].compared_to is not None:
            continue
        gap = rates[0]
        start = sentence_starts[sentence]
        if not _OPENER[lang].match(text, start) or not _GAP_BEFORE[lang].search(
            text, max(start, gap.start - _REACH), gap.start
        ):
            continue
        before = [c for c in by_sentence.get(sentence - 1, []) if c.kind == "percent"]
        earlier = [c for c in before if c.role in _EARLIER]
        if len(earlier) != 2 or earlier[0].value == earlier[1].value:
            continue
        larger, smaller = sorted(earlier, key=lambda c: c.value, reverse=True)
        if gap.kind != "pp":
            gap.quantity = dataclasses.replace(gap.quantity, kind="pp", unit="pp", counter=None)
        gap.role, gap.direction = "change", 1
        gap.change_of, gap.compared_to = larger.id, smaller.id
        gap.guesses = sorted(set(gap.guesses) | {"relation"})


def in_points(figure: Claim, lang: str) -> bool:
    """Percentage points, or a count written in points (`3.5 points`), which a gap between rates may be."""
    if figure.kind == "pp":
        return True
    return figure.kind == "count" and bool(figure.counter) and bool(_POINTS[lang].fullmatch(figure.counter))
