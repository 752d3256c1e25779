"""A share written between its whole and its part: `피해 가구 3만1,000가구 중 95%인 2만9,450가구`, `예산 80억원의
25%에 해당하는 20억원`.

Three figures in a row in one sentence: a whole (an amount), a rate, then a part of the whole's unit and kind
(a count of the same counter). A pool mark or the genitive joins the whole to the rate (`[link.whole_after]`,
`[link.genitive]`), or the whole's clause ends in a comma and a pool that refers back to it (`간호사 84명을 뽑기로
하고, 이 가운데 3분의 1인 28명을`, `[link.of_which_openers]`), and an adnominal word joins the rate to the part
(`[link.rate_before_part]`: `인`, `에 해당하는`). The people asked in a survey are a whole the same way
(`[link.respondents_after]`: `주민 800명에게 물은 결과 65%인 520명이`). The grammar states both links, so nothing
is guessed. The part must be smaller than the whole (a rate above 100% is a multiple, not a share).
"""

from __future__ import annotations

import math
import re

from checker.extract.lang import ByLanguage
from checker.link.figure_kinds import AMOUNTS
from checker.link.sentence_groups import prose_figures
from checker.models import Claim

_LEVELS = ("value", "prior", "baseline")
# (or the whole's clause, a comma and a pool that refers back to it: `84명을 충원하고, 이 가운데 3분의 1인 28명`)
_WHOLE_TO_RATE = ByLanguage(
    lambda w: (
        rf"\s*(?:{w.whole_after}|{w.genitive})\s*|[^\d.;,\n]{{0,24}},\s*(?:{w.of_which_openers})\s*"
        # (`보행자 1천200명에게 물어본 결과 87.5%인 1천50명`: the people asked, the answers drawn from them)
        rf"|\s?(?:{w.respondents_after})\s*"
    ),
    re.I,
)
_RATE_TO_PART = ByLanguage(lambda w: rf"\s*(?:{w.rate_before_part})\s*")


def link_rates_before_parts(claims: list[Claim], text: str, lang: str) -> None:
    figures = prose_figures(claims)
    whole_to_rate, rate_to_part = _WHOLE_TO_RATE[lang], _RATE_TO_PART[lang]
    for whole, rate, part in zip(figures, figures[1:], figures[2:]):
        if rate.kind not in ("percent", "fraction") or rate.share_part is not None:
            continue
        if part.kind not in AMOUNTS or (whole.kind, whole.unit) != (part.kind, part.unit):
            continue
        if whole.counter and part.counter and whole.counter != part.counter:
            continue
        if not (whole.sentence == rate.sentence == part.sentence) or whole.role not in _LEVELS:
            continue
        if not (math.isfinite(whole.high) and math.isfinite(part.high)) or part.high >= whole.low:
            continue
        if not whole_to_rate.fullmatch(text, whole.end, rate.start):
            continue
        if not rate_to_part.fullmatch(text, rate.end, part.start):
            continue
        rate.role = "share"
        rate.share_part, rate.share_whole = part.id, whole.id
        part.share_whole = part.share_whole or whole.id
