"""A sentence with no subject of its own that opens with a whole and states the share of it (`분기 매출 684억원
가운데 17%에 해당한다`, `구 인구 33만명의 8.0%로, …`): the share of that whole taken by the level the sentence before
states (`이 부문 매출은 116억원으로 …`).

The share's sentence opens with a few words naming the whole, none closed by a topic or subject particle
(`[link.topic_particles]`: the sentence has no subject of its own), then the whole's figure, joined to the share by the
genitive or a pool word (`[link.whole_then_its_share]`, `[link.parts_follow_spaced]`); the share's clause then
closes as a restatement (`[link.restating_share_closings]`: a copula, `에 해당한다`, `로,`), not with an object or a
subject (`5조원의 80%를 해외에서 올렸다` states the share of a part it never names). The part is the one level of the
whole's kind and unit the sentence right before states; with none or two, nothing is linked. The part is read from
the sentences' order, so the link is a guess.
"""

from __future__ import annotations

import math

from checker.extract.lang import ByLanguage
from checker.link.figure_kinds import AMOUNTS
from checker.link.sentence_groups import prose_by_sentence
from checker.models import Claim

_OPENING = ByLanguage(lambda w: r"[^\W\d_]{1,12}(?:\s[^\W\d_]{1,12}){0,2}\s?")
_TOPIC_END = ByLanguage(lambda w: rf"(?:{w.topic_particles})$")
_WHOLE_THEN_SHARE = ByLanguage(lambda w: rf"(?:{w.whole_then_its_share}|\s(?:{w.parts_follow_spaced})\s)")
_CLOSES = ByLanguage(lambda w: rf"\s?(?:{w.restating_share_closings})")


def link_shares_restating_the_sentence_before(claims: list[Claim], text: str, lang: str, starts: list[int]) -> None:
    by_sentence = prose_by_sentence(claims)
    for sentence, figures in by_sentence.items():
        if len(figures) < 2 or sentence == 0 or sentence >= len(starts):
            continue
        whole, rate = figures[0], figures[1]
        if rate.kind not in ("percent", "fraction") or rate.role != "share" or rate.share_part is not None:
            continue
        if not _stated(whole) or not _WHOLE_THEN_SHARE[lang].fullmatch(text, whole.end, rate.start):
            continue
        opening = text[starts[sentence] : whole.start].strip()
        if not opening or not _OPENING[lang].fullmatch(opening + " "):
            continue
        if any(_TOPIC_END[lang].search(word) for word in opening.split()):
            continue  # `매출은 …`: a subject of its own
        if not _CLOSES[lang].match(text, rate.end):
            continue
        levels = [
            c
            for c in by_sentence.get(sentence - 1, ())
            if _stated(c) and (c.kind, c.unit) == (whole.kind, whole.unit) and _counts_alike(c, whole)
        ]
        if len(levels) != 1:
            continue
        part = levels[0]
        rate.share_part, rate.share_whole = part.id, whole.id
        rate.whole = rate.whole or f"of:{whole.id}"
        rate.label = rate.label or part.id
        rate.guesses = sorted(set(rate.guesses) | {"relation"})


def _stated(claim: Claim) -> bool:
    return claim.kind in AMOUNTS and claim.role == "value" and math.isfinite(claim.high) and not claim.forecast


def _counts_alike(one: Claim, other: Claim) -> bool:
    return one.kind != "count" or not one.counter or not other.counter or one.counter == other.counter
