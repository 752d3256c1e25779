"""A share of the story's total stated right before its part, as what the part comes to: `단체 관람객은 전체의
4분의 1가량인 21만명이었다`, `수출은 전체의 40%에 달하는 3억달러였다`.

The total is named before the share by no figure (`전체의`, `총 수출의`: `[link.whole_share_before]`); the share
is joined to the part right after it by a word that makes the part its amount (`인`, `에 해당하는`:
`[link.share_then_its_part]`).
The whole is looked up as checker/link/fraction_shares_after_parts.py looks up the whole of a part its fraction
follows: a value of the part's unit and counter, larger than the part, of no other period or company, stated in
another sentence, the lead's first; a tie links nothing. Found by size, so the link is a guess.
"""

from __future__ import annotations

import math
import re

from checker.extract.lang import ByLanguage
from checker.link.figure_kinds import AMOUNTS
from checker.link.keys_differ import periods_differ
from checker.link.partners import Partners
from checker.link.sentence_groups import prose_figures
from checker.link.share_rates import open_share, share_of_the_whole_by_noun
from checker.models import Claim

_TOTAL_BEFORE = ByLanguage(
    lambda w: rf"(?:{w.whole_share_before}|{w.all_whole_share_before}|{w.taken_whole_share_before})\s*$", re.I
)
_THEN_PART = ByLanguage(lambda w: rf"(?:{w.share_then_its_part})")
_REACH = 16  # characters before the share where its total is named


def link_shares_before_their_parts(claims: list[Claim], text: str, lang: str) -> None:
    partners: Partners | None = None
    figures = prose_figures(claims)
    for rate, part in zip(figures, figures[1:]):
        if not open_share(rate) or rate.share_whole or rate.whole or part.sentence != rate.sentence:
            continue
        if part.kind not in AMOUNTS or part.role != "value" or not math.isfinite(part.high):
            continue
        if periods_differ(rate, part) or not _THEN_PART[lang].fullmatch(text, rate.end, part.start):
            continue
        if not _TOTAL_BEFORE[lang].search(text, max(0, rate.start - _REACH), rate.start):
            continue
        if partners is None:
            partners = Partners(claims, text, lang)
        share_of_the_whole_by_noun(rate, part, partners, text, lang)
