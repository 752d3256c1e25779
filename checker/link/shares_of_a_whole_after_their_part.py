"""A share of a whole its clause names right before it, of the level the same sentence states first: `주말 관광객은
48만명으로, 연간 전체 관광객 80만명의 10명 중 6명꼴이었다`, `누적 판매는 3만대로 연간 목표 4만대의 75%를 채웠다`.

The part is the sentence's level, right before the particle of a level (`[link.level_then_its_whole]`: `48만명으로`,
`48만명으로,`), then a few words (no figure, no clause mark), then the whole joined to the share by the genitive
(`[link.whole_then_its_share_apart]`: `80만명의`, `목표(4만대)의`) and the share said of the sentence's subject (a
copula, a share verb or a target reached: `[link.share_copulas_after]`, `[link.share_verbs]`). Part and whole are
levels of one unit, kind and counter, the whole the larger (a whole smaller than its part is no whole of it); the
level may be the equivalent in the whole's currency of an amount written in another (`약 1천800만 원으로, 이는 지난해
매출 5천400만 원의 3분의 1이다`). A sentence whose share has no whole joined to it, or whose part is a figure compared
with another (`지난해 4만대보다`), is left to the other share rules (checker/link/wholes_then_shares_apart.py reads the
whole and the sentence before's part).
"""

from __future__ import annotations

import math
import re

from checker.extract.lang import ByLanguage
from checker.link.figure_kinds import AMOUNTS, SHARE_WHOLES
from checker.link.sentence_groups import prose_figures
from checker.link.wholes_then_shares_apart import joins_whole_to_share
from checker.models import Claim

_LEVEL_THEN = ByLanguage(lambda w: rf"\s?(?:{w.level_then_its_whole})[^.;:!?\n]{{0,30}}")
_SAID_OF_THE_SUBJECT = ByLanguage(
    lambda w: rf"\s?(?:{w.share_copulas_after}|{w.whole_share_after}|(?:{w.share_particles})?\s*(?:{w.share_verbs}))",
    re.I,
)


def link_shares_of_a_whole_after_their_part(claims: list[Claim], text: str, lang: str) -> None:
    figures = prose_figures(claims)
    equivalents: list[Claim] | None = None  # (gathered once, when a share first needs them)
    for position, rate in enumerate(figures):
        if position < 1 or rate.role != "share" or rate.share_part is not None:
            continue
        if not 0 < rate.value < SHARE_WHOLES.get(rate.kind, 0):
            continue
        whole = figures[position - 1]
        if equivalents is None:
            equivalents = [c for c in claims if c.role == "conversion" and not c.furniture]
        # (`이날 환율로 환산하면 약 Y원으로, 이는 지난해 매출 W원의 절반이다`: the level may be the equivalent in the
        # whole's currency of an amount written in another)
        levels = [figures[position - 2]] if position >= 2 else []
        levels += [c for c in equivalents if c.sentence == rate.sentence and c.end <= whole.start]
        part = max(levels, key=lambda c: c.end, default=None)
        if part is None or whole.sentence != rate.sentence or part.sentence != rate.sentence:
            continue
        if not joins_whole_to_share(whole, rate, text, lang):
            continue
        if not _SAID_OF_THE_SUBJECT[lang].match(text, rate.end):
            continue  # (`매출 500억원의 60%를 수출로 벌었다`: the object of another verb, not the subject's share)
        if not _LEVEL_THEN[lang].fullmatch(text, part.end, whole.start):
            continue
        if not _levels_of_one_thing(part, whole) or not whole.value > part.value:
            continue
        rate.share_part, rate.share_whole = part.id, whole.id
        rate.whole = rate.whole or f"of:{whole.id}"  # shares of one whole add up to at most 100%
        rate.label = rate.label or part.id


def _levels_of_one_thing(part: Claim, whole: Claim) -> bool:
    if part.kind not in AMOUNTS or (part.kind, part.unit, part.counter) != (whole.kind, whole.unit, whole.counter):
        return False
    if part.role not in ("value", "conversion") or whole.role != "value" or (part.forecast and not whole.forecast):
        return False  # (a whole may be a target, `연간 목표 4만대`: the level reached is a share of it)
    return math.isfinite(part.high) and math.isfinite(whole.high) and part.low > 0
