"""A share of a whole named by its noun alone, the part the level right before it: `유료 회원은 380만명으로 활성 고객의
31%를 차지했다` (the whole stated earlier: `활성 고객 수는 1천230만명으로 …`).

Korean states the part as the level its clause reaches (`380만명으로`, `[link.level_particles]`), then the whole's noun,
the genitive and the rate, then a verb of share (`차지`, `해당`: `[link.share_particles]`, `[link.share_verbs]`). The
whole is a figure of a sentence before the part's whose own clause names that noun, all its words (`팀 연봉의 15%` is
of no figure a clause names `연봉`: checker/link/fractions_of_named_wholes.py); figures of that key that differ leave
the share unlinked, and a figure listed beside the part is another member, no whole of it. A noun that is a time
(`지난해의 95%`: of another period's figure, not a whole) or the story's total (`전체의`: checker/link/shares.py) is
not read here.
"""

from __future__ import annotations

import re

from checker.extract.lang import ByLanguage
from checker.link.fractions_of_named_wholes import is_level, whole_named_by
from checker.link.sentence_groups import prose_figures
from checker.models import Claim

_SHARES = {"percent": 100.0, "fraction": 1.0}
_PART_THEN_NOUN = ByLanguage(
    lambda w: (
        rf"\s?(?:{w.level_particles}),?\s(?P<noun>[^\W\d_]+(?:\s[^\W\d_]+){{0,2}}?)\s?(?:{w.whole_then_its_share})"
    ),
    first_tested=False,
)
_SHARE_VERB_AFTER = ByLanguage(lambda w: rf"\s?(?:{w.share_particles})?\s?(?:{w.share_verbs})")
_NOT_A_WHOLE = ByLanguage(lambda w: rf"(?:{w.leading_time_words}|{w.previous}|{w.whole_share_before})", re.I)


def link_shares_of_named_nouns(claims: list[Claim], text: str, lang: str) -> None:
    figures = prose_figures(claims)
    for position, rate in enumerate(figures):
        if rate.role != "share" or rate.share_part is not None or not 0 < rate.value < _SHARES.get(rate.kind, 0):
            continue
        part = figures[position - 1] if position else None
        if part is None or part.sentence != rate.sentence or not is_level(part):
            continue
        found = _PART_THEN_NOUN[lang].fullmatch(text, part.end, rate.start)
        if found is None or not _SHARE_VERB_AFTER[lang].match(text, rate.end):
            continue
        words = found.group("noun").split()
        if any(_NOT_A_WHOLE[lang].match(word) for word in words):
            continue
        earlier = [c for c in figures[: position - 1] if c.sentence < part.sentence]
        whole = whole_named_by(earlier, part, [words], text)
        if whole is None:
            continue
        rate.share_part, rate.share_whole = part.id, whole.id
        rate.whole = rate.whole or f"of:{whole.id}"  # shares of one whole add up to at most 100%
        rate.label = rate.label or part.id
        rate.guesses = sorted(set(rate.guesses) | {"relation"})
