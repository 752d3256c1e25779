"""A dividend cover and the payout ratio that restates it: `a dividend cover of around 2 times earnings,
that is a payout ratio of around 50%`, `the dividend is covered 2.5 times … a payout ratio of 40%`.

Cover is earnings over the dividend, the payout ratio the dividend over earnings: one is the other inverted
(a cover of 2 times is a payout of 50%). A multiple right after the cover words and a percentage right after
the payout words, in one sentence or in two sentences next to each other in one paragraph, are one statement
twice — only when that cover and that payout are the only ones there, of no two named companies or periods,
and no word between them sets them apart (`while`, `up from`, `반면`). The
payout ratio carries the cover (`inverse_of`), checked by the ratio kind (F506). Words are data
(`[link.cover_before]`, `[link.payout_before]`, `[link.cover_breaks]`, `[link.hedges]`).
"""

from __future__ import annotations

import re

from checker.extract.lang import ByLanguage
from checker.models import Claim

_COVER_BEFORE = ByLanguage(lambda w: rf"(?:{w.cover_before})\s*(?:(?:{w.hedges})\s+)?$", re.I)
_PAYOUT_BEFORE = ByLanguage(lambda w: rf"(?:{w.payout_before})\s*(?:(?:{w.hedges})\s*)?$", re.I)
# `, while its rival has`, `up from`: the two figures are two statements (of two companies, or two times)
_BREAKS = ByLanguage(lambda w: rf"(?:{w.cover_breaks})", re.I)
_MARK_REACH = 48  # characters before a figure where its cover or payout words stand


def link_payout_covers(claims: list[Claim], text: str, lang: str) -> None:
    covers = [c for c in claims if c.kind == "multiple" and not c.furniture and _marked(c, _COVER_BEFORE, text, lang)]
    if not covers:
        return
    payouts = [c for c in claims if c.kind == "percent" and not c.furniture and _marked(c, _PAYOUT_BEFORE, text, lang)]
    for payout in payouts:
        near = [c for c in covers if abs(c.sentence - payout.sentence) <= 1 and c.paragraph == payout.paragraph]
        if len(near) != 1 or payout.inverse_of:
            continue
        cover = near[0]
        others = [p for p in payouts if abs(p.sentence - cover.sentence) <= 1 and p.paragraph == cover.paragraph]
        if others != [payout] or cover.value <= 0:
            continue  # two payouts beside one cover: which restates it is not said
        if cover.entities and payout.entities and not set(cover.entities) & set(payout.entities):
            continue
        if cover.period and payout.period and cover.period != payout.period:
            continue  # a cover of one year, a payout of another
        first, second = sorted((cover, payout), key=lambda c: c.start)
        if _BREAKS[lang].search(text, first.end, second.start):
            continue
        payout.inverse_of = cover.id


def _marked(claim: Claim, marks: ByLanguage, text: str, lang: str) -> bool:
    return marks[lang].search(text, max(0, claim.start - _MARK_REACH), claim.start) is not None
