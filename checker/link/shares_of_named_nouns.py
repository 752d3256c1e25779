"""A share of a whole named by its noun alone, the part the level right before it: `유료 회원은 380만명으로 활성 고객의
31%를 차지했다` (the whole stated earlier: `활성 고객 수는 1천230만명으로 …`).

Korean states the part as the level its clause reaches (`380만명으로`, `[link.level_particles]`), then the whole's noun,
the genitive and the rate, then a verb of share (`차지`, `해당`: `[link.share_particles]`, `[link.share_verbs]`). The
whole is a figure of a sentence before the part's whose own clause names that noun, all its words (`팀 연봉의 15%` is
of no figure a clause names `연봉`: checker/link/fractions_of_named_wholes.py); figures of that key that differ leave
the share unlinked, and a figure listed beside the part is another member, no whole of it. A noun that is a time
(`지난해의 95%`: of another period's figure, not a whole) or the story's total (`전체의`: checker/link/shares.py) is
not read here.

The part may also come to the share (`210억원으로 판매액의 3분의 1에 가까웠다`: `[link.share_reached_verbs]`), or be
the figure right after the share that it comes to, the noun then before the share (`승합차의 5분의 2인 240대`:
`[link.share_then_its_part]`) or after it, the part apposed and closing its clause (`62% of revenue, $41.2
million.`). The whole's noun may carry a particle in its own clause (`판매액은 630억원`: `[link.topic_particles]`).
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
_SHARE_VERB_AFTER = ByLanguage(
    lambda w: rf"\s?(?:(?:{w.share_particles})?\s?(?:{w.share_verbs})|(?:{w.share_reached_verbs}))", first_tested=False
)
# `승합차의 5분의 2인 240대`: the whole's noun and the genitive right before the share, the part right after it
_NOUN_BEFORE = ByLanguage(
    lambda w: rf"(?:^|\s)(?P<noun>[^\W\d_]+(?:\s[^\W\d_]+){{0,2}})(?:{w.whole_then_its_share})$", first_tested=False
)
_THEN_PART = ByLanguage(lambda w: rf"(?:{w.share_then_its_part})", first_tested=False)
# the particle a whole's noun may carry in its own clause (`판매액은 630억원으로`)
_NOUN_PARTICLES = ByLanguage(lambda w: rf"{w.topic_particles}", first_tested=False)
# `… generated 62% of revenue, $41.2 million.`: the whole's noun after the share, the part apposed after it
_OF_NOUN_THEN_PART = ByLanguage(
    lambda w: rf"\s+(?:{w.ratio_of_after})\s+(?P<noun>[^\W\d_]+(?:\s[^\W\d_]+){{0,2}}?)\s?(?:,|\s[—–-]{{1,2}})\s*",
    re.I,
    first_tested=False,
)
# the apposed part closes its clause (`62% of revenue, $41.2 million, of it from …` is another figure's)
_PART_CLOSES = re.compile(r"\s*(?:[.;,)]|\s[—–]|$)")
_NOUN_REACH = 40  # characters before the share in which its whole's noun is named
_NOT_A_WHOLE = ByLanguage(lambda w: rf"(?:{w.leading_time_words}|{w.previous}|{w.whole_share_before})", re.I)


def link_shares_of_named_nouns(claims: list[Claim], text: str, lang: str) -> None:
    figures = prose_figures(claims)
    for position, rate in enumerate(figures):
        if rate.role != "share" or rate.share_part is not None or not 0 < rate.value < _SHARES.get(rate.kind, 0):
            continue
        found = _part_and_noun(figures, position, text, lang)
        if found is None:
            continue
        part, words = found
        if any(_NOT_A_WHOLE[lang].match(word) for word in words):
            continue
        earlier = []
        for c in reversed(figures[:position]):  # (walking back from the share: the sentences before the part's)
            if c.sentence < part.sentence:
                earlier.append(c)
        earlier.reverse()
        # (all the noun's words: `활성 고객` is no whole a clause names `지방 고객`)
        whole = whole_named_by(earlier, part, [words], text, particles=_NOUN_PARTICLES[lang].pattern)
        if whole is None:
            continue
        rate.share_part, rate.share_whole = part.id, whole.id
        rate.whole = rate.whole or f"of:{whole.id}"  # shares of one whole add up to at most 100%
        rate.label = rate.label or part.id
        rate.guesses = sorted(set(rate.guesses) | {"relation"})


def _part_and_noun(figures: list[Claim], position: int, text: str, lang: str) -> tuple[Claim, list[str]] | None:
    """The part and the words of the whole's noun: the level right before the share, its noun after it
    (`380만명으로 활성 고객의 31%를 차지`, `210억원으로 판매액의 3분의 1에 가까웠다`), or the figure right after the
    share that it comes to, its noun before it (`승합차의 5분의 2인 240대`) or after it and the part apposed
    (`62% of revenue, $41.2 million.`)."""
    rate = figures[position]
    before = figures[position - 1] if position else None
    if before is not None and before.sentence == rate.sentence and is_level(before):
        found = _PART_THEN_NOUN[lang].fullmatch(text, before.end, rate.start)
        if found is not None:
            if not _SHARE_VERB_AFTER[lang].match(text, rate.end):
                return None
            return before, found.group("noun").split()
    after = figures[position + 1] if position + 1 < len(figures) else None
    if after is None or after.sentence != rate.sentence or not is_level(after):
        return None
    apposed = _OF_NOUN_THEN_PART[lang].fullmatch(text, rate.end, after.start)
    if apposed is not None:
        return (after, apposed.group("noun").split()) if _PART_CLOSES.match(text, after.end) else None
    if not _THEN_PART[lang].fullmatch(text, rate.end, after.start):
        return None
    named = _NOUN_BEFORE[lang].search(text[max(0, rate.start - _NOUN_REACH) : rate.start])
    if named is None:
        return None
    if before is not None and before.sentence == rate.sentence and before.end > rate.start - len(named.group(0)):
        return None  # (a figure inside the words read as the noun: no noun alone)
    return after, named.group("noun").split()
