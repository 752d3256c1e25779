"""A count told as the ones added, in a sentence after the level and the prior it is the difference of: `Sixty riders
took part on Sunday, up from 48 last year. The 12 extra riders came mostly from Wales.`, `대회에 48팀이 나와 지난해
40팀보다 많았다. 늘어난 8팀은 …`.

A count marked as added right after its number (`[link.added_count_after]`: `extra`, `additional`, then the noun it
counts; not `new`: the new ones may be more than the rise) or right before it (`[link.added_count_before]`), a plain
value tied to nothing, is the rise of the level stated with its prior in the nearest sentence before (in its paragraph
or the one before, at most `_REACH` sentences back) that states a prior of counts: that sentence must state exactly one
prior (or baseline) and one plain level of the count's noun (the level's counter, the prior's too when it names one),
the level above the prior. The count becomes the change of the level measured from the prior, which the difference kind
checks; a rate of the count in its own sentence (`…, a rise of 20 per cent`) is a rate of that same rise. Found by
position across sentences, so the link is a guess (a warning at most).
"""

from __future__ import annotations

import re

from checker.extract.lang import NEVER, ByLanguage
from checker.link.sentence_groups import prose_by_sentence
from checker.models import Claim

# right after a count's number, the mark of the ones added and the noun it counts (`12 extra riders`)
_AFTER = ByLanguage(
    lambda w: rf"\s*(?:{w.added_count_after})\s+(?P<noun>[^\W\d_]+)" if w.added_count_after != NEVER else NEVER,
    re.I,
    first_tested=False,
)
# right before a count, the mark of the ones added (`늘어난 8팀`)
_BEFORE = ByLanguage(
    lambda w: rf"(?:{w.added_count_before})\s?$" if w.added_count_before != NEVER else NEVER, re.I, first_tested=False
)
_REACH = 3  # sentences back the level and its prior may stand
_PRIOR_ROLES = ("prior", "baseline")
_RATES = ("percent", "fraction")


def link_added_counts_after_pairs(claims: list[Claim], text: str, lang: str) -> None:
    by_sentence = prose_by_sentence(claims)
    if len(by_sentence) < 2:
        return
    tied = {c.change_of for c in claims if c.change_of} | {c.compared_to for c in claims if c.compared_to}
    for sentence in sorted(by_sentence):
        for added in by_sentence[sentence]:
            if not _plain_count(added) or (
                added.id in tied and not _only_rates_of(added, by_sentence[sentence], claims)
            ):
                continue
            noun = _added_noun(added, text, lang)
            if noun is None:
                continue
            pair = _pair_before(added, noun, sentence, by_sentence, tied)
            if pair is None:
                continue
            level, prior = pair
            added.role, added.direction = "change", 1
            added.change_of, added.compared_to = level.id, prior.id
            added.guesses = sorted(set(added.guesses) | {"prior"})
            for rate in by_sentence[sentence]:
                if rate.kind in _RATES and rate.role == "change" and rate.change_of == added.id:
                    # (`The seven extra bands …, a rise of 20 per cent`: the rate of the same rise)
                    rate.change_of, rate.compared_to = level.id, prior.id
                    rate.guesses = sorted(set(rate.guesses) | {"prior"})
            tied.update((added.id, level.id, prior.id))


def _only_rates_of(added: Claim, figures: list[Claim], claims: list[Claim]) -> bool:
    """Whether the count is tied only as the level of rates of its own sentence (`…, a rise of 20 per cent`)."""
    own = {c.id for c in figures if c.kind in _RATES and c.change_of == added.id and c.compared_to is None}
    return bool(own) and all(
        c.id in own for c in claims if added.id in (c.change_of, c.compared_to, c.part_of, c.per_unit_of)
    )


def _plain_count(claim: Claim) -> bool:
    return (
        claim.kind == "count"
        and claim.role == "value"
        and claim.change_of is None
        and claim.compared_to is None
        and claim.part_of is None
        and claim.per_unit_of is None
        and claim.units_of is None
        and not claim.forecast
        and not claim.furniture
        and not claim.table_cell
    )


def _added_noun(claim: Claim, text: str, lang: str) -> str | None:
    """The noun a count marked as added counts (`12 extra riders`: `riders`; `늘어난 8팀`: its counter), or None
    for a count with no mark of addition."""
    digits = re.match(r"[\w,.-]*?\d[\d,.]*|[^\W\d_]+(?:-[^\W\d_]+)?", claim.text)
    end = claim.start + (digits.end() if digits else len(claim.text))
    after = _AFTER[lang].match(text, end)
    if after is not None:
        return after.group("noun").lower()
    if _BEFORE[lang].search(text, max(0, claim.start - 16), claim.start) is not None and claim.counter:
        return claim.counter.lower()
    return None


def _dated(claim: Claim) -> bool:
    return claim.period is not None and claim.period_span is not None and "period" not in claim.guesses


def _same_noun(noun: str, counter: str | None) -> bool:
    if not counter:
        return False
    counter = counter.lower()
    stem = min(len(counter), len(noun), 4) if counter.isascii() else min(len(counter), len(noun))
    return noun[:stem] == counter[:stem]


def _pair_before(added: Claim, noun: str, sentence: int, by_sentence: dict, tied: set) -> tuple[Claim, Claim] | None:
    """The one level and the one prior of the count's noun in the nearest sentence before that states a prior of
    counts (the count's paragraph or the one before), the level above the prior."""
    for before in range(sentence - 1, max(-1, sentence - 1 - _REACH), -1):
        figures = by_sentence.get(before, ())
        if not figures or figures[0].paragraph < added.paragraph - 1:
            return None
        priors = [c for c in figures if c.kind == "count" and c.role in _PRIOR_ROLES]
        levels = [c for c in figures if _plain_count(c) and _same_noun(noun, c.counter)]
        if not priors and len(levels) == 2:
            # (`48팀이 출전해 지난해 40팀보다`: of two levels, the one dated by a written earlier period is the prior)
            dated = [c for c in levels if _dated(c)]
            if len(dated) == 1 and not any(
                c is not dated[0] and _dated(c) and not c.period.bounds()[0] > dated[0].period.bounds()[1]
                for c in levels
            ):
                priors, levels = dated, [c for c in levels if c is not dated[0]]
        if not priors:
            continue
        if len(priors) != 1 or len(levels) != 1:
            return None
        level, prior = levels[0], priors[0]
        if prior.counter and not _same_noun(noun, prior.counter):
            return None
        if level.id in tied or prior.id in tied or prior.change_of or prior.compared_to:
            return None  # (a change of the pair stated already: the count is another thing's)
        if level.value is None or prior.value is None or not level.value > prior.value > 0:
            return None
        if added.value is None or not added.value < level.value:
            return None
        return level, prior
    return None
