"""A share of `the total` whose part's words name what it counts is of the largest earlier figure that names the
same, not of a larger one that counts something else: `사업 참여자가 N명으로 … 신청자는 M명으로 더 많았다. … 고령
참여자는 P명으로 전체의 Z%다` (of the participants' N, not of the applicants' M, though both count 명).

A count's noun stands in the words right before it (`claim.head`, period and stop words left out,
`[link.scope_stop_words]`). When the part names a noun there and the whole found by size names none of its words,
the largest earlier figure of the part's unit, kind and counter that names one of them is the whole; with none, the
whole found by size stands (a total may be stated without its noun: `관람객은 M명 … 외국인은 P명으로 전체의 Z%`),
unless a figure of another role or period names it (`counted_apart_from`: the part's group is counted apart, its
count now unstated, and no whole is guessed).
"""

from __future__ import annotations

import math
import re

from checker.extract.lang import ByLanguage
from checker.link.inflections import names_word
from checker.link.keys_differ import periods_differ
from checker.models import Claim

_STOP = ByLanguage(lambda w: rf"(?:{w.scope_stop_words})", re.I)


def _nouns(claim: Claim, lang: str) -> list[str]:
    return [word for word in claim.head if not _STOP[lang].fullmatch(word)]


def _names_any(words: list[str], claim: Claim) -> bool:
    return any(names_word(word, other) for word in words for other in claim.head)


def whole_naming_the_part(part: Claim, guessed: Claim, before: list[Claim], lang: str) -> Claim:
    """The whole of a count `part`, given `guessed` (found by size): the largest earlier figure of its unit, kind and
    counter whose words name the part's noun, when `guessed`'s do not; else `guessed`."""
    if part.kind != "count" or part.counter != guessed.counter:
        return guessed
    nouns = _nouns(part, lang)
    if not nouns or _names_any(nouns, guessed):
        return guessed
    best = None
    for claim in before:
        if claim.start >= part.start or (claim.unit, claim.kind, claim.counter) != (part.unit, part.kind, part.counter):
            continue
        if claim.role != "value" or claim.forecast or claim.furniture:
            continue
        if not part.high < claim.low <= claim.high < math.inf:
            continue
        if periods_differ(claim, part) or not _names_any(nouns, claim):
            continue
        if best is None or claim.value > best.value:
            best = claim
    return best or guessed


def counted_apart_from(part: Claim, guessed: Claim, before: list[Claim], lang: str) -> bool:
    """Whether the part's noun names an earlier figure of its unit, kind and counter that is no whole of it (a level
    compared with, `지난해 수료생 N명보다`; one of another period) while the whole found by size, `guessed`, names none
    of its words: the part counts a group the story counts apart (`아이를 맡긴 수료생은 P명으로 3분의 2`: of the
    group's count now, which the story does not state), not what the largest figure counts."""
    nouns = _nouns(part, lang)
    if part.kind != "count" or not nouns or _names_any(nouns, guessed):
        return False
    return any(
        claim.start < part.start
        and (claim.unit, claim.kind, claim.counter) == (part.unit, part.kind, part.counter)
        and (claim.role != "value" or periods_differ(claim, part))
        and _names_any(nouns, claim)
        for claim in before
    )


def dated_before_the_story(named: Claim, part: Claim) -> bool:
    """Whether the whole a part's noun names is dated by its own words to a year before the story's (`지난해 수료생은
    N명이었다`) while the part is dated by none of its own (`창업을 준비하는 수료생은 P명으로 절반`): the part's group
    may be this year's, whose count the story does not state, so that whole is no sure one."""
    if not named.period or "period" in named.guesses or part.published is None:
        return False
    if part.period and "period" not in part.guesses:
        return False
    return named.period.year < part.published.year
