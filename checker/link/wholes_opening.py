"""A whole that opens its sentence, then its part and the part's share: `Of the plant's 5,000 workers, 3,000, or 60%,
work night shifts`.

The sentence names the whole first, after a mark that opens it (`[link.whole_opening_marks]`: `Of the`, `Of its`,
perhaps a possessive after it), then, after the whole's noun and a comma, the part (a figure of the whole's unit and
kind, of its counter or none, smaller than it), then the part's share set beside it (`, or 60%`,
`[link.appositive_share_marks]`, or in parentheses), or after the part's own clause and a comma or a colon, ending its
clause (`Of 1,800 letters, 600 opposed the plan: one in three`, a fraction as well). The words say which figure is the
whole, so the link is no guess. A figure after `of` amid a sentence (`20% of the 2,000 workers`) closes a share; it
opens nothing.
"""

from __future__ import annotations

import math
import re

from checker.extract.lang import ByLanguage
from checker.link.figure_kinds import AMOUNTS
from checker.link.opening_wholes import OPENING_REACH as _OPENING_REACH
from checker.link.opening_wholes import OPENS_WITH_WHOLE as _OPENS_WITH_WHOLE
from checker.link.opening_wholes import WHOLE_THEN_PART as _WHOLE_THEN_PART
from checker.link.sentence_groups import prose_figures
from checker.link.share_rates import open_share
from checker.models import Claim
from checker.regex_cache import compile_exact
from checker.regex_needs import search_between

_PART_THEN_SHARE = ByLanguage(lambda w: rf"\s*(?:,\s*(?:{w.appositive_share_marks})\s+|\(\s*)", re.I)
# `Of the 80 branches, 60 open on Sundays, three quarters`, `Of 1,800 letters, 600 opposed the plan: one in three`: the
# part's own clause (no figure, no stop), then a comma or a colon and the share (an appositive mark may stand before it)
_PART_CLAUSE_THEN_SHARE = ByLanguage(
    lambda w: rf"[^\d.;!?()\n]{{0,60}}?[,:]\s*(?:(?:{w.appositive_share_marks})\s+)?", re.I
)
# after such a share: its clause ends (`, three quarters of them after noon` is a share of another whole)
_SHARE_ENDS_CLAUSE = compile_exact(r"\s*(?:[.;:!?,)\n—–]|$)")


def link_wholes_opening_sentences(claims: list[Claim], text: str, lang: str) -> None:
    figures = prose_figures(claims)
    for i, whole in enumerate(figures[:-1]):
        if whole.kind not in AMOUNTS or whole.role != "value" or not math.isfinite(whole.high):
            continue
        if not search_between(_OPENS_WITH_WHOLE[lang], text, max(0, whole.start - _OPENING_REACH), whole.start):
            continue
        part = figures[i + 1]
        if (
            part.sentence != whole.sentence
            or part.role != "value"
            or (part.kind, part.unit) != (whole.kind, whole.unit)
        ):
            continue
        if part.counter and whole.counter and part.counter != whole.counter:
            continue  # (`Of its 48 ships, 12 voyages …`: a count of another noun)
        if not _WHOLE_THEN_PART.fullmatch(text, whole.end, part.start) or not whole.low > part.high:
            continue
        part.share_whole = part.share_whole or whole.id  # the part's whole, whether or not a share is stated
        rate = figures[i + 2] if i + 2 < len(figures) else None
        if rate is None or rate.sentence != part.sentence or not open_share(rate):
            continue
        beside = rate.kind == "percent" and _PART_THEN_SHARE[lang].fullmatch(text, part.end, rate.start)
        if not beside and not _closes_the_part_clause(part, rate, text, lang):
            continue
        rate.share_part, rate.share_whole = part.id, whole.id
        rate.whole = rate.whole or f"of:{whole.id}"  # shares of one whole add up to at most 100%
        rate.label = rate.label or part.id


def _closes_the_part_clause(part: Claim, rate: Claim, text: str, lang: str) -> bool:
    """`Of the 80 branches, 60 open on Sundays, three quarters.`: the share (a percentage or a fraction) set after the
    part's own clause by a comma or a colon, ending its clause: the part's share of the whole that opened the
    sentence. A share with more words after it (`, a third of them after noon`, `, 45% in the north`) is of another
    whole."""
    return (
        _PART_CLAUSE_THEN_SHARE[lang].fullmatch(text, part.end, rate.start) is not None
        and _SHARE_ENDS_CLAUSE.match(text, rate.end) is not None
    )
