"""A share set after a listed part, naming the list's total back (`Of the summer's walkers, 900 were adults and 600 were
children, 40 per cent of the total.`): the part's share of the total the list was read to add up to.

The part is the figure right before the share in its sentence, read as a part of a stated total (`part_of`, set by
the list readings: so this runs after them); between them only words of the part's clause and a comma (perhaps `or`
and a hedge); the share names the whole back and closes its clause (`[link.share_of_the_total_closing]`: `of the
total`, `of them`). A share read as another's is left. The total is found by the list reading, so the link is as
much a guess as that reading is.
"""

from __future__ import annotations

import re

from checker.extract.lang import ByLanguage
from checker.link.figure_kinds import AMOUNTS
from checker.link.sentence_groups import prose_figures
from checker.link.share_rates import open_share
from checker.models import Claim

# between the part and its share: words of the part's clause (no figure, no clause break), then a comma
_PART_THEN_SHARE = ByLanguage(
    lambda w: rf"[^\d.;:()]{{0,40}},\s*(?:(?:{w.appositive_share_marks})\s+)?(?:(?:{w.hedges})\s+)?", re.I
)
_NAMES_THE_TOTAL = ByLanguage(lambda w: rf"\s+(?:{w.share_of_the_total_closing})", re.I, first_tested=False)


def link_shares_of_listed_parts(claims: list[Claim], text: str, lang: str) -> None:
    figures = prose_figures(claims)
    by_id: dict[str, Claim] | None = None
    for part, rate in zip(figures, figures[1:]):
        if not open_share(rate) or rate.share_part or rate.share_whole or part.sentence != rate.sentence:
            continue
        if part.kind not in AMOUNTS or not part.part_of or part.role != "value":
            continue
        if not _NAMES_THE_TOTAL[lang].match(text, rate.end):
            continue
        if not _PART_THEN_SHARE[lang].fullmatch(text, part.end, rate.start):
            continue
        if by_id is None:  # (built once, when a share first meets a listed part)
            by_id = {c.id: c for c in claims}
        whole = by_id.get(part.part_of)
        if whole is None or (whole.unit, whole.kind) != (part.unit, part.kind) or whole.low <= part.high:
            continue
        rate.share_part, rate.share_whole = part.id, whole.id
        rate.whole = rate.whole or f"of:{whole.id}"  # shares of one whole add up to at most 100%
        rate.label = rate.label or part.id
        rate.guesses = sorted(set(rate.guesses) | {"relation"})
