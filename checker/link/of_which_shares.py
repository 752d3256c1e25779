"""The share of a part stated after `of these`: `비경제활동인구는 1천600만명이었다. 이 가운데 '쉬었다'는 인구는
256만명으로 비경제활동인구의 16.0%였다`, `Some 4,800 homes changed hands. Of those, 1,600 were new, or 33%`.

A sentence that opens with `이 가운데`, `이 중`, `Of those`, `Among them` (`[link.of_which_openers]`) takes its
parts from a figure of the sentence before. When its first figure is a level right followed by a share (a
particle or a comma between, no other figure), the share is of that part (the first figure of its unit in its
sentence) in the one figure of the sentence before
of the part's unit that is larger than it. Two such figures, or none: which whole is meant is not said, and
nothing is linked. Found by position, so the link is a guess (a disagreement is a warning).

A sentence before that restates only the earlier period's level of a figure compared the sentence before it
(`올해 가맹점은 T곳으로 D곳 늘었다. 지난해 가맹점은 P곳이었다. 이 가운데 …`) leaves two wholes in reach: the
restated prior and the current figure it was the base of. `이 가운데` may mean either, so the prior is not linked
here (a rule that finds the whole by size may still take the current figure).
"""

from __future__ import annotations

import math
import re

from checker.extract.lang import ByLanguage
from checker.link.figure_kinds import AMOUNTS
from checker.link.narrowed_wholes import narrowed_whole_after, subgroup_of_its_count
from checker.link.sentence_groups import prose_by_sentence, prose_figures
from checker.link.share_rates import open_share
from checker.models import Claim
from checker.regex_cache import compile_exact

_OPENS = ByLanguage(lambda w: rf"\s*(?:{w.of_which_openers})", re.I)
_SENTENCE_END = compile_exact(r"[.!?]\s|\n")
# between the part and its share: a particle, a comma, the whole's name (`으로 비경제활동인구의 `, `, or `, ` (`)
_PART_THEN_SHARE = compile_exact(r"[^\d.;!?\n]{1,30}")
# after the share, `of` and a definite word then two words or more (`or 30% of its northern network`): a pool
# narrowed to another whole than the figure before (`[link.pool_share_of_the]`; one noun, `of the estate`, names
# that figure)
_NARROWED_POOL_AFTER = ByLanguage(lambda w: rf"\s(?:{w.pool_share_of_the})\s+[^\W\d_]+\s+[^\W\d_]", re.I)
# right after the share, the joint to the part it comes to (`30%인 9천만 원`, `[link.share_then_its_part]`): the share
# is of the figure after it, not of the one before
_SHARE_THEN_ITS_PART = ByLanguage(lambda w: rf"(?:{w.share_then_its_part})", first_tested=False)
_REACH = 60  # characters from the sentence's start to its first figure
_LEVELS = ("value", "prior")


def link_of_which_shares(claims: list[Claim], text: str, lang: str) -> None:
    opens = _OPENS[lang]
    figures = prose_figures(claims)
    # (each candidate reads two sentences only: linear in the figures)
    by_sentence = prose_by_sentence(claims)
    by_id = {c.id: c for c in claims}
    # a prior's current figure: the change measured from it is of it, or it compares itself with the prior
    # (a change not yet tied to its value names no current figure: `D곳 늘었다` is no figure of the story's year)
    current_of = {
        c.compared_to: by_id.get(c.change_of) if c.role == "change" else c
        for c in claims
        if c.compared_to and (c.role == "value" or (c.role == "change" and c.change_of))
    }
    for position in range(1, len(figures) - 1):
        part, rate = figures[position], figures[position + 1]
        if not open_share(rate):
            continue
        if part.kind not in AMOUNTS or part.role not in _LEVELS or not math.isfinite(part.high):
            continue
        if rate.sentence != part.sentence or not _PART_THEN_SHARE.fullmatch(text, part.end, rate.start):
            continue
        if _NARROWED_POOL_AFTER[lang].match(text, rate.end):
            continue
        joint = _SHARE_THEN_ITS_PART[lang].match(text, rate.end)
        if joint is not None and position + 2 < len(figures) and figures[position + 2].start == joint.end():
            continue  # (`절반인 1억 5천만 원은 공연비, 30%인 9천만 원은`: the share of the part after it)
        cut = None
        for cut in _SENTENCE_END.finditer(text, max(0, part.start - _REACH), part.start):  # noqa: B007 — the last
            pass
        if cut is None or not opens.match(text, cut.end()):
            continue
        if any(
            c.start < part.start and (c.kind, c.unit, c.counter) == (part.kind, part.unit, part.counter)
            for c in by_sentence[part.sentence]
        ):
            continue  # the first figure of what it counts in its sentence (`30대 이하 가구는 3천가구`), then the share
        wholes = [
            c
            for c in by_sentence.get(part.sentence - 1, ())
            if (c.kind, c.unit) == (part.kind, part.unit) and c.role in _LEVELS and c.low > part.high
        ]
        if len(wholes) != 1:
            continue
        whole = wholes[0]
        if part.counter and whole.counter and part.counter != whole.counter:
            continue  # counts of two things (`9,000 patients. Of them, 7,200 were seen within two hours, or 80%`)
        current = current_of.get(whole.id) if whole.role == "prior" else None
        if (
            current is not None
            and current.sentence < whole.sentence
            and (current.kind, current.unit) == (part.kind, part.unit)
            and current.low > part.high
        ):
            continue  # the restated prior and the current figure before it: which one `of these` means is not said
        narrowed = narrowed_whole_after(rate, text, lang)
        if narrowed is not None and subgroup_of_its_count(*narrowed, whole, part, text, lang):
            continue  # (`Of them, 120 were students, or 40% of volunteer stewards`: of a group within the count)
        rate.share_part, rate.share_whole = part.id, whole.id
        rate.whole = rate.whole or f"of:{whole.id}"  # shares of one whole add up to at most 100%
        rate.label = rate.label or part.id
        rate.guesses = sorted(set(rate.guesses) | {"relation"})
