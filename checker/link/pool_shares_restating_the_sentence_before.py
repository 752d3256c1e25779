"""A sentence that restates the level the sentence before states as a share of a pool it names (`장학금을 받은
학생은 300명이다. 신청한 900명 가운데 3분의 1이 받은 셈이다.`, `…지원액은 4억원에 이른다. 올해 예산 10억원 가운데
40%를 쓴 셈이다.`): the share is that level's share of the pool.

The share follows the pool's figure and a pool word (`[link.parts_follow_spaced]`: `가운데`, `중`), and its sentence
closes as a restatement (`[link.restatement_endings]`: `…셈이다`, `…것이다`) with no figure after the share. The
part is the one level of the sentence right before of the pool's kind, unit and counter, below the pool and dated to
no other period (an amount given to each, `한 장에 6천원씩`, `[link.per_unit_distributive_after]`, is none); with
none or two, nothing is linked: the words do not say which.
"""

from __future__ import annotations

import math

from checker.extract.lang import ByLanguage
from checker.link.figure_kinds import AMOUNTS, SHARE_WHOLES
from checker.link.keys_differ import periods_differ
from checker.link.restating_the_sentence_before import restate_share, sentences_after_the_first
from checker.models import Claim
from checker.regex_cache import compile_exact

_POOL_THEN_SHARE = ByLanguage(lambda w: rf"\s(?:{w.parts_follow_spaced})\s(?:(?:{w.hedges})\s?)?")
# `한 장에 6천원씩`: an amount given to each, right before the mark, is no level of the pool's kind
_EACH_AFTER = ByLanguage(lambda w: rf"\s?(?:{w.per_unit_distributive_after})")
_RESTATES = ByLanguage(lambda w: rf"(?:{w.restatement_endings})\s*(?:[.\n]|$)")
_STOP = compile_exact(r"[.\n]")


def link_pool_shares_restating_the_sentence_before(
    claims: list[Claim], text: str, lang: str, starts: list[int]
) -> None:
    for _, figures, before, _ in sentences_after_the_first(claims):
        if len(figures) < 2:
            continue
        rate, pool = figures[-1], figures[-2]
        if rate.kind not in SHARE_WHOLES or rate.role != "share" or rate.share_part or rate.share_whole:
            continue
        if not 0 < rate.value < SHARE_WHOLES[rate.kind]:
            continue
        if pool.kind not in AMOUNTS or pool.role != "value" or not math.isfinite(pool.low) or pool.forecast:
            continue
        if not _POOL_THEN_SHARE[lang].fullmatch(text, pool.end, rate.start):
            continue
        stop = _STOP.search(text, rate.end)
        end = stop.start() if stop else len(text)
        restated = _RESTATES[lang].search(text, rate.end, min(len(text), end + 1))
        if restated is None:
            continue
        levels = [
            c
            for c in before
            if c.role == "value"
            and (c.kind, c.unit, c.counter) == (pool.kind, pool.unit, pool.counter)
            and not c.forecast
            and math.isfinite(c.high)
            and 0 < c.high < pool.low
            and not periods_differ(c, pool)
            and not _EACH_AFTER[lang].match(text, c.end)
        ]
        if len(levels) != 1:
            continue
        restate_share(rate, levels[0], pool, guessed=True)
