"""A share followed by `of` and the very figure it is a share of: `Another 14,100 acres are not yet bearing, more
than a quarter of the 52,000 acres now planted`, `The £2.1m covers about a fifth of the £10.4m it costs`, `Staff
took 840 calls, 20% of the 4,200 calls logged`.

The share (a percentage or a fraction in words, read as a share) is followed by `of` (perhaps `the`, `its`, `their`:
`[link.ratio_of_after]`) and right then a figure: that figure is its whole, as the words say. The part is the figure
right before the share in its sentence (no figure between), set off from it by a comma or a dash (perhaps `or`,
`[link.appositive_share_marks]`), or joined to it by a copula or a verb of share (`[link.share_copulas_before]`,
`[link.share_of_part_verbs]`, `[link.share_verbs_before_stated_whole]`): of the whole's kind and unit. Counts must
count the same noun; a whole with no noun of its own is the part's only when no other count stands before the part
in its sentence (`12 goals in 30 games, a third of the 36` names two counts the share may be of). The link is read
from the words, not guessed by size.
"""

from __future__ import annotations

import math
import re

from checker.extract.lang import ByLanguage
from checker.link.figure_kinds import AMOUNTS
from checker.link.sentence_groups import prose_figures
from checker.models import Claim

_OF_THE = ByLanguage(lambda w: rf"\s+(?:{w.ratio_of_after})\s+", re.I)
_APPOSED = ByLanguage(
    lambda w: rf"[^\d.;:!?]{{0,80}}?(?:,|\s[—–-]{{1,2}})\s*(?:(?:{w.appositive_share_marks})\s+)?", re.I
)
_JOINED = ByLanguage(
    lambda w: (
        rf"[^\d.;:!?,]{{0,40}}?\s(?:{w.share_copulas_before}|{w.share_of_part_verbs}|"
        rf"{w.share_verbs_before_stated_whole})\s+"
    ),
    re.I,
)


def link_shares_of_a_stated_whole(claims: list[Claim], text: str, lang: str) -> None:
    figures = prose_figures(claims)
    for i in range(1, len(figures) - 1):
        rate = figures[i]
        if rate.kind not in ("percent", "fraction") or rate.role != "share" or rate.share_part is not None:
            continue
        whole, part = figures[i + 1], figures[i - 1]
        of = _OF_THE[lang].match(text, rate.end)
        if of is None or of.end() != whole.start or not (whole.sentence == rate.sentence == part.sentence):
            continue
        if not (_stated_amount(whole) and _stated_amount(part)) or (part.kind, part.unit) != (whole.kind, whole.unit):
            continue
        if not (
            _APPOSED[lang].fullmatch(text, part.end, rate.start) or _JOINED[lang].fullmatch(text, part.end, rate.start)
        ):
            continue
        if part.kind == "count" and not _counts_alike(part, whole, figures[: i - 1]):
            continue
        rate.share_part, rate.share_whole = part.id, whole.id
        rate.whole = rate.whole or f"of:{whole.id}"  # shares of one whole add up to at most 100%
        rate.label = rate.label or part.id


def _stated_amount(claim: Claim) -> bool:
    return claim.kind in AMOUNTS and claim.role == "value" and math.isfinite(claim.high) and not claim.forecast


def _counts_alike(part: Claim, whole: Claim, before: list[Claim]) -> bool:
    if part.counter and whole.counter:
        return part.counter == whole.counter
    return not any(c.kind == "count" and c.sentence == part.sentence for c in before)
