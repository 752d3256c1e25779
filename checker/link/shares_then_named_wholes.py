"""A part said to be a share of a whole the sentence then states: `The crowd of 41,000 was 91% of the ground's
capacity of 45,000`, `관중 4만1,000명은 수용 인원 4만5,000명의 91%였다`.

Three figures of one sentence, no other figure between: the part (an amount), then (English) a copula or a verb
of amounting (`[link.share_copulas_before]`: `was`, `represented`), the rate, `of` a short noun phrase `of` the
whole; or (Korean) the part with its topic particle, a short noun phrase, the whole, the genitive and the rate, then
a copula (`[link.share_copulas_after]`: `였다`, `수준이다`). Part and whole are of one unit and kind (counts of any
noun: a crowd of a capacity), the part smaller. The grammar states both links, so nothing is guessed.
"""

from __future__ import annotations

import math
import re

from checker.extract.lang import ByLanguage
from checker.link.figure_kinds import AMOUNTS
from checker.link.sentence_groups import prose_figures
from checker.models import Claim

_LEVELS = ("value", "prior", "baseline")
# en: `41,000 was 91%`, `41,000, which was 91%`
_PART_TO_RATE = ByLanguage(
    lambda w: rf"[^\d.;!?\n]{{0,24}}?(?<!\w)(?:{w.share_copulas_before})\s+(?:(?:{w.hedges})\s+)?", re.I
)
# en: `…, 4,100, and the rest amount to 30% of …`: a comma then a word joining a clause after the part opens a clause
# of its own (another subject, or the sentence's own resumed past a figure set off by commas): not the part's
_CLAUSE_JOINED = ByLanguage(lambda w: rf",\s*(?:{w.clause_joiners})\s", re.I)
# en: `of the ground's capacity of`
_RATE_TO_WHOLE = ByLanguage(lambda w: rf"\s+(?:{w.genitive})\s+[^\d.;,!?\n]{{1,40}}?\s+(?:{w.genitive})\s+", re.I)
# ko: `4만1,000명은 경기장 수용 인원 ` … `4만5,000명의 ` … `91%` `였다`
_PART_TO_WHOLE = ByLanguage(lambda w: rf"\s?(?:{w.topic_particles})\s[^\d.;,!?\n]{{1,30}}?\s")
_WHOLE_TO_RATE = ByLanguage(lambda w: rf"\s?(?:{w.genitive})\s?")
_COPULA_AFTER = ByLanguage(lambda w: rf"\s?(?:{w.share_copulas_after})")


def link_shares_then_named_wholes(claims: list[Claim], text: str, lang: str) -> None:
    figures = prose_figures(claims)
    for first, second, third in zip(figures, figures[1:], figures[2:]):
        if not (first.sentence == second.sentence == third.sentence):
            continue
        if second.kind == "percent" and first.kind in AMOUNTS:
            # en: part, rate, whole
            part, rate, whole = first, second, third
            if not (
                _PART_TO_RATE[lang].fullmatch(text, part.end, rate.start)
                and _RATE_TO_WHOLE[lang].fullmatch(text, rate.end, whole.start)
            ) or _CLAUSE_JOINED[lang].search(text, part.end, rate.start):
                continue
        elif third.kind == "percent" and first.kind in AMOUNTS:
            # ko: part, whole, rate
            part, whole, rate = first, second, third
            if not (
                _PART_TO_WHOLE[lang].fullmatch(text, part.end, whole.start)
                and _WHOLE_TO_RATE[lang].fullmatch(text, whole.end, rate.start)
                and _COPULA_AFTER[lang].match(text, rate.end)
            ):
                continue
        else:
            continue
        if rate.share_part is not None or not 0 < rate.value <= 100:
            continue
        if (part.kind, part.unit) != (whole.kind, whole.unit) or part.role not in _LEVELS or whole.role not in _LEVELS:
            continue
        if not (math.isfinite(part.high) and math.isfinite(whole.low)) or part.high >= whole.low:
            continue
        rate.role = "share"
        rate.share_part, rate.share_whole = part.id, whole.id
