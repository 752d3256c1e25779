"""A share closing the clause of a part whose whole the words mark.

`Of the 270 entrants, 180 came from the county's schools, two-thirds of the field, and …`, `Of the 360kg, 240kg was
in the valley, two-thirds.`, `The trust received 150 letters, and 120 of them asked …, four in five.`: the part's
whole is marked by the words around the part — the pool its sentence opens on (`Of the W,`: the part's
`share_whole`, set by checker/link/shares.py) or the figure right before a part drawn from it (`W …, and P of them`:
`[link.pool_part_marks]`); the part's clause runs on (its own figures may stand in it: `past 9pm`, `over 5km`)
to a comma, then the share, perhaps naming the whole again (`[link.share_of_the_total_closing]`: `of the field`,
`of them`), closes the clause: the end of the sentence, or a comma and a new clause
(`[link.clause_share_closing_joints]`: `, and the rest …`).

The share is the part's share of that whole: named by the words, never chosen by size. The part and the whole are of
one kind and unit, the part the smaller; the part's clause holds no comma before the one that sets off the share (a
clause of its own after it may draw another part), no second part joined to it (`and 20 in the open`), and no other
share stands between.
"""

from __future__ import annotations

import re

from checker.extract.lang import ByLanguage
from checker.link.figure_kinds import AMOUNTS
from checker.link.sentence_groups import prose_by_sentence
from checker.link.share_rates import open_share
from checker.models import Claim
from checker.regex_cache import compile_exact

# the part's clause (no comma, no stop, figures allowed), a comma, perhaps an appositive mark (`or`), then the share
_PART_CLAUSE_THEN_SHARE = ByLanguage(
    lambda w: rf"[^,.;:!?()\n]{{1,90}}?,\s*(?:(?:{w.appositive_share_marks}|{w.clause_share_marks})\s+)?",
    re.I,
    first_tested=False,
)
# after the share: perhaps its whole named again, then the clause closes
_SHARE_CLOSES = ByLanguage(
    lambda w: rf"(?:\s+(?:{w.share_of_the_total_closing}))?\s*(?:[.;]|$|,\s*(?:{w.clause_share_closing_joints})\s)",
    re.I,
)
# `W …, and P of them`: the pool, a few words (no figure, no stop), the part, the mark it is drawn from the pool
_POOL_PART_MARK = ByLanguage(lambda w: rf"\s+(?:{w.pool_part_marks})(?![^\W\d_])", re.I)
_POOL_TO_PART = compile_exact(r"[^\d.;:!?()\n]{0,40}")
# right before a figure of the part's clause, a joint that makes it a second part (`and 20 in the open`)
_JOINED_BEFORE = ByLanguage(lambda w: rf"(?<![^\W\d_])(?:{w.and_words})\s+$", re.I)
_JOINT_REACH = 8


def link_shares_closing_a_marked_part(claims: list[Claim], text: str, lang: str) -> None:
    by_id = {c.id: c for c in claims}
    for figures in prose_by_sentence(claims).values():
        for index, rate in enumerate(figures):
            if not index or not open_share(rate) or not _SHARE_CLOSES[lang].match(text, rate.end):
                continue
            found = _marked_part(figures[:index], rate, text, lang, by_id)
            if found is None:
                continue
            part, whole = found
            if (part.kind, part.unit) != (whole.kind, whole.unit) or not part.high < whole.low:
                continue
            rate.share_part, rate.share_whole = part.id, whole.id
            rate.whole = rate.whole or f"of:{whole.id}"  # shares of one whole add up to at most 100%
            rate.label = rate.label or part.id


def _marked_part(
    before: list[Claim], rate: Claim, text: str, lang: str, by_id: dict[str, Claim]
) -> tuple[Claim, Claim] | None:
    """The part whose clause the share closes, and the whole its words mark: the latest amount before the share
    that is no share, its clause running to the share's comma."""
    for at in range(len(before) - 1, -1, -1):
        part = before[at]
        if part.role == "share" or part.kind in ("percent", "fraction"):
            return None  # (another share between: the clause is not the part's alone)
        if part.kind not in AMOUNTS or part.role != "value":
            continue
        whole = by_id.get(part.share_whole or "")
        if whole is None and at and _POOL_PART_MARK[lang].match(text, part.end):
            pool = before[at - 1]
            if (
                pool.role == "value"
                and _POOL_TO_PART.fullmatch(text, pool.end, part.start)
                # (`36.4 million points and 41.0 million points the year before, and redeemed 27.1 million of them`:
                # `of them` may point to either larger figure)
                and not any((c.kind, c.unit) == (part.kind, part.unit) and c.low > part.high for c in before[: at - 1])
            ):
                whole = pool
        if whole is None:
            if _JOINED_BEFORE[lang].search(text, max(0, part.start - _JOINT_REACH), part.start):
                return None  # (`13 grew them in tunnels and 20 in the open, …`: a second part, the share either's)
            continue  # (a figure of the part's clause: `past 9pm`, `over 5km`)
        if whole.sentence != part.sentence or not _PART_CLAUSE_THEN_SHARE[lang].fullmatch(text, part.end, rate.start):
            return None
        return part, whole
    return None
